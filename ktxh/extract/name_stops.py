"""Where a project name stops: the stop words and the rules that let a word run on.

:func:`ktxh.extract.project_names.cut_name` walks the tokens of a name; the word lists
of the walk and its tests on a token (a lower-case word that ends the name, a comma a
place or a second works follows, a place ahead) live here.
"""

from __future__ import annotations

import re

from ktxh.extract.litscan import Tokens

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
# Verbs that end a name once it holds a proper part only (after "hoàn thiện" with no
# proper part, the works' description runs on): "Khu công nghiệp X giai đoạn 2 |hoàn
# thiện hệ thống xử lý nước thải", "... |hoàn chỉnh hồ sơ"
PROPER_STOP_PAIRS = frozenset(("hoàn thiện", "hoàn chỉnh"))
# the section "in this area" after a proper name: "Dự án đường Vành đai 4 |đoạn qua địa bàn
# phường" (not "đoạn qua tỉnh X", which names the section)
HERE_SECTION = ("đoạn", "qua", "địa", "bàn")
# Words a road name runs on with to its ends: "Đường |từ Cảng hàng không X |đi Khu
# kinh tế Y", "Đường từ thị trấn A |đến xã B"; the heads that take them.
ROUTE_WORDS = frozenset(("từ", "đi", "đến", "tới", "ra"))
ROUTE_HEADS = frozenset(("đường", "tuyến", "đoạn", "lộ", "tốc", "kè", "kênh", "đê", "cầu"))
# the area a link runs to before its name: "kết nối |vùng Hà Nam - Ninh Bình"
LINKED_AREAS = frozenset(("vùng", "cụm"))
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
WORKS_BEFORE = re.compile(rf"(?<![\w]){_WORKS_VERBS}\s*$", re.IGNORECASE)
WORKS_AFTER = re.compile(rf"\s*{_WORKS_VERBS}(?![\w])", re.IGNORECASE)
# A commune, district or province named after a comma closes a name at a heading's colon:
# "Hồ chứa nước X|, huyện Y:", "… xã Chiềng Khoang|, huyện Quỳnh Nhai:"; one word or two.
ADMIN_AFTER_COMMA = frozenset(("huyện", "quận", "tỉnh", "thị xã", "thành phố", "xã", "phường",
                               "thị trấn"))
# What may follow such a place, or a run of lower-case nouns after a comma, for the
# comma to stay inside the name: the colon of a heading, an aside, the clause's end.
_NAME_CLOSERS = frozenset((":", "(", ";", ".", ","))
# A road after its section: "đoạn Km3+700 - Km18, |Quốc lộ 4B".
ROAD_AFTER_COMMA = re.compile(r",\s*(?:Quốc lộ|quốc lộ|QL|Tỉnh lộ|tỉnh lộ|ĐT|đường tỉnh)\b")
# A section after a road, its locating bracket too: "Tuyến đường ven biển (ĐT.639)|, đoạn Cát
# Tiến - Đề Gi", "Đường ven biển|, đoạn Km5 - Km12"
SECTION_AFTER_COMMA = re.compile(r"\)?\s*,\s*đoạn\s+(?:từ\s+)?(?=Km\s?\d|[A-ZĐÀ-Ỹ])")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}


# --- tests on a token -------------------------------------------------------


def is_cap(tok: str) -> bool:
    """A token that opens with a capital."""
    return tok[:1].isupper()


def is_num(tok: str) -> bool:
    """A number, or a Roman numeral in capitals ("II")."""
    return tok[:1].isdigit() or (tok.lower() in _ROMAN and tok.isupper())


def stop_pair(low: str, nxt: str) -> bool:
    """Whether ``low`` and ``nxt`` make a two-word stop."""
    return f"{low} {nxt.lower()}" in STOP_PAIRS


def after(toks: Tokens, i: int) -> str:
    """The token after ``toks[i]``, "" at the end."""
    return toks[i + 1][0] if toks.has(i + 1) else ""


def routed(toks: Tokens, i: int) -> bool:
    """A road's head word stands before ``toks[i]``: "Tuyến đường ven biển | (ĐT.639)"."""
    return any(t[0].lower() in ROUTE_HEADS for t in toks[:i])


def place_ahead(toks: Tokens, i: int) -> bool:
    """A place name starts at ``toks[i]``: a capital or a number, or a few
    place words before one ("thị trấn Quỳ Hợp", "cảng hàng không Vinh")."""
    for tok, _, _ in toks[i : i + 4]:
        if is_cap(tok) or is_num(tok):
            return True
        if tok.lower() not in PLACE_LEADS:
            return False
    return False


def cap_ahead(toks: Tokens, i: int, reach: int = 4) -> bool:
    """A capitalized word or number follows, with no stop word or punctuation
    but commas between ("Bồi thường, hỗ trợ, tái định cư |Hồ chứa nước ...")."""
    for k, (tok, _, _) in enumerate(toks[i : i + reach], i):
        if is_cap(tok) or is_num(tok):
            return True
        if tok == ",":
            continue
        if tok.lower() in STOP_WORDS or not tok[0].isalnum() or stop_pair(
            tok.lower(), toks[k + 1][0] if toks.has(k + 1) else ""
        ) or tok.lower() == "dự":
            return False
    return False


def admin_place_end(toks: Tokens, i: int) -> int | None:
    """After the comma ``toks[i]``, the index past a district or province ("huyện
    Quỳnh Nhai") that a heading's colon, an aside or the clause's end follows;
    None when it runs on into a clause ("…, huyện Y đã chỉ đạo")."""
    k = i + 1
    if not toks.has(k):
        return None
    one = toks[k][0].lower()
    two = f"{one} {after(toks, k).lower()}"
    if one in ADMIN_AFTER_COMMA:
        k += 1
    elif two in ADMIN_AFTER_COMMA:
        k += 2
    else:
        return None
    if not (toks.has(k) and is_cap(toks[k][0])):
        return None
    while toks.has(k) and is_cap(toks[k][0]):
        k += 1
    return k if not toks.has(k) or toks[k][0] in _NAME_CLOSERS else None


def nouns_to_close(toks: Tokens, i: int, reach: int = 8) -> bool:
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
        if (not tok.isalpha() or is_cap(tok) or low in STOP_WORDS or low in ("và", "hoặc")
                or stop_pair(low, after(toks, k)) or words >= reach):
            return False
        words += 1
        k += 1
    return words > 0



def lower_ends(toks: Tokens, i: int, low: str, nxt: str, proper: bool) -> bool:
    """Whether the lower-case word ``toks[i]`` (``low``, before ``nxt``) ends a name."""
    if i > 0 and low in ("và", "hoặc"):
        return (not nxt or is_cap(nxt) or nxt.lower() in STOP_WORDS or nxt.lower() in (
            "các", "những", "dự", "một"))
    if _runs_on(toks, i, low, nxt, proper):
        return False
    if i > 0 and (low in STOP_WORDS or stop_pair(low, nxt)):
        return True
    if proper and f"{low} {nxt.lower()}" in PROPER_STOP_PAIRS:
        return True
    if proper and low == HERE_SECTION[0] and tuple(
            t[0].lower() for t in toks[i : i + 4]) == HERE_SECTION:
        return True
    # "tuyến cao tốc A - B |kết nối với ...", but "đường kết nối A với B" and "đường trục
    # Bắc - Nam kết nối vùng Hà Nam - Ninh Bình" (a place after "nối": part of the name)
    return (proper and low in ("kết", "đấu") and nxt.lower() == "nối"
            and not _links_place(toks, i + 2))


def _links_place(toks: Tokens, i: int) -> bool:
    """A place the link runs to starts at ``toks[i]``: "kết nối | Quốc lộ 1", "kết nối |
    vùng Hà Nam - Ninh Bình"."""
    if toks.has(i) and toks[i][0].lower() in LINKED_AREAS:
        i += 1
    return place_ahead(toks, i)


def _runs_on(toks: Tokens, i: int, low: str, nxt: str, proper: bool) -> bool:
    """Whether a word that may stop a name runs on in it here: a link, a route, a bridge
    over its waters, the description of works before their proper part."""
    if low == "với" and any(t[0].lower() == "nối" for t in toks[:i]) and (
            place_ahead(toks, i + 1)):
        return True  # "đường Tân Thanh đầu nối với Khả Phong", "kết nối A với thị xã B"
    if (low == "vào" and i > 0 and toks[i - 1][0].lower() in ROUTE_HEADS
            and place_ahead(toks, i + 1)):
        return True  # "đường vào Khu di tích ...", "cầu vào bản X"
    if (low in ("trên", "qua") and nxt.lower() in WATERS and toks.has(i + 2)
            and is_cap(toks[i + 2][0]) and any(t[0].lower() in ROUTE_HEADS for t in toks[:i])):
        return True  # "cầu Bến Gỗ trên sông Cái", "đập dâng qua suối Nậm Mu"
    if (i > 0 and low in ROUTE_WORDS
            and (place_ahead(toks, i + 1) or nxt.lower() in ROUTE_HEADS)
            and any(t[0].lower() in ROUTE_HEADS for t in toks[:i])
            and (low == "từ" or any(t[0].lower() in ROUTE_OPENERS for t in toks[:i]))):
        return True  # "Đường từ Cảng hàng không X đi Khu kinh tế Y", "Đường nối A đến đường B"
    if low == "dài" and i > 0 and toks[i - 1][0].lower() == "nối":
        return True  # "Đường trục Khu kinh tế nối dài": extended, not "dài 12 km"
    if low == "bằng" and i > 0 and toks[i - 1][0].lower() == "đồng":
        return True  # "vùng đồng bằng sông Cửu Long"
    # "… đô thị loại vừa tại Việt Nam", not "trường học với tổng mức …"
    return (i > 0 and not proper and low in DESCRIBING_WORDS and nxt[:1].isalpha()
            and nxt.lower() not in STOP_WORDS | ADMIN_WORDS
            and not stop_pair(nxt, after(toks, i + 1))
            and not stop_pair(low, nxt))
