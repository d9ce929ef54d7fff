"""Event type, sub-event type and CT tags of an incident, from its cues, by ACLED's rules.

The rules that decide, in order (REFERENCE.md, ACLED codebook):

- an explosive or air attack inside a ground fight (an exchange of fire, a clash) is one
  Battles / Armed clash event, keeping the explosive's tag;
- a suicide bombing is Explosions / Suicide bomb; an air or drone strike is Air/drone strike
  (with shelling too); shelling alone, a grenade, an IED or landmine are their sub-types;
- an abduction followed by killing is Violence against civilians / Attack;
- attacks on soldiers or police (two armed sides) are Battles; on unarmed people, Violence
  against civilians; a takeover or recapture of territory is its Battles sub-type;
- arrests by state forces (dismantled cells among them) are Strategic developments /
  Arrests; a foiled plot, a defused device, a weapons seizure or a drone shot down is Disrupted weapons use;
- protests and riots by their own sub-types; then the other strategic developments.
"""

from __future__ import annotations

from dataclasses import dataclass

from sahelwatch.extract.cues import PREVENTIVE

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
SD = "Strategic developments"

VIOLENT = frozenset({"attack", "clash", "ambush", "ied", "suicide", "explosion", "drone_strike", "air_strike",
                     "shelling", "grenade", "abduction", "killing", "neutralised", "sexual_violence",
                     "territory_taken", "territory_regained"})

_TAGS = {"suicide": "suicide_attack", "ied": "ied", "abduction": "kidnapping", "hostage_release": "hostage_release",
         "drone_strike": "drone_strike", "air_strike": "air_strike", "ambush": "ambush",
         "cell_dismantled": "cell_dismantled", "arrest": "arrest", "plot_foiled": "plot_foiled",
         "weapons_seizure": "weapons_seizure", "threat_warning": "threat_warning"}


_HARM = frozenset({"killing", "clash", "ambush", "abduction", "territory_taken"})


_NON_VIOLENT = (("base_established", "Headquarters or base established"), ("agreement", "Agreement"),
                ("hostage_release", "Other"), ("looting", "Looting/property destruction"),
                ("threat_warning", "Other"))


@dataclass(frozen=True, slots=True)
class Sides:
    """Who the incident involves, as far as the actor mentions tell."""

    state: bool = False        # state forces named or described
    armed_group: bool = False  # a named non-state armed group
    civilians: bool = False    # civilians named or described as victims


@dataclass(frozen=True, slots=True)
class Coding:
    event_type: str
    sub_event_type: str
    ct_tags: tuple[str, ...]
    trigger: str               # the cue category that decided


def classify(categories: set[str], sides: Sides, deaths: bool = False, lead: frozenset[str] = frozenset(),
             civilian_deaths: bool = False, forces_deaths: bool = False) -> Coding | None:
    """The ACLED coding of an incident with these cue categories, or None if it is no event.

    ``deaths``: the incident has a death toll above zero; ``civilian_deaths``: every death counted
    is a civilian's ("soldiers killed 20 civilians" is no battle, whatever vehicles they came in);
    ``forces_deaths``: soldiers or militiamen are among the dead of an assault known by its toll ("overran
    Djibo, killing dozens of soldiers and civilians" is a battle, whoever else died);
    ``lead``: the cue categories of the sentence that first reports it (what the report is about).
    """
    c = categories
    if c >= {"ied", "neutralised"} and not c & {"attackers", "explosion", "wounded", "killing", "clash"}:
        c = c | {"defused"}  # "an explosive device ... was detected by a unit and neutralised": no one to neutralise
    if c & {"ied", "shelling"} and c & {"weapons_seizure", "defused"} and not c & {"explosion", "wounded"}:
        c = c - {"ied", "shelling"}  # "كشف وتدمير ... قنابل تقليدية الصنع", "recovered an RPG-7 with 4 rockets":
        #                              bombs and rockets found, none went off
    tags = tuple(sorted({_TAGS[k] for k in c if k in _TAGS}))
    armed_target = bool(c & {"clash", "neutralised"}) or not civilian_deaths and (
        "military_target" in c or ("security_forces" in c and (forces_deaths or (
            not sides.civilians and "civilian_target" not in c)))
        or ({"operation", "attackers"} <= c and not sides.civilians)  # "terrorists shot dead in a sweep"
        or ("ambush" in c and sides.state and not sides.civilians))
    # ("نصبت القوات كمينا لعناصر من جماعة بوكو حرام": the forces ambushed a named group)
    blast_lead = bool(lead & {"ied", "explosion", "suicide"}) and not lead & {"clash", "ambush"}
    # a bomb under a convoy, and later "the road is often ambushed": still the bomb
    ground_fight = "clash" in c or ("ambush" in c and armed_target and not blast_lead)
    # "on Monday, nine of the women were released": a release, the abduction told in other sentences is context
    released = "hostage_release" in lead and not lead & _HARM and not c & {"neutralised", "clash", "operation"} and not (
        "killing" in c and deaths)  # ("the victims were recovered": a word of killing, no one dead)
    # "ضبطت مفرزة للجيش، إثر كمين نصب على الشريط الحدودي، مسدسين رشاشين وأوقفت 3 أشخاص": an army stakeout that
    # seized and arrested, no fight
    stakeout = "ambush" in c and bool(c & {"operation", "security_forces"}) and bool(c & PREVENTIVE) and not c & {
        "killing", "clash", "neutralised", "attack", "attackers", "wounded"}
    # "a été arrêté à son domicile ... Des agents de la police judiciaire ... l'ont emmené vers une destination
    # inconnue": how the state's arrest was made, no abduction
    arrested = "arrest" in lead and not lead & _HARM and (sides.state or not sides.armed_group)
    spared = ({"abduction", "killing"} if released else set()) | ({"ambush"} if stakeout else set()) | (
        {"abduction"} if arrested else set())
    harmful = _HARM - spared
    harm = bool(c & harmful) or ("neutralised" in c and deaths)  # "two terrorists eliminated", not "neutralise threats"
    violent_damage = "looting" in c and (({"attack", "military_target"} <= c and "attack" in lead) or bool(
        lead & {"air_strike", "drone_strike", "shelling"}))
    # ("had struck Diboli ... trucks and part of the customs post set on fire": a battle; "les vecteurs aériens ont
    # localisé et détruit une base logistique": a strike; neither is looting)
    crowd_arrested = bool(c & {"protest", "riot"}) and "arrest" in c and not c & PREVENTIVE - {"arrest"}
    if c & PREVENTIVE and not harm and not crowd_arrested:
        return _strategic(c, tags)  # (protesters arrested: a protest with intervention, below; rioters: a riot)
    if {"suicide", "plot_foiled"} <= c and not c & {"clash", "ambush"}:
        return _strategic(c, tags)  # the bomber shot at the checkpoint before he could detonate
    if "intercepted" in c and not harm:
        return Coding(SD, "Disrupted weapons use", tags, "intercepted")  # a drone shot down
    if not harm and not violent_damage and "protest" not in lead and "riot" not in c:
        # (a sit-in "للمطالبة بالإفراج عن" herders is a protest, not a release; shops a mob smashed are its riot)
        for found in (lead, c):  # what the lead reports first: "a truce ... no checkpoints set up"
            for cue, sub in _NON_VIOLENT:
                if cue in found:
                    return Coding(SD, sub, tags, cue)

    if c & {"suicide", "ied", "explosion", "grenade", "drone_strike", "air_strike", "shelling"}:
        if ground_fight:  # an air strike or a bomb inside a ground fight is one battle
            return Coding(BATTLES, "Armed clash", tags, "clash")
        if "suicide" in c:
            return Coding(EXPLOSIONS, "Suicide bomb", tags, "suicide")
        assault = bool(c & {"military_target", "security_forces"}) and (
            {"attack", "attackers"} <= c or ("attack" in lead and bool(lead & {"military_target", "security_forces"})))
        # "the group's attack on the Boulkessi camp", the army's drones told after it: still the attack
        if c & {"drone_strike", "air_strike"} and not ("shelling" in lead and not lead & {"drone_strike", "air_strike"}):
            if assault and not lead & {"drone_strike", "air_strike"}:
                # an assault on a post, the air force called in: one battle
                return Coding(BATTLES, "Armed clash", tags, "attack")
            return Coding(EXPLOSIONS, "Air/drone strike", tags, "drone_strike" if "drone_strike" in c else "air_strike")
        if "shelling" in c:
            if assault and "shelling" not in lead:
                return Coding(BATTLES, "Armed clash", tags, "attack")  # mortars before storming the camp
            return Coding(EXPLOSIONS, "Shelling/artillery/missile attack", tags, "shelling")
        if "grenade" in c:
            return Coding(EXPLOSIONS, "Grenade", tags, "grenade")
        if "ied" in c or ("explosion" in c and not c & {"defused", "plot_foiled", "weapons_seizure"}):
            return Coding(EXPLOSIONS, "Remote explosive/landmine/IED", tuple(sorted(set(tags) | {"ied"})), "ied")
    if "territory_taken" in c:
        return Coding(BATTLES, "Non-state actor overtakes territory", tags, "territory_taken")
    if "territory_regained" in c:
        return Coding(BATTLES, "Government regains territory", tags, "territory_regained")
    if "hostage_release" in c and c & {"neutralised", "clash", "operation"} and not c & {"agreement"}:
        return Coding(BATTLES, "Armed clash", tags, "clash")  # troops rescue hostages in a raid on the camp
    if "abduction" in c:
        if {"operation", "clash"} <= c:
            return Coding(BATTLES, "Armed clash", tags, "clash")  # troops tracked the kidnappers down and fought them
        if deaths and not armed_target:
            return Coding(VAC, "Attack", tags, "killing")
        if deaths and c & {"attack", "ambush"} and ("military_target" in c or "clash" in c):
            return Coding(BATTLES, "Armed clash", tags, "attack")  # an escorted convoy attacked, drivers taken too
        return Coding(VAC, "Abduction/forced disappearance", tags, "abduction")
    if "sexual_violence" in c:
        return Coding(VAC, "Sexual violence", tags, "sexual_violence")
    armed_men = bool(c & {"clash", "ambush", "neutralised"}) or ("attackers" in c and sides.armed_group)
    if "riot" in c and (not armed_men or (
            {"protest", "clash"} <= c and sides.state and not c & {"ambush", "neutralised", "attackers"})):
        # mobs, not armed men (masked youths who riot are rioters); protesters who clash with the police and burn
        # tyres riot
        return Coding("Riots", "Violent demonstration" if "protest" in c else "Mob violence", tags, "riot")
    if "protest" in c and "ambush" not in c:  # (fighters who "blocked the road with a burning lorry" laid an ambush)
        if ("killing" in c and deaths) or ("wounded" in c and sides.state):  # not "marched against the killings"
            return Coding("Protests", "Excessive force against protesters", tags, "protest")
        # the forces acted on the crowd (arrests, tear gas, shots), not only named in the story
        if c & {"arrest", "dispersal"} or (sides.state and c & {"clash", "wounded"}):
            return Coding("Protests", "Protest with intervention", tags, "protest")
        return Coding("Protests", "Peaceful protest", tags, "protest")
    if c & {"attack", "clash", "ambush", "killing", "neutralised", "operation"} and c & VIOLENT:
        if armed_target:
            return Coding(BATTLES, "Armed clash", tags, "clash")
        return Coding(VAC, "Attack", tags, "attack")
    if c & PREVENTIVE:
        return _strategic(c, tags)
    for cue, sub in _NON_VIOLENT:
        if cue in c:
            return Coding(SD, sub, tags, cue)
    return None


def _strategic(c: set[str], tags: tuple[str, ...]) -> Coding:
    """Arrests, or Disrupted weapons use: a dismantled cell is an arrest, a foiled plot or a seizure is not."""
    if "cell_dismantled" in c or ("arrest" in c and not c & {"plot_foiled", "defused"}):
        return Coding(SD, "Arrests", tags, "arrest")
    return Coding(SD, "Disrupted weapons use", tags, "plot_foiled" if "plot_foiled" in c else "weapons_seizure")
