"""Length-preserving text normalization for matching.

The original text is kept as read (NFC). Every matcher works on a *folded*
copy of the same length, so an offset found in the folded text is the offset
in the original: no mapping tables are needed.

- :func:`fold` lowers case and unifies tone-mark placement ("hoà" → "hòa",
  "Uỷ" → "ủy"): the form used by extractors.
- :func:`strip_marks` also drops diacritics ("Bản Lải" → "ban lai"): the form
  used by diacritic-insensitive search.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Old-style tone placement on the second vowel of oa/oe/uy moves to the
# first one in the new style. NFC keeps both forms two characters long.
_OLD_TO_NEW_TONES = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the form every span refers to."""
    return unicodedata.normalize("NFC", text)


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # "İ".lower() grows to two characters; keep the original char instead.
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


# A candidate pair: "o" + a marked a/e, or "u" + a marked y not after "q"
# ("quý", "quá" keep their mark because "qu" acts as one consonant). One
# regex each: a pattern opening with one literal letter is searched ~4 times
# faster than one opening with a set ("[ou]"). The pairs never overlap and
# replacing one never makes or unmakes another, so two passes give the
# result of one.
_OLD_O_PAIR_RE = re.compile("o[àáảãạèéẻẽẹ]")
_OLD_U_PAIR_RE = re.compile("u(?<!qu)[ỳýỷỹỵ]")


def _new_style(m: re.Match[str]) -> str:
    # Only at a word end: "thuý" is old style, "thuyền" is not.
    end = m.end()
    text = m.string
    if end < len(text) and text[end].isalpha():
        return m.group()
    return _OLD_TO_NEW_TONES[m.group()]


def _unify_tones(text: str) -> str:
    return _OLD_U_PAIR_RE.sub(_new_style, _OLD_O_PAIR_RE.sub(_new_style, text))


def fold(text: str) -> str:
    """Lower-case, new-style tone marks; same length as ``text``.

    >>> fold("Uỷ ban nhân dân, hoà bình")
    'ủy ban nhân dân, hòa bình'
    >>> fold("Quý I")
    'quý i'
    """
    if len(text) <= _KEPT_UP_TO:
        return _fold_kept(text)
    return _unify_tones(_lower_same_length(text))


# Words and names are folded again and again (a unit, an indicator, a project's
# name for each pair it is compared in): short texts keep their folded form.
_KEPT_UP_TO = 64


@lru_cache(maxsize=8192)
def _fold_kept(text: str) -> str:
    return _unify_tones(_lower_same_length(text))


def _base_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    decomposed = unicodedata.normalize("NFD", ch)
    return decomposed[0] if decomposed else ch


_BASE_CACHE: dict[str, str] = {}


def strip_marks(text: str) -> str:
    """Lower-case ASCII-like form without diacritics; same length as ``text``.

    >>> strip_marks("Hồ chứa nước Bản Lải")
    'ho chua nuoc ban lai'
    """
    out = []
    for ch in _lower_same_length(text):
        base = _BASE_CACHE.get(ch)
        if base is None:
            base = _BASE_CACHE[ch] = _base_char(ch) if ord(ch) > 127 else ch
        out.append(base)
    return "".join(out)
