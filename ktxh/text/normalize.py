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

import unicodedata

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


def _unify_tones(text: str) -> str:
    if not any(c in text for c in "àáảãạèéẻẽẹỳýỷỹỵ"):
        return text
    out = list(text)
    for i in range(1, len(out)):
        pair = out[i - 1] + out[i]
        new = _OLD_TO_NEW_TONES.get(pair)
        # "thuý" at a word end is old style; "quý", "quá" keep their mark
        # because "qu" acts as one consonant.
        if new and not (i >= 2 and out[i - 2] == "q" and pair[0] == "u"):
            nxt = out[i + 1] if i + 1 < len(out) else " "
            if not nxt.isalpha():
                out[i - 1], out[i] = new[0], new[1]
    return "".join(out)


def fold(text: str) -> str:
    """Lower-case, new-style tone marks; same length as ``text``.

    >>> fold("Uỷ ban nhân dân, hoà bình")
    'ủy ban nhân dân, hòa bình'
    >>> fold("Quý I")
    'quý i'
    """
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
