"""Read the register's tasks: filtered, sorted and paged in SQL, corrections
applied, with a status (the monitor's seam, :data:`ktxh.store.status.StatusFn`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from ktxh.store import corrections
from ktxh.store.listing import brief as _brief
from ktxh.store.listing import overlaid, pushed
from ktxh.store.matching import agency_matches, date_bound, stripped
from ktxh.store.status import StatusFn, due_date, simple_status
from ktxh.store.tables import LIGHT, Document, Task


def _task_where(
    session: Session, agency: str | None, document_id: int | None, lo: dt.date | None,
    hi: dt.date | None, current_only: bool,
) -> ColumnElement[bool]:
    """The SQL part of the task filters (due-date bounds and agencies honour
    corrected values)."""
    raw: list[ColumnElement[bool]] = []
    if lo:
        raw.append(Task.due_date >= lo)
    if hi:
        raw.append(Task.due_date <= hi)
    fixed = overlaid(session, "task", Task, {"deadline"}) if raw else []

    def keep(r: dict[str, Any]) -> bool:
        due = due_date(r["deadline"])
        return due is not None and not (lo and due < lo) and not (hi and due > hi)

    where = pushed(Task, raw, fixed, keep)
    if document_id is not None:
        where = and_(Task.document_id == document_id, where)
    if current_only:
        where = and_(Document.superseded_by_id.is_(None), where)
    if agency:
        where = and_(where, _agency_where(session, agency))
    return where


def _task_rows(
    session: Session,
    pairs: Any,
    agency: str | None,
    status: str | None,
    lo: dt.date | None,
    hi: dt.date | None,
    today: dt.date,
    status_fn: StatusFn,
) -> list[dict[str, Any]]:
    """Task dicts with corrections, document and status; the Python filters."""
    rows = []
    for task, doc in pairs:
        d = corrections.row_dict(task)
        d["document"] = _brief(doc)
        rows.append(d)
    corrections.apply(session, "task", rows)
    out = []
    for d in rows:
        if "deadline" in d.get("corrected", {}):
            d["due_date"] = due_date(d["deadline"])
        d["status_override"] = d.pop("status", None)
        d["status"] = status_fn(d, today)
        due = d["due_date"]
        if agency and not agency_matches(d["lead"], d["support"], d["lead_code"], agency):
            continue
        if status and d["status"] != status:
            continue
        if (lo or hi) and (due is None or (lo and due < lo) or (hi and due > hi)):
            continue
        d["due_date"] = due.isoformat() if due else None
        out.append(d)
    return out


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
    limit: int | None = None,
    offset: int = 0,
    task_ids: Collection[int] | None = None,
) -> list[dict[str, Any]]:
    """Tasks with their document and a status (``status_fn`` is the monitor's seam).

    ``agency`` matches the lead or a supporting body, ignoring case and
    diacritics, or the lead's register code; ``date_from``/``date_to``
    bound the due date; ``task_ids`` keeps those tasks. Every filter but
    ``status``, the order and the page run in SQL; with ``status`` (computed
    by ``status_fn``) rows are read in growing chunks until the page is full.
    """
    today = today or dt.date.today()
    lo, hi = date_bound(date_from, start=True), date_bound(date_to)
    where = _task_where(session, agency, document_id, lo, hi, current_only)
    if task_ids is not None:  # these tasks only (a page picked elsewhere)
        where = and_(where, Task.id.in_(sorted(set(task_ids))))
    stmt = (
        select(Task, Document).options(*LIGHT)
        .join(Document, Document.id == Task.document_id)
        .where(where).order_by(Task.due_date, Task.id)
    )

    def finish(pairs: Any) -> list[dict[str, Any]]:
        return _task_rows(session, pairs, agency, status, lo, hi, today, status_fn)

    if not status:
        if offset:
            stmt = stmt.offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return finish(session.execute(stmt))
    return _page_by_chunks(session, stmt, finish, limit, offset)


def _page_by_chunks(
    session: Session, stmt: Select[Any], finish: Callable[[Any], list[dict[str, Any]]],
    limit: int | None, offset: int,
) -> list[dict[str, Any]]:
    """A page of rows kept by ``finish`` (the status is computed in Python):
    rows of ``stmt`` read in growing chunks until the page is full."""
    wanted = None if limit is None else offset + limit
    out: list[dict[str, Any]] = []
    size, at = max(2 * (wanted or 0), 200), 0
    while wanted is None or len(out) < wanted:
        chunk = session.execute(stmt.offset(at).limit(size)).all()
        out.extend(finish(chunk))
        if len(chunk) < size:
            break
        at += size
        size = min(2 * size, 5000)
    return out[offset:wanted]


def _agency_where(session: Session, agency: str) -> ColumnElement[bool]:
    """Tasks whose lead, a supporting body or the lead's code match ``agency``.

    Names are matched ignoring case and diacritics on their stored stripped
    copies (``lead_stripped``, ``support_stripped``); corrected rows are
    judged on their corrected values.
    """
    wanted = stripped(agency).strip()
    raw = [or_(Task.lead_stripped.contains(wanted, autoescape=True),
               Task.support_stripped.contains(wanted, autoescape=True),
               func.lower(Task.lead_code) == agency.lower())]
    fixed = overlaid(session, "task", Task, {"lead", "support", "lead_code"})

    def keep(r: dict[str, Any]) -> bool:
        return agency_matches(r["lead"], r["support"], r["lead_code"], agency)

    return pushed(Task, raw, fixed, keep)


def count_tasks(
    session: Session,
    agency: str | None = None,
    status: str | None = None,
    document_id: int | None = None,
    date_from: dt.date | str | None = None,
    date_to: dt.date | str | None = None,
    today: dt.date | None = None,
    status_fn: StatusFn = simple_status,
    current_only: bool = True,
) -> int:
    """How many tasks :func:`list_tasks` lists with these filters (SQL count
    unless ``status`` needs the Python status function)."""
    if status:
        return len(list_tasks(session, agency, status, document_id, date_from, date_to,
                              today, status_fn, current_only))
    lo, hi = date_bound(date_from, start=True), date_bound(date_to)
    where = _task_where(session, agency, document_id, lo, hi, current_only)
    stmt = (select(func.count()).select_from(Task)
            .join(Document, Document.id == Task.document_id).where(where))
    return session.scalar(stmt) or 0
