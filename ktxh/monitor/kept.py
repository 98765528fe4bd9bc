"""The monitor's results kept in the store, brought up to date incrementally.

Kept (tables of :mod:`ktxh.store.kept_tables`, migration 0006): the findings
of each document (its consistency checks), the cross-document conflicts of
the current documents (a row per group, with the documents it names), what
each task's status depends on besides the date, and what they reflect
(``monitor_state``). The pages read these rows; a server start computes
nothing store-wide.

:func:`refresh` brings them up to date in the caller's transaction (the
caller commits):

- *changed* documents: one with no row (ingested since), one whose row says
  it was current while it is now superseded or the reverse (a new or a
  restored version), a row whose document is gone (deleted), and the
  documents holding a row named by a correction added since the last one
  reflected (by id or anchor);
- a changed document is checked again when it is new or corrected (a stored
  document is never edited in place, so its findings change with its
  corrections only); the conflict groups of the (indicator, period, kind)
  keys of its series points, those its row holds and those it has now, are
  computed again from the figures of every current document with these
  keys, and so are the figures of these keys that can decide a target
  (:mod:`ktxh.monitor.kept_points`); past :data:`MAX_CHANGED` documents
  every group is;
- the task states (:mod:`ktxh.monitor.task_states`) of changed documents
  and of the tasks given a progress update since are computed again;
- everything is computed again when the rules changed (:func:`signature`, a
  hash of the monitor's code and of the data files it links with) or when a
  correction was removed.

It runs after each ingest batch (:func:`ktxh.ingest.ingest`, the CLI, the
upload page), in the web server's refresher (:mod:`ktxh.web.refresher`, in
steps of a few documents: :func:`refresh_step`) or else before a page reads
(:mod:`ktxh.web.board`: a no-op when nothing changed, a few SQL counts), and
in migration 0006 for a store filled before it. Writers take a lock first
(:func:`lock`): two processes refreshing at once never write the same rows,
the second finds what is left to do once the first committed.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, delete, func, insert, not_, or_, select, text, tuple_
from sqlalchemy.orm import Session

from ktxh.monitor import kept_points
from ktxh.monitor import rows as R
from ktxh.monitor.catalog import catalog
from ktxh.monitor.doc_checks import check_stored
from ktxh.monitor.kept_reads import (  # noqa: F401  (read here by the pages and services)
    conflicts,
    current_findings,
    findings_of,
    point_counts,
)
from ktxh.monitor.point_counts import add_kept_points, points_by_document, points_json
from ktxh.monitor.store_conflicts import conflict_groups, keys_by_document
from ktxh.monitor.task_states import update_states, updated_documents, updates_state
from ktxh.store.kept_tables import (
    ConflictDocument,
    ConflictGroup,
    DocumentCheck,
    IndicatorPoints,
    MonitorState,
)
from ktxh.store.tables import ENTITIES, Correction, Document

# changed documents past which every conflict group is computed again
MAX_CHANGED = 200
# the key of a session's ``info`` bounding its refreshes (see :func:`refresh`)
MOST = "ktxh.kept.most"
# the key of a session's ``info`` that makes it read only: :func:`refresh`
# writes nothing (a web request while the server's refresher runs)
READ_ONLY = "ktxh.kept.read_only"
_LOCK_KEY = 7_301_009  # PostgreSQL advisory lock of the kept results' writers
_SIGNATURE, _CORRECTIONS, _UPDATES = "signature", "corrections", "task_updates"
_DOCUMENTS = "documents"
_KEY_CHUNK = 300  # (code, period, kind) keys in one IN list
_CODES_AT_ONCE = 6  # indicators whose points a computation of everything holds at once

if TYPE_CHECKING:
    from ktxh.store import Store

Key = tuple[str, str, str]


@functools.cache
def signature() -> str:
    """A hash of what the kept results depend on besides the store: the
    monitor's modules and the data files (catalog, places, agencies)."""
    digest = hashlib.sha256()
    for package, suffix in (("ktxh.monitor", ".py"), ("ktxh.data", ".json")):
        for item in sorted(resources.files(package).iterdir(), key=lambda f: f.name):
            if item.name.endswith(suffix):
                digest.update(item.name.encode() + b"\0" + item.read_bytes())
    return digest.hexdigest()[:32]


def _corrections(session: Session) -> tuple[int, int]:
    count, last = session.execute(select(func.count(Correction.id),
                                         func.max(Correction.id))).one()
    return int(count), int(last or 0)


def _state(session: Session) -> dict[str, str]:
    return {n: v for n, v in session.execute(select(MonitorState.name, MonitorState.value))}


def _set_state(session: Session, values: dict[str, str]) -> None:
    for name, value in values.items():
        row = session.get(MonitorState, name)
        if row is None:
            session.add(MonitorState(name=name, value=value))
        elif row.value != value:
            row.value = value


def _documents_state(session: Session) -> str:
    """The number of documents, the last id, the sum of the current ids and
    the last ingest time."""
    current = case((Document.superseded_by_id.is_(None), Document.id), else_=0)
    count, last, total, newest = session.execute(
        select(func.count(Document.id), func.max(Document.id), func.sum(current),
               func.max(Document.ingested_at))).one()
    return f"{count}:{last or 0}:{total or 0}:{newest}"


def _changed_documents(session: Session) -> set[int]:
    """New, superseded, restored and deleted documents since the last refresh
    (and those whose id a deleted one had)."""
    d, c = Document, DocumentCheck
    flipped = or_(c.document_id.is_(None), c.sha256 != d.sha256,
                  and_(c.current.is_(True), d.superseded_by_id.is_not(None)),
                  and_(not_(c.current), d.superseded_by_id.is_(None)))
    new = session.scalars(select(d.id).outerjoin(c, c.document_id == d.id).where(flipped))
    gone = session.scalars(select(c.document_id).outerjoin(d, d.id == c.document_id)
                           .where(d.id.is_(None)))
    return set(new) | set(gone)


def _corrected_documents(session: Session, after: int) -> set[int]:
    """The documents holding rows named by the corrections after id ``after``."""
    out: set[int] = set()
    for entity, entity_id, anchor in session.execute(
            select(Correction.entity_type, Correction.entity_id, Correction.anchor)
            .where(Correction.id > after)):
        model: Any = ENTITIES.get(entity)
        if model is Document:
            out.add(entity_id)
        elif model is not None and "document_id" in model.__table__.c:
            named = model.id == entity_id
            if anchor and "anchor" in model.__table__.c:
                named = or_(named, model.anchor == anchor)
            out.update(session.scalars(select(model.document_id).where(named)))
    return out


def _check(session: Session, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """The findings of these documents, checked now, with their content hash."""
    wanted = sorted(set(ids))
    out = {}
    for start in range(0, len(wanted), R.ID_CHUNK):
        chunk = wanted[start : start + R.ID_CHUNK]
        for row in session.scalars(select(Document).where(Document.id.in_(chunk))):
            out[row.id] = {"sha256": row.sha256, "findings": check_stored(session, row)}
    return out


def _current(session: Session, ids: Iterable[int]) -> set[int]:
    wanted = sorted(set(ids))
    out: set[int] = set()
    for start in range(0, len(wanted), R.ID_CHUNK):
        out.update(session.scalars(select(Document.id).where(
            Document.id.in_(wanted[start : start + R.ID_CHUNK]),
            Document.superseded_by_id.is_(None))))
    return out


def _keys_json(keys: set[Key] | None) -> list[list[str]]:
    return [list(k) for k in sorted(keys or ())]


def _insert_groups(session: Session, groups: list[tuple[tuple, tuple, dict[str, Any]]]) -> None:
    if not groups:
        return
    rows = [{"key": json.dumps(group, ensure_ascii=False), "code": group[0],
             "period": group[2], "kind": group[3], "first_document_id": order[0],
             "first_start": order[1], "first_figure_id": order[2], "finding": finding}
            for order, group, finding in groups]
    ids = session.scalars(insert(ConflictGroup).returning(ConflictGroup.id,
                                                          sort_by_parameter_order=True), rows)
    links = [{"conflict_id": i, "document_id": d}
             for i, (_, _, finding) in zip(ids, groups, strict=True)
             for d in finding["document_ids"]]
    session.execute(insert(ConflictDocument), links)


def _delete_groups(session: Session, keys: set[Key]) -> None:
    ordered = sorted(keys)
    for start in range(0, len(ordered), _KEY_CHUNK):
        of_keys = tuple_(ConflictGroup.code, ConflictGroup.period, ConflictGroup.kind).in_(
            ordered[start : start + _KEY_CHUNK])
        doomed = select(ConflictGroup.id).where(of_keys)
        session.execute(delete(ConflictDocument).where(ConflictDocument.conflict_id.in_(doomed)))
        session.execute(delete(ConflictGroup).where(of_keys))


def _all_conflicts(session: Session, progress: Callable[[str], None] = lambda _: None
                   ) -> tuple[dict[int, set[Key]], dict[int, Counter[tuple[str, str]]]]:
    """Every conflict group and kept target figure computed again, from the
    points of :data:`_CODES_AT_ONCE` indicators at a time (a group and a
    target figure are of one indicator; all the points at once took 2.5 GB
    for a million figures); each current document's keys and points."""
    session.execute(delete(ConflictDocument))
    session.execute(delete(ConflictGroup))
    kept_points.replace(session, None, [])
    docs = R.current_documents(session)
    keys: dict[int, set[Key]] = {}
    points: dict[int, Counter[tuple[str, str]]] = {}
    done, codes = 0, kept_points.batches(catalog(), _CODES_AT_ONCE)
    for some in codes:
        progress(f"conflicts between documents: indicators {done}/{len(catalog())}")
        done += len(some)
        linked = R.series_points(session, docs, codes=some, quotes=False)
        _insert_groups(session, conflict_groups(session, linked))
        kept_points.add(session, linked)
        for i, found in keys_by_document(linked).items():
            keys.setdefault(i, set()).update(found)
        for i, counts in points_by_document(linked).items():
            points.setdefault(i, Counter()).update(counts)
    return keys, points


def _recompute(session: Session, progress: Callable[[str], None]) -> None:
    """Every document checked and every conflict group computed again."""
    session.execute(delete(DocumentCheck))
    session.execute(delete(IndicatorPoints))
    keys, points = _all_conflicts(session, progress)
    ids = list(session.scalars(select(Document.id).order_by(Document.id)))
    current = _current(session, ids)
    for start in range(0, len(ids), R.ID_CHUNK):
        progress(f"documents checked: {start}/{len(ids)}")
        found = _check(session, ids[start : start + R.ID_CHUNK])
        session.execute(insert(DocumentCheck), [
            {"document_id": i, **found[i], "current": i in current,
             "keys": _keys_json(keys.get(i)), "points": points_json(points.get(i))}
            for i in sorted(found)])
    total: Counter[tuple[str, str]] = Counter()
    for counts in points.values():
        total.update(counts)
    if total:
        session.execute(insert(IndicatorPoints), [
            {"code": c, "period": p, "points": n} for (c, p), n in sorted(total.items())])


def _update(session: Session, changed: set[int], corrected: set[int]) -> None:
    """The rows of the ``changed`` documents, the conflict groups they touch
    and the indicator points they add or take away."""
    rows: dict[int, DocumentCheck] = {}
    ordered = sorted(changed)
    for start in range(0, len(ordered), R.ID_CHUNK):
        rows.update((r.document_id, r) for r in session.scalars(select(DocumentCheck).where(
            DocumentCheck.document_id.in_(ordered[start : start + R.ID_CHUNK]))))
    docs = R.current_documents(session, changed)  # those that exist, current or not
    current = _current(session, docs)
    hashes: dict[int, str] = {}
    known = sorted(docs)
    for start in range(0, len(known), R.ID_CHUNK):
        hashes.update(session.execute(select(Document.id, Document.sha256).where(
            Document.id.in_(known[start : start + R.ID_CHUNK]))).tuples().all())
    found = _check(session, (i for i in docs if i not in rows or i in corrected
                             or rows[i].sha256 != hashes[i]))
    linked = R.series_points(session, {i: docs[i] for i in sorted(current)}, quotes=False)
    keys, points = keys_by_document(linked), points_by_document(linked)
    if len(changed) > MAX_CHANGED:
        _all_conflicts(session)
    else:
        touched = {tuple(k) for i in changed if i in rows for k in rows[i].keys}
        touched |= {k for ks in keys.values() for k in ks}
        touched = kept_points.with_family(touched)  # type: ignore[arg-type]
        _delete_groups(session, touched)  # type: ignore[arg-type]
        if touched:
            near = R.series_points(session, None, touched, quotes=False)  # type: ignore[arg-type]
            _insert_groups(session, conflict_groups(session, near))
            kept_points.replace(session, touched, near)  # type: ignore[arg-type]
    delta: Counter[tuple[str, str]] = Counter()
    for i in ordered:
        row = rows.get(i)
        if row is not None and row.current:
            delta.subtract({(c, p): n for c, p, n in row.points})
        delta.update(points.get(i, Counter()))
        if i not in docs:
            if row is not None:
                session.delete(row)
            continue
        values = {"current": i in current, "keys": _keys_json(keys.get(i)),
                  "points": points_json(points.get(i))}
        if row is None:
            session.add(DocumentCheck(document_id=i, **found[i], **values))
            continue
        if i in found:
            row.sha256, row.findings = found[i]["sha256"], found[i]["findings"]
        row.current, row.keys, row.points = values["current"], values["keys"], values["points"]
    add_kept_points(session, delta)


@dataclass
class _Work:
    """What :func:`refresh` has to compute, and the state it then writes."""

    state: dict[str, str]
    everything: bool = False
    changed: set[int] = field(default_factory=set)
    corrected: set[int] = field(default_factory=set)
    updated: set[int] = field(default_factory=set)

    def none(self) -> bool:
        return not (self.everything or self.changed or self.updated)

    def heavy(self, most: int) -> bool:
        return self.everything or len(self.changed) > most


def _work(session: Session) -> _Work:
    """Compare the kept state with the store and the rules (a few SQL counts,
    and the documents compared when their count, ids or last ingest moved)."""
    state = _state(session)
    count, last = _corrections(session)
    kept_count, _, kept_last = state.get(_CORRECTIONS, "-1:").partition(":")
    added = count - int(kept_count)
    updates = ":".join(map(str, updates_state(session)))
    documents = _documents_state(session)
    work = _Work({_SIGNATURE: signature(), _CORRECTIONS: f"{count}:{last}",
                  _UPDATES: updates, _DOCUMENTS: documents})
    if state.get(_SIGNATURE) != signature() or added < 0 or (
            added != session.scalar(select(func.count(Correction.id))
                                    .where(Correction.id > int(kept_last or 0)))):
        work.everything = True
        return work
    work.corrected = _corrected_documents(session, int(kept_last)) if added else set()
    # documents added, superseded, restored or deleted change the count,
    # the last id or the sum of the current ids: only then are they compared
    work.changed = work.corrected | (_changed_documents(session)
                                     if documents != state.get(_DOCUMENTS) else set())
    kept_updates = state.get(_UPDATES, "0:0")
    work.updated = (updated_documents(session, int(kept_updates.partition(":")[2]))
                    if updates != kept_updates else set())
    return work


def lock(session: Session) -> None:
    """Wait until no other transaction writes the kept results, and hold that
    until this one ends: PostgreSQL's advisory transaction lock; SQLite's
    write lock (a write that changes nothing, waiting up to the busy
    timeout; past it ``OperationalError``)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(_LOCK_KEY)))
    else:
        session.execute(text("UPDATE monitor_state SET value = value WHERE name = 'signature'"))


def _part(work: _Work, batch: int | None) -> set[int] | None:
    """The first ``batch`` documents to bring up to date in a step of their
    own, or None when the rest can be done in one (few documents changed,
    every result to compute, or more than :data:`MAX_CHANGED`: every
    conflict group computed at once). Corrected documents and task updates
    are left to the last step (it writes the state they are compared with)."""
    flipped = work.changed - work.corrected
    if (batch is None or work.everything or len(work.changed) > MAX_CHANGED
            or len(flipped) <= batch):
        return None
    return set(sorted(flipped)[:batch])


def _refresh(session: Session, most: int | None,
             progress: Callable[[str], None] | None,
             batch: int | None = None) -> tuple[bool, bool]:
    """:func:`refresh`: whether anything was computed, and whether the kept
    results were left behind (by ``most``, a read-only session or a step of
    ``batch`` documents)."""
    if most is None:
        most = session.info.get(MOST)
    work = _work(session)
    if work.none():
        return False, False
    if session.info.get(READ_ONLY) or (most is not None and work.heavy(most)):
        return False, True
    lock(session)  # another writer may have done it meanwhile: compared again
    work = _work(session)
    if work.none():
        return False, False
    part = _part(work, batch)
    if part is not None:  # the state is left as it was: the rest are found next time
        _update(session, part, set())
        update_states(session, part)
        session.flush()
        return True, True
    if work.everything:
        _recompute(session, progress or (lambda _: None))
        update_states(session, None)
    else:
        if work.changed:
            _update(session, work.changed, work.corrected)
        update_states(session, work.changed | work.updated)
    _set_state(session, work.state)
    session.flush()
    return True, False


def refresh(session: Session, most: int | None = None,
            progress: Callable[[str], None] | None = None) -> bool:
    """Bring the kept findings and conflicts up to date with the store (the
    caller commits); whether anything was computed.

    With ``most`` (else the session's ``info[MOST]``, which a web request's
    session sets), nothing is computed when every result would be (new
    rules, a correction removed) or more than ``most`` documents changed:
    the kept results stay as they were (:func:`up_to_date` is false) until
    a refresh without a bound (``ktxh serve`` at its start, ``ktxh ingest``,
    :func:`refresh_store`). ``progress`` is told what a computation of
    everything is doing."""
    return _refresh(session, most, progress)[0]


def refresh_step(session: Session, batch: int) -> bool:
    """One step of :func:`refresh` (the caller commits): at most ``batch``
    changed documents when more changed (up to :data:`MAX_CHANGED`; past it,
    or for new rules, everything at once); whether anything was computed.
    Repeated in transactions of their own until it returns false, the
    write lock is held a step at a time."""
    return _refresh(session, None, None, batch)[0]


def stored_signature(session: Session) -> str | None:
    """The rules signature the kept results were computed for (None: never)."""
    return _state(session).get(_SIGNATURE)


def up_to_date(session: Session) -> bool:
    """:func:`refresh` (bounded as the session says), then whether the kept
    results reflect the store and the rules."""
    return not _refresh(session, None, None)[1]


def behind(session: Session) -> bool:
    """Whether the kept results are behind the store or the rules (nothing
    computed)."""
    return not _work(session).none()


def fill_target_points(session: Session) -> None:
    """The kept figures that can decide a target, for a store kept before
    them (migration 0008): with every kept result when those were kept for
    other rules, else alone, a few indicators at a time."""
    if _state(session).get(_SIGNATURE) != signature():
        refresh(session)
    else:
        kept_points.fill(session, catalog())


def refresh_store(store: Store) -> bool:
    """:func:`refresh` in a transaction of its own (after an ingest)."""
    with store.transaction() as session:
        return refresh(session)
