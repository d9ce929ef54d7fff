"""``sahelwatch ingest``: read files, folders, globs or JSONL on stdin into the database."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from sahelwatch.cli.base import app, err, out, print_json
from sahelwatch.errors import SahelWatchError
from sahelwatch.ingest.readers import count_inputs, read_paths, read_stdin
from sahelwatch.ingest.run import IngestSummary, ingest as run_ingest
from sahelwatch.pipeline import Context


class RejectedDocuments(SahelWatchError):
    def __init__(self, count: int) -> None:
        self.count = count
        super().__init__(f"{count} document(s) rejected and --strict is set; see the summary for the reasons")


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, folders, glob patterns, or - for JSON Lines on stdin.")],
    strict: Annotated[bool, typer.Option("--strict", help="Exit non-zero if any document is rejected.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read documents, clean them, identify their language, find duplicates, and store them."""
    options = ctx.obj
    config = options.config()
    store = options.store()
    context = Context(config, store=store)
    limit = config.max_document_bytes
    if paths == ["-"]:
        docs, total = read_stdin(limit), None
    else:
        docs, total = read_paths(paths, limit), count_inputs(paths)
    with Progress(SpinnerColumn(), TextColumn("[bold]Ingesting"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("documents"), TimeElapsedColumn(), console=err, disable=quiet,
                  transient=False) as progress:
        task = progress.add_task("ingest", total=total)
        summary = run_ingest(docs, store, context, on_document=lambda _doc: progress.advance(task))
    if as_json:
        print_json(summary.as_dict())
    else:
        show_summary(summary)
    if strict and summary.rejected:
        raise RejectedDocuments(summary.rejected)


def show_summary(summary: IngestSummary) -> None:
    table = Table(title="Ingest summary", show_header=False)
    table.add_row("documents read", str(summary.read))
    table.add_row("newly stored", str(summary.stored))
    table.add_row("already stored (skipped)", str(summary.already_stored))
    table.add_row("kept", str(summary.by_status["ok"]))
    table.add_row("exact duplicates (linked)", str(summary.by_status["duplicate"]))
    table.add_row("near-duplicates (linked)", str(summary.by_status["near_duplicate"]))
    table.add_row("rejected", str(summary.rejected))
    for reason, count in sorted(summary.rejected_by_reason.items()):
        table.add_row(f"  rejected: {reason}", str(count))
    if summary.events:
        table.add_row("events found", str(summary.events))
    out.print(table)
