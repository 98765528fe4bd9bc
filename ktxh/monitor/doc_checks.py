"""The consistency checks of one stored document, as JSON findings.

A stored document is re-read from its stored source text into a Doc whose
text equals ``documents.text`` (so stored spans stay valid) and checked with
its stored facts, corrections applied (:func:`ktxh.monitor.checks.check_document`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ktxh.extract.pipeline import extract
from ktxh.monitor import rows as R
from ktxh.monitor.checks import check_document
from ktxh.monitor.findings import ERROR, INFO, WARNING, Finding, finding_to_json
from ktxh.store.tables import Document
from ktxh.text.model import Doc
from ktxh.text.readers import read
from ktxh.text.readers.plain import text_to_doc

SEVERITY_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}


def finding_json(f: Finding, text: str, doc_ids: list[int | None]) -> dict[str, Any]:
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


def check_stored(session: Session, row: Document) -> list[dict[str, Any]]:
    """The findings of one stored document (its own checks, no conflicts)."""
    doc, same = stored_doc(row)
    extraction = R.stored_extraction(session, row) if same else extract(doc)
    where = {"document_id": row.id, "document_number": R.doc_label(row)}
    return [finding_json(f, doc.text, [row.id] * len(f.spans)) | where
            for f in check_document(doc, extraction)]


def sort_findings(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """By severity, then document, then position."""
    return sorted(findings, key=lambda f: (SEVERITY_ORDER.get(f["severity"], 3),
                                           f["document_ids"][:1] or [0],
                                           f["spans"][0]["start"] if f["spans"] else -1))
