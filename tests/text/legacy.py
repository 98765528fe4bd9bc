"""Encode Unicode text in the legacy Vietnamese encodings, for tests only.

The inverse of :mod:`ktxh.text.encodings`, written from the same charts.
"""

from __future__ import annotations

import unicodedata

from ktxh.text.encodings import TCVN3, VNI

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_tcvn3(text: str) -> bytes:
    """TCVN3 bytes; capitals without a code fall back to lower case (.VnTime)."""
    inverse = {v: k for k, v in TCVN3.items()}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 128:
            out.append(ord(ch))
        else:
            out.append(inverse.get(ch, inverse.get(ch.lower(), ord("?"))))
    return bytes(out)


def to_vni(text: str) -> bytes:
    """VNI-Windows bytes: base letter then mark bytes."""
    letters = {v: k for k, v in VNI.items() if len(v) == 1 and not unicodedata.combining(v)}
    marks = {v: k for k, v in VNI.items() if k >= 0xE0 and unicodedata.combining(v[0])}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 128:
            out.append(ord(ch))
            continue
        if ch in letters:
            out.append(letters[ch])
            continue
        base, *rest = unicodedata.normalize("NFD", ch)
        horn = "\u031b" in rest
        tone = "".join(m for m in rest if m in _TONE_MARKS)
        shape = "".join(m for m in rest if m not in _TONE_MARKS and m != "\u031b")
        if horn:
            letter = {"o": "ơ", "u": "ư"}[base.lower()]
            out.append(letters[letter if base.islower() else letter.upper()])
        elif base.lower() == "d" and not rest:
            out.append(ord(base))
        else:
            out.append(ord(base))
        key = shape + tone
        if key:
            code = marks[key]
            out.append(code if base.islower() else code - 0x20)
    return bytes(out)


def to_cp1258(text: str) -> bytes:
    """Windows-1258 bytes: letters with circumflex/breve/horn, tones combining."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tone = "".join(m for m in parts if m in _TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(m for m in parts if m not in _TONE_MARKS))
        out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)
