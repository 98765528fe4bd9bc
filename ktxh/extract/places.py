"""Place register: districts, communes, border gates and zones of Lạng Sơn.

Places are found in their prefixed forms ("huyện Lộc Bình", "TP. Lạng Sơn",
"cửa khẩu Chi Ma", "Khu KTCK Đồng Đăng - Lạng Sơn"); a bare name alone
("Lộc Bình") is too ambiguous in running text and is only resolved by
:func:`place_name`. Lists continue a prefix ("các huyện: Lộc Bình, Đình Lập
và Cao Lộc", "huyện Tràng Định, Bình Gia"). An unregistered prefixed name
("xã Tân Hòa", "tỉnh Cao Bằng") is a mention with code None.

Matching runs on the folded text with the token-trie regexes of
:mod:`ktxh.extract.agencies`, so offsets are offsets in ``Doc.text``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources

from ktxh.extract.namematch import name_key, tokens, trie_regex
from ktxh.text.model import Span
from ktxh.text.normalize import fold


@dataclass(frozen=True, slots=True)
class Place:
    code: str  # "h-loc-binh", "ck-chi-ma"
    name: str  # canonical: "huyện Lộc Bình", "cửa khẩu Chi Ma"
    kind: str  # province, city, district, town, ward, commune, border_gate, economic_zone, ...
    bare: str  # the name without its prefix: "Lộc Bình"
    parent: str | None = None  # code of the district
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlaceMention:
    span: Span
    name: str  # canonical when known, else as written
    kind: str
    code: str | None


_RAW = json.loads(resources.files("ktxh.data").joinpath("places.json").read_text("utf-8"))
_PREFIXES: dict[str, list[str]] = {k: [fold(p) for p in v] for k, v in _RAW["prefixes"].items()}
# Bare names resolve in this order of preference ("Lạng Sơn" → the province).
_BARE_ORDER = ("province", "district", "city", "border_gate", "economic_zone", "town", "ward")


def _load() -> tuple[dict[str, Place], dict[str, str], dict[str, str]]:
    places: dict[str, Place] = {}
    keys: dict[str, str] = {}  # folded written form → code
    bare: dict[str, str] = {}  # folded bare name → code, by preference
    for item in _RAW["places"]:
        kind, name = item["kind"], item.get("bare", "")
        canonical = item.get("name") or f"{_RAW['canonical_prefix'][kind]} {name}"
        forms = [f"{p} {fold(name)}" for p in _PREFIXES.get(kind, ())] if name else []
        forms += [fold(a) for a in item.get("aliases", ())]
        place = Place(item["code"], canonical, kind, name, item.get("parent"), tuple(forms))
        places[place.code] = place
        for form in forms:
            keys.setdefault(" ".join(tokens(form)), place.code)
    for kind in _BARE_ORDER:
        for place in places.values():
            if place.kind == kind and place.bare:
                bare.setdefault(name_key(place.bare), place.code)
    return places, keys, bare


PLACES, _KEYS, _BARE = _load()

# not after a letter nor a blocked word ("hợp tác xã"), checked after each name's first
# letter (trie_regex): a regex opening with letters is scanned fast
_NOT_AFTER = (r"[\w&/-]", *(f"{re.escape(fold(w))} " for w in _RAW["blocked_before"]))
_REGISTER_RE = re.compile(
    "(?:" + trie_regex((k.split(" ") for k in _KEYS), not_after=_NOT_AFTER) + r")(?![\w&])"
)
_KIND_OF_PREFIX = {
    " ".join(tokens(p)): kind for kind, prefixes in _PREFIXES.items() for p in prefixes
}
_PREFIX_RE = re.compile(
    "(" + trie_regex((k.split(" ") for k in _KIND_OF_PREFIX), not_after=_NOT_AFTER) + r")(?=[ \t:])"
)
_PLURAL = "|".join(fold(p) for p in _RAW["plural"])
# the bare names of one kind, for lists: "huyện Tràng Định, Bình Gia và Văn Lãng"
_BARE_RE = {
    kind: re.compile(
        trie_regex(tokens(fold(p.bare)) for p in PLACES.values() if p.kind == kind and p.bare)
        + r"(?![\w&])"
    )
    for kind in {p.kind for p in PLACES.values() if p.bare}
}
_LIST_SEP = re.compile(r"[ \t]*(?:,|và|;)[ \t]*")
_LIST_INTRO = re.compile(r"[ \t]*:[ \t]*|[ \t]+")  # "các huyện: Lộc Bình", "các huyện Lộc Bình"
_WORD = re.compile(r"[ \t]+([^\W\d_]\w*)")


def _capitals(text: str, pos: int, limit: int, max_words: int = 5) -> int:
    """End of the capitalized words from ``pos`` ("Cao Bằng", "Móng Cái"); pos if none."""
    end = pos
    for _ in range(max_words):
        m = _WORD.match(text, end, limit)
        if not m or not m.group(1)[0].isupper():
            break
        end = m.end()
    return end


def _name_starts_upper(text: str, folded: str, s: int, e: int, code: str) -> bool:
    """The proper-name part is capitalized ("xã Tân Thanh", not "xã hội")."""
    bare = PLACES[code].bare
    if not bare:
        return True
    i = folded.rfind(fold(bare.split()[0]), s, e)
    return i >= 0 and text[i].isupper()


def _continue_list(
    text: str, folded: str, kind: str, pos: int, limit: int, intro: bool = False
) -> list[tuple[int, int, str]]:
    """Bare names of ``kind`` after a prefixed one (", Bình Gia và Văn Lãng") or,
    with ``intro``, after a plural prefix ("các huyện: Lộc Bình, Đình Lập")."""
    out: list[tuple[int, int, str]] = []
    pattern = _BARE_RE.get(kind)
    sep_re = _LIST_INTRO if intro else _LIST_SEP
    while pattern is not None:
        sep = sep_re.match(folded, pos, limit)
        sep_re = _LIST_SEP
        if not sep:
            break
        m = pattern.match(folded, sep.end(), limit)
        if not m or not text[m.start()].isupper():
            break
        code = _KEYS.get(" ".join(tokens(f"{_PREFIXES[kind][0]} {m.group(0)}")))
        if code is None:
            break
        out.append((m.start(), m.end(), code))
        pos = m.end()
    return out


def find_places(
    text: str, start: int = 0, end: int | None = None, folded: str | None = None
) -> list[PlaceMention]:
    """Places named in ``text[start:end]``, in order, not overlapping; offsets absolute.

    Pass ``folded`` (= ``fold(text)``, e.g. ``Doc.folded``) to spare folding.
    """
    end = len(text) if end is None else end
    if folded is not None:  # the caller's fold(text), e.g. Doc.folded: nothing to fold
        lo, sub = 0, text
    else:
        lo = max(0, start - 24)  # context for look-behinds
        sub = text[lo:end]
        folded = fold(sub)
    pos, limit = start - lo, end - lo
    found: list[tuple[int, int, int, str, str, str | None]] = []  # s, prio, -e, name, kind, code
    for m in _REGISTER_RE.finditer(folded, pos, limit):
        s, e = m.span()
        code = _KEYS.get(" ".join(tokens(m.group(0))))
        if code is None or not _name_starts_upper(sub, folded, s, e, code):
            continue
        place = PLACES[code]
        found.append((s, 0, -e, place.name, place.kind, code))
        listed = _continue_list(sub, folded, place.kind, e, limit)
        found += [(ls, 0, -le, PLACES[c].name, PLACES[c].kind, c) for ls, le, c in listed]
    for m in _PREFIX_RE.finditer(folded, pos, limit):
        s, e = m.span()
        kind = _KIND_OF_PREFIX.get(" ".join(tokens(m.group(0))))
        if kind is None:
            continue
        plural = re.search(r"(?:" + _PLURAL + r")\s+$", folded[max(0, s - 8) : s])
        if plural:  # "các huyện: Lộc Bình, Đình Lập"
            listed = _continue_list(sub, folded, kind, e, limit, intro=True)
            found += [(ls, 0, -le, PLACES[c].name, kind, c) for ls, le, c in listed]
            continue
        run = _capitals(sub, e, limit)
        if run > e and not sub[s:run].isupper():  # not a heading: "KINH TẾ - XÃ HỘI"
            # "Huyện Bình Sơn" at a sentence start is named "huyện Bình Sơn"
            found.append((s, 1, -run, folded[s:e] + sub[e:run], kind, None))
    found.sort()
    out: list[PlaceMention] = []
    last = pos
    for s, _prio, neg_end, name, kind, code in found:
        if s >= last:
            out.append(PlaceMention(Span(lo + s, lo - neg_end), name, kind, code))
            last = -neg_end
    return out


def get(code: str) -> Place | None:
    return PLACES.get(code)


def lookup(text: str) -> Place | None:
    """The registered place written as ``text`` ("TP. Lạng Sơn", "Lộc Bình")."""
    key = name_key(text)
    code = _KEYS.get(key) or _BARE.get(key)
    if code is None:
        mentions = find_places(text.strip())
        if len(mentions) == 1 and len(mentions[0].span) == len(text.strip()):
            code = mentions[0].code
    return PLACES.get(code) if code else None


def place_name(text: str) -> str | None:
    """Canonical form of a place ("Lộc Bình" → "huyện Lộc Bình"), None if unknown."""
    place = lookup(text)
    return place.name if place else None
