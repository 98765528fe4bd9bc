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

What passes from sentence to sentence is :mod:`ktxh.extract.figure_walk`; one
reading's period is :mod:`ktxh.extract.figure_pick`, what is made of it
:mod:`ktxh.extract.figure_adjust`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ktxh.extract import targets as target_rules
from ktxh.extract.count_names import name_bare_counts
from ktxh.extract.figure_adjust import sentence, sentence_figures
from ktxh.extract.figure_periods import is_plan_date, opens_now
from ktxh.extract.figure_walk import Notes, Walk
from ktxh.extract.list_heads import states_total
from ktxh.extract.local_parts import head_for_places, listed_places
from ktxh.extract.provinces import document_province
from ktxh.extract.quantities import Carry, read_sentence
from ktxh.extract.records import Figure
from ktxh.extract.respective import map_respective
from ktxh.extract.static_figures import (
    has_size_word,
    names_size_figure,
)
from ktxh.extract.table_figures import table_figures
from ktxh.extract.timeframes import PeriodHit, find_period_hits, year_of
from ktxh.text.model import BlockKind, Doc
from ktxh.text.normalize import fold

_SUB_YEAR = re.compile(r"-(?:Q|H|M)?\d+$")
_QUARTER = re.compile(r"-Q\d$")
_CUMULATIVE = re.compile(r"-(?:M\d+|H1)$")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d$")
_DATE_BEFORE = re.compile(r"ngày\s*\d{0,2}\s*$")
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
    the nearest earlier heading that names one are used ("PHẦN I ... 5 NĂM
    2016 - 2020"). Kept in ``doc.memo`` per block and year (the figures and
    targets steps ask it for every sentence and table row); callers must not
    change the list.
    """
    memo = doc.memo.setdefault("heading_periods", {})
    key = (block, year)
    if (hits := memo.get(key)) is None:
        hits = memo[key] = _heading_periods(doc, block, year)
    return hits


def _heading_periods(doc: Doc, block: int, year: int | None) -> list[PeriodHit]:
    hits: list[PeriodHit] = []
    chain = _heading_chain(doc, block)
    for i in chain:
        hits.extend(_months_over_quarter(_own_periods(doc, i, year)))
    if not chain:
        spans = _span_headings(doc, year)
        k = bisect_left(spans, block)
        if k:
            return [x for x in _own_periods(doc, spans[k - 1], year) if x.is_span]
    return hits


def _own_periods(doc: Doc, i: int, year: int | None) -> list[PeriodHit]:
    """The period phrases of block ``i`` that are no base of a comparison
    (kept in ``doc.memo`` per block and year)."""
    memo = doc.memo.setdefault("own_periods", {})
    key = (i, year)
    if (hits := memo.get(key)) is None:
        span = doc.blocks[i].span
        hits = memo[key] = [x for x in find_period_hits(doc.folded, span.start, span.end,
                                                         year=year) if not x.base]
    return hits


def _span_headings(doc: Doc, year: int | None) -> list[int]:
    """Indices of the headings that name a span of years, in order (kept in
    ``doc.memo`` per year)."""
    memo = doc.memo.setdefault("span_headings", {})
    if (found := memo.get(year)) is None:
        found = memo[year] = [
            i for i, b in enumerate(doc.blocks) if b.kind is BlockKind.HEADING
            and any(x.is_span for x in _own_periods(doc, i, year))]
    return found


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


def _table_periods(doc: Doc, ctx: Context) -> dict[int, str | None]:
    """The period of each table row: its headings' point in time, else the
    document's when that is no span of years."""
    table_periods: dict[int, str | None] = {}
    for i, b in enumerate(doc.blocks):
        if b.kind is BlockKind.TABLE_ROW:
            points = [h for h in heading_periods(doc, i, ctx.year) if not h.is_span]
            table_periods[i] = points[0].code if points else (
                ctx.period if ctx.period and "/" not in ctx.period else None)
    return table_periods


def find_figures(doc: Doc, found: Mapping[str, Any]) -> tuple[Figure, ...]:
    """The figures of the document's tables, then of its sentences (see the
    module docstring)."""
    ctx = context(doc, found)
    notes = Notes(doc)
    out: list[Figure] = []
    sections: dict[int, str | None] = {}
    walk = Walk()
    table_out, table_rows = table_figures(doc, _table_periods(doc, ctx), ctx.year, ctx.period)
    out.extend(table_out)
    for start, end, block in _sentences(doc):
        if block in table_rows:
            continue
        is_note = doc.blocks[block].kind is BlockKind.FOOTNOTE
        continues, summed = walk.begin(doc, start, block, is_note)
        note = notes.of(block)
        citing = note.block
        cut = target_rules.target_from(doc, start, end, block, ctx.period, sections, ctx.date)
        if cut == start and not has_size_word(doc.folded, start, end):
            notes.cite_shares(doc, start, end, block)
            walk.carry = Carry()
            continue
        heading_hits = heading_periods(doc, citing, ctx.year)
        year = review_year(heading_hits, ctx.year)
        readings, new_carry = read_sentence(
            doc.text, doc.folded, start, end, year=year,
            carry=walk.sentence_carry(note, continues, summed, is_note),
            same_period_default=ctx.same_period_default, yearly_is_growth=True,
            earlier_levels=True, join_lists=True, counted_rates=True,
        )
        walk.after_reading(doc, start, end, block, new_carry)
        if not readings:  # no figure: only what the sentence hands on to the next
            if cut == start:
                walk.carry = Carry()
                continue
            notes.cite(doc, start, end, block, [], ctx)
            walk.after_sentence(doc, start, end, block, year, ctx,
                                opens_now(doc.folded, start), False, new_carry)
            continue
        s = sentence(doc, start, end, ctx, heading_hits, note, is_note, walk, readings)
        mine = sentence_figures(s, readings, cut)
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
        walk.after_sentence(doc, start, end, block, year, ctx, s.now, bool(readings),
                            new_carry)
    return tuple(out)
