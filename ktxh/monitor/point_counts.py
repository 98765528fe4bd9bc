"""How many series points each catalog indicator has, counted in SQL.

The indicator list needs, per indicator, its number of points and its latest
period, not the points: SQL counts the figures of current documents by
name, kind, unit and period (the figure's own, else its document's), and
only the distinct (name, kind, unit) are linked to the catalog here. Rows a
person corrected are left out of the SQL count and judged on their corrected
values, as :func:`ktxh.monitor.rows.series_points` judges them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import false, func, select
from sqlalchemy.orm import Session

from ktxh.monitor import rows as R
from ktxh.monitor.periods import period_sort_key
from ktxh.store.kept_tables import IndicatorPoints
from ktxh.store.tables import Document, Figure


@dataclass(slots=True)
class PointCount:
    """The points of one indicator: how many, and the latest period."""

    points: int = 0
    latest_period: str | None = None

    def add(self, period: str, n: int) -> None:
        self.points += n
        if self.latest_period is None or period_sort_key(period) > period_sort_key(
                self.latest_period):
            self.latest_period = period


def point_counts(session: Session) -> dict[str, PointCount]:
    """Per catalog code: the series points of the current documents."""
    docs = R.current_documents(session)
    corrected = R.figure_rows(session, docs, false())  # only the rows a correction names
    out: dict[str, PointCount] = {}
    period = func.coalesce(func.nullif(Figure.period, ""), Document.period)
    stmt = (select(Figure.indicator, Figure.kind, Figure.unit, period, func.count())
            .join(Document, Document.id == Figure.document_id)
            .where(Document.superseded_by_id.is_(None), Figure.project_mention_id.is_(None),
                   period.is_not(None), period != "")
            .group_by(Figure.indicator, Figure.kind, Figure.unit, period))
    if corrected:
        stmt = stmt.where(Figure.id.not_in(sorted({r["id"] for r in corrected})))
    for name, kind, unit, when, n in session.execute(stmt):
        match = R.link_row({"indicator": name, "kind": kind, "unit": unit})
        if match is not None:
            out.setdefault(match.code, PointCount()).add(when, n)
    for lk in R.linked_points(corrected, docs):
        out.setdefault(lk.point.indicator_code, PointCount()).add(lk.point.period, 1)
    return out


def points_by_document(linked: list[R.Linked]) -> dict[int, Counter[tuple[str, str]]]:
    """Each document's series points per (indicator code, period)."""
    out: dict[int, Counter[tuple[str, str]]] = {}
    for lk in linked:
        out.setdefault(lk.document.id, Counter())[(lk.point.indicator_code,
                                                   lk.point.period)] += 1
    return out


def points_json(points: Counter[tuple[str, str]] | None) -> list[list[Any]]:
    return [[c, p, n] for (c, p), n in sorted((points or Counter()).items())]


def add_kept_points(session: Session, delta: Counter[tuple[str, str]]) -> None:
    """``indicator_points`` plus ``delta`` (rows at zero removed)."""
    for (code, period), n in sorted(delta.items()):
        if n == 0:
            continue
        row = session.get(IndicatorPoints, (code, period))
        if row is None:
            session.add(IndicatorPoints(code=code, period=period, points=n))
        elif row.points + n == 0:
            session.delete(row)
        else:
            row.points += n
    session.flush()
