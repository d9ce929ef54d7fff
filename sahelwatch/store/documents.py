"""Document queries: insert, fetch, fingerprints for de-duplication, full-text search."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

from sahelwatch.model import Document
from sahelwatch.store import reports as _reports
from sahelwatch.text.search import Query, Segment, index_text, snippet

COLUMNS = ("id", "source_id", "origin", "external_id", "url", "canonical_url", "title", "author", "site",
           "published_at", "ingested_at", "lang", "lang_confidence", "text", "content_hash", "minhash",
           "status", "duplicate_of", "similarity", "reject_reason", "reject_detail", "size_bytes", "kind", "notes")
_TIMES = ("published_at", "ingested_at")


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    title: str | None
    lang: str | None
    published_at: datetime | None
    url: str | None
    rank: float
    snippet: list[Segment]


def _row(doc: Document, dialect: str) -> dict[str, Any]:
    values = {name: getattr(doc, name, None) for name in COLUMNS}
    for name, value in values.items():
        if isinstance(value, str) and "\x00" in value:
            values[name] = value.replace("\x00", "")  # PostgreSQL text cannot hold NUL; readers drop it too
    values["ingested_at"] = datetime.now(timezone.utc)
    values["notes"] = "\n".join(doc.notes) or None
    if dialect == "sqlite":
        for name in _TIMES:
            values[name] = values[name].isoformat() if values[name] else None
    return values


def insert(conn: Connection, dialect: str, doc: Document) -> bool:
    """Insert ``doc`` and its event reports unless its id is stored already; index its text. True if it was new."""
    values = _row(doc, dialect)
    names = ", ".join(COLUMNS)
    params = ", ".join(f":{n}" for n in COLUMNS)
    searchable = doc.status in ("ok", "duplicate", "near_duplicate")
    if dialect == "postgresql":
        values["search_title"] = index_text(doc.title) if searchable else ""
        values["search_body"] = index_text(doc.text) if searchable else ""
        result = conn.execute(text(
            f"INSERT INTO documents ({names}, search) VALUES ({params}, "
            "setweight(to_tsvector('simple', :search_title), 'A') || to_tsvector('simple', :search_body)) "
            "ON CONFLICT (id) DO NOTHING RETURNING seq"), values)
        inserted = result.first() is not None
    else:
        seq = conn.execute(text(f"INSERT INTO documents ({names}) VALUES ({params}) "
                                "ON CONFLICT (id) DO NOTHING RETURNING seq"), values).scalar()
        inserted = seq is not None
        if inserted and searchable:
            conn.execute(text("INSERT INTO documents_fts (rowid, title, body) VALUES (:seq, :title, :body)"),
                         {"seq": seq, "title": index_text(doc.title), "body": index_text(doc.text)})
    if inserted:
        _reports.insert(conn, dialect, doc.id, doc.events)
    return inserted


def stored_ids(conn: Connection, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    statement = text("SELECT id FROM documents WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        found.update(r[0] for r in conn.execute(statement, {"ids": ids[start:start + 500]}))
    return found


def _from_db(row: Any) -> dict[str, Any]:
    record = dict(row._mapping)
    for name in _TIMES:
        value = record.get(name)
        if isinstance(value, str):
            record[name] = datetime.fromisoformat(value)
    record.pop("minhash", None)
    record.pop("search", None)
    return record


def get(conn: Connection, doc_id: str) -> dict[str, Any] | None:
    row = conn.execute(text(f"SELECT {', '.join(COLUMNS)} FROM documents WHERE id = :id"), {"id": doc_id}).first()
    return _from_db(row) if row else None


def fingerprints(conn: Connection, limit: int):
    """The ``limit`` most recently stored originals' fingerprints, oldest first."""
    rows = conn.execute(text("SELECT id, content_hash, minhash FROM documents "
                             "WHERE status = 'ok' AND content_hash IS NOT NULL ORDER BY seq DESC LIMIT :limit"),
                        {"limit": limit}).all()
    for doc_id, digest, packed in reversed(rows):
        yield doc_id, digest, bytes(packed) if packed is not None else None


def original_with_hash(conn: Connection, digest: str) -> str | None:
    """The first stored original document whose folded text has this hash."""
    return conn.execute(text("SELECT id FROM documents WHERE content_hash = :digest AND status = 'ok' "
                             "ORDER BY seq LIMIT 1"), {"digest": digest}).scalar()


def search(conn: Connection, dialect: str, query_text: str, lang: str | None, limit: int,
           include_duplicates: bool) -> list[SearchHit]:
    query = Query.parse(query_text)
    if not query.groups:
        return []
    statuses = ["ok", "duplicate", "near_duplicate"] if include_duplicates else ["ok"]
    params: dict[str, Any] = {"statuses": statuses, "limit": max(1, min(limit, 500))}
    lang_filter = ""
    if lang:
        lang_filter = "AND d.lang = :lang"
        params["lang"] = lang
    columns = "d.id, d.title, d.lang, d.published_at, d.url, d.text"
    if dialect == "postgresql":
        params["q"] = query.tsquery()
        sql = (f"SELECT {columns}, ts_rank(d.search, to_tsquery('simple', :q)) AS rank FROM documents d "
               f"WHERE d.search @@ to_tsquery('simple', :q) AND d.status IN :statuses {lang_filter} "
               "ORDER BY rank DESC, d.seq LIMIT :limit")
    else:
        params["q"] = query.fts5()
        sql = (f"SELECT {columns}, -bm25(documents_fts, 3.0, 1.0) AS rank FROM documents_fts "
               "JOIN documents d ON d.seq = documents_fts.rowid "
               f"WHERE documents_fts MATCH :q AND d.status IN :statuses {lang_filter} "
               "ORDER BY rank DESC, d.seq LIMIT :limit")
    statement = text(sql).bindparams(bindparam("statuses", expanding=True))
    hits = []
    for row in conn.execute(statement, params):
        record = _from_db(row)
        hits.append(SearchHit(record["id"], record["title"], record["lang"], record["published_at"],
                              record["url"], float(record["rank"]), snippet(record["text"], query)))
    return hits


def summary(conn: Connection) -> dict[str, Any]:
    """Counts of documents by status, by language, and of rejections by reason."""
    def counts(sql: str) -> dict[str, int]:
        return {str(k): int(v) for k, v in conn.execute(text(sql))}
    return {
        "by_status": counts("SELECT status, COUNT(*) FROM documents GROUP BY status ORDER BY status"),
        "by_lang": counts("SELECT COALESCE(lang, 'none'), COUNT(*) FROM documents WHERE status <> 'rejected' "
                          "GROUP BY COALESCE(lang, 'none') ORDER BY 1"),
        "rejected_by_reason": counts("SELECT reject_reason, COUNT(*) FROM documents WHERE status = 'rejected' "
                                     "GROUP BY reject_reason ORDER BY reject_reason"),
    }
