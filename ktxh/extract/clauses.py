"""Clauses of directive sentences and the bodies named in them.

The words (verbs that open an action, heads and groups of bodies) live in
:mod:`ktxh.extract.clause_words`. :func:`clauses` cuts a block of
text into clauses (sentences, then ";"-parts); :func:`read_bodies` and
:func:`read_members` read lists of bodies ("Bộ Tài chính, Bộ Quốc phòng và ...",
"các Sở: Tài chính, Xây dựng"), one at a time by :func:`read_body` of
:mod:`ktxh.extract.body_reader` (re-exported here with ``Body``, ``starts_with``
and the other names the task readers use). Everything works on ``Doc.folded``
with the original text at hand for capital letters; offsets are shared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ktxh.extract.body_names import _read_name, _read_place
from ktxh.extract.body_reader import _SORTED_UNITS, Body, read_body, spell_out
from ktxh.extract.body_reader import BODY_PHRASES as BODY_PHRASES
from ktxh.extract.body_reader import asked_bodies as asked_bodies
from ktxh.extract.body_reader import known_bodies as known_bodies
from ktxh.extract.clause_words import ACTION_IN_NAMES, ACTION_PHRASES
from ktxh.extract.clause_words import TITLES as TITLES
from ktxh.extract.phrase_match import _capitalized, _skip_spaces, starts_with

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


# --- words and bodies (read in ktxh.extract.body_reader) -------------------------

_ALL_ACTIONS = ACTION_PHRASES + ACTION_IN_NAMES
# the level word inside a body's name: "Ủy ban MTTQ Việt Nam | thị xã Điện Bàn"
_LEVEL_IN_NAME = re.compile(r"(?<=\s)(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\s")


def is_action_at(folded: str, pos: int) -> bool:
    return starts_with(folded, pos, _ALL_ACTIONS) is not None


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
        if p == _skip_spaces(folded, first.end, end) and starts_with(folded, p, ("lãnh đạo",)):
            break  # "Đảng đoàn HĐND tỉnh | lãnh đạo HĐND tỉnh xem xét …": the verb, no list
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
