"""Page: Tải lên — upload → preview → correct → save (editors and admins)."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from ktxh.store.ingest import store_prepared
from ktxh.web import board, uploads
from ktxh.web.app import CurrentUser, DbSession, FileField, FormStr
from ktxh.web.auth import audit, check_csrf, require_editor
from ktxh.web.rendering import render

router = APIRouter(include_in_schema=False)


@router.get("/tai-len")
def upload_form(*, request: Request, user: CurrentUser) -> Response:
    require_editor(user)
    return render(request, "upload.html", section="upload", step="form")


@router.post("/tai-len")
async def upload(*, request: Request, file: FileField = None, csrf: FormStr = "",
                 user: CurrentUser) -> Response:
    check_csrf(request, user, csrf)
    require_editor(user)
    state = request.app.state
    try:
        path = await uploads.save_upload(file, state.upload_dir, state.max_upload_bytes)
        prepared = uploads.read_upload(path, state.max_upload_bytes)
    except uploads.UploadRejected as err:
        return render(request, "upload.html", status_code=400, section="upload", step="form",
                      error=str(err))
    token = secrets.token_urlsafe(16)
    uploads.remember(state.pending, uploads.Pending(token, user.id, path.name, path, prepared))
    return render(request, "upload.html", section="upload", step="preview", token=token,
                  filename=path.name, items=uploads.preview(prepared),
                  fields=uploads.FIELDS, problems=[str(p) for p in prepared.extraction.problems])


@router.post("/tai-len/luu")
async def upload_save(*, request: Request, user: CurrentUser,
                      session: DbSession) -> Response:
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    check_csrf(request, user, form.get("csrf"))
    require_editor(user)
    pending = request.app.state.pending.get(form.get("token", ""))
    if pending is None or pending.user_id != user.id:
        raise HTTPException(400, "Phiên tải lên đã hết hạn. Hãy tải tệp lên lại.")
    if form.get("action") == "cancel":
        request.app.state.pending.pop(pending.token, None)
        pending.path.unlink(missing_ok=True)
        return RedirectResponse("/tai-len", status_code=303)
    result = store_prepared(request.app.state.store, pending.prepared)
    shown = uploads.preview(pending.prepared)
    changes = uploads.edits(form, shown)
    stored = uploads.apply_edits(session, result.document_id, shown, changes, user.username)
    audit(session, user.username, "upload", "document", result.document_id,
          {"filename": pending.filename, "status": result.status, "counts": result.counts})
    if stored:
        audit(session, user.username, "correction", "document", result.document_id,
              {"count": stored, "fields": [f"{k}.{f}" for k, _, f, _ in changes][:50]})
    session.commit()
    board.refreshed(session)  # the new document's findings and conflicts, kept
    request.app.state.pending.pop(pending.token, None)
    return RedirectResponse(f"/van-ban/{result.document_id}?saved={stored}", status_code=303)
