"""``sahelwatch documents``: full-text search with highlighted snippets, and one document in full."""

from __future__ import annotations

from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from sahelwatch.cli.base import documents_app, out, print_json
from sahelwatch.text.langid import SUPPORTED


def _segments_text(segments) -> Text:
    rendered = Text()
    for fragment, highlighted in segments:
        rendered.append(fragment, style="bold reverse" if highlighted else None)
    return rendered


@documents_app.command("search")
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="Words to find (all of them; 'a OR b' for either).")],
    lang: Annotated[Optional[str], typer.Option("--lang", help="Only documents in this language: ar, fr or en.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=500, help="Most results shown.")] = 20,
    duplicates: Annotated[bool, typer.Option("--duplicates", help="Include linked duplicates.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print results as JSON.")] = False,
) -> None:
    """Search stored documents in Arabic, French and English; spelling variants and diacritics are folded."""
    if lang is not None and lang not in SUPPORTED:
        raise typer.BadParameter(f"unknown language {lang!r}; known: {', '.join(SUPPORTED)}", param_hint="--lang")
    hits = ctx.obj.store().search(query, lang=lang, limit=limit, include_duplicates=duplicates)
    if as_json:
        print_json([{
            "id": h.id, "title": h.title, "lang": h.lang, "published_at": h.published_at, "url": h.url,
            "rank": round(h.rank, 4), "snippet": "".join(f for f, _ in h.snippet),
            "highlights": [f for f, marked in h.snippet if marked],
        } for h in hits])
        return
    if not hits:
        out.print(f"No document matches {escape(query)!r}.")
        return
    for hit in hits:
        heading = Text(f"{hit.id}  [{hit.lang or '?'}]  ")
        heading.append(hit.title or "(no title)", style="bold")
        if hit.published_at:
            heading.append(f"  {hit.published_at:%Y-%m-%d}")
        out.print(heading)
        out.print(_segments_text(hit.snippet))
        out.print()


@documents_app.command("show")
def show(
    ctx: typer.Context,
    doc_id: Annotated[str, typer.Argument(metavar="ID", help="Document id, as shown by search.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the document as JSON.")] = False,
) -> None:
    """Show one document: its metadata, status and full text."""
    record = ctx.obj.store().get_document(doc_id)
    if as_json:
        print_json(record)
        return
    fields = ("id", "status", "duplicate_of", "similarity", "reject_reason", "reject_detail", "lang",
              "lang_confidence", "title", "author", "site", "url", "published_at", "ingested_at", "origin")
    lines = Text()
    for name in fields:
        if record.get(name) is not None:
            lines.append(f"{name:>16}  ", style="dim")
            lines.append(f"{record[name]}\n")
    out.print(lines)
    if record["text"]:
        out.print(Panel(Text(record["text"]), title="text"))
