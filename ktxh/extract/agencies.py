"""Agency register: find named bodies in a text and resolve their successors.

The register (``ktxh/data/agencies.json``) lists ministries, central bodies,
state banks, the bodies of Lạng Sơn province and its districts. Matching runs
on the folded text (:func:`ktxh.text.normalize.fold`), so offsets are offsets
in ``Doc.text``:

- register names and aliases through one prefix-factored regex (a token trie:
  "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", "UBND tỉnh"), longest first;
- groups named as one entity ("các sở, ban, ngành", "UBND các huyện, thành
  phố", "các cơ quan liên quan"): ``is_group=True``, the words as written;
- unregistered "Sở X" / "Bộ X" / "UBND tỉnh X" forms: a mention with code None;
- short forms in lists ("các Bộ: Tài chính, Công Thương", "Sở Y tế, Tư pháp")
  and sub-bodies ("Ban Dân tộc HĐND tỉnh", "Ban Tuyên giáo Tỉnh ủy").

Callers that hold ``Doc.folded`` pass it as ``folded=`` to skip folding.

Succession follows the 2025 restructuring: ``valid_to`` is exclusive (the
first day the body no longer exists) and ``successor`` names the body in
charge from that day. District People's Committees end on 2025-07-01 with no
single successor (``successor_of`` returns None after that date).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib import resources

from rapidfuzz import fuzz, process

from ktxh.extract.agency_groups import GROUP_RE, LIST_GAP, group_ok
from ktxh.extract.namematch import (
    alternation,
    letters_first,
    name_key,
    ordered,
    phrase_re,
    tokens,
    trie_regex,
)
from ktxh.text.model import Span
from ktxh.text.normalize import fold


@dataclass(frozen=True, slots=True)
class Agency:
    code: str  # stable id: "so-tai-chinh-ls", "bo-ke-hoach-dau-tu"
    name: str  # canonical full name
    kind: str  # ministry, central, department, committee, council, party, district, ...
    level: str  # central, province, district, commune
    aliases: tuple[str, ...]
    valid_from: str | None = None
    valid_to: str | None = None  # exclusive: first day it no longer exists
    successor: str | None = None  # code of the body in charge from valid_to
    note: str | None = None  # legal basis or remark on the succession


@dataclass(frozen=True, slots=True)
class AgencyMention:
    span: Span
    name: str  # canonical name when known, else the words as written
    code: str | None
    is_group: bool


# --- register data ---------------------------------------------------------

_RAW = json.loads(resources.files("ktxh.data").joinpath("agencies.json").read_text("utf-8"))
HOME: str = _RAW["home"]  # the province whose bodies the register lists
_LOCAL_SUFFIXES = ("", " tỉnh", f" tỉnh {HOME}", f" {HOME}")


def _variants(names: Iterable[str], expansions: list[tuple[str, str]]) -> set[str]:
    """Folded spellings with the short forms of the expansions table applied."""
    out = {fold(n) for n in names}
    for long, short in expansions:
        out |= {v.replace(long, short) for v in out if long in v}
    return out


def _district_items() -> list[dict]:
    """Register items of the district bodies ("Ủy ban nhân dân huyện Lộc Bình")."""
    spec = _RAW["districts"]
    return [
        {
            "code": f"{body['code']}-{unit['code']}",
            "name": body["name"].format(**unit),
            "kind": body["kind"],
            "level": "district",
            "valid_to": spec["valid_to"],
            "note": spec["note"],
        }
        for unit in spec["units"]
        for body in spec["bodies"]
    ]


def _load() -> tuple[dict[str, Agency], dict[str, str], dict[str, str]]:
    expansions = [(fold(a), fold(b)) for a, b in _RAW["expansions"]]
    register: dict[str, Agency] = {}
    keys: dict[str, str] = {}
    lookup_only: dict[str, str] = {}
    for item in [*_RAW["agencies"], *_district_items()]:
        names = [item["name"], *item.get("aliases", ())]
        if item.get("local"):
            names = [n + s for n in names for s in _LOCAL_SUFFIXES]
        variants = _variants(names, expansions)
        agency = Agency(
            code=item["code"],
            name=item["name"],
            kind=item["kind"],
            level=item["level"],
            aliases=tuple(sorted(variants)),
            valid_from=item.get("valid_from"),
            valid_to=item.get("valid_to"),
            successor=item.get("successor"),
            note=item.get("note"),
        )
        register[agency.code] = agency
        for v in variants:
            keys.setdefault(" ".join(tokens(v)), agency.code)
        for v in item.get("lookup_only", ()):
            lookup_only[name_key(v)] = agency.code
    return register, keys, lookup_only


REGISTER, _KEYS, _LOOKUP_ONLY = _load()
_GENERIC = _RAW["generic"]

# not after a letter ("cơ sở y tế") nor a blocked word; the look-behinds follow each
# name's first word (trie_regex): a regex opening with letters is scanned fast
_REGISTER_RE = re.compile(
    "(?:" + trie_regex((k.split(" ") for k in _KEYS), not_after=(
        r"[\w&/-]", *(f"{w} " for w in _GENERIC["blocked_before"]))) + r")(?![\w&])"
)

# "UBND tỉnh Cao Bằng": a register name ending in a unit word, then a place.
_ENDS_WITH_UNIT = re.compile(r"(?:^|\s)" + alternation(_GENERIC["units"]) + "$")
_HOME = fold(HOME)
_STEP = re.compile(r"(?:[ \t]*[-–&][ \t]*|[ \t]+và[ \t]+|[ \t]+)([^\W\d_]\w*)")
_PLACE_STEP = re.compile(r"[ \t]+([^\W\d_]\w*)")
_STOP_WORDS = frozenset(fold(w) for w in _GENERIC["stop_words"])
# a capitalized word that opens another body ends a name: "… Ngân sách | HĐND tỉnh"
_HEAD_AT = re.compile(alternation(_GENERIC["head_words"]) + r"(?!\w)")


def _opens_body(text: str, at: int) -> bool:
    return _HEAD_AT.match(fold(text[at : at + 24])) is not None


def capitalized_run(text: str, pos: int, limit: int, max_words: int = 10) -> int:
    """End of the capitalized words from ``pos`` ("Đường bộ Việt Nam"); ``pos`` if none.

    One lower-case word may bridge two capitalized ones ("Cục Đường bộ Việt
    Nam"); "và", "-", "&" join capitalized words ("Thương binh và Xã hội").
    """
    end, bridge = pos, None
    for _ in range(max_words):
        m = _STEP.match(text, end if bridge is None else bridge, limit)
        if not m:
            break
        word = m.group(1)
        if word[0].isupper() and _opens_body(text, m.start(1)):
            if bridge is not None:  # "Ban Kinh tế - Ngân sách | HĐND tỉnh"
                end = bridge
            break
        if word[0].isupper():
            end, bridge = m.end(), None
        elif bridge is None and end > pos and m.group(0).strip() == word:
            bridge = m.end()  # lower-case bridge, kept only if a capital follows
        else:
            break
    return end


def _lower_tail(text: str, pos: int, limit: int, max_words: int = 3) -> int:
    """End of lower-case name words after a capitalized run ("Cục Thống kê"),
    stopping at the verbs and function words of a clause ("chủ trì", "tại")."""
    end = pos
    for _ in range(max_words):
        m = _PLACE_STEP.match(text, end, limit)
        if not m or m.group(1)[0].isupper() or fold(m.group(1)) in _STOP_WORDS:
            break
        end = m.end()
    return end


def _other_place_end(text: str, end: int, limit: int) -> int:
    """End of "… tỉnh Cao Bằng" after a register name ending in "tỉnh"; else ``end``."""
    run = end
    for _ in range(4):
        m = _PLACE_STEP.match(text, run, limit)
        if not m or not m.group(1)[0].isupper() or _opens_body(text, m.start(1)):
            break
        run = m.end()
    if run == end or fold(text[end:run]).strip().startswith(_HOME):
        return end
    return run


# --- unregistered "Sở X", "Bộ X", "UBND tỉnh X" -----------------------------

# "UBND tỉnh X", "Sở X": a local head and its unit, or a head, not after a letter; written
# letters first (each head's first letter, the look-behind after it: a fast scan)
_UNITS = alternation(_GENERIC["units"])
_GENERIC_RE = re.compile(letters_first(
    [phrase_re(h) + r"\s+" + _UNITS for h in ordered(_GENERIC["local_heads"])]
    + [phrase_re(h) for h in ordered(_GENERIC["heads"])],
    not_after=(r"[\w&]",)) + r"(?=[ \t])"
)


def _generic_end(text: str, start: int, head_end: int, limit: int) -> int:
    """End of an unregistered name, or ``start`` when it is not one ("Bộ máy")."""
    if not text[start].isupper():
        return start
    end = capitalized_run(text, head_end, limit)
    if end == head_end:
        return start
    # one capitalized word is often cut short ("Cục Thống kê", "Trung tâm Phục vụ …")
    return _lower_tail(text, end, limit) if " " not in text[head_end:end].strip() else end


# --- search ----------------------------------------------------------------

_Found = tuple[int, int, int, str, str | None, bool]  # start, prio, -end, name, code, group


def find_agencies(
    text: str, start: int = 0, end: int | None = None, folded: str | None = None
) -> list[AgencyMention]:
    """Bodies named in ``text[start:end]``, in order, not overlapping; offsets absolute.

    At one start a register name wins over a group and an unregistered form;
    otherwise the earliest, then longest mention wins. Pass ``folded`` (=
    ``fold(text)``, e.g. ``Doc.folded``) to spare folding on every call.
    """
    end = len(text) if end is None else end
    if folded is not None:  # the caller's fold(text), e.g. Doc.folded: nothing to fold
        lo, sub = 0, text
    else:
        lo = max(0, start - 24)  # context for look-behinds
        sub = text[lo:end]
        folded = fold(sub)
    pos, limit = start - lo, end - lo
    found: list[_Found] = []
    for m in _REGISTER_RE.finditer(folded, pos, limit):
        s, e = m.span()
        if not sub[s].isupper():
            continue  # "sở y tế" inside "cơ sở y tế"
        code: str | None = _KEYS.get(" ".join(tokens(m.group(0))))
        name = REGISTER[code].name if code else sub[s:e]
        if _ENDS_WITH_UNIT.search(m.group(0)):
            other = _other_place_end(sub, e, limit)
            if other > e:
                e, code, name = other, None, sub[s:other]
        found.append((s, 0, -e, name, code, False))
    for m in GROUP_RE.finditer(folded, pos, limit):
        s, e = m.span()
        weak = 1 if group_ok(folded, s, e) else 3  # 3: kept only in a list of bodies
        found.append((s, weak, -e, sub[s:e], None, True))
    for m in _GENERIC_RE.finditer(folded, pos, limit):
        s = m.start()
        e = _generic_end(sub, s, m.end(), limit)
        if e > s:
            found.append((s, 2, -e, sub[s:e], None, False))
    found += _list_members(sub, folded, found, limit)
    found.sort()
    kept: list[_Found] = []
    for item in found:
        if kept and item[0] < -kept[-1][2]:
            continue
        if item[1] == 3:
            gap = folded[-kept[-1][2] : item[0]] if kept and item[0] + kept[-1][2] < 16 else "?"
            if " ".join(gap.split()) not in LIST_GAP:
                continue
            item = (item[0], 1, *item[2:])
        kept.append(item)
    return [
        AgencyMention(Span(lo + s, lo - neg_end), name, code, group)
        for s, _prio, neg_end, name, code, group in _merge_sub_bodies(sub, folded, kept)
    ]


# --- lists of short forms: "các Bộ: Tài chính, Công Thương", "Sở Tài chính, Xây dựng" ---


def _short_form_regexes() -> dict[str, re.Pattern[str]]:
    out = {}
    for head in _GENERIC["list_heads"]:
        prefix = fold(head) + " "
        names = [k[len(prefix) :].split(" ") for k in _KEYS if k.startswith(prefix)]
        out[fold(head)] = re.compile(trie_regex(names) + r"(?![\w&])")
    return out


_SHORT_FORMS = _short_form_regexes()
_LIST_INTRO = re.compile(r"[ \t]*:[ \t]*")
_LIST_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|và[ \t]+)")
_HEAD_OF = re.compile(r"(?<!\w)(" + "|".join(_SHORT_FORMS) + r")(?!\w)")


def _list_members(sub: str, folded: str, found: list[_Found], limit: int) -> list[_Found]:
    """Bodies written without their head word after a register name or a group."""
    out: list[_Found] = []
    for s, prio, neg_end, _name, code, group in found:
        head = _HEAD_OF.match(folded, s) if code else _HEAD_OF.search(folded, s, -neg_end)
        if not head or prio == 2 or (group and not _LIST_INTRO.match(folded, -neg_end, limit)):
            continue
        pattern, pos = _SHORT_FORMS[head.group(1)], -neg_end
        sep_re = _LIST_INTRO if group else _LIST_SEP
        while sep := sep_re.match(folded, pos, limit):
            m = pattern.match(folded, sep.end(), limit)
            member = _KEYS.get(f"{head.group(1)} {' '.join(tokens(m.group(0)))}") if m else None
            if member is None or not sub[m.start()].isupper():
                break
            out.append((m.start(), 0, -m.end(), REGISTER[member].name, member, False))
            pos, sep_re = m.end(), _LIST_SEP
    return out


# --- sub-bodies: "Ban Dân tộc HĐND tỉnh", "Ban Tuyên giáo Tỉnh ủy" -------------

_SUB_HEADS = re.compile(alternation(_GENERIC["sub_body_heads"]) + r"\s")
_PARENTS = frozenset(_GENERIC["parent_codes"])


def _merge_sub_bodies(sub: str, folded: str, found: list[_Found]) -> list[_Found]:
    out: list[_Found] = []
    for item in found:
        if out and item[4] in _PARENTS and not out[-1][5]:
            s, _prio, neg_end = out[-1][:3]
            gap = sub[-neg_end : item[0]]
            if gap.strip(" \t") == "" and gap and _SUB_HEADS.match(folded, s):
                written = sub[s : -item[2]]
                code = _KEYS.get(name_key(written))
                out[-1] = (s, 0, item[2], REGISTER[code].name if code else written, code, False)
                continue
        out.append(item)
    return out


# --- look-ups --------------------------------------------------------------


@cache
def _fuzzy_keys() -> list[str]:
    return [k for k in _KEYS if len(k) >= 15]


@lru_cache(maxsize=8192)
def lookup(name: str) -> Agency | None:
    """The registered body for any alias, abbreviation or spelling variant."""
    key = name_key(name)
    code = _KEYS.get(key) or _LOOKUP_ONLY.get(key)
    whole = False  # a mention that spans the name: its code is the answer
    if code is None:
        mentions = find_agencies(name.strip())
        if len(mentions) == 1 and len(mentions[0].span) == len(name.strip()):
            code, whole = mentions[0].code, True
    if code is None and not whole and len(key) >= 15:
        best = process.extractOne(key, _fuzzy_keys(), scorer=fuzz.ratio, score_cutoff=90)
        code = _KEYS[best[0]] if best and _same_kind(key, best[0]) else None
    return REGISTER.get(code) if code else None


# the words a near spelling may not change: the head ("Phòng Nông nghiệp và PTNT" of a huyện
# is no "Bộ Nông nghiệp và PTNT") and the level ("Ủy ban MTTQ Việt Nam huyện" is no "… tỉnh")
_LEVEL_WORDS = re.compile(r"(?<!\w)(?:tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn|"
                          r"đặc khu|trung ương)(?!\w)")


def _same_kind(key: str, other: str) -> bool:
    """Whether a fuzzy match keeps the head word and the level words of ``key``."""
    return (key.split(" ", 1)[0] == other.split(" ", 1)[0]
            and _LEVEL_WORDS.findall(key) == _LEVEL_WORDS.findall(other))


def get(code: str) -> Agency | None:
    return REGISTER.get(code)


def canonical_name(name: str) -> str:
    """Canonical full name if known ("Sở KH&ĐT" → "Sở Kế hoạch và Đầu tư"), else ``name``."""
    agency = lookup(name)
    return agency.name if agency else name


def successor_of(code: str, on: str | date) -> Agency | None:
    """The body in charge of ``code``'s duties on ``on``: itself while it exists,
    else its successor (followed along the chain); None when unknown or when no
    single body took over (district People's Committees after 2025-07-01)."""
    day = (date.fromisoformat(on[:10]) if isinstance(on, str) else on).isoformat()
    agency = REGISTER.get(code)
    seen: set[str] = set()
    while agency is not None and agency.valid_to and day >= agency.valid_to:
        if agency.code in seen or agency.successor is None:
            return None
        seen.add(agency.code)
        agency = REGISTER.get(agency.successor)
    return agency
