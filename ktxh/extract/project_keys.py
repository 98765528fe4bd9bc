"""One key per project across documents, and whether two names are one project.

:func:`project_key` and :func:`same_project` link spellings of one project
("Dự án đường cao tốc Hữu Nghị - Chi Lăng" and "tuyến cao tốc cửa khẩu Hữu
Nghị - Chi Lăng"); :func:`link` finds a name among known ones. Word lists
are data at the top of the module.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ktxh.text.normalize import fold

# --- language data ---------------------------------------------------------

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
# where the works run, at the end of a name: "cao tốc A - B đoạn qua tỉnh X", "(đoạn qua
# địa bàn huyện Y)", "đoạn qua huyện": one project seen from one province, not a project of its own
_THROUGH_RE = re.compile(
    r"\s*\(?(?:đoạn\s)?(?:đi\s)?(?:qua|trên)\s(?:địa bàn\s)?"
    r"(?:tỉnh|thành phố|huyện|thị xã|các tỉnh|các huyện)(?:\s[^()]*)?\)?$",
    re.IGNORECASE,
)
# a part of a project: "Dự án thành phần 1 cao tốc A - B", "tiểu dự án 2", "hợp phần 3"
_PART_RE = re.compile(
    r"(?<!hoàn )\b(?:thành phần|hợp phần|tiểu dự án)(?:\s(?:số\s)?(\d+|[ivx]+)\b)?"
)
_WORD_RE = re.compile(r"\w+")
# abbreviations of a table row: "Hạ tầng KKT Đông Nam" is "Hạ tầng Khu kinh tế Đông Nam"
_ABBREVIATIONS = {"kkt": "khu kinh tế", "kcn": "khu công nghiệp", "ccn": "cụm công nghiệp",
                  "kđt": "khu đô thị", "kdc": "khu dân cư"}
_ABBREVIATION_RE = re.compile(r"\b(?:" + "|".join(_ABBREVIATIONS) + r")\b")
# a bracket that names a section or phase at the end: "Đường tỉnh 830E (đoạn từ A đến B)"
_SECTION_BRACKET_RE = re.compile(r"\s*\((?:đoạn|giai đoạn|gđ|phân đoạn)\b[^()]*\)\s*$", re.I)
# or after a comma, the road's locating bracket before it: "Tuyến đường ven biển (ĐT.639), đoạn
# Cát Tiến - Đề Gi" / later "Dự án Tuyến đường ven biển"
_SECTION_COMMA_RE = re.compile(r"\s*(?:\([^()]*\))?\s*,\s*(?:đoạn|giai đoạn)\s[^(),]*$", re.I)


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
    name = _strip_through(name)
    part = _part_of(name)
    ends = _endpoints(name)
    if ends:
        return "cao tốc|" + "~".join(ends) + part
    f = _LOCATION_BRACKET_RE.sub(" ", fold(name))
    f = _ABBREVIATION_RE.sub(lambda m: _ABBREVIATIONS[m[0]], f)
    phase = phase_of(name)
    f = _PHASE_RE.sub(" ", f)
    f = _TRAILING_ROMAN_RE.sub(" ", f)
    f = _BATCH_RE.sub(" ", f)
    f = _KEY_DROP_RE.sub(" ", f)
    words = _WORD_RE.findall(f.replace("thuỷ", "thủy"))
    return " ".join(words) + (f"#{phase}" if phase else "") + part


@lru_cache(maxsize=8192)
def _strip_through(name: str) -> str:
    """``name`` without where the works run (:data:`_THROUGH_RE`), which
    needs "qua" or "trên" (in any case)."""
    low = name.lower()
    if "qua" not in low and "trên" not in low:
        return name
    return _THROUGH_RE.sub("", name)


@lru_cache(maxsize=8192)
def _part_of(name: str) -> str:
    """"&1" for "Dự án thành phần 1 ...", "&" for a part without a number, else ""."""
    m = _PART_RE.search(fold(name))
    if not m:
        return ""
    g = m.group(1) or ""
    return "&" + (str(_ROMAN[g]) if g in _ROMAN else g)


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


_COMPONENT_RE = re.compile(r"^(?:dự án\s+)?hợp phần\s+(?![\divx]+\b)")


def _component_named_by_works(a: str, b: str) -> bool:
    """One name is an unnumbered "Hợp phần <works>" and the other the works alone: a
    table row "Đường ven biển X" repeating the heading "Dự án Hợp phần đường ven biển X"."""
    fa, fb = fold(a).strip(), fold(b).strip()
    for x, y in ((fa, fb), (fb, fa)):
        m = _COMPONENT_RE.match(x)
        if m and x[m.end():] == re.sub(r"^dự án\s+", "", y):
            return True
    return False


@lru_cache(maxsize=8192)
def same_project(a: str, b: str) -> bool:
    """Whether two names are one project.

    Equal keys; or, phases, numbers and proper parts not in conflict, token
    sets that overlap by Jaccard ≥ 0.6, where the smaller (≥ 3 words) lies
    inside the larger, or where the smaller is the other's proper name alone; a name
    equal to the other without its section bracket ("(đoạn từ A đến B)").
    """
    ka, kb = project_key(a), project_key(b)
    if ka == kb:
        return True
    if _component_named_by_works(a, b):
        return True
    if _part_of(a) != _part_of(b):
        return False  # "Dự án thành phần 1 cao tốc A - B" / "cao tốc A - B"
    a, b = _strip_through(a), _strip_through(b)
    if ka.startswith("cao tốc|") or kb.startswith("cao tốc|"):
        return False
    sa, sb = (_SECTION_COMMA_RE.sub("", _SECTION_BRACKET_RE.sub("", n)) for n in (a, b))
    if (sa != a) != (sb != b) and project_key(sa) == project_key(sb):
        return True  # "Đường tỉnh 830E (đoạn từ A đến B)" / later "Dự án Đường tỉnh 830E"
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
