"""``sahelwatch boundaries import``: official admin1 boundaries instead of the approximate ones."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sahelwatch.cli.base import app, out

boundaries_app = typer.Typer(help="Map boundaries of the dashboard.", no_args_is_help=True)
app.add_typer(boundaries_app, name="boundaries")


@boundaries_app.command("import")
def import_boundaries(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="GeoJSON FeatureCollection of admin1 polygons with ISO 3166-2 "
                                              "codes (property admin1_code, iso_3166_2, shapeISO, ...).")],
) -> None:
    """Store official admin1 boundaries in the data folder; the map uses them from the next start."""
    from sahelwatch.web.boundaries import import_admin1, official_admin1_path

    config = ctx.obj.config()
    count = import_admin1(path, config.data_path)
    out.print(f"Imported {count} admin1 areas into {official_admin1_path(config.data_path)}.")
