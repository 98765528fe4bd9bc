"""Regex matches found from the literal words they open with.

``re`` searches fast (~0.5 ns a character) only for a pattern that opens
with one literal string. A pattern whose branches open with different words
(a look-ahead gate, a look-behind, an alternation such as "cầu|nhà máy|...")
is tried at nearly every position: 20–60 ns a character, whole milliseconds
for a document. :class:`LiteralScan` gives the matches of
``pattern.finditer(text, start, end)``, the same ones in the same order, by
trying the pattern only where a literal its matches open with occurs (found
with ``str.find``). The literals are read off the pattern itself, so they
follow its edits. A long text (a document's folded text) is read once and
its candidate positions kept: the many sentence-sized scans of one document
then cost a binary search each.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections.abc import Iterator
from re import _constants as sre
from re import _parser as sre_parse
from typing import Any

_SHORT = 64  # characters: a shorter range is scanned by the pattern itself
_INDEX_FROM = 2000  # characters: a longer text is indexed whole, once

# --- what a pattern's matches open with -------------------------------------

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_STOP = (None, None)  # the end of the first pass through a repeated item
_MAX_OPENINGS = 200
_MAX_SET = 4  # a set of up to this many letters ("qu[ýíy]") opens that many literals

Opening = tuple[str, int]  # (literal, n): the literal, after up to n digits and spaces


def _digit_width(item: tuple[Any, Any]) -> int | None:
    """How many characters a digit item takes at most: 1 for ``\\d``, 2 for
    ``\\d{1,2}`` or ``\\d?``; 0 for a look-around; None if it is no digit item."""
    op, av = item
    if op in _ZERO_WIDTH:
        return 0
    if op is sre.IN and all(
        (o is sre.CATEGORY and a in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT))
        or (o is sre.LITERAL and chr(a).isdigit())
        or (o is sre.RANGE and all(chr(c).isdigit() for c in a))
        for o, a in av
    ):
        return 1
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[1] is not sre.MAXREPEAT and av[1] <= 4:
        widths = [_digit_width(x) for x in av[2].data]
        if all(w is not None for w in widths):
            return av[1] * sum(w for w in widths if w is not None)
    return None


def _is_spaces(item: tuple[Any, Any]) -> bool:
    """``\\s+``."""
    op, av = item
    return (op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1
            and list(av[2].data) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])])


def _after_number(items: list[Any], k: int) -> set[Opening]:
    """A match opening with one or two digits, spaces, then a literal ("9 tháng")."""
    width = 0
    while k < len(items) and (w := _digit_width(items[k])) is not None:
        width += w
        k += 1
    if not 0 < width <= 4 or k >= len(items) or not _is_spaces(items[k]):
        raise ValueError("a match opens with a number not followed by spaces and a word")
    rest = _openings(items, k + 1, "")
    if any(n for _, n in rest):
        raise ValueError("a match opens with two numbers")
    return {(lit, width) for lit, _ in rest}


def _openings(items: list[Any], k: int, prefix: str) -> set[Opening]:
    """What every match of ``items[k:]`` opens with, after ``prefix``."""
    while k < len(items):
        op, av = items[k]
        if op is None:  # _STOP
            break
        if op is sre.LITERAL:
            prefix += chr(av)
        elif op in _ZERO_WIDTH:
            pass  # a look-around or \b takes no character: the literal goes on after it
        elif op is sre.SUBPATTERN:
            if av[1] & (re.IGNORECASE | re.LOCALE):
                raise ValueError("a case-blind group")
            return _openings(list(av[3].data) + items[k + 1 :], 0, prefix)
        elif op is sre.BRANCH:
            out: set[Opening] = set()
            for alt in av[1]:
                out |= _openings(list(alt.data) + items[k + 1 :], 0, prefix)
            return _capped(out, prefix)
        elif op is sre.IN and len(av) <= _MAX_SET and all(o is sre.LITERAL for o, _ in av):
            out = set()
            for _, c in av:
                out |= _openings(items, k + 1, prefix + chr(c))
            return _capped(out, prefix)
        elif prefix:
            break  # a repeat, a set: the literal ends here
        elif _digit_width(items[k]) is not None:
            return _after_number(items, k)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            # after one pass, the rest ("(?:...)?") or another pass, unknown here
            then = items[k + 1 :] if av[1] == 1 else [_STOP]
            first = _openings([*av[2].data, *then], 0, "")
            return first | _openings(items, k + 1, "") if av[0] == 0 else first
        else:
            raise ValueError(f"a match may open with {op}")
        k += 1
    if not prefix:
        raise ValueError("a match may open with no literal")
    return {(prefix, 0)}


def _capped(found: set[Opening], prefix: str) -> set[Opening]:
    if len(found) <= _MAX_OPENINGS:
        return found
    if prefix:
        return {(prefix, 0)}
    raise ValueError("too many openings")


def openings(pattern: re.Pattern[str]) -> set[Opening]:
    """The literals every match of ``pattern`` opens with; ``(literal, n)``
    with n > 0: or with a number of up to n digits and spaces before the
    literal. ValueError when a match may open otherwise.

    >>> sorted(openings(re.compile(r"(?<![\\w])(?:cầu|nhà máy)\\b|qu[ýí]\\s|\\d{1,2}\\s+tháng")))
    [('cầu', 0), ('nhà máy', 0), ('quí', 0), ('quý', 0), ('tháng', 2)]
    """
    if pattern.flags & (re.IGNORECASE | re.LOCALE):
        raise ValueError("a case-blind pattern")
    return _openings(list(sre_parse.parse(pattern.pattern, pattern.flags).data), 0, "")


def max_width(pattern: re.Pattern[str]) -> int:
    """The most characters one match of ``pattern`` takes (a look-around none).

    >>> max_width(re.compile(r"(?<![\\w])(?:tháng|quý)\\s?$"))
    6
    """
    width = sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[1]
    if width >= sre.MAXREPEAT:
        raise ValueError("a match may be of any length")
    return width


# --- the scan ---------------------------------------------------------------


def _fewer(words: set[str]) -> tuple[str, ...]:
    """Literals that open every one of ``words``, fewer of them: literals of
    one first word ("đường cao tốc", "đường vành đai") by what they share
    ("đường "): one ``str.find`` pass over a document costs as much as trying
    the pattern at ~150 more positions. A literal that opens with another
    one adds no position."""
    groups: dict[str, list[str]] = {}
    for w in words:
        head, space, _ = w.partition(" ")
        groups.setdefault(head + space, []).append(w)
    shared = sorted((os.path.commonprefix(g) for g in groups.values()), key=len)
    return tuple(w for i, w in enumerate(shared) if not any(w.startswith(v) for v in shared[:i]))



def _overlap(a: str, b: str) -> bool:
    """Whether an occurrence of ``b`` may start inside one of ``a``."""
    return any(a[k:] == b[: len(a) - k] for k in range(1, len(a)))


def _last_letter_sets(words: list[str]) -> list[tuple[str, ...]]:
    """Sets of two or more ``words`` of 3+ characters that differ in their last character
    only and never overlap (a regex finds them apart, as ``str.find`` does each)."""
    by_start: dict[str, list[str]] = {}
    for w in words:
        if len(w) >= 3:
            by_start.setdefault(w[:-1], []).append(w)
    return [tuple(sorted(ws)) for ws in by_start.values()
            if len(ws) > 1 and not any(_overlap(a, b) for a in ws for b in ws)]


class LiteralScan:
    """``pattern.finditer`` tried only where a literal its matches open with
    stands. The pattern must not match the empty string; its openings are
    read off it (:func:`openings`)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        found = openings(pattern)
        self.literals = _fewer({w for w, n in found if n == 0})
        self.after_number = tuple(sorted((w, n) for w, n in found if n > 0))
        # one str.find pass a word (a pass costs as much as ~100 candidates): a word that
        # opens matches both alone and after a number ("năm") is found once, for both
        widths = dict(self.after_number)
        self._passes = tuple((w, w in self.literals, widths.get(w, 0))
                             for w in dict.fromkeys((*self.literals, *widths)))
        # literals that differ in their last letter only ("quý", "quí", "quy"): one regex
        # pass, which finds their shared start as fast as str.find does
        self._sets = _last_letter_sets([w for w in self.literals if w not in widths])
        grouped = {w for ws in self._sets for w in ws}
        self._passes = tuple(p for p in self._passes if p[0] not in grouped)
        self._set_res = tuple(re.compile(re.escape(ws[0][:-1]) + "[" + "".join(
            re.escape(w[-1]) for w in ws) + "]") for ws in self._sets)
        self._cache: tuple[str, list[int]] | None = None

    def _candidates(self, text: str, start: int, end: int) -> list[int]:
        """Sorted positions in ``[start, end)`` where a match may open."""
        found: set[int] = set()
        for rx in self._set_res:
            found.update(m.start() for m in rx.finditer(text, start, end))
        find = text.find
        for w, alone, n in self._passes:
            i = find(w, start, end)
            while i >= 0:
                if alone:
                    found.add(i)
                if n:
                    j = i
                    while j > start and text[j - 1].isspace():
                        j -= 1
                    if j < i:  # "9 tháng": the number's characters before the spaces
                        # where a match opens with a digit, or with the spaces after none
                        found.update(k for k in range(max(j - n, start), j)
                                     if text[k].isdigit() or text[k].isspace())
                i = find(w, i + 1, end)
        return sorted(found)

    def _index(self, text: str) -> list[int]:
        cached = self._cache
        if cached is not None and cached[0] is text:
            return cached[1]
        starts = self._candidates(text, 0, len(text))
        self._cache = (text, starts)
        return starts

    def positions(self, text: str) -> list[int]:
        """Sorted positions of ``text`` where a match may open (every match opens at one);
        a long text's are its index, kept."""
        if len(text) < _INDEX_FROM:
            return self._candidates(text, 0, len(text))
        return self._index(text)

    def finditer(self, text: str, start: int = 0,
                 end: int | None = None) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(text, start, end)``."""
        end = len(text) if end is None else min(end, len(text))
        if len(text) >= _INDEX_FROM:
            starts = self._index(text)
            lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        elif end - start >= _SHORT:
            starts = self._candidates(text, start, end)
            lo, hi = 0, len(starts)
        else:
            return self.pattern.finditer(text, start, end)
        return self._matches(text, starts, lo, hi, start, end)

    def _matches(self, text: str, starts: list[int], lo: int, hi: int, pos: int,
                 end: int) -> Iterator[re.Match[str]]:
        match = self.pattern.match
        for k in range(lo, hi):
            p = starts[k]
            if p < pos:
                continue  # inside the last match
            m = match(text, p, end)
            if m is not None:
                yield m
                pos = m.end()

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """``pattern.search(text, start, end)``."""
        return next(self.finditer(text, start, end), None)


class Tokens:
    """``[(m.group(), m.start(), m.end()) for m in pattern.finditer(text, start,
    end)]`` read only as far as it is asked: a name cut from a sentence takes
    a few of its tokens, not all. Indexing, slicing and ``len`` answer as the
    list would (a negative index or ``len`` reads to the end)."""

    def __init__(self, pattern: re.Pattern[str], text: str, start: int, end: int) -> None:
        self._it: Iterator[re.Match[str]] | None = pattern.finditer(text, start, end)
        self._toks: list[tuple[str, int, int]] = []

    def _read(self, n: int) -> None:
        """Read until ``n`` tokens are in hand or none is left (n < 0: all)."""
        it, toks = self._it, self._toks
        if it is None:
            return
        for m in it:
            toks.append((m.group(), m.start(), m.end()))
            if 0 <= n <= len(toks):
                return
        self._it = None

    def has(self, i: int) -> bool:
        """Whether a token ``i`` (>= 0) exists: ``i < len(self)``, reading no further."""
        if i < len(self._toks):
            return True
        self._read(i + 1)
        return i < len(self._toks)

    def __bool__(self) -> bool:
        return self.has(0)

    def __len__(self) -> int:
        self._read(-1)
        return len(self._toks)

    def __getitem__(self, k: Any) -> Any:
        if type(k) is int and 0 <= k < len(self._toks):
            return self._toks[k]
        if isinstance(k, slice):
            stop = k.stop
            self._read(stop if isinstance(stop, int) and stop >= 0 and k.step is None
                       and (k.start is None or k.start >= 0) else -1)
        else:
            self._read(k + 1 if k >= 0 else -1)
        return self._toks[k]

    def __iter__(self) -> Iterator[tuple[str, int, int]]:
        i = 0
        while self.has(i):
            yield self._toks[i]
            i += 1
