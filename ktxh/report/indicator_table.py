"""The indicator table of one period, computed from the store.

Per catalog indicator with figures for the period: the actual (a level, or
the value of a rate/share indicator), the year's plan (a level target for the
year, else the total of an "A/B" progress figure, else derived from the
stated "% kế hoạch"), the % of plan (computed when both amounts exist, else
as stated) and the change against the same period last year (computed from
the two stored levels when both exist, else as stated "so với cùng kỳ").
Every number keeps its sources (document number, date, quote).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from ktxh.monitor import rows as R
from ktxh.monitor.catalog import Indicator, catalog
from ktxh.monitor.periods import parse_date_start, period_sort_key
from ktxh.monitor.series import SeriesPoint
from ktxh.report.vocab import (
    citation,
    period_label,
    same_period_last_year,
    section_of,
    section_order,
)
from ktxh.store.tables import Document
from ktxh.text.normalize import fold

ACTUAL_KINDS = ("level", "rate", "share", "progress")
SAME_PERIOD = "same_period_last_year"


@dataclass(frozen=True, slots=True)
class Source:
    """Where a number was read: the document and the clause."""

    document_id: int
    number: str | None
    date: str | None
    quote: str
    filename: str | None = None
    type: str | None = None

    @property
    def label(self) -> str:
        return self.number or self.filename or f"#{self.document_id}"

    @property
    def citation(self) -> str:
        """"Báo cáo số 92/BC-UBND ngày 25/03/2024"."""
        return citation(self.type, self.number, self.date, self.label)


@dataclass(slots=True)
class IndicatorLine:
    code: str
    name: str
    section: str
    unit: str = ""
    actual: float | None = None
    actual_kind: str | None = None
    estimate: bool = False
    plan: float | None = None
    plan_from: str | None = None  # "target" | "progress" | "derived"
    pct_stated: float | None = None
    previous: float | None = None  # same period last year, in ``unit``
    change_stated: float | None = None
    sources: list[Source] = field(default_factory=list)

    @property
    def pct_of_plan(self) -> float | None:
        """% of plan: computed from the two amounts, else as stated."""
        if self.actual is not None and self.plan:
            return self.actual / self.plan * 100
        return self.pct_stated

    @property
    def change(self) -> float | None:
        """% change on the same period last year: computed, else as stated."""
        if self.actual is not None and self.previous:
            return (self.actual / self.previous - 1) * 100
        return self.change_stated

    @property
    def change_computed(self) -> bool:
        return self.actual is not None and bool(self.previous)


def _source(lk: R.Linked) -> Source:
    d = lk.document
    return Source(d.id, d.number, d.date, lk.point.quote, d.filename, d.type)


def _rank(lk: R.Linked) -> tuple:
    d = parse_date_start(lk.document.date) if lk.document.date else None
    return (not lk.point.estimate, d.toordinal() if d else 0, lk.row["id"])


def _pick(pts: list[R.Linked], kinds: tuple[str, ...], unit_of: SeriesPoint | None = None,
          catalog_unit: str = "", near: R.Linked | None = None) -> R.Linked | None:
    """The best point of the given kinds: one stated with ``near`` (same clause,
    else same document) first, then the earlier kind of ``kinds``, then an
    actual over an estimate and the latest document; a point in the catalog's
    (or ``unit_of``'s) quantity first."""
    found = [lk for lk in pts if lk.point.kind in kinds]
    if unit_of is not None:
        found = [lk for lk in found if lk.point.same_quantity(unit_of)]
    elif catalog_unit:
        same = [lk for lk in found if _same_unit(lk.point, catalog_unit)]
        found = same or found

    def key(lk: R.Linked) -> tuple:
        affinity = 0
        if near is not None and lk.document.id == near.document.id:
            affinity = 2 if lk.point.quote == near.point.quote else 1
        return (affinity, -kinds.index(lk.point.kind), *_rank(lk))

    return max(found, key=key, default=None)


def _same_unit(p: SeriesPoint, unit: str) -> bool:
    return p.unit == unit or (p.base_unit or "") == unit or p.unit.endswith(" " + unit)


def _in_unit(p: SeriesPoint, like: SeriesPoint, value: float | None = None) -> float:
    """``p``'s value (or ``value`` in p's unit) in the unit ``like`` is written in."""
    v = p.value if value is None else value
    if p.unit == like.unit or not (p.base_value and like.base_value and p.value and like.value):
        return v
    return v * (p.base_value / p.value) / (like.base_value / like.value)


def current_docs(session: Session, as_of: dt.date | None = None) -> dict[int, R.DocInfo]:
    docs = R.current_documents(session)
    if as_of is None:
        return docs
    day = as_of.isoformat()
    return {i: d for i, d in docs.items() if not d.date or d.date[: len(day)] <= day}


def _line(ind: Indicator, period: str, pts: list[R.Linked],
          targets: list[tuple[dict[str, Any], Document]]) -> IndicatorLine | None:
    now = [lk for lk in pts if lk.point.period == period]
    if not now:
        return None
    line = IndicatorLine(ind.code, ind.name, section_of(ind.code), unit=ind.unit)
    actual = _pick(now, ACTUAL_KINDS, catalog_unit=ind.unit)
    if actual is not None:
        p = actual.point
        line.actual, line.actual_kind, line.unit = p.value, p.kind, p.unit
        line.estimate = p.estimate
        line.sources.append(_source(actual))
        if p.kind == "progress" and p.value_max:
            line.plan, line.plan_from = p.value_max, "progress"
    pct = _pick(now, ("pct_of_plan",), near=actual)
    if pct is not None:
        line.pct_stated = pct.point.value
        line.sources.append(_source(pct))
    change = _pick([lk for lk in now if lk.point.unit.startswith("%")
                    and lk.point.base in (SAME_PERIOD, None)], ("change",), near=actual)
    if change is not None:
        line.change_stated = change.point.value
        line.sources.append(_source(change))
    if actual is not None and actual.point.kind == "level":
        _plan_and_previous(line, actual, period, pts, targets)
    if line.actual is not None and line.plan is None and line.pct_stated:
        line.plan, line.plan_from = line.actual / line.pct_stated * 100, "derived"
    line.sources = list({(s.document_id, s.quote): s for s in line.sources}.values())
    if line.actual is None and line.pct_stated is None and line.change_stated is None:
        return None
    return line


def _plan_and_previous(line: IndicatorLine, actual: R.Linked, period: str,
                       pts: list[R.Linked], targets: list[tuple[dict[str, Any], Document]]) -> None:
    p = actual.point
    year = period[:4]
    for row, doc in sorted(targets, key=lambda t: t[1].date or ""):
        if row["kind"] == "level" and row.get("period") == year and row.get("value"):
            tp = SeriesPoint(line.code, None, year, row["value"], row["unit"] or "",
                             base_value=row.get("base_value"), base_unit=row.get("base_unit"))
            if tp.same_quantity(p):
                line.plan, line.plan_from = _in_unit(tp, p), "target"
                line.sources.append(Source(doc.id, doc.number, doc.date, row["quote"] or "",
                                           doc.filename, doc.type))
    last = same_period_last_year(period)
    before = [lk for lk in pts if lk.point.period == last]
    prev = _pick(before, ("level",), unit_of=p)
    if prev is not None:
        line.previous = _in_unit(prev.point, p)
        line.sources.append(_source(prev))


def _whole_area(lk: R.Linked) -> bool:
    """A figure for the document's whole area, not a district of it."""
    place = lk.point.place
    return not place or fold(place).strip() == fold(lk.document.place or "").strip()


def indicator_lines(session: Session, period: str,
                    as_of: dt.date | None = None) -> list[IndicatorLine]:
    """The indicator table of ``period`` ("2024-Q1", "2024", ...), by section."""
    docs = current_docs(session, as_of)
    by_code: dict[str, list[R.Linked]] = {}
    for lk in R.series_points(session, docs):
        if lk.row.get("project_mention_id") is None and _whole_area(lk):
            by_code.setdefault(lk.point.indicator_code, []).append(lk)
    targets: dict[str, list[tuple[dict[str, Any], Document]]] = {}
    for row in R.target_rows(session, docs):
        match = R.link_row(row)
        if match is not None:
            targets.setdefault(match.code, []).append((row, docs[row["document_id"]]))
    out = []
    for code, pts in by_code.items():
        ind = catalog().get(code)
        line = _line(ind, period, pts, targets.get(code, [])) if ind else None
        if line is not None:
            out.append(line)
    order = {code: i for i, code in enumerate(catalog())}
    out.sort(key=lambda ln: (section_order(ln.section), _section_pos(ln), order[ln.code]))
    return out


def _section_pos(line: IndicatorLine) -> int:
    from ktxh.report.vocab import SECTIONS

    for _, codes in SECTIONS:
        if line.code in codes:
            return codes.index(line.code)
    return 0


def periods_with_figures(session: Session) -> list[str]:
    """Periods the stored figures speak of, oldest first (for messages)."""
    docs = R.current_documents(session)
    found = {lk.point.period for lk in R.series_points(session, docs)}
    return sorted(found, key=period_sort_key)


def no_figures_message(session: Session, period: str) -> str:
    """"Không có số liệu chỉ tiêu nào trong kỳ năm 2010 (có số liệu các kỳ: ...)"."""
    known = periods_with_figures(session)
    hint = f" (có số liệu các kỳ: {', '.join(known)})" if known else ""
    return f"Không có số liệu chỉ tiêu nào trong kỳ {period_label(period)}{hint}."
