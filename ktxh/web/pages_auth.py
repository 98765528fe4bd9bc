"""Login, logout and the admin's user management page."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from ktxh.store.activity import ApiToken, AuditEntry, User
from ktxh.web import security
from ktxh.web.app import CurrentUser, DbSession, FormStr
from ktxh.web.auth import (
    LOGIN_CSRF_COOKIE,
    ROLE_NAMES,
    AuthError,
    audit,
    authenticate,
    check_csrf,
    create_user,
    issue_token,
    require_admin,
)
from ktxh.web.rendering import render

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    # only local paths: no "//host" or "http://" redirects
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return "/"


def _login_page(request: Request, error: str = "", next_: str = "/", status: int = 200
                ) -> Response:
    token = secrets.token_urlsafe(24)
    request.state.user = None
    response = render(request, "login.html", status_code=status, error=error, next=next_,
                      login_csrf=token)
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="lax",
                        secure=request.app.state.secure_cookies, max_age=3600)
    return response


@router.get("/dang-nhap")
def login_form(request: Request, next: str = "/") -> Response:
    return _login_page(request, next_=_safe_next(next))


@router.post("/dang-nhap")
def login(*, request: Request, username: FormStr = "", password: FormStr = "",
          csrf: FormStr = "", next: FormStr = "/", session: DbSession
          ) -> Response:
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not (cookie and csrf and secrets.compare_digest(cookie, csrf)):
        raise AuthError(403, "Phiên đăng nhập không hợp lệ (thiếu mã CSRF). Hãy tải lại trang.")
    user = authenticate(session, username, password)
    if user is None:
        audit(session, username.strip()[:64] or "?", "login_failed")
        session.commit()
        return _login_page(request, "Sai tên đăng nhập hoặc mật khẩu.", _safe_next(next), 400)
    cookie_value, _ = request.app.state.signer.dump(user.id)
    audit(session, user.username, "login", "user", user.id)
    session.commit()
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(security.SESSION_COOKIE, cookie_value, httponly=True, samesite="lax",
                        secure=request.app.state.secure_cookies,
                        max_age=security.SESSION_MAX_AGE)
    response.delete_cookie(LOGIN_CSRF_COOKIE)
    return response


@router.post("/dang-xuat")
def logout(*, request: Request, csrf: FormStr = "", user: CurrentUser,
           session: DbSession) -> Response:
    check_csrf(request, user, csrf)
    audit(session, user.username, "logout", "user", user.id)
    session.commit()
    response = RedirectResponse("/dang-nhap", status_code=303)
    response.delete_cookie(security.SESSION_COOKIE)
    return response


def _users_page(request: Request, session: Session, message: str = "", error: str = "",
                token: str = "", status: int = 200) -> Response:
    users = list(session.scalars(select(User).order_by(User.username)))
    tokens: dict[int, int] = {}
    for t in session.scalars(select(ApiToken).where(ApiToken.revoked.is_(False))):
        tokens[t.user_id] = tokens.get(t.user_id, 0) + 1
    return render(request, "users.html", status_code=status, section="users", users=users,
                  tokens=tokens, roles=ROLE_NAMES, message=message, error=error,
                  new_token=token)


@router.get("/quan-tri/nguoi-dung")
def users(*, request: Request, user: CurrentUser,
          session: DbSession) -> Response:
    require_admin(user)
    return _users_page(request, session)


@router.post("/quan-tri/nguoi-dung")
def users_change(*, request: Request, action: FormStr, csrf: FormStr = "",
                 username: FormStr = "", password: FormStr = "", role: FormStr = "viewer",
                 agency: FormStr = "", full_name: FormStr = "",
                 user: CurrentUser, session: DbSession
                 ) -> Response:
    check_csrf(request, user, csrf)
    require_admin(user)
    target = session.scalars(select(User).where(User.username == username.strip())).first()
    if action == "add":
        try:
            new = create_user(session, username, password, role, agency or None, full_name)
        except ValueError as err:
            msg = {"exists": "Tên đăng nhập đã có."}.get(str(err).split()[-1], "")
            return _users_page(request, session,
                               error=msg or "Cần tên đăng nhập, vai trò hợp lệ và mật khẩu "
                               "từ 6 ký tự.", status=400)
        audit(session, user.username, "user_add", "user", new.id,
              {"username": new.username, "role": role, "agency": agency or None})
        session.commit()
        return _users_page(request, session, message=f"Đã tạo tài khoản {new.username}.")
    if target is None:
        return _users_page(request, session, error="Không có tài khoản này.", status=404)
    if action == "toggle":
        if target.id == user.id:
            return _users_page(request, session, error="Không thể tự khóa tài khoản của mình.",
                               status=400)
        target.active = not target.active
        audit(session, user.username, "user_active" if target.active else "user_disable",
              "user", target.id)
        session.commit()
        return _users_page(request, session, message=f"Đã cập nhật {target.username}.")
    if action == "token":
        token = issue_token(session, target, name="web")
        audit(session, user.username, "token_issue", "user", target.id)
        session.commit()
        return _users_page(request, session, message=f"Mã truy cập mới cho {target.username} "
                           "(chỉ hiện một lần):", token=token)
    return _users_page(request, session, error="Thao tác không hợp lệ.", status=400)


ACTIONS = {"login": "Đăng nhập", "login_failed": "Đăng nhập sai", "logout": "Đăng xuất",
           "upload": "Tải lên", "correction": "Sửa dữ liệu", "task_update": "Cập nhật nhiệm vụ",
           "update_task": "Cập nhật nhiệm vụ",
           "user_add": "Thêm tài khoản", "user_disable": "Khóa tài khoản",
           "user_active": "Mở khóa tài khoản", "token_issue": "Tạo mã API"}


@router.get("/quan-tri/nhat-ky")
def audit_log(*, request: Request, user: CurrentUser, session: DbSession, actor: str = "",
              action: str = "") -> Response:
    require_admin(user)
    stmt = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(300)
    if actor:
        stmt = stmt.where(AuditEntry.actor == actor)
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    return render(request, "audit.html", section="users", entries=list(session.scalars(stmt)),
                  actions=ACTIONS, filters={"actor": actor, "action": action})
