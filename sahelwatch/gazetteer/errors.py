"""Errors of the gazetteer, named by cause.

    GazetteerError                 base of every gazetteer error (a SahelWatchError)
    ├── GazetteerFileMissing       the packaged gazetteer file is not there (run the build)
    ├── GazetteerSourceMissing     a source needed by the build is missing
    ├── CuratedDataError           a line of curated.toml cannot be read
    └── UnknownAdmin1              no first-level region with that ISO 3166-2 code

An unknown country code raises :class:`sahelwatch.errors.UnknownCountry`.
"""

from __future__ import annotations

from sahelwatch.errors import SahelWatchError, UnknownCountry  # noqa: F401  (re-exported)

from pathlib import Path


class GazetteerError(SahelWatchError):
    """Base of the gazetteer's errors."""


class GazetteerFileMissing(GazetteerError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"gazetteer file not found: {path}; build it with `sahelwatch gazetteer build`")


class GazetteerSourceMissing(GazetteerError):
    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        self.what = what
        super().__init__(f"{what} not found at {path}")


class CuratedDataError(GazetteerError):
    def __init__(self, section: str, line: str, reason: str) -> None:
        self.section = section
        self.line = line
        self.reason = reason
        super().__init__(f"curated.toml [{section}]: {reason}: {line!r}")


class UnknownAdmin1(GazetteerError):
    def __init__(self, code: str, known: list[str]) -> None:
        self.code = code
        super().__init__(f"unknown admin1 code {code!r}; known codes look like: {', '.join(known[:8])} ...")
