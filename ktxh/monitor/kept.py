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

from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ktxh.monitor import kept_points
from ktxh.monitor import kept_state as K
from ktxh.monitor import rows as R
from ktxh.monitor.catalog import catalog
from ktxh.monitor.doc_checks import check_stored
from ktxh.monitor.kept_groups import Key, all_conflicts, delete_groups, insert_groups
from ktxh.monitor.kept_reads import (  # read here by the pages and services
    conflicts,
    current_findings,
    findings_of,
    point_counts,
)
from ktxh.monitor.kept_state import lock, signature
from ktxh.monitor.point_counts import add_kept_points, points_by_document, points_json
from ktxh.monitor.store_conflicts import conflict_groups, keys_by_document
from ktxh.monitor.task_states import update_states
from ktxh.store.kept_tables import DocumentCheck, IndicatorPoints
from ktxh.store.tables import Document

__all__ = [
    "MAX_CHANGED", "MOST", "READ_ONLY", "Key", "behind", "conflicts", "current_findings",
    "fill_target_points", "findings_of", "lock", "point_counts", "refresh", "refresh_step",
    "refresh_store", "signature", "stored_signature", "up_to_date",
]

# changed documents past which every conflict group is computed again
MAX_CHANGED = 200
# the key of a session's ``info`` bounding its refreshes (see :func:`refresh`)
MOST = "ktxh.kept.most"
# the key of a session's ``info`` that makes it read only: :func:`refresh`
# writes nothing (a web request while the server's refresher runs)
READ_ONLY = "ktxh.kept.read_only"

if TYPE_CHECKING:
    from ktxh.store import Store

Points = Counter[tuple[str, str]]


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


def _recompute(session: Session, progress: Callable[[str], None]) -> None:
    """Every document checked and every conflict group computed again."""
    session.execute(delete(DocumentCheck))
    session.execute(delete(IndicatorPoints))
    keys, points = all_conflicts(session, progress)
    ids = list(session.scalars(select(Document.id).order_by(Document.id)))
    current = _current(session, ids)
    for start in range(0, len(ids), R.ID_CHUNK):
        progress(f"documents checked: {start}/{len(ids)}")
        found = _check(session, ids[start : start + R.ID_CHUNK])
        session.execute(insert(DocumentCheck), [
            {"document_id": i, **found[i], "current": i in current,
             "keys": _keys_json(keys.get(i)), "points": points_json(points.get(i))}
            for i in sorted(found)])
    total: Points = Counter()
    for counts in points.values():
        total.update(counts)
    if total:
        session.execute(insert(IndicatorPoints), [
            {"code": c, "period": p, "points": n} for (c, p), n in sorted(total.items())])


def _kept_rows(session: Session, ordered: list[int]) -> dict[int, DocumentCheck]:
    """The kept rows of these documents, by document."""
    rows: dict[int, DocumentCheck] = {}
    for start in range(0, len(ordered), R.ID_CHUNK):
        rows.update((r.document_id, r) for r in session.scalars(select(DocumentCheck).where(
            DocumentCheck.document_id.in_(ordered[start : start + R.ID_CHUNK]))))
    return rows


def _hashes(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """The content hash of these documents."""
    hashes: dict[int, str] = {}
    known = sorted(ids)
    for start in range(0, len(known), R.ID_CHUNK):
        hashes.update(session.execute(select(Document.id, Document.sha256).where(
            Document.id.in_(known[start : start + R.ID_CHUNK]))).tuples().all())
    return hashes


def _regroup(session: Session, changed: set[int], rows: dict[int, DocumentCheck],
             keys: dict[int, set[Key]]) -> None:
    """The conflict groups and kept target figures of the keys the changed
    documents held or hold now computed again (past :data:`MAX_CHANGED`
    documents, every one)."""
    if len(changed) > MAX_CHANGED:
        all_conflicts(session)
        return
    touched = {tuple(k) for i in changed if i in rows for k in rows[i].keys}
    touched |= {k for ks in keys.values() for k in ks}
    touched = kept_points.with_family(touched)  # type: ignore[arg-type]
    delete_groups(session, touched)  # type: ignore[arg-type]
    if touched:
        near = R.series_points(session, None, touched, quotes=False)  # type: ignore[arg-type]
        insert_groups(session, conflict_groups(session, near))
        kept_points.replace(session, touched, near)  # type: ignore[arg-type]


def _write_rows(session: Session, ordered: list[int], rows: dict[int, DocumentCheck],
                docs: dict[int, Any], current: set[int], found: dict[int, dict[str, Any]],
                keys: dict[int, set[Key]], points: dict[int, Points]) -> Points:
    """The kept rows of these documents written (deleted for a document
    gone); the indicator points they add or take away."""
    delta: Points = Counter()
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
    return delta


def _update(session: Session, changed: set[int], corrected: set[int]) -> None:
    """The rows of the ``changed`` documents, the conflict groups they touch
    and the indicator points they add or take away."""
    ordered = sorted(changed)
    rows = _kept_rows(session, ordered)
    docs = R.current_documents(session, changed)  # those that exist, current or not
    current = _current(session, docs)
    hashes = _hashes(session, docs)
    found = _check(session, (i for i in docs if i not in rows or i in corrected
                             or rows[i].sha256 != hashes[i]))
    linked = R.series_points(session, {i: docs[i] for i in sorted(current)}, quotes=False)
    keys, points = keys_by_document(linked), points_by_document(linked)
    _regroup(session, changed, rows, keys)
    delta = _write_rows(session, ordered, rows, docs, current, found, keys, points)
    add_kept_points(session, delta)


def _work(session: Session) -> K.Work:
    """What :func:`refresh` has to compute, for the rules of :func:`signature`."""
    return K.work(session, signature())


def _part(work: K.Work, batch: int | None) -> set[int] | None:
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


def _compute(session: Session, work: K.Work,
             progress: Callable[[str], None] | None) -> None:
    """Everything the ``work`` says computed, and the state it reflects written."""
    if work.everything:
        _recompute(session, progress or (lambda _: None))
        update_states(session, None)
    else:
        if work.changed:
            _update(session, work.changed, work.corrected)
        update_states(session, work.changed | work.updated)
    K.set_state(session, work.state)


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
    _compute(session, work, progress)
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
    return K.stored_state(session).get(K.SIGNATURE)


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
    if K.stored_state(session).get(K.SIGNATURE) != signature():
        refresh(session)
    else:
        kept_points.fill(session, catalog())


def refresh_store(store: Store) -> bool:
    """:func:`refresh` in a transaction of its own (after an ingest)."""
    with store.transaction() as session:
        return refresh(session)
