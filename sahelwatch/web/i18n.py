"""The interface in Arabic, French and English: gettext catalogues, Babel formats, taxonomy and place names.

Messages live in ``translations/<lang>/LC_MESSAGES/messages.po`` (standard gettext,
extracted with ``pybabel extract -F babel.cfg``), compiled to ``.mo`` by
``scripts/build_translations.py`` (``make translations``); a missing ``.mo`` is compiled in
memory from its ``.po`` so a source checkout works as is.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel.dates import format_date, format_datetime
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import Translations

from sahelwatch import taxonomy
from sahelwatch.gazetteer import Gazetteer, GazetteerError

LANGUAGES = ("ar", "fr", "en")
DIRECTIONS = {"ar": "rtl", "fr": "ltr", "en": "ltr"}
LANGUAGE_NAMES = {"ar": "العربية", "fr": "Français", "en": "English"}
TRANSLATIONS_DIR = Path(__file__).parent / "translations"


@functools.cache
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``lang`` (English is the source language)."""
    folder = TRANSLATIONS_DIR / lang / "LC_MESSAGES"
    mo = folder / "messages.mo"
    po = folder / "messages.po"
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with open(mo, "rb") as handle:
            return Translations(handle)
    if po.exists():
        import io
        with open(po, "rb") as handle:
            catalog = read_po(handle, locale=lang)
        buffer = io.BytesIO()
        write_mo(buffer, catalog)
        buffer.seek(0)
        return Translations(buffer)
    return gettext.NullTranslations()


def pick_language(*candidates: str | None, accept: str = "") -> str:
    """The first candidate that is a supported language, else the best of an Accept-Language header, else en."""
    for candidate in candidates:
        if candidate in LANGUAGES:
            return candidate
    for part in accept.split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "en"


@dataclass(frozen=True)
class Locale:
    """Everything a page needs to speak one language."""

    lang: str

    @property
    def dir(self) -> str:
        return DIRECTIONS[self.lang]

    def gettext(self, message: str, **values: Any) -> str:
        text = translations(self.lang).gettext(message)
        return text % values if values else text

    def ngettext(self, singular: str, plural: str, n: int, **values: Any) -> str:
        text = translations(self.lang).ngettext(singular, plural, n)
        return text % {"num": self.number(n), **values}

    def number(self, value: Any) -> str:
        if value is None:
            return "—"
        return format_decimal(value, locale=self.lang)

    def date(self, value: Any, form: str = "medium") -> str:
        if not value:
            return "—"
        if isinstance(value, str):
            try:
                value = dt.datetime.fromisoformat(value) if "T" in value or " " in value else dt.date.fromisoformat(value)
            except ValueError:
                return value
        if isinstance(value, dt.datetime):
            return format_datetime(value, form, locale=self.lang)
        return format_date(value, form, locale=self.lang)

    def term(self, name: str | None) -> str:
        """A taxonomy item (event type, sub-type, CT tag) in this language; unknown names unchanged."""
        if not name:
            return "—"
        try:
            return taxonomy.label(name, self.lang)
        except taxonomy.TaxonomyError:
            return name

    def precision(self, kind: str, code: int | None) -> str:
        table = taxonomy.GEO_PRECISION if kind == "geo" else taxonomy.DATE_PRECISION
        item = table.get(code) if code is not None else None
        return item.labels[self.lang] if item else "—"

    def country(self, code: str | None) -> str:
        return country_name(code, self.lang)

    def admin1(self, code: str | None, fallback: str | None = None) -> str:
        return admin1_name(code, self.lang) or fallback or "—"


@functools.cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.load()


@functools.cache
def country_name(code: str | None, lang: str) -> str:
    if not code:
        return "—"
    try:
        country = _gazetteer().country(code)
    except GazetteerError:
        return code
    return {"ar": country.name_ar, "fr": country.name_fr}.get(lang) or country.name


@functools.cache
def admin1_name(code: str | None, lang: str) -> str | None:
    if not code:
        return None
    try:
        region = _gazetteer().admin1(code)
    except GazetteerError:
        return None
    return {"ar": region.name_ar, "fr": region.name_fr}.get(lang) or region.name
