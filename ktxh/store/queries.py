"""Read the register: documents, tasks, projects — corrections applied.

Every function returns plain dicts ready for JSON, a table or a template.
Only current versions of documents are listed unless asked otherwise.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from ktxh.store import corrections
from ktxh.store.errors import NotFound
from ktxh.store.listing import brief as _brief
from ktxh.store.listing import count_figures as count_figures  # re-exported
from ktxh.store.listing import document_facets as document_facets  # re-exported
from ktxh.store.listing import like_prefix, overlaid, pushed
from ktxh.store.listing import list_figures as list_figures  # re-exported
from ktxh.store.matching import date_bound, matches
from ktxh.store.status import period_start
from ktxh.store.tables import (
    LIGHT,
    Document,
    Figure,
    Project,
    ProjectMention,
    Reference,
    Target,
    Task,
    document_search_key,
)
from ktxh.store.task_queries import count_tasks as count_tasks  # re-exported
from ktxh.store.task_queries import list_tasks as list_tasks  # re-exported
from ktxh.text.normalize import strip_marks

DOC_FIELDS = (
    "id", "number", "symbol", "type", "place", "date", "title", "signer", "signer_position",
    "period", "issuer", "authority", "recipients", "distribution", "filename", "source_path",
    "format", "version", "superseded_by_id", "ref_key", "anchor", "warnings",
)
COUNTED = {
    "references": Reference,
    "figures": Figure,
    "targets": Target,
    "tasks": Task,
    "projects": ProjectMention,
}


def _doc_dict(row: Document) -> dict[str, Any]:
    d = {k: getattr(row, k) for k in DOC_FIELDS}
    d["ingested_at"] = row.ingested_at.isoformat() if row.ingested_at else None
    return d


def _counts(session: Session, ids: list[int]) -> dict[int, dict[str, int]]:
    out: dict[int, dict[str, int]] = {i: dict.fromkeys(COUNTED, 0) for i in ids}
    for name, model in COUNTED.items():
        stmt = (
            select(model.document_id, func.count())
            .where(model.document_id.in_(ids))
            .group_by(model.document_id)
        )
        for doc_id, n in session.execute(stmt):
            out[doc_id][name] = n
    return out


def _search_words(words: str | None) -> list[str]:
    """The words of a document filter, stripped like ``documents.search_key``."""
    return strip_marks(words or "").split()


def _document_query(
    session: Session, type: str | None, period: str | None, include_superseded: bool,
    words: str | None = None,
) -> tuple[ColumnElement[bool], list[dict[str, Any]]]:
    raw: list[ColumnElement[bool]] = []
    if type:
        raw.append(Document.type == type)
    if period:
        raw.append(Document.period.like(like_prefix(period), escape="\\"))
    wanted = _search_words(words)
    raw += [Document.search_key.contains(w, autoescape=True) for w in wanted]
    fields = {"type", "period", "date"} | ({"number", "title"} if wanted else set())
    fixed = overlaid(session, "document", Document, fields, _doc_dict)

    def keep(r: dict[str, Any]) -> bool:
        key = document_search_key(r) if wanted else ""
        return (not type or r["type"] == type) and (
            not period or (r["period"] or "").startswith(period)) and all(
            w in key for w in wanted)

    where = pushed(Document, raw, fixed, keep)
    if not include_superseded:
        where = and_(Document.superseded_by_id.is_(None), where)
    return where, fixed


def list_documents(
    session: Session,
    type: str | None = None,
    period: str | None = None,
    include_superseded: bool = False,
    limit: int | None = None,
    offset: int = 0,
    counts: bool = True,
    words: str | None = None,
) -> list[dict[str, Any]]:
    """Documents, newest date first, with counts of their facts (unless
    ``counts`` is false: :func:`add_counts` adds them to a page later).

    Filters, order and the ``limit``/``offset`` page run in SQL (corrected
    values honoured); the large text columns are never loaded. ``words``
    must all occur in the number, title or file name, ignoring case and
    diacritics (``documents.search_key``). :func:`count_documents` gives the
    total for the same filters.
    """
    where, fixed = _document_query(session, type, period, include_superseded, words)
    redated = {r["id"]: r["date"] for r in fixed if "date" in r.get("corrected", {})}
    if redated:
        newest = func.coalesce(case(redated, value=Document.id, else_=Document.date), "").desc()
    elif session.get_bind().dialect.name == "sqlite":
        newest = Document.date.desc()  # NULLs last already; the date index serves the order
    else:
        newest = Document.date.desc().nulls_last()
    stmt = (select(Document).options(*LIGHT).where(where)
            .order_by(newest, Document.id.desc()))
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = [_doc_dict(r) for r in session.scalars(stmt)]
    corrections.apply(session, "document", rows)
    return add_counts(session, rows) if counts else rows


def add_counts(session: Session, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give each document row ``counts``: how many facts of each kind it has."""
    counts = _counts(session, [r["id"] for r in rows])
    for r in rows:
        r["counts"] = counts[r["id"]]
    return rows



def count_documents(
    session: Session,
    type: str | None = None,
    period: str | None = None,
    include_superseded: bool = False,
    words: str | None = None,
) -> int:
    """How many documents :func:`list_documents` lists with these filters."""
    where, _ = _document_query(session, type, period, include_superseded, words)
    return session.scalar(select(func.count()).select_from(Document).where(where)) or 0


def _fact_rows(session: Session, entity: str, model: type, doc_id: int) -> list[dict[str, Any]]:
    rows = [
        corrections.row_dict(r)
        for r in session.scalars(
            select(model).where(model.document_id == doc_id).order_by(model.start, model.id)
        )
    ]
    return corrections.apply(session, entity, rows)


def get_document(session: Session, doc_id: int, with_text: bool = False) -> dict[str, Any]:
    """One document: metadata, counts, citations both ways, its facts."""
    row = session.get(Document, doc_id)
    if row is None:
        raise NotFound(f"no document with id {doc_id}")
    out = corrections.apply(session, "document", [_doc_dict(row)])[0]
    out["counts"] = _counts(session, [doc_id])[doc_id]
    refs = _fact_rows(session, "reference", Reference, doc_id)
    cited = {
        d.id: d
        for d in session.scalars(
            select(Document)
            .options(*LIGHT)
            .where(Document.id.in_({r["cited_document_id"] for r in refs}))
        )
    }
    for r in refs:
        r["cited"] = _brief(cited.get(r["cited_document_id"]))
    out["references"] = refs
    cited_by = session.execute(
        select(Reference, Document)
        .options(*LIGHT)
        .join(Document, Document.id == Reference.document_id)
        .where(Reference.cited_document_id == doc_id, Document.superseded_by_id.is_(None))
        .order_by(Document.id, Reference.start)
    ).all()
    out["cited_by"] = [
        {**_brief(d), "quote": r.quote, "reference_id": r.id} for r, d in cited_by
    ]
    out["figures"] = _fact_rows(session, "figure", Figure, doc_id)
    out["targets"] = _fact_rows(session, "target", Target, doc_id)
    out["tasks"] = list_tasks(session, document_id=doc_id, current_only=False)
    out["projects"] = list_projects(session, document_id=doc_id)
    out["versions"] = [
        {"id": d.id, "version": d.version, "sha256": d.sha256,
         "ingested_at": d.ingested_at.isoformat() if d.ingested_at else None}
        for d in session.scalars(
            select(Document)
            .options(*LIGHT)
            .where(Document.lineage == row.lineage)
            .order_by(Document.version)
        )
    ]
    if with_text:
        out["text"] = row.text
    return out


def list_projects(
    session: Session,
    name: str | None = None,
    document_id: int | None = None,
    place: str | None = None,
    form: str | None = None,
    date_from: dt.date | str | None = None,
    date_to: dt.date | str | None = None,
) -> list[dict[str, Any]]:
    """Projects with their mentions (newest document last) and figures.

    ``name`` and ``place`` match a mention ignoring case and diacritics,
    ``form`` (BOT, PPP, ODA ...) a mention's form; ``date_from``/``date_to``
    keep the projects reported on in a document dated in that range. A
    project that passes is listed with all its mentions.
    """
    mentions = _project_mentions(session, document_id)
    figs = _mention_figures(session, mentions)
    ids = {m["project_id"] for m in mentions}
    projects = {
        p["id"]: p
        for p in corrections.apply(
            session, "project",
            [corrections.row_dict(p) for p in session.scalars(
                select(Project).where(Project.id.in_(ids)).order_by(Project.id))],
        )
    }
    for p in projects.values():
        p["mentions"], p["figures"], p["forms"] = [], [], []
    for m in mentions:
        p = projects[m["project_id"]]
        p["mentions"].append(m)
        p["figures"].extend(figs.get(m["id"], []))
        if m["form"] and m["form"] not in p["forms"]:
            p["forms"].append(m["form"])
    lo, hi = date_bound(date_from, start=True), date_bound(date_to)
    return [p for p in projects.values() if _project_matches(p, name, place, form, lo, hi)]


def _project_mentions(session: Session, document_id: int | None) -> list[dict[str, Any]]:
    """The project mentions of the current documents (newest document last),
    or of one document, corrections applied, each with its document."""
    stmt = (
        select(ProjectMention, Document)
        .options(*LIGHT)
        .join(Document, Document.id == ProjectMention.document_id)
        .where(Document.superseded_by_id.is_(None))
        .order_by(ProjectMention.project_id, Document.date, Document.id, ProjectMention.start)
    )
    if document_id is not None:
        stmt = (
            select(ProjectMention, Document)
            .options(*LIGHT)
            .join(Document, Document.id == ProjectMention.document_id)
            .where(ProjectMention.document_id == document_id)
            .order_by(ProjectMention.project_id, ProjectMention.start)
        )
    pairs = session.execute(stmt).all()
    mentions = corrections.apply(
        session, "project_mention", [corrections.row_dict(m) for m, _ in pairs]
    )
    for m, (_, doc) in zip(mentions, pairs, strict=True):
        m["document"] = _brief(doc)
    return mentions


def _mention_figures(session: Session, mentions: list[dict[str, Any]]
                     ) -> dict[int, list[dict[str, Any]]]:
    """The figures of these project mentions, corrections applied, by mention."""
    figs: dict[int, list[dict[str, Any]]] = {}
    if mentions:
        figure_rows = [
            corrections.row_dict(f)
            for f in session.scalars(
                select(Figure)
                .where(Figure.project_mention_id.in_([m["id"] for m in mentions]))
                .order_by(Figure.start)
            )
        ]
        for f in corrections.apply(session, "figure", figure_rows):
            figs.setdefault(f["project_mention_id"], []).append(f)
    return figs


def _project_matches(p: dict[str, Any], name: str | None, place: str | None,
                     form: str | None, lo: dt.date | None, hi: dt.date | None) -> bool:
    mentions = p["mentions"]
    if name and not (matches(p["name"], name) or any(matches(m["name"], name)
                                                      for m in mentions)):
        return False
    if place and not any(matches(m["place"], place) for m in mentions):
        return False
    if form and form.casefold() not in {f.casefold() for f in p["forms"]}:
        return False
    if lo or hi:
        # a document dated "2024-11" (blank day) counts from the month's first day
        days = [period_start(m["document"]["date"]) for m in mentions]
        return any(d and (not lo or d >= lo) and (not hi or d <= hi) for d in days)
    return True
