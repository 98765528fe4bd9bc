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
from ktxh.extract.numbers import Quantity, find_quantities
from ktxh.extract.timeframes import PeriodHit, find_period_hits
from ktxh.extract.wordre import word_start

# --- language data -----------------------------------------------------------

# ước, ước đạt, ước tính, ước có, dự kiến, dự ước: everything after is estimated
ESTIMATE_RE = re.compile(word_start("ước", "dự kiến", "dự ước", "ước tính") + r"(?![\w])")
# the verb that governs a number: the last one before it in its segment
VERB_RE = re.compile(
    # "bằng" is no verb in "giải phóng mặt bằng đạt 92%"
    "(" + word_start("tăng(?! cường| trưởng)", "giảm(?! nghèo| thiểu| thiếu)", "đạt",
                     "bằng(?<!mặt bằng)",
                     "chiếm", "gấp", "là", "có", "tương đương", "xếp") + r")(?![\w])"
)
# "bình quân hằng năm tăng", "tăng bình quân"; not "bình quân quý I", "bình quân cả nước"
# what may stand between "tăng"/"giảm" and its number
VERB_TAIL_RE = re.compile(
    r"(?:\s*(?:thêm|bình quân|bq|trung bình|hằng năm|hàng năm|mỗi năm|khoảng|trên|gần|hơn|dưới"
    r"|từ|được|đạt|là|mạnh|nhẹ|xấp xỉ|ước|tương ứng|tới|đến|lên|cao|nhanh|tương đương|,|:|\())*\s*$"
)
TO_LEVEL_RE = re.compile(r"\s*(?:còn|lên|xuống|xuống còn|lên mức|lên đến|lên tới)(?![\w])")
GROWTH_RE = re.compile(
    word_start("bình quân", "bq", "trung bình") + r"(?![\w])"
    r"(?!\s(?:quý|tháng|\d+ tháng|cùng kỳ|đầu người|cả nước|của|chung))"
)
YEARLY_RE = re.compile(word_start("hằng năm", "hàng năm", "mỗi năm") + r"(?![\w])")
AVERAGE_YEARLY_RE = re.compile(r"bình quân (?:hằng|hàng|mỗi) năm")
RATE_SUBJECT_RE = re.compile(
    r"^(?:\S+\s){0,3}?(?:tỷ lệ|tỉ lệ|độ che phủ|tỷ suất|lãi suất|nợ xấu|chỉ số giá)"
)
SHARE_SUBJECT_RE = re.compile(word_start("tỷ trọng", "tỉ trọng", "cơ cấu") + r"(?![\w])")
# what a "bằng/đạt X%" is measured against: the plan or budget
PLAN_AFTER_RE = re.compile(r"\s?(?:so với\s)?(?:kế hoạch|kh\b|dự toán|chỉ tiêu|mục tiêu|nhiệm vụ)")
# what a comparison is made with: "so với cùng kỳ", "so với năm 2015", "so với quý II",
# "so với năm trước" (the year before the figure's), "so với kế hoạch"
_BASES = (
    r"(?:bình quân\s)?(?P<same>cùng kỳ|cùng tháng|cùng quý|cùng vụ|cùng thời điểm)"
    r"|(?P<prev>giai đoạn trước|kỳ trước|quý trước|tháng trước)"
    r"|(?P<last>năm trước)|(?:thời điểm\s|vụ\s(?:đông xuân|hè thu|thu đông|xuân|mùa|chiêm"
    r"|thu|đông|hè)\s)?(?:(?:cuối|đầu|hết)\s)?(?:năm\s)?"
    r"(?P<year>(?:19|20)\d\d)"
    r"|(?P<plan>kế hoạch|dự toán)"
    r"|(?P<period>(?:cuối\s|đầu\s|hết\s)?(?:quý|tháng|\d{1,2}\stháng)\s)"
)
BASE_RE = re.compile(rf"(?:so với|so)\s(?:{_BASES})")
# "bằng 95,2% so với cùng kỳ", "đạt 70,8% cùng kỳ": a ratio to the base
RATIO_AFTER_RE = re.compile(
    rf"\s?(?:(?:so với|so)\s(?:{_BASES})|(?:bình quân\s)?(?P<same2>cùng kỳ))"
)
# "gấp 1,5 lần cùng kỳ", "gấp đôi năm 2019": the base right after a multiple
MULTIPLE_BASE_RE = re.compile(
    r"\s?(?:(?:bình quân\s)?(?P<same>cùng kỳ)|(?P<last>năm trước)|năm\s(?P<year>(?:19|20)\d\d))"
)
STARTS_COMPARISON_RE = re.compile(
    r"\s*(?:\(|trong đó\s?:?)?\s*"
    r"(?:bằng|đạt(?=\s[\d,.]+\s?%)|tăng|giảm|chiếm|gấp|tương đương|so với|vượt)"
)
# "... giường bệnh trên 1 vạn dân": a count per head of population
PER_PEOPLE_RE = re.compile(
    r"(?:[^;,]|,(?=\d))*?\s(?:trên|/)\s?(?:1|một)\s((?:vạn|nghìn|ngàn|trăm) dân)"
)
_SEGMENT_BREAK = re.compile(r",\s|\s\(|\)|:\s(?=\D)")
_ONLY_LABEL = re.compile(r"[\s()\d.\-–+•]*")  # what may stand before a verb that opens
_AVERAGE_BEFORE = re.compile(r"bình quân(?: của)?(?: cả nước)?(?: là)?\s*$")
_GROWTH_WORDS = re.compile(r"tốc độ tăng|tăng trưởng")
_EXCESS_BEFORE = re.compile(r"(?<![\w])vượt\s*$")
# "giảm từ 17,6% xuống còn 14,9%", "tăng từ 58% năm 2015 lên 63,5%": the level before
_FROM_TAIL = re.compile(r"\s*từ(?: mức)?\s*")
_TO_AFTER = re.compile(
    r"(?:\s(?:năm\s)?(?:19|20)\d\d)?,?\s(?:xuống còn|xuống mức|xuống|còn|lên mức|lên|đến|tới)\s"
    r"(?=\d)"
)
# "giảm số xã dưới 10 tiêu chí xuống còn 2 xã": the level reached, after the verb's object
_TO_LEVEL_END = re.compile(r"(?<![\w])(?:xuống còn|xuống mức|xuống|còn|lên mức|lên)\s*$")
# A number that qualifies a noun, part of an indicator: "Còn 6 xã đạt dưới 10 tiêu chí",
# "120 hộ có thu nhập trên 100 triệu đồng" (after a count), "giảm số xã dưới 10 tiêu chí
# xuống còn 2 xã" (before the level)
_THRESHOLD = r"(?:dưới|trên|từ|hơn|không quá|tối thiểu|ít nhất)"
# what stands between a count and the threshold that qualifies it: a few words, not a
# new measure ("5 dự án với tổng vốn trên 1.000 tỷ đồng" states the capital)
_QUALIFIES_COUNT = re.compile(
    rf"(?:\s(?!với|tổng|là|bằng|chiếm|tăng|giảm|gồm)[^\s\d,;()]+){{1,6}}?\s{_THRESHOLD}\s"
)
_QUALIFIES_NOUN = re.compile(r"[^\W\d]\s(?:dưới|trên)\s$")
_LEVEL_AFTER = re.compile(r"[^,;()\d]{0,40}?\s(?:xuống còn|còn|xuống|lên mức|lên)\s(?=\d)")
_WITH = re.compile(r"(?<![\w])với\s")
_BENCHMARK_BEFORE = re.compile(
    r"(?:(?P<country>cả nước|toàn quốc)|cùng kỳ(?: năm trước)?)\s?\(\s*$"
)
_WORD_AFTER = re.compile(r"\s\w")
_LETTER_AFTER = re.compile(r"\s[^\W\d_]")


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


@dataclass(slots=True)
class Carry:
    """What a sentence hands on to the next (a "Trong đó" sentence, a footnote)."""

    indicator: str = ""
    growth: bool = False
    base: str | None = None
    estimate: bool = False
    extra: dict[str, object] = field(default_factory=dict)


def _parts(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    i = folded.find(";", start, end)
    while i != -1:
        out.append((s, i))
        s = i + 1
        i = folded.find(";", s, end)
    out.append((s, end))
    return [(a, b) for a, b in out if b > a]


_SHORT_BRACKET = re.compile(
    r"\((?:[^()\d]{1,12}|giá so sánh[^()]{0,10}|gss[^()]{0,10}|giá hiện hành|giá thực tế)\)"
)
WHOLE_COUNTRY_RE = re.compile(word_start("cả nước", "toàn quốc") + r"(?![\w])")


def _segment_start(folded: str, part_start: int, pos: int) -> int:
    """Start of the segment holding ``pos``; a short "(GRDP)" does not cut."""
    best = part_start
    shorts = [m.span() for m in _SHORT_BRACKET.finditer(folded, part_start, pos)]
    for m in _SEGMENT_BREAK.finditer(folded, part_start, pos):
        if any(a - 1 <= m.start() < b for a, b in shorts):
            continue
        best = m.end()
    return best


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    m = None
    for m in matches:  # noqa: B007
        pass
    return m


def _base_of(m: re.Match[str], periods: tuple[PeriodHit, ...] = ()) -> str:
    """The base a comparison names; "previous_year" is resolved against the
    figure's period by the caller, a period ("quý II") is its code."""
    g = m.groupdict()
    if g.get("same") or g.get("same2"):
        return "same_period_last_year"
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
    if prev is not None and prev.end > seg and _QUALIFIES_COUNT.fullmatch(folded, prev.end,
                                                                         q.start):
        return True
    return bool(folded.endswith(("dưới ", "trên "), seg, q.start)
                and _QUALIFIES_NOUN.search(folded, max(seg, q.start - 8), q.start)
                and _LEVEL_AFTER.match(folded, q.end, part_end))


def read_sentence(
    text: str, folded: str, start: int, end: int, *, year: int | None = None,
    carry: Carry | None = None, same_period_default: bool = False,
    yearly_is_growth: bool = False, earlier_levels: bool = False,
) -> tuple[list[Reading], Carry]:
    """Read every quantity of the sentence ``[start, end)``.

    ``carry`` comes from the sentence this one continues ("Trong đó: ...");
    ``same_period_default`` makes a bare "tăng 5%" a change on the same
    period of last year (quarterly and annual reports); ``yearly_is_growth``
    reads "hằng năm tăng 5%" as average growth (in reports; in plans
    "giảm hằng năm 3%" is a yearly change); ``earlier_levels`` reads the
    level before in "giảm từ 17,6% xuống còn 14,9%" (else it is skipped).
    """
    carry = carry or Carry()
    quantities = find_quantities(text, folded, start, end)
    periods = tuple(find_period_hits(folded, start, end, year=year))
    if not quantities:
        return [], carry
    est_at = [m.start() for m in ESTIMATE_RE.finditer(folded, start, end)]
    sentence = folded[start:end]
    share_mode = False
    growth_mode = carry.growth
    base_mode = carry.base
    indicator = carry.indicator
    quote_start = start
    opening = ""  # the verb the last subject was ("Trồng mới 3.050 ha rừng")
    out: list[Reading] = []
    for part_start, part_end in _parts(folded, start, end):
        seg_seen = -1
        prev_q: Quantity | None = None
        for q in quantities:
            if not part_start <= q.start < part_end:
                continue
            seg = _segment_start(folded, part_start, q.start)
            qualifies = ((prev_q is not None and prev_q.end > seg)
                         or folded.endswith(("dưới ", "trên "), seg, q.start)) and _qualifies(
                folded, q, prev_q, seg, part_end)
            before_q, prev_q = prev_q, q
            if qualifies:
                continue
            lead = folded[seg : q.start]
            unit_base = q.unit.base if q.unit else None
            subject = indicators.subject(text, folded, seg, q.start,
                                         keep_average=unit_base not in (None, "%"))
            if subject:
                opening = subject if indicators.is_opening_verb(subject) else ""
                if opening:
                    subject = indicators.of_verb(text, folded, subject, q, indicator)
            elif opening and unit_base not in (None, "%") and not STARTS_COMPARISON_RE.match(
                folded, seg
            ):  # "trồng được 5.400 ha rừng, 350 ha cây ăn quả": the verb goes on
                subject = indicators.of_verb(text, folded, opening, q, "")
            first_in_segment = seg != seg_seen
            if first_in_segment:
                compares = bool(STARTS_COMPARISON_RE.match(folded, seg))
                if subject and WHOLE_COUNTRY_RE.search(subject.lower()) and indicator:
                    pass  # "bình quân cả nước là 88,7%": the same indicator, elsewhere
                elif subject and (not compares or not indicator):
                    indicator = subject
                    quote_start = seg
                elif not subject and not indicator:
                    before = indicators.subject(text, folded, part_start, seg)
                    indicator = before or indicators.from_unit(text, folded, q)
                seg_seen = seg
            if quote_start < part_start:
                quote_start = part_start
            if indicators.names_what_is_counted(q) and not indicators.names_unit(subject, q):
                counted = indicators.from_unit(text, folded, q)
                if counted and indicators.names_unit(counted, q, only=True):
                    # "42 vụ tai nạn giao thông, giảm 7 vụ": the count named before
                    counted = next((r.indicator for r in reversed(out) if r.q.unit
                                    and r.q.unit.base == unit_base), counted)
                indicator = counted or indicator
            elif unit_base == "%" and not subject and not compares:
                indicator = indicators.from_unit(text, folded, q) or indicator
            if not first_in_segment and before_q is not None and (
                with_m := _last(_WITH.finditer(folded, before_q.end, q.start))
            ):  # "6 dự án với tổng vốn trên 1.200 tỷ đồng": a measure of its own
                indicator = indicators.subject(text, folded, with_m.end(), q.start) or indicator
            after = folded[q.end : min(part_end, q.end + 40)]
            per_people = PER_PEOPLE_RE.match(folded, q.end, min(part_end, q.end + 50))
            if per_people and q.unit and q.unit.base not in (None, "%"):
                if not first_in_segment or not subject:
                    # "9,8 bác sỹ và 32,5 giường bệnh trên 1 vạn dân": what is counted
                    indicator = indicators.from_unit(text, folded, q) or indicator
                q = replace(q, unit_text=f"{q.unit_text}/{per_people.group(1)}")
            verb_ms = list(VERB_RE.finditer(lead))
            verb_m = verb_ms[-1] if verb_ms else None
            verb = verb_m.group(1) if verb_m else ""
            earlier = False
            if verb in ("tăng", "giảm") and verb_m is not None:
                tail = lead[verb_m.end() :]
                if _FROM_TAIL.fullmatch(tail) and _TO_AFTER.match(folded, q.end, part_end):
                    if not earlier_levels:
                        continue
                    verb, earlier = "là", True  # "giảm từ 17,6% xuống còn ...": the level before
                elif TO_LEVEL_RE.match(tail) or _TO_LEVEL_END.search(tail):
                    verb = "đạt"  # "giảm còn 9,85%", "tăng lên 63%": the level reached
                elif not VERB_TAIL_RE.match(tail) and not _ONLY_LABEL.fullmatch(
                    lead[: verb_m.start()]
                ):  # "Giảm tỷ lệ hộ nghèo hằng năm 3%" opens with its verb
                    verb = ""  # "tăng khá như xi măng 365 nghìn tấn": not its verb
            value = q.value
            value_max = q.value_max
            growth_here = bool(GROWTH_RE.search(lead)) or bool(q.unit and q.unit.per
                                                                and "năm" in q.unit.per)
            if yearly_is_growth and YEARLY_RE.search(lead):
                growth_here = True
            # "(9 tháng đầu năm 2019 tăng 6,9%)": a period of its own ends the growth list
            own_period = any(seg <= h.start < q.start and not h.is_span and not h.base
                             for h in periods)
            kind = "level"
            base = None
            if per_people and q.unit and q.unit.base not in (None, "%"):
                kind = "rate"
            elif (q.unit and q.unit.per and "năm" not in q.unit.per
                  and _AVERAGE_BEFORE.search(lead)):
                kind = "rate"  # "bình quân 221 người dân/doanh nghiệp"
            elif unit_base == "%" and verb in ("đạt", "là") and AVERAGE_YEARLY_RE.search(lead):
                kind = "growth_avg"  # "GRDP bình quân hằng năm giai đoạn ... đạt 7,76%"
                growth_mode = True
            elif q.form in ("progress", "rank"):
                kind = q.form
            elif unit_base == "lần":
                kind = "multiple"
                base_m = MULTIPLE_BASE_RE.match(folded, q.end) or _base_match(
                    folded, q, seg, part_end)
                base = _base_of(base_m, periods) if base_m else None
            elif verb in ("tăng", "giảm") or (
                unit_base == "%" and _GROWTH_WORDS.search(lead)
            ):
                if verb == "giảm":
                    value = -value
                    value_max = -q.value_max if q.value_max is not None else None
                growth = growth_here or (growth_mode and unit_base == "%" and not own_period)
                if growth_here and unit_base == "%":
                    growth_mode = True
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
            elif unit_base == "%":
                if verb in ("đạt", "bằng") and PLAN_AFTER_RE.match(folded, q.end):
                    kind, base = "pct_of_plan", "plan"
                elif verb in ("đạt", "bằng", "tương đương") and (
                    ratio := RATIO_AFTER_RE.match(folded, q.end)
                ):
                    kind = "multiple"  # "bằng 95,2% so với cùng kỳ": 0,952 times the base
                    base = _base_of(ratio, periods)
                elif _EXCESS_BEFORE.search(lead):
                    continue  # "vượt 10% dự toán": an excess over the plan, not a level
                elif verb == "chiếm":
                    share_mode = True
                    kind = "rate" if (RATE_SUBJECT_RE.search(indicator.lower())
                                      and not _WORD_AFTER.match(after)) else "share"
                elif share_mode or SHARE_SUBJECT_RE.search(sentence[: q.start - start]):
                    kind = "share"
                elif (not verb and subject and not RATE_SUBJECT_RE.search(subject.lower())
                      and _LETTER_AFTER.match(after)
                      and not lead.rstrip().endswith(("cho", "được"))):
                    kind = "share"  # "vốn dự phòng 10% kế hoạch đầu tư công"
                else:
                    kind = "rate"
            last_year = False
            if kind == "rate" and out and out[-1].clause[0] == part_start and (
                bench := _BENCHMARK_BEFORE.search(folded, max(part_start, q.start - 24), q.start)
            ):  # "đạt 31,5% kế hoạch, thấp hơn bình quân cả nước (33,5%)": the same
                # measure for the whole country, whose name opens the segment before;
                # "đạt 72%, thấp hơn cùng kỳ (85%)": the same measure a year before
                seg = _segment_start(folded, part_start, folded.rfind("(", part_start, q.start))
                last_year = not bench.group("country")
                if out[-1].q.unit and out[-1].q.unit.base == "%":
                    kind, base = out[-1].kind, out[-1].base
            est = carry.estimate or any(p < q.start for p in est_at)
            out.append(Reading(q, kind, value, indicator, (part_start, part_end), base, est,
                               periods, seg, growth_here, folded[part_start : q.start],
                               value_max, quote_start, earlier, last_year))
    new_carry = Carry(indicator=indicator, growth=growth_mode, base=base_mode,
                      estimate=carry.estimate or bool(est_at))
    return out, new_carry
