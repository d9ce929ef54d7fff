"""The exceptions of Sahel Watch, named by cause, carrying their data as attributes.

    SahelWatchError
    ├── ConfigError                 a setting is unknown or has a bad value
    ├── StoreError                  the database cannot be opened or migrated
    │   └── NotFound                no record with that id
    ├── UnknownName                 a name is not one of the registered choices (step, reader, ...)
    └── DocumentRejected            a document cannot be processed; carries the reason code

The CLI turns these into one line and a non-zero exit (``sahelwatch.cli``); nothing else
prints them.
"""

from __future__ import annotations

from collections.abc import Iterable


class SahelWatchError(Exception):
    """Base of every error Sahel Watch raises on purpose."""


class ConfigError(SahelWatchError):
    def __init__(self, setting: str, reason: str) -> None:
        self.setting = setting
        self.reason = reason
        super().__init__(f"setting {setting!r}: {reason}")


class StoreError(SahelWatchError):
    """The database cannot be opened, migrated or written."""


class NotFound(StoreError):
    def __init__(self, kind: str, ident: object) -> None:
        self.kind = kind
        self.ident = ident
        super().__init__(f"no {kind} with id {ident!r}")


class UnknownName(SahelWatchError):
    def __init__(self, kind: str, name: str, known: Iterable[str]) -> None:
        self.kind = kind
        self.name = name
        self.known = sorted(known)
        super().__init__(f"unknown {kind} {name!r}; known: {', '.join(self.known)}")


class DocumentRejected(SahelWatchError):
    """A document that cannot be processed; ``reason`` is a stable code, ``detail`` says more."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}" if detail else reason)
