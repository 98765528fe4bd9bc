"""Document metadata: number, symbol, type, place, date, title, signer, period."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ktxh.extract.records import DocumentMeta
from ktxh.text.model import Doc


def empty() -> DocumentMeta:
    return DocumentMeta()


def extract_metadata(doc: Doc, found: Mapping[str, Any]) -> DocumentMeta:
    """Read the header block, title and signature block of ``doc``."""
    return DocumentMeta()
