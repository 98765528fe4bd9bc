"""Task statuses kept in the store: what does not depend on today's date.

``task_states`` (migration 0006) holds, for each task of every document,
with corrections and progress updates applied: whether it is recurring, the
last day its deadline may mean, the day its trailing run of "done" updates
began (``completed_on``), the day of its latest update, its lead. The
status on a day is then SQL, as :func:`ktxh.monitor.task_status.task_state`
decides it: recurring, "thường xuyên"; completed, "hoàn thành"; no
deadline, "chưa hoàn thành, còn hạn"; a deadline before the day, "chưa hoàn
thành, quá hạn"; else "còn hạn", "sắp đến hạn" when the deadline is at most
:data:`DUE_SOON_DAYS` days away. An update counts from its own date on, so a
task whose latest update is dated after the day is judged in Python on its
history (few are).

Kept up to date with the other kept results (:func:`ktxh.monitor.kept.refresh`):
the tasks of new, corrected and deleted documents, and of the tasks given a
progress update since the last refresh (by id or anchor).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, and_, case, delete, func, insert, not_, or_, select
from sqlalchemy.orm import Session

from ktxh.monitor import rows as R
from ktxh.monitor.periods import parse_date
from ktxh.monitor.task_agency import agency_condition, shown_lead
from ktxh.monitor.task_register import _Activity, _wanted_statuses, task_register
from ktxh.monitor.task_status import (
    DUE_SOON_DAYS,
    LABELS,
    TaskStatus,
    is_recurring,
)
from ktxh.store.activity import TaskUpdate as UpdateRow
from ktxh.store.kept_tables import TaskState
from ktxh.store.tables import Document, Task

LATE = (TaskStatus.CHUA_HOAN_THANH_QUA_HAN.value,)
__all__ = ["LABELS", "task_page", "task_summary", "update_states", "updated_documents"]


def _completion(dates_statuses: list[tuple[dt.date, str]]) -> dt.date | None:
    """The start of the trailing run of "done" (updates sorted by date)."""
    done_on = None
    for day, status in reversed(dates_statuses):
        if status != "done":
            break
        done_on = day
    return done_on


def _state(row: dict[str, Any], history: list[dict[str, Any]]) -> dict[str, Any]:
    task = R.to_task(row)
    updates = sorted(((dt.date.fromisoformat(h["date"]), h["status"]) for h in history),
                     key=lambda u: u[0])
    return {"task_id": row["id"], "document_id": row["document_id"],
            "recurring": is_recurring(task), "deadline": parse_date(task.deadline),
            "completed_on": _completion(updates),
            "last_update": updates[-1][0] if updates else None,
            "lead": (row["lead"] or "")[:512], "lead_code": row["lead_code"]}


def update_states(session: Session, doc_ids: Iterable[int] | None) -> None:
    """The task states of these documents (None: every document) computed again."""
    if doc_ids is None:
        session.execute(delete(TaskState))
        ids = set(session.scalars(select(Document.id)))
    else:
        ids = set(doc_ids)
        ordered = sorted(ids)
        for start in range(0, len(ordered), R.ID_CHUNK):
            session.execute(delete(TaskState).where(
                TaskState.document_id.in_(ordered[start : start + R.ID_CHUNK])))
    rows = R.fact_rows(session, "task", Task, ids)
    if not rows:
        return
    few = len(rows) <= R.ID_CHUNK
    activity = (_Activity(session, {r["id"] for r in rows},
                          {r["anchor"] for r in rows if r["anchor"]}) if few
                else _Activity(session))
    session.execute(insert(TaskState), [_state(r, activity.of(r)) for r in rows])


def updated_documents(session: Session, after: int) -> set[int]:
    """The documents of the tasks given a progress update after id ``after``."""
    marks = session.execute(select(UpdateRow.task_id, UpdateRow.task_anchor)
                            .where(UpdateRow.id > after)).all()
    ids = sorted({i for i, _ in marks})
    anchors = sorted({a for _, a in marks if a})
    out: set[int] = set()
    for start in range(0, max(len(ids), len(anchors)), R.ID_CHUNK):
        named = or_(Task.id.in_(ids[start : start + R.ID_CHUNK]),
                    Task.anchor.in_(anchors[start : start + R.ID_CHUNK]))
        out.update(session.scalars(select(Task.document_id).where(named)))
    return out


def updates_state(session: Session) -> tuple[int, int]:
    count, last = session.execute(select(func.count(UpdateRow.id), func.max(UpdateRow.id))).one()
    return int(count), int(last or 0)


def _conditions(day: dt.date) -> dict[str, ColumnElement[bool]]:
    s = TaskState
    open_ = and_(not_(s.recurring), s.completed_on.is_(None))
    return {
        "settled": or_(s.last_update.is_(None), s.last_update <= day),
        "late": and_(open_, s.deadline < day),
        "soon": and_(open_, s.deadline >= day,
                     s.deadline <= day + dt.timedelta(days=DUE_SOON_DAYS)),
    }


def _rows(session: Session, ids: list[int], day: dt.date) -> dict[int, dict[str, Any]]:
    """The register rows of these tasks on ``day``, by id, in the order of ``ids``."""
    if not ids:
        return {}
    out = {r["id"]: r for r in task_register(session, as_of=day, task_ids=ids)}
    return {i: out[i] for i in ids if i in out}


def _order(row: dict[str, Any]) -> tuple:
    return (row["due_date"] or "", row["id"])


def _is_due_soon(row: dict[str, Any]) -> bool:
    return bool(row.get("due_soon")) and row.get("status") not in LATE


def task_summary(session: Session, day: dt.date | None = None, shown: int = 15,
                 agencies: int = 12) -> dict[str, Any]:
    """What the dashboard shows of the current documents' tasks on ``day``
    (default today): the number of tasks, those overdue and due soon (counts,
    and the first ``shown`` of each in the register's order), and per lead
    (with its successor) the overdue and due-soon counts, most overdue first
    (then most due soon, then by name)."""
    day = day or dt.date.today()
    c = _conditions(day)
    current = and_(Document.id == TaskState.document_id, Document.superseded_by_id.is_(None))
    base = select(TaskState.task_id).join(Document, current)
    total = session.scalar(select(func.count()).select_from(TaskState).join(Document, current))
    # tasks with an update dated after ``day``: judged in Python
    later = _rows(session, list(session.scalars(base.where(not_(c["settled"])))), day)
    order = (Task.due_date, Task.id)
    picked: dict[str, list[int]] = {}
    counts: dict[str, int] = {}
    for name in ("late", "soon"):
        stmt = base.join(Task, Task.id == TaskState.task_id).where(c["settled"], c[name])
        counts[name] = session.scalar(select(func.count()).select_from(stmt.subquery()))
        picked[name] = list(session.scalars(stmt.order_by(*order).limit(shown)))
    rows = _rows(session, picked["late"] + picked["soon"], day)
    late = [rows[i] for i in picked["late"] if i in rows]
    soon = [rows[i] for i in picked["soon"] if i in rows]
    if later:  # merged in the register's order (by due date, then id)
        late = sorted(late + [r for r in later.values() if r["status"] in LATE], key=_order)
        soon = sorted(soon + [r for r in later.values() if _is_due_soon(r)], key=_order)

    by_lead: dict[str, list[int]] = {}
    grouped = (select(TaskState.lead, TaskState.lead_code,
                      func.sum(case((c["late"], 1), else_=0)),
                      func.sum(case((c["soon"], 1), else_=0)))
               .join(Document, current).where(c["settled"], or_(c["late"], c["soon"]))
               .group_by(TaskState.lead, TaskState.lead_code))
    for lead, code, n_late, n_soon in session.execute(grouped):
        shown_as = shown_lead(lead, code, day) or lead or "–"
        entry = by_lead.setdefault(shown_as, [0, 0])
        entry[0] += int(n_late or 0)
        entry[1] += int(n_soon or 0)
    for r in later.values():
        if r["status"] in LATE or _is_due_soon(r):
            entry = by_lead.setdefault(r.get("lead_display") or r.get("lead") or "–", [0, 0])
            entry[0 if r["status"] in LATE else 1] += 1
    ranked = sorted(((k, a, b) for k, (a, b) in by_lead.items()),
                    key=lambda r: (-r[1], -r[2], r[0]))
    return {"task_total": total,
            "late": late[:shown], "late_total": counts["late"] + sum(
                r["status"] in LATE for r in later.values()),
            "soon": soon[:shown], "soon_total": counts["soon"] + sum(
                _is_due_soon(r) for r in later.values()),
            "by_agency": ranked[:agencies]}


def _status_conditions(day: dt.date) -> dict[str, ColumnElement[bool]]:
    """Each status on ``day`` as SQL (for settled tasks)."""
    s = TaskState
    c = _conditions(day)
    done = and_(not_(s.recurring), s.completed_on.is_not(None))
    open_ = and_(not_(s.recurring), s.completed_on.is_(None))
    return {
        TaskStatus.THUONG_XUYEN.value: s.recurring.is_(True),
        TaskStatus.HOAN_THANH_DUNG_HAN.value: and_(done, or_(s.deadline.is_(None),
                                                             s.completed_on <= s.deadline)),
        TaskStatus.HOAN_THANH_QUA_HAN.value: and_(done, s.completed_on > s.deadline),
        TaskStatus.CHUA_HOAN_THANH_QUA_HAN.value: c["late"],
        TaskStatus.CHUA_HOAN_THANH_CON_HAN.value: and_(open_, or_(s.deadline.is_(None),
                                                                  s.deadline >= day)),
        "due_soon": c["soon"],
    }


def task_page(session: Session, day: dt.date | None = None, status: str | None = None,
              overdue: bool = False, due_soon: bool = False, offset: int = 0,
              limit: int = 200, agency: str | None = None,
              ) -> tuple[list[dict[str, Any]], int] | None:
    """One page of the register of the current documents on ``day`` (default
    today) and the number of its tasks, as :func:`task_register` with the
    same filters and then sliced gives them, selected and counted in SQL from
    the kept states; None when a task has an update dated after ``day``, or
    the ``agency`` words cannot be said in SQL (the caller then walks the
    register)."""
    day = day or dt.date.today()
    conds = _status_conditions(day)
    current = and_(Document.id == TaskState.document_id, Document.superseded_by_id.is_(None))
    where = []
    wanted = _wanted_statuses(status)
    if wanted:
        where.append(or_(*(conds[w] for w in wanted)))
        if status == "due_soon":
            where.append(conds["due_soon"])
    if overdue:
        where.append(conds[TaskStatus.CHUA_HOAN_THANH_QUA_HAN.value])
    if due_soon:
        where.append(conds["due_soon"])
    if agency:
        named = agency_condition(session, agency, day)
        if named is None:
            return None
        where.append(named)
    base = select(TaskState.task_id).join(Document, current)
    if session.scalar(base.where(not_(_conditions(day)["settled"])).limit(1)) is not None:
        return None
    stmt = base.join(Task, Task.id == TaskState.task_id).where(*where)
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    ids = list(session.scalars(stmt.order_by(Task.due_date, Task.id).offset(offset)
                               .limit(limit)))
    return list(_rows(session, ids, day).values()), total
