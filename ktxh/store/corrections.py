"""Human corrections, applied over extracted values on read.

A correction names a row (``entity_type``, ``entity_id``) and its stable
``anchor``; it applies to every row with that anchor, so the edit holds for
the same fact in a re-ingested version of the file. Ingest never writes,
changes or deletes corrections; the latest correction of a field wins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ktxh.store.errors import NotFound
from ktxh.store.tables import ENTITIES, Base, Correction

# fields a person may not edit: identity, provenance and the text itself
FIXED = frozenset(
    {"id", "document_id", "anchor", "sha256", "lineage", "version", "superseded_by_id",
     "text", "raw", "ingested_at", "start", "end", "value_start", "value_end", "key",
     "project_id", "project_mention_id", "cited_document_id", "source_path", "filename"}
)
# rows past which corrections are read by type and picked in Python
MANY = 2000
# extra fields that exist only as corrections ("task done" is a human fact)
VIRTUAL = {"task": frozenset({"status"})}


def editable_fields(entity_type: str) -> set[str]:
    model = ENTITIES[entity_type]
    cols = {c.key for c in model.__table__.columns} - FIXED
    return cols | set(VIRTUAL.get(entity_type, ()))


def row_dict(row: Base) -> dict[str, Any]:
    """Column values of an ORM row."""
    return {c.key: getattr(row, c.key) for c in row.__table__.columns}


def add_correction(
    session: Session,
    entity_type: str,
    entity_id: int,
    field: str,
    new_value: Any,
    author: str,
    note: str | None = None,
) -> Correction:
    """Record a correction of ``field`` of one row (the caller commits)."""
    if entity_type not in ENTITIES:
        raise ValueError(f"unknown entity type {entity_type!r} (use {', '.join(ENTITIES)})")
    row = session.get(ENTITIES[entity_type], entity_id)
    if row is None:
        raise NotFound(f"no {entity_type} with id {entity_id}")
    if field not in editable_fields(entity_type):
        raise ValueError(f"{entity_type}.{field} cannot be corrected")
    current = apply(session, entity_type, [row_dict(row)])[0]
    correction = Correction(
        entity_type=entity_type,
        entity_id=entity_id,
        anchor=getattr(row, "anchor", None),
        field=field,
        old_value=current.get(field),
        new_value=new_value,
        author=author,
        created_at=dt.datetime.now(dt.UTC),
        note=note,
    )
    session.add(correction)
    session.flush()
    return correction


def corrections_for(
    session: Session, entity_type: str, rows: Sequence[dict[str, Any]]
) -> list[Correction]:
    """Corrections that apply to any of ``rows`` (oldest first)."""
    if not rows:
        return []
    ids = {r["id"] for r in rows}
    anchors = {r["anchor"] for r in rows if r.get("anchor")}
    stmt = (select(Correction).where(Correction.entity_type == entity_type)
            .order_by(Correction.created_at, Correction.id))
    if len(ids) + len(anchors) > MANY:
        # a whole table's rows: read the type's corrections (few: human edits)
        # and pick here, not an IN list over every row (SQLite's limit on
        # bound values; a long list costs more than the table)
        return [c for c in session.scalars(stmt)
                if c.entity_id in ids or (c.anchor and c.anchor in anchors)]
    cond = [Correction.entity_id.in_(ids)]
    if anchors:
        cond.append(Correction.anchor.in_(anchors))
    return list(session.scalars(stmt.where(or_(*cond))))


def apply(session: Session, entity_type: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Overlay corrections on row dicts in place; each corrected row gets
    ``corrected``: {field: extracted value}."""
    found = corrections_for(session, entity_type, rows)
    if not found:
        return rows
    for row in rows:
        for c in found:
            if c.entity_id == row["id"] or (c.anchor and c.anchor == row.get("anchor")):
                extracted = row.setdefault("corrected", {})
                if c.field not in extracted:
                    extracted[c.field] = row.get(c.field)
                row[c.field] = c.new_value
    return rows


def history(session: Session, entity_type: str, entity_id: int) -> list[dict[str, Any]]:
    """Every correction that applies to one row, oldest first."""
    row = session.get(ENTITIES[entity_type], entity_id)
    if row is None:
        raise NotFound(f"no {entity_type} with id {entity_id}")
    return [row_dict(c) for c in corrections_for(session, entity_type, [row_dict(row)])]
