"""The verb, kind and base of a quantity: "bằng 22,58% kế hoạch" → pct_of_plan,
"tăng 9,9% so với cùng kỳ" → change, "bình quân hằng năm tăng 5,7%" → growth_avg,
"chiếm 20,83%" → share, "gấp 1,44 lần" → multiple. A base ("so với năm 2015"),
growth ("bình quân hằng năm tăng ...") and share ("chiếm ...") carry over a list.
"""

from __future__ import annotations

import re

from ktxh.extract.quantity_words import (
    ADJUSTMENT_BEFORE_RE,
    AVERAGE_BEFORE_RE,
    AVERAGE_YEARLY_RE,
    BASE_RE,
    COMPARATIVE_RE,
    COMPARED_AFTER_RE,
    COMPARED_BEFORE_RE,
    EXCESS_BEFORE_RE,
    EXCESS_PLAN_RE,
    FALLING_COMPARATIVES,
    FROM_TAIL_RE,
    GAP_BEFORE_RE,
    GROWTH_RE,
    GROWTH_WORDS_RE,
    MULTIPLE_BASE_RE,
    ONLY_AVERAGE_RE,
    ONLY_LABEL_RE,
    PER_PEOPLE_LEAD_RE,
    PLAN_GAP_BEFORE_RE,
    TO_AFTER_RE,
    TO_LEVEL_END_RE,
    TO_LEVEL_RE,
    VERB_RE,
    VERB_TAIL_RE,
    YEARLY_RE,
)
from ktxh.extract.reading_bases import base_match, base_of
from ktxh.extract.reading_percent import percent_reading
from ktxh.extract.reading_state import Running, Sentence, Spot
from ktxh.extract.timeframes import PeriodHit
from ktxh.extract.units import MEASURES, SCALES

_LIST_JOIN = re.compile(r"(?:,|\svà)\s$")


def _shares_verb(folded: str, prev_end: int, seg: int) -> bool:
    """Whether the words between a change and the next count only end its noun and
    join the list ("giảm 6 phòng và tương đương, 2 chi cục"): no verb, no base."""
    between = folded[prev_end:seg].replace("và tương đương", "")  # "phòng và tương đương"
    return (len(between) < 40 and bool(_LIST_JOIN.search(between))
            and not VERB_RE.search(between) and not BASE_RE.search(between)
            and "(" not in between)


def _own_year(periods: tuple[PeriodHit, ...], part_start: int, pos: int) -> bool:
    """Whether a period of one year or less opens the part before ``pos``."""
    return any(part_start <= h.start < pos and not h.is_span and not h.base for h in periods)


def read_verb(sen: Sentence, st: Running, sp: Spot) -> bool:
    """Set ``sp.verb`` (and ``sp.earlier``); False for a level before that is not read."""
    folded, q, lead, before_q = sen.folded, sp.q, sp.lead, sp.before_q
    verb_ms = list(VERB_RE.finditer(lead))
    verb_m = verb_ms[-1] if verb_ms else None
    verb = verb_m.group(1) if verb_m else ""
    if not verb and st.list_verb and before_q is not None and sp.unit_base not in (
            None, "%") and (ONLY_LABEL_RE.fullmatch(lead) or before_q.end > sp.seg) and (
            _shares_verb(folded, before_q.end, max(sp.seg, q.start))):
        verb = st.list_verb  # "đã giảm 6 phòng và tương đương, 2 chi cục và 4 đơn vị"
    st.list_verb = verb if verb in ("tăng", "giảm") else ""
    if verb in ("tăng", "giảm") and verb_m is not None:
        tail = lead[verb_m.end() :]
        if FROM_TAIL_RE.fullmatch(tail) and TO_AFTER_RE.match(folded, q.end, sp.part_end):
            if not sen.earlier_levels:
                return False
            verb, sp.earlier = "là", True  # "giảm từ 17,6% xuống còn ...": the level before
        elif TO_LEVEL_RE.match(tail) or TO_LEVEL_END_RE.search(tail):
            verb = "đạt"  # "giảm còn 9,85%", "tăng lên 63%": the level reached
        elif not VERB_TAIL_RE.match(tail) and not ONLY_LABEL_RE.fullmatch(
            lead[: verb_m.start()]
        ):  # "Giảm tỷ lệ hộ nghèo hằng năm 3%" opens with its verb
            verb = ""  # "tăng khá như xi măng 365 nghìn tấn": not its verb
    sp.verb, sp.verb_m = verb, verb_m
    return True


def _negate(sp: Spot) -> None:
    sp.value = -sp.value
    sp.value_max = -sp.q.value_max if sp.q.value_max is not None else None


def read_kind(sen: Sentence, st: Running, sp: Spot) -> bool:
    """Set ``sp.kind``, ``sp.base`` and the signed value; False when the number is
    no quantity of its own ("vượt 10% dự toán")."""
    q, lead = sp.q, sp.lead
    sp.value, sp.value_max = q.value, q.value_max
    growth_here = bool(GROWTH_RE.search(lead)) or bool(q.unit and q.unit.per
                                                        and "năm" in q.unit.per)
    if sen.yearly_is_growth and YEARLY_RE.search(lead):
        growth_here = True
    elif growth_here and not (q.unit and q.unit.per) and COMPARED_AFTER_RE.match(
            sen.folded, q.end):
        growth_here = False  # "giá thép bình quân tăng 28% so với thời điểm …": the
        # average price changed, no yearly growth
    sp.growth_here = growth_here
    if _unit_kind(sen, st, sp) or _compared_kind(sen, sp):
        return True
    if sp.verb in ("tăng", "giảm") or (
        sp.unit_base == "%" and GROWTH_WORDS_RE.search(lead)
    ):
        _change_kind(sen, st, sp)
    elif sp.unit_base == "%":
        return percent_reading(sen, st, sp)
    return True


def _unit_kind(sen: Sentence, st: Running, sp: Spot) -> bool:
    """A rate, an average growth, a progress or rank, a multiple, told by the unit."""
    q, lead, unit_base, verb = sp.q, sp.lead, sp.unit_base, sp.verb
    if (sp.per_people or PER_PEOPLE_LEAD_RE.search(lead) or (
            q.unit and q.unit.per and q.unit.per.endswith("dân")  # "/1.000 dân"
            and not AVERAGE_BEFORE_RE.search(lead))
            ) and q.unit and q.unit.base not in (None, "%"):
        sp.kind = "rate"
    elif (q.unit and q.unit.per and "năm" not in q.unit.per
          and AVERAGE_BEFORE_RE.search(lead)
          and q.unit.per.lstrip("/ ") not in MEASURES):  # not "50,2 tạ/ha": a yield
        sp.kind = "rate"  # "bình quân 221 người dân/doanh nghiệp"
        if ONLY_AVERAGE_RE.fullmatch(st.indicator.lower()):
            # "bình quân đạt 15,2 tiêu chí/xã" → "số tiêu chí bình quân"
            what = " ".join(w for w in (q.unit_text or "").split("/")[0].split()
                            if w.lower() not in SCALES)
            st.indicator = f"số {what} {st.indicator.lower()}"
    elif unit_base == "%" and verb in ("đạt", "là") and AVERAGE_YEARLY_RE.search(lead):
        sp.kind = "growth_avg"  # "GRDP bình quân hằng năm giai đoạn ... đạt 7,76%"
        st.growth_mode, st.growth_at = True, q.end
    elif unit_base == "%" and q.unit.per and "năm" in q.unit.per and verb in (
            "đạt", "là", "") and (AVERAGE_BEFORE_RE.search(lead) or (
                sp.elided and ONLY_AVERAGE_RE.search(st.indicator.lower()))) and (
            "lãi suất" not in lead):
        sp.kind = "growth_avg"  # "(GRDP, giá so sánh 2010) bình quân ước đạt 6,8%/năm"
        st.growth_mode, st.growth_at = True, q.end
    elif q.form in ("progress", "rank"):
        sp.kind = q.form
    elif unit_base == "lần" and not q.unit.per:  # not "02 lần/tuần": how often
        sp.kind = "multiple"
        base_m = MULTIPLE_BASE_RE.match(sen.folded, q.end) or base_match(
            sen.folded, q, sp.seg, sp.part_end)
        sp.base = base_of(base_m, sen.periods) if base_m else None
    else:
        return False
    return True


def _compared_kind(sen: Sentence, sp: Spot) -> bool:
    """A change named by a comparative ("thấp hơn", "cao hơn vụ trước", "vượt")."""
    folded, q, lead = sen.folded, sp.q, sp.lead
    more = "hơn" in lead  # every match of the first three regexes holds "hơn"
    if more and (cmp_m := COMPARATIVE_RE.search(lead)) and COMPARED_AFTER_RE.match(
            folded, q.end):  # "thấp hơn 12,4% so với đầu năm": a change on the base
        sp.kind = "change"
        if cmp_m.group("adj") in FALLING_COMPARATIVES:
            _negate(sp)
        if base_m := base_match(folded, q, sp.seg, sp.part_end):
            sp.base = base_of(base_m, sen.periods)
    elif more and (before := COMPARED_BEFORE_RE.search(lead)):
        sp.kind = "change"  # "cao hơn vụ trước 3,2 điểm phần trăm"
        sp.base = ("same_period_last_year" if before.group("same") else
                   "previous_year" if before.group("last") else "previous_period")
        if before.group("adj") in FALLING_COMPARATIVES:
            _negate(sp)
    elif more and (plan_gap := PLAN_GAP_BEFORE_RE.search(lead)):
        sp.kind, sp.base = "change", "plan"  # "thấp hơn kế hoạch 3,8 điểm phần trăm"
        if plan_gap.group("adj") in FALLING_COMPARATIVES:
            _negate(sp)
    elif (more or "báo động" in lead) and (gap := GAP_BEFORE_RE.search(lead)):
        sp.kind = "change"
        sp.base = sen.text[sp.seg + gap.start("base") : sp.seg + gap.end("base")]
        if (gap.group("adj") or gap.group("adj2")) in FALLING_COMPARATIVES | {"dưới"}:
            _negate(sp)
    elif "vượt" in lead and EXCESS_BEFORE_RE.search(lead) and EXCESS_PLAN_RE.match(folded, q.end):
        sp.kind, sp.base = "change", "plan"  # "vượt 5,3% so với mục tiêu kế hoạch"
    else:
        return False
    return True


def _change_kind(sen: Sentence, st: Running, sp: Spot) -> None:
    """"tăng 9,9% so với cùng kỳ": a change on its base, or a growth of a growth list."""
    folded, q, unit_base, periods = sen.folded, sp.q, sp.unit_base, sen.periods
    if sp.verb == "giảm":
        _negate(sp)
    # "(9 tháng đầu năm 2019 tăng 6,9%)": a period of its own ends the growth list
    own_period = any(sp.seg <= h.start < q.start and not h.is_span and not h.base
                     for h in periods)
    # "…; năm 2020 … giảm 46,4% so với năm 2019": a year of its own part or a
    # base ends the growth list (growth_avg needs "bình quân")
    growth = sp.growth_here or (st.growth_mode and unit_base == "%" and not own_period
                                and not _own_year(periods, max(sp.part_start, st.growth_at),
                                                  q.start)
                                and not BASE_RE.match(folded, q.end + 1))
    if sp.growth_here and unit_base == "%":
        st.growth_mode, st.growth_at = True, q.end
    if growth:
        sp.kind = "growth_avg"
    else:
        sp.kind = "change"
        if base_m := base_match(folded, q, sp.seg, sp.part_end):
            sp.base = base_of(base_m, periods)
            st.base_mode = sp.base
        else:
            sp.base = st.base_mode or ("same_period_last_year" if sen.same_period_default
                                       and not ADJUSTMENT_BEFORE_RE.search(sp.lead)
                                       else None)
