"""Tables of what the monitor computes once and keeps (:mod:`ktxh.monitor.kept`).

The consistency checks of each document, the cross-document conflicts of the
current documents, and what they reflect. They are derived data: the
monitor brings them up to date from the documents and corrections (after an
ingest, a correction, or a new version of the monitor's rules), never a
person; dropping their rows only makes the next read compute them again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ktxh.store.tables import Base


class DocumentCheck(Base):
    """One document's findings, and the conflict keys its figures counted in.

    No foreign key: the row of a deleted document still names the conflict
    groups (``keys``) to compute again."""

    __tablename__ = "document_checks"

    document_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    # the content checked (an id reused after a deletion names another document)
    sha256: Mapped[str] = mapped_column(String(64))
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # the document was current when its figures were last counted in the conflicts
    current: Mapped[bool] = mapped_column(Boolean)
    # the (indicator code, period, kind) of its series points then ([] when not current)
    keys: Mapped[list[list[str]]] = mapped_column(JSON, default=list)
    # its series points then per (indicator code, period): [code, period, n]
    points: Mapped[list[list[Any]]] = mapped_column(JSON, default=list)


class ConflictGroup(Base):
    """One cross-document conflict: its group, its order, its finding."""

    __tablename__ = "conflict_groups"
    __table_args__ = (
        Index("ix_conflict_groups_code_period_kind", "code", "period", "kind"),
        Index("ix_conflict_groups_order", "first_document_id", "first_start", "first_figure_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # the group (code, place, period, kind, quantity) as JSON text
    key: Mapped[str] = mapped_column(String(1024), unique=True)
    code: Mapped[str] = mapped_column(String(64))
    period: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))
    # the group's first figure (document, start, id): the list's order
    first_document_id: Mapped[int] = mapped_column(Integer)
    first_start: Mapped[int] = mapped_column(Integer)
    first_figure_id: Mapped[int] = mapped_column(Integer)
    finding: Mapped[dict[str, Any]] = mapped_column(JSON)


class ConflictDocument(Base):
    """A document a conflict names (a document page reads its conflicts here)."""

    __tablename__ = "conflict_documents"

    conflict_id: Mapped[int] = mapped_column(
        ForeignKey("conflict_groups.id", ondelete="CASCADE"), primary_key=True)
    document_id: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)


class IndicatorPoints(Base):
    """The series points of the current documents per indicator and period
    (the sum of their ``document_checks.points``)."""

    __tablename__ = "indicator_points"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    period: Mapped[str] = mapped_column(String(16), primary_key=True)
    points: Mapped[int] = mapped_column(Integer)


class TargetPoint(Base):
    """A figure of a current document that can decide a target's evaluation
    (:mod:`ktxh.monitor.kept_points`), with its (indicator, period, kind).

    No foreign key: derived rows, replaced by key when documents change."""

    __tablename__ = "target_points"
    __table_args__ = (Index("ix_target_points_code_period_kind", "code", "period", "kind"),)

    figure_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    code: Mapped[str] = mapped_column(String(64))
    period: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))


class TaskState(Base):
    """What a task's status depends on besides today's date (corrections and
    progress updates applied): the status on a day is then SQL
    (:mod:`ktxh.monitor.task_states`)."""

    __tablename__ = "task_states"

    task_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    document_id: Mapped[int] = mapped_column(Integer, index=True)
    recurring: Mapped[bool] = mapped_column(Boolean)
    # the last day the deadline may mean (None: no deadline)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    # the day its trailing run of "done" updates began, and its latest update's day
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    last_update: Mapped[dt.date | None] = mapped_column(Date)
    lead: Mapped[str] = mapped_column(String(512))
    lead_code: Mapped[str | None] = mapped_column(String(64))


class MonitorState(Base):
    """What the kept results reflect: the rules' signature, the last correction."""

    __tablename__ = "monitor_state"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
