"""Cues around a place name, read from ``curated.toml``: near, kind, stop words.

``near`` cues ("près de", "à 30 km de", "near", "outskirts of", "قرب", "بالقرب من",
"ضواحي") make geo_precision 2; kind cues select the kind of a name ("Niger State",
"région de Tillabéri", "le fleuve Niger", "ولاية النيجر"); a "part" cue ("dans le nord de", "western")
names a part of a region, which prefers the region to its capital town. Stop words are ordinary words
that are read as places only with a kind cue. A nationality beside the word for a capital ("la capitale
malienne") names that country's capital.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sahelwatch.gazetteer.sources import read_curated
from sahelwatch.lang import load as load_lang_data
from sahelwatch.text.normalise import fold, is_arabic

CURATED = Path(__file__).parent / "data" / "curated.toml"
_ARABIC_PREFIX = r"(?:^|[^\w]|(?<=[\s\W])[وفبلك]{1,2})"
_LIST_TAIL = r"(?:(?:and|et|و)\s*[\w'-]{2,20}(?: [\w'-]{2,20})?\s+)?"


@dataclass(frozen=True)
class Cues:
    near: tuple[re.Pattern, ...]
    kind_before: tuple[tuple[str, re.Pattern], ...]
    kind_after: tuple[tuple[str, re.Pattern], ...]
    region_list: tuple[re.Pattern, ...]   # a name of a list of regions ("في منطقتي الساحل والشمال")
    stop_latin: frozenset[str]
    stop_arabic: frozenset[str]
    not_after: dict[str, frozenset[str]]
    # stop words only as spelt with a hamza on its seat: "بئر" is a well, "بير" the town of Ber
    stop_with_hamza: frozenset[str]
    # the words before and after a nationality ("بالعاصمة |المالية", "the Malian| capital") or a country
    # ("la capitale du |Mali", "Mali|'s capital") that make it name the country's capital
    capital_words: dict[str, tuple[re.Pattern | None, re.Pattern | None]]
    capitals: dict[str, str]     # country code -> its capital's name
    seated_elsewhere: frozenset[str]   # regions named after a town that is not their seat

    def is_near(self, before: str) -> bool:
        window = before[-90:]
        return any(p.search(window) for p in self.near)

    def kind(self, before: str, after: str) -> str | None:
        """The kind selected by the words just before or just after a name, if any."""
        window_before, window_after = before[-40:], after[:60]
        if self.lists_regions(before):
            return "admin1"
        for kind, pattern in self.kind_before:
            if pattern.search(window_before):
                return kind
        for kind, pattern in self.kind_after:
            if pattern.search(window_after):
                return kind
        return None

    def lists_regions(self, before: str) -> bool:
        """The name is one of a list of regions ("في منطقتي الساحل والشمال", "dans les régions de Tombouctou et de
        Mopti"): a region, even where its name alone is an ordinary word (the Sahel at large, the north)."""
        window = before[-60:]
        return any(p.search(window) for p in self.region_list)

    def is_stop_word(self, key: str, written: str = "") -> bool:
        """An ordinary word, or words that are all ordinary ("Sur les", a hamlet of Côte d'Ivoire). ``written``,
        the name as the text spells it, tells a word spelt with a hamza seat from a name spelt without one."""
        stops = self.stop_arabic if is_arabic(key[0]) else self.stop_latin
        if written and key in self.stop_with_hamza and "ئ" not in written:
            return False
        return key in stops or all(word in stops for word in key.split())

    def capital_of(self, country: str, kind: str, before: str, after: str) -> str | None:
        """The capital a nationality or a country (``kind`` "demonym" or "country") names when the word for a
        capital stands next to it, else None."""
        words_before, words_after = self.capital_words.get(kind, (None, None))
        named = (words_before is not None and words_before.search(before[-30:])) or (
            words_after is not None and words_after.match(after[:20]))
        return self.capitals.get(country) if named else None

    def ordinary_after(self, key: str, before: str) -> bool:
        words = before.split()
        return bool(words) and key in self.not_after and words[-1] in self.not_after[key]


def _before_pattern(words: list[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|[^\w]|[وفبلك]{{1,2}})(?:{alternatives})\s*$")


def _list_pattern(words: list[str]) -> re.Pattern:
    """A later name of the list the words open ("منطقتي تمبكتو و|موبتي", "régions de Tombouctou et de |Mopti")."""
    alternatives = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    name = r"[\w'-]{2,20}(?: [\w'-]{2,20})?"
    return re.compile(rf"(?:^|[^\w]|[وفبلك]{{1,2}})(?:{alternatives})\s*{name}(?:\s*,\s*{name})*"
                      r"(?:\s*,\s*|\s+(?:et|and)\s+(?:(?:de|du|des|of)\s+|d')?|\s+(?:و|او)\s*)$")


def _after_pattern(words: list[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^\s*{_LIST_TAIL}(?:{alternatives})\b")


def _calendar_words() -> set[str]:
    """Weekday and month names of the three languages: "Friday" is a village in Bayelsa, but
    "on Friday" never names it."""
    words: set[str] = set()
    for lang in ("ar", "fr", "en"):
        dates = load_lang_data(lang, "dates")
        for table in ("weekdays", "months"):
            for names in dates[table].values():
                for item in names:
                    words.update(fold(n) for n in ([item] if isinstance(item, str) else item))
    return words


@lru_cache(maxsize=4)
def load_cues(path: Path = CURATED) -> Cues:
    """The cues of the curated data file (cached)."""
    data = read_curated(path)
    cues, stops = data.get("cues", {}), data.get("stopwords", {})
    kind_before = tuple((kind if kind != "seat" else "town", _before_pattern(cues.get(f"{kind}_before", [])))
                        for kind in ("seat", "admin1", "admin2", "river", "feature", "town", "part")
                        if cues.get(f"{kind}_before"))  # (the seat of a region is named by the region's name)
    listed = cues.get("admin1_list_before", [])
    region_list = (_before_pattern(listed), _list_pattern(listed)) if listed else ()
    kind_after = tuple((kind, _after_pattern(cues.get(f"{kind}_after", [])))
                       for kind in ("admin1", "admin2", "river", "town") if cues.get(f"{kind}_after"))
    calendar = _calendar_words()
    latin = {fold(w) for lang in ("en", "fr") for w in stops.get(lang, "").split()}
    latin |= {w for w in calendar if not is_arabic(w[0])}
    arabic_words = stops.get("ar", "").split()
    arabic = {fold(w) for w in arabic_words} | {w for w in calendar if is_arabic(w[0])}
    plain = {w for w in arabic_words if "ئ" not in w}
    with_hamza = {fold(w) for w in arabic_words if "ئ" in w} - plain
    not_after = {fold(k): frozenset(fold(w) for w in v) for k, v in cues.get("not_after", {}).items()}
    capital_words = {kind: (_before_pattern(cues[f"{key}_before"]) if cues.get(f"{key}_before") else None,
                            _after_pattern(cues[f"{key}_after"]) if cues.get(f"{key}_after") else None)
                     for kind, key in (("demonym", "capital"), ("country", "capital_of"))}
    return Cues(tuple(re.compile(p) for p in cues.get("near", [])), kind_before, kind_after, region_list,
                frozenset(latin), frozenset(arabic), not_after, frozenset(with_hamza), capital_words,
                dict(cues.get("capitals", {})), frozenset(cues.get("seated_elsewhere", [])))
