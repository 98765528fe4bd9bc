"""Series of one indicator for one place, built from figure points.

Every point keeps its provenance (document, date, span). When documents
disagree all points stay; :meth:`Series.chosen` picks one value per period:
an actual (non-estimate) beats any estimate; among equals the latest
document date wins ("số liệu chính thức" replaces "ước thực hiện").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ktxh.extract.records import Extraction, Figure
from ktxh.monitor.catalog import link_figure
from ktxh.monitor.periods import parse_date_start, period_sort_key
from ktxh.text.model import Span


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    indicator_code: str
    place: str | None
    period: str
    value: float
    unit: str
    kind: str = "level"
    estimate: bool = False
    document_id: str | None = None
    doc_date: str | None = None
    span: Span | None = None
    value_max: float | None = None
    base: str | None = None
    quote: str = ""
    # value × scale in the base unit ("1,2 nghìn tỷ đồng" → 1.2e12, "đồng")
    base_value: float | None = None
    base_unit: str | None = None

    def same_quantity(self, other: SeriesPoint) -> bool:
        """Whether two points measure in the same unit (at any scale)."""
        if self.base_unit and other.base_unit:
            return self.base_unit == other.base_unit
        return self.unit == other.unit

    def comparable_value(self) -> float:
        return self.base_value if self.base_value is not None and self.base_unit else self.value

    def _rank(self) -> tuple:
        d = parse_date_start(self.doc_date) if self.doc_date else None
        return (not self.estimate, d.toordinal() if d else 0)


@dataclass(slots=True)
class Series:
    """All points of one (indicator, place)."""

    indicator_code: str
    place: str | None
    points: list[SeriesPoint] = field(default_factory=list)

    def periods(self, kind: str | None = None) -> list[str]:
        found = {p.period for p in self.points if kind is None or p.kind == kind}
        return sorted(found, key=period_sort_key)

    def chosen(self, kind: str = "level") -> dict[str, SeriesPoint]:
        """One point per period for ``kind``: actual over estimate, then latest document."""
        best: dict[str, SeriesPoint] = {}
        for p in self.points:
            if p.kind != kind:
                continue
            cur = best.get(p.period)
            if cur is None or p._rank() >= cur._rank():
                best[p.period] = p
        return {k: best[k] for k in sorted(best, key=period_sort_key)}


def build_series(points: Iterable[SeriesPoint]) -> dict[tuple[str, str | None], Series]:
    """Group points by (indicator code, place), keeping every point."""
    out: dict[tuple[str, str | None], Series] = {}
    for p in points:
        key = (p.indicator_code, p.place)
        out.setdefault(key, Series(*key)).points.append(p)
    return out


def points_from_extraction(
    extraction: Extraction, document_id: str | None = None
) -> tuple[list[SeriesPoint], list[Figure]]:
    """Series points of the figures that link to the catalog, and the
    figures that do not (the review list). A figure without a period takes
    the document's period."""
    meta = extraction.document
    points: list[SeriesPoint] = []
    review: list[Figure] = []
    for fig in extraction.figures:
        match = link_figure(fig.indicator, fig.kind, fig.unit)
        period = fig.period or meta.period
        if match is None or period is None:
            review.append(fig)
            continue
        points.append(
            SeriesPoint(
                indicator_code=match.code,
                place=fig.place,
                period=period,
                value=fig.value,
                unit=fig.unit,
                kind=fig.kind,
                estimate=fig.estimate,
                document_id=document_id or meta.number,
                doc_date=meta.date,
                span=fig.span,
                value_max=fig.value_max,
                base=fig.base,
                quote=fig.quote,
                base_value=fig.base_value,
                base_unit=fig.base_unit,
            )
        )
    return points, review
