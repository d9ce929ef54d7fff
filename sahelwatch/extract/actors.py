"""The actor registry: canonical actors, their aliases in Arabic, French and English, and finding them in text.

The registry ships as ``sahelwatch/data/actors.toml`` (its header documents the schema);
users add actors with more files of the same schema, merged at load: an entry whose name
is already known extends its aliases, countries and context words, one with
``replace = true`` replaces it.

Two kinds of entries:

- **named actors** (``JNIM``, ``Islamic State (Sahel)``, ``VDP``, ``Wagner Group`` ...),
  whose canonical names are those of ``eval/GUIDE.md``;
- **templates** for country-dependent actors (``Military Forces of {country}``,
  ``Police Forces of {country}``, ``Civilians ({country})``, ``Unidentified Armed Group
  ({country})``, ``Protesters ({country})``, ``Rioters ({country})``). Their words may bind
  a country ("FAMa", "l'armée malienne", "Nigerien soldiers", "الجيش المالي", "Mali's
  army"); otherwise :meth:`ActorRegistry.resolve` fills them with the event's country.

Choices made here:

- the country is written with its English name (pycountry, with ACLED's short names for a
  few: Russia, Ivory Coast, ...);
- with no country at all, a template resolves to its ``without_country`` name:
  ``Unidentified Military Forces``, ``Unidentified Police Forces``, ``Civilians
  (International)``, ``Unidentified Armed Group (International)``, ``Protesters
  (International)``, ``Rioters (International)``;
- a generic name stands for the regional branch active in the event's country
  ("Islamic State" in Niger → ``Islamic State (Sahel)``, in Nigeria → ``Islamic State West
  Africa Province``; "al-Qaeda" in Mali → ``JNIM``), as an ACLED coder would code it;
- an alias declared ambiguous (``bandits``: ``Bandits (Nigeria)`` or unidentified gunmen)
  keeps every reading; resolve picks the one active in the event's country;
- a single-word alias with two or more capitals is an acronym and must appear with those
  capitals (``FACT`` is not "fact", ``FAN`` is not "fan"), and not inside an all-capitals
  line; a guarded alias (``Wagner``) counts only with one of its context words in the text.

Errors (base class :class:`ActorRegistryError`, a :class:`~sahelwatch.errors.SahelWatchError`)::

    ActorRegistryError
    ├── InvalidActorFile     a registry file cannot be read or breaks the schema
    ├── AliasConflict        one alias names two entries without being declared ambiguous
    └── UnknownActor         a name is neither a registered actor nor a filled template
"""

from __future__ import annotations

from sahelwatch.errors import SahelWatchError, UnknownCountry

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycountry

from sahelwatch.taxonomy import ACTOR_TYPES, LANGUAGES
from sahelwatch.text.normalise import NormText, fold
from sahelwatch.text.phrases import PhraseMatcher

AFFILIATIONS = ("AQ", "IS", "state", "none")  # state: a pro-government militia (VDP, CJTF, Dozo ...)
STATE_FORCES = 1
EXTERNAL_FORCES = 8

# ACLED's short English names where pycountry's official ones differ
_COUNTRY_NAMES = {
    "CI": "Ivory Coast", "RU": "Russia", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
    "TZ": "Tanzania", "SY": "Syria", "IR": "Iran", "KR": "South Korea", "GB": "United Kingdom",
    "EH": "Western Sahara", "US": "United States",
}

# words allowed between a template's words and the nationality words that bind it
_FILLERS = {
    "fr": ["nationale", "nationales", "national", "nationaux", "armée", "armées", "régulière", "régulières",
           "de", "du", "des", "la", "le", "l", "'", "-"],
    "en": ["the", "of", "'", "s", "government", "national", "armed", "security", "regular", "federal", "-"],
    "ar": ["الوطني", "الوطنية", "المسلحة", "النظامي", "النظامية", "الحكومي", "الحكومية", "الخاصة",
           "العامة", "الأمنية", "من", "-"],
}
_MAX_GAP = 3
_TOKEN = re.compile(r"\w+|[^\w\s]")
_SENTENCE_END = re.compile(r"[.!?\n]")


class ActorRegistryError(SahelWatchError):
    """Base of the errors raised by the actor registry."""


class InvalidActorFile(ActorRegistryError):
    def __init__(self, path: object, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"actor registry {path}: {reason}")


class AliasConflict(ActorRegistryError):
    def __init__(self, alias: str, entries: Sequence[str]) -> None:
        self.alias = alias
        self.entries = tuple(entries)
        super().__init__(
            f"alias {alias!r} names {', '.join(self.entries)}; "
            "declare it in [ambiguous] aliases if both readings are meant"
        )


class UnknownActor(ActorRegistryError):
    def __init__(self, name: str, known: Iterable[str]) -> None:
        self.name = name
        self.known = tuple(known)
        super().__init__(f"unknown actor {name!r}; known: {', '.join(self.known)}")


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor: a registered group, or a template filled with a country."""

    name: str
    type: int
    affiliation: str = "none"
    countries: tuple[str, ...] = ()
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    country: str | None = None
    template: str | None = None

    def aliases_in(self, lang: str) -> tuple[str, ...]:
        return dict(self.aliases).get(lang, ())


@dataclass(frozen=True, slots=True)
class ActorTemplate:
    """A country-dependent actor: ``name`` holds ``{country}``."""

    name: str
    type: int
    without_country: str
    aliases: tuple[tuple[str, tuple[str, ...]], ...]
    bound: tuple[tuple[str, tuple[str, ...]], ...]

    def aliases_in(self, lang: str) -> tuple[str, ...]:
        return dict(self.aliases).get(lang, ())

    def fill(self, country: str | None) -> str:
        """The canonical name for ``country`` (ISO code), or ``without_country`` for None."""
        return self.name.format(country=country_name(country)) if country else self.without_country


@dataclass(frozen=True, slots=True)
class ActorMention:
    """Words in a text that name an actor.

    ``start``/``end`` are offsets in the original text; ``name`` is the canonical name, or
    the template's name with ``{country}`` when ``is_template``; ``country`` is the ISO code
    the words themselves give, if any; ``readings`` lists every entry an ambiguous alias
    can name, ``name`` first.
    """

    start: int
    end: int
    text: str
    name: str
    type: int
    country: str | None
    is_template: bool
    readings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Entry:
    """What an alias stands for, as a matcher payload."""

    kind: str  # "actor" | "template" | "nationality"
    name: str
    country: str | None = None
    acronym: str | None = None  # the alias as written, when its capitals must match
    guarded: bool = False


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int  # in the folded text
    end: int
    entries: tuple[_Entry, ...]
    country: str | None = None


def country_name(code: str) -> str:
    """The English name of an ISO 3166-1 alpha-2 country, as ACLED writes it."""
    if code in _COUNTRY_NAMES:
        return _COUNTRY_NAMES[code]
    country = pycountry.countries.get(alpha_2=str(code).upper()) if code else None
    if country is None or len(str(code)) != 2:
        raise UnknownCountry(code)
    return getattr(country, "common_name", None) or country.name


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    return {country_name(c.alpha_2): c.alpha_2 for c in pycountry.countries}


def alias_key(alias: str) -> str:
    """The form an alias is matched in: folded, single spaces (as PhraseMatcher keys it)."""
    return " ".join(fold(alias).split())


def _is_acronym(alias: str) -> bool:
    return " " not in alias and sum(c.isupper() for c in alias) >= 2


# ---------------------------------------------------------------- reading and merging files


def _read(path: Path | str) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InvalidActorFile(path, str(exc)) from None


def _default_data() -> dict:
    source = resources.files("sahelwatch").joinpath("data/actors.toml")
    with resources.as_file(source) as path:
        return _read(path)


_LIST_FIELDS = ("ar", "fr", "en", "countries", "guarded", "context")


def _extend(old: dict, new: dict) -> dict:
    merged = {**old, **{k: v for k, v in new.items() if k not in _LIST_FIELDS}}
    for field in _LIST_FIELDS:
        merged[field] = [*old.get(field, []), *(x for x in new.get(field, []) if x not in old.get(field, []))]
    merged["regional"] = {**old.get("regional", {}), **new.get("regional", {})}
    merged["bound"] = _merge_lists(old.get("bound", {}), new.get("bound", {}))
    merged.pop("replace", None)
    return merged


def _merge_lists(old: dict, new: dict) -> dict:
    merged = {key: list(values) for key, values in old.items()}
    for key, values in new.items():
        merged.setdefault(key, [])
        merged[key] += [v for v in values if v not in merged[key]]
    return merged


def _merge_entries(old: list[dict], new: list[dict]) -> list[dict]:
    by_name = {entry.get("name"): dict(entry) for entry in old}
    for entry in new:
        name = entry.get("name")
        if name in by_name and not entry.get("replace"):
            by_name[name] = _extend(by_name[name], entry)
        else:
            by_name[name] = {k: v for k, v in entry.items() if k != "replace"}
    return list(by_name.values())


def merge_files(base: dict, extra: dict) -> dict:
    """The registry data of ``base`` extended (or replaced entry by entry) by ``extra``."""
    nationality = {
        code: _merge_lists(base.get("nationality", {}).get(code, {}), words)
        for code, words in extra.get("nationality", {}).items()
    }
    ambiguous = base.get("ambiguous", {}).get("aliases", []) + extra.get("ambiguous", {}).get("aliases", [])
    return {
        "actor": _merge_entries(base.get("actor", []), extra.get("actor", [])),
        "template": _merge_entries(base.get("template", []), extra.get("template", [])),
        "nationality": {**base.get("nationality", {}), **nationality},
        "ambiguous": {"aliases": ambiguous},
    }


# ---------------------------------------------------------------- building records


def _check_country(path: object, where: str, code: str) -> str:
    try:
        country_name(code)
    except UnknownCountry:
        raise InvalidActorFile(path, f"{where}: unknown country code {code!r}") from None
    return code


def _aliases(path: object, entry: dict) -> tuple[tuple[str, tuple[str, ...]], ...]:
    for lang in LANGUAGES:
        words = entry.get(lang, [])
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise InvalidActorFile(path, f"{entry.get('name')!r}: {lang} must be a list of non-empty strings")
    return tuple((lang, tuple(entry.get(lang, []))) for lang in LANGUAGES)


def _actor_type(path: object, entry: dict) -> int:
    code = entry.get("type")
    if code not in ACTOR_TYPES:
        raise InvalidActorFile(path, f"{entry.get('name')!r}: type {code!r} is not an ACLED inter code 1-8")
    return code


def _build_actor(path: object, entry: dict) -> Actor:
    name = entry.get("name")
    if not isinstance(name, str) or not name:
        raise InvalidActorFile(path, f"an [[actor]] has no name: {entry}")
    affiliation = entry.get("affiliation", "none")
    if affiliation not in AFFILIATIONS:
        raise InvalidActorFile(path, f"{name!r}: affiliation {affiliation!r}; known: {', '.join(AFFILIATIONS)}")
    countries = tuple(_check_country(path, name, c) for c in entry.get("countries", []))
    return Actor(name, _actor_type(path, entry), affiliation, countries, _aliases(path, entry))


def _build_template(path: object, entry: dict) -> ActorTemplate:
    name = entry.get("name", "")
    if "{country}" not in name or "without_country" not in entry:
        raise InvalidActorFile(path, f"template {name!r} needs {{country}} in its name and a without_country name")
    bound = tuple(
        (_check_country(path, name, code), tuple(words)) for code, words in entry.get("bound", {}).items()
    )
    return ActorTemplate(name, _actor_type(path, entry), entry["without_country"], _aliases(path, entry), bound)


# ---------------------------------------------------------------- the registry


class ActorRegistry:
    """Canonical actors and templates, with matchers for their aliases in each language."""

    def __init__(self, data: dict, source: object = "actors.toml") -> None:
        self.source = source
        self.actors = {a.name: a for a in (_build_actor(source, e) for e in data.get("actor", []))}
        self.templates = {t.name: t for t in (_build_template(source, e) for e in data.get("template", []))}
        self._entries = data.get("actor", [])
        self._regional = {e["name"]: dict(e.get("regional", {})) for e in self._entries}
        self._context = {e["name"]: tuple(e.get("context", [])) for e in self._entries if e.get("guarded")}
        self._guarded = {e["name"]: {alias_key(g) for g in e.get("guarded", [])} for e in self._entries}
        self.nationality = {
            _check_country(source, "nationality", code): {lang: tuple(words.get(lang, [])) for lang in LANGUAGES}
            for code, words in data.get("nationality", {}).items()
        }
        self.ambiguous = frozenset(alias_key(a) for a in data.get("ambiguous", {}).get("aliases", []))
        self._check_regional()
        self._check_conflicts()
        self._matchers: dict[str, tuple[PhraseMatcher, PhraseMatcher]] = {}
        self._context_matcher = PhraseMatcher(
            (word, name) for name, words in self._context.items() for word in words
        )

    @classmethod
    def load(cls, extra: Sequence[Path | str] = ()) -> ActorRegistry:
        """The shipped registry, extended by user files (cached when there are none)."""
        if not extra:
            return _default_registry()
        data = _default_data()
        for path in extra:
            data = merge_files(data, _read(path))
        return cls(data, source=", ".join(str(p) for p in extra))

    # -- integrity

    def _check_regional(self) -> None:
        for name, regional in self._regional.items():
            for code, target in regional.items():
                _check_country(self.source, name, code)
                if target not in self.actors:
                    raise InvalidActorFile(self.source, f"{name!r}: regional actor {target!r} is not registered")

    def alias_owners(self) -> dict[str, set[str]]:
        """Each folded alias and the entries it names (a bound alias names 'template@ISO')."""
        owners: dict[str, set[str]] = {}
        for entry, alias in self._all_aliases():
            owners.setdefault(alias_key(alias), set()).add(entry)
        return owners

    def _all_aliases(self) -> Iterable[tuple[str, str]]:
        for actor in self.actors.values():
            for _lang, words in actor.aliases:
                yield from ((actor.name, w) for w in words)
        for template in self.templates.values():
            for _lang, words in template.aliases:
                yield from ((template.name, w) for w in words)
            for code, words in template.bound:
                yield from ((f"{template.name}@{code}", w) for w in words)

    def _check_conflicts(self) -> None:
        for alias, owners in self.alias_owners().items():
            if len(owners) > 1 and alias not in self.ambiguous:
                raise AliasConflict(alias, sorted(owners))

    # -- matching

    def _matcher(self, lang: str) -> tuple[PhraseMatcher, PhraseMatcher]:
        key = lang if lang in LANGUAGES else "*"
        if key not in self._matchers:
            self._matchers[key] = (self._alias_matcher(key), self._nationality_matcher(key))
        return self._matchers[key]

    def _alias_matcher(self, lang: str) -> PhraseMatcher:
        matcher = PhraseMatcher()
        for actor in self.actors.values():
            for _lang, words in actor.aliases:
                for word in words:
                    guarded = alias_key(word) in self._guarded.get(actor.name, ())
                    matcher.add(word, _entry("actor", actor.name, None, word, guarded))
        for template in self.templates.values():
            for word_lang, words in template.aliases:
                if lang in (word_lang, "*"):
                    for word in words:
                        matcher.add(word, _entry("template", template.name, None, word))
            for code, words in template.bound:
                for word in words:
                    matcher.add(word, _entry("template", template.name, code, word))
        return matcher

    def _nationality_matcher(self, lang: str) -> PhraseMatcher:
        matcher = PhraseMatcher()
        for code, words in self.nationality.items():
            for word_lang, forms in words.items():
                if lang in (word_lang, "*"):
                    for form in forms:
                        matcher.add(form, _entry("nationality", code, code, form))
        return matcher

    def find_actors(self, norm: NormText, lang: str) -> list[ActorMention]:
        """Every actor named in ``norm``, in text order.

        ``lang`` ("ar", "fr", "en") chooses which generic words (soldiers, civils, مسلحون)
        and nationality words are looked for; names of groups are found in every
        language. Another value looks for the words of all three languages.
        """
        aliases, nationalities = self._matcher(lang)
        hits = [h for h in (self._accept(norm, m) for m in aliases.find(norm)) if h is not None]
        hits = self._drop_unguarded(norm, hits)
        binders = [h for h in (self._accept(norm, m) for m in nationalities.find(norm)) if h is not None]
        hits = [self._bind(norm.text, hit, binders, lang) for hit in hits]
        return [self._mention(norm, hit) for hit in _merge_neighbours(norm.text, hits, lang)]

    def _accept(self, norm: NormText, match) -> _Hit | None:
        entries = tuple(
            e for e in match.payloads if e.acronym is None or _capitals_match(norm.original, match, e.acronym)
        )
        return _Hit(match.start, match.end, _unique(entries)) if entries else None

    def _drop_unguarded(self, norm: NormText, hits: list[_Hit]) -> list[_Hit]:
        if not any(e.guarded for hit in hits for e in hit.entries):
            return hits
        present = {name for match in self._context_matcher.find(norm) for name in match.payloads}
        kept = []
        for hit in hits:
            entries = tuple(e for e in hit.entries if not e.guarded or e.name in present)
            if entries:
                kept.append(replace(hit, entries=entries))
        return kept

    def _bind(self, text: str, hit: _Hit, binders: list[_Hit], lang: str) -> _Hit:
        """Give a template hit the country its own words or the nationality words next to it name."""
        templates = [e for e in hit.entries if e.kind == "template"]
        if not templates:
            return hit
        if templates[0].country:
            return replace(hit, country=templates[0].country)
        binder = _following(text, hit, binders, lang)
        if binder is None and lang in ("en", "*"):
            binder = _preceding(text, hit, binders, lang)
        if binder is None:
            return hit
        start, end = min(hit.start, binder.start), max(hit.end, binder.end)
        return replace(hit, start=start, end=end, country=binder.entries[0].country)

    def _mention(self, norm: NormText, hit: _Hit) -> ActorMention:
        start, end = norm.span(hit.start, hit.end)
        head = hit.entries[0]
        readings = tuple(e.name for e in hit.entries) if len(hit.entries) > 1 else ()
        if head.kind == "template":
            template = self.templates[head.name]
            return ActorMention(start, end, norm.original[start:end], template.name, template.type,
                                hit.country, True, readings)
        actor = self.actors[head.name]
        return ActorMention(start, end, norm.original[start:end], actor.name, actor.type, hit.country, False, readings)

    # -- names

    def is_generic(self, name: str) -> bool:
        """A global group that stands for its regional branches (al-Qaeda, the Islamic State)."""
        return bool(self._regional.get(name))

    def resolve(self, mention: ActorMention, country: str | None) -> str:
        """The canonical name of a mention in an event that happened in ``country`` (ISO code).

        A country the words give wins over the event's; an ambiguous alias takes the
        reading active in the country; a generic group name takes its regional branch.
        """
        if country is not None:
            country_name(country)
        readings = mention.readings or (mention.name,)
        if mention.is_template and not mention.readings:
            return self.templates[mention.name].fill(mention.country or country)
        named = [r for r in readings if r in self.actors]
        local = [r for r in named if country in self.actors[r].countries]
        if local:
            return local[0]
        templates = [r for r in readings if r in self.templates]
        if templates:
            return self.templates[templates[0]].fill(mention.country or country)
        return self._regional.get(named[0], {}).get(country, named[0])

    def actor(self, name: str) -> Actor:
        """The actor with canonical ``name``: registered, or a template filled with a country."""
        if name in self.actors:
            return self.actors[name]
        for template in self.templates.values():
            if name == template.without_country:
                return Actor(name, template.type, template=template.name)
            country = _country_in(template.name, name)
            if country:
                return Actor(name, template.type, countries=(country,), country=country, template=template.name)
        raise UnknownActor(name, [*self.actors, *self.templates])

    def inter(self, name: str, event_country: str | None = None) -> int:
        """ACLED inter code of an actor in an event: state forces abroad are external forces."""
        actor = self.actor(name)
        if actor.type == STATE_FORCES and actor.country and event_country and actor.country != event_country:
            return EXTERNAL_FORCES
        return actor.type


@lru_cache(maxsize=1)
def _default_registry() -> ActorRegistry:
    return ActorRegistry(_default_data(), source="sahelwatch/data/actors.toml")


def _entry(kind: str, name: str, country: str | None, word: str, guarded: bool = False) -> _Entry:
    return _Entry(kind, name, country, word if _is_acronym(word) else None, guarded)


def _unique(entries: tuple[_Entry, ...]) -> tuple[_Entry, ...]:
    """One entry per reading; a reading is guarded only if every alias giving it is."""
    seen: dict[tuple, _Entry] = {}
    for e in entries:
        key = (e.kind, e.name, e.country)
        guarded = e.guarded and seen.get(key, e).guarded
        seen[key] = replace(e, acronym=None, guarded=guarded)
    return tuple(seen.values())


def _country_in(pattern: str, name: str) -> str | None:
    prefix, _, suffix = pattern.partition("{country}")
    if not (name.startswith(prefix) and name.endswith(suffix)) or len(name) <= len(prefix) + len(suffix):
        return None
    return _country_codes().get(name[len(prefix):len(name) - len(suffix)])


def _capitals_match(original: str, match, acronym: str) -> bool:
    """True when the original words carry the acronym's capitals and are not a shouted line."""
    written = original[match.text_start:match.text_end]
    if len(written) == len(acronym):
        ok = all(w.isupper() for w, a in zip(written, acronym) if a.isupper())
    else:
        ok = not any(c.islower() for c in written)
    return ok and not _shouted(original, match.text_start, match.text_end)


def _shouted(original: str, start: int, end: int) -> bool:
    """True inside an all-capitals headline or sentence, where capitals say nothing."""
    before = _SENTENCE_END.split(original[max(0, start - 60):start])[-1]
    after = _SENTENCE_END.split(original[end:end + 60])[0]
    letters = [c for c in before + after if c.isalpha() and c.isascii()]
    return len(letters) >= 3 and not any(c.islower() for c in letters)


@lru_cache(maxsize=None)
def _fillers(lang: str) -> frozenset[str]:
    langs = LANGUAGES if lang not in LANGUAGES else (lang,)
    return frozenset(fold(word) for code in langs for word in _FILLERS[code])


def _only_fillers(gap: str, lang: str) -> bool:
    tokens = _TOKEN.findall(gap)
    words = [t for t in tokens if t not in ("'", "-")]
    return len(words) <= _MAX_GAP and all(t in _fillers(lang) for t in tokens)


def _following(text: str, hit: _Hit, binders: list[_Hit], lang: str) -> _Hit | None:
    after = [b for b in binders if b.start >= hit.end]
    if not after:
        return None
    first = min(after, key=lambda b: b.start)
    return first if _only_fillers(text[hit.end:first.start], lang) else None


def _preceding(text: str, hit: _Hit, binders: list[_Hit], lang: str) -> _Hit | None:
    before = [b for b in binders if b.end <= hit.start]
    if not before:
        return None
    last = max(before, key=lambda b: b.end)
    return last if _only_fillers(text[last.end:hit.start], lang) else None


def _merge_neighbours(text: str, hits: list[_Hit], lang: str) -> list[_Hit]:
    """Join the words of one force ("soldats de l'armée malienne") into one mention."""
    merged: list[_Hit] = []
    for hit in hits:
        last = merged[-1] if merged else None
        if last is not None and _same_force(last, hit) and _only_fillers(text[last.end:hit.start], lang):
            merged[-1] = _Hit(last.start, hit.end, last.entries, last.country or hit.country)
        else:
            merged.append(hit)
    return merged


def _same_force(a: _Hit, b: _Hit) -> bool:
    ea, eb = a.entries[0], b.entries[0]
    return (
        len(a.entries) == len(b.entries) == 1
        and ea.kind == eb.kind == "template"
        and ea.name == eb.name
        and (a.country is None or b.country is None or a.country == b.country)
    )
