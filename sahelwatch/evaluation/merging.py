"""Merge quality: are reports of one real incident put in one event, and only those?

The corpus gives each gold event an ``incident`` id shared by every report of the same
incident, across documents and languages. Scoring, pairwise:

1. the events of every document are taken (predicted by the extractor, or the gold events
   themselves with coordinates looked up in the gazetteer) and stored as the reports of
   their document in a temporary SQLite store;
2. predicted events are aligned to gold events within each document (the alignment of
   ``score.align``, the one field accuracy uses); an aligned event carries its gold incident;
3. the store consolidates every report of the corpus, the same code path as ``ingest``;
4. over every pair of aligned events: *predicted same* = put in one consolidated event;
   *gold same* = their gold events share an incident. Precision = both / predicted same,
   recall = both / gold same. ``gold_pairs_missed`` counts gold-same pairs lost because one
   of the two gold events had no aligned prediction (an extraction miss, not a merge error).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sahelwatch.consolidate.criteria import MergeRules
from sahelwatch.consolidate.places import locate
from sahelwatch.evaluation.corpus import GoldDocument
from sahelwatch.evaluation.score import align
from sahelwatch.model import Document, Event
from sahelwatch.store import open_store
from sahelwatch.store.reports import report_id


@dataclass(frozen=True, slots=True)
class MergeScore:
    reports: int
    events: int
    predicted_pairs: int
    gold_pairs: int
    correct_pairs: int
    gold_pairs_missed: int

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct_pairs / self.gold_pairs if self.gold_pairs else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "reports": self.reports,
                "events": self.events, "predicted_pairs": self.predicted_pairs, "gold_pairs": self.gold_pairs,
                "correct_pairs": self.correct_pairs, "gold_pairs_missed": self.gold_pairs_missed}


def gold_event(gold: dict[str, Any]) -> Event:
    """A gold annotation as an extracted event would be, with the gazetteer's coordinates."""
    place = locate(gold["country"], gold.get("admin1_code"), gold.get("location"))
    date = gold.get("date")
    return Event(gold["event_type"], gold["sub_event_type"], gold["country"], tuple(gold.get("ct_tags") or ()),
                 gold.get("admin1"), gold.get("admin1_code"), gold.get("location"), place.latitude,
                 place.longitude, gold.get("geo_precision") or 3, gold.get("actor1"), gold.get("actor2"),
                 gold.get("fatalities"), dt.date.fromisoformat(date) if date else None, gold.get("date_precision"),
                 bool(gold.get("background")), 1.0)


def _document(doc: GoldDocument, events: Sequence[Event]) -> Document:
    published = dt.datetime.combine(doc.published, dt.time(12), dt.timezone.utc) if doc.published else None
    return Document(id=doc.id, origin=doc.path, text=doc.text, lang=doc.lang, published_at=published,
                    events=tuple(events), kind="incident" if events else None)


def consolidated_groups(documents: Sequence[Document], rules: MergeRules, workdir: Path) -> dict[str, str]:
    """Store ``documents`` with their events in a fresh SQLite store, consolidate; report id -> event id."""
    store = open_store(f"sqlite:///{workdir / 'merge-eval.db'}")
    try:
        store.add_documents(documents)
        store.consolidate(rules, full=True)
        return store.report_event_ids()
    finally:
        store.close()


def score_merges(corpus: Sequence[GoldDocument], predicted: dict[str, list[Event]] | None,
                 rules: MergeRules) -> MergeScore:
    """Pairwise merge precision and recall; ``predicted`` maps document id to its events (None: gold input)."""
    documents, incident_of, gold_total = [], {}, []
    for doc in corpus:
        golds = list(doc.events)
        gold_total.extend(g["incident"] for g in golds)
        if predicted is None:
            events = [gold_event(g) for g in golds]
            pairs = [(g, i) for i, g in enumerate(golds)]
        else:
            events = predicted.get(doc.id, [])
            dicts = [e.as_dict() for e in events]
            pairs = [(g, dicts.index(p)) for g, p in align(golds, dicts)]
        documents.append(_document(doc, events))
        incident_of.update({report_id(doc.id, index): g["incident"] for g, index in pairs})
    with tempfile.TemporaryDirectory(prefix="sahelwatch-merge-") as workdir:
        event_of = consolidated_groups(documents, rules, Path(workdir))
    return _pairwise(incident_of, event_of, _pairs(gold_total))


def _pairs(groups: Iterable[Hashable]) -> int:
    """Pairs of items in the same group, each item given by its group: counted per group, not pair by pair."""
    return sum(n * (n - 1) // 2 for n in Counter(groups).values())


def _pairwise(incident_of: dict[str, str], event_of: dict[str, str], all_gold_pairs: int) -> MergeScore:
    predicted = _pairs(event_of[r] for r in incident_of)
    gold = _pairs(incident_of.values())
    correct = _pairs((event_of[r], incident_of[r]) for r in incident_of)
    return MergeScore(len(event_of), len(set(event_of.values())), predicted, gold, correct, all_gold_pairs - gold)
