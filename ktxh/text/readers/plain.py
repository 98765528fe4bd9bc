"""Plain text and markdown (.txt, .md) in UTF-8, UTF-16 or a legacy encoding."""

from __future__ import annotations

from pathlib import Path

from ktxh.text.encodings import DecodeError, decode
from ktxh.text.errors import ReadError
from ktxh.text.markup import parse_markup
from ktxh.text.model import Doc
from ktxh.text.normalize import nfc
from ktxh.text.structure import assemble


def text_to_doc(text: str, source: str = "", fmt: str = "txt", warnings: tuple = ()) -> Doc:
    """Build a Doc from decoded markdown-ish text."""
    raw = nfc(text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n"))
    return assemble(parse_markup(raw), raw=raw, source=source, fmt=fmt, warnings=warnings)


def read_plain(path: Path, data: bytes) -> Doc:
    try:
        text, encoding = decode(data)
    except DecodeError as err:
        raise ReadError(str(path), str(err)) from err
    if not text.strip():
        raise ReadError(str(path), "empty file")
    warnings = () if encoding.startswith("UTF") else (f"converted from {encoding}",)
    fmt = "md" if path.suffix.lower() in (".md", ".markdown") else "txt"
    return text_to_doc(text, source=str(path), fmt=fmt, warnings=warnings)
