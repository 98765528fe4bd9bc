"""A count reached, written ``a/b`` in an aim, is the level ``a``.

"nâng tổng số xã đạt chuẩn lên 41/52 xã", "có 40/60 xã đạt chuẩn nông thôn
mới": the aim is the number of units reached (level 41 xã), the whole only
gives its share. Other ``a/b`` readings of a target ("đạt 9/10 tiêu chí" in a
list of results) stay out, as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ktxh.extract.quantities import Reading

# "… lên 41/52", "có 40/60", "có thêm 5/12": the count before the "/"
_REACHED_BEFORE_RE = re.compile(
    r"(?<![\w])(?:lên|có)(?:\s(?:thêm|khoảng|trên|ít nhất|tối thiểu))?\s*$")
# "nâng tổng số xã đạt chuẩn" → "tổng số xã đạt chuẩn"
_RAISE_RE = re.compile(r"^nâng\s+(?=tổng số|số)", re.IGNORECASE)


def reached_counts(folded: str, readings: list[Reading]) -> list[Reading]:
    """``readings`` with each ``a/b`` count after "lên"/"có" made a level ``a``."""
    out = []
    for r in readings:
        if r.kind == "progress" and _REACHED_BEFORE_RE.search(
                folded, max(r.clause[0], r.q.start - 24), r.q.start):
            r = replace(r, kind="level", value_max=None,
                        indicator=_RAISE_RE.sub("", r.indicator))
        out.append(r)
    return out
