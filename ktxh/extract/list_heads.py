"""Numbered heads of a list that state the list's total.

"1. Tổng thu ngân sách nhà nước trên địa bàn: 4.850 tỷ đồng, trong đó:" opens a
list of its parts ("a) Thu nội địa: 4.100 tỷ đồng.") the way a heading does, but
the total it states is a figure (or, in a plan, a target) of its own: such a
heading line is read like a sentence.
"""

from __future__ import annotations

import re

from ktxh.text.model import Doc

# "label: 4.850 tỷ đồng", then ", trong đó:" / ", gồm:" or the end of the line
_HEAD_TOTAL = re.compile(
    r":\s\d[\d.,]*\s[^\W\d][^:;]*(?:,\s(?:trong đó|gồm|bao gồm|cụ thể)\s?:)?\s*[.;]?\s*$"
)


def states_total(doc: Doc, block: int) -> bool:
    """Whether the heading ``block`` is a list's head that states its total."""
    b = doc.blocks[block]
    return _HEAD_TOTAL.search(doc.folded, b.span.start, b.span.end) is not None
