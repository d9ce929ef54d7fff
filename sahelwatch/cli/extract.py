"""``sahelwatch extract`` and ``sahelwatch eval``: events from documents, and their quality on a corpus."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from sahelwatch.cli.base import app, out, print_json
from sahelwatch.extract.document import extract_events
from sahelwatch.ingest.readers import read_paths, read_stdin
from sahelwatch.pipeline import Context, Pipeline


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"


# Extraction reads each document on its own: duplicates are the store's business, not this output's.
STORE_STEPS = frozenset({"fingerprint", "find_duplicates"})


@app.command()
def extract(
    ctx: typer.Context,
    paths: Annotated[list[str] | None, typer.Argument(help="Files, folders, globs, or - (default) for JSONL on stdin.")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="jsonl: one object per line; json: indented.")]
    = OutputFormat.jsonl,
) -> None:
    """Find the security events in documents and print them, one JSON object per document (nothing is stored)."""
    config = ctx.obj.config()
    limit = config.max_document_bytes
    docs = read_stdin(limit) if not paths or paths == ["-"] else read_paths(paths, limit)
    pipeline = Pipeline([name for name in config.pipeline if name not in STORE_STEPS], Context(config))
    for doc in docs:
        doc = pipeline(doc)
        record = {"id": doc.external_id or doc.id, "lang": doc.lang, "kind": doc.kind,
                  "events": [e.as_dict() for e in doc.events]}
        if doc.status == "rejected":
            record |= {"kind": None, "rejected": doc.reject_reason, "reason": doc.reject_detail}
        elif not doc.events and doc.notes:
            record["reason"] = doc.notes[-1]
        if output_format is OutputFormat.json:
            print_json(record)
        else:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


@app.command("eval")
def evaluate_corpus(
    ctx: typer.Context,
    corpus: Annotated[list[Path], typer.Argument(help="Annotated corpus: .jsonl files or folders (eval/corpus/heldout).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score event extraction against an annotated corpus, per language and overall, and the merging of
    reports into events (pairwise, with predicted and with gold events as input)."""
    from sahelwatch.consolidate.criteria import MergeRules
    from sahelwatch.evaluation.corpus import fingerprint, load_corpus
    from sahelwatch.evaluation.merging import score_merges
    from sahelwatch.evaluation.score import FIELDS, evaluate

    documents = load_corpus(corpus)
    predicted = {}

    def run(doc):
        extraction = extract_events(doc.text, doc.lang, doc.published, title=doc.title)
        predicted[doc.id] = list(extraction.events)
        return extraction.kind, [e.as_dict() for e in extraction.events]

    scores = {lang: s.as_dict() for lang, s in sorted(evaluate(documents, run).items())}
    rules = MergeRules.from_config(ctx.obj.config())
    merging = {"predicted": score_merges(documents, predicted, rules).as_dict(),
               "gold": score_merges(documents, None, rules).as_dict()}
    if as_json:
        print_json({"fingerprint": fingerprint(corpus), "scores": scores, "merging": merging})
        return
    table = Table("measure", *scores, title=f"Extraction quality on {len(documents)} documents")
    rows = [("documents", lambda s: str(s["documents"])), ("kind accuracy", lambda s: f"{s['kind']['accuracy']:.3f}")]
    for kind in ("incident", "analysis", "other"):
        rows.append((f"kind {kind} P/R/F1", lambda s, k=kind: _prf(s["kind"][k])))
    rows.append(("events P/R/F1", lambda s: _prf(s["events"])))
    rows.append(("aligned event pairs", lambda s: str(s["fields"]["pairs"])))
    rows.extend((f"  {name}", lambda s, n=name: f"{s['fields'][n]:.3f}") for name in FIELDS)
    for label, value in rows:
        table.add_row(label, *(value(s) for s in scores.values()))
    out.print(table)
    _show_merging(merging)
    out.print(f"corpus fingerprint: {fingerprint(corpus)}")


def _prf(values: dict) -> str:
    return f"{values['precision']:.2f}/{values['recall']:.2f}/{values['f1']:.2f}"


def _show_merging(merging: dict) -> None:
    table = Table("input", "precision", "recall", "pairs merged", "gold pairs", "correct", "reports", "events",
                  title="Merge quality (pairwise, across documents and languages)")
    for name, m in merging.items():
        table.add_row(f"{name} events", f"{m['precision']:.3f}", f"{m['recall']:.3f}", str(m["predicted_pairs"]),
                      str(m["gold_pairs"]), str(m["correct_pairs"]), str(m["reports"]), str(m["events"]))
    out.print(table)
