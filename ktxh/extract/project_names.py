"""Project names: where a name ends, and one key per project across documents.

:func:`cut_name` reads a project name forward from an offset in ``Doc.text``
("Dự án |Hồ chứa nước Bản Lải giai đoạn 1 để ..." → "Hồ chứa nước Bản Lải
giai đoạn 1"); :func:`project_key` and :func:`same_project` link spellings of
one project ("Dự án đường cao tốc Hữu Nghị - Chi Lăng" and "tuyến cao tốc cửa
khẩu Hữu Nghị - Chi Lăng"). Word lists are data at the top of the module.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ktxh.text.normalize import fold

# --- language data ---------------------------------------------------------

# Lower-case words that end a name once it holds a proper part:
# "Khu trung chuyển hàng hóa |với vốn đăng ký", "Bản Lải |để ...".
STOP_WORDS = frozenset((
    "với", "theo", "đạt", "đã", "đang", "được", "để", "nhằm", "do", "bằng", "từ", "sẽ",
    "có", "là", "gồm", "nhưng", "song", "vào", "trong", "khi", "đến", "tới", "đưa", "đi",
    "cũng", "còn", "chưa", "cần", "phải", "nên", "thì", "mà", "như", "nay", "trên", "thuộc",
    "của", "về", "sau", "trước", "tại", "khoảng", "dài", "tổng", "vốn", "chậm", "hiện",
    "bị", "gặp", "góp", "nhờ", "ước", "lũy", "luỹ",
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
))
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
    r"|cấp (?:tỉnh|huyện|xã|trung ương))\b",
    re.IGNORECASE,
)
# Bracketed asides that are no part of a name: "(khoảng 43km)", "(PPP)"; a
# bracket that opens with a kilometre post or a road locates the works:
# "Cầu Mỵ (Km78 Quốc lộ 32)", "(lý trình Km12+300)".
ASIDE = re.compile(
    r"\((?:khoảng|dài|tổng|với|theo|vốn|quy mô|diện tích|chiều dài|công suất|PPP|BOT|BT|BOO|BTO|ODA"
    r"|đối tác công tư|đợt|Km\s?\d+|lý trình|Quốc lộ|QL\.?\s?\d+|tỉnh lộ|ĐT\.?\s?\d+|đường tỉnh)\b",
    re.IGNORECASE,
)
# A road after its section: "đoạn Km3+700 - Km18, |Quốc lộ 4B".
ROAD_AFTER_COMMA = re.compile(r",\s*(?:Quốc lộ|quốc lộ|QL|Tỉnh lộ|tỉnh lộ|ĐT|đường tỉnh)\b")
OPEN_QUOTES, CLOSE_QUOTES = "“\"«", "”\"»"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}

# Words dropped from the linking key: kinds of work and generic heads.
KEY_DROP = (
    "dự án", "đầu tư xây dựng", "đầu tư", "xây dựng", "công trình", "kết cấu hạ tầng",
    "hạ tầng", "cải tạo", "nâng cấp", "mở rộng", "nhà máy", "tuyến", "đường", "hoàn thiện",
    "hỗ trợ kỹ thuật", "cơ sở", "cơ bản", "cho", "các", "của", "và", "tại", "đtxd", "xd",
)
_KEY_DROP_RE = re.compile(r"\b(?:" + "|".join(KEY_DROP) + r")\b")
_PHASE_RE = re.compile(r"\b(?:giai đoạn|gđ)\s*([ivx]+|\d+)\b")
# "Nhiệt điện Na Dương II" is phase 2 of "Nhiệt điện Na Dương".
_TRAILING_ROMAN_RE = re.compile(r"\s(ii|iii|iv|v|vi|vii|viii)\)?$")
_BATCH_RE = re.compile(r"\(?\bđợt\s*\w+\)?")
_ENDPOINTS_RE = re.compile(r"([^\s()-][^()-]*?)\s*[-–]\s*([^()-]+)")
_CARRIAGEWAY_RE = re.compile(r"\bcao tốc\b")
_SECTION_RE = re.compile(r"\bđoạn\s+(?!cao tốc)([^()]+?)\s*[-–]\s*([^()]+?)\s*(?:\)|$)")
# a bracket that locates the works: "(Km78 Quốc lộ 32)", "(lý trình Km5+200)"
_LOCATION_BRACKET_RE = re.compile(
    r"\((?:km\s?\d|lý trình|quốc lộ|ql\.?\s?\d|tỉnh lộ|đt\.?\s?\d|đường tỉnh)[^()]*\)"
)
# kilometre posts: "Km12+500", "km 27"
_KM_POST_RE = re.compile(r"\bkm\s?(\d+(?:\+\d+)?)")
_PLACE_NOISE = re.compile(r"\b(?:cửa khẩu|quốc tế|tỉnh|thành phố)\b")
_WORD_RE = re.compile(r"\w+")


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
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, start, limit)]
    if not toks:
        return None
    end, proper, i = start, False, 0
    titled = title and _is_cap(toks[0][0])
    while i < len(toks):
        tok, s, e = toks[i]
        low = tok.lower()
        nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
        if tok == ":" and _is_cap(nxt) and toks[i - 1][0] != ")" and any(
            t[0].lower() in AREA_WORDS for t in toks[max(0, i - 6) : i]
        ):
            # "các tỉnh Đông Bắc: Hà Giang, Cao Bằng, Lạng Sơn"
            end, i = _place_list(toks, i + 1)
            break
        if tok in ";:.…" or tok == "...":
            break
        if low == "dự" and nxt.lower() == "án" and i > 0:
            break
        if tok in OPEN_QUOTES and i > 0:
            q = _quoted(text, s, limit)
            if q is None:
                break
            end, proper = q.end, True
            i = next((k for k, t in enumerate(toks) if t[1] >= q.end), len(toks))
            continue
        if tok == "(":
            close = _close_paren(text, s, limit)
            if close < 0 or ASIDE.match(text, s) or i == 0:
                break
            end = close + 1
            # "(giai đoạn II)", "(700 giường)", "(LRAMP)"; not "(giao thông, điện ...)"
            proper = proper or any(ch.isupper() or ch.isdigit() for ch in text[s + 1 : close])
            i = next((k for k, t in enumerate(toks) if t[1] > close), len(toks))
            continue
        if tok in "-–":
            if not nxt or nxt in ",;:.()":
                break
            i += 1
            continue
        if tok == ",":
            prev = toks[i - 1][0] if i else ""
            if (_is_num(prev) and _is_num(nxt)) or ROAD_AFTER_COMMA.match(text, s):
                i += 1
                continue
            # "Cải tạo, nâng cấp đường Hữu Nghị", "khu du lịch sinh thái, cáp treo Mẫu Sơn"
            if not proper and nxt and not _is_cap(nxt) and _cap_ahead(toks, i + 1, 12):
                i += 1
                continue
            break
        if not tok[0].isalnum():
            break
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
        elif low == "với" and any(t[0].lower() == "nối" for t in toks[max(0, i - 6) : i]):
            pass  # "đường Tân Thanh đầu nối với Khả Phong", "kết nối A với B"
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


def _place_list(toks: list[tuple[str, int, int]], i: int) -> tuple[int, int]:
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


def _cap_ahead(toks: list[tuple[str, int, int]], i: int, reach: int = 4) -> bool:
    """A capitalized word or number follows, with no stop word or punctuation
    but commas between ("Bồi thường, hỗ trợ, tái định cư |Hồ chứa nước ...")."""
    for k, (tok, _, _) in enumerate(toks[i : i + reach], i):
        if _is_cap(tok) or _is_num(tok):
            return True
        if tok == ",":
            continue
        if tok.lower() in STOP_WORDS or not tok[0].isalnum() or _stop_pair(
            tok.lower(), toks[k + 1][0] if k + 1 < len(toks) else ""
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


# --- linking ----------------------------------------------------------------


def phase_of(name: str) -> str | None:
    """"giai đoạn II" / "(giai đoạn 2)" → "2"."""
    f = fold(name)
    m = _PHASE_RE.search(f) or _TRAILING_ROMAN_RE.search(f)
    if not m:
        return None
    g = m.group(1)
    return str(_ROMAN.get(g, g)) if not g.isdigit() else str(int(g))


def _endpoints(name: str) -> tuple[str, ...] | None:
    """Ends of an expressway section, unordered: "(đoạn Hữu Nghị - Chi Lăng)"."""
    f = fold(name)
    if not _CARRIAGEWAY_RE.search(f):
        return None
    m = _SECTION_RE.search(f)
    if m:
        a, b = m.group(1), m.group(2)
    else:
        body = f[_CARRIAGEWAY_RE.search(f).end() :]
        body = re.sub(r"\(.*?\)", " ", body)
        m = _ENDPOINTS_RE.search(body)
        if not m:
            return None
        a, b = m.group(1), m.group(2)
    ends = tuple(sorted(" ".join(_PLACE_NOISE.sub(" ", x).split()) for x in (a, b)))
    return ends if all(ends) else None


@lru_cache(maxsize=8192)
def project_key(name: str) -> str:
    """Normalized name: equal for the spellings of one project.

    Expressways key on their section's ends ("cao tốc|chi lăng~hữu nghị");
    other names drop kinds of work and generic heads, keep the phase ("#2").
    """
    ends = _endpoints(name)
    if ends:
        return "cao tốc|" + "~".join(ends)
    f = _LOCATION_BRACKET_RE.sub(" ", fold(name))
    phase = phase_of(name)
    f = _PHASE_RE.sub(" ", f)
    f = _TRAILING_ROMAN_RE.sub(" ", f)
    f = _BATCH_RE.sub(" ", f)
    f = _KEY_DROP_RE.sub(" ", f)
    words = _WORD_RE.findall(f.replace("thuỷ", "thủy"))
    return " ".join(words) + (f"#{phase}" if phase else "")


def _split_key(key: str) -> tuple[set[str], str | None]:
    body, _, phase = key.partition("#")
    return set(body.split()), phase or None


@lru_cache(maxsize=8192)
def _proper_words(name: str) -> set[str]:
    """Folded capitalized words after the first, outside brackets: the proper
    part of a name ("Hợp Thành" in "Cụm công nghiệp Hợp Thành (huyện Cao Lộc)")."""
    words = _WORD_RE.findall(re.sub(r"\([^()]*\)", " ", name))[1:]
    return {fold(w) for w in words if w[:1].isupper() and not w.isupper()}


@lru_cache(maxsize=8192)
def _numbers(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """(numbers of the key outside kilometre posts, the kilometre posts):
    "cải tạo Quốc lộ 3B đoạn Km12+500 - Km27" → ({"3b"}, {"12+500", "27"})."""
    f = _LOCATION_BRACKET_RE.sub(" ", fold(name))
    posts = frozenset(m.group(1) for m in _KM_POST_RE.finditer(f))
    words = project_key(_KM_POST_RE.sub(" ", f)).partition("#")[0].split()
    return frozenset(w for w in words if w[0].isdigit()), posts


@lru_cache(maxsize=8192)
def same_project(a: str, b: str) -> bool:
    """Whether two names are one project.

    Equal keys; or, phases, numbers and proper parts not in conflict, token
    sets that overlap by Jaccard ≥ 0.6, where the smaller (≥ 3 words) lies
    inside the larger, or where the smaller is the other's proper name alone.
    """
    ka, kb = project_key(a), project_key(b)
    if ka == kb:
        return True
    if ka.startswith("cao tốc|") or kb.startswith("cao tốc|"):
        return False
    (ta, pa), (tb, pb) = _split_key(ka), _split_key(kb)
    if (pa and pb and pa != pb) or not ta or not tb:
        return False
    pa_, pb_ = _proper_words(a), _proper_words(b)
    if pa_ and pb_ and not (pa_ <= pb_ or pb_ <= pa_):
        return False  # "thủy điện Nà Lừa" / "thủy điện Khuổi Nà"
    (na, ka_), (nb, kb_) = _numbers(a), _numbers(b)
    if na and nb and na != nb:
        return False  # "Khu chế xuất 1" / "Khu chế xuất 2"
    if ka_ and kb_ and ka_ != kb_:
        return False  # "Quốc lộ 3B đoạn Km0 - Km10" / "... đoạn Km12 - Km27"
    small, large = sorted((ta, tb), key=len)
    if len(small) >= 3 and small <= large:
        return True
    if len(small) == 2 and small <= (pb_ if small is ta else pa_):
        return True  # the proper name alone: "dự án Bản Lải" / "Hồ chứa nước Bản Lải"
    return len(ta & tb) / len(ta | tb) >= 0.6


def link(name: str, known: Sequence[str]) -> int | None:
    """Index of the first known project name that ``name`` is the same
    project as, or None: for linking across documents, where equal keys miss
    "Hồ chứa nước Bản Lải" / "Hồ chứa nước Bản Lải giai đoạn 1"."""
    key = project_key(name)
    for i, other in enumerate(known):
        if project_key(other) == key:
            return i
    for i, other in enumerate(known):
        if same_project(name, other):
            return i
    return None
