"""Progress history of investment projects across reports.

Each report states a project's position: site clearance handed over
("bàn giao 158,3/232,4 ha"), length ("20,1km/28,6km"), disbursement against
the capital plan ("giải ngân 1.215/2.650 tỷ đồng, đạt 45,8% kế hoạch vốn"),
works volume ("hoàn thành 40% khối lượng"). The history keeps one point per
measure per report; the latest position and the change since the previous
report come from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ktxh.extract.records import Figure, Project
from ktxh.monitor.amounts import Amount, find_amounts
from ktxh.monitor.periods import parse_date_start
from ktxh.text.model import Span
from ktxh.text.normalize import fold

SITE, LENGTH, DISBURSEMENT, VOLUME = "site_clearance", "length", "disbursement", "volume"
MEASURE_LABELS = {
    SITE: "Giải phóng mặt bằng",
    LENGTH: "Chiều dài tuyến",
    DISBURSEMENT: "Giải ngân",
    VOLUME: "Khối lượng thực hiện",
}

# --- language data -----------------------------------------------------------
DISBURSE_WORDS = re.compile(r"(?<!\w)(?:giải ngân|thanh toán|vốn)(?!\w)")
SITE_WORDS = re.compile(r"(?<!\w)(?:bàn giao|mặt bằng|giải phóng|bồi thường|thu hồi đất)(?!\w)")
VOLUME_WORDS = re.compile(r"(?<!\w)khối lượng(?!\w)")
# A stated % within this many points of done/total is taken as stated.
STATED_PCT_TOLERANCE = 0.6
RATIO_BEFORE = re.compile(r"(?:đạt|bằng|tương đương|được)\s*$")


@dataclass(frozen=True, slots=True)
class ProgressPoint:
    measure: str
    done: float | None
    total: float | None
    unit: str
    pct: float | None = None  # as stated, else done/total
    document_id: str | None = None
    doc_date: str | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class ProjectSnapshot:
    """One report's statement about one project (what the store loads)."""

    key: str
    name: str
    document_id: str | None
    doc_date: str | None
    figures: tuple[Figure, ...] = ()
    quote: str = ""
    offset: int = 0  # where ``quote`` starts in its document

    @classmethod
    def of(cls, project: Project, document_id: str | None, doc_date: str | None):
        return cls(project.key, project.name, document_id, doc_date, project.figures,
                   project.quote, project.span.start)


@dataclass(frozen=True, slots=True)
class ProgressChange:
    measure: str
    previous: ProgressPoint | None
    latest: ProgressPoint
    delta: float | None  # change of ``done``
    delta_pct: float | None  # change of ``pct`` in points


@dataclass(slots=True)
class ProjectHistory:
    key: str
    name: str
    points: dict[str, list[ProgressPoint]] = field(default_factory=dict)

    def latest(self, measure: str) -> ProgressPoint | None:
        pts = self.points.get(measure)
        return pts[-1] if pts else None

    def change(self, measure: str) -> ProgressChange | None:
        """Latest position and change since the report before it."""
        pts = self.points.get(measure)
        if not pts:
            return None
        last = pts[-1]
        prev = pts[-2] if len(pts) > 1 else None
        delta = delta_pct = None
        if prev is not None:
            if last.done is not None and prev.done is not None:
                delta = last.done - prev.done
            if last.pct is not None and prev.pct is not None:
                delta_pct = last.pct - prev.pct
        return ProgressChange(measure, prev, last, delta, delta_pct)


def _measure(unit: str, context: str) -> str | None:
    if unit.endswith("đồng"):
        return DISBURSEMENT if DISBURSE_WORDS.search(context) else None
    if unit == "ha":
        return SITE
    if unit == "km":
        return LENGTH
    return None


def _from_figures(figures: Iterable[Figure], snap: ProjectSnapshot) -> dict[str, ProgressPoint]:
    out: dict[str, ProgressPoint] = {}
    last: str | None = None  # measure of the progress figure just before
    for f in figures:
        context = fold(f"{f.indicator} {f.quote}")
        if f.kind == "progress" and f.value_max:
            measure = _measure(fold(f.unit), context)
            last = None
            if measure and measure not in out:
                out[measure] = ProgressPoint(measure, f.value, f.value_max, f.unit,
                                             f.value / f.value_max * 100, snap.document_id,
                                             snap.doc_date, f.span)
                last = measure
            continue
        if f.unit.startswith("%") and VOLUME_WORDS.search(fold(f.indicator)):
            out.setdefault(VOLUME, ProgressPoint(VOLUME, None, None, "%", f.value,
                                                 snap.document_id, snap.doc_date, f.span))
        elif f.unit.startswith("%") and last is not None and out[last].pct is not None and abs(
            out[last].pct - f.value
        ) <= STATED_PCT_TOLERANCE:
            # "bàn giao 176,5/232,4 ha, đạt 75,9%": keep the % as printed
            out[last] = _with_pct(out[last], f.value)
        last = None
    return out


def _with_pct(p: ProgressPoint, pct: float) -> ProgressPoint:
    return ProgressPoint(p.measure, p.done, p.total, p.unit, pct, p.document_id, p.doc_date,
                         p.span)


def _from_text(snap: ProjectSnapshot) -> dict[str, ProgressPoint]:
    """Fractions in the quote, with the % stated after them in the clause."""
    out: dict[str, ProgressPoint] = {}
    folded = fold(snap.quote)
    pos = 0
    for clause in re.split(r"(?<=;)", folded):
        amounts = find_amounts(clause, pos)
        for k, a in enumerate(amounts):
            if a.of is None:
                continue
            measure = _measure(a.unit, clause[: a.start - pos])
            if measure is None or measure in out:
                continue
            pct = a.value / a.of.value * 100 if a.of.value else None
            nxt = next((b for b in amounts[k + 1 :] if b.unit == "%"), None)
            # the stated % belongs to the fraction it matches ("158,3/232,4 ha,
            # tương đương 20,1km/28,6km, đạt 68,1% diện tích" is the area's)
            if (nxt is not None and pct is not None
                    and RATIO_BEFORE.search(folded, 0, nxt.start)
                    and abs(nxt.value - pct) <= STATED_PCT_TOLERANCE):
                pct = nxt.value
            out[measure] = ProgressPoint(measure, a.value, a.of.value, a.of.shown_unit, pct,
                                         snap.document_id, snap.doc_date,
                                         _span(a, snap.offset))
        for a in amounts:
            if a.unit == "%" and VOLUME_WORDS.match(folded, a.end + 1) and VOLUME not in out:
                out[VOLUME] = ProgressPoint(VOLUME, None, None, "%", a.value, snap.document_id,
                                            snap.doc_date, _span(a, snap.offset))
        pos += len(clause)
    return out


def _span(a: Amount, offset: int) -> Span:
    return Span(a.start + offset, a.end + offset)


def progress_of(snap: ProjectSnapshot) -> dict[str, ProgressPoint]:
    """Measures stated in one snapshot: from its figures, then its quote."""
    out = _from_figures(snap.figures, snap)
    for measure, point in _from_text(snap).items():
        out.setdefault(measure, point)
    return out


def project_history(snapshots: Iterable[ProjectSnapshot]) -> dict[str, ProjectHistory]:
    """Histories by project key, each measure ordered by report date."""
    def when(s: ProjectSnapshot):
        d = parse_date_start(s.doc_date) if s.doc_date else None
        return d.toordinal() if d else 0

    out: dict[str, ProjectHistory] = {}
    for snap in sorted(snapshots, key=when):
        hist = out.setdefault(snap.key, ProjectHistory(snap.key, snap.name))
        for measure, point in progress_of(snap).items():
            hist.points.setdefault(measure, []).append(point)
    return out
