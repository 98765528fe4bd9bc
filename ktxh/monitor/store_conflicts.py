"""Cross-document conflicts over the store: of one document, and of all.

A document's conflicts are computed from the figures of its own indicators,
periods and kinds only (:func:`document_conflicts`). The store-wide list
(:func:`cross_document_findings`) is kept between calls: when documents were
added or superseded since (an ingest, a restored version), only the groups
of their figures' indicators, periods and kinds are computed again; any
correction computes the whole list again.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ktxh.monitor import rows as R
from ktxh.monitor.conflicts import (
    Conflict,
    conflict_message,
    find_conflicts,
    quantity,
    shown_points,
)
from ktxh.monitor.findings import WARNING
from ktxh.monitor.series import SeriesPoint
from ktxh.store.tables import Correction, Document

# changed documents past which the whole list is computed again
MAX_CHANGED = 200


def corrections_state(session: Session) -> tuple:
    """Changes whenever a correction is added (they are never edited)."""
    count, last = session.execute(select(func.count(Correction.id),
                                         func.max(Correction.id))).one()
    return (str(session.get_bind().url), count, last)


def _group(p: SeriesPoint) -> tuple:
    return (p.indicator_code, p.place, p.period, p.kind)


def document_conflicts(session: Session, document_id: int) -> list[dict[str, Any]]:
    """The cross-document conflicts one current document takes part in,
    computed from the figures of its own indicators and periods only."""
    mine = R.current_documents(session, [document_id])
    own = [lk.point for lk in R.series_points(session, mine, quotes=False)
           if not lk.point.estimate]
    if not own:
        return []
    groups = {_group(p) for p in own}
    keys = {(g[0], g[2], g[3]) for g in groups}
    linked = [lk for lk in R.series_points(session, None, keys, quotes=False)
              if _group(lk.point) in groups]
    conflicts = [c for c in find_conflicts(lk.point for lk in linked)
                 if any(p.document_id == str(document_id) for p in c.points)]
    return _conflicts_json(session, conflicts, linked)


def _conflicts_json(session: Session, conflicts: list[Conflict],
                    linked: list[R.Linked]) -> list[dict[str, Any]]:
    return [f for _, _, f in _keyed_json(session, conflicts, linked)]


def _keyed_json(session: Session, conflicts: list[Conflict],
                linked: list[R.Linked]) -> list[tuple[tuple, tuple, dict[str, Any]]]:
    """Each conflict as (its first figure's place in row order, its group,
    its finding): the order and the key the kept list is merged by."""
    # the conflicts hold the very points of ``linked``: found again by identity
    # (hashing a million points' keys cost seconds)
    by_point = {id(lk.point): lk for lk in linked}
    shown = {int(p.document_id or 0) for c in conflicts for p in shown_points(c)}
    texts = R.document_texts(session, shown)
    out = []
    for c in conflicts:
        first = min((lk.document.id, lk.row["start"], lk.row["id"])
                    for lk in (by_point[id(p)] for p in c.points))
        group = (c.indicator_code, c.place, c.period, c.kind, quantity(c.values[0][0]))
        out.append((first, group, _conflict_json(c, by_point, texts)))
    return out


def _conflict_json(conflict: Conflict, by_point: dict[int, R.Linked],
                   texts: dict[int, str]) -> dict[str, Any]:
    """A conflict as a finding: documents named by number (and row id where
    two share a number), the shown points' spans with their quotes."""
    docs = {lk.document.id: lk.document for lk in (by_point[id(p)]
                                                   for p in conflict.points)}
    labels = {i: R.doc_label(d) for i, d in docs.items()}
    twice = {n for n, count in Counter(labels.values()).items() if count > 1}
    labels = {i: f"{n} (#{i})" if n in twice else n for i, n in labels.items()}

    def label(p: SeriesPoint) -> str:
        return labels[int(p.document_id or 0)]

    spans = []
    for p in shown_points(conflict):
        lk = by_point[id(p)]
        start, end = lk.row["start"], lk.row["end"]
        spans.append({"start": start, "end": end,
                      "quote": texts.get(lk.document.id, "")[start:end],
                      "document_id": lk.document.id, "figure_id": lk.row["id"]})
    return {"code": "cross_document_conflict", "severity": WARNING,
            "message": conflict_message(conflict, label), "spans": spans,
            "document_ids": sorted(docs), "document_id": None,
            "document_number": ", ".join(dict.fromkeys(labels[s["document_id"]]
                                                       for s in spans))}


@dataclass(frozen=True, slots=True)
class _Kept:
    """The store-wide conflicts as last computed, and what they reflect."""

    state: tuple
    documents: frozenset[tuple[int, str]]  # current (id, content hash)
    groups: dict[tuple, tuple[tuple, dict[str, Any]]]  # group → (order, finding)


_KEPT: dict[str, _Kept] = {}  # by store URL
_IN_MEMORY = ("sqlite://", "sqlite:///:memory:")


def _points_keys(session: Session, doc_ids: set[int]) -> set[tuple[str, str, str]]:
    """The (code, period, kind) of the figures of these documents, current or not."""
    docs = R.current_documents(session, doc_ids)
    return {(lk.point.indicator_code, lk.point.period, lk.point.kind)
            for lk in R.series_points(session, docs, quotes=False)}


def _all_groups(session: Session) -> dict[tuple, tuple[tuple, dict[str, Any]]]:
    linked = R.series_points(session, R.current_documents(session), quotes=False)
    return {g: (o, f) for o, g, f in _keyed_json(
        session, find_conflicts(lk.point for lk in linked), linked)}


def _updated(session: Session, kept: _Kept,
             changed: set[int]) -> dict[tuple, tuple[tuple, dict[str, Any]]]:
    """``kept``'s groups with those the ``changed`` documents touch computed again."""
    keys = _points_keys(session, changed)
    groups = {g: v for g, v in kept.groups.items() if (g[0], g[2], g[3]) not in keys}
    if keys:
        linked = R.series_points(session, None, keys, quotes=False)
        groups.update((g, (o, f)) for o, g, f in _keyed_json(
            session, find_conflicts(lk.point for lk in linked), linked))
    return groups


def cross_document_findings(session: Session) -> list[dict[str, Any]]:
    """Actual values of one indicator, place, period and kind that differ
    between current documents: one finding per such group, in the order of
    each group's first figure (document, position)."""
    state = corrections_state(session)
    current = frozenset(session.execute(select(Document.id, Document.sha256)
                                        .where(Document.superseded_by_id.is_(None))).tuples())
    kept = _KEPT.get(state[0])
    changed = ({i for i, _ in kept.documents ^ current}
               if kept is not None and kept.state == state else None)
    if changed is None or len(changed) > MAX_CHANGED:
        groups = _all_groups(session)
    elif changed:
        groups = _updated(session, kept, changed)
    else:
        groups = kept.groups
    if state[0] not in _IN_MEMORY:  # a URL names one database, unless in memory
        _KEPT[state[0]] = _Kept(state, current, groups)
    return [f for _, f in sorted(groups.values(), key=lambda of: of[0])]
