"""Villages the gazetteer does not list, named in French or English text with the unit that holds them.

The press names thousands of villages no gazetteer here has ("Kirchinga, a village in Madagali
Local Government Area", "le village de Garbougna, dans la commune rurale d'Anzourou"). When the
text itself says a capitalised name is a settlement ("village of X", "X village", "X, a farming
community") or puts it in a known unit ("at Erena in Shiroro Local Government Area", "à Tin-Hama,
dans le cercle d'Ansongo"), the event's place is that village: its name as written, located at
the unit that holds it, with the precision of that unit (2 for a district or a town, 3 for a
region). An analyst sees the village the sources name; the map shows where it lies at most.

Only names the gazetteer did not find count (or found only as a small place in another region than
the unit the text gives), and only with a known unit after them in the same sentence: without one
the village's country and region are a guess. Later mentions of the same
name in the document ("Kirchinga residents said") are the same place.

In Arabic the name must follow a settlement noun ("قرية ياندوتو بمنطقة تسافي") and look like a
transcribed foreign name; it is given in Latin letters the way the press of the village's country
writes such names (ياندوتو → Yandoto in Nigeria, تشوما بانغو → Tchoma Bangou in Niger), with the
Arabic spelling kept among its names; when a town of the unit's region sounds the same (وولغو in Borno), it
is that town, named and located as the gazetteer has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sahelwatch.gazetteer.cues import load_cues
from sahelwatch.gazetteer.records import Place, PlaceMention, ResolvedPlace
from sahelwatch.gazetteer.resolve import is_small
from sahelwatch.gazetteer.translit import looks_like_a_name, romanise, town_of_region
from sahelwatch.text.normalise import NormText, fold

_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'-]*\w"
_NAME = rf"(?P<name>{_WORD}(?:[ -]{_WORD}){{0,2}})"
_SETTLEMENT_EN = r"(?:village|town|community|settlement|hamlet|island|camp|locality|municipality|commune)"
_SETTLEMENT_FR = (r"(?:village|ville|localité|hameau|campement|bourgade|île|commune rurale|commune|"
                  r"site d['’]orpaillage|site aurifère)")
# a post or an attack named by its place: "la base militaire de Kareto", "le massacre de Darul Jamal"
_SITE_FR = (r"(?:base militaire|base|camp militaire|camp|position militaire|position avancée|position|"
            r"poste de sécurité|poste de contrôle|poste avancé|poste militaire|poste de police|poste|caserne|"
            r"commissariat|brigade de gendarmerie|gendarmerie|marché|massacre|attaque|embuscade|tuerie|école|lycée|"
            r"collège|mosquée|église)")
_UNIT_FR = (r"(?:commune|cercle|département|préfecture|province|région|zone|État|Etat|arrondissement|"
            r"circonscription|territoire|localité|secteur|district)")
_PATTERNS = {
    "en": (
        re.compile(rf"\b{_SETTLEMENT_EN}s?\s+of\s+{_NAME}"),                      # the village of Kirchinga
        re.compile(rf"{_NAME},?\s+{_SETTLEMENT_EN}s?\b(?!\s+of\b(?![^.;:\n]{{0,40}}\b(?:Local Government Area|LGA|"
                   rf"State|District)\b))"),  # Gora Namaye village, Mayanchi community of Maru LGA, not "the Dogon village of"
        re.compile(rf"{_NAME},\s+(?:an?|another|one)\s+(?:[a-z-]+\s+){{0,2}}(?:{_SETTLEMENT_EN}|town|locality)\b"),  # Kadisau, a farming community
        re.compile(rf"\b(?:in|at|on|near|from|area of|vicinity of|outskirts of|residents of|people of|villagers of|"
                   rf"attacked|stormed|struck|raided|invaded|"
                   rf"infiltrated?|overran|targeted|hit)\s+{_NAME},?\s+(?:also\s+)?"
                   rf"(?:(?:in|of)\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?"
                   r"(?=[^.;:\n]{0,40}\b(?:Local Government Area|local government area|LGA|State|District|Province|"
                   r"Region|Department|Prefecture|Division|County|Forest|department|region|province|district|"
                   r"prefecture|division|commune)\b)"                                                                         # at Erena in Shiroro LGA
                   r"|(?=[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?\s+(?:State|LGA|Local Government Area|Division|Department|"
                   r"Prefecture|Province)\b)"  # near Obajana, Kogi State; in Limani, Mayo-Sava Division
                   r"|in\s+(?=[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?\s*[,.;]))"),  # at Kpinkankandi, also in Kpendjal,
        re.compile(rf"\b(?:in|at)\s+{_NAME},\s+near\s+(?:the\s+(?:town|city)\s+of\s+)?(?=[A-Z])"),
        # in Dumba, near Baga
        re.compile(rf"\bthe\s+{_NAME}\s+area\s+of\s+(?=[^.;:\n]{{0,40}}\b(?:province|Province|region|Region|State|LGA|"
                   r"District|district|Prefecture|prefecture)\b)"),  # the Amkala area of Errachidia province
    ),
    "fr": (
        re.compile(rf"\b{_SETTLEMENT_FR}s?\s+(?:de\s+|d['’]){_NAME}"),             # au village de Garbougna
        re.compile(rf"{_NAME},\s+(?:un|une)\s+(?:[a-zé-]+\s+){{0,2}}(?:village|localité|hameau|bourgade|commune)\b"),
        re.compile(rf"(?:\b(?:à|au|contre|près de|vers|environs de)\s+|\b(?:près|environs) d['’]|\battaqu\w+\s+)"
                   rf"{_NAME},?\s+(?:également\s+|aussi\s+)?"
                   rf"(?:dans|en)\s+(?:la|le|l['’]|les)\s*{_UNIT_FR}\b"),                                              # à Tin-Hama, dans le cercle d'Ansongo
        re.compile(rf"\b(?:à|au)\s+{_NAME},\s+près\s+(?:de\s+(?:la\s+(?:ville|localité)\s+de\s+)?|d['’])(?=[A-ZÀ-Þ])"),
        # à Dumba, près de la ville de Baga
        re.compile(rf"\b{_SITE_FR}(?:\s+[a-zéèêàâîôûç]+)?\s+(?:de\s+|d['’]){_NAME},?\s+(?:dans|en)\s+(?:la|le|l['’]|les)\s*"
                   rf"{_UNIT_FR}\b"),  # le poste de sécurité de Dilly, le marché hebdomadaire de Tondikiwindi
        re.compile(rf"\b(?:région|zone|secteur|localité)\s+(?:de\s+|d['’]){_NAME},?\s+(?:wilaya|province|préfecture|"
                   rf"département|cercle)\b"),  # dans la région d'El Ancer, wilaya de Jijel
    ),
}
# A name stormed or moved to, whose district the story named before ("in Maru Local Government Area ...
# the gunmen stormed Mayanchi at about 11pm"; "moved to neighbouring Kanoma"; "farmers on the outskirts of Yankara").
_SCENE_BEFORE = {
    "en": re.compile(rf"\b(?:stormed|raided|invaded|overran|besieged|outskirts of|(?:moved|went|proceeded) to (?:the )?"
                     rf"(?:neighbouring|neighboring|nearby)|neighbouring|neighboring)\s+{_NAME}(?=\s+(?:at|on|in|around|"
                     rf"late|early|where|and|before|after)\b|\s*[,.;])"),
    "fr": re.compile(rf"\b(?:pris d['’]assaut|investi|envahi|(?:se sont )?dirigés vers|aux abords de|aux alentours de|"
                     rf"à proximité de|non loin de)\s+{_NAME}(?=\s+(?:vers|dans|"
                     rf"en|aux|où|et|avant|après)\b|\s*[,.;])"),
}
_NO_VILLAGE_ENDINGS = frozenset({  # a name ending with a unit or a venue word is no village
    "state", "states", "region", "province", "lga", "area", "district", "department", "county", "council", "commune",
    "cercle", "région", "département", "préfecture", "wilaya", "school", "college", "academy", "university",
    "market", "mosque", "church", "hospital", "station", "barracks", "base", "prison", "hotel", "camp", "park",
    "junction", "road", "bridge", "roundabout", "garage"})
_SETTLEMENT_AFTER = re.compile(rf"\s+{_SETTLEMENT_EN}\b")                        # "Keta village, Tsafe LGA"
_SETTLEMENT_BEFORE = re.compile(rf"\b(?:{_SETTLEMENT_EN}|{_SETTLEMENT_FR})\s+(?:of|de|d['’])\s*$")
# ("le village de Keta", "the village of Keta")
SETTLEMENT_BEFORE_CHARS = 40  # "le village de", "the settlement of" right before the name
PRECEDING_UNIT_WINDOW = 600  # characters before the name where its district must be named
_ARABIC = re.compile(r"(?:^|\s)(?:[وف]?[بل]|و|ف)?(?:ال)?(?:قريه|بلده|بلدتي|قريتي|مخيم|جزيره)\s+"
                     r"(?P<name>[\u0621-\u064a]{3,}(?:\s+(?!ال)[\u0621-\u064a]{3,})?)"
                     r"(?=\s*,?\s*(?:(?:الواقعه|التابعه|المجاوره|الساحليه|الحدوديه)\s+)?(?:ب|في\s+|ل|من\s+)"
                     r"(?:ال)?(?:منطقه|مقاطعه|ولايه|بلديه|دايره|محافظه|اقليم|محليه|اداره|اطراف|ضواحي|قرب)\b)")
# "هجوم على موقع عسكري في كبينكانكاندي بمحافظة كبندجال", "وتقع ألفاكوارا في بلدية كاندي": a name between في (or
# "lies", تقع) and its unit (not "في ضواحي جيباسو بإقليم كوسي": the outskirts of a known town)
_AROUND = r"(?:ضواحي|ضاحيه|محيط|نواحي|اطراف|مشارف|قرب|شمال|جنوب|شرق|غرب|وسط)"  # the outskirts, the north of
_ARABIC_IN = re.compile(rf"(?:^|\s)(?:في|و?[تي]قع)\s+(?!{_AROUND}\s)"
                        r"(?P<name>[\u0621-\u064a]{3,}(?:\s+(?!ال)[\u0621-\u064a]{3,})?)"
                        r"(?=\s+(?:ب|في\s+)(?:ال)?(?:منطقه|مقاطعه|ولايه|بلديه|دايره|محافظه|اقليم|محليه)\b)")
_SENTENCE_END = re.compile(r"[.!?;\n]")
CONTAINER_WINDOW = 160  # characters after the name where the unit that holds it must start


@dataclass(frozen=True, slots=True)
class Unlisted:
    """What the finder adds to a document's places: the villages, and the units named as holding them."""

    places: list[ResolvedPlace]
    containers: set[int]   # starts of the places named as holding a village
    replaced: set[int]     # starts of known places that were only part of a village's name ("Gora" in "Gora Namaye")


def unlisted_places(norm: NormText, lang: str, places: list[ResolvedPlace], taken: set[int]) -> Unlisted:
    """Villages named in the text that no place of ``places`` covers, with the unit after them.

    ``places`` are the document's resolved places (offsets in the original text); ``taken`` are
    offsets covered by actors ("Boko Haram" is not a village).
    """
    text = norm.original
    found: dict[str, ResolvedPlace] = {}
    containers: set[int] = set()
    replaced: set[int] = set()
    ordered = sorted((p for p in places if not p.is_demonym), key=lambda p: p.mention.start)
    named = {p.place.country for p in ordered if p.place.kind in ("admin1", "country")}
    for start, end, kinds_before, transcribed in _candidates(norm, lang):
        surface = text[start:end]
        inside = [p for p in ordered if start <= p.mention.start and p.mention.end <= end]
        known = next((p for p in inside if (p.mention.start, p.mention.end) == (start, end)), None)
        if any(start <= i < end for i in taken) or (lang != "ar" and (
                _ordinary(surface) or surface.endswith(("'s", "’s")))):
            continue  # (nor "a boarding school in Nigeria's Kebbi State": a country's, no village)
        if any(p.mention.start < end and p.mention.end > start and p not in inside for p in places):
            continue  # overlaps a known place or a demonym without holding it ("Nigerian Army camp")
        container = _container(text, end, ordered) or _unit_before(start, ordered, kinds_before)
        settled = lang == "ar" or bool(_SETTLEMENT_AFTER.match(text, end) or _SETTLEMENT_BEFORE.search(
            text, max(0, start - SETTLEMENT_BEFORE_CHARS), start))
        if container is None or surface in found:
            continue
        if not transcribed:  # "قرية بالي التابعة لدائرة نارا": no Balle of Sokoto, though no name to keep either
            if known is not None and known.place.country not in named | {container.place.country}:
                replaced.add(known.mention.start)
            continue
        if known is not None and not _homonym_elsewhere(known, container, settled, named):
            continue
        found[surface] = _village(surface, start, end, container, lang)
        containers.add(container.mention.start)
        replaced.update(p.mention.start for p in inside)
    villages = list(found.values())
    # later mentions of a village the gazetteer lists elsewhere are the village too ("In Gatawa, ...")
    kept = [p for p in ordered if p.mention.surface not in found or p.mention.start in replaced]
    covered = {i for p in [*kept, *villages] for i in range(p.mention.start, p.mention.end)} | taken
    for surface, village in found.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
            if match.start() not in covered:
                replaced.update(p.mention.start for p in ordered  # "Gari" in a later "Buni Gari"
                                if match.start() <= p.mention.start and p.mention.end <= match.end())
                mention = PlaceMention(match.start(), match.end(), surface, village.mention.key, (village.place,),
                                       lang=lang)
                villages.append(ResolvedPlace(mention, village.place, village.geo_precision, village.score))
    return Unlisted(sorted(villages, key=lambda p: p.mention.start), containers, replaced)


def _homonym_elsewhere(known: ResolvedPlace, unit: ResolvedPlace, settled: bool, named: set[str]) -> bool:
    """A village the gazetteer lists only in another region than the unit the text puts it in: "bandits
    stormed Gatawa" after "Sabon Birni LGA, Sokoto State" is no hamlet of Zinder, across the border.
    ``settled``: a settlement noun names it and the unit holds it ("قرية كايا التابعة لمنطقة مارادون في ولاية
    زامفارا"), so when the text names the unit's country (``named``: countries of the regions and countries
    it names) and not the known town's, that town is not it, however large (Kaya in Burkina Faso)."""
    abroad = known.place.country != unit.place.country and unit.place.country in named \
        and known.place.country not in named
    return (settled and abroad) or (is_small(known.place) and known.place.admin1_code != unit.place.admin1_code)


_FRAMED_UNITS = ("admin2", "admin1")   # "near Yandoto village" after "in Zamfara State": in Zamfara
_STORMED_UNITS = ("admin2",)           # "stormed Mayanchi" after "in Maru LGA": a district only


def _candidates(norm: NormText, lang: str) -> list[tuple[int, int, tuple[str, ...], bool]]:
    """Spans (in the original text) of names that the words around them call a settlement, the kinds
    of place named before them that may hold them (when no unit follows the name), and whether the span
    reads as a transcribed name (a settlement noun before a word that does not, "قرية بالي", can still tell
    that a known town of another country is not meant)."""
    if lang == "ar":
        spans = [(norm.span(*m.span("name")), True) for m in _ARABIC.finditer(norm.text)]
        spans += [(norm.span(*m.span("name")), False) for m in _ARABIC_IN.finditer(norm.text)]
        read = [(start, end, settled, _arabic_name(fold(norm.original[start:end]), norm.original[start:end], settled))
                for (start, end), settled in spans]
        return [(start, end, (), transcribed) for start, end, settled, transcribed in read if settled or transcribed]
    framed = [(*m.span("name"), _FRAMED_UNITS) for pattern in _PATTERNS.get(lang, ())
              for m in pattern.finditer(norm.original)]
    scene = _SCENE_BEFORE.get(lang)
    stormed = [m.span("name") for m in scene.finditer(norm.original)] if scene else []
    # not "neighbouring Katsina State", "stormed LEA Primary School" nor "at Bama Park in Maiduguri": a unit or a venue
    return [(start, end, kinds, True) for start, end, kinds in [*framed, *((s, e, _STORMED_UNITS) for s, e in stormed)]
            if norm.original[start:end].split()[-1].lower() not in _NO_VILLAGE_ENDINGS]


def _arabic_name(folded: str, original: str, settled: bool = True) -> bool:
    """Words that transcribe a foreign name: not an adjective agreeing with "قرية" (تابعة، قريبة،
    نائية), not a second place joined by و ("بلدتي غوزا وبولكا"); a hamza shows an initial ال is the
    name's (ألاوا), not the article."""
    words, written = folded.split(), original.split()
    if len(words) != len(written) or any(w.startswith("و") for w in words[1:]):
        return False
    return all(looks_like_a_name(w[1:] if o[:1] in "أإ" else w, settlement=settled, framed=settled, second=i > 0)
               and not w.endswith("ه") for i, (w, o) in enumerate(zip(words, written)))


def _ordinary(name: str) -> bool:
    """A name whose first word is an ordinary word, a month or a weekday ("Local", "Friday", "The")."""
    cues = load_cues()
    return cues.is_stop_word(fold(name.split()[0].split("-")[0])) or cues.is_stop_word(fold(name))


def _container(text: str, end: int, places: list[ResolvedPlace]) -> ResolvedPlace | None:
    """The known place after the name, in the same sentence, that holds it: the first district, town
    or region ("in Danmusa Local Government Area of Katsina State"; "بلدة شاتومان بإقليم تيلابيري ...
    المستشفى العسكري في نيامي" is in Tillabéri), of the country of the regions named there if any,
    else a feature ("on the shores of Lake Chad in Monguno LGA" is in Monguno)."""
    limit = end + CONTAINER_WINDOW
    stop = _SENTENCE_END.search(text, end, limit)
    limit = stop.start() if stop else limit
    after = [p for p in places if end <= p.mention.start < limit]
    regions = {p.place.country for p in after if p.place.kind == "admin1"}
    # ("dans la zone de gouvernement local de Bassa, dans l'État du Plateau": not Basa of Côte d'Ivoire)
    units = [p for p in after if p.place.kind in ("admin2", "town", "admin1")
             and (p.place.country in regions or not regions)]
    return (units or [p for p in after if p.place.kind in ("feature", "mountain")] or [None])[0]


def _unit_before(start: int, places: list[ResolvedPlace], kinds: tuple[str, ...]) -> ResolvedPlace | None:
    """The unit the story named last before a village's name, of the first of ``kinds`` it named (the
    LGA, cercle or commune; else the state or region)."""
    before = [p for p in places if start - PRECEDING_UNIT_WINDOW <= p.mention.start < start]
    for kind in kinds:
        named = [p for p in before if p.place.kind == kind]
        if named:
            return named[-1]
    return None


def _village(surface: str, start: int, end: int, container: ResolvedPlace, lang: str) -> ResolvedPlace:
    unit = container.place
    arabic = lang == "ar"
    district = unit.name if unit.kind == "admin2" else unit.admin2
    known = town_of_region(fold(surface), unit.country, unit.admin1_code, district=district) if arabic else None
    # "قرية ديامو بمنطقة كاي": Diamou, a town of Kayes the gazetteer has in Latin letters only
    name = known.name if known else romanise(fold(surface), unit.country) if arabic else surface
    at = known or unit
    place = Place(id=f"unlisted:{unit.country}:{unit.admin1_code}:{fold(name)}", name=name, country=unit.country,
                  admin1_code=unit.admin1_code, admin1=unit.admin1,
                  admin2=district,
                  latitude=at.latitude, longitude=at.longitude, kind="town", source="text",
                  names_ar=(surface,) if arabic else ())
    mention = PlaceMention(start, end, surface, fold(surface), (place,), lang=lang)
    return ResolvedPlace(mention, place, 3 if unit.kind == "admin1" else 2, 0.5)
