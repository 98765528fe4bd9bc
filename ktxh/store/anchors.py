"""Stable keys: a fact's anchor across versions, a document's citation key."""

from __future__ import annotations

import hashlib
from collections import Counter

from ktxh.extract.references import reference_key


def anchor(*parts: object) -> str:
    """Hex digest naming one fact (or document) independently of row ids."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:40]


class AnchorMaker:
    """Anchors for the facts of one file lineage; repeats get an occurrence count.

    Two identical quotes stating the same indicator in one document are told
    apart by their order, which survives small edits elsewhere in the file.
    """

    def __init__(self, lineage: str) -> None:
        self.lineage = lineage
        self._seen: Counter[tuple[str, ...]] = Counter()

    def __call__(self, entity_type: str, *natural_key: object) -> str:
        key = (entity_type, *(" ".join(str(k).split()) for k in natural_key))
        n = self._seen[key]
        self._seen[key] += 1
        return anchor(self.lineage, *key, n)


def document_key(number: str | None) -> str | None:
    """Citation key of a document number: the key its citations carry."""
    return reference_key(number) if number else None
