"""Consistency checks over the store, and on a draft file that is not stored.

A stored document is re-read from its stored source text into a Doc whose
text equals ``documents.text`` (so stored spans stay valid) and checked with
its stored facts (:func:`ktxh.monitor.checks.check_document`). Across
documents, the same indicator, place, period and kind stated with different
actual values is a ``cross_document_conflict`` (one per such group).
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ktxh.extract.pipeline import extract
from ktxh.monitor import rows as R
from ktxh.monitor.checks import check_document
from ktxh.monitor.conflicts import Conflict, conflict_message, find_conflicts, shown_points
from ktxh.monitor.findings import ERROR, INFO, WARNING, Finding, finding_to_json
from ktxh.monitor.series import SeriesPoint
from ktxh.store.errors import NotFound
from ktxh.store.tables import Correction, Document
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
    out = _checked(session, row, _corrections_state(session))
    if row.superseded_by_id is None:
        out += (document_conflicts(session, document_id) if conflicts is None
                else [f for f in conflicts if document_id in f["document_ids"]])
    return _sorted(out)


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
    # the conflicts hold the very points of ``linked``: found again by identity
    # (hashing a million points' keys cost seconds)
    by_point = {id(lk.point): lk for lk in linked}
    shown = {int(p.document_id or 0) for c in conflicts for p in shown_points(c)}
    texts = R.document_texts(session, shown)
    return [_conflict_json(c, by_point, texts) for c in conflicts]


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


def cross_document_findings(session: Session) -> list[dict[str, Any]]:
    """Actual values of one indicator, place, period and kind that differ
    between current documents: one finding per such group."""
    linked = R.series_points(session, R.current_documents(session), quotes=False)
    return _conflicts_json(session, find_conflicts(lk.point for lk in linked), linked)


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


def _corrections_state(session: Session) -> tuple:
    count, last = session.execute(select(func.count(Correction.id),
                                         func.max(Correction.id))).one()
    return (str(session.get_bind().url), count, last)


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
    state = _corrections_state(session)
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
