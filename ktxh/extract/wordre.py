"""Word-start alternations that Python's regex engine can scan fast.

``(?<![\\w])(?:phấn đấu|nhiệm vụ)`` opens with a look-behind, so ``re`` tries
the whole pattern at every position of the text. :func:`word_start` writes
the same alternation with each branch opening on its plain letters and the
look-behind moved after them: ``phấn đấu(?<![\\w]phấn đấu)|nhiệm vụ(?<![\\w]nhiệm
vụ)``. A pattern opening with letters lets ``re`` skip to the positions
holding one of them; the matches (spans, groups, order of branches) are the
same.
"""

from __future__ import annotations

import re

_SPECIAL = frozenset("\\.^$*+?{}[]()|")
_QUANTIFIER = frozenset("?*+{")


def _literal_prefix(alt: str) -> str:
    """The plain letters an alternative opens with ("tăng" of "tăng(?! cường)")."""
    n = 0
    while n < len(alt) and alt[n] not in _SPECIAL and alt[n + 1 : n + 2] not in _QUANTIFIER:
        n += 1
    return alt[:n]


def _branch(alt: str, before: str) -> str:
    prefix = _literal_prefix(alt)
    if not prefix:
        return f"(?<!{before}){alt}"  # no plain first character: left as it was
    # the look-behind after the whole prefix: a wrong second letter fails first
    return f"{prefix}(?<!{before}{re.escape(prefix)}){alt[len(prefix):]}"


def word_start(*alternatives: str, before: str = r"[\w]") -> str:
    """``(?<!BEFORE)(?:A|B|...)`` as a pattern opening with each branch's letter.

    ``before`` is one character class; an alternative holds no top-level "|".

    >>> bool(re.search(word_start("phấn đấu", "đạt"), "cùng phấn đấu"))
    True
    >>> bool(re.search(word_start("đạt"), "bđạt"))
    False
    """
    return "(?:" + "|".join(_branch(a, before) for a in alternatives) + ")"
