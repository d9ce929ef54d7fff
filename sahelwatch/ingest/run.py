"""The ingest run: read documents, send each through the pipeline, store them in batches.

Crash safety: documents are written in transactions of ``ingest_batch_size``; a document
whose id is already stored is skipped before any work is done on it. A run killed at any
moment leaves whole batches behind, and the next run resumes with the rest: every input is
stored exactly once.

Post-ingest hooks run once after a run that stored new documents, with the store, the
summary and the context: the extension point for work over many documents, such as
consolidating reports of one incident into one event. Register one with
``@post_ingest_hook("name")``. The modules in ``OPTIONAL_HOOK_MODULES`` (event
consolidation, ``sahelwatch.consolidate.events``) are imported first when they exist, so
that they register their hooks whatever command runs the ingest.

Collection passes its own ``write`` so that a document and the record of the feed item it
came from are stored in one transaction (``sahelwatch.ingest.collect``).
"""

from __future__ import annotations

import importlib
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from sahelwatch.model import Document
from sahelwatch.pipeline import Context, Pipeline
from sahelwatch.store import Store

log = logging.getLogger(__name__)
Writer = Callable[[list[Document], list[Document]], int]
"""Stores one batch: the processed documents and those skipped as already stored; returns how many were new."""
PostIngestHook = Callable[[Store, "IngestSummary", Context], None]
_POST_INGEST_HOOKS: dict[str, PostIngestHook] = {}
OPTIONAL_HOOK_MODULES = ("sahelwatch.consolidate.events",)


@dataclass
class IngestSummary:
    read: int = 0
    stored: int = 0
    already_stored: int = 0
    by_status: Counter = field(default_factory=Counter)
    rejected_by_reason: Counter = field(default_factory=Counter)
    events: int = 0

    @property
    def rejected(self) -> int:
        return self.by_status["rejected"]

    def count(self, doc: Document) -> None:
        self.by_status[doc.status] += 1
        self.events += len(doc.events)
        if doc.status == "rejected":
            self.rejected_by_reason[doc.reject_reason] += 1

    def as_dict(self) -> dict:
        return {"read": self.read, "stored": self.stored, "already_stored": self.already_stored,
                "by_status": dict(self.by_status), "rejected_by_reason": dict(self.rejected_by_reason),
                "events": self.events}


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def post_ingest_hook(name: str) -> Callable[[PostIngestHook], PostIngestHook]:
    """Register ``hook(store, summary, context)`` to run after every ingest that stored new documents."""
    def register(hook: PostIngestHook) -> PostIngestHook:
        _POST_INGEST_HOOKS[name] = hook
        return hook
    return register


def post_ingest_hooks() -> dict[str, PostIngestHook]:
    """The registered hooks, once the optional modules that exist (event consolidation) have registered theirs."""
    for module_name in OPTIONAL_HOOK_MODULES:
        try:
            importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
    return dict(_POST_INGEST_HOOKS)


def run_post_ingest_hooks(store: Store, summary: IngestSummary, context: Context) -> None:
    for name, hook in post_ingest_hooks().items():
        log.debug("post_ingest_hook name=%s", name)
        hook(store, summary, context)


def ingest(docs: Iterable[Document], store: Store, context: Context,
           on_document: Callable[[Document], None] | None = None, write: Writer | None = None) -> IngestSummary:
    """Run the configured pipeline on ``docs``, store them (with ``write``, default ``store.add_documents``),
    run the post-ingest hooks if anything new was stored, and return what happened."""
    pipeline = Pipeline.from_config(context)
    write = write or (lambda processed, _skipped: store.add_documents(processed))
    summary = IngestSummary()
    seen: set[str] = set()
    for batch in _batches(docs, context.config.ingest_batch_size):
        summary.read += len(batch)
        stored = store.stored_ids(doc.id for doc in batch)
        processed, skipped = [], []
        for doc in batch:
            if doc.id in stored or doc.id in seen:
                summary.already_stored += 1
                skipped.append(doc)
            else:
                seen.add(doc.id)
                doc = pipeline(doc)
                summary.count(doc)
                processed.append(doc)
            if on_document:
                on_document(doc)
        summary.stored += write(processed, skipped)
    if summary.stored:
        run_post_ingest_hooks(store, summary, context)
    return summary
