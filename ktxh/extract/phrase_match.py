"""Whole-word phrase matching on folded text, shared by the clause and body readers.

:func:`starts_with` finds the longest phrase of a word list at a position (one
regex per list, compiled once); ``_skip_spaces`` and ``_capitalized`` are the
small steps every reader of :mod:`ktxh.extract.clauses` and
:mod:`ktxh.extract.body_reader` takes.
"""

from __future__ import annotations

import re
from functools import lru_cache

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


def _skip_spaces(folded: str, pos: int, end: int) -> int:
    while pos < end and folded[pos] in " \t\n\u00a0":
        pos += 1
    return pos


def _capitalized(text: str, pos: int) -> bool:
    return pos < len(text) and (text[pos].isupper() or text[pos].isdigit())
