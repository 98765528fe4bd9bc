"""Consistency checks over the store, and on a draft file that is not stored.

A stored document is re-read from its stored source text into a Doc whose
text equals ``documents.text`` (so stored spans stay valid) and checked with
its stored facts (:func:`ktxh.monitor.checks.check_document`). Across
documents, the same indicator, place, period and kind stated with different
actual values is a ``cross_document_conflict`` (one per such group).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ktxh.extract.pipeline import extract
from ktxh.monitor import rows as R
from ktxh.monitor.checks import check_document
from ktxh.monitor.conflicts import Conflict, conflict_message, find_conflicts, shown_points
from ktxh.monitor.findings import ERROR, INFO, WARNING, Finding, finding_to_json
from ktxh.monitor.series import SeriesPoint
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


def document_findings(session: Session, document_id: int) -> list[dict[str, Any]]:
    """Findings on one stored document, its cross-document conflicts included.

    Each: ``code``, ``severity``, ``message`` (Vietnamese), ``spans`` (start,
    end, quote, document_id) and ``document_ids``. Raises NotFound.
    """
    row = session.get(Document, document_id)
    if row is None:
        raise NotFound(f"no document with id {document_id}")
    out = _check_stored(session, row)
    if row.superseded_by_id is None:
        out += [f for f in cross_document_findings(session) if document_id in f["document_ids"]]
    return _sorted(out)


def _conflict_json(conflict: Conflict, by_key: dict[tuple, R.Linked]) -> dict[str, Any]:
    """A conflict as a finding: documents named by number (and row id where
    two share a number), the shown points' spans with their quotes."""
    linked = [by_key[R.point_key(p)] for p in conflict.points]
    docs = {lk.document.id: lk.document for lk in linked}
    labels = {i: R.doc_label(d) for i, d in docs.items()}
    twice = {n for n in labels.values() if list(labels.values()).count(n) > 1}
    labels = {i: f"{n} (#{i})" if n in twice else n for i, n in labels.items()}

    def label(p: SeriesPoint) -> str:
        return labels[int(p.document_id or 0)]

    spans = []
    for p in shown_points(conflict):
        lk = by_key[R.point_key(p)]
        start, end = lk.row["start"], lk.row["end"]
        spans.append({"start": start, "end": end, "quote": lk.document.text[start:end],
                      "document_id": lk.document.id, "figure_id": lk.row["id"]})
    return {"code": "cross_document_conflict", "severity": WARNING,
            "message": conflict_message(conflict, label), "spans": spans,
            "document_ids": sorted(docs), "document_id": None,
            "document_number": ", ".join(dict.fromkeys(labels[s["document_id"]]
                                                       for s in spans))}


def cross_document_findings(session: Session) -> list[dict[str, Any]]:
    """Actual values of one indicator, place, period and kind that differ
    between current documents: one finding per such group."""
    docs = R.current_documents(session)
    linked = R.series_points(session, docs)
    by_key = {R.point_key(lk.point): lk for lk in linked}
    return [_conflict_json(c, by_key) for c in find_conflicts(lk.point for lk in linked)]


def _sorted(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(findings, key=lambda f: (SEVERITY_ORDER.get(f["severity"], 3),
                                           f["document_ids"][:1] or [0],
                                           f["spans"][0]["start"] if f["spans"] else -1))


def all_findings(session: Session) -> list[dict[str, Any]]:
    """Findings on every current document, then the cross-document conflicts."""
    out = []
    for row in R.current_documents(session).values():
        out += _check_stored(session, row)
    return _sorted(out) + cross_document_findings(session)


def check_file(path: str | Path) -> list[dict[str, Any]]:
    """Check a draft file without storing anything (raises ReadError)."""
    doc = read(path)
    return _sorted([_json(f, doc.text, [None] * len(f.spans))
                    | {"document_id": None, "document_number": None}
                    for f in check_document(doc, extract(doc))])
