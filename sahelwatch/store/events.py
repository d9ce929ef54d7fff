"""Consolidated events in the store: consolidation runs, listing, one event with its reports, splits.

Events are written by ``consolidate`` (incremental: the reports not yet in an event, the stored
events keeping the merge reasons of earlier runs; full: every report again, reasons recomputed,
``sahelwatch consolidate``) and by ``split``. Every change bumps the
event's version and adds a line to ``event_history``. An event whose reports all moved to
other events is kept as a tombstone (status ``merged``, ``merged_into`` the event that holds
its first report) so its id and history stay readable; listings leave tombstones out.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from sahelwatch.consolidate.criteria import MAX_SLACK_DAYS, UNDATED_SLACK_DAYS, MergeRules
from sahelwatch.consolidate.events import ConsolidatedEvent, consolidate as group_reports, split_event
from sahelwatch.store import event_rows as _rows

FIELD_COLUMNS = _rows.FIELD_COLUMNS


@dataclass(frozen=True, slots=True)
class ConsolidationSummary:
    reports: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"reports": self.reports, "created": self.created, "updated": self.updated,
                "unchanged": self.unchanged, "retired": self.retired}


def _margin(rules: MergeRules) -> dt.timedelta:
    return dt.timedelta(days=rules.window_days + 2 * MAX_SLACK_DAYS + UNDATED_SLACK_DAYS + 1)


def _day(report: Any) -> dt.date | None:
    return report.event_date or (report.published_at.date() if report.published_at else None)


def _windows(pending: list[Any], margin: dt.timedelta) -> list[tuple[str, dt.date, dt.date]]:
    """(country, first day, last day) around each pending report's date, overlapping ones joined."""
    spans = sorted((r.country, _day(r) - margin, _day(r) + margin) for r in pending if _day(r) is not None)
    joined: list[tuple[str, dt.date, dt.date]] = []
    for country, lo, hi in spans:
        if joined and joined[-1][0] == country and lo <= joined[-1][2]:
            joined[-1] = (country, joined[-1][1], max(hi, joined[-1][2]))
        else:
            joined.append((country, lo, hi))
    return joined


# Two index ranges (country and date; publication date for undated reports), not a scan of the country.
_NEAR_EVENTS = (
    "SELECT r.event_id FROM reports r WHERE r.country = :country AND r.event_date BETWEEN :lo AND :hi "
    "AND r.event_id IS NOT NULL "
    "UNION SELECT r.event_id FROM documents d JOIN reports r ON r.document_id = d.id "
    "WHERE d.published_at BETWEEN :lo_ts AND :hi_ts AND r.country = :country AND r.event_date IS NULL "
    "AND r.event_id IS NOT NULL")


def _neighbourhood(conn: Connection, pending: list[Any], rules: MergeRules) -> list[Any]:
    """The reports already in events that pending reports could join: same country, a date near one of theirs.

    Each pending report brings its own window, so a poll with a report of last week and one
    recalling an attack of five years ago loads the events of two weeks, not of five years."""
    events: set[str] = set()
    for country, lo, hi in _windows(pending, _margin(rules)):
        params = {"country": country, **_rows.date_params(conn, lo, hi)}
        events.update(row[0] for row in conn.execute(text(_NEAR_EVENTS), params))
    if not events:
        return []
    return _rows.load_reports(conn, "r.event_id IN :events", {"events": sorted(events)}, expanding="events")


def consolidate(conn: Connection, rules: MergeRules, full: bool = False, by: str = "consolidation"
                ) -> ConsolidationSummary:
    """Put reports into events: the pending ones (incremental), or every report again (``full``)."""
    splits = _rows.split_pairs(conn)
    if full:
        reports = _rows.load_reports(conn, "1 = 1", {})
        existing: dict[str, str] = {}
        involved = _rows.stored_events(conn, None)
        recorded: dict[str, list[dict]] = {}
    else:
        pending = _rows.load_reports(conn, "r.event_id IS NULL", {})
        if not pending:
            return ConsolidationSummary()
        reports = pending + _neighbourhood(conn, pending, rules)
        existing = {r.id: r.event_id for r in reports if r.event_id}
        involved = _rows.stored_events(conn, sorted(set(existing.values())))
        recorded = {ident: json.loads(row["merge_reasons"]) for ident, row in involved.items()}
    events = group_reports(reports, rules, splits, existing, recorded)
    return _write(conn, events, {r.id: r for r in reports}, involved, by, len(reports))


def _write(conn: Connection, events: list[ConsolidatedEvent], reports: dict[str, Any],
           stored: dict[str, dict[str, Any]], by: str, count: int) -> ConsolidationSummary:
    created = updated = unchanged = 0
    members_before = _rows.members(conn, sorted(stored))
    kept = set()
    for event in events:
        kept.add(event.id)
        before = members_before.get(event.id, [])
        change = _rows.change(stored.get(event.id), before, event)
        if event.id not in stored:
            created += 1
            _rows.insert_event(conn, event, by, change)
        elif change:
            updated += 1
            _rows.update_event(conn, event, stored[event.id], by, change)
        else:
            unchanged += 1
    holder = {rid: e.id for e in events for rid in e.report_ids}
    retired = 0
    for ident, row in stored.items():
        if ident not in kept and row["status"] != "merged":
            first = members_before.get(ident, [None])[0]
            _rows.retire_event(conn, ident, row, holder.get(first), by)
            retired += 1
    _rows.assign(conn, {rid: eid for rid, eid in holder.items() if reports[rid].event_id != eid})
    return ConsolidationSummary(count, created, updated, unchanged, retired)


def split(conn: Connection, event_id: str, report_ids: list[str], by: str) -> str:
    """Move ``report_ids`` out of ``event_id``; record the split; return the id of the new event."""
    stored = _rows.stored_events(conn, [event_id])
    reports = _rows.load_reports(conn, "r.event_id = :event", {"event": event_id})
    reasons = json.loads(stored[event_id]["merge_reasons"]) if event_id in stored else []
    kept, moved = split_event(event_id, reports, report_ids, reasons, stored.get(event_id))
    _rows.add_splits(conn, [(a, b) for a in moved.report_ids for b in kept.report_ids], by)
    members = {event_id: [r.id for r in reports]}
    for part, peer in ((kept, moved), (moved, kept)):
        change = _rows.change(stored.get(part.id), members.get(part.id, []), part) or {}
        change |= {"action": "split", "split_from" if part.id != event_id else "split_off": peer.id}
        if part.id == event_id:
            _rows.update_event(conn, part, stored[event_id], by, change)
        else:
            _rows.upsert_split_part(conn, part, by, change)
    _rows.assign(conn, {rid: moved.id for rid in moved.report_ids})
    return moved.id


# -- reading ------------------------------------------------------------------------------------

_LIST_COLUMNS = ("id", *FIELD_COLUMNS, "status", "tlp", "version", "created_at", "updated_at")


def _event(row: Any) -> dict[str, Any]:
    record = dict(row._mapping)
    for name in ("event_date", "created_at", "updated_at"):
        value = record.get(name)
        record[name] = value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value
    record["ct_tags"] = [t for t in (record.get("ct_tags") or "").split(",") if t]
    record["background"] = bool(record["background"])
    if "merge_reasons" in record:
        record["merge_reasons"] = json.loads(record["merge_reasons"])
    return record


def list_events(conn: Connection, country: str | None = None, since: dt.date | None = None,
                until: dt.date | None = None, event_type: str | None = None, limit: int = 100
                ) -> list[dict[str, Any]]:
    clauses, params = ["status <> 'merged'"], {"limit": limit}
    if country:
        clauses.append("country = :country")
        params["country"] = country.upper()
    for name, value, op in (("since", since, ">="), ("until", until, "<=")):
        if value:
            clauses.append(f"event_date {op} :{name}")
            params[name] = value if conn.dialect.name == "postgresql" else value.isoformat()
    if event_type:
        clauses.append("(event_type = :type OR sub_event_type = :type)")
        params["type"] = event_type
    rows = conn.execute(text(f"SELECT {', '.join(_LIST_COLUMNS)} FROM events WHERE {' AND '.join(clauses)} "
                             "ORDER BY event_date DESC, seq DESC LIMIT :limit"), params)
    return [_event(r) for r in rows]


_MEMBER_SELECT = (
    "SELECT r.id, r.document_id, r.position, r.event_type, r.sub_event_type, r.country, r.admin1, r.admin1_code, "
    "r.location, r.geo_precision, r.actor1, r.actor2, r.fatalities, r.event_date, r.date_precision, r.background, "
    "r.confidence, r.evidence, d.title, d.url, d.lang, d.published_at, d.text, "
    "COALESCE(s.name, d.site) AS source, s.reliability "
    "FROM reports r JOIN documents d ON d.id = r.document_id LEFT JOIN sources s ON s.id = d.source_id "
    "WHERE r.event_id = :id ORDER BY r.seq")


def _member(row: Any) -> dict[str, Any]:
    record = dict(row._mapping)
    body = record.pop("text") or ""
    record["evidence"] = {name: list(span) for name, span in json.loads(record["evidence"]).items()}
    record["evidence_text"] = {name: body[a:b] for name, (a, b) in record["evidence"].items()}
    for name in ("event_date", "published_at"):
        value = record.get(name)
        record[name] = value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value
    record["background"] = bool(record["background"])
    return record


def get_event(conn: Connection, event_id: str) -> dict[str, Any] | None:
    row = conn.execute(text(f"SELECT {', '.join(_LIST_COLUMNS)}, merge_reasons, merged_into FROM events "
                            "WHERE id = :id"), {"id": event_id}).first()
    if row is None:
        return None
    record = _event(row)
    record["reports"] = [_member(r) for r in conn.execute(text(_MEMBER_SELECT), {"id": event_id})]
    return record


def history(conn: Connection, event_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(text("SELECT version, changed_at, changed_by, change FROM event_history "
                             "WHERE event_id = :id ORDER BY seq"), {"id": event_id})
    return [{"version": v, "changed_at": at.isoformat() if isinstance(at, dt.datetime) else at, "changed_by": by,
             "change": json.loads(change)} for v, at, by, change in rows]


def report_event_ids(conn: Connection) -> dict[str, str]:
    """Every consolidated report's event id."""
    rows = conn.execute(text("SELECT id, event_id FROM reports WHERE event_id IS NOT NULL"))
    return {report: event for report, event in rows}
