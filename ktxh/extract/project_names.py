"""Project names: where a name ends.

:func:`cut_name` reads a project name forward from an offset in ``Doc.text``
("Dự án |Hồ chứa nước Bản Lải giai đoạn 1 để ..." → "Hồ chứa nước Bản Lải
giai đoạn 1"). The keys that link names of one project live in
:mod:`ktxh.extract.project_keys` (re-exported here). Word lists are data at
the top of the module; the stop words of the walk and its tests on a token
live in :mod:`ktxh.extract.name_stops`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ktxh.extract.litscan import Tokens
from ktxh.extract.name_stops import (
    ROAD_AFTER_COMMA,
    SECTION_AFTER_COMMA,
    STOP_WORDS,
    WORKS_AFTER,
    WORKS_BEFORE,
    admin_place_end,
    cap_ahead,
    is_cap,
    is_num,
    lower_ends,
    nouns_to_close,
    routed,
    stop_pair,
)
from ktxh.extract.project_keys import link as link
from ktxh.extract.project_keys import phase_of as phase_of
from ktxh.extract.project_keys import project_key as project_key
from ktxh.extract.project_keys import same_project as same_project

# --- language data ---------------------------------------------------------

# Pairs that read as verbs elsewhere but qualify a noun before the proper part of a
# name: "Cấp nước sinh hoạt tập trung bản X", "Quy hoạch tổng thể ...".
# "Cảng biển tổng hợp Hòn Khoai", "Khu liên hợp xử lý chất thải tổng hợp X".
ADJECTIVE_PAIRS = frozenset(("tập trung", "tổng thể", "trọng điểm", "tổng hợp"))
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
# a road's locating bracket, an aside at the end of a name: "Cầu Mỵ (Km78 Quốc lộ 32)"
_LOCATOR = re.compile(r"\((?:Km\s?\d+|lý trình|Quốc lộ|QL\.?\s?\d+|tỉnh lộ|ĐT\.?\s?\d+|đường tỉnh)",
                      re.IGNORECASE)
OPEN_QUOTES, CLOSE_QUOTES = "“\"«", "”\"»"

# --- cutting ----------------------------------------------------------------

# Tokens: "ĐT.229", "3.299", "Km3+700", "17/10", words, "...", punctuation.
_TOKEN_RE = re.compile(r"[^\W\d_]+\.\d\w*|\d[\d.,/+]*\d|[\w+/]+|\.\.\.|…|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Cut:
    """A name read from the text: ``text[start:end]`` with quotes dropped."""

    name: str
    start: int
    end: int


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


@dataclass(slots=True)
class _Walk:
    """A name read so far: its tokens, the token at hand, where it ends, whether it holds a
    proper part."""

    text: str
    start: int
    limit: int
    toks: Tokens
    end: int
    proper: bool = False
    i: int = 0


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
    w = _Walk(text, start, limit, toks, start)
    titled = title and is_cap(toks[0][0])
    while toks.has(w.i) and _step(w):
        pass
    name = _join(text, start, w.end)
    if not name or not (w.proper or titled) or len(name.split()) < 2:
        return None
    return Cut(name, start, w.end)


def _step(w: _Walk) -> bool:
    """Read the token ``w.toks[w.i]`` into the name; False where the name ends."""
    toks, i = w.toks, w.i
    tok, s, e = toks[i]
    low = tok.lower()
    nxt = toks[i + 1][0] if toks.has(i + 1) else ""
    if tok == ":" and is_cap(nxt) and toks[i - 1][0] != ")" and any(
        t[0].lower() in AREA_WORDS for t in toks[max(0, i - 6) : i]
    ):
        # "các tỉnh Đông Bắc: Hà Giang, Cao Bằng, Lạng Sơn"
        w.end, w.i = _place_list(toks, i + 1)
        return False
    if tok in ";:.…" or tok == "...":
        return False
    if low == "dự" and nxt.lower() == "án" and i > 0:
        return _past_project_word(w)
    if tok in OPEN_QUOTES and i > 0:
        return _past_quote(w, s)
    if tok == "(":
        return _past_bracket(w, s)
    if tok in "-–":
        if not nxt or nxt in ",;:.()":
            return False
        w.i += 1
        return True
    if tok == ",":
        return _past_comma(w, s, e, nxt)
    if not tok[0].isalnum():
        return False
    if i > 0 and toks[i - 1][0] == ")" and is_cap(tok) and (
            low in STOP_WORDS or stop_pair(low, nxt)):
        return False  # a heading "1. Dự án Đường X (giai đoạn 1)" run on with "|Tổng mức đầu tư …"
    if is_cap(tok) or is_num(tok):
        if i > 0 or is_num(tok):
            w.proper = True
        w.end = e
        w.i += 1
        return True
    return _past_lower(w, low, e, nxt)


def _past_project_word(w: _Walk) -> bool:
    """"dự án" inside a name: a sub-project or the project a work serves runs on."""
    toks, i = w.toks, w.i
    if toks[i - 1][0].lower() == "tiểu":
        w.i += 2  # "Phát triển các đô thị loại vừa tại Việt Nam - Tiểu dự án thành phố Huế"
        return True
    if i < 2 or f"{toks[i - 2][0]} {toks[i - 1][0]}".lower() != "phục vụ":
        return False
    w.i += 2  # "Hạ tầng khu tái định cư phục vụ |Dự án Kho cảng LNG X"
    return True


def _past_quote(w: _Walk, s: int) -> bool:
    """A quoted part of the name at ``s``: a proper part."""
    q = _quoted(w.text, s, w.limit)
    if q is None:
        return False
    w.end, w.proper = q.end, True
    w.i = _first_from(w.toks, q.end)
    return True


def _past_bracket(w: _Walk, s: int) -> bool:
    """A bracket at ``s`` the name keeps; False for an aside ("(khoảng 43km)")."""
    text, toks, i = w.text, w.toks, w.i
    close = _close_paren(text, s, w.limit)
    located = (close > 0 and _LOCATOR.match(text, s) is not None and routed(toks, i)
               and SECTION_AFTER_COMMA.match(text, close) is not None)
    if not located and (close < 0 or ASIDE.match(text, s) or i == 0
                        or _SIZE_INSIDE.search(text, s, close)):
        return False
    w.end = close + 1
    # "(giai đoạn II)", "(700 giường)", "(LRAMP)"; not "(giao thông, điện ...)"
    w.proper = w.proper or any(ch.isupper() or ch.isdigit() for ch in text[s + 1 : close])
    w.i = _first_from(toks, close + 1)
    return True


def _past_comma(w: _Walk, s: int, e: int, nxt: str) -> bool:
    """A comma at ``s`` inside the name; False where it ends the name."""
    text, toks, i = w.text, w.toks, w.i
    prev = toks[i - 1][0] if i else ""
    if (is_num(prev) and is_num(nxt)) or ROAD_AFTER_COMMA.match(text, s) or (
            SECTION_AFTER_COMMA.match(text, s) and routed(toks, i)):
        w.i += 1
        return True
    if WORKS_BEFORE.search(text, w.start, s) and WORKS_AFTER.match(text, e):
        w.i += 1  # "Cải tạo, nâng cấp đường ...", "Xây dựng, mở rộng Trường ..."
        return True
    works = WORKS_AFTER.match(text, e)
    if not w.proper and works and WORKS_AFTER.match(text, w.start):
        # "Di dời dân cư, giải phóng mặt bằng Khu vực I …": works after works
        w.end = works.end()
        w.i = _first_from(toks, w.end)
        return True
    # "Cải tạo, nâng cấp đường Hữu Nghị", "khu du lịch sinh thái, cáp treo Mẫu Sơn"
    if not w.proper and nxt and not is_cap(nxt) and cap_ahead(toks, i + 1, 12):
        w.i += 1
        return True
    k = admin_place_end(toks, i) if w.proper else None
    if k is not None:  # "… xã Chiềng Khoang, huyện Quỳnh Nhai: đã san nền …"
        w.end, w.i = toks[k - 1][2], k
        return True
    if not w.proper and nouns_to_close(toks, i):
        w.i += 1  # "Trung tâm hội nghị, triển lãm tỉnh (hình thức BT): …"
        return True
    return False


def _past_lower(w: _Walk, low: str, e: int, nxt: str) -> bool:
    """A lower-case word: part of the name unless a stop rule ends it there."""
    toks, i = w.toks, w.i
    if not w.proper and f"{low} {nxt.lower()}" in ADJECTIVE_PAIRS:
        w.end = toks[i + 1][2]  # "Cấp nước sinh hoạt tập trung bản X": no verb here
        w.i += 2
        return True
    if lower_ends(toks, i, low, nxt, w.proper):
        return False
    w.end = e
    w.i += 1
    return True


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
    if any(w in STOP_WORDS or stop_pair(w, n) for w, n in zip(words, [*words[1:], ""],
                                                                 strict=True)):
        return None
    return Cut(_join(text, start, m.end()), start, m.end())


def _place_list(toks: Tokens, i: int) -> tuple[int, int]:
    """End of a list of capitalized names from ``toks[i]``: "Hà Giang, Cao Bằng và Lạng Sơn"."""
    end = toks[i - 1][2]
    while i < len(toks):
        tok = toks[i][0]
        if is_cap(tok):
            end = toks[i][2]
        elif tok not in (",", "và") or i + 1 >= len(toks) or not is_cap(toks[i + 1][0]):
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
