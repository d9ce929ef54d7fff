"""Source kinds: how each kind of source lists its items and turns a new item into a document.

Kinds register by name in :data:`KINDS`, the same way an add-on registers another kind
(``@source_kind("telegram")``). A kind is a pair of functions:

- ``list_items(source, fetcher, max_bytes) -> Listing``: the items the source announces now
  (a conditional request for feeds; a 304 gives ``not_modified``);
- ``read_items(source, items, fetcher, config) -> Iterator[(item, Document | FetchError)]``:
  the documents of the items worth reading, each already identified; a document that cannot
  be fetched for good (404, robots, too large, wrong type) comes back rejected with its
  reason, while a transient failure (timeout, 5xx) comes back as the error, so that the item
  is not recorded and is tried again next poll.
"""

from __future__ import annotations

import hashlib
import json
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path

from sahelwatch.config import Config
from sahelwatch.errors import (BodyTooLarge, DocumentRejected, FetchError, HttpStatus, MalformedListing,
                               RobotsDisallowed, TooManyRedirects, UnknownName)
from sahelwatch.ingest.fetch import Fetcher, Page
from sahelwatch.ingest.listings import ListingItem, gunzip_bounded, parse_feed, parse_page, parse_sitemap
from sahelwatch.ingest.readers import FORMATS, document_from_record, read_file
from sahelwatch.ingest.urls import canonical_url, document_id
from sahelwatch.model import Document
from sahelwatch.store.sources import Source
from sahelwatch.text.decode import declared_charset, decode_bytes

MAX_CHILD_SITEMAPS = 5
HTML_TYPES = frozenset({"", "text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
# Failures that will not heal by trying again: the item is stored as a rejected document.
PERMANENT = (RobotsDisallowed, BodyTooLarge, TooManyRedirects)


@dataclass(frozen=True, slots=True)
class Listing:
    items: list[ListingItem]
    not_modified: bool = False
    validators: tuple[str | None, str | None] | None = None
    status: int | None = None


ListItems = Callable[[Source, Fetcher, int], Listing]
ReadItems = Callable[[Source, list[ListingItem], Fetcher, Config],
                     Iterator[tuple[ListingItem, "Document | FetchError"]]]


@dataclass(frozen=True, slots=True)
class SourceKind:
    name: str
    list_items: ListItems
    read_items: ReadItems
    help: str


KINDS: dict[str, SourceKind] = {}


def source_kind(name: str, read_items: ReadItems | None = None) -> Callable[[ListItems], ListItems]:
    """Register ``list_items`` for a kind of source; articles are fetched as web pages unless ``read_items`` is given."""
    def register(list_items: ListItems) -> ListItems:
        help_line = (list_items.__doc__ or "").strip().splitlines()[0] if list_items.__doc__ else ""
        KINDS[name] = SourceKind(name, list_items, read_items or read_web_articles, help_line)
        return list_items
    return register


def get_kind(name: str) -> SourceKind:
    if name not in KINDS:
        raise UnknownName("source type", name, KINDS)
    return KINDS[name]


def item_document_id(item: ListingItem) -> str:
    """A web article is identified by its canonical URL (so the same article in two feeds is one document)."""
    return document_id(canonical_url(item.url) or item.url)


def revision_id(first_id: str, stamp: str | None) -> str:
    """The id of a revised version of document ``first_id``, announced with change stamp ``stamp``."""
    return document_id(f"{first_id}#rev={stamp}")


# -- feeds, sitemaps, pages ------------------------------------------------------------
def _fetch_listing(source: Source, fetcher: Fetcher) -> Page:
    return fetcher.get(source.url, etag=source.etag, last_modified=source.last_modified)


def list_feed(source: Source, fetcher: Fetcher, max_bytes: int) -> Listing:
    """RSS 2.0 or Atom feed: the entries' links, with their updated/published stamps."""
    page = _fetch_listing(source, fetcher)
    if page.not_modified:
        return Listing([], not_modified=True, status=304)
    items = parse_feed(page.body, page.url, page.content_type)
    return Listing(items, validators=(page.etag, page.last_modified), status=page.status)


def list_sitemap(source: Source, fetcher: Fetcher, max_bytes: int) -> Listing:
    """Sitemap, Google News sitemap or sitemap index (the newest child sitemaps are read)."""
    page = _fetch_listing(source, fetcher)
    if page.not_modified:
        return Listing([], not_modified=True, status=304)
    items, children = parse_sitemap(gunzip_bounded(page.body, max_bytes, page.url), page.url)
    for child in children[:MAX_CHILD_SITEMAPS]:
        child_page = fetcher.get(child.url)
        more, _ = parse_sitemap(gunzip_bounded(child_page.body, max_bytes, child.url), child.url)
        items.extend(more)
    return Listing(items, validators=(page.etag, page.last_modified), status=page.status)


def list_page(source: Source, fetcher: Fetcher, max_bytes: int) -> Listing:
    """Listing page: its links that match the source's link pattern (a regular expression)."""
    page = fetcher.get(source.url)
    try:
        html, _ = decode_bytes(page.body, page.charset or declared_charset(page.body))
    except DocumentRejected as exc:
        raise MalformedListing(page.url, f"cannot decode the listing page: {exc}") from exc
    return Listing(parse_page(html, page.url, source.link_pattern), status=page.status)


def read_web_articles(source: Source, items: list[ListingItem], fetcher: Fetcher,
                      config: Config) -> Iterator[tuple[ListingItem, Document | FetchError]]:
    """Article pages fetched ``fetch_workers`` at a time (the fetcher's per-host gate still applies), in order."""
    workers = max(1, config.fetch_workers)
    pending = iter(items)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch") as pool:
        window: deque = deque()
        for item in islice(pending, workers * 2):
            window.append((item, pool.submit(_fetch_or_error, source, item, fetcher)))
        while window:
            item, future = window.popleft()
            following = None if fetcher.stop.is_set() else next(pending, None)
            if following is not None:
                window.append((following, pool.submit(_fetch_or_error, source, following, fetcher)))
            yield item, future.result()


def _fetch_or_error(source: Source, item: ListingItem, fetcher: Fetcher) -> Document | FetchError:
    try:
        return fetch_article(source, item, fetcher)
    except FetchError as exc:
        return exc


def fetch_article(source: Source, item: ListingItem, fetcher: Fetcher) -> Document:
    """The article page of ``item`` as a document for the pipeline; permanent failures come back rejected."""
    canonical = canonical_url(item.url)
    doc = Document(id=item_document_id(item), origin=item.url, source_id=source.id,
                   url=item.url, canonical_url=canonical, title=item.title, published_at=item.published_at,
                   lang_hint=source.lang, media_type="text/html")
    try:
        page = fetcher.get(item.url)
    except PERMANENT as exc:
        return doc.rejected(exc.reason, exc.detail)
    except HttpStatus as exc:
        if 400 <= exc.status < 500 and exc.status not in (408, 429):
            return doc.rejected(exc.reason, exc.detail)
        raise
    if page.redirected:
        doc = replace(doc, url=page.url, canonical_url=canonical_url(page.url) or canonical)
    doc = replace(doc, size_bytes=len(page.body))
    if page.content_type in TEXT_TYPES:
        return replace(doc, media_type="text/plain", raw=page.body)
    if page.content_type not in HTML_TYPES:
        return doc.rejected("unsupported_format", f"content type {page.content_type!r} is not an article page")
    try:
        html, _ = decode_bytes(page.body, page.charset or declared_charset(page.body))
    except DocumentRejected as exc:
        return doc.rejected(exc.reason, exc.detail)
    return replace(doc, html=html)


# -- watched folder --------------------------------------------------------------------
def list_folder(source: Source, fetcher: Fetcher, max_bytes: int) -> Listing:
    """Watched local folder: its .txt/.html/.htm files, and each line of its .jsonl files."""
    root = Path(source.url).expanduser()
    if not root.is_dir():
        raise MalformedListing(source.url, "the folder does not exist or is not a folder")
    items = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in FORMATS):
        if path.suffix.lower() == ".jsonl":
            items.extend(_jsonl_items(path))
        else:
            stat = path.stat()
            items.append(ListingItem(str(path), stamp=f"{stat.st_size}:{stat.st_mtime_ns}"))
    return Listing(items)


def _jsonl_items(path: Path) -> Iterator[ListingItem]:
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield ListingItem(f"{path}#{number}", stamp=hashlib.sha256(line).hexdigest()[:16])


def read_folder_items(source: Source, items: list[ListingItem], fetcher: Fetcher,
                      config: Config) -> Iterator[tuple[ListingItem, Document | FetchError]]:
    lines: dict[str, dict[int, ListingItem]] = {}
    for item in items:
        path, _, number = item.url.rpartition("#")
        if path.lower().endswith(".jsonl") and number.isdigit():
            lines.setdefault(path, {})[int(number)] = item
            continue
        for doc in read_file(Path(item.url), config.max_document_bytes):
            yield item, replace(doc, source_id=source.id, lang_hint=source.lang)
    for path, wanted in lines.items():
        yield from _read_jsonl_lines(source, Path(path), wanted, config.max_document_bytes)


def _read_jsonl_lines(source: Source, path: Path, wanted: dict[int, ListingItem],
                      max_bytes: int) -> Iterator[tuple[ListingItem, Document]]:
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            item = wanted.get(number)
            if item is None:
                continue
            origin = item.url
            try:
                if len(line) > max_bytes:
                    raise ValueError(f"line of {len(line)} bytes, over max_document_bytes={max_bytes}")
                doc = document_from_record(json.loads(line), origin, len(line))
            except (ValueError, TypeError) as exc:
                doc = Document(id=document_id(origin), origin=origin).rejected("malformed_jsonl", str(exc)[:200])
            yield item, replace(doc, source_id=source.id, lang_hint=doc.lang_hint or source.lang)


source_kind("rss")(list_feed)
source_kind("atom")(list_feed)
source_kind("sitemap")(list_sitemap)
source_kind("page")(list_page)
source_kind("folder", read_items=read_folder_items)(list_folder)


def failure_reason(exc: FetchError) -> str:
    return f"{exc.reason}: {exc.detail}"


__all__ = ["KINDS", "Listing", "SourceKind", "fetch_article", "get_kind", "item_document_id", "revision_id",
           "source_kind"]
