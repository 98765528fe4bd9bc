"""Page: correct one extracted fact of a stored document (editors and admins).

Each changed field becomes a human correction (the extracted value is kept
and shown); the history of corrections of the fact is listed under the form.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from ktxh.store import corrections
from ktxh.store.tables import ENTITIES
from ktxh.web import uploads
from ktxh.web.app import CurrentUser, DbSession
from ktxh.web.auth import audit, check_csrf, require_editor
from ktxh.web.highlight import PREFIX
from ktxh.web.rendering import render

router = APIRouter(include_in_schema=False)
KINDS = {"figure": "Số liệu", "target": "Mục tiêu", "task": "Nhiệm vụ",
         "project_mention": "Dự án", "document": "Thông tin văn bản"}


def _row(session, kind: str, row_id: int) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    if kind not in KINDS:
        raise HTTPException(404, "Không có loại mục này.")
    row = session.get(ENTITIES[kind], row_id)
    if row is None:
        raise HTTPException(404, "Không có mục này.")
    return corrections.apply(session, kind, [corrections.row_dict(row)])[0]


def _doc_link(kind: str, row: dict[str, Any]) -> str:
    if kind == "document":
        return f"/van-ban/{row['id']}"
    prefix = PREFIX.get("project" if kind == "project_mention" else kind, "x")
    return f"/van-ban/{row['document_id']}#{prefix}-{row['id']}"


@router.get("/sua/{kind}/{row_id}")
def correct_form(*, kind: str, row_id: int, request: Request, user: CurrentUser,
                 session: DbSession) -> Response:
    require_editor(user)
    row = _row(session, kind, row_id)
    return render(request, "correct.html", section="documents", kind=kind, label=KINDS[kind],
                  row=row, fields=uploads.FIELDS[kind], back=_doc_link(kind, row),
                  history=corrections.history(session, kind, row_id))


@router.post("/sua/{kind}/{row_id}")
async def correct(*, kind: str, row_id: int, request: Request, user: CurrentUser,
                  session: DbSession) -> Response:
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    check_csrf(request, user, form.get("csrf"))
    require_editor(user)
    row = _row(session, kind, row_id)
    shown = {kind: [row]}
    changes = uploads.edits({k.replace("f-", f"{kind}-0-", 1): v for k, v in form.items()},
                            shown)
    note = form.get("note", "").strip() or None
    for _, _, field, value in changes:
        corrections.add_correction(session, kind, row_id, field, value, user.username, note)
    if changes:
        audit(session, user.username, "correction", kind, row_id,
              {"fields": {f: v for _, _, f, v in changes}, "note": note})
    session.commit()
    return RedirectResponse(_doc_link(kind, row), status_code=303)
