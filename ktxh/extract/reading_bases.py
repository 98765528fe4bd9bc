"""The base a quantity is compared with: "tăng 5% so với cùng kỳ" → same period
last year, "so với năm 2015" → 2015, "so với kế hoạch" → plan."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ktxh.extract.numbers import Quantity
from ktxh.extract.quantity_words import BASE_RE
from ktxh.extract.timeframes import PeriodHit

_SAME_YEAR_AFTER = re.compile(r"\snăm\s((?:19|20)\d\d)(?!\d)")


def last_match(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of ``matches``, or None."""
    m = None
    for m in matches:  # noqa: B007
        pass
    return m


def base_of(m: re.Match[str], periods: tuple[PeriodHit, ...] = ()) -> str:
    """The base a comparison names; "previous_year" is resolved against the
    figure's period by the caller, a period ("quý II") is its code."""
    g = m.groupdict()
    if g.get("same") or g.get("same2"):
        # "so với cùng thời điểm năm 2016": that year's (not "cùng kỳ năm 2023", the
        # convention of the seed gold)
        year = _SAME_YEAR_AFTER.match(m.string, m.end()) if m.group().endswith(
            "thời điểm") else None
        return year.group(1) if year else "same_period_last_year"
    if g.get("year"):
        return g["year"]
    if g.get("plan"):
        return "plan"
    if g.get("last"):
        return "previous_year"
    if g.get("period"):
        at = m.start("period")
        hit = next((h for h in periods if at <= h.start <= at + 5), None)
        if hit is not None:
            return hit.code
    return "previous_period"


def base_match(folded: str, q: Quantity, seg: int, part_end: int) -> re.Match[str] | None:
    """"tăng 5% so với cùng kỳ"; "so với năm trước giảm 7 vụ"."""
    return BASE_RE.search(folded, q.end, part_end) or last_match(
        BASE_RE.finditer(folded, seg, q.start))
