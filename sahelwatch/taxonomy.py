"""The event taxonomy of Sahel Watch: one source of truth for every code an event carries.

ACLED's 6 event types and 25 sub-event types (in ACLED's order of precedence), their
disorder types, the counter-terrorism tags Sahel Watch adds and the ACLED coding each maps
to when it is all that is known, the ACLED actor types (inter codes 1-8), and the geo and
date precision codes. Every item has a label in Arabic, French and English.

ACLED's precedence rules that matter most when coding (see ``shared/REFERENCE.md``):

- Types and sub-types are listed in order of precedence: when one event fits several,
  code the first. An air strike inside a ground battle is one Battles event; an explosive
  attack followed by an assault or an exchange of fire is Battles / Armed clash; shelling
  together with an air strike is Air/drone strike; an abduction followed by a killing is
  Violence against civilians / Attack.
- Armed groups attacking soldiers or police is Battles / Armed clash (two armed sides);
  attacks on unarmed people are Violence against civilians (the victims are actor 2).
- Arrests by state forces through the normal process (including dismantled cells) are
  Strategic developments / Arrests; detention by non-state groups or extrajudicial state
  detention is Abduction/forced disappearance.
- Disrupted weapons use: a prevented explosive attack, a defused device, an accidental
  detonation by those who planted it, an interception, a seizure of a significant cache.
- Suicide bomb counts the bomber among the dead; a car bomb driven by a suicide attacker
  is a Suicide bomb.
- Events are days (a five-day campaign is five events) and need a place at admin1 level
  at least.

Disorder types follow the event type (Battles, Explosions/Remote violence and Violence
against civilians: Political violence; Protests and Riots: Demonstrations; Strategic
developments: Strategic developments). ACLED's compound "Political violence;
Demonstrations" is not modelled.

Errors (base class :class:`TaxonomyError`, a :class:`~sahelwatch.errors.SahelWatchError`)::

    TaxonomyError
    └── UnknownTaxonomyItem        a name or code is not one of the known choices

A label asked for in a language other than ar, fr, en raises :class:`sahelwatch.errors.UnknownLanguage`.
"""

from __future__ import annotations

from sahelwatch.errors import SahelWatchError, UnknownLanguage  # noqa: F401  (re-exported)

from collections.abc import Iterable
from dataclasses import dataclass

LANGUAGES = ("ar", "fr", "en")


class TaxonomyError(SahelWatchError):
    """Base of the errors raised by the taxonomy."""


class UnknownTaxonomyItem(TaxonomyError):
    """A name or code is not one of the known choices; ``known`` lists them."""

    def __init__(self, kind: str, name: object, known: Iterable[object]) -> None:
        self.kind = kind
        self.name = name
        self.known = tuple(known)
        choices = ", ".join(str(k) for k in self.known)
        super().__init__(f"unknown {kind} {name!r}; known: {choices}")


@dataclass(frozen=True, slots=True)
class Labels:
    """The name of an item in Arabic, French and English."""

    ar: str
    fr: str
    en: str

    def __getitem__(self, lang: str) -> str:
        if lang not in LANGUAGES:
            raise UnknownLanguage(lang)
        return getattr(self, lang)


@dataclass(frozen=True, slots=True)
class DisorderType:
    name: str
    labels: Labels


@dataclass(frozen=True, slots=True)
class EventType:
    """An ACLED event type; ``rank`` is its place in ACLED's order of precedence (0 first)."""

    name: str
    disorder_type: str
    rank: int
    labels: Labels


@dataclass(frozen=True, slots=True)
class SubEventType:
    """An ACLED sub-event type; ``rank`` is its place among all 25 (0 first)."""

    name: str
    event_type: str
    disorder_type: str
    rank: int
    labels: Labels


@dataclass(frozen=True, slots=True)
class CtTag:
    """A counter-terrorism tag and the ACLED coding it maps to when it is all that is known."""

    name: str
    event_type: str
    sub_event_type: str
    labels: Labels


@dataclass(frozen=True, slots=True)
class ActorType:
    """An ACLED actor type (inter code)."""

    code: int
    name: str
    labels: Labels


@dataclass(frozen=True, slots=True)
class Precision:
    """A geo or date precision code."""

    kind: str
    code: int
    name: str
    labels: Labels


POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC = "Strategic developments"

DISORDER_TYPES: dict[str, DisorderType] = {
    d.name: d
    for d in (
        DisorderType(POLITICAL_VIOLENCE, Labels("عنف سياسي", "Violence politique", POLITICAL_VIOLENCE)),
        DisorderType(DEMONSTRATIONS, Labels("مظاهرات", "Manifestations et émeutes", DEMONSTRATIONS)),
        DisorderType(STRATEGIC, Labels("تطورات استراتيجية", "Développements stratégiques", STRATEGIC)),
    )
}

# (event type, disorder type, labels, [(sub-event type, ar, fr)]) in ACLED's order of precedence
_ACLED = (
    ("Battles", POLITICAL_VIOLENCE, Labels("معارك", "Batailles", "Battles"), (
        ("Government regains territory", "استعادة الحكومة السيطرة على أراضٍ",
         "Le gouvernement reprend un territoire"),
        ("Non-state actor overtakes territory", "سيطرة جهة غير حكومية على أراضٍ",
         "Un acteur non étatique prend un territoire"),
        ("Armed clash", "اشتباك مسلح", "Affrontement armé"),
    )),
    ("Protests", DEMONSTRATIONS, Labels("احتجاجات", "Manifestations", "Protests"), (
        ("Excessive force against protesters", "استخدام القوة المفرطة ضد المحتجين",
         "Usage excessif de la force contre des manifestants"),
        ("Protest with intervention", "احتجاج مع تدخل", "Manifestation avec intervention"),
        ("Peaceful protest", "احتجاج سلمي", "Manifestation pacifique"),
    )),
    ("Riots", DEMONSTRATIONS, Labels("أعمال شغب", "Émeutes", "Riots"), (
        ("Violent demonstration", "مظاهرة عنيفة", "Manifestation violente"),
        ("Mob violence", "عنف الحشود", "Violence de foule"),
    )),
    ("Explosions/Remote violence", POLITICAL_VIOLENCE,
     Labels("تفجيرات/عنف عن بعد", "Explosions/Violence à distance", "Explosions/Remote violence"), (
        ("Chemical weapon", "سلاح كيميائي", "Arme chimique"),
        ("Air/drone strike", "غارة جوية/بطائرة مسيّرة", "Frappe aérienne/de drone"),
        ("Suicide bomb", "تفجير انتحاري", "Attentat-suicide"),
        ("Shelling/artillery/missile attack", "قصف مدفعي/صاروخي",
         "Bombardement/tir d'artillerie/de missile"),
        ("Remote explosive/landmine/IED", "عبوة ناسفة/لغم أرضي/تفجير عن بعد",
         "Explosif à distance/mine/EEI"),
        ("Grenade", "قنبلة يدوية", "Grenade"),
    )),
    ("Violence against civilians", POLITICAL_VIOLENCE,
     Labels("عنف ضد المدنيين", "Violence contre des civils", "Violence against civilians"), (
        ("Sexual violence", "عنف جنسي", "Violence sexuelle"),
        ("Attack", "هجوم", "Attaque"),
        ("Abduction/forced disappearance", "اختطاف/إخفاء قسري", "Enlèvement/disparition forcée"),
    )),
    ("Strategic developments", STRATEGIC,
     Labels("تطورات استراتيجية", "Développements stratégiques", "Strategic developments"), (
        ("Agreement", "اتفاق", "Accord"),
        ("Arrests", "اعتقالات", "Arrestations"),
        ("Change to group/activity", "تغيير في الجماعة/النشاط", "Changement de groupe/d'activité"),
        ("Disrupted weapons use", "إحباط استخدام أسلحة", "Usage d'armes déjoué"),
        ("Headquarters or base established", "إنشاء مقر أو قاعدة",
         "Établissement d'un quartier général ou d'une base"),
        ("Looting/property destruction", "نهب/تدمير ممتلكات", "Pillage/destruction de biens"),
        ("Non-violent transfer of territory", "انتقال السيطرة على أراضٍ دون عنف",
         "Transfert non violent de territoire"),
        ("Other", "أخرى", "Autre"),
    )),
)

EVENT_TYPES: dict[str, EventType] = {
    name: EventType(name, disorder, rank, labels)
    for rank, (name, disorder, labels, _subs) in enumerate(_ACLED)
}

SUB_EVENT_TYPES: dict[str, SubEventType] = {
    sub.name: sub
    for sub in (
        SubEventType(name, etype, disorder, rank, Labels(ar, fr, name))
        for rank, (etype, disorder, name, ar, fr) in enumerate(
            (etype, disorder, name, ar, fr)
            for etype, disorder, _labels, subs in _ACLED
            for name, ar, fr in subs
        )
    )
}

_ERV = "Explosions/Remote violence"
_VAC = "Violence against civilians"
_SD = "Strategic developments"

CT_TAGS: dict[str, CtTag] = {
    tag.name: tag
    for tag in (
        CtTag("suicide_attack", _ERV, "Suicide bomb",
              Labels("هجوم انتحاري", "Attentat-suicide", "Suicide attack")),
        CtTag("ied", _ERV, "Remote explosive/landmine/IED",
              Labels("عبوة ناسفة", "Engin explosif improvisé (EEI)", "Improvised explosive device (IED)")),
        CtTag("kidnapping", _VAC, "Abduction/forced disappearance",
              Labels("اختطاف", "Enlèvement", "Kidnapping")),
        CtTag("hostage_release", _SD, "Other",
              Labels("إطلاق سراح رهائن", "Libération d'otages", "Hostage release")),
        CtTag("drone_strike", _ERV, "Air/drone strike",
              Labels("ضربة بطائرة مسيّرة", "Frappe de drone", "Drone strike")),
        CtTag("air_strike", _ERV, "Air/drone strike",
              Labels("غارة جوية", "Frappe aérienne", "Air strike")),
        CtTag("ambush", "Battles", "Armed clash",
              Labels("كمين", "Embuscade", "Ambush")),
        CtTag("cell_dismantled", _SD, "Arrests",
              Labels("تفكيك خلية", "Démantèlement de cellule", "Cell dismantled")),
        CtTag("arrest", _SD, "Arrests",
              Labels("اعتقال", "Arrestation", "Arrest")),
        CtTag("plot_foiled", _SD, "Disrupted weapons use",
              Labels("إحباط مخطط", "Projet d'attentat déjoué", "Plot foiled")),
        CtTag("weapons_seizure", _SD, "Disrupted weapons use",
              Labels("حجز أسلحة", "Saisie d'armes", "Weapons seizure")),
        CtTag("threat_warning", _SD, "Other",
              Labels("تحذير من تهديد", "Alerte à la menace", "Threat warning")),
    )
}

ACTOR_TYPES: dict[int, ActorType] = {
    t.code: t
    for t in (
        ActorType(1, "State forces", Labels("قوات حكومية", "Forces étatiques", "State forces")),
        ActorType(2, "Rebel group", Labels("جماعة متمردة", "Groupe rebelle", "Rebel group")),
        ActorType(3, "Political militia", Labels("ميليشيا سياسية", "Milice politique", "Political militia")),
        ActorType(4, "Identity militia", Labels("ميليشيا هوياتية", "Milice identitaire", "Identity militia")),
        ActorType(5, "Rioters", Labels("مثيرو شغب", "Émeutiers", "Rioters")),
        ActorType(6, "Protesters", Labels("متظاهرون", "Manifestants", "Protesters")),
        ActorType(7, "Civilians", Labels("مدنيون", "Civils", "Civilians")),
        ActorType(8, "External/Other forces",
                  Labels("قوات خارجية/أخرى", "Forces extérieures/autres", "External/Other forces")),
    )
}

GEO_PRECISION: dict[int, Precision] = {
    p.code: p
    for p in (
        Precision("geo", 1, "Town", Labels("البلدة المذكورة", "Localité nommée", "Named town")),
        Precision("geo", 2, "Near town / district",
                  Labels("قرب بلدة / ناحية", "Près d'une localité / district", "Near a town / district")),
        Precision("geo", 3, "Admin1", Labels("الإقليم فقط", "Région (admin1) seulement", "Region (admin1) only")),
    )
}

DATE_PRECISION: dict[int, Precision] = {
    p.code: p
    for p in (
        Precision("date", 1, "Day", Labels("اليوم", "Jour", "Day")),
        Precision("date", 2, "Week", Labels("الأسبوع", "Semaine", "Week")),
        Precision("date", 3, "Month", Labels("الشهر", "Mois", "Month")),
    )
}

Item = DisorderType | EventType | SubEventType | CtTag | ActorType | Precision


def _lookup(table: dict, kind: str, key: object):
    try:
        return table[key]
    except (KeyError, TypeError):
        raise UnknownTaxonomyItem(kind, key, table) from None


def event_type(name: str) -> EventType:
    """The event type spelled exactly ``name``."""
    return _lookup(EVENT_TYPES, "event type", name)


def sub_event_type(name: str) -> SubEventType:
    """The sub-event type spelled exactly ``name``."""
    return _lookup(SUB_EVENT_TYPES, "sub-event type", name)


def ct_tag(name: str) -> CtTag:
    """The counter-terrorism tag named ``name``."""
    return _lookup(CT_TAGS, "CT tag", name)


def actor_type(code: int) -> ActorType:
    """The ACLED actor type with inter code ``code``."""
    return _lookup(ACTOR_TYPES, "actor type", code)


def geo_precision(code: int) -> Precision:
    return _lookup(GEO_PRECISION, "geo precision", code)


def date_precision(code: int) -> Precision:
    return _lookup(DATE_PRECISION, "date precision", code)


def event_type_of(sub: str | SubEventType) -> EventType:
    """The event type a sub-event type belongs to."""
    sub = sub if isinstance(sub, SubEventType) else sub_event_type(sub)
    return EVENT_TYPES[sub.event_type]


def check_pair(event_type_name: str, sub_event_type_name: str) -> SubEventType:
    """The sub-event type, after checking it belongs to the event type given with it."""
    sub = sub_event_type(sub_event_type_name)
    event_type(event_type_name)
    if sub.event_type != event_type_name:
        siblings = [s.name for s in SUB_EVENT_TYPES.values() if s.event_type == event_type_name]
        raise UnknownTaxonomyItem(f"sub-event type of {event_type_name!r}", sub_event_type_name, siblings)
    return sub


def precedence(name: str | EventType | SubEventType) -> int:
    """Rank in ACLED's order of precedence (0 first) of an event type or sub-event type.

    Sub-event types are ranked among all 25, so ranks compare across event types.
    """
    if isinstance(name, (EventType, SubEventType)):
        return name.rank
    if name in EVENT_TYPES:
        return EVENT_TYPES[name].rank
    if name in SUB_EVENT_TYPES:
        return SUB_EVENT_TYPES[name].rank
    raise UnknownTaxonomyItem("event type or sub-event type", name, [*EVENT_TYPES, *SUB_EVENT_TYPES])


def first_by_precedence(names: Iterable[str]) -> SubEventType:
    """Of several sub-event types that fit one event, the one ACLED codes (highest precedence)."""
    subs = [sub_event_type(name) for name in names]
    if not subs:
        raise UnknownTaxonomyItem("sub-event type", None, SUB_EVENT_TYPES)
    return min(subs, key=lambda sub: sub.rank)


def ct_default(tag: str) -> SubEventType:
    """The ACLED sub-event type a CT tag maps to when it is the only thing known."""
    return sub_event_type(ct_tag(tag).sub_event_type)


_BY_NAME: dict[str, Item] = {
    **DISORDER_TYPES, **EVENT_TYPES, **SUB_EVENT_TYPES, **CT_TAGS,
}


def label(item: Item | str, lang: str) -> str:
    """The label of an item (a record, or the name of a type, sub-type, CT tag or disorder type).

    Names shared by an event type and a disorder type ("Strategic developments") give the
    event type's label; actor types and precisions are passed as records.
    """
    if isinstance(item, str):
        item = _lookup(_BY_NAME, "taxonomy item", item)
    return item.labels[lang]


def all_items() -> list[Item]:
    """Every record of the taxonomy (for completeness checks and translation tables)."""
    return [
        *DISORDER_TYPES.values(), *EVENT_TYPES.values(), *SUB_EVENT_TYPES.values(),
        *CT_TAGS.values(), *ACTOR_TYPES.values(), *GEO_PRECISION.values(), *DATE_PRECISION.values(),
    ]
