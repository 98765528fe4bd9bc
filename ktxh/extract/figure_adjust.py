"""From one reading of a sentence to its :class:`~ktxh.extract.records.Figure`.

:func:`sentence_figures` reads the figures of one sentence: each reading's
period (:func:`reading_period`: its own or the paragraph's, bent by a request,
"từ đầu năm", a base year's bracket, a level before "xuống còn", a footnote), then
what the figure turns into (a size of no period, a plan's amount, the same
measure a year back in brackets, the parts of a size a footnote breaks down).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ktxh.extract.figure_periods import (
    disbursed_to_date,
    in_other_clause,
    of_year_plan_to_date,
    opens_now,
    previous_year,
    prior_bracket,
    same_span_year,
    shift_year,
    since_new_year,
    year_back,
    year_to_date,
)
from ktxh.extract.figure_pick import pick_period, year_follows
from ktxh.extract.figure_walk import Cited, Walk
from ktxh.extract.places import find_places
from ktxh.extract.plan_amounts import is_given_plan, named_after_plan, plan_amount
from ktxh.extract.quantities import ESTIMATE_RE, Reading
from ktxh.extract.quick_init import quick_init
from ktxh.extract.records import Figure
from ktxh.extract.served import served
from ktxh.extract.static_figures import (
    is_size_of_works,
    is_size_word,
    is_static,
    planned_capital,
)
from ktxh.extract.thresholds import negated_threshold
from ktxh.extract.timeframes import PeriodHit, year_of
from ktxh.extract.units import normalize
from ktxh.extract.wordre import word_start
from ktxh.text.model import Doc, Span

if TYPE_CHECKING:
    from ktxh.extract.figures import Context

_YEAR_FIRST = re.compile(r"(?:19|20)\d\d(?:-|$)")
_PLACE_WORD = re.compile(
    word_start("huyện", "thành phố", r"tp\.", "thị xã", "thị trấn", "xã", "phường", "khu")
    + r"(?![\w])"
)
_WHOLE_COUNTRY = re.compile(word_start("cả nước", "toàn quốc") + r"(?![\w])")
# "tăng 14,2 triệu đồng so với năm 2015 (34,4 triệu đồng)": the base year's level
_BASE_YEAR_BRACKET = re.compile(r"so với (?:cùng kỳ )?năm ((?:19|20)\d\d) \($")
_REQUEST_AT = re.compile(r"[\s\d.)\-–+•*]*(?:đề nghị|kiến nghị|đề xuất)\s")
_OPENS_BRACKET = re.compile(r"[^()\d;,.]{0,16}\(")
_BREAKDOWN = re.compile(word_start("trong đó", "bao gồm", "gồm") + r"(?![\w])")

@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """The facts of one sentence every reading in it needs."""

    doc: Doc
    start: int
    end: int
    ctx: Context
    heading_hits: list[PeriodHit]
    note: Cited  # what a footnote takes from its citing sentence; for others, nothing
    is_note: bool
    walk: Walk  # the paragraph's state before the sentence (read only here)
    now: bool  # "Hiện nay, …": no earlier opening year of the paragraph dates it
    asks: bool
    earlier_years: set[int]
    stated_from: str | None
    figure_starts: list[int]


def sentence(doc: Doc, start: int, end: int, ctx: Context, heading_hits: list[PeriodHit],
             note: Cited, is_note: bool, walk: Walk, readings: list[Reading]) -> Sentence:
    """The facts of the sentence ``start``–``end`` its ``readings`` share."""
    # "Đề nghị …", "Kiến nghị …", "Đề xuất …": a request somewhere in the sentence
    asks = doc.folded.find("nghị", start, end) != -1 or doc.folded.find(
        "đề xuất", start, end) != -1
    # "giảm từ 6,12% năm 2022 xuống còn 4,35%": the year after the level before is its own
    earlier_years = {h.start for r in readings if r.earlier for h in r.periods
                     if 0 <= h.start - r.q.end <= 12
                     and year_follows(doc.folded, r.q.end, h.start)}
    # "giảm từ 33,8% năm 2015 xuống còn 29,4% năm 2020; tăng từ 38,1% lên 41,5%": the
    # elliptic part starts from the year the part before named
    stated_from = next((h.code for r in readings if r.earlier for h in r.periods
                        if h.start in earlier_years), None)
    return Sentence(doc, start, end, ctx, heading_hits, note, is_note, walk,
                    opens_now(doc.folded, start), asks, earlier_years, stated_from,
                    [r.q.start for r in readings])


def sentence_figures(s: Sentence, readings: list[Reading], cut: int | None) -> list[Figure]:
    """The figures of the sentence's ``readings`` before its targets at ``cut``."""
    doc = s.doc
    mine: list[Figure] = []
    for r in readings:
        if negated_threshold(doc.folded, r):
            continue  # "không còn xã dưới 15 tiêu chí": a bound, not a figure
        if r.periods and (s.earlier_years or r.clause[0] > s.start):  # a later ";" part
            r = replace(r, periods=tuple(
                h for h in r.periods if (r.earlier or h.start not in s.earlier_years)
                and not in_other_clause(doc.folded, h, s.start, r.clause[0], s.figure_starts)))
        if cut is not None:
            if r.q.start >= cut:
                if is_size_of_works(r, r.q.unit_text or ""):  # "(dài 145 km)" of works aimed at
                    mine.append(to_figure(doc, r, None))
                continue  # "..., phấn đấu hoàn thành ...": a target
            r = replace(r, periods=tuple(h for h in r.periods if h.start < cut))
        period = reading_period(s, r)
        r, period = _as_counted_or_sized(s, r, period, mine)
        fig = served(doc, to_figure(doc, r, period, s.ctx.province))  # "tưới cho N ha"
        mine.append(adjust_figure(s, r, fig, period, mine))
    return mine


def reading_period(s: Sentence, r: Reading) -> str | None:
    """The period of one reading: :func:`~ktxh.extract.figure_pick.pick_period`,
    then what the words around the number make of it."""
    folded, walk = s.doc.folded, s.walk
    period = pick_period(r, s.heading_hits, s.ctx, walk.paragraph_span, folded,
                         walk.until.current, walk.paragraph_year,
                         None if s.now else walk.paragraph_open)
    if period and s.asks and (_REQUEST_AT.match(folded, s.start) or _REQUEST_AT.match(
            folded, r.clause[0])) and not any(
            not h.base and r.clause[0] <= h.start < r.q.start for h in r.periods):
        period = None  # "Đề nghị UBND tỉnh bố trí 35 tỷ đồng …": asked for, not done
    if period and since_new_year(folded, r.clause[0], r.q.start) and not any(
            not h.base and r.clause[0] <= h.start < r.q.start for h in r.periods):
        period = year_to_date(period)  # "lũy kế từ đầu năm xảy ra 5 vụ cháy"
    if folded[r.q.start - 1 : r.q.start] == "(" and (
            base_year := _BASE_YEAR_BRACKET.search(
                folded, max(0, r.q.start - 30), r.q.start)):
        period = base_year.group(1)  # "so với năm 2015 (34,4 triệu đồng)"
    if r.earlier and period is None and folded.find(
            "so với đầu năm", r.q.end, r.clause[1]) == -1:
        # "giảm từ 5,86% xuống còn 4,12%": the year before; "tăng từ A lên B so với
        # đầu năm": A is of the start of this year, no period of its own
        period = previous_year(pick_period(replace(r, earlier=False), s.heading_hits, s.ctx,
                                           walk.paragraph_span, folded, walk.until.current))
        if s.stated_from and not any(
                r.clause[0] <= h.start < r.clause[1] for h in r.periods):
            period = s.stated_from
    period = disbursed_to_date(folded, period, r.periods, r.q.start, s.ctx.period,
                               r.indicator, r.estimate)
    period = of_year_plan_to_date(folded, period, r.periods, s.start, r.q.start, s.end)
    if r.last_year and period and _YEAR_FIRST.match(period):
        period = f"{int(period[:4]) - 1}{period[4:]}"  # "cùng kỳ (85%)"
    if s.is_note and not any(not h.base for h in r.periods):
        period = s.note.period or period
    if (earlier := same_span_year(folded, r.periods, r.clause[0], r.q.start)):
        # "Cùng kỳ năm 2024, ... đạt 47,6%", in a footnote too: the cited time a year back
        period = shift_year(period, earlier)
    return period


def _as_counted_or_sized(s: Sentence, r: Reading, period: str | None,
                         mine: list[Figure]) -> tuple[Reading, str | None]:
    """A footnote's count under an estimate of another unit is not estimated; a
    size (or a part of the size before) has no period."""
    note = s.note
    if s.is_note and note.estimate and r.estimate and not _own_estimate(s.doc, s.start, r) and (
        note.units and r.q.unit and r.q.unit.base not in note.units | {"%"}
    ):  # "ước thiệt hại 1.120 tỷ đồng¹" / "¹ huyện A 562 nhà": counted, not estimated
        r = replace(r, estimate=False)
    if is_static(r, r.q.unit_text or "") or _part_of_size(s.doc.folded, r, mine):
        period = None  # "tổng mức đầu tư 3.120 tỷ đồng": a size, not a result
        if r.estimate and planned_capital(r):
            r = replace(r, estimate=False)  # "tổng vốn dự kiến …": the plan's size
    return r, period


def adjust_figure(s: Sentence, r: Reading, fig: Figure, period: str | None,
                  mine: list[Figure]) -> Figure:
    """What ``fig`` (read from ``r`` with ``period``) turns into after the figures
    ``mine`` before it in the sentence: a plan's amount, a year's plan, the same
    measure a year back, a part of the size its footnote's mark follows."""
    doc, note = s.doc, s.note
    if r.q.unit and r.q.unit.base != "%" and (
            plan := plan_amount(doc.text, doc.folded, r.q.start, r.clause[0])):
        # "đạt 36,9% kế hoạch vốn năm (260 tỷ đồng)": the plan's amount, of its year
        fig = replace(fig, indicator=named_after_plan(plan, fig.indicator),
                      period=plan.year or (period[:4] if period and _YEAR_FIRST.match(
                          period) else period))
    elif period and fig.base_unit == "đồng" and fig.kind == "level" and (
            _YEAR_FIRST.match(period) and is_given_plan(fig.indicator)):
        fig = replace(fig, period=period[:4])  # "kế hoạch giao 3.150 tỷ đồng": the year's
    if mine and mine[-1].base_unit == fig.base_unit and (
            prior := prior_bracket(doc.folded, r.q.start)) is not None:
        # "ước tăng 7,42% (cùng kỳ năm 2021 tăng 3,15%)": the same measure a year back
        fig = replace(fig, indicator=mine[-1].indicator,
                      period=year_back(fig.period, prior))
    if s.is_note and note.sizes and fig.indicator == note.indicator and (
            size := next((x for x in reversed(note.sizes) if x[0] == fig.base_unit),
                         None)):
        # "(dài 24,3 km)¹ … ¹ Trong đó: xã A 7,2 km; …": the parts of the size cited
        fig = replace(fig, indicator=size[1], period=None)
    return fig


def _part_of_size(folded: str, r: Reading, before: list[Figure]) -> bool:
    """A part of the static size just before ("tổng mức đầu tư 1.134 tỷ đồng, trong
    đó chi phí bồi thường … 412,6 tỷ đồng", "Tổng mức đầu tư 1.420 tỷ đồng (vốn ngân
    sách trung ương 1.000 tỷ đồng, ngân sách tỉnh 420 tỷ đồng)"): of no period either."""
    if not before or r.kind != "level":
        return False
    unit = normalize(r.q.value, r.q.unit)[1]
    for prev in reversed(before):  # over the parts already read, back to the whole
        if prev.kind != "level" or prev.value_span is None or prev.period is not None or (
                prev.base_unit != unit):
            return False
        if is_size_word(prev.indicator):
            break
    else:
        return False
    between = folded[prev.value_span.end : r.q.start]
    if ";" in between:
        return False
    if _OPENS_BRACKET.match(between) and ")" not in between:
        return True  # "1.420 tỷ đồng (vốn ngân sách trung ương …"
    return _BREAKDOWN.search(between) is not None


def _place(doc: Doc, r: Reading) -> str | None:
    """"cả nước", or the district, town, commune or zone named before the number
    in its segment ("huyện Lộc Bình có 12 xã ..."), or in the clause that names
    the indicator of a comparison ("Riêng huyện Ba Bể trồng 820 ha, gấp 1,5 lần
    cùng kỳ")."""
    if _WHOLE_COUNTRY.search(doc.folded, r.segment_start, r.q.start):
        return "cả nước"
    # "huyện Kỳ Sơn 412 nhà, huyện Tương Dương 276 nhà": the segment's own place first
    starts = [r.segment_start]
    if r.clause[0] <= r.quote_start < r.segment_start:
        starts.append(r.quote_start)
    for start in starts:
        if not _PLACE_WORD.search(doc.folded, start, r.q.start):
            continue
        for m in find_places(doc.text, start, r.q.start, folded=doc.folded):
            if m.kind != "province":
                return m.name
    return None


def to_figure(doc: Doc, r: Reading, period: str | None, province: str | None = None) -> Figure:
    a, b = max(r.clause[0], r.quote_start), r.clause[1]
    text = doc.text
    while a < b and text[a] in " \t\n,;:.(":
        a += 1
    while b > a and text[b - 1] in " \t\n,;:.)":
        b -= 1
    base_value, base_unit = normalize(r.q.value if r.value >= 0 else -r.q.value, r.q.unit)
    if r.value < 0:
        base_value = -base_value
    base = r.base
    if base == "previous_year":  # "so với năm trước": the year before the figure's
        year = year_of(period)
        base = str(year - 1) if year else "previous_period"
    return Figure(
        indicator=r.indicator, value=r.value, unit=r.q.unit_text or "", kind=r.kind,
        span=Span(a, b), quote=text[a:b], value_max=r.value_max, period=period,
        base=base, estimate=r.estimate,
        place=province if r.province_bench and province else _place(doc, r),
        value_span=Span(r.q.start, r.q.value_end), base_value=base_value, base_unit=base_unit,
    )


def _own_estimate(doc: Doc, start: int, r: Reading) -> bool:
    return bool(ESTIMATE_RE.search(doc.folded, start, r.q.start))
