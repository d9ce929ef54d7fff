"""Finding place names in a text: ``find_places(norm, lang) -> [PlaceMention]``.

Every gazetteer name is matched on word boundaries in the folded text (Arabic proclitics
handled by :class:`~sahelwatch.text.phrases.PhraseMatcher`). A match is kept as a mention
when it passes the evidence rules:

- Latin-script names must be capitalised in the original (not "est", "centre"), unless the
  text has no capitals at all; nationality adjectives are exempt (French "malien").
- Stop words ("Est", "Centre", "Sahel", "البر") need a kind cue ("région du Centre").
- A word after which a name is an ordinary word is not a place ("دعم مالي", financial aid).

Which place a mention is, among its candidates, is decided by :mod:`resolve`.
"""

from __future__ import annotations

import re

from sahelwatch.gazetteer.cues import Cues, load_cues
from sahelwatch.gazetteer.records import Place, PlaceMention
from sahelwatch.gazetteer.resolve import is_small
from sahelwatch.gazetteer.store import Gazetteer
from sahelwatch.text.normalise import NormText, fold, is_arabic
from sahelwatch.text.phrases import PhraseMatch, PhraseMatcher

_MATCHERS: dict[int, PhraseMatcher] = {}


def matcher_for(gazetteer: Gazetteer) -> PhraseMatcher:
    """The phrase matcher of every name of ``gazetteer`` (built once, on first use)."""
    key = id(gazetteer)
    if key not in _MATCHERS:
        _MATCHERS[key] = PhraseMatcher((k, k) for k in gazetteer.keys)
    return _MATCHERS[key]


def find_places(norm: NormText, lang: str, gazetteer: Gazetteer | None = None,
                cues: Cues | None = None) -> list[PlaceMention]:
    """Place names and demonyms of ``norm``, with their candidate places and cues."""
    gazetteer = gazetteer or Gazetteer.load()
    cues = cues or load_cues()
    has_capitals = any(c.isupper() for c in norm.original)
    letters = _LATIN_LETTERS.findall(norm.original, 0, 2000)
    shouting = bool(letters) and sum(map(str.isupper, letters)) > 0.6 * len(letters)  # a text in capitals
    mentions = []
    for match in matcher_for(gazetteer).find(norm):
        mention = _mention(match, norm, lang, gazetteer, cues, has_capitals, shouting)
        if mention is not None:
            mentions.append(mention)
    return mentions


def _mention(match: PhraseMatch, norm: NormText, lang: str, gazetteer: Gazetteer,
             cues: Cues, has_capitals: bool, shouting: bool = False) -> PlaceMention | None:
    rows = gazetteer.rows_for_key(match.key)
    if not rows:
        return None
    surface = norm.original[match.text_start:match.text_end]
    before, after = norm.text[:match.start], norm.text[match.end:]
    demonym = any(gazetteer.kind_of(i) == "demonym" for i in rows)
    latin = not is_arabic(match.key[0])
    word = _whole_word(norm.text, match.start, match.end)  # with the Arabic proclitics written on it
    if latin and has_capitals and not demonym and not _capitalised(surface):
        return None
    if latin and _in_compound(norm, match.text_start, match.text_end, surface):
        return None  # "Tin" or "Hama" of "Tin-Hama": a part of a longer Saharan name
    if latin and _joined_to_a_non_place(norm, match.text_start, match.text_end, gazetteer):
        return None  # "Baba" of "Abdullahi Baba-Arah"
    if latin and not shouting and _tail_of_an_unknown_name(norm, match.text_start, gazetteer):
        return None  # "Gari" of "a military outpost in Buni Gari": a town the gazetteer does not know
    if not latin and _tail_of_an_unknown_arabic_name(before, gazetteer):
        return None  # "كارا" of "قرية تونغار كارا" (Tungar Kara), not Kara in Togo
    if not latin and word != match.key and _AR_HEAD_BEFORE.search(before[-12:]):
        return None  # "بني فرقان" (Beni Ferguen) is no ف + رقان (Reggane): the word is the rest of a name
    if latin and surface.isupper() and len(surface) <= 4 and not shouting:
        return None  # "NEMA", "DSS", "GAO (AFP)": an acronym, or a dateline in capitals
    if cues.ordinary_after(match.key, before[-40:]):
        return None
    if _AGENCY_BEFORE.search(before[-12:]) or _AGENCY_AFTER.match(after):
        return None  # "(وكالة نواكشوط للأنباء)", "Agence Nouakchott d'information", "Nouakchott News Agency"
    # a unit word names what follows it ("محلية شيرورو"), not a name with a preposition ("مصادر محلية للجزيرة")
    preposition = not latin and _after_preposition(word, match.key)
    kind_cue = cues.kind("" if preposition else before, after)
    if not latin and _SETTLEMENT_NOUN.fullmatch(word):
        return None  # "بين مدينة كاي وبلدة ديبولي": the word for a town is no town (Medina)
    settled = kind_cue == "town" and not (_PEOPLE_OF.search(before[-12:]) and _WEEKDAY.fullmatch(word))
    # ("أهالي الزاوية" is Zawiya, "السكان الخميس" Thursday)
    if not latin and not settled and cues.is_stop_word(word, surface) and not cues.lists_regions(before):
        return None  # "فرقة" (a squad) is not ف + Raqqa, "منطقة الساحل" the Sahel at large; "مدينة بول" is Bol
    if cues.is_stop_word(match.key, surface) and kind_cue in (None, "part") and not demonym:
        return None  # "central Sahel" is no region
    if demonym:
        rows = [i for i in rows if gazetteer.kind_of(i) == "demonym"]
    nations = {gazetteer.place(i).country for i in rows if gazetteer.kind_of(i) in ("demonym", "country")}
    capital = _capital(gazetteer, cues, "demonym" if demonym else "country", nations, before, after)
    if capital is not None:  # "في قصر الثقافة بالعاصمة المالية", "in Mali's capital": Bamako, the scene
        return PlaceMention(start=match.text_start, end=match.text_end, surface=surface, key=match.key,
                            candidates=(capital,), is_demonym=False, near=False, kind_cue="town", lang=lang)
    places = {gazetteer.place(i).id: gazetteer.place(i) for i in rows}
    if latin and surface.isupper() and len(surface) > 3:  # "OPERATION LAFIYA DOLE": acronyms, titles
        places = {k: p for k, p in places.items() if not is_small(p)}
    if not places:
        return None
    return PlaceMention(
        start=match.text_start, end=match.text_end, surface=surface, key=match.key,
        candidates=tuple(places.values()), is_demonym=demonym,
        near=not demonym and cues.is_near(before), kind_cue=None if demonym else kind_cue, lang=lang,
        bordering=bool(_BORDER_BEFORE.search(before[-40:])),
    )


def _capital(gazetteer: Gazetteer, cues: Cues, kind: str, countries: set[str], before: str,
             after: str) -> Place | None:
    """The capital a nationality or a country names next to the word for a capital ("the Nigerien capital",
    "la capitale du Niger")."""
    if len(countries) != 1:
        return None
    country = next(iter(countries))
    name = cues.capital_of(country, kind, before, after)
    towns = [p for p in gazetteer.lookup(name) if p.country == country and p.kind == "town"] if name else []
    return towns[0] if towns else None


_LATIN_LETTERS = re.compile(r"[A-Za-z]")
_AGENCY_BEFORE = re.compile(r"(?:^|\W)(?:[وفب]?وكاله|agence)\s+$")
_AGENCY_AFTER = re.compile(r"\s+(?:للانبا|news agency|press agency)\b")
_BORDER_BEFORE = re.compile(r"(?:\bfront(?:ier|al)\w*|\bborder\w*|الحدود|الحدوديه|المحاذيه|المتاخمه)\s+"
                            r"(?:avec|with|مع|ل)?\s*(?:le |la |l'|les |the )?$")
_AR_HEAD_BEFORE = re.compile(r"(?:^|\s)(?:بني|اولاد|سيدي|عين|بير|بئر|حاسي|برج|ام|ابو|بو|تين|ان|ذراع|راس)"
                             r"\s+[وفبلك]{1,2}$")
# (the first word of an Arabic place name: what follows it is the rest of that name)
_PEOPLE_OF = re.compile(r"(?:^|\s)[وفبل]{0,2}(?:ال)?(?:سكان|اهالي)\s*$")  # the residents of a place, or residents
_WEEKDAY = re.compile(r"(?:ال)?(?:سبت|احد|اثنين|ثلاثا|اربعا|خميس|جمعه)")
_SETTLEMENT_NOUN = re.compile(r"[وفبل]{0,2}(?:ال)?(?:مدينه|بلده|قريه|منطقه|ولايه|محافظه|مقاطعه|بلديه)")
# Heads of Saharan and Maghreb names written with a hyphen: Tin-Hama, In-Guezzam, Aïn-Sefra, Bir-Lahlou.
_NAME_HEADS = frozenset({"tin", "ti", "in", "ain", "aïn", "bir", "ait", "aït", "kel", "oum", "um", "bou", "beni",
                         "sidi", "oued", "ouled", "hassi", "bordj", "dar", "ras"})
_HEAD_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+)-$")


def _in_compound(norm: NormText, start: int, end: int, surface: str) -> bool:
    """The mention is the head of a hyphenated name, or what follows such a head."""
    if surface.lower() in _NAME_HEADS and re.match(r"-\w", norm.original[end:end + 2]):
        return True
    head = _HEAD_BEFORE.search(norm.original, max(0, start - 8), start)
    return head is not None and head.group(1).lower() in _NAME_HEADS


_HYPHEN_AFTER = re.compile(r"-([^\W\d_][\w']*)")
_HYPHEN_BEFORE = re.compile(r"([^\W\d_][\w']*)-$")
_COMPASS = frozenset({"nord", "sud", "est", "ouest", "north", "south", "east", "west", "extreme", "haut", "bas",
                      "grand", "centre", "center"})
_ROAD_BEFORE = re.compile(r"\b(?:axe|route|tronçon|road|highway)\s+(?:de\s+|d['’]|du\s+)?$", re.IGNORECASE)
_ARTICLES = frozenset({"al", "el"})   # the Arabic article written in Latin letters: Al-Qatrun, El-Fasher


def _joined_to_a_non_place(norm: NormText, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """The mention is hyphenated to a word that names no place: a part of a longer name the gazetteer
    does not know ("Baba-Arah", a surname). Two places joined name a road ("Gao-Ansongo"), a
    compass word a region ("Nord-Kivu"), and the article is part of the name ("Al-Qatrun")."""
    text = norm.original
    if _ROAD_BEFORE.search(text, max(0, start - 20), start):
        return False  # "l'axe Banikoara-Founougo": a road named by its two towns, one the gazetteer lacks
    for joined in (_HYPHEN_AFTER.match(text, end), _HYPHEN_BEFORE.search(text, max(0, start - 40), start)):
        if joined is not None:
            word = fold(joined.group(1))
            if word not in _COMPASS | _ARTICLES and not gazetteer.rows_for_key(word):
                return True
    return False


_CAPITALISED_BEFORE = re.compile(r"\b(?:in|at|near|from|à|a|près de|pres de|dans)\s+([A-ZÀ-Þ][\w'’]+)\s+$")
_NOT_A_NAME_HEAD = frozenset({"northern", "southern", "eastern", "western", "central", "greater", "upper", "lower",
                              "camp", "mount", "mont", "lake", "lac", "river", "fort", "port", "forest", "forêt",
                              "village", "town", "city", "ville", "state", "region", "région", "province", "the"})


def _tail_of_an_unknown_name(norm: NormText, start: int, gazetteer: Gazetteer) -> bool:
    """The mention is the second word of a name after a preposition whose first word names no country or region:
    "in Buni Gari" is not in Gari, "à Tin Hama" not in Hama. A kind or compass word before it is no name ("in
    Northern Borno", "at Camp Zairo"), nor a region or a possessive ("in Niger State", "in Syria's Homs province")."""
    head = _CAPITALISED_BEFORE.search(norm.original, max(0, start - 30), start)
    if head is None or head.group(1)[-2:] in ("'s", "’s"):
        return False  # "in Syria's Homs province"
    word = fold(head.group(1))
    return word not in _COMPASS | _NOT_A_NAME_HEAD and not any(
        gazetteer.kind_of(i) in ("country", "admin1", "demonym") for i in gazetteer.rows_for_key(word))


# words between "قرية" and a place that are no part of its name: "قرية قرب بوني", "بلدة شمال غاو", "قرية تابعة لـ"
_AR_NOT_A_NAME = frozenset({"قرب", "بقرب", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط",
                            "في", "من", "على", "عند", "تابعه", "مجاوره", "قريبه", "صغيره", "نائيه", "حدوديه", "اخري",
                            "داخل", "خارج", "بين", "ضواحي", "محيط", "اطراف", "مدخل", "باتجاه", "نحو", "الي"})
_AR_UNIT_WORD = re.compile(r"[وفبل]{0,2}(?:ال)?(?:دايره|منطقه|ولايه|اقليم|محافظه|مقاطعه|بلديه|محليه|جهه|ضاحيه|حي|"
                           r"معتمديه|عماله|ناحيه|قضا)")  # "قرية بدائرة بانكاس": a village in the Bankass cercle
_AR_NAME_HEAD = re.compile(r"(?:^|\s)[وفبل]{0,2}(?:قريه|بلده|مدينه)\s+([^\s\d\W]+)\s+$")


def _tail_of_an_unknown_arabic_name(before: str, gazetteer: Gazetteer) -> bool:
    """The mention is the second word of a village's name whose first word names no place: "قرية تونغار كارا"."""
    head = _AR_NAME_HEAD.search(before[-40:])
    return head is not None and not head.group(1).startswith("ال") and head.group(1) not in _AR_NOT_A_NAME and (
        not _AR_UNIT_WORD.fullmatch(head.group(1)) and not gazetteer.rows_for_key(head.group(1)))


def _after_preposition(word: str, key: str) -> bool:
    """An Arabic name written with the preposition ب or ل (بموبتي, للجزيرة where ل absorbs the article's alef)."""
    if word == key:
        return False
    if key.startswith("ال") and word.endswith(key[1:]) and word[:len(word) - len(key) + 1].endswith("ل"):
        return True
    return any(c in "بل" for c in word[:len(word) - len(key)])


def _whole_word(text: str, start: int, end: int) -> str:
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[start:end]


def _capitalised(surface: str) -> bool:
    """True if a word of ``surface`` starts with a capital ("Niger", "fleuve Niger")."""
    return any(word[:1].isupper() for word in surface.replace("-", " ").split())
