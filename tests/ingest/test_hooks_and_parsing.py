"""Post-ingest hooks, Retry-After parsing, and listing parsers on saved input (offline)."""

from __future__ import annotations

from sahelwatch.errors import MalformedListing
from sahelwatch.ingest import run as ingest_run
from sahelwatch.ingest.fetch import parse_retry_after
from sahelwatch.ingest.listings import parse_feed, parse_page, parse_sitemap
from sahelwatch.ingest.readers import read_jsonl
from sahelwatch.pipeline import Context


def test_post_ingest_hooks_run_after_new_documents(store, config, monkeypatch):
    calls = []
    monkeypatch.setitem(ingest_run._POST_INGEST_HOOKS, "test_hook",
                        lambda s, summary, context: calls.append((s, summary.stored, context)))
    line = b'{"id": "1", "lang": "fr", "text": "Des hommes armes ont attaque un poste de police a Diffa hier soir."}\n'
    context = Context(config, store=store)
    ingest_run.ingest(read_jsonl(__import__("io").BytesIO(line), "t", 10_000), store, context)
    assert calls == [(store, 1, context)]
    ingest_run.ingest(read_jsonl(__import__("io").BytesIO(line), "t", 10_000), store, context)
    assert len(calls) == 1  # nothing new stored: no hook run
    assert "consolidate_events" in ingest_run.post_ingest_hooks() or \
        __import__("importlib.util").util.find_spec("sahelwatch.consolidate.events") is None


def test_retry_after_seconds_and_http_date():
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480.0 - 60) == 60.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_feed_items_newest_first_and_relative_links():
    feed = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
            b"<item><title>old</title><link>/a/1</link><pubDate>Mon, 12 Jan 2026 08:00:00 GMT</pubDate></item>"
            b"<item><title>new</title><link>https://x.example/a/2</link>"
            b"<pubDate>Tue, 13 Jan 2026 08:00:00 GMT</pubDate></item></channel></rss>")
    items = parse_feed(feed, "https://x.example/feed")
    assert [i.title for i in items] == ["new", "old"] and items[1].url == "https://x.example/a/1"
    assert items[0].stamp == "Tue, 13 Jan 2026 08:00:00 GMT"


def test_not_a_feed_is_malformed():
    for body in (b"<html><body>hello</body></html>", b"\x00\x01garbage"):
        try:
            parse_feed(body, "https://x.example/feed")
        except MalformedListing as exc:
            assert exc.reason == "malformed"
        else:
            raise AssertionError("expected MalformedListing")


def test_sitemap_xml_entities_are_not_expanded():
    bomb = (b"<?xml version='1.0'?><!DOCTYPE u [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;'>]>"
            b"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>https://x.example/&b;</loc>"
            b"</url></urlset>")
    items, children = parse_sitemap(bomb, "https://x.example/sitemap.xml")
    assert children == [] and all("aaaaaaaaaa" not in i.url for i in items)


def test_page_links_match_the_pattern_once_each():
    html = ("<a href='/2026/01/ambush-menaka.html'>Ambush</a><a href='/2026/01/ambush-menaka.html#c'>again</a>"
            "<a href='/tag/mali'>tag</a><a href='mailto:x@y'>m</a><a href='https://other.example/2026/01/x.html'>o</a>")
    items = parse_page(html, "https://news.example/", r"news\.example/\d{4}/\d{2}/")
    assert [i.url for i in items] == ["https://news.example/2026/01/ambush-menaka.html"]
    assert [i.url for i in parse_page(html, "https://news.example/", None)][:1] == [
        "https://news.example/2026/01/ambush-menaka.html"]
