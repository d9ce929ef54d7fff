"""Exact and near-duplicate articles: a duplicate is linked to the document it repeats, never dropped.

``fingerprint`` computes a content hash of the folded text (so that a copy that differs only
in case, diacritics, spacing or digits' script is still exact) and a MinHash of its word
shingles. ``find_duplicates`` looks both up in an index of the most recent documents
(loaded once from the store, then kept current during the run, bounded in size and compact): the
same hash makes an exact duplicate; a MinHash-LSH candidate whose estimated Jaccard similarity
reaches the threshold makes a near-duplicate.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace

import numpy as np
from datasketch import MinHash, MinHashLSH

from sahelwatch.model import Document
from sahelwatch.pipeline import Context, resource, step
from sahelwatch.text.normalise import fold


SCHEME = "affine32"  # datasketch's permutation scheme; stored signatures are uint32 arrays


def signature_of(packed: bytes) -> np.ndarray:
    """The MinHash hash values stored as bytes (``Document.minhash``), as the uint32 array the index compares."""
    return np.frombuffer(packed, dtype=np.uint32)


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

    And compact (0.8 KB a document, where datasketch's MinHashLSH and a copy of each signature
    took 5.3 KB; ``bench/duplicates.py``): the slots form a ring; their signatures are the rows
    of one uint32 array, their LSH band keys (the hash of each band's values) one int64 array
    per band. A lookup compares the new document's band keys with every slot's at once; a slot
    sharing a band is a candidate, kept if its estimated similarity reaches the threshold. The
    bands are those datasketch chooses for the threshold and the number of permutations, so the
    candidates are MinHashLSH's (a rare collision of band keys only adds one to check).
    """

    def __init__(self, threshold: float, permutations: int, capacity: int = 20_000,
                 lookup: Callable[[str], str | None] | None = None) -> None:
        self.threshold = threshold
        self.permutations = permutations
        self.capacity = capacity
        self._lookup = lookup
        banding = MinHashLSH(threshold=threshold, num_perm=permutations)
        self._bands = [(i * banding.r, (i + 1) * banding.r) for i in range(banding.b)]
        self._ids: list[str] = []                      # by slot
        self._digests: list[str] = []                  # by slot
        self._slot_of: dict[str, int] = {}
        self._hashes: dict[str, str] = {}              # content hash -> the first indexed document with it
        self._signatures = np.zeros((0, permutations), dtype=np.uint32)      # slot by slot
        self._band_keys = np.zeros((len(self._bands), 0), dtype=np.int64)   # band by band: one compare per band
        self._signed = np.zeros(0, dtype=bool)         # slots whose document has a signature
        self._next = 0                                 # the slot the next document takes, once the ring is full

    def __len__(self) -> int:
        return len(self._slot_of)

    def _keys(self, signature: np.ndarray) -> np.ndarray:
        return np.array([hash(signature[start:end].tobytes()) for start, end in self._bands], dtype=np.int64)

    def _take_slot(self) -> int:
        """A free slot: a new one while the ring is not full (its arrays grown by half), else the oldest."""
        if len(self._ids) < self.capacity:
            self._ids.append("")
            self._digests.append("")
            if len(self._ids) > len(self._signed):
                more = min(self.capacity, max(1024, len(self._signed) * 3 // 2)) - len(self._signed)
                self._signatures = np.pad(self._signatures, ((0, more), (0, 0)))
                self._band_keys = np.pad(self._band_keys, ((0, 0), (0, more)))
                self._signed = np.pad(self._signed, (0, more))
            return len(self._ids) - 1
        slot, self._next = self._next, (self._next + 1) % self.capacity
        old_id, old_digest = self._ids[slot], self._digests[slot]
        del self._slot_of[old_id]
        if self._hashes.get(old_digest) == old_id:
            del self._hashes[old_digest]
        return slot

    def add(self, doc_id: str, digest: str, signature: np.ndarray | None) -> None:
        """Index a document by its content hash and (when it has one) its MinHash hash values."""
        if doc_id in self._slot_of:
            return
        slot = self._take_slot()
        self._ids[slot], self._digests[slot], self._slot_of[doc_id] = doc_id, digest, slot
        self._hashes.setdefault(digest, doc_id)
        self._signed[slot] = signature is not None
        if signature is not None:
            self._signatures[slot] = signature
            self._band_keys[:, slot] = self._keys(signature)

    def add_stored(self, doc_id: str, digest: str, packed: bytes | None) -> None:
        complete = packed is not None and len(packed) == 4 * self.permutations
        self.add(doc_id, digest, signature_of(packed) if complete else None)

    def exact(self, digest: str) -> str | None:
        found = self._hashes.get(digest)
        if found is None and self._lookup is not None:
            found = self._lookup(digest)
        return found

    def nearest(self, signature: np.ndarray) -> tuple[str, float] | None:
        """The most similar indexed document at or above the threshold (ties: the smallest id), if any."""
        shares_a_band = (self._band_keys[:, :len(self._ids)] == self._keys(signature)[:, None]).any(axis=0)
        best = None
        for slot in np.flatnonzero(shares_a_band):
            if not self._signed[slot]:
                continue
            similarity = float(np.mean(self._signatures[slot] == signature))
            candidate = self._ids[slot]
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
    signature = signature_of(doc.minhash)
    original = index.exact(doc.content_hash)
    if original is not None and original != doc.id:
        return replace(doc, status="duplicate", duplicate_of=original, similarity=1.0)
    near = index.nearest(signature)
    if near is not None and near[0] != doc.id:
        return replace(doc, status="near_duplicate", duplicate_of=near[0], similarity=round(near[1], 3))
    index.add(doc.id, doc.content_hash, signature)
    return doc
