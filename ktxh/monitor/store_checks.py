"""Consistency checks over the store, and on a draft file that is not stored.

A stored document is re-read from its stored source text into a Doc whose
text equals ``documents.text`` (so stored spans stay valid) and checked with
its stored facts (:func:`ktxh.monitor.checks.check_document`). Across
documents, the same indicator, place, period and kind stated with different
actual values is a ``cross_document_conflict`` (one per such group).
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ktxh.extract.pipeline import extract
from ktxh.monitor import rows as R
from ktxh.monitor.checks import check_document
from ktxh.monitor.findings import ERROR, INFO, WARNING, Finding, finding_to_json
from ktxh.monitor.store_conflicts import (
    corrections_state,
    cross_document_findings,
    document_conflicts,
)
from ktxh.store.errors import NotFound
from ktxh.store.tables import Document
from ktxh.text.model import Doc
from ktxh.text.readers import read
from ktxh.text.readers.plain import text_to_doc

SEVERITY_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}


def _json(f: Finding, text: str, doc_ids: list[int | None]) -> dict[str, Any]:
    out = finding_to_json(f, text)
    for item, doc_id in zip(out["spans"], doc_ids, strict=False):
        item["document_id"] = doc_id
    out["document_ids"] = sorted({d for d in doc_ids if d is not None})
    return out


def stored_doc(row: Document) -> tuple[Doc, bool]:
    """The Doc of a stored document, and whether its text is the stored text
    (then stored spans apply). Markdown/plain text is rebuilt from ``raw``;
    other formats from the file when it is still there and unchanged."""
    candidates = []
    if row.format in ("md", "txt", "markdown") and row.raw:
        candidates.append(lambda: text_to_doc(row.raw, row.source_path, row.format))
    if row.source_path and Path(row.source_path).is_file():
        candidates.append(lambda: read(row.source_path))
    for make in candidates:
        try:
            doc = make()
        except Exception:  # a file changed or gone: try the next way
            continue
        if doc.text == row.text:
            return doc, True
    return text_to_doc(row.text, row.source_path, "txt"), False


def _check_stored(session: Session, row: Document) -> list[dict[str, Any]]:
    doc, same = stored_doc(row)
    extraction = R.stored_extraction(session, row) if same else extract(doc)
    where = {"document_id": row.id, "document_number": R.doc_label(row)}
    return [_json(f, doc.text, [row.id] * len(f.spans)) | where
            for f in check_document(doc, extraction)]


def document_findings(session: Session, document_id: int,
                      conflicts: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Findings on one stored document, its cross-document conflicts included
    (``conflicts``: those already known, from :func:`cross_document_findings`
    of the same store; else computed for this document).

    Each: ``code``, ``severity``, ``message`` (Vietnamese), ``spans`` (start,
    end, quote, document_id) and ``document_ids``. Raises NotFound.
    """
    row = session.get(Document, document_id)
    if row is None:
        raise NotFound(f"no document with id {document_id}")
    out = _checked(session, row, corrections_state(session))
    if row.superseded_by_id is None:
        out += (document_conflicts(session, document_id) if conflicts is None
                else [f for f in conflicts if document_id in f["document_ids"]])
    return _sorted(out)


def _sorted(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(findings, key=lambda f: (SEVERITY_ORDER.get(f["severity"], 3),
                                           f["document_ids"][:1] or [0],
                                           f["spans"][0]["start"] if f["spans"] else -1))


# Findings of one stored document, kept across calls: a stored document is
# never edited in place (a new version is a new row), so its findings change
# only with the corrections. After an ingest, the whole-store list then
# checks only the new documents. (A .docx/.pdf is re-read from its file when
# the file is still there; a file changed since does not renew its entry.)
_MEMO: OrderedDict[tuple, list[dict[str, Any]]] = OrderedDict()
MEMO_SIZE = 50_000


def _memo_key(state: tuple, doc_id: int, sha256: str) -> tuple:
    return (*state, doc_id, sha256)


def _checked(session: Session, row: Document, state: tuple) -> list[dict[str, Any]]:
    """:func:`_check_stored`, kept per document and corrections state."""
    key = _memo_key(state, row.id, row.sha256)
    if key not in _MEMO:
        _MEMO[key] = _check_stored(session, row)
        while len(_MEMO) > MEMO_SIZE:
            _MEMO.popitem(last=False)
    _MEMO.move_to_end(key)
    return list(_MEMO[key])


def all_findings(session: Session) -> list[dict[str, Any]]:
    """Findings on every current document, then the cross-document conflicts.

    Documents already checked with the same corrections are not checked
    again; only the others are loaded."""
    state = corrections_state(session)
    out = []
    current = session.execute(select(Document.id, Document.sha256)
                              .where(Document.superseded_by_id.is_(None))
                              .order_by(Document.id)).all()
    missing = [i for i, sha in current if _memo_key(state, i, sha) not in _MEMO]
    for start in range(0, len(missing), R.ID_CHUNK):
        chunk = missing[start : start + R.ID_CHUNK]
        for row in session.scalars(select(Document).where(Document.id.in_(chunk))):
            _checked(session, row, state)
    for i, sha in current:
        key = _memo_key(state, i, sha)
        out += _MEMO[key] if key in _MEMO else _check_stored(session, session.get(Document, i))
    return _sorted(out) + cross_document_findings(session)


def check_file(path: str | Path) -> list[dict[str, Any]]:
    """Check a draft file without storing anything (raises ReadError)."""
    doc = read(path)
    return _sorted([_json(f, doc.text, [None] * len(f.spans))
                    | {"document_id": None, "document_number": None}
                    for f in check_document(doc, extract(doc))])
