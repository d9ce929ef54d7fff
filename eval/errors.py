"""Print, document by document, where extraction disagrees with the gold coding.

    .venv/bin/python eval/errors.py eval/corpus/dev/fr.jsonl [--id fr-012]

For tuning on the dev part only: never run it on eval/corpus/heldout.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sahelwatch.evaluation.corpus import load_corpus
from sahelwatch.evaluation.score import FIELDS, matched
from sahelwatch.extract.document import extract_events

SHOWN = ("event_type", "sub_event_type", "country", "admin1_code", "location", "actor1", "actor2", "fatalities",
         "date", "background")


def brief(event: dict) -> str:
    return " | ".join(str(event.get(k)) for k in SHOWN)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="+")
    parser.add_argument("--id", help="only this document")
    args = parser.parse_args()
    if any("heldout" in str(p) for p in args.corpus):
        parser.error("the held-out corpus is for scoring only, not for reading errors")
    for doc in load_corpus(args.corpus):
        if args.id and doc.id != args.id:
            continue
        extraction = extract_events(doc.text, doc.lang, doc.published, title=doc.title)
        predicted = [e.as_dict() for e in extraction.events]
        gold = list(doc.events)
        pairs = matched(gold, predicted)
        wrong_fields = [(g, p) for g, p in pairs if any(g.get(f) != p.get(f) for f in FIELDS if f != "location")]
        if extraction.kind == doc.kind and len(pairs) == len(gold) == len(predicted) and not wrong_fields:
            continue
        print(f"== {doc.id} kind gold={doc.kind} pred={extraction.kind} {extraction.reason or ''}")
        matched_p = [id(p) for _, p in pairs]
        for g in gold:
            partner = next((p for gg, p in pairs if gg is g), None)
            print(f"  G {brief(g)}")
            print(f"  {'=' if partner else '-'} {brief(partner) if partner else '(missed)'}")
        for p in predicted:
            if id(p) not in matched_p:
                print(f"  + {brief(p)}")


if __name__ == "__main__":
    main()
