"""Collection against a real HTTP server on 127.0.0.1: feeds, sitemaps, pages, faults, revisions."""

from __future__ import annotations

import gzip
from datetime import datetime, timedelta, timezone

from sqlalchemy import text

from sahelwatch.ingest.sources import define_source
from tests.ingest.feedserver import Reply, article, rss

RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
DATES = ["Mon, 12 Jan 2026 08:00:00 GMT", "Tue, 13 Jan 2026 08:00:00 GMT", "Wed, 14 Jan 2026 08:00:00 GMT"]


def serve_articles(server, texts, count, prefix="/a/", charset="utf-8"):
    """Article pages for the first ``count`` sample texts; returns (link, title, date) items."""
    items = []
    for n, record in enumerate(texts[:count]):
        path = f"{prefix}{n}.html"
        server.route(path, Reply(article(record["title"], record["text"], record["lang"])))
        items.append((server.url(path), record["title"].replace("&", "and"), DATES[n % 3]))
    return items


def add(store, name, kind, url, **fields):
    store.add_source(define_source(name, kind, url, enabled=True, **fields))
    return store.get_source(name)


def documents(store, source=None):
    sql = "SELECT id, url, status, reject_reason, notes, lang, text FROM documents"
    params = {}
    if source:
        sql += " WHERE source_id = :s"
        params["s"] = source
    with store.transaction() as conn:
        return [dict(r._mapping) for r in conn.execute(text(sql + " ORDER BY seq"), params)]


def test_rss_feed_then_304_not_modified(server, texts, store, collect):
    server.route("/feed.xml", Reply(rss(serve_articles(server, texts, 3)), headers=RSS, etag='"v1"'))
    source = add(store, "wire", "rss", server.url("/feed.xml"), lang="fr")
    report = collect().poll(source)
    assert (report.outcome, report.status, report.items_found, report.stored) == ("ok", 200, 3, 3)
    docs = documents(store, "wire")
    assert len(docs) == 3 and all(d["status"] in ("ok", "near_duplicate", "duplicate") for d in docs)
    assert {d["lang"] for d in docs} <= {"ar", "fr", "en"}
    healthy = store.get_source("wire")
    assert healthy.verified and healthy.etag == '"v1"' and healthy.failures == 0 and healthy.last_error is None
    assert healthy.next_due_at > datetime.now(timezone.utc) + timedelta(minutes=50)
    again = collect().poll(healthy)
    assert again.outcome == "not_modified" and again.stored == 0 and len(documents(store)) == 3


def test_atom_feed(server, texts, store, collect):
    items = serve_articles(server, texts, 2)
    entries = "".join(f"<entry><title>t{n}</title><link href='{link}'/><id>urn:x:{n}</id>"
                      f"<updated>2026-01-1{n}T10:00:00Z</updated></entry>" for n, (link, _, _) in enumerate(items))
    feed = f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>A</title>" \
           f"<id>urn:x</id><updated>2026-01-12T10:00:00Z</updated>{entries}</feed>"
    server.route("/atom.xml", Reply(feed, headers={"Content-Type": "application/atom+xml"}))
    report = collect().poll(add(store, "atom", "atom", server.url("/atom.xml")))
    assert (report.outcome, report.items_found, report.stored) == ("ok", 2, 2)


def test_sitemap_index_with_gzipped_news_sitemap(server, texts, store, collect):
    items = serve_articles(server, texts, 3)
    urls = "".join(f"<url><loc>{link}</loc><news:news><news:publication_date>2026-01-1{n}</news:publication_date>"
                   f"<news:title>t{n}</news:title></news:news></url>" for n, (link, _, _) in enumerate(items))
    news = ("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
            f"xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>{urls}</urlset>")
    server.route("/news.xml.gz", Reply(gzip.compress(news.encode()), headers={"Content-Type": "application/x-gzip"}))
    index = ("<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
             f"<sitemap><loc>{server.url('/news.xml.gz')}</loc><lastmod>2026-01-14</lastmod></sitemap></sitemapindex>")
    server.route("/sitemap.xml", Reply(index, headers={"Content-Type": "application/xml"}))
    report = collect().poll(add(store, "maps", "sitemap", server.url("/sitemap.xml")))
    assert (report.outcome, report.items_found, report.stored) == ("ok", 3, 3)


def test_listing_page_with_link_pattern(server, texts, store, collect):
    items = serve_articles(server, texts, 2, prefix="/news/2026/")
    links = "".join(f"<a href='{link.replace(server.base, '')}'>x</a>" for link, _, _ in items)
    server.route("/", Reply(f"<html><body><a href='/about'>about</a>{links}<a href='/tag/x'>t</a></body></html>"))
    source = add(store, "page", "page", server.url("/"), link_pattern=r"/news/\d{4}/\d+\.html$")
    report = collect().poll(source)
    assert (report.outcome, report.items_found, report.stored) == ("ok", 2, 2)


def test_malformed_feed_is_recorded_not_raised(server, store, collect):
    server.route("/bad.xml", Reply("<rss><channel><item><title>unclosed", headers=RSS))
    report = collect().poll(add(store, "bad", "rss", server.url("/bad.xml")))
    assert report.outcome == "failed" and report.error.startswith("malformed")
    source = store.get_source("bad")
    assert source.failures == 1 and source.last_error.startswith("malformed") and not source.verified
    server.route("/bad-map.xml", Reply("<urlset><url><loc>http://x", headers={"Content-Type": "text/xml"}))
    report = collect().poll(add(store, "bad-map", "sitemap", server.url("/bad-map.xml")))
    assert report.outcome == "failed" and "not valid XML" in report.error


def test_wrong_and_missing_charsets_and_gzip(server, texts, store, collect):
    arabic = next(t for t in texts if t["lang"] == "ar")
    french = next(t for t in texts if t["lang"] == "fr")
    page = article(arabic["title"], arabic["text"], "ar", charset=None)
    server.route("/cp1256.html", Reply(page.encode("cp1256", errors="ignore"), headers={"Content-Type": "text/html"}))
    server.route("/lying.html", Reply(article(french["title"], french["text"]).encode("utf-8"),
                                      headers={"Content-Type": "text/html; charset=iso-8859-1"}))
    server.route("/gz.html", Reply(article(french["title"] + " bis", french["text"] + "\nSuite."), gzip=True))
    feed = rss([(server.url(p), "t", DATES[0]) for p in ("/cp1256.html", "/lying.html", "/gz.html")])
    server.route("/feed.xml", Reply(feed.encode("utf-8"), headers={"Content-Type": "text/xml"}))
    report = collect().poll(add(store, "enc", "rss", server.url("/feed.xml")))
    assert report.stored == 3 and report.rejected == 0
    by_url = {d["url"]: d for d in documents(store)}
    assert by_url[server.url("/cp1256.html")]["lang"] == "ar"
    assert arabic["text"].split()[3] in by_url[server.url("/cp1256.html")]["text"]
    assert french["text"].split("\n")[0][:60] in by_url[server.url("/lying.html")]["text"]
    assert by_url[server.url("/gz.html")]["status"] != "rejected"


def test_http_errors_redirect_loop_and_oversized_pages(server, texts, store, collect):
    good = serve_articles(server, texts, 1)
    server.route("/loop1", Reply(status=302, headers={"Location": "/loop2", "Content-Length": "0"}))
    server.route("/loop2", Reply(status=302, headers={"Location": "/loop1", "Content-Length": "0"}))
    server.route("/huge.html", Reply("<p>" + "x" * 300_000 + "</p>", chunked=True))
    feed = rss(good + [(server.url(p), "t", DATES[0]) for p in ("/missing.html", "/loop1", "/huge.html")])
    server.route("/feed.xml", Reply(feed, headers=RSS))
    report = collect(fetch_max_bytes=100_000).poll(add(store, "faults", "rss", server.url("/feed.xml")))
    assert report.stored == 4 and report.rejected == 3
    reasons = {d["url"]: d["reject_reason"] for d in documents(store)}
    assert reasons[server.url("/missing.html")] == "http_404"
    assert reasons[server.url("/loop1")] == "redirect_limit"
    assert reasons[server.url("/huge.html")] == "too_large"
    assert collect().poll(store.get_source("faults")).stored == 0  # all four items seen: nothing fetched again


def test_feed_500_backs_off_and_503_retry_after_is_honoured(server, store, collect):
    server.route("/down.xml", Reply("oops", status=500))
    report = collect().poll(add(store, "down", "rss", server.url("/down.xml")))
    assert report.outcome == "failed" and report.status == 500 and server.hits["/down.xml"] == 3  # 1 + 2 retries
    down = store.get_source("down")
    assert down.failures == 1 and down.last_error.startswith("http_500")
    assert down.next_due_at > datetime.now(timezone.utc) + timedelta(minutes=50)
    server.route("/busy.xml", Reply("busy", status=503, headers={"Retry-After": "3600", "Content-Length": "4"}))
    report = collect().poll(add(store, "busy", "rss", server.url("/busy.xml")))
    assert report.error.startswith("http_503") and server.hits["/busy.xml"] == 1  # too long to wait in a poll
    assert store.get_source("busy").next_due_at > datetime.now(timezone.utc) + timedelta(minutes=59)


def test_retry_after_short_wait_then_success(server, store, collect):
    server.route("/feed.xml", Reply("busy", status=503, headers={"Retry-After": "1", "Content-Length": "4"}))
    source = add(store, "flaky", "rss", server.url("/feed.xml"))
    collector = collect(fetch_retries=1)

    def recover():
        import time
        time.sleep(0.3)
        server.route("/feed.xml", Reply(rss([]), headers=RSS))
    import threading
    threading.Thread(target=recover).start()
    report = collector.poll(source)
    assert report.outcome == "ok" and server.hits["/feed.xml"] == 2


def test_stalled_server_times_out(server, texts, store, collect):
    server.route("/slow.xml", Reply(rss([]), headers=RSS, delay=3))
    report = collect(fetch_read_timeout=0.3, fetch_retries=1).poll(add(store, "slow", "rss", server.url("/slow.xml")))
    assert report.outcome == "failed" and report.error.startswith("timeout")
    assert store.get_source("slow").last_error.startswith("timeout")


def test_article_timeout_is_retried_next_poll_and_feed_validators_not_kept(server, texts, store, collect):
    items = serve_articles(server, texts, 2)
    server.route("/a/1.html", Reply("late", delay=2))
    server.route("/feed.xml", Reply(rss(items), headers=RSS, etag='"e"'))
    collector = collect(fetch_read_timeout=0.3, fetch_retries=0)
    report = collector.poll(add(store, "half", "rss", server.url("/feed.xml")))
    assert report.stored == 1 and report.failed_items == 1
    source = store.get_source("half")
    assert source.etag is None and source.last_error.startswith("1 article(s) not fetched")
    server.route("/a/1.html", Reply(article(texts[1]["title"], texts[1]["text"])))
    assert collector.poll(source).stored == 1 and len(documents(store)) == 2


def test_same_article_in_two_feeds_is_fetched_and_stored_once(server, texts, store, collect):
    items = serve_articles(server, texts, 2)
    server.route("/one.xml", Reply(rss(items), headers=RSS))
    server.route("/two.xml", Reply(rss([(items[0][0] + "?utm_source=rss", "t", DATES[0])]), headers=RSS))
    collector = collect()
    collector.poll(add(store, "one", "rss", server.url("/one.xml")))
    report = collector.poll(add(store, "two", "rss", server.url("/two.xml")))
    assert report.stored == 0 and server.hits["/a/0.html"] == 1
    assert len(documents(store)) == 2 and store.source_counts("two")["items_seen"] == 1


def test_updated_article_becomes_a_new_version(server, texts, store, collect):
    record = next(t for t in texts if t["lang"] == "en")
    server.route("/a/x.html", Reply(article(record["title"], record["text"], "en")))
    server.route("/feed.xml", Reply(rss([(server.url("/a/x.html"), "t", DATES[0])]), headers=RSS))
    collector = collect()
    source = add(store, "rev", "rss", server.url("/feed.xml"))
    assert collector.poll(source).stored == 1
    server.route("/feed.xml", Reply(rss([(server.url("/a/x.html"), "t", DATES[1])]), headers=RSS))
    unchanged = collector.poll(store.get_source("rev"))  # new stamp, same text: nothing new
    assert (unchanged.revised_items, unchanged.stored) == (1, 0)
    revised_text = record["text"] + "\nUPDATE: the toll rose to twelve dead, the army said on Tuesday evening."
    server.route("/a/x.html", Reply(article(record["title"], revised_text, "en")))
    server.route("/feed.xml", Reply(rss([(server.url("/a/x.html"), "t", DATES[2])]), headers=RSS))
    revised = collector.poll(store.get_source("rev"))
    assert (revised.revised_items, revised.stored) == (1, 1)
    first, second = documents(store)
    assert "twelve dead" in second["text"] and f"revision_of:{first['id']}" in second["notes"]
    assert store.source_counts("rev") == {"items_seen": 1, "revisions": 1, "documents": 2}
    assert collector.poll(store.get_source("rev")).stored == 0


def test_robots_txt_is_respected(server, texts, store, collect):
    items = serve_articles(server, texts, 2, prefix="/private/")
    server.route("/robots.txt", Reply("User-agent: *\nDisallow: /private/\nDisallow: /closed.xml\n",
                                      headers={"Content-Type": "text/plain"}))
    server.route("/closed.xml", Reply(rss(items), headers=RSS))
    server.route("/open.xml", Reply(rss(items), headers=RSS))
    collector = collect()
    closed = collector.poll(add(store, "closed", "rss", server.url("/closed.xml")))
    assert closed.outcome == "failed" and closed.error.startswith("robots_disallowed")
    assert "/closed.xml" not in server.hits
    report = collector.poll(add(store, "open", "rss", server.url("/open.xml")))
    assert report.rejected == 2 and all(d["reject_reason"] == "robots_disallowed" for d in documents(store))
    assert not any(path.startswith("/private/") for path in server.hits)


def test_items_per_poll_are_bounded(server, texts, store, collect):
    server.route("/feed.xml", Reply(rss(serve_articles(server, texts, 5)), headers=RSS, etag='"x"'))
    collector = collect(max_items_per_poll=2)
    first = collector.poll(add(store, "big", "rss", server.url("/feed.xml")))
    assert (first.stored, first.deferred) == (2, 3)
    source = store.get_source("big")
    assert source.etag is None and source.next_due_at <= datetime.now(timezone.utc)
    collector.poll(source)
    collector.poll(store.get_source("big"))
    assert len(documents(store)) == 5 and store.get_source("big").etag == '"x"'


def test_per_host_concurrency_cap(server, texts, store, collect):
    items = serve_articles(server, texts, 6)
    for n in range(6):
        server.routes[f"/a/{n}.html"].delay = 0.2
    server.route("/feed.xml", Reply(rss(items), headers=RSS))
    collect(fetch_workers=4, host_concurrency=1).poll(add(store, "cap", "rss", server.url("/feed.xml")))
    assert server.most_in_flight == 1
    server.most_in_flight = 0
    server.route("/feed2.xml", Reply(rss(serve_articles(server, texts[6:], 6, prefix="/b/")), headers=RSS))
    for n in range(6):
        server.routes[f"/b/{n}.html"].delay = 0.2
    collect(fetch_workers=4, host_concurrency=3).poll(add(store, "cap2", "rss", server.url("/feed2.xml")))
    assert 1 < server.most_in_flight <= 3


def test_watched_folder(tmp_path, texts, store, collect):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(texts[0]["title"] + "\n\n" + texts[0]["text"], encoding="utf-8")
    (folder / "feed.jsonl").write_text("\n".join(__import__("json").dumps(t) for t in texts[1:3]) + "\n",
                                       encoding="utf-8")
    source = add(store, "inbox", "folder", str(folder))
    collector = collect()
    assert collector.poll(source).stored == 3
    assert collector.poll(store.get_source("inbox")).stored == 0
    with open(folder / "feed.jsonl", "a", encoding="utf-8") as handle:
        handle.write(__import__("json").dumps(texts[3]) + "\n")
    assert collector.poll(store.get_source("inbox")).stored == 1
    assert {d["id"] for d in documents(store, "inbox")} and len(documents(store, "inbox")) == 4
