"""Event vocabulary: the words of each language that signal an attack, a toll, an arrest ...

Read from ``sahelwatch/lang/<lang>/triggers.toml``: one table per cue category, each with a
``phrases`` list. ``find_cues`` returns every cue in a text with its category and its span
in the original text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sahelwatch.lang import load
from sahelwatch.text.normalise import NormText
from sahelwatch.text.phrases import PhraseMatcher

CATEGORIES = (
    "attack", "clash", "ambush", "ied", "suicide", "explosion", "drone_strike", "air_strike", "shelling",
    "grenade", "abduction", "hostage_release", "sexual_violence", "killing", "neutralised", "wounded",
    "missing", "arrest", "cell_dismantled", "plot_foiled", "weapons_seizure", "defused", "protest", "riot",
    "looting", "territory_taken", "territory_regained", "base_established", "agreement", "threat_warning",
    "operation", "military_target", "civilian_target", "claim", "unclaimed", "presence", "commentary", "generic", "price",
    "armed_rivals", "negator",
    "crime", "denial", "revision", "provisional", "separate",
    "background", "negation", "non_security", "security_topic", "civilians", "people", "security_forces", "attackers",
    "total", "overall",
)
# Categories that can open an event on their own.
EVENT_CUES = frozenset({
    "attack", "clash", "ambush", "ied", "suicide", "explosion", "drone_strike", "air_strike", "shelling",
    "grenade", "abduction", "hostage_release", "sexual_violence", "killing", "neutralised", "arrest",
    "cell_dismantled", "plot_foiled", "weapons_seizure", "defused", "protest", "riot", "looting",
    "territory_taken", "territory_regained", "base_established", "agreement",
})


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    category: str


@cache
def cue_matcher(lang: str) -> PhraseMatcher:
    matcher = PhraseMatcher()
    table = load(lang, "triggers")
    for category in CATEGORIES:
        for phrase in table.get(category, {}).get("phrases", ()):
            matcher.add(phrase, category)
    return matcher


def find_cues(norm: NormText, lang: str) -> list[Cue]:
    """Every cue of ``lang``'s vocabulary in ``norm``, in text order; an event word right after a
    negator ("without any exchange of fire", "aucune attaque", "لم يقتل") or inside a longer phrase of
    another sense ("تظاهرة اقتصادية", an economic fair) is left out."""
    cues = []
    for match in cue_matcher(lang).find(norm):
        for category in match.payloads:
            cues.append(Cue(match.text_start, match.text_end, category))
    negators = [c for c in cues if c.category == "negator"]
    senses = [c for c in cues if c.category == "non_security"]
    text = norm.original
    return [c for c in cues if c.category != "negator" and not (
        c.category in EVENT_CUES and (any(_right_before(text, n, c) for n in negators) or any(
            s.start <= c.start and c.end <= s.end and (s.end - s.start) > (c.end - c.start) for s in senses)))]


def _right_before(text: str, negator: Cue, cue: Cue) -> bool:
    return negator.end <= cue.start and not text[negator.end:cue.start].strip(" \t'’")
