"""Bytes of a plain-text file to Unicode, legacy Vietnamese encodings included.

Order: UTF-8 (with or without BOM) and UTF-16 with a BOM first; otherwise the
bytes are converted as TCVN3 (ABC, the ".VnTime" fonts), VNI (VNI-Windows,
"VNI-Times") and Windows-1258, and the conversion whose words are most often
valid Vietnamese syllables wins. Nothing is guessed from the file name.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

# Combining tone marks: huyền, hỏi, ngã, sắc, nặng (TCVN3 chart order).
GRAVE, HOOK, TILDE, ACUTE, DOT = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"
CIRCUMFLEX, BREVE, HORN = "\u0302", "\u0306", "\u031b"
_TONES = (GRAVE, HOOK, TILDE, ACUTE, DOT)

# TCVN 5712:1993 (VN3): one byte per lower-case letter with its tone, in the
# order huyền, hỏi, ngã, sắc, nặng; the capitals Ă Â Ê Ô Ơ Ư Đ have their own
# bytes, other capitals use the ".VnTimeH" font with the lower-case bytes.
_TCVN3_TONED = {
    "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3_PLAIN = dict(zip(range(0xA1, 0xAF), "ĂÂÊÔƠƯĐăâêôơưđ", strict=True))


def _tcvn3_table() -> dict[int, str]:
    table = {code: letter for code, letter in _TCVN3_PLAIN.items()}
    for base, codes in _TCVN3_TONED.items():
        for code, tone in zip(codes, _TONES, strict=True):
            table[code] = unicodedata.normalize("NFC", base + tone)
    return table


# VNI-Windows: an ASCII base letter followed by mark bytes (Latin-1 letters);
# the capital form of each mark byte is 0x20 lower.
_VNI_MARKS = {
    0xF8: GRAVE, 0xF9: ACUTE, 0xFB: HOOK, 0xF5: TILDE, 0xEF: DOT,
    0xE2: CIRCUMFLEX, 0xE0: CIRCUMFLEX + GRAVE, 0xE1: CIRCUMFLEX + ACUTE,
    0xE5: CIRCUMFLEX + HOOK, 0xE3: CIRCUMFLEX + TILDE, 0xE4: CIRCUMFLEX + DOT,
    0xEA: BREVE, 0xE8: BREVE + GRAVE, 0xE9: BREVE + ACUTE,
    0xFA: BREVE + HOOK, 0xFC: BREVE + TILDE, 0xEB: BREVE + DOT,
}  # fmt: skip
# Letters VNI writes as one byte: ơ ư đ and the i's, and ỵ.
_VNI_LETTERS = {
    0xF4: "ơ", 0xF6: "ư", 0xF1: "đ", 0xEC: "ì", 0xED: "í", 0xE6: "ỉ",
    0xF3: "ĩ", 0xF2: "ị", 0xEE: "ỵ",
}  # fmt: skip


def _vni_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code, marks in _VNI_MARKS.items():
        table[code] = table[code - 0x20] = marks
    for code, letter in _VNI_LETTERS.items():
        table[code] = letter
        table[code - 0x20] = letter.upper()
    return table


TCVN3 = _tcvn3_table()
VNI = _vni_table()

_TONED_VOWELS = "".join(
    unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in _TONES
)
_TONELESS = str.maketrans(
    _TONED_VOWELS, "".join(v * len(_TONES) for v in "aăâeêioôơuưy")
)
# Vowel groups of Vietnamese syllables, tone marks removed.
_NUCLEI_TEXT = (
    "a ă â e ê i o ô ơ u ư y "
    "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ ưa ưi ươ ưu "
    "uy yê iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu"
)
NUCLEI = tuple(_NUCLEI_TEXT.split())
_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?"
    rf"(?:{'|'.join(sorted(NUCLEI, key=len, reverse=True))})"
    r"(?:ng|nh|ch|[cmnpt])?"
)
_WORD = re.compile(r"[^\s\d.,;:!?()\[\]\"'“”‘’\-–—/%+*=<>|]+")
_TONED = frozenset(_TONED_VOWELS)
MIN_SCORE = 0.5


def syllable_share(text: str) -> float:
    """Share of words of ``text`` that are valid Vietnamese syllables.

    >>> syllable_share("Tổng thu ngân sách")
    1.0
    """
    total = valid = 0
    for m in _WORD.finditer(text[:200_000]):
        word = m.group(0).lower()
        total += 1
        if sum(c in _TONED for c in word) <= 1 and _SYLLABLE.fullmatch(word.translate(_TONELESS)):
            valid += 1
    return valid / total if total else 0.0


def _fix_vntimeh_caps(text: str) -> str:
    """"THôNG BáO" (a ".VnTimeH" line read with lower-case bytes) → "THÔNG BÁO".

    A line whose ASCII letters are all capitals is a capitals line.
    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        ascii_letters = [c for c in line if c.isascii() and c.isalpha()]
        if len(ascii_letters) >= 3 and all(c.isupper() for c in ascii_letters):
            lines[i] = line.upper()
    return "\n".join(lines)


def from_tcvn3(data: bytes) -> str:
    return _fix_vntimeh_caps(data.decode("latin-1").translate(TCVN3))


def from_vni(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("latin-1").translate(VNI))


def from_cp1258(data: bytes) -> str:
    # Windows-1258 writes tones as combining marks: NFC composes them.
    return unicodedata.normalize("NFC", data.decode("cp1258"))


LEGACY = (("TCVN3", from_tcvn3), ("VNI", from_vni), ("Windows-1258", from_cp1258))


class DecodeError(ValueError):
    """The bytes are binary or in no encoding this module knows."""


# Control bytes other than tab, line feed, form feed and carriage return.
_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters: not a text file."""
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    # counted in C: the length the control bytes take away
    controls = len(sample) - len(sample.translate(None, _CONTROLS))
    return controls > max(2, len(sample) // 100)


def decode(data: bytes) -> tuple[str, str]:
    """``(text, encoding name)``; raises :class:`DecodeError`."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "UTF-8"
        except UnicodeDecodeError as err:
            raise DecodeError(f"undecodable bytes after a UTF-8 BOM at {err.start}") from err
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as err:
            raise DecodeError(f"undecodable UTF-16 at byte {err.start}") from err
    if looks_binary(data):
        raise DecodeError("binary data, not text")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    best: tuple[float, str, str] | None = None
    for name, convert in LEGACY:
        try:
            text = convert(data)
        except UnicodeDecodeError:
            continue
        score = syllable_share(text)
        if best is None or score > best[0]:
            best = (score, text, name)
    if best is None or best[0] < MIN_SCORE:
        raise DecodeError("undecodable bytes: not UTF-8, TCVN3, VNI or Windows-1258")
    return best[1], best[2]
