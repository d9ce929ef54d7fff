"""The ingest run: read documents, send each through the pipeline, store them in batches.

Crash safety: documents are written in transactions of ``ingest_batch_size``; a document
whose id is already stored is skipped before any work is done on it. A run killed at any
moment leaves whole batches behind, and the next run resumes with the rest: every input is
stored exactly once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from sahelwatch.model import Document
from sahelwatch.pipeline import Context, Pipeline
from sahelwatch.store import Store


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


def ingest(docs: Iterable[Document], store: Store, context: Context,
           on_document: Callable[[Document], None] | None = None) -> IngestSummary:
    """Run the configured pipeline on ``docs`` and store them; return what happened."""
    pipeline = Pipeline.from_config(context)
    summary = IngestSummary()
    seen: set[str] = set()
    for batch in _batches(docs, context.config.ingest_batch_size):
        summary.read += len(batch)
        stored = store.stored_ids(doc.id for doc in batch)
        processed = []
        for doc in batch:
            if doc.id in stored or doc.id in seen:
                summary.already_stored += 1
            else:
                seen.add(doc.id)
                doc = pipeline(doc)
                summary.count(doc)
                processed.append(doc)
            if on_document:
                on_document(doc)
        summary.stored += store.add_documents(processed)
    return summary
