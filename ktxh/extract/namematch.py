"""Name keys and token-trie regexes for registers of names (agencies, places).

Names are compared by their folded tokens (:func:`name_key`): case and tone
placement do not matter, "&" reads as "và" and every dash as "-". A register
compiles all its names into one prefix-factored regex (:func:`trie_regex`)
that runs on folded text, so a match's offsets are offsets in the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ktxh.text.normalize import fold

_TOKEN = re.compile(r"\w+|&|[-–—]|,")
_DASHES = {"–": "-", "—": "-"}
_END = ""  # trie leaf marker (no token is empty)


def tokens(folded: str) -> list[str]:
    """Tokens of a folded name; "&" reads as "và", every dash as "-"."""
    out = []
    for tok in _TOKEN.findall(folded):
        out.append("và" if tok == "&" else _DASHES.get(tok, tok))
    return out


def name_key(name: str) -> str:
    """Comparison key: folded tokens joined by one space ("Sở KH&ĐT" → "sở kh và đt")."""
    return " ".join(tokens(fold(name)))


def _token_re(tok: str) -> str:
    if tok == "và":
        return "(?:và|&)"
    if tok == "-":
        return "[-–—]"
    return re.escape(tok)


# Spaces within a name may include one line break (a heading set on two lines:
# "ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN") but never a blank line.
_OPT_SPACE = r"[ \t]*(?:\n[ \t]*)?"
_SPACE = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"


def _sep_re(prev: str, tok: str) -> str:
    if prev in ("và", "-", ",") or tok in ("và", "-", ","):
        return _OPT_SPACE
    if len(prev) <= 3 and prev.isascii():  # after a short form: "TP. Lạng Sơn", "TP Lạng Sơn"
        return f"(?:{_OPT_SPACE}\\.{_OPT_SPACE}|{_SPACE})"
    return _SPACE


def trie_regex(names: Iterable[Sequence[str]], not_after: Sequence[str] | None = None) -> str:
    """One regex matching any token sequence, longer continuations tried first.

    With ``not_after`` (fixed-width look-behind bodies, none of which may stand before a
    match) the names are grouped by their first letter, which opens each group, the
    look-behinds right after it: ``(?:s(?<!Xs)(?:ở tài chính|ở y tế|…)|u(?<!Xu)(?:bnd…)|…)``.
    ``re`` then skips to a letter names open with and tries one group there, not every name
    after a look-behind at every position. Names that open with different letters never
    match at one position, so the first match at each is the same.
    """
    root: dict = {}
    for toks in names:
        node = root
        for tok in toks:
            node = node.setdefault(tok, {})
        node[_END] = {}

    def branches(node: dict, prev: str | None) -> list[tuple[str, str]]:
        """``(token, regex)`` of each continuation of ``node``, in the order tried."""
        return [
            (tok, ("" if prev is None else _sep_re(prev, tok)) + _token_re(tok) + emit(child, tok))
            for tok, child in sorted(node.items(), key=lambda kv: (-len(kv[0]), kv[0]))
            if tok != _END
        ]

    def emit(node: dict, prev: str | None) -> str:
        alts = [alt for _, alt in branches(node, prev)]
        if _END in node:
            if not alts:
                return ""
            alts.append("")  # the shorter name is the last resort
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    if not_after is None:
        return emit(root, None)
    return _by_first_letter(branches(root, None), _END in root, not_after)


def _by_first_letter(alts: list[tuple[str, str]], empty: bool, not_after: Sequence[str]) -> str:
    """The first names of a trie (``(token, regex)``, in order) grouped by their first letter,
    the look-behinds ``not_after`` after it."""
    if empty or any(_token_re(tok) != tok for tok, _ in alts):
        raise ValueError("every name must open with plain letters")  # "và" reads "&" too
    return letters_first([alt for _, alt in alts], not_after)


_SPECIAL = frozenset("\\.^$*+?{}[]()|")
_QUANTIFIER = frozenset("?*+{")


def letters_first(alternatives: Sequence[str], not_after: Sequence[str]) -> str:
    """``(?<!X)(?:A|B|…)`` (``X`` each of ``not_after``, fixed-width look-behind bodies)
    written to open with letters: the alternatives, each opening with a plain letter, in
    groups by that letter, the look-behinds after it (``s(?<!Xs)(?:ở…|ban…)``). Alternatives
    that open with different letters never match at one position: each position's first
    match is the same, in the same branch order."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        if not alt or alt[0] in _SPECIAL or alt[1:2] in _QUANTIFIER:
            raise ValueError(f"an alternative opens with no plain letter: {alt[:20]!r}")
        groups.setdefault(alt[0], []).append(alt[1:])
    out = []
    for letter, rests in groups.items():
        behind = "".join(f"(?<!{x}{re.escape(letter)})" for x in not_after)
        rest = rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"
        out.append(re.escape(letter) + behind + rest)
    return "(?:" + "|".join(out) + ")"


def phrase_re(phrase: str) -> str:
    """Regex for one phrase, with the same spelling tolerance as :func:`trie_regex`."""
    toks = tokens(fold(phrase))
    out = ""
    for i, tok in enumerate(toks):
        out += ("" if i == 0 else _sep_re(toks[i - 1], tok)) + _token_re(tok)
    return out


def ordered(phrases: Iterable[str]) -> list[str]:
    """Phrases in the order :func:`alternation` tries them: longest first."""
    return sorted(set(phrases), key=lambda p: (-len(p), p))


def alternation(phrases: Iterable[str]) -> str:
    """Non-capturing alternation of phrases, longest first."""
    return "(?:" + "|".join(phrase_re(p) for p in ordered(phrases)) + ")"
