"""Listings: the article links a feed, a sitemap or a listing page announces.

    items = parse_feed(body, base_url, content_type)        # RSS 0.9x/1.0/2.0 and Atom (feedparser)
    items, children = parse_sitemap(body)                   # urlset (incl. Google News) or sitemap index
    items = parse_page(html, base_url, link_pattern)        # links of a listing page matching a pattern

Each item carries the article URL and, when the listing says so, a change stamp (Atom
``updated``, RSS ``pubDate``, sitemap ``lastmod``) used to notice revised articles. Input is
untrusted: XML is parsed without entities or network access, and a listing that cannot be
parsed raises :class:`~sahelwatch.errors.MalformedListing` with the parser's reason.
"""

from __future__ import annotations

import gzip
import io
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import feedparser
from lxml import etree, html as lxml_html

from sahelwatch.errors import BodyTooLarge, MalformedListing
from sahelwatch.ingest.readers import parse_datetime

_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                              remove_comments=True, remove_pis=True)


@dataclass(frozen=True, slots=True)
class ListingItem:
    url: str
    title: str | None = None
    published_at: datetime | None = None
    stamp: str | None = None


def gunzip_bounded(body: bytes, max_bytes: int, url: str = "") -> bytes:
    """The body itself, or its gzip content (a ``.xml.gz`` sitemap) cut off at ``max_bytes``."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    with gzip.GzipFile(fileobj=io.BytesIO(body)) as handle:
        try:
            data = handle.read(max_bytes + 1)
        except (OSError, EOFError) as exc:
            raise MalformedListing(url, f"bad gzip data: {exc}") from exc
    if len(data) > max_bytes:
        raise BodyTooLarge(url, f"gzip content over fetch_max_bytes={max_bytes}")
    return data


# -- RSS and Atom ---------------------------------------------------------------------
def parse_feed(body: bytes, base_url: str, content_type: str = "") -> list[ListingItem]:
    """The entries of an RSS or Atom feed, newest first; raise MalformedListing if it has none and is broken."""
    headers = {"content-location": base_url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)
    items = []
    for entry in parsed.entries:
        link = _entry_link(entry, base_url)
        if not link:
            continue
        # dict.get: feedparser's own get() maps a missing 'updated' to 'published' with a warning
        published = _struct_time(dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed"))
        stamp = dict.get(entry, "updated") or dict.get(entry, "published")
        items.append(ListingItem(link, (entry.get("title") or "").strip() or None, published, stamp))
    if parsed.bozo and not items:
        raise MalformedListing(base_url, f"not a valid feed: {_bozo_reason(parsed.bozo_exception)}")
    if not items and not parsed.get("version"):
        raise MalformedListing(base_url, "not an RSS or Atom feed (no channel or feed element)")
    return sorted(items, key=lambda i: i.published_at or datetime.min.replace(tzinfo=timezone.utc), reverse=True)


def _bozo_reason(exc: Exception | None) -> str:
    text = str(exc or "unknown error")
    return text.splitlines()[0][:200] if text else type(exc).__name__


def _entry_link(entry, base_url: str) -> str | None:
    link = entry.get("link")
    if not link:
        for candidate in entry.get("links", []):
            if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                link = candidate["href"]
                break
    if not link and str(entry.get("id", "")).startswith(("http://", "https://")):
        link = entry["id"]
    return _http_url(urljoin(base_url, link.strip())) if link else None


def _struct_time(value) -> datetime | None:
    if not value:
        return None
    try:
        return datetime(*value[:6], tzinfo=timezone.utc)
    except (TypeError, ValueError):
        return None


# -- sitemaps -------------------------------------------------------------------------
def parse_sitemap(body: bytes, base_url: str) -> tuple[list[ListingItem], list[ListingItem]]:
    """(articles, child sitemaps) of a sitemap or sitemap index, newest first."""
    try:
        root = etree.fromstring(body, parser=_XML_PARSER)
    except etree.XMLSyntaxError as exc:
        raise MalformedListing(base_url, f"not valid XML: {exc}") from exc
    kind = etree.QName(root).localname
    if kind not in ("urlset", "sitemapindex"):
        raise MalformedListing(base_url, f"not a sitemap (root element <{kind}>, expected <urlset> or <sitemapindex>)")
    entries = [_sitemap_entry(node, base_url) for node in root if etree.QName(node).localname in ("url", "sitemap")]
    entries = sorted((e for e in entries if e), key=_newest_key, reverse=True)
    return (entries, []) if kind == "urlset" else ([], entries)


def _children(node) -> dict[str, etree._Element]:
    return {etree.QName(child).localname: child for child in node if isinstance(child.tag, str)}


def _sitemap_entry(node, base_url: str) -> ListingItem | None:
    fields = _children(node)
    loc = fields.get("loc")
    url = _http_url(urljoin(base_url, (loc.text or "").strip())) if loc is not None else None
    if not url:
        return None
    lastmod = (fields["lastmod"].text or "").strip() if "lastmod" in fields else None
    title, published = None, None
    news = fields.get("news")
    if news is not None:
        parts = _children(news)
        title = (parts["title"].text or "").strip() or None if "title" in parts else None
        if "publication_date" in parts:
            published = parse_datetime(parts["publication_date"].text or "")
    return ListingItem(url, title, published or parse_datetime(lastmod or ""), lastmod or None)


def _newest_key(item: ListingItem) -> datetime:
    return item.published_at or datetime.min.replace(tzinfo=timezone.utc)


# -- listing pages --------------------------------------------------------------------
def parse_page(page_html: str, base_url: str, link_pattern: str | None) -> list[ListingItem]:
    """Links of a listing page that match ``link_pattern`` (a regular expression searched in the
    absolute URL), in page order, each once; without a pattern, links to the same host."""
    try:
        root = lxml_html.fromstring(page_html)
    except (etree.ParserError, ValueError) as exc:
        raise MalformedListing(base_url, f"not an HTML page: {exc}") from exc
    pattern = re.compile(link_pattern) if link_pattern else None
    host = urlsplit(base_url).hostname
    seen: set[str] = set()
    items = []
    for anchor in root.iter("a"):
        href = anchor.get("href")
        url = _http_url(urljoin(base_url, href.strip()).split("#")[0]) if href else None
        if not url or url in seen or url == base_url.split("#")[0]:
            continue
        if (pattern.search(url) if pattern else urlsplit(url).hostname == host):
            seen.add(url)
            title = " ".join(anchor.text_content().split()) or None
            items.append(ListingItem(url, title))
    return items


def _http_url(url: str) -> str | None:
    return url if urlsplit(url).scheme in ("http", "https") else None
