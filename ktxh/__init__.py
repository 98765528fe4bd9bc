"""ktxh: Vietnamese provincial socio-economic documents into a living register."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ktxh.extract.records import Extraction
from ktxh.text.model import Doc
from ktxh.text.readers import read

if TYPE_CHECKING:  # checkers cannot see a callable module: they see the function it runs
    from ktxh.extract.pipeline import extract
else:  # the package, callable (ktxh/extract/__init__.py): ktxh.extract(doc)
    from ktxh import extract

__all__ = ["Doc", "Extraction", "extract", "extract_file", "read"]
__version__ = "0.1.0"


def extract_file(path: str | Path) -> Extraction:
    """Read ``path`` and run the whole extraction pipeline over it."""
    return extract(read(path))
