"""Who is asking, and may they: sessions, API tokens, roles, CSRF tokens, the instance secret.

- The secret signs CSRF tokens. It comes from the ``secret_key`` setting (``$env:`` /
  ``$file:`` references work) or is generated once per data folder and kept in
  ``<data dir>/secret.key`` with mode 0600. There is no built-in secret.
- A browser authenticates with the ``sw_session`` cookie (HttpOnly, SameSite=Lax, Secure
  over https or when ``cookie_secure`` says so); a program with ``Authorization: Bearer``.
- Every form carries a synchronizer token: an HMAC of the session token (or, before login,
  of a random ``sw_csrf`` cookie). A POST without the right token is refused (403).
  API calls authenticated by cookie must send it in the ``X-CSRF-Token`` header.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import Request

from sahelwatch.errors import SahelWatchError
from sahelwatch.store import users as _users
from sahelwatch.store.users import User

SESSION_COOKIE = "sw_session"
CSRF_COOKIE = "sw_csrf"
LANG_COOKIE = "sw_lang"


class AccessDenied(SahelWatchError):
    """The request is not allowed: ``status`` 401 (who are you?) or 403 (not you / not without a token)."""

    def __init__(self, status: int, code: str, reason: str) -> None:
        self.status = status
        self.code = code
        self.reason = reason
        super().__init__(reason)


def instance_secret(config: Any) -> bytes:
    """The secret of this instance: the setting, else the data folder's secret.key (created 0600)."""
    configured = config.get("secret_key") if hasattr(config, "get") else None
    if configured:
        return configured.encode()
    path = Path(config.data_path) / "secret.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return path.read_text(encoding="ascii").strip().encode()
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(secrets.token_urlsafe(48))
    return path.read_text(encoding="ascii").strip().encode()


@dataclass(frozen=True)
class Identity:
    """The user behind a request and how they proved it (``session``, ``token`` or None)."""

    user: User | None
    method: str | None
    session_token: str | None = None

    def csrf_token(self, secret: bytes, pre_session: str | None) -> str:
        basis = f"session:{self.session_token}" if self.session_token else f"login:{pre_session or ''}"
        return hmac.new(secret, basis.encode(), hashlib.sha256).hexdigest()


def identify(request: Request, store: Any) -> Identity:
    """The identity of ``request``: a Bearer token wins over the session cookie."""
    header = request.headers.get("authorization", "")
    if header:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise AccessDenied(401, "unauthorized", "use 'Authorization: Bearer <token>'")
        user = _users.token_user(store, token.strip())
        if user is None:
            raise AccessDenied(401, "unauthorized", "the API token is unknown, revoked or its user disabled")
        return Identity(user, "token")
    session = request.cookies.get(SESSION_COOKIE)
    if session:
        user = _users.session_user(store, session)
        if user is not None:
            return Identity(user, "session", session)
    return Identity(None, None)


def require_role(identity: Identity, role: str) -> User:
    if identity.user is None:
        raise AccessDenied(401, "unauthorized", "log in or send an API token")
    if not identity.user.can(role):
        raise AccessDenied(403, "forbidden", f"this needs the {role} role; you are {identity.user.role}")
    return identity.user


def check_csrf(request: Request, identity: Identity, secret: bytes, submitted: str | None) -> None:
    """Refuse a state-changing request from a browser without the right synchronizer token."""
    if identity.method == "token":
        return   # a Bearer token is never sent by a browser on its own
    expected = identity.csrf_token(secret, request.cookies.get(CSRF_COOKIE))
    if not submitted or not hmac.compare_digest(submitted, expected):
        raise AccessDenied(403, "csrf_failed", "the form is out of date or did not come from this site; "
                                               "reload the page and try again")


def cookie_secure(request: Request, setting: str) -> bool:
    if setting == "always":
        return True
    if setting == "never":
        return False
    forwarded = request.headers.get("x-forwarded-proto", "")
    return request.url.scheme == "https" or forwarded == "https"
