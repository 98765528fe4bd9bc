"""Numbers in Vietnamese notation and the quantities they state.

``1.234,5`` is 1234.5 (dot groups thousands, comma marks decimals), ``07`` is
a count of 7. :func:`find_quantities` reads, in a stretch of ``Doc.folded``,
every number that states a measured quantity with its unit: plain values
("23.134 ha"), ranges ("8 - 8,5%", "từ 4,5-7%"), progress fractions
("48/207 xã", "152,47/639,68 ha", "15,4km/60km") and ranks ("xếp thứ 50/63").
It skips what only looks like a quantity: document numbers ("394/TB-VPCP"),
dates ("21/4/2022", "tháng 02/2024"), periods ("năm 2019", "2016 - 2020"),
list labels ("1.", "(2)"), names ("Quốc lộ 4B", "Nghị quyết 57", "lần thứ
XVI", "top 10", "cả 3 tiêu chí") and numbers with no unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ktxh.extract.litscan import max_width
from ktxh.extract.open_counts import open_count, trim_places
from ktxh.extract.quick_init import quick_init
from ktxh.extract.units import UnitMatch, match_unit

NUMBER = r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?"
# NUMBER not after a word character or "., /+-–" (it opens with a digit: a fast scan)
_NUMBER_RE = re.compile(r"\d(?<![\w.,/+\-–]\d)(?:\d{0,2}(?:\.\d{3})+|\d*)(?:,\d+)?(?![\d])")
_NUMBER_AT = re.compile(NUMBER)
# Words right before a number that make it a name, a label or a date, not a
# quantity: "số 20", "năm 2019", "lần thứ 9", "top 10", "Quốc lộ 4", "cả 3" (not "dân số
# 18.460").
NOT_QUANTITY_WORDS = (
    "(?<!tổng )(?<!dân )số", "tháng", "ngày", "quý", "giai đoạn", "lần thứ", "lần", "thứ", "top",
    "khóa",
    # "Điều 5", not the crop "cây điều 1.200 ha", "hạt điều", "diện tích điều", "sản lượng điều"
    "(?<!cây )(?<!hạt )(?<!tích )(?<!lượng )(?<!trồng )điều",
    "khoản", "mục", "chương", "phụ lục", "biểu", "quốc lộ", r"ql\.?", "tỉnh lộ",
    "đường tỉnh", r"đt\.?", "mốc", "nghị quyết", "nghị định", "quyết định", "thông tư", "chỉ thị",
    "kết luận", "đại hội", "đợt", "lô", "tổ", "cả", "hạng", "nhóm", "km", "cấp độ",
    "covid", "phiên", "khu", "tuyến số", "vành đai",  # "Đường Vành đai 3 thành phố Huế"
    "giá so sánh", "năm học", "niên độ", "tiêu chí số", "sao", "vòng", "bước", "hệ số",
    "phường", "quận", "ấp", "khóm", "xóm", "tiểu khu", "mức độ",  # "Phường 3", "mức độ 2"
)
_NOT_QUANTITY_BEFORE = re.compile(r"\b(?:" + "|".join(NOT_QUANTITY_WORDS) + r")\s?$")


def _last_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The last word of each phrase of ``words`` as a plain string (look-behinds
    dropped, "ql\\.?" both "ql" and "ql."): what the text before a number ends
    with, but for spaces, when one of the phrases ends it."""
    out: set[str] = set()
    for w in words:
        last = re.sub(r"\(\?<!.*?\)", "", w).split()[-1]
        word = last[:-3] if last.endswith(r"\.?") else last
        if not word.isalpha():
            raise ValueError(f"not a plain word: {last!r}")
        out.update((word, word + ".") if word != last else (word,))
    return tuple(sorted(out))


# a cheap test before _NOT_QUANTITY_BEFORE: "đạt 23.134 ha" ends with no such word
_NOT_QUANTITY_ENDS = _last_words(NOT_QUANTITY_WORDS)
# before a year-like number only: "năm 2019", "đến 2025", "từ năm 2016", "vụ Mùa 2024" (not
# "vụ Mùa 17.160 ha": an area)
_YEAR_BEFORE = re.compile(
    r"\b(?:năm|đến|từ năm|niên độ|từ|tới|hết|cuối|vụ (?:đông|xuân|hè|mùa|thu|chiêm))\s?$")
# "xếp thứ 9", "đứng thứ 3", "xếp hạng 12"; a whole word, and not "sắp xếp 37 lãnh đạo",
# "bố trí, sắp xếp", "thu xếp"
_RANK_BEFORE = re.compile(
    r"(?<![\w])(?:xếp(?<!sắp xếp)(?<!thu xếp)|đứng)(?: thứ| hạng)?\s?$|xếp hạng\s?$|thứ hạng\s?$")
# The three end the words before a number ("$": at the end or before a last "\n"): a
# search from this many characters before the end finds what one from the start does.
_NOT_QUANTITY_REACH = max_width(_NOT_QUANTITY_BEFORE) + 1
_YEAR_REACH = max_width(_YEAR_BEFORE) + 1
_RANK_REACH = max_width(_RANK_BEFORE) + 1
_ACRONYM_BEFORE = re.compile(r"(?<![\w])[A-ZĐ]{2,}\s?$")
_RANGE_WORD = re.compile(r"\s(?:đến|tới)\s")
_RANGE_SEP = re.compile(r"\s?[-–]\s?")
_OVER_NUMBER = re.compile(rf"/\s?({NUMBER})")  # "15,4km/60km", "xếp thứ 10/63"
# "185 ha trên tổng số 240 ha": the prose form of "185/240 ha"
_OF_TOTAL = re.compile(rf" trên tổng số ({NUMBER})(?![\d/])")
_SYMBOL_AFTER = re.compile(r"[-–]\s?[a-zđ]")  # "11-NQ/TW"
_PER_HEADS_AFTER = re.compile(r"\s?(?:vạn|nghìn|ngàn|trăm) dân")
# "trên 1 ha", "mỗi 1 hộ": a unit that a figure is counted per
_PER_ONE = re.compile(r"\s?(?:ha|hécta|km2|m2|hộ|người|lao động|dân)(?![\w])")
# "trước 16 giờ thứ Năm hằng tuần", "lúc 7 giờ": a time of day, not a length of time
_CLOCK_BEFORE = re.compile(r"(?<![\w])(?:trước|lúc|vào|từ|đến|sau)\s$")
# "đã thi công xong 14/18 trụ cầu", "có 9/12 tổ": done out of a total, the noun outside the
# lexicon
# "hoàn thành 17/19 xã", "Đã bàn giao 412/530 lô đất": a fraction of work done
_DONE_BEFORE = re.compile(
    r"(?<![\w])(?:xong|đã|có|được|hoàn thành|đạt|(?:đã|được)(?:\s[^\W\d_]+){1,3})\s$")
# "chậm 45 ngày so với tiến độ hợp đồng", "chậm khoảng 8 tháng": a delay in time
_DELAY_BEFORE = re.compile(r"(?<![\w])chậm(?:\s(?:khoảng|hơn|gần|trên))?\s$")
_DELAY_UNIT = re.compile(r"\s(ngày|tháng|năm)(?![\w])")
# "rút ngắn thời gian giải quyết từ 45 ngày xuống còn 28 ngày làm việc": a length of time cut
# from one value to another, both ends read
_SPAN_UNIT = re.compile(r"\s(ngày làm việc|ngày|tháng)(?![\w])")
_SPAN_TO_AFTER = re.compile(r"\s(?:xuống còn|xuống|còn)\s\d")
_SPAN_FROM_BEFORE = re.compile(
    r"(?<![\w])từ\s\d[\d.,]*\s(?:ngày|tháng)(?: làm việc)?\s(?:xuống còn|xuống|còn)\s$")
# "tổ chức chính quyền địa phương 2 cấp", "mô hình 3 cấp": a model's name, no count
_TIERS_BEFORE = re.compile(r"(?:chính quyền(?: địa phương)?|mô hình)\s$")
_TIERS_AFTER = re.compile(r"\scấp(?![\w])")
# "đã thi công đến tầng 9/11", "đã lên đến sàn tầng 12/18": floors done out of the total,
# the unit written before the fraction
_FLOOR_BEFORE = re.compile(r"(?<![\w])tầng\s$")
_YEAR_RANGE_AFTER = re.compile(r"\s?[-–]\s?(?:19|20)\d\d(?!\d)")
# "gấp đôi năm 2019", "gấp ba lần": a multiple written as a word
MULTIPLE_WORDS = {"đôi": 2.0, "rưỡi": 1.5, "ba": 3.0, "bốn": 4.0}
_MULTIPLE_WORD = re.compile(
    r"gấp (?P<n>" + "|".join(MULTIPLE_WORDS) + r")(?![\w])(?: lần(?![\w]))?"
)


def parse_number(s: str) -> float:
    """``"2.036,21"`` → 2036.21; ``"07"`` → 7.0; ``"0,58"`` → 0.58."""
    return float(s.replace(".", "").replace(",", "."))


def is_year(s: str) -> bool:
    """A year written with four digits, 1900-2099 ("2019")."""
    return len(s) == 4 and s[:2] in ("19", "20") and s[2:].isdecimal()


@quick_init
@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit; offsets are into the folded (= clean) text.

    ``form`` is "value", "range", "progress" (done/total) or "rank".
    """

    start: int  # first digit
    value_end: int  # end of the number (or of the range / fraction)
    end: int  # end of the unit
    value: float
    value_max: float | None
    unit: UnitMatch | None
    unit_text: str | None
    form: str


def _unit_text(text: str, unit: UnitMatch | None) -> str | None:
    return text[unit.start : unit.end] if unit else None


def _rank(folded: str, raw: str, s: int, e: int) -> Quantity:
    """A place in a ranking: "xếp thứ 12/63" keeps the "/63" as its unit text."""
    frac = _OVER_NUMBER.match(folded, e)
    if frac:
        unit_text = "/" + frac.group(1)
        value = parse_number(raw)
        return Quantity(s, frac.end(), frac.end(), value, None, None, unit_text, "rank")
    return Quantity(s, e, e, parse_number(raw), None, None, None, "rank")


def _not_quantity(folded: str, raw: str, before: str, e: int) -> bool:
    """Whether the words around the number make it no quantity (a date, a symbol, a tier)."""
    if before.rstrip().endswith(_NOT_QUANTITY_ENDS) and (
        m := _NOT_QUANTITY_BEFORE.search(before, max(0, len(before) - _NOT_QUANTITY_REACH))
    ) and not (
        "." in raw and m.group().startswith(("tháng", "ngày", "quý", "điều"))
    ):  # not "dưới 3 tháng 9.060 người", "điều 148.200 ha": no month or article has a
        # thousands separator
        return True
    if is_year(raw) and _YEAR_BEFORE.search(before, max(0, len(before) - _YEAR_REACH)):
        return True
    if _SYMBOL_AFTER.match(folded[e : e + 3]):
        return True  # "11-NQ/TW"
    return bool(_TIERS_AFTER.match(folded, e) and _TIERS_BEFORE.search(before))


def _per_one(folded: str, before: str, e: int, value: float) -> bool:
    """Whether a 1 is the denominator of a rate, not a quantity."""
    if _PER_HEADS_AFTER.match(folded[e : e + 12]) and value == 1:
        return True  # "trên 1 vạn dân": per head, not a quantity
    # "giá trị sản xuất bình quân trên 1 ha đất": the denominator
    return value == 1 and before.endswith(("trên ", "mỗi ")) and bool(_PER_ONE.match(folded, e))


def _range_end(folded: str, before: str, e: int) -> tuple[float | None, int]:
    """The upper end of a range written after the number, and where it ends."""
    r = _RANGE_SEP.match(folded, e)
    if r is None and before.endswith("từ "):
        r = _RANGE_WORD.match(folded, e)  # "từ 1,2 đến 1,3 triệu lượt"
    if r:
        m2 = _NUMBER_AT.match(folded, r.end())
        if m2 and not folded[m2.end() : m2.end() + 1].isdigit():
            return parse_number(m2.group()), m2.end()
    return None, e


def _unit_after(text: str, folded: str, raw: str, before: str, s: int, e: int,
                value_end: int, ranged: bool) -> UnitMatch | None:
    """The unit written after the number (or range), a delay or span word, or a counted noun."""
    unit = match_unit(folded, value_end)
    if unit is None and not ranged and (delay := _DELAY_UNIT.match(folded, e)) and (
            _DELAY_BEFORE.search(before)):
        unit = UnitMatch(delay.start(1), delay.end(1), 1.0, delay.group(1), None)
    elif unit is None and not ranged and (span := _SPAN_UNIT.match(folded, e)) and (
            (before.endswith("từ ") and _SPAN_TO_AFTER.match(folded, span.end()))
            or _SPAN_FROM_BEFORE.search(folded, max(0, s - 50), s)):
        unit = UnitMatch(span.start(1), span.end(1), 1.0, span.group(1), None)
    if unit is not None and unit.base is not None and folded.find(",", unit.start, unit.end) > 0:
        unit = trim_places(text, unit)  # "562 nhà, huyện Bảo Lạc"
    elif unit is None and not ranged:
        unit = open_count(text, folded, s, value_end, raw)  # "412 thiết bị"
    return unit


def _progress(text: str, folded: str, s: int, e: int, value: float,
              unit: UnitMatch) -> Quantity | None:
    """A quantity done out of a total written after its unit."""
    if unit.per and unit.per[1:2].isdigit():
        # "88.650 ha/91.200 ha": the "/91.200 ha" read as a "per" ("/1.000 dân") is the
        # total when its unit is the unit of the number
        cut = unit.end - len(unit.per)
        tot = _OVER_NUMBER.match(folded, cut)
        unit2 = match_unit(folded, tot.end()) if tot else None
        if tot and unit2 and unit2.base == unit.base and not unit2.per and (
                (total := parse_number(tot.group(1))) >= value):
            done = UnitMatch(unit.start, cut, unit.scale, unit.base, None)
            return Quantity(s, e, unit2.end, value, total, done, _unit_text(text, done),
                            "progress")
    # "15,4km/60km": done out of a total
    tot = _OVER_NUMBER.match(folded, unit.end)
    if tot:
        unit2 = match_unit(folded, tot.end())
        if unit2 and unit2.base == unit.base:
            return Quantity(s, e, unit.end, value, parse_number(tot.group(1)), unit,
                            _unit_text(text, unit), "progress")
    if (tot := _OF_TOTAL.match(folded, unit.end)) and (
            (total := parse_number(tot.group(1))) >= value):
        unit2 = match_unit(folded, tot.end())
        if unit2 and folded[unit2.start : unit2.end] == folded[unit.start : unit.end]:
            return Quantity(s, e, unit.end, value, total, unit, _unit_text(text, unit),
                            "progress")
    return None


def _read(text: str, folded: str, m: re.Match[str]) -> Quantity | None:
    """The quantity the number matched at ``m`` starts, or none where it is no quantity."""
    s, e = m.start(), m.end()
    raw = m.group()
    before = folded[max(0, s - 24) : s]
    if ("xếp" in before or "đứng" in before or "hạng" in before) and _RANK_BEFORE.search(
            before, max(0, len(before) - _RANK_REACH)):  # each of its phrases holds one
        return _rank(folded, raw, s, e)
    if _not_quantity(folded, raw, before, e):
        return None
    value = parse_number(raw)
    if _per_one(folded, before, e, value):
        return None
    if folded[e : e + 1] == "/":
        return _fraction(text, folded, s, e, value)
    if is_year(raw) and _YEAR_RANGE_AFTER.match(folded, e):
        return None  # "2016 - 2020"
    value_max, value_end = _range_end(folded, before, e)
    unit = _unit_after(text, folded, raw, before, s, e, value_end, value_max is not None)
    if unit is None:
        return None
    if unit.base == "giờ" and value <= 24 and not unit.per and _CLOCK_BEFORE.search(before):
        return None
    upper = _upper_end(folded, unit, before) if value_max is None else None
    if upper and upper[0] > value:  # "từ 12% - 8%" is a fall from one level to another
        value_max, value_end, unit = upper  # "2,5% - 3%", "từ 1,2 triệu đến 1,3 triệu lượt"
    if text[unit.start : unit.start + 1].isupper() and _ACRONYM_BEFORE.search(text, s - 12, s):
        return None  # "BCĐ 389 Quốc gia": a name
    if is_year(raw) and before.rstrip().endswith(("năm", "từ", "đến", ",")):
        return None
    if value_max is None and (done := _progress(text, folded, s, e, value, unit)):
        return done
    form = "range" if value_max is not None else "value"
    return Quantity(s, value_end, unit.end, value, value_max, unit, _unit_text(text, unit), form)


def _upper_end(folded: str, unit: UnitMatch, before: str
               ) -> tuple[float, int, UnitMatch] | None:
    """The upper end of a range whose unit is written at both ends ("2,5% - 3%",
    "1,2 triệu - 1,3 triệu lượt"), where its number ends, and its unit."""
    r = _RANGE_SEP.match(folded, unit.end)
    if r is None and before.endswith("từ "):
        r = _RANGE_WORD.match(folded, unit.end)
    if r is None:
        return None
    m2 = _NUMBER_AT.match(folded, r.end())
    if m2 is None or folded[m2.end() : m2.end() + 1].isdigit():
        return None
    unit2 = match_unit(folded, m2.end())
    if unit2 is None:
        return None
    first, second = folded[unit.start : unit.end], folded[unit2.start : unit2.end]
    if first == second or (unit.base is None and second.startswith(first + " ")):
        return parse_number(m2.group()), m2.end(), unit2
    return None


def _fraction(text: str, folded: str, s: int, e: int, value: float) -> Quantity | None:
    """``a/b``: a progress fraction when a unit follows, else a date or a number."""
    m2 = _NUMBER_AT.match(folded, e + 1)
    if not m2:
        return None  # "394/TB-VPCP"
    after = folded[m2.end() : m2.end() + 2]
    if after[:1] in ("/", "-") or (after[:1].isalpha() and not match_unit(folded, m2.end())):
        return None  # "21/4/2022", "03/2016/NQ-HĐND", "11/NQ-CP"
    if is_year(m2.group()):
        return None  # "7/2020"
    total = parse_number(m2.group())
    if _FLOOR_BEFORE.search(folded, max(0, s - 6), s) and total >= value:
        # "đến tầng 9/11": the unit stays where it is written, nothing is read after it
        floor = UnitMatch(m2.end(), m2.end(), 1.0, "tầng", None, open=True)
        return Quantity(s, m2.end(), m2.end(), value, total, floor, "tầng", "progress")
    unit = match_unit(folded, m2.end())
    if unit is None and _DONE_BEFORE.search(folded, max(0, s - 24), s):
        unit = open_count(text, folded, s, m2.end(), m2.group())
    if unit is None or unit.base == "%":
        return None  # "1/2", "1/10.000"
    if total < value or (value == total == 24 and unit.base == "giờ"):
        return None  # "trực 24/24 giờ": round the clock
    return Quantity(s, m2.end(), unit.end, value, total, unit, _unit_text(text, unit), "progress")


def _word_multiples(folded: str, start: int, end: int) -> list[Quantity]:
    """"gấp đôi", "gấp ba lần", "gấp rưỡi": multiples written as words (unit "lần")."""
    out = []
    for m in _MULTIPLE_WORD.finditer(folded, start, end):
        s = m.start("n")
        unit = UnitMatch(s, m.end(), 1.0, "lần", None)
        out.append(Quantity(s, m.end("n"), m.end(), MULTIPLE_WORDS[m.group("n")], None, unit,
                            "lần", "value"))
    return out


def find_quantities(
    text: str, folded: str, start: int = 0, end: int | None = None
) -> list[Quantity]:
    """Every quantity (number + unit, range, progress, rank) in ``folded[start:end]``."""
    end = len(folded) if end is None else end
    out: list[Quantity] = []
    pos = start
    while True:
        m = _NUMBER_RE.search(folded, pos, end)
        if not m:
            if folded.find("gấp", start, end) != -1:
                out.extend(_word_multiples(folded, start, end))
                out.sort(key=lambda q: q.start)
            return out
        q = _read(text, folded, m)
        if q is not None and q.end <= end:
            out.append(q)
            pos = max(q.value_end, m.end())
            if q.form == "progress" and (tot := _OF_TOTAL.match(folded, q.end)):
                pos = tot.end()  # the total of "185 ha trên tổng số 240 ha" is not a level
        else:
            pos = m.end()
