"""Every kept result computed again (new rules), a batch per transaction.

After new rules every kept result is computed again: minutes on a large
store. Done in one transaction, that held SQLite's write lock all along
(any other writer failed after its busy timeout) and started over when
interrupted. Here it is a sequence of steps, each in the caller's
transaction (:func:`step`, the caller commits), with its progress kept in
``monitor_state`` (``rebuild``: the rules, the kept state when it began,
the phase and how far it got), so that an interrupted recompute resumes
where it stopped and other writers get the lock between steps:

1. *documents*, :data:`DOCUMENTS_AT_ONCE` at a time in id order: findings,
   series keys and points (the indicator point counts moved by what they
   add or take away) and task states (``redo`` of :mod:`ktxh.monitor.kept`);
2. *groups*, an indicator family per step (:data:`CODES_AT_ONCE` codes
   at most, :func:`ktxh.monitor.kept_points.batches`, a family together):
   its conflict groups and kept target figures;
3. the last step drops what is kept of indicators no longer in the catalog
   and writes the kept state of the start with the new rules.

Readers meanwhile see, per document and per indicator, the results of the
old rules until it is redone, then the new. The state of the start is what
the kept results are then compared with: a document ingested, superseded,
restored or deleted, a correction or a task update after the start is
found by the next refresh (:mod:`ktxh.monitor.kept_state`) and brought up
to date as any change is, so nothing written meanwhile is lost.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ktxh.monitor import kept_points
from ktxh.monitor import kept_state as K
from ktxh.monitor import rows as R
from ktxh.monitor.catalog import catalog
from ktxh.monitor.kept_groups import insert_groups
from ktxh.monitor.store_conflicts import conflict_groups
from ktxh.store.kept_tables import ConflictDocument, ConflictGroup, MonitorState, TargetPoint
from ktxh.store.tables import Document

REBUILD = "rebuild"  # the ``monitor_state`` row of a recompute in progress
DOCUMENTS_AT_ONCE = 100  # documents redone in one step
CODES_AT_ONCE = 1  # indicators whose groups one step redoes (a family: more)
BUSY = 60.0  # seconds since its last step within which a recompute is being run


def progress(session: Session) -> dict[str, Any] | None:
    """The recompute in progress: ``rules``, ``state`` (the kept state when
    it began), ``phase``, ``after`` (the last document id, or the indicator
    batches done), ``since`` and ``at`` (its start and its last step, epoch
    seconds); None when none is."""
    row = session.get(MonitorState, REBUILD)
    return json.loads(row.value) if row is not None else None


def running(session: Session, rules: str) -> bool:
    """Whether a recompute for these rules made a step less than :data:`BUSY`
    seconds ago (another process is running it)."""
    now = progress(session)
    return now is not None and now["rules"] == rules and time.time() - now["at"] < BUSY


def drop(session: Session) -> None:
    """Forget the recompute in progress (everything was computed at once)."""
    session.execute(delete(MonitorState).where(MonitorState.name == REBUILD))


def _delete_codes(session: Session, codes: list[str]) -> None:
    """The conflict groups and kept target figures of these indicators deleted."""
    groups = select(ConflictGroup.id).where(ConflictGroup.code.in_(codes))
    session.execute(delete(ConflictDocument).where(ConflictDocument.conflict_id.in_(groups)))
    session.execute(delete(ConflictGroup).where(ConflictGroup.code.in_(codes)))
    session.execute(delete(TargetPoint).where(TargetPoint.code.in_(codes)))


def _regroup(session: Session, codes: list[str]) -> None:
    """The conflict groups and kept target figures of these indicators (whole
    families) computed again from every current document."""
    _delete_codes(session, codes)
    linked = R.series_points(session, R.current_documents(session), codes=codes, quotes=False)
    insert_groups(session, conflict_groups(session, linked))
    kept_points.add(session, linked)


def _finish(session: Session, now: dict[str, Any]) -> None:
    """What is kept of indicators out of the catalog dropped; the kept state
    of the start written with the new rules."""
    known = sorted(catalog())
    gone = set(session.scalars(select(ConflictGroup.code).where(ConflictGroup.code.not_in(known))))
    gone |= set(session.scalars(select(TargetPoint.code).where(TargetPoint.code.not_in(known))))
    if gone:
        _delete_codes(session, sorted(gone))
    K.set_state(session, {**now["state"], K.SIGNATURE: now["rules"]})
    drop(session)


def wanted(session: Session, rules: str) -> bool:
    """Whether a recompute of everything goes in steps: one is in progress
    for these rules, or the store holds more than :data:`DOCUMENTS_AT_ONCE`
    documents (a small store is computed at once)."""
    now = progress(session)
    if now is not None and now["rules"] == rules:
        return True
    more = select(Document.id).order_by(Document.id).offset(DOCUMENTS_AT_ONCE).limit(1)
    return session.scalar(more) is not None


def _count(state: dict[str, str]) -> int:
    return int(state.get(K.CORRECTIONS, "0:").partition(":")[0])


def step(session: Session, work: K.Work, redo: Callable[[Session, list[int]], None]) -> str:
    """One step of the recompute of everything for ``work``'s rules (begun
    when none is in progress for them), in the caller's transaction, under
    the kept results' lock (:func:`ktxh.monitor.kept_state.lock`); what it
    did, in words. ``redo`` computes the kept rows of some documents."""
    now = progress(session)
    rules = work.state[K.SIGNATURE]
    if now is None or now["rules"] != rules or _count(work.state) < _count(now["state"]):
        # begun, for other rules, or begun again when a correction was removed since
        now = {"rules": rules, "state": work.state, "phase": "documents", "after": 0,
               "since": time.time()}
    total = len(catalog())
    if now["phase"] == "documents":
        ids = list(session.scalars(select(Document.id).where(Document.id > now["after"])
                                   .order_by(Document.id).limit(DOCUMENTS_AT_ONCE)))
        if ids:
            redo(session, ids)
            now["after"] = ids[-1]
            said = f"documents checked again: up to id {ids[-1]}"
        else:
            now["phase"], now["after"] = "groups", 0
            said = "documents checked again: all"
    else:
        batches = kept_points.batches(catalog(), CODES_AT_ONCE)
        if now["after"] >= len(batches):
            _finish(session, now)
            return "kept results computed again for the new rules"
        _regroup(session, batches[now["after"]])
        now["after"] += 1
        done = sum(len(b) for b in batches[: now["after"]])
        said = f"conflicts between documents: indicators {done}/{total}"
    now["at"] = time.time()
    row = session.get(MonitorState, REBUILD)
    if row is None:
        session.add(MonitorState(name=REBUILD, value=json.dumps(now)))
    else:
        row.value = json.dumps(now)
    return said
