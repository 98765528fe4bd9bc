"""Figures stated "respectively" for a list before them.

"khu vực nông nghiệp chiếm 36,2%; công nghiệp - xây dựng chiếm 23,5%; dịch vụ
chiếm 35,7% (năm 2023 tương ứng là 37,1%; 22,8% và 35,5%)": the values after
"tương ứng" measure, in order, what the figures before them measure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ktxh.extract.records import Figure

# an indicator that only says "respectively": "tương ứng", "năm 2023 tương ứng là"
_RESPECTIVE = re.compile(r"(?:.*\s)?(?:tương ứng|lần lượt)(?:\s(?:là|với|đạt))?", re.I)


def map_respective(figures: list[Figure], earlier: list[Figure] = ()) -> list[Figure]:
    """``figures`` of one sentence with each run of "tương ứng" figures named, in
    order, after the last figures of the same unit before the run: in the sentence,
    else with those of the sentences before in its paragraph (``earlier``); when
    fewer are named, after the nearest one ("tương ứng" names nothing)."""
    if not any("tương ứng" in f.indicator or "lần lượt" in f.indicator for f in figures):
        return figures
    out = list(figures)
    i = 0
    while i < len(out):
        if not _RESPECTIVE.fullmatch(out[i].indicator):
            i += 1
            continue
        j = i
        while j < len(out) and _RESPECTIVE.fullmatch(out[j].indicator):
            j += 1
        named = [f for f in out[:i] if f.unit == out[i].unit
                 and not _RESPECTIVE.fullmatch(f.indicator)]
        if len(named) < j - i:
            named = [f for f in earlier if f.unit == out[i].unit
                     and not _RESPECTIVE.fullmatch(f.indicator)] + named
        if len(named) >= j - i:
            for k, f in enumerate(named[i - j:]):
                out[i + k] = replace(out[i + k], indicator=f.indicator, kind=f.kind,
                                     base=f.base)
        elif named:  # which is which cannot be told: the measure named last
            f = named[-1]
            for k in range(i, j):
                out[k] = replace(out[k], indicator=f.indicator, kind=f.kind, base=f.base)
        i = j
    return out
