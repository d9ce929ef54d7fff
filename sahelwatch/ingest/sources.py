"""Defining news sources: validation with messages that say what to do, and the shipped catalogue.

    source = define_source("rfi-afrique", kind="rss", url="https://www.rfi.fr/fr/afrique/rss", lang="fr")
    sources = catalogue()        # the starter catalogue (sahelwatch/data/sources.toml), disabled, unverified
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sahelwatch.errors import SourceError, UnknownName
from sahelwatch.ingest.kinds import KINDS
from sahelwatch.store.sources import GRADES, NAME_PATTERN, Source

CATALOGUE = "sources.toml"
_FIELDS = ("name", "kind", "url", "lang", "country", "reliability", "poll_minutes", "link_pattern", "enabled",
           "notes")


def validate_source(source: Source) -> Source:
    """``source`` if every field is valid; else SourceError/UnknownName saying what is wrong and what to do."""
    if not NAME_PATTERN.match(source.name):
        raise SourceError(source.name, "a name is 1-80 lower-case letters, digits, '.', '_' or '-', "
                                       "starting with a letter or digit (e.g. rfi-afrique)")
    if source.kind not in KINDS:
        raise UnknownName("source type", source.kind, KINDS)
    if source.kind != "folder" and urlsplit(source.url).scheme not in ("http", "https"):
        raise SourceError(source.name, f"URL {source.url!r} must start with http:// or https:// "
                                       "(for a local folder use --type folder)")
    if source.reliability not in GRADES:
        raise SourceError(source.name, f"reliability {source.reliability!r} is not an Admiralty grade; "
                                       f"use one of {', '.join(GRADES)} (F: cannot be judged)")
    if source.poll_minutes < 1:
        raise SourceError(source.name, "the poll interval is at least 1 minute")
    if source.lang and not re.fullmatch(r"[a-z]{2,3}", source.lang):
        raise SourceError(source.name, f"language {source.lang!r} is not a language code such as ar, fr or en")
    if source.country and not re.fullmatch(r"[A-Z]{2}", source.country):
        raise SourceError(source.name, f"country {source.country!r} is not an ISO 3166-1 alpha-2 code such as ML")
    if source.link_pattern:
        try:
            re.compile(source.link_pattern)
        except re.error as exc:
            raise SourceError(source.name, f"link pattern is not a valid regular expression: {exc}") from None
    return source


def define_source(name: str, kind: str, url: str, **fields: Any) -> Source:
    """A validated source; empty strings mean unset, the country is upper-cased, the grade too."""
    values = {k: (v or None) if isinstance(v, str) else v for k, v in fields.items() if v is not None}
    if values.get("country"):
        values["country"] = values["country"].upper()
    if values.get("reliability"):
        values["reliability"] = values["reliability"].upper()
    kind, url = kind.strip().lower(), url.strip()
    if kind == "folder":
        url = str(Path(url).expanduser().resolve())
    return validate_source(Source(name=name.strip(), kind=kind, url=url, **values))


def edited(source: Source, changes: dict[str, Any]) -> Source:
    """``source`` with ``changes`` applied and checked again."""
    return validate_source(replace(source, **{k: v for k, v in changes.items() if v is not None}))


def catalogue() -> list[Source]:
    """The starter catalogue shipped with the package: every source disabled and unverified."""
    with resources.files("sahelwatch.data").joinpath(CATALOGUE).open("rb") as handle:
        entries = tomllib.load(handle)["source"]
    sources = []
    for entry in entries:
        unknown = set(entry) - set(_FIELDS)
        if unknown:
            raise SourceError(entry.get("name", "?"), f"unknown catalogue field(s): {', '.join(sorted(unknown))}")
        fields = {k: v for k, v in entry.items() if k not in ("name", "kind", "url")}
        sources.append(define_source(entry["name"], entry["kind"], entry["url"],
                                     **{**fields, "enabled": False, "verified": False}))
    return sources
