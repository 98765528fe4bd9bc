"""Periods of targets that the period phrases of their sentence get wrong.

Two things stand in a target's sentence that look like periods and are not
the year it is set for:

- a span of years inside a name: "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều
  giai đoạn 2026 - 2030 giảm 0,5 điểm phần trăm" names the poverty standard;
  the target is for the year of its section (:func:`own_periods` leaves such
  spans out);
- a deadline after the number: "Số hóa 100% hồ sơ di tích trước năm 2028"
  is set for 2027 (the year before), "giải ngân đạt 60% kế hoạch vốn trước
  ngày 31/10/2025" for 2025, "bệnh án điện tử tại 100% bệnh viện ... trong
  năm 2026" for 2026 (:func:`deadline_period`).
"""

from __future__ import annotations

import re

from ktxh.extract.deadlines import find_deadlines
from ktxh.extract.quantities import Reading
from ktxh.extract.timeframes import PeriodHit, find_period_hits
from ktxh.text.model import Doc

# --- language data -----------------------------------------------------------

# names that carry a span of years: "chuẩn nghèo đa chiều giai đoạn 2026 - 2030",
# "Chương trình mục tiêu quốc gia ... giai đoạn 2021 - 2025"
_NAME_BEFORE_SPAN_RE = re.compile(
    r"(?<![\w])(?:chuẩn|chương trình|đề án|chiến lược|quy hoạch|nghị quyết)(?![\w])"
    r"[^,;:()\d]{0,60}$"
)
# deadlines a number is aimed at; "trước năm 2028" ends with 2027
DEADLINE_WORD_RE = re.compile(r"trước|chậm nhất|muộn nhất|trong (?:năm|quý|tháng)")
_BEFORE_YEAR_RE = re.compile(r"trước (?:năm )?((?:19|20)\d\d)$")


def own_periods(doc: Doc, r: Reading, first: int) -> list[PeriodHit]:
    """The period phrases of the reading's sentence that date it: not bases of
    comparison, not spans inside a name, and before its own ";"-part only
    those that open the sentence (before its ``first`` number): "Phấn đấu năm
    2025 ...; tỷ lệ ...", not "... 7%/năm giai đoạn 2026 - 2030; đóng góp ..."."""
    out = []
    for h in r.periods:
        if h.base or first < h.start < r.clause[0]:
            continue
        if h.is_span and _NAME_BEFORE_SPAN_RE.search(
                doc.folded, max(r.clause[0], h.start - 70), h.start):
            continue
        out.append(h)
    return out


def deadline_period(doc: Doc, r: Reading, limit: int, date: str | None) -> str | None:
    """The year (or quarter, month) of a deadline between the number and
    ``limit`` (the next number of the clause, or its end), else None."""
    for d in find_deadlines(doc.folded, r.q.end, limit, doc_date=date):
        if not d.iso or not DEADLINE_WORD_RE.match(d.text):
            continue
        m = _BEFORE_YEAR_RE.match(d.text)
        if m:
            return str(int(m.group(1)) - 1)
        if d.text.startswith("trong"):
            hits = find_period_hits(doc.folded, d.span.start, d.span.end)
            if hits:
                return hits[-1].code
        return d.iso[:4]
    return None
