"""Cross-document conflicts over the store: of one document, and of groups.

A document's conflicts are computed from the figures of its own indicators,
periods and kinds only (:func:`document_conflicts`); :func:`conflict_groups`
computes those among any points (of every current document, or of some
(indicator, period, kind) keys): :mod:`ktxh.monitor.kept` keeps them in the
store.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

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


def conflict_groups(session: Session, linked: list[R.Linked]
                    ) -> list[tuple[tuple, tuple, dict[str, Any]]]:
    """The conflicts among ``linked`` points as (order, group, finding) (see
    :func:`_keyed_json`)."""
    return _keyed_json(session, find_conflicts(lk.point for lk in linked), linked)


def keys_by_document(linked: list[R.Linked]) -> dict[int, set[tuple[str, str, str]]]:
    """The (code, period, kind) of each document's points: the groups its
    figures take part in."""
    out: dict[int, set[tuple[str, str, str]]] = {}
    for lk in linked:
        p = lk.point
        out.setdefault(lk.document.id, set()).add((p.indicator_code, p.period, p.kind))
    return out
