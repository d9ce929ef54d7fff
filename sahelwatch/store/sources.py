"""News sources and the items seen in each: definitions, health, schedule, idempotent polling.

A source is polled when it is enabled and due (``next_due_at`` empty or past). Every poll
records its outcome: a success clears the failure count and schedules the next poll one
interval later; a failure records its reason and backs off exponentially (or until the
server's Retry-After).

``source_items`` remembers each item URL seen in a source with the feed's change stamp
(``updated``/``lastmod``) and the content hash of the document stored for it. An item is
recorded as seen in the same transaction that stores its document (``add_collected``), so a
process killed at any moment neither loses an article nor stores it twice.

Revised articles: when a feed announces a new stamp for an item already seen, the article is
fetched again; if its text changed it is stored as a *new document* (a new version, with a
note ``revision_of:<first document id>``), the earlier version is kept untouched as evidence,
and the item's row points to the latest version. Unchanged text only refreshes the stamp.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

from sahelwatch.model import Document
from sahelwatch.store import documents as _documents

KINDS = ("rss", "atom", "sitemap", "page", "folder")
GRADES = ("A", "B", "C", "D", "E", "F")
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")
_TIMES = ("created_at", "last_fetch_at", "last_success_at", "next_due_at")


@dataclass(frozen=True, slots=True)
class Source:
    """A news source as the analyst defined it, with its polling state and health."""

    name: str
    kind: str
    url: str
    lang: str | None = None
    country: str | None = None
    reliability: str = "F"
    poll_minutes: int = 60
    link_pattern: str | None = None
    enabled: bool = False
    verified: bool = False
    notes: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_fetch_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str | None = None
    failures: int = 0
    next_due_at: datetime | None = None
    created_at: datetime | None = None

    @property
    def id(self) -> str:
        return self.name

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True, slots=True)
class SeenItem:
    """An item of a source as last seen: its change stamp and the document stored for it."""

    url: str
    stamp: str | None
    content_hash: str | None
    document_id: str | None
    versions: int


@dataclass(frozen=True, slots=True)
class CollectedItem:
    """What to record for an item once its document is stored (or found unchanged)."""

    source_id: str
    url: str
    stamp: str | None
    previous: SeenItem | None = None


EDITABLE = ("kind", "url", "lang", "country", "reliability", "poll_minutes", "link_pattern", "enabled", "notes")
COLUMNS = ("id", "name", *EDITABLE, "verified", "etag", "last_modified", "last_fetch_at", "last_success_at",
           "last_error", "failures", "next_due_at", "created_at")


def _ts(dialect: str, value: datetime | None) -> Any:
    if value is None or dialect == "postgresql":
        return value
    return value.astimezone(timezone.utc).isoformat()


def _source(row: Any) -> Source:
    record = dict(row._mapping)
    record.pop("id")
    for name in _TIMES:
        if isinstance(record.get(name), str):
            record[name] = datetime.fromisoformat(record[name])
    record["enabled"] = bool(record["enabled"])
    record["verified"] = bool(record["verified"])
    return Source(**record)


def insert(conn: Connection, dialect: str, source: Source, now: datetime) -> bool:
    """Insert ``source`` unless one of that name exists; True if it was new."""
    values = {name: getattr(source, name) for name in EDITABLE}
    values.update(id=source.name, name=source.name, verified=source.verified, created_at=_ts(dialect, now))
    names = ", ".join(values)
    row = conn.execute(text(f"INSERT INTO sources ({names}) VALUES ({', '.join(':' + n for n in values)}) "
                            "ON CONFLICT DO NOTHING RETURNING id"), values).first()
    return row is not None


def update(conn: Connection, name: str, changes: dict[str, Any]) -> bool:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    if not changes:
        return get(conn, name) is not None
    assignments = ", ".join(f"{key} = :{key}" for key in changes)
    result = conn.execute(text(f"UPDATE sources SET {assignments} WHERE id = :name"), {**changes, "name": name})
    return result.rowcount > 0


def get(conn: Connection, name: str) -> Source | None:
    row = conn.execute(text(f"SELECT {', '.join(COLUMNS)} FROM sources WHERE id = :name"), {"name": name}).first()
    return _source(row) if row else None


def list_all(conn: Connection) -> list[Source]:
    return [_source(r) for r in conn.execute(text(f"SELECT {', '.join(COLUMNS)} FROM sources ORDER BY name"))]


def due(conn: Connection, dialect: str, now: datetime) -> list[Source]:
    """Enabled sources whose next poll is due, the longest overdue first."""
    rows = conn.execute(text(f"SELECT {', '.join(COLUMNS)} FROM sources WHERE enabled = :yes AND "
                             "(next_due_at IS NULL OR next_due_at <= :now) ORDER BY next_due_at, name"),
                        {"yes": True, "now": _ts(dialect, now)})
    return [_source(r) for r in rows]


def next_due(conn: Connection, dialect: str) -> datetime | None:
    value = conn.execute(text("SELECT MIN(next_due_at) FROM sources WHERE enabled = :yes"), {"yes": True}).scalar()
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def document_count(conn: Connection, name: str) -> int:
    return int(conn.execute(text("SELECT COUNT(*) FROM documents WHERE source_id = :name"), {"name": name}).scalar())


def delete(conn: Connection, name: str, detach_documents: bool) -> None:
    if detach_documents:
        conn.execute(text("UPDATE documents SET source_id = NULL WHERE source_id = :name"), {"name": name})
    conn.execute(text("DELETE FROM source_items WHERE source_id = :name"), {"name": name})
    conn.execute(text("DELETE FROM sources WHERE id = :name"), {"name": name})


def record_success(conn: Connection, dialect: str, source: Source, now: datetime,
                   validators: tuple[str | None, str | None] | None, error: str | None = None,
                   again_now: bool = False) -> None:
    """A successful poll: verified, no failure, next poll one interval later (now if items were left over);
    new ETag/Last-Modified if given; ``error`` notes articles that could not be fetched."""
    due = now if again_now else now + timedelta(minutes=source.poll_minutes)
    params = {"name": source.name, "now": _ts(dialect, now), "due": _ts(dialect, due), "yes": True,
              "error": error[:500] if error else None}
    keep = ""
    if validators is not None:
        keep = ", etag = :etag, last_modified = :last_modified"
        params.update(etag=validators[0], last_modified=validators[1])
    conn.execute(text("UPDATE sources SET last_fetch_at = :now, last_success_at = :now, last_error = :error, "
                      f"failures = 0, verified = :yes, next_due_at = :due{keep} WHERE id = :name"), params)


def record_failure(conn: Connection, dialect: str, source: Source, now: datetime, error: str,
                   retry_after: float | None, max_backoff_minutes: int) -> None:
    """A failed poll: the reason, one more failure, and a next poll backed off exponentially."""
    failures = source.failures + 1
    minutes = min(source.poll_minutes * 2 ** min(failures - 1, 16), max_backoff_minutes)
    wait = max(timedelta(minutes=minutes), timedelta(seconds=retry_after or 0))
    conn.execute(text("UPDATE sources SET last_fetch_at = :now, last_error = :error, failures = :failures, "
                      "next_due_at = :due WHERE id = :name"),
                 {"name": source.name, "now": _ts(dialect, now), "error": error[:500], "failures": failures,
                  "due": _ts(dialect, now + wait)})


def record_test(conn: Connection, dialect: str, source: Source, now: datetime, error: str | None) -> None:
    """A one-off test fetch: health and ``verified`` change, the schedule and validators do not."""
    if error is None:
        conn.execute(text("UPDATE sources SET last_fetch_at = :now, last_success_at = :now, last_error = NULL, "
                          "verified = :yes WHERE id = :name"),
                     {"name": source.name, "now": _ts(dialect, now), "yes": True})
    else:
        conn.execute(text("UPDATE sources SET last_fetch_at = :now, last_error = :error WHERE id = :name"),
                     {"name": source.name, "now": _ts(dialect, now), "error": error[:500]})


def seen(conn: Connection, source_id: str, urls: list[str]) -> dict[str, SeenItem]:
    statement = text("SELECT url, stamp, content_hash, document_id, versions FROM source_items "
                     "WHERE source_id = :source AND url IN :urls").bindparams(bindparam("urls", expanding=True))
    found: dict[str, SeenItem] = {}
    for start in range(0, len(urls), 500):
        for row in conn.execute(statement, {"source": source_id, "urls": urls[start:start + 500]}):
            found[row[0]] = SeenItem(*row)
    return found


def mark_seen(conn: Connection, dialect: str, item: CollectedItem, document_id: str | None,
              content_hash: str | None, new_version: bool, now: datetime) -> None:
    """Insert or refresh the row of ``item``; a new version points it at ``document_id``."""
    params = {"source": item.source_id, "url": item.url, "stamp": item.stamp, "hash": content_hash,
              "doc": document_id, "now": _ts(dialect, now)}
    if item.previous is None:
        conn.execute(text("INSERT INTO source_items (source_id, url, stamp, content_hash, document_id, "
                          "first_seen_at, last_seen_at) VALUES (:source, :url, :stamp, "
                          "COALESCE(:hash, (SELECT content_hash FROM documents WHERE id = :doc)), :doc, :now, :now) "
                          "ON CONFLICT (source_id, url) DO UPDATE SET last_seen_at = :now"), params)
    elif new_version:
        conn.execute(text("UPDATE source_items SET stamp = :stamp, content_hash = :hash, document_id = :doc, "
                          "versions = versions + 1, last_seen_at = :now WHERE source_id = :source AND url = :url"),
                     params)
    else:
        conn.execute(text("UPDATE source_items SET stamp = :stamp, last_seen_at = :now "
                          "WHERE source_id = :source AND url = :url"), params)


def add_collected(conn: Connection, dialect: str, docs: list[Document], items: dict[str, CollectedItem],
                  already_stored: list[Document], now: datetime) -> int:
    """Store collected documents and record their items as seen, in the caller's one transaction.

    A document whose text is the same as the item's previous version is not stored; only the
    item's stamp is refreshed. Items whose document was stored before (the same article in
    another source) are recorded as seen too. Returns how many documents were stored.
    """
    stored = 0
    for doc in docs:
        item = items.get(doc.id)
        unchanged = (item is not None and item.previous is not None and doc.content_hash is not None
                     and doc.content_hash == item.previous.content_hash)
        if unchanged:
            mark_seen(conn, dialect, item, item.previous.document_id, item.previous.content_hash, False, now)
            continue
        stored += _documents.insert(conn, dialect, doc)
        if item is not None:
            mark_seen(conn, dialect, item, doc.id, doc.content_hash, new_version=True, now=now)
    for doc in already_stored:
        if doc.id in items:
            mark_seen(conn, dialect, items[doc.id], doc.id, None, new_version=False, now=now)
    return stored


def item_counts(conn: Connection, name: str) -> dict[str, int]:
    row = conn.execute(text("SELECT COUNT(*), COALESCE(SUM(versions - 1), 0) FROM source_items "
                            "WHERE source_id = :name"), {"name": name}).first()
    return {"items_seen": int(row[0]), "revisions": int(row[1]), "documents": document_count(conn, name)}
