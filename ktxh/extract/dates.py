"""Calendar dates in folded text: "ngày 13 tháng 11 năm 2019", "13/11/2019".

Dates come out as ISO strings of the precision the text gives: a full date
("2019-11-13"), or a month ("2019-11") for "tháng 11 năm 2019" and for the
blank day of a draft ("ngày   tháng 11 năm 2024"). Impossible dates
("31/02/2019") are dropped. A bare year is a period, not a date
(:mod:`ktxh.extract.periods`).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ktxh.text.model import Span
from ktxh.text.normalize import fold

# Year range accepted for issue and citation dates.
MIN_YEAR, MAX_YEAR = 1945, 2100

_DAY = r"(?P<d>\d{1,2})"
_MON = r"(?P<m>\d{1,2})"
_YEAR = r"(?P<y>\d{4})"
_SEP = r"\s*[/.\-]\s*"

# "ngày 13 tháng 11 năm 2019", "ngày 05 tháng 8, năm 2019",
# draft "ngày   tháng 11 năm 2024" / "ngày ... tháng 11 năm 2024" (no day).
_WORDS = r"ngày\s*(?:" + _DAY + r"|[.…_\s]*?)\s*tháng\s*" + _MON + r"\s*,?\s*năm\s*" + _YEAR
# "13/11/2019", "9-8-2019", "ngày 09.8.2019"; not inside "71/2018/QH14".
_NUMERIC = r"(?<![\d/.,\-])(?:ngày\s*)?" + _DAY + _SEP + _MON + _SEP + _YEAR + r"(?![\d/\-]|[.,]\d)"
# "tháng 9 năm 2019", "tháng 9/2019", "tháng 09-2019" (month precision).
_MONTH_ONLY = r"tháng\s*" + _MON + r"(?:\s*,?\s*năm\s*|\s*[/\-]\s*)" + _YEAR + r"(?![\d/\-]|[.,]\d)"

# Every date opens with a digit, "ngày" or "tháng": a cheap first test.
_DATE_RE = re.compile(
    r"(?=[0-9]|ngà|thá)(?:"
    + "|".join(
        f"(?P<{name}>{pattern.replace('(?P<', f'(?P<{name}_')})"
        for name, pattern in (("w", _WORDS), ("n", _NUMERIC), ("mo", _MONTH_ONLY))
    )
    + ")"
)


# Each kind of date alone, opening with its own literal, so that ``re`` jumps
# to its candidates (one pattern that opens with a look-ahead is tried at every
# position; one that opens with a set of characters, such as the digits, costs
# ~8 ns a character, a literal ~0.5). :func:`_matches` merges them into the
# matches of ``_DATE_RE.finditer``.
_SCANS = tuple(
    re.compile(pattern)
    for pattern in (
        _WORDS,
        r"ngày(?<![\d/.,\-]ngày)\s*" + _DAY + _SEP + _MON + _SEP + _YEAR
        + r"(?![\d/\-]|[.,]\d)",  # "ngày 09.8.2019"
        _MONTH_ONLY,
    )
)
# "13/11/2019" is found from its first separator: one regex per separator
# character, each with what must follow it in a numeric date; the day is the
# one or two digits before it (spaces between)
_NUMERIC = re.compile(r"[0-9](?<![\d/.,\-][0-9])\d?" + _SEP + _MON + _SEP + _YEAR
                      + r"(?![\d/\-]|[.,]\d)")
_AFTER_FIRST_SEP = tuple(
    re.compile(re.escape(c) + r"(?=\s*\d{1,2}" + _SEP + r"\d{4}(?![\d/\-]|[.,]\d))")
    for c in "/.-"
)


def _numeric_starts(folded: str, start: int, end: int) -> list[int]:
    """Where :data:`_NUMERIC` matches in ``folded[start:end]``, in order."""
    out: set[int] = set()
    for rx in _AFTER_FIRST_SEP:
        for m in rx.finditer(folded, start, end):
            j = m.start()
            while j > start and folded[j - 1].isspace():
                j -= 1
            for s in (j - 1, j - 2):
                if s >= start and _NUMERIC.match(folded, s, end):
                    out.add(s)
    return sorted(out)


_SHORT = 200  # characters: below, one pass of _DATE_RE is quicker


def _matches(folded: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_DATE_RE.finditer(folded, start, end)``, found through :data:`_SCANS` and
    :func:`_numeric_starts`: the leftmost start of any kind is where
    ``_DATE_RE`` matches next (it picks the kind itself)."""
    if end - start < _SHORT:
        yield from _DATE_RE.finditer(folded, start, end)  # the scans' set-up costs more
        return
    found = [rx.search(folded, start, end) for rx in _SCANS]
    numeric, k = _numeric_starts(folded, start, end), 0
    pos = start
    while True:
        first = None
        for i, m in enumerate(found):
            if m is not None and m.start() < pos:
                m = found[i] = _SCANS[i].search(folded, pos, end)
            if m is not None and (first is None or m.start() < first):
                first = m.start()
        while k < len(numeric) and numeric[k] < pos:
            k += 1
        if k < len(numeric) and (first is None or numeric[k] < first):
            first = numeric[k]
        if first is None:
            return
        m = _DATE_RE.match(folded, first, end)
        assert m is not None
        yield m
        pos = m.end()


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in the text: ``span`` in absolute offsets, ``iso`` value."""

    span: Span
    iso: str


def make_iso(year: int, month: int, day: int | None = None) -> str | None:
    """ISO string for a day or a month; ``None`` when it cannot exist.

    >>> make_iso(2019, 2, 29) is None, make_iso(2020, 2, 29)
    (True, '2020-02-29')
    """
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _iso(m: re.Match[str]) -> str | None:
    kind = m.lastgroup
    if kind is None:
        return None
    year = int(m[f"{kind}_y"])
    month = int(m[f"{kind}_m"])
    day_group = f"{kind}_d"
    day = m.groupdict().get(day_group)
    return make_iso(year, month, int(day) if day else None)


def find_dates(folded: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Dates in ``folded[start:end]`` (folded text), with absolute spans."""
    end = len(folded) if end is None else end
    out: list[DateMention] = []
    for m in _matches(folded, start, end):
        iso = _iso(m)
        if iso is not None:
            out.append(DateMention(Span(m.start(), m.end()), iso))
    return out


def parse_date(phrase: str) -> str | None:
    """ISO date of the first date in ``phrase`` (any case), else ``None``.

    >>> parse_date("Ngày 9-8-2019")
    '2019-08-09'
    """
    found = find_dates(fold(phrase))
    return found[0].iso if found else None
