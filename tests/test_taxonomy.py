"""The taxonomy is complete, ordered by ACLED precedence, labelled in three languages, and strict."""

import re

import pytest

from sahelwatch import taxonomy as t

ACLED_ORDER = {
    "Battles": ["Government regains territory", "Non-state actor overtakes territory", "Armed clash"],
    "Protests": ["Excessive force against protesters", "Protest with intervention", "Peaceful protest"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Explosions/Remote violence": [
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Strategic developments": [
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ],
}
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")


def test_six_event_types_and_twenty_five_sub_types_in_precedence_order():
    assert list(t.EVENT_TYPES) == list(ACLED_ORDER)
    assert list(t.SUB_EVENT_TYPES) == [sub for subs in ACLED_ORDER.values() for sub in subs]
    assert len(t.EVENT_TYPES) == 6 and len(t.SUB_EVENT_TYPES) == 25
    for etype, subs in ACLED_ORDER.items():
        assert [s.name for s in t.SUB_EVENT_TYPES.values() if s.event_type == etype] == subs


def test_matches_the_reference_table(shared_dir):
    reference = (shared_dir / "REFERENCE.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| ([A-Z][^|]+?) \| ([^|]+;[^|]+) \|$", reference, flags=re.M)
    table = {etype: [s.strip() for s in subs.split(";")] for etype, subs in rows}
    assert table == ACLED_ORDER


def test_precedence_ranks_follow_the_order():
    ranks = [t.precedence(name) for name in t.SUB_EVENT_TYPES]
    assert ranks == list(range(25))
    assert [t.precedence(name) for name in t.EVENT_TYPES] == list(range(6))
    assert t.precedence("Armed clash") < t.precedence("Air/drone strike") < t.precedence("Attack")


@pytest.mark.parametrize("fits, coded", [
    (["Air/drone strike", "Armed clash"], "Armed clash"),
    (["Remote explosive/landmine/IED", "Armed clash"], "Armed clash"),
    (["Shelling/artillery/missile attack", "Air/drone strike"], "Air/drone strike"),
    (["Abduction/forced disappearance", "Attack"], "Attack"),
])
def test_first_by_precedence_applies_acleds_rules(fits, coded):
    assert t.first_by_precedence(fits).name == coded


def test_sub_types_know_their_event_type_and_disorder_type():
    assert t.event_type_of("Suicide bomb").name == "Explosions/Remote violence"
    assert t.event_type_of(t.sub_event_type("Arrests")).name == "Strategic developments"
    assert t.sub_event_type("Peaceful protest").disorder_type == "Demonstrations"
    assert t.sub_event_type("Mob violence").disorder_type == "Demonstrations"
    assert t.sub_event_type("Attack").disorder_type == "Political violence"
    assert t.sub_event_type("Other").disorder_type == "Strategic developments"
    for sub in t.SUB_EVENT_TYPES.values():
        assert sub.disorder_type == t.EVENT_TYPES[sub.event_type].disorder_type in t.DISORDER_TYPES


def test_every_item_has_labels_in_three_languages():
    items = t.all_items()
    assert len(items) == 3 + 6 + 25 + 12 + 8 + 3 + 3
    for item in items:
        for lang in ("ar", "fr", "en"):
            assert t.label(item, lang).strip()
        assert ARABIC_LETTER.search(item.labels.ar), item
        assert not ARABIC_LETTER.search(item.labels.fr + item.labels.en), item


def test_labels_by_name():
    assert t.label("Armed clash", "fr") == "Affrontement armé"
    assert t.label("Armed clash", "en") == "Armed clash"
    assert t.label("ied", "ar") == "عبوة ناسفة"
    assert t.label(t.actor_type(7), "fr") == "Civils"
    assert t.label(t.geo_precision(2), "en") == "Near a town / district"


CT_TAGS = {
    "suicide_attack": ("Explosions/Remote violence", "Suicide bomb"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "kidnapping": ("Violence against civilians", "Abduction/forced disappearance"),
    "hostage_release": ("Strategic developments", "Other"),
    "drone_strike": ("Explosions/Remote violence", "Air/drone strike"),
    "air_strike": ("Explosions/Remote violence", "Air/drone strike"),
    "ambush": ("Battles", "Armed clash"),
    "cell_dismantled": ("Strategic developments", "Arrests"),
    "arrest": ("Strategic developments", "Arrests"),
    "plot_foiled": ("Strategic developments", "Disrupted weapons use"),
    "weapons_seizure": ("Strategic developments", "Disrupted weapons use"),
    "threat_warning": ("Strategic developments", "Other"),
}


def test_ct_tags_map_to_a_valid_acled_coding():
    assert {name: (tag.event_type, tag.sub_event_type) for name, tag in t.CT_TAGS.items()} == CT_TAGS
    for name, (etype, sub) in CT_TAGS.items():
        assert t.ct_default(name) is t.check_pair(etype, sub)


def test_actor_types_and_precisions():
    assert list(t.ACTOR_TYPES) == list(range(1, 9))
    assert t.actor_type(1).name == "State forces" and t.actor_type(8).name == "External/Other forces"
    assert [p.name for p in t.GEO_PRECISION.values()] == ["Town", "Near town / district", "Admin1"]
    assert [p.name for p in t.DATE_PRECISION.values()] == ["Day", "Week", "Month"]


def test_unknown_sub_type_names_the_valid_choices():
    with pytest.raises(t.UnknownTaxonomyItem) as caught:
        t.sub_event_type("Armed clashes")
    message = str(caught.value)
    assert message.startswith("unknown sub-event type 'Armed clashes'; known: Government regains territory, ")
    assert "Armed clash," in message and caught.value.known == tuple(t.SUB_EVENT_TYPES)
    assert isinstance(caught.value, t.TaxonomyError)


@pytest.mark.parametrize("call, arg", [
    (t.event_type, "Battle"), (t.ct_tag, "suicide"), (t.actor_type, 9), (t.geo_precision, 4),
    (t.date_precision, 0), (t.precedence, "Clash"), (t.event_type_of, "Attacks"),
])
def test_every_lookup_is_strict(call, arg):
    with pytest.raises(t.UnknownTaxonomyItem):
        call(arg)


def test_mismatched_pair_and_unknown_language():
    with pytest.raises(t.UnknownTaxonomyItem, match="known: Government regains territory"):
        t.check_pair("Battles", "Attack")
    with pytest.raises(t.UnknownLanguage, match="known: ar, fr, en"):
        t.label("Attack", "de")


def test_records_are_frozen():
    with pytest.raises(AttributeError):
        t.sub_event_type("Attack").rank = 0
