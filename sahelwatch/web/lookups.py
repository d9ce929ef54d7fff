"""Read-side lookups for documents and sources that the web shows (events are in ``store.queries``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import text

from sahelwatch.errors import NotFound
from sahelwatch.store.queries import report_record

_HIDDEN_SOURCE_COLUMNS = {"etag", "last_modified"}


def _plain(record: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v) for k, v in record.items()}


def document_detail(store: Any, document_id: str) -> dict[str, Any]:
    """The document (text and metadata) and the event reports found in it, each with its event id."""
    record = store.get_document(document_id)
    with store.transaction() as conn:
        rows = conn.execute(text(
            "SELECT r.*, e.event_type AS event_event_type, e.sub_event_type AS event_sub_event_type "
            "FROM reports r LEFT JOIN events e ON e.id = r.event_id WHERE r.document_id = :id ORDER BY r.position"),
            {"id": document_id})
        reports = [report_record(r) for r in rows]
    for report in reports:
        report.pop("seq", None)
        for name in ("created_at",):
            if isinstance(report.get(name), dt.datetime):
                report[name] = report[name].isoformat()
    document = _plain(record)
    document["reports"] = reports
    return document


def recent_documents(store: Any, limit: int = 30) -> list[dict[str, Any]]:
    with store.transaction() as conn:
        rows = conn.execute(text("SELECT id, title, lang, published_at, ingested_at, url, status FROM documents "
                                 "WHERE status = 'ok' ORDER BY seq DESC LIMIT :limit"), {"limit": limit})
        return [_plain(dict(r._mapping)) for r in rows]


def list_sources(store: Any) -> list[dict[str, Any]]:
    """Every source with its settings, health (last fetch, last error, failures) and document counts."""
    with store.transaction() as conn:
        counts = {row.source_id: dict(row._mapping) for row in conn.execute(text(
            "SELECT source_id, COUNT(*) AS documents, "
            "SUM(CASE WHEN status = 'rejected' THEN 1 ELSE 0 END) AS rejected, MAX(ingested_at) AS last_document_at "
            "FROM documents WHERE source_id IS NOT NULL GROUP BY source_id"))}
        sources = [dict(r._mapping) for r in conn.execute(text("SELECT * FROM sources ORDER BY name"))]
    found = []
    for source in sources:
        for hidden in _HIDDEN_SOURCE_COLUMNS:
            source.pop(hidden, None)
        stats = counts.get(source["id"], {})
        source["enabled"] = bool(source.get("enabled"))
        source["documents"] = int(stats.get("documents") or 0)
        source["rejected"] = int(stats.get("rejected") or 0)
        source["last_document_at"] = stats.get("last_document_at")
        source["health"] = source_health(source)
        found.append(_plain(source))
    return found


def source_health(source: dict[str, Any]) -> str:
    """ok, failing, disabled or unknown (never fetched)."""
    if not source.get("enabled"):
        return "disabled"
    if source.get("failures"):
        return "failing"
    if source.get("last_success_at") or source.get("documents"):
        return "ok"
    return "unknown"


def set_source_enabled(store: Any, source_id: str, enabled: bool) -> None:
    with store.transaction() as conn:
        changed = conn.execute(text("UPDATE sources SET enabled = :enabled WHERE id = :id"),
                               {"enabled": enabled, "id": source_id}).rowcount
    if not changed:
        raise NotFound("source", source_id)
