"""Reading the quantities of one sentence: indicator, kind, sign, base, estimate.

Shared by :mod:`ktxh.extract.figures` and :mod:`ktxh.extract.targets`. A
sentence is cut into parts at ";" and each part into segments at ", " and
brackets. The words before a number in its segment decide its kind
("bằng 22,58% kế hoạch" → pct_of_plan, "tăng 9,9% so với cùng kỳ" → change,
"bình quân hằng năm tăng 5,7%" → growth_avg, "chiếm 20,83%" → share, "gấp
1,44 lần" → multiple); the subject of the segment, or of the segment before
it, is the indicator, so "Tổng diện tích gieo trồng ước đạt 23.134 ha, bằng
22,58% kế hoạch, tăng 2% so với cùng kỳ" gives three figures of one
indicator. Modes set early in a sentence carry over its list: a base ("so
với năm 2015"), growth ("bình quân hằng năm tăng ..."), share ("chiếm ...").

Each quantity is read in steps over a :class:`~ktxh.extract.reading_state.Running`
state: its subject (:mod:`~ktxh.extract.reading_subject`), the indicator
(:mod:`~ktxh.extract.reading_indicator`), its verb, kind and base
(:mod:`~ktxh.extract.reading_kinds`, :mod:`~ktxh.extract.reading_percent`), a
bracket after a measure and the name it goes by (:mod:`~ktxh.extract.reading_names`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ktxh.extract.numbers import Quantity, find_quantities
from ktxh.extract.quantity_words import (
    ESTIMATE_RE,
    LEVEL_AFTER_RE,
    PLURAL_HAVING_RE,
    QUALIFIES_COUNT_RE,
    QUALIFIES_NOUN_RE,
    SHORT_QUOTE_RE,
    STARTS_COMPARISON_RE,
)
from ktxh.extract.quick_init import quick_init
from ktxh.extract.reading_indicator import read_indicator
from ktxh.extract.reading_kinds import read_kind, read_verb
from ktxh.extract.reading_names import bracket_measure, reading_name
from ktxh.extract.reading_state import Running, Sentence, Spot
from ktxh.extract.reading_subject import read_subject
from ktxh.extract.segments import Segments
from ktxh.extract.timeframes import PeriodHit, find_period_hits

__all__ = ["ESTIMATE_RE", "STARTS_COMPARISON_RE", "Carry", "Reading", "read_sentence"]


@quick_init
@dataclass(frozen=True, slots=True)
class Reading:
    """One quantity of a sentence as read; figures and targets build on it."""

    q: Quantity
    kind: str
    value: float
    indicator: str
    clause: tuple[int, int]
    base: str | None
    estimate: bool
    periods: tuple[PeriodHit, ...]  # period phrases of the sentence, in order
    segment_start: int
    growth: bool = False
    lead: str = ""  # folded words of the part before the number
    value_max: float | None = None  # signed like value: "giảm 2 - 3%" → -2, -3
    quote_start: int = -1  # where the clause naming the indicator starts
    earlier: bool = False  # "giảm từ 17,6% xuống còn 14,9%": 17,6 is the level before
    last_year: bool = False  # "thấp hơn cùng kỳ (85%)": the same period a year before
    province_bench: bool = False  # "thấp hơn bình quân chung của tỉnh (42,7%)"


@dataclass(slots=True)
class Carry:
    """What a sentence hands on to the next (a "Trong đó" sentence, a footnote)."""

    indicator: str = ""
    growth: bool = False
    base: str | None = None
    estimate: bool = False
    extra: dict[str, object] = field(default_factory=dict)
    ratio: str | None = None  # the base of the last "bằng X% so với cùng kỳ"
    # a footnote cited by "Cơ cấu kinh tế năm 2030: …[1]": its bare per cents are shares
    shares: bool = False


def _parts(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    i = folded.find(";", start, end)
    while i != -1:
        out.append((s, i))
        s = i + 1
        i = folded.find(";", s, end)
    out.append((s, end))
    return [(a, b) for a, b in out if b > a]


# "tàu cá có chiều dài từ 15 m trở lên", "dự án có tổng vốn từ 80 tỷ đồng trở lên": which ones
_NOUN_FROM = re.compile(r"(?<![\w])có\s(?:[^\W\d]+\s){1,4}từ\s$")
# "đã được tiêm ít nhất 1 mũi", "tiêm đủ 2 mũi": which people, not a count of doses
_DOSE_QUALIFIER = re.compile(r"tiêm(?:\s[^\s\d,;]+){0,2}?\s(?:ít nhất|đủ|tối thiểu|từ)\s$")


def _qualifies(folded: str, q: Quantity, prev: Quantity | None, seg: int, part_end: int) -> bool:
    """Whether ``q`` only qualifies a noun of the indicator ("xã đạt dưới 10 tiêu chí")."""
    if prev is not None and prev.end > seg and QUALIFIES_COUNT_RE.fullmatch(folded, prev.end,
                                                                         q.start):
        return True
    if folded.startswith(" trở lên", q.end) and q.unit and q.unit.base != "%" and (
            _NOUN_FROM.search(folded, max(seg, q.start - 40), q.start)):
        return True  # "tàu cá có chiều dài từ 15 m trở lên": which ones
    return bool(folded.endswith(("dưới ", "trên "), seg, q.start)
                and QUALIFIES_NOUN_RE.search(folded, max(seg, q.start - 8), q.start)
                and (LEVEL_AFTER_RE.match(folded, q.end, part_end)
                     or PLURAL_HAVING_RE.search(folded, seg, q.start)))


def _quoted(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Short quoted phrases of the sentence: "3 ca 4 kíp" names a way of working."""
    if folded.find('"', start, end) == -1 and folded.find("“", start, end) == -1:
        return []
    return [m.span() for m in SHORT_QUOTE_RE.finditer(folded, start, end)]


def read_sentence(
    text: str, folded: str, start: int, end: int, *, year: int | None = None,
    carry: Carry | None = None, same_period_default: bool = False,
    yearly_is_growth: bool = False, earlier_levels: bool = False, join_lists: bool = False,
    counted_rates: bool = False,
) -> tuple[list[Reading], Carry]:
    """Read every quantity of the sentence ``[start, end)``.

    ``carry`` comes from the sentence this one continues ("Trong đó: ...");
    ``same_period_default`` makes a bare "tăng 5%" a change on the same
    period of last year (quarterly and annual reports); ``yearly_is_growth``
    reads "hằng năm tăng 5%" as average growth (in reports; in plans
    "giảm hằng năm 3%" is a yearly change); ``earlier_levels`` reads the
    level before in "giảm từ 17,6% xuống còn 14,9%" (else it is skipped);
    ``join_lists`` runs a subject back over the commas of "A, B và C"
    (:mod:`ktxh.extract.conjuncts`) and names a plan done by a verb ("Hoàn thành
    100% chỉ tiêu tuyển quân"; targets name theirs in
    :mod:`ktxh.extract.target_indicators`); ``counted_rates`` reads "100% xã,
    phường" as a rate (targets name and type "X% <units>" themselves).
    """
    carry = carry or Carry()
    quantities = find_quantities(text, folded, start, end)
    if quantities and (quoted := _quoted(folded, start, end)):
        quantities = [q for q in quantities if not any(a < q.start < b for a, b in quoted)]
    if not quantities:
        return [], carry
    est_at = [m.start() for m in ESTIMATE_RE.finditer(folded, start, end)]
    sen = Sentence(text, folded, start, tuple(find_period_hits(folded, start, end, year=year)),
                   est_at, folded[start:end], carry, same_period_default, yearly_is_growth,
                   earlier_levels, join_lists, counted_rates)
    st = Running(indicator=carry.indicator, growth_mode=carry.growth, growth_at=start,
                 base_mode=carry.base, ratio_base=carry.ratio, share_from=start,
                 quote_start=start, share_mode=carry.shares)
    for part_start, part_end in _parts(folded, start, end):
        _read_part(sen, st, quantities, part_start, part_end)
    new_carry = Carry(indicator=st.indicator, growth=st.growth_mode, base=st.base_mode,
                      ratio=st.ratio_base, estimate=carry.estimate or bool(est_at))
    return sen.out, new_carry


def _read_part(sen: Sentence, st: Running, quantities: list[Quantity], part_start: int,
               part_end: int) -> None:
    """Read the quantities of one ";"-part into ``sen.out``."""
    folded = sen.folded
    segments: Segments | None = None
    st.seg_seen = -1
    prev_q: Quantity | None = None
    st.list_verb = ""
    for q in quantities:
        if not part_start <= q.start < part_end:
            continue
        if segments is None:
            segments = Segments(folded, part_start, part_end)
        seg = segments.start(q.start)
        qualifies = ((prev_q is not None and prev_q.end > seg)
                     or folded.endswith(("dưới ", "trên ", "từ "), seg, q.start)) and (
            _qualifies(folded, q, prev_q, seg, part_end))
        before_q, prev_q = prev_q, q
        if qualifies or ("tiêm" in folded[max(seg, q.start - 30) : q.start]
                         and _DOSE_QUALIFIER.search(folded, max(seg, q.start - 30), q.start)):
            continue
        sp = Spot(q, part_start, part_end, seg, before_q, folded[seg : q.start],
                  q.unit.base if q.unit else None)
        if (reading := _read_quantity(sen, st, sp)) is not None:
            sen.out.append(reading)


def _read_quantity(sen: Sentence, st: Running, sp: Spot) -> Reading | None:
    """The reading of the quantity of ``sp``, or None if it is none of its own."""
    read_subject(sen, st, sp)
    read_indicator(sen, st, sp)
    if not read_verb(sen, st, sp) or not read_kind(sen, st, sp):
        return None
    bracket_measure(sen, st, sp)
    q, part_start = sp.q, sp.part_start
    est = sen.carry.estimate or any(p < q.start for p in sen.est_at)
    named = reading_name(sen, st, sp)
    return Reading(q, sp.kind, sp.value, named, (part_start, sp.part_end), sp.base, est,
                   sen.periods, sp.seg, sp.growth_here, sen.folded[part_start : q.start],
                   sp.value_max, st.quote_start, sp.earlier, sp.last_year, sp.province_bench)
