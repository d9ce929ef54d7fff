"""Named, recorded, transactional schema migrations for SQLite and PostgreSQL.

Each migration has a name and the SQL for each dialect; ``apply`` runs the ones not yet
recorded in ``_migrations``, each in its own transaction, in order. Add a migration at the
end of ``MIGRATIONS``; never edit one that has shipped.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    sqlite: str
    postgresql: str

    def statements(self, dialect: str) -> list[str]:
        script = self.sqlite if dialect == "sqlite" else self.postgresql
        return [s.strip() for s in script.split(";\n") if s.strip()]


_DOCUMENT_COLUMNS = """
    id TEXT NOT NULL UNIQUE,
    source_id TEXT REFERENCES sources(id),
    origin TEXT NOT NULL,
    external_id TEXT,
    url TEXT,
    canonical_url TEXT,
    title TEXT,
    author TEXT,
    site TEXT,
    published_at {ts},
    ingested_at {ts} NOT NULL,
    lang TEXT,
    lang_confidence REAL,
    text TEXT NOT NULL DEFAULT '',
    content_hash TEXT,
    minhash {blob},
    status TEXT NOT NULL,
    duplicate_of TEXT,
    similarity REAL,
    reject_reason TEXT,
    reject_detail TEXT,
    size_bytes INTEGER NOT NULL DEFAULT 0,
    kind TEXT"""

_SOURCES = """
CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    url TEXT,
    lang TEXT,
    country TEXT,
    reliability TEXT NOT NULL DEFAULT 'F',
    enabled {bool} NOT NULL DEFAULT {true},
    created_at {ts} NOT NULL
)"""

_INDEXES = """
CREATE INDEX documents_content_hash ON documents (content_hash);
CREATE INDEX documents_canonical_url ON documents (canonical_url);
CREATE INDEX documents_status_lang ON documents (status, lang);
CREATE INDEX documents_published_at ON documents (published_at)"""

_REPORTS = """
CREATE TABLE reports (
    seq {serial},
    id TEXT NOT NULL UNIQUE,
    document_id TEXT NOT NULL REFERENCES documents(id),
    position INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    ct_tags TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL,
    admin1 TEXT,
    admin1_code TEXT,
    location TEXT,
    latitude REAL,
    longitude REAL,
    geo_precision INTEGER NOT NULL,
    actor1 TEXT,
    actor2 TEXT,
    fatalities INTEGER,
    event_date {date},
    date_precision INTEGER,
    background {bool} NOT NULL,
    confidence REAL NOT NULL,
    evidence TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'machine',
    created_at {ts} NOT NULL
);
CREATE INDEX reports_country_date ON reports (country, event_date);
CREATE INDEX reports_type_date ON reports (event_type, event_date);
CREATE INDEX reports_document ON reports (document_id);
ALTER TABLE documents ADD COLUMN notes TEXT"""

# Events: real-world incidents, each consolidated from one or more reports (reports.event_id).
_EVENTS = """
CREATE TABLE events (
    seq {serial},
    id TEXT NOT NULL UNIQUE,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    ct_tags TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL,
    admin1 TEXT,
    admin1_code TEXT,
    admin2 TEXT,
    location TEXT,
    latitude REAL,
    longitude REAL,
    geo_precision INTEGER NOT NULL,
    actor1 TEXT,
    actor2 TEXT,
    fatalities INTEGER,
    event_date {date},
    date_precision INTEGER,
    background {bool} NOT NULL,
    confidence REAL NOT NULL,
    status TEXT NOT NULL DEFAULT 'machine',
    tlp TEXT NOT NULL DEFAULT 'TLP:CLEAR',
    report_count INTEGER NOT NULL DEFAULT 1,
    source_count INTEGER NOT NULL DEFAULT 1,
    merge_reasons TEXT NOT NULL DEFAULT '[]',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {ts} NOT NULL,
    updated_at {ts} NOT NULL
);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_country_date ON events (country, event_date);
CREATE INDEX events_admin1_date ON events (admin1_code, event_date);
CREATE INDEX events_type_date ON events (event_type, event_date);
CREATE INDEX events_sub_type_date ON events (sub_event_type, event_date);
CREATE INDEX events_actor1 ON events (actor1);
CREATE INDEX events_actor2 ON events (actor2);
CREATE INDEX events_status ON events (status);
CREATE INDEX events_lat_lon ON events (latitude, longitude);
ALTER TABLE reports ADD COLUMN event_id TEXT REFERENCES events(id);
CREATE INDEX reports_event ON reports (event_id);
CREATE TABLE event_history (
    seq {serial},
    event_id TEXT NOT NULL REFERENCES events(id),
    version INTEGER NOT NULL,
    changed_at {ts} NOT NULL,
    changed_by TEXT NOT NULL,
    change TEXT NOT NULL
);
CREATE INDEX event_history_event ON event_history (event_id, version);
CREATE TABLE event_splits (
    report_a TEXT NOT NULL REFERENCES reports(id),
    report_b TEXT NOT NULL REFERENCES reports(id),
    split_at {ts} NOT NULL,
    split_by TEXT NOT NULL,
    PRIMARY KEY (report_a, report_b)
)"""

# Collection: how and when each source is polled, its health, and the items seen in it (so that a
# poll is idempotent and an article revised after its first fetch is noticed).
_COLLECTION = """
ALTER TABLE sources ADD COLUMN link_pattern TEXT;
ALTER TABLE sources ADD COLUMN poll_minutes INTEGER NOT NULL DEFAULT 60;
ALTER TABLE sources ADD COLUMN verified {bool} NOT NULL DEFAULT {false};
ALTER TABLE sources ADD COLUMN etag TEXT;
ALTER TABLE sources ADD COLUMN last_modified TEXT;
ALTER TABLE sources ADD COLUMN last_fetch_at {ts};
ALTER TABLE sources ADD COLUMN last_success_at {ts};
ALTER TABLE sources ADD COLUMN last_error TEXT;
ALTER TABLE sources ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN next_due_at {ts};
ALTER TABLE sources ADD COLUMN notes TEXT;
CREATE UNIQUE INDEX sources_name ON sources (name);
CREATE INDEX sources_due ON sources (enabled, next_due_at);
CREATE INDEX documents_source ON documents (source_id);
CREATE TABLE source_items (
    source_id TEXT NOT NULL REFERENCES sources(id),
    url TEXT NOT NULL,
    stamp TEXT,
    content_hash TEXT,
    document_id TEXT REFERENCES documents(id),
    versions INTEGER NOT NULL DEFAULT 1,
    first_seen_at {ts} NOT NULL,
    last_seen_at {ts} NOT NULL,
    PRIMARY KEY (source_id, url)
)"""

# Users, sessions and API tokens (sahelwatch/store/users.py); indexes for the web's event lists and statistics.
_USERS = """
CREATE TABLE users (
    id {serial},
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    lang TEXT,
    disabled {bool} NOT NULL DEFAULT {false},
    created_at {ts} NOT NULL,
    updated_at {ts} NOT NULL
);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at {ts} NOT NULL,
    expires_at {ts} NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE TABLE api_tokens (
    id {serial},
    token_hash TEXT NOT NULL UNIQUE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    created_at {ts} NOT NULL,
    last_used_at {ts},
    revoked {bool} NOT NULL DEFAULT {false}
);
CREATE INDEX events_fatalities ON events (fatalities);
CREATE INDEX events_updated ON events (updated_at);
CREATE INDEX events_live_date ON events (event_date, country, admin1_code, event_type, fatalities, merged_into)
    WHERE merged_into IS NULL;
CREATE INDEX events_live_country ON events (country, event_date, admin1_code, event_type, fatalities, merged_into)
    WHERE merged_into IS NULL;
CREATE INDEX events_live_actors ON events (event_date, actor1, actor2, fatalities, merged_into)
    WHERE merged_into IS NULL"""

# Reference data: events imported from datasets (their origin, e.g. "UCDP GED"), country-month series.
_REFERENCE = """
ALTER TABLE events ADD COLUMN origin TEXT NOT NULL DEFAULT 'extracted';
CREATE INDEX events_origin ON events (origin);
CREATE TABLE country_months (
    country TEXT NOT NULL,
    month {date} NOT NULL,
    source TEXT NOT NULL,
    state_based REAL NOT NULL,
    non_state REAL NOT NULL,
    one_sided REAL NOT NULL,
    PRIMARY KEY (country, month, source)
)"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "0001_sources_documents",
        sqlite=_SOURCES.format(bool="INTEGER", true="1", ts="TEXT") + ";\n"
        + "CREATE TABLE documents (\n    seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        + _DOCUMENT_COLUMNS.format(ts="TEXT", blob="BLOB") + "\n);\n" + _INDEXES + ";\n"
        + "CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')",
        postgresql=_SOURCES.format(bool="BOOLEAN", true="TRUE", ts="TIMESTAMPTZ") + ";\n"
        + "CREATE TABLE documents (\n    seq BIGSERIAL PRIMARY KEY,"
        + _DOCUMENT_COLUMNS.format(ts="TIMESTAMPTZ", blob="BYTEA") + ",\n    search TSVECTOR\n);\n"
        + _INDEXES + ";\n" + "CREATE INDEX documents_search ON documents USING GIN (search)",
    ),
    Migration(
        "0002_reports",
        sqlite=_REPORTS.format(serial="INTEGER PRIMARY KEY AUTOINCREMENT", date="TEXT", bool="INTEGER", ts="TEXT"),
        postgresql=_REPORTS.format(serial="BIGSERIAL PRIMARY KEY", date="DATE", bool="BOOLEAN", ts="TIMESTAMPTZ"),
    ),
    Migration(
        "0003_events",
        sqlite=_EVENTS.format(serial="INTEGER PRIMARY KEY AUTOINCREMENT", date="TEXT", bool="INTEGER", ts="TEXT"),
        postgresql=_EVENTS.format(serial="BIGSERIAL PRIMARY KEY", date="DATE", bool="BOOLEAN", ts="TIMESTAMPTZ"),
    ),
    Migration(
        "0004_collection",
        sqlite=_COLLECTION.format(bool="INTEGER", false="0", ts="TEXT"),
        postgresql=_COLLECTION.format(bool="BOOLEAN", false="FALSE", ts="TIMESTAMPTZ"),
    ),
    # Consolidation: an event whose reports all joined other events stays as a tombstone pointing to one.
    Migration(
        "0005_consolidation",
        sqlite="ALTER TABLE events ADD COLUMN merged_into TEXT",
        postgresql="ALTER TABLE events ADD COLUMN merged_into TEXT",
    ),
    Migration(
        "0006_users",
        sqlite=_USERS.format(serial="INTEGER PRIMARY KEY AUTOINCREMENT", bool="INTEGER", false="0", ts="TEXT"),
        postgresql=_USERS.format(serial="BIGSERIAL PRIMARY KEY", bool="BOOLEAN", false="FALSE", ts="TIMESTAMPTZ"),
    ),
    Migration("0007_reference", sqlite=_REFERENCE.format(date="TEXT"), postgresql=_REFERENCE.format(date="DATE")),
)

_LEDGER = "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
