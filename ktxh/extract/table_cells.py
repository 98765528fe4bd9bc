"""Cells, captions and row labels of tables: what :mod:`ktxh.extract.tables`
and :mod:`ktxh.extract.target_tables` read a number and its unit from.

- A cell holds one number ("7.215.300", "-3,5", "68,5%") or a range ("10 -
  10,5", "150 – 160").
- The unit of a column is in its header ("Diện tích (ha)"), else in an ĐVT
  column, else in the caption over the table ("*Đơn vị tính: triệu đồng*",
  "(ĐVT: tỷ đồng)").
- A row label that is a place ("Huyện Sông Lô", "Thành phố Vĩnh Yên") makes
  the row the figures of that place.
- A "%" row is a rate, a share ("Tỷ trọng …", "Cơ cấu …"), a change
  ("Tốc độ tăng …" of one year; "Tỷ lệ hộ nghèo giảm", negative) or an
  average growth ("… bình quân", "%/năm").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ktxh.extract.numbers import NUMBER, is_year, parse_number
from ktxh.extract.units import match_unit
from ktxh.text.model import BlockKind, Doc, Span
from ktxh.text.normalize import fold

# --- language data -----------------------------------------------------------

# "dưới 1,1", "trên 80", "≥ 95": a bound the value is to keep
NUMBER_CELL = re.compile(
    rf"\s*(?:(?:dưới|trên|tối thiểu|tối đa|ít nhất|≥|≤|>|<)\s*)?[-–]?\s*({NUMBER})\s*%?\s*")
# "10 - 10,5", "150 – 160", "28-29%": a range, lower end first
RANGE_CELL = re.compile(rf"\s*({NUMBER})\s*%?\s*[-–]\s*({NUMBER})\s*%?\s*")
# "*Đơn vị tính: triệu đồng*", "(ĐVT: tỷ đồng)", "Đơn vị: ha" (folded)
_CAPTION_UNIT = re.compile(r"(?:đơn vị tính|đơn vị|đvt)\s*:\s*([^():;|\n]{1,30}?)[\s).*:]*$")
# "Tình hình giải ngân từng dự án (Đơn vị: tỷ đồng):", "Bảng 2 (ĐVT: ha) - Diện tích
# gieo trồng": the bracket names the unit wherever it stands on the caption line (folded)
_CAPTION_UNIT_BRACKET = re.compile(
    r"\((?:đơn vị tính|đơn vị|đvt)\s*:\s*([^():;|\n]{1,30}?)\s*\)")
# "Kết quả cụ thể (đơn vị: tỷ đồng, giải ngân tính đến ngày 30/9/2025):", "(đơn vị
# tính: triệu đồng; số liệu đến …)": the bracket goes on after the unit (folded);
# taken only when the words before the comma are a unit and nothing more
_CAPTION_UNIT_CLAUSE = re.compile(
    r"\((?:đơn vị tính|đơn vị|đvt)\s*:\s*([^():;,|\n]{1,30}?)\s*[,;]")
# "Bảng tổng hợp giải ngân một số dự án (tỷ đồng):": a unit in brackets closing
# the caption line (folded); taken only when the bracket is a unit and nothing more
_CAPTION_BRACKET = re.compile(r"\(\s*([^():;|\n]{1,20}?)\s*\)[\s:.*]*$")
CAPTION_LINES = 4  # the caption is within the blocks right over the table
# "Huyện Sông Lô", "TP. Vĩnh Yên", "Thị xã Phúc Yên", "Xã Ea Kly": a level word, then
# a capitalised name (not "Xã đạt chuẩn …"); after a merger, the former units:
# "Khu vực tỉnh Quảng Bình (cũ)", "Khu vực huyện Lệ Thủy (cũ)"
_PLACE_LABEL = re.compile(
    r"(?:[Kk]hu vực\s+)?"
    r"(?:[Tt]ỉnh|[Hh]uyện|[Tt]hành phố|[Tt]hị xã|[Tt]hị trấn|[Qq]uận|[Xx]ã|[Pp]hường|TP\.|TX\.)"
    r"\s*(?=\w)"
)
# the total row of a table: "Cộng", "Tổng cộng", "Tổng số (A + B)" (folded)
_TOTAL_LABEL = re.compile(
    r"(?:tổng cộng|tổng số|tổng|cộng|toàn tỉnh|toàn thành phố|toàn huyện)"
    r"(?:\s*\([^()]*\))?[\s:.*]*")
_ABBREVIATED = {"TP.": "thành phố", "TX.": "thị xã"}
_SHARE = re.compile(r"(?<![\w])(?:tỷ trọng|tỉ trọng|cơ cấu)(?![\w])")
_GROWTH = re.compile(r"(?<![\w])(?:tốc độ tăng|tăng trưởng|tăng bình quân)")
_AVERAGE = re.compile(r"(?<![\w])bình quân(?![\w])")
_FALL = re.compile(r"(?<![\w])giảm(?! nghèo)(?![\w])")
_RISE = re.compile(r"(?<![\w])tăng(?![\w])")
# "Số bác sĩ/vạn dân", "Số giường bệnh/1 vạn dân", "Bác sĩ/10.000 dân": a row
# label that names a count per head of population (folded)
_PER_PEOPLE_LABEL = re.compile(
    r"\s?/\s?((?:(?:1|một)\s)?(?:vạn|nghìn|ngàn) dân|10\.000 dân|1\.000 dân)\s*$")
# a bare rate column: "Tỷ lệ (%)", "Tỷ lệ", "%" (folded, brackets removed)
_BARE_RATE = re.compile(r"(?:tỷ lệ|tỉ lệ)?\s*(?:\(\s*%\s*\))?|%")


@dataclass(frozen=True, slots=True)
class CellValue:
    value: float
    value_max: float | None
    span: Span  # the (first) number


def cell_value(doc: Doc, cell: Span) -> CellValue | None:
    """The number or range a cell holds; "-3,5" is negative; none for a span of years."""
    m = RANGE_CELL.fullmatch(doc.folded, cell.start, cell.end)
    if m and is_year(m.group(1)) and is_year(m.group(2)):
        return None  # "| 2025 - 2027 |" in a column of time: a span of years
    if m:
        low, high = parse_number(m.group(1)), parse_number(m.group(2))
        if low < high:
            return CellValue(low, high, Span(m.start(1), m.end(1)))
    m = NUMBER_CELL.fullmatch(doc.folded, cell.start, cell.end)
    if not m:
        return None
    value = parse_number(m.group(1))
    if re.search(r"[-–]", doc.folded[cell.start : m.start(1)]):
        value = -value
    return CellValue(value, None, Span(m.start(1), m.end(1)))


def is_number_cell(doc: Doc, cell: Span) -> bool:
    return cell_value(doc, cell) is not None


def caption_text(doc: Doc, first_row: int) -> str:
    """The folded lines over the table at block ``first_row`` (its title:
    "Phụ lục II / CHỈ TIÊU KẾ HOẠCH NĂM 2023 GIAO …"), nearest last."""
    lines: list[str] = []
    for i in range(first_row - 1, max(-1, first_row - 1 - CAPTION_LINES), -1):
        b = doc.blocks[i]
        if b.kind is BlockKind.TABLE_ROW:
            break
        lines.append(doc.folded[b.span.start : b.span.end])
    return "\n".join(reversed(lines))


def caption_unit(doc: Doc, first_row: int) -> str:
    """The unit a caption over the table at block ``first_row`` names:
    "*Đơn vị tính: triệu đồng*" → "triệu đồng"; "Bảng tổng hợp … (tỷ đồng):"
    → "tỷ đồng"; "" when none."""
    bracketed = ""
    for i in range(first_row - 1, max(-1, first_row - 1 - CAPTION_LINES), -1):
        b = doc.blocks[i]
        if b.kind is BlockKind.TABLE_ROW:
            break
        m = (_CAPTION_UNIT.search(doc.folded, b.span.start, b.span.end)
             or _CAPTION_UNIT_BRACKET.search(doc.folded, b.span.start, b.span.end))
        if m:
            return doc.text[m.start(1) : m.end(1)].strip()
        m = _CAPTION_UNIT_CLAUSE.search(doc.folded, b.span.start, b.span.end)
        if m and (unit := _whole_unit(doc, m.start(1), m.end(1))):
            return unit
        if not bracketed and (m := _CAPTION_BRACKET.search(doc.folded, b.span.start, b.span.end)):
            bracketed = _whole_unit(doc, m.start(1), m.end(1))
    return bracketed


def _whole_unit(doc: Doc, start: int, end: int) -> str:
    """The text of ``start:end`` when it is one unit and nothing more
    ("tỷ đồng", "ha"), else ""."""
    unit = match_unit(doc.folded[:end], start)
    if unit is None or unit.end != end or unit.start != start:
        return ""
    return doc.text[start:end].strip()


def place_of(label: str) -> str | None:
    """A row label that names a place, its level word in lower case:
    "Huyện Sông Lô" → "huyện Sông Lô"; None for "Tổng cộng", "Lúa"."""
    m = _PLACE_LABEL.match(label)
    if not m or not label[m.end() :][:1].isupper():
        return None
    level = m.group(0).strip()
    return f"{_ABBREVIATED.get(level, level.lower())} {label[m.end():]}"


def is_total(label: str) -> bool:
    """ "Cộng", "Tổng cộng", "Tổng số": the label of a table's total row."""
    return bool(_TOTAL_LABEL.fullmatch(fold(label).strip(" *")))


def falls(label: str) -> bool:
    """ "Tỷ lệ hộ nghèo giảm (%)", "Giảm tỷ lệ hộ nghèo": a column or row of falls,
    whose values are written without their sign (not "Tăng/giảm", "giảm nghèo")."""
    f = fold(label)
    return bool(_FALL.search(f)) and not _RISE.search(f)


def percent_kind(label: str, unit: str) -> str:
    """The kind of a "%" row named ``label``: share, growth_avg, change or rate."""
    f = fold(label)
    if _SHARE.search(f):
        return "share"
    if falls(label):
        return "growth_avg" if _AVERAGE.search(f) else "change"  # "Tỷ lệ hộ nghèo giảm"
    if _GROWTH.search(f):
        return "growth_avg" if _AVERAGE.search(f) or "/năm" in unit else "change"
    return "rate"


def per_people_unit(label: str, unit: str) -> str | None:
    """The unit of a row "Số bác sĩ/vạn dân | bác sĩ | 11,4": "bác sĩ/vạn dân", as
    seed 001 writes "bác sỹ/vạn dân" (a rate); None when the label names no
    count per people or the unit cell is not the counted noun."""
    f = fold(label).strip(" *:")
    m = _PER_PEOPLE_LABEL.search(f)
    u = fold(unit).strip()
    if m is None or not u or u.startswith("%") or "/" in u:
        return None
    if not re.search(rf"(?<![\w]){re.escape(u)}(?![\w])", f[: m.start()]):
        return None
    return f"{unit.strip()}/{m.group(1)}"


def is_bare_rate(header: str) -> bool:
    """ "Tỷ lệ (%)", "Tỷ lệ", "%": a column of ratios that names nothing."""
    return bool(header.strip()) and bool(_BARE_RATE.fullmatch(fold(header).strip(" *")))


def span_before(code: str | None, doc_period: str | None) -> str | None:
    """The span of years an average over "giai đoạn" ends at year ``code``:
    the plan's own span when it ends that year, the span as long just before
    it when it ends the year before ("Ước TH đến 2025" in a plan 2026 - 2030
    → "2021/2025"); None when neither."""
    if not code or not code.isdigit() or not doc_period or "/" not in doc_period:
        return None
    a, b = (int(x) for x in doc_period.split("/")[:2])
    y = int(code)
    if y == b:
        return doc_period
    if y == a - 1:
        return f"{y - (b - a)}/{y}"
    return None
