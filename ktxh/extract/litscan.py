"""Regex matches found from the literal words they open with.

``re`` searches fast (~0.5 ns a character) only for a pattern that opens
with one literal string. A pattern whose branches open with different words
(a look-ahead gate, a look-behind, an alternation such as "cầu|nhà máy|...")
is tried at nearly every position: 20–60 ns a character, whole milliseconds
for a document. :class:`LiteralScan` gives the matches of
``pattern.finditer(text, start, end)``, the same ones in the same order, by
trying the pattern only where one of the literals its matches open with
occurs (found with ``str.find``). A long text (a document's folded text) is
read once and its candidate positions kept, so the many sentence-sized
scans of one document cost a binary search each.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

_SHORT = 64  # characters: a shorter range is scanned by the pattern itself
_INDEX_FROM = 2000  # characters: a longer text is indexed whole, once


class LiteralScan:
    """``pattern.finditer`` through the literals its matches open with.

    Every match of ``pattern`` must open with one of ``literals`` (case as in
    the text), or with one or two characters and whitespace before one of
    ``after_number`` ("9 tháng": the months' count before "tháng"). The
    pattern must not match the empty string.
    """

    def __init__(self, pattern: re.Pattern[str], literals: Iterable[str],
                 after_number: Iterable[str] = ()) -> None:
        self.pattern = pattern
        words = sorted(set(literals), key=len)
        # a literal that opens with another one adds no position
        self._literals = tuple(w for i, w in enumerate(words)
                               if w and not any(w.startswith(v) for v in words[:i]))
        self._after_number = tuple(after_number)
        self._cache: tuple[str, list[int]] | None = None

    def _candidates(self, text: str, start: int, end: int) -> list[int]:
        """Sorted positions in ``[start, end)`` where a match may open."""
        found: set[int] = set()
        find = text.find
        for w in self._literals:
            i = find(w, start, end)
            while i >= 0:
                found.add(i)
                i = find(w, i + 1, end)
        for w in self._after_number:
            i = find(w, start, end)
            while i >= 0:
                j = i
                while j > start and text[j - 1].isspace():
                    j -= 1
                if j < i:  # "9 tháng": the count's one or two characters
                    found.add(j - 1)
                    found.add(j - 2)
                i = find(w, i + 1, end)
        return sorted(p for p in found if p >= start)

    def _index(self, text: str) -> list[int]:
        cached = self._cache
        if cached is not None and cached[0] is text:
            return cached[1]
        starts = self._candidates(text, 0, len(text))
        self._cache = (text, starts)
        return starts

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
