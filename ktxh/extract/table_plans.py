"""Tables of targets given out: the appendix of a Quyết định giao chỉ tiêu.

"Phụ lục II / CHỈ TIÊU KẾ HOẠCH NĂM 2023 GIAO ỦY BAN NHÂN DÂN CẤP HUYỆN"
over "| STT | Đơn vị | Thu ngân sách (tỷ đồng) | Tỷ lệ hộ nghèo giảm (%) |"
(a row per huyện), or over "| Chỉ tiêu | ĐVT | Toàn tỉnh | Huyện A | Huyện B
|" (a column per huyện): no column says "Kế hoạch", the caption does. Under
a caption that gives targets out ("giao chỉ tiêu", "chỉ tiêu kế hoạch năm
Y", "chỉ tiêu … giao") for a year not before the document's own, and with
no review word before it ("Kết quả thực hiện chỉ tiêu kế hoạch năm 2022"),
every column of numbers is a target for that year except the columns of
results ("Ước thực hiện năm 2022", "Thực hiện", "So với cùng kỳ") and those
naming another year. :mod:`ktxh.extract.table_figures` leaves these columns
out; :mod:`ktxh.extract.target_tables` reads them.
"""

from __future__ import annotations

import re

from ktxh.extract.tables import Table, header_hits
from ktxh.extract.target_lists import REVIEW_CUE_RE
from ktxh.extract.timeframes import find_period_hits, year_of
from ktxh.extract.wordre import word_start
from ktxh.text.normalize import fold

# --- language data -----------------------------------------------------------

# a caption that gives targets out: "CHỈ TIÊU KẾ HOẠCH NĂM 2023 GIAO CHO CÁC HUYỆN"
_GIVEN_RE = re.compile(
    word_start("giao chỉ tiêu", "giao các chỉ tiêu", "chỉ tiêu kế hoạch", "chỉ tiêu giao",
               "giao kế hoạch", "kế hoạch giao") + r"(?![\w])"
)
# headers of results, not of the plan: "Ước thực hiện 2022", "TH 2022", "So với cùng kỳ"
_RESULT_RE = re.compile(
    word_start("ước", "thực hiện", "th", "kết quả", "lũy kế", "luỹ kế", "giải ngân",
               "cùng kỳ", "so với", "so sánh", "hiện trạng") + r"(?![\w])"
)
# roles whose numbers may be targets of the year given (see tables.COLUMN_ROLES)
_PLAN_ROLES = frozenset(("plan", "level", "measure", "rate", "change", "average"))


def assigned_year(table: Table, planning: int | None) -> int | None:
    """The year the caption over ``table`` gives targets for, None when it
    gives none; ``planning`` is the year of the document's period."""
    cue = _GIVEN_RE.search(table.caption)
    if cue is None:
        return None
    review = REVIEW_CUE_RE.search(table.caption)
    if review and review.start() < cue.start():
        return None  # "Kết quả thực hiện chỉ tiêu kế hoạch năm 2022"
    if any(c is not None and c.role == "pct_of_plan" for c in table.columns):
        return None  # "| Kế hoạch | Thực hiện | % KH |": results against the plan
    # the year of the cue's line, not the date of "Kèm theo Quyết định … ngày 14/12/2022"
    line_start = table.caption.rfind("\n", 0, cue.start()) + 1
    line_end = table.caption.find("\n", cue.end())
    line_end = len(table.caption) if line_end < 0 else line_end
    years = [y for h in find_period_hits(table.caption, line_start, line_end)
             if not h.base and not h.is_span and (y := year_of(h.code))]
    year = years[0] if years else planning
    if year is None or (planning is not None and year < planning):
        return None
    return year


def assigned_columns(table: Table, planning: int | None) -> list[int]:
    """The columns of ``table`` whose numbers are targets given out (see the
    module docstring); empty when its caption gives none."""
    year = assigned_year(table, planning)
    if year is None:
        return []
    out = []
    for k, col in enumerate(table.columns):
        if k == table.names or col is None or col.role not in _PLAN_ROLES:
            continue
        f = fold(col.header)
        if _RESULT_RE.search(f):
            continue
        if any(year_of(h.code) != year for h in header_hits(f)):
            continue  # "Năm 2022" beside the year given
        out.append(k)
    return out
