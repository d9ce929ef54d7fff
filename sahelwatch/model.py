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


@dataclass(frozen=True, slots=True)
class Event:
    """A security event coded the ACLED way, with the evidence for each field.

    ``evidence`` maps a field name to the ``(start, end)`` character offsets of the words in
    the document's text that support it.
    """

    event_type: str
    sub_event_type: str
    country: str
    ct_tags: tuple[str, ...] = ()
    admin1: str | None = None
    admin1_code: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    date: Any = None                  # datetime.date or None
    date_precision: int | None = None
    background: bool = False
    confidence: float = 0.5
    evidence: dict[str, tuple[int, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        from sahelwatch.taxonomy import check_pair, ct_tag

        check_pair(self.event_type, self.sub_event_type)
        for tag in self.ct_tags:
            ct_tag(tag)
        if self.geo_precision not in (1, 2, 3):
            raise ValueError(f"geo_precision must be 1, 2 or 3, not {self.geo_precision}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence must be in [0, 1], not {self.confidence}")

    def as_dict(self) -> dict[str, Any]:
        """The event in the output contract of ``sahelwatch extract``."""
        return {
            "event_type": self.event_type, "sub_event_type": self.sub_event_type,
            "ct_tags": list(self.ct_tags), "country": self.country, "admin1": self.admin1,
            "admin1_code": self.admin1_code, "location": self.location, "latitude": self.latitude,
            "longitude": self.longitude, "geo_precision": self.geo_precision, "actor1": self.actor1,
            "actor2": self.actor2, "fatalities": self.fatalities,
            "date": self.date.isoformat() if self.date else None, "date_precision": self.date_precision,
            "background": self.background, "confidence": round(self.confidence, 3),
            "evidence": {name: list(span) for name, span in self.evidence.items()},
        }
