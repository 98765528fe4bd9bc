"""Lists that filter, sort and page in SQL while honouring corrections.

Corrections overlay extracted values on read (:mod:`ktxh.store.corrections`),
so a filter on an extracted column would miss a corrected value. The few
corrected rows are therefore judged in Python (:func:`overlaid`) and the SQL
condition takes them in or out by id (:func:`pushed`); every other row is
filtered, sorted and paged by the database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, true, union_all
from sqlalchemy.orm import Session

from ktxh.store import corrections
from ktxh.store.tables import LIGHT, Correction, Document, Figure


def brief(doc: Document | None) -> dict[str, Any] | None:
    """The few fields of a document shown beside one of its facts."""
    if doc is None:
        return None
    return {"id": doc.id, "number": doc.number, "type": doc.type, "title": doc.title,
            "date": doc.date}


def overlaid(
    session: Session, entity: str, model: Any, fields: set[str],
    row_dict: Callable[[Any], dict[str, Any]] = corrections.row_dict,
) -> list[dict[str, Any]]:
    """Rows of ``model`` with a correction of any of ``fields``, corrections applied.

    Lists filter and sort in SQL on the extracted columns; these few rows are
    judged in Python on their corrected values instead (see :func:`pushed`).
    """
    marks = session.execute(
        select(Correction.entity_id, Correction.anchor)
        .where(Correction.entity_type == entity, Correction.field.in_(fields))
    ).all()
    if not marks:
        return []
    ids = {i for i, _ in marks}
    anchors = {a for _, a in marks if a}
    cond = model.id.in_(ids)
    if anchors:
        cond = or_(cond, model.anchor.in_(anchors))
    stmt = select(model).where(cond)
    if model is Document:
        stmt = stmt.options(*LIGHT)
    rows = [row_dict(r) for r in session.scalars(stmt)]
    return corrections.apply(session, entity, rows)


def pushed(
    model: Any, raw: list[ColumnElement[bool]], overlaid: list[dict[str, Any]], keep: Any
) -> ColumnElement[bool]:
    """SQL for "matches on corrected values": the extracted columns satisfy
    ``raw`` and the row has no relevant correction, or it is a corrected row
    that ``keep`` accepts."""
    touched = {r["id"] for r in overlaid}
    kept = {r["id"] for r in overlaid if keep(r)}
    plain = and_(true(), *raw)
    if touched:
        plain = and_(plain, model.id.not_in(touched))
    return or_(plain, model.id.in_(kept)) if kept else plain


def like_prefix(value: str) -> str:
    """A LIKE pattern for "starts with ``value``" (wildcards escaped)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


FIGURE_FIELDS = {"indicator", "period", "kind"}  # the fields the figures' filters read


def _figure_where(
    session: Session, indicator: str | Sequence[str] | None, period: str | None,
    kind: str | None, document_id: int | None, current_only: bool,
    superseded: Sequence[int] | None = None, fixed: list[dict[str, Any]] | None = None,
) -> ColumnElement[bool]:
    raw: list[ColumnElement[bool]] = []
    # one name, or any of a list of names (an empty list: none)
    if isinstance(indicator, str):
        by_name, names = bool(indicator), {indicator}
    else:
        by_name, names = indicator is not None, set(indicator or ())
    if by_name:
        raw.append(Figure.indicator.in_(names) if len(names) != 1
                   else Figure.indicator == next(iter(names)))
    if period:
        raw.append(Figure.period.like(like_prefix(period), escape="\\"))
    if kind:
        raw.append(Figure.kind == kind)
    if fixed is None:
        fixed = overlaid(session, "figure", Figure, FIGURE_FIELDS) if raw else []

    def keep(r: dict[str, Any]) -> bool:
        return ((not by_name or r["indicator"] in names)
                and (not period or (r["period"] or "").startswith(period))
                and (not kind or r["kind"] == kind))

    where = pushed(Figure, raw, fixed, keep)
    if document_id is not None:
        where = and_(Figure.document_id == document_id, where)
    if current_only:
        # the few superseded documents by id: the figures' index holds
        # document_id, so a count or a page never reads a figure's row for it
        old = _superseded(session) if superseded is None else superseded
        if old:
            where = and_(Figure.document_id.not_in(old), where)
    return where


def list_figures(
    session: Session,
    indicator: str | Sequence[str] | None = None,
    period: str | None = None,
    kind: str | None = None,
    document_id: int | None = None,
    current_only: bool = True,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Figures, by period then id, with their document; filters and page in SQL.

    ``indicator`` is the extracted name, exactly ("tỷ lệ hộ nghèo"), or a
    list of names (any of them); ``period`` a prefix ("2024" takes "2024-Q1").
    """
    stmt = (
        select(Figure, Document).options(*LIGHT)
        .join(Document, Document.id == Figure.document_id)
        .order_by(Figure.period, Figure.id)
    )
    if limit is not None and not isinstance(indicator, str) and len(indicator or ()) > 1:
        ids = _page_of_names(session, sorted(set(indicator or ())), limit, offset,
                             (period, kind, document_id, current_only))
        pairs = session.execute(stmt.where(Figure.id.in_(ids))).all()
    else:
        stmt = stmt.where(
            _figure_where(session, indicator, period, kind, document_id, current_only))
        if offset:
            stmt = stmt.offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        pairs = session.execute(stmt).all()
    rows = corrections.apply(session, "figure", [corrections.row_dict(f) for f, _ in pairs])
    for row, (_, doc) in zip(rows, pairs, strict=True):
        row["document"] = brief(doc)
    return rows


def count_figures(
    session: Session,
    indicator: str | Sequence[str] | None = None,
    period: str | None = None,
    kind: str | None = None,
    document_id: int | None = None,
    current_only: bool = True,
) -> int:
    """How many figures :func:`list_figures` lists with these filters."""
    stmt = (select(func.count()).select_from(Figure)
            .where(_figure_where(session, indicator, period, kind, document_id, current_only)))
    return session.scalar(stmt) or 0


def _superseded(session: Session) -> list[int]:
    """Ids of the documents a newer version replaces."""
    return list(session.scalars(select(Document.id)
                                .where(Document.superseded_by_id.is_not(None))))


def _page_of_names(
    session: Session, names: list[str], limit: int, offset: int, filters: tuple[Any, ...],
) -> list[int]:
    """Ids of one page of the figures of several names, by period then id.

    Each name's first ``offset + limit`` figures come in order from the index
    (no sort of all their figures); the page is cut from those together.
    """
    old = _superseded(session)
    fixed = overlaid(session, "figure", Figure, FIGURE_FIELDS)
    firsts = [
        select(Figure.id, Figure.period)
        .where(_figure_where(session, name, *filters, superseded=old, fixed=fixed))
        .order_by(Figure.period, Figure.id).limit(offset + limit).subquery()
        for name in names
    ]
    both = union_all(*(select(first.c.id, first.c.period) for first in firsts)).subquery()
    page = select(both.c.id).order_by(both.c.period, both.c.id).offset(offset).limit(limit)
    return list(session.scalars(page))


def indicator_names(session: Session) -> list[str]:
    """Every indicator name figures carry (read from the index), corrected ones too."""
    names = set(session.scalars(select(Figure.indicator).distinct()))
    names.update(r["indicator"] for r in overlaid(session, "figure", Figure, {"indicator"}))
    return sorted(names)


def document_facets(session: Session) -> tuple[list[str], list[str]]:
    """The types and the periods of current documents (corrected values
    included), for filter menus: types sorted, periods newest first."""
    current = Document.superseded_by_id.is_(None)
    types = set(session.scalars(select(Document.type).where(current).distinct()))
    periods = set(session.scalars(select(Document.period).where(current).distinct()))

    def light(d: Document) -> dict[str, Any]:
        return {"id": d.id, "anchor": d.anchor, "type": d.type, "period": d.period,
                "superseded_by_id": d.superseded_by_id}

    for r in overlaid(session, "document", Document, {"type", "period"}, light):
        if r["superseded_by_id"] is None:
            types.add(r["type"])
            periods.add(r["period"])
    return sorted(t for t in types if t), sorted((p for p in periods if p), reverse=True)
