"""Count nouns outside the unit lexicon, and where a list of count nouns ends.

The lexicon (``ktxh/data/units.json``) cannot hold every noun a report counts:
"68 mũi thi công", "412 thiết bị", "3 vị trí", "1.452 tổ công nghệ số". After a
whole number, a lower-case word that is no function word, verb, time or
measure word is taken as the count noun (one syllable: the scorer and a reader
match units by their first word; the noun phrase goes to the indicator).
Names with a number are not counts: "Đề án 06 tại", "Chương trình 135 hỗ trợ",
"Phường 3 thành phố", "ISO 9001 vào", "mức độ 2 trở lên".

:func:`trim_places` ends a list of count nouns before a place name: "huyện
Nguyên Bình 562 nhà, huyện Bảo Lạc 318 nhà" → unit "nhà", not "nhà, huyện".
"""

from __future__ import annotations

import re
from dataclasses import replace

from ktxh.extract.units import UnitMatch
from ktxh.text.normalize import fold

# --- language data -----------------------------------------------------------

# words after a number that are no count noun
_NOT_COUNTS = frozenset(fold(w) for w in (
    # function words
    "và", "với", "của", "tại", "trên", "dưới", "trong", "ngoài", "cho", "để", "từ", "đến", "tới",
    "theo", "về", "là", "có", "được", "bị", "đã", "đang", "sẽ", "không", "chưa", "các", "những",
    "mỗi", "nhiều", "hơn", "gần", "khoảng", "so", "hoặc", "hay", "nhưng", "mà", "thì", "nên",
    "do", "vì", "bởi", "như", "này", "đó", "kia", "ấy", "nào", "gì", "cả", "đều", "cùng", "vào",
    "ra", "lên", "xuống", "qua", "lại", "thêm", "nữa", "rồi", "sau", "trước", "giữa", "bên",
    "tuy", "song", "nếu", "khi", "bằng", "trở", "nay", "thuộc", "gồm", "kể", "riêng",
    "tính", "ở", "cũng", "vẫn", "còn", "chỉ", "mới", "đạt", "tăng", "giảm", "chiếm", "gấp",
    # time and order
    "năm", "tháng", "ngày", "quý", "tuần", "giờ", "phút", "giây", "đêm", "buổi", "lần", "số",
    "thứ", "kỳ", "đợt", "khóa", "vòng", "bước", "giai", "thời", "đầu", "cuối", "hết",
    # scales and shares
    "phần", "nửa", "tỷ", "triệu", "nghìn", "ngàn", "vạn", "trăm", "chục", "mươi", "điểm",
    # adjectives and verbs that follow a number
    "cũ", "lớn", "nhỏ", "chính", "khác", "chuẩn", "sao", "tuổi", "loại",
))
# "cho khoảng 40.000 dân", "phục vụ hơn 12.000 dân": people counted as "dân", but not the
# words "dân" opens ("54 dân tộc", "120 dân quân"; "dân cư" is counted: "5.000 dân cư")
_PEOPLE_COMPOUNDS = frozenset(fold(w) for w in (
    "tộc", "quân", "số", "sự", "chủ", "lập", "doanh", "dụng", "vận", "sinh", "nguyện", "trí",
    "ca", "gian", "tự", "biểu", "phòng", "cày", "chài", "công", "mạng", "y", "ý", "tình",
))
# "12 bác sĩ trên 10.000 dân", "bình quân mỗi 1.000 dân", "cứ 100 dân": the base of a rate
# per head (a round number after one of these words), no count
_PER_HEAD_BEFORE = re.compile(r"(?<![\w])(?:trên|mỗi|một|cứ|bình quân)\s$")
_PER_HEAD_BASES = frozenset(("1", "10", "100", "1.000", "10.000", "100.000"))
_WORD_AFTER_PEOPLE = re.compile(r"\s?(/|[^\W\d_]+)")
# words before a number that make it a name: "Đề án 06", "Chương trình 135", "Phường 3"
_NAME_BEFORE = frozenset(fold(w) for w in (
    "đề án", "chương trình", "dự án", "kế hoạch", "công văn", "thông báo", "văn bản", "phường",
    "xã", "thôn", "bản", "ấp", "xóm", "khóm", "khối", "đội", "tiểu khu", "khoảnh", "trạm",
    "tuyến", "đường", "cầu", "mức độ", "mức", "loại", "hạng", "nhà máy", "tổ máy", "lò", "kênh",
    "hồ", "đập", "mỏ", "lữ đoàn", "trung đoàn", "sư đoàn", "tiểu đoàn", "đoàn", "iso", "trường",
    "lớp", "khu", "cụm", "bệnh viện", "tỉnh", "quận", "huyện", "thị xã", "thành phố", "ql", "tl",
    "đt", "thành phần", "hợp phần",  # "Dự án thành phần 2 cao tốc A - B"
    "tầng",  # "Tầng 3 bố trí phòng họp": a floor
))
_ACRONYM_BEFORE = re.compile(r"(?<![\w])[A-ZĐ][A-ZĐ0-9]+\s?$")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\s?$")
_WORD_AFTER = re.compile(r"[ \t]([^\W\d_]+)(?![\w])")
# a place name after a comma in a list of count nouns: ", huyện Bảo Lạc"
_PLACE_AFTER_COMMA = re.compile(
    r",\s(?:huyện|xã|phường|thị trấn|thị xã|thành phố|tp\.?|tỉnh|thôn|bản|làng|xóm)\s(?=[A-ZĐ])"
)
# "Tuổi thọ trung bình đạt 76 tuổi": an age is the quantity where its clause names one
# (not "trẻ em dưới 5 tuổi")
_AGE_SUBJECT = re.compile(r"(?:tuổi thọ|độ tuổi|tuổi bình quân|tuổi trung bình)[^;.:]*$")
_SENTENCE_START = re.compile(r"(?:^|[.;:!?\n•]|^\s*[-–+*]|\d[.)])\s*$")


def open_count(text: str, folded: str, start: int, end: int, raw: str) -> UnitMatch | None:
    """A count noun outside the lexicon right after the whole number ``raw`` at
    ``[start, end)`` ("412 thiết bị"), if it is one; see the module docstring."""
    m = _WORD_AFTER.match(folded, end)
    if m is not None and m.group(1) == "tuổi" and _AGE_SUBJECT.search(
            folded, max(0, start - 80), start):
        return UnitMatch(m.start(1), m.end(1), 1.0, "tuổi", None, open=True)
    if "," in raw or (len(raw) == 4 and raw[:2] in ("19", "20")):
        return None
    if m is None or m.group(1) in _NOT_COUNTS:
        return None
    if m.group(1) == "dân" and not _people(folded, start, m.end(1), raw):
        return None
    if m.group(1) == "bao" and folded.startswith(" gồm", m.end(1)):
        return None  # "2 bao gồm": not "42.000 bao tải"
    if not text[m.start(1)].islower():
        return None  # "3 Ủy ban", "2 Bắc Giang": a name
    words = folded[max(0, start - 16) : start].split()
    if words and (words[-1] in _NAME_BEFORE or " ".join(words[-2:]) in _NAME_BEFORE):
        return None
    if _ACRONYM_BEFORE.search(text, max(0, start - 12), start):
        return None
    # a number after a capitalized word inside a sentence names something: "Nghị định 100 về"
    prev = _PREVIOUS_WORD.search(text, max(0, start - 16), start)
    if prev and prev.group(1)[0].isupper() and not _SENTENCE_START.search(
        text, max(0, start - 40), prev.start()
    ):
        return None
    return UnitMatch(m.start(1), m.end(1), 1.0, m.group(1), None, open=True)


def _people(folded: str, start: int, end: int, raw: str) -> bool:
    """Whether "dân" after the number ``raw`` at ``start`` counts people: not "54 dân tộc",
    not "trên 10.000 dân", "mỗi 1.000 dân" (a rate's base)."""
    after = _WORD_AFTER_PEOPLE.match(folded, end)
    if after is not None and (after.group(1) == "/" or after.group(1) in _PEOPLE_COMPOUNDS):
        return False
    if raw in _PER_HEAD_BASES and _PER_HEAD_BEFORE.search(folded, max(0, start - 12), start):
        return False
    return not folded.startswith("mỗi ", max(0, start - 4))


def trim_places(text: str, unit: UnitMatch) -> UnitMatch:
    """``unit`` without a place name its list of count nouns ran into: "562 nhà,
    huyện Bảo Lạc" → "nhà"."""
    m = _PLACE_AFTER_COMMA.search(text, unit.start, unit.end + 2)
    if m is None or m.start() >= unit.end:
        return unit
    return replace(unit, end=m.start())
