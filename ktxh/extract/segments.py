"""Segments of a ";"-part of a sentence: where the words before a number start.

A part is cut into segments at ", " and brackets (``SEGMENT_BREAK_RE``); a short
bracket such as "(GRDP, giá so sánh 2010)" does not cut.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ktxh.extract.quantity_words import SEGMENT_BREAK_RE

_SHORT_BRACKET = re.compile(
    r"\((?:[^()\d]{1,12}|(?:[^()\d,]{1,12},\s)?(?:giá so sánh[^()]{0,10}|gss[^()]{0,10}"
    r"|giá hiện hành|giá thực tế)"
    # "(GRDP, giá so sánh 2010)"; "(không tính giường trạm y tế xã)": what is left out
    r"|(?:không|chưa) (?:tính|kể|bao gồm)[^()]{1,40})\)"
)


def segment_start(folded: str, part_start: int, pos: int) -> int:
    """Start of the segment holding ``pos``; a short "(GRDP)" does not cut."""
    best = part_start
    shorts = [m.span() for m in _SHORT_BRACKET.finditer(folded, part_start, pos)]
    for m in SEGMENT_BREAK_RE.finditer(folded, part_start, pos):
        if shorts and any(a - 1 <= m.start() < b for a, b in shorts):
            continue
        best = m.end()
    return best


class Segments:
    """:func:`segment_start` for the numbers of one ";"-part, its breaks and short
    brackets found once: a part with many numbers ("lúa 44.210 ha, ngô 3.120 ha, …")
    is not scanned again from its start for each. A number opens with a digit (or
    is the word after "gấp "), so no break or bracket found over the whole part
    runs across it, and those ending before it are the ones a scan up to it finds."""

    __slots__ = ("ends", "part_start", "shorts", "starts")

    def __init__(self, folded: str, part_start: int, part_end: int) -> None:
        self.part_start = part_start
        self.shorts = [m.span() for m in _SHORT_BRACKET.finditer(folded, part_start, part_end)]
        breaks = [m.span() for m in SEGMENT_BREAK_RE.finditer(folded, part_start, part_end)]
        self.starts = [a for a, _ in breaks]
        self.ends = [b for _, b in breaks]

    def start(self, pos: int) -> int:
        """``segment_start(folded, part_start, pos)`` for a number at ``pos``."""
        shorts = self.shorts
        i = bisect_right(self.ends, pos)
        while i:
            i -= 1
            at = self.starts[i]
            if not shorts or not any(a - 1 <= at < b <= pos for a, b in shorts):
                return self.ends[i]
        return self.part_start
