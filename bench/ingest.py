"""Ingest throughput: documents per second end to end into SQLite, for HTML and for plain text.

    .venv/bin/python bench/ingest.py [--documents 2000]

Builds documents from the bundled sample corpus (each copy made unique so that the
duplicate detector does real work but does not short-circuit), writes them to a temporary
folder, and runs the real ingest (read, decode, article extraction, language id,
fingerprints, near-duplicate lookup, store with full-text index) on a fresh SQLite file.
Prints documents/second per format and the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from html import escape
from pathlib import Path

from sahelwatch.config import load_config
from sahelwatch.ingest.readers import read_paths
from sahelwatch.ingest.run import ingest
from sahelwatch.pipeline import Context
from sahelwatch.store import open_store

SAMPLE = Path(__file__).resolve().parent.parent / "sahelwatch" / "data" / "sample" / "sahel-wire.jsonl"


def unique_texts(count: int) -> list[tuple[str, str, str]]:
    records = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(7)
    texts = []
    for n in range(count):
        record = records[n % len(records)]
        words = record["text"].split()
        rng.shuffle(words)  # same vocabulary and length, different shingles
        texts.append((record["lang"], f"{record['title']} ({n})", " ".join(words) + f" Ref {n}."))
    return texts


def html_page(lang: str, title: str, text: str) -> str:
    direction = "rtl" if lang == "ar" else "ltr"
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.split(". "))
    return (f'<!doctype html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title><meta property='article:published_time' content='2026-03-15'></head>"
            f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>{escape(title)}</h1>"
            f"{paragraphs}</article><aside><h2>Latest</h2><ul><li>Item one</li><li>Item two</li></ul></aside>"
            "<footer>© 2026</footer></body></html>")


def run(folder: Path, data_dir: Path, steps: list[str] | None) -> tuple[int, float]:
    config = load_config(env={}, data_dir=str(data_dir), pipeline=steps)
    store = open_store(config.db_url)
    start = time.perf_counter()
    summary = ingest(read_paths([str(folder)], config.max_document_bytes), store, Context(config, store=store))
    elapsed = time.perf_counter() - start
    store.close()
    return summary.stored, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000, help="documents per format")
    parser.add_argument("--without-extraction", action="store_true",
                        help="run the document steps only (no event extraction), as before extraction existed")
    args = parser.parse_args()
    steps = None
    if args.without_extraction:
        steps = [s for s in load_config(env={}).pipeline if s != "extract_events"]
    texts = unique_texts(args.documents)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "html").mkdir()
        (root / "text").mkdir()
        for n, (lang, title, text) in enumerate(texts):
            (root / "html" / f"{n}.html").write_text(html_page(lang, title, text), encoding="utf-8")
            (root / "text" / f"{n}.txt").write_text(f"{title}\n\n{text}", encoding="utf-8")
        for kind in ("text", "html"):
            stored, elapsed = run(root / kind, root / f"data-{kind}", steps)
            print(f"{kind:>5}: {stored} documents in {elapsed:.1f} s = {stored / elapsed:.0f} documents/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
