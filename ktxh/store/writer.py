"""Write one document's rows (:mod:`ktxh.store.rows`) inside the caller's transaction.

The rows come ready from the worker; here only what needs the database is
done: the version (the current row of the same file), the projects (shared
across documents), citations in both directions, ids, and the bulk inserts
(:mod:`ktxh.store.bulk`): about twenty statements per document whatever
its number of facts.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from ktxh.extract import project_names
from ktxh.store import bulk
from ktxh.store.rows import COLUMNS, ENTITY_TABLES, LINKS, SEARCH_COLS, Rows, fit
from ktxh.store.tables import Document, Project, Reference

__all__ = ["link_citations", "write_document"]


def _projects(session: Session, rows: Rows) -> list[int]:
    """The project id of each mention: stored under its key, or the same
    project under another spelling, or new."""
    keys = {key for key, _, _ in rows.projects}
    known: dict[str, int] = {
        key: i for key, i in session.execute(
            select(Project.key, Project.id).where(Project.key.in_(keys)))
    } if keys else {}
    for key, name, extracted_key in rows.projects:
        if key not in known:
            similar = _similar_project(session, name, extracted_key)
            if similar is None:
                new = fit(Project, {"key": key, "name": name})
                similar = session.connection().execute(
                    insert(Project.__table__), new).inserted_primary_key[0]
            known[key] = similar
    return [known[key] for key, _, _ in rows.projects]


def _similar_project(session: Session, name: str, key: str) -> int | None:
    """A stored project that is the same one under another spelling
    ("Hồ chứa nước Bản Lải" / "... giai đoạn 1"), searched among those whose
    key shares the key's longest word, so one project keeps one history."""
    words = [w for w in key.split("#")[0].replace("|", " ").replace("~", " ").split()
             if len(w) > 2]
    if not words:
        return None
    longest = max(words, key=len)
    candidates = session.execute(
        select(Project.id, Project.name)
        .where(Project.key.contains(longest, autoescape=True)).limit(200)).all()
    i = project_names.link(name, [c.name for c in candidates])
    return candidates[i].id if i is not None else None


def _cited(session: Session, keys: set[str], doc_id: int) -> dict[str, int]:
    """The newest current document (not ``doc_id``) holding each citation key."""
    if not keys:
        return {}
    targets: dict[str, int] = {}
    for cited_id, key in session.execute(
        select(Document.id, Document.ref_key)
        .where(Document.ref_key.in_(keys), Document.superseded_by_id.is_(None),
               Document.id != doc_id)
        .order_by(Document.id)
    ):
        targets[key] = cited_id  # newest wins
    return targets


def _cite_me(session: Session, doc_id: int, ref_key: str | None) -> None:
    """Citations of ``ref_key`` now point to ``doc_id`` (also those that
    pointed to an older version)."""
    if ref_key:
        session.execute(
            update(Reference)
            .where(Reference.key == ref_key, Reference.document_id != doc_id)
            .values(cited_document_id=doc_id)
        )


def write_document(session: Session, rows: Rows) -> tuple[int, int, dict[str, int]]:
    """Insert the document, its facts and search passages; link citations.

    Returns the document's id, its version and the number of rows of each fact.
    """
    prev = session.execute(
        select(Document.id, Document.version)
        .where(Document.lineage == rows.lineage, Document.superseded_by_id.is_(None))
        .order_by(Document.version.desc())
    ).first()
    version = prev.version + 1 if prev else 1
    values = {**rows.document, "version": version, "ingested_at": dt.datetime.now(dt.UTC)}
    inserted = session.connection().execute(insert(Document.__table__), values)
    doc_id = inserted.inserted_primary_key[0]
    if prev is not None:
        session.execute(update(Document).where(Document.id == prev.id)
                        .values(superseded_by_id=doc_id))
    # from here on this transaction holds the write lock (SQLite): ids are safe
    project_ids = _projects(session, rows)
    _cite_me(session, doc_id, rows.document["ref_key"])
    key_at = COLUMNS["references"].index("key")
    cited = _cited(session, {r[key_at] for r in rows.references if r[key_at]}, doc_id)
    facts = rows.facts()
    ids = bulk.allocate_ids(session, {t: len(r) for t, r in facts.items()})
    mention_ids = ids["project_mentions"]
    links = {
        "references": [cited.get(r[key_at]) for r in rows.references],
        "project_mentions": project_ids,
        "figures": [None if m is None else mention_ids[m] for m in rows.figure_mentions],
    }
    for table, facts_rows in facts.items():
        link = LINKS[table]
        if link is None:
            cols = ("id", "document_id", *COLUMNS[table])
            full = [(i, doc_id, *r) for i, r in zip(ids[table], facts_rows, strict=True)]
        else:
            cols = ("id", "document_id", link, *COLUMNS[table])
            full = [(i, doc_id, x, *r)
                    for i, x, r in zip(ids[table], links[table], facts_rows, strict=True)]
        bulk.insert_rows(session, table, cols, full)
    passages = [
        (doc_id, kind, None if i is None else ids[ENTITY_TABLES[kind]][i], s, e, stripped)
        for kind, i, s, e, stripped in rows.passages
    ]
    bulk.insert_rows(session, "search_entries", SEARCH_COLS, passages)
    counts = {
        "references": len(rows.references),
        "figures": len(rows.figures),
        "targets": len(rows.targets),
        "tasks": len(rows.tasks),
        "projects": len(rows.mentions),
    }
    return doc_id, version, counts


def link_citations(session: Session, doc_id: int, ref_key: str | None) -> None:
    """Link references to the cited documents, in both directions.

    Citations of the document (by key) now point to it, including those that
    pointed to an older version; its own citations point to the newest
    current document holding each key.
    """
    _cite_me(session, doc_id, ref_key)
    own = session.execute(
        select(Reference.id, Reference.key, Reference.cited_document_id)
        .where(Reference.document_id == doc_id)
    ).all()
    targets = _cited(session, {r.key for r in own if r.key}, doc_id)
    changed = [{"rid": r.id, "cited": targets.get(r.key)} for r in own
               if targets.get(r.key) != r.cited_document_id]
    if changed:
        session.execute(
            update(Reference.__table__).where(Reference.id == bindparam("rid"))
            .values(cited_document_id=bindparam("cited")), changed)
