"""``sahelwatch events`` and ``sahelwatch consolidate``: consolidated events, their reports, splits."""

from __future__ import annotations

import datetime as dt
import getpass
from typing import Annotated, Any, Optional

import typer
from rich.table import Table
from rich.text import Text

from sahelwatch.cli.base import app, out, print_json

events_app = typer.Typer(help="List, show and split consolidated events.", no_args_is_help=True)
app.add_typer(events_app, name="events")

_FIELDS = ("id", "status", "event_type", "sub_event_type", "ct_tags", "event_date", "date_precision", "country",
           "admin1_code", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "actor1", "actor2",
           "fatalities", "background", "confidence", "report_count", "source_count", "tlp", "version")


def _date(value: Optional[str], option: str) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD", param_hint=option) from None


def _check_type(event_type: Optional[str]) -> None:
    from sahelwatch.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES

    known = set(EVENT_TYPES) | set(SUB_EVENT_TYPES)
    if event_type and event_type not in known:
        raise typer.BadParameter(f"unknown event type {event_type!r}; known: {', '.join(sorted(known))}",
                                 param_hint="--type")


@events_app.command("list")
def list_events(
    ctx: typer.Context,
    country: Annotated[Optional[str], typer.Option("--country", help="ISO 3166-1 alpha-2 code, e.g. ML.")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Events on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Events on or before this date (YYYY-MM-DD).")] = None,
    event_type: Annotated[Optional[str], typer.Option("--type", help="Event type or sub-event type (ACLED names).")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=10_000, help="Most events shown.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """List consolidated events (one per real incident), newest first."""
    _check_type(event_type)
    events = ctx.obj.store().events(country, _date(since, "--since"), _date(until, "--until"), event_type, limit)
    if as_json:
        print_json(events)
        return
    table = Table("id", "date", "country", "admin1", "location", "type", "actor1", "actor2", "deaths", "sources")
    for e in events:
        table.add_row(e["id"], e["event_date"] or "?", e["country"], e["admin1"] or "", e["location"] or "",
                      e["sub_event_type"] + (" (background)" if e["background"] else ""), e["actor1"] or "",
                      e["actor2"] or "", "" if e["fatalities"] is None else str(e["fatalities"]),
                      f"{e['source_count']} ({e['report_count']} reports)")
    out.print(table)
    out.print(f"{len(events)} event(s)")


def _evidence_lines(report: dict[str, Any]) -> list[Text]:
    lines = []
    for name, words in report["evidence_text"].items():
        line = Text(f"{name:>16}  ", style="dim")
        line.append(words.replace("\n", " "), style="bold")
        lines.append(line)
    return lines


def _show_text(event: dict[str, Any]) -> None:
    lines = Text()
    for name in _FIELDS:
        lines.append(f"{name:>16}  ", style="dim")
        lines.append(f"{event.get(name)}\n")
    if event.get("merged_into"):
        lines.append(f"{'merged_into':>16}  ", style="dim")
        lines.append(f"{event['merged_into']}\n")
    out.print(lines)
    for report in event["reports"]:
        head = Text(f"report {report['id']}", style="bold")
        head.append(f"  {report['source'] or '?'} · {report['lang'] or '?'} · {report['published_at'] or '?'}"
                    f"{' · background' if report['background'] else ''}\n")
        head.append(f"  {report['document_id']}  {report['title'] or ''}  {report['url'] or ''}")
        out.print(head)
        for line in _evidence_lines(report):
            out.print(line)
    for reason in event["merge_reasons"]:
        out.print(Text(f"merged {' + '.join(reason['reports'])}: " + "; ".join(reason["criteria"].values()),
                       style="dim"))


@events_app.command("show")
def show_event(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(metavar="ID", help="Event id, as listed.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Show one event: its chosen fields, every report merged into it with its source and evidence, and why."""
    event = ctx.obj.store().get_event(event_id)
    if as_json:
        print_json(event)
    else:
        _show_text(event)


@events_app.command("split")
def split_event(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(metavar="EVENT_ID", help="The wrongly merged event.")],
    report_ids: Annotated[list[str], typer.Argument(metavar="REPORT_ID...", help="Reports to move to a new event.")],
    by: Annotated[Optional[str], typer.Option("--by", help="Analyst recorded with the split (default: login).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the two events' ids as JSON.")] = False,
) -> None:
    """Split reports off an event into a new one; consolidation never merges them back."""
    new_id = ctx.obj.store().split_event(event_id, report_ids, by or getpass.getuser())
    if as_json:
        print_json({"event": event_id, "new_event": new_id})
    else:
        out.print(f"Split {len(report_ids)} report(s) of {event_id}; new event {new_id}")


@events_app.command("history")
def event_history(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(metavar="EVENT_ID", help="Event id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Every version of an event: what changed, when, and by whom."""
    store = ctx.obj.store()
    store.get_event(event_id)
    entries = store.event_history(event_id)
    if as_json:
        print_json(entries)
        return
    table = Table("version", "when", "by", "change")
    for entry in entries:
        table.add_row(str(entry["version"]), entry["changed_at"], entry["changed_by"], str(entry["change"]))
    out.print(table)


@app.command()
def consolidate(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Consolidate every event report again, from scratch (deterministic; analysts' splits are kept)."""
    from sahelwatch.consolidate.criteria import MergeRules

    options = ctx.obj
    summary = options.store().consolidate(MergeRules.from_config(options.config()), full=True)
    if as_json:
        print_json(summary.as_dict())
        return
    out.print(", ".join(f"{value} {name}" for name, value in summary.as_dict().items()))
