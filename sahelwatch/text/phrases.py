"""Fast matching of many phrases (place names, actor names, trigger words) in folded text.

An Aho-Corasick automaton (pyahocorasick) finds every phrase in one pass over the folded
text; a match counts only on word boundaries. Arabic words carry proclitics written
together with them: a match is also accepted after a conjunction (و ف), a preposition
(ب ل) or both (وب، فل ...), and a phrase that starts with the article (النيجر) is also
found after the preposition ل, which absorbs the article's alef (للنيجر). The article ال
alone is not accepted as a proclitic of a phrase without it, so that the adjective المالي
("Malian") is not read as the country مالي.

Overlapping matches resolve to the longest, then the leftmost.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from sahelwatch.text.normalise import NormText, fold, is_arabic

_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ل")  # not ك: كمينا is an ambush, not ك + Minna
ARABIC_PROCLITICS = frozenset(c + p for c in _CONJUNCTIONS for p in _PREPOSITIONS)


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """A phrase found in a text: its span in the folded text, in the original, and its payloads."""

    start: int
    end: int
    text_start: int
    text_end: int
    key: str
    payloads: tuple[Hashable, ...]


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


_WORD = re.compile(r"[^\W_]+|_+")


@lru_cache(maxsize=8)
def _word_bounds(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """Offsets where words start and end in ``text`` (each matcher of a document asks for the same text)."""
    spans = [m.span() for m in _WORD.finditer(text)]
    return frozenset(start for start, _ in spans), frozenset(end for _, end in spans)


class PhraseMatcher:
    """A set of phrases, each with one or more payloads, searchable in folded text."""

    def __init__(self, phrases: Iterable[tuple[str, Hashable]] = ()) -> None:
        self._payloads: dict[str, list[Hashable]] = {}
        self._automaton: ahocorasick.Automaton | None = None
        for phrase, payload in phrases:
            self.add(phrase, payload)

    def __len__(self) -> int:
        return len(self._payloads)

    def add(self, phrase: str, payload: Hashable) -> None:
        """Add a phrase (in any spelling: it is folded) with a payload returned on a match."""
        key = " ".join(fold(phrase).split())
        if not key:
            return
        payloads = self._payloads.setdefault(key, [])
        if payload not in payloads:
            payloads.append(payload)
        self._automaton = None

    def _build(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for key, payloads in self._payloads.items():
            automaton.add_word(key, (key, key, tuple(payloads)))
            if key.startswith("ال") and len(key) > 3:
                # ل + ال → لل: the stored key without the article's alef, reached after ل
                variant = "ل" + key[2:]
                if variant not in self._payloads:
                    automaton.add_word(variant, (variant, key, tuple(payloads)))
        automaton.make_automaton()
        return automaton

    def find(self, norm: NormText) -> list[PhraseMatch]:
        """Every phrase on word boundaries in ``norm``, longest first where they overlap."""
        if not self._payloads:
            return []
        if self._automaton is None:
            self._automaton = self._build()
        text = norm.text
        word_starts, word_ends = _word_bounds(text)
        found = []
        for end_index, (surface, key, payloads) in self._automaton.iter(text):
            end = end_index + 1
            if end not in word_ends and _is_word_char(key[-1]):
                continue  # ends inside a word
            start = end - len(surface)
            if surface != key:  # the ل + ال variant: must follow a ل
                if start == 0 or text[start - 1] != "ل":
                    continue
                start -= 1
            if start not in word_starts and not self._bounded(text, start, end, key):
                continue
            found.append((start, end, key, payloads))
        return [
            PhraseMatch(start, end, *norm.span(start, end), key, payloads)
            for start, end, key, payloads in _longest_first(found)
        ]

    @staticmethod
    def _bounded(text: str, start: int, end: int, key: str) -> bool:
        if end < len(text) and _is_word_char(text[end]) and _is_word_char(key[-1]):
            return False
        if start == 0 or not _is_word_char(text[start - 1]) or not _is_word_char(key[0]):
            return True
        if not is_arabic(key[0]):
            return False
        word_start = start
        while word_start > 0 and _is_word_char(text[word_start - 1]):
            word_start -= 1
        prefix = text[word_start:start]
        if key.startswith("ل") and not key.startswith("لل") and prefix.endswith("ل"):
            # the ل + ال variant was matched with its ل: what is before must be a conjunction
            return prefix[:-1] in _CONJUNCTIONS
        return prefix in ARABIC_PROCLITICS


def _longest_first(found: list[tuple[int, int, str, tuple]]) -> list[tuple[int, int, str, tuple]]:
    found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
    taken: list[tuple[int, int, str, tuple]] = []
    covered: set[int] = set()
    for match in found:
        span = range(match[0], match[1])
        if covered.isdisjoint(span):
            taken.append(match)
            covered.update(span)
    taken.sort(key=lambda m: m[0])
    return taken
