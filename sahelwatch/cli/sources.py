"""``sahelwatch sources``: add, list, show, edit, enable, disable, remove and test news sources."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated, Any, Optional

import typer
from rich.table import Table

from sahelwatch.cli.base import app, out, print_json
from sahelwatch.errors import SahelWatchError, SourceError
from sahelwatch.ingest.collect import check_source
from sahelwatch.ingest.fetch import Fetcher, FetchOptions
from sahelwatch.ingest.sources import catalogue, define_source, edited

sources_app = typer.Typer(help="Manage the news sources that `sahelwatch run` polls.", no_args_is_help=True)
app.add_typer(sources_app, name="sources")

KindOption = Annotated[Optional[str], typer.Option("--type", "-t", help="rss, atom, sitemap, page or folder.")]
UrlOption = Annotated[Optional[str], typer.Option("--url", help="Feed, sitemap or listing page URL; folder path.")]
LangOption = Annotated[Optional[str], typer.Option("--lang", help="Language hint: ar, fr or en.")]
CountryOption = Annotated[Optional[str], typer.Option("--country", help="Country focus, ISO code (e.g. ML).")]
PollOption = Annotated[Optional[int], typer.Option("--poll-minutes", help="Poll interval in minutes.")]
GradeOption = Annotated[Optional[str], typer.Option("--reliability", help="Admiralty grade A-F (F: cannot be judged).")]
PatternOption = Annotated[Optional[str], typer.Option("--link-pattern", help="Page sources: regular expression "
                                                                              "that article URLs match.")]
NotesOption = Annotated[Optional[str], typer.Option("--notes", help="Free notes about the source.")]


class SourceTestFailed(SahelWatchError):
    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"source {name!r} test failed: {reason}; fix the URL with `sahelwatch sources edit "
                         f"{name} --url ...` or check the network/proxy (setting http_proxy)")


@sources_app.command("add")
def add(
    ctx: typer.Context,
    name: Annotated[Optional[str], typer.Argument(help="Short name, e.g. rfi-afrique.")] = None,
    kind: KindOption = None, url: UrlOption = None, lang: LangOption = None, country: CountryOption = None,
    poll_minutes: PollOption = None, reliability: GradeOption = None, link_pattern: PatternOption = None,
    notes: NotesOption = None,
    enable: Annotated[bool, typer.Option("--enable", help="Enable it now (default: added disabled).")] = False,
    from_catalogue: Annotated[bool, typer.Option("--from-catalogue", help="Add every source of the shipped "
                                                 "catalogue (or only NAME), disabled and unverified.")] = False,
) -> None:
    """Add a source, or the shipped starter catalogue with --from-catalogue."""
    options = ctx.obj
    store = options.store()
    if from_catalogue:
        chosen = [s for s in catalogue() if name is None or s.name == name]
        if not chosen:
            raise SourceError(name or "", "not in the catalogue; see sahelwatch/data/sources.toml")
        added = sum(store.add_source(s) for s in chosen)
        out.print(f"Added {added} source(s) from the catalogue ({len(chosen) - added} already present); all are "
                  "disabled and unverified: `sahelwatch sources test NAME`, then `sahelwatch sources enable NAME`.")
        return
    if not (name and kind and url):
        raise SourceError(name or "", "give NAME, --type and --url (or --from-catalogue)")
    source = define_source(name, kind, url, lang=lang, country=country, reliability=reliability,
                           poll_minutes=poll_minutes or options.config().poll_minutes, link_pattern=link_pattern,
                           notes=notes, enabled=enable)
    if not store.add_source(source):
        raise SourceError(name, "a source of that name exists; change it with `sahelwatch sources edit`")
    out.print(f"Added source {name} ({source.kind}, {'enabled' if enable else 'disabled'}).")


@sources_app.command("edit")
def edit(
    ctx: typer.Context, name: Annotated[str, typer.Argument(help="Source name.")],
    kind: KindOption = None, url: UrlOption = None, lang: LangOption = None, country: CountryOption = None,
    poll_minutes: PollOption = None, reliability: GradeOption = None, link_pattern: PatternOption = None,
    notes: NotesOption = None,
) -> None:
    """Change a source's type, URL, language, country, poll interval, reliability, link pattern or notes."""
    store = ctx.obj.store()
    changes = {"kind": kind, "url": url, "lang": lang, "country": country.upper() if country else None,
               "poll_minutes": poll_minutes, "reliability": reliability.upper() if reliability else None,
               "link_pattern": link_pattern, "notes": notes}
    changes = {k: v for k, v in changes.items() if v is not None}
    edited(store.get_source(name), changes)
    store.update_source(name, **changes)
    out.print(f"Updated {name}: {', '.join(changes) or 'nothing to change'}.")


def _set_enabled(ctx: typer.Context, name: str, enabled: bool) -> None:
    ctx.obj.store().update_source(name, enabled=enabled)
    out.print(f"{name} {'enabled' if enabled else 'disabled'}.")


@sources_app.command("enable")
def enable_source(ctx: typer.Context, name: Annotated[str, typer.Argument(help="Source name.")]) -> None:
    """Enable a source: `sahelwatch run` polls it when due."""
    _set_enabled(ctx, name, True)


@sources_app.command("disable")
def disable_source(ctx: typer.Context, name: Annotated[str, typer.Argument(help="Source name.")]) -> None:
    """Disable a source: it is no longer polled; its documents stay."""
    _set_enabled(ctx, name, False)


@sources_app.command("remove")
def remove(
    ctx: typer.Context, name: Annotated[str, typer.Argument(help="Source name.")],
    force: Annotated[bool, typer.Option("--force", help="Remove it even if documents came from it "
                                                        "(they are kept, detached from the source).")] = False,
) -> None:
    """Remove a source (refused while documents came from it, unless --force)."""
    store = ctx.obj.store()
    store.get_source(name)
    documents = store.source_counts(name)["documents"]
    if documents and not force:
        raise SourceError(name, f"{documents} stored document(s) came from it; disable it instead "
                                f"(`sahelwatch sources disable {name}`) or use --force to detach them")
    store.remove_source(name, detach_documents=force)
    out.print(f"Removed {name}.")


def _when(value: Optional[datetime]) -> str:
    if value is None:
        return "never"
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M")


@sources_app.command("list")
def list_sources(
    ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """List sources with their health: last fetch, last success, failures and last error."""
    sources = ctx.obj.store().sources()
    if as_json:
        print_json([s.as_dict() for s in sources])
        return
    table = Table("name", "type", "lang", "country", "grade", "state", "last fetch", "last success", "failures",
                  "last error", title=f"{len(sources)} source(s)")
    for s in sources:
        state = ("[green]enabled[/]" if s.enabled else "disabled") + ("" if s.verified else ", unverified")
        table.add_row(s.name, s.kind, s.lang or "", s.country or "", s.reliability, state, _when(s.last_fetch_at),
                      _when(s.last_success_at), str(s.failures) if s.failures else "",
                      (s.last_error or "")[:80])
    out.print(table)


@sources_app.command("show")
def show(
    ctx: typer.Context, name: Annotated[str, typer.Argument(help="Source name.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Show everything about one source, with counts of items seen, revisions and documents."""
    store = ctx.obj.store()
    record: dict[str, Any] = {**store.get_source(name).as_dict(), **store.source_counts(name)}
    if as_json:
        print_json(record)
        return
    table = Table(show_header=False, title=name)
    for key, value in record.items():
        table.add_row(key, _when(value) if isinstance(value, datetime) else ("" if value is None else str(value)))
    out.print(table)


@sources_app.command("test")
def test(
    ctx: typer.Context, name: Annotated[str, typer.Argument(help="Source name.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Fetch a source once and report what happened: robots.txt, HTTP status, items found, errors."""
    config = ctx.obj.config()
    store = ctx.obj.store()
    source = store.get_source(name)
    fetcher = Fetcher(FetchOptions.from_config(config))
    try:
        check = check_source(source, fetcher, config.fetch_max_bytes)
    finally:
        fetcher.close()
    store.record_test_fetch(source, check.error)
    if as_json:
        print_json({**{k: getattr(check, k) for k in ("source", "url", "robots", "status", "items_found", "error")},
                    "ok": check.ok, "seconds": round(check.seconds, 2),
                    "sample": [{"url": i.url, "title": i.title} for i in check.sample]})
    else:
        out.print(f"source:      {check.source} ({source.kind}) {check.url}")
        if check.robots:
            out.print(f"robots.txt:  {check.robots}")
        out.print(f"HTTP status: {check.status if check.status is not None else '-'}")
        out.print(f"items found: {check.items_found}")
        for item in check.sample:
            out.print(f"  - {item.title or ''} {item.url}", markup=False)
        out.print(f"result:      {'OK, source marked verified' if check.ok else 'FAILED: ' + check.error}",
                  markup=False)
    if not check.ok:
        raise SourceTestFailed(name, check.error)
