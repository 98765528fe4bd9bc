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


def trie_regex(names: Iterable[Sequence[str]]) -> str:
    """One regex matching any token sequence, longer continuations tried first."""
    root: dict = {}
    for toks in names:
        node = root
        for tok in toks:
            node = node.setdefault(tok, {})
        node[_END] = {}

    def emit(node: dict, prev: str | None) -> str:
        alts = [
            ("" if prev is None else _sep_re(prev, tok)) + _token_re(tok) + emit(child, tok)
            for tok, child in sorted(node.items(), key=lambda kv: (-len(kv[0]), kv[0]))
            if tok != _END
        ]
        if _END in node:
            if not alts:
                return ""
            alts.append("")  # the shorter name is the last resort
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root, None)


def phrase_re(phrase: str) -> str:
    """Regex for one phrase, with the same spelling tolerance as :func:`trie_regex`."""
    toks = tokens(fold(phrase))
    out = ""
    for i, tok in enumerate(toks):
        out += ("" if i == 0 else _sep_re(toks[i - 1], tok)) + _token_re(tok)
    return out


def alternation(phrases: Iterable[str]) -> str:
    """Non-capturing alternation of phrases, longest first."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "(?:" + "|".join(phrase_re(p) for p in ordered) + ")"
