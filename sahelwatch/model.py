"""The records Sahel Watch works on: immutable, declared as field tables, changed by copy.

A pipeline step never mutates a record: it returns ``dataclasses.replace(doc, ...)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal

DocumentStatus = Literal["ok", "duplicate", "near_duplicate", "rejected"]
DocumentKind = Literal["incident", "analysis", "other"]


@dataclass(frozen=True, slots=True)
class Document:
    """A news item as read, cleaned and identified; events found in it come later in the pipeline."""

    id: str
    origin: str                       # where it came from: file path, "path#line", URL or "stdin#line"
    source_id: str | None = None
    external_id: str | None = None    # the id the document carried in its input, if any
    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    author: str | None = None
    site: str | None = None
    published_at: datetime | None = None
    media_type: str = "text/plain"    # text/plain or text/html, of ``raw`` / ``html``
    raw: bytes | None = None          # undecoded input, dropped once decoded
    html: str | None = None           # decoded HTML, dropped once the article is extracted
    text: str = ""                    # article text, exactly as read: evidence offsets point into it
    lang: str | None = None           # ar, fr, en; "und" when not identified; another code when foreign
    lang_confidence: float | None = None
    lang_hint: str | None = None      # the language the input declared, if any
    content_hash: str | None = None
    minhash: bytes | None = None
    status: DocumentStatus = "ok"
    duplicate_of: str | None = None
    similarity: float | None = None
    reject_reason: str | None = None
    reject_detail: str | None = None
    size_bytes: int = 0
    kind: DocumentKind | None = None
    events: tuple[Any, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def rejected(self, reason: str, detail: str = "") -> Document:
        """This document, marked rejected with a stable reason code and a detail for people."""
        return replace(self, status="rejected", reject_reason=reason, reject_detail=detail[:500],
                       raw=None, html=None)
