"""The task register over the store: statuses as of a date, progress updates.

A task's status comes from its deadline (``Task.due_date``) and its latest
progress update (:mod:`ktxh.monitor.task_status`). Updates are never
overwritten: each is a new ``task_updates`` row plus an ``audit_log`` entry.
An update carries the task's ``anchor``, so it follows the task into a
re-ingested version of its document (like corrections do).

A correction of the virtual field ``status`` (``ktxh correct task ID status
done``) counts as an update made on the day of the correction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ktxh.monitor import rows as R
from ktxh.monitor.task_status import (
    DONE,
    IN_PROGRESS,
    LABELS,
    NOT_STARTED,
    TaskState,
    TaskStatus,
    TaskUpdate,
    lead_display,
    task_state,
)
from ktxh.store.activity import AuditEntry
from ktxh.store.activity import TaskUpdate as UpdateRow
from ktxh.store.errors import NotFound
from ktxh.store.queries import list_tasks
from ktxh.store.tables import Correction, Document, Task
from ktxh.text.normalize import strip_marks

UPDATE_STATUSES = (DONE, IN_PROGRESS, NOT_STARTED)
UPDATE_LABELS = {DONE: "Đã hoàn thành", IN_PROGRESS: "Đang thực hiện",
                 NOT_STARTED: "Chưa triển khai"}
STATUSES = tuple(s.value for s in TaskStatus)
# The store's simple statuses, still accepted as filters.
ALIASES: dict[str, tuple[str, ...]] = {
    "open": (TaskStatus.CHUA_HOAN_THANH_CON_HAN.value,),
    "overdue": (TaskStatus.CHUA_HOAN_THANH_QUA_HAN.value,),
    "done": (TaskStatus.HOAN_THANH_DUNG_HAN.value, TaskStatus.HOAN_THANH_QUA_HAN.value),
    "due_soon": (TaskStatus.CHUA_HOAN_THANH_CON_HAN.value,),
}
FILTERS = STATUSES + tuple(ALIASES)


def _wanted_statuses(status: str | None) -> tuple[str, ...] | None:
    if status is None:
        return None
    if status in STATUSES:
        return (status,)
    if status in ALIASES:
        return ALIASES[status]
    raise ValueError(f"unknown status {status!r} (use {', '.join(FILTERS)})")


def _update_json(u: UpdateRow) -> dict[str, Any]:
    return {"id": u.id, "task_id": u.task_id, "task_anchor": u.task_anchor,
            "date": u.date.isoformat(), "status": u.status,
            "status_label": UPDATE_LABELS.get(u.status, u.status), "note": u.note,
            "author": u.author, "evidence_document_id": u.evidence_document_id,
            "created_at": u.created_at.isoformat() if u.created_at else None,
            "source": "update"}


def _correction_json(c: Correction) -> dict[str, Any]:
    status = DONE if c.new_value == "done" else IN_PROGRESS
    return {"id": c.id, "task_id": c.entity_id, "task_anchor": c.anchor,
            "date": c.created_at.date().isoformat(), "status": status,
            "status_label": UPDATE_LABELS[status], "note": c.note or "", "author": c.author,
            "evidence_document_id": None, "created_at": c.created_at.isoformat(),
            "source": "correction"}


class _Activity:
    """Every update and status correction, indexed by task id and anchor."""

    def __init__(self, session: Session, ids: set[int] | None = None,
                 anchors: set[str] | None = None) -> None:
        u_stmt = select(UpdateRow).order_by(UpdateRow.date, UpdateRow.created_at, UpdateRow.id)
        c_stmt = (select(Correction)
                  .where(Correction.entity_type == "task", Correction.field == "status")
                  .order_by(Correction.created_at, Correction.id))
        if ids is not None:
            u_stmt = u_stmt.where(or_(UpdateRow.task_id.in_(ids),
                                      UpdateRow.task_anchor.in_(anchors or set())))
            c_stmt = c_stmt.where(or_(Correction.entity_id.in_(ids),
                                      Correction.anchor.in_(anchors or set())))
        self.by_id: dict[int, list[dict]] = {}
        self.by_anchor: dict[str, list[dict]] = {}
        items = [_update_json(u) for u in session.scalars(u_stmt)]
        items += [_correction_json(c) for c in session.scalars(c_stmt)]
        items.sort(key=lambda x: (x["date"], x["created_at"] or "", x["id"]))
        for item in items:
            self.by_id.setdefault(item["task_id"], []).append(item)
            if item["task_anchor"]:
                self.by_anchor.setdefault(item["task_anchor"], []).append(item)

    def of(self, task: dict[str, Any]) -> list[dict[str, Any]]:
        seen: dict[tuple[str, int], dict] = {}
        for item in (*self.by_anchor.get(task.get("anchor") or "", ()),
                     *self.by_id.get(task["id"], ())):
            seen[(item["source"], item["id"])] = item
        return sorted(seen.values(), key=lambda x: (x["date"], x["created_at"] or "", x["id"]))


def _state(task: dict[str, Any], history: list[dict[str, Any]], as_of: dt.date) -> TaskState:
    updates = [TaskUpdate(dt.date.fromisoformat(h["date"]), h["status"], h["note"], h["author"])
               for h in history]
    return task_state(R.to_task(task), updates, as_of)


def _matches(value: str | None, wanted: str) -> bool:
    return bool(value) and strip_marks(wanted).strip() in strip_marks(value)


def _agency_ok(row: dict[str, Any], agency: str) -> bool:
    """The lead, a supporting body, the lead's register code, or the body
    that took over the lead's duties ("nay là Sở Tài chính")."""
    return (_matches(row["lead"], agency) or _matches(row["lead_display"], agency)
            or any(_matches(s, agency) for s in row["support"] or ())
            or (row["lead_code"] or "").lower() == agency.strip().lower())


def task_register(
    session: Session,
    as_of: dt.date | None = None,
    agency: str | None = None,
    status: str | None = None,
    overdue: bool = False,
    due_soon: bool = False,
    document_id: int | None = None,
    date_from: dt.date | str | None = None,
    date_to: dt.date | str | None = None,
    task_ids: Collection[int] | None = None,
) -> list[dict[str, Any]]:
    """Tasks with their status on ``as_of`` (default today); with
    ``task_ids``, of those tasks only.

    ``status`` is one of :data:`STATUSES` (or open / overdue / done /
    due_soon); ``overdue`` keeps "chưa hoàn thành, quá hạn"; ``due_soon``
    keeps open tasks due within a week. Each row adds ``status_label``,
    ``due_soon``, ``days_left``, ``completed_on``, ``lead_display`` (with the
    successor of a merged body), ``last_update`` and ``updates``.
    """
    as_of = as_of or dt.date.today()
    wanted = _wanted_statuses(status)
    activity = _activity_of(session, task_ids)
    states: dict[int, TaskState] = {}
    histories: dict[int, list[dict]] = {}

    def status_fn(task: dict[str, Any], today: dt.date) -> str:
        histories[task["id"]] = activity.of(task)
        states[task["id"]] = _state(task, histories[task["id"]], today)
        return states[task["id"]].status.value

    rows = list_tasks(session, document_id=document_id, date_from=date_from, date_to=date_to,
                      today=as_of, status_fn=status_fn, current_only=document_id is None,
                      task_ids=task_ids)
    out = []
    for row in rows:
        _annotate(row, states[row["id"]], histories[row["id"]], as_of)
        if _asked(row, wanted, status, overdue, due_soon, agency):
            out.append(row)
    return out


def _asked(row: dict[str, Any], wanted: tuple[str, ...] | None, status: str | None,
           overdue: bool, due_soon: bool, agency: str | None) -> bool:
    """Whether an annotated task row passes the register's filters."""
    if wanted and (row["status"] not in wanted or (status == "due_soon"
                                                    and not row["due_soon"])):
        return False
    if overdue and row["status"] != TaskStatus.CHUA_HOAN_THANH_QUA_HAN:
        return False
    if due_soon and not row["due_soon"]:
        return False
    return not (agency and not _agency_ok(row, agency))


def _activity_of(session: Session, task_ids: Collection[int] | None) -> _Activity:
    """The progress updates and completions of these tasks (None: of all)."""
    if task_ids is None:
        return _Activity(session)
    ids = set(task_ids)
    anchors = set(session.scalars(select(Task.anchor).where(Task.id.in_(sorted(ids)))))
    return _Activity(session, ids, {a for a in anchors if a})


def _annotate(row: dict[str, Any], state: TaskState, history: list[dict],
              as_of: dt.date) -> None:
    """Add to a task's row its status on ``as_of`` and its updates until then."""
    lead = lead_display(R.to_task(row), as_of)
    history = [h for h in history if h["date"] <= as_of.isoformat()]
    row.update(
        status_label=LABELS[state.status], due_soon=state.due_soon,
        days_left=state.days_left,
        completed_on=state.completed_on.isoformat() if state.completed_on else None,
        lead_display=lead.text, lead_successor=lead.successor,
        last_update=history[-1] if history else None, updates=len(history),
        as_of=as_of.isoformat(),
    )


def _task_row(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFound(f"no task with id {task_id}")
    return task


def get_task(session: Session, task_id: int, as_of: dt.date | None = None) -> dict[str, Any]:
    """One task of the register (any version of its document)."""
    task = _task_row(session, task_id)
    found = [t for t in task_register(session, as_of=as_of, document_id=task.document_id)
             if t["id"] == task_id]
    if not found:
        raise NotFound(f"no task with id {task_id}")
    return found[0]


def update_task(
    session: Session,
    task_id: int,
    status: str,
    note: str,
    author: str,
    date: dt.date | None = None,
    evidence_document_id: int | None = None,
) -> dict[str, Any]:
    """Append a progress update (done / in_progress / not_started) and an
    audit entry; the caller commits. Returns the update with the task's
    register row as of the update's date (``task``). Raises ValueError on a
    bad status or author, NotFound on an unknown task or evidence document."""
    if status not in UPDATE_STATUSES:
        raise ValueError(f"unknown update status {status!r} (use {', '.join(UPDATE_STATUSES)})")
    if not (author or "").strip():
        raise ValueError("an update needs an author")
    task = _task_row(session, task_id)
    if evidence_document_id is not None and session.get(Document, evidence_document_id) is None:
        raise NotFound(f"no document with id {evidence_document_id}")
    now = dt.datetime.now(dt.UTC)
    day = date or now.date()
    row = UpdateRow(task_id=task.id, task_anchor=task.anchor, date=day, status=status,
                    note=note or "", author=author.strip(),
                    evidence_document_id=evidence_document_id, created_at=now)
    session.add(row)
    session.flush()
    session.add(AuditEntry(at=now, actor=author.strip(), action="update_task",
                           entity_type="task", entity_id=task.id,
                           detail={"update_id": row.id, "status": status, "date": day.isoformat(),
                                   "note": note or "",
                                   "evidence_document_id": evidence_document_id}))
    session.flush()
    out = _update_json(row)
    out["task"] = get_task(session, task.id, as_of=max(day, now.date()))
    return out


def task_history(session: Session, task_id: int) -> list[dict[str, Any]]:
    """Every update of a task (and status corrections), oldest first,
    including those made on the same task in earlier versions of its document."""
    task = _task_row(session, task_id)
    activity = _Activity(session, {task.id}, {task.anchor} if task.anchor else set())
    return activity.of({"id": task.id, "anchor": task.anchor})
