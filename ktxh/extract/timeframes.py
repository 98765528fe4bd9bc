"""Period phrases around figures and targets, as period codes.

A small reader of the phrases that date a quantity ("năm 2020", "quý I/2017",
"9 tháng đầu năm 2019", "giai đoạn 2016 - 2020", "từ năm 2016 đến 2020",
"tháng 7/2020"), giving the codes of ../shared/schema/extraction.md: "2020",
"2017-Q1", "2019-M9", "2016/2020", "2020-07". A phrase after "so với" /
"so" / "cùng kỳ" names the base of a comparison, not the period: it comes
back with ``base=True``. Works on ``Doc.folded``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_Y = r"((?:19|20)\d\d)(?!\d)"
_PERIOD_RE = re.compile(
    rf"(?P<span>(?:giai đoạn|thời kỳ|5 năm|từ năm|từ)?\s?{_Y}\s?[-–]\s?{_Y})"
    rf"|(?P<fromto>từ (?:năm )?{_Y} đến "
    rf"(?:nay|(?:hết |cuối )?(?:năm |tháng \d{{1,2}}\s?/\s?)?{_Y}))"
    rf"|(?P<cum>(\d{{1,2}}|sáu|chín) tháng (?:đầu |cuối )?năm\s?{_Y}?)"
    rf"|(?P<quarter>quý (iv|iii|ii|i|[1-4])(?![\w])(?:\s?(?:/|năm|-)\s?{_Y})?)"
    rf"|(?P<month>tháng (\d{{1,2}})\s?(?:/|năm)\s?{_Y})"
    rf"|(?P<year>(?:năm|đến|hết|cuối|niên độ)\s{_Y})"
)
_BASE_BEFORE = re.compile(r"(?:so với|so|cùng kỳ|hơn|lên|gấp)\s(?:cùng kỳ\s)?$")


@dataclass(frozen=True, slots=True)
class PeriodHit:
    start: int
    end: int
    code: str
    base: bool = False  # "so với năm 2015": the base of a comparison

    @property
    def is_span(self) -> bool:
        return "/" in self.code


def _code(m: re.Match[str], year: int | None) -> str | None:
    g = m.group
    if g("span"):
        a, b = g(2), g(3)
        return f"{a}/{b}" if a < b else None
    if g("fromto"):
        return f"{g(5)}/{g(6)}" if g(6) else f"{g(5)}/{year}" if year else None
    if g("cum"):
        n = {"sáu": "6", "chín": "9"}.get(g(8), g(8))
        y = g(9) or (str(year) if year else None)
        if not y or not 1 <= int(n) <= 12:
            return None
        return f"{y}-H1" if n == "6" else f"{y}" if n == "12" else f"{y}-M{int(n)}"
    if g("quarter"):
        y = g(12) or (str(year) if year else None)
        return f"{y}-Q{_ROMAN[g(11)]}" if y else None
    if g("month"):
        mo = int(g(14))
        return f"{g(15)}-{mo:02d}" if 1 <= mo <= 12 else None
    if g("year"):
        return g(17)
    return None


def find_period_hits(folded: str, start: int = 0, end: int | None = None,
                     *, year: int | None = None) -> list[PeriodHit]:
    """Period phrases in ``folded[start:end]``, in order; ``year`` dates a bare "quý I".

    A long text is read once and kept (the last few texts): sentences and
    segments of one document then cost a binary search.
    """
    end = len(folded) if end is None else end
    if len(folded) < _INDEX_FROM:
        return _scan(folded, start, end, year)
    hits, starts = _index(folded, year)
    i = bisect_left(starts, start)
    out: list[PeriodHit] = []
    while i < len(hits) and hits[i].start < end:
        if hits[i].end <= end:
            out.append(hits[i])
        i += 1
    return out


_INDEX_FROM = 4000


@lru_cache(maxsize=8)
def _index(folded: str, year: int | None) -> tuple[list[PeriodHit], list[int]]:
    hits = _scan(folded, 0, len(folded), year)
    return hits, [h.start for h in hits]


def clear_cache() -> None:
    """Forget the texts read so far (for benchmarks)."""
    _index.cache_clear()


# Every period phrase holds a year, "quý" or "tháng": the full pattern is only
# tried in a window around one of them (much faster than at every offset).
_ANCHOR = re.compile(r"(?:19|20)\d\d|quý|tháng")
_BEFORE_ANCHOR, _AFTER_ANCHOR = 18, 40


def _matches(folded: str, start: int, end: int) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    pos = start
    for a in _ANCHOR.finditer(folded, start, end):
        if a.start() < pos:
            continue
        m = _PERIOD_RE.search(folded, max(pos, a.start() - _BEFORE_ANCHOR),
                              min(end, a.end() + _AFTER_ANCHOR))
        if m and m.start() <= a.start():
            out.append(m)
            pos = m.end()
    return out


def _scan(folded: str, start: int, end: int, year: int | None) -> list[PeriodHit]:
    out: list[PeriodHit] = []
    for m in _matches(folded, start, end):
        code = _code(m, year)
        if code is None:
            continue
        s = m.start() + (len(m.group()) - len(m.group().lstrip()))
        base = bool(_BASE_BEFORE.search(folded[max(0, s - 20) : s]))
        out.append(PeriodHit(s, m.end(), code, base))
    return out


def year_of(code: str | None) -> int | None:
    """The (last) year of a period code: "2017-Q1" → 2017, "2016/2020" → 2020."""
    if not code:
        return None
    m = re.findall(r"(?:19|20)\d\d", code)
    return int(m[-1]) if m else None
