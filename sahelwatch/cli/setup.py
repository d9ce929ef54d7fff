"""``sahelwatch init``, ``doctor`` and ``config``: set up a data folder and check the installation."""

from __future__ import annotations

import importlib.metadata
import platform
import shutil
import sqlite3
from typing import Annotated

import typer
from rich.table import Table

from sahelwatch import __version__
from sahelwatch.cli.base import app, out, print_json
from sahelwatch.config import SETTINGS
from sahelwatch.errors import SahelWatchError
from sahelwatch.store import open_store


@app.command()
def init(ctx: typer.Context) -> None:
    """Create the data folder and the database (or bring an existing one up to date)."""
    config = ctx.obj.config()
    config.data_path.mkdir(parents=True, exist_ok=True)
    store = open_store(config.db_url, migrate=False)
    applied = store.migrate()
    out.print(f"Data folder: {config.data_path}")
    out.print(f"Database:    {config.redacted()['database_url'] or config.db_url}")
    out.print(f"Migrations applied: {', '.join(applied) if applied else 'none (already up to date)'}")


@app.command("config")
def show_config(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Show the resolved settings (secrets redacted) and what each one does."""
    values = ctx.obj.config().redacted()
    if as_json:
        print_json(values)
        return
    table = Table("setting", "value", "help")
    for setting in SETTINGS:
        table.add_row(setting.name, str(values[setting.name]), setting.help)
    out.print(table)


class DoctorFailed(SahelWatchError):
    def __init__(self, problems: int) -> None:
        super().__init__(f"{problems} problem(s) found; see the table above for how to fix them")


def _version_of(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


@app.command()
def doctor(ctx: typer.Context) -> None:
    """Check versions, data folder, database and optional components; say how to fix what is missing."""
    checks: list[tuple[str, bool, str, str]] = [
        ("python", True, platform.python_version(), ""),
        ("sahelwatch", True, __version__, ""),
    ]
    for package in ("trafilatura", "sqlalchemy", "datasketch", "py3langid", "pyahocorasick", "babel"):
        version = _version_of(package)
        checks.append((package, version is not None, version or "missing", f"pip install {package}"))
    checks.append(("sqlite", True, sqlite3.sqlite_version, ""))
    config = ctx.obj.config()
    data_ok = config.data_path.is_dir()
    checks.append(("data folder", data_ok, str(config.data_path), "run: sahelwatch init"))
    checks.append(_database_check(config))
    psycopg = _version_of("psycopg")
    checks.append(("postgresql driver (optional)", True, psycopg or "not installed",
                   "" if psycopg else "for PostgreSQL: pip install 'sahelwatch[postgres]'"))
    chromium = shutil.which("chromium")
    checks.append(("chromium (optional, UI tests)", True, chromium or "not installed",
                   "" if chromium else "apt-get install chromium"))
    table = Table("component", "status", "found", "how to fix")
    for name, ok, found, fix in checks:
        table.add_row(name, "[green]ok[/]" if ok else "[red]MISSING[/]", found, "" if ok else fix)
    out.print(table)
    problems = sum(1 for _, ok, _, _ in checks if not ok)
    if problems:
        raise DoctorFailed(problems)


def _database_check(config) -> tuple[str, bool, str, str]:
    shown = config.redacted()["database_url"] or config.db_url
    if config.db_url.startswith("sqlite:///") and not config.data_path.is_dir():
        return ("database", False, f"{shown} (no data folder)", "run: sahelwatch init")
    try:
        store = open_store(config.db_url, migrate=False)
        applied = store.applied_migrations()
    except SahelWatchError as exc:
        return ("database", False, f"{shown}: {exc}", "check --database-url, then run: sahelwatch init")
    from sahelwatch.store.migrations import MIGRATIONS
    pending = [m.name for m in MIGRATIONS if m.name not in applied]
    if pending:
        return ("database", False, f"{shown}: {len(pending)} migration(s) pending", "run: sahelwatch init")
    return ("database", True, f"{shown} ({store.dialect}, {len(applied)} migrations)", "")
