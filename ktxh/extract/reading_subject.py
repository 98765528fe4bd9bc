"""The subject of a quantity: the words before it in its segment, or in the
segment before ("Khu vực nông, lâm nghiệp và thủy sản chỉ tăng 1,32%"), and the
opening verb that goes on over a list ("trồng được 5.400 ha rừng, 350 ha cây ăn quả").
"""

from __future__ import annotations

import re

from ktxh.extract import indicator_after, indicators
from ktxh.extract.conjuncts import coordinated_start
from ktxh.extract.count_names import (
    bracket_owner,
    length_name,
    rate_before_bracket,
    verb_tail,
)
from ktxh.extract.quantity_words import CAUSED_END_RE, STARTS_COMPARISON_RE
from ktxh.extract.reading_state import Running, Sentence, Spot

# "Đề nghị UBND tỉnh bố trí …", "Kiến nghị Bộ … hỗ trợ …": a request opens the clause
_REQUEST_OPEN = re.compile(r"(?:đề nghị|kiến nghị|đề xuất)\s", re.I)


def read_subject(sen: Sentence, st: Running, sp: Spot) -> None:
    """Set ``sp.subject`` (and where it starts) and the opening verb that goes on."""
    _own_subject(sen, sp)
    _going_verb(sen, st, sp)
    text, folded, q = sen.text, sen.folded, sp.q
    if sp.subject and sp.unit_base not in (None, "%") and CAUSED_END_RE.search(sp.lead) and (
            caused := indicator_after.after_number(text, folded, q)):
        sp.subject = caused  # "Cơn bão số 3 làm 1.246 ha lúa bị ngập úng": what was hit


def _own_subject(sen: Sentence, sp: Spot) -> None:
    """The words before the number, or the name a bracket before it belongs to."""
    text, folded, q, seg, part_start = sen.text, sen.folded, sp.q, sp.seg, sp.part_start
    unit_base, before_q = sp.unit_base, sp.before_q
    # "Khu vực nông, lâm nghiệp và thủy sản chỉ tăng 1,32%": one subject
    sub_start = coordinated_start(folded, part_start, seg, q.start) if (
        sen.join_lists and seg - 2 > part_start and folded.startswith(", ", seg - 2)
        and (before_q is None or before_q.end <= seg)) else seg
    subject = indicators.subject(text, folded, sub_start, q.start,
                                 keep_average=unit_base not in (None, "%"))
    if subject and (long := length_name(text, folded, part_start, subject, q.start)):
        subject = long  # "Dự án đường tỉnh 741 (dài 12,4 km)"
    elif not subject and seg > part_start and (
            named_rate := rate_before_bracket(text, folded, part_start, seg, q.start,
                                           q.end))[0]:
        subject, sub_start = named_rate  # "tỷ lệ giải ngân thấp (37,1%)"
        sp.bracket_rate = True
    elif not subject and seg > part_start and (
            owned := bool(owner := bracket_owner(text, folded, part_start, seg))):
        # "Dự án X (tổng mức đầu tư 1.134 tỷ đồng) đạt 62% khối lượng": X's, not
        # the bracket's
        sp.owned = owned
        done = indicator_after.from_unit(text, folded, q) if unit_base == "%" else ""
        subject = f"{done} {owner}" if done else owner
    if subject and q.unit and (q.unit.base in indicator_after.COUNT_SET or q.unit.open
                               or q.unit.base in indicator_after.GENERIC_COUNTS):
        subject = indicator_after.agent_verb(subject)  # "Các cơ quan ... đã tiếp 2.318 lượt"
    if subject and subject[:1] in "ĐđKk" and _REQUEST_OPEN.match(subject) and (
            asked := verb_tail(subject)):
        subject = asked  # "Đề nghị UBND tỉnh bố trí 45 tỷ đồng": what is asked for
    elif subject and q.unit and q.unit.base not in (None, "%") and (
            done := indicator_after.agent_verb(subject)) != subject and (
            indicator_after.object_after(text, folded, q)):
        subject = done  # "Các địa phương đã chuẩn bị 186 tấn đá hộc": what is done
    sp.subject, sp.sub_start = subject, sub_start


def _going_verb(sen: Sentence, st: Running, sp: Spot) -> None:
    """Keep the verb a subject opens with for the counts after it, or name one by it."""
    subject, q = sp.subject, sp.q
    if subject:
        st.opening = subject if indicators.is_opening_verb(subject) else ""
        st.tail_part = -1
        if st.opening:
            sp.subject = indicator_after.of_verb(sen.text, sen.folded, subject, q, st.indicator)
        else:  # "Công an tỉnh bắt giữ 96 vụ, 158 đối tượng": the verb goes on,
            st.opening = verb_tail(subject)  # within its ";" part
            st.tail_part = sp.part_start
    elif st.opening and st.tail_part in (-1, sp.part_start) and sp.unit_base not in (
        None, "%") and not STARTS_COMPARISON_RE.match(
        sen.folded, sp.seg
    ):  # "trồng được 5.400 ha rừng, 350 ha cây ăn quả": the verb goes on
        sp.subject = indicator_after.of_verb(sen.text, sen.folded, st.opening, q, "")
