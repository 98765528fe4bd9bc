"""The state :func:`ktxh.extract.quantities.read_sentence` threads through its steps.

:class:`Sentence` is what stays fixed over a sentence; :class:`Running` what its
quantities hand on to the next ("Modes set early in a sentence carry over its
list"); :class:`Spot` the working record of the one quantity being read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ktxh.extract.numbers import Quantity
from ktxh.extract.quick_init import quick_init
from ktxh.extract.timeframes import PeriodHit

if TYPE_CHECKING:
    from ktxh.extract.quantities import Carry, Reading


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence being read, its options, and the readings made so far."""

    text: str  # the document text
    folded: str  # ``fold(text)``: lower case, new-style tone marks, same offsets
    start: int  # where the sentence starts
    periods: tuple[PeriodHit, ...]
    est_at: list[int]  # where "ước" and the like stand
    sentence: str  # ``folded[start:end]``
    carry: Carry
    same_period_default: bool
    yearly_is_growth: bool
    earlier_levels: bool
    join_lists: bool
    counted_rates: bool
    out: list[Reading] = field(default_factory=list)


@dataclass(slots=True)
class Running:
    """What the quantities of a sentence hand on to the next ones."""

    indicator: str
    growth_mode: bool
    growth_at: int  # where the growth list began ("bình quân hằng năm tăng 5,9%")
    base_mode: str | None
    ratio_base: str | None
    share_from: int  # where a share word before may open ("tỷ trọng …")
    quote_start: int
    share_mode: bool = False
    opening: str = ""  # the verb the last subject was ("Trồng mới 3.050 ha rừng")
    tail_part: int = -1  # the part whose subject ended with ``opening``, if it did
    plan_head: int = -1  # where "đạt 51,9% kế hoạch" ends, if the sentence said it
    # of the ";"-part being read
    seg_seen: int = -1
    compares: bool = False  # the segment opens with a comparison
    list_verb: str = ""  # "giảm 6 phòng và tương đương, 2 chi cục": the verb of the list


@dataclass(slots=True)
class Spot:
    """The quantity being read, where it stands, and what is found of it."""

    q: Quantity
    part_start: int
    part_end: int
    seg: int
    before_q: Quantity | None
    lead: str
    unit_base: str | None
    subject: str = ""
    sub_start: int = 0
    owned: bool = False  # the subject owns the bracket before ("Dự án X (…) đạt 62%")
    bracket_rate: bool = False  # "tỷ lệ giải ngân thấp (37,1%)"
    first_in_segment: bool = False
    per_people: re.Match[str] | None = None
    verb: str = ""
    verb_m: re.Match[str] | None = None
    earlier: bool = False
    kind: str = "level"
    base: str | None = None
    value: float = 0.0
    value_max: float | None = None
    growth_here: bool = False
    last_year: bool = False
    province_bench: bool = False
    elided: bool = False  # "…, của tỉnh B (cũ) ước đạt 6,4%/năm": the indicator left out
