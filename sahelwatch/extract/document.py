"""Extraction of the events of one document: the whole path from text to coded events.

    extraction = extract_events(text, "fr", published=date(2026, 3, 16))
    extraction.kind      # "incident" | "analysis" | "other"
    extraction.events    # tuple of model.Event, with evidence spans into ``text``
    extraction.reason    # why there is no event, when there is none
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace

from sahelwatch.extract.actors import ActorMention, ActorRegistry
from sahelwatch.extract.classify import Sides, classify
from sahelwatch.extract.dates import DateMention
from sahelwatch.extract.fatalities import Toll, count_fatalities
from sahelwatch.extract.incidents import (
    BACKGROUND_DAYS,
    TERROR_CONTEXT,
    Incident,
    group_incidents,
    is_background,
)
from sahelwatch.extract.mentions import Mentions, Sentence, gather
from sahelwatch.extract.roles import (
    ARMED_TYPES,
    CIVILIAN_TYPE,
    STATE_TYPES,
    assign_roles,
    is_state_militia,
    rivals,
)
from sahelwatch.gazetteer import (
    Gazetteer,
    ResolutionHints,
    ResolvedPlace,
    UnknownAdmin1,
)
from sahelwatch.gazetteer.geo import distance_km
from sahelwatch.model import Event
from sahelwatch.text.normalise import fold

SUPPORTED = ("ar", "fr", "en")
MAX_CHARS = 60_000   # longer texts are read up to here: news articles are far shorter


@dataclass(frozen=True, slots=True)
class Extraction:
    kind: str
    events: tuple[Event, ...]
    reason: str | None = None


def extract_events(text: str, lang: str | None, published: dt.date | None = None,
                   hints: ResolutionHints | None = None, title: str | None = None) -> Extraction:
    """Find and code every security event ``text`` reports; ``title``, the headline when the source gives it
    apart from the text, tells an analysis piece ("Opinion: ...", "Décryptage", "قراءة في ...", a question)."""
    if lang not in SUPPORTED:
        return Extraction("other", (), f"language {lang or 'unknown'!r} is not one of {', '.join(SUPPORTED)}")
    if not text or not any(c.isalpha() for c in text[:2000]):
        return Extraction("other", (), "no text to read")
    mentions = gather(text[:MAX_CHARS], lang, published, hints)
    incidents = _without_denied(group_incidents(mentions), mentions)
    group = _document_group(mentions)
    scene = Scene(group, _lede_forces(mentions), _lede_date(mentions), any(s.has("crime") for s in mentions.sentences),
                  _arrests_region(group, incidents, mentions))
    events = []
    for index, incident in enumerate(incidents):
        event = _code(incident, mentions, scene, first=index == 0)
        if event is not None:
            events.append(event)
    events = _share_tolls(_merge_same(events))
    if _looks_back(mentions, events) or analysis_title(title):
        events = [replace(e, background=True) for e in events]
    kind = _kind(mentions, events)
    reason = None if events else ("no security event reported" if kind != "other" else "no security content found")
    if len(text) > MAX_CHARS:
        reason = f"only the first {MAX_CHARS} characters were read" + (f"; {reason}" if reason else "")
    return Extraction(kind, tuple(events), reason)


def _without_denied(incidents: list[Incident], mentions: Mentions) -> list[Incident]:
    """A document that opens by denying an attack reports the claim, not an event: the claim's
    incidents (at the denied place, or at none) are dropped. So is a claim the next sentence denies
    ("accounts circulated claims that its fighters had overrun a detachment in Diapaga. The
    government dismissed the claim as a pure fabrication")."""
    incidents = [i for i in incidents if not _denied_next(i, mentions)]
    lead = mentions.sentences[0] if mentions.sentences else None
    if lead is None or not (lead.has("denial") and lead.event_cues):
        return incidents
    denied = {p.place.id for p in lead.towns()}
    return [i for i in incidents if i.place is not None and i.place.place.id not in denied]


_ASSERTED = re.compile(r"\b(?:claims?|claimed|alleged(?:ly)?|purported(?:ly)?|reports? that|rumou?rs?|affirm\w*|"
                       r"prétend\w*|affirmations?|allégations?)\b|(?:زعم|تزعم|ادعت|ادعى|ادعاءات|مزاعم)", re.IGNORECASE)


def _denied_next(incident: Incident, mentions: Mentions) -> bool:
    """An incident told as someone's claim, which the next sentence denies."""
    first = incident.sentences[0]
    following = mentions.sentences[first.index + 1] if first.index + 1 < len(mentions.sentences) else None
    return (following is not None and following.has("denial") and not following.event_cues
            and bool(first.has("claim") or _ASSERTED.search(mentions.text, first.start, first.end)))


COMMENTARY_CUES = 1   # "analysts", "researchers", "strategy" ...: the voice of an analysis piece
RECENT_DAYS = 5       # an analysis piece looks back at events at least this old
_LATER_IN = {2: 3}  # days an event dated by the middle of its week may be later than its date


# Folded (قراءة في, بعد عام على). Not "How gunmen killed 20 in Zamfara" nor "What we know about the attack":
# those headlines tell the news.
_ANALYSIS_TITLE = re.compile(
    r"(?:^|[:|]\s*|\s[–—-]\s*)(?:opinion|analysis|explainer|editorial|interview|q&a|analyse|decryptage|tribune|"
    r"entretien|point de vue|chronique)\b|^(?:why|pourquoi)\b|\b(?:one year on|un an apres)\b|[?؟]\s*$"
    r"|(?:قراه في|تحليل|^راي|^حوار|^لماذا|بعد عام علي|(?:سنوات|سنتين|عامين|اعوام) علي)"
    r"|\b(?:experts?|analysts?|experts? say|analysts? say|analystes?|chercheurs?)\s*:|(?:^|\s)(?:خبرا|محللون|باحثون)\s*:")  # folded: خبراء


def analysis_title(title: str | None) -> bool:
    """A headline that announces commentary rather than news: a genre ("Opinion:", "Décryptage", "قراءة في"),
    a question ("Why ...", "Pourquoi ...", "كيف ...؟"), an anniversary ("One year on", "un an après", "سبع سنوات
    على"), experts given the word ("بعد خلية حد السوالم.. خبراء: ...", "Experts:")."""
    return bool(title) and bool(_ANALYSIS_TITLE.search(fold(title).strip()))


def _looks_back(mentions: Mentions, events: list[Event]) -> bool:
    """An analysis piece that tells past events as context: analysts speak, and every event it
    tells is days old ("the attack on Boulkessi on 14 March was not the first ...")."""
    if mentions.published is None or not events:
        return False
    voices = sum(1 for s in mentions.sentences for c in s.cues if c.category == "commentary")
    return voices >= COMMENTARY_CUES and not _toll_announced(mentions) and all(
        e.date is None or (mentions.published - e.date).days - _LATER_IN.get(e.date_precision, 0) >= RECENT_DAYS
        for e in events)  # (a week's events dated mid-week may be of yesterday)


def _toll_announced(mentions: Mentions) -> bool:
    """The lede gives a toll the authorities have just announced ("54 soldiers were killed in the attack on
    April 17, the government said on Thursday"): the news of the day, about an older event."""
    lede = mentions.sentences[0] if mentions.sentences else None
    return lede is not None and lede.has("killing") and bool(lede.numbers) and any(
        d.reported and (mentions.published - d.date).days <= 1 for d in lede.dates)


def _kind(mentions: Mentions, events: list[Event]) -> str:
    if any(not e.background for e in events):
        return "incident"
    topic = sum(1 for s in mentions.sentences for c in s.cues if c.category in ("security_topic", "attackers"))
    groups = sum(1 for s in mentions.sentences for a in s.actors if a.type in ARMED_TYPES and not a.is_template)
    denied = any(s.has("denial") and (s.event_cues or s.has("attackers", "military_target", "security_forces"))
                 for s in mentions.sentences)  # "the army denied that the Boni camp fell to gunmen"
    other_story = sum(1 for s in mentions.sentences if s.has("non_security"))  # floods, a match, a cyberattack
    if events or denied or ((topic >= 2 or (topic and groups) or groups >= 2) and other_story < max(2, topic)):
        return "analysis"
    return "other"


def _fallback_place(incident: Incident, mentions: Mentions) -> ResolvedPlace | None:
    """For an incident whose sentences name no place: the nearest place named before it, else after (never a river:
    ``Sentence.towns`` leaves rivers out)."""
    first = incident.sentences[0].index
    ordered = sorted(mentions.sentences, key=lambda s: (s.index > first, abs(s.index - first)))
    # an incident told apart "au Togo voisin" is in Togo, whatever town of Benin the story told before it
    lead = incident.sentences[0]
    countries = {p.place.country for p in lead.places if p.place.kind == "country"} if lead.has("separate") else set()
    for sentence in ordered:
        scenes = [p for p in sentence.towns() if p.mention.start not in sentence.directional  # not "told reporters in Abuja"
                  and (not countries or p.place.country in countries)]
        towns = [p for p in scenes if p.is_local] or scenes
        if towns:
            return towns[0]
    return None


_THE_TOWN = re.compile(r"\b(?:the|this) (?:town|village|city|locality)\b|\b(?:la|cette) (?:ville|localité|commune)\b"
                       r"|\b(?:le|ce) village\b|(?:^|\s)(?:البلده|المدينه|القريه)(?:\s|$)", re.IGNORECASE)


def _the_town(place: ResolvedPlace | None, incident: Incident, mentions: Mentions) -> ResolvedPlace | None:
    """An incident placed only by its region whose sentences say "the town" ("fighters descended on residents
    of the town, in the Centre-Nord region"): the last town named before it, in that region."""
    if place is None or place.is_local:
        return place
    told = next((s for s in incident.sentences if _THE_TOWN.search(fold(mentions.text[s.start:s.end]))), None)
    if told is None:
        return place
    before = [p for s in mentions.sentences[:told.index] for p in s.towns()
              if p.is_local and p.place.admin1_code == place.place.admin1_code]
    return before[-1] if before else place


LAKE_CHAD = "Lake Chad"
_LAKE_SHORES = {"NG": "NG-BO", "NE": "NE-2", "CM": "CM-EN", "TD": "TD-LC"}  # the regions on Lake Chad's shores


def _lake_shore(place: ResolvedPlace | None, incident: Incident, mentions: Mentions) -> ResolvedPlace | None:
    """Lake Chad has four shores: an event placed by the lake alone, or at a village the text puts on it
    ("Kwatar Daban Masara, a fishing settlement on the shores of Lake Chad"), is on the shore of the
    country the story names most (Borno's, for a story of ISWAP and the Nigerian army)."""
    if place is None or place.place.admin1_code != _LAKE_SHORES["TD"]:
        return place
    by_lake = place.place.name == LAKE_CHAD or (place.place.source == "text" and any(
        p.place.name == LAKE_CHAD for s in incident.sentences for p in s.places))
    if not by_lake:
        return place
    named = Counter(p.place.country for s in mentions.sentences for p in s.places
                    if p.place.country in _LAKE_SHORES and p.place.name != LAKE_CHAD and p.place.source != "text")
    shore = max(named, key=lambda c: (named[c], c == "TD"), default="TD")
    if shore == "TD":
        return place
    region = Gazetteer.load().admin1_place(_LAKE_SHORES[shore])
    if place.place.name == LAKE_CHAD:
        return replace(place, place=region)
    return replace(place, place=replace(place.place, country=shore, admin1_code=region.admin1_code, admin1=region.admin1,
                                        latitude=region.latitude, longitude=region.longitude))


FOOT_KM = 30.0


def _foot_of(place: ResolvedPlace | None, incident: Incident) -> ResolvedPlace | None:
    """ACLED places an event on a mountain at a town at its foot: the town the story names with it, within
    30 km ("sur les hauteurs du mont Mghila, ... la garde nationale de Sbiba"), near it (precision 2)."""
    if place is None or place.place.kind != "mountain":
        return place
    at_foot = [(distance_km(place.place.latitude, place.place.longitude, p.place.latitude, p.place.longitude), p)
               for s in incident.sentences for p in s.places
               if p.place.kind == "town" and p.is_local and p.place.latitude is not None]
    near = min(((km, town) for km, town in at_foot if km <= FOOT_KM), key=lambda item: item[0], default=None)
    return place if near is None else replace(near[1], geo_precision=2)


def _country(incident: Incident, mentions: Mentions, place: ResolvedPlace | None) -> str | None:
    if place is not None:
        return place.place.country
    for sentence in sorted(mentions.sentences, key=lambda s: abs(s.index - incident.sentences[0].index)):
        for resolved in sentence.places:
            if resolved.place.kind == "country" or resolved.is_demonym:
                return resolved.place.country
        for actor in sentence.actors:
            if actor.country:
                return actor.country
    return None


def _lede_date(mentions: Mentions):
    """The day the first two sentences give ("Quatorze soldats ont été tués mardi dans deux attaques"),
    if it is recent news ("Five years ago, drones were a rarity" dates no incident)."""
    dates = [d for s in mentions.sentences[:2] for d in s.dates if mentions.published is None
             or (mentions.published - d.date).days <= BACKGROUND_DAYS]
    return min(dates, key=lambda d: (d.date, d.precision), default=None)


_BLAMED = re.compile(r"\b(?:blamed|blames|attributed|attributes|attribue\w*|imput\w+|suspected of)\b"
                     r"|(?<![\w\u064b-\u0652])و?(?:رجحت|رجح|رجّحت|رجّح|حمل|حملت|حمّل|حمّلت|حملوا|حمّلوا|نسبت|نسب|"
                     r"نسبوها|نسبوه|نسبها|نسبتها|نسبته|اتهمت|اتهم|اتهموا|عزا|عزت|عزوا)(?=\s)")
# a blame whose object is the attack itself ("attributed the attack to", "imputent l'attentat à", "نسبت الهجوم إلى")
_BLAMED_FOR_IT = re.compile("(?:" + _BLAMED.pattern + r")\W+(?:\w+\W+){0,2}?"
                            r"(?:the (?:attack|bombing|blast|ambush|killings?|abduction|kidnapping)|it|"
                            r"l'attaque|l'attentat|l'embuscade|l'enlèvement|"
                            r"(?:ال)?مسؤولية|الهجوم|التفجير|الهجومين|الاعتداء|الكمين|الاختطاف)\b")


LEDE_SENTENCES = 2


def _document_group(mentions: Mentions):
    """The armed group a document says claimed the attack, else the one it names, if it names exactly
    one (a global group named beside its branch, "JNIM, al-Qaeda's branch in the Sahel", is not a
    second one). When it says the attack
    went unclaimed ("n'a pas été revendiquée", "no group claimed", "لم تتبن أي جهة"), only a group
    blamed in that sentence or one beside it ("but the authorities blamed Boko Haram", "غير أن مصادر أمنية رجّحت أن
    يكون منفذوه من ولاية الساحل، الذي ينشط في المنطقة", "Security sources attributed the attack to JAS"),
    not one only said to be active there."""
    text = mentions.text
    registry = ActorRegistry.load()
    unclaimed = next((s.index for s in mentions.sentences if s.has("unclaimed")), None)
    if unclaimed is not None:
        blaming = [s for s in mentions.sentences[max(0, unclaimed - 1):unclaimed + 2] if (
            s.index == unclaimed and not _only_active_there(text, s) or _BLAMED_FOR_IT.search(text, s.start, s.end))
            and not _speculates(text, s)]
        blamed = _named_groups(blaming, registry)
        return blamed[0] if len(blamed) == 1 else None
    claimed = {a.name: a for a in (_claimant(s) for s in mentions.sentences) if a is not None}
    if len(claimed) == 1:
        return next(iter(claimed.values()))  # "claimed by JNIM, whose katiba Macina is active there"
    named = _named_groups(mentions.sentences, registry)
    if len(named) > 1:  # the one group the lede names ("يُعتقد أنهم من بوكو حرام"), not those of the background
        named = _named_groups(mentions.sentences[:LEDE_SENTENCES], registry)
    return named[0] if len(named) == 1 else None


_ACTIVE_THERE = re.compile(r"\b(?:th[ée][âa]tre d'activités|activités? (?:régulières? |récurrentes? )?d|actifs?|"
                           r"active|opère|opèrent|operates?|operating|présence|presence|fief|bastion|stronghold)\b"
                           r"|(?<!\w)(?:ينشط|تنشط|ينشطان|معقل|معاقل|نشاط|حضور)(?!\w)")


def _only_active_there(text: str, sentence: Sentence) -> bool:
    """The sentence that says the attack went unclaimed names a group only as active in the area ("n'a pas été
    revendiquée, mais la zone est le théâtre d'activités de l'EIS"): no one is blamed."""
    return bool(_ACTIVE_THERE.search(text, sentence.start, sentence.end)) and not _BLAMED.search(
        text, sentence.start, sentence.end)


def _lede_forces(mentions: Mentions) -> list[ActorMention]:
    """The first state force the document's lede names: the army or the police whose communiqué it is."""
    return next(([a] for s in mentions.sentences[:LEDE_SENTENCES] for a in s.actors if a.type in STATE_TYPES), [])


def _claimant(sentence: Sentence) -> ActorMention | None:
    """The named group nearest a claim word of the sentence ("revendiquée par le JNIM", "تبنت الجماعة")."""
    groups = _armed_groups([sentence], ActorRegistry.load())
    pairs = [(min(abs(a.start - c.end), abs(c.start - a.end)), a) for c in sentence.cues_of("claim") for a in groups]
    return min(pairs, key=lambda pair: pair[0])[1] if pairs else None


def _armed_groups(sentences: list[Sentence], registry: ActorRegistry) -> list[ActorMention]:
    """The named non-state armed groups of ``sentences`` (not the militias on the state's side: VDP,
    CJTF, Dozo)."""
    return [a for s in sentences for a in s.actors if a.type in ARMED_TYPES and not a.is_template
            and not is_state_militia(a, registry)]


def _named_groups(sentences: list[Sentence], registry: ActorRegistry) -> list[ActorMention]:
    """The armed groups named, one mention each; the specific ones when a generic one is beside them."""
    named = {a.name: a for a in _armed_groups(sentences, registry)}
    specific = [a for n, a in named.items() if not registry.is_generic(n)]
    return specific or list(named.values())


@dataclass(frozen=True, slots=True)
class Scene:
    """What the whole document says, read once for all its incidents."""

    group: ActorMention | None       # the one armed group it names (unless it says none claimed)
    forces: list[ActorMention]       # the state force its lede names (the army whose communiqué it is), if any
    lede_date: DateMention | None    # the day its first two sentences give
    crime: bool                      # it tells of ordinary crime (smuggling, fraud, illegal mining)
    group_region: str | None         # the region of the arrest the group is named for, if it is named only there


def _code(incident: Incident, mentions: Mentions, scene: Scene, first: bool) -> Event | None:
    place = _foot_of(_lake_shore(_the_town(incident.place or _fallback_place(incident, mentions), incident, mentions),
                                 incident, mentions), incident)
    country = _country(incident, mentions, place)
    if country is None:
        return None
    unclaimed = any(s.has("unclaimed") for s in incident.sentences)
    told = [s for s in incident.sentences if not (unclaimed and _speculates(mentions.text, s))]
    at_place = [s for s in told if incident.place is not None
                and any(p.place.id == incident.place.place.id for p in s.places)]
    actors = [a for s in at_place + [s for s in told if s not in at_place] for a in s.actors]  # named at the scene first
    categories = incident.categories
    registry = ActorRegistry.load()
    if any(is_state_militia(a, registry) for a in actors):
        categories = categories | {"security_forces"}  # CJTF, VDP, Dozo ambushed: armed men on the state's side
    lead_sentence = _lead(incident)
    if _groups_fight(lead_sentence, registry, country):
        categories = categories | {"clash"}  # "JNIM fighters attacked positions of IS Sahel": armed on both sides
    sides = Sides(state=any(a.type in STATE_TYPES for a in actors),
                  armed_group=any(a.type in ARMED_TYPES and not a.is_template for a in actors),
                  civilians=any(a.type == CIVILIAN_TYPE for a in actors) or "civilians" in categories)
    toll = count_fatalities(mentions.text, incident.sentences, mentions.lang)
    lead = frozenset(lead_sentence.categories - incident.aside(lead_sentence))
    recent = incident.date is None or mentions.published is None or (
        mentions.published - incident.date.date).days <= BACKGROUND_DAYS  # (not the abduction of months ago)
    if recent and _release_told(mentions.text, lead_sentence, incident.date):
        lead = lead - {"abduction"}  # "أُطلق سراح المخطوفين", "the hostages were freed": a release, its hostages
    background = is_background(incident, first, mentions.published)
    coding = classify(categories, sides, deaths=bool(toll.value), lead=lead,
                      civilian_deaths=toll.civilians_only, forces_deaths=_forces_fell(toll, lead, background))
    if coding is None or (scene.crime and _ordinary_crime(coding, categories, sides)):
        return None
    if coding.event_type == "Protests" or "protest" in lead:  # the killings or abductions a crowd protests
        coding, toll = _protest(incident, sides, mentions) or (coding, toll)  # are not its event
    if toll.value:
        toll = replace(toll, value=toll.value + _bombers_left_out(
            mentions.text, incident, coding.sub_event_type == "Suicide bomb", toll))
    group = incident.group  # the lead's, for a village it details; else the document's, unless told unknown
    if group is None or group.is_template:
        elsewhere = scene.group_region is not None and place is not None and place.place.admin1_code not in (
            None, scene.group_region) and not any(s.start <= scene.group.start < s.end for s in incident.sentences)
        group = (None if _unknown_attackers(actors) or elsewhere else scene.group) or group
    if coding.sub_event_type in ("Arrests", "Disrupted weapons use") and not any(a.type in STATE_TYPES for a in actors):
        actors = actors + scene.forces  # "The General Staff ... Three suspects were arrested in Niono": the army's
    roles = assign_roles(coding, categories, actors, country, registry, group, lead=lead)
    cue = incident.first_cue()
    evidence = {"event_type": (cue.start, cue.end)}
    geo = _geography(place, country)
    if place is not None:
        evidence["location"] = (place.mention.start, place.mention.end)
    for field, party in (("actor1", roles.actor1), ("actor2", roles.actor2)):
        if party is not None and party.span is not None:
            evidence[field] = party.span
    if toll.span is not None:
        evidence["fatalities"] = toll.span
    date = incident.date or (scene.lede_date if not incident.background_cue else None)
    if date is not None:
        evidence["date"] = (date.start, date.end)
    return Event(
        event_type=coding.event_type, sub_event_type=coding.sub_event_type, ct_tags=coding.ct_tags,
        country=country, **geo,
        actor1=roles.actor1.name if roles.actor1 else None, actor2=roles.actor2.name if roles.actor2 else None,
        fatalities=toll.value, date=date.date if date else None, date_precision=date.precision if date else None,
        background=background, confidence=_confidence(place, roles, toll.value, date, incident.place is not None),
        evidence=evidence,
    )


def _arrests_region(group: ActorMention | None, incidents: list[Incident], mentions: Mentions) -> str | None:
    """The region of the current arrest (or dismantled cell) whose telling alone, past the lede, names the
    document's group: a bulletin's "three suspected Boko Haram suppliers arrested in Bosso (Diffa)" does not say
    who fought the army near Téra (Tillabéri)."""
    where = next((s for s in mentions.sentences if s.start <= group.start < s.end), None) if group else None
    if where is None or where.index < LEDE_SENTENCES:
        return None
    regions = [i.place.place.admin1_code for n, i in enumerate(incidents)
               if any(s.index == where.index for s in i.sentences) and i.categories & {"arrest", "cell_dismantled"}
               and i.place is not None and i.place.place.admin1_code
               and not is_background(i, n == 0, mentions.published)]
    return regions[-1] if regions else None  # (the last incident told in that sentence)


_UNKNOWN = re.compile(r"\b(?:unknown|unidentified|inconnus?|non identifiés?)\b|مجهول", re.IGNORECASE)


def _unknown_attackers(actors: list[ActorMention]) -> bool:
    """The incident's attackers are said to be unknown ("des hommes armés non identifiés", "مسلحون مجهولون"):
    the group the rest of the document names is not theirs."""
    return any(a.is_template and a.type in ARMED_TYPES and _UNKNOWN.search(a.text) for a in actors)


HOSTAGES_BEFORE_RELEASE = 25   # characters from "the hostages" to "were released"
# an abduction word naming the hostages with its doer, no auxiliary before it: "Nine women abducted by Boko Haram
# fighters in Gwoza ... have regained their freedom" (not "were abducted by gunmen")
_BY_AGENT = re.compile(r"\s+(?:by|par)\b")
_AUXILIARY = re.compile(r"\b(?:were|was|been|being|be|had|have|has|ont|a|avaient|avait|sont|est|été|ete)\s+$",
                        re.IGNORECASE)


def _release_told(text: str, sentence: Sentence, date: DateMention | None) -> bool:
    """The sentence tells a release, its abduction words only naming the hostages or told after it ("أُطلق
    سراح القس ... الذي خطفه مسلحون", "الرهينة أُطلق سراحه", "the women abducted by JAS ... were freed"), not
    "gunmen abducted ten; three were freed", nor the abduction whose day the clause after the release gives
    ("freed X, kidnapped on 28 August")."""
    releases = sentence.cues_of("hostage_release")
    if not releases:
        return False
    release = min(releases, key=lambda c: c.start)
    abductions = sentence.cues_of("abduction")
    if date is not None and any(release.end + HOSTAGES_BEFORE_RELEASE < a.start < date.start for a in abductions):
        return False

    def names_hostages(cue) -> bool:
        return cue.start > release.start or release.start - cue.end <= HOSTAGES_BEFORE_RELEASE or bool(
            _BY_AGENT.match(text, cue.end) and not _AUXILIARY.search(text, max(0, cue.start - 12), cue.start))
    return all(names_hostages(a) for a in abductions)


RIVAL_REACH = 80   # characters from an attack word to the groups it sets against each other


def _groups_fight(sentence: Sentence, registry: ActorRegistry, country: str | None) -> bool:
    """A named armed group attacks a rival one in the sentence: both named around an attack word ("ISWAP
    fighters attacked Boko Haram fighters", "هاجم مقاتلو الجماعة مواقع لتنظيم الدولة")."""
    for cue in sentence.cues_of("attack", "clash"):
        near = [a for a in sentence.actors if cue.start - RIVAL_REACH <= a.start <= cue.end + RIVAL_REACH]
        if any(rivals(a, b, registry, country) for i, a in enumerate(near) for b in near[i + 1:]):
            return True
    return False


def _forces_fell(toll: Toll, lead: frozenset[str], background: bool) -> bool:
    """Soldiers or militiamen are the dead that make an assault a battle, whatever houses were burnt or residents
    spoke: its only dead, with no civilians in its lead; among its dead when the lead tells the attack on them
    ("killed at least 14 people, nine of them members of the army's civilian auxiliaries, in an attack"); or among
    the dead of an attack recalled by its toll alone ("the May 11 attack on Djibo killed dozens of soldiers and
    civilians") or of an ambush."""
    told_on_them = toll.forces_only or (toll.forces_among and lead >= {"security_forces", "attack"})
    return (told_on_them and not lead & {"civilians", "civilian_target"}) or (
        toll.forces_among and (background or "ambush" in lead))  # ("the ambush ... eleven dead, nine soldiers and
    #                                                               two civilian drivers": the escort fought)


def _lead(incident: Incident) -> Sentence:
    """The sentence that first reports the incident: the first with its day or place ("ISWAP has learned to
    use armed drones" before "On April 28, its fighters attacked the base at Marte" is no lead), not only the
    day it was told on ("Ouagadougou, 9 juillet – Les FDS ont mené ces derniers jours plusieurs actions")."""
    return next((s for s in incident.sentences if any(not d.reported for d in s.dates) or s.towns()),
                incident.sentences[0])


def _protest(incident: Incident, sides: Sides, mentions: Mentions):
    """A protest coded without its grievance: "hundreds protested in Bassikounou after six herders were
    killed near Léré" tells killings that are neither the protest's toll nor force used against it, and a
    sit-in of the relatives of abducted miners is no abduction."""
    def forced(sentence: Sentence) -> bool:  # (not "dispersed calmly, with no injuries or friction with the police")
        return not sentence.has("negation") and (
            sentence.has("security_forces", "riot") or any(a.type in STATE_TYPES for a in sentence.actors))

    def deadly(sentence: Sentence) -> bool:  # force or a riot with its dead (not "furieux après la mort d'un
        return forced(sentence) and not _GRIEVANCE.search(mentions.text, sentence.start, sentence.end)  # orpailleur")

    told = [s for s in incident.sentences if not s.has("killing") or s.has("protest") or forced(s)]
    categories = set().union(*(s.categories for s in told))
    toll = count_fatalities(mentions.text, [s for s in told if not s.has("killing") or deadly(s)], mentions.lang)
    if "killing" in categories and not any(deadly(s) for s in told):
        categories -= {"killing"}  # "protested after six herders were killed": the grievance, not the protest
        toll = Toll(None, None)
    if any(_DESTROYED.search(mentions.text, c.start, c.end) and not _TYRES.match(mentions.text, c.end)
           for s in told if s.has("protest") for c in s.cues_of("looting")):
        categories |= {"riot"}  # "marched to Tangaza, where they set fire to the local government secretariat"
    categories -= {"abduction", "looting"}  # "relatives of six abducted gold miners held a sit-in": the grievance;
    #                                        "ont brûlé des pneus": the crowd's own doing, not a looting
    if not any(forced(s) for s in told):
        sides = replace(sides, state=False)  # forces named only as absent: "sans heurts avec les forces de l'ordre"
    coding = classify(categories, sides, deaths=bool(toll.value), lead=frozenset(categories))
    return (coding, toll) if coding is not None and coding.event_type in ("Protests", "Riots") else None


_DESTROYED = re.compile(r"burn|set fire|ablaze|torch|ransack|vandal|destroy|smash|incendi|brûl|brul|saccag|détrui|"
                        r"أحرق|احرق|أضرم|اضرم|حرق|خرب|دمر|تدمير|تخريب", re.IGNORECASE)
# (what a crowd destroys makes it a riot: not "chanting that the vote had been stolen")
_TYRES = re.compile(r"\W+(?:\w+\W+){0,2}?(?:pneus?|pneumatiques|tyres?|tires?|(?:ال)?[اإأ]طارات|(?:ال)?عجلات)\b",
                    re.IGNORECASE)  # (burnt tyres are a protest's, no riot's: "ont brûlé des pneus et scandé")
# the death a crowd is angry about: "furieux après la mort d'un orpailleur", "angry over the death of",
# "احتجاجا على مقتل"
_GRIEVANCE = re.compile(r"\b(?:apr[eè]s|suite [aà]|over|after|following)\s+(?:la|le|the)\s+"
                        r"(?:mort|décès|death|killing)\b|(?:احتجاجا|غضبا)\s+على\s+(?:مقتل|وفاة)", re.IGNORECASE)


_CRIME_STORY_WORDS = frozenset({"arrest", "killing", "wounded", "civilians", "people", "civilian_target", "weapons_seizure",
                                "looting", "crime", "presence", "provisional"})


def _ordinary_crime(coding, categories: set[str], sides: Sides) -> bool:
    """In a story of ordinary crime, suspects held with nothing of terrorism or an armed group about them
    ("16 persons arrested for illegal mining and fraud ... all 16 suspects will be arraigned"), and its
    victims, whom no attack is told of ("تحديد هوية أكثر من 60 ضحية" of a fraud ring)."""
    if sides.armed_group or categories & TERROR_CONTEXT:
        return False
    return coding.sub_event_type == "Arrests" or categories <= _CRIME_STORY_WORDS


_FOR_YEARS = re.compile(r"\b(?:since|depuis)\s+(?:(?:early|late|début|fin)\s+)?"
                        r"(?:\d{4}|years|des années|plusieurs années)"
                        r"|\bfor (?:several |many )?years\b|(?<!\w)منذ\s+(?:عام\s+|سنة\s+)?(?:\d{4}|سنوات|أعوام|اعوام)")


def _speculates(text: str, sentence: Sentence) -> bool:
    """About an unclaimed attack, a sentence that names groups without blaming one for it: "JNIM is active
    in the area", "no one claimed it; groups linked to IS and al-Qaeda operate there", "jihadists, mostly
    of JNIM, have carried out attacks there since 2021" (not "the statement blamed IS Sahel, which is
    active there")."""
    groups = {a.name for a in sentence.actors if a.type in ARMED_TYPES and not a.is_template}
    blamed = _BLAMED.search(text, sentence.start, sentence.end)
    habit = _FOR_YEARS.search(text, sentence.start, blamed.start() if blamed else sentence.end)
    if groups and habit:  # (the blame told after "since 2021" is for the attacks of those years)
        return True
    return (sentence.has("presence") or (sentence.has("unclaimed") and len(groups) > 1)) and not blamed


def _geography(place: ResolvedPlace | None, country: str) -> dict:
    if place is None:
        return {"admin1": None, "admin1_code": None, "location": None, "latitude": None, "longitude": None,
                "geo_precision": 3}
    p = place.place
    town = place.is_local  # a town, a district, or a village located only by its region
    latitude, longitude = p.latitude, p.longitude
    if not town and p.admin1_code:
        try:
            region = Gazetteer.load().admin1(p.admin1_code)
            latitude, longitude = region.latitude, region.longitude
        except UnknownAdmin1:
            pass
    return {"admin1": p.admin1, "admin1_code": p.admin1_code, "location": _display_name(p) if town else None,
            "latitude": latitude, "longitude": longitude, "geo_precision": place.geo_precision or 3}


_UNIT_PREFIX = re.compile(r"^(?:Département|Departement|Cercle|Préfecture|Prefecture|Province|Commune)\s+"
                          r"(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’])",
                          re.IGNORECASE)


def _display_name(place) -> str:
    """A district's name without its unit word: "Département de Ouallam" → "Ouallam"."""
    return _UNIT_PREFIX.sub("", place.name) if place.kind == "admin2" else place.name


_BOMBER_COUNTED = re.compile(  # on folded text
    r"\b(?:including|among them|among whom)\s+(?:the\s+)?(?:(?:two|three|female|male|suicide)\s+)*"
    r"(?:bombers?|attackers?|assailants?|herself|himself|themselves)\b"
    r"|\b(?:dont|y compris|parmi lesquels)\s+(?:le|la|les|l')\s*(?:deux\s+)?(?:kamikazes?|assaillante?s?|auteure?s?)"
    r"|(?:بينهم|بينهما|منهم)\s+(?:\S+\s+){0,4}?و?(?:ال)?(?:انتحاري|انتحاريه|انتحاريتان|انتحاريان|منفذ|منفذه|منفذته|"
    r"منفذها|مهاجم|مهاجمه|مهاجمتان|مهاجمان)(?!\w)")
_BOMBER_NOT_COUNTED = re.compile(  # on folded text
    r"\b(?:not including|excluding|without counting|besides)\s+(?:the\s+)?(?:suicide\s+)?(?:bomber|attacker|assailant)s?\b"
    r"|\b(?:sans compter|hormis|non compris)\s+(?:le|la|l'|les)\s*(?:kamikaze|assaillante?s?|auteure?s?)"
    r"|(?:لا يشمل|دون احتساب|باستثناء|عدا)\s+(?:ال)?(?:منفذ|منفذه|انتحاري|انتحاريه)")


# bombers counted by a number: "Two suicide bombers", "Deux kamikazes", "ثلاثة انتحاريين"; or by the Arabic dual
_BOMBERS_NUMBERED = re.compile(r"\s+(?:(?:female|male|suicide)\s+)*(?:bombers|attackers)\b|\s+(?:femmes\s+)?kamikazes\b"
                               r"|\s+(?:ال)?(?:انتحاريين|انتحاريات)(?!\w)")
_BOMBERS_DUAL = re.compile(r"(?:^|\s)(?:ال)?(?:انتحاريان|انتحاريتان)(?!\w)")


def _bombers_left_out(text: str, incident: Incident, suicide: bool, toll: Toll) -> int:
    """How many bombers a toll leaves out: one when it says so ("14, not including the attacker", "sans compter la
    kamikaze"); a suicide bombing's bombers when it does not say it counts them ("Two suicide bombers attacked ...,
    killing six people": two; not "twelve dead, including the female bomber", "بينهم الانتحارية", nor "Two suicide
    bombers killed six people", whose figures count them). ACLED counts the bombers."""
    told = [fold(text[s.start:s.end]) for s in incident.sentences]
    if any(_BOMBER_NOT_COUNTED.search(t) for t in told):
        return 1
    if not suicide or any(_BOMBER_COUNTED.search(t) for t in told):
        return 0
    numbered = [n for s in incident.sentences for n in s.numbers
                if _BOMBERS_NUMBERED.match(fold(text[n.end:n.end + 40]))]
    if any(toll.span == (n.start, n.end) for n in numbered):
        return 0
    return numbered[0].value if numbered else 2 if any(_BOMBERS_DUAL.search(t) for t in told) else 1


def _confidence(place, roles, fatalities, date, own_place: bool) -> float:
    score = 0.35
    score += 0.2 if place is not None and place.geo_precision in (1, 2) else 0.05 if place is not None else 0
    score += 0.1 if own_place else 0
    score += 0.1 if roles.actor1 is not None and roles.actor1.span is not None else 0
    score += 0.1 if date is not None else 0
    score += 0.1 if fatalities is not None else 0
    return round(min(score, 0.95), 2)


def _merge_same(events: list[Event]) -> list[Event]:
    """Two incidents of one place and day with the same coding are one event (ACLED's unit)."""
    merged: list[Event] = []
    for event in events:
        twin = next((m for m in merged if (m.country, m.admin1_code, m.location, m.date, m.event_type, m.background)
                     == (event.country, event.admin1_code, event.location, event.date, event.event_type,
                         event.background)), None)
        if twin is None:
            merged.append(event)
            continue
        kept = event if (event.fatalities or 0) > (twin.fatalities or 0) else twin
        named = max((twin, event), key=_named_actors)  # the first, unless the other names more of its actors
        evidence = {k: v for k, v in kept.evidence.items() if k not in ("actor1", "actor2")}
        evidence.update({k: v for k, v in named.evidence.items() if k in ("actor1", "actor2")})
        merged[merged.index(twin)] = replace(kept, actor1=named.actor1, actor2=named.actor2, evidence=evidence)
    return merged


def _share_tolls(events: list[Event]) -> list[Event]:
    """One toll read for several events of one kind in different places ("more than eighty terrorists neutralised
    over all the sites" of attacks on seven towns) is shared evenly among them, as ACLED divides a total it cannot
    break down; the first events get the remainder."""
    sharing: dict[tuple, list[int]] = {}
    for index, event in enumerate(events):
        if event.fatalities and "fatalities" in event.evidence:
            sharing.setdefault((event.evidence["fatalities"], event.event_type), []).append(index)
    shared = list(events)
    for indices in sharing.values():
        if len(indices) > 1 and len({events[i].location for i in indices}) == len(indices):
            total = events[indices[0]].fatalities
            for rank, index in enumerate(indices):
                shared[index] = replace(events[index], fatalities=total // len(indices) + (rank < total % len(indices)))
    return shared


def _named_actors(event: Event) -> int:
    """How many of an event's two actors are named, not unidentified armed men."""
    return sum(1 for a in (event.actor1, event.actor2) if a and not a.startswith("Unidentified"))
