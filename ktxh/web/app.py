"""The FastAPI application: pages, JSON API, accounts, error pages.

>>> app = create_app("sqlite:///ktxh.db")   # doctest: +SKIP
>>> uvicorn.run(app)                         # doctest: +SKIP
"""

from __future__ import annotations

import logging
import secrets
import tempfile
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, File, Form, HTTPException, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException

from ktxh.config import get_settings
from ktxh.monitor.kept import MOST, READ_ONLY, behind, refresh_store
from ktxh.store import Store, open_store
from ktxh.store.errors import NotFound
from ktxh.web import security
from ktxh.web.auth import Principal, identify
from ktxh.web.board import SERVE_KEPT
from ktxh.web.rendering import render

log = logging.getLogger("ktxh.web")

ERROR_TITLES = {
    400: "Yêu cầu không hợp lệ", 401: "Cần đăng nhập", 403: "Không có quyền truy cập",
    404: "Không tìm thấy trang", 405: "Phương thức không được hỗ trợ",
    413: "Tệp quá lớn", 422: "Dữ liệu gửi lên không hợp lệ", 500: "Lỗi hệ thống",
}


FORM_SLACK = 256 * 1024  # room for the other fields of an upload form


class LoginRequired(Exception):
    """A page was asked for without a session: go to the login page."""


# documents changed since the monitor's kept results past which a request
# leaves them as they are (``ktxh serve``, ``ktxh ingest`` bring them up to date)
REQUEST_MOST = 20


def db(request: Request) -> Iterator[Session]:
    """One session per request. With the server's refresher (:mod:`ktxh.web.
    refresher`) it writes no kept result and reads the lists last computed
    (:data:`ktxh.web.board.SERVE_KEPT`); without, it brings the monitor's
    kept results up to date for at most :data:`REQUEST_MOST` changed
    documents (:func:`ktxh.monitor.kept.refresh`), never all of them."""
    store: Store = request.app.state.store
    with store.session() as session:
        if request.app.state.refresher is not None:
            session.info[READ_ONLY] = session.info[SERVE_KEPT] = True
        else:
            session.info[MOST] = REQUEST_MOST
        yield session


def current_user(request: Request, session: Annotated[Session, Depends(db)]) -> Principal:
    """The signed-in user (pages redirect to /dang-nhap, the API answers 401)."""
    user = identify(request, session)
    if user is None:
        if request.url.path.startswith("/api/"):
            raise HTTPException(401, "Cần đăng nhập hoặc gửi mã truy cập (Bearer token)")
        raise LoginRequired()
    request.state.user = user
    return user


CurrentUser = Annotated[Principal, Depends(current_user)]
DbSession = Annotated[Session, Depends(db)]
FormStr = Annotated[str, Form()]
FileField = Annotated[UploadFile | None, File()]


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, detail: str) -> Response:
    if _is_api(request):
        return JSONResponse({"detail": detail}, status_code=status)
    if not hasattr(request.state, "user"):
        try:
            with request.app.state.store.session() as session:
                request.state.user = identify(request, session)
        except HTTPException:
            request.state.user = None
    return render(request, "error.html", status_code=status, status=status,
                  title=ERROR_TITLES.get(status, "Lỗi"), detail=detail)


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def _login(request: Request, _exc: LoginRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/dang-nhap?next={target}", status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else ERROR_TITLES.get(
            exc.status_code, "Lỗi")
        if exc.status_code == 404 and detail == "Not Found":
            detail = "Trang hoặc mục bạn tìm không có."
        if exc.status_code == 405 and detail == "Method Not Allowed":
            detail = ERROR_TITLES[405]
        response = _error(request, exc.status_code, detail)
        if exc.status_code == 401 and _is_api(request):
            response.headers["WWW-Authenticate"] = "Bearer"
        return response

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound) -> Response:
        return _error(request, 404, "Không tìm thấy mục được yêu cầu.")

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        if _is_api(request):
            errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")}
                      for e in exc.errors()]
            return JSONResponse({"detail": "Dữ liệu không hợp lệ", "errors": errors},
                                status_code=422)
        return _error(request, 400, "Tham số không hợp lệ.")

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return _error(request, 500, "Đã xảy ra lỗi. Vui lòng thử lại hoặc báo quản trị viên.")


def _secret(secret_key: str | None) -> str:
    key = secret_key or get_settings().secret_key
    if not key:
        log.warning("KTXH_SECRET_KEY is not set: using a random key; sessions end on restart")
        key = secrets.token_urlsafe(32)
    return key


def bring_up_to_date(store: Store, progress: Callable[[str], None] | None = None) -> bool:
    """The monitor's kept results brought up to date before serving, when no
    refresher does it while serving (what a request does not do: every
    document checked again after new rules, minutes on a large store), in
    transactions of a hundred documents (:func:`ktxh.monitor.kept.
    refresh_store`: other writers get the store between them); ``progress``
    is told what it does. Whether anything was computed. When another
    process holds the store (SQLite's write lock past its timeout, or it
    wrote the same rows at once) or runs that recompute, the app serves the
    kept results as they are: that process, or the next start, brings them
    up to date."""
    try:
        with store.session() as session:
            if not behind(session):
                return False
        if progress:
            progress("bringing the monitor's kept results up to date")
        return refresh_store(store, progress)
    except (IntegrityError, OperationalError) as err:
        log.warning("kept results not brought up to date at start: %s", err)
        if progress:
            progress(f"kept results left as they are (the store is busy: {err.orig})")
        return False


def create_app(store_url: str | None = None, secret_key: str | None = None, *,
               upload_dir: str | Path | None = None, max_upload_bytes: int | None = None,
               secure_cookies: bool = False,
               progress: Callable[[str], None] | None = None,
               refresh_every: float | None = None) -> FastAPI:
    """The dashboard and API on the store at ``store_url`` (settings default).
    With ``refresh_every`` seconds (``ktxh serve``: 3; by default
    ``KTXH_REFRESH_EVERY``, else 0: none) a refresher thread
    (:mod:`ktxh.web.refresher`) brings the monitor's kept results up to date
    in the background (after new rules a batched recompute, ``progress``
    told its steps) and keeps them and the pages' lists up to date, stopped
    at the app's shutdown; without one they are brought up to date first
    (:func:`bring_up_to_date`)."""
    from ktxh.web import api, pages_auth, pages_correct, pages_docs, pages_main, pages_upload
    from ktxh.web.refresher import Refresher

    settings = get_settings()
    app = FastAPI(title="ktxh API", version="1", docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Sổ theo dõi chỉ tiêu, nhiệm vụ, dự án từ văn bản KT-XH.")
    app.state.store = open_store(store_url or settings.database_url)
    if refresh_every is None:
        refresh_every = settings.refresh_every
    if refresh_every <= 0:
        bring_up_to_date(app.state.store, progress)
    app.state.signer = security.SessionSigner(_secret(secret_key))
    app.state.max_upload_bytes = max_upload_bytes or settings.max_file_bytes
    app.state.upload_dir = Path(upload_dir or tempfile.mkdtemp(prefix="ktxh-uploads-"))
    app.state.upload_dir.mkdir(parents=True, exist_ok=True)
    app.state.pending = {}
    app.state.secure_cookies = secure_cookies
    app.state.refresher = None
    if refresh_every > 0:
        app.state.refresher = Refresher(app.state.store, pages_main.warm_lists, refresh_every,
                                        progress=progress)
        app.state.refresher.start()
        app.add_event_handler("shutdown", app.state.refresher.stop)
    static = resources.files("ktxh.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    _install_handlers(app)
    for module in (pages_auth, pages_main, pages_docs, pages_upload, pages_correct, api):
        app.include_router(module.router)
    app.include_router(api.docs_router)

    @app.middleware("http")
    async def _headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        # refuse an oversized body before it is parsed (form fields may add a little)
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > app.state.max_upload_bytes + FORM_SLACK:
            mb = app.state.max_upload_bytes / (1024 * 1024)
            response = _error(request, 413, f"Tệp quá lớn (tối đa {mb:g} MB).")
        else:
            response = await call_next(request)
            if request.method != "GET" and app.state.refresher is not None:
                app.state.refresher.wake()  # a write: the lists computed again soon
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    return app
