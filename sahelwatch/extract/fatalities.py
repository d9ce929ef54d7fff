"""The death toll of an incident, following ACLED's conventions.

A number counts as deaths when the nearest toll word in its clause is a word of killing
("tués", "killed", "قتلى", "neutralisés"), not of wounding or going missing. Numbers are
grouped by whom they count (soldiers, attackers, other victims): within a sentence the
figures of a group add up; across sentences the first report stands (ACLED keeps the
conservative figure) unless a later one revises it; the sides add up (the attackers
killed belong to the event's total), and a figure for other victims that is at least
their sum is a total that includes them. A sentence that revises the toll ("le bilan s'est alourdi à 23")
replaces what came before; a sentence that only sums several incidents ("40 killed in
both attacks") is not used. "No casualties" gives 0; nothing said gives None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sahelwatch.extract.cues import Cue
from sahelwatch.extract.mentions import Sentence
from sahelwatch.extract.numbers import NumberMention

_GROUPS = {"security_forces": "security_forces", "attackers": "attackers"}  # civilians and the unspecified: victims
TOLL_WORDS = ("killing", "neutralised", "wounded", "missing", "arrest", "abduction")
VICTIM_WORDS = ("security_forces", "attackers", "civilians")
MAX_GAP = 60          # characters between a number and its toll word
MAX_VICTIM_GAP = 30   # characters between a number and the noun after it of what it counts


@dataclass(frozen=True, slots=True)
class Toll:
    value: int | None
    span: tuple[int, int] | None


_CLAUSE_BREAK = re.compile(r"[,;:،؛]|\s(?:and|while|whereas|but|et|mais|alors|tandis|dont|including|و)\s|\sو")


def _gap(text: str, number: NumberMention, cue: Cue) -> int:
    """Characters between a number and a word, plus a penalty if a clause break lies between them."""
    start, end = (number.end, cue.start) if cue.start >= number.end else (cue.end, number.start)
    if end <= start:
        return 0
    return end - start + (100 if _CLAUSE_BREAK.search(text, start, end) else 0)


def _nearest(text: str, number: NumberMention, cues: Sequence[Cue], limit: int) -> Cue | None:
    best = min(cues, key=lambda c: _gap(text, number, c), default=None)
    return best if best is not None and _gap(text, number, best) <= limit else None


def _deaths(text: str, sentence: Sentence) -> list[tuple[str, NumberMention]]:
    """(victim group, number) for each number in the sentence that counts deaths."""
    toll_cues = sentence.cues_of(*TOLL_WORDS)
    victim_cues = sentence.cues_of(*VICTIM_WORDS)
    found = []
    for number in sentence.numbers:
        cue = _nearest(text, number, toll_cues, MAX_GAP)
        if cue is None or cue.category not in ("killing", "neutralised"):
            continue
        victim = _nearest(text, number, [c for c in victim_cues if c.start >= number.end], MAX_VICTIM_GAP)
        found.append((_GROUPS.get(victim.category if victim else None, "victims")
                      if cue.category != "neutralised" else "attackers", number))
    return found


def _sum_by_group(deaths: list[tuple[str, NumberMention]]) -> dict[str, NumberMention]:
    """Within one sentence, the figures of one group add up ("seven soldiers and five VDP")."""
    sums: dict[str, NumberMention] = {}
    for group, number in deaths:
        if group in sums:
            first = sums[group]
            number = NumberMention(first.start, first.end, first.value + number.value)
        sums[group] = number
    return sums


def count_fatalities(text: str, sentences: Sequence[Sentence]) -> Toll:
    """The toll of an incident described by ``sentences`` (in text order) of ``text``."""
    by_group: dict[str, NumberMention] = {}
    said_none = False
    for sentence in sentences:
        if sentence.has("total"):
            continue
        deaths = _deaths(text, sentence)
        revised = bool(deaths) and sentence.has("revision")
        if revised:
            by_group = {}
        for group, number in _sum_by_group(deaths).items():
            by_group.setdefault(group, number)
        said_none = said_none or (sentence.has("negation") and not deaths)
    if not by_group:
        return Toll(0, None) if said_none else Toll(None, None)
    victims = by_group.pop("victims", None)
    sides = sum(n.value for n in by_group.values())
    if victims is not None and (victims.value >= sides or not by_group):
        return Toll(victims.value, (victims.start, victims.end))
    first = min(by_group.values(), key=lambda n: n.start)
    return Toll(sides, (first.start, first.end))
