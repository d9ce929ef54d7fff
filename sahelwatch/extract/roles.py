"""Actor 1 and actor 2 of an incident, by ACLED's conventions for each type of event.

Actor 1 is the side that acts: the attacker, the striking or arresting force, the
protesters; actor 2 the other side, and in violence against civilians the civilians.
Unknown attackers are "Unidentified Armed Group (<country>)"; state forces not named but
plainly involved (a military post attacked, an arrest) are those of the event's country.
"""

from __future__ import annotations

from dataclasses import dataclass

from sahelwatch.extract.actors import ActorMention, ActorRegistry
from sahelwatch.extract.classify import BATTLES, EXPLOSIONS, SD, VAC, Coding

STATE_TYPES = (1, 8)
ARMED_TYPES = (2, 3, 4)
CIVILIAN_TYPE = 7


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    span: tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class Roles:
    actor1: Party | None
    actor2: Party | None


class _Cast:
    """The actor mentions of an incident, resolved for its country and sorted into sides."""

    def __init__(self, mentions: list[ActorMention], country: str, registry: ActorRegistry) -> None:
        self.country = country
        self.registry = registry
        self.state: list[Party] = []
        self.militias: list[Party] = []      # pro-government militias (VDP, CJTF, Dozo ...)
        self.groups: list[Party] = []        # named non-state armed groups
        self.unidentified: list[Party] = []
        self.civilians: list[Party] = []
        self.other: list[Party] = []
        for mention in mentions:
            party = Party(registry.resolve(mention, country), (mention.start, mention.end))
            if mention.type in STATE_TYPES:
                self.state.append(party)
            elif not mention.is_template and registry.actor(party.name).affiliation == "state":
                self.militias.append(party)
            elif mention.type == CIVILIAN_TYPE:
                self.civilians.append(party)
            elif mention.is_template and mention.name.startswith("Unidentified Armed Group"):
                self.unidentified.append(party)
            elif mention.type in ARMED_TYPES:
                self.groups.append(party)
            else:
                self.other.append(party)

    def template(self, pattern: str) -> Party:
        return Party(self.registry.templates[pattern].fill(self.country), None)

    def attacker(self, state_may_act: bool = False) -> Party:
        candidates = self.groups or self.unidentified or (self.militias + self.state if state_may_act else [])
        return (candidates or [self.template("Unidentified Armed Group ({country})")])[0]

    def armed_group(self) -> Party | None:
        return (self.groups or self.unidentified or [None])[0]

    def forces(self, default: str | None = "Military Forces of {country}", militias: bool = False) -> Party | None:
        """The state forces involved (or, on the state's side in a fight, its militias)."""
        if self.state or (militias and self.militias):
            return (self.state or self.militias)[0]
        return self.template(default) if default else None

    def victims(self) -> Party:
        return (self.civilians or [self.template("Civilians ({country})")])[0]


def is_state_militia(mention: ActorMention, registry: ActorRegistry) -> bool:
    """A named militia on the state's side (VDP, CJTF, Dozo, Dan Na Ambassagou): armed, but no armed group."""
    return (not mention.is_template and mention.type not in STATE_TYPES
            and registry.actor(mention.name).affiliation == "state")


def assign_roles(coding: Coding, categories: set[str], mentions: list[ActorMention], country: str,
                 registry: ActorRegistry, document_group: ActorMention | None = None,
                 lead: frozenset[str] = frozenset()) -> Roles:
    """Actor 1 and actor 2 for an incident coded ``coding``.

    ``document_group`` is the one armed group the document names (unless it says the attack went
    unclaimed): the author of an incident whose own sentences name none (the claim or the
    attribution often comes paragraphs later). ``lead``
    holds the cue categories of the sentence that first reports the incident: who acts there
    (an assault by attackers, or an operation of the forces) is actor 1.
    """
    cast = _Cast(mentions, country, registry)
    if not cast.groups and document_group is not None:
        cast.groups.append(Party(registry.resolve(document_group, country), None))
    kind, sub = coding.event_type, coding.sub_event_type
    if kind == BATTLES:
        sweep = "operation" in lead and not lead & {"attack", "ambush"}  # "ont abattu ... lors d'une opération de ratissage"
        assault = {"attack", "attackers"} <= lead or "ambush" in categories or (
            "military_target" in categories and not sweep) or (
            {"attack", "security_forces"} <= lead and not lead & {"neutralised", "operation", "air_strike", "drone_strike"})
        state_first = sub == "Government regains territory" or (
            not assault and categories & {"neutralised", "operation", "air_strike", "drone_strike"})
        group = cast.armed_group() or cast.attacker()
        rival = next((p for p in cast.groups if _rivals(registry, cast.groups[0].name, p.name)), None)
        if rival is not None and (not cast.state or not lead & {"security_forces", "military_target"}):
            # JNIM against IS Sahel: no army in it, even if the army is said to have made no comment
            return Roles(cast.groups[0], rival)
        if state_first:
            return Roles(cast.forces(militias=True), group)
        if "armed_rivals" in categories and not (cast.state or cast.militias):
            # "des affrontements entre groupes armés" in Zawiya: no forces in it, armed men on both sides
            return Roles(group, cast.template("Unidentified Armed Group ({country})"))
        return Roles(group, cast.forces(militias=True))
    if kind == EXPLOSIONS:
        if sub == "Air/drone strike":
            return Roles(cast.forces(), cast.armed_group() or (cast.civilians or [None])[0])
        return Roles(cast.attacker(), _target(cast, categories, lead))
    if kind == VAC:
        return Roles(cast.attacker(state_may_act=True), cast.victims())
    if kind == "Protests":
        intervened = sub != "Peaceful protest"
        return Roles(cast.template("Protesters ({country})"), cast.forces(None) if intervened else None)
    if kind == "Riots":  # a violent demonstration against the police that came, or a mob against people
        facing = cast.forces(None) if sub == "Violent demonstration" and cast.state else None
        return Roles(cast.template("Rioters ({country})"), facing or (cast.civilians or [None])[0])
    if kind == SD:
        return _strategic(sub, coding, cast)
    return Roles(None, None)


def rivals(first: ActorMention, second: ActorMention, registry: ActorRegistry, country: str | None) -> bool:
    """Two named armed groups that fight each other (JNIM and IS Sahel; not JNIM and Katiba Macina)."""
    def group(a: ActorMention) -> bool:
        return a.type in ARMED_TYPES and not a.is_template and not is_state_militia(a, registry)
    return group(first) and group(second) and _rivals(
        registry, registry.resolve(first, country), registry.resolve(second, country))


def _rivals(registry: ActorRegistry, first: str, second: str) -> bool:
    """Two groups that fight each other, not a group and its branch or ally (JNIM and Katiba Macina)."""
    if first == second:
        return False
    a, b = registry.actor(first).affiliation, registry.actor(second).affiliation
    return a != b or a in (None, "none")


def _target(cast: _Cast, categories: set[str], lead: frozenset[str] = frozenset()) -> Party | None:
    """Whom a bomb or a shell hit: an army post, else people, else the forces named as victims. Soldiers hit
    in the lead, with no people named, are the target whatever civilian places later sentences name (the
    villages of the region, the houses of a raid told after it)."""
    if "military_target" in categories or (
            "security_forces" in lead and not lead & {"civilians", "civilian_target", "people"} and not cast.civilians
            and "civilians" not in categories):
        return cast.forces(militias=True)
    if cast.civilians or categories & {"civilian_target", "civilians"}:
        return cast.victims()
    if "security_forces" in categories:
        return cast.forces(militias=True)
    if "people" in categories:
        return cast.victims()  # "انفجار أودى بحياة أربعة أشخاص": people of no side told
    return None


def _strategic(sub: str, coding: Coding, cast: _Cast) -> Roles:
    if sub == "Arrests":
        return Roles(cast.forces("Police Forces of {country}"), (cast.groups or [None])[0])
    if sub == "Disrupted weapons use":
        return Roles(cast.forces("Police Forces of {country}" if "plot_foiled" in coding.ct_tags
                                 else "Military Forces of {country}"), (cast.groups or [None])[0])
    if sub == "Agreement":
        parties = cast.groups + cast.state + cast.other
        return Roles(parties[0] if parties else None, parties[1] if len(parties) > 1 else None)
    if sub == "Other" and "hostage_release" in coding.ct_tags:
        return Roles(cast.attacker(), cast.victims())
    if sub == "Looting/property destruction":
        return Roles(cast.attacker(), cast.victims())
    if sub == "Headquarters or base established":
        return Roles(cast.armed_group() or cast.forces(), None)
    return Roles(cast.armed_group(), None)
