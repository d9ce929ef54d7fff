"""Storage behind one narrow interface: SQLite (embedded default, WAL, FTS5) or PostgreSQL.

    store = open_store(config.db_url)   # migrates to the latest schema
    store.add_documents(docs)           # idempotent: a document id already stored is left as is
    store.search("الارهاب", lang="ar")  # full-text search with highlighted snippets

SQL is written once with named parameters and run through SQLAlchemy Core; the few places
where the dialects differ (full-text search, time stamps) are chosen by ``self.dialect``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from sahelwatch.errors import NotFound, StoreError
from sahelwatch.store.migrations import _LEDGER, MIGRATIONS
from sahelwatch.store import documents as _documents
from sahelwatch.store import reference as _reference
from sahelwatch.store import reports as _reports
from sahelwatch.store import sources as _sources

__all__ = ["Store", "open_store", "engine_url"]


def engine_url(url: str) -> str:
    """SQLAlchemy's URL for ``url``: PostgreSQL goes through psycopg 3."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON", "busy_timeout = 10000"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


class Store:
    """The database of one Sahel Watch instance."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine: Engine = create_engine(engine_url(url), future=True)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise StoreError(f"cannot use database URL: {exc}; for PostgreSQL install sahelwatch[postgres]") from exc
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        elif self.dialect != "postgresql":
            raise StoreError(f"unsupported database {self.dialect!r}; use sqlite:/// or postgresql://")

    # -- connections and schema ------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"database error: {str(exc).splitlines()[0]}") from exc

    def applied_migrations(self) -> list[str]:
        with self.transaction() as conn:
            conn.execute(text(_LEDGER))
            return [row[0] for row in conn.execute(text("SELECT name FROM _migrations ORDER BY name"))]

    def migrate(self) -> list[str]:
        """Apply every migration not yet recorded, each in its own transaction; return their names."""
        done = set(self.applied_migrations())
        applied = []
        for migration in MIGRATIONS:
            if migration.name in done:
                continue
            with self.transaction() as conn:
                for statement in migration.statements(self.dialect):
                    conn.execute(text(statement))
                conn.execute(text("INSERT INTO _migrations (name, applied_at) VALUES (:name, :at)"),
                             {"name": migration.name, "at": now().isoformat()})
            applied.append(migration.name)
        return applied

    def close(self) -> None:
        self.engine.dispose()

    # -- documents -----------------------------------------------------------------------
    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        with self.transaction() as conn:
            return _documents.stored_ids(conn, list(ids))

    def add_documents(self, docs: Iterable[Any]) -> int:
        """Store documents in one transaction; ids already stored are skipped. Returns how many were new."""
        with self.transaction() as conn:
            return sum(_documents.insert(conn, self.dialect, doc) for doc in docs)

    def get_document(self, doc_id: str) -> dict[str, Any]:
        with self.transaction() as conn:
            row = _documents.get(conn, doc_id)
        if row is None:
            raise NotFound("document", doc_id)
        return row

    def fingerprints(self, limit: int) -> list[tuple[str, str, bytes | None]]:
        with self.transaction() as conn:
            return list(_documents.fingerprints(conn, limit))

    def original_with_hash(self, digest: str) -> str | None:
        with self.transaction() as conn:
            return _documents.original_with_hash(conn, digest)

    def search(self, query: str, lang: str | None = None, limit: int = 20,
               include_duplicates: bool = False) -> list[_documents.SearchHit]:
        with self.transaction() as conn:
            return _documents.search(conn, self.dialect, query, lang, limit, include_duplicates)

    def reports(self, country: str | None = None, since: Any = None, event_type: str | None = None,
                limit: int = 100) -> list[dict[str, Any]]:
        """Event reports, newest first, filtered by country (ISO code), date and (sub-)event type."""
        with self.transaction() as conn:
            return _reports.list_reports(conn, country, since, event_type, limit)

    def get_report(self, report_id: str) -> dict[str, Any]:
        with self.transaction() as conn:
            record = _reports.get(conn, report_id)
        if record is None:
            raise NotFound("event report", report_id)
        return record

    def document_reports(self, doc_id: str) -> list[dict[str, Any]]:
        with self.transaction() as conn:
            return _reports.for_document(conn, doc_id)

    def import_reference_events(self, dataset: str, events: Any) -> int:
        """Store events of a reference dataset (e.g. UCDP GED); returns how many were new."""
        with self.transaction() as conn:
            return _reference.import_events(conn, dataset, events)

    def import_country_months(self, source: str, months: Any) -> int:
        with self.transaction() as conn:
            return _reference.import_country_months(conn, source, months)

    def document_summary(self) -> dict[str, Any]:
        with self.transaction() as conn:
            return _documents.summary(conn)

    # -- news sources (sahelwatch/store/sources.py) ---------------------------------------
    def add_source(self, source: _sources.Source) -> bool:
        """Add a source; False if one of that name exists already (it is left as is)."""
        with self.transaction() as conn:
            return _sources.insert(conn, self.dialect, source, now())

    def update_source(self, name: str, **changes: Any) -> _sources.Source:
        with self.transaction() as conn:
            if not _sources.update(conn, name, changes):
                raise NotFound("source", name)
            return _sources.get(conn, name)

    def get_source(self, name: str) -> _sources.Source:
        with self.transaction() as conn:
            source = _sources.get(conn, name)
        if source is None:
            raise NotFound("source", name)
        return source

    def sources(self) -> list[_sources.Source]:
        with self.transaction() as conn:
            return _sources.list_all(conn)

    def due_sources(self, at: datetime | None = None) -> list[_sources.Source]:
        with self.transaction() as conn:
            return _sources.due(conn, self.dialect, at or now())

    def next_due_at(self) -> datetime | None:
        """When the next enabled source is due (None: never polled yet, or no enabled source)."""
        with self.transaction() as conn:
            return _sources.next_due(conn, self.dialect)

    def source_counts(self, name: str) -> dict[str, int]:
        with self.transaction() as conn:
            return _sources.item_counts(conn, name)

    def remove_source(self, name: str, detach_documents: bool = False) -> None:
        with self.transaction() as conn:
            _sources.delete(conn, name, detach_documents)

    def record_poll_success(self, source: _sources.Source, validators: tuple[str | None, str | None] | None,
                            error: str | None = None, again_now: bool = False) -> None:
        with self.transaction() as conn:
            _sources.record_success(conn, self.dialect, source, now(), validators, error, again_now)

    def record_poll_failure(self, source: _sources.Source, error: str, retry_after: float | None,
                            max_backoff_minutes: int) -> None:
        with self.transaction() as conn:
            _sources.record_failure(conn, self.dialect, source, now(), error, retry_after, max_backoff_minutes)

    def record_test_fetch(self, source: _sources.Source, error: str | None) -> None:
        with self.transaction() as conn:
            _sources.record_test(conn, self.dialect, source, now(), error)

    def seen_items(self, source_id: str, urls: Iterable[str]) -> dict[str, _sources.SeenItem]:
        with self.transaction() as conn:
            return _sources.seen(conn, source_id, list(urls))

    def mark_items_seen(self, items: Iterable[tuple[_sources.CollectedItem, str]]) -> None:
        """Record items whose document is already stored (e.g. the same article in another feed)."""
        with self.transaction() as conn:
            for item, document_id in items:
                _sources.mark_seen(conn, self.dialect, item, document_id, None, new_version=False, now=now())

    def add_collected(self, docs: Iterable[Any], items: dict[str, _sources.CollectedItem],
                      already_stored: Iterable[Any] = ()) -> int:
        """Store collected documents and mark their items seen in one transaction; returns how many were stored."""
        with self.transaction() as conn:
            return _sources.add_collected(conn, self.dialect, list(docs), items, list(already_stored), now())

    # -- consolidated events (sahelwatch/store/events.py) --------------------------------
    def consolidate(self, rules: Any = None, full: bool = False, by: str = "consolidation") -> Any:
        """Put reports into events: those not yet in one, or (``full``) every report again; a summary."""
        from sahelwatch.consolidate.criteria import MergeRules
        from sahelwatch.store import events as _events

        with self.transaction() as conn:
            return _events.consolidate(conn, rules or MergeRules(), full, by)

    def events(self, country: str | None = None, since: Any = None, until: Any = None,
               event_type: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Consolidated events, newest first, by country (ISO code), date range and (sub-)event type."""
        from sahelwatch.store import events as _events

        with self.transaction() as conn:
            return _events.list_events(conn, country, since, until, event_type, limit)

    def get_event(self, event_id: str) -> dict[str, Any]:
        """One event with its reports, each with its document, source, evidence spans and evidence text."""
        from sahelwatch.store import events as _events

        with self.transaction() as conn:
            record = _events.get_event(conn, event_id)
        if record is None:
            raise NotFound("event", event_id)
        return record

    def split_event(self, event_id: str, report_ids: Iterable[str], by: str) -> str:
        """Move reports out of an event into a new one, never to be merged back; the new event's id."""
        from sahelwatch.store import events as _events

        with self.transaction() as conn:
            if _events.get_event(conn, event_id) is None:
                raise NotFound("event", event_id)
            return _events.split(conn, event_id, list(report_ids), by)

    def event_history(self, event_id: str) -> list[dict[str, Any]]:
        from sahelwatch.store import events as _events

        with self.transaction() as conn:
            return _events.history(conn, event_id)

    def report_event_ids(self) -> dict[str, str]:
        """The event of every consolidated report."""
        from sahelwatch.store import events as _events

        with self.transaction() as conn:
            return _events.report_event_ids(conn)


def now() -> datetime:
    return datetime.now(timezone.utc)


def open_store(url: str, migrate: bool = True) -> Store:
    """Open the database at ``url`` (creating the SQLite file's folder) and bring its schema up to date."""
    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///"):]).expanduser().parent.mkdir(parents=True, exist_ok=True)
    store = Store(url)
    if migrate:
        store.migrate()
    return store
