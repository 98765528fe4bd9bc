"""Monitoring services over the store: what the web pages, the API and the CLI call.

Every function takes a SQLAlchemy session and returns plain dicts (JSON-ready).
Indicators are linked to the catalog when read (:func:`ktxh.monitor.catalog.link_figure`),
so a better catalog applies to documents already stored. Only current
versions of documents count.

- :func:`target_board`, :func:`indicator_view`, :func:`indicator_list`, :func:`review_list`,
  :func:`project_board` here;
- :func:`task_register`, :func:`update_task`, :func:`task_history` in
  :mod:`ktxh.monitor.task_register`;
- :func:`document_findings`, :func:`all_findings`, :func:`check_file` in
  :mod:`ktxh.monitor.store_checks`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from ktxh.monitor import kept, kept_points
from ktxh.monitor import rows as R
from ktxh.monitor.catalog import Indicator, catalog, get, link_indicator
from ktxh.monitor.periods import parse_period, period_sort_key
from ktxh.monitor.point_counts import PointCount, point_counts
from ktxh.monitor.projects import MEASURE_LABELS, ProjectSnapshot, project_history
from ktxh.monitor.series import Series
from ktxh.monitor.store_checks import all_findings, check_file, document_findings
from ktxh.monitor.targets import NO_DATA, STATUS_LABELS, TargetProgress, evaluate_target
from ktxh.monitor.task_register import task_history, task_register, update_task
from ktxh.store.errors import NotFound
from ktxh.store.queries import list_projects
from ktxh.store.tables import Figure, Target
from ktxh.text.normalize import fold

__all__ = [
    "all_findings",
    "check_file",
    "document_findings",
    "indicator_list",
    "indicator_view",
    "project_board",
    "review_list",
    "target_board",
    "task_history",
    "task_register",
    "update_task",
]

# The measure a project's progress bar shows, in order of preference.
_MAIN_MEASURES = ("disbursement", "site_clearance", "volume", "length")
# Kinds of a level indicator's figures that say something about its growth.
_GROWTH_SOURCE_KINDS = ("level", "change", "growth_avg")


def _as_of_docs(session: Session, as_of: dt.date | None) -> dict[int, R.DocInfo]:
    """Current documents, without those dated after ``as_of``."""
    docs = R.current_documents(session)
    if as_of is None:
        return docs
    day = as_of.isoformat()
    return {i: d for i, d in docs.items() if not d.date or d.date[: len(day)] <= day}


def _same_place(a: str | None, b: str | None) -> bool:
    return not a or not b or fold(a).strip() == fold(b).strip()


def _plan_period(doc: R.DocInfo) -> str | None:
    p = parse_period(doc.period)
    return doc.period if p and p.start.year < p.end.year else None


def _indicator_points(code: str, linked: list[R.Linked]) -> list[R.Linked]:
    """Points of ``code``, and the levels and changes of the level indicator
    it is the growth of ("tăng trưởng GRDP" from GRDP itself)."""
    ind = get(code)
    level = ind.growth_of if ind else None
    return [
        lk for lk in linked
        if lk.point.indicator_code == code
        or (level and lk.point.indicator_code == level and lk.point.kind in _GROWTH_SOURCE_KINDS)
    ]


def _latest(progress: TargetProgress, pts: list[R.Linked]) -> R.Linked | None:
    """The point the evaluation names as latest, else the newest actual yearly
    point (else the newest point of any period)."""
    by_key = {R.point_key(lk.point): lk for lk in pts}
    if progress.latest is not None:
        found = by_key.get(R.point_key(progress.latest))
        if found is not None:
            return found
    if not pts:
        return None
    yearly = [lk for lk in pts if len(lk.point.period) == 4]

    def rank(lk: R.Linked) -> tuple:
        return (period_sort_key(lk.point.period), not lk.point.estimate, lk.document.date or "")

    return max(yearly or pts, key=rank)


def _target_json(row: dict[str, Any], doc: R.DocInfo) -> dict[str, Any]:
    keys = ("id", "document_id", "indicator", "value", "value_max", "unit", "kind", "period",
            "quote", "start", "end", "anchor")
    out = {k: row.get(k) for k in keys}
    out["document"] = R.doc_brief(doc)
    if "corrected" in row:
        out["corrected"] = row["corrected"]
    return out


def _evaluate(row: dict[str, Any], doc: R.DocInfo, linked: list[R.Linked]) -> dict[str, Any]:
    out = _target_json(row, doc)
    match = R.link_row(row)
    ind: Indicator | None = get(match.code) if match else None
    out["indicator_code"] = ind.code if ind else None
    out["indicator_name"] = ind.name if ind else None
    if ind is None:
        out.update(status=NO_DATA, status_label=STATUS_LABELS[NO_DATA], latest=None,
                   realized=None, required=None, projection=None, progress=None,
                   reasoning="Chỉ tiêu chưa liên kết được với danh mục chỉ tiêu (cần rà soát).",
                   sources=[], review=True)
        return out
    pts = [lk for lk in _indicator_points(ind.code, linked)
           if _same_place(lk.point.place, doc.place)]
    progress = evaluate_target(R.to_target(row), [lk.point for lk in pts], ind,
                               plan_period=_plan_period(doc))
    latest = _latest(progress, pts)
    series = Series(ind.code, None, [lk.point for lk in pts])
    chosen = {R.point_key(p) for kind in {p.kind for p in series.points}
              for p in series.chosen(kind).values() if len(p.period) == 4}
    out.update(
        status=progress.status, status_label=progress.label, reasoning=progress.reasoning,
        latest=R.point_json(latest) if latest else None, realized=progress.realized,
        required=progress.required, projection=progress.projected, progress=progress.progress,
        years_done=progress.years_done, years_left=progress.years_left, review=False,
        sources=[R.point_json(lk) for lk in sorted(
            (lk for lk in pts if R.point_key(lk.point) in chosen),
            key=lambda lk: (period_sort_key(lk.point.period), lk.point.kind))],
    )
    return out


def _codes_for(targets: list[dict[str, Any]]) -> set[str]:
    """The indicators whose points evaluate ``targets``: each target's, and
    the level indicator a growth indicator is computed from."""
    out = set()
    for row in targets:
        match = R.link_row(row)
        ind = get(match.code) if match else None
        if ind is not None:
            out.add(ind.code)
            if ind.growth_of:
                out.add(ind.growth_of)
    return out


def target_board(session: Session, as_of: dt.date | None = None,
                 from_scratch: bool = False) -> list[dict[str, Any]]:
    """Every target of the current documents against the actuals found.

    Each: the target's fields, ``indicator_code``/``indicator_name`` (None when
    it does not link: ``review`` is then true), ``latest`` actual with its
    source, ``realized``, ``required``, ``projection``, ``status`` (achieved,
    on_track, at_risk, off_track, no_data), ``reasoning`` in Vietnamese, and
    ``sources`` (the chosen yearly points). With ``as_of``, documents dated
    after it are left out. The points evaluated are the kept figures that
    can decide a target (:mod:`ktxh.monitor.kept_points`, brought up to date
    first: the same result as every figure gives); with ``as_of`` or
    ``from_scratch``, or when a bounded refresh (a web request,
    :func:`ktxh.monitor.kept.refresh`) left the kept figures behind, every
    figure of the targets' indicators is read.
    """
    docs = _as_of_docs(session, as_of)
    targets = R.target_rows(session, docs)
    if as_of is None and not from_scratch and kept.up_to_date(session):
        linked = kept_points.board_points(session, docs, _codes_for(targets))
    else:  # also when a bounded refresh (a web request) left the kept figures behind
        linked = R.series_points(session, docs, codes=_codes_for(targets))
    out = [_evaluate(row, docs[row["document_id"]], linked) for row in targets]
    out.sort(key=lambda t: (t["document"]["date"] or "", t["document_id"], t["start"]))
    return out


def _find_indicator(code_or_name: str) -> Indicator:
    ind = get(code_or_name.strip())
    if ind is not None:
        return ind
    key = fold(code_or_name).strip()
    for item in catalog().values():
        if fold(item.name) == key:
            return item
    match = link_indicator(code_or_name)
    if match is None:
        raise NotFound(f"no indicator matches {code_or_name!r}")
    return catalog()[match.code]


def indicator_view(session: Session, code_or_name: str) -> dict[str, Any]:
    """One indicator: all its points with sources (``series``), the point
    chosen per period, kind and place (``chosen``: actual over estimate, then
    the latest document), and the targets set for it with their evaluation.
    Raises NotFound."""
    ind = _find_indicator(code_or_name)
    docs = R.current_documents(session)
    mine = [row for row in R.target_rows(session, docs)
            if (match := R.link_row(row)) is not None and match.code == ind.code]
    linked = R.series_points(session, docs, codes=_codes_for(mine) | {ind.code})
    pts = [lk for lk in linked if lk.point.indicator_code == ind.code]
    pts.sort(key=lambda lk: (period_sort_key(lk.point.period), lk.point.kind,
                             lk.document.date or "", lk.row["id"]))
    by_key = {R.point_key(lk.point): lk for lk in pts}
    chosen = [R.point_json(by_key[R.point_key(p)])
              for series in _by_place(pts).values()
              for kind in sorted({p.kind for p in series.points})
              for p in series.chosen(kind).values()]
    chosen.sort(key=lambda c: (period_sort_key(c["period"]), c["kind"], c["place"] or ""))
    targets = [_evaluate(row, docs[row["document_id"]], linked) for row in mine]
    return {
        "indicator": {"code": ind.code, "name": ind.name, "unit": ind.unit,
                      "direction": ind.direction, "aggregation": ind.aggregation,
                      "growth_of": ind.growth_of},
        "series": [R.point_json(lk) for lk in pts],
        "chosen": chosen,
        "targets": targets,
    }


def _by_place(pts: list[R.Linked]) -> dict[tuple[str, str | None], Series]:
    out: dict[tuple[str, str | None], Series] = {}
    for lk in pts:
        key = (lk.point.indicator_code, lk.point.place)
        out.setdefault(key, Series(*key)).points.append(lk.point)
    return out


def indicator_list(session: Session) -> list[dict[str, Any]]:
    """Catalog indicators with data in the current documents: code, name,
    unit, number of points and of targets, latest period; most points first.
    Points are those kept per indicator and period (:mod:`ktxh.monitor.kept`,
    brought up to date first; they equal
    :func:`ktxh.monitor.point_counts.point_counts`)."""
    docs = R.current_documents(session)
    # counted from scratch when a bounded refresh (a web request) left them behind
    points = kept.point_counts(session) if kept.up_to_date(session) else point_counts(session)
    targets: dict[str, int] = {}
    for row in R.target_rows(session, docs):
        match = R.link_row(row)
        if match is not None:
            targets[match.code] = targets.get(match.code, 0) + 1
    out = []
    for code in set(points) | set(targets):
        ind = get(code)
        count = points.get(code, PointCount())
        out.append({"code": code, "name": ind.name if ind else code,
                    "unit": ind.unit if ind else "", "points": count.points,
                    "targets": targets.get(code, 0), "latest_period": count.latest_period})
    out.sort(key=lambda r: (-r["points"], -r["targets"], r["code"]))
    return out


# names past which the review list reads every row instead of an IN list of names
_MANY_NAMES = 5000


def _unlinked(session: Session, model: type) -> ColumnElement[bool] | None:
    """SQL for the rows whose stored name links to no catalog indicator (a
    row's link depends on its name alone), or None when there are too many
    such names for one IN list. Corrected rows are read anyway and judged
    on their corrected names."""
    names = [n for n in R.stored_names(session, model) if link_indicator(n) is None]
    return None if len(names) > _MANY_NAMES else model.indicator.in_(names)


def review_list(session: Session, limit: int | None = None) -> list[dict[str, Any]]:
    """Figures and targets of current documents whose indicator phrase does
    not link to the catalog: a person decides (add an alias, or correct it).
    Targets first, then figures, each in document order; with ``limit``, the
    first ones only (read so in SQL: the rows past the page are not read)."""
    docs = R.current_documents(session)
    out: list[dict[str, Any]] = []
    for entity, model, read_rows in (("target", Target, R.target_rows),
                                     ("figure", Figure, R.figure_rows)):
        where, read = _unlinked(session, model), None
        if limit is not None:
            if len(out) >= limit:
                break
            # every row SQL gives links to nothing, but for the corrected ones
            if where is not None:
                read = limit - len(out) + R.corrected_count(session, entity, model)
        for row in read_rows(session, docs, where, limit=read):
            if R.link_row(row) is not None:
                continue
            doc = docs[row["document_id"]]
            out.append({"entity_type": entity, "id": row["id"], "document_id": doc.id,
                        "document": R.doc_label(doc), "indicator": row["indicator"],
                        "value": row["value"], "value_max": row.get("value_max"),
                        "unit": row["unit"], "kind": row["kind"], "period": row.get("period"),
                        "quote": row["quote"], "start": row["start"], "end": row["end"]})
    return out if limit is None else out[:limit]


def _progress_json(point: Any) -> dict[str, Any]:
    return {"measure": point.measure, "label": MEASURE_LABELS.get(point.measure, point.measure),
            "done": point.done, "total": point.total, "unit": point.unit, "pct": point.pct,
            "document_id": int(point.document_id) if point.document_id else None,
            "doc_date": point.doc_date,
            "start": point.span.start if point.span else None,
            "end": point.span.end if point.span else None}


def project_board(session: Session, **filters: Any) -> list[dict[str, Any]]:
    """Per project: latest position per measure (site clearance, length,
    disbursement and % of the capital plan, works volume), the change since
    the previous report, and every point with its source document.
    ``filters`` are those of :func:`ktxh.store.queries.list_projects`."""
    projects = list_projects(session, **filters)
    snapshots = []
    for p in projects:
        figures = {}
        for f in p["figures"]:
            figures.setdefault(f["project_mention_id"], []).append(R.to_figure(f))
        for m in p["mentions"]:
            doc = m["document"]
            snapshots.append(ProjectSnapshot(
                p["key"], p["name"], str(doc["id"]), doc["date"],
                tuple(figures.get(m["id"], ())), m["quote"] or "", m["start"]))
    histories = project_history(snapshots)
    out = []
    for p in projects:
        hist = histories.get(p["key"])
        measures = {}
        for measure in (hist.points if hist else {}):
            change = hist.change(measure)
            measures[measure] = {
                "label": MEASURE_LABELS.get(measure, measure),
                "latest": _progress_json(change.latest),
                "previous": _progress_json(change.previous) if change.previous else None,
                "delta": change.delta, "delta_pct": change.delta_pct,
                "history": [_progress_json(pt) for pt in hist.points[measure]],
            }
        main = next((m for m in _MAIN_MEASURES if m in measures), None)
        latest = measures[main]["latest"] if main else None
        out.append({
            "id": p["id"], "key": p["key"], "name": p["name"], "forms": p["forms"],
            # the headline measure, for a progress bar and a chart
            "measure": measures[main]["label"] if main else None,
            "percent": latest["pct"] if latest else None, "latest": latest,
            "history": [h | {"percent": h["pct"], "date": h["doc_date"]}
                        for h in (measures[main]["history"] if main else [])],
            "documents": list({m["document"]["id"]: m["document"]
                               for m in p["mentions"]}.values()),
            "mentions": [{"id": m["id"], "document_id": m["document_id"], "quote": m["quote"],
                          "start": m["start"], "end": m["end"]} for m in p["mentions"]],
            "measures": measures,
        })
    return out
