"""Pin the quality gate: score the held-out corpus and write eval/gate.json.

    .venv/bin/python eval/pin_gate.py

Run it on purpose, when extraction has improved (or when the corpus changed and its new
fingerprint must be accepted): tests/eval/test_quality_gate.py fails if any score falls
below the pinned one or if the corpus changes without a new pin.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from sahelwatch.evaluation.corpus import fingerprint, load_corpus
from sahelwatch.evaluation.score import FIELDS, evaluate
from sahelwatch.extract.document import extract_events

EVAL = Path(__file__).resolve().parent
HELDOUT = EVAL / "corpus" / "heldout"
GATE = EVAL / "gate.json"
# The targets on the held-out part, recorded next to what is achieved.
TARGETS = {"events_f1": 0.90, "country": 0.97, "event_type": 0.90, "sub_event_type": 0.80, "admin1_code": 0.85,
           "actor1": 0.80, "fatalities": 0.85, "date": 0.85}


def run(doc):
    extraction = extract_events(doc.text, doc.lang, doc.published, title=doc.title)
    return extraction.kind, [e.as_dict() for e in extraction.events]


def heldout_scores() -> dict[str, dict[str, float]]:
    scores = evaluate(load_corpus([HELDOUT]), run)
    flat = {}
    for lang, score in scores.items():
        s = score.as_dict()
        flat[lang] = {"kind_accuracy": s["kind"]["accuracy"], "events_precision": s["events"]["precision"],
                      "events_recall": s["events"]["recall"], "events_f1": s["events"]["f1"],
                      **{name: s["fields"][name] for name in FIELDS}}
    return flat


def main() -> None:
    scores = heldout_scores()
    floors = {lang: {k: math.floor(v * 100) / 100 for k, v in values.items()} for lang, values in scores.items()}
    GATE.write_text(json.dumps({"corpus_fingerprint": fingerprint([HELDOUT]), "minimum": floors,
                                "targets": TARGETS}, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    for lang, values in sorted(scores.items()):
        print(lang, " ".join(f"{k}={v:.3f}" for k, v in values.items()))


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    main()
