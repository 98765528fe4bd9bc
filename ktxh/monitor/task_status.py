"""Status of assigned tasks against an as-of date.

The four statuses used when following up tasks assigned by a People's
Committee (QĐ 42/2014/QĐ-TTg on the tracking system, and the provincial
rules after it): "hoàn thành đúng hạn", "hoàn thành quá hạn", "chưa hoàn
thành - còn hạn" (in progress within the deadline), "chưa hoàn thành - quá
hạn"; plus "thường xuyên" for recurring tasks that have no single deadline.
Updates keep the whole history; the latest one wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Protocol

from ktxh.extract.records import Task
from ktxh.monitor.periods import parse_date
from ktxh.text.model import Span

DUE_SOON_DAYS = 7
DUE_SOON_LABEL = "sắp đến hạn"


class TaskStatus(StrEnum):
    HOAN_THANH_DUNG_HAN = "hoan_thanh_dung_han"
    HOAN_THANH_QUA_HAN = "hoan_thanh_qua_han"
    CHUA_HOAN_THANH_CON_HAN = "chua_hoan_thanh_con_han"
    CHUA_HOAN_THANH_QUA_HAN = "chua_hoan_thanh_qua_han"
    THUONG_XUYEN = "thuong_xuyen"


LABELS: dict[TaskStatus, str] = {
    TaskStatus.HOAN_THANH_DUNG_HAN: "Hoàn thành đúng hạn",
    TaskStatus.HOAN_THANH_QUA_HAN: "Hoàn thành quá hạn",
    TaskStatus.CHUA_HOAN_THANH_CON_HAN: "Chưa hoàn thành, còn hạn",
    TaskStatus.CHUA_HOAN_THANH_QUA_HAN: "Chưa hoàn thành, quá hạn",
    TaskStatus.THUONG_XUYEN: "Thường xuyên",
}

# Update statuses; "done" is the only one that completes a task.
DONE, IN_PROGRESS, NOT_STARTED = "done", "in_progress", "not_started"
_RECURRING_WORDS = ("thường xuyên", "hằng năm", "hàng năm", "định kỳ", "liên tục")


@dataclass(frozen=True, slots=True)
class TaskUpdate:
    date: date
    status: str  # "done" | "in_progress" | "not_started" | ...
    note: str = ""
    author: str | None = None
    evidence_document: str | None = None


@dataclass(frozen=True, slots=True)
class TaskState:
    status: TaskStatus
    deadline: date | None
    due_soon: bool = False
    completed_on: date | None = None
    days_left: int | None = None  # negative when overdue
    latest: TaskUpdate | None = None
    history: tuple[TaskUpdate, ...] = ()  # every update known on the as-of date, oldest first

    @property
    def label(self) -> str:
        """Vietnamese label, with "sắp đến hạn" when the deadline is near."""
        return f"{LABELS[self.status]} ({DUE_SOON_LABEL})" if self.due_soon else LABELS[self.status]


def is_recurring(task: Task) -> bool:
    """A "thường xuyên" task: flagged by the extractor or named so, no deadline."""
    if task.recurring:
        return True
    text = (task.deadline_text or "").lower()
    return task.deadline is None and any(w in text for w in _RECURRING_WORDS)


def _completion(updates: list[TaskUpdate]) -> date | None:
    """Date the task was completed: start of the trailing run of "done"."""
    done_on = None
    for u in reversed(updates):
        if u.status != DONE:
            break
        done_on = u.date
    return done_on


def task_state(
    task: Task,
    updates: Iterable[TaskUpdate] = (),
    as_of: date | None = None,
    due_soon_days: int = DUE_SOON_DAYS,
) -> TaskState:
    """Status of ``task`` on ``as_of`` (default today) from its deadline and updates.

    A deadline of month or year precision ("2024-02") means its last day.
    A task without a deadline cannot be overdue.
    """
    as_of = as_of or date.today()
    history = tuple(sorted((u for u in updates if u.date <= as_of), key=lambda u: u.date))
    latest = history[-1] if history else None
    deadline = parse_date(task.deadline)
    completed = _completion(history)
    if is_recurring(task):
        return TaskState(TaskStatus.THUONG_XUYEN, None, completed_on=completed, latest=latest,
                         history=history)
    if completed is not None:
        late = deadline is not None and completed > deadline
        status = TaskStatus.HOAN_THANH_QUA_HAN if late else TaskStatus.HOAN_THANH_DUNG_HAN
        return TaskState(status, deadline, completed_on=completed, latest=latest, history=history)
    if deadline is None:
        return TaskState(TaskStatus.CHUA_HOAN_THANH_CON_HAN, None, latest=latest, history=history)
    days_left = (deadline - as_of).days
    if days_left < 0:
        return TaskState(TaskStatus.CHUA_HOAN_THANH_QUA_HAN, deadline, days_left=days_left,
                         latest=latest, history=history)
    return TaskState(
        TaskStatus.CHUA_HOAN_THANH_CON_HAN,
        deadline,
        due_soon=days_left <= due_soon_days,
        days_left=days_left,
        latest=latest,
        history=history,
    )


class AgencyRegistry(Protocol):
    """What :func:`lead_display` needs of ktxh.extract.agencies."""

    def successor_of(self, code: str, on: date) -> object | None: ...

    def lookup(self, name: str) -> object | None: ...


@dataclass(frozen=True, slots=True)
class LeadDisplay:
    name: str  # the lead as the document names it
    successor: str | None = None  # the body that now holds its duties
    ended_on: str | None = None  # set when the body ended with no single successor

    @property
    def text(self) -> str:
        if self.successor:
            return f"{self.name} (nay là {self.successor})"
        if self.ended_on:
            return f"{self.name} (đã kết thúc hoạt động từ {_vn_date(self.ended_on)})"
        return self.name


def _vn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def _default_registry() -> AgencyRegistry | None:
    try:
        from ktxh.extract import agencies  # the agency register, when present
    except ImportError:
        return None
    return agencies if hasattr(agencies, "successor_of") else None


def lead_display(
    task: Task, on: date | None = None, registry: AgencyRegistry | None = None
) -> LeadDisplay:
    """The lead of ``task``, with its successor when it has been merged
    ("Sở Kế hoạch và Đầu tư (nay là Sở Tài chính)"), or the date it ended
    when no single body took over (district committees after 1/7/2025)."""
    registry = registry or _default_registry()
    on = on or date.today()
    if registry is None:
        return LeadDisplay(task.lead)
    code = task.lead_code
    agency = None
    if code is None:
        agency = registry.lookup(task.lead)
        code = getattr(agency, "code", None)
    if code is None:
        return LeadDisplay(task.lead)
    successor = registry.successor_of(code, on)
    if successor is None:
        ended = getattr(agency, "valid_to", None) if agency is not None else None
        if ended is None and hasattr(registry, "get"):
            ended = getattr(registry.get(code), "valid_to", None)
        return LeadDisplay(task.lead, ended_on=ended if ended and ended <= on.isoformat() else None)
    name = getattr(successor, "name", None)
    if not name or getattr(successor, "code", None) == code:
        return LeadDisplay(task.lead)
    return LeadDisplay(task.lead, name)


# The store's simple vocabulary (ktxh.store.status.STATUSES) for each status.
STORE_STATUS = {
    TaskStatus.HOAN_THANH_DUNG_HAN: "done",
    TaskStatus.HOAN_THANH_QUA_HAN: "done",
    TaskStatus.CHUA_HOAN_THANH_CON_HAN: "open",
    TaskStatus.CHUA_HOAN_THANH_QUA_HAN: "overdue",
    TaskStatus.THUONG_XUYEN: "open",
}


def state_of_row(
    row: Mapping[str, Any],
    updates: Iterable[TaskUpdate] = (),
    as_of: date | None = None,
    due_soon_days: int = DUE_SOON_DAYS,
) -> TaskState:
    """:func:`task_state` for a task stored as a row dict (keys as in
    :class:`~ktxh.extract.records.Task`; ``due_date`` used when ``deadline``
    is missing)."""
    deadline = row.get("deadline") or row.get("due_date")
    if isinstance(deadline, date):
        deadline = deadline.isoformat()
    task = Task(
        kind=row.get("kind") or "assignment",
        lead=row.get("lead") or "",
        action=row.get("action") or "",
        span=Span(0, 0),
        quote=row.get("quote") or "",
        deadline=deadline,
        deadline_text=row.get("deadline_text"),
        recurring=bool(row.get("recurring")),
        lead_code=row.get("lead_code"),
    )
    return task_state(task, updates, as_of, due_soon_days)


def store_status(row: Mapping[str, Any], today: date) -> str:
    """A ``StatusFn`` for :func:`ktxh.store.queries.list_tasks`: "done",
    "overdue", "due_soon" or "open", from the four statuses; a person's
    "done" (``status_override``) counts as a completion today."""
    if row.get("status_override") == "done":
        return "done"
    state = state_of_row(row, as_of=today)
    if state.due_soon:
        return "due_soon"
    return STORE_STATUS[state.status]
