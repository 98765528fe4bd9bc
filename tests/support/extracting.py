"""Running the extraction core on small texts written for the tests."""

from __future__ import annotations

from ktxh.extract.records import DocumentMeta
from ktxh.extract.targets import find_targets
from ktxh.text.structure import build_doc


def found(period: str | None = None, date: str | None = None) -> dict:
    """What the pipeline has found before the figure steps: the document's period and date."""
    return {"document": DocumentMeta(period=period, date=date)}


def target_rows(text: str, period: str | None, date: str | None,
                fields: tuple[str, ...] = ("indicator", "value", "unit", "kind", "period"),
                ) -> list[tuple]:
    """The targets of ``text`` as tuples of ``fields``."""
    return [tuple(getattr(t, f) for f in fields)
            for t in find_targets(build_doc(text), found(period, date))]
