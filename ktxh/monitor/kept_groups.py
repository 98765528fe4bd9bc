"""The kept conflict groups of :mod:`ktxh.monitor.kept`: written, deleted by
their (indicator, period, kind) keys, and every one computed again."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, insert, select, tuple_
from sqlalchemy.orm import Session

from ktxh.monitor import kept_points
from ktxh.monitor import rows as R
from ktxh.monitor.catalog import catalog
from ktxh.monitor.point_counts import points_by_document
from ktxh.monitor.store_conflicts import conflict_groups, keys_by_document
from ktxh.store.kept_tables import ConflictDocument, ConflictGroup

_KEY_CHUNK = 300  # (code, period, kind) keys in one IN list
_CODES_AT_ONCE = 6  # indicators whose points a computation of everything holds at once

Key = tuple[str, str, str]


def insert_groups(session: Session, groups: list[tuple[tuple, tuple, dict[str, Any]]]) -> None:
    """Write these conflict groups (sort order, group key, finding) and the
    documents each names."""
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


def delete_groups(session: Session, keys: set[Key]) -> None:
    """Delete the conflict groups of these keys and their documents."""
    ordered = sorted(keys)
    for start in range(0, len(ordered), _KEY_CHUNK):
        of_keys = tuple_(ConflictGroup.code, ConflictGroup.period, ConflictGroup.kind).in_(
            ordered[start : start + _KEY_CHUNK])
        doomed = select(ConflictGroup.id).where(of_keys)
        session.execute(delete(ConflictDocument).where(ConflictDocument.conflict_id.in_(doomed)))
        session.execute(delete(ConflictGroup).where(of_keys))


def all_conflicts(session: Session, progress: Callable[[str], None] = lambda _: None
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
        insert_groups(session, conflict_groups(session, linked))
        kept_points.add(session, linked)
        for i, found in keys_by_document(linked).items():
            keys.setdefault(i, set()).update(found)
        for i, counts in points_by_document(linked).items():
            points.setdefault(i, Counter()).update(counts)
    return keys, points
