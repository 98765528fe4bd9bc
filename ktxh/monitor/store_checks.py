"""Consistency checks over the store, and on a draft file that is not stored.

A stored document is re-read from its stored source text into a Doc whose
text equals ``documents.text`` (so stored spans stay valid) and checked with
its stored facts (:func:`ktxh.monitor.checks.check_document`). Across
documents, the same indicator, place, period and kind stated with different
actual values is a ``cross_document_conflict``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ktxh.extract.pipeline import extract
from ktxh.monitor import rows as R
from ktxh.monitor.checks import check_document, check_series
from ktxh.monitor.findings import ERROR, INFO, WARNING, Finding, finding_to_json
from ktxh.monitor.series import build_series
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


def cross_document_findings(session: Session) -> list[dict[str, Any]]:
    """Actual values of one indicator, place, period and kind that differ
    between current documents."""
    docs = R.current_documents(session)
    linked = R.series_points(session, docs)
    by_key = {R.point_key(lk.point): lk for lk in linked}
    out = []
    for series in build_series(lk.point for lk in linked).values():
        for a, b in series.disagreements():
            la, lb = by_key[R.point_key(a)], by_key[R.point_key(b)]
            # the message names documents by number; the points carry row ids
            names = [R.doc_label(la.document), R.doc_label(lb.document)]
            if names[0] == names[1]:
                names = [f"{n} (#{lk.document.id})" for n, lk in zip(names, (la, lb), strict=True)]
            [finding] = check_series([replace(a, document_id=names[0]),
                                      replace(b, document_id=names[1])])
            spans = []
            for lk in (la, lb):
                text = lk.document.text
                spans.append({"start": lk.row["start"], "end": lk.row["end"],
                              "quote": text[lk.row["start"]: lk.row["end"]],
                              "document_id": lk.document.id, "figure_id": lk.row["id"]})
            out.append({"code": finding.code, "severity": finding.severity,
                        "message": finding.message, "spans": spans,
                        "document_ids": sorted({la.document.id, lb.document.id}),
                        "document_id": None, "document_number": ", ".join(names)})
    return out


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
