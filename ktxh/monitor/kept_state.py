"""What the kept results of :mod:`ktxh.monitor.kept` reflect, and the lock of
their writers.

The kept state (``monitor_state``) holds the rules signature, the count and
last id of the corrections, the progress updates and the documents the kept
results were computed for; :func:`work` compares it with the store and the
rules (a few SQL counts, and the documents compared when their count, ids or
last ingest moved) and says what a refresh has to compute.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from sqlalchemy import and_, case, func, not_, or_, select, text
from sqlalchemy.orm import Session

from ktxh.monitor.task_states import updated_documents, updates_state
from ktxh.store.kept_tables import DocumentCheck, MonitorState
from ktxh.store.tables import ENTITIES, Correction, Document

_LOCK_KEY = 7_301_009  # PostgreSQL advisory lock of the kept results' writers
SIGNATURE, CORRECTIONS, UPDATES = "signature", "corrections", "task_updates"
DOCUMENTS = "documents"


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


def lock(session: Session) -> None:
    """Wait until no other transaction writes the kept results, and hold that
    until this one ends: PostgreSQL's advisory transaction lock; SQLite's
    write lock (a write that changes nothing, waiting up to the busy
    timeout; past it ``OperationalError``)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(_LOCK_KEY)))
    else:
        session.execute(text("UPDATE monitor_state SET value = value WHERE name = 'signature'"))


def stored_state(session: Session) -> dict[str, str]:
    """The kept state: its values by name."""
    return {n: v for n, v in session.execute(select(MonitorState.name, MonitorState.value))}


def set_state(session: Session, values: dict[str, str]) -> None:
    """Write these values of the kept state."""
    for name, value in values.items():
        row = session.get(MonitorState, name)
        if row is None:
            session.add(MonitorState(name=name, value=value))
        elif row.value != value:
            row.value = value


def _corrections(session: Session) -> tuple[int, int]:
    count, last = session.execute(select(func.count(Correction.id),
                                         func.max(Correction.id))).one()
    return int(count), int(last or 0)


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


@dataclass
class Work:
    """What a refresh has to compute, and the state it then writes."""

    state: dict[str, str]
    everything: bool = False
    changed: set[int] = field(default_factory=set)
    corrected: set[int] = field(default_factory=set)
    updated: set[int] = field(default_factory=set)

    def none(self) -> bool:
        return not (self.everything or self.changed or self.updated)

    def heavy(self, most: int) -> bool:
        return self.everything or len(self.changed) > most


def work(session: Session, rules: str) -> Work:
    """Compare the kept state with the store and with the ``rules`` (the
    signature of the running code)."""
    state = stored_state(session)
    count, last = _corrections(session)
    kept_count, _, kept_last = state.get(CORRECTIONS, "-1:").partition(":")
    added = count - int(kept_count)
    updates = ":".join(map(str, updates_state(session)))
    documents = _documents_state(session)
    out = Work({SIGNATURE: rules, CORRECTIONS: f"{count}:{last}",
                UPDATES: updates, DOCUMENTS: documents})
    if state.get(SIGNATURE) != rules or added < 0 or (
            added != session.scalar(select(func.count(Correction.id))
                                    .where(Correction.id > int(kept_last or 0)))):
        out.everything = True
        return out
    out.corrected = _corrected_documents(session, int(kept_last)) if added else set()
    # documents added, superseded, restored or deleted change the count,
    # the last id or the sum of the current ids: only then are they compared
    out.changed = out.corrected | (_changed_documents(session)
                                   if documents != state.get(DOCUMENTS) else set())
    kept_updates = state.get(UPDATES, "0:0")
    out.updated = (updated_documents(session, int(kept_updates.partition(":")[2]))
                   if updates != kept_updates else set())
    return out
