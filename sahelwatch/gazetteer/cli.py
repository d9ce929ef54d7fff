"""Plain functions behind ``sahelwatch gazetteer build`` and ``sahelwatch gazetteer lookup NAME``.

The lead wires them into the Typer app; they print with rich and return what they did.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from sahelwatch.gazetteer.build import build_gazetteer
from sahelwatch.gazetteer.records import BuildReport, Place
from sahelwatch.gazetteer.store import DATA_DIR, Gazetteer

DEFAULT_SHARED_DATA = Path("../shared/data")


def build_command(shared_data: Path = DEFAULT_SHARED_DATA, out_dir: Path = DATA_DIR,
                  console: Console | None = None) -> BuildReport:
    """Build the gazetteer files into ``out_dir`` with a progress bar; print a summary."""
    console = console or Console()
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("building gazetteer", total=8)

        def report(step: str, done: int, total: int) -> None:
            progress.update(task, completed=done, total=total, description=step)

        result = build_gazetteer(shared_data, out_dir, report)
    table = Table(title=f"gazetteer written to {out_dir}")
    table.add_column("kind")
    table.add_column("count", justify="right")
    for kind, count in result.counts.items():
        table.add_row(kind, str(count))
    console.print(table)
    for note, items in (("admin1 without ISO code", result.unmapped_admin1),
                        ("curated towns not placed", result.unmatched_curated)):
        if items:
            console.print(f"[yellow]{note}:[/yellow] {', '.join(items)}")
    return result


def lookup_command(name: str, gazetteer: Gazetteer | None = None, console: Console | None = None) -> list[Place]:
    """Print the places a name (any spelling, any of the three languages) can be."""
    console = console or Console()
    places = (gazetteer or Gazetteer.load()).lookup(name)
    if not places:
        console.print(f"no place named {name!r}")
        return []
    table = Table(title=f"{len(places)} place(s) named {name!r}")
    for column in ("id", "kind", "name", "country", "admin1", "lat", "lon", "population"):
        table.add_column(column)
    for place in places[:50]:
        table.add_row(place.id, place.kind, place.name, place.country,
                      f"{place.admin1_code or ''} {place.admin1 or ''}".strip(),
                      _coordinate(place.latitude), _coordinate(place.longitude), str(place.population))
    console.print(table)
    return places


def _coordinate(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"
