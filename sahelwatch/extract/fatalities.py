"""The death toll of an incident, following ACLED's conventions.

A number counts as deaths when the toll word it goes with is a word of killing ("tués",
"killed", "قتلى", "neutralisés"), not of wounding or going missing: the toll word right
after it ("20 blessés"), else the one just before it ("tuant neuf militaires", "مقتل 15
جنديا"), else the next one in the sentence ("neuf soldats et quatre VDP ont été tués"). A
number introduced as a part ("dont 3 enfants", "including two children") is not counted again. Numbers are
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
from dataclasses import dataclass, replace

from sahelwatch.extract.cues import Cue
from sahelwatch.extract.mentions import RESTATED_SUM, Sentence
from sahelwatch.extract.numbers import NumberMention
from sahelwatch.extract.roles import CIVILIAN_TYPE, STATE_TYPES

_GROUPS = {"security_forces": "security_forces", "attackers": "attackers"}  # civilians and the unspecified: victims
TOLL_WORDS = ("killing", "neutralised", "wounded", "missing", "arrest", "abduction")
VICTIM_WORDS = ("security_forces", "attackers", "civilians")


@dataclass(frozen=True, slots=True)
class Toll:
    value: int | None
    span: tuple[int, int] | None
    civilians_only: bool = False   # the dead it names are civilians ("20 civilians", "30 people")
    forces_among: bool = False     # soldiers or militiamen are among the dead it names ("soldiers and civilians")
    forces_only: bool = False      # the dead it names are soldiers or militiamen (and attackers)


_WORD = re.compile(r"\w+")
_AND_ONE_MORE = re.compile(r"\s+(?:[a-z-]+\s+){1,2}and\s+(?P<one>an?)\s+(?:[a-z-]+\s+)?(?P<noun>soldier|civilian|driver|"
                           r"policeman|police officer|officer|gendarme|vigilante|child|woman|man|farmer|trader|herder|"
                           r"teacher|worker|passenger|villager|militiaman|volunteer)\b(?!\s+(?:was|were)\s+(?:injured|wounded))")
_NOT_THE_DEAD = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}(?:said|say|says|told|confirmed|ont (?:indiqué|déclaré|affirmé|confirmé|rapporté))\b"
    r"|\s+(?:Division|Brigade|Battalion|Bataillon|Regiment|Régiment|Squadron|Sector|Secteur|Corps|Région militaire)\b"
    r"|\s+(?:de\s+)?(?:motos|motocyclettes|motorcycles?|motorbikes?|vehicles?|trucks?|gun trucks|boats?|دراجة|"
    r"دراجات|سيارة|سيارات|عربة|عربات|شاحنة|شاحنات|زوارق|قوارب|houses?|homes?|huts?|shops?|granaries|"
    r"maisons?|cases|boutiques|greniers|منازل|منزلا|منزل|بيوت|محلات|مخازن|"
    r"cattle|cows|goats|sheep|camels|donkeys|livestock|heads? of cattle|bétail|boeufs|bœufs|vaches|moutons|chèvres|"
    r"chameaux|têtes de bétail|[أا]بقار|بقر[ةه]|ماشي[ةه]|ر[أا]س|ر[ؤو]وس|[أا]غنام|جمال|"  # the cattle recovered
    r"rifles?|guns?|pistols?|fusils?|pistolets?|kalachnikovs?|بنادق|بندقي[ةه]|رشاشات|مسدسات)(?!\w)"  # and houses burnt
    # "one of the deadliest attacks", "l'une des pires tueries", "في واحدة من أسوأ المجازر": a rank, not a toll
    r"|\s+(?:of\s+the|des|من)\s+(?:worst|deadliest|bloodiest|most|biggest|largest|pires|plus|أسوأ|أكثر|أعنف|"
    r"أكبر|أشد|أخطر|أدمى|أبشع)(?!\w)")
_SUBSET = re.compile(r"(?:\b(?:dont|including|among them|among whom|parmi lesquels|parmi eux|y compris)|"
                     r"(?:^|\s)(?:بينهم|من بينهم|منهم))\W*(?:\w+\W+)?"
                     r"(?:(?:\w+[^\w,;:.،]+){0,4}(?:et|and|و)\s+)?$",  # "dont le chef du village et deux de ses fils"
                     re.IGNORECASE)
_OF_THE_WOUNDED = re.compile(r"\s+(?:of the (?:wounded|injured)|des blessés|(?:من\s+)?(?:ال)?جرحى)(?!\w)")
ADJACENT_WORDS = 2   # "20 blessés", "seven soldiers killed": a toll word right after the number
LEFT_WORDS = 3       # "tuant neuf militaires", "killing at least seven", "مقتل 15 جنديا"
RIGHT_CHARS = 120    # "Neuf soldats et quatre VDP ont été tués": the next toll word in the clause
EARLIER_WORDS = 4    # in a revised toll, a figure this close after "the first toll" is the old one
LIST_WORDS = 3       # "5 soldiers, 3 civilians and 2 policemen": numbers this close are one list
_NO_ONE = re.compile(r"\b(?:no|not|pas|sans|aucun)\s+$", re.IGNORECASE)
MAX_INCIDENT_TOLL = 999  # "thousands killed", "six thousand dead and a million displaced": a conflict's toll


def _words_between(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end)) if end > start else 0


_PEOPLE = re.compile(r"\W*(?:people|persons|personnes|individus|أشخاص|اشخاص|شخصا|شخص)\b", re.IGNORECASE)


_OTHERS = re.compile(r"\W*(?:d\W)?(?:autres|others?|آخرون|آخرين|آخران|آخر)(?!\w)", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:،؛]")
_JOINED = re.compile(r"(?:\b(?:and|et|or|ou)\b|(?:^|\s)و)", re.IGNORECASE)
_ARTICLES = ("un", "une")   # French articles, read as 1 by the number finder


def _counts_people(text: str, number: NumberMention, victims: Sequence[Cue], reach: int = ADJACENT_WORDS,
                   noun_counts: bool = False) -> bool:
    """The number is followed by whom it counts ("huit terroristes", "seven people"), or by nothing, or
    (``noun_counts``) is itself the noun of whom it counts (the Arabic dual "جنديين")."""
    rest = text[number.end:number.end + 40]
    if not rest.strip() or rest.lstrip()[:1] in ",.;:()«»\"'،؛" or _PEOPLE.match(rest):
        return True
    first = number.start if noun_counts else number.end
    return any(c.start >= first and _words_between(text, number.end, c.start) <= reach for c in victims)


def _is_article(text: str, number: NumberMention) -> bool:
    return text[number.start:number.end].lower() in _ARTICLES


# a clause of its own after a toll word: "Nine attackers were neutralised, while one soldier sustained a gunshot
# wound", "onze civils ont perdu la vie, contre sept annoncés hier", "Four hunters were killed when dozens of militants
# attacked" (Arabic's فيما, مقابل share the toll word)
_OWN_CLAUSE = re.compile(r"\b(?:while|whereas|when|(?:tandis|alors|lors) qu(?:e\b|')|quand\b|contre\b)", re.IGNORECASE)


def toll_word(text: str, number: NumberMention, cues: Sequence[Cue], lang: str,
              victims: Sequence[Cue] = (), numbers: Sequence[NumberMention] = ()) -> Cue | None:
    """The toll word a number counts for: right after it, else just before it, else the next one.

    Arabic puts the verb first ("قتل مسلحون عشرات القرويين", "قتل دركيان اثنان وأصيب خمسة"), so
    there the word before the number is tried first, over a longer reach.
    """
    after = [c for c in cues if c.start >= number.end]
    before = [c for c in cues if c.end <= number.start or c.start < number.start < c.end]  # "القضاء على إرهابي"
    nearest_after = min(after, key=lambda c: c.start, default=None)
    nearest_before = max(before, key=lambda c: c.end, default=None)
    reach = LEFT_WORDS + (2 if number.qualifier else 0) + (3 if lang == "ar" else 0)
    if lang == "ar" and _counts_people(text, number, victims, reach=0):
        reach += 4  # "ذبح مسلحون من جماعة بوكو حرام، الأحد الماضي، عدة مزارعين": the subject in between
    left = nearest_before if nearest_before is not None and _words_between(
        text, nearest_before.end, number.start) <= reach else None
    adjacent = nearest_after if nearest_after is not None and _words_between(
        text, number.end, nearest_after.start) <= ADJACENT_WORDS and not _JOINED.search(
        text, number.end, nearest_after.start) and not (nearest_after.category == "wounded" and _CLAUSE.search(
            text, number.end, nearest_after.start)) else None
    # (not "killing 18 people and wounding 42", "tuant neuf personnes, en blessant quatre autres")
    if left is not None and _words_between(text, left.end, number.start) > 1 and not _counts_people(
            text, number, victims, noun_counts=lang == "ar"):
        left = None  # "neutralisés, ainsi que plusieurs motos": a number of things, not of people
    if _OTHERS.match(text, number.end):
        left = None  # "huit morts et une douzaine d'autres blessés": the others have their own toll word
    if left is not None and _OWN_CLAUSE.search(text, left.end, number.start):
        left = None  # "neutralised, while one soldier sustained a gunshot wound": the number's own clause
    if left is not None and lang != "ar" and _JOINED.search(text, left.end, number.start) and (
            nearest_after is not None and nearest_after.start - number.end <= RIGHT_CHARS
            and not _CLAUSE.search(text, number.end, nearest_after.start)):
        left = None  # "trois civils ont été tués et deux femmes ont été emmenées": the second number's own verb
    if left is not None and any(left.end <= n.start < number.start and _words_between(text, n.end, number.start)
                                > LIST_WORDS for n in numbers):
        left = None  # "مقتل العشرات، حسب منتخبين محليين، فيما فر مئات السكان": the toll word has its number
    noun_words = 0 if lang == "ar" else 1  # Arabic puts the noun after the number too: "مقتل جنديين وتحييد خمسة"
    if left is not None and any(n.end <= left.start and n.start < number.start and _words_between(
            text, n.end, left.start) <= noun_words for n in numbers):
        left = None  # "4 شهداء و7 جرحى", "deux hommes abattus, quatre femmes emmenées": the word has its number
    for candidate in ((left, adjacent) if lang == "ar" else (adjacent, left)):
        if candidate is not None:
            return candidate
    if nearest_after is None or nearest_after.start - number.end > RIGHT_CHARS:
        return None
    cue = nearest_after
    taken = _CLAUSE.search(text, number.end, cue.start) and any(  # it counts a number of its own
        (number.end <= n.start < cue.start and not _part_of(text, n, number))
        or (n.start >= cue.end and _words_between(text, cue.end, n.start) <= 1 and not _is_article(text, n))
        for n in numbers)
    return None if taken else cue  # "neuf soldats et quatre VDP ont été tués", not "40 camions, ... tuant trois"


def _part_of(text: str, part: NumberMention, whole: NumberMention) -> bool:
    """``part`` is introduced as a part of ``whole`` ("neuf civils, dont deux enfants, ont été tués")."""
    return bool(_SUBSET.search(text, max(whole.end, part.start - 40), part.start))


_OWN_SIDE = re.compile(r"(?:\bc[ôo]t[ée] (?:ami|fds|des fds|des forces|de l'armée|armée)|\bon our side|\bfriendly side"
                       r"|(?:^|\s)من (?:جانب|جهة) (?:القوات|الجيش|قواتنا|وحداتنا)|(?:^|\s)في صفوف (?:القوات|الجيش|قواتنا))"
                       r"[^:\n]{0,40}:?[^:\n]{0,10}$", re.IGNORECASE)
_ENEMY_SIDE = re.compile(r"(?:\bc[ôo]t[ée] (?:ennemi|terroriste|assaillants)|\benemy side"
                         r"|(?:^|\s)من (?:جانب|جهة) (?:العدو|الإرهابيين|الارهابيين|المهاجمين))[^:\n]{0,40}:?[^:\n]{0,10}$",
                         re.IGNORECASE)


def _side_heading(text: str, sentence_start: int, at: int) -> str | None:
    """The side a communiqué's toll line is about ("côté ami : 4 morts", "من جانب العدو: تحييد 12")."""
    window = text[max(sentence_start, at - 60):at]
    if _OWN_SIDE.search(window):
        return "security_forces"
    return "attackers" if _ENEMY_SIDE.search(window) else None


_OF_THEM = re.compile(r"\s+(?:of them\b|d'entre eux\b|منهم(?!\w))", re.IGNORECASE)


def _of_them(text: str, number: NumberMention, sentence: Sentence) -> str | None:
    """The group of "eight of them", "huit d'entre eux", "ثمانية منهم": the people or the armed actor its sentence
    names last before it ("The attackers struck the post ..., and eight of them were killed")."""
    if not _OF_THEM.match(text, number.end):
        return None
    named = [(c.start, c.category) for c in sentence.cues_of(*VICTIM_WORDS) if c.end <= number.start] + [
        (a.start, _victim_word(a.type)) for a in sentence.actors if a.end <= number.start]
    return max(named, default=(0, None))[1]


def _victim_word(actor_type: int) -> str:
    """The victim word category an actor of ``actor_type`` would be counted under."""
    return "security_forces" if actor_type in STATE_TYPES else "civilians" if actor_type == CIVILIAN_TYPE \
        else "attackers"


_RANKS = re.compile(r"\b(?:among|parmi|dans les rangs)\b|(?:^|\s)(?:في صفوف|بصفوف|من صفوف)\s", re.IGNORECASE)


_TOLL_NOUN = re.compile(r"حصيلة|toll|bilan", re.IGNORECASE)
_RISEN_TO = re.compile(r"(?:\b(?:to|à|a)|(?:^|\s)(?<!إضافة )(?<!بالإضافة )(?:إلى|الى))\s+"
                       r"(?:(?:at least|au moins|ما لا يقل عن|نحو)\s+)?$", re.IGNORECASE)


def _revised_toll(text: str, number: NumberMention, sentence: Sentence, toll_cues: Sequence[Cue]) -> Cue | None:
    """"The death toll from Saturday's attack on the camp of Boulkessi has risen to 23": the toll word
    of a figure right after a revision word is the one the revised toll was named with."""
    reach = ADJACENT_WORDS - 1 if not _RISEN_TO.search(text, max(0, number.start - 12), number.start) else 60
    # "ارتفعت حصيلة الهجوم الذي شنّه التنظيم ... على قاعدة للجيش ... إلى 9 جنود": "إلى" takes the revision on
    revision = [c for c in sentence.cues_of("revision") if c.end <= number.start
                and _words_between(text, c.end, number.start) <= reach]
    if not revision or any(c.start >= number.end and _words_between(text, number.end, c.start) <= ADJACENT_WORDS - 1
                           for c in sentence.cues_of("wounded", "missing")):
        return None  # "... إضافة إلى 11 جريحاً", "the number of injured rose to 20"
    named = next((c for c in toll_cues if c.end <= revision[0].start and c.category == "killing"), None)
    if named is None and _TOLL_NOUN.search(text, revision[0].start, revision[0].end):
        return replace(revision[0], category="killing")  # "ارتفعت حصيلة الهجوم ... إلى 9 جنود": the toll itself
    return named


def _neutralised_before(text: str, number: NumberMention, sentence: Sentence, toll_cues: Sequence[Cue],
                        victim_cues: Sequence[Cue]) -> Cue | None:
    """A communiqué's "a neutralisé, le 16 janvier, lors d'une opération de ratissage près de Tamezguida,
    deux terroristes": the count of fighters that ends the clause opened by "neutralisé" (French and
    English; Arabic تحييد is as often the abstract "neutralising threats")."""
    if _victim_noun(text, number, victim_cues) != "attackers":
        return None
    before = [c for c in toll_cues if c.end <= number.start]
    last = max(before, key=lambda c: c.end, default=None)
    if last is None or last.category != "neutralised" or any(
            last.end <= n.start < number.start and not _is_article(text, n) for n in sentence.numbers):
        return None
    return last


def _victim_noun(text: str, number: NumberMention, cues: Sequence[Cue], wounds: Sequence[Cue] = ()) -> str | None:
    """The category of the noun right after a number ("sept soldats", "20 terroristes", "١٤ قتيلا في صفوف
    الجنود"), if any; not the noun of a wound told after it ("مقتل عنصرين وإصابة عسكري")."""
    after = [c for c in cues if c.start >= number.start and (
        _words_between(text, number.end, c.start) <= ADJACENT_WORDS
        or _words_between(text, number.end, c.start) <= ADJACENT_WORDS + 2 and _RANKS.search(text, number.end, c.start))
        and not any(number.end <= w.start and w.end <= c.start for w in wounds)]
    first = min(after, key=lambda c: c.start, default=None)  # from its start: "a soldier" is its own noun
    return first.category if first else None


def _negated(text: str, cue: Cue, negations: Sequence[Cue]) -> bool:
    """"لم يسفر عن قتلى", "sans faire de morts": a toll word right after a negation counts nothing."""
    return any(n.end <= cue.start and _words_between(text, n.end, cue.start) <= 1 or
               n.start <= cue.start < n.end for n in negations)


def _deaths(text: str, sentence: Sentence, lang: str) -> list[tuple[str, str | None, NumberMention]]:
    """(victim group, victim noun, number) for each number in the sentence that counts deaths."""
    earlier = sentence.cues_of("provisional") if sentence.has("revision") else []
    negations = sentence.cues_of("negation")
    toll_cues = [c for c in sentence.cues_of(*TOLL_WORDS) if not _negated(text, c, negations)]
    victim_cues = sentence.cues_of(*VICTIM_WORDS)
    people_cues = sentence.cues_of(*VICTIM_WORDS, "people", "civilian_target")  # "عدة مزارعين": farmers are people
    found = []
    for number in sentence.numbers:
        if number.value > MAX_INCIDENT_TOLL or _NO_ONE.search(text, max(0, number.start - 8), number.start):
            continue  # a conflict's toll; "no one was killed", "pas un seul"
        if _SUBSET.search(text, max(sentence.start, number.start - 40), number.start):
            continue  # "12 morts, dont 3 enfants": a part of a figure already counted
        if sentence.has("revision") and _OF_THE_WOUNDED.match(text, number.end):
            continue  # "ارتفعت الحصيلة إلى 7 قتلى، بعد وفاة ثلاثة من الجرحى": the new dead are in the new toll
        if _NOT_THE_DEAD.match(text, number.end):
            continue  # "Two officers said the bodies ...", "the Army's 7 Division", "مئة دراجة نارية": speakers,
            #           a unit, vehicles
        if any(c.end <= number.start and _words_between(text, c.end, number.start) <= EARLIER_WORDS
               for c in earlier):
            continue  # "بعد أن كانت الحصيلة الأولية تشير إلى 15", "after a first toll of 15": the figure revised
        if _is_article(text, number) and not _counts_people(text, number, [*victim_cues, *toll_cues], reach=0,
                                                             noun_counts=True):
            continue  # "un regroupement de terroristes": an article, unless "un soldat", "un mort"
        cue = _revised_toll(text, number, sentence, toll_cues) or toll_word(  # "rose to nine ... injured": the toll
            text, number, toll_cues, lang, people_cues, sentence.numbers) or (
            lang != "ar" and _neutralised_before(text, number, sentence, toll_cues, victim_cues)) or None
        if cue is None or cue.category not in ("killing", "neutralised"):
            continue
        if any(number.end <= p.start < cue.start for p in sentence.cues_of("protest")):
            continue  # "hundreds of youths blocked the road to protest the killings": the crowd, not the dead
        noun = _victim_noun(text, number, victim_cues, sentence.cues_of("wounded")) or _side_heading(
            text, sentence.start, number.start) or _of_them(text, number, sentence)
        group = "attackers" if cue.category == "neutralised" else _GROUPS.get(noun, "victims")
        found.append((group, noun, number))
        one_more = _AND_ONE_MORE.match(text, number.end) if lang == "en" else None
        if one_more is not None:  # "killing two soldiers and a driver": one more in the same list
            found.append((group, noun, NumberMention(one_more.start("one"), one_more.end("one"), 1)))
    restated = [f for f in found if RESTATED_SUM.search(text, max(sentence.start, f[2].start - 30), f[2].start)]
    return restated or found  # "sept militaires et deux chauffeurs, soit neuf morts": nine in all


_CONTRAST = re.compile(r"(?:\b(?:while|whereas|tandis|alors que|contre)\b"
                       r"|(?:^|\s)(?:فيما|بينما|في حين|مقابل))", re.IGNORECASE)


def _sum_by_group(text: str, deaths: list[tuple[str, str | None, NumberMention]]) -> dict[str, NumberMention]:
    """Within one sentence, the figures of one group add up ("seven soldiers and five VDP"), unless
    they are two sources' figures for the same dead ("17, the authorities said, while an official
    spoke of more than 20"): then the lower one (ACLED's conservative figure)."""
    sums: dict[str, NumberMention] = {}
    for group, _, number in deaths:
        if group in sums:
            first = sums[group]
            if _CONTRAST.search(text, first.end, number.start):
                number = first if first.value <= number.value else number
            elif first.vague and number.vague:
                number = first  # "plusieurs actions qui ont permis de neutraliser de nombreux terroristes": one guess
            else:
                number = NumberMention(first.start, first.end, first.value + number.value)
        sums[group] = number
    return sums


def _revised_figures(sentence: Sentence, deaths: list) -> list:
    """In a sentence that revises a toll, the figures after the revision word: "4 soldiers were killed
    ..., before one of the wounded died, bringing the toll to five" is five. A revised side's figure
    replaces that side's only; a revised toll of everyone replaces them all."""
    first = min(c.start for c in sentence.cues_of("revision"))
    after = [d for d in deaths if d[2].start > first]
    return after or deaths


def _claimed(sentence: Sentence, number: NumberMention) -> bool:
    """The number is told after a claim word of its sentence: the claimant's figure."""
    return any(c.start < number.start for c in sentence.cues_of("claim"))


SEVERAL = 3  # ACLED's figure for "several", "plusieurs", "عدد من"


def _placeholder_of(first: NumberMention, later: NumberMention) -> bool:
    """"Des hommes armés ont tué plusieurs civils ... tuant neuf personnes": "several" stood for the figure told
    later (not "dozens", an estimate of its own)."""
    return first.vague and first.value <= SEVERAL and not later.vague and later.value > first.value


def count_fatalities(text: str, sentences: Sequence[Sentence], lang: str) -> Toll:
    """The toll of an incident described by ``sentences`` (in text order) of ``text``, in ``lang``."""
    by_group: dict[str, NumberMention] = {}
    nouns: set[str | None] = set()
    said_none = False
    told = [(s, _deaths(text, s, lang)) for s in sentences if not s.has("total")]
    # a claimant's figure ("JNIM said it killed dozens") gives way to any other (ACLED's conservative figure);
    # the claim's figures are those told after its word ("the army killed dozens, while JNIM said it killed 40")
    others = [(s, [d for d in deaths if not _claimed(s, d[2])]) for s, deaths in told]
    if any(deaths for _, deaths in others):
        told = others
    for sentence, deaths in told:
        revised = bool(deaths) and sentence.has("revision")
        if revised:
            deaths = _revised_figures(sentence, deaths)
            new = _sum_by_group(text, deaths)
            by_group = {} if "victims" in new else {g: n for g, n in by_group.items() if g not in new}
        for group, number in _sum_by_group(text, deaths).items():
            if group not in by_group or _placeholder_of(by_group[group], number):
                by_group[group] = number  # the first figure of each side
        nouns |= {noun for _, noun, _ in deaths}
        said_none = said_none or (sentence.has("negation") and not deaths)
    if not by_group:
        return Toll(0, None) if said_none else Toll(None, None)
    civilians_only = "civilians" in nouns and nouns <= {"civilians", None}
    forces_among = "security_forces" in nouns
    forces_only = forces_among and nouns <= {"security_forces", "attackers"}
    victims = by_group.pop("victims", None)
    sides = sum(n.value for n in by_group.values())
    if victims is not None and (victims.value >= sides or not by_group):
        return Toll(victims.value, (victims.start, victims.end), civilians_only, forces_among, forces_only)
    first = min(by_group.values(), key=lambda n: n.start)
    return Toll(sides, (first.start, first.end), forces_among=forces_among, forces_only=forces_only)
