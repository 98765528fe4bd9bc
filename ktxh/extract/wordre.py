"""Word-start alternations that Python's regex engine can scan fast.

``(?<![\\w])(?:phấn đấu|nhiệm vụ)`` opens with a look-behind, so ``re`` tries
the whole pattern at every position of the text. :func:`word_start` writes
the same alternation with each branch opening on its first letter and the
look-behind moved after it: ``p(?<![\\w]p)hấn đấu|n(?<![\\w]n)hiệm vụ``. A
pattern opening with letters lets ``re`` skip to the positions holding one
of them; the matches (spans, groups, order of branches) are the same.
"""

from __future__ import annotations

import re

_SPECIAL = frozenset("\\.^$*+?{}[]()|")
_QUANTIFIER = frozenset("?*+{")


def _branch(alt: str, before: str) -> str:
    if not alt or alt[0] in _SPECIAL or alt[1:2] in _QUANTIFIER:
        return f"(?<!{before}){alt}"  # no plain first character: left as it was
    first = alt[0]
    return f"{first}(?<!{before}{re.escape(first)}){alt[1:]}"


def word_start(*alternatives: str, before: str = r"[\w]") -> str:
    """``(?<!BEFORE)(?:A|B|...)`` as a pattern opening with each branch's letter.

    ``before`` is one character class; an alternative holds no top-level "|".

    >>> bool(re.search(word_start("phấn đấu", "đạt"), "cùng phấn đấu"))
    True
    >>> bool(re.search(word_start("đạt"), "bđạt"))
    False
    """
    return "(?:" + "|".join(_branch(a, before) for a in alternatives) + ")"
