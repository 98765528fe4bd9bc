"""JSON API under ``/api/v1``: what the pages show and do, for machine clients.

Lists are paginated (``limit``, ``offset``; the response has ``total``).
Reads need a session or a Bearer token; writes also need the right role,
and with a session cookie the ``X-CSRF-Token`` header.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from ktxh.store import corrections, queries
from ktxh.store.ingest import IngestError, store_prepared
from ktxh.store.listing import count_figures, list_figures
from ktxh.store.search import search
from ktxh.store.tables import ENTITIES, Document
from ktxh.text.normalize import strip_marks
from ktxh.web import api_models as m
from ktxh.web import board, uploads
from ktxh.web.app import CurrentUser, DbSession, FileField
from ktxh.web.auth import audit, check_csrf, may_update_task, require_editor
from ktxh.web.pages_docs import filter_documents
from ktxh.web.rendering import render

router = APIRouter(prefix="/api/v1", tags=["v1"])
docs_router = APIRouter(include_in_schema=False)

Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0)]
User = CurrentUser
Db = DbSession


def _page(rows: list[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"total": len(rows), "limit": limit, "offset": offset,
            "items": rows[offset:offset + limit]}


@router.get("/me", response_model=m.Me, summary="The signed-in user")
def me(user: User) -> Any:
    return {"username": user.username, "role": user.role, "agency_code": user.agency_code,
            "agency_name": user.agency_name}


@router.get("/documents", response_model=m.Page[m.DocumentOut], summary="Documents")
def documents(user: User, session: Db, type: str = "", period: str = "", q: str = "",
              limit: Limit = 50, offset: Offset = 0) -> Any:
    rows, total = filter_documents(session, type, period, q, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


@router.get("/documents/{doc_id}", response_model=m.DocumentDetail, summary="One document")
def document(doc_id: int, user: User, session: Db) -> Any:
    return queries.get_document(session, doc_id)


@router.get("/documents/{doc_id}/text", response_model=m.DocumentText)
def document_text(doc_id: int, user: User, session: Db) -> Any:
    row = session.get(Document, doc_id)
    if row is None:
        raise HTTPException(404, "Không có văn bản này")
    return {"id": row.id, "text": row.text}


@router.get("/documents/{doc_id}/findings", response_model=list[m.Finding])
def document_findings(doc_id: int, user: User, session: Db) -> Any:
    if session.get(Document, doc_id) is None:
        raise HTTPException(404, "Không có văn bản này")
    return board.document_findings(session, doc_id)


@router.post("/documents", response_model=m.IngestOut, status_code=201,
             summary="Upload and ingest a file (.docx .pdf .txt .md)")
async def upload(request: Request, user: User, session: Db,
                 file: FileField = None) -> Any:
    check_csrf(request, user, None)
    require_editor(user)
    state = request.app.state
    try:
        path = await uploads.save_upload(file, state.upload_dir, state.max_upload_bytes)
        prepared = uploads.read_upload(path, state.max_upload_bytes)
    except uploads.UploadRejected as err:
        raise HTTPException(400, str(err)) from err
    result = store_prepared(state.store, prepared)
    audit(session, user.username, "upload", "document", result.document_id,
          {"filename": path.name, "status": result.status, "via": "api"})
    session.commit()
    return {"status": result.status, "document_id": result.document_id,
            "version": result.version, "counts": result.counts, "warnings": result.warnings}


@router.get("/figures", response_model=m.Page[m.FigureOut], summary="Figures")
def figures(user: User, session: Db, document_id: int | None = None, indicator: str = "",
            period: str = "", kind: str = "", limit: Limit = 100, offset: Offset = 0) -> Any:
    """Filters and the page run in SQL; ``indicator`` matches words of the name
    without diacritics ("ty le ho ngheo")."""
    where: dict[str, Any] = {"period": period or None, "kind": kind or None,
                             "document_id": document_id}
    if indicator:
        # the names that contain the words, then the figures of those names in SQL
        wanted = strip_marks(indicator).lower()
        where["indicator"] = [n for n in board.indicator_names(session)
                              if wanted in strip_marks(n).lower()]
    return {"total": count_figures(session, **where), "limit": limit, "offset": offset,
            "items": list_figures(session, **where, limit=limit, offset=offset)}


@router.get("/targets", response_model=m.Page[m.TargetStatus], summary="Targets board")
def targets(user: User, session: Db, status: str = "", limit: Limit = 100,
            offset: Offset = 0) -> Any:
    rows = board.target_board(session)
    if status:
        rows = [r for r in rows if r.get("status") == status]
    return _page(rows, limit, offset)


@router.get("/indicators", response_model=m.Page[m.Indicator], summary="Indicators with data")
def indicators(user: User, session: Db, limit: Limit = 100, offset: Offset = 0) -> Any:
    return _page(board.indicators(session), limit, offset)


@router.get("/indicators/{code}", response_model=m.IndicatorView,
            summary="One indicator: series and targets")
def indicator(code: str, user: User, session: Db) -> Any:
    view = board.indicator_view(session, code)
    if not view:
        raise HTTPException(404, "Không có chỉ tiêu này")
    return view


@router.get("/tasks", response_model=m.Page[m.TaskOut], summary="Task register")
def tasks(user: User, session: Db, agency: str = "", status: str = "", overdue: bool = False,
          due_soon: bool = False, document_id: int | None = None, limit: Limit = 100,
          offset: Offset = 0) -> Any:
    rows = board.task_register(session, agency=agency or None, status=status or None,
                               overdue=overdue, due_soon=due_soon, document_id=document_id)
    return _page(rows, limit, offset)


def _task(session: Session, task_id: int) -> dict[str, Any]:
    row = board.get_task(session, task_id)
    if row is None:
        raise HTTPException(404, "Không có nhiệm vụ này")
    return row


@router.get("/tasks/{task_id}", response_model=m.TaskOut, summary="One task")
def task(task_id: int, user: User, session: Db) -> Any:
    return _task(session, task_id)


@router.get("/tasks/{task_id}/history", response_model=list[m.Open])
def task_history(task_id: int, user: User, session: Db) -> Any:
    _task(session, task_id)
    return board.task_history(session, task_id)


@router.post("/tasks/{task_id}/updates", response_model=m.Open, status_code=201,
             summary="Report progress on a task (its lead agency's editors, admins)")
def task_update(task_id: int, body: m.TaskUpdateIn, request: Request, user: User,
                session: Db) -> Any:
    check_csrf(request, user, None)
    row = _task(session, task_id)
    if not may_update_task(user, row):
        raise HTTPException(403, "Chỉ cơ quan chủ trì nhiệm vụ hoặc quản trị viên được cập nhật")
    if body.status not in board.UPDATE_STATUSES:
        allowed = ", ".join(board.UPDATE_STATUSES)
        raise HTTPException(400, f"Trạng thái không hợp lệ (dùng {allowed})")
    out = board.update_task(session, task_id, body.status, body.note, user.username,
                            date=body.date, evidence_document_id=body.evidence_document_id)
    session.commit()
    return out


@router.get("/projects", response_model=m.Page[m.ProjectOut], summary="Projects")
def projects(user: User, session: Db, name: str = "", place: str = "", form: str = "",
             date_from: dt.date | None = None, date_to: dt.date | None = None,
             document_id: int | None = None, limit: Limit = 100, offset: Offset = 0) -> Any:
    """Key projects and their progress; ``name`` and ``place`` ignore diacritics,
    ``date_from``/``date_to`` keep projects reported on in documents dated then."""
    rows = board.project_board(session, name=name or None, place=place or None,
                               form=form or None, date_from=date_from, date_to=date_to,
                               document_id=document_id)
    return _page(rows, limit, offset)


@router.get("/search", response_model=m.Page[m.SearchHit], summary="Search (no diacritics needed)")
def search_api(user: User, session: Db, q: Annotated[str, Query(min_length=1)],
               limit: Limit = 20, offset: Offset = 0) -> Any:
    hits = [h.as_dict() for h in search(session, q, limit=min(offset + limit, 1000))]
    return {"total": len(hits), "limit": limit, "offset": offset,
            "items": hits[offset:offset + limit]}


@router.get("/findings", response_model=m.Page[m.Finding], summary="Consistency findings")
def findings(user: User, session: Db, severity: str = "", limit: Limit = 100,
             offset: Offset = 0) -> Any:
    rows = board.all_findings(session)
    if severity:
        rows = [r for r in rows if r.get("severity") == severity]
    return _page(rows, limit, offset)


@router.get("/review", response_model=m.Page[m.Open], summary="Facts with no linked indicator")
def review(user: User, session: Db, limit: Limit = 100, offset: Offset = 0) -> Any:
    return _page(board.review_list(session), limit, offset)


@router.post("/check", response_model=list[m.Finding], summary="Check a draft (nothing stored)")
async def check(request: Request, user: User, file: FileField = None) -> Any:
    check_csrf(request, user, None)
    state = request.app.state
    try:
        path = await uploads.save_upload(file, state.upload_dir / "drafts",
                                         state.max_upload_bytes)
    except uploads.UploadRejected as err:
        raise HTTPException(400, str(err)) from err
    try:
        return board.check_file(path)
    except IngestError as err:
        raise HTTPException(400, uploads.vi_reason(str(err))) from err
    finally:
        path.unlink(missing_ok=True)


@router.get("/corrections", response_model=list[m.CorrectionOut],
            summary="Corrections of one row")
def correction_history(user: User, session: Db, entity_type: str, entity_id: int) -> Any:
    if entity_type not in ENTITIES:
        raise HTTPException(400, "Loại mục không hợp lệ")
    return corrections.history(session, entity_type, entity_id)


@router.post("/corrections", response_model=m.CorrectionOut, status_code=201,
             summary="Correct one field of an extracted row")
def correct(body: m.CorrectionIn, request: Request, user: User, session: Db) -> Any:
    check_csrf(request, user, None)
    require_editor(user)
    try:
        row = corrections.add_correction(session, body.entity_type, body.entity_id,
                                         body.field, body.value, user.username, body.note)
    except ValueError as err:
        raise HTTPException(400, str(err)) from err
    audit(session, user.username, "correction", body.entity_type, body.entity_id,
          {"field": body.field, "value": body.value})
    session.commit()
    return corrections.row_dict(row)


@docs_router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> Any:
    """A plain page listing the endpoints from the OpenAPI schema (no CDN assets)."""
    schema = request.app.openapi()
    request.state.user = None
    endpoints = [
        (method.upper(), path, op.get("summary") or "", [p["name"] for p in
                                                         op.get("parameters", [])])
        for path, ops in schema["paths"].items() for method, op in ops.items()
    ]
    return render(request, "api_docs.html", endpoints=endpoints, title=schema["info"]["title"])
