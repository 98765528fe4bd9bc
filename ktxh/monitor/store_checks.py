"""Consistency checks over the store, and on a draft file that is not stored.

The findings of each stored document (:mod:`ktxh.monitor.doc_checks`) and
the cross-document conflicts (the same indicator, place, period and kind
stated with different actual values, one finding per such group:
:mod:`ktxh.monitor.store_conflicts`) are kept in the store and brought up to
date before they are read (:mod:`ktxh.monitor.kept`); the functions here
write there in the caller's session, which the caller commits (or not: they
are computed again next time).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ktxh.extract.pipeline import extract
from ktxh.monitor import kept
from ktxh.monitor.checks import check_document
from ktxh.monitor.doc_checks import check_stored, finding_json, sort_findings
from ktxh.monitor.store_conflicts import document_conflicts
from ktxh.store.errors import NotFound
from ktxh.store.tables import Document
from ktxh.text.readers import read

__all__ = ["all_findings", "check_file", "cross_document_findings", "document_conflicts",
           "document_findings"]


def document_findings(session: Session, document_id: int,
                      conflicts: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Findings on one stored document, its cross-document conflicts included
    (``conflicts``: the store-wide ones, else those kept naming it).

    Each: ``code``, ``severity``, ``message`` (Vietnamese), ``spans`` (start,
    end, quote, document_id) and ``document_ids``. Raises NotFound.
    """
    row = session.get(Document, document_id)
    if row is None:
        raise NotFound(f"no document with id {document_id}")
    kept.refresh(session)
    out = kept.findings_of(session, document_id)
    if out is None:
        out = check_stored(session, row)
    if row.superseded_by_id is None:
        out += (kept.conflicts(session, document_id) if conflicts is None
                else [f for f in conflicts if document_id in f["document_ids"]])
    return sort_findings(out)


def cross_document_findings(session: Session) -> list[dict[str, Any]]:
    """Actual values of one indicator, place, period and kind that differ
    between current documents: one finding per such group, in the order of
    each group's first figure (document, position)."""
    kept.refresh(session)
    return kept.conflicts(session)


def all_findings(session: Session) -> list[dict[str, Any]]:
    """Findings on every current document, then the cross-document conflicts."""
    kept.refresh(session)
    return sort_findings(kept.current_findings(session)) + kept.conflicts(session)


def check_file(path: str | Path) -> list[dict[str, Any]]:
    """Check a draft file without storing anything (raises ReadError)."""
    doc = read(path)
    return sort_findings([finding_json(f, doc.text, [None] * len(f.spans))
                          | {"document_id": None, "document_number": None}
                          for f in check_document(doc, extract(doc))])
