"""``sahelwatch events``: list and show the events stored in the database."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Optional

import typer
from rich.table import Table
from rich.text import Text

from sahelwatch.cli.base import app, out, print_json

events_app = typer.Typer(help="List and show stored events.", no_args_is_help=True)
app.add_typer(events_app, name="events")


def _date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD") from None


@events_app.command("list")
def list_events(
    ctx: typer.Context,
    country: Annotated[Optional[str], typer.Option("--country", help="ISO 3166-1 alpha-2 code, e.g. ML.")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Events on or after this date (YYYY-MM-DD).")] = None,
    event_type: Annotated[Optional[str], typer.Option("--type", help="Event type or sub-event type (ACLED names).")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=10_000, help="Most events shown.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """List stored events, newest first."""
    if event_type:
        from sahelwatch.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES
        known = set(EVENT_TYPES) | set(SUB_EVENT_TYPES)
        if event_type not in known:
            raise typer.BadParameter(f"unknown event type {event_type!r}; known: {', '.join(sorted(known))}",
                                     param_hint="--type")
    events = ctx.obj.store().reports(country, _date(since), event_type, limit)
    if as_json:
        print_json(events)
        return
    table = Table("id", "date", "country", "admin1", "location", "type", "actor1", "actor2", "deaths")
    for e in events:
        table.add_row(e["id"], e["event_date"] or "?", e["country"], e["admin1"] or "", e["location"] or "",
                      e["sub_event_type"] + (" (background)" if e["background"] else ""), e["actor1"] or "",
                      e["actor2"] or "", "" if e["fatalities"] is None else str(e["fatalities"]))
    out.print(table)
    out.print(f"{len(events)} event(s)")


@events_app.command("show")
def show_event(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(metavar="ID", help="Event id, as listed.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Show one event: every field, and the evidence for each in its source text."""
    event = ctx.obj.store().get_report(event_id)
    text = event.pop("document_text")
    if as_json:
        event["evidence_text"] = {f: text[a:b] for f, (a, b) in event["evidence"].items()}
        print_json(event)
        return
    lines = Text()
    for name in ("id", "event_type", "sub_event_type", "ct_tags", "event_date", "date_precision", "country",
                 "admin1_code", "admin1", "location", "latitude", "longitude", "geo_precision", "actor1", "actor2",
                 "fatalities", "background", "confidence", "status", "document_id", "document_title", "document_url"):
        lines.append(f"{name:>16}  ", style="dim")
        lines.append(f"{event[name]}\n")
    out.print(lines)
    for name, (start, end) in event["evidence"].items():
        snippet = Text(f"{name:>16}  ", style="dim")
        snippet.append("…" + text[max(0, start - 60):start].replace("\n", " "))
        snippet.append(text[start:end], style="bold reverse")
        snippet.append(text[end:end + 60].replace("\n", " ") + "…")
        out.print(snippet)
