"""Readers: a file path in, a :class:`~ktxh.text.model.Doc` out."""

from __future__ import annotations

from pathlib import Path

from ktxh.text.errors import ReadError
from ktxh.text.model import Doc
from ktxh.text.structure import build_doc

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def read(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Doc:
    """Read ``path`` (.txt, .md) into a Doc."""
    path = Path(path)
    data = path.read_bytes()
    if not data.strip():
        raise ReadError(str(path), "empty file")
    return build_doc(data.decode("utf-8"), source=str(path), fmt=path.suffix.lstrip("."))
