"""The actor registry: integrity, matching in three languages, country binding, resolution, user files."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from sahelwatch.extract.actors import (
    AFFILIATIONS, ActorRegistry, AliasConflict, InvalidActorFile, UnknownActor, UnknownCountry, alias_key,
)
from sahelwatch.taxonomy import ACTOR_TYPES
from sahelwatch.text.normalise import normalise
from tests.strategies import mixed_text

GUIDE = Path(__file__).resolve().parents[2] / "eval" / "GUIDE.md"
REGISTRY = ActorRegistry.load()


def find(text, lang):
    return REGISTRY.find_actors(normalise(text), lang)


def names(text, lang, country=None):
    return [REGISTRY.resolve(m, country) for m in find(text, lang)]


# ---------------------------------------------------------------- integrity


def _guide_names():
    section = GUIDE.read_text(encoding="utf-8").split("## Actor names", 1)[1].split("\n## ", 1)[0]
    named = section.split("Named groups:", 1)[1].split("- Roles:", 1)[0]
    return re.findall(r"`([^`]+)`", named), re.findall(r"`([^`]*<Country>[^`]*)`", section)


def test_every_canonical_name_of_the_guide_is_registered():
    named, templates = _guide_names()
    assert len(named) >= 30
    assert [n for n in named if n not in REGISTRY.actors] == []
    assert {t.replace("<Country>", "{country}") for t in templates} <= set(REGISTRY.templates)


def test_registry_has_forty_actors_each_in_three_languages_with_valid_types():
    assert len(REGISTRY.actors) >= 40
    for entry in [*REGISTRY.actors.values(), *REGISTRY.templates.values()]:
        assert entry.type in ACTOR_TYPES
        for lang in ("ar", "fr", "en"):
            assert entry.aliases_in(lang), (entry.name, lang)
    for actor in REGISTRY.actors.values():
        assert actor.affiliation in AFFILIATIONS
    for code, words in REGISTRY.nationality.items():
        assert all(words[lang] for lang in ("ar", "fr", "en")), code


def test_no_alias_names_two_entries_unless_declared_ambiguous():
    shared = {alias for alias, owners in REGISTRY.alias_owners().items() if len(owners) > 1}
    assert shared <= REGISTRY.ambiguous
    assert alias_key("bandits") in shared


def test_affiliations():
    assert REGISTRY.actor("JNIM").affiliation == "AQ"
    assert REGISTRY.actor("Islamic State West Africa Province").affiliation == "IS"
    assert REGISTRY.actor("Boko Haram (JAS)").affiliation == "none"


# ---------------------------------------------------------------- named actors in three languages


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le GSIM a revendiqué l'attaque.", "JNIM"),
    ("fr", "le Groupe de soutien à l’islam et aux musulmans (JNIM)", "JNIM"),
    ("fr", "des combattants de l'État islamique au Sahel", "Islamic State (Sahel)"),
    ("fr", "l'EIGS a frappé", "Islamic State (Sahel)"),
    ("fr", "revendiqué par AQMI", "AQIM"),
    ("fr", "les Volontaires pour la défense de la patrie ont riposté", "VDP"),
    ("fr", "le Front de libération de l'Azawad (FLA)", "Azawad Liberation Front"),
    ("en", "ISWAP fighters overran the base", "Islamic State West Africa Province"),
    ("en", "Jama'at Nusrat al-Islam wal-Muslimin claimed", "JNIM"),
    ("en", "the Islamic State in the Greater Sahara", "Islamic State (Sahel)"),
    ("en", "Wagner Group mercenaries", "Wagner Group"),
    ("en", "the Multinational Joint Task Force", "MNJTF"),
    ("ar", "تبنت جماعة نصرة الإسلام والمسلمين الهجوم", "JNIM"),
    ("ar", "عناصر من ولاية الساحل", "Islamic State (Sahel)"),
    ("ar", "هجوم لبوكو حرام", "Boko Haram (JAS)"),
    ("ar", "مقاتلو جبهة تحرير أزواد", "Azawad Liberation Front"),
    ("ar", "قوات الفيلق الإفريقي الروسي", "Africa Corps"),
    ("ar", "تنظيم القاعدة في بلاد المغرب الإسلامي", "AQIM"),
    ("ar", "جماعات مسلحة مرتبطة بالقاعدة", "Al-Qaeda"),
    ("fr", "des combattants de Bakura ont lancé un assaut", "Boko Haram (JAS)"),  # the JAS lake faction's leader
    ("en", "Bakura's fighters stormed the island", "Boko Haram (JAS)"),
])
def test_named_actors(lang, text, expected):
    found = find(text, lang)
    assert {m.name for m in found if not m.is_template} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("وجماعة نصرة الإسلام", "JNIM"),
    ("لتنظيم داعش", "Islamic State"),
    ("بتنظيم الدولة الإسلامية", "Islamic State"),
    ("فبوكو حرام", "Boko Haram (JAS)"),
    ("وللدولة الإسلامية في الصحراء الكبرى", "Islamic State (Sahel)"),
])
def test_arabic_proclitics(text, expected):
    found = find(text, "ar")
    assert [m.name for m in found] == [expected]
    assert expected != "JNIM" or found[0].text == "جماعة نصرة الإسلام"


def test_spans_point_into_the_original_text():
    text = "Selon l’armée, des éléments de l’État Islamique au Grand Sahara (EIGS) ont tué des civils."
    for mention in find(text, "fr"):
        assert text[mention.start:mention.end] == mention.text
    assert [m.text for m in find(text, "fr")] == ["l’armée", "État Islamique au Grand Sahara", "EIGS", "des civils"]


# ---------------------------------------------------------------- false positives


@pytest.mark.parametrize("lang, text", [
    ("ar", "أعلنت الدولة الحداد الوطني"),                        # the state, not the Islamic State
    ("ar", "الشباب العاطل عن العمل"),                            # youth, not al-Shabaab
    ("ar", "القاعدة العامة في القانون"),                          # the rule, not al-Qaeda
    ("ar", "هجوم على القاعدة العسكرية"),                          # the base, not al-Qaeda
    ("en", "Wagner's Ring cycle opened in Bayreuth."),            # the composer
    ("en", "In fact, the fan club met."),                         # not FACT, not the Nigerien army (FAN)
    ("en", "IT IS A FACT THAT THE FAR NORTH IS DRY"),              # shouted headline
    ("fr", "Les militants du parti ont manifesté."),               # French 'militants' are activists
])
def test_common_words_are_not_actors(lang, text):
    assert [m for m in find(text, lang) if not m.is_template] == []
    assert all(m.name != "Unidentified Armed Group ({country})" for m in find(text, lang))


def test_before_is_no_imam():
    assert find("تجد موريتانيا نفسها اليوم أمام معادلة معقدة", "ar") == []  # "أمام" folds like "إمام"


def test_wagner_alone_needs_a_security_context():
    assert names("Wagner commanders left Bamako with Russian instructors.", "en") == ["Wagner Group"]
    assert names("Des combattants de Wagner et des FAMa", "fr", "ML")[0] == "Wagner Group"
    assert names("فاغنر تنسحب من مالي", "ar") == ["Wagner Group"]


def test_acronyms_need_their_capitals():
    assert names("Le FACT a attaqué Mao.", "fr") == ["FACT"]
    assert names("Les FAMa ont riposté.", "fr") == ["Military Forces of Mali"]
    assert names("Fama est un prénom.", "fr") == []


# ---------------------------------------------------------------- templates and binding


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "l'armée burkinabè a repoussé l'assaut", "Military Forces of Burkina Faso"),
    ("fr", "des soldats de l'armée malienne", "Military Forces of Mali"),
    ("fr", "les Forces armées nigériennes (FAN)", "Military Forces of Niger"),
    ("fr", "l'armée du Tchad", "Military Forces of Chad"),
    ("fr", "la Garde nationale tunisienne", "Police Forces of Tunisia"),
    ("fr", "des gendarmes mauritaniens", "Police Forces of Mauritania"),
    ("fr", "le BCIJ a démantelé une cellule", "Police Forces of Morocco"),
    ("en", "Nigerien soldiers were killed", "Military Forces of Niger"),
    ("en", "Nigerian troops repelled the attack", "Military Forces of Nigeria"),
    ("en", "Mali's army said", "Military Forces of Mali"),
    ("en", "Operation Hadin Kai troops", "Military Forces of Nigeria"),
    ("en", "Chadian civilians", "Civilians (Chad)"),
    ("ar", "للجيش المالي", "Military Forces of Mali"),
    ("ar", "قتل 12 جنديا من الجيش النيجري", "Military Forces of Niger"),
    ("ar", "جيش بوركينا فاسو", "Military Forces of Burkina Faso"),
    ("ar", "مفرزة للجيش الوطني الشعبي", "Military Forces of Algeria"),
    ("ar", "الحرس الوطني التونسي", "Police Forces of Tunisia"),
    ("ar", "المكتب المركزي للأبحاث القضائية", "Police Forces of Morocco"),
])
def test_template_bound_by_its_words(lang, text, expected):
    # the words' country wins over the event's (a force operating abroad)
    assert set(names(text, lang, country="SN")) == {expected}


@pytest.mark.parametrize("lang, text, country, expected", [
    ("en", "troops killed 20 insurgents", "NG", ["Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)"]),
    ("fr", "des hommes armés non identifiés ont tué des villageois", "BF",
     ["Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"]),
    ("ar", "هاجم مسلحون مجهولون المصلين", "NE", ["Unidentified Armed Group (Niger)", "Civilians (Niger)"]),
    ("fr", "les manifestants ont été dispersés par la police", "SN",
     ["Protesters (Senegal)", "Police Forces of Senegal"]),
    ("en", "gunmen attacked worshippers", "CI", ["Unidentified Armed Group (Ivory Coast)", "Civilians (Ivory Coast)"]),
])
def test_unbound_template_takes_the_event_country(lang, text, country, expected):
    assert names(text, lang, country) == expected
    assert all(m.is_template and m.country is None for m in find(text, lang))


def test_unknown_country_has_a_documented_name_and_a_bad_code_is_an_error():
    mention = find("gunmen", "en")[0]
    assert REGISTRY.resolve(mention, None) == "Unidentified Armed Group (International)"
    assert REGISTRY.resolve(find("soldiers", "en")[0], None) == "Unidentified Military Forces"
    with pytest.raises(UnknownCountry):
        REGISTRY.resolve(mention, "XX")


def test_regional_branch_and_ambiguous_aliases_follow_the_event_country():
    islamic_state = find("a cell linked to the Islamic State", "en")[0]
    assert REGISTRY.resolve(islamic_state, "MA") == "Islamic State"
    assert REGISTRY.resolve(islamic_state, "NE") == "Islamic State (Sahel)"
    assert REGISTRY.resolve(islamic_state, "NG") == "Islamic State West Africa Province"
    assert names("un groupe lié à Al-Qaïda", "fr", "ML") == ["JNIM"]
    bandits = find("armed bandits abducted 30 pupils", "en")[0]
    assert bandits.readings == ("Bandits (Nigeria)", "Unidentified Armed Group ({country})")
    assert REGISTRY.resolve(bandits, "NG") == "Bandits (Nigeria)"
    assert REGISTRY.resolve(bandits, "BF") == "Unidentified Armed Group (Burkina Faso)"
    assert names("Ansar al-Sharia", "en", "TN") == ["Ansar al-Sharia (Tunisia)"]


def test_actor_records_and_inter_codes():
    assert REGISTRY.actor("JNIM").type == 2
    mali = REGISTRY.actor("Military Forces of Mali")
    assert (mali.type, mali.country, mali.template) == (1, "ML", "Military Forces of {country}")
    assert REGISTRY.actor("Civilians (Burkina Faso)").type == 7
    assert REGISTRY.inter("Military Forces of Chad", "TD") == 1
    assert REGISTRY.inter("Military Forces of Chad", "NE") == 8
    with pytest.raises(UnknownActor, match="unknown actor 'Jnim'; known: JNIM"):
        REGISTRY.actor("Jnim")


# ---------------------------------------------------------------- user files


def test_user_file_extends_adds_and_replaces(tmp_path):
    extra = tmp_path / "mine.toml"
    extra.write_text('''
[[actor]]
name = "JNIM"
ar = ["النصرة الساحلية"]
fr = ["la nébuleuse du GSIM"]
en = ["Sahel Nusra"]

[[actor]]
name = "Katiba Macina"
replace = true
type = 2
affiliation = "AQ"
countries = ["ML"]
ar = ["كتيبة ماسينا"]
fr = ["katiba du Macina"]
en = ["Macina battalion"]

[[actor]]
name = "Mahmuda"
type = 2
affiliation = "none"
countries = ["NG"]
ar = ["محمودة"]
fr = ["Mahmuda"]
en = ["Mahmuda group"]
''', encoding="utf-8")
    registry = ActorRegistry.load([extra])
    found = registry.find_actors(normalise("Sahel Nusra and JNIM; the Mahmuda group; Katiba Massina"), "en")
    assert [m.name for m in found] == ["JNIM", "JNIM", "Mahmuda"]  # replaced: the old alias is gone
    assert registry.actor("Mahmuda").countries == ("NG",)
    assert REGISTRY.find_actors(normalise("Sahel Nusra"), "en") == []  # the default is untouched


def test_bad_user_files_are_rejected_with_the_reason(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text("[[actor]\nname = ", encoding="utf-8")
    with pytest.raises(InvalidActorFile):
        ActorRegistry.load([broken])
    bad_type = tmp_path / "type.toml"
    bad_type.write_text('[[actor]]\nname = "X"\ntype = 9\nar = ["x"]\nfr = ["x"]\nen = ["x"]\n', encoding="utf-8")
    with pytest.raises(InvalidActorFile, match="ACLED inter code"):
        ActorRegistry.load([bad_type])
    clash = tmp_path / "clash.toml"
    clash.write_text('[[actor]]\nname = "Y"\ntype = 2\nar = ["ي"]\nfr = ["GSIM"]\nen = ["y"]\n', encoding="utf-8")
    with pytest.raises(AliasConflict, match="'gsim' names JNIM, Y"):
        ActorRegistry.load([clash])


# ---------------------------------------------------------------- robustness

ALIASES = st.sampled_from([
    "JNIM", "l'armée malienne", "وجماعة نصرة الإسلام", "لتنظيم داعش", "Nigerien soldiers", "الجيش النيجري",
    "FAMa", "Wagner", "bandits", "ISIS", "مسلحون", "civils", "EI",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(mixed_text | ALIASES, max_size=8), st.sampled_from(["ar", "fr", "en", "und"]))
def test_find_actors_never_crashes_and_spans_stay_inside(pieces, lang):
    text = " ".join(pieces)
    for mention in REGISTRY.find_actors(normalise(text), lang):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.text
        assert REGISTRY.resolve(mention, "ML")


def test_the_two_organisations_named_together_are_both_found():
    found = find("أعمال عنف تنسب إلى جماعات مرتبطة بتنظيمي القاعدة والدولة الإسلامية", "ar")
    assert {m.name for m in found if not m.is_template} == {"Al-Qaeda", "Islamic State"}


def test_a_district_hospital_called_cma_is_no_azawad_coordination():
    assert [m.name for m in find("Trois blessés ont été évacués au CMA de Gayéri.", "fr") if m.name == "CMA"] == []
    assert [m.name for m in find("La CMA contrôle toujours Kidal, selon des sources rebelles.", "fr")
            if m.name == "CMA"] == ["CMA"]
