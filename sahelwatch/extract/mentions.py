"""Everything the extractors find in a text, distributed over its sentences.

One pass of each finder over the whole text (cues, places, actors, dates, numbers); each
mention is then filed under the sentence that contains its start.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from sahelwatch.extract.actors import ActorMention, ActorRegistry
from sahelwatch.extract.cues import EVENT_CUES, Cue, find_cues
from sahelwatch.extract.dates import DateMention, find_dates
from sahelwatch.extract.numbers import NumberMention, find_numbers
from sahelwatch.extract.place_roles import (
    credit_spans,
    is_measured_as_the_latter,
    is_measured_from,
    is_road_end,
    not_a_scene_name,
    place_role,
    surnames,
)
from sahelwatch.extract.roles import STATE_TYPES
from sahelwatch.gazetteer import ResolutionHints, ResolvedPlace, find_places, resolve
from sahelwatch.gazetteer.translit import transliterated_places
from sahelwatch.gazetteer.unlisted import unlisted_places
from sahelwatch.text.normalise import NormText, fold, normalise
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
    roads: set[int] = field(default_factory=set)        # (among them) a town that ends the road the scene is on
    headline: bool = False  # the document's first line, or the one after a label ("PRESS RELEASE")
    day_after: tuple[int, int, int] | None = None  # "the next day", "le lendemain", "في اليوم نفسه": its
    #                                                span and how many days after the incident told before
    #                                                (before it, when negative: "ويأتي الهجوم بعد أربعة أيام من")

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
        places = [p for p in self.places if not p.is_demonym and p.geo_precision is not None
                  and p.place.kind != "river"]  # a river runs through regions: it is no scene
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


_REPORTED = re.compile(r"(?:\b(?:said|says|told|announced|reported|published|stated|declared|confirmed|warned|briefed|"
                       r"a averti|a alerte|ont averti|ont alerte|"
                       r"a declare|a annonce|ont annonce|a indique|ont indique|a rapporte|a confirme|ont confirme|"
                       r"publie|publiee|"
                       r"rendu public|rendue publique|diffuse|diffusee|"
                       r"communique|report|rapport|statement|press release|evening news|state television|state broadcaster|national television|"
                       r"state radio|journal televise|television nationale|television publique|a ete revendiquee?|"
                       r"ont ete revendiquee?s|was claimed|were claimed|a partir de|a partir du|a compter de|"
                       r"a compter du|starting|with effect from|as of|n'avait pas(?:\W+\w+){0,6}\W+jusqu'a|"
                       r"covering|couvrant)"
                       r"|(?:^|\s)(?:طالبت|طالب|دعت|دعا|نددت|ندد|ادانت|ادان|"  # a statement's verbs: a demand too
                       r"قال|قالت|اعلن|اعلنت|اعلنته|اعلنه|نشرته|نشرها|نشر|نشرت|افاد|افادت|ذكر|ذكرت|ذكرته|ذكره|اكد|اكدت|"
                       r"اكدته|اوردت|اوردته|اورده|نقلته|نقلتها|صرح|تلاه|تلته|حذر|حذرت|ابتدا من|اعتبارا من|يغطي|تغطي|"
                       r"بيان|تقرير|تصريحات|التلفزيون الرسمي|التلفزيون الوطني|الاذاعه الوطنيه|موتمر صحفي|موتمر صحافي|"
                       # "ولم يصدر الجيش حتى ظهر اليوم أي بيان"
                       r"و?لم (?:يصدر|تصدر|يعلق|تعلق|يعلن|تعلن)(?:\W+\w+){0,4}\W+حتي))"
                       r"(?:\W+(?!(?:that|que|qu|avoir|ان|بان)\b)\w+){0,4}\W+$")
# "in a report released on Wednesday", "قال الجيش أمس": the day of the telling, not of the event; nor is the
# day a measure starts ("حداد وطني لمدة ثلاثة أيام ابتداء من الأحد", "couvre-feu à partir de lundi")
# "the ministry said air force drones on Saturday struck a gathering", "said an air force strike on Friday morning had
# destroyed": the day of the deed told, not of the telling
_DEED_AFTER = re.compile(r"\s+(?:(?:had|has|have|was|were)\s+)?"
                         r"(?:struck|hit|killed|attacked|stormed|raided|bombed|shelled|ambushed|abducted|kidnapped|"
                         r"overran|targeted|destroyed|neutralised|neutralized|arrested|seized)\b")
# "وحتى مساء الجمعة، لم يصدر المجلس العسكري أي تعليق", "as of Friday evening, the junta had not commented": the day
# a statement had still not come, a telling's
_NOT_YET = re.compile(r"[\s\S]*(?:(?:^|\s)و?حتي|\buntil|\bas of|\bjusqu'a)\s*")
_NOT_YET_AFTER = re.compile(r"\W{0,3}(?:لم (?:يصدر|تصدر|يعلق|تعلق|يعلن|تعلن)"
                            r"|(?:\w+\s+){0,3}(?:had not|has not|had yet to|n'avait pas|n'a pas))")
_NOT_YET_BEFORE = re.compile(r"(?:had not|has not|have not|had yet to|n'avait pas|n'a pas|n'ont pas)\s+"
                             r"(?:[\w']+\s+){0,6}(?:by|as of|jusqu'a)\s+$"  # "had not responded by Tuesday"
                             r"|(?:^|\s)و?لم\s+(?:\S+\s+){0,9}حتي\s+$")  # "لم تتلق أي اتصال من الخاطفين حتى صباح اليوم"
_REPORTING_VERB = re.compile(r"(?:^|\s)(?:قال|قالت|اعلن|اعلنت|افاد|افادت|ذكر|ذكرت|اكد|اكدت|صرح|كشف|كشفت)\s")
_THAT_AFTER = re.compile(r"\W{0,3}(?:ان|بان|عن|مقتل|اصابه|تحييد|توقيف|تنفيذ)\s")
# what was told: "أعلنت الوزارة، الثلاثاء، مقتل", "أعلنت القوات المسلحة ... مساء أمس الأحد، تنفيذ ضربات جوية"
# "أعلن وزير الدفاع في النيجر، الفريق ساليفو مودي، مساء الثلاثاء، أن ...": a day told between the speaker
# and "أن" is the telling's too, however long the speaker's name
_DAY_AFTER = re.compile(r"(?<!\w)(?:(?P<same>the same day|that same day|on the same day|the same night|that same night|"
                        r"the same (?:morning|evening|afternoon)|that same (?:morning|evening|afternoon)|"
                        r"le meme jour|ce meme jour|le jour meme|la meme nuit|cette meme nuit|"
                        r"(?:dans )?la meme (?:matinee|soiree|apres-midi)|(?:dans )?cette meme (?:matinee|soiree)|"
                        r"le meme (?:matin|soir)|ce meme (?:matin|soir)|"
                        r"و?في اليوم (?:نفسه|ذاته)|و?في نفس اليوم|و?في الليله (?:نفسها|ذاتها)|"
                        r"و?في (?:صباح|مساء) اليوم (?:نفسه|ذاته))"
                        r"|(?P<next>the next day|the following day|the day after|the next morning|a day later|"
                        r"one day later|le lendemain|un jour plus tard|the next night|the following night"
                        r"|la nuit suivante|le jour suivant|اليوم التالي|اليوم الموالي|صباح اليوم التالي|غداه|و?في الغد"
                        r"|الليله التاليه|الليله المواليه)"
                        r"|(?P<second>two days later|le surlendemain|deux jours plus tard|deux jours apres|و?بعد يومين"
                        r"|two days after)"
                        r"|(?P<third>three days later|trois jours plus tard|trois jours apres|و?بعد ثلاثه ايام"
                        r"|three days after)"
                        r"|(?P<fourth>four days later|quatre jours plus tard|quatre jours apres|و?بعد اربعه ايام"
                        r"|four days after)"
                        r"|(?P<fifth>five days later|cinq jours plus tard|cinq jours apres|و?بعد خمسه ايام)"
                        r"|(?P<week>a week later|one week later|une semaine plus tard|une semaine apres|و?بعد اسبوع"
                        r"|a week after))(?!\w)")
_DEED_NAMED_AFTER = re.compile(r"(?<=apres)\s+(?:l|le|la|les|un|une|que|qu|de|d|du|des|son|sa|ses|leur|leurs|ce|cet|"
                               r"cette)\b|(?:(?<=يومين)|(?<=ايام)|(?<=اسبوع))\s+(?:من|على)\s|(?<=after)\s")
# ("deux jours après l'attaque", "بعد يومين من الهجوم": the deed named is the earlier one, not a day after the one told
# before, unless the sentence says its own deed came after it: "l'attaque survient quatre jours après l'enlèvement")
_DAYS_AFTER = {"same": 0, "next": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "week": 7}
_COMES_AFTER = re.compile(r"(?<!\w)[وف]?(?:ياتي|تاتي|جا|جات)\s|\b(?:intervient|survient|intervenait|survenait|"
                          r"comes|came|follows|followed)\b")
# "ويأتي الهجوم بعد أربعة أيام من خطف 25 تلميذة في ماغا", "l'attaque survient trois jours après l'enlèvement de":
# the event the sentence names came that many days before the one told
_THAT_DAY = re.compile(r"(?<!\w)(?:ce jour-la|ce jour la|(?:earlier )?that day|earlier in the day"
                       r"|plus tot dans la journee|(?:في )?ذلك اليوم|في وقت سابق من (?:ذلك )?اليوم)(?!\w)")
# ("the army said on Wednesday that drones had struck Dioura earlier in the day": on Wednesday)
_DAY_BEFORE = re.compile(r"(?<!\w)(?:the previous day|the day before(?! yesterday)|la veille(?! au soir)(?! de)|"
                         r"(?:في )?اليوم السابق)(?!\w)")
# "Shops reopened on Wednesday, a day after gunmen stormed the customs post": the deed told after it, that many days
# before the day told
_DAYS_AFTER_WHICH = re.compile(r"[,،]\s*(?:(?P<one>a day|one day|un jour|au lendemain|غداه|بعد يوم)"
                               r"|(?P<two>two days|deux jours|بعد يومين)"
                               r"|(?P<three>three days|trois jours|بعد ثلاثه ايام))"
                               r"\s*(?:after|apres|de|d'|du|des|من)?(?!\w)")
PEOPLE_AFTER_NUMBER = 15  # "34 terroristes", "400 terrorists": a number counting people
TOTAL_REACH = 35  # characters between a total's words ("in the two attacks") and the figure it sums
SUPERLATIVE_REACH = 30   # characters from a superlative to the period it ranks the event in
_SUPERLATIVE = re.compile(r"(?:^|\s)(?:أعنف|اعنف|أسوأ|اسوا|أكثر|اكثر|أشد|اشد|أخطر|اخطر)\s"
                          r"|\b(?:deadliest|worst|bloodiest|"
                          r"most (?:deadly|serious|violent)|plus (?:meurtri\w*|grave|violente?|sanglante?))\b",
                          re.IGNORECASE)
AUXILIARY_REACH = 30   # characters before the army that a militia's description takes
_AUXILIARY_OF = re.compile(r"(?:\b(?:supporting|backing|auxiliary (?:to|of)|auxiliaries (?:to|of)|alongside)(?: the)?"
                           r"|\b(?:suppletifs?|suppletives?|auxiliaires?) de(?: l)?|\ben appui (?:a|aux)(?: l)?"
                           r"|(?:^|\s)(?:ال)?(?:مسانده|رديفه|داعمه|مساند|رديف|داعم))\W{0,2}$")
SERVED_REACH = 40  # characters before a group that say the victim was said to serve it
_SERVED = re.compile(r"(?:\binformants?|\bspy|\bspies|\bcollaborators?|\bcollaborating|\bworking|\bcolluding|"
                     r"\binformateurs?|\bindicateurs?|\bespions?|\bcollaborateurs?|\bcollaborer|\bcomplicite|"
                     r"(?:^|\s)(?:بالتعاون|التعاون|التخابر|بالتخابر|التواطو|بالتواطو|مخبرا|مخبر|مخبرين|جاسوسا|عميلا|"
                     r"عملاء))"
                     r"\s+(?:(?:for|with|of|avec|des|du|de la|de|pour|le compte|مع|لصالح|ل)\s+)?"
                     r"(?:the\s+|les\s+|l['’]\s*)?"
                     r"(?:ال)?$")
# "beat to death a man they accused of being an informant for the bandits", "بتهمة التعاون مع الإرهابيين": the group
# the victim was said to serve did not act
_OF_WHOM = re.compile(r"\s+(?:(?:of(?: the)?|des|du|de la|de)\s+|(?:de l|d)['’])", re.IGNORECASE)


def _said_to_serve(norm: NormText, actor: ActorMention) -> bool:
    """A named group that someone was said to inform or work for (unless the sentence arrests them for it, when it
    is the group the suspects belong to)."""
    at = norm.folded_offset(actor.start)
    return not actor.is_template and bool(_SERVED.search(norm.text, max(0, at - SERVED_REACH), at))


def _unit_of_another(text: str, actor: ActorMention, actors: list[ActorMention]) -> bool:
    """A unit word of the state's template is named as another actor's ("le détachement des VDP", "les forces
    spéciales de la DGSN", "troops of the MNJTF"): that actor is the one acting."""
    of = _OF_WHOM.match(text, actor.end)
    return of is not None and any(b.start == of.end() and b.name != actor.name for b in actors)


_HELD_BRIEFLY = re.compile(r"[^.,;،]{0,30}?(?:\bfor (?:a few |several |some )?hours\b|\bbriefly\b"
                           r"|\bpendant (?:quelques |plusieurs )?heures\b|\bbrièvement\b|\bfor a short (?:time|while)\b"
                           r"|\bpour un (?:court|bref) moment\b"
                           r"|(?:^|\s)[\"«“]?(?:لساعات|لبضع ساعات|لعدة ساعات|مؤقتا|لفترة وجيزة|لوقت قصير)(?!\w))")
_CLAIMED_BEFORE = re.compile(r"(?:\bclaim(?:ed|s|ing)? (?:to have|that it had|it had)|\bprétend\w*|"
                             r"(?:^|\s)(?:زعمت|زعم|تزعم|ادعت|ادعى)(?:\s+[اأ]ن\w*)?(?:\s+مقاتلي\w*|\s+عناصر\w*)?)\s*$")
_NOWADAYS = re.compile(r"\s+(?:dirigee?s?|devenue?s?|consideree?s?|controlee?s?|installee?s?|refugiee?s?|agee?s?|encore|"
                       r"toujours|led|controlled|considered|still|largely|mostly)\b")
# "la faction de Shekau, aujourd'hui dirigée par Bakura", "today led by": nowadays, no day
PRICE_AFTER = 30  # characters from an "explosion" to the prices it is told of ("انفجارا غير مسبوق في أسعار اللحوم")
PRICES_REACH = 60  # characters from the prices to their "explosion" ("Prices of maize, millet and sorghum have
#                   exploded")


_DATELINE_DATE_END = re.compile(r"\s*(?:\([^)\n]{0,30}\)\s*)?(?:—|–|-|:)")


_TODAY = frozenset({"اليوم", "aujourd'hui", "aujourd’hui", "today"})


def _quoted_today(text: str, start: int, end: int) -> bool:
    """A bare "today" inside a quotation: the speaker's nowadays ("الخطر الحقيقي اليوم قادم من الجنوب"),
    not the day of an event."""
    if text[start:end].lower() not in _TODAY:
        return False
    before = text[text.rfind("\n", 0, start) + 1:start]
    return before.count('"') % 2 == 1 or before.count("«") > before.count("»") or before.count("“") > before.count("”")


_OPENING_TODAY = re.compile(r"\s*[,،]")


def _today_opening(text: str, start: int, end: int, sentence_start: int) -> bool:
    """A bare "today" opening a sentence with a comma ("Aujourd'hui, les spécialistes s'accordent", "Today, the
    sound soldiers fear most", "اليوم، أصبحت الجماعة"): the writer's nowadays, set against the past."""
    word = text[start:end].lower()
    return (word in _TODAY or (word[:1] == "و" and word[1:] in _TODAY)) and not text[sentence_start:start].strip(
        " \t\n\"«“") and bool(_OPENING_TODAY.match(text, end))


def _in_dateline(text: str, start: int, end: int) -> bool:
    """A date in the head of the story ("BAMAKO, Nov 12 (Reuters) —"): the day it was filed."""
    line_start = text.rfind("\n", 0, start) + 1
    return start < 400 and start - line_start <= 40 and "." not in text[line_start:start] and bool(
        _DATELINE_DATE_END.match(text, end))


_ITS_MEMBERS = frozenset({"عناصرها", "عناصره", "افرادها", "افراده", "مقاتليها", "مقاتليه"})
MEMBERS_REACH = 60  # characters from the group named to "its members" ("باسم جبهة تحرير أزواد بمقتل ثمانية من
#                    عناصرها")


def _members_of_a_group(text: str, cue: Cue, actors: list[ActorMention]) -> Cue:
    """"Its members" after an armed group named just before: the group's fighters, not soldiers."""
    if cue.category != "security_forces" or fold(text[cue.start:cue.end]) not in _ITS_MEMBERS:
        return cue
    before = [a for a in actors if cue.start - MEMBERS_REACH <= a.end <= cue.start]
    if before and before[-1].type not in STATE_TYPES:
        return replace(cue, category="attackers")
    return cue


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

    def sentence_at(start: int) -> int:
        return bisect_right(starts, start) - 1

    def file(items: list[Any], attribute: str, start_of) -> None:
        for item in items:
            index = sentence_at(start_of(item))
            if 0 <= index < len(sentences):
                getattr(sentences[index], attribute).append(item)

    found_actors = ActorRegistry.load().find_actors(norm, lang)
    cues = find_cues(norm, lang)
    arrested_in = {sentence_at(c.start) for c in cues if c.category == "arrest"}
    actors = [a for a in found_actors if not (
        a.is_template and a.type in STATE_TYPES and (_AUXILIARY_OF.search(
            norm.text, max(0, norm.folded_offset(a.start) - AUXILIARY_REACH), norm.folded_offset(a.start))
            or _unit_of_another(text, a, found_actors))) and not (
        _said_to_serve(norm, a) and sentence_at(a.start) not in arrested_in)]
    file([_members_of_a_group(text, c, actors) for c in cues], "cues", lambda c: c.start)
    # (the army in "VDP, une milice supplétive de l'armée", "وهي ميليشيا مساندة للجيش" describes the militia; the
    # "détachement" in "le détachement des VDP" is theirs)
    actor_chars = {i for a in actors for i in range(a.start, a.end)}
    forces_of = tuple(dict.fromkeys(a.country for a in actors if a.type in STATE_TYPES and a.country))
    hints = replace(hints or ResolutionHints(), forces_of=forces_of)  # "les FAMa": Mali's Boni, not Senegal's
    credits = credit_spans(text)
    found = [m for m in find_places(norm, lang) if not any(start <= m.start < end for start, end in credits)]
    resolved = resolve(found, hints)
    people = surnames(norm, resolved)
    places = [p for p in resolved if not not_a_scene_name(norm, p) and p.mention.key not in people
              and p.mention.start not in actor_chars]  # "Azawad" in "Azawad Liberation Front"
    if lang == "ar":
        mentioned = Counter(p.place.country for p in places)
        countries = [c for c, _ in mentioned.most_common()] + list(hints.countries if hints else ())
        regions = {p.place.admin1_code for p in places if p.place.admin1_code}
        named = {i: p.place.country for p in places for i in range(p.mention.start, p.mention.end)}
        places = sorted(places + transliterated_places(norm, countries, actor_chars | set(named), regions=regions,
                                                       named=named),
                        key=lambda p: p.mention.start)
    unlisted = unlisted_places(norm, lang, places, actor_chars)  # "Kirchinga, a village in Madagali LGA"
    places = sorted([p for p in places if p.mention.start not in unlisted.replaced] + unlisted.places,
                    key=lambda p: p.mention.start)
    held = unlisted.containers
    offsets = [norm.folded_offset(p.mention.start) for p in places]
    measured = {p.mention.start for p, at in zip(places, offsets)
                if is_measured_from(norm, at) or is_measured_as_the_latter(norm, p, places)}
    # "20 km from Ansongo": the scene is near the town, not in it (ACLED geo precision 2)
    places = [replace(p, geo_precision=2) if p.mention.start in measured and p.geo_precision == 1 else p
              for p in places]
    file(places, "places", lambda p: p.mention.start)
    units: set[str] = set()  # districts named as holding the scene: "à Tourou, dans l'arrondissement de Mokolo"
    for place, at in zip(places, offsets):
        sentence = sentences[max(0, bisect_right(starts, place.mention.start) - 1)]
        role = place_role(norm, place, at, sentence.places, place.mention.start in measured, held)
        unit = place.mention.kind_cue == "admin2"
        if role is None and unit and place.place.id in units:
            role = "containers"  # "le sous-préfet de l'arrondissement de Mokolo confirme l'attaque": the same district
        elif role == "containers" and unit:
            units.add(place.place.id)
        if role is not None:
            getattr(sentence, role).add(place.mention.start)
        if role == "containers" and is_road_end(norm, place, at):
            sentence.roads.add(place.mention.start)
    file(actors, "actors", lambda a: a.start)
    dates = []
    if published is not None:
        def opening_of(start: int) -> int:  # the start of the sentence a date is in
            return starts[max(0, bisect_right(starts, start) - 1)]

        def opening(start: int) -> int:  # the folded offset of the sentence a date is in: "he said.\n\nOn
            return norm.folded_offset(opening_of(start))  # Wednesday" is no telling

        def of_the_telling(d: DateMention) -> bool:  # "قال الجيش أمس", "a statement released on Wednesday"
            at, end = norm.folded_offset(d.start), norm.folded_offset(d.end)
            return bool((_REPORTED.search(norm.text, max(opening(d.start) - 1, at - 60, 0), at)
                         and not _DEED_AFTER.match(norm.text, end))
                        or (_NOT_YET.fullmatch(norm.text, max(0, at - 12), at) and _NOT_YET_AFTER.match(norm.text, end))
                        or _NOT_YET_BEFORE.search(norm.text, max(0, at - 60), at)
                        or _in_dateline(text, d.start, d.end) or _told_that(norm, at, end))

        def nowadays(d: DateMention) -> bool:  # "aujourd'hui dirigée par", a quoted or an opening "today"
            return d.date == published and bool(
                _NOWADAYS.match(norm.text, norm.folded_offset(d.end)) or _quoted_today(text, d.start, d.end)
                or _today_opening(text, d.start, d.end, opening_of(d.start)))

        named = [(p.mention.start, p.mention.end) for p in places]  # "سوق السبت أولاد النمة" is a town, no Saturday
        dates = [replace(d, reported=True) if of_the_telling(d) else d for d in find_dates(norm, lang, published)
                 if not any(start <= d.start < end for start, end in named) and not nowadays(d)]
        for i in range(1, len(dates)):  # "مساء أمس الأربعاء": one day told in two words, both of the telling
            if dates[i - 1].reported != dates[i].reported and not text[dates[i - 1].end:dates[i].start].strip():
                dates[i - 1], dates[i] = replace(dates[i - 1], reported=True), replace(dates[i], reported=True)
        file(dates, "dates", lambda d: d.start)
    in_dates = [(d.start, d.end) for d in dates]  # "le 12 courant" counts no one
    counts = [n for n in find_numbers(norm, lang) if n.is_count
              and not any(start <= n.start < end for start, end in in_dates)]
    file(_without_restated(counts, text), "numbers", lambda n: n.start)
    summed = False  # under a heading that sums the period: "Bilan de la semaine", then "Côté ennemi : 5 neutralisés"
    for sentence in sentences:
        heading = _heading(text, sentence)
        if heading:
            summed = any(c.category == "total" for c in sentence.cues)
        _drop_comparison(norm, sentence)
        _date_that_day(norm, sentence, sentences[sentence.index - 1] if sentence.index > 0 else None)
        _date_the_day_before(norm, sentence)
        opening = norm.folded_offset(sentence.start)
        found = _DAY_AFTER.search(norm.text, opening, norm.folded_offset(sentence.end))
        if found is not None:
            days = _DAYS_AFTER[found.lastgroup]
            comes_after = _COMES_AFTER.search(norm.text, opening, found.start())
            if comes_after or not _DEED_NAMED_AFTER.match(norm.text, found.end()):
                sentence.day_after = (*norm.span(*found.span()), -days if comes_after else days)
        sentence.cues = _settled(text, sentence) + _year_totals(text, sentence) + _denied_claims(text, sentence) + (
            _past_year(text, sentence, published))
        if summed and not heading:
            sentence.cues.insert(0, Cue(sentence.start, sentence.start, "total"))
        cut = _retold_before(norm, sentence)
        if cut is not None:
            sentence.cues = [c for c in sentence.cues if c.start >= cut or c.category not in EVENT_CUES]
    for sentence in sentences[:2 if sentences and _label(text, sentences[0]) else 1]:
        sentence.headline = True
    return Mentions(text, lang, published, sentences)


def _label(text: str, sentence: Sentence) -> bool:
    """A first line that only labels the document ("PRESS RELEASE", "COMMUNIQUÉ", "بلاغ صحفي"): a few words
    naming nothing, with no full stop; the headline comes after it."""
    words = text[sentence.start:sentence.end].strip()
    return (len(words.split()) <= 4 and not words.endswith((".", "!", "?", "؟"))
            and not (sentence.cues or sentence.places or sentence.actors or sentence.dates or sentence.numbers))


_SINCE_EVENT = re.compile(r"\b(?:since|depuis)\s+(?:the|l|le|la|les)\W+(?:\w+\s+){0,2}?"
                          r"(?:attack|attaque|massacre|ambush|embuscade|assault|assaut|attentat|bombing)"
                          r"|(?:^|\s)منذ\s+(?:ال)?(?:هجوم|مجزره|اعتدا|كمين|تفجير|الهجوم)")


def _told_that(norm, start: int, end: int) -> bool:
    """A day right before "أن" with a reporting verb shortly before it (folded offsets)."""
    return bool(_THAT_AFTER.match(norm.text, end) and _REPORTING_VERB.search(norm.text, max(0, start - 100), start))


def _drop_comparison(norm, sentence: Sentence) -> None:
    """"the deadliest attack since the one on Bohoma on 23 March 2020, in which 98 soldiers died": the day
    and the figures of the attack it is measured against are not this incident's."""
    found = _SINCE_EVENT.search(norm.text, norm.folded_offset(sentence.start), norm.folded_offset(sentence.end))
    if found is None:
        return
    cut = norm.span(found.start(), found.end())[0]
    if any(d.start < cut for d in sentence.dates) or sentence.dates and any(n.start < cut for n in sentence.numbers):
        sentence.dates = [d for d in sentence.dates if d.start < cut]
        sentence.numbers = [n for n in sentence.numbers if n.start < cut]


_YEAR_PERIOD = re.compile(r"\b(?:en|in|durant|pendant|during|throughout|(?:ceux|celles|celui|celle|those|that) (?:de|of))\s+"
                          r"(?:l['’]année\s+|the year\s+)?(?:19|20)\d\d\b(?![-/.]\d)"
                          r"|(?:^|\s)(?:خلال|طيلة|طوال)\s+(?:عام|سنة|العام|السنة)\s+(?:19|20)\d\d")
# a count since a year, told on no day: "Since 2019, more than 400 soldiers have been killed", "منذ عام 2015"
_SINCE_YEAR = re.compile(r"\b(?:since|depuis)\s+(?:(?:l['’]année|the year|the start of|le début de)\s+)?"
                         r"(?:19|20)\d\d\b(?![-/.]\d)"
                         r"|(?:^|\s)منذ\s+(?:(?:عام|سنة|العام|السنة|مطلع|بداية)\s+)?(?:19|20)\d\d", re.IGNORECASE)


# a sentence that opens on a past year: "En 2008, la région avait été secouée par un soulèvement", "وفي عام 2008"
_YEAR_OPENING = re.compile(r"\W*(?:(?:en|in)\s+((?:19|20)\d\d)\b(?![-/.]\d)"
                           r"|(?:و)?(?:في\s+)?(?:عام|سنة)\s+((?:19|20)\d\d))",
                           re.IGNORECASE)


def _past_year(text: str, sentence: Sentence, published: dt.date | None) -> list[Cue]:
    """A sentence that opens on a year before publication, with no day of its own, tells the past."""
    found = _YEAR_OPENING.match(text, sentence.start, sentence.end)
    if found is None or published is None or sentence.dates or int(found.group(1) or found.group(2)) >= published.year:
        return []
    return [Cue(found.start(), found.end(), "background")]


_NEGATED = re.compile(r"(?:\b(?:not|no|pas|aucun|aucune|ni)\b|(?:^|\s)(?:لم|لا|دون))\W+(?:\w+\W+){0,3}$",
                      re.IGNORECASE)
NEGATION_REACH = 40   # characters before a claim word that may negate it


def _denied_claims(text: str, sentence: Sentence) -> list[Cue]:
    """A claim word negated ("No group immediately claimed responsibility", "aucun groupe n'a encore revendiqué",
    "لم تعلن أي جهة حتى الآن مسؤوليتها") says the attack went unclaimed, as the set phrases do."""
    return [Cue(cue.start, cue.end, "unclaimed") for cue in sentence.cues if cue.category == "claim"
            and _NEGATED.search(text, max(sentence.start, cue.start - NEGATION_REACH), cue.start)]


HEADING_CHARS = 40  # a line this short with no full stop, after the first, heads what follows


def _heading(text: str, sentence: Sentence) -> bool:
    """A line of its own, short and with no full stop: a bulletin's heading ("Bilan de la semaine")."""
    line = text[sentence.start:sentence.end].strip()
    alone = sentence.end >= len(text) or text[sentence.end:sentence.end + 1] == "\n" or text[sentence.end - 1] == "\n"
    return sentence.index > 0 and len(line) <= HEADING_CHARS and alone and not line.endswith(
        (".", "!", "?", "؟", ":", "»", '"'))


def _year_totals(text: str, sentence: Sentence) -> list[Cue]:
    """A count over a whole year ("34 terroristes ont été neutralisés en 2025", "خلال سنة 2025 تم تحييد 34
    إرهابيا"), or since a year in a sentence of no day, sums incidents: it is no event and no toll. With no count,
    a sentence of no day on what has gone on since a year tells the background."""
    period = _YEAR_PERIOD.search(text, sentence.start, sentence.end)
    since = None if period or sentence.dates else _SINCE_YEAR.search(text, sentence.start, sentence.end)
    found = period or since
    if found is None:
        return []
    people = [c for c in sentence.cues if c.category in ("attackers", "civilians", "people", "security_forces")]
    counted = any(0 <= c.start - n.end <= PEOPLE_AFTER_NUMBER and n.value > 1 for n in sentence.numbers for c in people)
    # (not "la reddition d'un (1) terroriste qui avait rallié les groupes en 2014": one man is no year's count)
    if counted:
        return [Cue(found.start(), found.end(), "total")]
    # "Le nord du Bénin subit depuis 2021 les débordements des violences jihadistes": the past
    return [Cue(found.start(), found.end(), "background")] if since else []


_CAME_AFTER = re.compile(r"\b(?:came|comes|happened|occurred|intervient|survient|est survenu\w*|a eu lieu)\s+"
                         r"(?:[\w'-]+\s+){0,4}?(?:after|apres)\b"
                         r"|\b(?:the|this|la|cette)\s+(?:\w+\s+){0,2}?(?<!that )(?<!which )(?<!qui )"
                         r"(?:followed|follows|faisait suite|fait suite)\b"
                         r"|(?<!\S)(?:وجا|جا|جات|ياتي|تاتي)\s+(?:\S+\s+){0,4}?بعد\s")  # (folded: جاء, جاءت)
# "The blast came hours after fighters abducted six people in Tourou", "The protest followed Monday night's raid on
# Dansadau": the event words before it retell the current incident (not "in the fighting that followed")


def _retold_before(norm, sentence: Sentence) -> int | None:
    """The end (in the original text) of "came hours after" in the sentence, if any: what it says before is the
    current incident, the subject in between too ("وجاء الاحتجاج بعد أيام من هجوم": the protest)."""
    found = _CAME_AFTER.search(norm.text, norm.folded_offset(sentence.start), norm.folded_offset(sentence.end))
    return norm.span(found.start(), found.end())[1] if found else None


# "soit neuf morts au total", "that is nine dead", "أي تسعة قتلى": the sum of the figures just told, restated
RESTATED_SUM = re.compile(r"(?:\b(?:soit|that is|i\.e\.)|(?:^|\s)(?:اي|أي))\s+(?:\S+\s+){0,3}$", re.IGNORECASE)


def _restates(text: str, sentence: Sentence, cue: Cue) -> bool:
    """The "au total" follows a figure restated as the sum of those before it ("sept militaires et deux
    chauffeurs, soit neuf morts au total"): this incident's toll, not a sum of several."""
    return any(n.end <= cue.start and RESTATED_SUM.search(text, max(sentence.start, n.start - 30), n.start)
               for n in sentence.numbers)


def _date_the_day_before(norm: NormText, sentence: Sentence) -> None:
    """"The previous day", "la veille", "اليوم السابق" after a day the sentence tells is the day before it: "On
    Wednesday, the army said that drone strikes carried out the previous day" struck on Tuesday, and Wednesday
    is the day of the telling."""
    span = norm.folded_offset(sentence.start), norm.folded_offset(sentence.end)
    found, days = _DAY_BEFORE.search(norm.text, *span), 1
    if found is None:
        found = _DAYS_AFTER_WHICH.search(norm.text, *span)
        if found is None or any(c.start < norm.span(*found.span())[0] for c in sentence.event_cues):
            return  # (not "Gunmen killed five on Wednesday, a day after soldiers killed three": two deeds, two days)
        days = {"one": 1, "two": 2, "three": 3}[found.lastgroup]
    start, end = norm.span(*found.span())
    before = [d for d in sentence.dates if d.end <= start and d.precision == 1]
    if before and not any(start <= d.start < end for d in sentence.dates):
        sentence.dates[:] = [replace(d, reported=True) for d in sentence.dates]
        sentence.dates.append(DateMention(start, end, before[-1].date - dt.timedelta(days=days), 1, "relative",
                                          "the previous day" if days == 1 else f"{days} days before"))


def _date_that_day(norm: NormText, sentence: Sentence, previous: Sentence | None) -> None:
    """"Ce jour-là", "that day", "ذلك اليوم" is the last day told before it: in the sentence itself, the day of its
    telling ("أعلن التلفزيون مساء الجمعة أن سلاح الجو نفذ صباح ذلك اليوم ضربات": struck on Friday); in a sentence
    with no date, the last day the sentence before told ("Le traumatisme reste celui du 17 avril 2025. Ce
    jour-là, le JNIM avait pris d'assaut Point Triple")."""
    found = _THAT_DAY.search(norm.text, norm.folded_offset(sentence.start), norm.folded_offset(sentence.end))
    if found is None:
        return
    start, end = norm.span(*found.span())
    before = [d for d in sentence.dates if d.end <= start and d.precision == 1]
    told = [d for d in previous.dates if not d.reported] if previous is not None else []
    if before and not any(start <= d.start < end for d in sentence.dates):
        sentence.dates[:] = [replace(d, reported=True) for d in sentence.dates]
        sentence.dates.append(replace(before[-1], start=start, end=end, kind="relative", rule="that day",
                                      reported=False))
    elif told and not sentence.dates:
        sentence.dates.append(replace(told[-1], start=start, end=end, kind="relative", rule="that day"))


_CLAUSE_END = re.compile(r"[,;:،؛]")


def _clause_around(text: str, at: int, sentence: Sentence) -> tuple[int, int]:
    """The span of the clause (between commas, semicolons or colons) of ``sentence`` holding ``at``."""
    before = [m.end() for m in _CLAUSE_END.finditer(text, sentence.start, at)]
    after = _CLAUSE_END.search(text, at, sentence.end)
    return (before[-1] if before else sentence.start), (after.start() if after else sentence.end)


_BARE_RAID = frozenset({"غاره", "الغاره", "غارات", "الغارات"})  # "raid": from the air only when it says so
_AIRBORNE = re.compile(r"جوي|طائر|طيران|مسير|مقاتلات")


def _bare_raid(text: str, sentence: Sentence) -> bool:
    """The sentence's air strike words are a bare "غارة" and it names no forces, drones nor aircraft ("خلال غارة
    شنوها ... على أحد أحياء بلدة موزوغو", "خوفاً من الغارات الليلية"): a raid on the ground."""
    return not sentence.categories & {"security_forces", "drone_strike"} and not _AIRBORNE.search(
        text, sentence.start, sentence.end) and all(
        fold(text[c.start:c.end]) in _BARE_RAID for c in sentence.cues if c.category == "air_strike")


# "before" a bomber blew himself up, which he did unless someone stopped him ("قبل أن يتمكن من", "before he could"
# are always a plot foiled)
_BLEW_UP_THEN = re.compile(r"قبل (?:ان )?(?:يفجر|تفجر|تفجير) (?:نفسه|نفسها)"
                           r"|before (?:detonating|blowing (?:himself|herself) up)|avant de se faire exploser")


# an opening quotation mark right before a word (with "بـ" or an article): someone's word for what happened
_QUOTED = re.compile(r"(?:[«\"“]|بـ\s*[«\"“])\s*(?:\w{1,3}\s+)?$")


def _settled(text: str, sentence: Sentence) -> list[Cue]:
    """The sentence's cues once its actors, numbers, dates and places are known."""
    # "مصالح الأمن", "security services": the word security in a state force's name is no security topic
    state_spans = [(a.start, a.end) for a in sentence.actors if a.type in STATE_TYPES]
    # "the group behind the two attacks" sums nothing: a total goes with its figure, or with a period
    # ("durant la période du 11 au 17 mars")
    figures = [*sentence.numbers, *(d for d in sentence.dates if d.precision > 1)]
    # "in all, 40 were killed" sums what was told; "bilan total de 31 morts à Djibo" is Djibo's toll
    sums = len({p.place.id for p in sentence.towns() if p.is_local and p.place.kind == "town"}) != 1
    # (and "au cours d'opérations menées la semaine dernière dans la province de la Tapoa" sums a province's week)
    seized = {"weapons_seizure"} <= sentence.categories and not sentence.categories & {"killing", "explosion", "ied"}
    raid = sentence.has("air_strike") and _bare_raid(text, sentence)
    generic = [] if any(not d.reported for d in sentence.dates) else [
        _clause_around(text, c.start, sentence) for c in sentence.cues if c.category == "generic"]
    priced = [(c.start - PRICE_AFTER, max(_clause_around(text, c.start, sentence)[1], c.end + PRICES_REACH))
              for c in sentence.cues if c.category == "price"]
    # (and "انفجار" في أسعار, "explosion des prix": the prices right after)
    # "neutralised 37 terrorists, arrested 84 ... across the country": the sentence sums the week; "أوقفت (04)
    # عناصر دعم ... عبر التراب الوطني، فيما ... ببلدية X": the clause does, the town's item is told apart
    places = [p for p in sentence.places if p.place.kind != "country"]
    nationwide = [(start, end) for start, end in (
        _clause_around(text, c.start, sentence) if places else (sentence.start, sentence.end)
        for c in sentence.cues if c.category == "nationwide")
        if not any(start <= p.mention.start < end for p in places)]
    aside = min((c.start for c in sentence.cues if c.category == "aside"), default=sentence.end)
    # "إلقاء القبض على عنصر تكفيري إثر كمين محكم نصبته له", "set an ambush for him and arrested him without
    # resistance": the ambush is how he was caught
    trapped = sentence.has("arrest") and not sentence.categories & {"killing", "clash", "attack", "wounded"}
    cues = []
    stopped = bool(sentence.categories & {"arrest", "neutralised", "intercepted", "defused"})
    for cue in sentence.cues:
        if cue.category == "ambush" and trapped:
            continue
        if cue.category == "plot_foiled" and not stopped and _BLEW_UP_THEN.fullmatch(fold(text[cue.start:cue.end])):
            cue = replace(cue, category="suicide")  # "دخل المسجد واندس بين المصلين قبل أن يفجر نفسه": he did
        if cue.category in EVENT_CUES and (
                cue.start >= aside or any(start <= cue.start < end for start, end in nationwide)):
            continue  # "..., in a week that also saw three soldiers killed by a roadside bomb": told further down
        if cue.category in EVENT_CUES and any(start <= cue.start < end for start, end in generic):
            continue  # "les frappes aériennes ont souvent touché des civils": what happens often, on no day
        if cue.category == "explosion" and any(start <= cue.start < end for start, end in priced):
            continue  # "prices of food items have exploded": a market, not a bomb
        if cue.category == "territory_taken" and (_HELD_BRIEFLY.match(text, cue.end) or _CLAIMED_BEFORE.search(
                text, max(sentence.start, cue.start - 25), cue.start)):
            continue  # "زعمت أنها سيطرت على المعسكر لساعات": a raid, told as the group's claim, is no takeover
        if cue.category == "territory_taken" and not sentence.towns() and not sentence.has("military_target"):
            continue  # "avant de s'emparer de leurs filets et de deux embarcations": goods seized, no ground taken
        if cue.category == "air_strike" and raid:
            cue = replace(cue, category="attack")  # "خلال غارة شنوها ... على أحد أحياء بلدة موزوغو": gunmen's raid
        if cue.category == "abduction" and sentence.has("arrest") and _QUOTED.search(text, max(0, cue.start - 12),
                                                                                         cue.start):
            continue  # "a été arrêté ..., a annoncé son parti, qui dénonce un « enlèvement »": the party's word
        if cue.category == "suicide" and seized:
            continue  # "une kalachnikov, une ceinture explosive et des provisions ont été saisies": no bombing
        if cue.category == "security_topic" and any(start <= cue.start and cue.end <= end for start, end in state_spans):
            continue
        if cue.category in ("total", "overall") and not any(
                abs(f.start - cue.start) <= TOTAL_REACH or abs(cue.start - f.end) <= TOTAL_REACH for f in figures):
            continue
        if cue.category == "total" and _SUPERLATIVE.search(text, max(sentence.start, cue.start - SUPERLATIVE_REACH),
                                                            cue.start):
            continue  # "في واحدة من أعنف الهجمات منذ بداية العام", "the deadliest attack this year": a rank, no sum
        if cue.category == "total" and not sums and any(d.precision == 2 for d in sentence.dates):
            continue  # "ont neutralisé, durant la période du 22 au 28 octobre, un terroriste près de Chechar": the
            #           bulletin's period, with one item placed in one town
        if cue.category == "overall" and sums and not _restates(text, sentence, cue):
            cue = replace(cue, category="total")
        cues.append(cue)
    return cues
