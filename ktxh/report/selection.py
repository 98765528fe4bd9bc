"""What a report covers: tasks and projects chosen by period, agency and as-of date.

Reads through the monitoring services (:mod:`ktxh.monitor.register`). An
empty selection raises :class:`EmptySelection` with the message the command
prints ("Không có nhiệm vụ nào của ... trong kỳ ...").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from ktxh.monitor.periods import parse_period
from ktxh.monitor.register import project_board, task_register
from ktxh.monitor.task_status import TaskStatus
from ktxh.report.vocab import period_label

# Status groups of the follow-up report, in the order they are reported.
OVERDUE, OPEN, DONE, RECURRING = "overdue", "open", "done", "recurring"
GROUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    OVERDUE: ("Chưa hoàn thành, quá hạn", (TaskStatus.CHUA_HOAN_THANH_QUA_HAN.value,)),
    OPEN: ("Đang thực hiện, còn hạn", (TaskStatus.CHUA_HOAN_THANH_CON_HAN.value,)),
    DONE: ("Đã hoàn thành", (TaskStatus.HOAN_THANH_DUNG_HAN.value,
                             TaskStatus.HOAN_THANH_QUA_HAN.value)),
    RECURRING: ("Nhiệm vụ thường xuyên", (TaskStatus.THUONG_XUYEN.value,)),
}


class EmptySelection(LookupError):
    """Nothing to report for the chosen period / agency: the message says what."""


def group_of(task: dict[str, Any]) -> str:
    for key, (_, statuses) in GROUPS.items():
        if task["status"] in statuses:
            return key
    return OPEN


def _in_period(task: dict[str, Any], period: str | None) -> bool:
    """Due in the period, or assigned by a document issued in it."""
    if not period:
        return True
    p = parse_period(period)
    if p is None:
        raise ValueError(f"kỳ không hợp lệ: {period!r} (ví dụ 2024, 2024-Q1, 2024-H1, 2024-03)")
    lo, hi = p.start.isoformat(), p.end.isoformat()
    due = task.get("due_date") or ""
    issued = (task.get("document") or {}).get("date") or ""
    return bool((due and lo <= due <= hi) or (issued and lo <= issued[:10] <= hi))


def scope_words(period: str | None, agency: str | None) -> str:
    who = f"của {agency} " if agency else ""
    when = f"trong kỳ {period_label(period)}" if period else "trong sổ theo dõi"
    return f"{who}{when}"


def select_tasks(session: Session, period: str | None = None, agency: str | None = None,
                 as_of: dt.date | None = None) -> list[dict[str, Any]]:
    """Register rows (status as of ``as_of``) due or assigned in ``period``."""
    rows = [t for t in task_register(session, as_of=as_of, agency=agency)
            if _in_period(t, period)]
    if not rows:
        raise EmptySelection(f"Không có nhiệm vụ nào {scope_words(period, agency)}.")
    rows.sort(key=lambda t: (t.get("lead_display") or t.get("lead") or "",
                             t.get("due_date") or "9999", t["id"]))
    return rows


def select_projects(session: Session, as_of: dt.date | None = None) -> list[dict[str, Any]]:
    """The project board, with progress points after ``as_of`` left out."""
    board = project_board(session)
    if as_of is not None:
        day = as_of.isoformat()
        for p in board:
            p["documents"] = [d for d in p["documents"] if (d.get("date") or "") <= day]
            for key, m in list(p["measures"].items()):
                hist = [h for h in m["history"] if (h.get("doc_date") or "") <= day]
                if not hist:
                    del p["measures"][key]
                    continue
                m["history"], m["latest"] = hist, hist[-1]
                m["previous"] = hist[-2] if len(hist) > 1 else None
                prev = m["previous"]
                m["delta"] = hist[-1]["done"] - prev["done"] if prev else None
        board = [p for p in board if p["documents"]]
    if not board:
        raise EmptySelection("Không có dự án nào trong sổ theo dõi.")
    return board
