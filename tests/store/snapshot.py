"""What a store holds, as plain JSON-ready data, to compare writers before/after.

Every table of the models, rows in id order, every column but the clock
(``ingested_at``, ``created_at``: they differ on each run). Floats keep their
``repr``; dates become ISO strings. With ``root`` (the folder the files came
from) paths read ``<root>/...`` and anchors, which hash the path, become
labels in order of first appearance (``A1``, ``A2``...; equal anchors keep
equal labels), so a dump does not depend on where a test ran.
:func:`canonical` names rows by content instead of id, for stores filled in
another order (worker processes finish in any order).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from sqlalchemy import Connection, select, text

from ktxh.store import Store
from ktxh.store.tables import Base

CLOCK = frozenset({"ingested_at", "created_at", "at", "last_used_at"})
ANCHORS = frozenset({"anchor", "task_anchor"})
# what the monitor computes from the rows and keeps (ktxh.monitor.kept), not written by ingest
DERIVED = frozenset({"document_checks", "conflict_groups", "conflict_documents",
                     "indicator_points", "task_states", "monitor_state", "target_points"})
Dump = dict[str, list[dict[str, Any]]]


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return value


def dump(store: Store, root: str | None = None) -> Dump:
    """{table: [row, ...]} for every table, rows by id."""
    labels: dict[str, str] = {}

    def norm(key: str, value: Any) -> Any:
        value = _plain(value)
        if root is None or not isinstance(value, str):
            return value
        if key in ANCHORS:
            return labels.setdefault(value, f"A{len(labels) + 1}")
        return value.replace(root, "<root>")

    out: Dump = {}
    with store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in DERIVED:
                continue
            cols = [c for c in table.columns if c.key not in CLOCK]
            rows = conn.execute(select(*cols).order_by(table.c.id)).mappings()
            out[table.name] = [{k: norm(k, v) for k, v in r.items()} for r in rows]
    return out


FACTS = ("references", "figures", "targets", "tasks", "project_mentions")
ENTITY_TABLES = {"reference": "references", "figure": "figures", "target": "targets",
                 "task": "tasks", "project_mention": "project_mentions"}


def canonical(d: Dump) -> Dump:
    """The dump with every id replaced by what the row is: a document by its
    lineage and version, a fact by its anchor, a project by its key; rows sorted."""
    docs = {r["id"]: f"{r['lineage']}@{r['version']}" for r in d["documents"]}
    docs[None] = None
    facts = {(t, r["id"]): r["anchor"] for t in FACTS for r in d[t]}
    projects = {r["id"]: r["key"] for r in d["projects"]}
    refs = {"document_id": docs, "superseded_by_id": docs, "cited_document_id": docs,
            "evidence_document_id": docs, "project_id": projects}
    out: Dump = {}
    for table, rows in d.items():
        fixed = []
        for r in rows:
            r = {k: refs[k].get(v) if k in refs else v for k, v in r.items() if k != "id"}
            if r.get("project_mention_id") is not None:
                r["project_mention_id"] = facts[("project_mentions", r["project_mention_id"])]
            if table == "search_entries" and r["entity_id"] is not None:
                r["entity_id"] = facts[(ENTITY_TABLES[r["entity_type"]], r["entity_id"])]
            fixed.append(r)
        out[table] = sorted(fixed, key=lambda r: repr(sorted(r.items())))
    return out


def fts_digest(conn: Connection) -> str:
    """SQLite: a digest of every (term, row, offset) in the full-text index."""
    conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms "
                      "USING fts5vocab(main, search_fts, 'instance')"))
    rows = conn.execute(text('SELECT term, doc, "offset" FROM temp.fts_terms '
                             'ORDER BY doc, "offset", term')).all()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def fts_matches_entries(store: Store) -> bool:
    """SQLite: whether the index holds exactly the words of ``search_entries``
    (its digest equals that of the index rebuilt from the table); True elsewhere."""
    with store.engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            return True
        before = fts_digest(conn)
        conn.execute(text("INSERT INTO search_fts(search_fts) VALUES ('rebuild')"))
        after = fts_digest(conn)
        conn.rollback()
    return before == after
