"""What the pages and the API show: the services of :mod:`ktxh.monitor.register`.

The web layer only translates. This module names those services for the
pages and the API, turns "not found" into None where a page shows a 404, and
keeps the results of the whole-store boards until the store changes: the
monitor computes them over every fact of every current document, which takes
seconds to minutes on a large store, so a page or API call then only reads a
cached list.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from ktxh.monitor import register, task_states
from ktxh.monitor.kept import READ_ONLY, rebuilding
from ktxh.monitor.kept import refresh as refresh_kept
from ktxh.monitor.task_register import UPDATE_LABELS
from ktxh.monitor.task_register import get_task as _get_task
from ktxh.store import listing
from ktxh.store.activity import TaskUpdate
from ktxh.store.errors import NotFound
from ktxh.store.kept_tables import MonitorState
from ktxh.store.tables import Correction, Document

# task update statuses a person may report, with their Vietnamese labels
UPDATE_STATUSES = UPDATE_LABELS

update_task = register.update_task
task_history = register.task_history
check_file = register.check_file


def indicator_view(session: Session, code_or_name: str) -> dict[str, Any] | None:
    """One indicator's series and targets, or None when no indicator matches."""
    try:
        return register.indicator_view(session, code_or_name)
    except NotFound:
        return None


def get_task(session: Session, task_id: int) -> dict[str, Any] | None:
    """One task of the register, or None when there is no such task."""
    try:
        return _get_task(session, task_id)
    except NotFound:
        return None


# Results kept until the store changes (or the day: statuses depend on today):
# the newest of each (store, name, key), the least recently used go first.
_CACHE: OrderedDict[tuple, _Entry] = OrderedDict()
CACHED = 32  # results kept
_LOCK = threading.Lock()  # requests' threads and the refresher's share the cache
# the keys of a session's ``info``: serve the newest result kept, even of an
# older store version, rather than compute it (a request while the server's
# refresher runs); the time of the oldest such result served
SERVE_KEPT = "ktxh.board.serve_kept"
STALE = "ktxh.board.stale_since"


@dataclass(frozen=True)
class _Entry:
    version: tuple | None  # None: computed from results older than the store
    result: Any
    at: dt.datetime  # when the data it shows was computed


def _store_version(session: Session) -> tuple:
    """Changes whenever documents (ingest, a version restored), corrections or
    task updates change (ingest never edits in place, the others only add
    rows), and when the kept results were computed for new rules."""
    current = case((Document.superseded_by_id.is_(None), Document.id))
    docs = session.execute(
        select(func.count(Document.id), func.max(Document.id), func.sum(current))).one()
    fixes = session.execute(select(func.count(Correction.id), func.max(Correction.id))).one()
    updates = session.execute(select(func.count(TaskUpdate.id), func.max(TaskUpdate.id))).one()
    # the rules the kept results were computed for: lists computed again after a recompute
    rules = session.scalar(select(MonitorState.value).where(MonitorState.name == "signature"))
    return (str(session.get_bind().url), *docs, *fixes, *updates, dt.date.today(), rules)


store_version = _store_version


def _stale(session: Session, at: dt.datetime | None) -> None:
    if at is not None:
        seen = session.info.get(STALE)
        session.info[STALE] = at if seen is None else min(seen, at)


def _cached(session: Session, name: str, compute: Callable[[], Any], *key: Any) -> Any:
    """``compute()``, or its result for the same store version and ``key``.
    When the session serves kept results (:data:`SERVE_KEPT`), the newest
    result of an older version is served as it is, and its time noted in
    ``session.info[STALE]`` (the page says the data is being updated)."""
    version = _store_version(session)
    k = (version[0], name, key)
    with _LOCK:
        entry = _CACHE.get(k)
        if entry is not None:
            _CACHE.move_to_end(k)
    if entry is not None:
        if entry.version == version:
            return entry.result
        if session.info.get(SERVE_KEPT):
            _stale(session, entry.at)
            return entry.result
    outer = session.info.pop(STALE, None)
    at = dt.datetime.now()
    result = compute()
    inner = session.info.pop(STALE, None)  # computed from older results: no version
    with _LOCK:
        _CACHE[k] = _Entry(version if inner is None else None, result, inner or at)
        while len(_CACHE) > CACHED:
            _CACHE.popitem(last=False)
    _stale(session, outer)
    _stale(session, inner)
    return result


def stale_since(session: Session) -> dt.datetime | None:
    """When the oldest result served to this session that is older than the
    store was computed (None: every result is of the store as it is); while
    the kept results are computed again for new rules
    (:func:`ktxh.monitor.kept.rebuilding`), at the latest when that began."""
    seen = session.info.get(STALE)
    now = rebuilding(session)
    if now is None:
        return seen
    began = dt.datetime.fromtimestamp(now["since"])
    return began if seen is None else min(seen, began)


def kept(session: Session, name: str, compute: Callable[[], Any]) -> Any:
    """``compute()`` of something derived from the boards, kept with them
    until the store changes."""
    return _cached(session, name, compute)


def _key(filters: dict[str, Any]) -> tuple:
    return tuple(sorted((k, v) for k, v in filters.items() if v is not None and v != ""))


def target_board(session: Session, as_of: dt.date | None = None) -> list[dict[str, Any]]:
    """Targets with their status (cached unless ``as_of`` is given)."""
    if as_of is not None:
        return register.target_board(session, as_of=as_of)
    return _cached(session, "target_board", lambda: register.target_board(session))


def indicators(session: Session) -> list[dict[str, Any]]:
    """Indicators with data: code, name, unit, number of points (kept in the
    store per indicator and period; cached)."""
    refreshed(session)
    return _cached(session, "indicators", lambda: register.indicator_list(session))


def task_register(session: Session, **filters: Any) -> list[dict[str, Any]]:
    """Tasks with their status; cached, except those of one document (cheap)."""
    if filters.get("document_id") is not None:
        return register.task_register(session, **filters)
    return _cached(session, "task_register",
                   lambda: register.task_register(session, **filters), _key(filters))


def task_summary(session: Session) -> dict[str, Any]:
    """The dashboard's counts and lists of tasks today, from the kept task
    states (a few SQL queries; cached)."""
    refreshed(session)
    return _cached(session, "task_summary", lambda: task_states.task_summary(session))


def task_page(session: Session, **filters: Any) -> tuple[list[dict[str, Any]], int] | None:
    """One page of the task register and its total, from the kept task
    states (see :func:`ktxh.monitor.task_states.task_page`; cached)."""
    refreshed(session)
    return _cached(session, "task_page", lambda: task_states.task_page(session, **filters),
                   _key(filters))


def project_board(session: Session, **filters: Any) -> list[dict[str, Any]]:
    """Projects with their progress (cached per filter)."""
    return _cached(session, "project_board",
                   lambda: register.project_board(session, **filters), _key(filters))


# the store version each store's kept results were last brought up to date for
_FRESH: dict[str, tuple] = {}
_IN_MEMORY = ("sqlite://", "sqlite:///:memory:")


def refreshed(session: Session) -> None:
    """Bring the monitor's kept findings, conflicts and task states up to date
    and commit them; nothing when the store version is the one last brought
    up to date here (documents, corrections and task updates unchanged).
    Begun on a new snapshot; if another request wrote the same rows at
    once, tried once more.

    A request's session bounds the work (:data:`ktxh.web.app.REQUEST_MOST`
    changed documents): what another process changed since (an ingest that
    did not refresh, rows deleted in SQL) is computed here when it is a few
    documents (a second or so of the write lock, as an ingest's own
    refresh); when it is more, or the monitor's rules changed, nothing is
    written: the findings, conflicts and task states are shown as last
    kept, and the target board and indicator counts are computed from every
    figure (read only) until ``ktxh serve`` (at its start) or ``ktxh
    ingest`` brings them up to date. Nothing in a read-only session
    (:data:`ktxh.monitor.kept.READ_ONLY`: the server's refresher does it)."""
    if session.info.get(READ_ONLY):
        return
    session.commit()
    version = _store_version(session)
    if _FRESH.get(version[0]) == version:
        return
    for attempt in (1, 2):
        try:
            if refresh_kept(session):
                session.commit()
            if version[0] not in _IN_MEMORY:  # a URL names one database, unless in memory
                _FRESH[version[0]] = version
            return
        except (IntegrityError, OperationalError):
            session.rollback()
            if attempt == 2:
                raise


def all_findings(session: Session) -> list[dict[str, Any]]:
    """Every current document's findings and the cross-document conflicts
    (kept in the store; cached)."""
    refreshed(session)
    return _cached(session, "all_findings", lambda: register.all_findings(session))


def document_findings(session: Session, document_id: int) -> list[dict[str, Any]]:
    """One document's findings, its cross-document conflicts included (kept
    in the store)."""
    refreshed(session)
    return register.document_findings(session, document_id)


def indicator_names(session: Session) -> list[str]:
    """Every indicator name figures carry (cached: a scan of the figures index)."""
    return _cached(session, "indicator_names", lambda: listing.indicator_names(session))


def review_list(session: Session, limit: int | None = None) -> list[dict[str, Any]]:
    """Facts with no catalog indicator, the first ``limit`` if given (cached)."""
    return _cached(session, "review_list", lambda: register.review_list(session, limit), limit)
