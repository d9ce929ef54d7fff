"""Users, sessions and API tokens: who may see and change what.

Passwords are hashed with argon2id (argon2-cffi); session and API tokens are random and
only their SHA-256 digests are stored, so a copy of the database gives no way in. Roles,
from least to most: viewer, analyst, reviewer, admin.

    create_user(store, "amina", password, role="analyst")
    user = authenticate(store, "amina", password)      # None when wrong or disabled
    token = create_api_token(store, user.id, "QGIS")   # shown once; stored hashed
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import text

from sahelwatch.errors import NotFound, SahelWatchError

ROLES = ("viewer", "analyst", "reviewer", "admin")
LANGUAGES = ("ar", "fr", "en")
_HASHER = PasswordHasher()
_DUMMY_HASH = _HASHER.hash("not a password")   # spends the same time on unknown users
MIN_PASSWORD = 10

# The tables are created by migration 0006_users (sahelwatch/store/migrations.py).



class UserError(SahelWatchError):
    """A user cannot be created or changed as asked; ``username`` and ``reason`` say why."""

    def __init__(self, username: str, reason: str) -> None:
        self.username = username
        self.reason = reason
        super().__init__(f"user {username!r}: {reason}")


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    role: str
    lang: str | None
    disabled: bool
    created_at: str

    def can(self, role: str) -> bool:
        """True when this user's role is ``role`` or above it."""
        return ROLES.index(self.role) >= ROLES.index(role)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _ts(store: Any, value: dt.datetime) -> Any:
    return value if store.dialect == "postgresql" else value.isoformat()


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _user(row: Any) -> User:
    return User(row.id, row.username, row.role, row.lang, bool(row.disabled), str(row.created_at))


def check_role(role: str) -> str:
    if role not in ROLES:
        raise UserError("-", f"unknown role {role!r}; known: {', '.join(ROLES)}")
    return role


def _check_password(username: str, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(username, f"password too short; use at least {MIN_PASSWORD} characters")


def create_user(store: Any, username: str, password: str, role: str = "viewer", lang: str | None = None) -> User:
    check_role(role)
    _check_password(username, password)
    if not username or len(username) > 64 or not username.replace(".", "").replace("-", "").replace("_", "").isalnum():
        raise UserError(username, "a username is 1-64 letters, digits, '.', '-' or '_'")
    if lang is not None and lang not in LANGUAGES:
        raise UserError(username, f"unknown language {lang!r}; known: {', '.join(LANGUAGES)}")
    now = _ts(store, _now())
    with store.transaction() as conn:
        if conn.execute(text("SELECT 1 FROM users WHERE username = :u"), {"u": username}).first():
            raise UserError(username, "already exists; use reset-password or pick another name")
        conn.execute(text("INSERT INTO users (username, password_hash, role, lang, disabled, created_at, updated_at) "
                          "VALUES (:u, :h, :r, :l, :d, :now, :now)"),
                     {"u": username, "h": _HASHER.hash(password), "r": role, "l": lang, "d": False, "now": now})
    return get_user(store, username)


def get_user(store: Any, username: str) -> User:
    with store.transaction() as conn:
        row = conn.execute(text("SELECT * FROM users WHERE username = :u"), {"u": username}).first()
    if row is None:
        raise NotFound("user", username)
    return _user(row)


def list_users(store: Any) -> list[User]:
    with store.transaction() as conn:
        return [_user(r) for r in conn.execute(text("SELECT * FROM users ORDER BY username"))]


def set_disabled(store: Any, username: str, disabled: bool = True) -> User:
    user = get_user(store, username)
    with store.transaction() as conn:
        conn.execute(text("UPDATE users SET disabled = :d, updated_at = :now WHERE id = :id"),
                     {"d": disabled, "now": _ts(store, _now()), "id": user.id})
        if disabled:
            conn.execute(text("DELETE FROM sessions WHERE user_id = :id"), {"id": user.id})
    return get_user(store, username)


def reset_password(store: Any, username: str, password: str) -> User:
    _check_password(username, password)
    user = get_user(store, username)
    with store.transaction() as conn:
        conn.execute(text("UPDATE users SET password_hash = :h, updated_at = :now WHERE id = :id"),
                     {"h": _HASHER.hash(password), "now": _ts(store, _now()), "id": user.id})
        conn.execute(text("DELETE FROM sessions WHERE user_id = :id"), {"id": user.id})
    return user


def set_language(store: Any, user_id: int, lang: str) -> None:
    if lang in LANGUAGES:
        with store.transaction() as conn:
            conn.execute(text("UPDATE users SET lang = :l WHERE id = :id"), {"l": lang, "id": user_id})


def authenticate(store: Any, username: str, password: str) -> User | None:
    """The user if ``password`` is right and the account enabled; None otherwise (same time either way)."""
    with store.transaction() as conn:
        row = conn.execute(text("SELECT * FROM users WHERE username = :u"), {"u": username}).first()
    try:
        _HASHER.verify(row.password_hash if row else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None or row.disabled:
        return None
    return _user(row)


# -- sessions ----------------------------------------------------------------------------------
def create_session(store: Any, user: User, hours: float) -> str:
    """A new session for ``user``; returns the token for the cookie (only its digest is stored)."""
    token = secrets.token_urlsafe(32)
    now = _now()
    with store.transaction() as conn:
        conn.execute(text("DELETE FROM sessions WHERE expires_at < :now"), {"now": _ts(store, now)})
        conn.execute(text("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) "
                          "VALUES (:h, :u, :now, :exp)"),
                     {"h": digest(token), "u": user.id, "now": _ts(store, now),
                      "exp": _ts(store, now + dt.timedelta(hours=hours))})
    return token


def session_user(store: Any, token: str) -> User | None:
    with store.transaction() as conn:
        row = conn.execute(text("SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id "
                                "WHERE s.token_hash = :h AND s.expires_at > :now"),
                           {"h": digest(token), "now": _ts(store, _now())}).first()
    return _user(row) if row is not None and not row.disabled else None


def end_session(store: Any, token: str) -> None:
    with store.transaction() as conn:
        conn.execute(text("DELETE FROM sessions WHERE token_hash = :h"), {"h": digest(token)})


# -- API tokens --------------------------------------------------------------------------------
def create_api_token(store: Any, username: str, name: str) -> str:
    """A new API token for ``username``; the value is returned once and only its digest is stored."""
    user = get_user(store, username)
    token = "sw_" + secrets.token_urlsafe(32)
    with store.transaction() as conn:
        conn.execute(text("INSERT INTO api_tokens (token_hash, user_id, name, created_at, revoked) "
                          "VALUES (:h, :u, :n, :now, :r)"),
                     {"h": digest(token), "u": user.id, "n": name, "now": _ts(store, _now()), "r": False})
    return token


def token_user(store: Any, token: str) -> User | None:
    with store.transaction() as conn:
        row = conn.execute(text("SELECT u.*, t.id AS token_id FROM api_tokens t JOIN users u ON u.id = t.user_id "
                                "WHERE t.token_hash = :h AND t.revoked = :no"),
                           {"h": digest(token), "no": False}).first()
        if row is None or row.disabled:
            return None
        conn.execute(text("UPDATE api_tokens SET last_used_at = :now WHERE id = :id"),
                     {"now": _ts(store, _now()), "id": row.token_id})
    return _user(row)
