"""Collection: poll a source, send its new articles through the pipeline, record what happened.

    collector = Collector(store, context, Fetcher(FetchOptions.from_config(config)))
    report = collector.poll(source)          # one source
    reports = collector.poll_due()           # every enabled source that is due

A poll lists the source's items (a conditional request for feeds), keeps those never seen in
this source or announced with a new change stamp, takes at most ``max_items_per_poll`` of
them (newest first), and reads them through the kind's reader into the ordinary ``ingest()``
run. Each document and the record of its item are stored in one transaction, so a poll
killed at any moment resumes without losing or repeating an article. The same article in two
sources is fetched once and recorded in both. The feed's ETag/Last-Modified are kept only
after a poll that took every new item, so a 304 never hides an item not yet read.

Every outcome is recorded on the source: success (with a note if some articles could not be
fetched; those are tried again next poll), or failure with its reason and a backed-off next
poll. A poll interrupted by shutdown records nothing, so it is the first one done on restart.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from sahelwatch.errors import FetchError, HttpStatus
from sahelwatch.ingest.fetch import Fetcher
from sahelwatch.ingest.kinds import Listing, get_kind, item_document_id, read_web_articles, revision_id
from sahelwatch.ingest.listings import ListingItem
from sahelwatch.ingest.run import IngestSummary, ingest
from sahelwatch.model import Document
from sahelwatch.pipeline import Context
from sahelwatch.store import Store
from sahelwatch.store.sources import CollectedItem, SeenItem, Source

log = logging.getLogger("sahelwatch.collect")


@dataclass
class PollReport:
    """What one poll of one source did."""

    source: str
    outcome: str = "ok"               # ok, not_modified, failed, interrupted
    status: int | None = None         # HTTP status of the listing
    items_found: int = 0
    new_items: int = 0
    revised_items: int = 0
    deferred: int = 0                 # new items left for the next poll (max_items_per_poll)
    failed_items: int = 0
    stored: int = 0
    rejected: int = 0
    events: int = 0
    error: str | None = None
    seconds: float = 0.0
    item_errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items()}


@dataclass
class _Work:
    """The items of one poll to read, and how to record each once its document is stored."""

    items: list[ListingItem]
    previous: dict[str, SeenItem]
    collected: dict[str, CollectedItem] = field(default_factory=dict)
    cut_short: bool = False


class Collector:
    """Polls sources with one fetcher and one pipeline context for the whole run."""

    def __init__(self, store: Store, context: Context, fetcher: Fetcher, stop: threading.Event | None = None) -> None:
        self.store = store
        self.context = context
        self.fetcher = fetcher
        self.config = context.config
        self.stop = stop or fetcher.stop

    def poll_due(self) -> list[PollReport]:
        """Poll every enabled source that is due, once each, until stopped."""
        reports = []
        for source in self.store.due_sources():
            if self.stop.is_set():
                break
            reports.append(self.poll(source))
        return reports

    def poll(self, source: Source) -> PollReport:
        started = time.perf_counter()
        report = PollReport(source.name)
        try:
            listing = get_kind(source.kind).list_items(source, self.fetcher, self.config.fetch_max_bytes)
        except FetchError as exc:
            return self._failed(source, report, exc, started)
        report.status, report.items_found = listing.status, len(listing.items)
        if listing.not_modified:
            report.outcome = "not_modified"
            self.store.record_poll_success(source, None)
        else:
            self._read(source, listing, report)
        report.seconds = time.perf_counter() - started
        _log_report(report)
        return report

    def _failed(self, source: Source, report: PollReport, exc: FetchError, started: float) -> PollReport:
        report.outcome, report.error = "failed", f"{exc.reason}: {exc.detail}"
        report.status = exc.status if isinstance(exc, HttpStatus) else None
        retry_after = exc.retry_after if isinstance(exc, HttpStatus) else None
        self.store.record_poll_failure(source, report.error, retry_after, self.config.max_backoff_minutes)
        report.seconds = time.perf_counter() - started
        _log_report(report)
        return report

    def _read(self, source: Source, listing: Listing, report: PollReport) -> None:
        work = self._select(source, listing.items, report)
        summary = self._ingest(source, work, report)
        report.stored, report.rejected, report.events = summary.stored, summary.rejected, summary.events
        if work.cut_short:
            report.outcome = "interrupted"
            return
        complete = report.deferred == 0 and report.failed_items == 0
        note = f"{report.failed_items} article(s) not fetched, retried next poll: {report.item_errors[0]}" \
            if report.failed_items else None
        self.store.record_poll_success(source, listing.validators if complete else None, note,
                                       again_now=report.deferred > 0)

    def _select(self, source: Source, items: list[ListingItem], report: PollReport) -> _Work:
        unique = list({item.url: item for item in reversed(items)}.values())[::-1]
        seen = self.store.seen_items(source.id, (item.url for item in unique))
        fresh = [i for i in unique if i.url not in seen]
        revised = [i for i in unique if i.url in seen and i.stamp and i.stamp != seen[i.url].stamp]
        report.new_items, report.revised_items = len(fresh), len(revised)
        chosen = (fresh + revised)[:max(0, self.config.max_items_per_poll)]
        report.deferred = len(fresh) + len(revised) - len(chosen)
        previous = {i.url: seen[i.url] for i in chosen if i.url in seen}
        if get_kind(source.kind).read_items is read_web_articles:
            chosen = self._skip_stored_articles(source, chosen, previous)
        return _Work(chosen, previous)

    def _skip_stored_articles(self, source: Source, items: list[ListingItem],
                              previous: dict[str, SeenItem]) -> list[ListingItem]:
        """Record, without fetching, new items whose article is stored already (e.g. from another source)."""
        ids = {item.url: item_document_id(item) for item in items if item.url not in previous}
        stored = self.store.stored_ids(ids.values())
        known = [(CollectedItem(source.id, i.url, i.stamp), ids[i.url]) for i in items if ids.get(i.url) in stored]
        if known:
            self.store.mark_items_seen(known)
        return [i for i in items if ids.get(i.url) not in stored]

    def _ingest(self, source: Source, work: _Work, report: PollReport) -> IngestSummary:
        def write(processed: list[Document], skipped: list[Document]) -> int:
            return self.store.add_collected(processed, work.collected, skipped)
        return ingest(self._documents(source, work, report), self.store, self.context, write=write)

    def _documents(self, source: Source, work: _Work, report: PollReport) -> Iterator[Document]:
        reader = get_kind(source.kind).read_items
        for item, result in reader(source, work.items, self.fetcher, self.config):
            if self.stop.is_set():
                work.cut_short = True
                return
            if isinstance(result, FetchError):
                report.failed_items += 1
                report.item_errors.append(f"{result.reason}: {result.detail}")
                log.warning("article_failed source=%s url=%s reason=%s", source.name, item.url, result.reason)
                continue
            doc, previous = result, work.previous.get(item.url)
            if previous is not None:
                doc = replace(doc, id=revision_id(doc.id, item.stamp),
                              notes=doc.notes + (f"revision_of:{previous.document_id}",))
            work.collected[doc.id] = CollectedItem(source.id, item.url, item.stamp, previous)
            yield doc


def _log_report(report: PollReport) -> None:
    level = logging.WARNING if report.outcome == "failed" else logging.INFO
    fields = " ".join(f"{k}={v}" for k, v in (
        ("source", report.source), ("outcome", report.outcome), ("status", report.status),
        ("items", report.items_found), ("new", report.new_items), ("revised", report.revised_items),
        ("stored", report.stored), ("rejected", report.rejected), ("events", report.events),
        ("deferred", report.deferred), ("failed_items", report.failed_items),
        ("seconds", f"{report.seconds:.2f}")) if v not in (None, 0) or k in ("source", "outcome", "stored"))
    if report.error:
        fields += f" error={report.error!r}"
    log.log(level, "poll %s", fields)


@dataclass(frozen=True, slots=True)
class SourceCheck:
    """What one test fetch of a source found (nothing is stored but the source's health)."""

    source: str
    url: str
    robots: str | None
    status: int | None
    items_found: int
    sample: tuple[ListingItem, ...]
    error: str | None
    seconds: float

    @property
    def ok(self) -> bool:
        return self.error is None


def check_source(source: Source, fetcher: Fetcher, max_bytes: int) -> SourceCheck:
    """Fetch the source's listing once, unconditionally, and say what happened."""
    started = time.perf_counter()
    robots = None
    if source.kind != "folder":
        allowed, why = fetcher.robots_verdict(source.url)
        robots = why
    unconditional = replace(source, etag=None, last_modified=None)
    status, items, error = None, [], None
    try:
        listing = get_kind(source.kind).list_items(unconditional, fetcher, max_bytes)
        status, items = listing.status, listing.items
    except FetchError as exc:
        error = f"{exc.reason}: {exc.detail}"
        status = exc.status if isinstance(exc, HttpStatus) else None
    return SourceCheck(source.name, source.url, robots, status, len(items), tuple(items[:5]), error,
                       time.perf_counter() - started)
