"""Read the register: documents, tasks, projects — corrections applied.

Every function returns plain dicts ready for JSON, a table or a template.
Only current versions of documents are listed unless asked otherwise.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ktxh.store import corrections
from ktxh.store.errors import NotFound
from ktxh.store.status import StatusFn, due_date, simple_status
from ktxh.store.tables import (
    LIGHT,
    Document,
    Figure,
    Project,
    ProjectMention,
    Reference,
    Target,
    Task,
)
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


def _matches(value: str | None, wanted: str) -> bool:
    """Diacritic- and case-insensitive containment ("so tai chinh" in "Sở Tài chính")."""
    return bool(value) and strip_marks(wanted).strip() in strip_marks(value)


def list_documents(
    session: Session,
    type: str | None = None,
    period: str | None = None,
    include_superseded: bool = False,
) -> list[dict[str, Any]]:
    """Documents, newest date first, with counts of their facts."""
    stmt = select(Document).options(*LIGHT)
    if not include_superseded:
        stmt = stmt.where(Document.superseded_by_id.is_(None))
    rows = [_doc_dict(r) for r in session.scalars(stmt.order_by(Document.id))]
    corrections.apply(session, "document", rows)
    if type:
        rows = [r for r in rows if r["type"] == type]
    if period:
        rows = [r for r in rows if (r["period"] or "").startswith(period)]
    counts = _counts(session, [r["id"] for r in rows])
    for r in rows:
        r["counts"] = counts[r["id"]]
    rows.sort(key=lambda r: (r["date"] or "", r["id"]), reverse=True)
    return rows


def _brief(doc: Document | None) -> dict[str, Any] | None:
    if doc is None:
        return None
    return {"id": doc.id, "number": doc.number, "type": doc.type, "title": doc.title,
            "date": doc.date}


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


def _date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return due_date(value) if len(value) < 10 else dt.date.fromisoformat(value)


def list_tasks(
    session: Session,
    agency: str | None = None,
    status: str | None = None,
    document_id: int | None = None,
    date_from: dt.date | str | None = None,
    date_to: dt.date | str | None = None,
    today: dt.date | None = None,
    status_fn: StatusFn = simple_status,
    current_only: bool = True,
) -> list[dict[str, Any]]:
    """Tasks with their document and a status (``status_fn`` is the monitor's seam).

    ``agency`` matches the lead or a supporting body, ignoring case and
    diacritics, or the lead's register code; ``date_from``/``date_to``
    bound the due date.
    """
    today = today or dt.date.today()
    stmt = select(Task, Document).options(*LIGHT).join(Document, Document.id == Task.document_id)
    if document_id is not None:
        stmt = stmt.where(Task.document_id == document_id)
    if current_only:
        stmt = stmt.where(Document.superseded_by_id.is_(None))
    rows = []
    for task, doc in session.execute(stmt.order_by(Task.due_date, Task.id)):
        d = corrections.row_dict(task)
        d["document"] = _brief(doc)
        rows.append(d)
    corrections.apply(session, "task", rows)
    lo, hi = _date(date_from), _date(date_to)
    out = []
    for d in rows:
        if "deadline" in d.get("corrected", {}):
            d["due_date"] = due_date(d["deadline"])
        d["status_override"] = d.pop("status", None)
        d["status"] = status_fn(d, today)
        due = d["due_date"]
        if agency and not (
            _matches(d["lead"], agency)
            or any(_matches(s, agency) for s in d["support"] or ())
            or (d["lead_code"] or "").lower() == agency.lower()
        ):
            continue
        if status and d["status"] != status:
            continue
        if (lo or hi) and (due is None or (lo and due < lo) or (hi and due > hi)):
            continue
        d["due_date"] = due.isoformat() if due else None
        out.append(d)
    return out


def list_projects(
    session: Session, name: str | None = None, document_id: int | None = None
) -> list[dict[str, Any]]:
    """Projects with their mentions (newest document last) and figures."""
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
    out = list(projects.values())
    if name:
        out = [
            p for p in out
            if _matches(p["name"], name) or any(_matches(m["name"], name) for m in p["mentions"])
        ]
    return out
