"""The ``sahelwatch`` command line: thin commands over the package's plain functions.

Errors become one line ``Error: ...`` on stderr and a non-zero exit here, and only here.
"""

from __future__ import annotations

import sys

from sahelwatch.cli import (  # noqa: F401  (each registers its commands)
    boundaries, documents, events, extract, gazetteer, ingest, reference, run, serve, setup, sources, users,
)
from sahelwatch.cli.base import app, err
from sahelwatch.errors import SahelWatchError

__all__ = ["app", "main"]


def main() -> None:
    """Run the CLI; a Sahel Watch error is printed as one line and exits with status 1."""
    try:
        app()
    except SahelWatchError as exc:
        err.print(f"Error: {exc}", markup=False)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("Interrupted.")
        sys.exit(130)
