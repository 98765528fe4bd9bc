"""ktxh: Vietnamese provincial socio-economic documents into a living register."""

from __future__ import annotations

from pathlib import Path

from ktxh.extract.pipeline import extract
from ktxh.extract.records import Extraction
from ktxh.text.model import Doc
from ktxh.text.readers import read

__all__ = ["Doc", "Extraction", "extract", "extract_file", "read"]
__version__ = "0.1.0"


def extract_file(path: str | Path) -> Extraction:
    """Read ``path`` and run the whole extraction pipeline over it."""
    return extract(read(path))
