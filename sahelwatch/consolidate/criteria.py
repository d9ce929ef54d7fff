"""When two event reports describe the same real incident: the merge criteria, pair by pair.

Two reports of the same country are *compatible* when every criterion holds:

- **type**: the same sub-event type, or two sub-types of one family (``COMPATIBLE_SUB_TYPES``:
  an air strike or an explosion inside a ground battle is coded either way by different
  outlets, and so is one explosion told as a mine by one and a strike or a shell by another;
  an abduction that ends in killings is an attack; a foiled plot is also an arrest; an assault on a
  town where soldiers and civilians die is a battle for one outlet and an attack on civilians for another);
- **date**: the event dates lie within ``window_days`` of each other, widened by the dates'
  precision (a week: 3 days each side; a month: 15). A report with no event date stands for
  a week before its publication;
- **place**: the same town (same folded name, or one vowel written either way: Mera / Mira;
  unless coordinates put the two more than ``distance_km`` apart: a homonym, though a
  village placed only by its region has no distance to measure), two towns within ``distance_km`` or of the same admin2
  on the same day and in the same admin1 (a day apart, two towns are two events; arrests and
  other strategic developments in two towns are always two), two towns of one admin1 told on the same
  day with the same armed group (or none named by one of them) and tolls of five or more within five of each
  other, up to twice ``distance_km`` apart (outlets name the place differently), a
  town inside the admin1 a region-level report names, or the same admin1 when neither names
  a town. A report with neither town nor admin1 joins only a report of the same day and
  sub-type that names the same armed group;
- **actors**: the named armed groups (ACLED type 2) of the two reports are the same or
  related (one movement: AQ with AQ, IS with IS), or one report names none (unidentified
  attackers, militias, state forces and civilians never conflict; roles may be swapped);
- **toll**: one is unknown, or they are equal, or a revision: within 5 deaths, or the larger
  less than ten times the smaller (first counts often climb several-fold as bodies are
  counted; "nobody killed" against a dozen dead, or 3 against 40, are other incidents).

``compare`` returns the criteria that held, with a score used to merge the strongest pairs
first, or None when the reports cannot be one event.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sahelwatch.gazetteer.geo import distance_km
from sahelwatch.text.normalise import fold

_B, _E, _V, _S = "Battles", "Explosions/Remote violence", "Violence against civilians", "Strategic developments"
_BATTLES = ("Armed clash", "Government regains territory", "Non-state actor overtakes territory")
_EXPLOSIVES = ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade")
_STRIKES = ("Air/drone strike", "Shelling/artillery/missile attack")


def _pairs(group_a: tuple[str, ...], group_b: tuple[str, ...]) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a in group_a for b in group_b if a != b}


COMPATIBLE_SUB_TYPES: frozenset[frozenset[str]] = frozenset(
    _pairs(_BATTLES, _BATTLES) | _pairs(_BATTLES, _EXPLOSIVES + _STRIKES) | _pairs(_EXPLOSIVES, _EXPLOSIVES)
    | _pairs(_STRIKES, _STRIKES) | _pairs(_EXPLOSIVES, _STRIKES)
    | _pairs(("Attack",), ("Abduction/forced disappearance", "Sexual violence"))
    | _pairs(("Attack",), _EXPLOSIVES) | _pairs(("Arrests",), ("Disrupted weapons use",))
    | _pairs(("Attack",), ("Armed clash",))
    | _pairs(("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
             ("Peaceful protest", "Protest with intervention", "Excessive force against protesters",
              "Violent demonstration"))
    | _pairs(("Violent demonstration",), ("Mob violence",))
)
PRECISION_SLACK_DAYS = {1: 0, 2: 3, 3: 15}
UNDATED_SLACK_DAYS = 7
MAX_SLACK_DAYS = 15
REGION_ONLY = 3   # geo_precision of a place known only by its admin1 (its point is the region's centre)
ARMED_GROUP = 2   # ACLED inter code of rebel / jihadist groups
ALIKE_TOLL = 5    # two towns told with a toll at least this high, same day and group: one event
ALIKE_REVISION = 5  # ... when the tolls are this close (the first count, then the claim's), one group naming none
TOLL_RATIO = 10   # first counts often climb several-fold; an order of magnitude apart is another incident


@dataclass(frozen=True, slots=True)
class MergeRules:
    """The thresholds of consolidation (settings ``consolidate_window_days`` and ``consolidate_distance_km``)."""

    window_days: int = 1
    distance_km: float = 50.0

    @classmethod
    def from_config(cls, config: Any) -> MergeRules:
        return cls(int(config["consolidate_window_days"]), float(config["consolidate_distance_km"]))


@dataclass(frozen=True, slots=True)
class Link:
    """Why two reports are one event: the criteria that held, and how strongly."""

    score: int
    criteria: dict[str, str]


# -- date -----------------------------------------------------------------------------------

def reference_date(report: Any) -> tuple[dt.date | None, int]:
    """The date a report is placed at for blocking and comparison, and its slack in days."""
    if report.event_date is not None:
        return report.event_date, PRECISION_SLACK_DAYS.get(report.date_precision or 1, 0)
    if report.published_at is not None:
        return report.published_at.date() - dt.timedelta(days=UNDATED_SLACK_DAYS // 2), UNDATED_SLACK_DAYS
    return None, 0


def _date(a: Any, b: Any, rules: MergeRules) -> tuple[int, str] | None:
    (date_a, slack_a), (date_b, slack_b) = reference_date(a), reference_date(b)
    if date_a is None or date_b is None:
        return None
    gap = abs((date_a - date_b).days)
    if gap > rules.window_days + slack_a + slack_b:
        return None
    if a.event_date is None or b.event_date is None:
        return 0, "date unknown on one side, published within the window"
    return (2, "same day") if gap == 0 else (1, f"{gap} day(s) apart")


# -- type -----------------------------------------------------------------------------------

def _type(a: Any, b: Any) -> tuple[int, str] | None:
    if a.sub_event_type == b.sub_event_type:
        return 2, f"same sub-event type ({a.sub_event_type})"
    if frozenset((a.sub_event_type, b.sub_event_type)) in COMPATIBLE_SUB_TYPES:
        return 1, f"compatible sub-event types ({a.sub_event_type} / {b.sub_event_type})"
    return None


# -- place ----------------------------------------------------------------------------------

def _name_key(name: str) -> str:
    return "".join(c for c in fold(name) if c.isalnum())


def _place(a: Any, b: Any, rules: MergeRules) -> tuple[int, str] | None:
    if a.location and b.location:
        return _towns(a, b, rules)
    if a.location or b.location:
        town, region = (a, b) if a.location else (b, a)
        if region.admin1_code and region.admin1_code == town.admin1_code:
            return 1, f"{town.location} lies in {region.admin1 or region.admin1_code}, the other report's region"
        return None if region.admin1_code else (0, "one report names no region")
    if a.admin1_code and b.admin1_code:
        return (1, f"same admin1 ({a.admin1 or a.admin1_code})") if a.admin1_code == b.admin1_code else None
    return 0, "one report names no region"


def _towns(a: Any, b: Any, rules: MergeRules) -> tuple[int, str] | None:
    same_name = _name_key(a.location) == _name_key(b.location) or _spelling_variants(a.location, b.location)
    same_region = a.admin1_code == b.admin1_code or None in (a.admin1_code, b.admin1_code)
    located = None not in (a.latitude, a.longitude, b.latitude, b.longitude)
    if same_name and same_region and (not located or REGION_ONLY in (a.geo_precision, b.geo_precision)):
        return 3, f"same location ({a.location})"   # a village placed only by its region: no distance to measure
    if located:
        km = distance_km(a.latitude, a.longitude, b.latitude, b.longitude)
        if km <= rules.distance_km:
            return (3, f"same location ({a.location})") if same_name or km < 1 else (
                2, f"{a.location} and {b.location} are {km:.0f} km apart")
    if a.admin2 and a.admin2 == b.admin2 and a.admin1_code == b.admin1_code:
        return 2, f"same admin2 ({a.admin2})"
    return None


_INTERCHANGED_VOWELS = (frozenset("ei"), frozenset("ou"))   # one Arabic letter each (ي, و), and Hausa spellings vary


def _spelling_variants(first: str, second: str) -> bool:
    """Two spellings of one village name that differ by one vowel written either way (Mera / Mira,
    Ngoshe / Ngoshi); Mangar and Mangor are two villages."""
    a, b = _name_key(first), _name_key(second)
    if len(a) != len(b) or len(a) < 4:
        return False
    differ = [frozenset((x, y)) for x, y in zip(a, b) if x != y]
    return len(differ) == 1 and differ[0] in _INTERCHANGED_VOWELS


def _told_alike(a: Any, b: Any, rules: MergeRules) -> tuple[int, str] | None:
    """Two places of one region named for what is told alike: the same day, the same armed group (or none
    named by one report: the first, unclaimed count) and tolls of at least ``ALIKE_TOLL`` within
    ``ALIKE_REVISION`` of each other (the attack on the Point Triple post, placed at Karimama by some outlets),
    no farther apart than twice ``distance_km`` (or one placed only by its region). Arrests and other
    strategic developments are where they are."""
    same = (a.event_date is not None and a.event_date == b.event_date and a.admin1_code is not None
            and a.admin1_code == b.admin1_code and None not in (a.fatalities, b.fatalities)
            and min(a.fatalities, b.fatalities) >= ALIKE_TOLL and abs(a.fatalities - b.fatalities) <= ALIKE_REVISION
            and a.event_type != _S)
    if same and REGION_ONLY not in (a.geo_precision, b.geo_precision) and None not in (
            a.latitude, a.longitude, b.latitude, b.longitude):
        same = distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= 2 * rules.distance_km
    if same and (_groups(a) & _groups(b) or not (_groups(a) and _groups(b))):  # (or the first, unclaimed report)
        return 1, f"same region, day, armed group and toll ({a.location} / {b.location})"
    return None


# -- actors ---------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def _group(name: str | None) -> tuple[str, str] | None:
    """(name, affiliation) of a named armed group; None for anyone else or an unknown name."""
    if not name:
        return None
    from sahelwatch.extract.actors import ActorRegistry, ActorRegistryError

    try:
        actor = ActorRegistry.load().actor(name)
    except ActorRegistryError:
        return None
    return (actor.name, actor.affiliation) if actor.type == ARMED_GROUP and not actor.template else None


def _groups(report: Any) -> set[tuple[str, str]]:
    """The named armed groups among a report's two actors."""
    return {g for g in map(_group, (report.actor1, report.actor2)) if g}


def _related(g: tuple[str, str], h: tuple[str, str]) -> bool:
    return g[0] == h[0] or (g[1] == h[1] and g[1] in ("AQ", "IS"))


def _actors(a: Any, b: Any) -> tuple[int, str] | None:
    groups_a, groups_b = _groups(a), _groups(b)
    if groups_a and groups_b:
        if not any(_related(g, h) for g in groups_a for h in groups_b):
            return None
        if groups_a & groups_b:
            return 2, "same armed group (" + ", ".join(sorted(g[0] for g in groups_a & groups_b)) + ")"
        return 1, "related armed groups (" + ", ".join(sorted(g[0] for g in groups_a | groups_b)) + ")"
    if {a.actor1, a.actor2} - {None} == {b.actor1, b.actor2} - {None} != set():
        return 2, "same actors"
    return 0, "no conflicting armed group"


# -- toll -----------------------------------------------------------------------------------

def _toll(a: Any, b: Any) -> tuple[int, str] | None:
    if a.fatalities is None or b.fatalities is None:
        return 0, "toll unknown on one side"
    low, high = sorted((a.fatalities, b.fatalities))
    if low == high:
        return 1, f"same toll ({low})"
    if high - low <= 5 or (low and low * TOLL_RATIO >= high):
        return 0, f"revised toll ({low} / {high})"
    return None


def compare(a: Any, b: Any, rules: MergeRules) -> Link | None:
    """The link between two reports of one country, or None when they cannot be one event."""
    if a.country != b.country or a.document_id == b.document_id:
        return None
    results = {}
    for name, check in (("date", lambda: _date(a, b, rules)), ("type", lambda: _type(a, b)),
                        ("place", lambda: _place(a, b, rules) or _told_alike(a, b, rules)), ("actors", lambda: _actors(a, b)),
                        ("toll", lambda: _toll(a, b))):
        result = check()
        if result is None:
            return None
        results[name] = result
    if results["place"][0] == 0 and not (results["date"][1] == "same day" and results["type"][0] == 2
                                          and results["actors"][0] == 2):
        return None
    if results["place"][0] == 2 and (results["date"][1] != "same day" or a.admin1_code != b.admin1_code
                                      or a.event_type == _S):
        return None  # two towns: one event only on one day in one region (Ayorou on the 21st, Firgoun on the
        #              22nd), and never for arrests, which are where they are (Had Soualem, Casablanca)
    return Link(sum(score for score, _ in results.values()), {name: why for name, (_, why) in results.items()})
