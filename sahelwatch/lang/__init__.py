"""Per-language data: one folder per language (``ar``, ``fr``, ``en``) with the same file names.

Each folder holds TOML files read by the extractors: ``dates.toml`` (weekdays, month names in
every regional series, relative-day words, templates of date expressions) and
``numbers.toml`` (number words, multipliers, vague quantities, qualifiers, units) and
``triggers.toml`` (the event vocabulary: one table of phrases per cue category, see
``sahelwatch.extract.cues``). Spellings
are written naturally; the extractors fold them with :func:`sahelwatch.text.normalise.fold`.

Exceptions (base :class:`LanguageDataError`, a :class:`~sahelwatch.errors.SahelWatchError`)::

    LanguageDataError
    └── MissingLanguageData(lang, name)     the folder has no such data file

An unknown language raises :class:`sahelwatch.errors.UnknownLanguage`.
"""

from __future__ import annotations

from sahelwatch.errors import SahelWatchError, UnknownLanguage  # noqa: F401  (re-exported)

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

LANGUAGES: tuple[str, ...] = ("ar", "fr", "en")
DATA_FILES: tuple[str, ...] = ("dates", "numbers", "triggers")


class LanguageDataError(SahelWatchError):
    """Base of the errors raised while loading language data."""


class MissingLanguageData(LanguageDataError):
    """The language folder has no data file of that name."""

    def __init__(self, lang: str, name: str) -> None:
        self.lang = lang
        self.name = name
        super().__init__(
            f"no {name}.toml for language {lang!r}; data files: {', '.join(DATA_FILES)}"
        )


@lru_cache(maxsize=None)
def load(lang: str, name: str) -> dict[str, Any]:
    """Return the parsed ``<lang>/<name>.toml`` (cached: treat the result as read-only)."""
    if lang not in LANGUAGES:
        raise UnknownLanguage(lang)
    path = resources.files(__name__).joinpath(lang, f"{name}.toml")
    if not path.is_file():
        raise MissingLanguageData(lang, name)
    return tomllib.loads(path.read_text(encoding="utf-8"))
