"""Project names: where a name ends.

:func:`cut_name` reads a project name forward from an offset in ``Doc.text``
("Dự án |Hồ chứa nước Bản Lải giai đoạn 1 để ..." → "Hồ chứa nước Bản Lải
giai đoạn 1"). The keys that link names of one project live in
:mod:`ktxh.extract.project_keys` (re-exported here). Word lists are data at
the top of the module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ktxh.extract.litscan import Tokens
from ktxh.extract.project_keys import link as link
from ktxh.extract.project_keys import phase_of as phase_of
from ktxh.extract.project_keys import project_key as project_key
from ktxh.extract.project_keys import same_project as same_project

# --- language data ---------------------------------------------------------

# Lower-case words that end a name once it holds a proper part:
# "Khu trung chuyển hàng hóa |với vốn đăng ký", "Bản Lải |để ...".
STOP_WORDS = frozenset((
    "với", "theo", "đạt", "đã", "đang", "được", "để", "nhằm", "do", "bằng", "từ", "sẽ",
    "có", "là", "gồm", "nhưng", "song", "vào", "trong", "khi", "đến", "tới", "đưa", "đi",
    "cũng", "còn", "chưa", "cần", "phải", "nên", "thì", "mà", "như", "nay", "trên", "thuộc",
    "của", "về", "sau", "trước", "tại", "khoảng", "dài", "tổng", "vốn", "chậm", "hiện",
    "bị", "gặp", "góp", "nhờ", "ước", "lũy", "luỹ",
    # predicates: "cao tốc A - B |thiếu đất đắp", "... |vướng mặt bằng", "... |vẫn chậm"
    "thiếu", "vướng", "vẫn", "tạm", "ngừng", "dừng", "gây", "khiến",
))
# Two-word stops: "Bản Lải |hoàn thành", "... |tiếp tục", "|bảo đảm".
STOP_PAIRS = frozenset((
    "hoàn thành", "thực hiện", "triển khai", "tiếp tục", "bảo đảm", "đảm bảo", "tiến độ",
    "kinh phí", "quy mô", "diện tích", "chiều dài", "công suất", "mức đầu",
    "giải ngân", "khởi công", "thi công", "cho phép", "tạo điều", "tạo thuận", "tạo động",
    "tạo ra", "tạo nên", "tạo sự", "sử dụng", "ký kết", "bố trí", "phê duyệt",
    # "Dự án Đường A - B |khối lượng thực hiện ước đạt ...", "|giá trị giải ngân ..."
    "khối lượng", "giá trị", "công tác", "cơ bản", "bàn giao", "giải phóng", "nghiệm thu",
    "vận hành", "dự kiến", "tích nước", "lũy kế", "luỹ kế",
    # a time the request runs to: "kéo dài giải ngân của Dự án Cầu X 2 |sang năm 2021"
    "sang năm",
    "ảnh hưởng", "đáp ứng", "đề nghị", "kiến nghị", "đề xuất", "phấn đấu", "đẩy nhanh",
    "tập trung", "khẩn trương", "phối hợp", "chủ trì",
    # the lender after an ODA name: "Dự án Phát triển đô thị X |vay vốn Ngân hàng Thế giới"
    "vay vốn", "sử dụng vốn",
    # "mới" ends a name before a verb only: "... |mới giải ngân", not "Khu đô thị mới X"
    "mới giải", "mới đạt", "mới hoàn", "mới bàn", "mới thi", "mới khởi", "mới triển",
    "mới được", "mới có",
))
# Words a road name runs on with to its ends: "Đường |từ Cảng hàng không X |đi Khu
# kinh tế Y", "Đường từ thị trấn A |đến xã B"; the heads that take them.
ROUTE_WORDS = frozenset(("từ", "đi", "đến", "tới", "ra"))
ROUTE_HEADS = frozenset(("đường", "tuyến", "đoạn", "lộ", "tốc", "kè", "kênh", "đê", "cầu"))
# "Đường |nối Quốc lộ 1 |đến đường ven biển ĐT.129": "nối" opens a route as "từ" does
ROUTE_OPENERS = frozenset(("từ", "nối"))
# Lower-case words that lead to a place name: "từ |thị trấn Quỳ Hợp", "với |thị xã X",
# "đi |bản Nà Lốc".
PLACE_LEADS = frozenset((
    "thị", "trấn", "xã", "huyện", "thành", "phố", "phường", "tỉnh", "cảng", "khu", "trung",
    "tâm", "cửa", "khẩu", "quốc", "lộ", "ngã", "ba", "tư", "cầu", "đường", "sân", "bay",
    "hàng", "không", "kinh", "tế", "công", "nghiệp", "đặc", "bản", "thôn", "xóm", "ấp", "buôn",
    "làng", "tổ", "di", "tích",
    # the road a link runs to: "đường nối A với | cao tốc B - C", "… với | đường ven biển D"
    "cao", "tốc", "tuyến", "vành", "đai", "ven", "biển", "sông",
))
# Waters a bridge or a dam stands on: "cầu X trên sông Y".
WATERS = frozenset(("sông", "suối", "kênh", "rạch", "đầm", "vịnh", "hồ", "biển"))
# Pairs that read as verbs elsewhere but qualify a noun before the proper part of a
# name: "Cấp nước sinh hoạt tập trung bản X", "Quy hoạch tổng thể ...".
# "Cảng biển tổng hợp Hòn Khoai", "Khu liên hợp xử lý chất thải tổng hợp X".
ADJECTIVE_PAIRS = frozenset(("tập trung", "tổng thể", "trọng điểm", "tổng hợp"))
# Verbs of works that a comma joins inside a name: "Cải tạo, nâng cấp", "Xây dựng, mở rộng".
_WORKS_VERBS = (
    r"(?:cải tạo|nâng cấp|xây dựng|xây mới|mở rộng|sửa chữa|chỉnh trang|hoàn thiện|nạo vét"
    r"|gia cố|kiên cố hóa|cứng hóa|khôi phục|phục hồi|tu bổ|tôn tạo|bảo tồn|di dời|bồi thường"
    r"|hỗ trợ|tái định cư|đầu tư|giải phóng mặt bằng)"
)
# Words that end a name with a proper part only; before one, the works' own
# description runs on: "Phát triển các đô thị loại vừa |tại Việt Nam - Tiểu dự án …",
# "Xây dựng cơ sở hạ tầng thích ứng |với biến đổi khí hậu cho đồng bào …".
DESCRIBING_WORDS = frozenset(("tại", "với"))
# ... unless a place of the province follows: "khu công nghiệp |tại huyện Hữu Lũng"
ADMIN_WORDS = frozenset(("huyện", "xã", "tỉnh", "thị", "thành", "phường", "quận", "thôn", "bản",
                         "ấp", "xóm", "địa"))
_WORKS_BEFORE = re.compile(rf"(?<![\w]){_WORKS_VERBS}\s*$", re.IGNORECASE)
_WORKS_AFTER = re.compile(rf"\s*{_WORKS_VERBS}(?![\w])", re.IGNORECASE)
# A commune, district or province named after a comma closes a name at a heading's colon:
# "Hồ chứa nước X|, huyện Y:", "… xã Chiềng Khoang|, huyện Quỳnh Nhai:"; one word or two.
ADMIN_AFTER_COMMA = frozenset(("huyện", "quận", "tỉnh", "thị xã", "thành phố", "xã", "phường",
                               "thị trấn"))
# What may follow such a place, or a run of lower-case nouns after a comma, for the
# comma to stay inside the name: the colon of a heading, an aside, the clause's end.
_NAME_CLOSERS = frozenset((":", "(", ";", ".", ","))
# Words before a colon that lists places in a name: "các tỉnh Đông Bắc: Hà Giang, ...".
AREA_WORDS = frozenset(("tỉnh", "huyện", "xã", "vùng", "khu vực"))
# Words that open a name in lower case ("dự án đường cao tốc ...").
HEAD_WORDS = (
    "đầu tư", "xây dựng", "cải tạo", "nâng cấp", "mở rộng", "sửa chữa", "kết cấu hạ tầng",
    "hạ tầng", "đường", "tuyến", "đoạn", "cầu", "hồ", "nhà máy", "khu", "cụm", "bệnh viện",
    "trường", "trụ sở", "trung tâm", "công viên", "quần thể", "cao tốc", "quốc lộ",
    "hệ thống", "kè", "cảng", "chợ", "nhiệt điện", "thủy điện", "thuỷ điện", "công trình",
    "hỗ trợ", "cấp nước", "thoát nước", "tòa nhà", "bến xe", "sân vận động", "nhà văn hóa",
    "thủy lợi", "giao thông", "đập", "trạm bơm", "kênh", "nhà thi đấu", "ký túc xá", "tỉnh lộ",
    # resettlement works: "Dự án bố trí ổn định dân cư vùng thiên tai xã X, huyện Y"
    "bố trí ổn định dân cư", "bố trí dân cư", "ổn định dân cư",
)
_HEAD_RE = re.compile(r"(?:" + "|".join(HEAD_WORDS) + r")\b")
# Heads of concrete works: "đường cao tốc", "cầu", "hồ chứa nước" ...
WORKS_HEADS = (
    "đường", "tuyến", "cầu", "hồ chứa", "nhà máy", "bệnh viện", "cao tốc", "quốc lộ", "trường",
    "trụ sở", "khu", "cụm công nghiệp", "kè", "cảng", "chợ", "nhiệt điện", "thủy điện",
)
# Leading words dropped from a name when a proper name follows at once:
# "dự án đầu tư |Khu trung chuyển", "dự án xây dựng |Khu đô thị mới Mai Pha".
LEADING_VERBS = re.compile(
    r"(?:đầu tư xây dựng|ĐTXD|đầu tư|xây dựng)(?:\s+công trình)?\s+(?=[“\"«]|[A-ZĐÀ-Ỹ])"
    # "dự án đầu tư xây dựng công trình |đường cao tốc ...", not "... |kết cấu hạ tầng Khu X"
    r"|(?:đầu tư xây dựng|xây dựng)(?:\s+công trình)?\s+(?=" + "|".join(WORKS_HEADS) + r")\b"
)
# Form of investment written before a name: "dự án BOT |cải tạo Quốc lộ 1A".
FORM_BEFORE = re.compile(r"(BOT|BTO|BOO|BT|PPP|ODA)\s+(?=\S)")
# Names that are not investment projects: drafts of legal documents, groups.
NOT_NAMES = re.compile(
    r"(?:luật|bộ luật|nghị định|nghị quyết|thông tư|quyết định|pháp lệnh|chỉ thị|đề án"
    r"|ODA|FDI|PPP|BOT|BT|DDI|NGO|các|những|một số|nhiều|mới|này|đó|trên|trong|của|thuộc"
    # bodies and classes: "các dự án Trung ương đầu tư", "dự án nhóm A", "dự án cấp tỉnh"
    r"|trung ương|nhà nước|chính phủ|bộ|sở|ủy ban|uỷ ban|UBND|HĐND|tỉnh(?! lộ)|huyện|nhóm"
    r"|cấp (?:tỉnh|huyện|xã|trung ương)"
    # kinds of projects, not names: "các dự án trọng điểm", "CÁC DỰ ÁN ĐỘNG LỰC"
    r"|trọng điểm|quan trọng|động lực|lớn|cấp bách|chuyển tiếp|khởi công mới|đầu tư công"
    r"|chậm tiến độ|đang triển khai|sử dụng vốn|vốn)\b",
    re.IGNORECASE,
)
# Bracketed asides that are no part of a name: "(khoảng 43km)", "(PPP)"; a
# bracket that opens with a kilometre post or a road locates the works:
# "Cầu Mỵ (Km78 Quốc lộ 32)", "(lý trình Km12+300)".
ASIDE = re.compile(
    r"\((?:khoảng|dài|tổng|với|theo|vốn|quy mô|diện tích|chiều dài|công suất|PPP|BOT|BT|BOO|BTO|ODA"
    r"|đối tác công tư|đợt|Km\s?\d+|lý trình|Quốc lộ|QL\.?\s?\d+|tỉnh lộ|ĐT\.?\s?\d+|đường tỉnh"
    # "(qua địa bàn tỉnh dài 35,8 km)", "(nguồn vốn ngân sách tỉnh)", "(hình thức BOT)"
    r"|qua địa bàn|trên địa bàn|nguồn vốn|sử dụng vốn|hình thức|phương thức|TMĐT"
    # progress: "(mới bàn giao 9,4/16,2 km mặt bằng)", "(còn 23 hộ chưa nhận tiền)"
    r"|mới|đã|còn|chưa|đạt|đang|chậm|ước|lũy kế|luỹ kế|giải ngân|bàn giao|hoàn thành"
    r"|khối lượng|tiến độ)\b",
    re.IGNORECASE,
)
# A bracket that gives a size is an aside wherever the size word stands: "(đoạn qua
# huyện dài 25,1 km)", "(diện tích 382 ha)".
_SIZE_INSIDE = re.compile(
    r"(?<![\w])(?:dài|chiều dài|diện tích|quy mô|tổng mức|công suất|dung tích)(?![\w])",
    re.IGNORECASE,
)
# A road after its section: "đoạn Km3+700 - Km18, |Quốc lộ 4B".
ROAD_AFTER_COMMA = re.compile(r",\s*(?:Quốc lộ|quốc lộ|QL|Tỉnh lộ|tỉnh lộ|ĐT|đường tỉnh)\b")
# A section after a road, its locating bracket too: "Tuyến đường ven biển (ĐT.639)|, đoạn Cát
# Tiến - Đề Gi", "Đường ven biển|, đoạn Km5 - Km12"
SECTION_AFTER_COMMA = re.compile(r"\)?\s*,\s*đoạn\s+(?:từ\s+)?(?=Km\s?\d|[A-ZĐÀ-Ỹ])")
# a road's locating bracket, an aside at the end of a name: "Cầu Mỵ (Km78 Quốc lộ 32)"
_LOCATOR = re.compile(r"\((?:Km\s?\d+|lý trình|Quốc lộ|QL\.?\s?\d+|tỉnh lộ|ĐT\.?\s?\d+|đường tỉnh)",
                      re.IGNORECASE)
OPEN_QUOTES, CLOSE_QUOTES = "“\"«", "”\"»"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}

# --- cutting ----------------------------------------------------------------

# Tokens: "ĐT.229", "3.299", "Km3+700", "17/10", words, "...", punctuation.
_TOKEN_RE = re.compile(r"[^\W\d_]+\.\d\w*|\d[\d.,/+]*\d|[\w+/]+|\.\.\.|…|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Cut:
    """A name read from the text: ``text[start:end]`` with quotes dropped."""

    name: str
    start: int
    end: int


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _is_num(tok: str) -> bool:
    return tok[:1].isdigit() or (tok.lower() in _ROMAN and tok.isupper())


def _quoted(text: str, pos: int, limit: int) -> Cut | None:
    close = min(
        (i for i in (text.find(q, pos + 1, limit) for q in CLOSE_QUOTES) if i > 0),
        default=-1,
    )
    if close < 0:
        return None
    return Cut(text[pos + 1 : close].strip(), pos, close + 1)


def _first_from(toks: Tokens, pos: int) -> int:
    """The index of the first token at or after ``pos``, else the number of tokens; reads
    no token past it (a default ``len(toks)`` read the sentence to its end)."""
    i = 0
    while toks.has(i) and toks[i][1] < pos:
        i += 1
    return i


def cut_name(text: str, start: int, limit: int, title: bool = True) -> Cut | None:
    """The project name that starts at ``text[start]``, ending before ``limit``.

    A name stops at ";", ":", the end of the sentence, "dự án", a stop word
    ("... Bản Lải |để"), or a comma after its proper part ("tuyến cao tốc Bắc
    Giang - Lạng Sơn|, tạo ..."). It needs a proper part: a capitalized word
    or a number after its first word, a kept bracket, or (when ``title``) a
    capitalized first word ("dự án Khu trung chuyển hàng hóa").
    """
    while start < limit and text[start] == " ":
        start += 1
    if start < limit and text[start] in OPEN_QUOTES:
        return _quoted(text, start, limit)
    toks = Tokens(_TOKEN_RE, text, start, limit)  # read as far as the name goes
    if not toks:
        return None
    end, proper, i = start, False, 0
    titled = title and _is_cap(toks[0][0])
    while toks.has(i):
        tok, s, e = toks[i]
        low = tok.lower()
        nxt = toks[i + 1][0] if toks.has(i + 1) else ""
        if tok == ":" and _is_cap(nxt) and toks[i - 1][0] != ")" and any(
            t[0].lower() in AREA_WORDS for t in toks[max(0, i - 6) : i]
        ):
            # "các tỉnh Đông Bắc: Hà Giang, Cao Bằng, Lạng Sơn"
            end, i = _place_list(toks, i + 1)
            break
        if tok in ";:.…" or tok == "...":
            break
        if low == "dự" and nxt.lower() == "án" and i > 0:
            if toks[i - 1][0].lower() == "tiểu":
                i += 2  # "Phát triển các đô thị loại vừa tại Việt Nam - Tiểu dự án thành phố Huế"
                continue
            if i < 2 or f"{toks[i - 2][0]} {toks[i - 1][0]}".lower() != "phục vụ":
                break
            i += 2  # "Hạ tầng khu tái định cư phục vụ |Dự án Kho cảng LNG X"
            continue
        if tok in OPEN_QUOTES and i > 0:
            q = _quoted(text, s, limit)
            if q is None:
                break
            end, proper = q.end, True
            i = _first_from(toks, q.end)
            continue
        if tok == "(":
            close = _close_paren(text, s, limit)
            routed = (close > 0 and _LOCATOR.match(text, s) is not None and _routed(toks, i)
                      and SECTION_AFTER_COMMA.match(text, close) is not None)
            if not routed and (close < 0 or ASIDE.match(text, s) or i == 0
                               or _SIZE_INSIDE.search(text, s, close)):
                break
            end = close + 1
            # "(giai đoạn II)", "(700 giường)", "(LRAMP)"; not "(giao thông, điện ...)"
            proper = proper or any(ch.isupper() or ch.isdigit() for ch in text[s + 1 : close])
            i = _first_from(toks, close + 1)
            continue
        if tok in "-–":
            if not nxt or nxt in ",;:.()":
                break
            i += 1
            continue
        if tok == ",":
            prev = toks[i - 1][0] if i else ""
            if (_is_num(prev) and _is_num(nxt)) or ROAD_AFTER_COMMA.match(text, s) or (
                    SECTION_AFTER_COMMA.match(text, s) and _routed(toks, i)):
                i += 1
                continue
            if _WORKS_BEFORE.search(text, start, s) and _WORKS_AFTER.match(text, e):
                i += 1  # "Cải tạo, nâng cấp đường ...", "Xây dựng, mở rộng Trường ..."
                continue
            works = _WORKS_AFTER.match(text, e)
            if not proper and works and _WORKS_AFTER.match(text, start):
                # "Di dời dân cư, giải phóng mặt bằng Khu vực I …": works after works
                end = works.end()
                i = _first_from(toks, end)
                continue
            # "Cải tạo, nâng cấp đường Hữu Nghị", "khu du lịch sinh thái, cáp treo Mẫu Sơn"
            if not proper and nxt and not _is_cap(nxt) and _cap_ahead(toks, i + 1, 12):
                i += 1
                continue
            k = _admin_place_end(toks, i) if proper else None
            if k is not None:  # "… xã Chiềng Khoang, huyện Quỳnh Nhai: đã san nền …"
                end, i = toks[k - 1][2], k
                continue
            if not proper and _nouns_to_close(toks, i):
                i += 1  # "Trung tâm hội nghị, triển lãm tỉnh (hình thức BT): …"
                continue
            break
        if not tok[0].isalnum():
            break
        if i > 0 and toks[i - 1][0] == ")" and _is_cap(tok) and (
                low in STOP_WORDS or _stop_pair(low, nxt)):
            break  # a heading "1. Dự án Đường X (giai đoạn 1)" run on with "|Tổng mức đầu tư …"
        if _is_cap(tok) or _is_num(tok):
            if i > 0 or _is_num(tok):
                proper = True
            end = e
            i += 1
            continue
        # a lower-case word
        if i > 0 and low in ("và", "hoặc"):
            if not nxt or _is_cap(nxt) or nxt.lower() in STOP_WORDS or nxt.lower() in (
                "các", "những", "dự", "một"):
                break
        elif low == "với" and any(t[0].lower() == "nối" for t in toks[:i]) and (
                _place_ahead(toks, i + 1)):
            pass  # "đường Tân Thanh đầu nối với Khả Phong", "kết nối A với thị xã B"
        elif (low == "vào" and i > 0 and toks[i - 1][0].lower() in ROUTE_HEADS
              and _place_ahead(toks, i + 1)):
            pass  # "đường vào Khu di tích ...", "cầu vào bản X"
        elif (low in ("trên", "qua") and nxt.lower() in WATERS and toks.has(i + 2)
              and _is_cap(toks[i + 2][0]) and any(t[0].lower() in ROUTE_HEADS for t in toks[:i])):
            pass  # "cầu Bến Gỗ trên sông Cái", "đập dâng qua suối Nậm Mu"
        elif not proper and f"{low} {nxt.lower()}" in ADJECTIVE_PAIRS:
            end = toks[i + 1][2]  # "Cấp nước sinh hoạt tập trung bản X": no verb here
            i += 2
            continue
        elif (i > 0 and low in ROUTE_WORDS
              and (_place_ahead(toks, i + 1) or nxt.lower() in ROUTE_HEADS)
              and any(t[0].lower() in ROUTE_HEADS for t in toks[:i])
              and (low == "từ" or any(t[0].lower() in ROUTE_OPENERS for t in toks[:i]))):
            pass  # "Đường từ Cảng hàng không X đi Khu kinh tế Y", "Đường nối A đến đường B"
        elif low == "dài" and i > 0 and toks[i - 1][0].lower() == "nối":
            pass  # "Đường trục Khu kinh tế nối dài": extended, not "dài 12 km"
        elif low == "bằng" and i > 0 and toks[i - 1][0].lower() == "đồng":
            pass  # "vùng đồng bằng sông Cửu Long"
        elif (i > 0 and not proper and low in DESCRIBING_WORDS and nxt[:1].isalpha()
              and nxt.lower() not in STOP_WORDS | ADMIN_WORDS
              and not _stop_pair(nxt, _after(toks, i + 1))
              and not _stop_pair(low, nxt)):
            pass  # "… đô thị loại vừa tại Việt Nam", not "trường học với tổng mức …"
        elif i > 0 and (low in STOP_WORDS or _stop_pair(low, nxt)):
            break
        elif proper and low in ("kết", "đấu") and nxt.lower() == "nối":
            break  # "tuyến cao tốc A - B |kết nối với ...", but "đường kết nối A với B"
        end = e
        i += 1
    name = _join(text, start, end)
    if not name or not (proper or titled) or len(name.split()) < 2:
        return None
    return Cut(name, start, end)


# Works named after "Dự án" in lower case only, before the bracket of their size:
# "Dự án |tuyến đường bộ ven biển đoạn qua tỉnh |(dài 145 km)".
_PLAIN_WORKS = re.compile(
    r"(?:tuyến|đường|cầu|kè|đê|kênh|hồ chứa|cảng|bệnh viện|trường|khu|cụm)(?:\s[^\W\d]+){2,11}"
    r"(?=\s*\((?:dài|chiều dài|quy mô|diện tích|tổng mức|công suất)(?![\w]))"
)


def cut_plain_works(text: str, folded: str, start: int, limit: int) -> Cut | None:
    """A name of works with no proper part, told apart by its size bracket
    (``_PLAIN_WORKS``); None when a stop word would end it."""
    m = _PLAIN_WORKS.match(folded, start, limit)
    if m is None:
        return None
    words = m.group().split()
    if any(w in STOP_WORDS or _stop_pair(w, n) for w, n in zip(words, [*words[1:], ""],
                                                                  strict=True)):
        return None
    return Cut(_join(text, start, m.end()), start, m.end())


def _admin_place_end(toks: Tokens, i: int) -> int | None:
    """After the comma ``toks[i]``, the index past a district or province ("huyện
    Quỳnh Nhai") that a heading's colon, an aside or the clause's end follows;
    None when it runs on into a clause ("…, huyện Y đã chỉ đạo")."""
    k = i + 1
    if not toks.has(k):
        return None
    one = toks[k][0].lower()
    two = f"{one} {_after(toks, k).lower()}"
    if one in ADMIN_AFTER_COMMA:
        k += 1
    elif two in ADMIN_AFTER_COMMA:
        k += 2
    else:
        return None
    if not (toks.has(k) and _is_cap(toks[k][0])):
        return None
    while toks.has(k) and _is_cap(toks[k][0]):
        k += 1
    return k if not toks.has(k) or toks[k][0] in _NAME_CLOSERS else None


def _nouns_to_close(toks: Tokens, i: int, reach: int = 8) -> bool:
    """After the comma ``toks[i]``, lower-case words that are no stop word run to
    an aside, a heading's colon or the clause's end: the name joins two works
    ("Trung tâm hội nghị|, triển lãm tỉnh (hình thức BT):"), it lists nothing."""
    k, words = i + 1, 0
    while toks.has(k):
        tok = toks[k][0]
        if tok in "(:;":
            return words > 0
        if tok == ",":
            k += 1
            continue
        low = tok.lower()
        if (not tok.isalpha() or _is_cap(tok) or low in STOP_WORDS or low in ("và", "hoặc")
                or _stop_pair(low, _after(toks, k)) or words >= reach):
            return False
        words += 1
        k += 1
    return words > 0


def _routed(toks: Tokens, i: int) -> bool:
    """A road's head word stands before ``toks[i]``: "Tuyến đường ven biển | (ĐT.639)"."""
    return any(t[0].lower() in ROUTE_HEADS for t in toks[:i])


def _after(toks: Tokens, i: int) -> str:
    """The token after ``toks[i]``, "" at the end."""
    return toks[i + 1][0] if toks.has(i + 1) else ""


def _place_ahead(toks: Tokens, i: int) -> bool:
    """A place name starts at ``toks[i]``: a capital or a number, or a few
    place words before one ("thị trấn Quỳ Hợp", "cảng hàng không Vinh")."""
    for tok, _, _ in toks[i : i + 4]:
        if _is_cap(tok) or _is_num(tok):
            return True
        if tok.lower() not in PLACE_LEADS:
            return False
    return False


def _place_list(toks: Tokens, i: int) -> tuple[int, int]:
    """End of a list of capitalized names from ``toks[i]``: "Hà Giang, Cao Bằng và Lạng Sơn"."""
    end = toks[i - 1][2]
    while i < len(toks):
        tok = toks[i][0]
        if _is_cap(tok):
            end = toks[i][2]
        elif tok not in (",", "và") or i + 1 >= len(toks) or not _is_cap(toks[i + 1][0]):
            break
        i += 1
    return end, i


def _close_paren(text: str, pos: int, limit: int) -> int:
    """Offset of the ")" that closes ``text[pos]``, or -1."""
    depth = 0
    for k in range(pos, limit):
        if text[k] == "(":
            depth += 1
        elif text[k] == ")":
            depth -= 1
            if depth == 0:
                return k
    return -1


def _stop_pair(low: str, nxt: str) -> bool:
    return f"{low} {nxt.lower()}" in STOP_PAIRS


def _cap_ahead(toks: Tokens, i: int, reach: int = 4) -> bool:
    """A capitalized word or number follows, with no stop word or punctuation
    but commas between ("Bồi thường, hỗ trợ, tái định cư |Hồ chứa nước ...")."""
    for k, (tok, _, _) in enumerate(toks[i : i + reach], i):
        if _is_cap(tok) or _is_num(tok):
            return True
        if tok == ",":
            continue
        if tok.lower() in STOP_WORDS or not tok[0].isalnum() or _stop_pair(
            tok.lower(), toks[k + 1][0] if toks.has(k + 1) else ""
        ) or tok.lower() == "dự":
            return False
    return False


def _join(text: str, start: int, end: int) -> str:
    raw = text[start:end]
    for q in OPEN_QUOTES + CLOSE_QUOTES:
        raw = raw.replace(q, "")
    return re.sub(r"\s+", " ", raw).strip(" ,-–")


_LISTED_RE = re.compile(r"([^\W\d][^()A-ZĐ]*?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)$")


def split_listed(cut: Cut) -> list[Cut]:
    """"nhà máy thủy điện (Bắc Khê 1, Thác Xăng (Bắc Giang 2), Khánh Khê)" →
    one name per item: "nhà máy thủy điện Bắc Khê 1", ...; else ``[cut]``."""
    m = _LISTED_RE.fullmatch(cut.name)
    if not m or (m.group(1)[:1].isupper() and len(m.group(1).split()) < 2):
        return [cut]
    head, items = m.group(1).strip(), m.group(2)
    parts, depth, buf = [], 0, ""
    for ch in items:
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            parts.append(buf)
            buf = ""
        else:
            buf += ch
    parts.append(buf)
    parts = [p.strip() for p in parts if p.strip()]
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return [cut]
    return [Cut(f"{head} {p}", cut.start, cut.end) for p in parts]


def strip_lead(text: str, start: int) -> int:
    """Skip "đầu tư", "xây dựng" when a proper name or a quote follows at once."""
    m = LEADING_VERBS.match(text, start)
    return m.end() if m else start


def is_name_start(text: str, start: int) -> bool:
    """A name opens with a capital, a quote or a head word ("đường", "khu" ...)."""
    if start >= len(text):
        return False
    ch = text[start]
    if ch in OPEN_QUOTES:
        return True
    if NOT_NAMES.match(text, start):
        return False
    return ch.isupper() or bool(_HEAD_RE.match(text, start))
