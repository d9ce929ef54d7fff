"""Per-request helpers: the application's state and the identity of the caller (resolved once)."""

from __future__ import annotations

from fastapi import Request

from sahelwatch.web.security import Identity, identify


def state(request: Request):
    return request.app.state.web


def identity_of(request: Request) -> Identity:
    """Who sent ``request`` (cached on the request)."""
    found = getattr(request.state, "identity", None)
    if found is None:
        found = identify(request, state(request).store)
        request.state.identity = found
    return found
