"""Language data for :mod:`ktxh.extract.metadata`: header and signature lines.

Patterns marked *folded* run on ``Doc.folded`` lines; the others on the
original text, where capital letters matter (symbols, names).
"""

from __future__ import annotations

import re

from ktxh.extract.doctypes import ISSUERS
from ktxh.text.normalize import fold

# "Số: 394/TB-VPCP", "Số: /BC-UBND", "Số:    -CTr/TU", "Số 52-CTr/TU", "Số: 12/2019/NQ-HĐND"
_SYM_PART = r"[A-ZĐ][\wĐđ&]*"
NUMBER_LINE_RE = re.compile(
    r"^[Ss][ốỐ]\s*[:.]?\s*(?P<digits>\d+[a-z]?)?[\s._…]*(?P<sep>[/-])\s*"
    r"(?:(?P<year>(?:19|20)\d\d)\s*/\s*)?"
    rf"(?P<symbol>{_SYM_PART}(?:\s?[-/]\s?{_SYM_PART})*)"
)

# "Hà Nội, ngày 13 tháng 11 năm 2019", "Lạng Sơn, ngày   tháng 11 năm 2024", "ngày 5/3/2024"
DATE_LINE_RE = re.compile(r"^(?:(?P<place>[^\W\d][^\d,:;()]{1,40}?)\s*,\s*)?[Nn][Gg][ÀàAa][Yy]\b")
# ", ngày" after a place name (folded), anywhere on a header line.
PLACE_DATE_RE = re.compile(r"\s*,\s*(?P<date>ngày\b)")

# Receipt stamps: "ĐẾN", "Giờ: ...", "Ngày: 14/11/2019", "CÔNG VĂN ĐẾN", "Số: 1234";
# digital signature stamps: "Ký bởi: ...", "Ngày ký: 14-11-2019 09:30" (folded).
STAMP_RE = re.compile(
    r"^(?:đến\b|giờ\s*:|ngày\s*:|chuyển\s*:|số\s*:?\s*\d+\s*$|công văn đến|kính chuyển"
    r"|công thông tin điện tử|lưu hồ sơ số|số và ký hiệu hs"
    r"|ký bởi\s*:|người ký\s*:|ngày ký\s*:|thời gian ký\s*:|email\s*:|cơ quan\s*:)"
)

# National motto, Party banner, rules, draft and urgency marks (folded).
HEADER_SKIP_RE = re.compile(
    r"^(?:cộng hòa xã hội chủ nghĩa việt nam|độc lập\s*[-–]\s*tự do\s*[-–]\s*hạnh phúc"
    r"|đảng cộng sản việt nam|[-_=*.…\s]+$|t{2,3}$|\(?dự thảo\)?$|mật$|tối mật$|khẩn$"
    r"|thượng khẩn$|hỏa tốc$)"
)

# Lines that cannot continue a title: "Phần I", "I.", "1.", "a)", "Căn cứ" (folded).
TITLE_STOP_RE = re.compile(
    r"^(?:phần\s+[ivx\d]+\b|chương\s+[ivx\d]+\b|[ivx]+\s*[.)]\s|\d+(?:\.\d+)*\s*[.)]?\s"
    r"|[a-zđ]\)\s|căn cứ\b|kính gửi\b|điều\s+\d|mục\s+[ivx\d]|nơi nhận\b"
    r"|ngày\s+\d|quyết định\s*:|quyết nghị\s*:)"
)
# Lines that open the body after a title: "Thực hiện Công văn số ...", "Ngày 20/7, ..." (folded).
BODY_START_RE = re.compile(r"^(?:thực hiện|ngày|sau khi|theo)\b")

# Motto and Party banner sharing a line with the issuer in PDF text (folded).
MOTTO_RE = re.compile(
    r"\s(?:cộng hòa xã hội chủ nghĩa việt nam|độc lập\s*[-–]\s*tự do|đảng cộng sản việt nam)"
)
# The same phrases anywhere on a header line, to cut PDF lines into their columns (folded).
MOTTO_SPAN_RE = re.compile(
    r"cộng hòa xã hội chủ nghĩa việt nam|độc lập\s*[-–]\s*tự do\s*[-–]\s*hạnh phúc"
    r"|đảng cộng sản việt nam"
)
# "Số:" opening the number inside a header line: "... TỈNH LẠNG SƠN Số: 12/BC-UBND ...".
# "Số" after a space (the look-behind after the "S": re skips ahead to it)
NUMBER_START_RE = re.compile(r"S(?<=\sS)[ốỐ]\s*[:.]?\s*(?:\d+[a-z]?)?[\s._…]*[/-]\s*[A-Z0-9Đ]")
# "(Đã ký)", "(Ký tên, đóng dấu)", "(Đã ký & đóng dấu)", "Đã ký" beside a signature (folded).
SIGNED_NOTE_RE = re.compile(r"\(?\s*(?:đã ký|ký tên|ký,|ký và|ký số|ký, đóng dấu)[^)]*\)?")
VV_RE = re.compile(r"^\s*v\s*/\s*v\b", re.IGNORECASE)  # "V/v báo cáo tình hình ..."
KINH_GUI_RE = re.compile(r"^kính\s+gửi\s*:?\s*")  # folded
NOI_NHAN_RE = re.compile(r"^nơi\s+nhận\s*:?\s*")  # folded
# An appendix heading after the signature (folded): "Phụ lục I", "PHỤ LỤC 02:",
# "Biểu số 01", "Biểu 2 - …"; not "Phụ lục kèm theo …" inside a sentence.
APPENDIX_RE = re.compile(
    r"^(?:phụ lục|biểu(?: mẫu)?)(?:\s+(?:số\s*)?[ivxlc\d]{1,6}[a-z]?)?\s*(?:[.:–-]|$)"
)
# Dash items run together on one line: "- Văn phòng Chính phủ; - Lưu: VT."
INLINE_ITEMS_RE = re.compile(r"(?:^|(?<=[;.,]))\s*[-–+•]\s+")
LIST_ITEM_RE = re.compile(r"^[-–+•]\s*(?P<item>\S.*)$")

# "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. BỘ TRƯỞNG", "TUQ. CHỦ TỊCH", "Q. GIÁM ĐỐC"
AUTHORITY_RE = re.compile(
    r"^(?P<prefix>T/?M|K/?T|T/?L|TUQ|Q)\s*[.:]?\s+(?P<body>\S.*)$|"
    r"^(?P<prefix2>TM|KT|TL|TUQ|Q)\s*\.\s*(?P<body2>\S.*)$",
    re.IGNORECASE,
)

# Signer positions (folded, whole line): "PHÓ CHỦ TỊCH", "BỘ TRƯỞNG, CHỦ NHIỆM".
_POSITION = (
    r"(?:phó\s+)?(?:chủ tịch|chủ nhiệm|bộ trưởng|thứ trưởng|thủ tướng|giám đốc|tổng giám đốc"
    r"|bí thư|trưởng ban|chánh văn phòng|cục trưởng|vụ trưởng|viện trưởng|trưởng phòng"
    r"|tổng cục trưởng|chánh thanh tra|hiệu trưởng|trưởng đoàn)(?:\s+thường trực)?"
)
POSITION_RE = re.compile(rf"{_POSITION}(?:\s*,\s*{_POSITION})*")
# "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ <name>": a position, its body, then the name.
POSITION_BEFORE_NAME_RE = re.compile(
    rf"(?<!\w)(?P<position>{_POSITION}(?:\s*,\s*{_POSITION})*)(?:\s+[^\s,;.()]+){{0,8}}\s*$"
)

# A header line that continues the body above it: "ỦY BAN NHÂN DÂN" / "TỈNH LẠNG SƠN".
_ADMIN_UNIT = r"tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn"
UNIT_CONTINUATION_RE = re.compile(rf"^(?:{_ADMIN_UNIT})\s+(?!ủy\b)")
_ADMIN_SPLIT_RE = re.compile(rf"(?<!\w)({_ADMIN_UNIT})\s+(?!ủy\b)")

# Party header: "ĐẢNG BỘ TỈNH CAO BẰNG" above "TỈNH ỦY" (folded).
PARTY_BRANCH_RE = re.compile(r"đảng bộ\s+(?:tỉnh|thành phố|huyện|quận|thị xã)\s+(?P<place>.+)$")
PARTY_COMMITTEE_RE = re.compile(r"tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy")
# The same on one line: "TỈNH ỦY CAO BẰNG", "HUYỆN ỦY BẢO LẠC".
_PARTY_COMMITTEE_PLACE_RE = re.compile(rf"^({PARTY_COMMITTEE_RE.pattern})\s+(\S.*)$")

# Abbreviated bodies in a header, written out in the issuer's name (folded):
# "UBND TỈNH SÓC TRĂNG" → "Ủy ban nhân dân tỉnh Sóc Trăng".
_HEADER_ABBREVIATIONS = {"ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân",
                         "mttq": "mặt trận tổ quốc"}
_HEADER_ABBREVIATION_RE = re.compile(r"(?<!\w)(" + "|".join(_HEADER_ABBREVIATIONS) + r")(?!\w)")


def expand_header_abbreviations(folded: str) -> str:
    """ "ubnd tỉnh sóc trăng" → "ủy ban nhân dân tỉnh sóc trăng"."""
    return _HEADER_ABBREVIATION_RE.sub(lambda m: _HEADER_ABBREVIATIONS[m[1]], folded)


# A sub-body named without its parent in the header: "VĂN PHÒNG" under "ỦY BAN NHÂN DÂN ...".
GENERIC_UNITS = frozenset({
    "văn phòng", "thanh tra", "ban quản lý dự án", "ban tiếp công dân",
    # the organs of a party committee: "TỈNH ỦY QUẢNG NINH" / "BAN THƯỜNG VỤ"
    "ban thường vụ", "ban chấp hành", "ủy ban kiểm tra", "ban tổ chức", "ban tuyên giáo",
    "ban dân vận", "ban tuyên giáo và dân vận", "ban nội chính",
})

_SURNAMES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Mai Hà "
    "Lương Đinh Trịnh Lâm Đào Đoàn Vương Cao Lưu Chu Triệu Tô Tạ Thái Lò Lục Nông "
    "Hứa Vi Hoàng Quan Tăng Từ Văn Kiều Khổng Mạc Mông Y Giàng Sùng Thào Ma Hầu "
    "Tống Trương Kim Châu Âu Doãn Lại Phùng Quách Nghiêm Trịnh Đàm Tôn Diệp Bế Hà Lã"
)
SURNAMES = frozenset(fold(_SURNAMES).split())
# A row label of a place or body is no person's name: "Huyện Sông Lô", "Thành phố Vĩnh Yên".
NOT_A_NAME_HEAD = frozenset(("huyện", "tỉnh", "thành", "thị", "xã", "phường", "quận", "sở",
                             "phòng", "khu", "cụm", "cầu"))

_CANONICAL = {fold(v): v for v in ISSUERS.values()}


_TAIL_SPLIT_RE = re.compile(r"[;:.]\s+")


def signature_tail(item: str) -> str | None:
    """The all-caps signature tail that PDF text puts on a list line:
    "Như trên; PHÓ CHỦ TỊCH" → "PHÓ CHỦ TỊCH"; "Nơi nhận: TM. ỦY BAN NHÂN DÂN" →
    "TM. ỦY BAN NHÂN DÂN"."""
    for cut in _TAIL_SPLIT_RE.finditer(item):
        tail = item[cut.end() :]
        if not tail.isupper():
            continue
        if AUTHORITY_RE.match(tail) or POSITION_RE.fullmatch(fold(tail).strip(" .")):
            return tail
    return None


def strip_caps_tail(item: str) -> str:
    """``item`` without its :func:`signature_tail`: "Như trên; PHÓ CHỦ TỊCH" → "Như trên;"."""
    tail = signature_tail(item)
    return item[: len(item) - len(tail)].rstrip() if tail else item


def sentence_case(text: str, each_part: bool = False) -> str:
    """ "ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân"; with ``each_part`` every comma
    part and the word after "Phó": "BỘ TRƯỞNG, CHỦ NHIỆM" → "Bộ trưởng, Chủ nhiệm"."""
    low = " ".join(fold(text).split())
    if low in _CANONICAL:
        return _CANONICAL[low]
    parts = low.split(", ") if each_part else [low]
    out = []
    for part in parts:
        words = part.split(" ")
        words[0] = words[0][:1].upper() + words[0][1:]
        if each_part and words[0] == "Phó" and len(words) > 1:
            words[1] = words[1][:1].upper() + words[1][1:]
        out.append(" ".join(words))
    return ", ".join(out)


def title_case_place(folded: str) -> str:
    """Header body in reading case: "ủy ban nhân dân tỉnh lạng sơn" →
    "Ủy ban nhân dân tỉnh Lạng Sơn"; "sở kế hoạch và đầu tư" → "Sở Kế hoạch và Đầu tư"."""
    folded = " ".join(folded.split())
    party = _PARTY_COMMITTEE_PLACE_RE.match(folded)
    if party:  # "tỉnh ủy cao bằng" → "Tỉnh ủy Cao Bằng"
        return f"{sentence_case(party[1])} {_capitalize_words(party[2])}"
    found = list(_ADMIN_SPLIT_RE.finditer(folded))
    m = found[-1] if found else None
    if m is None or m.start() == 0:
        return sentence_case(folded)
    body = sentence_case(folded[: m.start()].strip())
    return f"{body} {m[1]} {_capitalize_words(folded[m.end() :])}"


def _capitalize_words(place: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in place.split())
