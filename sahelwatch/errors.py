"""The exceptions of Sahel Watch, named by cause, carrying their data as attributes.

    SahelWatchError
    ├── ConfigError                 a setting is unknown or has a bad value
    ├── StoreError                  the database cannot be opened or migrated
    │   └── NotFound                no record with that id
    ├── UnknownName                 a name is not one of the registered choices (step, reader, ...)
    ├── SourceError                 a news source is badly defined or cannot be changed as asked
    ├── FetchError                  a URL could not be fetched; ``reason`` is a stable code
    │   ├── RobotsDisallowed        robots.txt forbids the URL to our user agent
    │   ├── HttpStatus              the server answered 4xx/5xx (carries ``status``, ``retry_after``)
    │   ├── FetchTimeout            connect or read timed out
    │   ├── ConnectionFailed        the host could not be reached
    │   ├── TooManyRedirects        redirect loop or chain over the limit
    │   ├── BodyTooLarge            the body exceeds ``fetch_max_bytes``
    │   └── MalformedListing        a feed, sitemap or listing page that cannot be parsed
    ├── DocumentRejected            a document cannot be processed; carries the reason code
    ├── UnknownCountry              a country code is not ISO 3166-1 alpha-2 (or not in the gazetteer)
    ├── UnknownLanguage             a language other than the ones Sahel Watch reads (ar, fr, en)
    ├── TaxonomyError               an event type, sub-type or tag is unknown (sahelwatch.taxonomy)
    ├── LanguageDataError           language data missing or unknown (sahelwatch.lang)
    ├── ActorRegistryError          an actors file is invalid or names clash (sahelwatch.extract.actors)
    ├── GazetteerError              gazetteer files or sources missing or invalid (sahelwatch.gazetteer.errors)
    ├── CorpusError                 an annotated corpus file cannot be read (sahelwatch.evaluation.corpus)
    └── InvalidSplit                a split names reports not in the event (sahelwatch.consolidate.events)

Errors of a part of the package are declared in that part, under this base. The CLI turns these into one line and a non-zero exit (``sahelwatch.cli``); nothing else
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


class SourceError(SahelWatchError):
    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"source {name!r}: {reason}")


class FetchError(SahelWatchError):
    """A fetch failed; ``reason`` is a stable code recorded on the source (``http_503``, ``timeout``, ...)."""

    reason = "fetch_failed"

    def __init__(self, url: str, detail: str) -> None:
        self.url = url
        self.detail = detail
        super().__init__(f"{self.reason}: {detail} ({url})")


class RobotsDisallowed(FetchError):
    reason = "robots_disallowed"


class HttpStatus(FetchError):
    def __init__(self, url: str, status: int, retry_after: float | None = None) -> None:
        self.status = status
        self.retry_after = retry_after
        self.reason = f"http_{status}"
        wait = f", Retry-After {retry_after:.0f} s" if retry_after is not None else ""
        super().__init__(url, f"the server answered HTTP {status}{wait}")


class FetchTimeout(FetchError):
    reason = "timeout"


class ConnectionFailed(FetchError):
    reason = "connection"


class TooManyRedirects(FetchError):
    reason = "redirect_limit"


class BodyTooLarge(FetchError):
    reason = "too_large"


class MalformedListing(FetchError):
    reason = "malformed"


class UnknownCountry(SahelWatchError):
    def __init__(self, code: object) -> None:
        self.code = code
        super().__init__(f"unknown country code {code!r}; use ISO 3166-1 alpha-2, e.g. ML, NE, BF")


class UnknownLanguage(SahelWatchError):
    def __init__(self, lang: str, known: Iterable[str] = ("ar", "fr", "en")) -> None:
        self.lang = lang
        self.known = tuple(known)
        super().__init__(f"unknown language {lang!r}; known: {', '.join(self.known)}")
