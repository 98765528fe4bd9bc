"""Matching the register's names and dates: ignoring case and diacritics,
and a date bound from a period string."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from ktxh.store.status import due_date, period_start
from ktxh.text.normalize import strip_marks


@functools.lru_cache(maxsize=8192)
def stripped(value: str) -> str:
    # agency names repeat across thousands of tasks: strip each once
    return strip_marks(value)


def matches(value: str | None, wanted: str) -> bool:
    """Diacritic- and case-insensitive containment ("so tai chinh" in "Sở Tài chính")."""
    return bool(value) and stripped(wanted).strip() in stripped(value)


def agency_matches(lead: str | None, support: Any, code: str | None, agency: str) -> bool:
    """Whether a task's lead, a supporting body or the lead's code match ``agency``."""
    return (matches(lead, agency) or any(matches(s, agency) for s in support or ())
            or (code or "").lower() == agency.lower())


def date_bound(value: dt.date | str | None, start: bool = False) -> dt.date | None:
    """A bound from a date or a period string: its first day when ``start``
    ("from 2024-02" is from 2024-02-01), else its last."""
    if value is None or isinstance(value, dt.date):
        return value
    return period_start(value) if start else due_date(value)
