"""The pipeline step that finds and codes the events of a document."""

from __future__ import annotations

from dataclasses import replace

from sahelwatch.extract.document import extract_events as _extract_events
from sahelwatch.model import Document
from sahelwatch.pipeline import Context, step


@step("extract_events", reads=("text", "title", "lang", "published_at", "status"), writes=("kind", "events", "notes"))
def extract_events(doc: Document, ctx: Context) -> Document:
    """Find every security event the text reports and code it (type, place, actors, toll, date, evidence)."""
    if doc.status == "duplicate":
        return doc  # its events are those of the document it repeats
    published = doc.published_at.date() if doc.published_at else None
    extraction = _extract_events(doc.text, doc.lang, published, title=doc.title)
    notes = doc.notes + ((extraction.reason,) if extraction.reason else ())
    return replace(doc, kind=extraction.kind, events=extraction.events, notes=notes)
