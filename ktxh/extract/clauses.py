"""Clauses of directive sentences and the bodies named in them.

The words (verbs that open an action, heads and groups of bodies) live in
:mod:`ktxh.extract.clause_words`. :func:`clauses` cuts a block of
text into clauses (sentences, then ";"-parts); :func:`read_body` reads one
body or group at a position ("Bộ Kế hoạch và Đầu tư", "UBND các huyện,
thành phố", "các cơ quan liên quan"). Everything works on ``Doc.folded``
with the original text at hand for capital letters; offsets are shared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from ktxh.extract import short_names
from ktxh.extract.clause_words import (
    ABBREVIATIONS,
    ACTION_IN_NAMES,
    ACTION_PHRASES,
    BOARD_STOP,
    FIXED_BODIES,
    GROUP_NOUNS,
    GROUP_TAILS,
    INNER_HEADS,
    NAME_STOP,
    NAMED_HEADS,
    NARRATIVE_WORDS,
    OWNER_HEADS,
    PROJECT_NAME_WORDS,
    REPORTED_OBJECTS,
    STATEMENT_WORDS,
    TITLES,
    UNIT_WORDS,
)

# --- clauses ------------------------------------------------------------------

# sentence ends: ". " before a capital, quote, digit or list mark; never "1.000".
# The match opens with the punctuation (a literal set: ``re`` skips to it); the
# sentence boundary is one character after the match's start.
_SENT_END = re.compile(r"[.!?…][\"”’)]*\s+(?=[\"“(\-–+•*\d]|[^\W\d_])")
# the same where no "!", "?", "…" is in reach: a literal first character, a faster search
_DOT_END = re.compile(r"\.[\"”’)]*\s+(?=[\"“(\-–+•*\d]|[^\W\d_])")
_CLAUSE_END = re.compile(r";\s*")
_TRIM = " .;:-/"  # a clause of nothing but these is dropped


@dataclass(frozen=True, slots=True)
class Clause:
    """A ``[start, end)`` range of the text; ``sentence`` numbers its sentence."""

    start: int
    end: int
    sentence: int


def clauses(text: str, start: int, end: int, sentence: int = 0) -> list[Clause]:
    """Cut ``text[start:end]`` into sentences, then into ";"-separated clauses."""
    out: list[Clause] = []
    pos = start
    bounds = []
    # from one character before ``start``: a block may open right after a "."
    lo = start - 1 if start else 0
    ends = _SENT_END if (text.find("!", lo, end) >= 0 or text.find("?", lo, end) >= 0
                         or text.find("…", lo, end) >= 0) else _DOT_END
    for m in ends.finditer(text, lo, end):
        at, after = m.start() + 1, m.end()
        if (text[at - 1] != "." or not text[at - 2 : at - 1].isdigit()
                or not text[after : after + 1].isdigit()):
            bounds.append(at)
    bounds.append(end)
    for n, stop in enumerate(bounds, sentence):
        s = pos
        if text.find(";", pos, stop) >= 0:
            for m in _CLAUSE_END.finditer(text, pos, stop):
                if text[s : m.start()].strip(_TRIM):
                    out.append(Clause(s, m.start(), n))
                s = m.end()
        if text[s:stop].strip(_TRIM):
            out.append(Clause(s, stop, n))
        pos = stop
        while pos < end and text[pos].isspace():
            pos += 1
    return out


# --- words ------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:&[^\W_]+)*|[^\w\s]")


@lru_cache(maxsize=64)
def _phrase_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?:{alts})(?![^\W_])")


# The regex of each word list by the list's identity: hashing a tuple of 200
# phrases for the lru_cache on every call cost more than the match. Holding the
# tuple keeps its id its own; lists built on the fly fill at most _MAX_BY_ID.
_BY_ID: dict[int, tuple[tuple[str, ...], re.Pattern[str]]] = {}
_MAX_BY_ID = 256


def _regex_of(phrases: tuple[str, ...]) -> re.Pattern[str]:
    hit = _BY_ID.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    rx = _phrase_regex(phrases)
    if len(_BY_ID) < _MAX_BY_ID:
        _BY_ID[id(phrases)] = (phrases, rx)
    return rx


def starts_with(folded: str, pos: int, phrases: tuple[str, ...]) -> str | None:
    """The longest of ``phrases`` that ``folded`` has at ``pos`` as whole words."""
    m = _regex_of(phrases).match(folded, pos)
    return m.group() if m else None


def is_action_at(folded: str, pos: int) -> bool:
    return starts_with(folded, pos, _ALL_ACTIONS) is not None


# --- bodies -------------------------------------------------------------------

_ALL_ACTIONS = ACTION_PHRASES + ACTION_IN_NAMES
_SORTED_STOPS = tuple(sorted(ACTION_PHRASES + NARRATIVE_WORDS + STATEMENT_WORDS + REPORTED_OBJECTS,
                             key=len, reverse=True))
_SORTED_HEADS = tuple(sorted(NAMED_HEADS, key=len, reverse=True))
_SORTED_FIXED = tuple(sorted(FIXED_BODIES, key=len, reverse=True))
_SORTED_GROUP = tuple(sorted(GROUP_NOUNS, key=len, reverse=True))
_SORTED_TAILS = tuple(sorted(GROUP_TAILS, key=len, reverse=True))
_SORTED_UNITS = tuple(sorted(UNIT_WORDS, key=len, reverse=True))
# the level word inside a body's name: "Ủy ban MTTQ Việt Nam | thị xã Điện Bàn"
_LEVEL_IN_NAME = re.compile(r"(?<=\s)(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\s")
# group nouns that head a body of their own after a list: "các sở, ngành, | UBND các huyện"
_BODY_GROUP_HEADS = ("ủy ban nhân dân", "ubnd")
_UNIT_ENDS = ("tỉnh", "uyện", " phố", " xã", "hường", " trấn")


@dataclass(frozen=True, slots=True)
class Body:
    """A body or group named at ``[start, end)``; ``name`` is spelled out."""

    start: int
    end: int
    name: str
    is_group: bool = False


def _skip_spaces(folded: str, pos: int, end: int) -> int:
    while pos < end and folded[pos] in " \t\n\u00a0":
        pos += 1
    return pos


def _capitalized(text: str, pos: int) -> bool:
    return pos < len(text) and (text[pos].isupper() or text[pos].isdigit())


def spell_out(name: str) -> str:
    """Abbreviations spelled out: "UBND tỉnh" → "Ủy ban nhân dân tỉnh"."""
    out = []
    for w in name.split(" "):
        full = ABBREVIATIONS.get(w.lower())
        out.append(full if full else w)
    name = " ".join(out)
    return name[:1].upper() + name[1:] if name else name


def _read_group(text: str, folded: str, pos: int, end: int) -> int | None:
    """End of a group phrase at ``pos``: "các sở, ban, ngành", "các cấp, các ngành"."""
    p = pos
    if starts_with(folded, p, ("các",)):
        p = _skip_spaces(folded, p + 3, end)
    noun = starts_with(folded, p, _SORTED_GROUP)
    if noun is None:
        return None
    p += len(noun)
    while True:
        q = p
        if folded.startswith(",", q):
            q += 1
        q = _skip_spaces(folded, q, end)
        if starts_with(folded, q, ("và",)):
            q = _skip_spaces(folded, q + 2, end)
        if starts_with(folded, q, ("các",)):
            q = _skip_spaces(folded, q + 3, end)
        # nouns are listed with ",", "và", "các": "các huyện | tổ chức phiên chợ" is a verb
        if not folded[p:q].strip() or q >= end:
            break
        noun = starts_with(folded, q, _SORTED_GROUP)
        head = noun.split(" ", 1)[0] if noun else ""
        if noun is None or noun in _BODY_GROUP_HEADS or (
            _capitalized(text, q) and _capitalized_after(text, folded, q + len(head))
        ):
            break  # "UBND các huyện và | Ban Quản lý dự án ...": a named body; "các sở, ban,
            # ngành, | UBND các xã, phường": the People's Committees, a body of their own
        p = q + len(noun)
    if folded.endswith("dự án", pos, p):
        p = _board_words(folded, p, end)  # "các Ban Quản lý dự án | đầu tư xây dựng | của tỉnh"
    q = _skip_spaces(folded, p, end)
    tail = starts_with(folded, q, _SORTED_TAILS)
    if tail:
        p = q + len(tail)
        if tail.endswith(("tỉnh", "huyện")):  # "... tỉnh Lạng Sơn", "... huyện Krông Pắc"
            p = _read_place(text, folded, p, end)
    return _read_owner(text, folded, p, end) or _read_places(text, folded, p, end)


def _board_words(folded: str, pos: int, end: int) -> int:
    """Extend a group of project boards over the words of their field, when a tail follows:
    "các Ban Quản lý dự án | đầu tư xây dựng | của tỉnh"."""
    p = q = pos
    while True:
        r = _skip_spaces(folded, q, end)
        phrase = starts_with(folded, r, PROJECT_NAME_WORDS)
        if phrase is None:
            break
        q = r + len(phrase)
    r = _skip_spaces(folded, q, end)
    return q if q > p and starts_with(folded, r, _SORTED_TAILS) else p


def _capitalized_after(text: str, folded: str, pos: int) -> bool:
    """The word after ``pos`` (spaces skipped) starts with a capital: a name goes on."""
    q = _skip_spaces(folded, pos, len(folded))
    return q > pos and _capitalized(text, q)


_OWNER_HEADS_BARE = OWNER_HEADS[:3]  # "các đại biểu | HĐND tỉnh" (without "của")


def _read_owner(text: str, folded: str, pos: int, end: int) -> int | None:
    """End of the body a group belongs to: "các Ban | của HĐND tỉnh", "các đại biểu |
    HĐND tỉnh", "các cơ quan chuyên môn | của UBND tỉnh"; None if none follows."""
    q = _skip_spaces(folded, pos, end)
    of = starts_with(folded, q, ("của",))
    r = _skip_spaces(folded, q + 3, end) if of else q
    owner = starts_with(folded, r, OWNER_HEADS if of else _OWNER_HEADS_BARE)
    body = _read_body(text, folded, r, end) if owner else None
    return body.end if body is not None and not body.is_group else None


def _read_places(text: str, folded: str, pos: int, end: int) -> int:
    """Extend over a list of places: "UBND các huyện | Cao Lộc, Văn Lãng"."""
    p = _read_place(text, folded, pos, end)
    while p > pos:
        q = p + 1 if folded.startswith(",", p) else p
        q = _skip_spaces(folded, q, end)
        if starts_with(folded, q, ("và",)):
            q = _skip_spaces(folded, q + 2, end)
        e = _read_place(text, folded, q, end)
        if e == q:
            break
        pos, p = q, e
    return p


def _read_place(text: str, folded: str, pos: int, end: int) -> int:
    """Extend over a capitalized place name: "tỉnh | Lạng Sơn"."""
    p = pos
    while True:
        q = _skip_spaces(folded, p, end)
        m = _WORD.match(folded, q)
        if not m or q >= end or not _capitalized(text, q) or not m.group().isalpha():
            return p
        if starts_with(folded, q, _SORTED_HEADS):
            return p
        p = m.end()


def _read_name(text: str, folded: str, pos: int, end: int, *, commas: bool = True) -> int:
    """End of a proper name that starts with a capital at ``pos``."""
    p, n = pos, 0
    # "Ban Quản lý dự án …", "Phòng Quản lý xây dựng", "Phòng Quản lý đô thị"
    board_name = folded.startswith("quản lý", pos) and folded[pos - 6 : pos].endswith(
        ("ban ", "phòng "))
    while n < 20 if board_name or "dự án" in folded[pos:p] else n < 14:
        q = _skip_spaces(folded, p, end)
        m = _WORD.match(folded, q)
        if not m or q >= end:
            break
        w = m.group()
        if w == "," and not commas:
            break
        # "Ban Quản lý dự án ...", "Ban Quản lý các khu công nghiệp tỉnh": lower-case words go on
        board = board_name or "dự án" in folded[pos:p]
        if w in (",", "-", "–") or w == "và":
            r = _skip_spaces(folded, m.end(), end)
            if (r < end and _capitalized(text, r)
                    and _WORD.match(folded, r).group().replace("&", "").isalpha()
                    and not starts_with(folded, r, _SORTED_HEADS)
                    and not starts_with(folded, r, TITLES)):  # "Sở Y tế và | Chủ tịch …"
                p, n = m.end(), n + 1
                continue
            if board and w == "và" and _board_word(text, folded, r):
                p, n = m.end(), n + 1  # "... công trình dân dụng và công nghiệp tỉnh"
                continue
            break
        if not w[0].isalnum():
            break
        if (q > pos and not _capitalized(text, q) and folded[p - 4 : p] in _UNIT_ENDS
                and not (w in ("ủy", "đoàn") and _capitalized(text, p - 4))):
            break  # "Văn phòng UBND tỉnh | nâng cấp": only a place name (or "Tỉnh ủy") may follow
        if q > pos and not _capitalized(text, q):
            phrase = starts_with(folded, q, PROJECT_NAME_WORDS) if board else None
            if phrase:  # "Ban Quản lý dự án đầu tư xây dựng tỉnh"
                p, n = q + len(phrase), n + 1
                continue
            if board and _board_word(text, folded, q):
                pass  # "... các công trình giao thông tỉnh"
            elif w in NAME_STOP or starts_with(folded, q, _SORTED_STOPS):
                break
        elif (q > pos and n > 0 and starts_with(folded, q, _SORTED_HEADS)
              and not starts_with(folded, q, INNER_HEADS)):
            break
        p, n = m.end(), n + 1
    return p


def _board_word(text: str, folded: str, q: int) -> bool:
    """A lower-case word at ``q`` that goes on a project board's name."""
    m = _WORD.match(folded, q)
    if m is not None and starts_with(folded, q, PROJECT_NAME_WORDS):
        return True
    return (m is not None and m.group().isalpha() and not _capitalized(text, q)
            and m.group() not in BOARD_STOP and not starts_with(folded, q, _SORTED_STOPS)
            and not starts_with(folded, q, ("các cơ quan", "các đơn vị", "các sở", "các huyện")))


# Bodies the agency register found, by start offset (set by :func:`known_bodies`).
_KNOWN: ContextVar[Mapping[int, Body] | None] = ContextVar("known_bodies", default=None)


@contextmanager
def known_bodies(bodies: Mapping[int, Body]) -> Iterator[None]:
    """Let :func:`read_body` prefer these register matches at their offsets."""
    token = _KNOWN.set(bodies)
    try:
        yield
    finally:
        _KNOWN.reset(token)


# The calls of :func:`read_body` that could take a register's name (set by :func:`asked_bodies`)
_ASKED: ContextVar[list[tuple[int, int, Body | None]] | None] = ContextVar("asked", default=None)


@contextmanager
def asked_bodies() -> Iterator[list[tuple[int, int, Body | None]]]:
    """Note ``(pos, end, answer)`` of each :func:`read_body` call that could take a register's
    name (``register=True``), in call order."""
    asked: list[tuple[int, int, Body | None]] = []
    token = _ASKED.set(asked)
    try:
        yield asked
    finally:
        _ASKED.reset(token)


def read_body(
    text: str, folded: str, pos: int, end: int, *, register: bool = True
) -> Body | None:
    """The body or group named at ``pos``: the register's match or the grammar's.

    With ``register=False`` the words are only spelled out ("UBND tỉnh" →
    "Ủy ban nhân dân tỉnh"), as wanted for whom a report goes to.
    """
    pos = _skip_spaces(folded, pos, end)
    if not register:
        return _read_body(text, folded, pos, end, False) if _may_open(folded, pos) else None
    known = (_KNOWN.get() or {}).get(pos)
    body = _known_or_mine(text, folded, pos, end, known)
    asked = _ASKED.get()
    if asked is not None:
        asked.append((pos, end, body))
    return body


def _known_or_mine(text: str, folded: str, pos: int, end: int, known: Body | None) -> Body | None:
    """The register's name ``known`` at ``pos`` or the grammar's, as :func:`read_body` tells."""
    if known is None and not _may_open(folded, pos):
        return None  # what the grammar would say (most words name no body)
    mine = _read_body(text, folded, pos, end)
    if known is not None and known.end <= end and (
        mine is None or known.end >= mine.end or _lower_past(text, folded, known.end, end)
    ):
        if mine is not None and mine.is_group:
            return mine  # groups keep their words
        return known
    return mine


def _lower_past(text: str, folded: str, pos: int, end: int) -> bool:
    """The grammar read on past a register name over lower-case words that are no
    place: "Sở Tài chính | công khai dự toán" (not "UBND tỉnh | Hà Giang")."""
    q = _skip_spaces(folded, pos, end)
    return q < end and not _capitalized(text, q) and not starts_with(folded, q, _SORTED_UNITS)


# The first word of every phrase :func:`_read_body` looks for at its start: where
# the word there is none of these, none of them can match (a phrase that
# :func:`starts_with` finds opens with its own first run of letters and digits).
_RUN = re.compile(r"[^\W_]*")
_COMRADES = ("các đồng chí", "đồng chí")
_BODY_WORDS = (_COMRADES, TITLES, _SORTED_FIXED, ("các",), _SORTED_GROUP, _SORTED_HEADS)
_BODY_OPENERS = frozenset(_RUN.match(p).group() for words in _BODY_WORDS for p in words)
# any of them at a position, as :func:`starts_with` would find it
BODY_PHRASES = _phrase_regex(tuple(p for words in _BODY_WORDS for p in words))


def _may_open(folded: str, pos: int) -> bool:
    """False where :func:`_read_body` is sure to find no body at ``pos`` (spaces skipped)."""
    if folded.startswith("tỉnh", pos):
        return True
    # the first word first (cheap), then the phrases themselves: "tổ chức" opens
    # "tổ chức chính trị - xã hội" only, "chủ trì" no title
    return (_RUN.match(folded, pos).group() in _BODY_OPENERS
            and BODY_PHRASES.match(folded, pos) is not None)


def _read_body(text: str, folded: str, pos: int, end: int, register: bool = True) -> Body | None:
    """The body or group named at ``pos`` (spaces skipped), or ``None``.

    >>> t = "Bộ Kế hoạch và Đầu tư chủ trì"
    >>> from ktxh.text.normalize import fold
    >>> read_body(t, fold(t), 0, len(t)).name
    'Bộ Kế hoạch và Đầu tư'
    """
    pos = _skip_spaces(folded, pos, end)
    short = short_names.at(text, folded, pos, end) if short_names.in_force() else None
    if short is not None:  # "Ban QLDA giao thông", defined in the document
        return Body(pos, short[0], short[1])
    if not _may_open(folded, pos):
        return None  # no word list below can match here
    comrade = starts_with(folded, pos, _COMRADES)
    if comrade:  # "đồng chí Giám đốc Sở Y tế": the title names the body
        return _comrade_body(text, folded, pos + len(comrade), end, register)
    title = starts_with(folded, pos, TITLES)
    if title:  # "Chủ tịch UBND tỉnh": the register's name only where it is wanted
        return _title_body(text, folded, pos, title, end, register)
    fixed = starts_with(folded, pos, _SORTED_FIXED)
    if fixed:
        return Body(pos, pos + len(fixed), FIXED_BODIES[fixed])
    g = _read_group(text, folded, pos, end)
    if g is not None and folded.startswith("các", pos):
        return Body(pos, g, folded[pos] + text[pos + 1 : g], True)
    head = starts_with(folded, pos, _SORTED_HEADS)
    if head == "thuế" and not (_capitalized(text, pos) and starts_with(
            folded, _skip_spaces(folded, pos + 4, end), _SORTED_UNITS)):
        return None  # "Thuế tỉnh Thanh Hóa" (since 2025), not "thuế thu nhập"
    if head in ("ủy ban nhân dân", "ubnd", "hội đồng nhân dân", "hđnd"):
        return _council_body(text, folded, pos, head, end)
    if head:
        return _headed_body(text, folded, pos, head, end)
    if folded.startswith("tỉnh", pos) and not folded[pos + 4 : pos + 5].isalpha():
        e = _read_place(text, folded, pos + 4, end)
        if e > pos + 4:  # "tỉnh Lạng Sơn" as a body is its People's Committee
            return Body(pos, e, "Ủy ban nhân dân " + text[pos:e].lower()[:4] + text[pos + 4 : e])
    return None


def _comrade_body(text: str, folded: str, pos: int, end: int, register: bool) -> Body | None:
    """The body a comrade's title at ``pos`` names ("đồng chí | Giám đốc Sở Y tế")."""
    inner = _read_body(text, folded, _skip_spaces(folded, pos, end), end, register)
    return inner if inner is not None and starts_with(folded, inner.start, TITLES) else None


def _title_body(text: str, folded: str, pos: int, title: str, end: int,
                register: bool) -> Body | None:
    """The holder of ``title`` at ``pos`` in the body after it ("Chủ tịch | UBND tỉnh")."""
    inner = read_body(text, folded, pos + len(title), end, register=register)
    if inner is None:
        return None
    name = text[pos : pos + len(title)] + " " + inner.name
    return Body(pos, inner.end, name[:1].upper() + name[1:], True)


def _council_body(text: str, folded: str, pos: int, head: str, end: int) -> Body | None:
    """A People's Committee or Council at ``pos``: of a place ("UBND tỉnh Lạng Sơn") or
    of a group ("UBND các huyện, thành phố")."""
    p = _skip_spaces(folded, pos + len(head), end)
    unit = starts_with(folded, p, _SORTED_UNITS)
    if unit:
        e = _read_place(text, folded, p + len(unit), end)
        return Body(pos, e, spell_out(text[pos:e]))
    g = _read_group(text, folded, p, end)
    if g is not None:
        return Body(pos, g, spell_out(text[pos:g]), True)
    return None


def _headed_body(text: str, folded: str, pos: int, head: str, end: int) -> Body | None:
    """A body named by ``head`` and a level ("Thanh tra tỉnh") or a name ("Sở Y tế")."""
    p = _skip_spaces(folded, pos + len(head), end)
    unit = starts_with(folded, p, _SORTED_UNITS)
    if unit and folded.startswith((" ủy", " đoàn"), p + len(unit)):
        unit = None  # "Văn phòng Tỉnh ủy", "Thường trực Huyện ủy"
    if unit and head not in ("bộ", "sở", "ban", "cục"):  # "Thanh tra tỉnh", "Thuế tỉnh X"
        e = _read_place(text, folded, p + len(unit), end)
        return Body(pos, e, spell_out(text[pos:e]))
    if p < end and _capitalized(text, p):
        e = _read_name(text, folded, p, end)
        return Body(pos, e, spell_out(text[pos:e]))
    return None


def read_bodies(text: str, folded: str, pos: int, end: int) -> list[Body]:
    """Bodies listed at ``pos``, joined by "," or "và": "Bộ Tài chính, Bộ Quốc phòng và ..."."""
    out: list[Body] = []
    first = read_body(text, folded, pos, end)
    while first is not None:
        out.append(first)
        p = _skip_spaces(folded, first.end, end)
        if folded.startswith(",", p):
            p = _skip_spaces(folded, p + 1, end)
        if starts_with(folded, p, ("và", "cùng")):
            p = _skip_spaces(folded, p + (2 if folded.startswith("và", p) else 4), end)
        if p == first.end:
            break
        first = read_body(text, folded, p, end) or _shared_head(text, folded, out[-1], p, end)
    return out


def _shared_head(text: str, folded: str, before: Body, pos: int, end: int) -> Body | None:
    """A place after a body named with its level: "UBMTTQ Việt Nam thị xã Điện Bàn, | huyện
    Duy Xuyên" repeats the head ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Duy Xuyên")."""
    unit = starts_with(folded, pos, _SORTED_UNITS)
    if before.is_group or unit is None or unit.startswith("cấp"):
        return None
    e = _read_place(text, folded, pos + len(unit), end)
    if e == pos + len(unit):
        return None  # "..., huyện tổ chức": no place named
    levels = [m.start() for m in _LEVEL_IN_NAME.finditer(folded, before.start, before.end)]
    if not levels:
        return None
    head = spell_out(text[before.start : levels[-1]].rstrip())
    if not head:
        # "UBND thành phố A, thị xã B và | huyện C": the body before is a place that
        # repeated the head already; its name holds the head
        levels = [m.start() for m in _LEVEL_IN_NAME.finditer(f" {before.name.lower()}")]
        head = before.name[: levels[0] - 1].rstrip() if levels else ""
        if not head:
            return None
    return Body(pos, e, f"{head} {text[pos:e]}")


# "Các Bộ: Kế hoạch và Đầu tư, Tài chính, ..." lists members after a plural head;
# "Văn hóa, Thể thao và Du lịch" is the one member name with a comma of its own.
_MEMBER_HEADS = {"các bộ": "Bộ", "các sở": "Sở", "các ban": "Ban", "các cục": "Cục"}
_MEMBER_HEAD_WORDS = tuple(_MEMBER_HEADS)
_COMMA_NAMES = ("văn hóa, thể thao và du lịch",)


def read_members(text: str, folded: str, pos: int, end: int) -> list[Body]:
    """Members listed after "các Bộ:" / "các Sở:" at ``pos``, each named in full."""
    head = starts_with(folded, pos, _MEMBER_HEAD_WORDS)
    if head is None:
        return []
    p = _skip_spaces(folded, pos + len(head), end)
    if not folded.startswith(":", p):
        return []
    prefix, out = _MEMBER_HEADS[head], []
    p = _skip_spaces(folded, p + 1, end)
    while p < end and _capitalized(text, p):
        known = starts_with(folded, p, _COMMA_NAMES)
        e = p + len(known) if known else _read_name(text, folded, p, end, commas=False)
        if e <= p:
            break
        out.append(Body(p, e, f"{prefix} {text[p:e]}"))
        q = _skip_spaces(folded, e, end)
        if folded.startswith(",", q) or starts_with(folded, q, ("và",)):
            q = _skip_spaces(folded, q + (1 if folded[q] == "," else 2), end)
            p = q
            continue
        break
    return out
