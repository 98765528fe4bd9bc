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
from dataclasses import dataclass

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
    """Period phrases in ``folded[start:end]``, in order; ``year`` dates a bare "quý I"."""
    end = len(folded) if end is None else end
    out: list[PeriodHit] = []
    for m in _PERIOD_RE.finditer(folded, start, end):
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
