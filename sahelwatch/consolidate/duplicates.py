"""Exact and near-duplicate articles: a duplicate is linked to the document it repeats, never dropped.

``fingerprint`` computes a content hash of the folded text (so that a copy that differs only
in case, diacritics, spacing or digits' script is still exact) and a MinHash of its word
shingles. ``find_duplicates`` looks both up in an index of the most recent documents
(loaded once from the store, then kept current during the run, bounded in size): the same hash makes an
exact duplicate; a MinHash-LSH candidate whose estimated Jaccard similarity reaches the
threshold makes a near-duplicate.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable
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
    """Fingerprints of the most recent documents, for lookups by new ones.

    Memory stays bounded: the index holds the last ``capacity`` originals (news is repeated
    within days, not years); older exact copies are still found through ``lookup``, a query
    of the store by content hash.
    """

    def __init__(self, threshold: float, permutations: int, capacity: int = 20_000,
                 lookup: Callable[[str], str | None] | None = None) -> None:
        self.threshold = threshold
        self.permutations = permutations
        self.capacity = capacity
        self._lookup = lookup
        self._recent: OrderedDict[str, tuple[str, np.ndarray | None]] = OrderedDict()
        self._hashes: dict[str, str] = {}
        self._lsh = MinHashLSH(threshold=threshold, num_perm=permutations)

    def __len__(self) -> int:
        return len(self._recent)

    def add(self, doc_id: str, digest: str, signature: MinHash | None) -> None:
        if doc_id in self._recent:
            return
        self._hashes.setdefault(digest, doc_id)
        # Only the hash values are kept (512 bytes): a MinHash object also carries its permutations.
        self._recent[doc_id] = (digest, None if signature is None else signature.hashvalues.copy())
        if signature is not None:
            self._lsh.insert(doc_id, signature)
        while len(self._recent) > self.capacity:
            old_id, (old_digest, old_signature) = self._recent.popitem(last=False)
            if old_signature is not None:
                self._lsh.remove(old_id)
            if self._hashes.get(old_digest) == old_id:
                del self._hashes[old_digest]

    def add_stored(self, doc_id: str, digest: str, packed: bytes | None) -> None:
        complete = packed is not None and len(packed) == 4 * self.permutations
        self.add(doc_id, digest, _signature(packed, self.permutations) if complete else None)

    def exact(self, digest: str) -> str | None:
        found = self._hashes.get(digest)
        if found is None and self._lookup is not None:
            found = self._lookup(digest)
        return found

    def nearest(self, signature: MinHash) -> tuple[str, float] | None:
        best = None
        for candidate in self._lsh.query(signature):
            similarity = float(np.mean(signature.hashvalues == self._recent[candidate][1]))
            if similarity >= self.threshold and (best is None or (similarity, best[0]) > (best[1], candidate)):
                best = (candidate, similarity)
        return best


@resource("duplicate_index")
def make_duplicate_index(ctx: Context) -> DuplicateIndex:
    store = ctx.store
    index = DuplicateIndex(ctx.config.near_duplicate_threshold, ctx.config.minhash_permutations,
                           ctx.config.near_duplicate_window, store.original_with_hash if store else None)
    if store is not None:
        for doc_id, digest, packed in store.fingerprints(index.capacity):
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
