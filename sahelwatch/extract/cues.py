"""Event vocabulary: the words of each language that signal an attack, a toll, an arrest ...

Read from ``sahelwatch/lang/<lang>/triggers.toml``: one table per cue category, each with a
``phrases`` list. ``find_cues`` returns every cue in a text with its category and its span
in the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from sahelwatch.lang import load
from sahelwatch.text.normalise import NormText
from sahelwatch.text.phrases import PhraseMatcher

CATEGORIES = (
    "attack", "clash", "ambush", "ied", "suicide", "explosion", "drone_strike", "air_strike", "shelling",
    "grenade", "abduction", "hostage_release", "sexual_violence", "killing", "neutralised", "wounded",
    "missing", "arrest", "cell_dismantled", "plot_foiled", "weapons_seizure", "defused", "intercepted", "protest",
    "dispersal", "riot", "looting", "territory_taken", "territory_regained", "base_established", "agreement",
    "threat_warning",
    "operation", "military_target", "civilian_target", "claim", "unclaimed", "presence", "commentary", "generic", "price",
    "armed_rivals", "negator",
    "crime", "denial", "revision", "provisional", "separate", "attribution", "speech_continued",
    "nationwide", "aside",
    "background", "negation", "non_security", "security_topic", "civilians", "people", "security_forces", "attackers",
    "total", "overall",
)
# Categories that can open an event on their own.
EVENT_CUES = frozenset({
    "attack", "clash", "ambush", "ied", "suicide", "explosion", "drone_strike", "air_strike", "shelling",
    "grenade", "abduction", "hostage_release", "sexual_violence", "killing", "neutralised", "arrest",
    "cell_dismantled", "plot_foiled", "weapons_seizure", "defused", "intercepted", "protest", "riot", "looting",
    "territory_taken", "territory_regained", "base_established", "agreement",
})

# Categories of what forces prevent rather than suffer: arrests, seizures, plots foiled.
PREVENTIVE = frozenset({"arrest", "cell_dismantled", "plot_foiled", "defused", "weapons_seizure"})


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    category: str


# What was hit is read apart from what happened, so that words that only overlap are both kept:
# "الهجوم على قاعدة", "l'attaque du camp de" are an attack and a military target. A phrase still holds
# the words inside it, as one vocabulary does ("site d'orpaillage" is a target, not gold mining;
# "des patrouilles ont été renforcées" is security news, not patrols attacked).
TARGETS = ("military_target", "civilian_target")
IMPLIES = {"dispersal": "protest"}   # a crowd broken up by the police was a protest


@cache
def cue_matcher(lang: str, targets: bool = False) -> PhraseMatcher:
    matcher = PhraseMatcher()
    table = load(lang, "triggers")
    for category in TARGETS if targets else [c for c in CATEGORIES if c not in TARGETS]:
        for phrase in table.get(category, {}).get("phrases", ()):
            matcher.add(phrase, category)
            if category in IMPLIES:
                matcher.add(phrase, IMPLIES[category])
    return matcher


def find_cues(norm: NormText, lang: str) -> list[Cue]:
    """Every cue of ``lang``'s vocabulary in ``norm``, in text order; an event word right after a
    negator ("without any exchange of fire", "aucune attaque", "لم يقتل") or inside a longer phrase of
    another sense ("تظاهرة اقتصادية", an economic fair) is left out."""
    words, targets = ([Cue(m.text_start, m.text_end, category) for m in cue_matcher(lang, kind).find(norm)
                       for category in m.payloads] for kind in (False, True))
    cues = sorted([c for c in words if not any(_inside(c, t) for t in targets)]
                  + [t for t in targets if not any(_inside(t, c) for c in words)], key=lambda c: (c.start, c.end))
    negators = [c for c in cues if c.category == "negator"]
    senses = [c for c in cues if c.category == "non_security"]
    cues = [_reread(norm, c) for c in cues if not _hospital_reached(norm, c) and not _forces_sent(norm, c)]
    cues = _victims_gathered(norm, cues)
    attackers = [c for c in cues if c.category == "attackers"]
    arrests = [c for c in cues if c.category == "arrest"]
    cues = [_charged_deed(norm, _road_blocked_by_gunmen(norm, c, attackers), arrests) for c in cues]
    cues = sorted(cues + [s for c in cues for s in (_soldier_hit(norm, c), _bomb_went_off(norm, c)) if s is not None]
                  + _aircraft_struck(norm) + _people_taken_away(norm),
                  key=lambda c: (c.start, c.end))
    text = norm.original
    convoys = [c for c in cues if c.category == "military_target" and _CONVOY.match(norm.text, norm.folded_offset(
        c.start))]
    if _unescorted(norm, convoys):  # "Le convoi ... avait quitté Kayes sans escorte militaire": no soldiers' target
        cues = [c for c in cues if c not in convoys]
    return [c for c in cues if c.category != "negator" and not (
        c.category in EVENT_CUES and (any(_right_before(text, n, c) for n in negators) or any(
            s.start <= c.start and c.end <= s.end and (s.end - s.start) > (c.end - c.start) for s in senses)
            or _not_done(norm, c)))]


# what people fear may come: "يخشى السكان أن تتعرض البلدة لغارات جوية", "residents fear the town could be hit by air
# strikes", "les habitants craignent que la ville ne subisse des frappes"
_FEARED = re.compile(r"(?:(?:^|\s)(?:يخشي|تخشي|يخشون|خشيه|مخاوف من)\s+(?:\S+\s+){0,2}?ان\s+(?:\S+\s+){0,2}[وفبل]?"
                     r"|\b(?:fear|fears|feared|fearing)\s+(?:that\s+)?(?:[\w'-]+\s+){0,4}?(?:could|would|might|will)"
                     r"\s+(?:[\w'-]+\s+){0,3}"
                     r"|\bcraign\w*\s+(?:que|qu'|d'|de)\s*(?:[\w'-]+\s+){0,5})$")
FEARED_REACH = 80
# a group's pictures of the weapons it took: "The group released photographs of captured weapons two days later"
_SHOWN = re.compile(r"(?:\b(?:photographs?|photos?|images?|pictures?|videos?|footage)\s+(?:of|showing|d'|des|de)\s*"
                    r"(?:the\s+|les\s+)?|(?:^|\s)(?:صورا|صور|مقطع فيديو|فيديو)\s+(?:ل|لل|ال)?)$")
SHOWN_REACH = 30


def _not_done(norm: NormText, cue: Cue) -> bool:
    """The event word tells what people fear may come, or weapons a group shows it took: nothing the text reports
    as done."""
    at = norm.folded_offset(cue.start)
    return bool(_FEARED.search(norm.text, max(0, at - FEARED_REACH), at) or (
        cue.category == "weapons_seizure" and _SHOWN.search(norm.text, max(0, at - SHOWN_REACH), at)))


_UNESCORTED = re.compile(r"\b(?:sans escorte|without (?:a |an |any )?(?:military |army )?escort|unescorted"
                         r"|non escorte)")
_CONVOY = re.compile(r"(?:convoi|convoy)s?\b")
_SENTENCE_END = re.compile(r"[.!?]")
UNESCORTED_REACH = 200  # characters, in one sentence, from the convoy to the words that say it had no escort


def _unescorted(norm: NormText, convoys: list[Cue]) -> bool:
    """One of the convoys is told, in the same sentence, to have had no escort ("The convoy had left Kayes without
    an escort"; not "drivers will not travel without an escort", after the ambush of an escorted convoy)."""
    starts = [norm.folded_offset(c.start) for c in convoys]
    return bool(starts) and any(
        0 < found.start() - at <= UNESCORTED_REACH and not _SENTENCE_END.search(norm.text, at, found.start())
        for found in _UNESCORTED.finditer(norm.text) for at in starts)


_LIVESTOCK = re.compile(r"\W+(?:\w+\W+){0,2}?(?:betail|troupeaux?|cheptel|cattle|livestock|cows|goats|sheep|camels|"
                        r"moutons|chevres|chameaux|المواشي|ماشيه|الماشيه|الابقار|ابقار|رووس)(?!\w)")


def _livestock_taken(norm: NormText, cue: Cue) -> Cue:
    """"pour s'emparer de bétail", "seized cattle": livestock taken is looting, not territory."""
    if cue.category == "territory_taken" and _LIVESTOCK.match(norm.text, norm.folded_offset(cue.end)):
        return replace(cue, category="looting")
    return cue


_GUNMEN_AFTER = re.compile(r"\s+(?:ل|من\s+)?(?:ال)?"
                           r"(?:مسلحين|ارهابيين|متشددين|جهاديين|عصابات|قطاع الطرق|بوكو حرام|جماعه)(?!\w)")


def _raid_by_gunmen(norm: NormText, cue: Cue) -> Cue:
    """"لغارات المسلحين", "غارة لعصابات قطاع الطرق": a raid by gunmen is an attack, not an air raid."""
    if cue.category != "air_strike":
        return cue
    words = norm.original[cue.start:cue.end]
    if "غار" in words and "جوي" not in words and _GUNMEN_AFTER.match(norm.text, norm.folded_offset(cue.end)):
        return replace(cue, category="attack")
    return cue


_DOWNING = re.compile(r"(?:(?:shot|brought|shooting|bringing) down|downed|downing of|intercepted|abattu|abattre|"
                      r"abattage d'|intercepte|destruction d'|destruction of)\s*"
                      r"(?:(?:a|an|the|its|one|un|une|le|la|l'|deux|two)\s*)?(?:[\w'-]+\s+){0,2}$"
                      r"|(?:اسقاط|اسقطت|اسقط|اسقاطها|اسقاطه)\s+(?:ل?(?:ال)?طاير(?:ه|ات)\s+)?(?:استطلاع\s+)?"
                      r"(?:مسلحه\s+)?$")
_DOWNED = re.compile(r"\s+(?:[\w'-]+\s+){0,3}?(?:was|were|has been|have been|a ete|ont ete)\s+"
                     r"(?:shot down|brought down|downed|intercepted|abattue?s?|interceptee?s?)\b")


def _drone_downed(norm: NormText, cue: Cue) -> Cue:
    """"brought down an armed reconnaissance drone", "un drone malien a été abattu", "أسقطت طائرة مسيرة": a drone
    shot down is a weapon stopped (ACLED's disrupted weapons use), not a drone strike."""
    if cue.category != "drone_strike":
        return cue
    start, end = norm.folded_offset(cue.start), norm.folded_offset(cue.end)
    if _DOWNING.search(norm.text, max(0, start - 50), start) or _DOWNED.match(norm.text, end):
        return replace(cue, category="intercepted")
    return cue


_ARRESTED_IN = re.compile(r"(?:arrested|detained|apprehended|arretee?s?|interpellee?s?)\b[^.;!?]{0,50}?"
                          r"\b(?:in|during|lors d'|au cours d')\s*(?:a|an|the|un|une)?\s*(?:police\s+)?$")


def _arrest_raid(norm: NormText, cue: Cue) -> Cue:
    """"were arrested on Sunday in a raid on a farmhouse", "interpellés lors d'un raid": the police's raid that made
    the arrests, not an attack."""
    start = norm.folded_offset(cue.start)
    if cue.category == "attack" and norm.text.startswith("raid", start) and _ARRESTED_IN.search(
            norm.text, max(0, start - 80), start):
        return replace(cue, category="operation")
    return cue


_BY_GUNMEN = re.compile(r"\s+par\s+(?:des|les|un|une|d')\s*(?:hommes armes|individus armes|elements armes|"
                        r"assaillants|terroristes|jihadistes|djihadistes|bandits|inconnus armes|ravisseurs)\b")


def _stopped_by_gunmen(norm: NormText, cue: Cue) -> Cue:
    """"Le bus ... a été arrêté par des hommes armés": stopped; gunmen make no arrest."""
    start = norm.folded_offset(cue.start)
    if cue.category == "arrest" and norm.text.startswith("a ete arrete", start) and _BY_GUNMEN.match(
            norm.text, norm.folded_offset(cue.end)):
        return replace(cue, category="attackers")
    return cue


_BLOCKING = re.compile(r"bloqu|block|barricad|اغلق|قطع")
_CLAUSE_BREAK = re.compile(r"[.;!?،؛]")
GUNMEN_BEFORE_CHARS = 40  # "des hommes armés ont bloqué la route"


def _road_blocked_by_gunmen(norm: NormText, cue: Cue, attackers: list[Cue]) -> Cue:
    """"Des hommes armés ont bloqué la route", "gunmen blocked the road", "مسلحون قطعوا الطريق": a road blocked by
    gunmen (the attackers' words told just before, in the same clause) is their attack, not a protest."""
    if cue.category != "protest" or not _BLOCKING.search(norm.text, norm.folded_offset(cue.start),
                                                         norm.folded_offset(cue.end)):
        return cue
    if _told_just_before(norm, cue, attackers, GUNMEN_BEFORE_CHARS, _CLAUSE_BREAK):
        return replace(cue, category="attack")
    return cue


def _told_just_before(norm: NormText, cue: Cue, earlier: list[Cue], reach: int, breaks: re.Pattern) -> bool:
    """One of the ``earlier`` cues ends at most ``reach`` characters before ``cue``, with no ``breaks`` between."""
    return any(e.end <= cue.start and cue.start - e.end <= reach and not breaks.search(norm.original, e.end, cue.start)
               for e in earlier)


# the words that tie people to a deed, which then only says who they are: "arrested three suspects linked to recent
# killings", "the terrorists responsible for the attack on Sanam", "interpellés pour leur implication dans
# l'attaque", "اعتقال ثلاثة من المتورطين في الهجوم" (folded text)
DEED_OF = (r"(?:\b(?:responsible for|behind|perpetrators of|authors of|linked to|in connection with|suspected of|"
           r"accused of|involved in|auteurs? (?:de|du|des|d)|responsables? (?:de|du|des|d)|soupconnee?s? (?:de|d)|"
           r"accusee?s? (?:de|d)|impliquee?s? dans|en lien avec|liee?s? (?:a|au|aux)|"
           r"pour (?:leur |son )?(?:implication|participation|role) dans)"
           r"|(?:^|\s)(?:منفذي|منفذو|المسوولين عن|المسوولون عن|للاشتباه في تورطهم في|للاشتباه في تورطه في|"
           r"للاشتباه في|بتهمه|المتورطين في|المتورطون في|لتورطهم في|تورطهم في|تورطه في|الضالعين في))(?!\w)")
_HELD_FOR = re.compile(DEED_OF + r"(?:\W+(?:the|recent|a|an|l|la|le|les|du|de|des|d|une?))*\W*(?:[\w'-]+\s+)?$")
_DEEDS = frozenset({"attack", "ambush", "clash", "killing", "abduction", "ied", "explosion", "suicide"})
DEED_REACH = 150  # characters from the arrest word to the deed it is for


def _charged_deed(norm: NormText, cue: Cue, arrests: list[Cue]) -> Cue:
    """The deed people were arrested for, told in the arrest's sentence, names who they are: no event of its own
    (its own report, if the text gives one, is told apart)."""
    if cue.category not in _DEEDS or not _told_just_before(norm, cue, arrests, DEED_REACH, _SENTENCE_END):
        return cue
    at = norm.folded_offset(cue.start)
    return replace(cue, category="attackers") if _HELD_FOR.search(norm.text, max(0, at - 60), at) else cue


_FREEING_BEFORE = re.compile(r"(?:^|\s)[وب]?(?:تحرير|انقاذ|حرر\S*|انقذ\S*)\s+(?:\S+\s+){0,2}$")


def _captives_freed(norm: NormText, cue: Cue) -> Cue:
    """"وتحرير تسعة مخطوفين", "وإنقاذ 36 رهينة": captives freed, not taken."""
    at = norm.folded_offset(cue.start)
    if cue.category == "abduction" and _FREEING_BEFORE.search(norm.text, max(0, at - 30), at):
        return replace(cue, category="hostage_release")
    return cue


def _reread(norm: NormText, cue: Cue) -> Cue:
    """The cue in the category its neighbouring words give it (livestock taken, a raid by gunmen, a drone shot
    down, the raid that made arrests, a bus stopped by gunmen, captives freed)."""
    for reread in (_livestock_taken, _raid_by_gunmen, _drone_downed, _air_support_of_a_sweep, _arrest_raid,
                   _stopped_by_gunmen, _captives_freed, _stones_of_a_barricade):
        cue = reread(norm, cue)
    return cue


_GATHERED = re.compile(r"gathered|rassembl|تجمع|المتجمع")
GATHERED_REACH = 40  # characters from the shooting to the people it says were gathered


def _victims_gathered(norm: NormText, cues: list[Cue]) -> list[Cue]:
    """People shot where they had gathered are no crowd protesting: "opened fire on men gathered outside the
    village mosque"."""
    shots = [c.end for c in cues if c.category in ("attack", "killing")]
    return [replace(c, category="people") if c.category == "protest" and _GATHERED.match(
        norm.text, norm.folded_offset(c.start)) and any(0 <= c.start - end <= GATHERED_REACH for end in shots) else c
            for c in cues]


_BLOCKED_WITH = re.compile(r"(?:^|\s)[وف]?(?:اغلق|اغلقت|اغلقوا|اغلقها|اغلقوها|اغلقه|سد|سدوا|سدت|قطع|قطعوا|قطعت)"
                           r"(?:\s+\S+){0,4}\s+$"
                           r"|\b(?:blocked|blocking|barricaded|bloqu\w*|barr\w*)\b(?:\s+\S+){0,4}\s+$")
_STONES = re.compile(r"^(?:بالحجاره|avec des (?:pierres|cailloux)|with (?:stones|rocks))$")  # stones, not thrown
BLOCKED_REACH = 50  # characters before the stones where the words that they blocked a road are read


def _stones_of_a_barricade(norm: NormText, cue: Cue) -> Cue:
    """"بعد أن أغلقها عشرات الشبان بالحجارة وجذوع النخيل": stones piled to block a road are a protest's barricade,
    not stones thrown."""
    at = norm.folded_offset(cue.start)
    if cue.category == "riot" and _STONES.match(norm.text[at:norm.folded_offset(cue.end)]) and _BLOCKED_WITH.search(
            norm.text, max(0, at - BLOCKED_REACH), at):
        return replace(cue, category="protest")
    return cue


_AIR_WORDS = re.compile(r"aeri|aviation|\bair\b|جوي|الطيران")
_GOES_ON = re.compile(r"(?:se poursui\w*|continu\w*|is ongoing|are ongoing|goes on|go on"
                      r"|(?:^|\s)(?:و)?(?:تتواصل|يتواصل|متواصله|متواصل|مستمره|تستمر|يستمر))[^.;!?،,]{0,30}[,،]?\s*$")


def _air_support_of_a_sweep(norm: NormText, cue: Cue) -> Cue:
    """"L'opération de ratissage se poursuit, appuyée par des moyens aériens", "وتتواصل عمليات التمشيط بإسناد
    جوي": air support backs a fight its sentence tells; an operation that goes on with it is no fight."""
    at = norm.folded_offset(cue.start)
    if cue.category != "clash" or not _AIR_WORDS.search(norm.text, at, norm.folded_offset(cue.end)):
        return cue
    if _GOES_ON.search(norm.text, max(0, at - 80), at):
        return replace(cue, category="operation")
    return cue


_HOSPITAL = re.compile(r"(?:المستشفي|مستشفي|مستوصف|hospital|health cent|hopital|chu\b|clinique|clinic|csps|cscom)")
_TOWARDS = re.compile(r"(?<!\w)(?:(?:الي|to|into|au|vers)(?:\s+(?:the|a|la|le|l'))?|a\s+l(?:'|a))\s*$")


def _hospital_reached(norm: NormText, cue: Cue) -> bool:
    """"نقلا إلى المستشفى", "taken to the hospital", "évacués vers l'hôpital": where the wounded went is no
    target of the attack."""
    if cue.category != "civilian_target":
        return False
    start = norm.folded_offset(cue.start)
    return bool(_HOSPITAL.match(norm.text, start) and _TOWARDS.search(norm.text, max(0, start - 20), start))


# patrols sent to the area after an attack: "army patrols had been sent to the area", "des patrouilles ont été
# dépêchées", "تم إرسال دوريات"
_SENT_AFTER = re.compile(r"\s+(?:(?:had|have|has)\s+been\s+|(?:were|was|are|is)\s+(?:being\s+)?|ont ete\s+|a ete\s+)?"
                         r"(?:sent|deployed|dispatched|depechee?s?|deployee?s?|envoyee?s?)\b")
_SENT_BEFORE = re.compile(r"(?:\b(?:sent|deployed|dispatched|deploying|sending|a depeche|ont depeche|a deploye"
                          r"|ont deploye|a envoye|ont envoye|establish|set up|build|installer|construire)"
                          r"\s+(?:[\w'-]+\s+){0,2}"
                          r"|(?:^|\s)(?:ارسال|ارسلت|نشر|نشرت|اقامه|انشاء)\s+(?:\S+\s+)?)$")


def _forces_sent(norm: NormText, cue: Cue) -> bool:
    """Patrols or units sent or deployed (after an attack, to the area), or a base asked for ("appealed to the
    government to establish a permanent military base"), are no target of it."""
    if cue.category != "military_target":
        return False
    start, end = norm.folded_offset(cue.start), norm.folded_offset(cue.end)
    return bool(_SENT_AFTER.match(norm.text, end) or _SENT_BEFORE.search(norm.text, max(0, start - 40), start))


_A_SOLDIER = re.compile(r"\s+(?:ال)?عسكري(?!\w)")


def _soldier_hit(norm: NormText, cue: Cue) -> Cue | None:
    """"أصيب عسكري", "مقتل عسكري": the word after a wound or a death is a soldier, not the adjective of "موقع
    عسكري" or "مصدر عسكري"."""
    if cue.category not in ("wounded", "killing"):
        return None
    soldier = _A_SOLDIER.match(norm.text, norm.folded_offset(cue.end))
    if soldier is None:
        return None
    start, end = norm.span(soldier.start() + 1, soldier.end())
    return Cue(start, end, "security_forces")


_WENT_OFF = re.compile(r"explosion|explod|explosee?s?\b|stepped on|trod on|marche sur|saute sur|انفجار|انفجر|داس")


def _bomb_went_off(norm: NormText, cue: Cue) -> Cue | None:
    """A device words tell went off ("the explosion of an IED", "a sauté sur une mine", "داس على لغم"): an explosion
    as well as a device."""
    if cue.category != "ied" or not _WENT_OFF.search(norm.text, norm.folded_offset(cue.start),
                                                     norm.folded_offset(cue.end)):
        return None
    return Cue(cue.start, cue.end, "explosion")


# aircraft that struck, a few words between: "its aircraft later tracked fighters fleeing the area and struck them",
# "air assets, acting on intelligence, struck positions"
_AIRCRAFT_STRUCK = re.compile(r"\b(?:aircraft|jets|warplanes|helicopters|gunships|air assets|aerial assets|air force|"
                              r"air component|aerial vectors|air vectors)\b[\"']?,?(?:\s+[\w'-]+,?){0,10}?\s+"
                              r"(?:struck|bombed|pounded|strafed)\b")


# (Arabic, on the folded text: aircraft that targeted them "with strikes", "فاستهدفته الطائرات بضربات دقيقة")
_AIRCRAFT_STRUCK_AR = re.compile(r"(?:^|\s)[وف]?(?P<verb>(?:استهدفت|قصفت)\S*)\s+(?:ال)?(?:طايرات|مقاتلات|مسيرات)"
                                 r"(?:\s+\S+){0,3}?\s+(?:ب)?(?:ضربات|غارات)")


def _aircraft_struck(norm: NormText) -> list[Cue]:
    """The verb of aircraft that struck, as an air strike (the French words for aircraft are strike words
    themselves; in Arabic, aircraft that targeted someone "with strikes")."""
    found = []
    for match in _AIRCRAFT_STRUCK.finditer(norm.text):
        start, end = norm.span(match.end() - len(match.group().split()[-1]), match.end())
        found.append(Cue(start, end, "air_strike"))
    for match in _AIRCRAFT_STRUCK_AR.finditer(norm.text):
        found.append(Cue(*norm.span(*match.span("verb")), "air_strike"))
    return found


# people armed men took away, a few words between: "took away seven passengers", "led the men away", "ont emmené
# sept passagers", "emmenant sept passagers", "واقتادوا سبعة ركاب" (not "took away the bodies of the victims",
# "emmené les corps des")
_PEOPLE = (r"(?:passengers|travell?ers|people|persons|men|women|villagers|residents|farmers|herders|worshippers|"
           r"students|pupils|girls|boys|children|traders|civilians|occupants|motorists|drivers|fishermen|miners|"
           r"passagers|voyageurs|personnes|hommes|femmes|villageois|habitants|cultivateurs|eleveurs|fideles|eleves|"
           r"filles|garcons|enfants|commercants|civils|automobilistes|chauffeurs|pecheurs|orpailleurs)\b")
_NOT_PEOPLE = r"(?!(?:of|de|des|du|d'|bodies|corpses|remains|corps|depouilles|cadavres)\b)"
_TAKEN_AWAY = re.compile(
    rf"\b(?P<en>(?:took|taking|led|leading|marched|carried|carted|whisked)\s+away)\s+"
    rf"(?:{_NOT_PEOPLE}[\w'-]+\s+){{0,3}}?{_PEOPLE}"
    rf"|\b(?P<en2>took|led|marched)\s+(?:{_NOT_PEOPLE}[\w'-]+\s+){{0,3}}?{_PEOPLE}\s+away\b"
    rf"|\b(?:ont|a|avaient|avait)\s+(?P<fr>emmene)\s+(?:{_NOT_PEOPLE}[\w'-]+\s+){{0,3}}?{_PEOPLE}"
    rf"|\b(?P<fr2>emmenant)\s+(?:{_NOT_PEOPLE}[\w'-]+\s+){{0,3}}?{_PEOPLE}"
    r"|(?:^|\s)(?P<ar>و?(?:اقتادوا|اقتاد))\s+(?:\S+\s+){0,2}?(?:ركاب|راكبا|مسافرين|مسافرا|اشخاص|شخصا|رجال|رجلا|"
    r"نساء|قرويين|مدنيين|سكان|مزارعين|رعاه|تجار|طلاب|تلاميذ|فتيات|اطفال)(?!\w)")


def _people_taken_away(norm: NormText) -> list[Cue]:
    """The verb of armed men who took people away, as an abduction."""
    found = []
    for match in _TAKEN_AWAY.finditer(norm.text):
        verb = next(name for name in ("en", "en2", "fr", "fr2", "ar") if match.group(name))
        found.append(Cue(*norm.span(*match.span(verb)), "abduction"))
    return found


def _inside(cue: Cue, phrase: Cue) -> bool:
    """``cue`` lies within the longer ``phrase``."""
    return phrase.start <= cue.start and cue.end <= phrase.end and phrase.end - phrase.start > cue.end - cue.start


# what may stand between a negator and its word: an article, a hedge ("préparaient selon toute vraisemblance une
# attaque", "apparently preparing an attack")
_BETWEEN = re.compile(r"[ \t'’]*(?:,?[ \t]*(?:selon toute vraisemblance|vraisemblablement|probablement|sans doute"
                      r"|apparemment|apparently|probably|likely)[ \t]*,?[ \t]*)?"
                      # "كانت تستعد، بحسب المصادر ذاتها، لشن هجوم"
                      r"(?:[،,][ \t]*(?:بحسب|حسب|وفق|وفقا ل)[ \t]*\S+(?:[ \t]+\S+)?[ \t]*[،,][ \t]*"
                      r"(?:لشن|لتنفيذ)[ \t]+)?"
                      r"(?:(?:une|un|des|l|la|le|les|an|a|the)[ \t'’]+)?")


def _right_before(text: str, negator: Cue, cue: Cue) -> bool:
    return negator.end <= cue.start and _BETWEEN.fullmatch(text, negator.end, cue.start) is not None
