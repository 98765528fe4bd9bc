"""Who is asking: session cookie or API token → :class:`Principal`; roles; audit.

Pages and the API share one rule set: viewers read, editors also upload,
correct and update the tasks led by their own agency, admins do everything.
Every change goes to ``audit_log`` through :func:`audit`.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from ktxh.store.activity import ApiToken, AuditEntry, User
from ktxh.text.normalize import strip_marks
from ktxh.web import security

LOGIN_CSRF_COOKIE = "ktxh_login_csrf"
USED_EVERY = dt.timedelta(minutes=1)
ROLE_NAMES = {"admin": "Quản trị", "editor": "Biên tập", "viewer": "Xem"}


@dataclass(frozen=True, slots=True)
class Principal:
    id: int
    username: str
    full_name: str
    role: str
    agency_code: str | None
    agency_name: str | None
    via: str  # "session" | "token"
    csrf: str = ""

    @property
    def can_edit(self) -> bool:
        return self.role in ("admin", "editor")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def display(self) -> str:
        return self.full_name or self.username


class AuthError(HTTPException):
    """401 for no/bad credentials, 403 for a refused action."""


def _principal(user: User, via: str, csrf: str = "") -> Principal:
    return Principal(user.id, user.username, user.full_name or "", user.role,
                     user.agency_code, user.agency_name, via, csrf)


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if not header:
        return None
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthError(401, "Thông tin xác thực không hợp lệ")
    return token.strip()


def identify(request: Request, session: Session) -> Principal | None:
    """The user behind the request: a Bearer token (401 if bad) or the session cookie."""
    token = _bearer(request)
    if token is not None:
        row = session.execute(
            select(ApiToken, User)
            .join(User, User.id == ApiToken.user_id)
            .where(ApiToken.digest == security.token_digest(token))
        ).first()
        if row is None or row[0].revoked or not row[1].active:
            raise AuthError(401, "Mã truy cập (token) không hợp lệ hoặc đã bị thu hồi")
        now = dt.datetime.now(dt.UTC)
        last = row[0].last_used_at
        if last is None or now - last.replace(tzinfo=last.tzinfo or dt.UTC) > USED_EVERY:
            row[0].last_used_at = now  # at most one write a minute per token
            session.commit()
        return _principal(row[1], "token")
    signer: security.SessionSigner = request.app.state.signer
    cookie = signer.load(request.cookies.get(security.SESSION_COOKIE))
    if cookie is None:
        return None
    user = session.get(User, cookie.user_id)
    if user is None or not user.active:
        return None
    return _principal(user, "session", cookie.csrf)


def check_csrf(request: Request, user: Principal, submitted: str | None) -> None:
    """Session-authenticated writes must carry the session's CSRF token (403 if not)."""
    if user.via == "token":
        return
    submitted = submitted or request.headers.get("x-csrf-token")
    if not (user.csrf and submitted and secrets.compare_digest(user.csrf, submitted)):
        raise AuthError(403, "Phiên làm việc không hợp lệ (thiếu mã CSRF). Hãy tải lại trang.")


def require_editor(user: Principal) -> None:
    if not user.can_edit:
        raise AuthError(403, "Tài khoản chỉ có quyền xem, không được thay đổi dữ liệu")


def require_admin(user: Principal) -> None:
    if not user.is_admin:
        raise AuthError(403, "Chỉ quản trị viên được làm việc này")


def _same_agency(a: str | None, b: str | None) -> bool:
    return bool(a and b) and strip_marks(a).strip() == strip_marks(b).strip()


def may_update_task(user: Principal, task: dict[str, Any]) -> bool:
    """Admins, and editors of the agency leading the task (code or name)."""
    if user.is_admin:
        return True
    if user.role != "editor":
        return False
    leads = [task.get("lead"), task.get("lead_display")]
    return (
        _same_agency(user.agency_code, task.get("lead_code"))
        or any(_same_agency(user.agency_name, lead) for lead in leads)
        or any(_same_agency(user.agency_code, lead) for lead in leads)
    )


def audit(session: Session, actor: str, action: str, entity_type: str | None = None,
          entity_id: int | None = None, detail: Any = None) -> None:
    """Record one change (the caller commits)."""
    session.add(AuditEntry(at=dt.datetime.now(dt.UTC), actor=actor, action=action,
                           entity_type=entity_type, entity_id=entity_id, detail=detail))


def authenticate(session: Session, username: str, password: str) -> User | None:
    user = session.scalars(select(User).where(User.username == username.strip())).first()
    if user is None or not user.active or not security.verify_password(user.password_hash,
                                                                       password):
        return None
    return user


def create_user(session: Session, username: str, password: str, role: str = "viewer",
                agency: str | None = None, full_name: str = "") -> User:
    """A new account (the caller commits); ``agency`` is a register code or a name."""
    if role not in ROLE_NAMES:
        raise ValueError(f"unknown role {role!r} (use admin, editor, viewer)")
    if not username.strip() or len(password) < 6:
        raise ValueError("a user needs a name and a password of at least 6 characters")
    if session.scalars(select(User).where(User.username == username.strip())).first():
        raise ValueError(f"user {username!r} exists")
    code = agency if agency and " " not in agency.strip() else None
    name = agency if agency and code is None else None
    user = User(username=username.strip(), full_name=full_name, role=role,
                password_hash=security.hash_password(password), agency_code=code,
                agency_name=name, active=True, created_at=dt.datetime.now(dt.UTC))
    session.add(user)
    session.flush()
    return user


def issue_token(session: Session, user: User, name: str = "") -> str:
    """A new API token for ``user``; only its digest is kept (the caller commits)."""
    token = security.new_api_token()
    session.add(ApiToken(user_id=user.id, name=name, digest=security.token_digest(token),
                         created_at=dt.datetime.now(dt.UTC)))
    return token
