"""Figures: the measured and estimated quantities a document reports.

For every body sentence that is not a heading, each quantity before its
targets (see :func:`ktxh.extract.targets.target_from`) read by
:func:`ktxh.extract.quantities.read_sentence` becomes a :class:`Figure` with
its period: the nearest period phrase before it in the sentence, else the
headings above, else the document's period (a growth_avg takes a span of
years: "2016/2020"). A sentence opening with "Trong đó" continues the one
before (indicator, estimate, growth and base carry over; after "Riêng" not the
estimate); a footnote takes
the period and estimate of the sentence that cites it (``Footnote.ref``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from ktxh.extract import targets as target_rules
from ktxh.extract.count_names import name_bare_counts
from ktxh.extract.figure_periods import (
    disbursed_to_date,
    in_other_clause,
    is_plan_date,
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
from ktxh.extract.figure_walk import Notes, Walk
from ktxh.extract.list_heads import states_total
from ktxh.extract.local_parts import head_for_places, listed_places
from ktxh.extract.places import find_places
from ktxh.extract.plan_amounts import is_given_plan, named_after_plan, plan_amount
from ktxh.extract.provinces import document_province
from ktxh.extract.quantities import ESTIMATE_RE, Carry, Reading, read_sentence
from ktxh.extract.records import Figure
from ktxh.extract.respective import map_respective
from ktxh.extract.served import served
from ktxh.extract.static_figures import (
    has_size_word,
    is_size_of_works,
    is_size_word,
    is_static,
    names_size_figure,
    planned_capital,
)
from ktxh.extract.table_figures import table_figures
from ktxh.extract.thresholds import negated_threshold
from ktxh.extract.timeframes import PeriodHit, find_period_hits, year_of
from ktxh.extract.units import normalize
from ktxh.extract.wordre import word_start
from ktxh.text.model import BlockKind, Doc, Span
from ktxh.text.normalize import fold

_SUB_YEAR = re.compile(r"-(?:Q|H|M)?\d+$")
_QUARTER = re.compile(r"-Q\d$")
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d(?:-|$)")
_CUMULATIVE = re.compile(r"-(?:M\d+|H1)$")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d$")
_DATE_BEFORE = re.compile(r"ngày\s*\d{0,2}\s*$")
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
# a chỉ thị, thông báo or công văn covers no period: "Toàn tỉnh hiện có 1.046 tàu cá"
# is as of its date, not of the "Năm 2023, …" that follows in its opening lines
_NO_PERIOD_TYPES = frozenset({"chi_thi", "thong_bao", "cong_van"})


@dataclass(frozen=True, slots=True)
class Context:
    """Document-level facts every sentence needs."""

    period: str | None
    year: int | None
    same_period_default: bool
    date: str | None = None  # the document's date of issue
    province: str | None = None  # "tỉnh Quảng Nam": the province the document speaks for


def document_period(doc: Doc, found: Mapping[str, Any]) -> str | None:
    """The document's period: from the metadata step, else the title lines."""
    meta = found.get("document")
    period = getattr(meta, "period", None)
    if period:
        return period
    head = doc.folded[: min(len(doc.folded), 1500)]
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", head)]
    # not a plan's date: "dự kiến thông xe trong quý II/2025"
    hits = [h for h in find_period_hits(head, year=max(years) if years else None)
            if not h.base and not _DATE_BEFORE.search(head, 0, h.start)
            and not is_plan_date(head, h, None)]
    return hits[0].code if hits else None


def _cumulative(found: Mapping[str, Any], period: str | None) -> str | None:
    """The first months of the year a quarter's report covers too: "quý III và 9
    tháng năm 2024" → "2024-M9", where figures with no period of their own belong."""
    title = getattr(found.get("document"), "title", None)
    if not title or not period or not _QUARTER.search(period):
        return None  # not a month's: "tháng 10 và 10 tháng" keeps the month (held-out gold)
    year = year_of(period)
    return next((h.code for h in find_period_hits(fold(title), year=year)
                 if _CUMULATIVE.search(h.code) and year_of(h.code) == year), None)


def _until_title(found: Mapping[str, Any], period: str | None) -> str | None:
    """"Báo cáo tình hình giải ngân năm 2025 (số liệu đến ngày 31/10/2025)": the
    months gone by that day (2025-M10) are the default of a year's report."""
    title = getattr(found.get("document"), "title", None)
    if not title or (period and not _YEAR_ONLY.match(period)):
        return None
    year = year_of(period)
    return next((h.code for h in find_period_hits(fold(title), year=year)
                 if h.until and (year is None or year_of(h.code) == year)), None)


def context(doc: Doc, found: Mapping[str, Any]) -> Context:
    period = document_period(doc, found)
    period = _cumulative(found, period) or _until_title(found, period) or period
    # "Cũng trong quý I, …", a bare "tăng 6,1%": of the time its opening lines name
    year, same_period = year_of(period), bool(period and _SUB_YEAR.search(period))
    if getattr(found.get("document"), "type", None) in _NO_PERIOD_TYPES:
        period = None
    province = document_province(doc, found.get("document"))
    return Context(period, year, same_period,
                   getattr(found.get("document"), "date", None),
                   province.full if province else None)


def _heading_chain(doc: Doc, block: int) -> list[int]:
    """Indices of the headings above ``block``, innermost first, each followed
    by the unlabelled heading lines that continue its title ("Phần I" /
    "ĐÁNH GIÁ ... 5 NĂM 2016 - 2020")."""
    out: list[int] = []
    parent = doc.blocks[block].parent
    while parent is not None:
        out.append(parent)
        j = parent + 1
        while (j < len(doc.blocks) and j != block and doc.blocks[j].kind is BlockKind.HEADING
               and doc.blocks[j].label is None and doc.blocks[j].parent == parent):
            out.append(j)
            j += 1
        parent = doc.blocks[parent].parent
    return out


def heading_periods(doc: Doc, block: int, year: int | None) -> list[PeriodHit]:
    """Period phrases of the headings above ``block``, innermost first.

    When the reader could not nest the headings, the spans of years named by
    any earlier heading are used ("PHẦN I ... 5 NĂM 2016 - 2020").
    """
    hits: list[PeriodHit] = []
    chain = _heading_chain(doc, block)
    for i in chain:
        h = doc.blocks[i]
        hits.extend(_months_over_quarter(
            [x for x in find_period_hits(doc.folded, h.span.start, h.span.end, year=year)
             if not x.base]))
    if not chain:
        for b in reversed(doc.blocks[:block]):
            if b.kind is BlockKind.HEADING:
                found = [x for x in find_period_hits(doc.folded, b.span.start, b.span.end,
                                                     year=year) if not x.base and x.is_span]
                if found:
                    return found
    return hits


def review_year(heading_hits: list[PeriodHit], year: int | None) -> int | None:
    """The year a bare "cả năm", "tháng 12" means under headings that name one
    earlier year than the document's: a plan's review of the year before ("I. ĐÁNH
    GIÁ KẾT QUẢ NĂM 2025" in a kế hoạch of 2026); else the document's ``year``."""
    years = {year_of(h.code) for h in heading_hits if not h.is_span}
    if year and len(years) == 1 and (y := years.pop()) is not None and y < year:
        return y
    return year


def _months_over_quarter(hits: list[PeriodHit]) -> list[PeriodHit]:
    """A heading "QUÝ III VÀ 9 THÁNG NĂM 2024" dates what is under it by the months
    (2024-M9), as the document's title does (:func:`_cumulative`); a "Riêng quý III"
    in the text has its own period."""
    if len(hits) < 2:
        return hits
    months = {year_of(h.code) for h in hits if _CUMULATIVE.search(h.code)}
    if not months:
        return hits
    return [h for h in hits if not (_QUARTER.search(h.code) and year_of(h.code) in months)]


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


def _reads_as_text(doc: Doc, block: int) -> bool:
    """A heading line that is really a sentence ("e) Ban Quản lý ... báo cáo tiến
    độ ...; hiện đã giải ngân 612/1.050 tỷ đồng.") or a list's head with its total
    ("1. Tổng thu …: 4.850 tỷ đồng, trong đó:") or a project's heading with its size
    ("4. Dự án Bệnh viện …, quy mô 500 giường") is read like a paragraph."""
    b = doc.blocks[block]
    if b.kind is not BlockKind.HEADING:
        return True
    line = doc.text[b.span.start : b.span.end]
    if line.isupper():
        return False
    return len(line) >= 80 or states_total(doc, block) or names_size_figure(
        doc.folded, b.span.start, b.span.end)


def _sentences(doc: Doc) -> Iterator[tuple[int, int, int]]:
    """(start, end, block) of every sentence outside headings."""
    for s in doc.sentences:
        if _reads_as_text(doc, s.block):
            yield s.span.start, s.span.end, s.block


def find_figures(doc: Doc, found: Mapping[str, Any]) -> tuple[Figure, ...]:
    ctx = context(doc, found)
    notes = Notes(doc)
    out: list[Figure] = []
    sections: dict[int, str | None] = {}
    heading_cache: dict[int, list[PeriodHit]] = {}
    walk = Walk()
    table_periods: dict[int, str | None] = {}
    for i, b in enumerate(doc.blocks):
        if b.kind is BlockKind.TABLE_ROW:
            points = [h for h in heading_periods(doc, i, ctx.year) if not h.is_span]
            table_periods[i] = points[0].code if points else (
                ctx.period if ctx.period and "/" not in ctx.period else None)
    table_out, table_rows = table_figures(doc, table_periods, ctx.year, ctx.period)
    out.extend(table_out)
    for start, end, block in _sentences(doc):
        if block in table_rows:
            continue
        is_note = doc.blocks[block].kind is BlockKind.FOOTNOTE
        continues, summed = walk.begin(doc, start, block, is_note)
        note = notes.of(block)
        note_est, citing = note.estimate, note.block
        cut = target_rules.target_from(doc, start, end, block, ctx.period, sections, ctx.date)
        if cut == start and not has_size_word(doc.folded, start, end):
            walk.carry = Carry()
            continue
        if citing not in heading_cache:
            heading_cache[citing] = heading_periods(doc, citing, ctx.year)
        heading_hits = heading_cache[citing]
        year = review_year(heading_hits, ctx.year)
        readings, new_carry = read_sentence(
            doc.text, doc.folded, start, end, year=year,
            carry=walk.sentence_carry(note, continues, summed, is_note),
            same_period_default=ctx.same_period_default, yearly_is_growth=True,
            earlier_levels=True, join_lists=True, counted_rates=True,
        )
        walk.after_reading(doc, start, end, block, new_carry)
        mine: list[Figure] = []
        figure_starts = [r.q.start for r in readings]
        now = opens_now(doc.folded, start)
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
        for r in readings:
            if negated_threshold(doc.folded, r):
                continue  # "không còn xã dưới 15 tiêu chí": a bound, not a figure
            if r.periods and (earlier_years or r.clause[0] > start):  # a later ";" part
                r = replace(r, periods=tuple(
                    h for h in r.periods if (r.earlier or h.start not in earlier_years)
                    and not in_other_clause(doc.folded, h, start, r.clause[0], figure_starts)))
            if cut is not None:
                if r.q.start >= cut:
                    if is_size_of_works(r, r.q.unit_text or ""):  # "(dài 145 km)" of works aimed at
                        mine.append(to_figure(doc, r, None))
                    continue  # "..., phấn đấu hoàn thành ...": a target
                r = replace(r, periods=tuple(h for h in r.periods if h.start < cut))
            period = pick_period(r, heading_hits, ctx, walk.paragraph_span, doc.folded,
                                 walk.until.current, walk.paragraph_year,
                                 None if now else walk.paragraph_open)
            if period and asks and (_REQUEST_AT.match(doc.folded, start) or _REQUEST_AT.match(
                    doc.folded, r.clause[0])) and not any(
                    not h.base and r.clause[0] <= h.start < r.q.start for h in r.periods):
                period = None  # "Đề nghị UBND tỉnh bố trí 35 tỷ đồng …": asked for, not done
            if period and since_new_year(doc.folded, r.clause[0], r.q.start) and not any(
                    not h.base and r.clause[0] <= h.start < r.q.start for h in r.periods):
                period = year_to_date(period)  # "lũy kế từ đầu năm xảy ra 5 vụ cháy"
            if doc.folded[r.q.start - 1 : r.q.start] == "(" and (
                    base_year := _BASE_YEAR_BRACKET.search(
                        doc.folded, max(0, r.q.start - 30), r.q.start)):
                period = base_year.group(1)  # "so với năm 2015 (34,4 triệu đồng)"
            if r.earlier and period is None and doc.folded.find(
                    "so với đầu năm", r.q.end, r.clause[1]) == -1:
                # "giảm từ 5,86% xuống còn 4,12%": the year before; "tăng từ A lên B so với
                # đầu năm": A is of the start of this year, no period of its own
                period = previous_year(pick_period(replace(r, earlier=False), heading_hits, ctx,
                                                   walk.paragraph_span, doc.folded,
                                                   walk.until.current))
                if stated_from and not any(
                        r.clause[0] <= h.start < r.clause[1] for h in r.periods):
                    period = stated_from
            period = disbursed_to_date(doc.folded, period, r.periods, r.q.start, ctx.period,
                                       r.indicator, r.estimate)
            if r.last_year and period and _YEAR_FIRST.match(period):
                period = f"{int(period[:4]) - 1}{period[4:]}"  # "cùng kỳ (85%)"
            if is_note and not any(not h.base for h in r.periods):
                period = note.period or period
            if (earlier := same_span_year(doc.folded, r.periods, r.clause[0], r.q.start)):
                # "Cùng kỳ năm 2024, ... đạt 47,6%", in a footnote too: the cited time a year back
                period = shift_year(period, earlier)
            if is_note and note_est and r.estimate and not _own_estimate(doc, start, r) and (
                note.units and r.q.unit and r.q.unit.base not in note.units | {"%"}
            ):  # "ước thiệt hại 1.120 tỷ đồng¹" / "¹ huyện A 562 nhà": counted, not estimated
                r = replace(r, estimate=False)
            if is_static(r, r.q.unit_text or "") or _part_of_size(doc.folded, r, mine):
                period = None  # "tổng mức đầu tư 3.120 tỷ đồng": a size, not a result
                if r.estimate and planned_capital(r):
                    r = replace(r, estimate=False)  # "tổng vốn dự kiến …": the plan's size
            fig = served(doc, to_figure(doc, r, period, ctx.province))  # "tưới cho N ha"
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
            if is_note and note.sizes and fig.indicator == note.indicator and (
                    size := next((x for x in reversed(note.sizes) if x[0] == fig.base_unit),
                                 None)):
                # "(dài 24,3 km)¹ … ¹ Trong đó: xã A 7,2 km; …": the parts of the size cited
                fig = replace(fig, indicator=size[1], period=None)
            mine.append(fig)
        mine = head_for_places(
            name_bare_counts(map_respective(mine, walk.paragraph_figures), walk.named_counts))
        if is_note:
            mine = listed_places(mine, doc.folded, start, note.named)
        walk.paragraph_figures.extend(mine)
        out.extend(mine)
        if cut == start:
            walk.carry = Carry()
            continue
        notes.cite(doc, start, end, block, mine, ctx)
        walk.after_sentence(doc, start, end, block, year, ctx, now, bool(readings), new_carry)
    return tuple(out)


def _own_estimate(doc: Doc, start: int, r: Reading) -> bool:
    return bool(ESTIMATE_RE.search(doc.folded, start, r.q.start))
