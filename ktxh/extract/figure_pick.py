"""The period of one figure read in a sentence (:func:`pick_period`).

The nearest period phrase before the number in its sentence, else the
paragraph's, the headings' or the document's; a figure over a span of years
("hằng năm", "tổng thu 5 năm", a growth_avg) takes the span, "năm cuối kỳ" its
last year.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ktxh.extract.figure_periods import (
    LAST_OF_SPAN,
    LAST_OF_SPAN_WORDS,
    as_of_plan,
    in_later_bracket,
    is_deadline,
    is_name_span,
    is_qualifier,
    is_season,
    since_now,
)
from ktxh.extract.quantities import Reading
from ktxh.extract.timeframes import PeriodHit, year_of
from ktxh.extract.wordre import word_start

if TYPE_CHECKING:
    from ktxh.extract.figures import Context

# "hằng năm", "cả giai đoạn", "trong 5 năm": a level over the whole span of years; not
# "cây hằng năm" (annual crops)
_OVER_SPAN_WORDS = ("hằng năm", "hàng năm", "cả giai đoạn", "5 năm", "giai đoạn trước")
_OVER_SPAN = re.compile(
    word_start(*_OVER_SPAN_WORDS)
    + r"(?![\w])(?<!cây hằng năm)(?<!cây hàng năm)"
)
# "tổng thu 5 năm", "Tổng vốn đầu tư … 5 năm": a sum over the span, after a year named
_TOTAL_WORDS = ("tổng", "lũy kế", "luỹ kế")
_OVER_SPAN_TOTAL = re.compile(
    word_start(*_TOTAL_WORDS) + r"(?![\w])[^,;]{0,48}?"
    + word_start("5 năm", "năm năm", "cả giai đoạn", "cả kỳ") + r"(?![\w])")
# "Thu ngân sách 3 năm ước đạt …" after "Ước thực hiện 3 năm 2021 - 2023, …": the span of
# that many years named before (a mid-term review), not the plan's five
_N_YEARS_WORDS = ("2 năm", "3 năm", "4 năm", "hai năm", "ba năm", "bốn năm")
_N_YEARS = re.compile(word_start(*_N_YEARS_WORDS) + r"(?![\w])(?!\s(?:qua\s)?(?:19|20)\d\d)")
_N_OF = {"2": 2, "3": 3, "4": 4, "hai": 2, "ba": 3, "bốn": 4}
# "giảm từ 17,1% cuối năm 2015 xuống còn …": the words between a level and its own year
_YEAR_GAP = re.compile(r"\s?(?:(?:cuối|đầu|hết)\s)?(?:năm\s)?")
_TARGETS_MET = re.compile(r"^chỉ tiêu")
# "…, trong đó diện tích tái canh lũy kế từ năm 2021 đến nay là 38.700 ha": the sub-clause
_OF_WHICH = re.compile(r"(?<![\w])trong đó(?![\w])")
_PART_END = re.compile(r"[;\n]|\.(?!\d)")  # not the "." of "31.740"


def year_follows(folded: str, end: int, at: int) -> bool:
    """Whether the time at ``at`` follows the number ending at ``end`` as its own ("63%
    năm 2020", "17,1% cuối năm 2015"); without the text, only right after it."""
    return at - end <= 1 if not folded else _YEAR_GAP.fullmatch(folded, end, at) is not None


def pick_period(r: Reading, heading_hits: list[PeriodHit], ctx: Context,
                paragraph_span: str | None = None, folded: str = "",
                paragraph_until: str | None = None,
                paragraph_year: str | None = None,
                paragraph_open: str | None = None) -> str | None:
    """Period of one figure (see the module docstring); a deadline or plan date
    after it (:func:`ktxh.extract.figure_periods.is_deadline`) is none."""
    own = [since_now(folded, h, ctx.date) if folded else h for h in r.periods if not h.base
           and not (folded and is_deadline(folded, h, r.q.start, r.q.end, r.clause, ctx.period))
           and not (folded and r.kind != "growth_avg" and is_name_span(folded, h))
           and not (folded and in_later_bracket(folded, h, r.q.end))
           and not (folded and is_qualifier(folded, h))
           and not (folded and is_season(folded, h))
           and not (folded and _of_other_sub_clause(folded, h, r.q.start))]
    follows = [h for h in own if 0 <= h.start - r.q.end <= 12 and h.start < r.clause[1]
               and year_follows(folded, r.q.end, h.start)]
    if follows:
        return follows[0].code  # "lên 63% năm 2020"
    if r.earlier:
        return None  # "giảm từ 17,6% xuống còn 14,9%": 17,6 is of a time not said
    before = [h for h in own if h.start < r.q.start]
    lead_at = r.q.start - len(r.lead)
    # "Thu ngân sách năm 2025 đạt …, tổng thu 5 năm đạt …": the span word after the year
    over_span = (m := _last_match(_OVER_SPAN, r.lead, _OVER_SPAN_WORDS)) is not None and (
        not before or _sum_over_span(r.lead, before[-1], lead_at))
    # "Kim ngạch xuất khẩu năm cuối kỳ đạt …": the last year of the span reviewed
    last_of = (m := _last_match(LAST_OF_SPAN, r.lead, LAST_OF_SPAN_WORDS)) is not None and (
        not before or before[-1].end <= lead_at + m.start())
    if not before and (n := _last_match(_N_YEARS, r.lead.lower(), _N_YEARS_WORDS)) and (
            span := _span_of_length(_N_OF[n.group().split()[0]], own, heading_hits,
                                    paragraph_span)):
        return span
    if r.kind == "growth_avg" or over_span:
        return _span_of(r, own, heading_hits, ctx, paragraph_span)
    if last_of and (span := _span_of(r, own, heading_hits, ctx, paragraph_span)):
        return str(year_of(span))
    if before:
        return (as_of_plan(folded, before) or before[-1]).code
    after = [h for h in own if r.clause[0] <= h.start < r.clause[1]]
    if after:
        return after[0].code
    if paragraph_until:
        return paragraph_until  # "Từ đầu năm đến ngày 31/10/2025, ... . Nguyên nhân ..."
    points = [h for h in heading_hits if not h.is_span]
    if points:
        return _earlier_opening(paragraph_open, points[0].code) or points[0].code
    if heading_hits:
        # under "ĐÁNH GIÁ … 5 NĂM 2021 - 2025": the span's last year when the paragraph
        # has named it ("Năm 2025, … . Tỷ lệ hộ nghèo giảm còn 1,62%"); "Có 16/18 chỉ
        # tiêu đạt và vượt kế hoạch" counts over the span
        span = heading_hits[0]
        if r.kind == "progress" and _TARGETS_MET.search(r.indicator.lower()):
            return span.code
        if paragraph_year and str(year_of(span.code)) == paragraph_year:
            return paragraph_year
        return None
    if ctx.period is None or "/" in ctx.period:
        # a plan's facts: "Đến hết năm 2021, … . … mới đạt 42%"; in a công văn: "Theo số
        # liệu sơ bộ, trong 6 tháng đầu năm 2023, … . Số doanh nghiệp thành lập mới là …"
        return paragraph_open
    return _earlier_opening(paragraph_open, ctx.period) or ctx.period


def _span_of(r: Reading, own: list[PeriodHit], heading_hits: list[PeriodHit], ctx: Context,
             paragraph_span: str | None) -> str | None:
    """The span of years a figure over a span refers to: the sentence's, the
    paragraph's, the headings', the document's."""
    spans = [h for h in own if h.is_span]
    if spans:
        before = [h for h in spans if h.start < r.q.start]
        return (before[-1] if before else spans[0]).code
    if paragraph_span:
        return paragraph_span
    spans = [h for h in heading_hits if h.is_span]
    if spans:
        return spans[0].code
    return ctx.period if ctx.period and "/" in ctx.period else None


def _span_of_length(n: int, own: list[PeriodHit], heading_hits: list[PeriodHit],
                    paragraph_span: str | None) -> str | None:
    """The first span of ``n`` years among the sentence's, the paragraph's and the
    headings'."""
    codes = [h.code for h in own if h.is_span] + ([paragraph_span] if paragraph_span else [])
    codes += [h.code for h in heading_hits if h.is_span]
    for code in codes:
        first, last = year_of(code[:4]), year_of(code)
        if first and last and last - first + 1 == n:
            return code
    return None


def _of_other_sub_clause(folded: str, hit: PeriodHit, q_start: int) -> bool:
    """Whether ``hit`` stands in a "trong đó" sub-clause that the number at ``q_start``
    is not in: "diện tích cà phê hiện có 214.500 ha, trong đó diện tích tái canh lũy kế
    từ năm 2021 đến nay là 38.700 ha; hồ tiêu 31.200 ha" dates only the 38.700 ha."""
    lo = max(0, hit.start - 120)
    if (end := _last_match(_PART_END, folded[lo : hit.start], (";", "\n", "."))) is not None:
        lo += end.end()
    opened = _last_match(_OF_WHICH, folded[lo : hit.start], ("trong đó",))
    if opened is None:
        return False
    at = lo + opened.start()
    # the number in the sub-clause keeps its time
    return not (at < q_start and _PART_END.search(folded, at, q_start) is None)


def _sum_over_span(lead: str, hit: PeriodHit, lead_at: int) -> bool:
    """Whether ``lead`` names a sum over the span after the year ``hit`` ("năm
    2025 ước đạt …, tổng thu 5 năm đạt …, vượt"), not a yearly mean ("năm 2020 …,
    bình quân hằng năm tăng")."""
    m = _last_match(_OVER_SPAN_TOTAL, lead, _TOTAL_WORDS)
    return m is not None and not hit.is_span and hit.end <= lead_at + m.start()


def _last_match(pattern: re.Pattern[str], text: str,
                words: tuple[str, ...]) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text``; ``words``: one of them stands in
    every match (where none does, the pattern is not tried)."""
    if not any(w in text for w in words):
        return None
    found = list(pattern.finditer(text))
    return found[-1] if found else None


def _earlier_opening(paragraph_open: str | None, code: str | None) -> str | None:
    """The year opening the paragraph when it is earlier than ``code`` (the heading's,
    the document's): "Năm 2020, toàn tỉnh xảy ra 27 vụ … . Tỷ lệ che phủ rừng đạt
    39,2%." under "… mùa khô năm 2021" dates its facts to 2020."""
    year = year_of(code)
    if paragraph_open and paragraph_open.isdigit() and year and int(paragraph_open) < year:
        return paragraph_open
    return None
