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


def _bounds(text: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of the period an ISO-like string names, or None."""
    m = _ISO.match(text or "")
    if not m:
        return None
    year = int(m.group(1))
    month, day, quarter, half = m.group(2), m.group(3), m.group(4), m.group(5)
    try:
        if day:
            d = dt.date(year, int(month), int(day))
            return d, d
        if month:
            first, last = int(month), int(month)
        elif quarter:
            first, last = int(quarter) * 3 - 2, int(quarter) * 3
        elif half:
            first, last = int(half) * 6 - 5, int(half) * 6
        else:
            first, last = 1, 12
        return (dt.date(year, first, 1),
                dt.date(year, last, calendar.monthrange(year, last)[1]))
    except ValueError:  # month 13, 30 February ...
        return None


def due_date(deadline: str | None) -> dt.date | None:
    """Last day of the period a deadline names ("2024-02" → 2024-02-29).

    >>> due_date("2024-02"), due_date("2024"), due_date("2024-Q3")
    (datetime.date(2024, 2, 29), datetime.date(2024, 12, 31), datetime.date(2024, 9, 30))
    """
    bounds = _bounds(deadline)
    return bounds[1] if bounds else None


def period_start(text: str | None) -> dt.date | None:
    """First day of the period a string names, for "from" bounds.

    >>> period_start("2024-02"), period_start("2024"), period_start("2024-H2")
    (datetime.date(2024, 2, 1), datetime.date(2024, 1, 1), datetime.date(2024, 7, 1))
    """
    bounds = _bounds(text)
    return bounds[0] if bounds else None


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
