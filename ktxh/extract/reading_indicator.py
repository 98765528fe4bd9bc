"""The indicator of a quantity: the subject of its segment, or what its unit,
the words after it or the segment before name; it carries over the quantities
of a sentence ("Tổng diện tích gieo trồng ước đạt 23.134 ha, bằng 22,58% kế
hoạch, tăng 2% so với cùng kỳ" gives three figures of one indicator).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ktxh.extract import indicator_after, indicators
from ktxh.extract.percent_kinds import names_whole
from ktxh.extract.quantity_words import (
    AND_JOINED_RE,
    AND_NAMED_RE,
    HAS_BEFORE_RE,
    ONLY_LABEL_RE,
    PER_PEOPLE_RE,
    PLACES_THEN_RATE_RE,
    PROGRAMME_RE,
    RATE_HEAD_RE,
    STARTS_COMPARISON_RE,
    WITH_RE,
)
from ktxh.extract.reading_bases import last_match
from ktxh.extract.reading_state import Running, Sentence, Spot
from ktxh.extract.wordre import word_start
from ktxh.text.normalize import fold

WHOLE_COUNTRY_RE = re.compile(word_start("cả nước", "toàn quốc") + r"(?![\w])")
# a cumulative opener with no noun of its own: "Tính chung 9 tháng", "Lũy kế từ đầu năm"
_CUMULATIVE_ONLY = re.compile(
    r"(?:tính chung|lũy kế|luỹ kế|cộng dồn|cả năm)(?:\s(?:\d+\s)?tháng(?:\sđầu năm)?"
    r"|\stừ đầu năm)?(?:\s(?:năm\s)?(?:19|20)\d\d)?"
)
# where the topic a part opens with ends: "Tai nạn giao thông: …", "Về tai nạn giao thông, …"
_TOPIC_END = re.compile(r"[:,]\s")
_TOPIC_LEAD = re.compile(r"(?:về|tình hình|đối với)\s+", re.I)
# what is said of the topic: "Tình hình tai nạn giao thông | được kiềm chế"
# a clause set against the one before: "…, song trên địa bàn huyện X còn | 12,8 ha đất lúa":
# what it counts is named after the number, not carried from before
_CONTRAST_OPEN = re.compile(r"[\s,;]*(?:song|nhưng)\s")
# "tỷ lệ hộ nghèo cuối [năm 2025]": a time word whose year was taken off
_DANGLING_TIME = re.compile(r"\s(?:cuối|đầu|giữa)$")
_TOPIC_SAID = re.compile(r"\s(?:được|đã|tiếp tục|cơ bản|có|diễn biến|vẫn|còn)(?![\w]).*$", re.I)


def _topic(text: str, folded: str, part_start: int, seg: int) -> str:
    """What the part opening at ``part_start`` is about, before the segment ``seg`` of a
    bare count ("Tai nạn giao thông: xảy ra 12 vụ" → "Tai nạn giao thông"); "" if none."""
    m = _TOPIC_END.search(folded, part_start, seg)
    if m is None or any(c.isdigit() for c in folded[part_start : m.start()]):
        return ""
    s = indicators.subject(text, folded, part_start, m.start())
    lead = _TOPIC_LEAD.match(s)
    if lead is None and m.group()[0] != ":":
        return ""  # a topic is set apart by a colon or opened by "Về", "Tình hình"
    s = _TOPIC_SAID.sub("", s[lead.end() :] if lead else s).strip()
    return s if 0 < len(s.split()) <= 6 else ""


def read_indicator(sen: Sentence, st: Running, sp: Spot) -> None:
    """Update ``st.indicator`` for the quantity of ``sp`` (and ``sp.q`` "/1.000 dân")."""
    _segment_indicator(sen, st, sp)
    _named_by_number(sen, st, sp)
    q, before_q = sp.q, sp.before_q
    if not sp.first_in_segment and before_q is not None and (
        with_m := last_match(WITH_RE.finditer(sen.folded, before_q.end, q.start))
    ):  # "6 dự án với tổng vốn trên 1.200 tỷ đồng": a measure of its own
        st.indicator = indicators.subject(sen.text, sen.folded, with_m.end(), q.start) or (
            st.indicator)
    _per_people(sen, st, sp)
    if sp.unit_base == "%":
        _rate_after_places(sen, st, sp)


def _segment_indicator(sen: Sentence, st: Running, sp: Spot) -> None:
    """The subject of a segment's first quantity names the indicator; an "và" names anew."""
    text, folded, q, seg, subject = sen.text, sen.folded, sp.q, sp.seg, sp.subject
    sp.first_in_segment = seg != st.seg_seen
    if sp.first_in_segment:
        st.compares = bool(STARTS_COMPARISON_RE.match(folded, seg))
        if subject and WHOLE_COUNTRY_RE.search(subject.lower()) and st.indicator:
            pass  # "bình quân cả nước là 88,7%": the same indicator, elsewhere
        elif subject and st.indicator and subject[:1] in "TtLlCc" and (
                _CUMULATIVE_ONLY.fullmatch(subject.lower())):
            pass  # "…. Tính chung 9 tháng ước đạt 52.100 tấn": the subject left out
        elif subject and st.indicator and subject[:4].lower() == "của " and (
                not st.compares) and (own := _owner_dropped(st.indicator)):
            # "…của tỉnh A (cũ) đạt 7,6%/năm, | của tỉnh B (cũ) đạt 6,4%/năm": the same one
            st.indicator, sp.elided = own, True
        elif subject and (not st.compares or not st.indicator or sp.owned):
            st.indicator = subject
            st.quote_start = sp.sub_start
        elif not subject and not st.indicator:
            before = indicators.subject(text, folded, sp.part_start, seg)
            st.indicator = before or indicator_after.after_number(text, folded, q) or (
                indicator_after.from_unit(text, folded, q))
        st.seg_seen = seg
    if st.quote_start < sp.part_start:
        st.quote_start = sp.part_start
    before_q = sp.before_q
    if not sp.first_in_segment and before_q is not None and before_q.end > seg and (
            folded.startswith(" và ", before_q.end)) and (
            and_m := AND_NAMED_RE.fullmatch(folded, before_q.end, q.start)) and (
            name := indicators.subject(text, folded, and_m.start("name"), q.start)):
        # "vay để bù đắp bội chi 85 tỷ đồng và vay để trả nợ gốc 100 tỷ đồng"
        st.indicator = sp.subject = name


def _rate_after_places(sen: Sentence, st: Running, sp: Spot) -> None:
    """A rate named after the places it is of: "Riêng các xã thuộc huyện X tỷ lệ hộ nghèo
    còn 25%", "Riêng 4 xã biên giới thuộc huyện X (cũ) tỷ lệ hộ nghèo cuối năm 2025 còn 40%"
    → "tỷ lệ hộ nghèo", not the places."""
    before_q, q, folded = sp.before_q, sp.q, sen.folded
    if before_q is not None and not sp.first_in_segment and before_q.unit is not None and (
            before_q.unit.base != "%") and (head := RATE_HEAD_RE.search(
                folded, before_q.end, q.start)) and not any(
            c in ",;:" for c in folded[before_q.end : head.start()]):
        named = indicators.subject(sen.text, folded, head.start(), q.start)
    elif places := PLACES_THEN_RATE_RE.match(st.indicator.lower()):
        named = st.indicator[places.end() :]
    else:
        return
    st.indicator = _DANGLING_TIME.sub("", named) or st.indicator


def _owner_dropped(indicator: str) -> str:
    """The indicator before its last "của …" owner ("tốc độ tăng GRDP bình quân của tỉnh A
    (cũ)" → "tốc độ tăng GRDP bình quân"): what a parallel clause "của tỉnh B (cũ) ước đạt
    6,4%/năm" leaves out; "" where it names no owner."""
    cut = indicator.lower().rfind(" của ")
    return indicator[:cut].rstrip(" ,") if cut > 0 else ""


def _named_by_number(sen: Sentence, st: Running, sp: Spot) -> None:
    """What the unit or the words after the number name, where the subject does not."""
    text, folded, q, seg, subject = sen.text, sen.folded, sp.q, sp.seg, sp.subject
    unit_base, before_q, lead, compares = sp.unit_base, sp.before_q, sp.lead, st.compares
    if indicator_after.names_what_is_counted(q) and (
        not indicator_after.names_unit(subject, q) or (
            PROGRAMME_RE.match(subject.lower()) and HAS_BEFORE_RE.search(lead))
    ):  # "Chương trình mỗi xã một sản phẩm (OCOP) có 186 sản phẩm đạt từ 3 sao"
        counted = indicator_after.from_unit(text, folded, q)
        if counted and indicator_after.names_unit(counted, q, only=True):
            counted = _counted(sen, sp, counted, compares)
        st.indicator = counted or st.indicator
    elif unit_base == "%" and not subject and not compares and not (
        st.indicator and names_whole(folded, q.end)
    ):  # not "...; năm 2025 ước chiếm 11,2% GRDP": GRDP is the whole
        st.indicator = indicator_after.from_unit(text, folded, q) or st.indicator
    elif unit_base not in (None, "%") and (not subject or compares) and (
        phrase := indicator_after.after_number(text, folded, q, generic_only=compares or not (
            ONLY_LABEL_RE.fullmatch(lead) or (not subject and _CONTRAST_OPEN.match(lead.lower())))
                                          or not sen.out)
    ):  # "giảm 4 người chết, tăng 3 người bị thương"; a list "1.142 nhà bị hư hỏng,
        # 3.860 ha lúa và hoa màu bị ngập úng, 187 điểm sạt lở": each names its own
        st.indicator = phrase
    elif (before_q is not None and before_q.end > seg and unit_base not in (None, "%")
          and before_q.unit is not None and AND_JOINED_RE.fullmatch(
              folded, before_q.end, q.start)
          # "1.150 ha cà phê và 620 ha mắc ca": each names its own thing
          and (before_q.unit.base != unit_base
               or indicator_after.after_number(text, folded, before_q))
          and (phrase := indicator_after.of_verb(text, folded, st.opening, q, "") if st.opening
               else indicator_after.after_number(text, folded, q))
          and phrase != st.opening):
        # "thu giữ 2,4 kg ma túy và 1.860 viên hồng phiến": the second thing seized
        st.indicator = phrase


def _counted(sen: Sentence, sp: Spot, counted: str, compares: bool) -> str:
    """The name of a count whose unit names what is counted ("42 vụ tai nạn")."""
    q, unit_base, out = sp.q, sp.unit_base, sen.out
    # "42 vụ tai nạn giao thông, giảm 7 vụ": the count named before;
    # "Tai nạn giao thông xảy ra 48 vụ": the subject
    named = indicator_after.counted_by(sp.subject, q) if (
        sp.sub_start == sp.seg and not compares
        and (sp.before_q is None or sp.before_q.end <= sp.seg)) else ""
    if named.startswith("tổng số ") and (earlier := next(
            (r.indicator for r in reversed(out) if r.q.unit
             and r.q.unit.base == unit_base), "")).lower().startswith(
            named[8:].lower()):
        # "có thêm 28 xã đạt chuẩn nông thôn mới, nâng tổng số lên 358
        # xã": the total of what the count before names
        named = f"tổng số {earlier}"
    return named or next((r.indicator for r in reversed(out) if r.q.unit
                          and r.q.unit.base == unit_base), "") or (
        indicator_after.counted_by(_topic(sen.text, sen.folded, sp.part_start, sp.seg), q)
        if not sp.subject else "") or counted


def _per_people(sen: Sentence, st: Running, sp: Spot) -> None:
    """"9,8 bác sỹ và 32,5 giường bệnh trên 1 vạn dân": a count per people."""
    q = sp.q
    end = min(sp.part_end, q.end + 50)
    # every match holds " dân" ("trên 1 vạn dân", "/10.000 dân")
    sp.per_people = per_people = PER_PEOPLE_RE.match(sen.folded, q.end, end) if (
        sen.folded.find(" dân", q.end, end) != -1) else None
    if per_people and q.unit and q.unit.base not in (None, "%"):
        if not sp.first_in_segment or not sp.subject:
            # "9,8 bác sỹ và 32,5 giường bệnh trên 1 vạn dân": what is counted
            st.indicator = indicator_after.from_unit(sen.text, sen.folded, q) or st.indicator
        if fold(st.indicator) == fold(q.unit_text or ""):  # "bác sĩ trên 10.000 dân"
            st.indicator = (f"{st.indicator} "
                            f"{sen.text[per_people.start('tail'):per_people.end()]}")
        people = per_people.group("heads") or per_people.group("count")
        sp.q = replace(q, unit_text=f"{q.unit_text}/{people}")
