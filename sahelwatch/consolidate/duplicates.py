"""Exact and near-duplicate articles: a duplicate is linked to the document it repeats, never dropped.

``fingerprint`` computes a content hash of the folded text (so that a copy that differs only
in case, diacritics, spacing or digits' script is still exact) and a MinHash of its word
shingles. ``find_duplicates`` looks both up in an index of the documents already stored
(loaded once from the store, then kept current during the run): the same hash makes an
exact duplicate; a MinHash-LSH candidate whose estimated Jaccard similarity reaches the
threshold makes a near-duplicate.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

import numpy as np
from datasketch import MinHash, MinHashLSH

from sahelwatch.model import Document
from sahelwatch.pipeline import Context, resource, step
from sahelwatch.text.normalise import fold


SCHEME = "affine32"  # datasketch's permutation scheme; stored signatures are uint32 arrays


def _signature(packed: bytes, permutations: int) -> MinHash:
    return MinHash(num_perm=permutations, scheme=SCHEME, hashvalues=np.frombuffer(packed, dtype=np.uint32))


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(fold(text).split()).encode("utf-8")).hexdigest()


def shingles(text: str, size: int) -> set[bytes]:
    words = [w for w in fold(text).split() if any(c.isalnum() for c in w)]
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def minhash_of(text: str, permutations: int, size: int) -> MinHash:
    signature = MinHash(num_perm=permutations, scheme=SCHEME)
    signature.update_batch(list(shingles(text, size)))
    return signature


class DuplicateIndex:
    """Content hashes and MinHash signatures of the documents seen, for lookups by new ones."""

    def __init__(self, threshold: float, permutations: int) -> None:
        self.threshold = threshold
        self.permutations = permutations
        self._hashes: dict[str, str] = {}
        self._signatures: dict[str, MinHash] = {}
        self._lsh = MinHashLSH(threshold=threshold, num_perm=permutations)

    def add(self, doc_id: str, digest: str, signature: MinHash) -> None:
        self._hashes.setdefault(digest, doc_id)
        if doc_id not in self._signatures:
            self._signatures[doc_id] = signature
            self._lsh.insert(doc_id, signature)

    def add_stored(self, doc_id: str, digest: str, packed: bytes | None) -> None:
        if packed and len(packed) == 4 * self.permutations:
            self.add(doc_id, digest, _signature(packed, self.permutations))
            return
        self._hashes.setdefault(digest, doc_id)

    def exact(self, digest: str) -> str | None:
        return self._hashes.get(digest)

    def nearest(self, signature: MinHash) -> tuple[str, float] | None:
        best = None
        for candidate in self._lsh.query(signature):
            similarity = signature.jaccard(self._signatures[candidate])
            if similarity >= self.threshold and (best is None or (similarity, best[0]) > (best[1], candidate)):
                best = (candidate, similarity)
        return best


@resource("duplicate_index")
def make_duplicate_index(ctx: Context) -> DuplicateIndex:
    index = DuplicateIndex(ctx.config.near_duplicate_threshold, ctx.config.minhash_permutations)
    if ctx.store is not None:
        for doc_id, digest, packed in ctx.store.fingerprints():
            index.add_stored(doc_id, digest, packed)
    return index


@step("fingerprint", reads=("text",), writes=("content_hash", "minhash"))
def fingerprint(doc: Document, ctx: Context) -> Document:
    """Hash the folded text and compute the MinHash signature of its word shingles."""
    signature = minhash_of(doc.text, ctx.config.minhash_permutations, ctx.config.shingle_words)
    return replace(doc, content_hash=content_hash(doc.text),
                   minhash=signature.hashvalues.astype(np.uint32).tobytes())


@step("find_duplicates", reads=("content_hash", "minhash"), writes=("status", "duplicate_of", "similarity"))
def find_duplicates(doc: Document, ctx: Context) -> Document:
    """Link an exact or near-duplicate to the earlier document it repeats."""
    index: DuplicateIndex = ctx.resource("duplicate_index")
    signature = _signature(doc.minhash, index.permutations)
    original = index.exact(doc.content_hash)
    if original is not None and original != doc.id:
        return replace(doc, status="duplicate", duplicate_of=original, similarity=1.0)
    near = index.nearest(signature)
    if near is not None and near[0] != doc.id:
        return replace(doc, status="near_duplicate", duplicate_of=near[0], similarity=round(near[1], 3))
    index.add(doc.id, doc.content_hash, signature)
    return doc
