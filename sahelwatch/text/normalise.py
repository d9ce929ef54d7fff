"""Normalisation of Arabic, French and English text for matching and search.

The original text is never changed: :func:`normalise` returns a :class:`NormText` that
holds the folded text and, for each of its characters, the offset of the character of the
original it came from, so that a match in the folded text maps back to a span of the
original (evidence spans, search highlights).

Folding: Unicode compatibility forms (Arabic presentation forms, ligatures, full-width),
case, Latin accents, Arabic diacritics and tatweel, alef forms (أ إ آ ٱ → ا), alef maqsura
(ى → ي), taa marbuta (ة → ه), hamza carriers (ؤ → و, ئ → ي), Arabic-Indic and Persian digits
(٢٣ → 23), typographic quotes and dashes.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_ARABIC_LETTERS = {
    "\u0671": "ا",  # alef wasla
    "\u0649": "ي",  # alef maqsura
    "\u0629": "ه",  # taa marbuta
    "\u06cc": "ي",  # farsi yeh
    "\u06a9": "ك",  # keheh
    "\u0621": "",   # lone hamza
}
_DROP = {"\u0640", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff", "\u00ad"}
_PUNCT = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u202f": " ",
    "\u0153": "oe", "\u0152": "oe", "\u00e6": "ae", "\u00c6": "ae",
    "\u060c": ",", "\u061b": ";", "\u061f": "?", "\u066b": ".", "\u066c": ",",
}


_NOT_ONE_TO_ONE: set[str] = set()  # characters seen so far that fold to none or several characters


@lru_cache(maxsize=None)
def fold_char(char: str) -> str:
    """Return the folded form of one character (possibly empty or several characters)."""
    folded = _fold_char(char)
    if len(folded) != 1:
        _NOT_ONE_TO_ONE.add(char)
    return folded


def _fold_char(char: str) -> str:
    if char in _DROP:
        return ""
    if char in _PUNCT:
        return _PUNCT[char]
    if char in _ARABIC_LETTERS:
        return _ARABIC_LETTERS[char]
    if "\u0660" <= char <= "\u0669":
        return chr(ord(char) - 0x0660 + 0x30)
    if "\u06f0" <= char <= "\u06f9":
        return chr(ord(char) - 0x06F0 + 0x30)
    if char.isascii():
        return char.lower()
    decomposed = unicodedata.normalize("NFKD", char)
    kept = [c for c in decomposed if not unicodedata.combining(c) and c not in _DROP]
    # what a compatibility form decomposes to is folded in turn ("｀" → "`" → "'"), so folding is idempotent
    return "".join(c.casefold() if c == char else _fold_char(c) for c in kept)


@dataclass(frozen=True, slots=True)
class NormText:
    """Folded text plus, for each folded character, the offset of its source character."""

    original: str
    text: str
    offsets: Sequence[int]   # a range when every character folds to exactly one

    def folded_offset(self, original: int) -> int:
        """The offset in the folded text of the character at ``original`` in the original."""
        return bisect_left(self.offsets, original)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the folded text to the span of the original it covers.

        Characters folded away right after the span (diacritics, tatweel) belong to it.
        """
        following = self.offsets[end] if end < len(self.offsets) else len(self.original)
        if start >= end:
            return following, following
        return self.offsets[start], max(self.offsets[end - 1] + 1, following)


def normalise(text: str) -> NormText:
    """Fold ``text`` for matching and keep the offset map back to the original."""
    folded = fold(text)
    if _NOT_ONE_TO_ONE.isdisjoint(text):
        return NormText(text, folded, range(len(text)))
    offsets: list[int] = []
    copied = 0  # characters up to here are mapped
    for match in _uneven_chars().finditer(text):  # the one-to-one runs between them map as a range
        index = match.start()
        offsets.extend(range(copied, index))
        offsets.extend([index] * len(fold_char(match.group())))
        copied = index + 1
    offsets.extend(range(copied, len(text)))
    return NormText(text, folded, tuple(offsets))


_uneven: tuple[int, re.Pattern] = (-1, re.compile("(?!)"))


def _uneven_chars() -> re.Pattern:
    """A pattern of the characters seen so far that fold to none or several (the set only grows)."""
    global _uneven
    if _uneven[0] != len(_NOT_ONE_TO_ONE):
        _uneven = (len(_NOT_ONE_TO_ONE), re.compile("[" + "".join(map(re.escape, sorted(_NOT_ONE_TO_ONE))) + "]"))
    return _uneven[1]


class _FoldTable(dict):
    """A str.translate table that computes and remembers each character's fold on first sight."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Fold ``text`` without keeping offsets (search queries, keys, indexing)."""
    return text.translate(_TABLE)


def is_arabic(char: str) -> bool:
    """True for a letter of the Arabic script."""
    return "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f" or "\ufb50" <= char <= "\ufeff"
