"""The grammar of body names: :func:`read_body` reads one body or group at a
position ("Bộ Kế hoạch và Đầu tư", "UBND các huyện, thành phố", "các cơ quan
liên quan"), preferring the agency register's match where one is in force
(:func:`known_bodies`). Names and places inside a body's name are read by
:mod:`ktxh.extract.body_names`. Everything works on ``Doc.folded`` with the
original text at hand for capital letters; offsets are shared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from ktxh.extract import short_names
from ktxh.extract.body_names import (
    _SORTED_HEADS,
    _SORTED_TAILS,
    _board_words,
    _capitalized_after,
    _read_name,
    _read_place,
    _read_places,
)
from ktxh.extract.clause_words import (
    ABBREVIATIONS,
    FIXED_BODIES,
    GROUP_NOUNS,
    OWNER_HEADS,
    TITLES,
    UNIT_WORDS,
)
from ktxh.extract.phrase_match import _capitalized, _phrase_regex, _skip_spaces, starts_with

_SORTED_FIXED = tuple(sorted(FIXED_BODIES, key=len, reverse=True))
_SORTED_GROUP = tuple(sorted(GROUP_NOUNS, key=len, reverse=True))
_SORTED_UNITS = tuple(sorted(UNIT_WORDS, key=len, reverse=True))
# group nouns that head a body of their own after a list: "các sở, ngành, | UBND các huyện"
_BODY_GROUP_HEADS = ("ủy ban nhân dân", "ubnd")


@dataclass(frozen=True, slots=True)
class Body:
    """A body or group named at ``[start, end)``; ``name`` is spelled out."""

    start: int
    end: int
    name: str
    is_group: bool = False


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
    bodies = _KNOWN.get()
    known = bodies.get(pos) if bodies else None
    # most words name no body: the cheap look of _known_or_mine first, without a call
    body = (None if known is None and not _may_open(folded, pos)
            else _known_or_mine(text, folded, pos, end, known))
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
