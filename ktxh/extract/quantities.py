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
SAME_PERIOD_AFTER_RE = re.compile(r"\s?(?:so với\s|so\s)?(?:bình quân\s)?cùng kỳ")
BASE_RE = re.compile(
    r"(?:so với|so)\s(?:(?:bình quân\s)?(?P<same>cùng kỳ)|(?P<prev>giai đoạn trước|năm trước)"
    r"|(?:năm\s)?(?P<year>(?:19|20)\d\d)|(?P<plan>kế hoạch|dự toán))"
)
STARTS_COMPARISON_RE = re.compile(
    r"\s*(?:\(|trong đó\s?:?)?\s*"
    r"(?:bằng|đạt(?=\s[\d,.]+\s?%)|tăng|giảm|chiếm|gấp|tương đương|so với)"
)
# "... giường bệnh trên 1 vạn dân": a count per head of population
PER_PEOPLE_RE = re.compile(
    r"(?:[^;,]|,(?=\d))*?\s(?:trên|/)\s?(?:1|một)\s((?:vạn|nghìn|ngàn|trăm) dân)"
)
# "Số bác sĩ trên 10.000 dân đạt 16,5 bác sĩ": the ratio named before the number
PER_PEOPLE_LEAD_RE = re.compile(
    r"(?<![\w])(?:trên|/)\s?(?:(?:1|một)\s(?:vạn|nghìn|ngàn|trăm)|10\.000|100\.000|1\.000)"
    r"\s(?:dân|người dân)(?![\w])"
)
_SEGMENT_BREAK = re.compile(r",\s|\s\(|\)|:\s(?=\D)")
_ONLY_LABEL = re.compile(r"[\s()\d.\-–+•]*")  # what may stand before a verb that opens
_AVERAGE_BEFORE = re.compile(r"bình quân(?: của)?(?: cả nước)?(?: là)?\s*$")
# not "đóng góp của TFP vào tăng trưởng kinh tế đạt trên 55%" (a share)
_GROWTH_WORDS = re.compile(r"tốc độ tăng|(?<!vào )tăng trưởng")
_EXCESS_BEFORE = re.compile(r"(?<![\w])vượt\s*$")
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


_SHORT_BRACKET = re.compile(r"\((?:[^()\d]{1,12}|giá so sánh[^()]{0,10}|gss[^()]{0,10})\)")
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


def _base_of(m: re.Match[str]) -> str:
    if m.group("same"):
        return "same_period_last_year"
    if m.group("year"):
        return m.group("year")
    if m.group("plan"):
        return "plan"
    return "previous_period"


def read_sentence(
    text: str, folded: str, start: int, end: int, *, year: int | None = None,
    carry: Carry | None = None, same_period_default: bool = False,
    yearly_is_growth: bool = False,
) -> tuple[list[Reading], Carry]:
    """Read every quantity of the sentence ``[start, end)``.

    ``carry`` comes from the sentence this one continues ("Trong đó: ...");
    ``same_period_default`` makes a bare "tăng 5%" a change on the same
    period of last year (quarterly and annual reports); ``yearly_is_growth``
    reads "hằng năm tăng 5%" as average growth (in reports; in plans
    "giảm hằng năm 3%" is a yearly change).
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
    out: list[Reading] = []
    for part_start, part_end in _parts(folded, start, end):
        seg_seen = -1
        for q in quantities:
            if not part_start <= q.start < part_end:
                continue
            seg = _segment_start(folded, part_start, q.start)
            lead = folded[seg : q.start]
            subject = indicators.subject(text, folded, seg, q.start)
            if seg != seg_seen:
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
            if (indicators.names_what_is_counted(q)
                    and not (subject and q.unit_text and q.unit_text.lower() in subject.lower())
                    ) or (q.unit and q.unit.base == "%" and not subject and not compares):
                indicator = indicators.from_unit(text, folded, q) or indicator
            after = folded[q.end : min(part_end, q.end + 40)]
            per_people = PER_PEOPLE_RE.match(folded, q.end, min(part_end, q.end + 50))
            if per_people and q.unit and q.unit.base not in (None, "%"):
                q = replace(q, unit_text=f"{q.unit_text}/{per_people.group(1)}")
            base_m = BASE_RE.search(after) or BASE_RE.search(folded, q.end, part_end)
            verb_ms = list(VERB_RE.finditer(lead))
            verb_m = verb_ms[-1] if verb_ms else None
            verb = verb_m.group(1) if verb_m else ""
            if verb in ("tăng", "giảm") and verb_m is not None:
                tail = lead[verb_m.end() :]
                if TO_LEVEL_RE.match(tail):
                    verb = "đạt"  # "giảm còn 9,85%", "tăng lên 63%": the level reached
                elif not VERB_TAIL_RE.match(tail) and not _ONLY_LABEL.fullmatch(
                    lead[: verb_m.start()]
                ):  # "Giảm tỷ lệ hộ nghèo hằng năm 3%" opens with its verb
                    verb = ""  # "tăng khá như xi măng 365 nghìn tấn": not its verb
            unit_base = q.unit.base if q.unit else None
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
            if (per_people or PER_PEOPLE_LEAD_RE.search(lead)) and q.unit and q.unit.base not in (
                    None, "%"):
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
                base = _base_of(base_m) if base_m else None
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
                    if base_m:
                        base = _base_of(base_m)
                        base_mode = base
                    else:
                        base = base_mode or ("same_period_last_year" if same_period_default
                                             else None)
            elif unit_base == "%":
                if verb in ("đạt", "bằng") and PLAN_AFTER_RE.match(folded, q.end):
                    kind, base = "pct_of_plan", "plan"
                elif verb in ("đạt", "bằng") and SAME_PERIOD_AFTER_RE.match(folded, q.end):
                    continue  # "đạt 70,8% cùng kỳ": a multiple nobody agrees on
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
            est = carry.estimate or any(p < q.start for p in est_at)
            out.append(Reading(q, kind, value, indicator, (part_start, part_end), base, est,
                               periods, seg, growth_here, folded[part_start : q.start],
                               value_max, quote_start))
    new_carry = Carry(indicator=indicator, growth=growth_mode, base=base_mode,
                      estimate=carry.estimate or bool(est_at))
    return out, new_carry
