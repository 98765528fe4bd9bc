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
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from ktxh.extract import indicators
from ktxh.extract.conjuncts import coordinated_start
from ktxh.extract.count_names import (
    bracket_owner,
    length_name,
    rate_before_bracket,
    verb_tail,
)
from ktxh.extract.numbers import Quantity, find_quantities
from ktxh.extract.percent_kinds import (
    SHARE_SUBJECT_RE,
    PercentKind,
    disbursed_share,
    investor_bracket,
    is_money,
    names_whole,
    on_disbursement,
    percent_kind,
)
from ktxh.extract.quantity_words import (
    ABOUT_AFTER_RE,
    AND_JOINED_RE,
    AND_NAMED_RE,
    AVERAGE_BEFORE_RE,
    AVERAGE_YEARLY_RE,
    BARE_PLAN_RE,
    BASE_RE,
    BENCHMARK_BEFORE_RE,
    CAUSED_END_RE,
    COMPARATIVE_RE,
    COMPARED_AFTER_RE,
    COMPARED_BEFORE_RE,
    DELAY_BASE_RE,
    DELAY_LEAD_RE,
    DELAY_UNITS,
    ESTIMATE_RE,
    EXCESS_BEFORE_RE,
    EXCESS_PLAN_RE,
    FALLING_COMPARATIVES,
    FROM_TAIL_RE,
    GAP_BEFORE_RE,
    GROWTH_RE,
    GROWTH_WORDS_RE,
    HAS_BEFORE_RE,
    LEVEL_AFTER_RE,
    MULTIPLE_BASE_RE,
    ONLY_AVERAGE_RE,
    ONLY_LABEL_RE,
    PER_PEOPLE_LEAD_RE,
    PER_PEOPLE_RE,
    PLAN_BRACKET_RE,
    PLURAL_HAVING_RE,
    PROGRAMME_RE,
    QUALIFIES_COUNT_RE,
    QUALIFIES_NOUN_RE,
    RATIO_AFTER_RE,
    SHORT_QUOTE_RE,
    SPAN_UNITS,
    STARTS_COMPARISON_RE,
    TO_AFTER_RE,
    TO_LEVEL_END_RE,
    TO_LEVEL_RE,
    VERB_RE,
    VERB_TAIL_RE,
    WITH_RE,
    YEARLY_RE,
)
from ktxh.extract.segments import Segments, segment_start
from ktxh.extract.timeframes import PeriodHit, find_period_hits
from ktxh.extract.units import MEASURES, SCALES
from ktxh.extract.wordre import word_start
from ktxh.text.normalize import fold


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


def _parts(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    i = folded.find(";", start, end)
    while i != -1:
        out.append((s, i))
        s = i + 1
        i = folded.find(";", s, end)
    out.append((s, end))
    return [(a, b) for a, b in out if b > a]


WHOLE_COUNTRY_RE = re.compile(word_start("cả nước", "toàn quốc") + r"(?![\w])")


def _bracket_after_plan(folded: str, at: int, out: list[Reading], part_start: int) -> bool:
    """Whether a bracketed per cent at ``at`` goes on a list of bracketed shares of the
    plan ("tỷ lệ giải ngân cao như huyện A (68,2%), huyện B (61,5%)"): each unit's own."""
    if not out or folded[at - 1 : at] != "(":
        return False
    last = out[-1]
    return (last.clause[0] == part_start and last.kind == "pct_of_plan"
            and folded[last.q.start - 1 : last.q.start] == "(")


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    m = None
    for m in matches:  # noqa: B007
        pass
    return m


_SAME_YEAR_AFTER = re.compile(r"\snăm\s((?:19|20)\d\d)(?!\d)")


def _base_of(m: re.Match[str], periods: tuple[PeriodHit, ...] = ()) -> str:
    """The base a comparison names; "previous_year" is resolved against the
    figure's period by the caller, a period ("quý II") is its code."""
    g = m.groupdict()
    if g.get("same") or g.get("same2"):
        # "so với cùng thời điểm năm 2016": that year's (not "cùng kỳ năm 2023", the
        # convention of the seed gold)
        year = _SAME_YEAR_AFTER.match(m.string, m.end()) if m.group().endswith(
            "thời điểm") else None
        return year.group(1) if year else "same_period_last_year"
    if g.get("year"):
        return g["year"]
    if g.get("plan"):
        return "plan"
    if g.get("last"):
        return "previous_year"
    if g.get("period"):
        at = m.start("period")
        hit = next((h for h in periods if at <= h.start <= at + 5), None)
        if hit is not None:
            return hit.code
    return "previous_period"


def _base_match(folded: str, q: Quantity, seg: int, part_end: int) -> re.Match[str] | None:
    """"tăng 5% so với cùng kỳ"; "so với năm trước giảm 7 vụ"."""
    return BASE_RE.search(folded, q.end, part_end) or _last(BASE_RE.finditer(folded, seg, q.start))


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


# where the topic a part opens with ends: "Tai nạn giao thông: …", "Về tai nạn giao thông, …"
_TOPIC_END = re.compile(r"[:,]\s")
_TOPIC_LEAD = re.compile(r"(?:về|tình hình|đối với)\s+", re.I)
# what is said of the topic: "Tình hình tai nạn giao thông | được kiềm chế"
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


# "tàu cá có chiều dài từ 15 m trở lên", "dự án có tổng vốn từ 80 tỷ đồng trở lên": which ones
_NOUN_FROM = re.compile(r"(?<![\w])có\s(?:[^\W\d]+\s){1,4}từ\s$")
# "Đề nghị UBND tỉnh bố trí …", "Kiến nghị Bộ … hỗ trợ …": a request opens the clause
_REQUEST_OPEN = re.compile(r"(?:đề nghị|kiến nghị|đề xuất)\s", re.I)
# nothing more after "bằng 98,2%" of a list item: ";", ",", ".", the end
_BARE_END = re.compile(r"\s*(?:[;,.)]|$)")
_LIST_JOIN = re.compile(r"(?:,|\svà)\s$")
# "đạt 51,9% kế hoạch; trong đó vốn trong nước …": the items of a head measured on its plan
_BREAKDOWN = re.compile(word_start("trong đó", "gồm", "cụ thể") + r"(?![\w])")
# a cumulative opener with no noun of its own: "Tính chung 9 tháng", "Lũy kế từ đầu năm"
_CUMULATIVE_ONLY = re.compile(
    r"(?:tính chung|lũy kế|luỹ kế|cộng dồn|cả năm)(?:\s(?:\d+\s)?tháng(?:\sđầu năm)?"
    r"|\stừ đầu năm)?(?:\s(?:năm\s)?(?:19|20)\d\d)?"
)
# "…, trong đó khoảng 45% là lao động đến từ tỉnh khác": the share of the head that is so
_PART_IS_LEAD = re.compile(r"(?<![\w])trong đó\s(?:(?:khoảng|trên|gần|hơn|dưới|có)\s)?$")
_PART_IS_AFTER = re.compile(r"\slà\s([^,;.()]+)")
# "đã được tiêm ít nhất 1 mũi", "tiêm đủ 2 mũi": which people, not a count of doses
_DOSE_QUALIFIER = re.compile(r"tiêm(?:\s[^\s\d,;]+){0,2}?\s(?:ít nhất|đủ|tối thiểu|từ)\s$")


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
    periods = tuple(find_period_hits(folded, start, end, year=year))
    est_at = [m.start() for m in ESTIMATE_RE.finditer(folded, start, end)]
    sentence = folded[start:end]
    share_mode = False
    share_from = start  # where a share word before may open ("tỷ trọng …")
    growth_mode = carry.growth
    base_mode = carry.base
    ratio_base = carry.ratio
    indicator = carry.indicator
    quote_start = start
    opening = ""  # the verb the last subject was ("Trồng mới 3.050 ha rừng")
    tail_part = -1  # the part whose subject ended with ``opening``, if it did
    plan_head = -1  # where "đạt 51,9% kế hoạch" ends, if the sentence said it
    growth_at = start  # where the growth list began ("bình quân hằng năm tăng 5,9%")
    out: list[Reading] = []
    for part_start, part_end in _parts(folded, start, end):
        segments: Segments | None = None
        seg_seen = -1
        prev_q: Quantity | None = None
        list_verb = ""  # "giảm 6 phòng và tương đương, 2 chi cục": the verb of the list
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
            lead = folded[seg : q.start]
            unit_base = q.unit.base if q.unit else None
            # "Khu vực nông, lâm nghiệp và thủy sản chỉ tăng 1,32%": one subject
            sub_start = coordinated_start(folded, part_start, seg, q.start) if (
                join_lists and seg - 2 > part_start and folded.startswith(", ", seg - 2)
                and (before_q is None or before_q.end <= seg)) else seg
            subject = indicators.subject(text, folded, sub_start, q.start,
                                         keep_average=unit_base not in (None, "%"))
            owned = bracket_rate = False
            if subject and (long := length_name(text, folded, part_start, subject, q.start)):
                subject = long  # "Dự án đường tỉnh 741 (dài 12,4 km)"
            elif not subject and seg > part_start and (
                    named_rate := rate_before_bracket(text, folded, part_start, seg, q.start,
                                                   q.end))[0]:
                subject, sub_start = named_rate  # "tỷ lệ giải ngân thấp (37,1%)"
                bracket_rate = True
            elif not subject and seg > part_start and (
                    owned := bool(owner := bracket_owner(text, folded, part_start, seg))):
                # "Dự án X (tổng mức đầu tư 1.134 tỷ đồng) đạt 62% khối lượng": X's, not
                # the bracket's
                done = indicators.from_unit(text, folded, q) if unit_base == "%" else ""
                subject = f"{done} {owner}" if done else owner
            if subject and q.unit and (q.unit.base in indicators.COUNT_SET or q.unit.open
                                       or q.unit.base in indicators.GENERIC_COUNTS):
                subject = indicators.agent_verb(subject)  # "Các cơ quan ... đã tiếp 2.318 lượt"
            if subject and subject[:1] in "ĐđKk" and _REQUEST_OPEN.match(subject) and (
                    asked := verb_tail(subject)):
                subject = asked  # "Đề nghị UBND tỉnh bố trí 45 tỷ đồng": what is asked for
            elif subject and q.unit and q.unit.base not in (None, "%") and (
                    done := indicators.agent_verb(subject)) != subject and (
                    indicators.object_after(text, folded, q)):
                subject = done  # "Các địa phương đã chuẩn bị 186 tấn đá hộc": what is done
            if subject:
                opening = subject if indicators.is_opening_verb(subject) else ""
                tail_part = -1
                if opening:
                    subject = indicators.of_verb(text, folded, subject, q, indicator)
                else:  # "Công an tỉnh bắt giữ 96 vụ, 158 đối tượng": the verb goes on,
                    opening = verb_tail(subject)  # within its ";" part
                    tail_part = part_start
            elif opening and tail_part in (-1, part_start) and unit_base not in (
                None, "%") and not STARTS_COMPARISON_RE.match(
                folded, seg
            ):  # "trồng được 5.400 ha rừng, 350 ha cây ăn quả": the verb goes on
                subject = indicators.of_verb(text, folded, opening, q, "")
            if subject and unit_base not in (None, "%") and CAUSED_END_RE.search(lead) and (
                    caused := indicators.after_number(text, folded, q)):
                subject = caused  # "Cơn bão số 3 làm 1.246 ha lúa bị ngập úng": what was hit
            first_in_segment = seg != seg_seen
            if first_in_segment:
                compares = bool(STARTS_COMPARISON_RE.match(folded, seg))
                if subject and WHOLE_COUNTRY_RE.search(subject.lower()) and indicator:
                    pass  # "bình quân cả nước là 88,7%": the same indicator, elsewhere
                elif subject and indicator and subject[:1] in "TtLlCc" and (
                        _CUMULATIVE_ONLY.fullmatch(subject.lower())):
                    pass  # "…. Tính chung 9 tháng ước đạt 52.100 tấn": the subject left out
                elif subject and (not compares or not indicator or owned):
                    indicator = subject
                    quote_start = sub_start
                elif not subject and not indicator:
                    before = indicators.subject(text, folded, part_start, seg)
                    indicator = before or indicators.after_number(text, folded, q) or (
                        indicators.from_unit(text, folded, q))
                seg_seen = seg
            if quote_start < part_start:
                quote_start = part_start
            if not first_in_segment and before_q is not None and before_q.end > seg and (
                    folded.startswith(" và ", before_q.end)) and (
                    and_m := AND_NAMED_RE.fullmatch(folded, before_q.end, q.start)) and (
                    name := indicators.subject(text, folded, and_m.start("name"), q.start)):
                # "vay để bù đắp bội chi 85 tỷ đồng và vay để trả nợ gốc 100 tỷ đồng"
                indicator = subject = name
            if indicators.names_what_is_counted(q) and (
                not indicators.names_unit(subject, q) or (
                    PROGRAMME_RE.match(subject.lower()) and HAS_BEFORE_RE.search(lead))
            ):  # "Chương trình mỗi xã một sản phẩm (OCOP) có 186 sản phẩm đạt từ 3 sao"
                counted = indicators.from_unit(text, folded, q)
                if counted and indicators.names_unit(counted, q, only=True):
                    # "42 vụ tai nạn giao thông, giảm 7 vụ": the count named before;
                    # "Tai nạn giao thông xảy ra 48 vụ": the subject
                    named = indicators.counted_by(subject, q) if (
                        sub_start == seg and not compares
                        and (before_q is None or before_q.end <= seg)) else ""
                    if named.startswith("tổng số ") and (earlier := next(
                            (r.indicator for r in reversed(out) if r.q.unit
                             and r.q.unit.base == unit_base), "")).lower().startswith(
                            named[8:].lower()):
                        # "có thêm 28 xã đạt chuẩn nông thôn mới, nâng tổng số lên 358
                        # xã": the total of what the count before names
                        named = f"tổng số {earlier}"
                    counted = named or next((r.indicator for r in reversed(out) if r.q.unit
                                             and r.q.unit.base == unit_base), "") or (
                        indicators.counted_by(_topic(text, folded, part_start, seg), q)
                        if not subject else "") or counted
                indicator = counted or indicator
            elif unit_base == "%" and not subject and not compares and not (
                indicator and names_whole(folded, q.end)
            ):  # not "...; năm 2025 ước chiếm 11,2% GRDP": GRDP is the whole
                indicator = indicators.from_unit(text, folded, q) or indicator
            elif unit_base not in (None, "%") and (not subject or compares) and (
                phrase := indicators.after_number(text, folded, q, generic_only=compares
                                                  or not ONLY_LABEL_RE.fullmatch(lead) or not out)
            ):  # "giảm 4 người chết, tăng 3 người bị thương"; a list "1.142 nhà bị hư hỏng,
                # 3.860 ha lúa và hoa màu bị ngập úng, 187 điểm sạt lở": each names its own
                indicator = phrase
            elif (before_q is not None and before_q.end > seg and unit_base not in (None, "%")
                  and before_q.unit is not None and AND_JOINED_RE.fullmatch(
                      folded, before_q.end, q.start)
                  # "1.150 ha cà phê và 620 ha mắc ca": each names its own thing
                  and (before_q.unit.base != unit_base
                       or indicators.after_number(text, folded, before_q))
                  and (phrase := indicators.of_verb(text, folded, opening, q, "") if opening
                       else indicators.after_number(text, folded, q))
                  and phrase != opening):
                # "thu giữ 2,4 kg ma túy và 1.860 viên hồng phiến": the second thing seized
                indicator = phrase
            if not first_in_segment and before_q is not None and (
                with_m := _last(WITH_RE.finditer(folded, before_q.end, q.start))
            ):  # "6 dự án với tổng vốn trên 1.200 tỷ đồng": a measure of its own
                indicator = indicators.subject(text, folded, with_m.end(), q.start) or indicator
            per_people = PER_PEOPLE_RE.match(folded, q.end, min(part_end, q.end + 50))
            if per_people and q.unit and q.unit.base not in (None, "%"):
                if not first_in_segment or not subject:
                    # "9,8 bác sỹ và 32,5 giường bệnh trên 1 vạn dân": what is counted
                    indicator = indicators.from_unit(text, folded, q) or indicator
                if fold(indicator) == fold(q.unit_text or ""):  # "bác sĩ trên 10.000 dân"
                    indicator = f"{indicator} {text[per_people.start('tail'):per_people.end()]}"
                people = per_people.group("heads") or per_people.group("count")
                q = replace(q, unit_text=f"{q.unit_text}/{people}")
            verb_ms = list(VERB_RE.finditer(lead))
            verb_m = verb_ms[-1] if verb_ms else None
            verb = verb_m.group(1) if verb_m else ""
            if not verb and list_verb and before_q is not None and unit_base not in (
                    None, "%") and (ONLY_LABEL_RE.fullmatch(lead) or before_q.end > seg) and (
                    _shares_verb(folded, before_q.end, max(seg, q.start))):
                verb = list_verb  # "đã giảm 6 phòng và tương đương, 2 chi cục và 4 đơn vị"
            list_verb = verb if verb in ("tăng", "giảm") else ""
            earlier = False
            if verb in ("tăng", "giảm") and verb_m is not None:
                tail = lead[verb_m.end() :]
                if FROM_TAIL_RE.fullmatch(tail) and TO_AFTER_RE.match(folded, q.end, part_end):
                    if not earlier_levels:
                        continue
                    verb, earlier = "là", True  # "giảm từ 17,6% xuống còn ...": the level before
                elif TO_LEVEL_RE.match(tail) or TO_LEVEL_END_RE.search(tail):
                    verb = "đạt"  # "giảm còn 9,85%", "tăng lên 63%": the level reached
                elif not VERB_TAIL_RE.match(tail) and not ONLY_LABEL_RE.fullmatch(
                    lead[: verb_m.start()]
                ):  # "Giảm tỷ lệ hộ nghèo hằng năm 3%" opens with its verb
                    verb = ""  # "tăng khá như xi măng 365 nghìn tấn": not its verb
            value = q.value
            value_max = q.value_max
            growth_here = bool(GROWTH_RE.search(lead)) or bool(q.unit and q.unit.per
                                                                and "năm" in q.unit.per)
            if yearly_is_growth and YEARLY_RE.search(lead):
                growth_here = True
            elif growth_here and not (q.unit and q.unit.per) and COMPARED_AFTER_RE.match(
                    folded, q.end):
                growth_here = False  # "giá thép bình quân tăng 28% so với thời điểm …": the
                # average price changed, no yearly growth
            # "(9 tháng đầu năm 2019 tăng 6,9%)": a period of its own ends the growth list
            own_period = any(seg <= h.start < q.start and not h.is_span and not h.base
                             for h in periods)
            kind = "level"
            base = None
            if (per_people or PER_PEOPLE_LEAD_RE.search(lead) or (
                    q.unit and q.unit.per and q.unit.per.endswith("dân")  # "/1.000 dân"
                    and not AVERAGE_BEFORE_RE.search(lead))
                    ) and q.unit and q.unit.base not in (None, "%"):
                kind = "rate"
            elif (q.unit and q.unit.per and "năm" not in q.unit.per
                  and AVERAGE_BEFORE_RE.search(lead)
                  and q.unit.per.lstrip("/ ") not in MEASURES):  # not "50,2 tạ/ha": a yield
                kind = "rate"  # "bình quân 221 người dân/doanh nghiệp"
                if ONLY_AVERAGE_RE.fullmatch(indicator.lower()):
                    # "bình quân đạt 15,2 tiêu chí/xã" → "số tiêu chí bình quân"
                    what = " ".join(w for w in (q.unit_text or "").split("/")[0].split()
                                    if w.lower() not in SCALES)
                    indicator = f"số {what} {indicator.lower()}"
            elif unit_base == "%" and verb in ("đạt", "là") and AVERAGE_YEARLY_RE.search(lead):
                kind = "growth_avg"  # "GRDP bình quân hằng năm giai đoạn ... đạt 7,76%"
                growth_mode, growth_at = True, q.end
            elif unit_base == "%" and q.unit.per and "năm" in q.unit.per and verb in (
                    "đạt", "là", "") and AVERAGE_BEFORE_RE.search(lead) and (
                    "lãi suất" not in lead):
                kind = "growth_avg"  # "(GRDP, giá so sánh 2010) bình quân ước đạt 6,8%/năm"
                growth_mode, growth_at = True, q.end
            elif q.form in ("progress", "rank"):
                kind = q.form
            elif unit_base == "lần" and not q.unit.per:  # not "02 lần/tuần": how often
                kind = "multiple"
                base_m = MULTIPLE_BASE_RE.match(folded, q.end) or _base_match(
                    folded, q, seg, part_end)
                base = _base_of(base_m, periods) if base_m else None
            elif (cmp_m := COMPARATIVE_RE.search(lead)) and COMPARED_AFTER_RE.match(
                    folded, q.end):  # "thấp hơn 12,4% so với đầu năm": a change on the base
                kind = "change"
                if cmp_m.group("adj") in FALLING_COMPARATIVES:
                    value = -value
                    value_max = -q.value_max if q.value_max is not None else None
                if base_m := _base_match(folded, q, seg, part_end):
                    base = _base_of(base_m, periods)
            elif "hơn" in lead and (before := COMPARED_BEFORE_RE.search(lead)):
                kind = "change"  # "cao hơn vụ trước 3,2 điểm phần trăm"
                base = ("same_period_last_year" if before.group("same") else
                        "previous_year" if before.group("last") else "previous_period")
                if before.group("adj") in FALLING_COMPARATIVES:
                    value = -value
                    value_max = -q.value_max if q.value_max is not None else None
            elif ("hơn" in lead or "báo động" in lead) and (gap := GAP_BEFORE_RE.search(lead)):
                kind, base = "change", text[seg + gap.start("base") : seg + gap.end("base")]
                if (gap.group("adj") or gap.group("adj2")) in FALLING_COMPARATIVES | {"dưới"}:
                    value = -value
                    value_max = -q.value_max if q.value_max is not None else None
            elif EXCESS_BEFORE_RE.search(lead) and EXCESS_PLAN_RE.match(folded, q.end):
                kind, base = "change", "plan"  # "vượt 5,3% so với mục tiêu kế hoạch"
            elif verb in ("tăng", "giảm") or (
                unit_base == "%" and GROWTH_WORDS_RE.search(lead)
            ):
                if verb == "giảm":
                    value = -value
                    value_max = -q.value_max if q.value_max is not None else None
                # "…; năm 2020 … giảm 46,4% so với năm 2019": a year of its own part or a
                # base ends the growth list (growth_avg needs "bình quân")
                growth = growth_here or (growth_mode and unit_base == "%" and not own_period
                                         and not _own_year(periods, max(part_start,
                                                                        growth_at), q.start)
                                         and not BASE_RE.match(folded, q.end + 1))
                if growth_here and unit_base == "%":
                    growth_mode, growth_at = True, q.end
                if growth:
                    kind = "growth_avg"
                else:
                    kind = "change"
                    if base_m := _base_match(folded, q, seg, part_end):
                        base = _base_of(base_m, periods)
                        base_mode = base
                    else:
                        base = base_mode or ("same_period_last_year" if same_period_default
                                             else None)
            elif unit_base == "%" and lead.endswith(("đó ", "khoảng ", "trên ", "gần ", "hơn ",
                                                     "dưới ", "có ")) and _PART_IS_LEAD.search(
                    lead) and (part_is := _PART_IS_AFTER.match(folded, q.end)):
                kind = "share"
                indicator = " ".join(text[part_is.start(1) : part_is.end(1)].split())
            elif unit_base == "%":
                ratio = RATIO_AFTER_RE.match(folded, q.end)
                money = out[-1] if out and out[-1].clause[0] == part_start and out[-1].q.unit \
                    and is_money(out[-1].q.unit.base) else None
                # "612/1.035 hộ theo kế hoạch năm 2022, đạt 59,1%"; "đạt 51,9% kế hoạch;
                # trong đó vốn trong nước …, đạt 60,8%"
                plan_before = (plan_head >= 0 and bool(_BREAKDOWN.search(
                    folded, plan_head, q.start))) or bool(
                    out and out[-1].clause[0] == part_start and out[-1].q.form == "progress"
                    and folded.find("kế hoạch", out[-1].q.end, q.start) != -1)
                pk = percent_kind(
                    folded, q.end, lead, verb, subject, indicator, share_mode,
                    bool(SHARE_SUBJECT_RE.search(folded, share_from, q.start)),
                    (money.lead, money.indicator) if money else None, bool(ratio),
                    counted_rates, lambda at=q.start: on_disbursement(
                        sentence[: at - start], carry.indicator.lower()), plan_before)
                if pk is None:
                    continue  # "vượt 10% dự toán": an excess over the plan, not a level
                if bracket_rate and pk.kind == "rate" and disbursed_share(subject):
                    pk = PercentKind("pct_of_plan", plan=True)  # "tỷ lệ giải ngân thấp (37,1%)"
                elif pk.kind == "rate" and _bracket_after_plan(folded, q.start, out, part_start):
                    pk = PercentKind("pct_of_plan", plan=True)  # "… như A (68%), B (61%)"
                elif (pk.kind == "rate" and not lead and investor_bracket(folded, part_start,
                                                                          q.start)
                      and on_disbursement(sentence[: q.start - start], carry.indicator.lower())):
                    pk = PercentKind("pct_of_plan", plan=True)  # "Gồm: UBND huyện A (31,5%)"
                kind = pk.kind
                share_mode = (share_mode or pk.share_mode) and not pk.ends_shares
                if pk.ends_shares:
                    share_from = q.end
                if pk.plan:
                    base = "plan"
                    if plan_head < 0:  # "đạt 51,9% kế hoạch", "giải ngân …, đạt 35,2%"
                        plan_head = q.end
                elif pk.ratio and ratio:
                    base = _base_of(ratio, periods)  # "bằng 95,2% so với cùng kỳ": 0,952 times
                    ratio_base = base
                elif kind == "rate" and verb == "bằng" and ratio_base and _BARE_END.match(
                        folded, q.end):
                    # "bằng 98,7% so với cùng kỳ, trong đó: lúa 44.210 ha, bằng 98,2%; ...":
                    # the items compare with the base of their head
                    kind, base = "multiple", ratio_base
            last_year = province_bench = False
            if kind == "rate" and out and out[-1].clause[0] == part_start and (
                bench := BENCHMARK_BEFORE_RE.search(folded, max(part_start, q.start - 40), q.start)
            ):  # "đạt 31,5% kế hoạch, thấp hơn bình quân cả nước (33,5%)": the same
                # measure for the whole country, whose name opens the segment before;
                # "đạt 72%, thấp hơn cùng kỳ (85%)": the same measure a year before
                seg = segment_start(folded, part_start, folded.rfind("(", part_start, q.start))
                last_year = not (bench.group("country") or bench.group("province"))
                province_bench = bool(bench.group("province"))
                if out[-1].q.unit and out[-1].q.unit.base == "%":
                    kind, base = out[-1].kind, out[-1].base
            elif out and out[-1].clause[0] == part_start and out[-1].q.unit and q.unit and (
                out[-1].q.unit.base == q.unit.base
            ) and PLAN_BRACKET_RE.search(folded, max(part_start, q.start - 110), q.start):
                # "ước tăng 7,12% (kế hoạch 7,5%), xếp thứ 5/13": the plan of the measure
                # before; the bracket names nothing after it
                kind, base, indicator = out[-1].kind, out[-1].base, out[-1].indicator
            est = carry.estimate or any(p < q.start for p in est_at)
            named = indicator
            if join_lists and kind == "pct_of_plan" and subject == indicator and (
                indicators.is_opening_verb(indicator)
            ) and (
                plan := indicators.from_unit(text, folded, q)
            ) and not BARE_PLAN_RE.fullmatch(plan.lower()):
                # "Hoàn thành 100% chỉ tiêu tuyển quân": the plan names what is done
                named = f"{indicator} {plan}"
            elif kind in ("change", "multiple") and (about := ABOUT_AFTER_RE.match(folded, q.end)):
                # "tăng 6,9% về số doanh nghiệp": what changed is named after it
                named = " ".join(text[about.start(1) : about.end(1)].split())
            if unit_base in SPAN_UNITS and (cut := named.lower().find("thời gian")) > 0:
                # "Sở … đã rút ngắn thời gian chấp thuận … từ 45 ngày xuống còn 28 ngày": the
                # time is what is measured
                named = named[cut:]
            if unit_base in DELAY_UNITS and DELAY_LEAD_RE.search(lead):
                # "chậm 8 tháng so với tiến độ cam kết": the time it lags
                against = DELAY_BASE_RE.match(folded, q.end, part_end)
                named = "thời gian chậm" + (
                    f" so với {text[against.start(1) : against.end(1)]}" if against else "")
            if kind == "rank" and not subject and (
                    first := next((x for x in out if x.clause[0] == part_start), None)):
                named = first.indicator  # "…, 9 giải ba, xếp thứ 6 toàn quốc": what opens
            out.append(Reading(q, kind, value, named, (part_start, part_end), base, est,
                               periods, seg, growth_here, folded[part_start : q.start],
                               value_max, quote_start, earlier, last_year, province_bench))
    new_carry = Carry(indicator=indicator, growth=growth_mode, base=base_mode, ratio=ratio_base,
                      estimate=carry.estimate or bool(est_at))
    return out, new_carry
