"""Extraction speed: documents per second and peak memory on ~3 KB news articles.

    .venv/bin/python bench/extract.py [--documents 600] [--workers 2] [--lang ar|fr|en]

Articles are the annotated dev corpus's texts, Arabic, French and English in turn (or one
language with ``--lang``), padded to about 3 KB with more of their own language's text.
Prints the gazetteer's load time, documents per second on one process and with a process
pool of ``--workers``, and peak resident memory per worker.
"""

from __future__ import annotations

import argparse
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from sahelwatch.evaluation.corpus import load_corpus

DEV = Path(__file__).resolve().parent.parent / "eval" / "corpus" / "dev"


def articles(count: int, langs: tuple[str, ...] = ("ar", "fr", "en")) -> list[tuple[str, str, object]]:
    """``count`` articles, the languages of ``langs`` in turn (the corpus file of one language comes first)."""
    by_lang: dict[str, list] = {}
    for doc in load_corpus([DEV]):
        by_lang.setdefault(doc.lang, []).append(doc)
    out = []
    for n in range(count):
        others = by_lang[langs[n % len(langs)]]
        doc = others[n // len(langs) % len(others)]
        text = doc.text
        k = 1
        while len(text.encode("utf-8")) < 3000:
            text += "\n\n" + others[(n // len(langs) + k) % len(others)].text
            k += 1
        out.append((text, doc.lang, doc.published))
    return out


def _run(batch: list[tuple[str, str, object]]) -> tuple[int, float]:
    from sahelwatch.extract.document import extract_events
    events = sum(len(extract_events(text, lang, published).events) for text, lang, published in batch)
    return events, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=600)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--lang", choices=("ar", "fr", "en"), help="articles of this language only")
    args = parser.parse_args()
    batch = articles(args.documents, (args.lang,) if args.lang else ("ar", "fr", "en"))
    size = sum(len(t.encode("utf-8")) for t, _, _ in batch) / len(batch)

    start = time.perf_counter()
    from sahelwatch.extract.actors import ActorRegistry
    from sahelwatch.gazetteer import Gazetteer
    Gazetteer.load()
    print(f"gazetteer load: {time.perf_counter() - start:.2f} s")
    ActorRegistry.load()
    _run(batch[:3])  # builds the phrase matchers once
    start = time.perf_counter()
    events, peak = _run(batch)
    elapsed = time.perf_counter() - start
    print(f"1 process: {len(batch)} documents of {size / 1024:.1f} KB in {elapsed:.1f} s = "
          f"{len(batch) / elapsed:.0f} documents/s ({events} events); peak memory {peak:.0f} MB")

    chunks = [batch[i::args.workers * 4] for i in range(args.workers * 4)]
    with ProcessPoolExecutor(args.workers) as pool:
        list(pool.map(_run, [c[:2] for c in chunks[:args.workers]]))  # warm the workers
        start = time.perf_counter()
        results = list(pool.map(_run, chunks))
        elapsed = time.perf_counter() - start
    print(f"{args.workers} workers: {len(batch) / elapsed:.0f} documents/s; "
          f"peak memory per worker {max(m for _, m in results):.0f} MB")


if __name__ == "__main__":
    main()
