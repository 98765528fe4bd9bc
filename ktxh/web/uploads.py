"""Uploaded files: checks, a preview of what was extracted, edits as corrections.

An upload is checked (size, extension, then content by the readers), read
and extracted without storing anything; the preview lists the items with
editable fields. On confirmation the file is stored and every edited field
becomes a human correction (:func:`ktxh.store.corrections.add_correction`)
on the stored row it was shown for.
"""

from __future__ import annotations

import re
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import UploadFile
from sqlalchemy.orm import Session

from ktxh.store import corrections, queries
from ktxh.store.ingest import SUPPORTED, IngestError, Prepared, prepare

CHUNK = 1 << 16
PENDING_TTL_S = 3600
PENDING_MAX = 64
REASONS_VI = {
    "empty file": "Tệp rỗng.",
    "no text found": "Không tìm thấy chữ trong tệp (bản quét hoặc tệp rỗng?).",
    "not readable text": "Không đọc được nội dung (tệp nhị phân hoặc bảng mã lạ).",
}
# editable fields shown in the preview, per item kind
FIELDS = {
    "document": ("number", "type", "date", "title", "period", "issuer", "signer"),
    "figure": ("indicator", "value", "unit", "period"),
    "target": ("indicator", "value", "unit", "period"),
    "task": ("lead", "action", "deadline"),
    "project_mention": ("name",),
}
NUMERIC = {"value"}
# "1.300" is one thousand three hundred, as the preview shows numbers
_THOUSANDS = re.compile(r"^-?\d{1,3}(?:\.\d{3})+$")


class UploadRejected(Exception):
    """A bad upload; the message is in Vietnamese, for the user."""


@dataclass(slots=True)
class Pending:
    token: str
    user_id: int
    filename: str
    path: Path
    prepared: Prepared
    created: float = field(default_factory=time.monotonic)


def safe_name(filename: str | None) -> str:
    """A file name without folders or odd characters ("../a b.md" → "a_b.md")."""
    name = Path((filename or "").replace("\\", "/")).name
    name = re.sub(r"[^\w.\-]+", "_", name).strip("._") or "tai-len"
    return name[-120:]


def vi_reason(reason: str) -> str:
    for key, text in REASONS_VI.items():
        if reason.startswith(key):
            return text
    if reason.startswith("unsupported file type"):
        return "Loại tệp không được hỗ trợ (chỉ nhận .docx, .pdf, .txt, .md)."
    if reason.startswith("file too large"):
        return "Tệp quá lớn."
    return f"Không đọc được tệp: {reason}"


async def save_upload(upload: UploadFile | None, folder: Path, max_bytes: int) -> Path:
    """Write an upload under ``folder`` after the checks; raises :class:`UploadRejected`."""
    if upload is None or not upload.filename:
        raise UploadRejected("Chưa chọn tệp.")
    name = safe_name(upload.filename)
    if Path(name).suffix.lower() not in SUPPORTED:
        raise UploadRejected("Loại tệp không được hỗ trợ (chỉ nhận .docx, .pdf, .txt, .md).")
    target = folder / secrets.token_hex(8) / name
    target.parent.mkdir(parents=True, exist_ok=True)
    size = 0
    with target.open("wb") as out:
        while chunk := await upload.read(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                out.close()
                target.unlink(missing_ok=True)
                mb = max_bytes / (1024 * 1024)
                raise UploadRejected(f"Tệp quá lớn (tối đa {mb:g} MB).")
            out.write(chunk)
    if size == 0:
        target.unlink(missing_ok=True)
        raise UploadRejected("Tệp rỗng.")
    return target


def read_upload(path: Path, max_bytes: int) -> Prepared:
    """Read and extract; the reader's refusal becomes :class:`UploadRejected`."""
    try:
        return prepare(path, max_bytes)
    except IngestError as err:
        path.unlink(missing_ok=True)
        raise UploadRejected(vi_reason(str(err))) from err


def remember(pending: dict[str, Pending], item: Pending) -> None:
    now = time.monotonic()
    for key in [k for k, p in pending.items() if now - p.created > PENDING_TTL_S]:
        pending.pop(key, None)
    while len(pending) >= PENDING_MAX:
        pending.pop(next(iter(pending)))
    pending[item.token] = item


def preview(prepared: Prepared) -> dict[str, list[dict[str, Any]]]:
    """Items shown for review: kind → list of {field: value, quote, start, end}."""
    ex = prepared.extraction
    meta = ex.document
    out: dict[str, list[dict[str, Any]]] = {
        "document": [{f: getattr(meta, f, None) for f in FIELDS["document"]}],
    }
    for kind, items in (("figure", ex.figures), ("target", ex.targets), ("task", ex.tasks)):
        out[kind] = [
            {**{f: getattr(i, f) for f in FIELDS[kind]}, "quote": i.quote,
             "start": i.span.start, "end": i.span.end}
            for i in items
        ]
    out["project_mention"] = [
        {"name": p.name, "quote": p.quote, "start": p.span.start, "end": p.span.end}
        for p in ex.projects
    ]
    return out


def _parse(field_name: str, raw: str) -> Any:
    raw = raw.strip()
    if field_name in NUMERIC:
        # Vietnamese notation accepted: "1.234,5" → 1234.5
        text = raw.replace(" ", "")
        if "," in text or _THOUSANDS.match(text):
            text = text.replace(".", "").replace(",", ".")
        return float(text)
    return raw or None


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float | int) and isinstance(b, float | int):
        return abs(float(a) - float(b)) < 1e-9
    return (a or None) == (b or None)


def edits(form: dict[str, str], shown: dict[str, list[dict[str, Any]]]
          ) -> list[tuple[str, int, str, Any]]:
    """Changed fields as (kind, index in preview, field, new value); bad numbers skipped."""
    out = []
    for kind, items in shown.items():
        for i, item in enumerate(items):
            for f in FIELDS[kind]:
                key = f"{kind}-{i}-{f}"
                if key not in form:
                    continue
                try:
                    value = _parse(f, form[key])
                except ValueError:
                    continue
                if not _same(value, item.get(f)):
                    out.append((kind, i, f, value))
    return out


def _stored_rows(session: Session, document_id: int) -> dict[str, list[dict[str, Any]]]:
    doc = queries.get_document(session, document_id)
    mentions = [m for p in doc["projects"] for m in p["mentions"]
                if m["document_id"] == document_id]
    return {"document": [doc], "figure": doc["figures"], "target": doc["targets"],
            "task": doc["tasks"], "project_mention": mentions}


def _match(kind: str, item: dict[str, Any], rows: list[dict[str, Any]],
           used: set[tuple[str, int]]) -> dict[str, Any] | None:
    if kind == "document":
        return rows[0]
    for row in rows:
        if (kind, row["id"]) in used or row.get("start") != item["start"]:
            continue
        extracted = row.get("corrected", {})
        if all(_same(extracted.get(f, row.get(f)), item.get(f)) for f in FIELDS[kind]):
            return row
    return None


def apply_edits(session: Session, document_id: int, shown: dict[str, list[dict[str, Any]]],
                changes: list[tuple[str, int, str, Any]], author: str) -> int:
    """Store the edits as corrections on the saved rows; returns how many were stored."""
    if not changes:
        return 0
    stored = _stored_rows(session, document_id)
    done = 0
    matched: dict[tuple[str, int], dict[str, Any] | None] = {}
    used: set[tuple[str, int]] = set()
    for kind, i, f, value in changes:
        key = (kind, i)
        if key not in matched:
            matched[key] = _match(kind, shown[kind][i], stored[kind], used)
            if matched[key] is not None and kind != "document":
                used.add((kind, matched[key]["id"]))
        row = matched[key]
        if row is None:
            continue
        corrections.add_correction(session, kind, row["id"], f, value, author,
                                   note="sửa khi tải lên")
        done += 1
    return done
