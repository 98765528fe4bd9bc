"""Periods of targets that the period phrases of their sentence get wrong.

Three things stand in a target's sentence that look like periods and are not
the year it is set for:

- the year compared with: "cắt giảm tối thiểu 30% chi phí tuân thủ ... so
  với năm 2024", "tăng 6% so với ước thực hiện năm 2024" (:func:`own_periods`
  leaves it out, with the words between "so với" and the year);
- a span of years inside a name: "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều
  giai đoạn 2026 - 2030 giảm 0,5 điểm phần trăm" names the poverty standard;
  the target is for the year of its section (:func:`own_periods` leaves such
  spans out);
- a deadline after the number: "Số hóa 100% hồ sơ di tích trước năm 2028"
  is set for 2027 (the year before), "làm mới 860 km đường ranh cản lửa,
  hoàn thành trước ngày 31/01/2026" for 2026-01 (the month of the date; the
  year for a date in December), "giải ngân đạt 60% kế hoạch vốn trước ngày
  31/10/2025" for 2025 (a share of the year's plan), "lắp đặt 15 trạm ...
  trong quý I/2026" for 2026-Q1, "... trong năm 2026" for 2026
  (:func:`deadline_period`).
"""

from __future__ import annotations

import re

from ktxh.extract.deadlines import find_deadlines
from ktxh.extract.quantities import Reading
from ktxh.extract.timeframes import PeriodHit, find_period_hits
from ktxh.text.model import Doc

# --- language data -----------------------------------------------------------

# names that carry a span of years: "chuẩn nghèo đa chiều giai đoạn 2026 - 2030",
# "Chương trình mục tiêu quốc gia ... giai đoạn 2021 - 2025", "Đại hội Đảng bộ tỉnh lần
# thứ XVI, nhiệm kỳ 2025 - 2030", "Hội đồng nhân dân tỉnh khóa XIV, nhiệm kỳ 2021 - 2026"
_NAME_BEFORE_SPAN_RE = re.compile(
    r"(?<![\w])(?:chuẩn|chương trình|đề án|chiến lược|quy hoạch|nghị quyết|nhiệm kỳ|khóa"
    r"|khoá|đại hội)(?![\w])"
    r"[^,;:()\d]{0,60}$"
)
# "so với (ước thực hiện) năm 2024", "so với cuối năm 2024": the year compared with
COMPARED_RE = re.compile(r"(?<![\w])so(?: với)?(?:\s[^\s\d,;()]+){0,4}\s$")
# a span read with its word of office: "nhiệm kỳ 2025 - 2030"
_TERMS = ("nhiệm kỳ", "khóa", "khoá")
# deadlines a number is aimed at; "trước năm 2028" ends with 2027
DEADLINE_WORD_RE = re.compile(r"trước|chậm nhất|muộn nhất|trong (?:năm|quý|tháng)")
_BEFORE_YEAR_RE = re.compile(r"trước (?:năm )?((?:19|20)\d\d)$")
# "X% kế hoạch (vốn)", "X% dự toán": a share of the year's plan, dated by the year
_OF_PLAN_RE = re.compile(r"\s?(?:so với\s)?(?:kế hoạch|dự toán|chỉ tiêu)(?![\w])")


def own_periods(doc: Doc, r: Reading, first: int) -> list[PeriodHit]:
    """The period phrases of the reading's sentence that date it: not bases of
    comparison, not spans inside a name, and before its own ";"-part only
    those that open the sentence (before its ``first`` number): "Phấn đấu năm
    2025 ...; tỷ lệ ...", not "... 7%/năm giai đoạn 2026 - 2030; đóng góp ..."."""
    out = []
    for h in r.periods:
        if h.base or first < h.start < r.clause[0]:
            continue
        if COMPARED_RE.search(doc.folded, max(r.clause[0], h.start - 40), h.start):
            continue  # "cắt giảm 30% chi phí ... so với (ước thực hiện) năm 2024": a base
        if h.is_span and (doc.folded.startswith(_TERMS, h.start) or _NAME_BEFORE_SPAN_RE.search(
                doc.folded, max(r.clause[0], h.start - 70), h.start)):
            continue  # "Đại hội ... lần thứ XVI, nhiệm kỳ 2025 - 2030": a name
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
        if d.iso[5:7] == "12" or _OF_PLAN_RE.match(doc.folded, r.q.end):
            return d.iso[:4]  # "100% kế hoạch vốn trước ngày 31/10/2025": the year's plan
        return d.iso[:7]  # "860 km ..., hoàn thành trước ngày 31/01/2026": that month
    return None
