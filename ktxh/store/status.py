"""Task deadlines and a simple status — the seam for :mod:`ktxh.monitor`.

``simple_status`` compares a task's due date with today. The monitoring
service (progress updates, "hoàn thành đúng hạn" ...) can replace it by
passing its own :data:`StatusFn` to :func:`ktxh.store.queries.list_tasks`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

STATUSES = ("open", "due_soon", "overdue", "done")
DUE_SOON_DAYS = 7

# given a task row as a dict (with "due_date", "recurring", "status_override")
# and today's date, return one of STATUSES
StatusFn = Callable[[dict[str, Any], dt.date], str]

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12]))?$")


def due_date(deadline: str | None) -> dt.date | None:
    """Last day of the period a deadline names ("2024-02" → 2024-02-29).

    >>> due_date("2024-02"), due_date("2024"), due_date("2024-Q3")
    (datetime.date(2024, 2, 29), datetime.date(2024, 12, 31), datetime.date(2024, 9, 30))
    """
    m = _ISO.match(deadline or "")
    if not m:
        return None
    year = int(m.group(1))
    month, day, quarter, half = m.group(2), m.group(3), m.group(4), m.group(5)
    if day:
        try:
            return dt.date(year, int(month), int(day))
        except ValueError:
            return None
    if month:
        mo = int(month)
    elif quarter:
        mo = int(quarter) * 3
    elif half:
        mo = int(half) * 6
    else:
        mo = 12
    if not 1 <= mo <= 12:
        return None
    return dt.date(year, mo, calendar.monthrange(year, mo)[1])


def simple_status(task: dict[str, Any], today: dt.date) -> str:
    """open / due_soon / overdue from the due date; done when a person said so."""
    if task.get("status_override") in STATUSES:
        return task["status_override"]
    due = task.get("due_date")
    if isinstance(due, str):
        due = dt.date.fromisoformat(due)
    if due is None or task.get("recurring"):
        return "open"
    if due < today:
        return "overdue"
    if (due - today).days <= DUE_SOON_DAYS:
        return "due_soon"
    return "open"
