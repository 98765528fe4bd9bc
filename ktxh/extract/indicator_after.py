"""Indicators from the words after a number: what a count noun names.

When the subject before a number does not say what it measures, the count
noun and the words after it do: "Đã có 199 xã | ra quân đầu xuân" → "xã ra
quân đầu xuân", "bàn giao 61,5 ha | mặt bằng", "làm chết 31 người" → "người
chết". The subject itself is read by :mod:`ktxh.extract.indicators`.
"""

from __future__ import annotations

import re

from ktxh.extract.indicators import is_opening_verb
from ktxh.extract.numbers import Quantity
from ktxh.extract.units import COUNTS, MEASURES, SCALES, match_unit
from ktxh.text.normalize import fold

COUNT_SET, MEASURE_SET = frozenset(COUNTS), frozenset(MEASURES)
_STOP_AFTER_UNIT = re.compile(
    # "xã đạt dưới 10 tiêu chí", "sản phẩm đạt từ 3 sao trở lên", "trên 10.000 dân" go on
    r"[,;:()\n]|\.(?!\d)|\s(?<!dưới\s)(?<!trên\s)(?<!hơn\s)(?<!từ\s)\d"
    r"|\sbằng(?<!mặt bằng)(?![\w])"  # "ha mặt bằng": a noun
    r"|\s(?:với|tăng|giảm|chiếm|trong đó|so với|trong(?! nước)|từ(?! \d sao)|tại|của|xuống"
    r"|lên(?<!trở lên)(?! đường)|cho|để|nhằm|trên tổng số"  # "12 xã | trên tổng số 15 xã"
    # "612/1.035 hộ | theo kế hoạch", but "lao động đi làm việc ở nước ngoài theo hợp đồng"
    r"|theo(?= (?:kế hoạch|chỉ tiêu|dự toán|mục tiêu|quy định|nghị quyết|quyết định)\b))"
    r"(?![\w])"
    r"|\scó(?=\s(?:tổng|vốn)(?![\w]))"  # "17 dự án | có tổng vốn đăng ký 4.350 tỷ đồng"
    # "ha lúa và hoa màu": one thing; "ha lúa và 200 ha ngô": two
    r"|\svà(?=\s(?:[^\s\d,;]+\s){0,2}\d)"
    r"|\snăm(?<!hằng năm)(?<!hàng năm)(?![\w])"  # "ha | năm 2020", "ha cây hằng năm"
)
# "12 xã | trên tổng số 15 | xã đạt chuẩn …": the total of a count in prose
_OF_TOTAL = re.compile(r" trên tổng số \d[\d.,]*\s")
# "84,6 ha/112,5 ha | đất lúa": the total of a progress written after its unit
_OVER_TOTAL = re.compile(r"/\s?\d[\d.,]*")
# "bàn giao 61,5 ha mặt bằng | cho nhà đầu tư": the object ends before its purpose
_OBJECT_STOP = re.compile(r"\s(?:cho|để|nhằm|theo|đạt|được|thuộc|trên)(?![\w])")
# an agent before its verb: "Các cơ sở khám, chữa bệnh đã | khám cho 1.482.600 lượt người"
_AGENT_DONE = re.compile(r"\s(?:đã|đang)\s")
# words after a number that may name it: "dự án có tỷ lệ giải ngân dưới 30%", "hộ gia
# đình sử dụng nước sinh hoạt hợp vệ sinh"
_MAX_AFTER = 12
_RAISED_TOTAL = re.compile(r"nâng tổng số(?: lên)?$")
_SCOPES_ONLY = frozenset(("tỉnh", "toàn tỉnh", "huyện", "toàn huyện", "xã", "toàn xã",
                          "thành phố", "toàn thành phố", "cả nước"))
_SHORT_SUBJECT = 8  # a subject of at most this many syllables may qualify a bare count noun
_LETTER_AFTER = re.compile(r"\s[^\W\d_]")
# what befell the people counted: "bị thương 27 người" → "người bị thương"
_EVENT_VERBS = frozenset(fold(w) for w in ("bị thương", "chết", "tử vong", "mất tích"))
# count nouns too general to name what is counted: "121,5 nghìn con" is "đàn trâu"
GENERIC_COUNTS = frozenset(fold(w) for w in (
    "con", "lượt", "lượt khách", "khách", "hành khách", "công", "cây", "người", "chiếc",
    "lao động", "người dân",
))


def agent_verb(s: str) -> str:
    """The verb after its agent, if it opens what is counted: "Các cơ quan hành chính
    đã tiếp" → "tiếp"; else ``s``."""
    if (" đã " in s or " đang " in s) and (m := _AGENT_DONE.search(s)) and is_opening_verb(
        s[m.end() :]
    ):
        return s[m.end() :]
    return s


def names_what_is_counted(q: Quantity) -> bool:
    """Whether the unit is a count noun that names the thing counted ("dự án")."""
    return bool(q.unit and (q.unit.base in COUNT_SET or q.unit.open)
                and q.unit.base not in GENERIC_COUNTS
                and q.unit.base not in MEASURE_SET and not q.unit.per)


def names_unit(phrase: str, q: Quantity, only: bool = False) -> bool:
    """Whether ``phrase`` names the count noun of ``q`` ("Số doanh nghiệp thành
    lập mới là 186 doanh nghiệp"); with ``only``, nothing else ("vụ")."""
    if not phrase or q.unit is None or not q.unit.base:
        return False
    if (only and len(phrase) > len(q.unit_text or "")) or (
        not only and len(phrase) < len(q.unit.base)
    ):
        return False  # folding keeps lengths: too long (or short) to be the unit
    f = fold(phrase)
    if not only:
        return f" {q.unit.base} " in f" {f} "
    if f == q.unit.base:
        return True
    if not q.unit_text or " " not in q.unit_text:
        return False
    # "xã, phường, thị trấn", "triệu lượt khách": the unit as written, scale aside
    return f == " ".join(w for w in fold(q.unit_text).split() if w not in SCALES)


def counted_by(subject: str, q: Quantity) -> str:
    """A bare count noun named by its clause: "Tai nạn giao thông xảy ra 48 vụ" → "vụ
    tai nạn giao thông"; "Các lực lượng chức năng đã kiểm tra 19.764 vụ" → "vụ kiểm
    tra" (the verb the clause ends with); "" when the subject is long and names no verb."""
    if q.unit is None or not subject:
        return ""
    unit = " ".join(w for w in (q.unit_text or "").split() if fold(w) not in SCALES)
    if _RAISED_TOTAL.match(fold(subject)):
        return f"tổng số {unit}"  # "…, nâng tổng số lên 112 trường"
    words = subject.split()
    for n in (3, 2, 1):
        if len(words) > n and is_opening_verb(" ".join(words[-n:])):
            return f"{unit} {' '.join(words[-n:]).lower()}"
    # "Cơ quan điều tra đã khởi tố hình sự 39 vụ": the verb after "đã" a few words before
    for k in range(len(words) - 2, max(0, len(words) - 5), -1):
        if words[k - 1].lower() in ("đã", "đang") and any(
                is_opening_verb(" ".join(words[k : k + n])) for n in (2, 1)):
            return f"{unit} {' '.join(words[k:]).lower()}"
    if len(words) > _SHORT_SUBJECT or fold(subject) in _SCOPES_ONLY:
        return ""  # not "tỉnh đạt 28 giải" → "giải tỉnh"
    return f"{unit} {subject[:1].lower()}{subject[1:]}"


def from_unit(text: str, folded: str, q: Quantity) -> str:
    """"70 doanh nghiệp thành lập mới" → "doanh nghiệp thành lập mới";
    "100% xã có sóng di động" → "xã có sóng di động"."""
    if q.unit is None or q.unit.base is None:
        return ""
    if q.unit.base == "%":
        if not _LETTER_AFTER.match(folded[q.unit.end : q.unit.end + 2]):
            return ""
        # "100% xã, thị trấn có hạ tầng cáp quang": a list of count nouns goes on
        counted = match_unit(folded, q.unit.end)
        go_on = counted.end if counted and counted.base in COUNT_SET else q.unit.end
        m = _STOP_AFTER_UNIT.search(folded, go_on, min(len(folded), q.unit.end + 80))
        end = m.start() if m else min(len(folded), q.unit.end + 80)
        return " ".join(text[q.unit.end : end].split()[:_MAX_AFTER]).strip(" ,;:-–")
    # "226 xã, phường, thị trấn": the list of count nouns is the unit, the stop after it
    go_on = q.unit.end if q.unit.base in COUNT_SET or q.unit.open else q.unit.start
    if go_on == q.unit.end and (total := _OF_TOTAL.match(folded, go_on)) and (
            (its := match_unit(folded, total.end())) and its.base == q.unit.base):
        # "12 xã trên tổng số 15 xã | đạt chuẩn nông thôn mới": what follows the total
        m = _STOP_AFTER_UNIT.search(folded, its.end, min(len(folded), its.end + 80))
        words = text[its.end : m.start() if m else min(len(folded), its.end + 80)].split()
        return " ".join([text[q.unit.start : q.unit.end], *words][:_MAX_AFTER]).strip(" ,;:-–")
    m = _STOP_AFTER_UNIT.search(folded, go_on, min(len(folded), q.unit.start + 80))
    end = m.start() if m else min(len(folded), q.unit.start + 80)
    words = text[q.unit.start : end].split()
    while len(words) > 1 and fold(words[0]) in SCALES:
        words = words[1:]  # "3,5 triệu lượt khách du lịch": what is counted, not the scale
    return " ".join(words[:_MAX_AFTER]).strip(" ,;:-–")


def after_number(text: str, folded: str, q: Quantity, generic_only: bool = False) -> str:
    """What the words after a number name when they say more than its unit: "4
    người chết" → "người chết", "3.860 ha lúa và hoa màu bị ngập úng" → "lúa và hoa
    màu bị ngập úng", "187 điểm sạt lở" → "điểm sạt lở"; else "". ``generic_only``:
    only after a count too general to name the thing (:data:`GENERIC_COUNTS`)."""
    if q.unit is None or q.unit.base in (None, "%") or q.unit.per:
        return ""
    base = q.unit.base
    if base in COUNT_SET or q.unit.open:
        if generic_only and base not in GENERIC_COUNTS:
            return ""
        phrase = from_unit(text, folded, q)
        return "" if not phrase or names_unit(phrase, q, only=True) else phrase
    return "" if generic_only else _object(text, folded, q)


_AUXILIARIES = frozenset(("chưa", "đã", "đang", "sẽ", "được", "bị"))


def _object(text: str, folded: str, q: Quantity) -> str:
    """The words after the unit that name what is measured: "ha | rừng tập trung"."""
    assert q.unit is not None
    start = q.unit.end
    if q.form == "progress" and (over := _OVER_TOTAL.match(folded, start)) and (
            (its := match_unit(folded, over.end())) and its.base == q.unit.base):
        start = its.end  # not "/112,5 ha" as the object
    limit = min(len(folded), start + 60)
    m = _STOP_AFTER_UNIT.search(folded, start, limit)
    end = m.start() if m else limit
    m = _OBJECT_STOP.search(folded, start, end)
    words = text[start : m.start() if m else end].split()[:8]
    while words and fold(words[-1]) in _AUXILIARIES:
        words.pop()  # "ha đất rừng chưa | được chuyển …": no dangling "chưa"
    return " ".join(words).strip(" ,;:-–")


def _set_aside(text: str, folded: str, q: Quantity) -> str:
    """What a share is set aside for: "dành 10% | vốn ngân sách tỉnh cho Chương trình
    mục tiêu quốc gia …" → "vốn ngân sách tỉnh cho Chương trình mục tiêu quốc gia …"."""
    obj = _object(text, folded, q)
    assert q.unit is not None
    at = folded.find(" cho ", q.unit.end, q.unit.end + len(obj) + 8)
    if not obj or at == -1:
        return obj
    limit = min(len(folded), at + 80)
    m = _STOP_AFTER_UNIT.search(folded, at + 5, limit)
    purpose = text[at + 5 : m.start() if m else limit].split()[:12]
    return f"{obj} cho {' '.join(purpose)}" if purpose else obj


def object_after(text: str, folded: str, q: Quantity) -> str:
    """What a measure names after its unit ("186 tấn | đá hộc"), else ""."""
    return _object(text, folded, q) if q.unit is not None else ""


def of_verb(text: str, folded: str, verb: str, q: Quantity, previous: str) -> str:
    """The indicator of a clause that opens with its verb (``verb``, the
    cleaned subject), the thing done following the number; ``verb`` itself if
    it is not such a verb. ``previous`` is the indicator read before it.

    "Đón 3,5 triệu lượt khách du lịch" → "lượt khách du lịch"; "Trồng mới
    3.050 ha rừng tập trung" → "Trồng mới rừng tập trung"; "làm chết 31 người"
    → "người chết"; "Tổng thu ngân sách ...; riêng quý III thu 612,5 tỷ đồng" →
    the "Tổng thu ngân sách" before it.
    """
    v = fold(verb)
    if v == "dành" and q.unit is not None and q.unit.base == "%":
        return _set_aside(text, folded, q) or verb
    if q.unit is None or q.unit.base in (None, "%") or not is_opening_verb(verb):
        return verb
    if q.unit.base in COUNT_SET and q.unit.base not in MEASURE_SET:
        counted = " ".join(w for w in (q.unit_text or "").split() if fold(w) not in SCALES)
        if v.startswith("làm "):  # "làm chết 31 người" → "người chết"
            return f"{counted} {verb[4:]}"
        if v in _EVENT_VERBS:
            return f"{counted} {verb}"
        phrase = from_unit(text, folded, q)
        if phrase and q.unit.base not in GENERIC_COUNTS and names_unit(phrase, q, only=True):
            return f"{phrase} {verb.lower()}"  # "Thành lập mới 412 doanh nghiệp"
        return phrase or verb
    obj = _object(text, folded, q)
    if obj:
        return f"{verb} {obj}"
    if previous and (f" {v} " in (prev := f" {fold(previous)} ") or f" {q.unit.base} " in prev):
        return previous  # "..., thành phố Cẩm Phả đón 820 nghìn lượt": the "lượt khách" before
    return verb
