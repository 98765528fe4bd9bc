"""The kind of a per cent that no verb of change or comparison tells: a share
("chiếm 20,83%", "trong đó khoảng 45% là …"), a share of the plan ("bằng 22,58%
kế hoạch"), a ratio to a base ("bằng 95,2% so với cùng kỳ"), a rate."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ktxh.extract.percent_kinds import (
    SHARE_SUBJECT_RE,
    PercentKind,
    disbursed_share,
    investor_bracket,
    is_money,
    on_disbursement,
    percent_kind,
)
from ktxh.extract.quantity_words import RATIO_AFTER_RE
from ktxh.extract.reading_bases import base_of
from ktxh.extract.reading_state import Running, Sentence, Spot
from ktxh.extract.wordre import word_start

if TYPE_CHECKING:
    from ktxh.extract.quantities import Reading

# nothing more after "bằng 98,2%" of a list item: ";", ",", ".", the end
_BARE_END = re.compile(r"\s*(?:[;,.)]|$)")
# "đạt 51,9% kế hoạch; trong đó vốn trong nước …": the items of a head measured on its plan
_BREAKDOWN = re.compile(word_start("trong đó", "gồm", "cụ thể") + r"(?![\w])")
# "…, trong đó khoảng 45% là lao động đến từ tỉnh khác": the share of the head that is so
_PART_IS_LEAD = re.compile(r"(?<![\w])trong đó\s(?:(?:khoảng|trên|gần|hơn|dưới|có)\s)?$")
_PART_IS_AFTER = re.compile(r"\slà\s([^,;.()]+)")


def _bracket_after_plan(folded: str, at: int, out: list[Reading], part_start: int) -> bool:
    """Whether a bracketed per cent at ``at`` goes on a list of bracketed shares of the
    plan ("tỷ lệ giải ngân cao như huyện A (68,2%), huyện B (61,5%)"): each unit's own."""
    if not out or folded[at - 1 : at] != "(":
        return False
    last = out[-1]
    return (last.clause[0] == part_start and last.kind == "pct_of_plan"
            and folded[last.q.start - 1 : last.q.start] == "(")


def percent_reading(sen: Sentence, st: Running, sp: Spot) -> bool:
    """Set the kind and base of a bare per cent; False for "vượt 10% dự toán"."""
    folded, q, lead = sen.folded, sp.q, sp.lead
    if lead.endswith(("đó ", "khoảng ", "trên ", "gần ", "hơn ", "dưới ", "có ")
                     ) and _PART_IS_LEAD.search(lead) and (
            part_is := _PART_IS_AFTER.match(folded, q.end)):
        sp.kind = "share"
        st.indicator = " ".join(sen.text[part_is.start(1) : part_is.end(1)].split())
        return True
    ratio = RATIO_AFTER_RE.match(folded, q.end)
    pk = _percent_kind(sen, st, sp, ratio is not None)
    if pk is None:
        return False  # "vượt 10% dự toán": an excess over the plan, not a level
    sp.kind = pk.kind
    st.share_mode = (st.share_mode or pk.share_mode) and not pk.ends_shares
    if pk.ends_shares:
        st.share_from = q.end
    if pk.plan:
        sp.base = "plan"
        if st.plan_head < 0:  # "đạt 51,9% kế hoạch", "giải ngân …, đạt 35,2%"
            st.plan_head = q.end
    elif pk.ratio and ratio:
        sp.base = base_of(ratio, sen.periods)  # "bằng 95,2% so với cùng kỳ": 0,952 times
        st.ratio_base = sp.base
    elif sp.kind == "rate" and sp.verb == "bằng" and st.ratio_base and _BARE_END.match(
            folded, q.end):
        # "bằng 98,7% so với cùng kỳ, trong đó: lúa 44.210 ha, bằng 98,2%; ...":
        # the items compare with the base of their head
        sp.kind, sp.base = "multiple", st.ratio_base
    return True


def _percent_kind(sen: Sentence, st: Running, sp: Spot, ratio: bool) -> PercentKind | None:
    """:func:`percent_kind` of the number, a bracketed rate after a plan made a share of it."""
    folded, q, lead, out, part_start = sen.folded, sp.q, sp.lead, sen.out, sp.part_start
    start, sentence, carry = sen.start, sen.sentence, sen.carry
    money = out[-1] if out and out[-1].clause[0] == part_start and out[-1].q.unit \
        and is_money(out[-1].q.unit.base) else None
    # "612/1.035 hộ theo kế hoạch năm 2022, đạt 59,1%"; "đạt 51,9% kế hoạch;
    # trong đó vốn trong nước …, đạt 60,8%"
    plan_before = (st.plan_head >= 0 and bool(_BREAKDOWN.search(
        folded, st.plan_head, q.start))) or bool(
        out and out[-1].clause[0] == part_start and out[-1].q.form == "progress"
        and folded.find("kế hoạch", out[-1].q.end, q.start) != -1)
    pk = percent_kind(
        folded, q.end, lead, sp.verb, sp.subject, st.indicator, st.share_mode,
        bool(SHARE_SUBJECT_RE.search(folded, st.share_from, q.start)),
        (money.lead, money.indicator) if money else None, ratio,
        sen.counted_rates, lambda at=q.start: on_disbursement(
            sentence[: at - start], carry.indicator.lower()), plan_before)
    if pk is None:
        return None
    if sp.bracket_rate and pk.kind == "rate" and disbursed_share(sp.subject):
        pk = PercentKind("pct_of_plan", plan=True)  # "tỷ lệ giải ngân thấp (37,1%)"
    elif pk.kind == "rate" and _bracket_after_plan(folded, q.start, out, part_start):
        pk = PercentKind("pct_of_plan", plan=True)  # "… như A (68%), B (61%)"
    elif (pk.kind == "rate" and not lead and investor_bracket(folded, part_start, q.start)
          and on_disbursement(sentence[: q.start - start], carry.indicator.lower())):
        pk = PercentKind("pct_of_plan", plan=True)  # "Gồm: UBND huyện A (31,5%)"
    return pk
