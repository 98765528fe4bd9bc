"""Period phrases around figures and targets, as period codes.

Built on :func:`ktxh.extract.periods.find_periods` ("năm 2020", "quý I/2017",
"9 tháng đầu năm 2019", "giai đoạn 2016 - 2020"; dates are left out), with
two more phrases figures need ("từ năm 2016 đến tháng 7/2020" → "2016/2020",
"đến 2025" → "2025"). A phrase after "so với" / "so" / "cùng kỳ" names the
base of a comparison, not the period: it comes back with ``base=True``. A
long text is scanned once and kept, so the many small look-ups of one
document cost a binary search. Works on ``Doc.folded``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ktxh.extract.litscan import LiteralScan
from ktxh.extract.periods import _Raw, resolved_codes, scan_periods
from ktxh.extract.quick_init import quick_init
from ktxh.extract.until_dates import find_until
from ktxh.extract.wordre import word_start

_Y = r"((?:19|20)\d\d)(?!\d)"
_EXTRA_RE = re.compile(
    rf"từ (?:năm )?{_Y} đến (?:hết |cuối )?(?:năm |tháng \d{{1,2}}\s?/\s?){_Y}"
    + "|" + word_start("đến", "tới") + rf" (?:hết |cuối )?{_Y}(?![\d/]|[.,]\d)"
    + "|" + word_start("cả năm") + r"(?! (?:19|20)\d\d)(?![\w])"
)
_EXTRA_SCAN = LiteralScan(_EXTRA_RE)  # tried only after "từ", "đến", "tới", "cả năm"
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
# "so với năm 2015", "so với cuối năm 2019", "gấp đôi năm 2019", "gấp 1,5 lần năm 2020"
# "so với vụ Xuân năm 2024", "so với cùng vụ năm trước", "so với cùng thời điểm năm 2024"
_BASE_BEFORE = re.compile(
    r"(?:so với|so|cùng kỳ|hơn|lên|gấp(?: đôi| ba| bốn| rưỡi)?|lần)\s"
    r"(?:cùng kỳ\s|cùng\s|bình quân\s)?(?:thời điểm\s|vụ\s(?:đông xuân|hè thu|thu đông|xuân"
    r"|mùa|chiêm|thu|đông|hè)\s|niên vụ\s)?(?:cuối\s|đầu\s|hết\s)?$"
)


@quick_init
@dataclass(frozen=True, slots=True)
class PeriodHit:
    start: int
    end: int
    code: str
    base: bool = False  # "so với năm 2015": the base of a comparison
    until: bool = False  # "tính đến ngày 31/10/2025": the months gone by that day

    @property
    def is_span(self) -> bool:
        return "/" in self.code


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
    hits = _resolve(folded, *_parse(folded), year, _bases(folded))
    return hits, [h.start for h in hits]


@lru_cache(maxsize=4)
def _bases(folded: str) -> dict[int, bool]:
    """Whether the phrase at an offset is the base of a comparison, as found
    (the same for every ``year`` a text is read with)."""
    return {}


@lru_cache(maxsize=4)
def _parse(folded: str
           ) -> tuple[list[_Raw], list[re.Match[str]], list[tuple[int, int, str]]]:
    """The year-independent part of a whole text, read once for every ``year``."""
    return _read(folded, 0, len(folded))


def clear_cache() -> None:
    """Forget the texts read so far (for benchmarks)."""
    _index.cache_clear()
    _parse.cache_clear()
    _bases.cache_clear()


def _scan(folded: str, start: int, end: int, year: int | None) -> list[PeriodHit]:
    """:func:`ktxh.extract.periods.find_periods`, plus "từ năm 2016 đến tháng 7/2020"
    and "đến 2025" (a bare year after "đến"), with the base flag."""
    return _resolve(folded, *_read(folded, start, end), year)


def _read(folded: str, start: int, end: int
          ) -> tuple[list[_Raw], list[re.Match[str]], list[tuple[int, int, str]]]:
    return (scan_periods(folded, start, end), list(_EXTRA_SCAN.finditer(folded, start, end)),
            find_until(folded, start, end))


def _resolve(folded: str, raws: list[_Raw], matches: list[re.Match[str]],
             untils: list[tuple[int, int, str]], year: int | None,
             bases: dict[int, bool] | None = None) -> list[PeriodHit]:
    # Non-overlapping spans sorted by start (regex matches), kept so below.
    spans: list[tuple[int, int, str, bool]] = [
        (s, e, code, False) for s, e, code in resolved_codes(folded, raws, year)
        if _HAS_YEAR.match(code)
    ]
    starts = [x[0] for x in spans]
    extras = [(s, e, code, True) for s, e, code in untils]
    for m in matches:
        if m.group(1):
            if m.group(1) >= m.group(2):
                continue
            code = f"{m.group(1)}/{m.group(2)}"
        elif m.group(3):
            code = m.group(3)
        elif year:
            code = str(year)  # "ước cả năm": the whole year of the document
        else:
            continue
        extras.append((m.start(), m.end(), code, False))
    if untils:  # an "đến ngày" phrase holds an "đến 2025" one: the longer first
        extras.sort(key=lambda x: (x[0], -x[1]))
    for a, b, code, until in extras:
        # The phrase replaces the spans inside it; one cut across blocks it.
        lo = bisect_left(starts, a)
        if lo > 0 and spans[lo - 1][1] > a:
            continue
        hi = lo
        while hi < len(spans) and spans[hi][0] < b:
            if spans[hi][1] > b:
                break
            hi += 1
        if hi < len(spans) and spans[hi][0] < b:
            continue
        spans[lo:hi] = [(a, b, code, until)]
        starts[lo:hi] = [a]
    out: list[PeriodHit] = []
    for s, e, code, until in spans:
        base = bases.get(s) if bases is not None else None
        if base is None:
            base = bool(_BASE_BEFORE.search(folded[max(0, s - 32) : s]))
            if bases is not None:
                bases[s] = base
        out.append(PeriodHit(s, e, code, base, until))
    return out


def year_of(code: str | None) -> int | None:
    """The (last) year of a period code: "2017-Q1" → 2017, "2016/2020" → 2020."""
    if not code:
        return None
    m = _HAS_YEAR.findall(code)
    return int(m[-1]) if m else None
