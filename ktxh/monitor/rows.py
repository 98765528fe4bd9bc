"""Stored rows → the records and series points the pure monitor core takes.

Rows are read with Core selects (no ORM objects) and human corrections
applied (:mod:`ktxh.store.corrections`), so a corrected indicator, value or
deadline is what the monitor sees. Only current versions of documents are
loaded unless asked otherwise; documents come without their text
(:class:`DocInfo`).
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    false,
    func,
    or_,
    select,
    text,
    true,
    tuple_,
)
from sqlalchemy.orm import Session

from ktxh.extract import records as rec
from ktxh.monitor.catalog import Match, catalog, link_figure, link_indicator
from ktxh.monitor.series import SeriesPoint
from ktxh.store import corrections
from ktxh.store.tables import Correction, Document, Figure, Reference, Target, Task
from ktxh.text.model import Span

DOC_META_FIELDS = ("number", "symbol", "type", "place", "date", "title", "signer", "period",
                   "issuer", "authority", "signer_position")


def span(row: dict[str, Any]) -> Span:
    return Span(row["start"], row["end"])


def value_span(row: dict[str, Any]) -> Span | None:
    if row.get("value_start") is None or row.get("value_end") is None:
        return None
    return Span(row["value_start"], row["value_end"])


def doc_label(doc: dict[str, Any] | DocInfo | Document) -> str:
    """How a document is named in a message: its number, else its file."""
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    return get("number") or get("filename") or f"#{get('id')}"


@dataclass(frozen=True, slots=True)
class DocInfo:
    """What the monitor reads of a document: its metadata, not its text."""

    id: int
    number: str | None
    type: str
    title: str | None
    date: str | None
    period: str | None
    place: str | None
    filename: str


_DOC_INFO = (Document.id, Document.number, Document.type, Document.title, Document.date,
             Document.period, Document.place, Document.filename)
# document ids in one IN list (SQLite and psycopg bound at 32 766 and 65 535)
ID_CHUNK = 500


def doc_brief(doc: DocInfo | Document) -> dict[str, Any]:
    return {"id": doc.id, "number": doc.number, "type": doc.type, "title": doc.title,
            "date": doc.date, "period": doc.period, "filename": doc.filename}


def current_ids() -> Select:
    """SQL for the ids of current documents (not superseded by a newer version)."""
    return select(Document.id).where(Document.superseded_by_id.is_(None))


def current_documents(session: Session, ids: Iterable[int] | None = None) -> dict[int, DocInfo]:
    """Current documents by id; with ``ids``, those documents, current or not."""
    if ids is None:
        stmt = select(*_DOC_INFO).where(Document.superseded_by_id.is_(None))
        return {r[0]: DocInfo(*r) for r in session.execute(stmt.order_by(Document.id))}
    wanted = sorted(set(ids))
    out: dict[int, DocInfo] = {}
    for i in range(0, len(wanted), ID_CHUNK):
        stmt = select(*_DOC_INFO).where(Document.id.in_(wanted[i : i + ID_CHUNK]))
        out.update((r[0], DocInfo(*r)) for r in session.execute(stmt))
    return dict(sorted(out.items()))


def document_texts(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """The text of each document (for quotes), by id."""
    wanted = sorted(set(ids))
    out: dict[int, str] = {}
    for i in range(0, len(wanted), ID_CHUNK):
        stmt = select(Document.id, Document.text).where(Document.id.in_(wanted[i : i + ID_CHUNK]))
        out.update((i, t) for i, t in session.execute(stmt))
    return out


def _select_rows(session: Session, model: type, where: ColumnElement[bool],
                 skip: Collection[str] = (), limit: int | None = None) -> list[dict]:
    """Rows of ``model`` as dicts of every column but ``skip`` (a Core select:
    no ORM objects), in document, start, id order (the first ``limit``)."""
    cols = [c for c in model.__table__.columns if c.key not in skip]
    keys = [c.key for c in cols]
    stmt = select(*cols).where(where).order_by(model.document_id, model.start, model.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [dict(zip(keys, r, strict=True)) for r in session.execute(stmt)]


def _corrected(session: Session, entity: str, model: type) -> ColumnElement[bool] | None:
    """SQL for the rows a correction names (few: human edits), or None."""
    marks = session.execute(select(Correction.entity_id, Correction.anchor)
                            .where(Correction.entity_type == entity)).all()
    if not marks:
        return None
    ids = sorted({i for i, _ in marks})
    anchors = sorted({a for _, a in marks if a})
    return or_(model.id.in_(ids), model.anchor.in_(anchors)) if anchors else model.id.in_(ids)


def corrected_count(session: Session, entity: str, model: type) -> int:
    """How many rows of ``model`` a correction names (by id or anchor)."""
    fixed = _corrected(session, entity, model)
    return 0 if fixed is None else int(session.scalar(
        select(func.count()).select_from(model).where(fixed)) or 0)


def fact_rows(session: Session, entity: str, model: type, doc_ids: Iterable[int] | None,
              where: ColumnElement[bool] | None = None, skip: Collection[str] = (),
              limit: int | None = None) -> list[dict]:
    """Rows of one fact table for the given documents (None: every current
    document), corrections applied. ``where`` narrows the rows in SQL; rows a
    correction names are read whatever it says, so the caller judges those on
    their corrected values. Columns in ``skip`` are not read; with ``limit``
    only the first rows in order are (for ``doc_ids`` that are all current
    or at most :data:`ID_CHUNK`)."""
    ids = None if doc_ids is None else set(doc_ids)
    if ids is not None and not ids:
        return []
    if ids is None:
        cond = model.document_id.in_(current_ids())
    elif len(ids) <= ID_CHUNK:
        cond = model.document_id.in_(sorted(ids))
    elif ids <= set(session.scalars(current_ids())):
        cond = model.document_id.in_(current_ids())  # current ones: SQL, then picked here
    else:
        cond = true()
    if where is not None:
        fixed = _corrected(session, entity, model)
        cond = and_(cond, where if fixed is None else or_(where, fixed))
    rows = _select_rows(session, model, cond, skip, limit)
    if ids is not None and len(ids) > ID_CHUNK:
        rows = [r for r in rows if r["document_id"] in ids]
    return corrections.apply(session, entity, rows)


def figure_rows(session: Session, doc_ids: Iterable[int] | None,
                where: ColumnElement[bool] | None = None, skip: Collection[str] = (),
                limit: int | None = None) -> list[dict]:
    return fact_rows(session, "figure", Figure, doc_ids, where, skip, limit)


def target_rows(session: Session, doc_ids: Iterable[int] | None,
                where: ColumnElement[bool] | None = None, limit: int | None = None
                ) -> list[dict]:
    return fact_rows(session, "target", Target, doc_ids, where, limit=limit)


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
    document: DocInfo


def point_key(p: SeriesPoint) -> tuple:
    """What finds a point's source again after the core has copied it."""
    return (p.document_id, p.span, p.period, p.kind)


_LOOSE_SCAN = """
WITH RECURSIVE names(name) AS (
  SELECT MIN(indicator) FROM {table}
  UNION ALL
  SELECT (SELECT MIN(indicator) FROM {table} WHERE indicator > names.name)
  FROM names WHERE names.name IS NOT NULL
) SELECT name FROM names WHERE name IS NOT NULL
"""


def stored_names(session: Session, model: type = Figure) -> list[str]:
    """The distinct indicator names of a fact table, one index seek per name."""
    stmt = text(_LOOSE_SCAN.format(table=model.__tablename__))
    return list(session.scalars(stmt))


@functools.lru_cache(maxsize=65536)
def name_codes(name: str) -> frozenset[str]:
    """The catalog codes a figure named ``name`` may link to: the name's
    indicator, and the growth indicator of it (for a change in %)."""
    match = link_indicator(name)
    if match is None:
        return frozenset()
    growth = next((i.code for i in catalog().values() if i.growth_of == match.code), None)
    return frozenset((match.code, growth) if growth else (match.code,))


def _names_of(session: Session, codes: Collection[str]) -> dict[str, list[str]]:
    """The stored figure names that may link to each of ``codes``."""
    out: dict[str, list[str]] = {}
    for name in stored_names(session):
        for code in name_codes(name) & set(codes):
            out.setdefault(code, []).append(name)
    return out


def _of_codes(session: Session, codes: Collection[str]) -> ColumnElement[bool]:
    """SQL for figures whose name may link to one of ``codes``."""
    names = sorted({n for ns in _names_of(session, codes).values() for n in ns})
    return and_(Figure.project_mention_id.is_(None),
                Figure.indicator.in_(names) if names else false())


def _of_keys(session: Session, keys: Collection[tuple[str, str, str]]) -> ColumnElement[bool]:
    """SQL for figures that may be points of the (code, period, kind) ``keys``:
    a name linking to the code, the kind, and the period (the figure's own,
    else its document's)."""
    names = _names_of(session, {c for c, _, _ in keys})
    wanted = sorted({(n, p, k) for c, p, k in keys for n in names.get(c, ())})
    periods = sorted({p for _, p, _ in keys})
    of_doc = select(Document.id).where(Document.period.in_(periods))
    return and_(Figure.project_mention_id.is_(None), or_(
        tuple_(Figure.indicator, Figure.period, Figure.kind).in_(wanted) if wanted else false(),
        and_(Figure.period.is_(None), Figure.indicator.in_(sorted({n for n, _, _ in wanted})),
             Figure.document_id.in_(of_doc))))


def series_points(session: Session, docs: dict[int, DocInfo] | None,
                  keys: Collection[tuple[str, str, str]] | None = None,
                  codes: Collection[str] | None = None,
                  quotes: bool = True) -> list[Linked]:
    """Every figure of ``docs`` (None: of every current document) that links
    to the catalog and has a period (its own, else its document's), as a
    series point; with ``keys``, only points of those (code, period, kind),
    with ``codes`` only points of those indicators, read from SQL filtered by
    the names that link to each code.
    ``document_id`` of a point is the document's row id as text; ``place``
    is the figure's place, else its document's (so series never mix
    provinces). Figures about a named project stay out: they are that
    project's history. Without ``quotes`` the points' quotes are left empty
    (not read: the consistency checks quote the document text)."""
    where = None
    if keys is not None:
        where = _of_keys(session, keys)
    elif codes is not None:
        where = _of_codes(session, codes)
    rows = figure_rows(session, docs, where, () if quotes else ("quote",))
    if docs is None:
        docs = current_documents(session, {r["document_id"] for r in rows})
    return linked_points(rows, docs, keys, codes)


def linked_points(rows: list[dict[str, Any]], docs: dict[int, DocInfo],
                  keys: Collection[tuple[str, str, str]] | None = None,
                  codes: Collection[str] | None = None) -> list[Linked]:
    """The series points of figure ``rows`` (see :func:`series_points`)."""
    out = []
    links: dict[tuple, Match | None] = {}
    for row in rows:
        if row.get("project_mention_id") is not None:
            continue  # a project's progress, not the province's indicator
        doc = docs[row["document_id"]]
        link = (row["indicator"], row["kind"], row["unit"])
        if link not in links:
            links[link] = link_row(row)
        match = links[link]
        period = row.get("period") or doc.period
        if match is None or not period:
            continue
        if (keys is not None and (match.code, period, row["kind"]) not in keys) or (
                codes is not None and match.code not in codes):
            continue
        point = SeriesPoint(
            indicator_code=match.code, place=row.get("place") or doc.place, period=period,
            value=row["value"], unit=row["unit"] or "", kind=row["kind"],
            estimate=bool(row.get("estimate")), document_id=str(doc.id), doc_date=doc.date,
            span=span(row), value_max=row.get("value_max"), base=row.get("base"),
            quote=row.get("quote") or "", base_value=row.get("base_value"),
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
