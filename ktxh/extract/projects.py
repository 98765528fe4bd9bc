"""Find projects in a document (to be written)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ktxh.text.model import Doc


def find_projects(doc: Doc, found: Mapping[str, Any]) -> tuple:
    return ()
