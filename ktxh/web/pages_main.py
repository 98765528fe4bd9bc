"""Pages: Tổng quan, Chỉ tiêu, Nhiệm vụ, Dự án, Kiểm tra."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from ktxh.monitor.task_register import FILTERS
from ktxh.store import queries
from ktxh.store.ingest import IngestError
from ktxh.store.tables import Document
from ktxh.web import board, charts
from ktxh.web.app import CurrentUser, DbSession, FileField, FormStr
from ktxh.web.auth import check_csrf, may_update_task
from ktxh.web.rendering import page_links, render, source_link, vn_date, vn_number
from ktxh.web.uploads import UploadRejected, save_upload, vi_reason

router = APIRouter(include_in_schema=False)

TASK_PAGE = 200  # tasks per page of the register
TASK_MENU = 200  # documents in the register's document menu
REVIEW_SHOWN = 50  # unlinked names on /chi-tieu
DONE = ("done", "hoan_thanh_dung_han", "hoan_thanh_qua_han")


def project_percent(project: dict[str, Any]) -> float | None:
    """The latest progress percentage of a project board row, if any."""
    for key in ("percent", "progress", "latest_percent"):
        value = project.get(key)
        if isinstance(value, int | float):
            return float(value)
    latest = project.get("latest") or {}
    if isinstance(latest, dict):
        for key in ("percent", "pct", "value"):
            value = latest.get(key)
            if isinstance(value, int | float):
                return float(value)
    return None


def _dashboard(session: Session) -> dict[str, Any]:
    """What the dashboard shows of the boards (the targets needing attention,
    late and due tasks by agency, projects), kept with the boards. The tasks'
    counts and lists come from their kept states, on today's date, in SQL
    (:func:`ktxh.monitor.task_states.task_summary`), not from the register."""
    targets = board.target_board(session)
    statuses: dict[str, int] = defaultdict(int)
    for t in targets:
        statuses[t.get("status") or "no_data"] += 1
    projects = board.project_board(session)
    for p in projects:
        p["_percent"] = project_percent(p)
    # the targets that need attention first; those without data last
    order = {"off_track": 0, "at_risk": 1, "on_track": 2, "achieved": 3}
    ranked = sorted(targets, key=lambda t: order.get(t.get("status") or "", 4))
    return dict(targets=ranked[:12], target_total=len(targets), statuses=dict(statuses),
                projects=projects[:10], **board.task_summary(session))


def warm_lists(session: Session) -> None:
    """The lists of the dashboard, ``/chi-tieu``, ``/nhiem-vu`` (first page)
    and the API's findings, targets, indicators and projects computed into
    :mod:`ktxh.web.board`'s cache (by the server's refresher)."""
    board.kept(session, "dashboard", lambda: _dashboard(session))
    board.all_findings(session)
    board.indicators(session)
    board.review_list(session, limit=REVIEW_SHOWN)
    board.task_page(session, agency=None, status=None, overdue=False, due_soon=False,
                    offset=0, limit=TASK_PAGE)


@router.get("/")
def dashboard(*, request: Request, user: CurrentUser,
              session: DbSession) -> Response:
    summary = board.kept(session, "dashboard", lambda: _dashboard(session))
    return render(
        request, "dashboard.html", section="home", **summary,
        documents=queries.list_documents(session, limit=8),
        findings=board.all_findings(session)[:10],
        data_time=board.stale_since(session),
    )


@router.get("/chi-tieu")
def indicators(*, request: Request, user: CurrentUser,
               session: DbSession) -> Response:
    return render(request, "indicators.html", section="indicators",
                  indicators=board.indicators(session), targets=board.target_board(session),
                  review=board.review_list(session, limit=REVIEW_SHOWN))


def chart_points(series: list[dict[str, Any]], prefer_unit: str | None = None
                 ) -> tuple[list[dict[str, Any]], str]:
    """The points to draw: one (unit, kind) — the most common, in the target's unit
    when there is one — and one value per period: the chosen one if marked, else
    the latest document's first statement (the overall figure precedes details)."""
    points = [p for p in series if isinstance(p.get("value"), int | float) and p.get("period")]
    groups: dict[tuple[str, str], int] = defaultdict(int)
    for p in points:
        groups[(p.get("unit") or "", p.get("kind") or "")] += 1
    if not groups:
        return [], ""
    wanted = [g for g in groups if g[0] == prefer_unit] or list(groups)
    unit, kind = max(wanted, key=lambda g: groups[g])
    same = [p for p in points if (p.get("unit") or "", p.get("kind") or "") == (unit, kind)]
    if any(p.get("chosen") for p in same):
        same = [p for p in same if p.get("chosen")]
    by_period: dict[str, dict[str, Any]] = {}
    for p in sorted(same, key=lambda p: (str(p.get("doc_date") or ""), -(p.get("start") or 0))):
        by_period[str(p["period"])] = p
    return [by_period[k] for k in sorted(by_period, key=period_key)], unit


def period_key(code: str) -> tuple:
    """"2023" < "2024-Q1" < "2024-H1" < "2024" (by the period's end)."""
    year, _, part = code.partition("-")
    rank = {"Q1": 3, "Q2": 6, "H1": 6.5, "Q3": 9, "Q4": 12, "H2": 12}.get(part, 12.5)
    if part[:2].isdigit():
        rank = int(part[:2])
    return (year[:4], rank, code)


def indicator_chart(view: dict[str, Any]) -> str:
    """SVG of the series with the last target of the same unit as line or band."""
    targets = [t for t in view.get("targets", []) if isinstance(t.get("value"), int | float)]
    points, unit = chart_points(view.get("series", []),
                                targets[-1].get("unit") if targets else None)
    shown = [
        charts.Point(
            label=str(p["period"]), value=float(p["value"]), href=source_link(p),
            title=f"{p['period']}: {vn_number(p['value'])} {unit} — {(p.get('quote') or '')[:140]}",
            estimate=bool(p.get("estimate")),
        )
        for p in points
    ]
    target = None
    for t in targets:
        if (t.get("unit") or "") == unit:
            target = (float(t["value"]), t.get("value_max"))
    return charts.line_chart(shown, target=target, unit=unit)


@router.get("/chi-tieu/{code}")
def indicator(*, code: str, request: Request, user: CurrentUser,
              session: DbSession) -> Response:
    view = board.indicator_view(session, code)
    if not view:
        raise HTTPException(404, "Không có chỉ tiêu này.")
    return render(request, "indicator.html", section="indicators", view=view,
                  chart=indicator_chart(view))


def _flag(value: str | None) -> bool:
    return value in ("1", "on", "true", "yes")


@router.get("/nhiem-vu")
def tasks(*, request: Request, agency: str = "", status: str = "", overdue: str = "",
          due_soon: str = "", document_id: str = "", offset: int = 0, user: CurrentUser,
          session: DbSession) -> Response:
    doc_id = int(document_id) if document_id.isdigit() else None
    offset = max(offset, 0)
    # the page picked and counted in SQL from the kept task states; one
    # document's tasks (and words SQL cannot say) walk the register
    page = None
    if doc_id is None and (not status or status in FILTERS):
        page = board.task_page(session, agency=agency or None, status=status or None,
                               overdue=_flag(overdue), due_soon=_flag(due_soon),
                               offset=offset, limit=TASK_PAGE)
    if page is None:
        rows = board.task_register(session, agency=agency or None, status=status or None,
                                   overdue=_flag(overdue), due_soon=_flag(due_soon),
                                   document_id=doc_id)
        page = rows[offset:offset + TASK_PAGE], len(rows)
    shown, total = page
    filters = {"agency": agency, "status": status, "overdue": _flag(overdue),
               "due_soon": _flag(due_soon), "document_id": doc_id}
    # the newest documents in the menu (and the one chosen), not every document
    documents = queries.list_documents(session, limit=TASK_MENU, counts=False)
    chosen = session.get(Document, doc_id) if doc_id is not None else None
    if chosen is not None and all(d["id"] != doc_id for d in documents):
        documents.append({"id": chosen.id, "number": chosen.number,
                          "filename": chosen.filename})
    pages = page_links("/nhiem-vu", filters, offset, TASK_PAGE, total)
    return render(request, "tasks.html", section="tasks", tasks=shown,
                  total=total, pages=pages, filters=filters, documents=documents)



def _context(session: Session, doc_id: int, start: int, end: int) -> tuple[str, str, str]:
    """The text before, at and after a span (a sentence or so either side)."""
    doc = queries.get_document(session, doc_id, with_text=True)
    text = doc["text"]
    lo = max(0, text.rfind("\n", 0, max(0, start - 1)) + 1)
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    return text[lo:start], text[start:end], text[end:hi]


@router.get("/nhiem-vu/{task_id}")
def task(*, task_id: int, request: Request, ok: str = "", user: CurrentUser,
         session: DbSession) -> Response:
    row = board.get_task(session, task_id)
    if row is None:
        raise HTTPException(404, "Không có nhiệm vụ này.")
    return render(request, "task.html", section="tasks", task=row,
                  source=_context(session, row["document_id"], row["start"], row["end"]),
                  history=board.task_history(session, task_id),
                  can_update=may_update_task(user, row), statuses=board.UPDATE_STATUSES,
                  today=dt.date.today().isoformat(), ok=bool(ok))


@router.post("/nhiem-vu/{task_id}")
def task_update(*, task_id: int, request: Request, status: FormStr, note: FormStr = "",
                date: FormStr = "", csrf: FormStr = "",
                user: CurrentUser, session: DbSession
                ) -> Response:
    check_csrf(request, user, csrf)
    row = board.get_task(session, task_id)
    if row is None:
        raise HTTPException(404, "Không có nhiệm vụ này.")
    if not may_update_task(user, row):
        raise HTTPException(403, "Chỉ cơ quan chủ trì nhiệm vụ hoặc quản trị viên được cập nhật.")
    if status not in board.UPDATE_STATUSES:
        raise HTTPException(400, "Trạng thái không hợp lệ.")
    try:
        day = dt.date.fromisoformat(date) if date else None
    except ValueError as err:
        raise HTTPException(400, "Ngày không hợp lệ (dạng YYYY-MM-DD).") from err
    board.update_task(session, task_id, status, note.strip(), user.username, date=day)
    session.commit()
    return RedirectResponse(f"/nhiem-vu/{task_id}?ok=1", status_code=303)


def _history_chart(history: list[dict[str, Any]]) -> str:
    """Progress % over reports; each point links to its report's sentence."""
    points = [
        charts.Point(label=vn_date(h.get("doc_date") or h.get("date") or h.get("period")),
                     value=float(h.get("pct", h.get("percent"))), href=source_link(h))
        for h in history
        if isinstance(h, dict) and isinstance(h.get("pct", h.get("percent")), int | float)
    ]
    return charts.line_chart(points, unit="%", height=170) if len(points) > 1 else ""


@router.get("/du-an")
def projects(*, request: Request, user: CurrentUser, session: DbSession) -> Response:
    rows = board.project_board(session)
    for p in rows:
        p["_percent"] = project_percent(p)
        measures = p.get("measures") if isinstance(p.get("measures"), dict) else {}
        p["_measures"] = [
            {"label": m.get("label") or key, "latest": m.get("latest") or {},
             "delta_pct": m.get("delta_pct"), "chart": _history_chart(m.get("history") or [])}
            for key, m in measures.items() if isinstance(m, dict)
        ]
        p["_chart"] = "" if p["_measures"] else _history_chart(p.get("history") or [])
    return render(request, "projects.html", section="projects", projects=rows)


@router.get("/kiem-tra")
def checks(*, request: Request, user: CurrentUser,
           session: DbSession) -> Response:
    return render(request, "checks.html", section="checks",
                  findings=board.all_findings(session), draft=None)


@router.post("/kiem-tra")
async def check_draft(*, request: Request, file: FileField = None,
                      csrf: FormStr = "", user: CurrentUser,
                      session: DbSession) -> Response:
    check_csrf(request, user, csrf)
    error, draft = "", None
    try:
        path = await save_upload(file, request.app.state.upload_dir / "drafts",
                                 request.app.state.max_upload_bytes)
        try:
            draft = board.check_file(path)
        except IngestError as err:
            error = vi_reason(str(err))
        finally:
            path.unlink(missing_ok=True)
    except UploadRejected as err:
        error = str(err)
    return render(request, "checks.html", status_code=400 if error else 200, section="checks",
                  findings=board.all_findings(session), draft=draft, error=error,
                  filename=file.filename if file else "")
