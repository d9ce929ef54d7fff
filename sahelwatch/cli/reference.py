"""``sahelwatch reference``: import reference datasets (bundled UCDP data by default)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from sahelwatch.cli.base import app, out
from sahelwatch.reference.ucdp import CM_FILE, GED_FILE, read_country_months, read_ged

reference_app = typer.Typer(help="Import reference datasets for context and backtests.", no_args_is_help=True)
app.add_typer(reference_app, name="reference")


@reference_app.command("import")
def import_reference(
    ctx: typer.Context,
    ged: Annotated[Optional[Path], typer.Option("--ucdp-ged", help="UCDP GED events, compact CSV (.csv.gz) as "
                                                "bundled; default: north-east Nigeria, 1990-2019.")] = None,
    country_months: Annotated[Optional[Path], typer.Option("--ucdp-cm", help="UCDP country-month fatalities "
                                                           "(.csv.gz); default: Africa, 1989-2024.")] = None,
) -> None:
    """Import UCDP GED events (as reference events) and UCDP country-month fatalities. Run it again: nothing doubles."""
    store = ctx.obj.store()
    events = store.import_reference_events("UCDP GED", read_ged(ged or GED_FILE))
    months = store.import_country_months("UCDP GED", read_country_months(country_months or CM_FILE))
    out.print(f"UCDP GED events imported: {events} new; country-months: {months} new "
              "(UCDP, Uppsala University, CC BY 4.0)")
