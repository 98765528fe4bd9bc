"""Period codes of the extraction contract as date ranges.

Codes (../shared/schema/extraction.md): ``"2017"`` a year, ``"2017-Q1"`` a
quarter, ``"2017-06"`` a month, ``"2017-H1"`` a half-year, ``"2017-M9"`` the
first nine months, ``"2016/2020"`` a span of years. Dates of the contract are
ISO strings of the precision the text gives (``"2024"``, ``"2024-11"``,
``"2024-11-13"``); :func:`parse_date` reads them as the *last* day they may
mean, :func:`parse_date_start` as the first.
"""

from __future__ import annotations

import calendar as _cal
import re
from dataclasses import dataclass
from datetime import date

_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_MONTHS = re.compile(r"^(\d{4})-M(\d{1,2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_SPAN = re.compile(r"^(\d{4})/(\d{4})$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass(frozen=True, slots=True)
class Period:
    """A parsed period code: ``kind`` is year/quarter/half/months/month/span."""

    code: str
    kind: str
    start: date
    end: date

    @property
    def years(self) -> range:
        return range(self.start.year, self.end.year + 1)


def _month_end(year: int, month: int) -> date:
    return date(year, month, _cal.monthrange(year, month)[1])


def parse_period(code: str | None) -> Period | None:
    """Read a period code; ``None`` when it is not one.

    >>> parse_period("2024-Q3").end
    datetime.date(2024, 9, 30)
    >>> parse_period("2021/2025").years
    range(2021, 2026)
    """
    if not code:
        return None
    code = code.strip()
    if m := _YEAR.match(code):
        y = int(m[1])
        return Period(code, "year", date(y, 1, 1), date(y, 12, 31))
    if m := _QUARTER.match(code):
        y, q = int(m[1]), int(m[2])
        return Period(code, "quarter", date(y, 3 * q - 2, 1), _month_end(y, 3 * q))
    if m := _HALF.match(code):
        y, h = int(m[1]), int(m[2])
        return Period(code, "half", date(y, 6 * h - 5, 1), _month_end(y, 6 * h))
    if m := _MONTHS.match(code):
        y, n = int(m[1]), int(m[2])
        if 1 <= n <= 12:
            return Period(code, "months", date(y, 1, 1), _month_end(y, n))
        return None
    if m := _MONTH.match(code):
        y, mo = int(m[1]), int(m[2])
        if 1 <= mo <= 12:
            return Period(code, "month", date(y, mo, 1), _month_end(y, mo))
        return None
    if m := _SPAN.match(code):
        a, b = int(m[1]), int(m[2])
        if a <= b:
            return Period(code, "span", date(a, 1, 1), date(b, 12, 31))
    return None


def period_sort_key(code: str) -> tuple:
    """Order periods by end date, then by length (shorter first)."""
    p = parse_period(code)
    if p is None:
        return (date.max, 0, code)
    return (p.end, p.end - p.start, code)


def parse_date(value: str | date | None) -> date | None:
    """Last day an ISO date of any precision, or a period code, may mean.

    >>> parse_date("2024-02"), parse_date("2024-Q3")
    (datetime.date(2024, 2, 29), datetime.date(2024, 9, 30))
    """
    if value is None or isinstance(value, date):
        return value
    m = _DATE.match(value.strip())
    if not m:
        period = parse_period(value)
        return period.end if period else None
    y = int(m[1])
    try:
        if m[3]:
            return date(y, int(m[2]), int(m[3]))
        if m[2]:
            return _month_end(y, int(m[2]))
        return date(y, 12, 31)
    except ValueError:
        return None


def parse_date_start(value: str | date | None) -> date | None:
    """First day an ISO date of any precision may mean (``"2024-02"`` → 1 Feb)."""
    if value is None or isinstance(value, date):
        return value
    m = _DATE.match(value.strip())
    if not m:
        period = parse_period(value)
        return period.start if period else None
    try:
        return date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None


def year_of(code: str | None) -> int | None:
    """The (last) year a period code or ISO date refers to."""
    p = parse_period(code)
    if p is not None:
        return p.end.year
    d = parse_date(code)
    return d.year if d else None
