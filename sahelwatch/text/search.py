"""Search terms and highlighted snippets, the same for every database.

Both the index and the query go through :func:`terms`: folded text (see ``normalise``),
split into words, and Arabic words reduced by a light stemmer (Larkey's light10, as in
Lucene's Arabic analyser: one proclitic such as ال، وال، بال، لل removed, then common
suffixes), so that ``الارهاب`` finds ``الإرهاب`` and ``إرهابية``. Latin words are only
folded (case and accents), so ``Tillaberi`` finds ``Tillabéri``.

Snippets are cut from the original text, never from the folded one, around the densest
cluster of matching words, and returned as segments marked highlighted or not; each
interface escapes and renders them its own way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sahelwatch.text.normalise import fold, normalise

_WORD = re.compile(r"\w+")
_AR_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال", "و")
_AR_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")  # ة and ية are folded to ه and يه
MAX_QUERY_TERMS = 16


def stem(word: str) -> str:
    """Light stem of one folded word; non-Arabic words are returned unchanged."""
    if not word or not ("\u0600" <= word[0] <= "\u06ff"):
        return word
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2 and (prefix != "و" or len(word) > 3):
            word = word[len(prefix):]
            break
    for suffix in _AR_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
    return word


def terms(text: str) -> list[str]:
    """The index terms of ``text``, in order."""
    return [stem(w) for w in _WORD.findall(fold(text))]


def index_text(text: str | None) -> str:
    return " ".join(terms(text or ""))


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed search query: groups of terms; terms in a group are alternatives (OR), groups all match (AND)."""

    groups: tuple[tuple[str, ...], ...]

    @classmethod
    def parse(cls, text: str) -> Query:
        groups: list[list[str]] = []
        join_next = False
        for word in text.split()[: MAX_QUERY_TERMS * 2]:
            if word == "OR" and groups:
                join_next = True
                continue
            found = terms(word)
            if not found:
                continue
            if join_next:
                groups[-1].extend(found[:1])
                groups.extend([t] for t in found[1:])
            else:
                groups.extend([t] for t in found)
            join_next = False
        return cls(tuple(tuple(dict.fromkeys(g)) for g in groups[:MAX_QUERY_TERMS]))

    @property
    def words(self) -> frozenset[str]:
        return frozenset(t for group in self.groups for t in group)

    def fts5(self) -> str:
        """The query in SQLite FTS5 syntax (every term quoted: no user syntax reaches FTS5)."""
        return " AND ".join("(" + " OR ".join(f'"{t}"' for t in g) + ")" for g in self.groups)

    def tsquery(self) -> str:
        """The query in PostgreSQL to_tsquery syntax."""
        return " & ".join("(" + " | ".join(f"'{t}'" for t in g) + ")" for g in self.groups)


Segment = tuple[str, bool]


def snippet(text: str, query: Query, width: int = 200) -> list[Segment]:
    """A window of ``text`` around the best cluster of query words, as (text, highlighted) segments."""
    norm = normalise(text)
    hits = [norm.span(m.start(), m.end()) for m in _WORD.finditer(norm.text) if stem(m.group()) in query.words]
    if not hits:
        return [(_clip(text[:width]) + ("…" if len(text) > width else ""), False)]
    best = max(range(len(hits)), key=lambda i: sum(1 for s, _ in hits[i:] if s - hits[i][0] < width))
    start = max(0, hits[best][0] - width // 4)
    start = _word_start(text, start)
    end = min(len(text), start + width)
    segments: list[Segment] = [("…", False)] if start > 0 else []
    cursor = start
    for hit_start, hit_end in hits:
        if hit_start < cursor or hit_end > end:
            continue
        if hit_start > cursor:
            segments.append((_clip(text[cursor:hit_start]), False))
        segments.append((text[hit_start:hit_end], True))
        cursor = hit_end
    segments.append((_clip(text[cursor:end]), False))
    if end < len(text):
        segments.append(("…", False))
    return [s for s in segments if s[0]]


def _word_start(text: str, index: int) -> int:
    while 0 < index < len(text) and text[index - 1].isalnum():
        index -= 1
    return index


def _clip(fragment: str) -> str:
    return " ".join(fragment.split("\n"))
