"""The Typer application, the global options every command shares, and output helpers."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console

from sahelwatch import __version__
from sahelwatch.config import Config, load_config
from sahelwatch.store import Store, open_store

app = typer.Typer(help="Sahel Watch: open-source intelligence and early warning for the Sahel-Sahara and the "
                       "Maghreb.", no_args_is_help=True, pretty_exceptions_enable=False,
                  context_settings={"help_option_names": ["-h", "--help"]})
documents_app = typer.Typer(help="Search and read stored documents.", no_args_is_help=True)
app.add_typer(documents_app, name="documents")

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)


@dataclass
class Options:
    data_dir: Optional[Path]
    config_file: Optional[Path]
    database_url: Optional[str]

    def config(self) -> Config:
        return load_config(self.config_file, data_dir=str(self.data_dir) if self.data_dir else None,
                           database_url=self.database_url)

    def store(self) -> Store:
        return open_store(self.config().db_url)


def _version(value: bool) -> None:
    if value:
        out.print(f"sahelwatch {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    data_dir: Annotated[Optional[Path], typer.Option("--data-dir", "-d", envvar="SAHELWATCH_DATA_DIR",
                                                     help="Data folder (database, config).")] = None,
    config_file: Annotated[Optional[Path], typer.Option("--config", envvar="SAHELWATCH_CONFIG",
                                                        help="TOML settings file.")] = None,
    database_url: Annotated[Optional[str], typer.Option("--database-url", envvar="SAHELWATCH_DATABASE_URL",
                                                        help="sqlite:///path or postgresql://...")] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    ctx.obj = Options(data_dir, config_file, database_url)


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, default=str, indent=2) + "\n")
