"""From sentences to incidents: which sentences report an event, and which report the same one.

A sentence opens or continues an incident when it holds an event cue that its context
supports (a death toll word needs a security context; an arrest needs a terrorism context;
a football "attack" or a gas-bottle "explosion" is not an event; what is denied is not an
event). Sentences are grouped in text order: a sentence naming a place joins the incident
of that place on a compatible day, or opens a new one; a sentence with no place continues
the current incident. One sentence naming two towns, each with its own event cue, is split
into two incidents. ACLED's unit is one place and one day. A lead on attacks on several villages
("bandits attacked three villages in Sabon Birni LGA"), told village by village after, gives one
incident per village; the lead is only their sum, and its toll goes to the one village told
without a toll of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from sahelwatch.extract.actors import ActorMention, ActorRegistry
from sahelwatch.extract.cues import EVENT_CUES, PREVENTIVE, Cue
from sahelwatch.extract.dates import DateMention
from sahelwatch.extract.mentions import Mentions, Sentence
from sahelwatch.extract.place_roles import ROAD_JOIN
from sahelwatch.gazetteer import ResolvedPlace
from sahelwatch.gazetteer.geo import distance_km
from sahelwatch.text.normalise import fold, is_arabic

_AMBIGUOUS = {"attack", "explosion", "killing", "clash", "abduction", "shelling", "air_strike"}  # words with common
#            non-security senses: a team's attack, a striker's "rocket" (قذيفة), "snatched a win" (خطف فوزا),
#            warplanes bought or shown
_CONTEXT = {"attackers", "security_forces", "military_target", "security_topic", "neutralised", "claim"}
TERROR_CONTEXT = {"security_topic", "attackers", "cell_dismantled", "plot_foiled", "weapons_seizure", "claim"}
_FOLLOW_UP = ("revision", "killing", "claim", "wounded")
_HARM_DONE = {"neutralised", "killing", "clash", "attack", "abduction"}
_CROWD = frozenset({"protest", "riot"})
_REMOTE = {"air_strike", "drone_strike", "shelling", "explosion", "ied", "suicide"}  # what "hit" a crowd or a post
BACKGROUND_DAYS = 14
WEEK_REACH_DAYS = 3   # a week is dated by its middle day: its other days are this far from it
_LISTED_KINDS = {"clash", "ied", "suicide", "drone_strike", "air_strike", "shelling", "abduction", "arrest"}
_RESULTS = _LISTED_KINDS | {"neutralised", "hostage_release", "weapons_seizure"}  # what an army bulletin's headline lists
ROUNDUP_KINDS = 3   # kinds of events a lead lists, with no day nor place of its own, to be only a roundup's
_PROTESTERS, _CIVILIANS = 6, 7   # ACLED actor types
FEATURE_REACH_KM = 150   # a lake or a forest holds the towns this close to its centre
LISTED_APART_KM = 25   # towns listed closer than this are one place ("Tevragh Zeina, Nouakchott")
COMMUNE_REACH_KM = 50   # a commune named by its seat holds the villages this close to it, where no district is known


_TARGETS = frozenset({"military_target", "civilian_target", "security_forces", "civilians"})


@dataclass
class Incident:
    sentences: list[Sentence] = field(default_factory=list)
    place: ResolvedPlace | None = None
    date: DateMention | None = None
    background_cue: bool = False
    own_place: bool = False       # its sentences name a place (not only borrowed from elsewhere)
    road_end: bool = False        # its place is a town that ends the road it happened on
    summary: bool = False         # it opens on attacks on several villages, told one by one after
    group: ActorMention | None = None   # the armed group (or men) its summary names, for a village told after it
    parent: Incident | None = None  # the summary it details
    protest_aside: bool = False  # its headline's protest is one told after it, on a later day

    @property
    def categories(self) -> set[str]:
        """Cue categories of its sentences; "nobody was killed" takes back that sentence's killing. A village of a
        lead that names no target of its own has the lead's ("هجمات منسقة على مواقع للجيش ... في سبع بلدات")."""
        found: set[str] = set()
        for sentence in self.sentences:
            found |= sentence.categories - ({"killing", "wounded"} if sentence.has("negation") else set()) - self.aside(
                sentence)
        if self.parent is not None and not found & _TARGETS:
            found |= self.parent.categories & _TARGETS
        return found

    def aside(self, sentence: Sentence) -> set[str]:
        """Cue categories of ``sentence`` that belong to another incident: the protest a headline tells beside
        this incident ("Boko Haram kills 7 farmers in Borno, residents protest")."""
        return {"protest"} if self.protest_aside and sentence.index == 0 else set()

    def first_cue(self) -> Cue | None:
        return next((c for s in self.sentences for c in s.event_cues), None)


def supported_cues(sentence: Sentence) -> set[str]:
    """The event cue categories of ``sentence`` that its context supports (empty: no event)."""
    found = {c.category for c in sentence.event_cues}
    if not found or sentence.has("denial") or (sentence.has("total") and "protest" not in found):
        return set()  # (a march against the attacks "since the start of the year" is still a march)
    context = sentence.categories | ({"actor"} if sentence.actors else set())
    armed = any(a.type not in (_CIVILIANS, _PROTESTERS) for a in sentence.actors)
    if "protest" in found and _armed_blockade(sentence):
        found = (found - {"protest"}) | {"attack"}  # "gunmen on motorcycles blocked the road": an attack
    if "protest" in found and found - {"protest"} <= {"attack", "killing"} and not (context & _CONTEXT or armed):
        found = {"protest"}  # "marched to protest the killings", "in reaction to the attack, residents marched"
    if sentence.has("non_security") and found <= _AMBIGUOUS and not (
            found & {"abduction", "shelling", "air_strike"} and context & _CONTEXT):
        return set()  # "خطف الفريق فوزا ثمينا": a team snatching a win kidnaps no one
    # "the attack on Hurti community has killed 52", "l'attaque de dimanche contre le village de Ségué": no
    # attacker named, still an event when it kills or has its day and place
    on_a_target = bool(context & {"civilian_target", "revision"}) and (
        "killing" in found or bool(sentence.dates and _anchor(sentence)))  # ("le bilan de l'attaque ... s'est alourdi")
    people_killed_on_a_date = bool(context & {"civilians", "people"}) and "killing" in found and bool(
        _anchor(sentence)) and any(d.kind == "absolute" for d in sentence.dates)
    # ("شهدت تورو في الثاني من مارس هجوما مماثلا قُتل فيه راعيان": the day, the place, the herders it killed)
    attack_on_people = bool(found & {"attack", "explosion"}) and (on_a_target or people_killed_on_a_date)
    # ("an explosion tore through a mosque in the Gamboru market area of Maiduguri ... on Wednesday", five killed)
    if found <= {"killing", "attack", "explosion"} and not (context & (_CONTEXT | {"actor"}) or attack_on_people):
        return set()
    if found <= {"arrest", "agreement", "looting", "weapons_seizure"} and not context & (TERROR_CONTEXT | {"actor"}) and not (
            context & {"operation", "military_target"} and found <= {"arrest", "weapons_seizure"}):
        return set()  # (an army patrol that "a interpellé trois individus suspects" is a security arrest, and so is
        #              a garrison's: "les éléments de la garnison ont procédé à l'interpellation de trois individus")
    if "agreement" in found and not (context & TERROR_CONTEXT or any(a.type in _PARTIES for a in sentence.actors)):
        found -= {"agreement"}  # "إعادة التفاوض حول اتفاقيات الموارد الطبيعية": a government's mining contracts
    if sentence.has("crime") and not (context - found) & (TERROR_CONTEXT - {"attackers"}):
        found -= {"explosion", "hostage_release"}  # blasting machines seized from gold miners, migrants rescued at sea
        if found - {"killing", "attack"} <= PREVENTIVE:  # a ring "that targeted" miners and "الضحايا" it cheated;
            return set()  # smugglers and gold miners arrested: no counter-terrorism event
    if not sentence.towns() or sentence.has("weapons_seizure"):  # "seized weapons", "lost control of the truck"
        found -= {"territory_taken", "territory_regained"}
    return found


_ARMED = (2, 3)   # ACLED actor types of rebels and militias
_PARTIES = (2, 3, 4)   # and of identity militias: the armed parties an agreement is made with
BLOCKADE_REACH = 60   # characters from the armed men to the road they block


def _armed_blockade(sentence: Sentence) -> bool:
    """Every protest word of the sentence ("blocked the road") has armed men as its subject: "gunmen on
    motorcycles blocked the road and forced passengers out" is a roadblock attack, not a protest."""
    def armed_subject(cue: Cue) -> bool:
        before = [a for a in sentence.actors if a.end <= cue.start and cue.start - a.end <= BLOCKADE_REACH]
        return bool(before) and max(before, key=lambda a: a.end).type in _ARMED

    return all(armed_subject(c) for c in sentence.cues_of("protest"))


def _anchor(sentence: Sentence) -> list[ResolvedPlace]:
    """The places of a sentence that can locate an event (not "evacuated to X"), most precise kinds first."""
    places = [p for p in sentence.towns() if p.mention.start not in sentence.directional]
    towns = [p for p in places if p.is_local]
    return towns or places


def same_place(a: ResolvedPlace | None, b: ResolvedPlace | None) -> bool:
    if a is None or b is None:
        return False
    if a.place.id == b.place.id or (a.place.name, a.place.admin1_code) == (b.place.name, b.place.admin1_code):
        return True
    if not (a.is_local and b.is_local):  # a region and a town inside it
        return a.place.admin1_code is not None and a.place.admin1_code == b.place.admin1_code
    return False


def _within(a: ResolvedPlace, b: ResolvedPlace, km: float) -> bool:
    if a.place.id == b.place.id:
        return True
    if None in (a.place.latitude, b.place.latitude):
        return False
    return distance_km(a.place.latitude, a.place.longitude, b.place.latitude, b.place.longitude) <= km


def same_region(a: ResolvedPlace, b: ResolvedPlace) -> bool:
    return a.place.admin1_code is not None and a.place.admin1_code == b.place.admin1_code


def _holds(area: ResolvedPlace, place: ResolvedPlace) -> bool:
    """``area``, a region, a country or a large feature, holds ``place`` ("an island on Lake Chad" ... "a fishing
    camp near Kaiga-Kindjiria")."""
    return same_region(area, place) or (area.place.kind == "country" and area.place.country == place.place.country) or (
        area.place.kind == "feature" and _within(area, place, FEATURE_REACH_KM))


def _retold(clause: Sentence, current: Incident) -> bool:
    """A sentence that tells again what the current incident is ("the bomber blew herself up among
    ...", naming the hospital's town in passing): no event cue of a new kind, same region."""
    new = {c.category for c in clause.event_cues} - current.categories - {"attack", "killing"}
    own_toll = clause.has("killing") and bool(clause.numbers)  # "in Arbinda, gunmen killed five": another event
    places = _anchor(clause)
    return not new and not own_toll and bool(places) and current.place is not None and all(
        same_region(current.place, p) for p in places)


def _detail_of(known: ResolvedPlace, other: ResolvedPlace) -> bool:
    """A place in the same region that is not a second named town: a district, a feature, "near X"."""
    return same_region(known, other) and not (known.geo_precision == 1 and other.geo_precision == 1)


def compatible(a: DateMention | None, b: DateMention | None) -> bool:
    """Two dates that can be one incident's (``a`` told first): a day apart at most, a day within the week told
    first ("ambushed a patrol last week" ... "came under fire Tuesday"), or one of them only the day it was told."""
    if a is None or b is None or a.reported or b.reported:
        return True
    apart = abs((a.date - b.date).days)
    return apart <= 1 or (a.precision == 2 and b.precision == 1 and apart <= WEEK_REACH_DAYS)


def _split_release(sentence: Sentence) -> list[tuple[Sentence, ResolvedPlace | None]]:
    """A release and the abduction it ends, each told with its own day in one sentence ("أُفرج أمس الثلاثاء عن
    ثلاثة موظفين ... كان مسلحون قد اختطفوهم يوم 2 مايو", "enlevés le 14 août ..., ils ont été libérés mardi"):
    two clauses, cut where the second one's words begin; else nothing."""
    kinds = [sentence.cues_of("hostage_release"), sentence.cues_of("abduction")]
    if not all(kinds):
        return []
    cut = max(min(c.start for c in cues) for cues in kinds)
    halves = [_clause(sentence, sentence.start, cut), _clause(sentence, cut, sentence.end)]
    days = [_day(half) for half in halves]
    if None in days or days[0].date == days[1].date:
        return []
    return _with_scenes(halves)


def _with_scenes(clauses: list[Sentence]) -> list[tuple[Sentence, ResolvedPlace | None]]:
    scenes = []
    for clause in clauses:
        places = _anchor(clause)
        scenes.append((clause, _scene(clause, places, [p for p in places if p.place.kind == "town" and p.is_local])))
    return scenes


_EARLIER = (r"(?:(?:only|just)\s+)?(?:days|weeks|(?P<one>a day)|a week|(?P<two>two days)|(?P<three>three days)"
            r"|(?P<four>four days)) after\b"
            r"|(?:quelques|(?P<deux>deux)|(?P<trois>trois)|(?P<quatre>quatre)) jours après\b"
            r"|(?:une semaine|quelques semaines) après\b"
            r"|بعد (?:أيام|أسبوع|(?P<yawm>يوم)|(?P<yawmayn>يومين)|(?P<thalatha>ثلاثة أيام)|(?P<arbaa>أربعة أيام)"
            r"|أسابيع) من")
# ("…, days after six fishermen were killed in Chad": an earlier event)
_WHILE = re.compile(rf"[,،]\s*(?:(?:في حين|بينما|فيما|while|whereas|tandis que?|alors que)\b"
                    rf"|(?:وذلك\s+)?(?={_EARLIER}))",
                    re.IGNORECASE)  # (the half told as earlier keeps the words that say so)
_TOLD_EARLIER = re.compile(_EARLIER, re.IGNORECASE)
_PROMPTING = re.compile(r"[,،]\s*(?:prompting|sparking|triggering|provoking|poussant|provoquant|suscitant"
                        r"|(?:و)?(?:مما|ما) (?:دفع|أثار|اثار))(?!\w)", re.IGNORECASE)
_DAYS_EARLIER = {"one": 1, "two": 2, "three": 3, "four": 4, "deux": 2, "trois": 3, "quatre": 4, "yawm": 1,
                 "yawmayn": 2, "thalatha": 3, "arbaa": 4}
# (by the group of _EARLIER that matched: how many days before the first half the second's deed was)


def _split_while(text: str, sentence: Sentence) -> list[tuple[Sentence, ResolvedPlace | None]]:
    """Two events told side by side with "while", in two countries or regions or on two days ("Deux soldats béninois
    ont été tués dimanche ..., tandis qu'au Togo voisin, trois civils ont péri mercredi dans l'explosion d'un engin"):
    two clauses, the second told apart from the first; else nothing."""
    prompted = _PROMPTING.search(text, sentence.start, sentence.end)
    found = _WHILE.search(text, sentence.start, sentence.end) or _and_later(text, sentence) or _and_another_day(
        text, sentence) or prompted
    if found is None:
        return []
    halves = [_clause(sentence, sentence.start, found.start()), _clause(sentence, found.end(), sentence.end)]
    if found is prompted:  # "Gunmen killed 11 people in a raid on a village, prompting angry villagers to block a
        #                    highway on Thursday": the crowd the deed stirred is an event of its own
        if not (halves[1].has(*_CROWD) and not halves[0].has(*_CROWD) and supported_cues(halves[0])):
            return []
        halves[1].cues.append(Cue(found.start(), found.end(), "separate"))
        return _with_scenes(halves)
    days = [_day(half) for half in halves]
    after = sentence.day_after
    if after is not None and after[2] > 0 and after[0] >= found.end() and days[0] is not None and days[1] is None:
        days[1] = DateMention(after[0], after[1], days[0].date + dt.timedelta(days=after[2]), days[0].precision,
                              "relative", "days after")  # "…، فيما لقي ثلاثة جنود حتفهم في اليوم التالي"
        halves[1].dates.append(days[1])
    earlier = _TOLD_EARLIER.match(text, found.end())
    gap = _DAYS_EARLIER.get(earlier.lastgroup) if earlier else None
    if gap is not None and days[0] is not None and days[1] is None:  # "، وذلك بعد يوم من صدّ ... هجوماً على كانتشاري"
        days[1] = replace(days[0], start=earlier.start(), end=earlier.end(), date=days[0].date - dt.timedelta(days=gap),
                          kind="relative", rule="days before")
        halves[1].dates.append(days[1])
    if not all(supported_cues(half) for half in halves):
        return []  # (the second half's day, told by how long before the first it was, supports it too)
    countries = [{p.place.country for p in half.places} for half in halves]
    towns = [[p.place for p in half.towns() if p.mention.start not in (sentence.directional | sentence.containers)]
             for half in halves]  # not "في طريقها إلى العاصمة باماكو"
    regions = [{t.admin1_code for t in half if t.admin1_code} for half in towns]
    ids = [{t.id for t in half} for half in towns]
    if not (None not in days and days[0].date != days[1].date or all(countries) and not countries[0] & countries[1]
            or all(regions) and not regions[0] & regions[1]  # "... بولاية باتنة، فيما ... بولاية سكيكدة"
            or all(ids) and not ids[0] & ids[1]):  # strikes near Diafarabé, "في حين قُتل ... في هجوم ... بدائرة بانكاس"
        return []
    if found.end() > found.start() + 2:  # (an earlier event recalled is told apart by its own words)
        halves[1].cues.append(Cue(found.start(), found.end(), "separate"))  # never more of the first
    return [pair for half in halves for pair in _split_by_town(text, half)]  # ("بولايتي باتنة وتلمسان، فيما")


_AND_THEN = re.compile(r"[,،]\s*(?:and|et|و)\s+|\s+and\s+(?=\w+\s+\w+\s+(?:died|were|was)\b)", re.IGNORECASE)


def _and_later(text: str, sentence: Sentence) -> re.Match | None:
    """The "and" before a later day told without its date: "..., killing nine civilians on Friday, and three
    soldiers died a day later when their convoy struck a roadside bomb"."""
    if sentence.day_after is None or sentence.day_after[2] <= 0:
        return None
    return next(reversed(list(_AND_THEN.finditer(text, sentence.start, sentence.day_after[0]))), None)


def _and_another_day(text: str, sentence: Sentence) -> re.Match | None:
    """The ", and" between two days the sentence tells: "A Swiss woman was abducted in Agadez on April 13, and an
    Austrian woman was kidnapped from her home in the same city on January 11"."""
    days = sorted((d for d in sentence.dates if not d.reported), key=lambda d: d.start)
    second = next((d for d in days[1:] if d.date != days[0].date), None)
    if second is None:
        return None
    joints = [m for m in _AND_THEN.finditer(text, days[0].end, second.start) if m.group().strip()[:1] in ",،"]
    return joints[-1] if joints else None


def _told_beside(text: str, sentence: Sentence, clause: Sentence) -> bool:
    """The clause is the second half of a sentence that ``_split_while`` cut in two."""
    cuts = [*_WHILE.finditer(text, sentence.start, sentence.end), _and_later(text, sentence),
            _and_another_day(text, sentence), _PROMPTING.search(text, sentence.start, sentence.end)]
    return clause.start > sentence.start and any(m is not None and m.end() == clause.start for m in cuts)


def _attacks_on_each(text: str, cues: list[Cue], dated: bool) -> bool:
    """The sentence's event words are attacks in the plural ("هجمات متزامنة على ... كايس وديبولي"); after a
    dated lead on several places, words of attack are enough ("واستهدفت الهجمات كاي وديبولي ...", "des groupes
    armés terroristes ont attaqué Diboli, Kayes, Nioro du Sahel, Gogui et Sandaré")."""
    plural = [bool(_PLURAL_ATTACKS.search(text, c.start, c.end)) for c in cues]
    kinds = {c.category for c in cues}
    return all(plural) or (dated and (kinds == {"attack"} or (kinds == {"attack", "clash"} and any(plural))))


def _attacks_on_listed(text: str, sentence: Sentence, listed: list[ResolvedPlace], cues: list[Cue],
                       dated: bool) -> bool:
    """The event words are attacks on each of the towns listed: after a dated lead on several places, or with the
    sentence's own day when it names several attacks or places before the list ("صدّت فجر اليوم سلسلة هجمات منسقة ...
    في سبع بلدات، هي ديبولي وكايس ...", "plusieurs localités de l'ouest, dont Kayes, Nioro du Sahel et Diboli")."""
    return (dated or _listed_today(text, sentence, listed, cues)) and _attacks_on_each(text, cues, True)


def _listed_today(text: str, sentence: Sentence, listed: list[ResolvedPlace], cues: list[Cue]) -> bool:
    before = [c for c in cues if c.start < listed[-1].mention.start]
    several = any(_PLURAL_ATTACKS.search(text, c.start, c.end) for c in before) or bool(
        _SEVERAL_PLACES.search(text, sentence.start, listed[-1].mention.start))
    return several and _enumerated(text, listed) and any(not d.reported for d in sentence.dates)


def _dated_summary(current: Incident | None) -> bool:
    """The current incident is a lead on several places with its own day ("شنّ مسلحون فجر اليوم هجمات منسقة ... في
    سبع بلدات")."""
    return current is not None and current.summary and current.date is not None and not current.date.reported


def _dated_total(text: str, sentence: Sentence | None) -> bool:
    """A lede that sums attacks of its own day, no event itself ("شنّ مسلحون فجر أمس هجمات متزامنة على مواقع
    عسكرية في سبع بلدات"): the towns the next sentence lists are its attacks."""
    return sentence is not None and sentence.has("total") and any(not d.reported for d in sentence.dates) and any(
        _PLURAL_ATTACKS.search(text, c.start, c.end) for c in sentence.cues_of("attack"))


def _split_by_town(text: str, sentence: Sentence, dated: bool = False) -> list[tuple[Sentence, ResolvedPlace | None]]:
    """One (clause, place) per town that has its own event cue nearest to it, or per town of a list
    that one event word covers (when the sentence, or the lead on several places it follows, gives their day)."""
    places = _anchor(sentence)
    towns = [p for p in places if p.place.kind == "town" and p.is_local  # "near Diabaly" too
             and p.mention.start not in sentence.containers]
    cues = sentence.event_cues
    listed: list[ResolvedPlace] = []
    for place in places:  # distinct towns: not a district of one already listed, nor a province
        if place.is_local and place.place.kind == "town" and place.mention.start not in (
                sentence.directional | sentence.containers) and not any(
                _within(place, other, LISTED_APART_KM) and not _CONJOINED.fullmatch(
                    text, other.mention.end, place.mention.start) for other in listed):
            listed.append(place)  # ("Tétouan et Martil", ten kilometres apart, are two towns all the same)
    found = {c.category for c in cues}
    if found & {"weapons_seizure", "defused"}:
        found -= {"explosion", "ied", "suicide", "shelling"}  # "découvert et détruit ... deux bombes de confection
        #                                                       artisanale", "an RPG-7 rocket launcher with 4 rockets"
    if found <= PREVENTIVE:  # "كشف وتدمير مخبأين للإرهابيين بولايتي عين الدفلى والبويرة": a region of its own
        listed += [p for p in sentence.towns() if p.place.kind == "admin1" and p.mention.kind_cue == "admin1"
                   and p.mention.start not in sentence.directional
                   and not any(same_region(p, other) for other in listed)]
        listed.sort(key=lambda p: p.mention.start)
    before = [c for c in cues if listed and c.start < listed[-1].mention.start]  # (not "صدّت جميع الهجمات" after it)
    if len(listed) > 1 and (found <= PREVENTIVE or _attacks_on_listed(text, sentence, listed, before or cues, dated)):
        # a cell dismantled in Temara, Tiflet and Ouarzazate; "هجمات متزامنة على مواقع عسكرية في مدن كايس
        # وديبولي ونيورو": one event in each town
        return [(sentence, p) for p in listed]
    if len(listed) > 1 and found <= {"protest", "dispersal"} and _enumerated(text, listed) and any(
            _PLURAL_PROTESTS.search(text, c.start, c.end) for c in cues):
        return [(sentence, p) for p in listed]  # "des manifestations ont eu lieu à Tanger, Marrakech et Agadir"
    measured = [p for p in places if p.mention.start in sentence.measured]
    if len(towns) < 2 or len(cues) < 2 or measured:  # "on the road between Tillabéri and Ayorou, 30 km from
        return [(sentence, _scene(sentence, places, towns))]  # Ayorou": one scene, the measured place
    owners: dict[str, list[Cue]] = {}
    for cue in cues:
        town = min(towns, key=lambda p: abs(p.mention.start - cue.start))
        owners.setdefault(town.place.id, []).append(cue)
    if len(owners) < 2:  # all its words nearest one town: the scene, as of a sentence with one event word
        return [(sentence, _scene(sentence, places, towns))]
    ordered = sorted((min(c.start for c in cs), pid) for pid, cs in owners.items())
    by_id = {p.place.id: p for p in towns}
    clauses = []
    bounds = [sentence.start] + [start for start, _ in ordered[1:]] + [sentence.end]
    for (_, pid), start, end in zip(ordered, bounds, bounds[1:]):
        start = min(start, by_id[pid].mention.start)
        clauses.append((_clause(sentence, start, end), by_id[pid]))
    return clauses


_SAME_PLACE = re.compile(r"(?:^|\s)(?:المعسكر|الموقع|الثكن[ةه]|القاعد[ةه]|البلد[ةه]|القري[ةه]|المدين[ةه]|المكان|السوق)"
                         r"\s+(?:نفسه|نفسها|ذاته|ذاتها)(?!\w)|\b(?:le|la)\s+m[eê]me\s+(?:camp|localit[eé]|"
                         r"village|ville|base|poste|position)\b|\bthe\s+same\s+(?:camp|village|town|base|post|position|"
                         r"locality)\b", re.IGNORECASE)


def _same_place_again(text: str, clause: Sentence, place: ResolvedPlace | None, current: Incident) -> bool:
    """The clause names no town of its own but "the same camp" as the current incident's ("le même camp avait
    été attaqué en 2020", "وكان المعسكر نفسه قد تعرّض ... لهجوم"): it happened there."""
    return (place is None or not place.is_local) and current.place is not None and current.place.is_local and bool(
        _SAME_PLACE.search(text, clause.start, clause.end))


_PLURAL_ATTACKS = re.compile(r"\b(?:attacks|attaques|assaults|assauts|raids|tueries|massacres)\b|هجمات|اعتداءات|مجازر",
                             re.IGNORECASE)
_PLURAL_PROTESTS = re.compile(r"\b(?:protests|demonstrations|rallies|marches|sit-ins|manifestations|rassemblements|"
                              r"sit-in)\b|احتجاجات|مظاهرات|تظاهرات|تجمعات|وقفات|مسيرات", re.IGNORECASE)
_BULLETIN_ALSO = re.compile(r"\W*(?:par ailleurs|de même|in addition|additionally|elsewhere,|ailleurs,|"
                            r"(?:و)?(?:في سياق متصل|من جهة أخرى|من جهة اخرى|على صعيد آخر))", re.IGNORECASE)
_AND = r"(?:,\s*)?(?:\band\b|\bet\b|و)"   # "Tétouan et Martil", "Kayes, and Diboli", "كايس وديبولي"
_AGAIN_AT = r"(?:(?:à|a|in|at|في)\s+)?"  # "à Tétouan et à Martil", "in Kayes and in Diboli"
_CONJOINED = re.compile(rf"\s*{_AND}\s*{_AGAIN_AT}", re.IGNORECASE)   # two towns joined as two
# the region of the towns before, between two lists: "وسانداري في منطقة كايس، ونيونو ومولودو في منطقة سيغو"
_REGION_BETWEEN = (r"(?:\s+(?:(?:في|ب)\s*(?:منطقة|ولاية|إقليم|محافظة)\s+[^\s,،]+(?:\s+[^\s,،]+)?"
                   r"|(?:dans la région|in the region) (?:de |d'|of )?[^\s,]+|in the [^\s,]+ region)(?=\s*[,،]))?")
_LIST_JOINT = re.compile(rf"{_REGION_BETWEEN}\s*(?:[,،]|{_AND})\s*(?:{_AND}\s*)?{_AGAIN_AT}")  # towns listed in turn


def _enumerated(text: str, towns: list[ResolvedPlace]) -> bool:
    """Towns named one after the other as a list ("Kayes, Diboli et Nioro", "كايس وديبولي ونيورو")."""
    spans = sorted((p.mention.start, p.mention.end) for p in towns)
    return all(_LIST_JOINT.fullmatch(text, end, start) for (_, end), (start, _) in zip(spans, spans[1:]))


def _scene(sentence: Sentence, places: list[ResolvedPlace], towns: list[ResolvedPlace]) -> ResolvedPlace | None:
    """The one scene of a sentence: its first place, unless that is a town in another country than a
    town named "near" the event ("the convoy, which had loaded in Dakar, Senegal, was attacked near
    Didiéni")."""
    if not places:
        return None
    near = [t for t in towns if t.mention.near and t.place.country != places[0].place.country]
    if near and places[0] in towns and not places[0].mention.near:
        return near[0]
    village = next((t for t in towns if _village_of_district(places[0], t)), None) or _town_below(places)
    if village is None and places[0].place.kind != "town":
        village = _road_from(sentence, places)  # "along the Ngamdu–Benisheikh road in Kaga LGA": near Ngamdu
    return village or places[0]  # "dans la province du Sourou, ... aux environs de Toéni": the village


FOOT_CHARS = 30  # how close after a mountain the town at its foot is named


def _town_below(places: list[ResolvedPlace]) -> ResolvedPlace | None:
    """The town named right after the mountain a scene is on as the unit that holds it ("بمرتفعات جبل المغيلة من
    معتمدية سيدي علي بن عون"): the event is near that town. (A town named "near" the mountain is read as such
    where the incident is placed.)"""
    mountain, following = places[0], places[1] if len(places) > 1 else None
    if mountain.place.kind != "mountain" or following is None or following.place.kind != "town" or (
            following.mention.near or following.mention.kind_cue == "admin1"
            or following.place.country != mountain.place.country
            or following.mention.start - mountain.mention.end > FOOT_CHARS):
        return None
    return replace(following, geo_precision=2)


def _road_from(sentence: Sentence, places: list[ResolvedPlace]) -> ResolvedPlace | None:
    """The first end of a road named by its two towns, as the place near which an event on it happened."""
    ends = [p for p in places if p.place.kind == "town" and p.mention.start in sentence.containers]
    first = next(filter(None, (_road_start(sentence, end) for end in ends[1:])), None)
    if first is None and len(ends) == 1 and ends[0].mention.start in sentence.roads:
        first = ends[0]  # "بين ماندوري وقرية بورغو في محافظة كبندجال": the other end is no known town
    return replace(first, geo_precision=2) if first is not None else None


def _road_start(sentence: Sentence, end: ResolvedPlace) -> ResolvedPlace | None:
    """The town a road starts from, named right before its other ``end`` ("Ngamdu–Benisheikh", "بين كولوفاتا
    وكيراوا"): the sentence holds it as a container."""
    return next((p for p in sentence.towns() if p.mention.start in sentence.containers and p.place.kind == "town"
                 and 0 <= end.mention.start - p.mention.end <= ROAD_JOIN), None)  # (a region is no road's end)


def _clause(sentence: Sentence, start: int, end: int) -> Sentence:
    def inside(items, start_of):
        return [i for i in items if start <= start_of(i) < end]
    return Sentence(sentence.index, start, end, inside(sentence.cues, lambda c: c.start),
                    inside(sentence.places, lambda p: p.mention.start), inside(sentence.actors, lambda a: a.start),
                    inside(sentence.dates, lambda d: d.start), inside(sentence.numbers, lambda n: n.start),
                    set(sentence.directional), set(sentence.measured), set(sentence.containers), set(sentence.roads),
                    sentence.headline)


_SEVERAL_PLACES = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+(?:\w+\s+)?(?:villages|communities|"
    r"settlements|hamlets|towns|cities)\b"
    r"|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|\d+)\s+(?:villages|localités|hameaux|campements|"
    r"villes)\b"
    r"|(?:قريتين|قريتي|بلدتين|(?:ثلاث|أربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر|عدة|\d+)\s+(?:قرى|بلدات|مناطق)"
    r"|(?<!\w)(?:ثلاث|أربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر|\d+)\s+مدن\b"  # "تعرضت سبع مدن وبلدات ... لهجمات متزامنة"
    r"|(?:قرى|بلدات|مناطق)\s+(?:عدة|متفرقة|مختلفة))"
    r"|\b(?:various|several|different)\s+(?:parts|areas|localities)\s+of\b|\b(?:différentes|diverses)\s+localités\b"
    r"|\b(?:in\s+)?separate\s+attacks\s+on\b|\battaques\s+distinctes\s+contre\b|هجمات\s+منفصلة\s+على"
    r"|\bdans\s+les\s+(?:provinces|régions|communes|cercles|départements)\s+d|\bin\s+the\s+(?:provinces|regions)\s+of\b"
    r"|في\s+(?:ولايات|أقاليم|محافظات)\s"
    # several military sites struck at once: "Plusieurs camps et postes ... des attaques quasi simultanées"
    r"|\b(?:deux|trois|quatre|cinq|six|sept|plusieurs|\d+)\s+(?:camps|postes|positions|bases|casernes)\b"
    r"|\b(?:two|three|four|five|six|seven|several|multiple|\d+)\s+(?:military\s+)?(?:camps|posts|positions|bases|"
    r"barracks)\b|\battaques\s+(?:quasi[- ])?simultanées\b|\b(?:simultaneous|coordinated)\s+attacks\b",
    re.IGNORECASE)
# (the last three: "dans les provinces du Sourou, de la Komondjari et du Loroum" and the like)


def _opens_summary(text: str, clause: Sentence) -> bool:
    """A lead on attacks on several villages ("bandits attacked three villages in Sabon Birni LGA"),
    whose villages the story then tells one by one: each village is an event, the lead only their sum."""
    return bool(_SEVERAL_PLACES.search(text, clause.start, clause.end))


def _details(summary: Incident | None, place: ResolvedPlace) -> bool:
    """A village of the summary ``summary``: another town of its region, or of one of the regions it lists ("dans
    les provinces du Sourou, de la Komondjari et du Loroum"), or of no region it names."""
    return summary is not None and summary.summary and place.is_local and not (
        summary.place is not None and summary.place.is_local and same_place(summary.place, place)) and (
        summary.place is None or same_region(summary.place, place) or place.place.admin1_code in {
            p.place.admin1_code for s in summary.sentences for p in s.places if p.place.kind != "town"})


def _day(sentence: Sentence) -> DateMention | None:
    """The earliest day a sentence tells, not counting the day of its telling; for a protest or a riot, the
    first day told: the day its grievance happened comes after ("أضرم شبان غاضبون، أمس الاثنين، النار ...
    بعد مقتل سبعة رعاة ... يوم الجمعة الماضي")."""
    told = [d for d in sentence.dates if not d.reported]
    if told and sentence.has("protest", "riot"):
        return min(told, key=lambda d: d.start)
    return _earliest(told)


def _earliest(dates: list[DateMention]) -> DateMention | None:
    """The earliest day told; a month gives way to a day told inside it ("in March last year … on March 21")."""
    precise = [d for d in dates if d.precision < 3 or not any(
        o.precision == 1 and (o.date.year, o.date.month) == (d.date.year, d.date.month) for o in dates)]
    return min(precise, key=lambda d: (d.date, d.precision), default=None)


def group_incidents(mentions: Mentions) -> list[Incident]:
    """Incidents of a document, in the order they are first reported."""
    incidents: list[Incident] = []
    current: Incident | None = None
    told: set[int] = set()  # indices of the sentences that joined an incident
    villages: dict[int, list[Incident]] = {}  # id of a summary -> the villages told after it
    each_town: list[Incident] = []  # the incidents of the last sentence that told one event in each of its towns
    figurative = _figurative_story(mentions)
    crime = _crime_story(mentions)
    disaster = _disaster_story(mentions)
    for sentence in mentions.sentences:
        previous = mentions.sentences[sentence.index - 1] if sentence.index > 0 else None
        day = _day(sentence)
        cues = supported_cues(sentence) or _next_village(sentence, current) or _killers_told_next(
            sentence, mentions) or _more_arrests(sentence, incidents)
        if figurative:
            # a match report: "l'attaque malienne a mis le feu", supporters who "ont envahi les rues"
            cues -= _AMBIGUOUS | {"looting", "operation", "neutralised", "territory_taken"}
        if disaster and cues <= {"killing"}:
            cues = set()  # a flood's anniversary: "صلاة جماعية على أرواح الضحايا", no one killed them
        if crime and cues <= PREVENTIVE | {"killing"}:
            cues = set()  # a fraud ring's suspects "placés en garde à vue", its "victimes": ordinary crime
        if cues == {"attack"} and not sentence.dates and not sentence.numbers and all(
                _PLURAL_ATTACKS.search(mentions.text, c.start, c.end) for c in sentence.cues_of("attack")) and not (
                _dated_summary(current) and _anchor(sentence)):
            cues = set()  # "la sécurité ne se mesure plus au nombre d'attaques": attacks in general, no event (not
            #              "Les attaques ont visé Kayes et Diboli" after a dated lead on attacks in four towns)
        if len(cues & (_RESULTS if _headline(mentions.text, sentence) else _LISTED_KINDS)) >= ROUNDUP_KINDS \
                and not sentence.dates and not _anchor(sentence) and current is None:
            cues = set()  # "تصعيد أمني تنوع بين غارات بالطائرات المسيرة وانفجار عبوة ناسفة ومواجهات": the roundup's lead
            #              (not the mortars and drones of an assault already told)
        if cues and _commemorates(sentence, mentions.published):
            cues = set()  # "gathered on Tuesday to mark 12 years since the abduction": the day of a ceremony
        if cues and not (cues & PREVENTIVE and not cues & _HARM_DONE) and _surveys_regions(sentence):
            cues = set()  # "villagers abducted in Zamfara, farmers killed in Katsina, levies in Sokoto" (not the
            #              arrests of an army bulletin across its wilayas)
        if cues and cues <= {"killing"} and current is not None and sentence.has("claim") and not _anchor(sentence):
            cues = set()  # "JNIM claimed the attack on Wednesday, saying its fighters had killed dozens": the claim
            #              of the attack told, on the day it was made
        if cues and cues <= {"killing"} and current is not None and not _later(sentence) and all(
                current.place is None or same_region(current.place, p) for p in _anchor(sentence)) and compatible(
                current.date, day) and not any(
                _details(_summary_of(current), p) and not same_place(current.place, p) for p in _anchor(sentence)) \
                and not _own_scene(sentence, current) and not (
                _headline_only(current) and day is not None) and not _response_after(
                mentions.text, sentence, current, day):
            cues = set()  # "le bilan, communiqué lundi, est de 17 morts": the toll of the current incident (not
            #              "On October 5, a strike near Kidal killed eight", another day, nor "à Tchoma Bangou, où ils
            #              ont abattu onze hommes", one of the villages of the lead)
        if cues <= {"killing"} and day is None and sentence.has("background") and all(
                n.vague for n in sentence.numbers):
            cues = set()  # "Plusieurs bergers ont été tués par des mines ces dernières années": no day, no count
        if cues and cues <= {"attack"} and current is not None and sentence.has("unclaimed") and not any(
                current.place is None or not same_place(current.place, p) for p in _anchor(sentence)):
            cues = set()  # "ولم تتبن أي جهة الهجوم حتى صباح اليوم": the attack told, claimed by no one
        if not cues:
            if current is not None and (first := _first_toll_of(incidents, current, sentence)) is not None:
                first.sentences.append(sentence)
                told.add(sentence.index)
            elif current is not None:
                # a toll, its revision, a claim, "no casualties"
                follows = _follows_up(sentence, current) and not _reinforcements_sent(mentions.text, sentence)
                town = (follows and _village_of_headline(sentence, current)) or _placing_town(sentence, current) \
                    or _on_the_road(sentence, current) or _village_of_commune(mentions.text, sentence, current)
                if town is not None:
                    current.place, current.own_place = town, True
                    current.road_end = False
                    if day is not None and (current.date is None or current.date.reported):
                        current.date = day  # "The attack took place at dawn on Monday in Monsey"
                elif day is not None and not follows and _tells_its_day(sentence, current):
                    current.date, follows = day, True  # "The civilians were returning on Monday from the market"
                if follows or town is not None:
                    current.sentences.append(sentence)
                    told.add(sentence.index)
            continue
        released = _split_release(sentence)  # (the abduction a release ends is no more of the release)
        clauses = (released or _split_while(mentions.text, sentence)
                   or _split_by_town(mentions.text, sentence, _dated_summary(current) or (
                       current is None and _dated_total(mentions.text, previous))))
        targets = []
        for clause, place in clauses:
            date = _day(clause)
            if current is not None and _same_place_again(mentions.text, clause, place, current):
                place = current.place  # "وكان المعسكر نفسه قد تعرّض في 26 يناير 2020 لهجوم": that camp again
            following = day is None and _day_after(sentence, _reference(incidents, current))
            # "the next day, a drone struck ..."
            date = following or date
            if current is not None and "abduction" in current.categories and _ransom_demand(mentions.text, clause):
                date = None  # "Dès jeudi matin, les ravisseurs ont réclamé une rançon": the abduction's sequel
            target, aside = None, False
            # "in a separate incident" is never more of one told before; nor is "ces attaques interviennent
            # alors que, depuis le début de l'année, ... les bases du Borno", a region's recent past recalled
            separate = clause.has("separate") or (
                clause.has("background") and date is None and place is not None and not place.is_local)
            continues = current is not None and not (following or _later(sentence) or separate or (
                released and any(current is t for t in targets))) and compatible(
                current.date, date) and not _protest_after(current, cues, date) and not _protest_another_day(
                current, cues, date) and not _grievance_before(
                current, cues, date) and not _captives_after(
                current, cues, date) and not _response_after(
                mentions.text, sentence, current, date) and not _bomb_another_day(
                current, cues, date)  # (not "وفي اليوم التالي، السبت")
            later_day = bool(following) and _later(sentence)  # (not "on the same night")
            summary = _summary_of(current) if current is not None and not later_day else None
            # (a village of the lead may be told with its own day: "In Danmusa LGA, ... on Thursday morning")
            village = separate and place is not None and _details(summary, place)
            if village:  # "In a separate attack on the same night, ... stormed Maidabino": the lead's other village
                date = date or summary.date
            elif separate and place is not None and (announced := _headline_told(incidents, place, cues)):
                target = announced  # "In a related development, ... troops in Monguno arrested": the arrest the
                #                     headline announced
            elif place is not None and not separate:
                ends = [place, *filter(None, [_road_start(clause, place)])]  # "الطريق الرابطة بين كولوفاتا وكيراوا"
                target = _protest_told(incidents, current, clause) if current is not None and date is None else None
                if target is not None:  # "Le préfet a reçu une délégation des manifestants et s'est engagé à
                    place = None        # transmettre leurs doléances aux autorités à Kayes": the protest, where it was
                target = target or next((i for i in reversed(incidents) if any(same_place(i.place, end) for end in ends)
                                         and (
                    i.date is not None and i.date.date == date.date if following else compatible(i.date, date))
                    and id(i) not in villages and not _another_kind(i, cues) and not _protest_after(i, cues, date)
                    and not _protest_another_day(i, cues, date)
                    and not (i.summary and not i.place.is_local and place.is_local)  # a town of a region's lead
                    and not _captives_after(i, cues, date) and not _bomb_another_day(i, cues, date)
                    and not _grievance_before(i, cues, date)
                    and not _response_after(mentions.text, sentence, i, date)), None)
                if target is not None and date is None and _mourned_by_the_crowd(target, current, cues):
                    target = current  # "Sur les pancartes, on pouvait lire « Kokorou pleure »": the march again
                # (a summary told village by village is done; arrests told after a bomb are not the bomb)
                target = target or next((i for i in incidents if i.place is None and "separate" in i.categories
                                         and i.date is not None and date is not None and i.date.date == date.date
                                         and not _another_kind(i, cues)), None)
                # ("…، فيما لقي ثلاثة جنود حتفهم في اليوم التالي بانفجار عبوة": the bomb told apart, placed when told
                # again)
                village = target is None and _details(summary, place)
                if village:
                    date = date or summary.date   # "À Tchombangou, les assaillants ...": one village of the lead's
                elif target is None and continues and not _another_kind(current, cues) and _joins(
                        current, clause, place, date, one_town=len(clauses) == 1 or not cues <= PREVENTIVE) and not (
                        current.sentences[-1] is clause and not cues <= PREVENTIVE):
                    target = current  # (not the camp attacked in the town listed before it in the same words)
            elif continues and not clause.has("background", "commentary") and not (
                    previous is not None and previous.index not in told and (
                        _new_scene(previous, current) or _still_speaking(previous, clause)
                        or _sweep_outcome(previous, clause, current))):
                earlier = (_kind_told_before(mentions.text, incidents, current, clause, cues)
                           or _first_toll_of(incidents, current, clause)) if date is None else None
                target = _protest_told(incidents, current, clause) or earlier or current
                aside = target is current and _arrests_after(current, clause, cues)
                if aside:  # (the story goes on with the attack)
                    target, place, date = None, current.place, date or current.date
                # "past suicide bombings in the city" is context, not more of this incident
            if target is None and place is None and not separate:
                target = _told_before_on_its_day(incidents, current, date, cues)
            if target is None:
                for earlier in incidents:  # "Boko Haram kills 7 farmers, residents protest": the protest is this one
                    earlier.protest_aside = earlier.protest_aside or _protest_after(earlier, cues, date)
                target = Incident(summary=len(clauses) == 1 and _opens_summary(mentions.text, clause),
                                  parent=summary if village else None)  # (a lead split town by town sums nothing)
                incidents.append(target)
                if village:
                    villages.setdefault(id(summary), []).append(target)
                before = mentions.sentences[sentence.index - 1] if sentence.index > 0 else None
                if before is not None and date is None and not clause.has("background", "separate"):
                    if place is None and (before.dates or before.event_cues):
                        _set_scene(target, before)  # (not the regions an analysis surveys before "air strikes")
                    elif place is None and current is not None and before.has("separate") and before.has(
                            "operation") and (same_day := _day_after(before, current)) is not None:
                        _set_scene(target, before)  # "Le même jour, une unité ... a mené une opération offensive
                        target.date = same_day      # ... de Nassoumbou. Une quinzaine de terroristes y ont été
                        #                             neutralisés": the operation's toll, on the day told before
                    elif place is None and clause.has("air_strike", "drone_strike") and (
                            sighting := _sighting_before(mentions, sentence)) is not None:
                        _set_scene(target, sighting)
                    elif before.has("total") and before.event_cues:  # "قُتل 10 مدنيين أمس الأحد في هجومين
                        target.date = _day(before)  # ... و4 في قرية دينكيم"
                    elif not clause.dates and _BULLETIN_ALSO.match(mentions.text, clause.start) and (
                            current is not None and current.date is not None and not current.date.reported):
                        target.date = current.date  # a bulletin's next item: "Par ailleurs, à Bougouni, ..."
                    elif cues <= PREVENTIVE and (cell := _cell_told_before(incidents, before)) is not None:
                        target.date = cell.date  # "a démantelé ce mercredi une cellule ... l'interpellation des
                        #                          suspects dans les villes de Casablanca, Fès, ...": its day
                    elif clause.has("protest") and place is not None and (lede := _lede_naming(
                            incidents, target, place)) is not None and "protest" in lede.categories:
                        target.date = lede.date  # "فرّقت قوات الأمن أمس الأحد تجمعات احتجاجية في الرباط والدار
                        #                          البيضاء ... وفي الدار البيضاء، تدخلت قوات الأمن": the protest
                        #                          of a city the lede names, on the lede's day
                    elif cues & _CROWD and not before.event_cues and not before.places and (
                            before.index not in told) and (day_before := _day(before)) is not None:
                        target.date = day_before  # "On Monday afternoon, after the burials, anger boiled over.
                        #                           Hundreds of youths marched to Tangaza": the day set before
            if target is current and place is None:
                _tell_each_town(each_town, target, clause)
            targets.append(target)
            headline = _headline_only(target)  # the headline's district gives way to the village told after it
            region = _headline_on_capital(target)  # and so does a capital that meant its region
            target.sentences.append(clause)
            told.add(sentence.index)
            target.summary = target.summary or (
                headline and len(clauses) == 1 and _opens_summary(mentions.text, clause))
            if place is not None and (target.place is None or ((headline or region) and place.place.kind == "town") or (
                    same_place(target.place, place) and ((target.place.geo_precision or 3) > (place.geo_precision or 3)
                                                         or (place.is_local and not target.place.is_local)))
                    or (target.road_end and place.is_local and place.mention.start not in clause.containers)
                    or _village_of_district(target.place, place)):
                target.place = place  # "on the Gusau-Tsafe road" ... "near Yandoto village": the village
                target.road_end = place.mention.start in clause.containers
            target.own_place = target.own_place or place is not None
            if target.date is None or (date is not None and (target.date.reported or (
                    target.date.precision == 2 and date.precision == 1))):  # the day of the week told first
                target.date = date or _earliest(clause.dates)  # the day of a statement only if nothing else
            target.background_cue = target.background_cue or clause.has("background")
            if not aside and not (_told_beside(mentions.text, sentence, clause) and (
                    place is None or _TOLD_EARLIER.match(mentions.text, clause.start))):
                current = target  # (not "…, days after six fishermen were killed in Chad", nor "…، فيما لقي ثلاثة جنود
                #                   حتفهم في اليوم التالي" told with no place: the story goes on with the first)
        if len(targets) > 1 and len({id(t) for t in targets}) == len(targets) and all(p for _, p in clauses):
            each_town = targets
        elif any(p for _, p in clauses):
            each_town = []
    period = any(d.precision == 2 for s in mentions.sentences[:2] for d in s.dates)  # "du 11 au 17 mars"
    told_apart = {id(i) for i in incidents if len(villages.get(id(i), ())) >= 2}
    for summary in incidents:
        if id(summary) in told_apart:
            _hand_down_toll(summary, villages[id(summary)])
            _hand_down_group(summary, villages[id(summary)])
    return [i for i in incidents if i.first_cue() is not None and is_concrete(i, period) and id(i) not in told_apart]


def _tell_each_town(each_town: list[Incident], target: Incident, clause: Sentence) -> None:
    """A figure told with no place right after one event in each of several towns ("had struck Diboli, Kayes and
    Nioro ... made it possible to neutralise 80 terrorists") is all the towns': each reads it, and the toll is
    shared among them."""
    if any(target is i for i in each_town) and {c.category for c in clause.event_cues} <= {"neutralised", "killing"}:
        for town in each_town:
            if town is not target:
                town.sentences.append(clause)


def _lede_naming(incidents: list[Incident], incident: Incident, place: ResolvedPlace) -> Incident | None:
    """The story's first incident, dated, when its first sentence names the town of ``incident`` too: the town's
    own item of the lede, told further down with no day of its own."""
    lede = incidents[0] if incidents and incidents[0] is not incident else None
    if lede is None or lede.date is None or lede.date.reported or not place.is_local:
        return None
    named = any(p.place.id == place.place.id for p in lede.sentences[0].places)
    return lede if named and not same_place(lede.place, place) else None


def _summary_of(incident: Incident | None) -> Incident | None:
    """The lead on several villages that ``incident`` is, or details."""
    return None if incident is None else incident if incident.summary else incident.parent


FIGURATIVE_SENTENCES = 2   # sentences with sport or other non-security senses that make a story one


def _figurative_story(mentions: Mentions) -> bool:
    """A story of another kind throughout (a football match, an epidemic) with nothing of armed men or
    forces in it: its "attaque", "bombe" and "riposte" are figures of speech."""
    senses = sum(1 for s in mentions.sentences if s.has("non_security"))
    armed = any((s.has(*(_CONTEXT - {"neutralised"})) or any(a.type not in (_CIVILIANS, _PROTESTERS) for a in s.actors))
                and not s.has("non_security") for s in mentions.sentences)
    # (a team that "أجهز على المنافس" finished its opponent off; its "مهاجمين" are strikers, told beside the match)
    return senses >= FIGURATIVE_SENTENCES and not armed


CRIME_SENTENCES = 2   # sentences with words of ordinary crime that make a story one


def _disaster_story(mentions: Mentions) -> bool:
    """The story opens on a disaster (a flood, a storm) and names no attacker anywhere: its dead are the
    disaster's."""
    return any(s.has("non_security") and not supported_cues(s) for s in mentions.sentences[:2]) and not any(
        s.has("attackers") for s in mentions.sentences)


def _crime_story(mentions: Mentions) -> bool:
    """A story of ordinary crime throughout (fraud, smuggling, a gold rush) with no armed group, plot or
    terrorism in it: its arrests and "victims" are no political violence."""
    crimes = sum(1 for s in mentions.sentences if s.has("crime"))
    return crimes >= CRIME_SENTENCES and not any(
        s.categories & (TERROR_CONTEXT - {"cell_dismantled"}) for s in mentions.sentences)


def _joins(current: Incident, clause: Sentence, place: ResolvedPlace, date: DateMention | None,
           one_town: bool = True) -> bool:
    """A clause naming ``place`` tells more of the current incident: the place it had none of (unless it
    named another country), more detail on its place, its retelling, or the village on the road it was told
    on ("on the Gusau-Tsafe road ... near Yandoto village on Sunday night")."""
    if current.place is None:  # (not one item, with its own day, of a week's results told before)
        told = {c.category for s in current.sentences for c in s.event_cues}
        cues = {c.category for c in clause.event_cues}
        lede = current.sentences[0].index <= 1  # ("Gunmen have killed at least 20 people", then "The attack happened")
        another_deed = current.date is None and date is not None and not (
            told & cues or (lede and _deeds(told) & _deeds(cues)))
        # (not "يعول الجيش على المسيرات التركية لتعقب المهاجمين", then a town taken on its day; nor "By attacking tanker
        # trucks, the group aims to choke the capital", then the ambush of an escorted convoy near Sandaré)
        return not another_deed and not _elsewhere(current, place) and not (
            _nationwide_week(current) and date is not None and date.precision == 1)
    if _headline_on_capital(current) and same_region(current.place, place):
        return True  # "... Rustle Cattle In Sokoto", then "in Sanyinna, Tangaza LGA of Sokoto State": the state
    if _headline_only(current) and _village_of_district(current.place, place):
        return True  # "Nouvelle incursion de Boko Haram dans l'arrondissement de Mozogo", then the village and its day
    if (date is None or _headline_only(current) and place.geo_precision > 1) and _detail_of(current.place, place) and (
            not _strikes_elsewhere(clause, current, place)):
        return True  # (an undated headline on a district, then the village: "incursion dans l'arrondissement de
        #              Mozogo" ... "le village de Moskota, région de l'Extrême-Nord")
    if date is None and one_town and _retold(clause, current):
        return True  # (not "arrested in Oulad Teima and Taroudant": arrests told town after town)
    if _holds_a_site(clause, place) and same_region(current.place, place) and current.date is not None and (
            date is None or date.date == current.date.date):
        return True  # "هاجموا المعسكر الواقع في دائرة دوينتزا" the same day: the camp told before, in its district
    return current.road_end and None in (current.date, date) and same_region(current.place, place)


_DEEDS = {"territory": frozenset({"territory_taken", "territory_regained"}), "crowd": _CROWD,
          "prevention": PREVENTIVE, "release": frozenset({"hostage_release"}),
          "strike": frozenset({"drone_strike", "air_strike", "shelling", "intercepted"}),
          "blast": frozenset({"ied", "explosion", "suicide", "grenade"})}


def _deeds(categories: set[str]) -> set[str]:
    """The kinds of deed event cues tell: territory changing hands, a crowd, arrests or seizures, a release, strikes
    from afar, a blast, or an assault (every other cue: killing, attacking, fighting, abducting)."""
    kinds = {name for name, cues in _DEEDS.items() if categories & cues}
    if categories - frozenset().union(*_DEEDS.values()):
        kinds.add("assault")
    return kinds


def _headline_told(incidents: list[Incident], place: ResolvedPlace, cues: set[str]) -> Incident | None:
    """The incident of the same kind at ``place`` that only the headline has told so far."""
    return next((i for i in incidents if _headline_only(i) and same_place(i.place, place)
                 and not _another_kind(i, cues)), None)


def _strikes_elsewhere(clause: Sentence, current: Incident, place: ResolvedPlace) -> bool:
    """Air or drone strikes told at another place than a ground fight ("les vecteurs aériens ... ont effectué des
    frappes dans la zone de Dogofry", after the attack on Sokolo): the strikes are an event of their own."""
    strikes = [c.start for c in clause.cues_of("air_strike", "drone_strike")]
    if not strikes or current.categories & {"air_strike", "drone_strike"} or any(
            c.start < min(strikes) for c in clause.cues_of("attack", "clash")):
        return False  # (not "هاجموا القاعدة ... مستخدمين طائرات مسيّرة": the attackers' drones)
    return place.place.id != current.place.place.id and place.place.kind == "town" and (
        place.mention.kind_cue not in ("admin1", "admin2") and place.mention.start not in clause.containers)


def _holds_a_site(clause: Sentence, place: ResolvedPlace) -> bool:
    """``place`` is named only as the unit that holds a site the clause names by a common noun ("the camp,
    located in the Douentza circle"): no place named before it in the clause lies in it."""
    return place.mention.start in clause.containers and not any(
        p.is_local and p.mention.start < place.mention.start for p in clause.places)


def _nationwide_week(incident: Incident) -> bool:
    """A week's outcomes across the country ("تمكنت خلال الأسبوع الماضي من تحييد 47 إرهابيا ... في مختلف مسارح
    العمليات")."""
    return incident.date is not None and incident.date.precision == 2 and "nationwide" in incident.categories


def _told_before_on_its_day(incidents: list[Incident], current: Incident | None, date: DateMention | None,
                            cues: set[str]) -> Incident | None:
    """The one incident told before, not the current one, that happened on the day a placeless sentence gives:
    "... trois jours après l'attaque meurtrière du marché de Mangaïzé. Dimanche, au moins onze civils avaient été
    tués dans cette attaque"."""
    if date is None or date.reported:
        return None
    found = [i for i in incidents if i is not current and i.place is not None and i.date is not None
             and not i.date.reported and i.date.date == date.date and cues & i.categories
             and not _another_kind(i, cues)]  # (of its kind: not a release told on the day of a march)
    return found[0] if len(found) == 1 else None


def _mourned_by_the_crowd(incident: Incident, current: Incident | None, cues: set[str]) -> bool:
    """A sentence about the protesters, with no day of its own, names the place of the attack they denounce: it
    goes on with the protest (the current incident), not with that attack."""
    return current is not None and incident is not current and "protest" in cues and cues <= _CROWD and bool(
        current.categories & _CROWD) and not incident.categories & _CROWD


def _protest_told(incidents: list[Incident], current: Incident, clause: Sentence) -> Incident | None:
    """The protest told before the attack it denounces, which a sentence about protesters goes back to ("des
    jeunes ont marché ... après l'attaque de jeudi dernier ... Le gouverneur a reçu une délégation des
    manifestants")."""
    kinds = {c.category for c in clause.event_cues}
    dated_riot = kinds == {"riot"} and any(not d.reported for d in clause.dates)
    dispersed = "protest" in kinds and clause.has("dispersal")  # "the teargas was used after some of the protesters
    #                                                            attempted to attack motorists": the crowd's doing
    crowd = "protest" in kinds and kinds <= _CROWD | {"arrest", "base_established"}
    # ("carried placards ... and made bonfires"; "وطالب المحتجون ... بنشر قوات نظامية ... إلى حين القبض على الجناة":
    # the crowd, and the troops and arrests it asks for)
    if not (crowd or dated_riot or dispersed) or current.categories & _CROWD:
        return None  # ("By 8am on Thursday, angry youths had lit bonfires across the highway": the riot too)
    return next((i for i in reversed(incidents) if i is not current and i.categories & _CROWD), None)


def _headline(text: str, sentence: Sentence) -> bool:
    """A headline opening the text: a first line with no full stop ("PRESS RELEASE" may come before it)."""
    return sentence.index <= 1 and not text[sentence.start:sentence.end].rstrip().endswith((".", "!", "؟", "?"))


def _village_of_headline(sentence: Sentence, current: Incident) -> ResolvedPlace | None:
    """The town of the first sentence after a headline on a capital named like its region that tells the
    headline's toll ("... Kill Five Herders In Sokoto", then "killed five herders in Sanyinna, a community in
    Tangaza LGA of Sokoto State"): the headline meant the state."""
    if not _headline_on_capital(current):
        return None
    return next((p for p in _anchor(sentence) if p.is_local and p.place.kind == "town" and same_region(current.place, p)
                 and p.mention.start not in sentence.containers), None)


def _village_of_district(scene: ResolvedPlace | None, place: ResolvedPlace) -> bool:
    """``place`` is a village or town told after the district the scene was named by ("وفي دائرة كورو ... قرب
    بلدة دينانغورو", "في منطقة باندياغارا ... قرب قرية توري"): the event's own place, if less precisely."""
    district = scene is not None and (scene.place.kind == "admin2" or (
        scene.mention.kind_cue in ("admin1", "admin2") and scene.place.kind == "town"))
    return district and place.place.kind == "town" and place.mention.kind_cue not in ("admin1", "admin2") and (
        place.place.id != scene.place.id and same_region(scene, place))


def _headline_on_capital(incident: Incident) -> bool:
    """An incident placed by its headline at a capital named like its region ("Sokoto", "Katsina") and told
    since only by that region ("... in Tillaberi", then "in western Niger's Tillaberi region"): the headline
    may mean either."""
    place = incident.place
    if place is None or place.place.kind != "town" or not any(
            a.kind == "admin1" and a.admin1_code == place.place.admin1_code for a in place.alternatives):
        return False
    if _headline_only(incident):
        return True
    if not incident.sentences:
        return False
    headline = incident.sentences[0]
    named = [p.place.kind for s in incident.sentences[1:] for p in s.places
             if p.place.admin1_code == place.place.admin1_code and p.place.kind in ("town", "admin1")]
    return headline.index == 0 and place.mention.start < headline.end and bool(named) and set(named) == {"admin1"}


def _headline_only(incident: Incident) -> bool:
    """An incident told so far only by the document's undated headline."""
    return incident.date is None and all(s.headline for s in incident.sentences)


def _elsewhere(current: Incident, place: ResolvedPlace) -> bool:
    """The current incident, placed only by a country ("Au Bénin, le véhicule a sauté sur une mine"), is in
    another country than ``place`` ("Au Togo, des hommes armés ... Kpinkankandi")."""
    countries = {p.place.country for s in current.sentences for p in s.places
                 if p.place.kind == "country" and not p.is_demonym}
    return bool(countries) and place.place.country not in countries


def _next_village(sentence: Sentence, current: Incident | None) -> set[str]:
    """In a story told village by village, the event words of a sentence that moves to the next village
    ("un second groupe s'en est pris au village de Darey-Daye", "À Tchombangou, quatre personnes ont été
    tuées"), whose day and attackers the lead gave."""
    summary = _summary_of(current)
    moves_on = any(_details(summary, p) and not same_place(current.place, p) for p in _anchor(sentence))
    if summary is None or sentence.has("denial", "total") or not moves_on:
        return set()
    return {c.category for c in sentence.event_cues} & {"attack", "abduction", "looting", "killing"}


def _killers_told_next(sentence: Sentence, mentions: Mentions) -> set[str]:
    """People killed, with no one named as the killer until the next sentence: "Six personnes ont été tuées
    dimanche dans un village de la commune de Kantchari. Les assaillants, estimés à une vingtaine, sont arrivés
    à moto". A flood's or an epidemic's dead have no assailants after them."""
    found = {c.category for c in sentence.event_cues}
    following = mentions.sentences[sentence.index + 1] if sentence.index + 1 < len(mentions.sentences) else None
    if found != {"killing"} or following is None or not sentence.has("civilians", "people") or sentence.has(
            "non_security", "denial", "total", "background"):
        return set()
    return found if following.has("attackers") and not following.has("non_security") else set()


def _cell_told_before(incidents: list[Incident], before: Sentence) -> Incident | None:
    """The dated cell dismantled (or plot foiled) with no place that the sentence ``before`` tells."""
    return next((i for i in incidents if i.place is None and i.date is not None and before in i.sentences
                 and i.categories & {"cell_dismantled", "plot_foiled"}), None)


def _more_arrests(sentence: Sentence, incidents: list[Incident]) -> set[str]:
    """Arrests told in a town after a cell dismantled or a plot foiled ("Two suspects were arrested on Thursday in
    Taroudant. A fourth man ... was detained the same day in Agadir"): the sentence needs no words of terrorism of
    its own."""
    found = {c.category for c in sentence.event_cues}
    if found != {"arrest"} or sentence.has("crime", "denial", "non_security") or not any(
            i.categories & {"cell_dismantled", "plot_foiled"} for i in incidents):
        return set()
    placed = any(p.is_local and p.mention.start not in sentence.directional for p in _anchor(sentence))
    return found if placed else set()


def _hand_down_group(summary: Incident, villages: list[Incident]) -> None:
    """The one armed group the lead names ("هجمات شنها مسلحون يُعتقد أنهم من بوكو حرام على ثلاث قرى") is the
    author of each village's attack that names none of its own."""
    registry = ActorRegistry.load()  # (not the militia that defends the villages: "عناصر متطوعي الدفاع عن الوطن")
    named = {a.name: a for s in summary.sentences for a in s.actors if a.type in _ARMED and not a.is_template
             and registry.actor(a.name).affiliation != "state"}
    allied = {registry.actor(name).affiliation for name in named} - {None, "none"}
    described = {a.name: a for s in summary.sentences for a in s.actors if a.type in _ARMED and a.is_template}
    if len(named) == 1 or (len(allied) == 1 and all(registry.actor(n).affiliation in allied for n in named)):
        # "la katiba Macina du prédicateur Amadou Koufa, liée au JNIM": the branch named first
        group = next(iter(named.values()))
    elif not named and len(described) == 1:
        group = next(iter(described.values()))  # "Gunmen numbering over 100 invaded three communities"
    else:
        return
    for village in villages:
        village.group = group


def _hand_down_toll(summary: Incident, villages: list[Incident]) -> None:
    """The lead's toll goes to the one village told without a toll of its own ("killed nine people in
    attacks on two communities ... in Kanoma nobody was killed"): then it is that village's."""
    def tolled(village: Incident) -> bool:
        return any((s.has("killing") and s.numbers) or s.has("negation") for s in village.sentences)

    untolled = [v for v in villages if not tolled(v)]
    counted = any(s.has("killing") and s.numbers for v in villages for s in v.sentences)
    if len(untolled) == 1 and not counted:  # (when another village has its own dead, the lead's sums them)
        lead = [s for s in summary.sentences if s.index < min(s.index for v in villages for s in v.sentences)]
        untolled[0].sentences = sorted(lead + untolled[0].sentences, key=lambda s: (s.index, s.start))


SURVEYED_REGIONS = 3   # a sentence naming this many regions and no day tells a trend, not an event
RESULT_KINDS = 3       # kinds of outcome told together for a period, with no place: the period's results


def _surveys_regions(sentence: Sentence) -> bool:
    """A sentence that names places in several regions and no day (a month at most) surveys a trend ("في
    ولايات زمفارا وكاتسينا وسوكوتو", "farmers killed in Katsina, levies imposed in Sokoto"): no event of its own."""
    regions = {p.place.admin1_code for p in sentence.places if p.place.admin1_code and not p.is_demonym}
    return len(regions) >= SURVEYED_REGIONS and not any(not d.reported and d.precision < 3 for d in sentence.dates)


def _bomb_another_day(current: Incident, cues: set[str], date: DateMention | None) -> bool:
    """A bomb told with its own day, the day before or after an incident of another kind ("Samedi, trois membres
    de la CJTF ont été tués lorsque leur véhicule a sauté sur une mine", after Sunday's assault on a base)."""
    return bool(cues & _REMOTE) and not current.categories & _REMOTE and None not in (date, current.date) and not (
        date.reported or current.date.reported) and date.precision == current.date.precision == 1 and (
        date.date != current.date.date)


_NAMED_KINDS = frozenset({"ambush", "ied", "suicide", "abduction", "drone_strike", "air_strike", "shelling", "clash"})
_DEFINITE = re.compile(r"(?:\b(?:the|that|this|le|la|les|cette|cet|ce)\s+|\bl['’])$", re.IGNORECASE)


def _kind_told_before(text: str, incidents: list[Incident], current: Incident, clause: Sentence,
                      cues: set[str]) -> Incident | None:
    """The earlier incident a sentence with no place nor day names by its kind, the kind told before, when the
    current one is of another kind: "The army said its drones had struck a group of the attackers near Massantola.
    It gave no toll for the ambush": the ambush told first."""
    if not cues or not cues <= _NAMED_KINDS or cues & current.categories or not all(
            c.category != "clash" or _named_definite(text, c) for c in clause.event_cues):
        return None  # (gunfire goes with any assault: "Des échanges de tirs nourris ont été entendus" is this one's)
    return next((i for i in reversed(incidents) if i is not current and cues <= i.categories
                 and i.date is not None and not i.date.reported), None)  # (an incident told, not a lead's topic)


def _first_toll_of(incidents: list[Incident], current: Incident, clause: Sentence) -> Incident | None:
    """The incident whose revised toll was told before, when a sentence gives the first toll and the current
    incident revised none: "وكانت مصادر محلية قد تحدثت في البداية عن مقتل سبعة جنود" is the attack whose toll "rose
    to 11", not the drone strikes told between."""
    if not clause.has("provisional") or current.categories & {"revision", "provisional"}:
        return None
    return next((i for i in reversed(incidents) if i is not current and "revision" in i.categories), None)


def _named_definite(text: str, cue: Cue) -> bool:
    """The event word carries the article or a demonstrative: "the ambush", "cette embuscade", "الكمين"."""
    if is_arabic(text[cue.start]):
        return fold(text[cue.start:cue.end]).lstrip("وفب").startswith("ال")
    return bool(_DEFINITE.search(text, max(0, cue.start - 8), cue.start))


def _another_kind(incident: Incident, cues: set[str]) -> bool:
    """Preventive words (arrests, seizures) for an incident of violence, or the reverse: another event
    ("a landmine wounded two soldiers near Kasserine ... the National Guard arrested a suspect in Foussana")."""
    def preventive(found: set[str]) -> bool:  # explosives seized with the arrests are still the arrests
        return bool(found & PREVENTIVE) and not found & _HARM_DONE

    told = {c.category for s in incident.sentences for c in s.event_cues}
    return bool(cues) and bool(told) and preventive(cues) != preventive(told)


def _arrests_after(current: Incident, clause: Sentence, cues: set[str]) -> bool:
    """Arrests that a sweep after an attack made, told with no place of their own ("sweep operations that
    followed the attack led to the arrest of 31 people suspected of complicity"): an event of their own, where
    the attack was."""
    counted = clause.has("operation") and bool(clause.numbers)
    return current.place is not None and counted and "arrest" in cues and cues <= {"arrest", "weapons_seizure"} and (
        _another_kind(current, cues))


def _own_scene(sentence: Sentence, current: Incident) -> bool:
    """Killers and a town of their own other than the current incident's ("A day earlier, on Friday, gunmen
    killed four worshippers at a mosque in the village of Kokorou"): another incident."""
    return sentence.has("attackers") and current.place is not None and any(
        p.is_local and p.place.kind == "town" and not same_place(current.place, p) for p in _anchor(sentence))


def _after_its_day(current: Incident, date: DateMention | None) -> bool:
    """``date`` is a later day than the one the current incident was told on."""
    return date is not None and current.date is not None and not current.date.reported and date.date > current.date.date


def _protest_after(current: Incident, cues: set[str], date: DateMention | None) -> bool:
    """A protest told with a day of its own after an attack ("The attack sparked a protest on Wednesday as
    angry youths blocked the highway"): another event."""
    if "protest" not in cues or not _after_its_day(current, date):
        return False
    told = {c.category for s in current.sentences if s.index > 0 for c in s.cues}  # (a headline tells them all:
    return "protest" not in told  # "kills 7, residents protest")


def _protest_another_day(current: Incident, cues: set[str], date: DateMention | None) -> bool:
    """A protest on another day than the protest told ("La veille, dimanche, une cinquantaine de jeunes ... avaient
    entamé un sit-in", after Monday's march): each day's protest is an event of its own, as ACLED codes them."""
    told = current.date
    if "protest" not in cues or "protest" not in current.categories or current.categories & _HARM_DONE - {"clash"}:
        return False  # (a crowd's clashes with the police are still the crowd's: "تحولت الاحتجاجات إلى مواجهات")
    return date is not None and told is not None and not (date.reported or told.reported) and (
        date.precision == told.precision == 1 and date.date != told.date)


def _grievance_before(current: Incident, cues: set[str], date: DateMention | None) -> bool:
    """The harm a protest was about, told after it with an earlier day of its own ("Police fired tear gas on
    Thursday to disperse youths protesting the abduction of ten residents. ... gunmen stormed the town late on
    Wednesday"): another event."""
    return bool(current.categories & {"protest", "riot"}) and not cues & {"protest", "riot", "dispersal"} and bool(
        cues & {"attack", "killing", "abduction"}) and date is not None and not date.reported and (
        current.date is not None and not current.date.reported and date.date < current.date.date)


_KIDNAPPERS_OR_RANSOM = re.compile(r"ravisseur|kidnapper|abductor|captor|rancon|ransom|خاطف|فدي")


def _ransom_demand(text: str, clause: Sentence) -> bool:
    """A clause whose only event words are the kidnappers or their ransom: what followed an abduction, on a later
    day, is no new one."""
    cues = clause.event_cues
    return bool(cues) and all(
        c.category == "abduction" and _KIDNAPPERS_OR_RANSOM.search(fold(text[c.start:c.end])) for c in cues)


def _captives_after(current: Incident, cues: set[str], date: DateMention | None) -> bool:
    """Hostages released on a later day than their abduction ("On Friday evening, two of the hostages were
    released"), or people abducted on a later day than a fight ("On Thursday, armed men kidnapped two village
    councillors on the outskirts of Koumantou"): an event of its own."""
    return any(kind in cues and kind not in current.categories for kind in ("hostage_release", "abduction")) and (
        _after_its_day(current, date))


RESPONSE_REACH = 60  # characters from a sentence's start that say it tells a response ("من جانبه، قال الجيش ...
#                     في بيان منفصل")
_IN_RESPONSE = re.compile(r"\b(?:en riposte|en représailles|in response|in retaliation|in a separate statement|"
                          r"dans un communiqué (?:séparé|distinct)|réagissant à|en réaction(?: à)?|reacting to|"
                          r"in reaction to)\b"
                          r"|(?:^|\s)(?:ردا|وردا|رداً|ورداً) على|(?:^|\s)و?في بيان منفصل", re.IGNORECASE)


def _response_after(text: str, sentence: Sentence, current: Incident, date: DateMention | None) -> bool:
    """The sentence tells the other side's response on a later day ("En riposte, l'armée a lancé mardi une
    opération de ratissage"; "Dès le lundi, une unité a lancé une opération de poursuite ... onze terroristes ont été
    neutralisés"; "launched a counteroffensive on Saturday, killing 12 of the fighters"): that operation is an event
    of its own."""
    operation = min((c.start for c in sentence.cues if c.category == "operation"), default=None)
    # its fight and kills are told after it ("lancées à la poursuite des assaillants les ont accrochés"; not "the
    # bodies of two assailants were found ..., adding that ... a sweep", "الجنود تصدوا ... وأن عمليات التمشيط متواصلة")
    after = {c.category for c in sentence.cues if operation is not None and c.start > operation}
    pursuit = operation is not None and (sentence.has("neutralised") or "clash" in after or (
        "killing" in after and sentence.has("attackers"))) and "operation" not in current.categories
    if date is None or current.date is None or current.date.reported or current.date.precision != 1 or (
            date.date <= current.date.date):
        # (or with no later day: "تعقبت المهاجمين وحيّدت تسعة إرهابيين في اشتباك", "تعقبت المهاجمين واشتبكت معهم
        # ... ما أسفر عن مقتل ستة منهم" after a raid on a village)
        return pursuit and "clash" in after and bool(after & {"neutralised", "killing"}) and not (
            current.categories & {"neutralised", "clash"})
    strike = sentence.has("air_strike", "drone_strike") and not (current.categories & {"air_strike", "drone_strike"})
    # "سلاح الجو نفّذ الثلاثاء ضربات ... تحييد عشرات", "L'armée de l'air a indiqué avoir mené samedi des frappes"
    return pursuit or strike or bool(_IN_RESPONSE.search(text, sentence.start, sentence.start + RESPONSE_REACH))


def _later(sentence: Sentence) -> bool:
    """The sentence says it tells a later day ("le lendemain, mercredi", "في اليوم التالي")."""
    return sentence.day_after is not None and sentence.day_after[2] > 0


def _reference(incidents: list[Incident], current: Incident | None) -> Incident | None:
    """The incident "the same night" or "the next day" counts from: the current one, or the story's first
    when the current one is recalled as background ("two weeks after the assault of 18 October ... attacked the
    same night the village of Tourou")."""
    if current is not None and current.date is None:  # (a claim told with "the same day" counts from the attack)
        current = next((i for i in reversed(incidents) if i.date is not None), current)
    first = next((i for i in incidents if not i.background_cue), None)
    if current is None or first is None or current is first:
        return current
    earlier = None not in (first.date, current.date) and (first.date.date - current.date.date).days > 1
    return first if current.background_cue or earlier else current


def _day_after(sentence: Sentence, current: Incident | None) -> DateMention | None:
    """The day of a sentence that says "the next day" or "the same day" and gives no date, from the
    current incident's."""
    if sentence.day_after is None or current is None or current.date is None or current.date.reported:
        return None
    start, end, days = sentence.day_after
    if days == 0 and not _anchor(sentence):
        return None  # "the abductions were reported to the military the same day": no new scene
    return DateMention(start, end, current.date.date + dt.timedelta(days=days), current.date.precision,
                       "relative", "the same day" if days == 0 else "days after")


def _commemorates(sentence: Sentence, published: dt.date | None) -> bool:
    """A sentence dated today or yesterday whose event words come after a look-back ("to mark 12 years
    since the abduction", "ذكرى", "dix ans après l'attentat"): it tells a ceremony or a trial, the
    event it names is an old one, told elsewhere with its own date."""
    if published is None or not sentence.dates or not sentence.has("background"):
        return False
    if any((published - d.date).days > 1 for d in sentence.dates):
        return False
    first_back = min(c.start for c in sentence.cues_of("background"))
    return all(c.start > first_back for c in sentence.event_cues)


def _placing_town(sentence: Sentence, current: Incident) -> ResolvedPlace | None:
    """The town of the sentence right after the current incident, told without a town or only with its
    region, that places it ("The attack took place near Diéma, in the Kayes region"; after a drone strike, "The
    strike hit a crowd ... in Dogofry"): one town (not counting the district that holds it) and words of the
    incident, nothing new ("the attack" names any incident)."""
    towns = [p for p in _anchor(sentence) if p.is_local and p.mention.start not in sentence.containers]
    words = {c.category for c in sentence.event_cues}
    next_one = sentence.index == current.sentences[-1].index + 1
    placed = current.place is not None and (current.place.is_local or not _holds(current.place, towns[0])) \
        if towns else False  # a region or country told first ("in Alibori", "in western Mali") is placed by a town inside it
    remote = bool(current.categories & _REMOTE) and sentence.has("civilian_target", "military_target")
    if placed or not next_one or len(towns) != 1 or not (words or sentence.has("attackers") or remote) or not (
            words - {"attack"} <= current.categories):  # ("The gunmen arrived by canoe at a camp near Kaiga")
        return None  # one town: "in Zamfara, Katsina and Kaduna states" places nothing
    return towns[0]


_COMMUNE_BEFORE = re.compile(r"(?:\bcommunes?(?:\s+rurales?)?\s+(?:de\s+|d'|d’|du\s+)|\bmunicipality\s+of\s+"
                             r"|(?:^|\s)(?:ب|في\s+)?بلدي[ةه]\s+)$", re.IGNORECASE)


def _commune_of(text: str, commune: ResolvedPlace, village: ResolvedPlace) -> bool:
    """``commune`` was named as the commune its seat heads ("dans la commune de Banikoara", "بلدية أبالا"), and
    ``village`` is another, smaller place of it: of the same district, or near the seat when the gazetteer has
    none (not the district's own seat: "la commune de Molodo, dans le cercle de Niono")."""
    start = commune.mention.start
    if not _COMMUNE_BEFORE.search(text, max(0, start - 30), start) or village.place.id == commune.place.id or (
            village.place.population > commune.place.population):
        return False
    if commune.place.admin2 and village.place.admin2:
        return commune.place.admin2 == village.place.admin2
    return _within(commune, village, COMMUNE_REACH_KM)


def _village_of_commune(text: str, sentence: Sentence, current: Incident) -> ResolvedPlace | None:
    """The village of the sentence right after an incident told in a commune ("dans la commune de Banikoara"),
    which places it inside the commune ("La patrouille circulait près de Kérémou")."""
    if current.place is None or current.sentences[-1].index != sentence.index - 1:
        return None
    return next((p for p in _anchor(sentence) if p.is_local and p.mention.start not in sentence.containers
                 and _commune_of(text, current.place, p)), None)


def _on_the_road(sentence: Sentence, current: Incident) -> ResolvedPlace | None:
    """The place on the road the current incident was told on ("على الطريق الرابط بين غاو وأنسونغو"), told in the
    sentence after it ("على بعد نحو 15 كيلومترا من مدينة أنسونغو"): where along the road it happened."""
    if not current.road_end or current.sentences[-1].index != sentence.index - 1:
        return None
    return next((p for p in _anchor(sentence) if p.is_local and same_region(current.place, p)
                 and p.mention.start not in sentence.containers
                 and (p.mention.start in sentence.measured or p.mention.near or p.mention.kind_cue == "town"
                      or p.geo_precision == 2)), None)  # (a distance from it: precision 2)


_REINFORCEMENTS = re.compile(r"\breinforcements?\b|\brenforts?\b|تعزيزات")


def _reinforcements_sent(text: str, sentence: Sentence) -> bool:
    """The sentence tells forces sent after the incident, and no toll ("the governor condemned the killing and said
    reinforcements had been sent to patrol the islands"): they were no party to it."""
    return not sentence.numbers and bool(_REINFORCEMENTS.search(text, sentence.start, sentence.end))


def _follows_up(sentence: Sentence, current: Incident) -> bool:
    """A sentence without an event of its own that tells more of the current incident's outcome."""
    outcome = sentence.has(*_FOLLOW_UP) or (sentence.has("negation") and "protest" not in current.categories)
    looks_back = sentence.has("background") and not any(not d.reported for d in sentence.dates)  # "in recent years"
    return outcome and not looks_back and not sentence.has("denial", "total") and all(
        current.place is None or same_region(current.place, p) for p in _anchor(sentence))


def _tells_its_day(sentence: Sentence, current: Incident) -> bool:
    """The sentence right after an incident dated only by its telling gives the day of the people it names
    ("Nine civilians were killed ..., sources said Thursday. The civilians were returning on Monday ...")."""
    dated_by_telling = current.date is not None and current.date.reported
    return dated_by_telling and current.sentences[-1].index == sentence.index - 1 and sentence.has(
        "civilians", "attackers", "security_forces", "civilian_target", "military_target") and all(
        current.place is None or same_region(current.place, p) for p in _anchor(sentence))


def _new_scene(previous: Sentence, current: Incident) -> bool:
    """The sentence before, which told no event, set another scene than the current incident's: "On
    Tuesday, the army launched a sweep around Kaïga-Kindjiria." Then "fifteen terrorists were
    neutralised" is that sweep's outcome, not more of the massacre told before."""
    dates, places = [d for d in previous.dates if not d.reported], _anchor(previous)
    if previous.has("separate") and previous.has("operation") and places and current.place is not None and not any(
            same_place(current.place, p) for p in places):
        return True  # "Le même jour, ... une opération offensive ... dans les environs de Nassoumbou"
    if current.date is None:  # "the police said six of those abducted had been rescued. ... a tactical team trailed
        return bool(dates and places) and previous.has("operation")  # the bandits to a forest near Daudawa on Thursday"
    elsewhere = previous.has("operation") or not any(  # an operation launched another day is its own event
        current.place.is_local and same_place(current.place, p) for p in places if current.place is not None)
    return bool(dates and places) and not current.date.reported and all(
        d.date != current.date.date for d in dates) and elsewhere


def _sweep_outcome(previous: Sentence, clause: Sentence, current: Incident) -> bool:
    """The sentence before launched an operation on a later day than the current incident's, with no place of
    its own ("En réaction, l'armée a lancé lundi une opération de ratissage dans la zone"); the clause tells what it
    achieved ("les soldats ont accroché un groupe de terroristes ... et en ont neutralisé cinq"): its own event."""
    days = [d.date for d in previous.dates if not d.reported]
    return previous.has("operation") and bool(days) and not _anchor(previous) and clause.has("neutralised") and (
        current.date is not None and not current.date.reported and all(day > current.date.date for day in days))


def _still_speaking(previous: Sentence, sentence: Sentence) -> bool:
    """The sentence goes on with a commentator's words ("ويضيف أن «الجيش يملك اليوم مسيّرات تركية»",
    "he added"): a researcher quoted after a story speaks of what armies have, not of its incident."""
    return previous.has("commentary") and not previous.event_cues and sentence.has("speech_continued")


def _sighting_before(mentions: Mentions, sentence: Sentence) -> Sentence | None:
    """The dated sentence with a place but no event, two sentences up, that set the scene of a strike the sentence
    between only goes on about: "le dimanche 15 juin, la surveillance aérienne a détecté un regroupement de
    terroristes ... au nord de Nampala. Ces terroristes s'apprêtaient à ... Des frappes aériennes précises ont été
    aussitôt conduites sur l'objectif"."""
    if sentence.index < 2:
        return None
    between, sighting = mentions.sentences[sentence.index - 1], mentions.sentences[sentence.index - 2]
    if between.places or between.dates or between.event_cues:
        return None
    return sighting if (sighting.dates and sighting.places and sighting.has("attackers")
                        and not sighting.event_cues) else None


def _set_scene(incident: Incident, previous: Sentence) -> None:
    """"In the ensuing firefight, ...": the place and day of an incident told in the sentence before."""
    places = sorted(_anchor(previous), key=lambda p: p.place.kind != "town")  # the town before its province
    if places:
        incident.place = places[0]
        incident.own_place = True
    incident.date = _earliest(previous.dates)


def is_concrete(incident: Incident, reported_period: bool = False) -> bool:
    """A reported event names its day (or week), or its town in the lead of the story (or in a
    bulletin whose lede gives the period it reports on), or its toll:
    "attacks have surged in Zamfara", "protests have spread this month" or "drones bought by Niamey"
    further down an analysis are none of these."""
    if incident.date is not None and incident.date.reported and not incident.own_place:
        return False  # "Aid groups warned on Wednesday that ... attacks on convoys": only the telling's day
    week = incident.date is not None and incident.date.precision == 2
    if not incident.own_place and week and (
            len((found := incident.categories) & EVENT_CUES) >= RESULT_KINDS or "nationwide" in found):
        return False  # "troops neutralised 17 terrorists, arrested 31 and rescued 28 in the past week": a week's results
    if incident.date is not None and ((incident.date.precision or 1) < 3 or incident.background_cue):
        return True  # a day or a week; a month only for an earlier event recalled ("l'attaque de janvier")
    town = incident.place is not None and incident.place.is_local
    lead = incident.sentences[0].index <= 1
    toll = any(n for s in incident.sentences for n in s.numbers) and "killing" in incident.categories
    # a weekly bulletin dates its period once, in its lede, and may place an item by its wilaya only
    commentary = {"commentary", "background"} <= incident.categories and incident.date is None  # "لم تعد
    # المواجهة في مالي تقاس بعدد الهجمات على الثكنات": an analysis opening on attacks in general, no day, no toll
    return (town and (toll or (lead and not commentary))) or (reported_period and incident.place is not None)


def is_background(incident: Incident, first: bool, published: dt.date | None) -> bool:
    """Earlier events mentioned as context: old, or introduced by a background cue after the main one."""
    if incident.date is not None and published is not None:
        if (published - incident.date.date).days > BACKGROUND_DAYS:
            return True
    return incident.background_cue and not first


__all__ = ["EVENT_CUES", "TERROR_CONTEXT", "Incident", "group_incidents", "is_background", "same_place",
           "supported_cues"]
