"""Baselines among targets: what a plan states of the past is a figure.

A plan's section of targets often opens with where things stand: "Năm 2024,
toàn tỉnh có 16.850 doanh nghiệp đang hoạt động ...; khu vực kinh tế tư nhân
đóng góp khoảng 52,6% GRDP", "Hiện có 2.130 hợp tác xã", before its aims
("đến năm 2030 đạt 30.000 doanh nghiệp"). The section does not make such a
baseline a target; its tense and time do:

- a ";"-part whose words before its first number name a year before the
  document's (not a base: "so với năm 2024") or say it is so now ("hiện có",
  "hiện nay", "đến nay", "đã") is a baseline, and so are the parts after it
  until one aims ("phấn đấu", "đến năm 2030": a year not past);
- the document's year is its date's (or its date line's: "ngày     tháng
  năm 2025" in a draft), else the latest year of the documents
  it cites (an undated plan "thực hiện Nghị quyết số 68-NQ/TW ngày
  04/5/2025" is of 2025 or later) or the first year of a span it plans for
  (a plan "2026/2030" is written by 2026), whichever is later, else the
  year of its period.
"""

from __future__ import annotations

import re

from ktxh.extract.references import find_references
from ktxh.extract.target_periods import COMPARED_RE
from ktxh.extract.timeframes import find_period_hits, year_of
from ktxh.extract.wordre import word_start
from ktxh.text.model import Doc

# --- language data -----------------------------------------------------------

# what says a number is so now: "Hiện có 2.130 hợp tác xã", "đến nay đã có ...",
# "năm 2025 ước đạt" (in a plan of 2026 - 2030)
NOW_RE = re.compile(
    word_start("hiện có", "hiện nay", "hiện đang", "hiện còn", "hiện tại", "đến nay", "tới nay",
               "tính đến", "đã", "thực trạng", "ước đạt", "ước tính", "ước thực hiện")
    + r"(?![\w])"
)
# what aims: "phấn đấu", "cam kết" (a year to come is checked apart: "đến năm 2030")
AIM_WORD_RE = re.compile(word_start("phấn đấu", "phân đầu", "cam kết") + r"(?![\w])")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# the date line of an undated draft: "ngày     tháng     năm 2025", "ngày ... tháng 11 năm 2025"
# (a day left blank: a full date is the metadata's, or a citation's)
_DATE_LINE_RE = re.compile(
    r"ngày[\s.…_]*tháng[\s.…_]*(?:\d{1,2})?[\s.…_]*năm\s*((?:19|20)\d\d)"
)
_HEAD = 2000  # the date line stands in the first lines
# where the years of the date line and of the cited documents are kept in the caller's
# per-document cache (whose other keys are block indices)
_AS_OF_KEY = -(10**9)


def as_of_year(doc: Doc, period: str | None, date: str | None,
               cache: dict[int, str | None]) -> int | None:
    """The year the document is written in (see the module docstring);
    ``cache`` is the caller's per-document dict."""
    if date:
        return int(date[:4])
    if _AS_OF_KEY - 1 not in cache:
        line = _DATE_LINE_RE.search(doc.folded, 0, min(len(doc.folded), _HEAD))
        cache[_AS_OF_KEY - 1] = line.group(1) if line else None
    line_year = cache[_AS_OF_KEY - 1]
    if line_year:
        return int(line_year)  # "Thái Nguyên, ngày     tháng     năm 2025"
    if _AS_OF_KEY not in cache:
        years = [int(r.date[:4]) for r in find_references(doc, {}) if r.date]
        cache[_AS_OF_KEY] = str(max(years)) if years else None
    stored = cache[_AS_OF_KEY]
    m = _YEAR_RE.search(period or "")
    if stored and m and "/" not in (period or ""):
        return int(stored)  # a year guessed from the first lines may be the one aimed at
    known = [int(x) for x in (stored, m.group(1) if m else None) if x]
    return max(known) if known else None


def _past_year_before(doc: Doc, start: int, stop: int, as_of: int | None) -> bool:
    """A year before ``as_of`` dates the words ``[start, stop)``: "Năm 2024,
    toàn tỉnh có"; not the base of a comparison."""
    if as_of is None:
        return False
    folded = doc.folded
    for h in find_period_hits(folded, start, stop):
        y = year_of(h.code)
        if h.base or y is None or y >= as_of:
            continue
        if COMPARED_RE.search(folded, max(start, h.start - 40), h.start):
            continue
        return True
    return False


def _aims(doc: Doc, start: int, stop: int, as_of: int | None) -> bool:
    """The words ``[start, stop)`` aim: an aim word, a later year, or the
    document's own year unless they say it is so now ("Năm 2025, hiện có")."""
    folded = doc.folded
    if AIM_WORD_RE.search(folded, start, stop):
        return True
    now = NOW_RE.search(folded, start, stop) is not None
    for h in find_period_hits(folded, start, stop):
        y = year_of(h.code)
        if h.base or y is None:
            continue
        if as_of is None or y > as_of or (y == as_of and not now):
            return True
    return False


def aims_after_baseline(doc: Doc, start: int, end: int, as_of: int | None,
                        first_numbers: list[int]) -> int | None:
    """Where the aims of a sentence in a section of targets begin: ``start``
    when it opens with no baseline, the start of the first ";"-part that aims
    after a baseline, None when all of it is baseline. ``first_numbers``
    holds the offset of the first number of each ";"-part (-1: none)."""
    folded = doc.folded
    parts: list[tuple[int, int]] = []
    s = start
    for i in range(start, end):
        if folded[i] == ";":
            parts.append((s, i))
            s = i + 1
    parts.append((s, end))
    baseline = False
    for (a, b), first in zip(parts, first_numbers, strict=True):
        head_end = first if first >= 0 else b
        if _aims(doc, a, head_end, as_of):
            if baseline:
                return a
            return start
        if NOW_RE.search(folded, a, head_end) or _past_year_before(doc, a, head_end, as_of):
            baseline = True
        elif not baseline and first >= 0:
            return start
    return None if baseline else start
