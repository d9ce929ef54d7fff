"""Scores of the extractor against the gold coding: kinds, event detection, field accuracy.

- Document kind: precision, recall and F1 of each kind, and accuracy.
- Event detection: a predicted event matches a gold one of the same event type in the same
  country and place (the same location, or within 15 km of it, or — when the gold event
  names no town — the same admin1; a village no gazetteer knows is the same when its
  consonants are, in the same admin1); one-to-one, per document. Precision, recall, F1.
- Fields: each gold event is aligned with the predicted event of its document that agrees
  with it most (at least on the country or the event type); on those pairs, the accuracy
  of country, event type, sub-event type, admin1, location, actor1, actor2, fatalities
  (exact) and date (exact). Field accuracy on strictly matched events is reported too.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sahelwatch.evaluation.corpus import GoldDocument
from sahelwatch.gazetteer import Gazetteer
from sahelwatch.gazetteer.geo import distance_km
from sahelwatch.gazetteer.translit import latin_skeleton
from sahelwatch.text.normalise import fold

FIELDS = ("country", "event_type", "sub_event_type", "admin1_code", "location", "actor1", "actor2",
          "fatalities", "date")
KINDS = ("incident", "analysis", "other")
NEAR_KM = 15.0


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Scores:
    documents: int = 0
    kinds: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in KINDS})
    kind_correct: int = 0
    detection: PRF = field(default_factory=PRF)
    aligned: Counter = field(default_factory=Counter)
    aligned_total: int = 0
    matched: Counter = field(default_factory=Counter)
    matched_total: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "kind": {k: v.as_dict() for k, v in self.kinds.items()}
            | {"accuracy": round(self.kind_correct / self.documents, 3) if self.documents else 1.0},
            "events": self.detection.as_dict(),
            "fields": {f: round(self.aligned[f] / self.aligned_total, 3) if self.aligned_total else 1.0
                       for f in FIELDS} | {"pairs": self.aligned_total},
            "fields_on_matched": {f: round(self.matched[f] / self.matched_total, 3) if self.matched_total else 1.0
                                  for f in FIELDS} | {"pairs": self.matched_total},
        }


def _letters(name: str) -> str:
    return "".join(c for c in fold(name) if c.isalpha())


def _same_location(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if not gold.get("location"):
        return not pred.get("location") or pred.get("admin1_code") == gold.get("admin1_code")
    if not pred.get("location"):
        return False
    if _letters(gold["location"]) == _letters(pred["location"]):
        return True  # "Dan Sadau" and "Dansadau", "Ti-n-Zaouâtene" and "Tinzaouatene"
    known = [place for place in Gazetteer.load().lookup(gold["location"])
             if place.country == gold["country"] and place.latitude is not None]
    if not known:
        return _same_unlisted_village(gold, pred)
    if pred.get("latitude") is None:
        return False
    return any(distance_km(place.latitude, place.longitude, pred["latitude"], pred["longitude"]) <= NEAR_KM
               for place in known)


def _same_unlisted_village(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """A village no gazetteer knows has no agreed Latin spelling: a name read from Arabic letters
    ("Yantomaki", "Kirenawa") is the gold one ("Yantumaki", "Kirenowa") when both write the
    same consonants, of at least two sounds, in the same region."""
    skeleton = latin_skeleton(fold(gold["location"]))
    return (len(skeleton) >= 2 and pred.get("admin1_code") == gold.get("admin1_code")
            and latin_skeleton(fold(pred["location"])) == skeleton)


def same_event(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    return (gold["event_type"] == pred["event_type"] and gold["country"] == pred["country"]
            and _same_location(gold, pred))


def _field_equal(name: str, gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if name == "location":
        return (not gold.get("location") and not pred.get("location")) or bool(
            gold.get("location") and pred.get("location") and _same_location(gold, pred))
    return gold.get(name) == pred.get(name)


def _agreement(gold: dict[str, Any], pred: dict[str, Any]) -> int:
    return sum(_field_equal(name, gold, pred) for name in FIELDS)


def _one_to_one(golds: list[dict], preds: list[dict], accept: Callable[[dict, dict], bool]) -> list[tuple[dict, dict]]:
    pairs, used = [], set()
    candidates = sorted(((-_agreement(g, p), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)
                         if accept(g, p)))
    taken_gold = set()
    for _, gi, pi in candidates:
        if gi not in taken_gold and pi not in used:
            taken_gold.add(gi)
            used.add(pi)
            pairs.append((golds[gi], preds[pi]))
    return pairs


def score_document(scores: Scores, gold: GoldDocument, kind: str, predicted: list[dict[str, Any]]) -> None:
    scores.documents += 1
    scores.kind_correct += kind == gold.kind
    for name, prf in scores.kinds.items():
        prf.tp += kind == name and gold.kind == name
        prf.fp += kind == name and gold.kind != name
        prf.fn += kind != name and gold.kind == name
    golds = list(gold.events)
    detected = matched(golds, predicted)
    scores.detection.tp += len(detected)
    scores.detection.fp += len(predicted) - len(detected)
    scores.detection.fn += len(golds) - len(detected)
    for g, p in detected:
        scores.matched_total += 1
        scores.matched.update(name for name in FIELDS if _field_equal(name, g, p))
    for g, p in align(golds, predicted):
        scores.aligned_total += 1
        scores.aligned.update(name for name in FIELDS if _field_equal(name, g, p))


def evaluate(documents: Iterable[GoldDocument], extract: Callable[[GoldDocument], tuple[str, list[dict]]]
             ) -> dict[str, Scores]:
    """Scores per language and overall ("all")."""
    by_lang: dict[str, Scores] = defaultdict(Scores)
    for doc in documents:
        kind, predicted = extract(doc)
        score_document(by_lang[doc.lang], doc, kind, predicted)
        score_document(by_lang["all"], doc, kind, predicted)
    return dict(by_lang)


def matched(golds: list[dict[str, Any]], preds: list[dict[str, Any]]) -> list[tuple[dict, dict]]:
    """Gold events of a document paired one-to-one with the predicted events that detect them."""
    return _one_to_one(golds, preds, same_event)


def align(golds: list[dict[str, Any]], preds: list[dict[str, Any]]) -> list[tuple[dict, dict]]:
    """Gold events of a document paired one-to-one with the predicted events that agree with them most."""
    return _one_to_one(golds, preds, lambda g, p: g["country"] == p["country"] or g["event_type"] == p["event_type"])
