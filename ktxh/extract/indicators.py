"""Indicator phrases: what a number measures, in the document's own words.

The indicator of a number is the subject of its segment with the period
phrases, the opening fillers ("Trong đó:", "Hiện nay", "toàn tỉnh", "đã")
and the verbs before the number ("ước đạt", "tăng bình quân", "chiếm
khoảng") taken off: "Tổng diện tích gieo trồng ước đạt 23.134 ha" →
"Tổng diện tích gieo trồng". When the segment says nothing before the
number ("Đã có 199 xã ra quân đầu xuân"), the count noun and the words after
it are the indicator ("xã ra quân đầu xuân").
"""

from __future__ import annotations

import re

from ktxh.extract.numbers import Quantity
from ktxh.extract.timeframes import find_period_hits
from ktxh.extract.units import COUNTS, MEASURES
from ktxh.text.normalize import fold

COUNT_SET, MEASURE_SET = frozenset(COUNTS), frozenset(MEASURES)

# --- language data -----------------------------------------------------------

_LEADING = re.compile(
    r"^(?:[\s(\-–+•*:,.]+|\d+[.)]\s|[a-zđ]\)\s"
    r"|(?:trong đó|cụ thể|bao gồm|gồm|kết quả|và|với|hiện nay|hiện|toàn tỉnh|cả tỉnh"
    r"|trên địa bàn tỉnh|trên địa bàn|đã|đang|sẽ|riêng|còn|tuy nhiên|đồng thời|nhìn chung|ngoài ra"
    r"|trong|đến|hết|cuối|từ|tính đến|lũy kế|luỹ kế|tổng cộng|dự ước|ước|dự kiến|về việc|về"
    r"|phấn đấu|phân đầu|để có|để|nhằm)"
    r"(?![\w]))\s*"
)
# Words a subject does not end with: "... ước đạt", "... tăng", "... chiếm".
_TRAILING_WORDS = (
    "dự ước đạt", "dự kiến đạt", "ước tính đạt", "ước thực hiện",
    "ước đạt", "ước tính", "ước có", "dự ước", "dự kiến", "ước", "đạt được", "đạt", "là", "có",
    "được", "khoảng", "trên", "gần", "hơn", "dưới", "từ", "xấp xỉ", "tăng", "giảm", "bình quân",
    "hằng năm", "hàng năm", "mỗi năm", "chiếm", "bằng", "với", "cho", "tới", "lên", "nâng", "thêm",
    "đều", "mạnh", "ở mức", "mức", "trong", "của", "và", "tại", "xếp thứ", "xếp hạng", "đứng thứ",
    ":", "(", "-", "–", ",",
)
_TRAILING = re.compile(
    r"\s*(?<![\w])(?:" + "|".join(re.escape(w) for w in _TRAILING_WORDS) + r")\s*$"
)
_TRAILING_LONGEST = max(len(w) for w in _TRAILING_WORDS)
_STOP_AFTER_UNIT = re.compile(
    r"[,;.:()\n]|\s\d"
    r"|\s(?:với|tăng|giảm|bằng|chiếm|trong đó|so với|trong|từ|tại|của|và|năm)(?![\w])"
)
MAX_WORDS = 16
_DANGLING = re.compile(r"\s*(?<![\w])(?:trong|đến|hết|cuối|từ|của|vào|tại|so với|so|,)?\s*$")
_LETTER = re.compile(r"[^\W\d_]")
_LETTER_AFTER = re.compile(r"\s[^\W\d_]")
_ANY_YEAR = 2000  # strips "quý I" even when its year is not known here
# count nouns too general to name what is counted: "121,5 nghìn con" is "đàn trâu"
GENERIC_COUNTS = frozenset(fold(w) for w in (
    "con", "lượt", "lượt khách", "khách", "hành khách", "công", "cây", "người", "chiếc",
    "lao động", "người dân",
))


def _clean(text: str, folded: str, start: int, end: int) -> str:
    """``text[start:end]`` without period phrases, fillers and trailing verbs."""
    pieces, pos = [], start
    for hit in find_period_hits(folded, start, end, year=_ANY_YEAR):
        pieces.append((pos, hit.start))
        pos = hit.end
    pieces.append((pos, end))
    # "phấn đấu trong | quý II/2017 | trồng mới": drop what led into the period
    cut = [(a, a + len(_DANGLING.sub("", folded[a:b]))) for a, b in pieces[:-1]] + pieces[-1:]
    s = " ".join(text[a:b] for a, b in cut)
    f = " ".join(folded[a:b] for a, b in cut)
    while True:
        m = _LEADING.match(f)
        t = _trailing(f)
        if m and m.end() > 0:
            s, f = s[m.end() :], f[m.end() :]
        elif t and t.start() < len(f):
            s, f = s[: t.start()], f[: t.start()]
        else:
            break
    words = s.split()
    if len(words) > MAX_WORDS:
        words = words[-MAX_WORDS:]
    s = " ".join(words).strip(" ,;:-–(")
    return s if _LETTER.search(s) else ""


def _trailing(f: str) -> re.Match[str] | None:
    """``_TRAILING.search(f)``, tried only where a match can start: its word
    ends the text but for white space, and the spaces before the word."""
    pos = max(0, len(f.rstrip()) - _TRAILING_LONGEST)
    while pos > 0 and f[pos - 1].isspace():
        pos -= 1
    return _TRAILING.search(f, pos)


def subject(text: str, folded: str, start: int, pos: int) -> str:
    """The subject of the segment ``[start, pos)`` that ends at a number."""
    return _clean(text, folded, start, pos)


def names_what_is_counted(q: Quantity) -> bool:
    """Whether the unit is a count noun that names the thing counted ("dự án")."""
    return bool(q.unit and q.unit.base in COUNT_SET and q.unit.base not in GENERIC_COUNTS
                and q.unit.base not in MEASURE_SET and not q.unit.per)


def from_unit(text: str, folded: str, q: Quantity) -> str:
    """"70 doanh nghiệp thành lập mới" → "doanh nghiệp thành lập mới";
    "100% xã có sóng di động" → "xã có sóng di động"."""
    if q.unit is None or q.unit.base is None:
        return ""
    if q.unit.base == "%":
        if not _LETTER_AFTER.match(folded[q.unit.end : q.unit.end + 2]):
            return ""
        m = _STOP_AFTER_UNIT.search(folded, q.unit.end + 1, min(len(folded), q.unit.end + 80))
        end = m.start() if m else min(len(folded), q.unit.end + 80)
        return " ".join(text[q.unit.end : end].split()[:8]).strip(" ,;:-–")
    m = _STOP_AFTER_UNIT.search(folded, q.unit.start, min(len(folded), q.unit.start + 80))
    end = m.start() if m else min(len(folded), q.unit.start + 80)
    words = text[q.unit.start : end].split()[:8]
    return " ".join(words).strip(" ,;:-–")
