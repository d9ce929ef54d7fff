"""The near-duplicate index: memory it holds when full, and time per lookup.

    .venv/bin/python bench/duplicates.py [--documents 10000] [--near 0.1]

Makes ``--documents`` articles of 300 words drawn from the sample corpus, a share ``--near`` of
them light rewrites of an earlier one, computes their MinHash signatures (not timed), then
sends each through the index as ``find_duplicates`` does (look up, then add an original) into
an index whose capacity is the number of documents. Prints the memory the full index holds
(tracemalloc, in KB per document), microseconds per lookup and add, and the near-duplicates found.
"""

from __future__ import annotations

import argparse
import json
import random
import time
import tracemalloc
from pathlib import Path

from sahelwatch.config import load_config
from sahelwatch.consolidate.duplicates import DuplicateIndex, content_hash, minhash_of

SAMPLE = Path(__file__).resolve().parent.parent / "sahelwatch" / "data" / "sample" / "sahel-wire.jsonl"


def articles(count: int, near: float, seed: int = 7) -> list[str]:
    records = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    vocabulary = sorted({word for record in records for word in record["text"].split()})
    rng, texts = random.Random(seed), []
    for n in range(count):
        if texts and rng.random() < near:
            words = rng.choice(texts).split()
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
        else:
            words = [rng.choice(vocabulary) for _ in range(300)]
        texts.append(" ".join(words))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--near", type=float, default=0.1, help="share of light rewrites of an earlier article")
    args = parser.parse_args()
    config = load_config(env={})
    texts = articles(args.documents, args.near)
    signatures = [minhash_of(t, config.minhash_permutations, config.shingle_words).hashvalues for t in texts]
    digests = [content_hash(t) for t in texts]
    ids = [f"doc-{n:016x}" for n in range(len(texts))]

    def fill() -> tuple[DuplicateIndex, int]:
        index = DuplicateIndex(config.near_duplicate_threshold, config.minhash_permutations, capacity=len(texts))
        found = 0
        for doc_id, digest, signature in zip(ids, digests, signatures):
            if index.exact(digest) is None and index.nearest(signature) is None:
                index.add(doc_id, digest, signature)
            else:
                found += 1
        return index, found

    started = time.perf_counter()
    index, found = fill()
    elapsed = time.perf_counter() - started
    del index
    tracemalloc.start()
    index, _ = fill()
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print(f"index of {len(index)} documents holds {held / 2**20:.1f} MB "
          f"= {held / 1024 / len(index):.2f} KB per document")
    print(f"lookup and add: {elapsed / len(texts) * 1e6:.0f} µs per document; "
          f"{found} duplicates found of {len(texts)}")

if __name__ == "__main__":
    main()
