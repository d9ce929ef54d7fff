"""Arabic-script names of places the gazetteer only knows in Latin script.

GeoNames has almost no Arabic names for the Sahel's villages, and news writes them in
Arabic letters as they sound (كوندوغا for Konduga, فالمي for Falmey). A word that follows a
place cue ("في", "قرب", "بلدة", "قرية", "منطقة", "محلية" ...) and that the gazetteer does not
know is compared, by its consonant skeleton, with the Latin names of the towns of the
countries the document talks about: كوندوغا → k n d g ← Konduga. Skeletons drop vowels,
w, y and h, and merge what the two scripts confuse (c/k/q, p/b, v/f, ch/sh/s, g before e/i
→ j as in النيجر). A match needs at least three consonants and a unique best town (by
population) in those countries: it is evidence enough for a place, not for a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache

from sahelwatch.gazetteer.cues import load_cues
from sahelwatch.gazetteer.records import Place, PlaceMention, ResolvedPlace
from sahelwatch.gazetteer.resolve import outside_named_regions
from sahelwatch.gazetteer.store import Gazetteer
from sahelwatch.lang import load
from sahelwatch.text.normalise import NormText, fold

_ARABIC = {"ب": "b", "ت": "t", "ث": "s", "ج": "j", "خ": "k", "د": "d", "ذ": "z", "ر": "r", "ز": "z",
           "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k",
           "ك": "k", "ل": "l", "م": "m", "ن": "n", "ڤ": "f", "پ": "b", "گ": "g"}
_LATIN_DIGRAPHS = (("tch", "s"), ("ch", "s"), ("sh", "s"), ("dj", "j"), ("kh", "k"), ("gh", "g"), ("ph", "f"),
                   ("th", "t"), ("dh", "d"), ("x", "ks"), ("qu", "k"))
_LATIN = {"b": "b", "p": "b", "t": "t", "d": "d", "j": "j", "k": "k", "q": "k", "f": "f", "v": "f", "l": "l",
          "m": "m", "n": "n", "r": "r", "s": "s", "z": "z", "g": "g", "c": "k"}
MIN_CONSONANTS = 3
KINDS = ("town", "admin2")
# The words after which a name is a place: prepositions of place and nouns of settlements.
_CUE = re.compile(r"(?:^|\s)(?:في|بين|قرب|بقرب|بالقرب من|ضواحي|بضواحي|محيط|بلده|ببلده|لبلده|قريه|بقريه|لقريه|مدينه|"
                  r"بمدينه|لمدينه|مدن|بمدن|قاعده|بقاعده|لقاعده|قاعدتي|معسكر|بمعسكر|لمعسكر|"
                  r"منطقه|بمنطقه|لمنطقه|محليه|بمحليه|دايره|بدايره|اقليم|باقليم|بلديه|ببلديه|لبلديه|مقاطعه|بمقاطعه|ولايه|"
                  r"شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|(?:كيلومترا|كيلومترات|كيلومتر|كلم|كم)\s+من)\s+$")
# Settlement nouns: the word after them is a name even with a feminine ending (بمدينة تمارة).
_SETTLEMENT = re.compile(r"(?:^|\s)(?:مدينه|بمدينه|لمدينه|مدن|بمدن|بلده|ببلده|لبلده|قريه|بقريه|لقريه|مدينتي|بمدينتي|"
                         r"بلدتي|ببلدتي|بلديه|ببلديه|لبلديه)\s+$")
_LGA_AFTER = re.compile(r"\s+(?:للحكم المحلي|المحليه)")  # a Nigerian local government area named as such
# the unit that holds the name, right after it or after the next name it is listed with: "كيرو في مقاطعة أتاكورا",
# "كيرو بمقاطعة أتاكورا", "بين كيرو وبرينيامارو في مقاطعة أتاكورا"
_UNIT_AFTER = re.compile(r"(?:\s+و[\u0621-\u064a]{3,})?\s*,?\s+(?:في\s+|ب)(?:ال)?"
                         r"(?:مقاطعه|ولايه|محافظه|اقليم|منطقه|دايره|بلديه|محليه)\s")
_NEAR = re.compile(r"(?:قرب|بقرب|بالقرب من|ضواحي|بضواحي|محيط)\s+$")
_WORD = re.compile(r"[\u0621-\u064a]+")
_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "كم", "نا", "ون")
_VERBAL_NOUN = re.compile(r"^(?:ت.[^اوي]ي[^اوي]|ا[^اوي][^اوي]ا[^اوي])$")  # taf'il: تأمين، تمشيط; if'al: إغلاق، إطلاق
_BROKEN_PLURAL = re.compile(r"^[^اوي]وا[^اوي]ي[^اوي]$")  # fawa'il: طوابير، صواريخ


@lru_cache(maxsize=1)
def _ordinary_words() -> frozenset[str]:
    """Arabic words that are ordinary vocabulary here: the event vocabulary, date and number words."""
    words: set[str] = set(load_cues().stop_arabic)
    for name in ("triggers", "dates", "numbers"):
        words.update(fold(w) for w in _strings(load("ar", name)) for w in w.split())
    return frozenset(words)


def _strings(data) -> Iterable[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


def looks_like_a_name(word: str, settlement: bool = False, framed: bool = False, second: bool = False) -> bool:
    """A folded Arabic word that may transcribe a foreign name: not a known word, no article, no
    feminine, plural or pronoun ending (أسلوبها, نائمون, اتجاهات), not a verbal noun of the form تفعيل
    (تأمين), and long vowels between its consonants (كوندوغا, فالمي; not رصد, كامل).

    ``framed``: the words around already say it is a name ("قرية إيرينا في منطقة شيرورو"), so an
    ending that is also a pronoun (-نا, -ها) is the name's own. ``second``: the second word of such a
    framed name, which may sound like a known word ("قرية غيدان غوغا بولاية زامفارا": Gidan Goga)."""
    if settlement and word.endswith("ه") and len(word) > 3:
        word = word[:-1]  # "بمدينة تمارة": after a settlement noun, a final ة is the name's -a
    own_ending = framed or (settlement and word.endswith("ون"))  # "بلدة مارادون": Maradun, not a plural
    if (word in _ordinary_words() and not (framed and second)) or word.startswith("ال") or len(word) < 3 or (
            word.endswith(_SUFFIXES) and not own_ending) or _with_proclitic(word):
        return False
    if _VERBAL_NOUN.match(word) or _BROKEN_PLURAL.match(word) or (
            word.endswith("ات") and len(word) >= 5 and not framed):
        return False  # تأمين، طوابير; اتجاهات، عمليات: feminine plurals (not "بلدة باكورات في مقاطعة تيليا")
    vowels = sum(c in "اوي" for c in word)
    return vowels / len(word) >= (0.15 if settlement else 0.3)  # "بمدينة تيفلت" needs fewer long vowels


def _with_proclitic(word: str) -> bool:
    """An ordinary word behind a proclitic ("بولايه", "وبمنطقه", "للقريه"): no name."""
    for cut in (1, 2):
        rest, proclitic = word[cut:], word[:cut]
        if proclitic in ("و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "وك") and (rest in _ordinary_words() or (
                proclitic[-1] in "بلك" and rest.startswith("ال"))):  # (not فالمي, Falmey)
            return True
    return False


def arabic_skeleton(word: str) -> str:
    """Consonant skeleton of a folded Arabic word or phrase."""
    word = word.replace("تش", "ش").replace("دج", "ج")  # French "tch" and "dj" (غيلادجو, Gueladjo)
    return _collapse("".join(_ARABIC.get(c, "") for c in word))


def latin_skeleton(name: str, soft_g: bool = True) -> str:
    """Consonant skeleton of a folded Latin name; ``soft_g``: "gi", "ge" read as in French (Gidan, Kangiwa are
    Hausa names, with a hard g)."""
    name = re.sub(r"[^a-z ]", "", name)
    for digraph, sound in _LATIN_DIGRAPHS:
        name = name.replace(digraph, sound)
    if soft_g:
        name = re.sub(r"g(?=[ei])", "j", name)
    name = re.sub(r"c(?=[ei])", "s", name)
    return _collapse("".join(_LATIN.get(c, "") for c in name))


def _collapse(skeleton: str) -> str:
    return re.sub(r"(.)\1+", r"\1", skeleton)


@lru_cache(maxsize=2)
def _index(gazetteer: Gazetteer) -> dict[tuple[str, str], list[int]]:
    """(country, skeleton) → gazetteer rows of towns with a Latin name of that skeleton."""
    index: dict[tuple[str, str], list[int]] = {}
    for key in gazetteer.keys:
        if not key[:1].isascii():
            continue
        for skeleton in {latin_skeleton(key), latin_skeleton(key, soft_g=False)}:
            if len(skeleton) < 2:
                continue
            for row in gazetteer.rows_for_key(key):
                if gazetteer.kind_of(row) in KINDS:
                    country = gazetteer.place(row).country
                    index.setdefault((country, skeleton), []).append(row)
    return index


def _romanised(word: str) -> str:
    """A rough Latin reading of a folded Arabic word, vowels included, to tell homonyms apart."""
    vowels = {"ا": "a", "و": "o", "ي": "i", "ى": "a", "y": "y"}
    word = re.sub(r"(?:^|(?<= ))ي(?=ا)", "y", word.replace("تش", "ش"))  # a consonant: يانتارا is Yantara, not Intara
    word = re.sub(r"(?:^|(?<= ))ع", "ا", word)  # a vowel where a name opens on it: عجيري is Ajiri
    return "".join(vowels.get(c) or _ARABIC.get(c, "") for c in word)


def _latin_vowels(name: str) -> str:
    return re.sub(r"[^a-z]", "", fold(name).replace("ou", "o").replace("u", "o").replace("e", "i"))


MIN_SOUND = 0.6   # how close the vowelled readings must be (يانكارا is not Na Korau: 0.57)
REGION_SOUND = 0.75  # and for a village the text puts in a region (غيدان مادي is not Guidan Ahmed: 0.7)
_FINAL_VOWEL = {"ا": "a", "ى": "a", "ه": "a", "ي": "i", "و": "o"}
_LATIN_FINAL = {"a": "a", "i": "i", "e": "i", "y": "i", "o": "o", "u": "o"}


def _sounds_alike(phrase: str, name: str, minimum: float = MIN_SOUND) -> bool:
    """A town whose consonants the Arabic word writes must also sound like it: close vowelled readings,
    and the same final vowel when both end in one (ماغامي is Magami, not Magama)."""
    reading, latin = _romanised(phrase), _latin_vowels(name)
    if SequenceMatcher(None, reading, latin).ratio() < minimum:
        return False
    ending = "ي" if phrase.endswith("يه") else phrase[-1:]  # "تانكوغونادييه": -ié, -ye
    arabic_end, latin_end = _FINAL_VOWEL.get(ending), _LATIN_FINAL.get(fold(name)[-1:])
    return arabic_end is None or latin_end is None or arabic_end == latin_end


def _best(gazetteer: Gazetteer, rows: Iterable[int], countries: tuple[str, ...],
          regions: frozenset[str], phrase: str = "") -> Place | None:
    """The town the document most likely means: in a region it names, in the country it names
    most, the most populous, the closest in sound; None when two different towns remain equal."""
    reading = _romanised(phrase)

    def rank(place: Place) -> tuple:
        sound = round(SequenceMatcher(None, reading, _latin_vowels(place.name)).ratio(), 2) if reading else 0
        return (place.admin1_code not in regions, countries.index(place.country), -place.population, -sound)
    places = sorted({gazetteer.place(r) for r in rows}, key=lambda p: (rank(p), p.id))
    if not places:
        return None
    if len(places) > 1 and rank(places[0]) == rank(places[1]) and places[0].name != places[1].name:
        return None  # two different towns, nothing to choose between them
    return places[0]


def town_of_region(phrase: str, country: str, admin1_code: str | None,
                   gazetteer: Gazetteer | None = None, district: str | None = None) -> Place | None:
    """The one known town of a region that a folded Arabic name transcribes, by its consonants and its
    sound: "قرية ديامو بمنطقة كاي" is Diamou, "بلدة وولغو في ولاية بورنو" Wulgo. A name the text itself
    puts in the region needs no population to be told from its homonyms elsewhere; among namesakes, the one
    of the ``district`` the text names ("قرية عجيري بمنطقة مافا": the Ajiri of Mafa)."""
    if admin1_code is None or len(skeleton := arabic_skeleton(phrase)) < 2:
        return None
    gazetteer = gazetteer or Gazetteer.load()
    # ق is also written for a hard g ("تنقازا", Tangaza), as in Maghreb spelling
    skeletons = {skeleton, arabic_skeleton(phrase.replace("ق", "غ"))}
    places = {gazetteer.place(r) for s in skeletons for r in _index(gazetteer).get((country, s), [])}
    reading = _romanised(phrase)

    def sound(place: Place) -> float:
        return round(SequenceMatcher(None, reading, _latin_vowels(place.name)).ratio(), 2)
    ranked = sorted((p for p in places if p.kind == "town" and p.admin1_code == admin1_code
                     and _sounds_alike(phrase, p.name, REGION_SOUND)),  # (a village, not the district of Jere)
                    key=lambda p: (-sound(p), p.admin2 != district, -p.population, p.id))
    if not ranked or any(sound(p) == sound(ranked[0]) and p.name != ranked[0].name for p in ranked[1:]):
        return None  # (ديامو is Diamou, not Dioumou of the same region; two names that sound alike: neither)
    return ranked[0]


def _readings(word: str, offset: int) -> list[tuple[str, int]]:
    """The word, and without a conjunction or preposition written with it ("وأنسونغو", "بفالمي")."""
    readings = [(word, offset)]
    if word[0] in "وب" and len(word) > 4:
        readings.insert(0, (word[1:], offset + 1))
    return readings


def _transcribed(norm: NormText, match: re.Match, countries: tuple[str, ...], regions: frozenset[str],
                 taken: set[int], gazetteer: Gazetteer, index: dict, listed: bool = False) -> ResolvedPlace | None:
    """The town a word (or the word and the next one) after a place cue transcribes, if any."""
    before = norm.text[max(0, match.start() - 20):match.start()]
    following = _WORD.match(norm.text, match.end() + 1) if norm.text[match.end():match.end() + 1] == " " else None
    readings = _readings(match.group(), match.start())
    for word, offset in readings:
        start, end = norm.span(offset, match.end())
        if any(i in taken for i in range(start, end)) or not looks_like_a_name(
                word, bool(_SETTLEMENT.search(before)) or listed) or load_cues().is_stop_word(word):  # "ومدينة تيفلت"
            if len(readings) > 1:
                return None  # "وميناكا" is a known place after و; "وعناصر" is و + an ordinary word
            continue
        free = following is not None and norm.span(following.start(), following.end())[0] not in taken
        phrases = [(word + " " + following.group(), following.end())] if free and looks_like_a_name(
            following.group()) else []  # not "وسط مالي": Mali is already a place
        for phrase, phrase_end in phrases + [(word, match.end())]:
            skeleton = arabic_skeleton(phrase)
            short = len(skeleton) < MIN_CONSONANTS  # "قرية ميرا بولاية كيبي": two consonants, only in a named region
            framed = _SETTLEMENT.search(before) or _LGA_AFTER.match(norm.text, phrase_end) or _UNIT_AFTER.match(
                norm.text, phrase_end)  # "منطقة مارو للحكم المحلي"
            if short and (len(skeleton) < 2 or not regions or not framed):
                continue
            rows = [r for c in countries for r in index.get((c, skeleton), [])
                    if not short or gazetteer.place(r).admin1_code in regions]
            place = _best(gazetteer, rows, countries, regions, phrase)
            if place is None or not _sounds_alike(phrase, place.name) or outside_named_regions(place, regions):
                # نغوشي in a story of Borno is no hamlet of Sokoto
                continue
            end = norm.span(offset, phrase_end)[1]
            near = bool(_NEAR.search(before))
            mention = PlaceMention(start, end, norm.original[start:end], phrase, (place,), near=near, lang="ar")
            return ResolvedPlace(mention, place, 2 if near else 1, 0.5)
    return None


def transliterated_places(norm: NormText, countries: Iterable[str], taken: set[int],
                          gazetteer: Gazetteer | None = None, regions: Iterable[str] = (),
                          named: dict[int, str] | None = None) -> list[ResolvedPlace]:
    """Places named in Arabic script after a place cue, found by skeleton among ``countries``' towns.

    ``countries``: the document's countries, the most mentioned first; ``regions``: the admin1
    codes it names; ``taken``: offsets (in the original text) already covered by places or actors;
    ``named``: the country of each offset covered by places (a name after "و" that follows a place is listed
    with it, in its country).
    """
    countries = tuple(dict.fromkeys(countries))
    regions = frozenset(regions)
    named = named or {}
    if not countries:
        return []
    gazetteer = gazetteer or Gazetteer.load()
    index = _index(gazetteer)
    found = []
    for match in _WORD.finditer(norm.text):
        before = norm.text[max(0, match.start() - 20):match.start()]
        country = named.get(norm.span(match.start() - 2, match.start() - 1)[0]) if match.start() >= 2 else None
        listed = match.group()[0] == "و" and country is not None
        if not (_CUE.search(before) or listed):  # after a place cue, or "غاو وأنسونغو" after a known place
            continue
        place = _transcribed(norm, match, (country,) if listed else countries, regions, taken, gazetteer, index, listed)
        if place is not None:  # (not "جزر البحيرة ويفرض إتاوات": a verb, no Nigerian village beside Chad's Lac)
            found.append(place)
            named = named | dict.fromkeys(range(place.mention.start, place.mention.end), place.place.country)
    return found


_ANGLOPHONE = frozenset({"NG", "GH", "SD", "SS", "LR", "SL", "GM", "SO", "KE", "UG", "TZ"})
_CONSONANTS = {"ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
               "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "g",
               "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "", "ڤ": "v",
               "پ": "p", "گ": "g"}


def romanise(word: str, country: str) -> str:
    """A folded Arabic name in Latin letters as the press of ``country`` would write it: English
    conventions for Nigeria and other English-speaking countries (ياندوتو → Yandoto, شيكا → Shika),
    French ones elsewhere (تشوما بانغو → Tchoma Bangou, جيباسو → Djibaso). A reading, not a
    spelling: Arabic does not write short vowels, so "كاد" may be Kad or Kadi."""
    french = country not in _ANGLOPHONE
    return " ".join(_romanise_word(w, french, country not in _ARABIC_SPEAKING).capitalize() for w in word.split())


_ARABIC_SPEAKING = frozenset({"DZ", "MA", "TN", "LY", "EG", "SD", "MR", "EH"})


def _romanise_word(word: str, french: bool, west_african: bool = False) -> str:
    word = word.replace("تش", "\0")
    if west_african:  # Arabic has no p: كب, غب write the kp and gb of Kimakpa, Gbaramatu
        word = word.replace("كب", "\1").replace("غب", "\2")
    out = []
    for i, char in enumerate(word):
        before = word[i - 1] if i else ""
        after = word[i + 1] if i + 1 < len(word) else ""
        if char == "\0":
            out.append("tch" if french else "ch")
        elif char in "\1\2":
            out.append("kp" if char == "\1" else "gb")
        elif char == "ا":
            out.append("" if after in ("ي", "و") and not before else "a")  # إيرينا → Irina, أوسا → Ousa
        elif char == "و":
            glide = (not before and after) or after == "ا"
            out.append(("ou" if french else "w") if glide else ("ou" if french else "o"))
        elif char == "ي":
            glide = (not before and after) or after == "ا"  # كايا → Kaya
            initial_cluster = not before and after and after not in "اويى"  # يلواتا → Yelwata
            out.append("ye" if initial_cluster else "y" if glide else "i")
        elif char in "هى" and before and not after:
            out.append("a")  # taa marbuta, alef maqsura
        else:
            latin = _CONSONANTS.get(char, "")
            out.append({"sh": "ch", "j": "dj"}.get(latin, latin) if french else latin)
    if french and len(word) > 3 and word.endswith("ان"):
        out.append("e")  # a final -an is written -ane in French (شاتومان → Chatoumane, إنتيكان → Intikane)
    return "".join(out)
