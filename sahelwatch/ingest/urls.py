"""URL canonicalisation and stable document ids.

Canonical form (courlan): lower-case scheme and host, default port dropped, tracking
parameters (utm_*, fbclid, xtor, ...) removed, remaining parameters sorted; the fragment is
dropped too, since it never names a different article.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit, urlunsplit

import courlan


def canonical_url(url: str | None) -> str | None:
    """The canonical form of ``url``, or None if it is not an http(s) URL."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    without_fragment = urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))
    try:
        return courlan.normalize_url(without_fragment)
    except ValueError:
        return without_fragment


def document_id(*keys: str) -> str:
    """A stable id from the first non-empty key (canonical URL, external id, origin or content)."""
    key = next((k for k in keys if k), "")
    return "doc-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
