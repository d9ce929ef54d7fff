"""Extraction of whole documents: one test per phenomenon, in the three languages."""

import datetime as dt

from sahelwatch.extract.document import MAX_CHARS, extract_events
from sahelwatch.gazetteer.translit import arabic_skeleton, latin_skeleton, looks_like_a_name
from sahelwatch.text.normalise import fold

PUBLISHED = dt.date(2026, 3, 16)  # a Monday


def events(text, lang):
    extraction = extract_events(text, lang, PUBLISHED)
    return extraction, [e.as_dict() for e in extraction.events]


def test_attack_on_an_army_camp_in_french():
    text = ("BAMAKO, 16 mars (Agence) — Des hommes armés du JNIM ont attaqué samedi le camp militaire de "
            "Boulkessi, dans la région de Mopti, tuant quinze soldats maliens, selon un bilan provisoire.")
    extraction, [event] = events(text, "fr")
    assert extraction.kind == "incident"
    assert (event["event_type"], event["sub_event_type"], event["location"], event["admin1_code"]) == (
        "Battles", "Armed clash", "Boulkessi", "ML-5")
    assert (event["actor1"], event["actor2"], event["fatalities"], event["date"]) == (
        "JNIM", "Military Forces of Mali", 15, "2026-03-14")
    for field, (start, end) in event["evidence"].items():
        assert 0 <= start < end <= len(text), field
    assert text[slice(*event["evidence"]["location"])] == "Boulkessi"


def test_two_attacks_in_two_towns_are_two_events_and_their_sum_is_not_a_third():
    text = ("Twelve soldiers were killed on Saturday in two attacks in northern Burkina Faso. "
            "In Djibo, gunmen stormed an army post, killing seven soldiers. "
            "In Arbinda, gunmen attacked another post and killed five soldiers. "
            "In all, twelve soldiers were killed in the two attacks, the army said.")
    _, found = events(text, "en")
    by_town = {e["location"]: e for e in found}
    assert set(by_town) == {"Djibo", "Aribinda"}  # GeoNames' spelling of Arbinda
    assert by_town["Djibo"]["fatalities"] == 7 and by_town["Aribinda"]["fatalities"] == 5
    assert all(e["date"] == "2026-03-14" for e in found)


def test_an_earlier_attack_mentioned_as_context_is_a_background_event():
    text = ("Des hommes armés ont attaqué dimanche le poste de gendarmerie de Téra, dans la région de Tillabéri, "
            "tuant trois gendarmes. Cette attaque intervient après celle du 12 janvier contre le camp de "
            "Chinégodar, qui avait fait 29 morts parmi les soldats.")
    _, found = events(text, "fr")
    new = [e for e in found if not e["background"]]
    old = [e for e in found if e["background"]]
    assert [e["location"] for e in new] == ["Téra"] and new[0]["date"] == "2026-03-15"
    assert len(old) == 1 and old[0]["date"] == "2026-01-12" and old[0]["fatalities"] == 29


def test_a_revised_toll_replaces_the_first_one_and_wounded_do_not_count():
    text = ("قُتل عشرة جنود وأصيب عشرون آخرون أمس في هجوم إرهابي على معسكر للجيش في مدينة ميناكا. "
            "وارتفعت حصيلة الهجوم إلى ثلاثة عشر قتيلا بحسب مصدر عسكري.")
    _, [event] = events(text, "ar")
    assert (event["location"], event["fatalities"], event["date"]) == ("Ménaka", 13, "2026-03-15")


def test_arrests_of_a_cell_are_strategic_developments():
    text = ("Le Bureau central d'investigation judiciaire (BCIJ) a démantelé samedi à Tanger une cellule "
            "terroriste de quatre membres ayant prêté allégeance à l'État islamique.")
    _, [event] = events(text, "fr")
    assert (event["event_type"], event["sub_event_type"], event["actor1"]) == (
        "Strategic developments", "Arrests", "Police Forces of Morocco")
    assert "cell_dismantled" in event["ct_tags"] and event["fatalities"] is None


def test_non_security_news_with_security_words_has_no_event():
    for text, lang in [
        ("L'attaquant des Aigles du Mali a marqué un but décisif lors du match disputé à Gao dimanche.", "fr"),
        ("A gas cylinder explosion killed three people at a restaurant in Maiduguri on Sunday.", "en"),
        ("لقي خمسة أشخاص حتفهم أمس في حادث سير على الطريق بين غاو وميناكا.", "ar"),
    ]:
        extraction, found = events(text, lang)
        assert found == [] and extraction.kind == "other" and extraction.reason, text


def test_a_denied_attack_is_not_an_event():
    text = ("L'armée nigérienne a démenti lundi les informations faisant état d'une attaque contre le poste "
            "militaire de Bani Bangou, qualifiant ces rumeurs de propagande terroriste.")
    extraction, found = events(text, "fr")
    assert found == [] and extraction.kind == "analysis"


def test_bad_input_gives_a_kind_and_a_reason():
    for text, lang in [("", "fr"), ("1234 5678 9012 " * 40, "en"), ("Los soldados murieron ayer.", "es"),
                       ("ATTAQUE A DJIBO: 12 SOLDATS TUES SAMEDI SELON L ARMEE", "fr")]:
        extraction = extract_events(text, lang, PUBLISHED)
        assert extraction.kind in ("incident", "analysis", "other")
        assert extraction.events or extraction.reason
    huge = ("Des hommes armés ont attaqué le poste de Djibo samedi. " + "Texte sans rapport. " * 20) * 3000
    extraction = extract_events(huge, "fr", PUBLISHED)
    assert len(huge) > MAX_CHARS and "first" in extraction.reason


def test_arabic_names_missing_from_the_gazetteer_are_read_by_their_consonants():
    assert arabic_skeleton(fold("كوندوغا")) == latin_skeleton("konduga") == "kndg"
    assert arabic_skeleton(fold("فالمي")) == latin_skeleton("falmey")
    assert looks_like_a_name(fold("كونتاغورا")) and not looks_like_a_name(fold("الهجوم"))
    text = "قتل مسلحون ثلاثة من رجال الشرطة أمس في هجوم على مركز أمني في بلدة فالمي بولاية دوسو في النيجر."
    _, [event] = events(text, "ar")
    assert (event["location"], event["admin1_code"], event["country"]) == ("Falmey", "NE-3", "NE")
