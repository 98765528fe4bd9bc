"""Monitoring data for pages and API: :mod:`ktxh.monitor.register` when present.

Until the register services are available (or if one fails to import),
plain store queries stand in, so the dashboard still shows the extracted
targets, tasks and projects, only without the computed statuses.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections import OrderedDict
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ktxh.store import corrections, listing, queries
from ktxh.store.activity import TaskUpdate
from ktxh.store.errors import NotFound
from ktxh.store.tables import Correction, Document, Figure, Target, Task

log = logging.getLogger("ktxh.web")

# task update statuses a person may report, with their Vietnamese labels
UPDATE_STATUSES = {
    "done": "Đã hoàn thành",
    "in_progress": "Đang thực hiện",
    "not_started": "Chưa thực hiện",
}


@cache
def register() -> ModuleType | None:
    """The monitoring register module, or None while it is not there."""
    try:
        return importlib.import_module("ktxh.monitor.register")
    except Exception:  # absent or broken: the plain store views stand in
        log.exception("ktxh.monitor.register unavailable; using plain store views")
        return None


def _service(name: str) -> Any:
    """The register's function ``name``, guarded: if it fails, the fallback runs."""
    module = register()
    fn = getattr(module, name, None) if module else None
    if fn is None:
        return None

    def guarded(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except NotFound:
            raise
        except Exception:
            global _failures
            _failures += 1  # a stand-in result is not cached
            log.exception("monitor service %s failed; using the plain store view", name)
            if args and isinstance(args[0], Session):
                args[0].rollback()
            return _FAILED

    return guarded


_FAILED = object()
_failures = 0


def _target_board(session: Session, as_of: dt.date | None = None) -> list[dict[str, Any]]:
    fn = _service("target_board")
    if fn:
        result = fn(session, as_of=as_of)
        if result is not _FAILED:
            return result
    stmt = (select(Target, Document).join(Document, Document.id == Target.document_id)
            .where(Document.superseded_by_id.is_(None)).order_by(Document.date, Target.start))
    pairs = session.execute(stmt).all()
    rows = corrections.apply(session, "target", [corrections.row_dict(t) for t, _ in pairs])
    for row, (_, doc) in zip(rows, pairs, strict=True):
        row.update(status="no_data", document={"id": doc.id, "number": doc.number},
                   indicator_code=None, indicator_name=row["indicator"], reasoning="")
    return rows


def _indicators(session: Session) -> list[dict[str, Any]]:
    """Indicators with data: code, name, unit, number of points."""
    fn = _service("indicator_list") or _service("list_indicators")
    if fn:
        result = fn(session)
        if result is not _FAILED:
            return result
    from ktxh.monitor.catalog import catalog, link_figure

    counts: dict[str, int] = {}
    stmt = (select(Figure.indicator, Figure.kind, Figure.unit)
            .join(Document, Document.id == Figure.document_id)
            .where(Document.superseded_by_id.is_(None)))
    for indicator, kind, unit in session.execute(stmt):
        match = link_figure(indicator, kind, unit)
        if match is not None:
            counts[match.code] = counts.get(match.code, 0) + 1
    cat = catalog()
    return [
        {"code": code, "name": getattr(cat.get(code), "name", code),
         "unit": getattr(cat.get(code), "unit", ""), "points": n}
        for code, n in sorted(counts.items(), key=lambda kv: -kv[1])
    ]


def indicator_view(session: Session, code_or_name: str) -> dict[str, Any] | None:
    fn = _service("indicator_view")
    if fn:
        result = fn(session, code_or_name)
        if result is not _FAILED:
            return result
    from ktxh.monitor.catalog import catalog, link_figure

    ind = catalog().get(code_or_name)
    if ind is None:
        return None
    stmt = (select(Figure, Document).join(Document, Document.id == Figure.document_id)
            .where(Document.superseded_by_id.is_(None)).order_by(Figure.period))
    points = []
    for f, doc in session.execute(stmt):
        match = link_figure(f.indicator, f.kind, f.unit)
        if match is None or match.code != ind.code or not f.period:
            continue
        points.append({"period": f.period, "value": f.value, "unit": f.unit, "kind": f.kind,
                       "estimate": f.estimate, "document_id": doc.id, "figure_id": f.id,
                       "quote": f.quote, "start": f.start, "end": f.end})
    return {"indicator": {"code": ind.code, "name": ind.name, "unit": getattr(ind, "unit", "")},
            "series": points, "targets": []}


def _task_register(session: Session, **filters: Any) -> list[dict[str, Any]]:
    fn = _service("task_register")
    if fn:
        result = fn(session, **filters)
        if result is not _FAILED:
            return result
    rows = queries.list_tasks(session, agency=filters.get("agency"),
                              document_id=filters.get("document_id"),
                              status=filters.get("status"))
    if filters.get("overdue"):
        rows = [r for r in rows if r["status"] == "overdue"]
    if filters.get("due_soon"):
        rows = [r for r in rows if r["status"] == "due_soon"]
    for r in rows:
        r.setdefault("lead_display", r["lead"])
        r.setdefault("due_soon", r["status"] == "due_soon")
    return rows


def get_task(session: Session, task_id: int) -> dict[str, Any] | None:
    row = session.get(Task, task_id)
    if row is None:
        return None
    found = [t for t in _task_register(session, document_id=row.document_id)
             if t["id"] == task_id]
    return found[0] if found else None


def update_audited() -> bool:
    """True when the register's update_task writes its own audit entry."""
    module = register()
    return bool(module and getattr(module, "update_task", None))


def update_task(session: Session, task_id: int, status: str, note: str, author: str,
                date: dt.date | None = None, evidence_document_id: int | None = None
                ) -> dict[str, Any]:
    module = register()
    fn = getattr(module, "update_task", None) if module else None
    if fn:  # not guarded: a failed write must not be written twice
        return fn(session, task_id, status, note, author, date=date,
                  evidence_document_id=evidence_document_id)
    task = session.get(Task, task_id)
    if task is None:
        raise LookupError(task_id)
    row = TaskUpdate(task_id=task_id, task_anchor=task.anchor, date=date or dt.date.today(),
                     status=status, note=note, author=author,
                     evidence_document_id=evidence_document_id,
                     created_at=dt.datetime.now(dt.UTC))
    session.add(row)
    if status == "done":
        corrections.add_correction(session, "task", task_id, "status", "done", author, note)
    session.flush()
    return corrections.row_dict(row)


def task_history(session: Session, task_id: int) -> list[dict[str, Any]]:
    fn = _service("task_history")
    if fn:
        result = fn(session, task_id)
        if result is not _FAILED:
            return result
    task = session.get(Task, task_id)
    if task is None:
        return []
    stmt = (select(TaskUpdate).where(
        (TaskUpdate.task_id == task_id) | (TaskUpdate.task_anchor == task.anchor))
        .order_by(TaskUpdate.date, TaskUpdate.id))
    return [corrections.row_dict(u) for u in session.scalars(stmt)]


def _project_board(session: Session) -> list[dict[str, Any]]:
    fn = _service("project_board")
    if fn:
        result = fn(session)
        if result is not _FAILED:
            return result
    out = []
    for p in queries.list_projects(session):
        pct = [f for f in p["figures"] if f["unit"] == "%"]
        latest = pct[-1] if pct else None
        out.append({**p, "percent": latest["value"] if latest else None,
                    "measure": latest["indicator"] if latest else None, "history": []})
    return out


def document_findings(session: Session, document_id: int) -> list[dict[str, Any]]:
    fn = _service("document_findings")
    result = fn(session, document_id) if fn else []
    return [] if result is _FAILED else result


# Results of the whole-store boards, kept until the store changes (or the day:
# statuses depend on today). The monitor computes them over every fact of
# every current document, which takes seconds to minutes on a large store;
# a page or API call then only reads a cached list.
_CACHE: OrderedDict[tuple, Any] = OrderedDict()
CACHED = 16  # results kept (the oldest go first)


def _store_version(session: Session) -> tuple:
    """Changes whenever documents (ingest, a version restored), corrections or
    task updates change: ingest never edits in place, the others only add rows."""
    current = case((Document.superseded_by_id.is_(None), Document.id))
    docs = session.execute(
        select(func.count(Document.id), func.max(Document.id), func.sum(current))).one()
    fixes = session.execute(select(func.count(Correction.id), func.max(Correction.id))).one()
    updates = session.execute(select(func.count(TaskUpdate.id), func.max(TaskUpdate.id))).one()
    return (str(session.get_bind().url), *docs, *fixes, *updates, dt.date.today())


def _cached(session: Session, name: str, compute: Callable[[], Any], *key: Any) -> Any:
    """``compute()``, or its result for the same store version and ``key``
    (a result a failed monitor service stood in for is not kept)."""
    k = (_store_version(session), name, key)
    if k in _CACHE:
        _CACHE.move_to_end(k)
        return _CACHE[k]
    failures = _failures
    result = compute()
    if failures == _failures:
        _CACHE[k] = result
        while len(_CACHE) > CACHED:
            _CACHE.popitem(last=False)
    return result


def _all_findings(session: Session) -> list[dict[str, Any]]:
    fn = _service("all_findings")
    result = fn(session) if fn else []
    return [] if result is _FAILED else result


def target_board(session: Session, as_of: dt.date | None = None) -> list[dict[str, Any]]:
    """Targets with their status (cached unless ``as_of`` is given)."""
    if as_of is not None:
        return _target_board(session, as_of)
    return _cached(session, "target_board", lambda: _target_board(session))


def indicators(session: Session) -> list[dict[str, Any]]:
    """Indicators with data: code, name, unit, number of points (cached)."""
    return _cached(session, "indicators", lambda: _indicators(session))


def task_register(session: Session, **filters: Any) -> list[dict[str, Any]]:
    """Tasks with their status; cached, except those of one document (cheap)."""
    if filters.get("document_id") is not None:
        return _task_register(session, **filters)
    key = tuple(sorted((k, v) for k, v in filters.items() if v))
    return _cached(session, "task_register", lambda: _task_register(session, **filters), key)


def project_board(session: Session) -> list[dict[str, Any]]:
    """Projects with their progress (cached)."""
    return _cached(session, "project_board", lambda: _project_board(session))


def all_findings(session: Session) -> list[dict[str, Any]]:
    """Cross-document findings (cached)."""
    return _cached(session, "all_findings", lambda: _all_findings(session))


def indicator_names(session: Session) -> list[str]:
    """Every indicator name figures carry (cached: a scan of the figures index)."""
    return _cached(session, "indicator_names", lambda: listing.indicator_names(session))


def review_list(session: Session) -> list[dict[str, Any]]:
    """Facts with no catalog indicator (cached)."""
    return _cached(session, "review_list", lambda: _review_list(session))


def _review_list(session: Session) -> list[dict[str, Any]]:
    fn = _service("review_list")
    result = fn(session) if fn else []
    return [] if result is _FAILED else result


def check_file(path: Path) -> list[dict[str, Any]]:
    """Checks on a draft; nothing is stored. Raises IngestError for unreadable files."""
    fn = _service("check_file")
    if fn:
        result = fn(path)
        if result is not _FAILED:
            return result
    from ktxh.monitor import check_document, finding_to_json
    from ktxh.store.ingest import prepare

    p = prepare(path, max_bytes=1 << 40)
    return [finding_to_json(f, p.doc.text) for f in check_document(p.doc, p.extraction)]
