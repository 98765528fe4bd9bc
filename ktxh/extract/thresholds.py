"""Thresholds of a negated goal: "không còn xã dưới 15 tiêu chí", "không để
hộ nào có thu nhập dưới 1,5 triệu đồng/tháng". The number bounds what must
not remain; it is neither a figure nor a target of its own.
"""

from __future__ import annotations

import re

from ktxh.extract.quantities import Reading

# "không còn xã dưới", "không còn hộ nghèo có thu nhập dưới", "không để trường nào đạt dưới"
_NEGATED_BOUND_RE = re.compile(
    r"(?<![\w])không (?:còn|để|có)\s(?:[^\W\d]+\s){1,6}?(?:dưới|trên|quá|thấp hơn|cao hơn)\s*$"
)
_WINDOW = 80  # characters before the number searched


def negated_threshold(folded: str, r: Reading) -> bool:
    """Whether the number of ``r`` bounds a negated goal ("không còn xã dưới |15| tiêu chí")."""
    a = max(r.clause[0], r.q.start - _WINDOW)
    if folded.find("không ", a, r.q.start) == -1:
        return False  # every match holds "không "
    return _NEGATED_BOUND_RE.search(folded, a, r.q.start) is not None
