"""Stored rows → the records and series points the pure monitor core takes.

Rows are read with human corrections applied (:mod:`ktxh.store.corrections`),
so a corrected indicator, value or deadline is what the monitor sees. Only
current versions of documents are loaded unless asked otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ktxh.extract import records as rec
from ktxh.monitor.catalog import Match, link_figure
from ktxh.monitor.series import SeriesPoint
from ktxh.store import corrections
from ktxh.store.tables import Document, Figure, Reference, Target, Task
from ktxh.text.model import Span

DOC_META_FIELDS = ("number", "symbol", "type", "place", "date", "title", "signer", "period",
                   "issuer", "authority", "signer_position")


def span(row: dict[str, Any]) -> Span:
    return Span(row["start"], row["end"])


def value_span(row: dict[str, Any]) -> Span | None:
    if row.get("value_start") is None or row.get("value_end") is None:
        return None
    return Span(row["value_start"], row["value_end"])


def doc_label(doc: dict[str, Any] | Document) -> str:
    """How a document is named in a message: its number, else its file."""
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    return get("number") or get("filename") or f"#{get('id')}"


def doc_brief(doc: Document) -> dict[str, Any]:
    return {"id": doc.id, "number": doc.number, "type": doc.type, "title": doc.title,
            "date": doc.date, "period": doc.period, "filename": doc.filename}


def current_documents(session: Session, ids: Iterable[int] | None = None) -> dict[int, Document]:
    stmt = select(Document).where(Document.superseded_by_id.is_(None))
    if ids is not None:
        stmt = select(Document).where(Document.id.in_(list(ids)))
    return {d.id: d for d in session.scalars(stmt.order_by(Document.id))}


def fact_rows(session: Session, entity: str, model: type, doc_ids: Iterable[int]) -> list[dict]:
    """Rows of one fact table for the given documents, corrections applied."""
    ids = list(doc_ids)
    if not ids:
        return []
    stmt = select(model).where(model.document_id.in_(ids)).order_by(model.document_id,
                                                                     model.start, model.id)
    rows = [corrections.row_dict(r) for r in session.scalars(stmt)]
    return corrections.apply(session, entity, rows)


def figure_rows(session: Session, doc_ids: Iterable[int]) -> list[dict]:
    return fact_rows(session, "figure", Figure, doc_ids)


def target_rows(session: Session, doc_ids: Iterable[int]) -> list[dict]:
    return fact_rows(session, "target", Target, doc_ids)


def to_figure(row: dict[str, Any]) -> rec.Figure:
    return rec.Figure(
        indicator=row["indicator"], value=row["value"], unit=row["unit"] or "",
        kind=row["kind"], span=span(row), quote=row["quote"] or "",
        value_max=row.get("value_max"), period=row.get("period"), base=row.get("base"),
        estimate=bool(row.get("estimate")), place=row.get("place"),
        value_span=value_span(row), base_value=row.get("base_value"),
        base_unit=row.get("base_unit"),
    )


def to_target(row: dict[str, Any]) -> rec.Target:
    return rec.Target(
        indicator=row["indicator"], value=row["value"], unit=row["unit"] or "",
        kind=row["kind"], span=span(row), quote=row["quote"] or "",
        value_max=row.get("value_max"), period=row.get("period"),
        value_span=value_span(row), base_value=row.get("base_value"),
        base_unit=row.get("base_unit"),
    )


def to_task(row: dict[str, Any]) -> rec.Task:
    return rec.Task(
        kind=row.get("kind") or "assignment", lead=row.get("lead") or "",
        action=row.get("action") or "", span=span(row), quote=row.get("quote") or "",
        support=tuple(row.get("support") or ()), deadline=row.get("deadline"),
        deadline_text=row.get("deadline_text"), report_to=row.get("report_to"),
        lead_code=row.get("lead_code"), support_codes=tuple(row.get("support_codes") or ()),
        recurring=bool(row.get("recurring")), flags=tuple(row.get("flags") or ()),
    )


def to_reference(row: dict[str, Any]) -> rec.Reference:
    return rec.Reference(number=row["number"], type=row["type"], key=row["key"],
                         issuer=row.get("issuer"), date=row.get("date"),
                         quote=row.get("quote") or "", span=span(row))


def to_meta(session: Session, doc: Document) -> rec.DocumentMeta:
    row = corrections.apply(session, "document", [corrections.row_dict(doc)])[0]
    return rec.DocumentMeta(**{k: row.get(k) for k in DOC_META_FIELDS},
                            recipients=tuple(row.get("recipients") or ()),
                            distribution=tuple(row.get("distribution") or ()))


def stored_extraction(session: Session, doc: Document) -> rec.Extraction:
    """The stored facts of one document as an Extraction (no projects)."""
    ids = [doc.id]
    return rec.Extraction(
        document=to_meta(session, doc),
        references=tuple(to_reference(r) for r in fact_rows(session, "reference", Reference,
                                                              ids)),
        figures=tuple(to_figure(r) for r in figure_rows(session, ids)),
        targets=tuple(to_target(r) for r in target_rows(session, ids)),
        tasks=tuple(to_task(r) for r in fact_rows(session, "task", Task, ids)),
    )


def link_row(row: dict[str, Any]) -> Match | None:
    """The catalog indicator of a figure or target row, or None (review list)."""
    return link_figure(row["indicator"], row["kind"], row["unit"] or "")


@dataclass(frozen=True, slots=True)
class Linked:
    """A figure row linked to the catalog, as a series point, with its source."""

    point: SeriesPoint
    row: dict[str, Any]
    document: Document


def point_key(p: SeriesPoint) -> tuple:
    """What finds a point's source again after the core has copied it."""
    return (p.document_id, p.span, p.period, p.kind)


def series_points(session: Session, docs: dict[int, Document]) -> list[Linked]:
    """Every figure of ``docs`` that links to the catalog and has a period
    (its own, else its document's), as a series point. ``document_id`` of a
    point is the document's row id as text; ``place`` is the figure's place,
    else its document's (so series never mix provinces). Figures about a
    named project stay out: they are that project's history."""
    out = []
    for row in figure_rows(session, docs):
        if row.get("project_mention_id") is not None:
            continue  # a project's progress, not the province's indicator
        doc = docs[row["document_id"]]
        match = link_row(row)
        period = row.get("period") or doc.period
        if match is None or not period:
            continue
        point = SeriesPoint(
            indicator_code=match.code, place=row.get("place") or doc.place, period=period,
            value=row["value"], unit=row["unit"] or "", kind=row["kind"],
            estimate=bool(row.get("estimate")), document_id=str(doc.id), doc_date=doc.date,
            span=span(row), value_max=row.get("value_max"), base=row.get("base"),
            quote=row["quote"] or "", base_value=row.get("base_value"),
            base_unit=row.get("base_unit"),
        )
        out.append(Linked(point, row, doc))
    return out


def point_json(linked: Linked) -> dict[str, Any]:
    p, row = linked.point, linked.row
    return {"period": p.period, "value": p.value, "value_max": p.value_max, "unit": p.unit,
            "kind": p.kind, "estimate": p.estimate, "place": p.place,
            "document_id": linked.document.id, "document": doc_label(linked.document),
            "doc_date": linked.document.date, "figure_id": row["id"], "quote": p.quote,
            "start": row["start"], "end": row["end"]}
