"""Everything the extractors find in a text, distributed over its sentences.

One pass of each finder over the whole text (cues, places, actors, dates, numbers); each
mention is then filed under the sentence that contains its start.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import Any

from sahelwatch.extract.actors import ActorMention, ActorRegistry
from sahelwatch.extract.cues import EVENT_CUES, Cue, find_cues
from sahelwatch.extract.dates import DateMention, find_dates
from sahelwatch.extract.numbers import NumberMention, find_numbers
from sahelwatch.gazetteer import ResolutionHints, ResolvedPlace, find_places, resolve
from sahelwatch.gazetteer.translit import transliterated_places
from sahelwatch.gazetteer.unlisted import unlisted_places
from sahelwatch.text.normalise import normalise
from sahelwatch.text.sentences import sentence_spans


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    cues: list[Cue] = field(default_factory=list)
    places: list[ResolvedPlace] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    directional: set[int] = field(default_factory=set)  # starts of places named as a direction, not a scene
    measured: set[int] = field(default_factory=set)     # a place named, then the scene measured from it
    containers: set[int] = field(default_factory=set)   # a place named as the unit another lies in
    next_day: tuple[int, int] | None = None  # "the next day", "le lendemain", "في اليوم التالي": its span

    @property
    def categories(self) -> set[str]:
        return {c.category for c in self.cues}

    def has(self, *categories: str) -> bool:
        return any(c.category in categories for c in self.cues)

    def cues_of(self, *categories: str) -> list[Cue]:
        return [c for c in self.cues if c.category in categories]

    @property
    def event_cues(self) -> list[Cue]:
        return [c for c in self.cues if c.category in EVENT_CUES]

    def towns(self) -> list[ResolvedPlace]:
        """Places precise enough for an event (town, feature, admin2 or admin1): the place a distance
        is measured from ("on the Gao-Ansongo road, 20 km from Ansongo"), then scenes, then
        directions ("to Dakar", "from Niger", "vers Gao", "إلى غاو"), then the units that hold a
        scene ("التابعة لمقاطعة أبالا"), in text order within each."""
        places = [p for p in self.places if not p.is_demonym and p.geo_precision is not None]
        return sorted(places, key=lambda p: (p.mention.start not in self.measured,
                                             p.mention.start in self.directional,
                                             p.mention.start in self.containers))


@dataclass
class Mentions:
    text: str
    lang: str
    published: dt.date | None
    sentences: list[Sentence]

    def all(self, attribute: str) -> list[Any]:
        return [item for s in self.sentences for item in getattr(s, attribute)]


_DIRECTION = re.compile(r"(?:\b(?:to|from|towards|linking|vers|depuis|jusqu|reliant|en provenance"
                        r"|(?:depeche|depeches|envoye|envoyes|venus?|partis?|arrives?)\s+(?:de|d|du))\b"
                        r"|(?:^|\s)(?:الي|نحو|(?<!القرب )(?<!مقربه )(?<!قريبا )(?<!بعيدا )(?<!قريبه )(?<!قريب )(?<!بعيده )(?<!بعيد )(?<!مسافه )من))"
                        # not "بالقرب من", "قريبة من", "على بعد ... من"
                        r"\W*(?:(?:the|la|le|les|l|a|au|de|d|du|des|of|direction|town|city|village|ville|localite|commune|"
                        r"region|capital|capitale|state|etat|مدينه|بلده|قريه|منطقه|ولايه|العاصمه|جزر|جزيره|ضفاف|حدود|الحدود|غابه|غابات|"
                        r"مناطق)\W+){0,3}$"
                        r"|\b(?:linking|connecting|reliant|relie)\b[^,.;:،]{1,30}\b(?:to|and|with|a|au|aux|et)\b[^,.;:،]{0,30}$"  # "reliant Fada à Kantchari"
                        r"|(?:^|\s)(?:الطريق|المحور|محور|طريق)\s+(?:الرابط\s+)?بين\s+[^,.;:،]{2,30}?\sو$")  # "الطريق بين دوري وغورم"
_CONTAINER = re.compile(r"(?:(?:^|\s)(?:التابعه|التابع)\s+ل\S*|\b(?:relevant de|rattache a|rattachee a)\b)\s*$")
_UNIT_AFTER_PLACE = re.compile(r"\S+\W{1,3}(?:(?:ب|في\s+)(?:دايره|مقاطعه|محليه|اقليم|ولايه|منطقه|بلديه)"
                               r"|(?:dans\s+(?:le|la)\s+)?(?:cercle|commune|departement|prefecture|province)"
                               r"\s+(?:de|d|du)|in\s+(?:the\s+)?(?:district|department|province)\s+of)\W*$")
_UNIT_NAMED = re.compile(r"(?:cercle|commune|departement|prefecture|province)\s+(?:de|d|du)\b")
# "في بولكسي، بدائرة دوينتزا", "à Boni, dans le cercle de Douentza", "Mangaizé, département de Ouallam":
# the second place holds the first
_MEASURED = re.compile(r"(?:\d|\b)(?:km|kms|kilom\w*|miles?|كيلومتر\w*|كيلو متر\w*|كلم|كم)\b[^,.;:،]{0,22}"
                       r"(?:\b(?:from|of|de|du|d)|(?:^|\s)(?:من|عن|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي))\W{0,3}"
                       r"(?:(?:the\s+)?(?:town|city|village|locality)\s+of\s+|(?:la\s+)?(?:ville|localite|commune)\s+d\W?e?\s*"
                       r"|(?:مدينه|بلده|قريه|منطقه)\s+)?$")
_HOSPITAL = re.compile(r"(?:\b(?:to|a|vers)|(?:^|\s)الي)\W+(?:(?:the|l|la|le|un|une|a)\W+)?(?:\w+\W+){0,2}"
                       r"(?:hospital|hopital|clinic|clinique|chu|مستشفي|المستشفي)\W+(?:\w+\W+){0,3}$")
# "taken to the military hospital in Maiduguri", "نقلوا إلى المستشفى العسكري في مايدوغوري": not the scene
_OPERATION = re.compile(r"(?:\b[Oo]p[ée]ration\s+(?:[\"«“]\s*)?(?:[A-Z][\w'’-]*\s+){0,2}"
                        r"|عملي[ةه]\s+(?:العسكري[ةه]\s+)?[\"«“]\s*(?:\S+\s+){0,2})$")
# "Operation Hadin Kai", "عملية \"هادين كاي\"", "opération Barkhane": a name, not a place
_REPORTED = re.compile(r"(?:\b(?:said|says|told|announced|reported|published|stated|declared|confirmed|"
                       r"a declare|a annonce|a indique|ont indique|a rapporte|a confirme|publie|publiee|"
                       r"communique|report|rapport)"
                       r"|(?:^|\s)(?:قال|قالت|اعلن|اعلنت|نشرته|نشرها|نشر|نشرت|افاد|افادت|ذكر|ذكرت|اكد|اكدت|صرح|"
                       r"بيان|تقرير|تصريحات))"
                       r"(?:\W+(?!(?:that|que|qu|ان|بان)\b)\w+){0,3}\W+$")
# "in a report released on Wednesday", "قال الجيش أمس": the day of the telling, not of the event
_NOT_A_PLACE = re.compile(r"(?:\b(?:resident|residents|witness|farmer|trader|official|spokesman|spokesperson|leader|"
                          r"chairman|commander|habitant|temoin|notable|porte-parole)\s*,\s*"
                          r"|\b(?:loyal to|loyalist of|fidele a|fideles a|proche de)\s+(?:\w+\s+)?"
                          r"|(?:^|\s)(?:ل?القايد|قايد|ل?الزعيم|زعيم|الموالين\s+ل\S*|ل?الشيخ|ل?العقيد|ل?الجنرال|ل?السيد)"
                          r"\s+(?:\S+\s+)?"
                          r"|\b(?:cafe|hotel|restaurant|stade|stadium|musee|museum|cinema|ecole|school|college|lycee|"
                          r"mosquee|mosque|eglise|church|rue|avenue|boulevard|quartier)\s+(?:(?:le|la|l|the)\W+)?)$")
# "a resident, Malam Sani Dajuku, told", "fighters loyal to Bakura Doro", "الموالين للقائد باكورا دورو":
# a person, not a place;
# "le café Argana", "Kano Pillars stadium": a venue's name
_VALLEY = re.compile(r"(?:\b(?:oued|wadi|wad)|(?:^|\s)(?:واد|وادي))\s+$")
# "بمنطقة واد المالح ببلدية تابلاط": a valley named like a town far away, not that town
_SPEAKING = re.compile(r"\b(?:(?:briefing|addressing|told|telling|speaking to|spoke to)\s+(?:the\s+)?(?:journalists|reporters|"
                       r"newsmen|press|media)|speaking|devant la presse|face a la presse|devant les journalistes)\s+(?:in|at|a)\s+$")
# "briefing journalists in Abuja", "devant la presse à Niamey": where it was said, not where it happened
_ROAD_TO = re.compile(r"(?:\b(?:road|route|axe|highway)|(?:^|\s)(?:الطريق|طريق))\s+(?:\w+\s+)?(?:to|a|vers|de|الي)\s+"
                      r"(?:(?:the|la|le|l|town|city|ville|مدينه|بلده)\W+)?$")
# "on the road to Ménaka", "الطريق المؤدية إلى مدينة مناكا": the town locates the road, no one went to it
_TAKEN_FROM = re.compile(r"\b(?:abducted|kidnapped|seized|snatched|rustled|stole|stolen|took|taken|enleve\w*|kidnappe\w*)"
                         r"\s+(?:[\w'-]+\s+){0,5}(?:from|de|du|d)\s+(?:(?:the|la|le|l)\W+)?(?:\w+\s+)?$"
                         r"|(?:^|\s)(?:اختطف\w*|خطف\w*|اختطاف)\s+(?:\S+\s+){0,5}من\s+(?:\S+\s+)?$")
# "abducted eight women from Kirchinga community": where they were taken, not where they went
_WHERE = re.compile(r"[^.;!?\n]{0,50}?(?:\bwhere\b|\boù\b|(?:^|\s)حيث)")
# "moved to Chika, another village, where they abducted": the place gone to is the next scene
_DATELINE_END = re.compile(r"\s*(?:\d{1,2}\s+\w+\s+\d{4}\s*)?(?:\(|,|—|–|-|:|/)")  # "لاغوس 12 مايو 2026 (شينخوا)"


_NEXT_DAY = re.compile(r"(?<!\w)(?P<phrase>the next day|the following day|the day after|the next morning|le lendemain"
                       r"|le jour suivant|le surlendemain|اليوم التالي|صباح اليوم التالي|غداه|في الغد)(?!\w)")
TOTAL_REACH = 35  # characters between a total's words ("in the two attacks") and the figure it sums


def is_dateline(text: str, start: int, end: int) -> bool:
    """A place at the head of a paragraph followed by ``(AFP)``, a comma, a dash: where the story was
    filed ("BAMAKO, Nov 12 —", "نيامي (رويترز) -"), not where the event happened."""
    line_start = text.rfind("\n", 0, start) + 1
    return start - line_start <= 2 and start < 400 and bool(_DATELINE_END.match(text, end))


_DATELINE_DATE_END = re.compile(r"\s*(?:\([^)\n]{0,30}\)\s*)?(?:—|–|-|:)")


def _in_dateline(text: str, start: int, end: int) -> bool:
    """A date in the head of the story ("BAMAKO, Nov 12 (Reuters) —"): the day it was filed."""
    line_start = text.rfind("\n", 0, start) + 1
    return start < 400 and start - line_start <= 40 and "." not in text[line_start:start] and bool(
        _DATELINE_DATE_END.match(text, end))


def _without_restated(numbers: list[NumberMention], text: str) -> list[NumberMention]:
    """Drop a number restated in figures right after its words: "douze (12) militaires"."""
    kept: list[NumberMention] = []
    for number in numbers:
        previous = kept[-1] if kept else None
        if previous and previous.value == number.value and not text[previous.end:number.start].strip(" ()"):
            continue
        kept.append(number)
    return kept


def gather(text: str, lang: str, published: dt.date | None, hints: ResolutionHints | None = None) -> Mentions:
    """Find every mention in ``text`` and file it under its sentence."""
    norm = normalise(text)
    spans = sentence_spans(text)
    sentences = [Sentence(i, start, end) for i, (start, end) in enumerate(spans)]
    starts = [start for start, _ in spans]

    def file(items: list[Any], attribute: str, start_of) -> None:
        for item in items:
            index = bisect_right(starts, start_of(item)) - 1
            if 0 <= index < len(sentences):
                getattr(sentences[index], attribute).append(item)

    file(find_cues(norm, lang), "cues", lambda c: c.start)
    actors = ActorRegistry.load().find_actors(norm, lang)
    actor_chars = {i for a in actors for i in range(a.start, a.end)}
    places = [p for p in resolve(find_places(norm, lang), hints)
              if not is_dateline(text, p.mention.start, p.mention.end)
              and not _OPERATION.search(text, max(0, p.mention.start - 40), p.mention.start)
              and not any(pattern.search(norm.text, max(0, norm.folded_offset(p.mention.start) - 40),
                                         norm.folded_offset(p.mention.start)) for pattern in (_NOT_A_PLACE, _VALLEY))
              and p.mention.start not in actor_chars]  # "Azawad" in "Azawad Liberation Front"
    if lang == "ar":
        mentioned = Counter(p.place.country for p in places)
        countries = [c for c, _ in mentioned.most_common()] + list(hints.countries if hints else ())
        regions = {p.place.admin1_code for p in places if p.place.admin1_code}
        named = {i for p in places for i in range(p.mention.start, p.mention.end)}
        places = sorted(places + transliterated_places(norm, countries, actor_chars | named, regions=regions,
                                                       named=named),
                        key=lambda p: p.mention.start)
    unlisted = unlisted_places(norm, lang, places, actor_chars)  # "Kirchinga, a village in Madagali LGA"
    places = sorted([p for p in places if p.mention.start not in unlisted.replaced] + unlisted.places,
                    key=lambda p: p.mention.start)
    held = unlisted.containers
    offsets = [norm.folded_offset(p.mention.start) for p in places]
    measured = {p.mention.start for p, at in zip(places, offsets) if _MEASURED.search(norm.text, max(0, at - 50), at)}
    # "20 km from Ansongo": the scene is near the town, not in it (ACLED geo precision 2)
    places = [replace(p, geo_precision=2) if p.mention.start in measured and p.geo_precision == 1 else p
              for p in places]
    file(places, "places", lambda p: p.mention.start)
    for place, at in zip(places, offsets):
        sentence = sentences[max(0, bisect_right(starts, place.mention.start) - 1)]
        named_before = any(p.place.id == place.place.id and p.mention.start < place.mention.start for p in sentence.places)
        if place.mention.start in measured or (named_before and place.mention.near):
            if named_before:  # "between Gao and Ansongo, 20 km from Ansongo", "بين ديدوغو ونونا، قرب نونا"
                sentence.measured.add(place.mention.start)
        elif any(p.search(norm.text, max(0, at - 70), at) for p in (_DIRECTION, _HOSPITAL, _SPEAKING)) and not (
                _WHERE.match(text, place.mention.end) or _ROAD_TO.search(norm.text, max(0, at - 50), at)
                or _TAKEN_FROM.search(norm.text, max(0, at - 70), at)):
            sentence.directional.add(place.mention.start)
        elif place.mention.start in held or _CONTAINER.search(norm.text, max(0, at - 30), at) or (
                (_UNIT_AFTER_PLACE.search(norm.text, max(0, at - 40), at) or _UNIT_NAMED.match(norm.text, at)) and any(
                    p.mention.end <= place.mention.start and p.geo_precision in (1, 2) and at - norm.folded_offset(
                        p.mention.end) <= 30 for p in sentence.places)):
            sentence.containers.add(place.mention.start)  # "بلدة سانام التابعة لمقاطعة أبالا": Abala holds it
    file(actors, "actors", lambda a: a.start)
    if published is not None:
        dates = [replace(d, reported=True) if _REPORTED.search(norm.text, max(0, at - 60), at)
                 or _in_dateline(text, d.start, d.end) else d
                 for d in find_dates(norm, lang, published) for at in [norm.folded_offset(d.start)]]
        file(dates, "dates", lambda d: d.start)
    file(_without_restated([n for n in find_numbers(norm, lang) if n.is_count], text), "numbers", lambda n: n.start)
    for sentence in sentences:
        found = _NEXT_DAY.search(norm.text, norm.folded_offset(sentence.start), norm.folded_offset(sentence.end))
        sentence.next_day = norm.span(*found.span("phrase")) if found else None
    for sentence in sentences:  # "the group behind the two attacks" sums nothing: a total goes with its figure
        sentence.cues = [c for c in sentence.cues if c.category != "total" or any(
            abs(n.start - c.start) <= TOTAL_REACH or abs(c.start - n.end) <= TOTAL_REACH for n in sentence.numbers)]
    return Mentions(text, lang, published, sentences)
