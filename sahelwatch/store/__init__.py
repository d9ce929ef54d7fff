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
from sahelwatch.store import reports as _reports

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

    def fingerprints(self) -> Iterator[tuple[str, str, bytes | None]]:
        with self.transaction() as conn:
            yield from _documents.fingerprints(conn)

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

    def document_summary(self) -> dict[str, Any]:
        with self.transaction() as conn:
            return _documents.summary(conn)


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
