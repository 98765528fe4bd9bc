"""SQLAlchemy models of the register.

Every fact row (reference, figure, target, task, project mention) keeps the
document it came from, its ``start``/``end`` span in ``documents.text`` and
its quote. ``anchor`` is a stable key of a fact across versions of one file
(see :mod:`ktxh.store.anchors`): human corrections are looked up by it, so
they apply to the same fact in a re-ingested version.

The schema is created by the Alembic migrations in ``migrations/versions``;
a test keeps the two identical.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, defer, mapped_column, relationship

from ktxh.text.normalize import strip_marks

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SpanMixin:
    """Where a fact stands in its document's text, and the words quoted."""

    quote: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    anchor: Mapped[str] = mapped_column(String(64))


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source_path: Mapped[str] = mapped_column(String(1024))
    # the file a version belongs to (resolved path); versions share it
    lineage: Mapped[str] = mapped_column(String(1024), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    filename: Mapped[str] = mapped_column(String(255))
    format: Mapped[str] = mapped_column(String(16))
    number: Mapped[str | None] = mapped_column(String(128))
    symbol: Mapped[str | None] = mapped_column(String(128))
    type: Mapped[str] = mapped_column(String(32), index=True, default="other")
    place: Mapped[str | None] = mapped_column(String(255))
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    signer: Mapped[str | None] = mapped_column(String(255))
    signer_position: Mapped[str | None] = mapped_column(String(255))
    period: Mapped[str | None] = mapped_column(String(16), index=True)
    issuer: Mapped[str | None] = mapped_column(String(255))
    authority: Mapped[str | None] = mapped_column(String(255))
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list)
    distribution: Mapped[list[str]] = mapped_column(JSON, default=list)
    warnings: Mapped[list[str]] = mapped_column(JSON, default=list)
    text: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text, default="")
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    ref_key: Mapped[str | None] = mapped_column(String(128), index=True)
    anchor: Mapped[str] = mapped_column(String(64))
    # number, title and file name without diacritics, lower case, for the
    # words filter of the document list; computed on insert unless given
    search_key: Mapped[str] = mapped_column(
        Text, default=lambda ctx: document_search_key(ctx.get_current_parameters()),
        server_default="")

    references: Mapped[list[Reference]] = relationship(
        back_populates="document", foreign_keys="Reference.document_id"
    )


class Reference(SpanMixin, Base):
    __tablename__ = "references"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    number: Mapped[str] = mapped_column(String(128))
    type: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(128), index=True)
    issuer: Mapped[str | None] = mapped_column(String(255))
    date: Mapped[str | None] = mapped_column(String(10))
    cited_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id"), index=True
    )

    document: Mapped[Document] = relationship(
        back_populates="references", foreign_keys=[document_id]
    )


class FigureColumns(SpanMixin):
    indicator: Mapped[str] = mapped_column(String(512), index=True)
    value: Mapped[float] = mapped_column(Float)
    value_max: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(32))
    period: Mapped[str | None] = mapped_column(String(16), index=True)
    value_start: Mapped[int | None] = mapped_column(Integer)
    value_end: Mapped[int | None] = mapped_column(Integer)
    base_value: Mapped[float | None] = mapped_column(Float)
    base_unit: Mapped[str | None] = mapped_column(String(64))


class Figure(FigureColumns, Base):
    __tablename__ = "figures"
    # figures of one indicator in period order, read from the index (0003)
    __table_args__ = (Index("ix_figures_indicator_period_id", "indicator", "period", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator: Mapped[str] = mapped_column(String(512))  # indexed with period and id
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    base: Mapped[str | None] = mapped_column(String(64))
    estimate: Mapped[bool] = mapped_column(Boolean, default=False)
    place: Mapped[str | None] = mapped_column(String(255))
    project_mention_id: Mapped[int | None] = mapped_column(
        ForeignKey("project_mentions.id"), index=True
    )


class Target(FigureColumns, Base):
    __tablename__ = "targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)


class Task(SpanMixin, Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    lead: Mapped[str] = mapped_column(String(512))
    lead_code: Mapped[str | None] = mapped_column(String(64), index=True)
    support: Mapped[list[str]] = mapped_column(JSON, default=list)
    support_codes: Mapped[list[str | None]] = mapped_column(JSON, default=list)
    action: Mapped[str] = mapped_column(Text)
    deadline: Mapped[str | None] = mapped_column(String(10), index=True)
    # last day of the deadline's period ("2024-02" → 2024-02-29), for filters
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    deadline_text: Mapped[str | None] = mapped_column(Text)
    report_to: Mapped[str | None] = mapped_column(String(512))
    recurring: Mapped[bool] = mapped_column(Boolean, default=False)
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    # lead and supporting bodies (one per line) without diacritics, for the
    # agency filter; computed on insert unless given (the writer gives them)
    lead_stripped: Mapped[str] = mapped_column(
        String(512), default=lambda ctx: stripped_lead(ctx.get_current_parameters()),
        server_default="")
    support_stripped: Mapped[str] = mapped_column(
        Text, default=lambda ctx: stripped_support(ctx.get_current_parameters()),
        server_default="")


def document_search_key(doc: dict[str, Any]) -> str:
    """``documents.search_key`` of a document's values: its number, title and
    file name, stripped of diacritics and lower-cased, joined by spaces."""
    return strip_marks(" ".join(filter(None, (doc.get("number"), doc.get("title"),
                                               doc.get("filename")))))


def stripped_lead(task: dict[str, Any]) -> str:
    """``tasks.lead_stripped`` of a task's values."""
    return strip_marks(task.get("lead") or "")


def stripped_support(task: dict[str, Any]) -> str:
    """``tasks.support_stripped`` of a task's values (``support`` a list)."""
    return "\n".join(strip_marks(s or "") for s in task.get("support") or ())


class Project(Base):
    """One project across documents, identified by its normalized name."""

    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(512), unique=True)
    name: Mapped[str] = mapped_column(String(512))


class ProjectMention(SpanMixin, Base):
    __tablename__ = "project_mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    name: Mapped[str] = mapped_column(String(512))
    form: Mapped[str | None] = mapped_column(String(32))
    place: Mapped[str | None] = mapped_column(String(255))


class Correction(Base):
    """A human edit of one field, applied over the extracted value on read.

    Never touched by ingest. ``anchor`` carries the edit to the same fact in
    later versions of the file; ``entity_id`` names the row it was made on.
    """

    __tablename__ = "corrections"
    __table_args__ = (Index("ix_corrections_entity", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Integer)
    anchor: Mapped[str | None] = mapped_column(String(64), index=True)
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    new_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    author: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    note: Mapped[str | None] = mapped_column(Text)


class SearchEntry(Base):
    """A passage to search: a block of text or a fact's quote, diacritics stripped.

    ``stripped`` is :func:`ktxh.text.normalize.strip_marks` of
    ``documents.text[start:end]`` (same length), so a match offset in it is
    an offset in the original text. The full-text index over it is
    dialect-specific (:mod:`ktxh.store.fts`).
    """

    __tablename__ = "search_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    entity_type: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    stripped: Mapped[str] = mapped_column(Text)


# entity type names used by corrections and search
ENTITIES: dict[str, type[Base]] = {
    "document": Document,
    "reference": Reference,
    "figure": Figure,
    "target": Target,
    "task": Task,
    "project": Project,
    "project_mention": ProjectMention,
}

# loader options: a document row without its large text and raw columns
LIGHT = (defer(Document.text), defer(Document.raw))

from ktxh.store import activity as _activity  # noqa: E402,F401  (registers its tables)
from ktxh.store import kept_tables as _kept  # noqa: E402,F401  (registers its tables)
