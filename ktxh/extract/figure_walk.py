"""What :func:`ktxh.extract.figures.find_figures` carries from sentence to sentence.

A paragraph passes on its span of years, its opening point, the end year all its
sentences named, how far an "(tính) đến ngày …" dates it, its counts and figures; a
list head "Trong đó:" passes its estimate to the items under it; a sentence passes
its :class:`~ktxh.extract.quantities.Carry` to one that continues it ("Trong đó",
"Riêng", "Tính chung"); a footnote takes what the sentence citing it said
(:class:`Cited`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ktxh.extract.figure_periods import (
    closing_point,
    is_name_span,
    is_plan_date,
    is_season,
    opening_point,
    since_now,
)
from ktxh.extract.quantities import ESTIMATE_RE, Carry
from ktxh.extract.quick_init import quick_init
from ktxh.extract.records import Figure
from ktxh.extract.timeframes import find_period_hits, year_of
from ktxh.extract.until_carry import UntilCarry
from ktxh.text.model import BlockKind, Doc

if TYPE_CHECKING:
    from ktxh.extract.figures import Context

# "Trong đó: ...", "Riêng quý III thu 612,5 tỷ đồng": a sentence that breaks the one before down
_CONTINUES = re.compile(r"\s*(?:[-–+•]\s*)?(trong đó|cụ thể|bao gồm|riêng)(?![\w])")
# "… ước đạt 429.600 tấn, …. Trong đó:" then a dash list: the items are estimated too
_LIST_OPENS = re.compile(r"(?:trong đó|bao gồm|gồm|cụ thể)\s*:\s*$")
_SUMMED_OPEN = re.compile(r"\s*(?:tính chung|lũy kế|luỹ kế|cộng dồn)\s")
# "(3) Cơ cấu kinh tế năm 2030: … chiếm 9,5%; ….[1]" citing "[1] Năm 2025 ước đạt: nông, lâm
# nghiệp và thủy sản 12,8%; …": a note under a head of shares lists shares
_SHARE_HEAD = re.compile(r"\s*(?:\(?\w{1,4}[).]\s*|[-–+•]\s*)?(?:cơ cấu|tỷ trọng|tỉ trọng)(?![\w])")


@dataclass(slots=True)
class Walk:
    """The state the sentences before leave for the next one."""

    carry: Carry = field(default_factory=Carry)
    last_block: int = -1
    paragraph_span: str | None = None
    paragraph_open: str | None = None
    paragraph_year: str | None = None  # the end year all the paragraph's sentences named
    # "Tính đến ngày 31/10/2025, ...": how far it dates
    until: UntilCarry = field(default_factory=UntilCarry)
    # unit → the indicator of its last count in the paragraph
    named_counts: dict[str, str] = field(default_factory=dict)
    # of the sentences before in the paragraph
    paragraph_figures: list[Figure] = field(default_factory=list)
    list_estimate: bool = False  # an estimated head before "Trong đó:" and its list items
    # "- Tổng đàn heo ước đạt …;" / "- Đàn bò …;": a ";" closing a list item goes on
    # with the next item, one sentence, so its estimate does too
    item_estimate: bool = False

    def begin(self, doc: Doc, start: int, block: int, is_note: bool) -> tuple[bool, bool]:
        """Enter the sentence at ``start``: whether it continues the one before
        ("Trong đó", "Riêng") and whether it sums it up ("Tính chung")."""
        last_block = self.last_block
        if block != last_block:
            self._enter_block(doc, start, block)
        # "Trong đó: …" opening a footnote breaks down what cites it, not the note before
        cont = _CONTINUES.match(doc.folded, start) if block - last_block <= 1 and not (
            is_note and block != last_block) else None
        continues = cont is not None
        # "…. Tính chung 9 tháng ước đạt …": the subject left out is the sentence before's
        summed = not continues and block - last_block <= 1 and bool(
            _SUMMED_OPEN.match(doc.folded, start))
        if cont and cont.group(1) == "riêng" and self.carry.estimate:
            # a part named apart: no estimate said
            self.carry = replace(self.carry, estimate=False)
        self.last_block = block
        return continues, summed

    def _enter_block(self, doc: Doc, start: int, block: int) -> None:
        """A new paragraph, list item or footnote: the paragraph's state starts over."""
        self.paragraph_span = self.paragraph_year = self.paragraph_open = None
        self.paragraph_figures = []
        if doc.blocks[block].kind is not BlockKind.LIST_ITEM:
            self.list_estimate = False
        if block - self.last_block != 1 or doc.blocks[block].kind is not BlockKind.LIST_ITEM:
            self.item_estimate = False
        self.until.enter_block(doc, block)
        if not _CONTINUES.match(doc.folded, start):
            self.named_counts = {}

    def sentence_carry(self, note: Cited, continues: bool, summed: bool,
                       is_note: bool) -> Carry:
        """What the sentence's reading starts from: the sentence before's when it
        continues it, else the indicator and estimate of its list or citing sentence."""
        if continues:
            return self.carry
        return Carry(
            indicator=self.carry.indicator if summed else note.indicator,
            shares=note.shares and not summed,
            estimate=note.estimate or ((self.list_estimate or self.item_estimate)
                                       and not is_note))

    def after_reading(self, doc: Doc, start: int, end: int, block: int,
                      new_carry: Carry) -> None:
        """A list head "Trong đó:" or a list item ending ";" passes its estimate on."""
        if doc.folded.find(":", max(start, end - 4), end) != -1 and _LIST_OPENS.search(
                doc.folded, max(start, end - 16), end):
            self.list_estimate = new_carry.estimate
        if doc.blocks[block].kind is BlockKind.LIST_ITEM:
            self.item_estimate = new_carry.estimate and doc.folded[start:end].rstrip().endswith(
                ";")

    def after_sentence(self, doc: Doc, start: int, end: int, block: int, year: int | None,
                       ctx: Context, now: bool, read: bool, new_carry: Carry) -> None:
        """The periods the sentence named, for the paragraph's sentences after it."""
        hits = [h for h in find_period_hits(doc.folded, start, end, year=year)
                if not h.base]
        spans = [h.code for h in hits if h.is_span and not is_name_span(doc.folded, h)
                 and not is_season(doc.folded, h)]
        self.paragraph_open = None if now else opening_point(doc.folded, hits, start) or (
            None if read else closing_point(doc.folded, hits, start, end)) or (
            self.paragraph_open)
        if spans:
            self.paragraph_span = spans[-1]
        # "whose sentences all name the same end year" (2025, or 2021 - 2025)
        if self.paragraph_year != "":
            ends = {year_of(h.code) for h in hits
                    if not is_plan_date(doc.folded, h, ctx.period)
                    and not is_season(doc.folded, h)} if hits else set()
            if len(ends) == 1 and (self.paragraph_year is None
                                   or ends == {int(self.paragraph_year)}):
                self.paragraph_year = str(ends.pop())
            else:
                self.paragraph_year = ""  # a sentence of another year, or of none
        self.until.after_sentence(doc, start, end, block, hits)
        self.carry = new_carry


@quick_init
@dataclass(frozen=True, slots=True)
class Cited:
    """What a footnote takes from the sentence citing it."""

    period: str | None
    estimate: bool
    block: int  # the citing sentence's block (its headings date the footnote)
    units: frozenset[str] = frozenset()  # units of the estimated figures before the mark
    indicator: str = ""  # of the figure the mark follows
    # (base unit, indicator) of the static sizes before the mark ("(dài 24,3 km)")
    sizes: tuple[tuple[str, str], ...] = ()
    # (base unit, indicator) of every figure before the mark, for a list by places
    named: tuple[tuple[str, str], ...] = ()
    shares: bool = False  # the citing sentence opens with "Cơ cấu …", "Tỷ trọng …"


class Notes:
    """The document's footnote marks and what each footnote inherits from the
    sentence citing it: period and estimate."""

    __slots__ = ("cited", "nothing", "ref_at", "refs")

    def __init__(self, doc: Doc) -> None:
        self.refs = sorted((fn.ref, fn.block) for fn in doc.footnotes if fn.ref is not None)
        self.ref_at = [r for r, _ in self.refs]
        self.cited: dict[int, Cited] = {}
        self.nothing: dict[int, Cited] = {}  # block → its Cited of nothing, made once

    def of(self, block: int) -> Cited:
        """What the footnote ``block`` takes; for any other block, nothing."""
        found = self.cited.get(block)
        if found is not None:
            return found
        found = self.nothing.get(block)
        if found is None:
            found = self.nothing[block] = Cited(None, False, block)
        return found

    def cite(self, doc: Doc, start: int, end: int, block: int, figures: list[Figure],
             ctx: Context) -> None:
        """Record the marks of the sentence ``start``–``end`` the first time each is cited."""
        for ref, note_block in self.refs[bisect_left(self.ref_at, start)
                                         : bisect_right(self.ref_at, end)]:
            if note_block not in self.cited:
                self.cited[note_block] = _cite(doc, start, ref, block, figures, ctx)

    def cite_shares(self, doc: Doc, start: int, end: int, block: int) -> None:
        """A sentence of targets only that opens with a head of shares ("Cơ cấu kinh tế năm
        2030: …[1]"): its notes list shares (of another year), nothing more is taken."""
        if not _SHARE_HEAD.match(doc.folded, start):
            return
        for _ref, note_block in self.refs[bisect_left(self.ref_at, start)
                                         : bisect_right(self.ref_at, end)]:
            if note_block not in self.cited:
                self.cited[note_block] = Cited(None, False, block, shares=True)


def _cite(doc: Doc, start: int, ref: int, block: int, figures: list[Figure],
          ctx: Context) -> Cited:
    """The footnote mark at ``ref`` of the sentence at ``start``: the last period
    phrase before it that dates no plan ("dự kiến ... trong quý II/2026; giải ngân
    214,8 tỷ đồng¹" has none), whether an estimate word stands before it, the units
    estimated, the indicator of the figure it follows."""
    est = any(m < ref for m in _estimate_positions(doc, start, ref))
    before = [f for f in figures if f.value_span and f.value_span.start < ref]
    units = frozenset(f.base_unit.split("/")[0] for f in before if f.estimate and f.base_unit)
    hits = [h for h in find_period_hits(doc.folded, start, ref, year=ctx.year)
            if not h.base and not is_plan_date(doc.folded, h, ctx.period)]
    sizes = tuple((f.base_unit or "", f.indicator) for f in before
                  if f.period is None and ctx.period and f.kind == "level")
    # "từ năm 2016 đến nay … còn lại là …[1]": the note's figures are of the span too
    # "Có 27/129 xã … giải ngân dưới 30%[2]", dated by the sentences before it: the
    # point in time its last figure took (a span of years is no date to pass on)
    taken = before[-1].period if before else None
    return Cited(since_now(doc.folded, hits[-1], ctx.date).code if hits else (
                     taken if taken and "/" not in taken else None),
                 est, block, units,
                 before[-1].indicator if before else "", sizes,
                 tuple((f.base_unit or "", f.indicator) for f in before),
                 bool(_SHARE_HEAD.match(doc.folded, start)))


def _estimate_positions(doc: Doc, start: int, end: int) -> list[int]:
    return [m.start() for m in ESTIMATE_RE.finditer(doc.folded, start, end)]
