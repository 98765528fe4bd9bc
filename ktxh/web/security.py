"""Passwords, signed session cookies, CSRF tokens and API tokens.

Passwords are hashed with Argon2id (argon2-cffi). The session is a signed,
timestamped cookie (itsdangerous) holding the user id and a per-session CSRF
secret; every state-changing form posts that token back. API clients send
``Authorization: Bearer <token>``; only a SHA-256 of each token is stored.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, URLSafeTimedSerializer

_hasher = PasswordHasher()

SESSION_COOKIE = "ktxh_session"
SESSION_MAX_AGE = 12 * 3600


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def new_api_token() -> str:
    return "ktxh_" + secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Session:
    user_id: int
    csrf: str


class SessionSigner:
    """Signs and reads the session cookie with the application's secret key."""

    def __init__(self, secret_key: str) -> None:
        self._serializer = URLSafeTimedSerializer(secret_key, salt="ktxh-session")

    def dump(self, user_id: int) -> tuple[str, Session]:
        session = Session(user_id=user_id, csrf=secrets.token_urlsafe(24))
        return self._serializer.dumps({"u": user_id, "c": session.csrf}), session

    def load(self, cookie: str | None) -> Session | None:
        if not cookie:
            return None
        try:
            data = self._serializer.loads(cookie, max_age=SESSION_MAX_AGE)
        except BadSignature:
            return None
        if not isinstance(data, dict) or "u" not in data or "c" not in data:
            return None
        return Session(user_id=int(data["u"]), csrf=str(data["c"]))


def csrf_ok(session: Session | None, submitted: str | None) -> bool:
    return bool(session and submitted and hmac.compare_digest(session.csrf, submitted))
