"""Running the extraction core on small texts written for the tests."""

from __future__ import annotations

from ktxh.extract.figures import find_figures
from ktxh.extract.records import DocumentMeta
from ktxh.extract.targets import find_targets
from ktxh.text.structure import build_doc


def found(period: str | None = None, date: str | None = None, doc_type: str | None = None,
          ) -> dict:
    """What the pipeline has found before the figure steps: the document's period and date."""
    return {"document": DocumentMeta(type=doc_type, period=period, date=date)}


def figure_rows(text: str, fields: tuple[str, ...], period: str | None = None,
                date: str | None = None, doc_type: str | None = "bao_cao") -> list[tuple]:
    """The figures of ``text`` (a báo cáo unless ``doc_type`` says otherwise) as tuples
    of ``fields``."""
    return [tuple(getattr(f, name) for name in fields)
            for f in find_figures(build_doc(text), found(period, date, doc_type))]


def target_rows(text: str, period: str | None, date: str | None,
                fields: tuple[str, ...] = ("indicator", "value", "unit", "kind", "period"),
                ) -> list[tuple]:
    """The targets of ``text`` as tuples of ``fields``."""
    return [tuple(getattr(t, f) for f in fields)
            for t in find_targets(build_doc(text), found(period, date))]
