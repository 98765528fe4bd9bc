"""Static sizes of works and facilities, which hold at any time.

"Tổng chiều dài tuyến 14,6 km", "tổng mức đầu tư 3.120 tỷ đồng", "Quy mô 500
giường bệnh", "diện tích tự nhiên 7.942,4 km²", "KCN Yên Lư (diện tích 382
ha)", "Hồ có dung tích hữu ích 8,6 triệu m3, cấp nước tưới cho 1.250 ha",
"Diện tích quy hoạch 150 ha", "(qua địa bàn tỉnh dài 35,8 km)": the size of a
project or facility, not a result of the period reported, so the figure has
no period unless a time phrase of its own dates it ("tổng mức đầu tư điều
chỉnh năm 2024 là ..."), as the shared gold does.
"""

from __future__ import annotations

import re

from ktxh.extract.indicator_after import COUNT_SET, MEASURE_SET
from ktxh.extract.quantities import Reading
from ktxh.extract.wordre import word_start

# --- language data -----------------------------------------------------------

# what a static size is called: the subject of the number holds one of these
_SIZE_RE = re.compile(
    word_start("tổng mức đầu tư", "chiều dài", "công suất", "dung tích", "diện tích quy hoạch",
               "diện tích tự nhiên",
               "diện tích thiết kế", "trữ lượng", "năng lực tưới", "năng lực thiết kế",
               "cấp nước tưới", "phục vụ tưới", "bảo đảm tưới", "đảm bảo tưới", "tmđt")
    + r"(?![\w])"
)
# "Tổng vốn 62,5 triệu USD": the whole capital of a project, named bare
_BARE_CAPITAL_RE = re.compile(r"tổng vốn(?: đầu tư)?(?: (?:của )?dự án)?")
_QUALIFIERS = r"(?:\s(?:khoảng|gần|hơn|trên))?\s*"
# "… theo phương thức PPP với tổng vốn dự kiến 2.250 tỷ đồng": a project's planned capital
_PLANNED_CAPITAL_RE = re.compile(
    r"(?<![\w])(?:với|có) tổng (?:mức |vốn )?(?:đầu tư )?dự kiến" + _QUALIFIERS + "$")
# "quy mô 500 giường": a size, unless it is money ("quy mô GRDP ... tỷ đồng")
# "quy mô dân số 18.460 người": a population, counted
_SCALE_RE = re.compile(word_start("quy mô") + r"(?![\w])(?! dân số)")
_MONEY_OR_SHARE_RE = re.compile(r"(?:đồng|usd|%)$")
# "(... dài 35,8 km)", "dài khoảng 12 km": a length told by its adjective
_LONG_RE = re.compile(r"(?<![\w])dài(?:\s(?:khoảng|gần|hơn|trên))?\s*$")
# "nguồn đất đắp cho cao tốc thiếu khoảng 1,2 triệu m³": a need not met, a measure with no
# period (a count short, "còn thiếu 1.150 giáo viên", is of the report)
_SHORT_OF_RE = re.compile(r"(?<![\w])thiếu" + _QUALIFIERS + "$")
# "KCN Yên Lư (diện tích 382 ha)": the area of a named zone, in brackets after its name
_BRACKET_AREA_RE = re.compile(r"\((?:tổng )?diện tích(?:\s(?:khoảng|gần|hơn|trên))?\s*$")


# any word of a size, to pass over sentences without one quickly
_ANY_SIZE_RE = re.compile(r"tổng mức|chiều dài|công suất|dung tích|diện tích|trữ lượng|năng lực"
                          r"|quy mô|tmđt|cấp nước|tưới|tổng vốn|(?<![\w])dài")

# "4. Dự án Bệnh viện Đa khoa tỉnh (cơ sở 2), quy mô 500 giường": a size told with its number
_SIZE_FIGURE_RE = re.compile(
    r"(?:quy mô|công suất|chiều dài|diện tích|tổng mức đầu tư|(?<![\w])dài)"
    r"(?:\s(?:khoảng|gần|hơn|trên))?\s\d")


def has_size_word(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` names a size at all."""
    return _ANY_SIZE_RE.search(folded, start, end) is not None


# "nâng công suất lên 200 MW", "đạt công suất 3 triệu tấn": a size aimed at
_AIM_WORDS = frozenset(("nâng", "đạt", "lên", "tăng", "mở", "thêm"))


def _is_size(r: Reading, unit: str) -> bool:
    if r.kind != "level":
        return False
    if r.q.unit is not None and (r.q.unit.open or r.q.unit.base in COUNT_SET) and (
            r.q.unit.base not in MEASURE_SET):
        return False  # "312 tàu cá có chiều dài từ 15 m trở lên": a count, not a size
    head = r.indicator.lower()
    if r.q.unit is not None and r.q.unit.base in ("đồng", "usd") and planned_capital(r):
        return True  # "với tổng vốn dự kiến 2.250 tỷ đồng"
    if _BARE_CAPITAL_RE.fullmatch(head) and re.fullmatch(
            r"\W*" + _BARE_CAPITAL_RE.pattern + _QUALIFIERS, r.lead):
        return True  # opening its part: "Tổng vốn 62,5 triệu USD, …"; not "thu hút … với"
    if _SHORT_OF_RE.search(r.lead) and not _MONEY_OR_SHARE_RE.search(unit.lower()):
        return True
    return bool(_SIZE_RE.search(head) or _LONG_RE.search(r.lead) or _BRACKET_AREA_RE.search(r.lead)
                or (_SCALE_RE.search(head) and not _MONEY_OR_SHARE_RE.search(unit.lower())))


def is_static(r: Reading, unit: str) -> bool:
    """Whether reading ``r`` (with ``unit`` as written) states a static size
    and no period phrase of its own segment dates it."""
    if not _is_size(r, unit):
        return False
    return not any(not h.base and r.segment_start <= h.start < r.q.end for h in r.periods)


def planned_capital(r: Reading) -> bool:
    """Whether ``r`` is a project's planned capital ("tổng vốn dự kiến 2.250 tỷ
    đồng"): "dự kiến" names the plan, not an estimate."""
    return "dự kiến" in r.lead and bool(_PLANNED_CAPITAL_RE.search(r.lead))


def is_size_of_works(r: Reading, unit: str) -> bool:
    """A static size in a sentence that aims ("Kêu gọi đầu tư Dự án X …, tổng
    mức đầu tư khoảng 45.000 tỷ đồng", "Hoàn thành Dự án Y (dài 145 km) trước
    năm 2030", "… quy mô 1.000 giường"): a figure without a period, not a
    target; unless an aim word raises it ("nâng công suất lên 200 MW")."""
    return _is_size(r, unit) and not _AIM_WORDS.intersection(r.lead.split()[-4:])


def is_size_word(indicator: str) -> bool:
    """Whether ``indicator`` names a static size ("tổng mức đầu tư", "chiều dài …")."""
    low = indicator.lower()
    return bool(_SIZE_RE.search(low) or _SCALE_RE.search(low) or _BARE_CAPITAL_RE.fullmatch(low))


def names_size_figure(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` tells a size with its number ("…, quy mô 500
    giường"): a project heading that does is read for its figures."""
    return _SIZE_FIGURE_RE.search(folded, start, end) is not None
