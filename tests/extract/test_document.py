"""Extraction of whole documents: one test per phenomenon, in the three languages."""

import datetime as dt

import pytest

from sahelwatch.extract.document import MAX_CHARS, extract_events
from sahelwatch.extract.mentions import gather
from sahelwatch.gazetteer import find_places, resolve
from sahelwatch.gazetteer.translit import arabic_skeleton, latin_skeleton, looks_like_a_name
from sahelwatch.text.normalise import fold, normalise

PUBLISHED = dt.date(2026, 3, 16)  # a Monday


def events(text, lang, published=PUBLISHED):
    extraction = extract_events(text, lang, published)
    return extraction, [e.as_dict() for e in extraction.events]


def scenes(text, lang, published=PUBLISHED):
    """The location of each event extracted from ``text``."""
    return [e["location"] for e in events(text, lang, published)[1]]


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


def test_an_overall_toll_of_one_attack_is_that_attacks_toll():
    text = ("Au Burkina Faso, l'attaque du JNIM contre Djibo, le 3 mars, a été repoussée par l'armée et les "
            "VDP, au prix d'un bilan total de 31 morts, soldats, VDP et assaillants confondus.")
    _, [event] = events(text, "fr")
    assert (event["location"], event["fatalities"], event["date"]) == ("Djibo", 31, "2026-03-03")


@pytest.mark.parametrize("title", [
    "Why Mali's army is struggling after Boulkessi", "Analyse : l'armée malienne sous pression",
    "الجيش المالي تحت الضغط.. قراءة في تصاعد الهجمات",
    "بعد كمين أنسونغو.. خبراء: الطرق الإمدادية في خطر", "Three years on Ansongo road, experts: the army is stretched",
    "سبع سنوات على مجزرة أوغوساغو.. ذاكرة مثقلة",
    "Mali – « À Ansongo, l'armée tient les routes par la peur » : entretien avec un chercheur",
])
def test_a_headline_announcing_commentary_makes_its_events_background(title):
    text = ("Three weeks after the attack on the Boulkessi camp, the Malian army faces a hard equation. On April 2, "
            "an army convoy hit a roadside bomb near Ansongo, killing four soldiers, and the supply roads stay "
            "under threat, analysts say.")
    published = dt.date(2026, 4, 5)
    assert extract_events(text, "en", published).kind == "incident"
    extraction = extract_events(text, "en", published, title=title)
    assert extraction.kind == "analysis" and all(e.background for e in extraction.events)
    for news in ("Four soldiers killed near Ansongo", "How gunmen ambushed a convoy near Ansongo"):
        assert extract_events(text, "en", published, title=news).kind == "incident"


@pytest.mark.parametrize("text, lang", [
    ("قتل ستة جنود ماليين في هجوم شنه مسلحون على معسكر للجيش في بلدة فارابوغو أمس. وتبنت جماعة نصرة الإسلام والمسلمين "
     "الهجوم، وزعمت أنها سيطرت على المعسكر لساعات.", "ar"),
    ("قتل ستة جنود ماليين في هجوم شنه مسلحون على معسكر للجيش في بلدة فارابوغو أمس. وتبنت جماعة نصرة الإسلام والمسلمين "
     "الهجوم، وزعمت أن مقاتليها سيطروا على الموقع \"لساعات\" وغنموا أسلحة.", "ar"),
    ("Six Malian soldiers were killed on Sunday when gunmen attacked an army camp in Farabougou. JNIM fighters "
     "overran the camp for several hours before withdrawing.", "en"),
])
def test_a_camp_held_for_hours_or_claimed_taken_is_a_clash_not_a_takeover(text, lang):
    _, [event] = events(text, lang)
    assert (event["event_type"], event["sub_event_type"]) == ("Battles", "Armed clash")


def test_the_commune_named_later_in_the_clause_holds_the_post_and_is_no_second_scene():
    text = ("هاجم مسلحون مساء الأربعاء موقع النقطة الثلاثية العسكري الواقع داخل منتزه دبليو الوطني في بلدية كاريماما "
            "بمقاطعة أليبوري، واشتبكوا مع الجنود ساعات عدة قبل أن ينسحبوا.")
    _, found = events(text, "ar")
    assert [(e["event_type"], e["location"]) for e in found] == [("Battles", "Point Triple")]


def test_killings_recalled_from_recent_years_are_not_the_tolls_of_the_event_told():
    text = ("A Tunisian soldier was seriously injured on Saturday when a landmine exploded during a combing operation "
            "on Mount Mghila. No deaths were reported. The security situation in the region has improved markedly in "
            "recent years, with authorities reporting the killing of several group leaders.")
    _, [event] = events(text, "en")
    assert (event["sub_event_type"], event["fatalities"]) == ("Remote explosive/landmine/IED", 0)


def test_a_roundups_lead_listing_kinds_of_events_is_no_event_of_its_own():
    text = ("شهدت مناطق وسط وشمال مالي خلال الأيام الأخيرة تصعيدا أمنيا لافتا، تنوع بين غارات بالطائرات المسيرة "
            "وانفجار عبوة ناسفة ومواجهات بين الجماعات المسلحة. ففي منطقة تمبكتو، أعلن الجيش أن طائراته المسيرة "
            "استهدفت يوم الاثنين تجمعا لإرهابيين قرب بلدة ليري، ما أسفر عن تحييد عشرة منهم.")
    _, [event] = events(text, "ar")
    assert (event["sub_event_type"], event["location"], event["actor1"]) == (
        "Air/drone strike", "Léré", "Military Forces of Mali")


def test_an_army_bulletins_headline_listing_its_results_is_no_event_of_its_own():
    text = ("TROOPS NEUTRALISE 31 TERRORISTS, RESCUE 4 KIDNAPPED VICTIMS, RECOVER WEAPONS\n\n"
            "On 4 March 2026, troops repelled an attack by ISWAP terrorists on their base at Damasak in Mobbar LGA "
            "of Borno State, neutralising 5 of them. "
            "On 6 March 2026, troops on fighting patrol engaged JAS terrorists near Pulka in Gwoza LGA, "
            "neutralising 26 and rescuing 4 kidnapped victims.")
    _, found = events(text, "en")
    assert [(e["location"], e["sub_event_type"], e["fatalities"]) for e in found] == [
        ("Damasak", "Armed clash", 5), ("Pulka", "Armed clash", 26)]


def test_a_match_report_full_of_war_words_is_other_news():
    text = ("El-Kanemi Warriors fired their way back into the top four of the league on Sunday with a 3-1 win over "
            "Kano Pillars in Maiduguri. The Warriors launched wave after wave of attacks from the first whistle and "
            "took the lead in the 9th minute. The hosts struck twice in ten minutes, the second a stunning volley. "
            "\"We went in with an attacking mindset,\" the coach said after the match, praising the security "
            "provided by the police at the stadium and the fans who defied the insurgency to attend the game.")
    extraction, found = events(text, "en")
    assert found == [] and extraction.kind == "other"


@pytest.mark.parametrize("text, lang", [
    ("Au moins deux personnes ont été tuées dimanche à Zaouïa dans des affrontements entre groupes armés rivaux, à "
     "l'ouest de Tripoli.", "fr"),
    ("A civilian was killed on Saturday when clashes erupted between rival armed groups in Zawiya, west of "
     "Tripoli.", "en"),
    ("قتل شخصان الأحد في اشتباكات بين مجموعات مسلحة متنافسة في مدينة الزاوية غرب طرابلس.", "ar"),
])
def test_a_clash_between_rival_armed_groups_has_armed_men_on_both_sides(text, lang):
    _, [event] = events(text, lang)
    assert (event["event_type"], event["actor1"], event["actor2"]) == (
        "Battles", "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)")


def test_an_earlier_attack_mentioned_as_context_is_a_background_event():
    text = ("Des hommes armés ont attaqué dimanche le poste de gendarmerie de Téra, dans la région de Tillabéri, "
            "tuant trois gendarmes. Cette attaque intervient après celle du 12 janvier contre le camp de "
            "Chinégodar, qui avait fait 29 morts parmi les soldats.")
    _, found = events(text, "fr")
    new = [e for e in found if not e["background"]]
    old = [e for e in found if e["background"]]
    assert [e["location"] for e in new] == ["Téra"] and new[0]["date"] == "2026-03-15"
    assert len(old) == 1 and old[0]["date"] == "2026-01-12" and old[0]["fatalities"] == 29


def test_a_town_attacked_in_a_district_recalled_as_context_is_the_towns():
    text = ("قُتل ستة جنود ماليين فجر أمس الأحد في هجوم على موقع للجيش في بلدة دوغوفري. وتشهد منطقة نيونو نشاطا "
            "متزايدا للجماعة منذ مطلع العام، وكانت بلدة ديابالي القريبة قد تعرضت في 20 فبراير الماضي لهجوم تبنته "
            "الجماعة نفسها واستهدف مركزا للدرك.")
    _, found = events(text, "ar")
    assert [(e["location"], e["background"]) for e in found] == [("Dogofri", False), ("Diabaly", True)]


def test_the_town_a_witness_calls_from_and_a_town_approached_the_next_day():
    text = ("هاجم مسلحون ليلة الأحد إلى الاثنين قرية مانسيلا بإقليم ياغا شمال شرقي بوركينا فاسو.\n\n"
            "وقال أحد الأعيان، تحدث إلى بوابة الساحل الإخبارية من مدينة سيبا حيث لجأ عدد من الناجين، إن المهاجمين "
            "قتلوا 12 رجلا كانوا مجتمعين قرب المسجد، ثم أضرموا النار في مخازن الحبوب.\n\n"
            "وفي اليوم التالي، الاثنين، حاول مسلحون الاقتراب من مدينة سيبا، قبل أن تتصدى لهم وحدات الجيش. وذكر مصدر "
            "أمني أن أربعة من المهاجمين قُتلوا.")
    _, found = events(text, "ar")
    assert [(e["event_type"], e["location"], e["date"], e["fatalities"]) for e in found] == [
        ("Violence against civilians", "Mansila", "2026-03-15", 12), ("Battles", "Sebba", "2026-03-16", 4)]


@pytest.mark.parametrize("text, lang", [
    ("Gunmen killed 12 civilians on Sunday night in the village of Mansila. A village elder, who spoke to AFP by "
     "phone from Sebba where many survivors have fled, said the attackers fired on men gathered near the mosque.",
     "en"),
    ("Des hommes armés ont tué douze civils dimanche soir dans le village de Mansila. Un notable, joint par "
     "téléphone depuis Sebba où de nombreux rescapés ont fui, a indiqué que les assaillants ont tiré sur des hommes "
     "réunis près de la mosquée.", "fr"),
])
def test_the_town_a_witness_calls_from_is_no_scene(text, lang):
    assert scenes(text, lang) == ["Mansila"]


@pytest.mark.parametrize("road", ["الطريق الرابط", "الطريق الرئيسي الرابط"])
def test_a_road_named_by_a_town_and_a_village_is_near_its_first_end(road):
    text = (f"لقي ستة مدنيين حتفهم يوم الأحد عندما انفجرت عبوة ناسفة بشاحنة تقل ركابا على {road} بين سيبا وبلدة "
            "مانسيلا في إقليم ياغا شمال شرقي بوركينا فاسو.")
    assert scenes(text, "ar") == ["Sebba"]


def test_a_protest_of_earlier_times_is_no_part_of_the_attack():
    text = ("قُتل سبعة صيادين برصاص مسلحين من جماعة بوكو حرام مساء السبت في جزيرة قرب بلدة نغوبوا بولاية البحيرة غربي "
            "تشاد. وكانت السلطات قد فرضت في فترات سابقة قيودا على التنقل بين الجزر، ما أثار احتجاج تعاونيات الصيد.")
    _, [event] = events(text, "ar")
    assert (event["event_type"], event["location"], event["fatalities"]) == (
        "Violence against civilians", "Ngouboua", 7)


def test_fishermen_taken_on_by_armed_men_were_attacked_not_in_a_fight():
    text = ("Six pêcheurs ont été tués lundi par des éléments de Boko Haram non loin de Ngouboua, dans la province du "
            "Lac. Les pêcheurs relevaient leurs filets aux abords d'une île lorsqu'ils ont été pris à partie par des "
            "hommes armés venus à bord de pirogues motorisées.")
    _, [event] = events(text, "fr")
    assert (event["event_type"], event["sub_event_type"], event["fatalities"]) == (
        "Violence against civilians", "Attack", 6)


def test_a_governments_contracts_renegotiated_are_no_agreement():
    text = ("وقال مسؤول في الوزارة، خلال ورشة عقدت في كيدوغو أمس الأربعاء، إن الحكومة تعمل على مراجعة عقود الشركات "
            "المنجمية لضمان نصيب عادل للدولة وللسكان المحليين من عائدات الذهب، في إطار سياسة أوسع لإعادة التفاوض حول "
            "اتفاقيات الموارد الطبيعية.")
    extraction, found = events(text, "ar")
    assert found == [] and extraction.kind == "other"


def test_a_load_of_bombs_intercepted_on_the_road_is_a_seizure():
    text = ("Lundi, des VDP ont intercepté aux abords de Partiaga des motocyclistes qui transportaient un lot d'engins "
            "explosifs improvisés, des munitions et du carburant destinés aux groupes armés. Le matériel a été "
            "saisi et remis à l'unité militaire de la zone.")
    _, [event] = events(text, "fr")
    assert (event["event_type"], event["sub_event_type"], event["location"]) == (
        "Strategic developments", "Disrupted weapons use", "Partiaga")


def test_each_days_protest_is_an_event_and_an_uprising_of_a_past_year_is_none():
    text = ("Des centaines d'habitants de Redeyef, dans le gouvernorat de Gafsa, ont marché lundi matin jusqu'au siège "
            "de la délégation pour dénoncer les coupures d'eau potable. La veille, dimanche, une cinquantaine de "
            "jeunes diplômés chômeurs avaient entamé un sit-in devant la délégation de Redeyef. En 2008, la région "
            "avait été secouée par un soulèvement de plusieurs mois.")
    _, found = events(text, "fr")
    assert sorted((e["event_type"], e["location"], e["date"]) for e in found) == [
        ("Protests", "Ar Rudayyif", "2026-03-15"), ("Protests", "Ar Rudayyif", "2026-03-16")]


@pytest.mark.parametrize("text, lang", [
    ("Hundreds of residents of Redeyef marched on Monday to the delegation to protest against water cuts. In 2008, "
     "the region was shaken by riots that lasted several months.", "en"),
    ("تظاهر مئات من سكان الرديف يوم الاثنين أمام مقر المعتمدية احتجاجا على انقطاع المياه. وفي عام 2008 شهدت المنطقة "
     "أعمال شغب دامت أشهرا.", "ar"),
])
def test_riots_of_a_past_year_told_after_a_protest_are_no_part_of_it(text, lang):
    _, found = events(text, lang)
    assert [(e["event_type"], e["date"]) for e in found] == [("Protests", "2026-03-16")]


def test_the_day_after_said_that_a_deed_had_on_is_the_deeds():
    text = ("NIAMEY - Four Nigerien soldiers were killed when gunmen attacked an army patrol near Tamou on Thursday, "
            "the defence ministry said on Saturday. In the same statement, the ministry said an air force strike on "
            "Friday morning had destroyed a logistics base of the Islamic State in the Sahel near Tiloa, killing "
            "several militants.")
    _, found = events(text, "en", dt.date(2026, 8, 8))
    assert sorted((e["location"], e["date"]) for e in found) == [("Tamou", "2026-08-06"), ("Tiloa", "2026-08-07")]


@pytest.mark.parametrize("text, lang", [
    ("أغلق مئات من سكان فاسكاري الطريق يوم الخميس احتجاجا على هجمات العصابات.\n\nوجاء الاحتجاج بعد أيام من هجوم "
     "شنه مسلحون على قرية مجاورة قتل فيه تسعة أشخاص.", "ar"),
    ("Hundreds of residents of Faskari blocked the road on Thursday to protest against bandit attacks.\n\nThe protest "
     "came days after gunmen attacked a nearby village, killing nine people.", "en"),
])
def test_what_a_sentence_says_came_after_is_the_current_incident_retold(text, lang):
    mentions = gather(text, lang, PUBLISHED)
    assert "protest" not in {c.category for c in mentions.sentences[-1].event_cues}
    assert "attack" in {c.category for c in mentions.sentences[-1].event_cues}


def test_suspects_the_sweep_after_a_bomb_let_arrest_the_next_day_are_an_arrests_event():
    text = ("Le dimanche 15 mars 2026, un véhicule d'une patrouille des Forces armées togolaises a sauté sur un engin "
            "explosif improvisé à une dizaine de kilomètres de Mandouri. Le bilan est de trois militaires décédés. Des "
            "opérations de ratissage ont été déclenchées dans la zone. Le lundi 16 mars 2026, ces opérations ont "
            "permis d'interpeller six individus suspects aux abords de Mandouri.")
    _, found = events(text, "fr", dt.date(2026, 3, 17))
    assert [(e["sub_event_type"], e["location"], e["date"]) for e in found] == [
        ("Remote explosive/landmine/IED", "Mandouri", "2026-03-15"), ("Arrests", "Mandouri", "2026-03-16")]


def test_a_unit_sent_to_the_scene_that_fought_the_next_day_is_a_battle_of_its_own():
    text = ("Dans la nuit de samedi à dimanche, des hommes armés ont fait irruption dans le village de Mangaïzé, tuant "
            "onze villageois. Dimanche en fin de journée, une unité des Forces de défense et de sécurité dépêchée sur "
            "les lieux a accroché un groupe d'assaillants à une quinzaine de kilomètres au nord de Mangaïzé.")
    _, found = events(text, "fr")
    assert [(e["event_type"], e["date"]) for e in found] == [
        ("Violence against civilians", "2026-03-14"), ("Battles", "2026-03-15")]


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
    assert arabic_skeleton(fold("غيلادجو")) == latin_skeleton("gueladjo")  # French dj written دج
    assert looks_like_a_name(fold("كونتاغورا")) and not looks_like_a_name(fold("الهجوم"))
    for ordinary in ("إغلاق", "طوابير", "صواريخ", "اتجاهات", "تمشيط"):  # verbal nouns and plurals
        assert not looks_like_a_name(fold(ordinary)), ordinary
    text = "قتل مسلحون ثلاثة من رجال الشرطة أمس في هجوم على مركز أمني في بلدة فالمي بولاية دوسو في النيجر."
    _, [event] = events(text, "ar")
    assert (event["location"], event["admin1_code"], event["country"]) == ("Falmey", "NE-3", "NE")
    text = "قُتل 12 مدنيا مساء الاثنين في هجوم مسلح على السوق الأسبوعية لقرية بوسي بانغو في منطقة تيلابيري بالنيجر."
    _, [event] = events(text, "ar")
    assert (event["location"], event["admin1_code"]) == ("Bossey Bangou", "NE-6")  # لقرية: ل + settlement noun


def test_a_town_read_by_its_consonants_must_also_sound_like_the_name():
    # ماغامي and يانكارا share their consonants with Magama and Na Korau, towns of the gazetteer, but not
    # their vowels: they are villages it does not list, read as written
    text = ("خطف مسلحون أمس عشرات القرويين في هجوم على قرية ماغامي بولاية زامفارا شمال غربي نيجيريا. وفي ولاية "
            "كاتسينا، قتل مسلحون سبعة مزارعين في قرية يانكارا بمنطقة فاسكاري.")
    _, found = events(text, "ar")
    assert {e["location"] for e in found} == {"Magami", "Yankara"}


def test_a_two_consonant_village_is_read_only_inside_the_region_named():
    text = ("قتل مسلحون تسعة مدنيين يوم الأحد في هجوم على قرية تاسيا بمنطقة تيلابيري غربي النيجر، كما هاجموا "
            "قرية فامبيتا المجاورة.")
    _, found = events(text, "ar")
    assert "Tassia" in {e["location"] for e in found}


def test_an_arabic_name_read_by_its_consonants_stays_in_the_region_named():
    text = ("قتل مسلحون من بوكو حرام أربعة من عناصر قوة المهام المدنية المشتركة الأحد في هجوم على بلدة نغوشي "
            "بولاية بورنو شمال شرقي نيجيريا.")
    _, found = events(text, "ar")
    assert found and all(e["admin1_code"] == "NG-BO" for e in found)


def test_tunisian_ifaf_is_an_arrest():
    text = ("تمكنت وحدات الحرس الوطني بسيدي بوزيد، أمس الأحد، من إيقاف عنصر تكفيري مفتش عنه لفائدة القطب القضائي "
            "لمكافحة الإرهاب.")
    _, [event] = events(text, "ar")
    assert (event["sub_event_type"], event["location"], event["actor1"]) == (
        "Arrests", "Sidi Bouzid", "Police Forces of Tunisia")


def test_a_singular_victim_and_no_casualties():
    cases = [
        ("قُتل جندي وأصيب اثنان آخران أمس في هجوم مسلح على موقع للجيش في جيبو.", "ar", 1),
        ("A soldier was killed on Saturday when gunmen attacked an army post in Gwoza, Borno State.", "en", 1),
        ("أطلق مسلحون قذائف هاون على معسكر الجيش في ميناكا ليلة السبت، دون أن تسفر عن خسائر بشرية.", "ar", 0),
        ("اختطف مسلحون ٢٣ طالبا أمس من مدرسة في مدينة كاورا نامودا شمال غربي نيجيريا. "
         "وقال المتحدث باسم الشرطة إن الهجوم لم يسفر عن قتلى وأن ١٢ طالبا تمكنوا من الفرار.", "ar", 0),
        ("Une mine a été désamorcée samedi par l'armée près de Tillabéri. Aucune victime n'a été signalée.", "fr", 0),
        ("تمكنت مفرزة للجيش الوطني الشعبي يوم 5 جويلية من القضاء على إرهابي واسترجاع مسدس رشاش من نوع "
         "كلاشنيكوف بالقرب من بلدية الميلية بولاية جيجل.", "ar", 1),
    ]
    for text, lang, toll in cases:
        _, [event] = events(text, lang)
        assert event["fatalities"] == toll, text


def test_state_forces_killing_civilians_is_violence_against_civilians():
    text = ("Malian soldiers and Russian paramilitaries of the Africa Corps killed at least 20 civilians in Sokolo, "
            "in the Ségou region, on Saturday, residents said. The troops arrived in armoured vehicles during "
            "the weekly market and executed men on the edge of the town.")
    _, [event] = events(text, "en")
    assert (event["event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Violence against civilians", "Military Forces of Mali", "Civilians (Mali)", 20)


def test_the_place_a_distance_is_measured_from_is_the_scene():
    for text, lang in [
        ("Four Malian soldiers were killed on Saturday when their convoy hit a roadside bomb on the road "
         "between Gao and Ansongo, about 20 km from Ansongo.", "en"),
        ("قُتل أربعة جنود ماليين السبت إثر انفجار عبوة ناسفة استهدفت قافلة عسكرية على الطريق الرابط بين غاو "
         "وأنسونغو، على بعد نحو 20 كيلومترا من مدينة أنسونغو.", "ar"),
        ("Quatre soldats maliens ont été tués samedi par une mine sur l'axe Gao-Ansongo, à une vingtaine de "
         "kilomètres d'Ansongo.", "fr"),
        ("Samedi, un véhicule militaire a sauté sur un engin explosif improvisé sur la piste reliant Gao à Ansongo, "
         "à environ vingt kilomètres de cette dernière localité. Quatre soldats ont été tués.", "fr"),
    ]:
        _, [event] = events(text, lang)
        assert (event["location"], event["geo_precision"]) == ("Ansongo", 2), text


def test_a_town_near_a_road_named_by_its_two_ends_is_the_scene():
    cases = [
        ("Trois militaires ont été tués mardi dans l'attaque d'un convoi de citernes sur l'axe Bamako-Diéma, près de "
         "Didiéni, dans le cercle de Kolokani.", "fr", "Didiéni"),
        ("Deux civils ont été tués lundi par une mine sur l'axe Mora-Kolofata, près de Kérawa.", "fr", "Kerawa"),
    ]
    for text, lang, town in cases:
        _, [event] = events(text, lang)
        assert event["location"] == town, text


def test_an_unclaimed_attack_is_not_given_to_the_groups_active_in_the_area():
    unclaimed = ("Trois soldats nigériens ont été tués samedi par l'explosion d'une mine près de Téra. "
                 "Aucun groupe n'a revendiqué l'attaque, mais la zone est le théâtre d'activités de groupes liés "
                 "à l'État islamique et à Al-Qaïda.")
    attributed = ("Trois soldats nigériens ont été tués samedi par l'explosion d'une mine près de Téra. "
                  "L'attaque n'a pas été revendiquée, mais l'armée l'attribue à l'État islamique au Sahel.")
    _, [event] = events(unclaimed, "fr")
    assert event["actor1"] == "Unidentified Armed Group (Niger)"
    _, [event] = events(attributed, "fr")
    assert event["actor1"] == "Islamic State (Sahel)"


def test_a_plot_whose_group_is_not_named_is_not_given_to_a_group_recalled_as_history():
    cases = [
        ("Le souvenir le plus douloureux reste celui de juillet 2014, quand la brigade Okba Ibn Nafaa avait "
         "attaqué des postes de l'armée au Chaambi. Lundi, la Garde nationale a arrêté à Kasserine quatre "
         "personnes soupçonnées de préparer un attentat à l'explosif. Aucun groupe n'a été formellement nommé.", "fr"),
        ("The worst memory is of July 2014, when the Okba Ibn Nafaa Brigade attacked army posts on Mount Chaambi. "
         "On Monday the National Guard arrested four people in Kasserine suspected of plotting a bomb attack. "
         "No group was named.", "en"),
    ]
    for text, lang in cases:
        _, found = events(text, lang)
        plot = next(e for e in found if e["sub_event_type"] in ("Arrests", "Disrupted weapons use"))
        assert (plot["location"], plot["actor2"]) == ("Kasserine", None), text


def test_toll_numbers_that_count_others_or_things_are_not_deaths():
    cases = [
        ("Au moins huit personnes ont perdu la vie et une douzaine d'autres ont été blessées samedi lorsqu'un car "
         "a heurté un engin explosif près de Dori.", 8),
        ("Samedi, des combattants du JNIM ont incendié une quarantaine de camions-citernes près de Diéma, dans la "
         "région de Kayes, tuant trois chauffeurs.", 3),
        ("Samedi, suite à des renseignements faisant état d'un regroupement de terroristes près de Tessit, une "
         "frappe aérienne a permis de neutraliser une dizaine de terroristes.", 10),
        ("Mardi, des combattants de Boko Haram ont fait irruption à Tourou, au Cameroun. Bilan : deux hommes "
         "abattus, quatre femmes et une adolescente emmenées vers la brousse.", 2),
        ("Vendredi, des hommes armés ont attaqué une mosquée de Sanam, au Niger. Le ministre de l'Intérieur fait "
         "désormais état de 27 morts et 11 blessés, contre 22 morts au précédent bilan.", 27),
        ("Au moins huit militaires béninois ont été tués mardi lors d'une attaque contre un poste de l'armée à "
         "Porga. Une source militaire jointe par l'AFP évoque un bilan plus lourd, d'une quinzaine de soldats tués.",
         8),
    ]
    for text, toll in cases:
        _, [event] = events(text, "fr")
        assert event["fatalities"] == toll, text


def test_a_clash_between_two_armed_groups_has_no_army_in_it():
    text = ("اندلعت اشتباكات عنيفة يوم السبت بين مقاتلي تنظيم الدولة الإسلامية في الساحل وجماعة نصرة الإسلام "
            "والمسلمين قرب بلدة تالاتاي بمنطقة غاو، أسفرت عن مقتل عشرين مسلحا.")
    _, [event] = events(text, "ar")
    assert (event["event_type"], event["actor1"], event["actor2"]) == (
        "Battles", "Islamic State (Sahel)", "JNIM")


def test_a_branch_named_with_its_parent_is_still_the_one_group():
    text = ("Des hommes armés ont attaqué samedi le camp militaire de Sokolo, tuant dix soldats. "
            "Le JNIM, la branche sahélienne d'Al-Qaïda, a revendiqué l'attaque dans un communiqué.")
    _, [event] = events(text, "fr")
    assert event["actor1"] == "JNIM"


def test_an_analysis_piece_tells_its_events_as_background():
    text = ("Depuis plusieurs mois, le JNIM a fait des routes du carburant sa cible, selon les chercheurs "
            "interrogés. Le 2 mars, des combattants du JNIM ont incendié des camions-citernes près de Diéma, "
            "tuant trois chauffeurs. Pour les analystes, la stratégie vise à asphyxier l'économie malienne.")
    extraction, [event] = events(text, "fr")
    assert event["background"] and extraction.kind == "analysis"


@pytest.mark.parametrize("text, lang", [
    ("On January 21, four suspected ISIS supporters were arrested in Berrechid and Settat, reportedly in possession "
     "of chemical substances that investigators believe were intended for making explosives.", "en"),
    ("Le 21 janvier, quatre partisans présumés de Daech ont été interpellés à Berrechid et Settat, en possession de "
     "produits chimiques destinés à la fabrication d'explosifs.", "fr"),
])
def test_materials_for_making_explosives_found_on_arrested_men_are_no_explosion(text, lang):
    _, found = events(text, lang, published=dt.date(2026, 1, 29))
    assert sorted((e["location"], e["sub_event_type"]) for e in found) == [("Berrechid", "Arrests"),
                                                                            ("Settat", "Arrests")]


def test_assaults_on_named_bases_recalled_in_an_analysis_are_background_battles():
    text = ("Dans le nord-est du Nigeria, les combattants de l'Iswap utilisent désormais des drones pour larguer des "
            "charges explosives sur les positions militaires. Le procédé a été observé à plusieurs reprises ce "
            "printemps, notamment lors de l'assaut contre la base de Marte, dans l'Etat de Borno, le 12 mai, puis lors "
            "de l'attaque de la base de Buni Gari, dans l'Etat de Yobe, dans la nuit du 31 mai au 1er juin.")
    extraction, found = events(text, "fr", published=dt.date(2025, 6, 27))
    assert sorted((e["location"], e["event_type"], e["date"], e["background"]) for e in found) == [
        ("Buni Gari", "Battles", "2025-05-31", True), ("Marte", "Battles", "2025-05-12", True)]
    assert extraction.kind == "analysis"


def test_detachments_that_shoot_terrorists_in_a_sweep_are_actor_one():
    text = ("Des détachements de l'Armée nationale populaire ont abattu, le 16 janvier, deux terroristes lors d'une "
            "opération de recherche et de ratissage menée près de Tamezguida, wilaya de Médéa.")
    _, [event] = events(text, "fr")
    assert (event["event_type"], event["actor1"], event["actor2"]) == (
        "Battles", "Military Forces of Algeria", "Unidentified Armed Group (Algeria)")


def test_a_quarters_tally_and_an_experts_today_are_no_event():
    text = ("كشفت الحصائل الأسبوعية التي تنشرها وزارة الدفاع الوطني منذ مطلع السنة عن استمرار الضغط العسكري على "
            "بقايا الجماعات الإرهابية. "
            "ووفق حساب استنادا إلى الحصائل المنشورة بين الفاتح جانفي ونهاية مارس 2025، تم تحييد نحو عشرة إرهابيين "
            "أغلبهم بالناحية العسكرية السادسة بتمنراست. ويرى الخبير الأمني (ع. م) أن \"الخطر الحقيقي اليوم قادم من "
            "الجنوب، وتجدد المواجهات بين الجيش المالي والحركات الأزوادية يجعل الشريط الحدودي منطقة ضغط دائم\".")
    extraction, found = events(text, "ar", published=dt.date(2025, 4, 5))
    assert found == [] and extraction.kind == "analysis"


def test_a_cell_dismantled_in_several_cities_is_one_arrest_event_per_city():
    text = ("تمكن المكتب المركزي للأبحاث القضائية، صباح اليوم الاثنين، من تفكيك خلية إرهابية موالية لتنظيم داعش "
            "في عمليات أمنية متزامنة بمدن تمارة وتيفلت وورزازات بالمغرب.")
    _, found = events(text, "ar")
    assert sorted(e["location"] for e in found) == ["Ouarzazate", "Temara", "Tiflet"]
    assert {e["sub_event_type"] for e in found} == {"Arrests"}
    text = ("La police a interpellé lundi trois suspects dans le quartier de Tevragh Zeina, à Nouakchott, "
            "soupçonnés de liens avec un groupe terroriste.")
    _, found = events(text, "fr")
    assert len(found) == 1


def test_a_revised_toll_that_recalls_the_first_figure_takes_the_new_one():
    for text, lang in [
        ("ارتفعت يوم السبت حصيلة الهجوم الذي استهدف معسكر بولكيسي وسط مالي إلى 23 قتيلا في صفوف الجنود، "
         "بعد أن كانت الحصيلة الأولية تشير إلى 15 قتيلا.", "ar"),
        ("Le bilan de l'attaque de samedi contre le camp de Boulkessi s'est alourdi à 23 soldats tués, après "
         "un premier bilan de 15 morts.", "fr"),
        ("The toll from Saturday's attack on the Boulkessi camp rose to 23 soldiers killed, up from an initial "
         "toll of 15.", "en"),
    ]:
        _, [event] = events(text, lang)
        assert (event["location"], event["fatalities"]) == ("Boulkessi", 23), text


def test_two_sources_figures_and_people_who_fled_are_not_added_to_the_toll():
    text = ("أعلنت السلطات في النيجر أن سبعة عشر مدنيا لقوا حتفهم في الهجوم الذي استهدف يوم السبت بلدة تيليا، "
            "فيما تحدث مسؤول محلي عن أكثر من عشرين قتيلا.")
    _, [event] = events(text, "ar")
    assert event["fatalities"] == 17
    text = ("شن مسلحون يوم السبت هجوما على مخيم للنازحين في بلدة تلاتاي، ما أسفر عن مقتل العشرات، حسب منتخبين "
            "محليين، فيما فر مئات السكان نحو أنسونغو.")
    _, [event] = events(text, "ar")
    assert event["fatalities"] == 12


def test_arrests_of_smugglers_are_not_counter_terrorism_events():
    text = ("Dans le cadre de la lutte contre la criminalité organisée, des détachements de l'Armée nationale "
            "populaire ont intercepté samedi à Tamanrasset 212 orpailleurs et saisi 19 véhicules.")
    extraction, found = events(text, "fr")
    assert found == []
    text = ("Des détachements de l'Armée nationale populaire ont arrêté samedi à Tamanrasset quatre éléments de "
            "soutien aux groupes terroristes.")
    _, [event] = events(text, "fr")
    assert event["sub_event_type"] == "Arrests"


def test_troops_rescuing_hostages_fight_a_battle_and_the_wounded_are_not_the_dead():
    text = ("Troops on Sunday neutralised seven Boko Haram terrorists and rescued 12 hostages during a clearance "
            "operation at Sabon Gari in Damboa Local Government Area of Borno State.")
    _, [event] = events(text, "en")
    assert (event["event_type"], event["actor1"], event["fatalities"]) == ("Battles", "Military Forces of Nigeria", 7)
    assert "hostage_release" in event["ct_tags"]
    text = ("A female suicide bomber detonated explosives at a wedding ceremony in Gwoza, Borno State, on Saturday, "
            "killing 18 people and wounding 42 others, officials said.")
    _, [event] = events(text, "en")
    assert (event["sub_event_type"], event["fatalities"]) == ("Suicide bomb", 19)   # the bomber counts (ACLED)


def test_an_unlisted_village_is_the_events_place_located_at_its_district():
    text = ("Bandits killed nine people on Saturday in Tashan Dogo, a farming community in Bakura Local "
            "Government Area of Zamfara State, residents said.")
    _, [event] = events(text, "en")
    assert (event["location"], event["admin1_code"], event["geo_precision"]) == ("Tashan Dogo", "NG-ZA", 2)
    assert (event["event_type"], event["fatalities"]) == ("Violence against civilians", 9)


def test_a_headline_on_a_district_and_the_village_the_story_then_tells_are_one_event():
    text = ("Nouvelle incursion de Boko Haram dans l'arrondissement de Mozogo\n\nDans la nuit de jeudi à "
            "vendredi, des assaillants ont fait irruption dans le village de Moskota, département du "
            "Mayo-Tsanaga, région de l'Extrême-Nord. Ils ont enlevé six personnes.")
    _, [event] = events(text, "fr")
    assert (event["location"], event["admin1_code"], event["date"]) == ("Moskota", "CM-EN", "2026-03-12")
    assert event["sub_event_type"] == "Abduction/forced disappearance"


@pytest.mark.parametrize("text, lang", [
    ("On Monday, gunmen killed 13 people in an attack on a village near Tangaza in Sokoto State. Residents "
     "complain that the army's air strikes have often hit civilians, fuelling anger.", "en"),
    ("Lundi, des hommes armés ont tué 13 personnes dans l'attaque d'un village près de Tangaza, dans l'État de "
     "Sokoto. Des habitants se plaignent que les frappes aériennes de l'armée ont souvent touché des civils.", "fr"),
    ("قتل مسلحون 13 شخصا يوم الاثنين في هجوم على قرية قرب بلدة تانغازا في ولاية سوكوتو. ويشكو سكان من أن "
     "الضربات الجوية للجيش أصابت في أحيان كثيرة مدنيين.", "ar"),
    ("قتل مسلحون 13 شخصا يوم الاثنين في هجوم على قرية قرب بلدة تانغازا في ولاية سوكوتو. ويقول محلل إن الاعتماد "
     "على الغارات الجوية وحدها قد يؤدي إلى نتائج عكسية إذا سقط مدنيون.", "ar"),
    ("On Monday, gunmen killed 13 people in an attack on a village near Tangaza in Sokoto State. An analyst "
     "warned that relying on air strikes alone could backfire if civilians are killed.", "en"),
])
def test_what_happens_often_or_would_happen_is_no_event_nor_more_of_the_one_told(text, lang):
    _, found = events(text, lang)
    assert [(e["sub_event_type"], e["fatalities"]) for e in found] == [("Attack", 13)]


@pytest.mark.parametrize("text, lang", [
    ("On Saturday, gunmen attacked a convoy of buses near Ansongo, killing at least 25 people.", "en"),
    ("Samedi, des hommes armés ont attaqué un convoi de cars près d'Ansongo, tuant au moins 25 personnes.", "fr"),
])
def test_an_attack_on_a_convoy_of_buses_is_violence_against_civilians(text, lang):
    _, [event] = events(text, lang)
    assert (event["event_type"], event["actor2"], event["fatalities"]) == ("Violence against civilians",
                                                                           "Civilians (Mali)", 25)


def test_a_lead_on_two_communities_told_one_by_one_with_a_separate_attack_the_same_night():
    text = ("Bandits kill nine, abduct 20 in Zamfara communities\n\nBandits have killed nine persons and abducted "
            "20 others in attacks on two communities in the Maru and Bakura LGAs of Zamfara State. The gunmen "
            "invaded Kasuwar Daji community in Maru LGA on Sunday night, killing nine persons. In a separate attack "
            "on the same night, another group of bandits stormed Yar Tasha village in Bakura LGA and abducted 20 "
            "persons. A community leader said no life was lost in the Yar Tasha attack.")
    _, found = events(text, "en")
    assert [(e["location"], e["sub_event_type"], e["fatalities"], e["date"]) for e in found] == [
        ("Kasuwar Daji", "Attack", 9, "2026-03-15"), ("Yar Tasha", "Abduction/forced disappearance", 0, "2026-03-15")]


def test_the_same_night_after_an_attack_recalled_is_the_night_of_the_story():
    text = ("Boko Haram fighters killed nine fishermen on Tuesday near Kaiga-Kindjiria in Chad's Lac province. The "
            "attack comes two weeks after the assault of March 1 on the army position of Barkaram, which killed 40 "
            "soldiers. Across the border in Cameroon, fighters also attacked the village of Tourou the same night, "
            "killing three civilians.")
    _, found = events(text, "en")
    assert {(e["location"], e["date"]) for e in found} >= {("Kaiga-Kindjiria", "2026-03-10"),
                                                           ("Tourou", "2026-03-10")}


def test_a_weekday_in_a_towns_name_dates_nothing():
    text = ("فكك المكتب المركزي للأبحاث القضائية صباح اليوم الأربعاء خلية إرهابية موالية لتنظيم داعش تنشط بمدينتي "
            "بني ملال وسوق السبت أولاد النمة.")
    _, found = events(text, "ar", published=dt.date(2025, 2, 26))
    assert {(e["location"], e["date"]) for e in found} == {("Beni Mellal", "2025-02-26"),
                                                           ("Souq Sebt Oulad Nemma", "2025-02-26")}


def test_the_towns_the_wounded_were_evacuated_to_are_no_scenes_and_the_toll_is_the_attacks():
    text = ("Des hommes armés ont attaqué dimanche le marché hebdomadaire de Tondikiwindi, dans le département de "
            "Ouallam. Le bilan fait état d'au moins 14 personnes tuées et d'une dizaine de blessés, dont certains ont "
            "été évacués sur Ouallam puis sur Niamey.")
    _, found = events(text, "fr")
    assert [(e["location"], e["fatalities"]) for e in found] == [("Tondi Kiwindi", 14)]


def test_that_day_is_the_day_the_sentence_before_told():
    text = ("Le traumatisme reste celui du 17 avril 2025. Ce jour-là, le JNIM avait pris d'assaut la position de Point "
            "Triple, tuant 54 militaires béninois.")
    _, [event] = events(text, "fr")
    assert (event["location"], event["date"], event["fatalities"]) == ("Point Triple", "2025-04-17", 54)


def test_the_towns_a_road_links_are_no_scenes_and_the_next_sentence_places_the_ambush():
    text = ("Au Mali, un convoi de camions-citernes escorté par l'armée a été attaqué mercredi sur l'axe qui relie Diéma "
            "à Bamako. Les jihadistes du JNIM ont revendiqué l'embuscade. L'attaque s'est produite à quelques "
            "kilomètres de Didiéni, dans le cercle de Kolokani.")
    _, [event] = events(text, "fr")
    assert (event["location"], event["admin1_code"]) == ("Didiéni", "ML-2")
    text = ("Des hommes armés ont intercepté samedi un car de transport qui reliait Niono à Diabaly et enlevé onze "
            "passagers. Selon un passager, les assaillants ont immobilisé le véhicule à une dizaine de kilomètres de "
            "Diabaly.")
    _, [event] = events(text, "fr")
    assert event["location"] == "Diabaly"


def test_protests_that_happen_repeatedly_are_no_event_of_the_clash_told():
    text = ("A civilian was killed late Saturday when armed clashes erupted between two armed groups in the city of "
            "Zawiya, west of Tripoli. Residents have repeatedly protested against the deteriorating security "
            "situation in the city.")
    _, [event] = events(text, "en")
    assert (event["event_type"], event["location"]) == ("Battles", "Zawiya")


@pytest.mark.parametrize("text, lang", [
    ("Gunmen killed 18 villagers in an attack on Kokorou, in the Tillabéri region, on Sunday. \"We buried 18 people "
     "this morning,\" a local official said. Local sources blamed fighters of Islamic State Sahel Province, which is "
     "active in the area. There was no immediate claim of responsibility.", "en"),
    ("Des hommes armés ont tué 18 villageois dimanche dans une attaque contre Kokorou, dans la région de Tillabéri. "
     "« Nous avons enterré 18 personnes ce matin », a dit un élu. Les autorités attribuent l'attaque à l'État "
     "islamique au Sahel, actif dans la zone. L'attaque n'a pas été revendiquée.", "fr"),
])
def test_the_group_officials_blame_is_the_author(text, lang):
    _, [event] = events(text, lang)
    assert (event["event_type"], event["actor1"]) == ("Violence against civilians", "Islamic State (Sahel)")


def test_the_town_of_the_hospital_and_the_town_people_fled_to_are_not_scenes():
    text = ("قتل مسلحون ستة مزارعين أمس الأحد في بلدة غوزا بولاية بورنو. "
            "وقال أحد الناجين، الذي فر إلى مدينة مايدوغوري، إن المهاجمين أحرقوا المنازل. "
            "ونقل ثلاثة جرحى إلى المستشفى العام في مونغونو.")
    _, found = events(text, "ar")
    assert [e["location"] for e in found] == ["Gwoza"]
    _, found = events("Gunmen killed four farmers in Damboa on Sunday. Two wounded were taken to the "
                      "specialist hospital in Maiduguri.", "en")
    assert [e["location"] for e in found] == ["Damboa"]
    _, found = events("Bandits on Tuesday night killed seven persons in Yantumaki, a town in Danmusa Local Government "
                      "Area of Katsina State. \"Some of the injured are at the General Hospital in Katsina,\" a resident "
                      "said. Angry youths on Wednesday burnt tyres and blocked the highway, and police fired teargas.",
                      "en")
    assert "Katsina" not in [e["location"] for e in found]
    text = ("قتل مسلحون ستة مزارعين أمس الأحد في بلدة غوزا بولاية بورنو. ونُقل معظم الجرحى إلى مستشفى جامعة مايدوغوري "
            "التعليمي، حيث زارهم حاكم الولاية الذي دعا الحكومة الاتحادية إلى تزويد الجيش بمزيد من الطائرات المسيّرة.")
    _, found = events(text, "ar")
    assert [e["location"] for e in found] == ["Gwoza"]
    _, found = events("Five soldiers were killed in Tuesday's attack by ISWAP on a military base in Buni Gari, Yobe State. "
                      "Three soldiers injured during the attack died on Wednesday at the 7 Division Medical Services "
                      "Hospital in Maiduguri.", "en")
    assert [e["location"] for e in found] == ["Buni Gari"]


@pytest.mark.parametrize("text, lang", [
    ("Six militaires ont été tués vendredi dans une embuscade de l'EIGS près de Dargol, dans la région de Tillabéri. "
     "Le ministère fait état de neuf militaires tués, trois des blessés ayant succombé à leurs blessures à Niamey.", "fr"),
    ("Six soldiers were killed on Friday in an ambush by IS Sahel near Dargol, in the Tillabéri region. The ministry "
     "now reports nine soldiers killed, three of the wounded having died of their wounds in Niamey.", "en"),
    ("قتل ستة جنود الجمعة في كمين نصبه تنظيم الدولة في الساحل قرب دارغول بإقليم تيلابيري. وأعلنت الوزارة مقتل تسعة "
     "جنود بعد أن توفي ثلاثة من الجرحى متأثرين بجراحهم في نيامي.", "ar"),
])
def test_the_town_where_the_wounded_died_is_not_the_scene(text, lang):
    _, found = events(text, lang)
    assert [e["location"] for e in found] == ["Dargol"]


@pytest.mark.parametrize("text, lang", [
    ("قتل مسلحون 15 مدنيا الخميس في هجوم على سوق بلدة تامو بإقليم تيلابيري. وفي بيان منفصل، قالت وزارة الدفاع إن "
     "وحدات الجيش نفذت يوم الجمعة عمليات ملاحقة قرب تامو أسفرت عن تحييد عشرات الإرهابيين.", "ar"),
    ("Gunmen killed 15 civilians on Thursday in an attack on the market of Tamou, in the Tillabéri region. In a "
     "separate statement, the defence ministry said troops conducted a sweep near Tamou on Friday, neutralising "
     "dozens of terrorists.", "en"),
    ("قتل مسلحون 15 مدنيا الخميس في هجوم على سوق بلدة تامو بإقليم تيلابيري. وقال رئيس كانتون المنطقة إن المهاجمين "
     "وصلوا على دراجات نارية. وأكد الجيش أن وحداته تعقبت المهاجمين يوم الجمعة واشتبكت معهم قرب تامو، ما أسفر عن تحييد "
     "عشرات الإرهابيين.", "ar"),
    ("Gunmen killed 15 civilians on Thursday in an attack on the market of Tamou, in the Tillabéri region. The army "
     "said on Saturday that it had launched a counteroffensive around Tamou on Friday, killing 12 of the fighters.",
     "en"),

    ("Gunmen killed 15 civilians on Thursday in an attack on the market of Tamou, in the Tillabéri region. Troops "
     "pursuing the attackers on Friday killed five more fighters on an island near Tamou, the army said.", "en"),
])
def test_the_armys_pursuit_on_the_next_day_is_an_event_of_its_own(text, lang):
    _, found = events(text, lang)
    assert [(e["sub_event_type"], e["date"]) for e in found] == [("Attack", "2026-03-12"), ("Armed clash", "2026-03-13")]


def test_the_armys_drone_strike_told_in_a_separate_statement_is_its_own_event():
    text = ("قُتل 14 مدنيا في هجوم شنه مسلحون، مساء الأحد، على بلدة كوكورو بإقليم تيلابيري غربي النيجر. "
            "من جانبه، قال الجيش النيجري في بيان منفصل إن طائرة مسيّرة تابعة له استهدفت، الاثنين، مجموعة من "
            "الإرهابيين الضالعين في الهجوم قرب كوكورو، ما أسفر عن تحييد 9 منهم.")
    _, found = events(text, "ar", published=dt.date(2026, 9, 15))
    assert [(e["sub_event_type"], e["date"], e["fatalities"]) for e in found] == [
        ("Attack", "2026-09-13", 14), ("Air/drone strike", "2026-09-14", 9)]


def test_forces_sent_after_the_attackers_who_engage_them_the_next_day_fight_a_battle_of_their_own():
    text = ("Des éléments de Boko Haram ont attaqué dans la nuit de jeudi à vendredi un campement de pêcheurs sur une "
            "île proche de Kaïga-Kindjiria, province du Lac. Six pêcheurs ont été tués. Dans la journée de vendredi, les "
            "forces de défense et de sécurité lancées à la poursuite des assaillants les ont accrochés sur une île "
            "voisine, a indiqué le gouverneur de la province du Lac lors d'une visite à Bol.")
    _, found = events(text, "fr", published=dt.date(2025, 6, 21))
    assert [(e["event_type"], e["date"]) for e in found] == [("Violence against civilians", "2025-06-19"),
                                                             ("Battles", "2025-06-20")]
    assert "Bol" not in {e["location"] for e in found}   # where the governor spoke


@pytest.mark.parametrize("text, lang, published, expected", [
    # troops who track kidnappers down and fight them fight a battle
    ("اقتحم عناصر من بوكو حرام ليلة الأحد إلى الاثنين بلدة تورو في أقصى شمال الكاميرون، واقتادوا ٧ نساء إلى جهة "
     "مجهولة. وذكرت المصادر نفسها أن وحدة من كتيبة التدخل السريع تعقبت الخاطفين صباح الاثنين قرب تورو، واشتبكت "
     "معهم، ما أسفر عن مقتل اثنين من الخاطفين.", "ar", dt.date(2026, 9, 23),
     [("Abduction/forced disappearance", "2026-09-20"), ("Armed clash", "2026-09-21")]),
    # the army's air strikes on the fleeing attackers the next day
    ("قُتل ٨ جنود في الهجوم الذي استهدف فجر الاثنين موقعا عسكريا في بلدة ديافارابي بمنطقة موبتي. وفي سياق متصل، "
     "قالت هيئة الأركان العامة في بيان إن سلاح الجو نفّذ الثلاثاء ضربات دقيقة في محيط ديافارابي استهدفت فلول "
     "المهاجمين أثناء فرارهم، مؤكدة تحييد عشرات الإرهابيين.", "ar", dt.date(2025, 3, 5),
     [("Armed clash", "2025-03-03"), ("Air/drone strike", "2025-03-04")]),
    # a sweep launched "in reaction to" the attack, its clash the same afternoon
    ("Cinq pêcheurs ont été tués dans la nuit du vendredi 6 au samedi 7 novembre 2026 par des éléments de Boko Haram "
     "sur une île proche de Ngouboua, dans la province du Lac. Réagissant à cette attaque, les Forces de défense et de "
     "sécurité ont lancé dès samedi une opération de ratissage. Un accrochage a eu lieu dans l'après-midi du même jour "
     "non loin de Kaïga-Kindjiria, au cours duquel six assaillants ont été neutralisés.", "fr", dt.date(2026, 11, 9),
     [("Attack", "2026-11-06"), ("Armed clash", "2026-11-07")]),
])
def test_the_forces_response_on_the_next_day_is_an_event_of_its_own(text, lang, published, expected):
    _, found = events(text, lang, published=published)
    assert [(e["sub_event_type"], e["date"]) for e in found] == expected


def test_a_position_of_cameroons_rapid_intervention_battalion_attacked_is_a_battle():
    text = ("ياوندي- «القدس العربي»: قُتل مدنيان اثنان ليلة الثلاثاء إلى الأربعاء في هجوم شنه مسلحون من جماعة «بوكو "
            "حرام» على قرية زيليفيد في مقاطعة مايو تسناغا بإقليم أقصى الشمال في الكاميرون.\n\nوقال زعيم تقليدي إن "
            "المهاجمين «أحرقوا نحو عشرة منازل ونهبوا المؤن» قبل أن ينسحبوا.\n\nوبعد يومين، أي الخميس، هاجم مسلحون من "
            "الجماعة نفسها موقعاً لكتيبة التدخل السريع في بلدة كولوفاتا بمقاطعة مايو سافا، ما أسفر عن مقتل جندي وثلاثة "
            "من المهاجمين، بحسب مصدر عسكري تحدث لوكالة الصحافة الفرنسية، مضيفاً أن جنديين آخرين أصيبا بجروح نُقلا على "
            "إثرها إلى مستشفى مورا.")
    _, found = events(text, "ar", published=dt.date(2025, 3, 15))
    assert [(e["event_type"], e["actor2"]) for e in found if e["location"] == "Kolofata"] == [
        ("Battles", "Military Forces of Cameroon")]


def test_a_mine_told_with_its_own_day_after_an_assault_is_an_event_of_its_own():
    text = ("Au moins cinq soldats nigérians ont été tués dimanche soir lors d'une attaque de jihadistes de l'Iswap contre "
            "une base militaire à Wajiroko, dans l'État du Borno. Samedi, trois membres de la CJTF ont été tués lorsque "
            "leur véhicule a sauté sur une mine artisanale sur la route reliant Damboa à Biu.")
    _, found = events(text, "fr", published=dt.date(2026, 10, 13))
    assert sorted((e["date"], e["sub_event_type"]) for e in found) == [
        ("2026-10-10", "Remote explosive/landmine/IED"), ("2026-10-11", "Armed clash")]


def test_two_events_told_side_by_side_with_while_are_two_events():
    text = ("Deux soldats béninois ont été tués dimanche dans une attaque contre une position de l'armée dans le nord du "
            "Bénin, tandis qu'au Togo voisin, trois civils ont péri mercredi dans l'explosion d'un engin artisanal. Au "
            "Bénin, des hommes armés ont attaqué à l'aube la position militaire de Tanongou, dans la commune de "
            "Tanguiéta. Au Togo, l'engin a explosé au passage d'une charrette près de Mandouri, dans la préfecture de "
            "Kpendjal.")
    _, found = events(text, "fr", published=dt.date(2026, 11, 20))
    assert sorted((e["country"], e["event_type"], e["date"]) for e in found) == [
        ("BJ", "Battles", "2026-11-15"), ("TG", "Explosions/Remote violence", "2026-11-18")]


def test_the_bodies_of_attackers_found_the_next_day_are_the_attacks_toll():
    text = ("A police officer and two assailants were killed when gunmen attacked a police station in Founougo, in "
            "Benin's northern department of Alibori, on Wednesday night. The bodies of two of the assailants were "
            "found near the station on Thursday morning, the source said, adding that the defense and security forces "
            "had launched a sweep of the area.")
    _, found = events(text, "en", published=dt.date(2025, 5, 16))
    assert [(e["location"], e["date"]) for e in found] == [("Founougo", "2025-05-14")]


@pytest.mark.parametrize("text, lang", [
    ("On November 17, bandits stormed a school in Maga, Kebbi State, and abducted 25 students. Four days later, "
     "gunmen abducted more than 300 pupils and teachers from a Catholic school in Papiri, a community in Niger State.",
     "en"),
    ("Le 17 novembre, des bandits ont enlevé 25 élèves dans un lycée de Maga, dans l'Etat de Kebbi. Quatre jours plus "
     "tard, des hommes armés ont enlevé plus de 300 élèves dans une école catholique de Papiri, dans l'Etat du Niger.",
     "fr"),
])
def test_a_school_abducted_some_days_later_is_dated_from_the_first(text, lang):
    _, found = events(text, lang, published=dt.date(2026, 1, 7))
    assert [(e["location"], e["date"]) for e in found] == [("Maga", "2025-11-17"), ("Papiri", "2025-11-21")]


def test_the_men_of_a_faction_leader_are_no_town_named_like_him():
    text = ("Le 27 juillet, des combattants de Bakura ont lancé un assaut contre des positions de l'Iswap sur une île "
            "du lac Tchad, côté nigérian. Les combats ont fait des dizaines de morts dans les deux camps.")
    _, [event] = events(text, "fr")
    assert event["admin1_code"] != "NG-ZA" and "Boko Haram (JAS)" in (event["actor1"], event["actor2"])


def test_a_headline_on_a_capital_named_like_its_state_means_the_state():
    text = ("Suspected Lakurawa Terrorists Kill Five Herders In Sokoto\n\n"
            "Suspected members of the Lakurawa group have killed five herders in Sanyinna, a community in Tangaza "
            "Local Government Area of Sokoto State. The gunmen invaded the community on Sunday afternoon.")
    assert scenes(text, "en") == ["Sanyinna"]


def test_the_day_told_after_a_week_dates_the_event_of_that_week():
    text = ("Four soldiers and 12 militants were killed when jihadists ambushed an army patrol in the western Tillabéri "
            "region last week, the ministry said on Sunday. The patrol came under fire Tuesday near Kokorou, in the Téra "
            "department. In a separate operation on Thursday, an air force strike destroyed a logistics base near "
            "Tassara, in the Tahoua region, killing about 20 fighters.")
    _, found = events(text, "en")
    assert [(e["location"], e["sub_event_type"], e["date"]) for e in found] == [
        ("Kokoro", "Armed clash", "2026-03-10"), ("Tassara", "Air/drone strike", "2026-03-12")]


@pytest.mark.parametrize("text, lang", [
    ("أعلنت وزارة الدفاع في النيجر، الثلاثاء، مقتل 5 جنود وإصابة 3 آخرين في كمين نصبه مسلحون لدورية عسكرية قرب بلدة كوكورو في "
     "مقاطعة تيرا بمنطقة تيلابيري غربي البلاد، فيما قُتل 7 مدنيين في هجوم منفصل على سوق أسبوعية في المنطقة نفسها. وقالت الوزار"
     "ة، في بيان تلاه المتحدث باسمها عبر التلفزيون الرسمي، إن الدورية تعرضت يوم الأحد \"لكمين نصبه إرهابيون\"، مؤكدة أن رد القوا"
     "ت أسفر عن \"تحييد عشرات الإرهابيين\". وفي هجوم آخر يوم الاثنين، فتح مسلحون كانوا على متن دراجات نارية النار على رواد السوق"
     " الأسبوعية في بلدة ميهانة، الواقعة بدورها في مقاطعة تيرا، ما أسفر عن مقتل 7 مدنيين.", "ar"),
    ("Le ministère de la Défense a annoncé mardi la mort de cinq soldats dans une embuscade tendue à une patrouille près "
     "de Kokorou, dans la région de Tillabéri. La patrouille est tombée dimanche dans une embuscade de terroristes, dont "
     "des dizaines ont été neutralisés. Dans une autre attaque lundi, des hommes armés ont ouvert le feu sur le marché "
     "de Méhana, tuant sept civils.", "fr"),
])
def test_another_attack_on_the_next_day_is_an_event_of_its_own(text, lang):
    _, found = events(text, lang, published=dt.date(2025, 12, 9))
    assert [e["event_type"] for e in found if e["location"] == "Méhana"] == ["Violence against civilians"]
    assert "Battles" in [e["event_type"] for e in found if e["location"] == "Kokoro"]


def test_where_a_convoy_headed_and_a_capital_extending_an_emergency_are_no_scenes():
    text = ("Un convoi de l'armée nigérienne a été attaqué lundi près de Dargol, dans le département de Téra. Le convoi, "
            "parti de Téra en direction de Niamey, a d'abord été visé par un engin explosif improvisé avant d'être "
            "attaqué par des terroristes à bord de motos.")
    assert scenes(text, "fr") == ["Dargol"]
    text = ("Des hommes armés ont attaqué lundi un poste de police à Mandouri, dans la région des Savanes, tuant deux "
            "policiers. Lomé a prorogé en début d'année l'état d'urgence sécuritaire dans la région des Savanes, où des "
            "dizaines de soldats et de civils ont été tués depuis 2021.")
    assert scenes(text, "fr") == ["Mandouri"]


def test_a_march_against_the_attacks_of_the_year_is_a_protest():
    text = ("Mercredi matin, plusieurs dizaines de jeunes de Kolofata ont marché jusqu'à la sous-préfecture pour réclamer "
            "davantage de sécurité, après une dizaine d'attentats depuis le début de l'année dans l'arrondissement.")
    _, found = events(text, "fr")
    assert [(e["event_type"], e["location"]) for e in found] == [("Protests", "Kolofata")]


def test_nowadays_dates_no_event():
    text = ("Vendredi soir, une femme kamikaze s'est fait exploser près d'un salon de thé à Mafa, dans l'Etat de Borno, "
            "tuant trois personnes. Les autorités attribuent l'attentat à Boko Haram : le recours à des femmes kamikazes "
            "est la marque de la faction d'Abubakar Shekau, aujourd'hui dirigée par Bakura Doro.")
    _, found = events(text, "fr")
    assert [(e["location"], e["date"]) for e in found] == [("Mafa", "2026-03-13")]


def test_protesters_told_after_the_attack_they_denounce_are_the_march():
    text = ("Plusieurs centaines de jeunes ont marché mardi dans les rues de Bandiagara pour dénoncer l'insécurité. Cette "
            "marche intervient après l'attaque de jeudi dernier contre un car de transport près de Bandiagara. Des hommes "
            "armés avaient ouvert le feu sur les passagers, tuant quatre personnes. Le gouverneur de la région a reçu une "
            "délégation des manifestants.")
    _, found = events(text, "fr", published=dt.date(2025, 4, 30))
    assert sorted(e["event_type"] for e in found) == ["Protests", "Violence against civilians"]


def test_the_day_an_arabic_ministry_announced_a_toll_is_the_telling():
    text = ("أعلنت وزارة الدفاع في النيجر، الثلاثاء، مقتل 5 جنود في كمين نصبه مسلحون لدورية عسكرية قرب بلدة كوكورو بمنطقة "
            "تيلابيري. وقالت الوزارة إن الدورية تعرضت يوم الأحد لكمين نصبه إرهابيون.")
    _, found = events(text, "ar", published=dt.date(2025, 12, 9))
    assert [(e["location"], e["date"]) for e in found] == [("Kokoro", "2025-12-07")]


@pytest.mark.parametrize("text, lang", [
    ("قتل مسلحون من بوكو حرام خمسة صيادين ليلة السبت في هجوم على جزيرة قرب بلدة بغا سولا في إقليم البحيرة. وقال الجيش "
     "التشادي في بيان إن وحداته تعقبت المهاجمين واشتبكت معهم قرب بغا سولا، ما أسفر عن مقتل سبعة منهم.", "ar"),
    ("Cinq pêcheurs ont été tués dans la nuit de samedi par des combattants de Boko Haram sur une île près de Baga "
     "Sola, dans la province du Lac. Selon un communiqué de l'armée tchadienne, ses unités ont pris en chasse les "
     "assaillants et les ont accrochés près de Baga Sola, en tuant sept.", "fr"),
    ("Boko Haram fighters killed five fishermen on Saturday night on an island near Baga Sola in Lac province. The "
     "Chadian army said in a statement that its units pursued the attackers and clashed with them near Baga Sola, "
     "killing seven of them.", "en"),
])
def test_the_armys_pursuit_and_fight_after_a_massacre_is_a_battle_of_its_own(text, lang):
    _, found = events(text, lang, published=dt.date(2026, 4, 20))
    assert [(e["event_type"], e["fatalities"]) for e in found] == [
        ("Violence against civilians", 5), ("Battles", 7)]


@pytest.mark.parametrize("text, lang", [
    ("قتل ثلاثة جنود بنينيين الخميس في هجوم على موقع عسكري قرب كاريماما في أليبوري. وقال الجيش إن المهاجمين قدموا من "
     "جهة نهر النيجر. وكانت البلاد قد شهدت في 17 أبريل من العام الماضي مقتل 54 جنديا في هجوم للجماعة نفسها.", "ar"),
    ("Trois soldats béninois ont été tués jeudi dans l'attaque d'un poste militaire près de Karimama, dans l'Alibori. "
     "Selon l'armée, les assaillants étaient venus par le fleuve Niger. Le 17 avril de l'an dernier, 54 soldats "
     "avaient été tués dans une attaque du même groupe.", "fr"),
])
def test_a_river_the_attackers_came_along_does_not_place_an_earlier_attack(text, lang):
    _, found = events(text, lang, published=dt.date(2026, 4, 24))
    assert [(e["country"], e["background"]) for e in found] == [("BJ", False), ("BJ", True)]


@pytest.mark.parametrize("text, scene", [
    ("قتل مسلحون عشرة قرويين يوم الاثنين في هجوم على قرية قرب بلدة بالي، مقر منطقة غودو للحكم المحلي في ولاية سوكوتو.",
     ("Balle", "NG")),
    # a village the gazetteer does not list, whose name is also a town of another country: the unit holds it
    ("عثر على جثث ثلاثة رعاة موريتانيين أمس قرب قرية بالي التابعة لدائرة نارا، بعد يوم من توقيفهم من طرف وحدة من "
     "الجيش.", ("Nara", "ML")),
])
def test_a_town_named_like_a_common_word_is_read_with_its_cue_and_in_its_country(text, scene):
    _, [event] = events(text, "ar", published=dt.date(2026, 4, 29))
    assert (event["location"], event["country"]) == scene


def test_an_ambushed_military_supply_convoy_is_an_armed_target():
    text = ("تعرضت قافلة تموين عسكرية أمس الخميس لكمين قرب بلدة تننكو على الطريق المؤدي إلى ديافارابي، تبنته جماعة "
            "نصرة الإسلام والمسلمين.")
    _, [event] = events(text, "ar", published=dt.date(2026, 3, 20))
    assert (event["event_type"], event["actor2"]) == ("Battles", "Military Forces of Mali")


@pytest.mark.parametrize("text, lang", [
    ("خطف مسلحون من بوكو حرام خمسة أشخاص ليلة الاثنين في بلدة تورو بأقصى الشمال الكاميروني. ورجح مصدر أمني أن تطالب "
     "الجماعة بفدية مقابل الإفراج عن المخطوفين. وكانت تورو قد شهدت في الثاني من مارس الماضي هجوما قُتل فيه راعيان.",
     "ar"),
    ("Boko Haram gunmen abducted five people on Monday night in Tourou, in Cameroon's Far North. A security source "
     "said the group was expected to demand a ransom in exchange for the release of the hostages. On March 2, two "
     "herders were killed in an attack on Tourou.", "en"),
])
def test_a_release_asked_as_ransom_is_none_and_a_dated_attack_on_herders_recalled_is_an_event(text, lang):
    _, found = events(text, lang, published=dt.date(2026, 4, 22))
    assert [(e["sub_event_type"], e["background"]) for e in found] == [
        ("Abduction/forced disappearance", False), ("Attack", True)]
    assert found[1]["date"] == "2026-03-02"


def test_troops_who_chased_the_raiders_the_next_day_fought_a_battle_of_their_own():
    text = ("قُتل ثلاثة مدنيين ليل الأربعاء إلى الخميس في هجوم شنه مسلحون من جماعة بوكو حرام على بلدة موزوغو بأقصى "
            "الشمال الكاميروني. وأضاف مصدر أمني أن عناصر من كتيبة التدخل السريع لاحقوا المهاجمين يوم الخميس، "
            "واشتبكوا معهم قرب موزوغو، ما أسفر عن مقتل أربعة من المسلحين.")
    _, found = events(text, "ar", published=dt.date(2026, 6, 12))
    assert [(e["event_type"], e["date"], e["fatalities"]) for e in found] == [
        ("Violence against civilians", "2026-06-10", 3), ("Battles", "2026-06-11", 4)]


def test_the_evening_a_long_named_command_announced_a_strike_is_the_telling():
    text = ("أعلن الجيش النيجري، في بيان صادر عن مديرية الإعلام والعلاقات العامة للقوات المسلحة مساء أمس الأحد، تنفيذ "
            "ضربة جوية قرب بلدة أبالا. وأوضح البيان أن الطائرة المسيرة استهدفت يوم الجمعة تجمعا للإرهابيين وقتلت "
            "ثمانية منهم.")
    _, found = events(text, "ar", published=dt.date(2026, 2, 2))
    assert [(e["location"], e["date"]) for e in found] == [("Abala", "2026-01-30")]


def test_a_village_told_after_its_region_places_the_event():
    text = ("Deux terroristes ont été neutralisés par l'Armée nationale populaire dans la wilaya de Médéa, selon le bilan "
            "du ministère de la Défense nationale couvrant la période du 7 au 13 mars 2026, rendu public ce mercredi. "
            "« Des détachements de l'ANP ont neutralisé, le 10 mars 2026, deux "
            "terroristes lors d'une opération de ratissage menée près de la commune de Tamesguida, wilaya de Médéa », "
            "indique le communiqué.")
    _, [event] = events(text, "fr")
    assert (event["location"], event["admin1_code"]) == ("Tamesguida", "DZ-26")


@pytest.mark.parametrize("text, lang", [
    ("Trois soldats togolais ont été tués mardi par l'explosion d'une mine au passage de leur véhicule dans la commune "
     "de Mandouri, dans la région des Savanes. La patrouille circulait près du village de Kpinkankandi, à la frontière "
     "du Burkina Faso, selon une source sécuritaire.", "fr"),
    ("قتل ثلاثة جنود توغوليين الثلاثاء في انفجار لغم بآليتهم في بلدية ماندوري شمالي البلاد. وكانت الدورية تسير قرب "
     "قرية كبينكانكاندي على الحدود مع بوركينا فاسو، وفق مصدر أمني.", "ar"),
    ("Three Togolese soldiers were killed on Tuesday when their vehicle hit a landmine in the municipality of "
     "Mandouri, in the Savanes region. The patrol was moving near the village of Kpinkankandi, on the border with "
     "Burkina Faso, a security source said.", "en"),
])
def test_a_village_told_after_the_commune_places_the_event_inside_it(text, lang):
    assert scenes(text, lang) == ["Kpinkankandi"]


def test_a_village_told_with_the_killings_after_the_commune_places_the_attack():
    text = ("Des hommes armés ont attaqué mardi des civils dans la commune de Banikoara, dans l'Alibori. Ils ont tué "
            "quatre villageois près de Kérémou, selon une source locale. Le même jour, d'autres villageois ont fui "
            "vers Banikoara, le chef-lieu de la commune.")
    assert scenes(text, "fr") == ["Kérémou"]


@pytest.mark.parametrize("text, lang", [
    ("أصيب راع يبلغ من العمر 15 عاما بجروح خطيرة أمس الاثنين إثر انفجار لغم تقليدي الصنع بجبل الشعانبي من ولاية "
     "القصرين. وطالب الأهالي السلطات بتكثيف عمليات نزع الألغام في المنطقة.", "ar"),
    ("Un berger de 15 ans a été grièvement blessé lundi par l'explosion d'une mine artisanale au mont Chaambi, dans le "
     "gouvernorat de Kasserine. Les habitants ont appelé les autorités à intensifier le déminage de la zone.", "fr"),
    ("A 15-year-old shepherd was seriously wounded on Monday when a homemade landmine exploded on Mount Chaambi in "
     "Kasserine governorate. Residents urged the authorities to step up demining in the area.", "en"),
])
def test_more_demining_asked_for_after_a_mine_blast_is_no_mine_cleared(text, lang):
    _, [event] = events(text, lang, published=dt.date(2026, 2, 3))
    assert (event["sub_event_type"], event["actor2"]) == ("Remote explosive/landmine/IED", "Civilians (Tunisia)")


def test_the_next_sentence_places_an_ambush_told_in_a_country():
    text = ("Militants ambushed a convoy of fuel tankers and its army escort in western Mali on Monday, killing at least "
            "nine soldiers. The attack took place near the village of Lakamane, in the Diema district of the Kayes "
            "region, on the main road linking the capital Bamako to the border with Senegal. In a statement on "
            "Tuesday, the army said its drones had struck \"a gathering of terrorists\" near Nampala, in the Segou "
            "region, on Sunday.")
    _, found = events(text, "en")
    assert [(e["location"], e["sub_event_type"], e["date"]) for e in found] == [
        ("Lakamané", "Armed clash", "2026-03-16"), ("Nampala", "Air/drone strike", "2026-03-15")]


def test_the_gunmen_arriving_at_a_town_place_an_attack_told_on_a_lake():
    text = ("Boko Haram fighters killed eight fishermen on an island of Lake Chad on Saturday, Chadian officials said. "
            "The gunmen arrived by canoe at a fishing camp near Kaiga-Kindjiria, in Lac province, at around midday.")
    assert scenes(text, "en") == ["Kaiga-Kindjiria"]


def test_troops_in_the_general_area_of_a_town_are_there():
    text = ("On Thursday, troops conducting clearance operations in the general area of Ngoshe in Gwoza LGA made "
            "contact with Boko Haram terrorists. In the ensuing firefight, two terrorists were neutralised.")
    _, [event] = events(text, "en")
    assert (event["location"], event["event_type"]) == ("Ngoshe", "Battles")


def test_an_operation_named_after_words_that_are_also_places_is_not_a_place():
    text = ("Troops of Operation Hadin Kai repelled an attack by ISWAP fighters on their base in Damasak "
            "on Sunday, killing 12 of them.")
    _, [event] = events(text, "en")
    assert event["location"] == "Damasak"
    text = "وقال المتحدث باسم عملية \"هادين كاي\" إن القوات صدت هجوما على قاعدة مالام فاتوري وقتلت 12 إرهابيا."
    _, found = events(text, "ar")
    assert {e["country"] for e in found} == {"NG"}
    text = ("أعلن الجيش النيجري أن وحداته حيّدت 9 إرهابيين خلال الأسبوع في إطار عمليتي \"نيا\" و\"ساني كاي\".\n\n"
            "وأوضح أن الطيران نفذ يوم السبت ضربة جوية قرب تيليا بمنطقة تاهوا أسفرت عن تحييد تسعة إرهابيين.")
    _, found = events(text, "ar")
    assert {e["country"] for e in found} == {"NE"}
    text = ("L'armée nigérienne a neutralisé neuf terroristes cette semaine dans le cadre des opérations « Niya » et "
            "« Saney Kaï ».\n\nUne frappe aérienne a visé samedi un groupe de terroristes près de Tillia, dans la "
            "région de Tahoua, neutralisant neuf d'entre eux.")
    _, found = events(text, "fr")
    assert {e["country"] for e in found} == {"NE"}


def test_a_conflicts_toll_in_thousands_is_not_the_incidents():
    text = ("Gunmen killed seven villagers in Mangu, Plateau State, on Tuesday. The violence in Plateau has killed "
            "thousands of people and displaced more than 300,000 since 2001.")
    _, [event] = events(text, "en")
    assert event["fatalities"] == 7


def test_a_roadside_bomb_stays_a_bomb_when_the_road_is_said_to_be_often_ambushed():
    text = ("Three Nigerien soldiers were killed on Sunday when their vehicle struck a landmine near Tillia. "
            "The road between Tillia and Tahoua is regularly the scene of ambushes against army convoys.")
    _, [event] = events(text, "en")
    assert (event["event_type"], event["sub_event_type"]) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_the_day_a_report_was_published_does_not_split_the_incident_it_tells():
    text = ("Human Rights Watch accused soldiers of killing 14 civilians in Djibasso on March 3. "
            "In a report published on Friday, the group said witnesses described soldiers burning houses.")
    _, [event] = events(text, "en")
    assert (event["location"], event["date"]) == ("Djibasso", "2026-03-03")
    text = ("اتهمت منظمة حقوقية الجيش بقتل 14 مدنيا في جيباسو يوم 3 مارس. "
            "وقالت المنظمة في تقرير نشرته يوم الجمعة إن الجنود أطلقوا النار على السكان وأحرقوا منازل.")
    _, [event] = events(text, "ar")
    assert event["date"] == "2026-03-03"
    text = ("Une position de l'armée tchadienne a été attaquée dans la nuit de samedi à dimanche à Kaïga Kindjiria, dans "
            "la province du Lac. D'après un communiqué de l'état-major général des armées rendu public ce lundi, les "
            "assaillants ont fait irruption vers 2 heures du matin. L'armée déplore six militaires tués et fait état "
            "de 19 terroristes neutralisés.")
    _, [event] = events(text, "fr")
    assert (event["date"], event["fatalities"]) == ("2026-03-14", 25)


@pytest.mark.parametrize("text, lang", [
    ("On Wednesday, Mali's armed forces said in a statement that drone strikes carried out the previous day near "
     "Léré had neutralised 12 terrorists.", "en"),
    ("Mercredi, l'armée malienne a indiqué dans un communiqué que des frappes de drones menées la veille près de Léré "
     "avaient neutralisé 12 terroristes.", "fr"),
])
def test_the_previous_day_is_the_day_before_the_one_told(text, lang):
    _, [event] = events(text, lang)
    assert (event["sub_event_type"], event["date"]) == ("Air/drone strike", "2026-03-10")


def test_a_statements_day_dates_an_incident_nothing_else_dates():
    _, [event] = events("BAMAKO, March 16 (Agency) — Gunmen killed six villagers near Bankass, "
                        "the army said on Sunday.", "en")
    assert event["date"] == "2026-03-15"


def test_arabic_communique_tolls_listed_by_side():
    text = ("أعلنت هيئة الأركان أن مسلحين هاجموا موقع القوات المسلحة في بلدة نيونو مساء السبت، "
            "وأن وحداتنا ردت بقوة مما أجبر المهاجمين على الفرار في اتجاهات مختلفة.\n"
            "- من جانب القوات المسلحة: 3 شهداء و9 جرحى.\n"
            "- من جانب العدو: تحييد 11 إرهابيا.")
    _, [event] = events(text, "ar")
    assert (event["event_type"], event["location"], event["fatalities"]) == ("Battles", "Niono", 14)


def test_arabic_dead_counted_in_the_ranks_of_a_side():
    text = ("ارتفعت حصيلة الهجوم على موقع للجيش في بلدة بوسو إلى ١١ قتيلا في صفوف الجنود، "
            "فيما تمكنت القوات من تحييد سبعة من المهاجمين.")
    _, [event] = events(text, "ar")
    assert event["fatalities"] == 18


def test_a_revised_toll_of_one_side_keeps_the_other_sides_figure():
    text = ("Des hommes armés ont attaqué samedi le poste militaire de Diafarabé; l'armée a neutralisé 9 assaillants. "
            "Le bilan côté militaire, d'abord de 3 soldats tués, s'est alourdi à 6 soldats tués dimanche.")
    _, [event] = events(text, "fr")
    assert event["fatalities"] == 15


def test_a_communique_counts_the_bodies_the_enemy_left_and_the_friendly_dead():
    text = ("L'attaque terroriste de samedi contre le camp de Diafarabé a été repoussée. L'ennemi a laissé "
            "sur le terrain quatorze corps. Côté ami, l'armée déplore cinq morts et huit blessés.")
    _, [event] = events(text, "fr")
    assert event["fatalities"] == 19


def test_a_team_snatching_a_win_kidnaps_no_one():
    text = "خطف فريق الوداد فوزا ثمينا من مضيفه بهدفين لهدف مساء أمس في مباراة البطولة، بعدما سجل مهاجمه هدف الانتصار."
    extraction, found = events(text, "ar")
    assert found == [] and extraction.kind == "other"


def test_an_army_weekly_toll_of_smugglers_and_gold_miners_is_no_event():
    text = ("من جهة أخرى، أوقفت مفارز للجيش الوطني الشعبي بكل من تمنراست وبرج باجي مختار 150 شخصا، وضبطت 20 مركبة "
            "و90 مولدا كهربائيا ومطارق ضغط وآلات تفجير تستعمل في عمليات التنقيب غير المشروع عن الذهب.")
    _, found = events(text, "ar")
    assert found == []


def test_people_and_the_place_of_a_briefing_are_not_scenes():
    text = ("Bandits killed seven people in Gidan Goga, a village in Maradun LGA of Zamfara State, on Sunday. "
            "\"They shot everyone they saw,\" a resident, Malam Sani Gusau, told reporters.")
    _, found = events(text, "en")
    assert [e["location"] for e in found] == ["Gidan Goga"]
    text = ("Briefing journalists in Abuja on Thursday, the defence spokesman said troops had seized "
            "a cache of weapons and ammunition from ISWAP fighters in Malam Fatori.")
    _, [event] = events(text, "en")
    assert event["location"] in ("Malam Fatori", "Mallam Fatori")


def test_a_forest_near_a_town_locates_the_strike_there():
    text = "نفذ الطيران العسكري يوم الثلاثاء ضربات جوية على تجمع للمسلحين في غابة قريبة من بلدة دياباغا شرقي بوركينا فاسو."
    _, [event] = events(text, "ar")
    assert event["location"] == "Diapaga"


def test_a_venue_named_after_a_town_and_the_ports_a_road_links_to_are_not_scenes():
    text = ("A bomb hidden in a bag exploded on Thursday in the café Argana on Jemaa el-Fna square in Marrakech, "
            "killing 17 people.")
    _, [event] = events(text, "en")
    assert event["location"] in ("Marrakech", "Marrakesh")
    text = ("Des centaines de manifestants ont défilé vendredi à Bamako contre le blocus imposé sur les axes "
            "reliant Bamako aux ports de Dakar et d'Abidjan.")
    _, [event] = events(text, "fr")
    assert event["location"] == "Bamako"


def test_a_gang_moving_to_the_next_village_where_it_strikes_makes_that_village_a_scene():
    text = ("Bandits killed six people in Dankurmi village in Maru LGA of Zamfara State on Sunday night. "
            "The same gang moved on Monday to Bindin, another village in Maru LGA, where they abducted 30 people. "
            "No one was reported killed in Bindin.")
    _, found = events(text, "en")
    by_place = {e["location"]: e for e in found}
    assert set(by_place) == {"Dankurmi", "Bindin"}
    assert (by_place["Bindin"]["sub_event_type"], by_place["Bindin"]["fatalities"]) == (
        "Abduction/forced disappearance", 0)


def test_a_death_toll_that_has_risen_to_a_figure_counts_that_figure():
    text = ("The death toll from Saturday's attack on the army camp of Diafarabé, in central Mali, has risen to "
            "19 soldiers, the general staff said, revising an earlier figure of eleven.")
    _, [event] = events(text, "en")
    assert event["fatalities"] == 19


def test_fighters_arriving_from_the_direction_of_a_lake_do_not_move_the_scene():
    text = ("ISWAP fighters attacked a military base in Marte, Borno State, on Sunday night. They arrived from "
            "the direction of Lake Chad and used drones to drop explosives before storming the base. "
            "At least six soldiers were killed.")
    _, [event] = events(text, "en")
    assert (event["location"], event["fatalities"]) == ("Marte", 6)


def test_the_district_named_after_the_town_holds_it_and_is_no_second_scene():
    text = ("ارتفعت حصيلة الهجوم الذي استهدف يوم السبت معسكر الجيش المالي في بولكسي، بدائرة دوينتزا وسط البلاد، "
            "إلى ٢٣ قتيلا في صفوف الجنود.")
    _, [event] = events(text, "ar")
    assert (event["location"], event["fatalities"]) == ("Boulkessi", 23)


def test_a_bomb_on_the_road_between_two_towns_measured_from_one_is_one_event_there():
    text = ("قُتل ستة جنود نيجريين الثلاثاء عندما انفجرت عبوة ناسفة لدى مرور دورية عسكرية على الطريق بين تيلابيري "
            "وأيورو، على بعد نحو 30 كلم من أيورو، أعقبها هجوم شنه عشرات المسلحين.")
    _, [event] = events(text, "ar")
    assert event["location"] == "Ayorou"


def test_a_football_report_full_of_attacks_and_rockets_is_no_event():
    text = ("حقق منتخب مالي فوزا ثمينا على ضيفه بنتيجة ثلاثة أهداف مقابل هدف على ملعب 26 مارس في باماكو. "
            "ودخل النسور المباراة بهجوم كاسح، وأطلق مهاجمهم قذيفة من خارج المنطقة سكنت الشباك.")
    extraction, found = events(text, "ar")
    assert found == [] and extraction.kind == "other"


def test_an_ambush_on_the_road_between_two_towns_near_one_of_them_is_there():
    text = ("تعرضت قافلة إمدادات يرافقها الجيش لكمين على الطريق الرابط بين ديدوغو ونونا، قرب نونا، "
            "ما أدى إلى مقتل ثلاثة جنود، ثم انسحب المهاجمون نحو جزر بحيرة تشاد.")
    _, [event] = events(text, "ar")
    assert event["location"] == "Nouna"


def test_a_district_holding_the_town_and_an_aircraft_sent_from_the_capital_are_no_scenes():
    text = ("Le jeudi 9 avril, une unité de la Garde nationale a été attaquée près de Makalondi. Grâce à un vecteur "
            "aérien dépêché de Niamey, l'ennemi a été repoussé. Côté ami, six gardes tués. "
            "Le vendredi 10 avril, une opération de fouille dans la commune rurale de Mangaizé, département de "
            "Ouallam, a permis l'interpellation de huit individus suspectés de complicité avec les terroristes.")
    _, found = events(text, "fr")
    assert sorted(e["location"] for e in found) == ["Makalondi", "Mangaïzé"]


def test_an_algerian_army_communique_of_terrorists_killed_in_a_search_is_a_battle():
    text = ("قضت مفرزة للجيش الوطني الشعبي، يوم 14 مارس 2026، على إرهابيين اثنين، إثر عملية بحث وتمشيط بمنطقة "
            "واد المالح ببلدية تابلاط، ولاية المدية، واسترجاع مسدسين رشاشين من نوع كلاشنيكوف.")
    _, [event] = events(text, "ar")
    assert (event["event_type"], event["location"], event["fatalities"]) == ("Battles", "Tablat", 2)


def test_protesters_dispersed_with_tear_gas_and_arrested_is_a_protest_with_intervention():
    text = ("فرقت قوات الشرطة أمس الثلاثاء بالغاز المسيل للدموع مئات الشبان الذين تجمعوا في مدينة تيلابيري احتجاجا "
            "على تدهور الأوضاع الأمنية. وأوقفت الشرطة نحو عشرة أشخاص، ولم تسجل أي وفيات.")
    _, [event] = events(text, "ar")
    assert (event["event_type"], event["sub_event_type"], event["fatalities"]) == (
        "Protests", "Protest with intervention", 0)


def test_rival_groups_fight_each_other_and_a_group_does_not_fight_its_own_branch():
    text = ("قُتل نحو أربعين مسلحا في معارك اندلعت الأربعاء بين مقاتلي جماعة بوكو حرام وتنظيم ولاية غرب أفريقيا "
            "قرب بلدة كوكاوا بولاية بورنو. ولم يصدر أي تعليق من الجيش النيجيري الذي يكتفي بمراقبة هذه المواجهات.")
    _, [event] = events(text, "ar")
    assert {event["actor1"], event["actor2"]} == {"Boko Haram (JAS)", "Islamic State West Africa Province"}
    text = ("Des combattants du JNIM (katiba Macina) ont attaqué samedi le camp militaire de Diafarabé, "
            "tuant cinq soldats maliens.")
    _, [event] = events(text, "fr")
    assert event["actor2"] == "Military Forces of Mali"


def test_the_militia_on_the_states_side_is_never_the_attacker_the_document_names():
    text = ("Les Forces armées nationales, appuyées par les Volontaires pour la défense de la patrie (VDP), ont mené "
            "la semaine dernière des opérations dans la province du Sourou. Le vendredi 10 avril, une unité a été "
            "prise à partie par un groupe armé terroriste près de Kiembara. La riposte a permis de neutraliser "
            "dix-sept assaillants. Deux VDP sont tombés au cours de l'accrochage.")
    _, found = events(text, "fr")
    kiembara = next(e for e in found if e["location"] == "Kiembara")
    assert kiembara["actor1"] == "Unidentified Armed Group (Burkina Faso)"


def test_students_carried_away_were_abducted():
    text = ("On Monday, armed bandits stormed the Government Girls Comprehensive Secondary School in Maga, Kebbi State, "
            "and carried away 25 students from their hostel.")
    _, [event] = events(text, "en")
    assert (event["sub_event_type"], event["location"]) == ("Abduction/forced disappearance", "Maga")


def test_a_ceremony_marking_an_old_abduction_is_no_new_event():
    text = ("Parents and former captives gathered in Chibok on Monday to mark 12 years since the abduction of 276 "
            "schoolgirls. On the night of 14 April 2014, Boko Haram fighters stormed the Government Girls "
            "Secondary School in Chibok, Borno State, and abducted 276 students.")
    extraction, found = events(text, "en")
    assert extraction.kind == "analysis"
    assert [(e["location"], e["date"], e["background"]) for e in found] == [("Chibok", "2014-04-14", True)]


def test_a_trial_that_opens_today_is_no_new_event():
    text = ("باماكو - افتتحت محكمة الجنايات المتخصصة في قضايا الإرهاب في باماكو، أمس الأحد، محاكمة ثلاثة متهمين "
            "في قضية الهجوم على فندق في العاصمة. ففي 20 نوفمبر 2015، اقتحم مسلحان الفندق واحتجزا النزلاء رهائن. "
            "وأسفر الهجوم عن مقتل 20 شخصا، وتبنت جماعة المرابطون الهجوم.")
    extraction, found = events(text, "ar")
    assert extraction.kind == "analysis"
    assert [(e["location"], e["date"], e["background"]) for e in found] == [("Bamako", "2015-11-20", True)]


def test_a_weekly_army_results_communique():
    text = ("Selon le MDN, deux terroristes ont été abattus le 12 mars lors d'une opération de fouille et de "
            "ratissage menée près de la commune d'El Milia, wilaya de Jijel. Des détachements de l'ANP ont "
            "également découvert et détruit quatre casemates et deux bombes de confection artisanale à Skikda.")
    _, found = events(text, "fr")
    by_place = {e["admin1_code"]: e for e in found}
    assert (by_place["DZ-18"]["event_type"], by_place["DZ-18"]["actor1"], by_place["DZ-18"]["fatalities"]) == (
        "Battles", "Military Forces of Algeria", 2)
    assert by_place["DZ-21"]["sub_event_type"] == "Disrupted weapons use"


@pytest.mark.parametrize("text, lang", [
    ("Les services de la sûreté de wilaya d'Oran ont démantelé un réseau criminel spécialisé dans "
     "l'escroquerie aux visas. Plus d'une cinquantaine de victimes ont été recensées.", "fr"),
    ("Police in Kano arrested seven members of a criminal network specialised in internet fraud and forgery "
     "on Monday, the spokesperson said.", "en"),
    ("فككت مصالح الأمن بطنجة شبكة إجرامية تنشط في النصب والاحتيال وتزوير الوثائق، وأوقفت خمسة أشخاص.", "ar"),
    ("On Sunday, 14 individuals were arrested while attempts to smuggle 41,560 litres of fuel were foiled in "
     "Tébessa, Algeria. Coast guards foiled attempts of illegal emigration and rescued 58 individuals aboard "
     "makeshift boats off Tlemcen.", "en"),
])
def test_ordinary_crime_is_no_event(text, lang):
    extraction, found = events(text, lang)
    assert found == [] and extraction.kind == "other"


def test_a_release_told_days_after_the_abduction_is_a_release():
    text = ("Fourteen women were abducted by Boko Haram fighters near Pulka, Borno State, on Thursday, residents said. "
            "Days later, the insurgents demanded a ransom for each woman. On Monday, nine of the women were "
            "released on the outskirts of Pulka after their families paid. Five remain in captivity.")
    _, found = events(text, "en")
    assert sorted((e["sub_event_type"], e["date"]) for e in found) == [
        ("Abduction/forced disappearance", "2026-03-12"), ("Other", "2026-03-16")]


@pytest.mark.parametrize("text, lang", [
    ("Residents of Mokwa, Niger State, said the flood water came like a bomb on Thursday, killing 151 people.", "en"),
    ("À Gao, la hausse des prix est une bombe sociale, préviennent les commerçants du marché.", "fr"),
    ("يشكو التجار في أسواق مرادي وزيندر من \"انفجار\" أسعار الحبوب منذ يوم الأحد.", "ar"),
    ("Traders in Maiduguri markets complained on Sunday of a price explosion for grain.", "en"),
    ("La campagne de vaccination contre la poliomyélite a été lancée jeudi à Agadez. Cette « riposte », organisée "
     "après la détection de cas de poliovirus dans plusieurs pays voisins, vise à vacciner les enfants d'Arlit.", "fr"),
])
def test_a_bomb_as_a_figure_of_speech_is_no_event(text, lang):
    assert [e for e in events(text, lang)[1] if e["event_type"] == "Explosions/Remote violence"] == []


def test_an_operation_set_in_its_own_sentence_owns_the_outcome_told_next():
    text = ("Sept pêcheurs ont été tués le 12 courant par des éléments de Boko Haram sur une île du lac, dans la "
            "province du Lac, au Tchad. Ce samedi, les Forces de défense et de sécurité ont lancé une opération de "
            "ratissage dans la zone de Kaïga-Kindjiria. D'après une source militaire, quinze terroristes ont été "
            "neutralisés, tandis que deux soldats ont été tués.")
    _, found = events(text, "fr")
    by_date = {e["date"]: e for e in found}
    assert (by_date["2026-03-12"]["event_type"], by_date["2026-03-12"]["fatalities"]) == ("Violence against civilians", 7)
    assert (by_date["2026-03-14"]["event_type"], by_date["2026-03-14"]["location"], by_date["2026-03-14"]["fatalities"]) == (
        "Battles", "Kaiga-Kindjiria", 17)


def test_the_sum_of_two_operations_is_no_event_of_its_own():
    text = ("Burkina Faso's army said on Monday it had neutralised dozens of militants in two operations this week. "
            "In the first, on Friday, troops engaged a group of fighters near Solenzo, in the Boucle du Mouhoun "
            "region. Dozens of terrorists were neutralised, the army said.")
    _, found = events(text, "en")
    assert [(e["location"], e["date"]) for e in found] == [("Salanso", "2026-03-13")]


def test_a_claim_the_next_sentence_denies_is_no_event():
    text = ("This week, social media accounts sympathetic to JNIM circulated claims that its fighters had overrun an "
            "army detachment in Diapaga, in eastern Burkina Faso. Within hours, the government dismissed the claim "
            "as a pure fabrication, and residents said the town was calm.")
    extraction, found = events(text, "en")
    assert found == [] and extraction.kind == "analysis"


def test_an_assault_on_army_posts_is_a_battle():
    text = "On Saturday, JNIM fighters launched an assault on army posts in Kayes, in western Mali, the army said."
    _, [event] = events(text, "en")
    assert (event["event_type"], event["actor2"]) == ("Battles", "Military Forces of Mali")


def test_a_separate_incident_is_never_more_of_the_one_before():
    text = ("أعلن الناطق باسم الحكومة التشادية مساء أمس الأحد مقتل 7 عسكريين في هجوم شنه مسلحو بوكو حرام ليلة السبت "
            "إلى الأحد على موقع للجيش في بلدة نغوبوا بمقاطعة البحيرة. وفي حادث منفصل، لقي ثلاثة صيادين مصرعهم يوم "
            "الجمعة إثر انفجار لغم أرضي بالقرب من مدينة بول، عاصمة المقاطعة.")
    _, found = events(text, "ar")
    assert sorted((e["location"], e["event_type"], e["fatalities"]) for e in found) == [
        ("Bol", "Explosions/Remote violence", 3), ("Ngouboua", "Battles", 7)]


def test_a_regions_recent_past_recalled_after_an_attack_does_not_make_it_background():
    text = ("Lundi, à Gwoza, un kamikaze s'est fait exploser dans une mosquée, tuant au moins quatre fidèles. "
            "Ces attaques interviennent alors que les jihadistes multiplient depuis le début de l'année les assauts "
            "contre les bases militaires du Borno.")
    extraction, [event] = events(text, "fr")
    assert (event["location"], event["background"], extraction.kind) == ("Gwoza", False, "incident")


@pytest.mark.parametrize("text, lang, scene", [
    ("تعرضت قافلة للجيش المالي الأحد لكمين قرب بلدة لاكامانيه في منطقة كاي. وأعلنت هيئة الأركان، في بيان صدر "
     "مساء الاثنين في باماكو، أن وحداتها حيّدت 11 إرهابيا، معترفة بمقتل جنديين.", "ar", "Lakamané"),
    ("Soldiers repelled an attack on their base in Marte, Borno State, on Saturday, killing dozens of terrorists, "
     "the army said in a statement issued on Sunday in Abuja.", "en", "Marte"),
    ("Des combattants de Boko Haram ont attaqué mardi soir le village de Tourou, au Cameroun. Trois civils y ont "
     "été tués et cinq femmes enlevées, selon une autorité administrative de Mokolo.", "fr", "Tourou"),
    ("قُتل ١٤ شخصاً ليل السبت في هجمات شنها مسلحون من بوكو حرام في أقصى الشمال الكاميروني. في قرية كيراوا، الواقعة "
     "قرب الحدود في مقاطعة مايو سافا، قُتل خمسة قرويين، بينهم امرأة، وأُحرقت منازل عدة، بحسب مسؤول محلي في بلدية "
     "كولوفاتا قال إن المسلحين فروا نحو نيجيريا.", "ar", "Kerawa"),
    # the outlet's dateline: "الأخبار (نواكشوط) –"
    ("الأخبار (نواكشوط) – قُتل سبعة منقبين عن الذهب، بينهم موريتانيان اثنان، مساء أمس الاثنين، في قصف بطائرة "
     "مسيرة استهدف موقعا للتنقيب الأهلي في منطقة إنتاهاكا شمال مدينة غاو بشمال مالي.", "ar", "Intahaka"),
])
def test_where_a_statement_was_issued_is_not_the_scene(text, lang, scene):
    _, found = events(text, lang)
    assert [e["location"] for e in found] == [scene]


def test_an_arabic_road_named_by_its_two_towns_gives_way_to_the_village_near_it():
    text = ("وأمس الثلاثاء، أقام مسلحون من ولاية غرب أفريقيا حاجزا وهميا على طريق مايدوغوري – دامبوا قرب قرية "
            "واجيروكو بولاية بورنو، واختطفوا ثلاثة من عمال الإغاثة.")
    _, [event] = events(text, "ar")
    assert event["location"] == "Wajiroko"


def test_proche_de_a_village_places_the_event_there():
    text = ("Neuf pêcheurs ont été tués par Boko Haram dans la nuit de mardi à mercredi sur une île proche de "
            "Kaïga-Kindjiria, dans la province du Lac, au Tchad.")
    _, [event] = events(text, "fr")
    assert (event["location"], event["geo_precision"]) == ("Kaiga-Kindjiria", 2)


def test_an_attack_on_a_village_with_its_day_is_an_event_and_the_communique_city_is_not():
    text = ("Le bilan de l'attaque perpétrée dans la nuit de dimanche à lundi contre le village de Ségué, dans le "
            "cercle de Bankass, ne cesse de s'alourdir. L'association Tabital Pulaaku, qui a rendu public un "
            "communiqué à Bamako, avance le chiffre de 27 victimes.")
    _, found = events(text, "fr")
    assert [e["location"] for e in found] == ["Ségué"]


@pytest.mark.parametrize("text", [
    ("Pillars, who travelled from Kano without three injured regulars, launched a counter-attack in the 33rd minute "
     "and levelled on Sunday. Elsewhere, Katsina United's attackers ran riot in a 4-0 win at the Muhammadu Dikko "
     "Stadium."),
    ("The Upper East Regional Police Command in Bolgatanga, Ghana, has arrested 16 persons for illegal mining "
     "(galamsey) and fraud. All 16 suspects are in police custody and will be arraigned on Monday. \"The prices "
     "are killing us,\" said a grain seller at the Bolgatanga market."),
])
def test_sport_ordinary_crime_and_idioms_are_no_event(text):
    extraction, found = events(text, "en")
    assert found == [] and extraction.kind == "other"


@pytest.mark.parametrize("text, lang", [
    ("Food prices explode in Maiduguri markets\n\nPrices of food items have exploded in Maiduguri since last "
     "Saturday, traders said.", "en"),
    ("Lean season: Grain prices climb in Mubi markets\n\nPrices of maize, millet and sorghum have exploded in major "
     "grain markets across northern Nigeria as the lean season peaks, traders told Vanguard.", "en"),
    ("À Gao, les prix des denrées ont explosé depuis samedi dernier, selon les commerçants du grand marché.", "fr"),
    ("أسعار المواد الغذائية في أسواق مايدوغوري انفجرت منذ السبت الماضي، بحسب التجار.", "ar"),
    ('يشكو سكان مدينة سبها من "انفجار" في أسعار السلع الغذائية الأساسية مع اقتراب شهر رمضان.', "ar"),
    ("وقال أحد سكان دوار تونفيت: \"الطريق مقطوعة منذ السبت، وثمن الحطب انفجر\".", "ar"),
    ("نواكشوط – الأخبار\n\nتشهد أسواق العاصمة نواكشوط منذ نحو أسبوعين انفجاراً غير مسبوق في أسعار اللحوم الحمراء وعدد "
     "من الخضروات، وسط شكاوى متزايدة من المواطنين والتجار.", "ar"),
])
def test_prices_that_explode_are_no_bombing(text, lang):
    extraction, found = events(text, lang)
    assert found == [] and extraction.kind == "other"


@pytest.mark.parametrize("text, lang", [
    ("Des combattants du JNIM ont attaqué mardi l'école de gendarmerie de Bamako.", "fr"),
    ("هاجم مسلحو جماعة نصرة الإسلام والمسلمين الثلاثاء مدرسة الدرك في باماكو.", "ar"),
    ("نفذت جماعة نصرة الإسلام والمسلمين الثلاثاء هجوما على مدرسة الدرك في باماكو، قتل فيه أكثر من 70 من طلاب "
     "الدرك.", "ar"),
    ("Mardi, le JNIM a attaqué l'école de gendarmerie de Bamako, tuant plus de 70 élèves gendarmes.", "fr"),
])
def test_an_attack_on_a_gendarmerie_school_is_a_battle(text, lang):
    _, [event] = events(text, lang)
    assert (event["event_type"], event["actor1"], event["actor2"]) == ("Battles", "JNIM", "Police Forces of Mali")


def test_the_killings_a_crowd_protests_are_not_the_protests_toll():
    text = ("Hundreds of people protested on Thursday in the Mauritanian town of Bassikounou after six Mauritanian "
            "herders were killed by gunmen across the border in Mali, residents said. The march ended peacefully.")
    _, found = events(text, "en")
    protest = next(e for e in found if e["event_type"] == "Protests")
    assert (protest["location"], protest["sub_event_type"], protest["fatalities"]) == (
        "Bassikounou", "Peaceful protest", None)


def test_a_protest_the_day_after_an_attack_in_the_same_town_is_an_event_of_its_own():
    text = ("Boko Haram kills 7 farmers in Borno, residents protest\n\nSuspected Boko Haram terrorists on Thursday "
            "killed seven farmers on farmland near Ngwom community in Mafa Local Government Area of Borno State. "
            "Angered by the killings, scores of residents on Friday took to the streets of Ngwom, chanting songs.")
    _, found = events(text, "en")
    assert sorted((e["event_type"], e["date"]) for e in found) == [("Protests", "2026-03-13"),
                                                                   ("Violence against civilians", "2026-03-12")]


def test_protesters_killed_by_the_police_are_the_protests_toll():
    text = ("Two people were killed in the Chadian city of Moundou on Tuesday when police fired live rounds to "
            "disperse demonstrators protesting against rising fuel prices.")
    _, [event] = events(text, "en")
    assert (event["sub_event_type"], event["fatalities"]) == ("Excessive force against protesters", 2)


@pytest.mark.parametrize("text, lang", [
    ("After every massacre in Plateau or Benue, every mass abduction in Zamfara or Katsina, the chorus returns: "
     "the federal police cannot cope.", "en"),
    ("À chaque attaque contre un village du Liptako, les mêmes promesses reviennent à Ouagadougou.", "fr"),
])
def test_every_massacre_is_no_massacre(text, lang):
    assert events(text, lang)[1] == []


@pytest.mark.parametrize("text, lang", [
    ("ISWAP has learned to mass hundreds of fighters and use armed drones to harass defenders. On Saturday, its "
     "fighters attacked the army base at Marte, Borno State, killing at least five soldiers.", "en"),
    ("Dans la nuit de samedi à dimanche, à Djibasso, au Burkina Faso, quatre soldats sont tombés en repoussant, "
     "avec l'appui des vecteurs aériens, une attaque de terroristes contre le détachement militaire.", "fr"),
])
def test_drones_told_as_context_or_air_support_leave_a_ground_attack_a_battle(text, lang):
    _, [event] = events(text, lang)
    assert event["event_type"] == "Battles"


def test_victims_recovered_alive_are_no_toll():
    text = ("Des bandits ont enlevé jeudi 38 personnes à Yargoje, dans l'État de Katsina, au Nigeria. « Les 38 "
            "victimes ont été récupérées et conduites à l'hôpital de Kankara », a déclaré la police.")
    _, found = events(text, "fr")
    assert all(e["fatalities"] in (None, 0) for e in found)


@pytest.mark.parametrize("text, lang, scene", [
    ("قُتل ثلاثة أشخاص أمس الأحد في اشتباكات مسلحة بين مجموعتين مسلحتين في مدينة الزاوية، غرب العاصمة طرابلس، "
     "واستُخدمت فيها قذائف آر بي جي.", "ar", "Zawiya"),
    ("Three people were killed on Sunday in clashes between armed groups in Zawiya, west of the capital Tripoli, "
     "where rocket-propelled grenades were fired.", "en", "Zawiya"),
])
def test_a_town_that_locates_the_scene_is_not_a_second_scene(text, lang, scene):
    _, found = events(text, lang)
    assert [e["location"] for e in found] == [scene]


def test_the_deadliest_since_the_start_of_the_year_is_no_sum():
    text = ("أعلنت الحكومة النيجرية ارتفاع حصيلة الهجوم المسلح الذي استهدف مصلين داخل مسجد في بلدة مانغايزي "
            "بإقليم تيلابيري، يوم الجمعة الماضي، إلى 39 قتيلا، في واحد من أكثر الهجمات دموية منذ مطلع العام.")
    _, [event] = events(text, "ar")
    assert (event["location"], event["fatalities"]) == ("Mangaïzé", 39)


@pytest.mark.parametrize("text, lang, toll", [
    ("قتل مسلحو التنظيم 23 قرويا في قرية تيليا يوم الأحد، في واحدة من أسوأ المجازر التي شهدتها المنطقة.", "ar", 23),
    ("One of the deadliest attacks came on Sunday, when gunmen killed at least 23 villagers in Tillia.", "en", 23),
    ("L'une des pires tueries a eu lieu dimanche, quand des hommes armés ont tué 23 villageois à Tillia.", "fr", 23),
])
def test_one_of_the_worst_is_a_rank_not_a_toll(text, lang, toll):
    _, [event] = events(text, lang, published=dt.date(2026, 5, 12))
    assert (event["location"], event["fatalities"]) == ("Tillia", toll)


def test_a_commentator_going_on_speaks_of_no_incident():
    text = ("ففي العاشر من مارس هاجم مسلحون السوق الأسبوعية في قرية بوسي بانغو قرب أيورو بمنطقة تيلابيري، ما أسفر "
            "عن مقتل 21 مدنيا. "
            "ويقول الباحث عبد الله موسى إن «تراجع التعاون الأمني يفتح الباب أمام التنظيم». "
            "ويضيف أن «الجيش يملك اليوم مسيّرات تركية فعالة، لكنه يفتقر إلى الحضور الدائم في القرى».")
    _, [event] = events(text, "ar", published=dt.date(2026, 5, 20))
    assert (event["event_type"], event["location"], event["fatalities"]) == (
        "Violence against civilians", "Bossey Bangou", 21)


def test_a_claimants_figure_gives_way_to_any_other():
    text = ("Jihadist militants attacked a position of the VDP in Barsalogho, Burkina Faso, on Sunday, killing three "
            "volunteers, local sources said. JNIM later claimed the attack, saying it had killed \"dozens\" of "
            "militiamen and seized weapons.")
    _, [event] = events(text, "en")
    assert event["fatalities"] == 3


def test_a_statement_read_on_state_television_dates_nothing_and_the_same_day_is_another_incident():
    text = ("At least 10 Nigerien soldiers were killed when Islamic State Sahel fighters attacked an army post in "
            "Chinégodar, in the Tillabéri region, on Friday. The army \"neutralised dozens of terrorists\", "
            "according to the statement read on the evening news on Sunday. The same day as the attack, a convoy "
            "hit a mine near Ouallam, killing two soldiers.")
    _, found = events(text, "en")
    by_place = {e["location"]: e for e in found}
    assert (by_place["Chinagodrar"]["date"], by_place["Chinagodrar"]["fatalities"]) == ("2026-03-13", 22)
    assert by_place["Ouallam"]["event_type"] == "Explosions/Remote violence"


def test_trucks_burned_without_victims_are_property_destruction():
    text = ("Le lundi 8 septembre, une vingtaine de camions ont été incendiés près de Diboli, au Mali, dans une "
            "attaque revendiquée par le JNIM. Elle n'avait pas fait de victimes, selon les transporteurs.")
    _, [event] = events(text, "fr")
    assert (event["sub_event_type"], event["fatalities"]) == ("Looting/property destruction", 0)


def test_a_day_told_inside_a_month_dates_the_event():
    text = ("The same commune was hit in March last year, when gunmen killed 44 worshippers at a mosque in the "
            "village of Fambita, Niger, on March 21 during Ramadan prayers.")
    extraction = extract_events(text, "en", dt.date(2026, 1, 24))
    assert [e.date.isoformat() for e in extraction.events] == ["2025-03-21"]


def test_the_next_day_starts_a_new_incident_dated_the_day_after():
    text = ("Gunmen ambushed an army convoy near Bourem on Sunday, killing four soldiers. "
            "The next day, an army drone struck a herders' camp near Bourem, killing six civilians.")
    _, found = events(text, "en")
    assert sorted((e["event_type"], e["date"]) for e in found) == [
        ("Battles", "2026-03-15"), ("Explosions/Remote violence", "2026-03-16")]


def test_the_group_behind_the_two_attacks_sums_no_toll():
    text = ("وردا على ذلك، أعلن الجيش أن طائراته نفذت الثلاثاء ضربات استهدفت قاعدة للمجموعة المسؤولة عن الهجومين "
            "قرب بلدة أبالا، أسفرت عن مقتل 20 مسلحا.")
    _, [event] = events(text, "ar")
    assert (event["event_type"], event["fatalities"]) == ("Explosions/Remote violence", 20)


def test_an_economic_fair_and_an_arms_deal_are_no_events():
    text = ("وتشكل هذه التظاهرة الاقتصادية التي تحتضنها مدينة أكادير على مساحة 30 ألف متر مربع فرصة للمستثمرين. "
            "وسيشمل شراء فنزويلا 30 طائرة حربية و30 مروحية روسية صواريخ من إنتاج مصنع في فولغوغراد.")
    extraction, found = events(text, "ar")
    assert found == [] and extraction.kind == "other"


def test_a_risk_of_kidnapping_is_no_kidnapping():
    text = ("Le ministère a relevé le risque d'enlèvement dans la région de Ménaka et déconseille formellement "
            "tout déplacement aux ressortissants étrangers.")
    _, found = events(text, "fr")
    assert found == []
    _, found = events("وبرّرت الوزارة قرارها بالارتفاع الكبير في خطر الاختطاف في منطقة ميناكا.", "ar")
    assert found == []


@pytest.mark.parametrize("text, lang, toll", [
    ("The death toll from a suicide bombing at a restaurant in Mogadishu has risen to 14, not including "
     "the attacker, officials said on Saturday.", "en", 15),
    ("On Monday a female suicide bomber blew herself up at a checkpoint in Gwoza, Borno State, killing three "
     "vigilantes.", "en", 4),
    ("On Wednesday a female suicide bomber blew herself up in the market of Konduga, Borno State, killing 12 "
     "people including herself.", "en", 12),
    ("Dimanche soir, cinq personnes, dont la kamikaze, ont été tuées dans un attentat-suicide à Kolofata, au "
     "Cameroun.", "fr", 5),
    ("فجرت انتحارية نفسها الخميس وسط سوق بلدة كولوفاتا بالكاميرون، ما أسفر عن مقتل 5 أشخاص بينهم منفّذته.", "ar", 5),
    ("فجرت انتحارية نفسها الخميس وسط سوق بلدة كولوفاتا بالكاميرون، ما أسفر عن مقتل 5 أشخاص.", "ar", 6),
])
def test_a_suicide_bombings_toll_counts_the_bomber_once(text, lang, toll):
    _, [event] = events(text, lang)
    assert (event["sub_event_type"], event["fatalities"]) == ("Suicide bomb", toll)


def test_the_road_to_a_town_locates_the_scene_near_it():
    text = ("اختطف مسلحون مساء السبت عاملين إنسانيين على الطريق المؤدية إلى مدينة مناكا، أقصى شمال شرقي مالي.")
    _, [event] = events(text, "ar")
    assert event["location"] == "Ménaka"


def test_people_abducted_from_a_village_were_abducted_there():
    text = ("Boko Haram insurgents abducted eight women from Tumbuwa community in Madagali Local Government Area "
            "of Adamawa State on Friday.")
    _, [event] = events(text, "en")
    assert (event["location"], event["sub_event_type"]) == ("Tumbuwa", "Abduction/forced disappearance")


def test_a_convoy_that_came_under_fire_is_attacked_there():
    text = ("Fighters ambushed a convoy of fuel tankers in the western Kayes region on Monday, killing five soldiers. "
            "The convoy came under fire on the road between Diboli and Kayes, about 10 kilometres from Kayes.")
    _, [event] = events(text, "en")
    assert event["location"] == "Kayes"


def test_a_village_near_a_road_named_by_its_two_towns_is_the_scene():
    text = ("Gunmen abducted six travellers along the Lokoja–Okene road near Obangede Oke, Kogi State, on Sunday "
            "and shot dead one passenger. Police in Lokoja said a rescue operation was under way.")
    _, [event] = events(text, "en")
    assert (event["location"], event["admin1_code"]) == ("Obangede Oke", "NG-KO")


def test_a_lead_on_several_villages_told_village_by_village_is_one_event_per_village():
    english = ("At least 10 people were killed when bandits attacked three villages in Sabon Birni Local Government "
               "Area of Sokoto State on Saturday night. The gunmen stormed Gatawa, Tsamaye and Kurawa at about "
               "11 p.m. In Gatawa, the bandits shot seven people dead. At Tsamaye, three people were killed and "
               "23 others were abducted. In Kurawa, the attackers burnt a grain store, but no life was lost.")
    french = ("Dimanche, des hommes armés ont attaqué deux villages de la commune rurale de Tondikiwindi, dans la "
              "région de Tillabéri, faisant au moins 30 morts.\nÀ Tchombangou, les assaillants ont ouvert le feu sur "
              "les villageois. Le bilan provisoire de 12 morts a été revu à 21 morts. Au même moment, un second "
              "groupe s'en est pris au village de Darey-Daye. Neuf civils, dont deux enfants, y ont été tués.")
    _, found = events(english, "en", published=dt.date(2025, 7, 7))
    by_place = {(e["location"], e["admin1_code"]): e["fatalities"] for e in found}
    assert by_place[("Gatawa", "NG-SO")] == 7 and by_place[("Tsamaye", "NG-SO")] == 3
    assert not any(location == "Sabon Birni" for location, _ in by_place)   # the lead only sums the villages
    _, found = events(french, "fr", published=dt.date(2025, 2, 12))
    assert sorted(e["fatalities"] for e in found) == [9, 21] and all(e["admin1_code"] == "NE-6" for e in found)


def test_the_district_of_an_official_who_speaks_is_not_a_second_scene():
    text = ("Cinq pêcheurs ont été tués jeudi par des combattants de Boko Haram sur une île proche de Ngouboua, dans "
            "la "
            "province du Lac. Selon le préfet du département de Kaya, les victimes ont été surprises par un groupe "
            "d'hommes armés arrivés en pirogue.")
    _, found = events(text, "fr")
    assert [(e["location"], e["country"]) for e in found] == [("Ngouboua", "TD")]
    text = ("Huit pêcheurs ont été tués mardi par des combattants de Boko Haram près de Baga Sola, dans la province du "
            "Lac. Un premier bilan communiqué mercredi faisait état de cinq morts, avant que trois autres corps ne "
            "soient retrouvés dans les roseaux par des habitants, a précisé à l'ASP un responsable de la préfecture "
            "de Kaya.")
    _, found = events(text, "fr", published=dt.date(2025, 3, 27))
    assert [(e["location"], e["country"]) for e in found] == [("Baga Sola", "TD")]


def test_a_market_named_after_a_place_is_in_the_town_named_after_it():
    cases = [
        ("قُتل خمسة مدنيين مساء أمس الأحد في تفجير انتحاري وقع داخل مسجد بسوق غامبورو في مدينة مايدوغوري، عاصمة "
         "ولاية بورنو. ودان حاكم الولاية باباغانا زولوم الهجوم.", "ar"),
        ("A suicide bomber killed five people on Wednesday at a mosque in the Gamboru market in Maiduguri, the "
         "capital of Borno State.", "en"),
        ("A bomb killed five worshippers on Wednesday at a mosque in the Gamboru market area of Maiduguri, police "
         "said.", "en"),
        ("Une bombe a tué cinq fidèles mercredi dans une mosquée du marché de Gamboru, à Maiduguri, a annoncé la "
         "police.", "fr"),
    ]
    for text, lang in cases:
        _, [event] = events(text, lang)
        assert (event["location"], event["country"]) == ("Maiduguri", "NG"), text
    text = ("L'État islamique a revendiqué l'attaque menée dans la nuit de mercredi à jeudi contre la base aérienne "
            "101, "
            "contiguë à l'aéroport international Diori Hamani de Niamey. Vingt assaillants ont été tués.")
    _, [event] = events(text, "fr")
    assert (event["location"], event["country"]) == ("Niamey", "NE")   # a man's name, not Hamani of Zinder


def test_a_village_in_a_rural_commune_is_one_scene():
    text = ("Des hommes armés ont attaqué dimanche le village de Soroko, dans la commune rurale de Tondikiwindi "
            "(département de Ouallam), tuant douze civils.")
    _, found = events(text, "fr")
    assert [(e["location"], e["fatalities"]) for e in found] == [("Soroko", 12)]


def test_condolences_to_the_families_tell_no_new_fight():
    cases = [
        ("Trois militaires béninois ont été tués lundi lorsque leur véhicule a sauté sur un engin explosif près de "
         "Banikoara. L'explosion n'a pas été revendiquée. Le porte-parole du gouvernement a "
         "présenté ses condoléances aux familles des disparus lors d'un point de presse mardi à Cotonou, assurant que "
         "« la riposte sera à la hauteur ».", "fr"),
        ("Les soldats ont interpellé mardi trois suspects à Mandouri. Le gouvernement s'incline devant la mémoire des "
         "soldats tombés sur le champ d'honneur et présente ses condoléances les plus attristées à leurs familles.",
         "fr"),
        ("أوقفت وحدات من الجيش يوم الثلاثاء في تاسارا بإقليم طاوا خمسة أشخاص يُشتبه في تعاونهم مع الجماعات الإرهابية. "
         "وترحّمت قيادة الأركان على أرواح \"شهداء الواجب\"، وأكدت عزم القوات على \"مواصلة العمليات حتى القضاء على آخر "
         "إرهابي في بلادنا\".", "ar"),
    ]
    for text, lang in cases:
        _, found = events(text, lang, published=dt.date(2026, 1, 20))  # a Tuesday
        assert len(found) == 1 and found[0]["event_type"] != "Battles", text


def test_the_town_of_an_officer_who_speaks_and_a_commune_named_by_its_unit_are_no_second_scene():
    text = ("Soldiers on Wednesday night repelled an attack by ISWAP fighters on their base in Marte, Borno State. "
            "A senior officer in Maiduguri told the Chronicle that fourteen of the attackers were killed.")
    _, found = events(text, "en")
    assert [(e["location"], e["fatalities"]) for e in found] == [("Marte", 14)]
    text = ("Gunmen killed nine civilians on Sunday at the weekly market of Dargol. The attack recalls the massacre of "
            "21 March 2025 at Fambita, in the Kokorou commune, where gunmen killed 44 worshippers.")
    _, found = events(text, "en")
    assert sorted((e["location"], e["fatalities"]) for e in found) == [("Dargol", 9), ("Fambita", 44)]


def test_an_abduction_told_on_the_day_after_a_fight_is_an_event_of_its_own():
    text = ("At least nine people were killed on Wednesday in fighting between dozo hunters and JNIM fighters near "
            "Koumantou, in southern Mali. On Thursday, armed men believed to be JNIM fighters kidnapped two village "
            "councillors on the outskirts of Koumantou.")
    _, found = events(text, "en", published=dt.date(2026, 11, 27))
    assert sorted((e["sub_event_type"], e["date"]) for e in found) == [
        ("Abduction/forced disappearance", "2026-11-26"), ("Armed clash", "2026-11-25")]


def test_a_raid_by_gunmen_is_no_air_strike_unless_it_is_from_the_air():
    raid = ("قتل مسلحون يُشتبه في انتمائهم إلى جماعة بوكو حرام ثلاثة مدنيين خلال غارة شنوها ليل الخميس على أحد أحياء "
            "بلدة "
            "موزوغو في أقصى شمال الكاميرون.")
    _, [event] = events(raid, "ar")
    assert (event["event_type"], event["actor1"]) == ("Violence against civilians", "Boko Haram (JAS)")
    strike = "قتل 12 مسلحا في غارة جوية شنها الجيش ليل الخميس قرب بلدة موزوغو في أقصى شمال الكاميرون."
    _, [event] = events(strike, "ar")
    assert event["sub_event_type"] == "Air/drone strike"
    feared = ("اختطف مسلحون يُعتقد أنهم من بوكو حرام خمسة أشخاص ليلة الجمعة إلى السبت في بلدة موزوغو بأقصى شمال "
              "الكاميرون. "
              "ويقول سكان إن عائلات كثيرة باتت تقضي لياليها في موكولو خوفاً من الغارات الليلية.")
    _, [event] = events(feared, "ar")
    assert event["sub_event_type"] == "Abduction/forced disappearance"


def test_a_post_held_briefly_is_a_raid_and_briefly_no_giza():
    text = ("قُتل عشرة جنود في هجوم على موقع للجيش في غايري شرقي بوركينا فاسو يوم السبت. وتبنّت جماعة نصرة الإسلام "
            "والمسلمين الهجوم، مؤكدة في بيان أنها \"سيطرت على الموقع\" لفترة وجيزة وغنمت أسلحة.")
    _, found = events(text, "ar")
    assert [(e["sub_event_type"], e["country"]) for e in found] == [("Armed clash", "BF")]


def test_people_caught_with_dabt_are_arrested():
    text = ("أعلن جهاز الأمن الداخلي – فرع سبها، مساء الجمعة، ضبط ثلاثة أشخاص قال إنهم ينتمون إلى خلية تابعة لتنظيم "
            "الدولة الإسلامية \"داعش\"، وذلك خلال عملية نُفذت الخميس في مدينة سبها.")
    _, [event] = events(text, "ar")
    assert (event["sub_event_type"], event["location"], event["actor1"]) == (
        "Arrests", "Sabha", "Police Forces of Libya")


def test_the_port_a_convoy_set_out_from_is_not_the_scene():
    text = ("Au moins sept soldats maliens ont été tués mercredi dans une embuscade tendue à un convoi de "
            "camions-citernes "
            "sur la route nationale 1. Le convoi, fort d'une soixantaine de citernes parties du port de Dakar, a été "
            "attaqué à une vingtaine de kilomètres de Sandaré, dans le cercle de Nioro du Sahel.")
    _, [event] = events(text, "fr")
    assert (event["location"], event["country"]) == ("Sandaré", "ML")


def test_a_neighbour_named_at_the_border_does_not_place_the_story_there():
    text = ("L'état-major général des armées informe que les FAMa poursuivent leurs opérations. Le samedi 12 juillet "
            "2025, dans le cadre de la sécurisation de la bande frontalière avec le Sénégal, une patrouille a "
            "interpellé "
            "trois suspects à Diboli. Le dimanche 13 juillet 2025, les vecteurs aériens des FAMa ont effectué des "
            "frappes ciblées dans la zone de Boni. Le lundi 14 juillet 2025, une patrouille FAMa a été prise à partie "
            "aux environs de Léré par des terroristes à bord de motos.")
    _, found = events(text, "fr", published=dt.date(2025, 7, 16))
    assert {e["location"]: e["country"] for e in found if e["location"] in ("Boni", "Léré")} == {
        "Boni": "ML", "Léré": "ML"}


def test_a_lede_told_on_its_datelines_day_does_not_make_an_air_strike_a_fight():
    text = ("Ouagadougou, 9 juillet 2025 (AIB) – Les Forces de défense et de sécurité ont mené ces derniers jours "
            "plusieurs actions offensives qui ont permis de neutraliser de nombreux terroristes. Le dimanche 6 "
            "juillet, "
            "le vecteur aérien a pris pour cible un regroupement de terroristes dans une zone boisée située à une "
            "quinzaine de kilomètres de Gorgadji, dans la province du Séno.")
    _, [event] = events(text, "fr", published=dt.date(2025, 7, 9))
    assert (event["sub_event_type"], event["location"]) == ("Air/drone strike", "Gorgadji")


def test_two_vague_words_are_one_guess_that_the_figure_told_later_replaces():
    text = ("Ouagadougou, 9 juillet 2025 (AIB) – Les Forces de défense et de sécurité ont mené ces derniers jours "
            "plusieurs actions offensives qui ont permis de neutraliser de nombreux terroristes. Le dimanche 6 "
            "juillet, "
            "le vecteur aérien a pris pour cible un regroupement de terroristes près de Gorgadji. « Une trentaine de "
            "terroristes ont été neutralisés », indique la même source.")
    _, [event] = events(text, "fr", published=dt.date(2025, 7, 9))
    assert event["fatalities"] == 30


def test_camps_attacked_at_once_and_then_listed_are_one_event_each():
    text = ("BAMAKO, 1er juillet 2025 (ASP) – Plusieurs camps et postes de l'armée malienne ont été visés mardi à "
            "l'aube "
            "par des attaques quasi simultanées dans l'ouest du pays. Selon l'armée, des « groupes armés terroristes » "
            "ont attaqué tôt dans la matinée Diboli, Nioro du Sahel et Sandaré, dans la région de Kayes. « Les FAMa "
            "ont "
            "vigoureusement riposté et repoussé les assaillants », affirme le texte.")
    _, found = events(text, "fr", published=dt.date(2025, 7, 1))
    assert sorted(e["location"] for e in found) == ["Diboli", "Nioro", "Sandaré"]


def test_the_capital_of_officials_who_speak_is_not_the_scene_in_arabic():
    text = ("منذ الهجوم الذي استهدف في 17 أبريل الماضي مواقع للجيش البنيني داخل حديقة W الوطنية بمقاطعة أليبوري، وأسفر "
            "عن مقتل 54 جنديا، لم يعد المسؤولون في كوتونو يخفون أن شمال البلاد بات جبهة مفتوحة.")
    _, found = events(text, "ar", published=dt.date(2025, 5, 30))
    assert [(e["admin1_code"], e["location"]) for e in found] == [("BJ-AL", None)]
    text = ("كوتونو - قُتل ستة جنود بنينيين فجر الخميس في هجوم استهدف موقعا عسكريا قرب بلدة كريماما في محافظة أليبوري "
            "شمالي البلاد.\n\nويعيد الهجوم إلى الأذهان الهجوم الأعنف في تاريخ الجيش البنيني، حين قتلت الجماعة نفسها 54 "
            "جنديا في منتزه W يوم 17 أبريل 2025. ومنذ ذلك الحين عززت كوتونو انتشارها العسكري في الشمال ضمن عملية "
            "\"ميرادور\"، لكن الهجمات على المواقع المعزولة لم تتوقف.")
    _, found = events(text, "ar", published=dt.date(2026, 3, 22))
    assert "Cotonou" not in {e["location"] for e in found}   # "عززت كوتونو": its government reinforced


def test_protesters_received_in_a_town_go_back_to_their_protest_not_to_the_attack_they_denounce():
    text = ("Plusieurs centaines de chauffeurs ont observé jeudi un sit-in devant la préfecture de Diéma pour dénoncer "
            "l'insécurité. « Chaque voyage, on part sans savoir si on va revenir », a lancé un syndicaliste, rappelant "
            "l'embuscade du 1er février près de Sandaré où une douzaine de militaires avaient été tués. Le préfet a "
            "reçu "
            "une délégation des manifestants et s'est engagé à transmettre leurs doléances aux autorités à Kayes.")
    _, found = events(text, "fr", published=dt.date(2026, 2, 20))
    assert sorted(e["event_type"] for e in found if e["location"] == "Sandaré") == ["Battles"]


def test_arrests_told_in_an_army_communique_are_the_armys():
    text = ("The General Staff of the Armed Forces announced on Friday the results of operations carried out this "
            "week. Two terrorists were neutralised near Nampala. On Thursday, three suspected terrorists were arrested "
            "in "
            "Niono.")
    _, found = events(text, "en")
    [arrest] = [e for e in found if e["sub_event_type"] == "Arrests"]
    assert arrest["actor1"] == "Military Forces of Mali"


def test_a_capital_speaking_for_its_government_is_not_the_scene():
    cases = [
        ("السبت الماضي نصب مسلحو داعش كمينا لدورية عسكرية قرب بلدة بانيبانغو في منطقة تيلابيري. وأسفر الهجوم عن "
         "مقتل ١٢ جنديا في مناطق تقول نيامي إنها باتت تحت السيطرة.", "ar"),
        ("On Saturday, Islamic State fighters ambushed an army patrol near Banibangou, in Tillabéri, killing 12 "
         "soldiers, in an area Niamey says is under control.", "en"),
        ("On Saturday, Islamic State fighters ambushed an army patrol near Banibangou, in Tillabéri, killing 12 "
         "soldiers. Niamey has said that attacks by armed groups have killed dozens of soldiers and civilians in the "
         "region since 2021.", "en"),
    ]
    for text, lang in cases:
        _, found = events(text, lang)
        assert [e["location"] for e in found] == ["Bani Bangou"], text


def test_a_village_the_gazetteer_lists_only_across_the_border_is_the_village_of_the_district_named():
    text = ("At least seven people were killed when bandits attacked Gatawa village in Sabon Birni Local Government "
            "Area of Sokoto State on Saturday night. In Gatawa, the gunmen went from house to house. Sabon Birni, "
            "which borders Niger Republic, has suffered repeated attacks.")
    _, found = events(text, "en")
    assert [(e["location"], e["admin1_code"]) for e in found] == [("Gatawa", "NG-SO")]


def test_a_town_named_in_a_lowercase_department_of_a_named_country():
    text = ("Two police officers were killed when gunmen attacked a police post in Dassari, in Benin's northwestern "
            "department of Atacora, late Tuesday. The attackers came from the border with Burkina Faso.")
    _, [event] = events(text, "en")
    assert (event["location"], event["country"], event["admin1_code"]) == ("Dassari", "BJ", "BJ-AK")


def test_a_fraud_arrest_announced_by_the_national_security_directorate_is_no_event():
    text = ("Police in Tetouan on Wednesday arrested five people suspected of running a real estate fraud scheme, "
            "the General Directorate of National Security (DGSN) said.")
    extraction, found = events(text, "en")
    assert found == [] and extraction.kind == "other"


def test_a_count_over_a_whole_year_is_no_event():
    for text, lang in [
        ("Selon le ministère, 34 terroristes ont été neutralisés en 2025, la plupart à Bordj Badji Mokhtar.", "fr"),
        ("In 2025, troops neutralised 400 terrorists in Borno State, the army said.", "en"),
        ("وقالت الوزارة إنه تم خلال سنة 2025 تحييد 34 إرهابيا في برج باجي مختار.", "ar"),
    ]:
        _, found = events(text, lang, published=dt.date(2026, 1, 5))
        assert found == [], text


def test_a_vaccination_response_campaign_is_no_clash():
    text = ("Le ministère de la Santé a lancé ce lundi à Kaya une campagne de vaccination de riposte contre la "
            "poliomyélite, qui visera 4 millions d'enfants.")
    extraction, found = events(text, "fr")
    assert found == [] and extraction.kind == "other"


def test_an_army_communique_neutralising_fighters_near_an_unlisted_commune():
    text = ("« Un détachement de l'ANP a neutralisé, le 16 janvier 2026, lors d'une opération de fouille et de "
            "ratissage menée près de la commune de Tamezguida, wilaya de Médéa, deux terroristes », précise le "
            "communiqué du ministère de la Défense nationale.")
    _, [event] = events(text, "fr", published=dt.date(2026, 1, 21))
    assert (event["event_type"], event["location"], event["admin1_code"], event["fatalities"]) == (
        "Battles", "Tamezguida", "DZ-26", 2)


def test_the_attack_a_new_one_is_measured_against_lends_it_neither_day_nor_toll():
    for text, lang in [
        ("وفي 18 أكتوبر، هاجم مسلحو بوكو حرام موقعا للجيش التشادي في جزيرة باركارام وقتلوا 40 جنديا، في أعنف هجوم "
         "منذ هجوم بوهوما في 23 مارس 2020 الذي قُتل فيه 98 عسكريا.", "ar"),
        ("On October 18, Boko Haram fighters overran a Chadian army position on Barkaram island, killing 40 soldiers, "
         "the deadliest attack since the assault on Bohoma on March 23, 2020, in which 98 soldiers died.", "en"),
    ]:
        _, found = events(text, lang, published=dt.date(2026, 10, 25))
        barkaram = next(e for e in found if e["location"] == "Barkaram")
        assert (barkaram["date"], barkaram["fatalities"]) == ("2026-10-18", 40), text


def test_speakers_units_and_the_day_of_a_statement_are_not_the_attacks():
    text = ("At least nine soldiers were killed when ISWAP fighters attacked the military base in Marte, Borno State, "
            "on Monday night. Two officers said the bodies were recovered on Tuesday morning. In a statement on "
            "Wednesday, the Army's 7 Division said troops repelled the attack and neutralised 22 terrorists.")
    _, found = events(text, "en", published=dt.date(2025, 3, 27))
    assert [(e["location"], e["date"], e["fatalities"]) for e in found] == [("Marte", "2025-03-24", 31)]


@pytest.mark.parametrize("text", [
    ("تمكنت عناصر الشرطة القضائية من تفكيك شبكة إجرامية متخصصة في النصب والاحتيال عبر الإنترنت. "
     "وأوضح بلاغ للمديرية العامة للأمن الوطني أن عمليات التوقيف جرت أمس بشكل متزامن بمدينتي طنجة وتطوان. "
     "وقد تم لحد الآن تحديد هوية أكثر من 60 ضحية."),
    ("أوقفت عناصر الشرطة بمدينة فاس، أمس الخميس، شخصين للاشتباه في تورطهما في قضية احتيال. "
     "وحسب بلاغ للمديرية العامة للأمن الوطني، جرى توقيف المشتبه فيهما بحي النرجس بمدينة فاس، بعدما كشفت الأبحاث أنهما "
     "كانا يرسلان رسائل احتيالية إلى الضحايا. ويرجح أن الشبكة استهدفت ضحايا في عدة مدن من جهة فاس مكناس. "
     "ويأتي ذلك في إطار مكافحة الجرائم المعلوماتية."),
], ids=["a ring's victims", "phishing victims told after the arrest"])
def test_the_victims_of_a_fraud_ring_are_no_killing(text):
    extraction, found = events(text, "ar")
    assert found == [] and extraction.kind == "other"


def test_a_sentence_surveying_several_regions_without_a_day_tells_no_event():
    for text, lang in [
        ("Every week the headlines read like a roll call: villagers abducted in Zamfara, farmers killed in Katsina, "
         "levies imposed on whole communities in Sokoto.", "en"),
        ("وتنتشر عمليات الخطف مقابل الفدية في ولايات زمفارا وكاتسينا وسوكوتو وكيبي، حيث قُتل المئات.", "ar"),
    ]:
        _, found = events(text, lang)
        assert found == [], text


def test_a_village_told_after_the_road_the_abduction_happened_on_is_its_place():
    text = ("Gunmen have kidnapped nine traders on the Gusau-Tsafe road in Zamfara State. The traders were taken near "
            "Yandoto village on Saturday night when gunmen on motorcycles blocked the road and forced them out of "
            "their bus, residents said.")
    _, found = events(text, "en")
    assert [(e["location"], e["admin1_code"], e["sub_event_type"]) for e in found] == [
        ("Yandoto", "NG-ZA", "Abduction/forced disappearance")]


def test_a_dateline_shared_by_two_cities_is_neither_scene():
    text = ("YAOUNDE/N'DJAMENA, Oct 25 (Reuters) - Boko Haram fighters killed six fishermen on Wednesday on an island "
            "near Kaiga-Kindjiria in Chad's Lac province, a local official said.")
    assert scenes(text, "en", published=dt.date(2025, 10, 25)) == ["Kaiga-Kindjiria"]


def test_a_match_report_told_in_war_words_is_no_event():
    text = ("Les Aigles du Mali ont battu les Étalons du Burkina Faso (2-1) samedi au stade du 26 Mars de Bamako. "
            "Dès l'entame, l'attaque malienne a mis le feu à la défense burkinabè. Mais la riposte des Étalons a "
            "fini par payer, avant que le sélectionneur malien ne savoure la victoire.")
    extraction, found = events(text, "fr")
    assert found == [] and extraction.kind == "other"


def test_a_team_that_finished_off_its_opponent_killed_no_one():
    text = ("فاز مولودية وهران على ضيفه اتحاد بسكرة بثلاثية نظيفة مساء السبت في المباراة التي احتضنها ملعب الشهيد "
            "أحمد زبانة، لحساب الجولة العاشرة من الرابطة المحترفة الأولى. وسجل المهاجم هدفين في الشوط الأول، وفي "
            "الشوط الثاني أجهزوا على المنافس بهدف ثالث في الدقيقة 81.")
    extraction, found = events(text, "ar", published=dt.date(2025, 11, 9))
    assert found == [] and extraction.kind == "other"


def test_a_militia_that_repelled_an_attack_fought_a_battle_and_a_postponed_vote_is_no_event():
    text = ("Les chasseurs traditionnels de Dan Na Ambassagou affirment avoir repoussé vendredi une attaque contre le "
            "village de Dinangourou, dans le cercle de Koro.")
    _, [event] = events(text, "fr")
    assert (event["event_type"], event["actor2"]) == ("Battles", "Dan Na Ambassagou")
    extraction, found = events("Le scrutin prévu dimanche à Koro a été repoussé d'une semaine.", "fr")
    assert found == [] and extraction.kind == "other"


def test_an_ambush_on_a_pro_government_militia_is_a_battle_and_its_massacre_of_villagers_is_not():
    for ambush, lang, militia in [
        ("قُتل اثنان من عناصر قوة المهام المشتركة المدنية يوم الخميس في كمين نصبه مسلحون من بوكو حرام قرب دامبوا "
         "بولاية بورنو.", "ar", "Civilian Joint Task Force"),
        ("Jeudi, deux membres de la milice Dan Na Ambassagou ont été tués dans une embuscade tendue par des hommes "
         "armés près de Bankass, dans le centre du Mali.", "fr", "Dan Na Ambassagou"),
    ]:
        _, [event] = events(ambush, lang)
        assert (event["event_type"], event["actor2"]) == ("Battles", militia), ambush
    massacre = ("Dozo hunters attacked the Fulani village of Ogossagou, in central Mali, on Saturday, killing 160 "
                "villagers, including women and children.")
    _, [event] = events(massacre, "en")
    assert event["event_type"] == "Violence against civilians"


def test_traditional_hunters_killed_in_an_attack_are_a_militia_in_a_battle_counted_once():
    text = ("وفي دائرة كورو بوسط البلاد، قُتل الجمعة ستة من عناصر ميليشيا «دان نا أمباساغو» المكونة من صيادين "
            "تقليديين، في هجوم شنه مسلحون من «جماعة نصرة الإسلام والمسلمين» على نقطة تابعة لهم قرب بلدة دينانغورو. "
            "وقال مسؤول في الميليشيا إن عناصرها «ردوا على الهجوم وقتلوا ثلاثة من المهاجمين».")
    _, [event] = events(text, "ar")
    assert (event["event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Battles", "JNIM", "Dan Na Ambassagou", 9)
    told_twice = ("قُتل ما لا يقل عن 8 من الصيادين التقليديين «الدوزو» في هجوم على مواقعهم بدائرة بانكاس يوم الأحد. "
                  "وأوضحت المصادر أن 8 من عناصر الميليشيا على الأقل قُتلوا، بينما لم تُعرف خسائر المهاجمين.")
    _, [event] = events(told_twice, "ar")
    assert (event["event_type"], event["actor2"], event["fatalities"]) == ("Battles", "Dozo", 8)


def test_two_events_told_with_while_in_two_towns_of_one_region_are_two_events():
    text = ("أعلن الجيش المالي أنه «حيّد نحو عشرين إرهابياً» في ضربات جوية نفذتها طائرات مسيّرة، يوم الأحد، على تجمع "
            "لمسلحين قرب بلدة ديافارابي، في دائرة تننكو بولاية موبتي وسط البلاد، في حين قُتل ما لا يقل عن 8 مدنيين "
            "في هجوم على قرية بدائرة بانكاس في الولاية ذاتها.")
    _, found = events(text, "ar", published=dt.date(2025, 1, 28))
    assert sorted((e["location"], e["sub_event_type"], e["fatalities"]) for e in found) == [
        ("Bankass", "Attack", 8), ("Diafarabé", "Air/drone strike", 20)]


def test_a_bomb_on_the_road_between_two_towns_is_the_bomb_told_at_the_first():
    text = ("قالت مصادر عسكرية إن ثلاثة جنود قُتلوا الأربعاء إثر انفجار عبوة ناسفة استهدفت مركبتهم قرب بلدة كولوفاتا "
            "في أقصى شمال الكاميرون، بينما اختطف مسلحون ست نساء في بلدة تورو بالمنطقة نفسها. وأوضح مصدر عسكري أن "
            "المركبة كانت تقوم بدورية على الطريق الرابطة بين كولوفاتا وكيراوا عندما انفجرت بها العبوة.")
    _, found = events(text, "ar", published=dt.date(2025, 10, 24))
    assert sorted((e["location"], e["event_type"]) for e in found) == [
        ("Kolofata", "Explosions/Remote violence"), ("Tourou", "Violence against civilians")]


def test_an_army_bulletin_counts_the_bodies_found_and_the_militiamen_fallen_arms_in_hand():
    text = ("Samedi, c'est à Sollé, dans la province du Loroum, que des dizaines de terroristes à motos ont tenté de "
            "s'en prendre au détachement militaire et aux Volontaires pour la défense de la patrie (VDP). La riposte "
            "vigoureuse des combattants a permis de repousser l'assaut. Le ratissage qui a suivi a permis de "
            "dénombrer une trentaine de corps de terroristes. Côté ami, deux VDP sont tombés les armes à la main.")
    _, [event] = events(text, "fr", published=dt.date(2025, 3, 10))
    assert (event["actor1"], event["actor2"], event["fatalities"]) == (
        "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso", 32)


def test_men_about_to_attack_when_the_army_struck_first_are_its_target_not_the_attackers():
    text = ("Samedi 1er août, une unité du Bataillon d'intervention rapide en mission de sécurisation dans les "
            "environs de Bilanga, dans la province de la Gnagna, a accroché un groupe de terroristes qui s'apprêtait à s'en prendre aux convois de "
            "ravitaillement de la zone. Au terme des combats, 27 assaillants ont été neutralisés.")
    _, [event] = events(text, "fr", published=dt.date(2026, 8, 4))
    assert (event["actor1"], event["actor2"], event["fatalities"]) == (
        "Military Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)", 27)
    text = ("On Saturday, troops of Operation Hadin Kai engaged ISWAP fighters who were preparing to attack "
            "Monguno, in Borno State, and neutralised 12 of them.")
    _, [event] = events(text, "en", published=dt.date(2026, 8, 4))
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Nigeria", "Islamic State West Africa Province")


def test_a_toll_that_rose_later_in_the_day_is_the_attacks_toll_not_another_event():
    text = ("Des éléments de Boko Haram ont attaqué dans la nuit du mardi 18 au mercredi 19 mars une position de "
            "l'armée à Kaiga-Kindjiria, dans la province du Lac. Un premier bilan communiqué mercredi matin faisait "
            "état de deux militaires tués. Il s'est alourdi dans la journée : quatre soldats ont finalement perdu la "
            "vie. Côté ennemi, onze assaillants ont été neutralisés.")
    _, [event] = events(text, "fr", published=dt.date(2025, 3, 20))
    assert (event["location"], event["fatalities"], event["date"]) == ("Kaiga-Kindjiria", 15, "2025-03-18")


def test_an_event_on_a_road_told_with_its_lga_is_placed_near_the_roads_first_town():
    text = ("On 29 June 2026, troops laid an ambush along the Buni Yadi–Goniri road in Gujba Local Government Area of "
            "Yobe State and neutralised 4 ISWAP terrorists.")
    _, [event] = events(text, "en", published=dt.date(2026, 7, 3))
    assert (event["location"], event["geo_precision"]) == ("Buni Yadi", 2)


def test_a_weekly_army_report_with_an_analysts_word_is_still_news_of_the_week():
    text = ("Algeria's Ministry of National Defence said on Wednesday that units of the People's National Army "
            "neutralised two terrorists during operations carried out between 8 and 14 July. A detachment of the ANP "
            "neutralised two terrorists during a search-and-combing operation in the wilaya of Ain Defla. Analysts "
            "say that the remaining armed groups in the north of the country are small and isolated.")
    extraction, [event] = events(text, "en", published=dt.date(2026, 7, 16))
    assert extraction.kind == "incident" and not event["background"]


def test_a_lead_on_one_raid_days_after_another_tells_two_events_each_where_the_story_places_it():
    text = ("Yaounde (AFP) - Boko Haram jihadists killed four villagers in northern Cameroon overnight Saturday, local "
            "officials said, days after six fishermen were killed in a raid on the Chadian shore of Lake Chad. The "
            "assailants stormed Moskota, a village in the Mayo-Tsanaga department of Cameroon's Far North region. In "
            "Chad, six fishermen were killed on Thursday when Boko Haram fighters attacked a fishing camp near "
            "Ngouboua in the Lac province.")
    _, found = events(text, "en", published=dt.date(2026, 7, 20))
    assert sorted((e["country"], e["fatalities"], e["date"]) for e in found) == [
        ("CM", 4, "2026-07-18"), ("TD", 6, "2026-07-16")]


def test_the_forest_attackers_came_from_is_not_the_scene_of_their_attack():
    text = ("Three soldiers were killed on Saturday night when ISWAP terrorists attacked a military base in Buni Gari, "
            "Gujba Local Government Area of Yobe State.\n\nSecurity sources told Daily Trust that the terrorists, who "
            "came in several gun trucks from the direction of the Alagarno forest, launched the attack at about 10pm, "
            "using armed drones to drop explosives on the base before storming it.\n\n\"The drones hit the fuel dump "
            "and three of our men paid the supreme price. But the troops held their ground and, with the support of "
            "the air component, repelled them,\" one of the sources said.\n\nHe said eight terrorists were killed and "
            "their bodies recovered along with two AK-47 rifles.\n\nIn a separate incident on Sunday, four farmers "
            "were killed when their tricycle ran over an improvised explosive device near Sabon Gari in Damboa LGA of "
            "neighbouring Borno State.")
    _, found = events(text, "en", published=dt.date(2026, 7, 27))
    assert [(e["location"], e["fatalities"]) for e in found] == [("Buni Gari", 11), ("Sabon Gari", 4)]


@pytest.mark.parametrize("text, lang", [
    ("قُتل ما لا يقل عن 15 عنصراً من \"المتطوعين للدفاع عن الوطن\"، وهي قوة رديفة للجيش البوركينابي، في هجوم شنه "
     "مسلحون الأحد الماضي على موقعهم في بلدة توغوري بولاية نامنتنغا. وقال مصدر أمني إن المهاجمين أضرموا النار في "
     "عدد من المنازل والمحال، فيما أشار أحد السكان إلى أن جرحى نُقلوا إلى مدينة كايا.", "ar"),
    ("Au moins quinze VDP, supplétifs de l'armée, ont été tués dimanche dans une attaque contre leur poste à "
     "Tougouri, dans la province du Namentenga. Les assaillants ont incendié des maisons et des boutiques, selon "
     "des habitants.", "fr"),
])
def test_militiamen_killed_at_their_post_fought_a_battle_as_the_militia_the_army_only_describes(text, lang):
    _, [event] = events(text, lang, published=dt.date(2025, 8, 13))
    assert (event["event_type"], event["actor2"], event["fatalities"]) == ("Battles", "VDP", 15)


def test_a_bomb_told_the_next_day_in_the_lead_and_placed_further_down_is_one_event_apart_from_the_attack():
    text = ("قُتل ما لا يقل عن تسعة من متطوعي الدفاع عن الوطن في هجوم استهدف بلدة بارتياغا في إقليم تابوا شرقي "
            "البلاد، يوم الثلاثاء الماضي، فيما لقي ثلاثة جنود حتفهم في اليوم التالي بانفجار عبوة ناسفة استهدفت "
            "قافلة إمداد عسكرية.\n\nوأوضح مصدر محلي من بارتياغا أن \"مسلحين بأعداد كبيرة هاجموا مقرّ المتطوعين قرب "
            "السوق\".\n\nوفي اليوم التالي، الأربعاء، انفجرت عبوة ناسفة بعربة تابعة لقافلة إمداد عسكرية قرب بلدة "
            "ماتياكوالي، ما أدى إلى مقتل ثلاثة جنود.")
    _, found = events(text, "ar", published=dt.date(2026, 1, 9))
    assert sorted((e["location"], e["event_type"], e["fatalities"], e["date"]) for e in found) == [
        ("Matiakoali", "Explosions/Remote violence", 3, "2026-01-07"), ("Partiaga", "Battles", 9, "2026-01-06")]


def test_women_abducted_in_a_raid_are_not_counted_among_its_dead():
    text = ("قُتل ٤ قرويين وخُطفت ٦ نساء في هجوم شنه مسلحون من جماعة «بوكو حرام»، ليلة الخميس إلى الجمعة، على أحياء في "
            "بلدة تورو التابعة لمحافظة مايو-تساناغا في أقصى شمال الكاميرون.")
    _, [event] = events(text, "ar", published=dt.date(2025, 8, 9))
    assert (event["location"], event["fatalities"], event["ct_tags"]) == ("Tourou", 4, ["kidnapping"])


def test_a_raised_toll_leaves_out_the_figure_local_sources_had_given_before():
    text = ("ارتفعت حصيلة الهجوم الذي استهدف، السبت الماضي، السوق الأسبوعية في بلدة كوكورو بإقليم تيلابيري غرب النيجر، "
            "إلى 21 قتيلاً من المدنيين، حسبما أعلنت وزارة الدفاع النيجرية، بعدما كانت مصادر محلية قد تحدثت عن 12 "
            "قتيلاً.")
    _, [event] = events(text, "ar", published=dt.date(2025, 8, 19))
    assert event["fatalities"] == 21


def test_each_wilaya_of_a_bulletins_item_told_beside_another_is_an_event():
    text = ("نفذت وحدات ومفارز الجيش الوطني الشعبي، خلال الفترة الممتدة من 06 إلى 12 أوت 2025، عدة عمليات. "
            "ففي إطار مكافحة الإرهاب، أوقفت مفارز للجيش الوطني الشعبي (04) عناصر دعم للجماعات الإرهابية في عمليات متفرقة "
            "بولايتي باتنة وتلمسان، فيما كشفت ودمرت مفرزة أخرى بكل من سكيكدة وجيجل مخبأ للجماعات الإرهابية يحتوي على "
            "(02) قنبلتين تقليديتي الصنع.")
    _, found = events(text, "ar", published=dt.date(2025, 8, 13))
    assert sorted((e["admin1_code"], e["sub_event_type"]) for e in found) == [
        ("DZ-05", "Arrests"), ("DZ-13", "Arrests"), ("DZ-18", "Disrupted weapons use"),
        ("DZ-21", "Disrupted weapons use")]


def test_an_arrest_told_beside_another_keeps_its_town_not_the_province_that_holds_it():
    text = ("أسفرت العمليات الأمنية المتزامنة عن توقيف ثلاثة مشتبه فيهم بمدينة الصويرة، فيما تم توقيف العنصر الرابع "
            "بأولاد تايمة بإقليم تارودانت، وذلك بعدما رصدت الأبحاث انخراطهم في التحضير لتنفيذ مشاريع إرهابية.")
    _, found = events(text, "ar", published=dt.date(2026, 1, 22))
    assert sorted(e["location"] for e in found) == ["Essaouira", "Oulad Teïma"]


def test_a_capital_that_manages_a_threat_is_its_government_not_the_scene_of_the_attacks_it_recalls():
    text = ("Trois ans après les premières attaques meurtrières dans l'extrême nord du pays, Lomé continue de gérer la "
            "menace jihadiste dans une grande discrétion. Sur le terrain, le JNIM s'appuie sur ses bases arrière de "
            "l'est du Burkina Faso pour mener des incursions et poser des engins explosifs sur les pistes, selon un "
            "chercheur.")
    extraction, found = events(text, "fr", published=dt.date(2025, 3, 21))
    assert found == [] and extraction.kind == "analysis"


def test_an_attack_that_had_not_been_claimed_by_the_day_of_telling_is_no_second_attack_and_has_no_author():
    text = ("Deux policiers ont été tués dimanche lors de l'attaque d'un poste de police à Founougo, dans la commune de "
            "Banikoara, dans le nord du Bénin, a-t-on appris mardi. L'attaque n'avait pas été revendiquée mardi, mais "
            "la zone est le théâtre d'incursions régulières des jihadistes du JNIM.")
    _, [event] = events(text, "fr", published=dt.date(2025, 3, 4))
    assert (event["location"], event["actor1"], event["date"]) == (
        "Founougo", "Unidentified Armed Group (Benin)", "2025-03-02")


def test_a_lead_that_tells_a_second_event_a_day_later_tells_two_events():
    text = ("NIAMEY, May 19 (Reuters) - Suspected Islamic State fighters killed at least nine civilians when they opened "
            "fire on a weekly market in western Niger on Friday, and three soldiers died a day later when their convoy "
            "struck a roadside bomb in the same area, Niger's defence ministry said.\n\nGunmen on motorcycles attacked "
            "the market in Kokorou, in the Tera department of the Tillaberi region.\n\nOn Saturday, a military convoy "
            "hit an improvised explosive device about 15 km outside the town of Tera, killing three soldiers.")
    _, found = events(text, "en", published=dt.date(2025, 5, 19))
    assert sorted((e["sub_event_type"], e["fatalities"], e["date"]) for e in found) == [
        ("Attack", 9, "2025-05-16"), ("Remote explosive/landmine/IED", 3, "2025-05-17")]


def test_suspects_arrested_in_connection_with_killings_are_an_arrest_not_another_killing():
    text = ("Gunmen killed seven people in an attack on Okokolo community in Agatu Local Government Area of Benue State "
            "on Tuesday, and police arrested five suspects in connection with the killings the following day.\n\nOn "
            "Wednesday, police operatives arrested five suspects at Obagaji, the Agatu LGA headquarters.")
    _, found = events(text, "en", published=dt.date(2026, 7, 16))
    assert sorted((e["sub_event_type"], e["location"]) for e in found) == [
        ("Arrests", "Obagaji"), ("Attack", "Okokolo")]


def test_a_residents_title_and_a_commanders_name_are_no_places():
    text = ("Suspected Lakurawa members killed eight persons in an attack on Kwallajiya village in the Tangaza Local "
            "Government Area of Sokoto State on Saturday. A resident of the community, Malam Bello Tangaza, told The "
            "PUNCH on Sunday that the attackers also rustled over 100 cattle.")
    _, found = events(text, "en", published=dt.date(2025, 5, 26))
    assert [e["location"] for e in found] == ["Kwallajiya"]
    text = ("The attack comes days after dozens of fighters were killed on Friday when the Boko Haram faction loyal to "
            "Ali Ngulde and Bakura attacked ISWAP fighters at Tumbun Rago, an island on the Lake Chad shores in Kukawa "
            "LGA.")
    _, [event] = events(text, "en", published=dt.date(2025, 5, 20))
    assert (event["location"], event["admin1_code"]) == ("Tumbun Rago", "NG-BO")


def test_an_army_bulletins_recovered_rockets_are_a_seizure_and_a_dangerous_terrorist_is_one_dead():
    text = ("In the same context, a detachment of the ANP, acting on intelligence, recovered in In Guezzam 2 "
            "Kalashnikov-type submachine guns, an RPG-7 rocket launcher with 4 rockets and a quantity of ammunition, "
            "the statement added on 17 May.")
    _, [event] = events(text, "en", published=dt.date(2025, 5, 21))
    assert (event["sub_event_type"], event["actor1"]) == ("Disrupted weapons use", "Military Forces of Algeria")
    text = ("A detachment of the ANP neutralised a dangerous terrorist and recovered a Kalashnikov-type firearm during a "
            "search-and-sweep operation near the municipality of Tamalous, Skikda province, on 13 June.")
    _, [event] = events(text, "en", published=dt.date(2026, 6, 18))
    assert (event["event_type"], event["fatalities"]) == ("Battles", 1)


def test_the_capital_tankers_were_heading_to_is_not_where_they_were_attacked():
    text = ("أضرم مسلحون النار، أمس الأربعاء، في ١٥ صهريجا محملا بالوقود كانت متجهة نحو العاصمة المالية باماكو، واختطفوا "
            "ثلاثة من سائقيها، على الطريق الرابط بين ديما وكايس، غربي مالي. وقالت المصادر إن الهجوم وقع على بعد نحو ٢٠ "
            "كيلومترا من بلدة سانداري، حين اعترض مسلحون على دراجات نارية قافلة من الصهاريج.")
    _, [event] = events(text, "ar", published=dt.date(2026, 9, 10))
    assert (event["location"], event["admin1_code"], event["geo_precision"]) == ("Sandaré", "ML-1", 2)


def test_the_second_of_two_hospitals_the_wounded_were_taken_to_is_not_a_scene():
    text = ("ارتفعت حصيلة الهجوم على السوق الأسبوعية في بلدة تونديكيويندي بمنطقة تيلابيري يوم الأحد الماضي إلى 21 قتيلا من "
            "المدنيين. وقالت الوزارة إن \"مجموعة إرهابية\" هاجمت السوق الأسبوعية وأطلقت النار على المتسوقين، مضيفة أن 12 "
            "جريحا يتلقون العلاج في مستشفيات ولام ونيامي.")
    _, found = events(text, "ar", published=dt.date(2026, 10, 13))
    assert [e["location"] for e in found] == ["Tondi Kiwindi"]


def test_the_hospital_where_wounded_died_is_not_a_second_scene():
    text = ("ارتفعت حصيلة الهجوم المسلح الذي استهدف السوق الأسبوعية في بلدة كوكورو بمنطقة تيلابيري غربي النيجر إلى 12 "
            "قتيلا من المدنيين، وفق ما أفاد مسؤول محلي، الثلاثاء.\n\nوكانت الوزارة قد أعلنت مساء الاثنين حصيلة أولية "
            "بمقتل تسعة مدنيين في هجوم نفذه \"إرهابيون\" مساء الأحد.\n\nوقال المسؤول المحلي إن ثلاثة من الجرحى فارقوا "
            "الحياة في مستشفى تيرا متأثرين بإصاباتهم، مضيفا أن المهاجمين \"أطلقوا النار بشكل عشوائي\".\n\nوتحدثت مصادر من "
            "المجتمع المدني في المنطقة عن \"نحو عشرين قتيلا\".")
    _, found = events(text, "ar", published=dt.date(2026, 9, 8))
    assert [(e["location"], e["fatalities"]) for e in found] == [("Kokoro", 12)]


@pytest.mark.parametrize("text, lang, sub_event", [
    ("Mardi, plusieurs centaines d'habitants en colère ont bloqué l'axe Gusau-Funtua à Tsafe pour dénoncer "
     "l'insécurité, avant d'être dispersés par la police à coups de gaz lacrymogène.", "fr", "Protest with intervention"),
    ("The abduction sparked a protest on Tuesday in Funtua, where hundreds of residents blocked the Funtua–Zaria "
     "highway demanding the protection of schools. Policemen fired teargas to disperse the protesters.", "en",
     "Protest with intervention"),
    ("واحتجاجا على تكرار عمليات الخطف، نظم العشرات من أبناء البلدة، أمس الاثنين، وقفة سلمية أمام مقر حكومة الولاية في "
     "غوساو، للمطالبة بتحرير المختطفين وإقامة قاعدة عسكرية في المنطقة.", "ar", "Peaceful protest"),
])
def test_a_protest_met_with_intervention_is_one_the_forces_broke_up_not_one_that_named_them(text, lang, sub_event):
    _, [event] = events(text, lang, published=dt.date(2025, 8, 13))
    assert (event["event_type"], event["sub_event_type"]) == ("Protests", sub_event)


def test_a_convoy_heading_to_the_capital_was_attacked_where_it_was_and_a_radio_is_no_place():
    text = ("Selon des sources locales, le convoi, qui faisait route vers Bamako sous escorte des FAMa, est tombé lundi "
            "dans une embuscade tendue par des hommes armés à une vingtaine de kilomètres de Sandaré. Des échanges de "
            "tirs ont opposé l'escorte aux assaillants. Un transporteur joint par Studio Tamani parle d'au moins quatre "
            "morts, dont deux chauffeurs et deux apprentis.")
    _, [event] = events(text, "fr", published=dt.date(2025, 9, 2))
    assert (event["location"], event["geo_precision"], event["fatalities"]) == ("Sandaré", 2, 4)


def test_an_army_bulletins_lead_on_operations_in_several_provinces_sums_the_operations_it_then_tells():
    text = ("Ouagadougou, 3 sept. 2025 (AIB) – Les FDS ont neutralisé plusieurs dizaines de terroristes au cours "
            "d'opérations menées les 1er et 2 septembre 2025 dans les provinces du Sourou, de la Komondjari et du Loroum. "
            "Dans le Sourou, une unité du BIR a accroché, le lundi 1er septembre, un groupe de terroristes aux abords de "
            "Lanfiéra. Le bilan fait état de onze terroristes neutralisés. Le mardi 2 septembre, dans la Komondjari, les "
            "vecteurs aériens ont pris pour cible un regroupement de terroristes non loin de Bartiébougou. Le même jour, "
            "dans le Loroum, des individus armés ont tenté de prendre d'assaut le détachement militaire de Banh.")
    _, found = events(text, "fr", published=dt.date(2025, 9, 3))
    assert sorted((e["admin1_code"], e["location"], e["date"]) for e in found) == [
        ("BF-01", "Lanfiéra", "2025-09-01"), ("BF-08", "Bartibougou", "2025-09-02"), ("BF-10", "Banh", "2025-09-02")]


def test_an_online_fraud_ring_arrested_by_the_dgsn_is_ordinary_crime():
    text = ("Rabat – Police in Oujda on Friday arrested three people, including a woman, suspected of involvement in an "
            "online fraud network that swindled dozens of victims through fake job and visa offers, the General "
            "Directorate for National Security (DGSN) said.")
    extraction, found = events(text, "en", published=dt.date(2025, 5, 10))
    assert found == [] and extraction.kind == "other"


def test_a_fraud_ring_arrested_by_a_security_directorate_is_ordinary_crime():
    text = ("Nouadhibou, March 26 (AMI) - Police in Nouadhibou have arrested seven people suspected of running a network "
            "that sold forged work contracts and fake visa appointments to young people seeking to travel abroad, the "
            "regional security directorate said on Wednesday. Investigators say at least 60 people were defrauded over "
            "the past year. \"These are ordinary swindlers exploiting the dreams of our youth,\" a police official said.")
    extraction, found = events(text, "en", published=dt.date(2026, 3, 26))
    assert found == [] and extraction.kind == "other"


def test_the_river_attackers_withdrew_toward_is_no_second_battle():
    text = ("قالت هيئة الأركان العامة للجيش المالي إن وحداتها صدّت فجر أمس الاثنين هجوما \"إرهابيا\" استهدف موقعا عسكريا في "
            "بلدة ديالوبي الواقعة في دائرة موبتي وسط البلاد، مشيرة إلى مقتل 4 جنود وإصابة 7 آخرين بجروح. وأضاف بيان الجيش "
            "أن القوات المسلحة \"حيّدت 11 إرهابيا\" واستعادت أسلحة تركها المهاجمون خلال انسحابهم باتجاه المناطق الرطبة "
            "المحاذية لنهر النيجر.")
    _, [event] = events(text, "ar", published=dt.date(2025, 6, 3))
    assert (event["admin1_code"], event["fatalities"]) == ("ML-5", 15)


def test_an_attack_on_the_armys_own_post_is_a_battle_whoever_fled_after_it():
    text = ("Mali's army has raised the death toll from this week's attack on its post in the central town of "
            "Dinangourou, saying 11 soldiers were killed, as residents described fleeing the town after the fighting. "
            "The armed forces said 27 \"terrorists\" had been killed in Monday's assault.")
    _, [event] = events(text, "en", published=dt.date(2025, 5, 15))
    assert (event["event_type"], event["actor2"], event["fatalities"]) == ("Battles", "Military Forces of Mali", 38)


def test_a_village_told_with_its_department_is_the_scene_not_the_department():
    text = ("ويأتي الهجوم بعد نحو أسبوعين من مجزرة قرية فامبيتا في محافظة تيرا بالإقليم نفسه، حيث قتل مسلحون 44 مصليا "
            "داخل مسجد أثناء صلاة الجمعة في 21 مارس/آذار الماضي.")
    _, [event] = events(text, "ar", published=dt.date(2025, 4, 8))
    assert (event["location"], event["fatalities"]) == ("Fambita", 44)


def test_the_town_a_local_source_speaks_from_is_no_second_battle():
    text = ("أعلن الجيش المالي أنه صد فجر أمس الخميس هجوما \"إرهابيا\" استهدف معسكره في بلدة سوكولو التابعة لدائرة "
            "نيونو وسط البلاد، مؤكدا مقتل أربعة من جنوده. وقال مصدر محلي في نيونو إن أصوات الاشتباكات استمرت قرابة ثلاث "
            "ساعات، وإن سكان سوكولو لازموا منازلهم طيلة يوم الخميس.")
    _, found = events(text, "ar", published=dt.date(2025, 4, 11))
    assert [e["location"] for e in found] == ["Sokolo"]


def test_the_day_services_announced_the_arrests_is_not_a_second_arrest():
    text = ("TRIPOLI, 27 sept 2025 (AFP) - Les services de sécurité de l'est de la Libye ont annoncé samedi avoir "
            "démantelé une cellule de l'organisation Etat islamique (EI) et arrêté trois de ses membres à Sebha, "
            "principale ville du sud du pays.\n\nLes trois suspects, dont un ressortissant étranger, ont été arrêtés "
            "jeudi lors d'une descente dans un quartier périphérique de la ville, a indiqué l'Agence de sécurité "
            "intérieure dans un communiqué.")
    _, found = events(text, "fr", published=dt.date(2025, 9, 27))
    assert [(e["location"], e["sub_event_type"]) for e in found] == [("Sabha", "Arrests")]


def test_fishermen_killed_in_a_raid_are_civilians_whatever_the_army_did_after():
    text = ("Six pêcheurs ont été tués et trois autres enlevés dans la nuit de mercredi à jeudi par des éléments de Boko "
            "Haram sur une île proche de Kaïga-Kindjiria, dans le département de Fouli, province du Lac.\n\nLes corps "
            "des victimes ont été inhumés jeudi après-midi à Kaïga-Kindjiria.\n\nUne source militaire à Bol confirme "
            "l'attaque et indique qu'un détachement de l'Armée nationale tchadienne a été déployé dans la zone pour "
            "retrouver les otages.")
    _, [event] = events(text, "fr", published=dt.date(2025, 9, 11))
    assert (event["event_type"], event["actor2"], event["fatalities"]) == (
        "Violence against civilians", "Civilians (Chad)", 6)


def test_forces_that_tracked_the_attackers_down_the_next_day_fought_their_own_battle():
    text = ("لقي ستة صيادين مصرعهم واختُطف ثلاثة آخرون فجر الجمعة، في هجوم نفذته عناصر من جماعة بوكو حرام على جزيرة "
            "صغيرة قرب بلدة نغوبوا في إقليم البحيرة.\n\nوفي اليوم التالي، السبت، تمكنت وحدة من قوات الدفاع والأمن "
            "التشادية من تعقب المهاجمين في محيط نغوبوا، ودارت بين الطرفين اشتباكات أسفرت عن مقتل أربعة من عناصر بوكو "
            "حرام.")
    _, found = events(text, "ar", published=dt.date(2026, 10, 11))
    assert sorted((e["event_type"], e["fatalities"], e["date"]) for e in found) == [
        ("Battles", 4, "2026-10-10"), ("Violence against civilians", 6, "2026-10-09")]
    placed = events("قتل مسلحون ثمانية مزارعين يوم الأربعاء في قرية كاويري التابعة لمنطقة كوندوغا.", "ar",
                    published=dt.date(2026, 10, 16))[1]
    assert [e["location"] for e in placed] == ["Kawuri"]


def test_a_hospital_bombed_in_a_town_is_a_target_there_not_where_the_wounded_went():
    text = ("A female suicide bomber killed five people at a checkpoint in Banki on Tuesday. The attack revived memories "
            "of 29 June 2024, when coordinated suicide bombings blamed on JAS at a wedding, a funeral and a hospital in "
            "Gwoza killed at least 32 people.")
    _, found = events(text, "en", published=dt.date(2026, 3, 12))
    assert sorted((e["location"], e["date"]) for e in found) == [("Banki", "2026-03-10"), ("Gwoza", "2024-06-29")]


def test_two_attacks_told_country_by_country_are_two_events():
    text = ("Au moins cinq soldats béninois ont été tués lundi par un engin explosif, tandis que six civils ont péri "
            "dans une attaque au Togo. Au Bénin, le véhicule a sauté sur une mine sur l'axe Banikoara-Founougo, "
            "en bordure du parc W. Au Togo, des hommes armés ont fait irruption dans la nuit de dimanche à lundi "
            "dans le village de Kpinkankandi, dans la préfecture de Kpendjal, et ont tué six personnes.")
    _, found = events(text, "fr")
    assert sorted((e["country"], e["location"]) for e in found) == [("BJ", "Banikoara"), ("TG", "Kpinkankandi")]


def test_a_statement_read_on_wednesday_evening_and_the_attackers_motorcycles_are_not_the_attack():
    text = ("أعلنت وزارة الدفاع في النيجر ارتفاع حصيلة الهجوم الذي استهدف مساء الاثنين موقعا عسكريا في بلدة "
            "شاتومان بإقليم تيلابيري إلى 14 قتيلا في صفوف الجيش. وقال بيان للوزارة، تلاه المتحدث باسم الحكومة "
            "مساء أمس الأربعاء على التلفزيون الرسمي، إن مجموعة إرهابية هاجمت الموقع بأكثر من مئة دراجة نارية، "
            "وإن القوات صدت الهجوم وحيدت 20 إرهابيا.")
    _, found = events(text, "ar", published=dt.date(2025, 3, 20))
    assert [(e["location"], e["date"], e["fatalities"]) for e in found] == [("Chatoumane", "2025-03-17", 34)]


def test_no_group_has_claimed_responsibility_leaves_the_attack_to_unidentified_men():
    text = ("Two police officers were killed when unidentified gunmen attacked a police post in Dassari, in Benin's "
            "department of Atacora, late Tuesday. On Wednesday, armed men abducted a teacher in Batia, a locality in "
            "the commune of Tanguieta. No group has claimed responsibility for either attack. Northern Benin has "
            "faced repeated incursions by armed groups, notably the al-Qaida-linked JNIM. On Jan. 8, 2025, the group "
            "killed 28 soldiers at Point Triple in the W National Park.")
    _, found = events(text, "en", published=dt.date(2026, 2, 5))
    recent = [e["actor1"] for e in found if not e["background"]]
    assert recent == ["Unidentified Armed Group (Benin)"] * 2


def test_a_group_blamed_for_an_unclaimed_attack_is_its_author_even_where_it_is_active():
    text = ("قتل مسلحون تسعة قرويين يوم الأحد في قرية تاسيا بإقليم تيلابيري غربي النيجر. ولم تتبنّ أي جهة الهجوم حتى "
            "الآن، غير أن مصادر أمنية رجّحت أن يكون منفذوه من عناصر تنظيم ولاية الساحل، الذي ينشط بكثافة في المنطقة "
            "الحدودية مع مالي.")
    _, [event] = events(text, "ar")
    assert event["actor1"] == "Islamic State (Sahel)"


def test_an_attack_no_group_immediately_claimed_is_not_given_to_the_groups_active_there():
    cases = [
        ("A roadside bomb killed six civilians near Tondibi, in Mali's Gao region, on Sunday. No group immediately "
         "claimed responsibility. The al-Qaeda-linked JNIM operates in the Gao region.", "en"),
        ("قُتل شخصان أمس الأحد في انفجار عبوة ناسفة قرب ماندوري في شمال توغو. ولم تتبن أي جهة الحادث، غير أن المنطقة "
         "الحدودية مع بوركينا فاسو تشهد منذ 2022 هجمات تُنسب إلى جماعة نصرة الإسلام والمسلمين.", "ar"),
        ("Two soldiers were killed on Sunday when their vehicle hit a bomb near Mandouri, in northern Togo. No group "
         "has claimed responsibility. Jihadists of JNIM, mostly from Burkina Faso, have carried out attacks in the "
         "Savanes region since 2021, most of them attributed to the group.", "en"),
    ]
    for text, lang in cases:
        _, [event] = events(text, lang)
        assert event["actor1"].startswith("Unidentified Armed Group"), text


def test_a_blame_beside_the_words_that_the_attack_went_unclaimed_names_its_author():
    cases = [
        ("A female suicide bomber killed 12 people at the Konduga market in Borno State on Sunday. Security sources "
         "attributed the attack to Boko Haram's JAS faction. No group had claimed responsibility by Monday.",
         "en", "Boko Haram (JAS)"),
        ("قتل مسلحون تسعة قرويين يوم الأحد في قرية تاسيا بإقليم تيلابيري. وحمّل البيان المسؤولية لتنظيم \"داعش في "
         "الساحل\"، الذي ينشط في المنطقة، فيما لم يعلن التنظيم تبنيه للهجوم.", "ar", "Islamic State (Sahel)"),
        ("Gunmen killed nine villagers near Téra on Sunday. The attack has not been claimed, but residents blamed "
         "the Islamic State Sahel Province, which has for years imposed a so-called zakat on herders.",
         "en", "Islamic State (Sahel)"),
    ]
    for text, lang, author in cases:
        _, [event] = events(text, lang)
        assert event["actor1"] == author, text


def test_a_blame_for_another_attack_of_the_story_does_not_name_an_unclaimed_ones_author():
    text = ("A landmine killed three civilians near Bol, in Chad's Lac province, on Saturday. No group claimed the "
            "blast.\n\nIn Cameroon, a suicide bomber killed five people at the Kolofata market on Thursday.\n\n"
            "The Cameroonian authorities attributed the attack to Boko Haram.")
    _, found = events(text, "en")
    bol = next(e for e in found if e["location"] == "Bol")
    assert bol["actor1"] == "Unidentified Armed Group (Chad)"


def test_a_group_named_only_for_another_regions_incident_of_a_bulletin_is_not_the_others_author():
    cases = [
        ("بيان أسبوعي لهيئة الأركان العامة للقوات المسلحة النيجرية عن العمليات من 6 إلى 12 مارس.\n\n"
         "يوم 9 مارس، اشتبكت دورية قرب بلدة أيورو في منطقة تيلابيري مع مسلحين على دراجات نارية، وقُتل أربعة منهم.\n\n"
         "يوم 10 مارس، أوقفت وحدة في نغيغمي بمنطقة ديفا شخصين يُشتبه في انتمائهما لجماعة بوكو حرام.", "ar", "Ayorou"),
        ("Bulletin hebdomadaire des opérations des Forces armées nigériennes, du 6 au 12 mars.\n\n"
         "Le 9 mars, une patrouille a accroché des terroristes près d'Ayorou, dans la région de Tillabéri : quatre "
         "assaillants ont été neutralisés.\n\nLe 10 mars, une unité a interpellé à N'Guigmi, dans la région de "
         "Diffa, deux fournisseurs présumés de Boko Haram.", "fr", "Ayorou"),
    ]
    for text, lang, town in cases:
        _, found = events(text, lang)
        clash = next(e for e in found if e["location"] == town)
        assert "Boko Haram (JAS)" not in (clash["actor1"], clash["actor2"]), text
        arrest = next(e for e in found if e["sub_event_type"] == "Arrests")
        assert arrest["actor2"] == "Boko Haram (JAS)"


def test_an_attack_claimed_in_the_passive_with_words_between_is_the_claimants():
    text = ("Des hommes armés ont attaqué lundi à l'aube le camp militaire de Diboli, dans la région de Kayes, tuant "
            "trois soldats.\n\nL'attaque a été revendiquée dans l'après-midi par le JNIM, dont les combattants "
            "affrontent depuis des mois ceux de l'État islamique au Sahel dans le centre du pays.")
    _, [event] = events(text, "fr")
    assert event["actor1"] == "JNIM"


def test_the_group_the_lede_names_is_the_author_when_the_background_names_others():
    text = ("قُتل 14 شخصا في هجمات متزامنة شنها مسلحون يُعتقد أنهم من جماعة بوكو حرام ليل السبت على ثلاث قرى في "
            "أقصى شمال الكاميرون. في قرية كيراوا، قُتل ستة مدنيين وأُحرقت منازل عدة.\n\nوقال مصدر عسكري إن الجيش أرسل "
            "تعزيزات إلى المنطقة.\n\nوتشكو نقابات التعليم من إغلاق عشرات المدارس بسبب تهديدات بوكو حرام وتنظيم داعش - "
            "ولاية غرب أفريقيا.")
    _, [event] = events(text, "ar")
    assert event["actor1"] == "Boko Haram (JAS)"


def test_the_sentence_that_places_a_lead_told_without_a_town_and_a_strike_the_next_day():
    text = ("Militants attacked a convoy of fuel tankers under army escort in western Mali on Wednesday, killing two "
            "soldiers and a driver. The attack took place near Diéma, in the Kayes region, on the road to the "
            "Senegalese border. The armed forces said a drone strike on Thursday destroyed a JNIM logistics base "
            "near Boni, in the Mopti region, killing about ten terrorists.")
    _, found = events(text, "en", published=dt.date(2025, 9, 19))
    assert sorted((e["location"], e["event_type"]) for e in found) == [
        ("Boni", "Explosions/Remote violence"), ("Diéma", "Battles")]


def test_a_toll_told_with_its_own_day_and_town_is_another_event_not_the_current_ones_toll():
    text = ("Five years ago, armed drones were a rarity in the Sahel. On October 5, a Malian army strike near Kidal "
            "killed eight fighters of the Azawad Liberation Front, according to the rebels.")
    _, found = events(text, "en", published=dt.date(2026, 10, 20))
    assert ("Kidal", "2026-10-05", 8) in [(e["location"], e["date"], e["fatalities"]) for e in found]


def test_a_past_massacre_recalled_in_the_pluperfect_keeps_its_toll():
    text = ("Dimanche, des hommes armés ont attaqué le village de Darey-Daye, dans la commune de Tondikiwindi, au Niger, "
            "tuant neuf civils. Ces attaques ravivent le souvenir du massacre du 2 janvier 2021 à Tchombangou, au "
            "cours duquel plus de 70 civils avaient été tués.")
    _, found = events(text, "fr", published=dt.date(2025, 2, 12))
    assert [e["fatalities"] for e in found if e["date"] == "2021-01-02"] == [70]


@pytest.mark.parametrize("text, toll", [
    ("Militants attacked a convoy near Diéma, Mali, on Wednesday, killing two soldiers and a driver.", 3),
    ("Gunmen killed three villagers and a child in Dori, Burkina Faso, on Sunday.", 4),
    ("Two soldiers were killed and a civilian was wounded in Dori, Burkina Faso, on Sunday.", 2),
])
def test_one_more_person_named_with_an_article_in_an_english_toll(text, toll):
    _, [event] = events(text, "en")
    assert event["fatalities"] == toll


def test_a_sit_in_of_the_relatives_of_abducted_miners_is_a_protest():
    text = ("نظم عشرات من ذوي ستة منقبين موريتانيين عن الذهب مختطفين في شمال مالي، صباح اليوم الثلاثاء، وقفة "
            "احتجاجية أمام مقر وزارة الخارجية في نواكشوط. ورفع المحتجون صور المختطفين.")
    _, found = events(text, "ar")
    assert [(e["event_type"], e["location"]) for e in found] == [("Protests", "Nouakchott")]  # in front of the HQ


def test_an_attack_on_a_camp_stays_a_battle_when_the_armys_drones_are_told_after_it():
    text = ("أما هجوم الجماعة على معسكر بولكيسي في 14 مارس الماضي، الذي قُتل فيه 23 جنديا، فقد أعاد طرح السؤال عن "
            "قدرة الجيش على حماية مواقعه. في المقابل، يراهن الجيش على سلاح المسيّرات التركية.")
    _, found = events(text, "ar")
    assert [(e["location"], e["event_type"]) for e in found] == [("Boulkessi", "Battles")]



def test_a_convoy_ambushed_on_the_road_between_two_towns_near_a_village_is_at_the_village():
    text = ("تعرضت قافلة صهاريج قادمة من ميناء كوناكري، ترافقها وحدة من الجيش المالي، يوم الخميس لكمين قرب بلدة "
            "ساندري على الطريق الرابط بين كايس وديما، واندلعت على إثره اشتباكات عنيفة قتل فيها ثلاثة جنود.")
    _, found = events(text, "ar", published=dt.date(2025, 10, 3))
    assert [(e["location"], e["event_type"], e["fatalities"]) for e in found] == [("Sandaré", "Battles", 3)]
    text = "تعرضت دورية للجيش يوم الخميس لكمين قرب بلدة ديدييني على الطريق الرابط بين باماكو وديما، قتل فيه جنديان."
    _, found = events(text, "ar", published=dt.date(2025, 10, 3))
    assert [(e["location"], e["fatalities"]) for e in found] == [("Didiéni", 2)]


def test_assaults_repelled_on_the_towns_of_a_dated_lead_are_one_event_in_each():
    text = ("BAMAKO, July 2 - Al Qaeda-linked fighters launched coordinated attacks on military positions in at least "
            "four towns of western Mali at dawn on Tuesday.\n\nIn a statement read on state television, the army said "
            "its units had repelled assaults on Diboli, Sandaré, Nioro du Sahel and Gogui, close to the border with "
            "Senegal.")
    _, found = events(text, "en", published=dt.date(2025, 7, 2))
    assert {"Diboli", "Gogui", "Nioro", "Sandaré"} <= {e["location"] for e in found}
    assert {e["date"] for e in found} == {"2025-07-01"}


def test_simultaneous_attacks_on_a_list_of_towns_are_one_event_in_each():
    text = ("وتذكّر هذه الهجمات بما جرى في 12 مارس الماضي، حين شنت الجماعة هجمات متزامنة على مواقع عسكرية في "
            "بلدات ميناكا وأندرامبوكان وإنيكار، شرقي البلاد.")
    _, found = events(text, "ar", published=dt.date(2025, 6, 20))
    assert sorted(e["location"] for e in found) == ["Andéranboukan", "Inékar", "Ménaka"]
    assert {e["date"] for e in found} == {"2025-03-12"}



def test_towns_listed_after_a_lede_that_sums_the_days_attacks_are_one_event_each_sharing_the_overall_toll():
    text = ("شنّ مسلحون فجر أمس الأحد هجمات متزامنة على مواقع عسكرية في أربع بلدات بوسط مالي.\n\n"
            "وقال الجيش في بيان مساء أمس إن الهجمات استهدفت معسكرات في نيونو ومولودو وسوكولو وديابالي، مؤكدا أن "
            "الوحدات صدّت جميع الهجمات وأن \"عشرة إرهابيين تم تحييدهم\" في مجمل المواقع.")
    _, found = events(text, "ar", published=dt.date(2026, 3, 16))
    assert [(e["location"], e["event_type"], e["date"]) for e in found] == [
        (town, "Battles", "2026-03-15") for town in ("Niono", "Molodo", "Sokolo", "Diabaly")]
    assert [e["fatalities"] for e in found] == [3, 3, 2, 2]

def test_the_same_day_dates_another_scene_and_unknown_attackers_are_not_the_documents_group():
    text = ("شن مسلحون من جماعة نصرة الإسلام والمسلمين، يوم الجمعة، هجوما على معسكر للجيش في بلدة جيبو شمالي "
            "بوركينا فاسو، قتل فيه 12 جنديا. ويوم الأحد، قتل مسلحون خمسة مدنيين في سوق بلدة كايا. وفي اليوم نفسه، "
            "اختطف مسلحون مجهولون ثلاثة معلمين في بلدة أربيندا.")
    _, found = events(text, "ar", published=dt.date(2026, 3, 9))
    assert [(e["location"], e["date"], e["actor1"]) for e in found][2] == (
        "Aribinda", "2026-03-08", "Unidentified Armed Group (Burkina Faso)")
    text = ("Gunmen killed four soldiers at a checkpoint in Mokwa, Niger State, on Friday. The abductions were "
            "reported to the police the same day.")
    _, found = events(text, "en", published=dt.date(2026, 3, 8))
    assert [e["date"] for e in found] == ["2026-03-06"]


def test_attackers_said_to_be_unknown_are_not_the_group_the_document_names():
    text = ("Des combattants du JNIM ont attaqué samedi le camp militaire de Djibo, au Burkina Faso. "
            "Lundi, des hommes armés non identifiés ont enlevé deux enseignants à Titao.")
    _, found = events(text, "fr", published=dt.date(2026, 3, 10))
    assert [(e["location"], e["actor1"]) for e in found] == [
        ("Djibo", "JNIM"), ("Titao", "Unidentified Armed Group (Burkina Faso)")]


@pytest.mark.parametrize("text, lang", [
    ("أوقفت مصالح الأمن بمدينة سطيف 4 أشخاص ينشطون ضمن شبكة للنصب والاحتيال، بعدما تجاوز عدد الضحايا 60 شخصا.",
     "ar"),
    ("أوقفت فرقة الدرك الوطني بولاية المسيلة شخصين وحجزت 30 طنا من البصل في إطار مكافحة المضاربة.", "ar"),
    ("Police in Agadir arrested two men who defrauded dozens of families with promises of jobs in Europe.", "en"),
    ("La police a interpellé à Sousse trois hommes qui ont escroqué des dizaines de candidats à l'émigration.", "fr"),
    ("تمكنت عناصر الشرطة القضائية بالمنطقة الإقليمية للأمن بالناظور، يوم أمس الأحد، من توقيف ثلاثة أشخاص للاشتباه "
     "في تورطهم في قضية تتعلق بالنصب والاحتيال. وتم إخضاع المشتبه فيهم للبحث القضائي للكشف عن جميع الضحايا "
     "المحتملين، الذين يقدر عددهم بأكثر من 40 شخصا.", "ar"),  # الأمن: the police, no security commentary
])
def test_an_arrest_of_fraudsters_and_their_victims_is_no_event(text, lang):
    extraction, found = events(text, lang)
    assert (extraction.kind, found) == ("other", [])


def test_villages_of_a_lead_told_by_their_tolls_alone_are_each_an_event_with_the_leads_attackers():
    text = ("Des hommes armés ont attaqué dimanche deux villages de la commune de Tondikiwindi, dans la région de "
            "Tillabéri. À Zaroumdareye, ils ont abattu huit hommes. À Tchombangou, quatre autres personnes ont été "
            "tuées. Les forces de défense et de sécurité ont été déployées.")
    _, found = events(text, "fr", published=dt.date(2025, 4, 15))
    assert sorted((e["location"], e["fatalities"], e["actor1"]) for e in found) == [
        ("Tiombango", 4, "Unidentified Armed Group (Niger)"), ("Zèrma Daré", 8, "Unidentified Armed Group (Niger)")]


def test_a_lead_naming_a_branch_and_its_parent_gives_the_branch_to_each_village():
    text = ("Au Mali, deux villages du cercle de Bankass ont été attaqués samedi par des hommes armés que des sources "
            "locales attribuent à la katiba Macina, liée au JNIM. À Diallassagou, les assaillants ont tué 14 "
            "habitants. À Dianweli, sept civils ont été tués.")
    _, found = events(text, "fr", published=dt.date(2026, 11, 9))
    assert {(e["location"], e["actor1"]) for e in found} == {("Diallassagou", "Katiba Macina"),
                                                              ("Dianwéli", "Katiba Macina")}


def test_the_next_day_told_with_its_weekday_is_another_incident():
    text = ("هاجم مسلحون يوم الجمعة قرية تشوما بانغو في منطقة تيلابيري وقتلوا تسعة رجال. وفي اليوم التالي، السبت، "
            "نصب المسلحون كمينا لسيارة تقل قرويين فارين وقتلوا ثلاثة منهم.")
    _, found = events(text, "ar", published=dt.date(2025, 11, 10))
    assert sorted((e["date"], e["fatalities"]) for e in found) == [("2025-11-07", 9), ("2025-11-08", 3)]


@pytest.mark.parametrize("text, lang, place", [
    ("Col. Musa Tanko said troops neutralised six terrorists near Sabon Gari village in Borno State on Tuesday.",
     "en", "Sabon Gari"),
    ("قال وزير الدفاع في مؤتمر صحفي بالعاصمة نيامي إن الجيش قتل 20 إرهابيا في منطقة ديفا يوم الاثنين.", "ar", "Diffa"),
    ("هاجم مسلحون قرية كيراوا يوم الأحد، وفر السكان باتجاه مدينة مورا.", "ar", "Kerawa"),
    # where an official spoke from
    ("قُتل 11 مدنيا مساء الجمعة في هجوم شنه مسلحون على سوق أسبوعية في بلدة دارغول بإقليم تيلابيري. وقال مسؤول محلي "
     "في دائرة غوتيي، فضّل عدم ذكر اسمه، إن المهاجمين فتحوا النار على التجار ثم أحرقوا المحلات ونهبوا المواشي. وأكدت "
     "وزارة الداخلية في بيان مساء السبت مقتل 11 مدنيا.", "ar", "Dargol"),
    # where the victims came from
    ("قتل سبعة منقبين عن الذهب مساء الاثنين في قصف بطائرة مسيرة في منطقة إنتاهاكا بشمال مالي. وأوضح أحد المنقبين أن "
     "الضحايا مدنيون لا علاقة لهم بأي جماعة مسلحة، مضيفا أن القتيلين الموريتانيين ينحدران من مقاطعة باسكنو.", "ar",
     "Intahaka"),
])
def test_names_of_people_and_the_places_spoken_from_or_fled_to_are_not_the_scene(text, lang, place):
    _, found = events(text, lang)
    assert [e["location"] or e["admin1"] for e in found] == [place]


def test_the_town_the_victims_came_from_is_not_the_scene():
    text = ("تعيش الولايات الشرقية لموريتانيا، منذ أشهر، على إيقاع توتر متصاعد على الشريط الحدودي مع مالي، الممتد على "
            "أكثر من ٢٢٠٠ كيلومتر، في ظل تدهور الوضع الأمني في وسط مالي، وتزايد أعداد اللاجئين، وتكرار الحوادث التي يقع "
            "ضحيتها منمون موريتانيون داخل الأراضي المالية.\n\nوكان آخر هذه الحوادث مقتل ثلاثة منمين من بلدية فصالة قرب "
            "بلدة نامبالا المالية، في الرابع من نوفمبر الجاري، على يد دورية للجيش المالي، وهي الحادثة التي أثارت غضبا "
            "واسعا في مقاطعة باسكنو ودفعت السكان إلى الاحتجاج.\n\nويقول مصدر دبلوماسي موريتاني لصحراء ميديا إن نواكشوط "
            "\"تفضل معالجة هذه الملفات عبر القنوات الثنائية\".")
    _, found = events(text, "ar", published=dt.date(2025, 11, 27))
    # the herders were "من بلدية فصالة": where they came from
    assert [e["location"] for e in found if e["event_type"] == "Violence against civilians"] == ["Nampala"]


def test_the_day_an_attack_was_claimed_and_the_town_of_a_press_briefing_are_not_the_events():
    text = ("Porga, 20 mars 2026 (AFP) - Six soldats béninois ont été tués samedi dans l'attaque d'un poste militaire "
            "à Porga, dans le nord du Bénin. « Deux blessés ont succombé », a déclaré mardi le porte-parole du "
            "gouvernement lors d'un point de presse à Cotonou. L'attaque a été revendiquée lundi par le JNIM.")
    _, found = events(text, "fr", published=dt.date(2026, 3, 20))
    assert [(e["location"], e["date"]) for e in found] == [("Porga", "2026-03-14")]


def test_a_person_introduced_by_a_role_is_not_a_place():
    text = ("Une kamikaze s'est fait exploser dimanche dans une mosquée de Dikwa, dans l'Etat de Borno, tuant six "
            "fidèles, a déclaré à l'AFP Babakura Kolo, un responsable de la milice locale.")
    assert scenes(text, "fr", published=dt.date(2026, 2, 17)) == ["Dikwa"]


def test_a_months_results_over_several_regions_are_no_event():
    text = ("Le ministre de la Défense a présenté lundi le bilan des opérations du mois d'août. Selon les chiffres "
            "communiqués, 140 terroristes ont été neutralisés et 50 autres interpellés lors d'opérations conduites "
            "dans les régions de Tillabéri, Tahoua, Diffa et Maradi.")
    extraction, found = events(text, "fr", published=dt.date(2026, 9, 8))
    assert found == []


def test_the_point_triple_post_is_in_alibori():
    text = "Le 8 janvier 2025, 28 soldats béninois avaient été tués lors de l'attaque du poste de Point Triple."
    _, [event] = events(text, "fr", published=dt.date(2026, 1, 13))
    assert (event["location"], event["admin1_code"]) == ("Point Triple", "BJ-AL")


def test_people_killed_in_an_attack_on_a_police_post_make_a_battle_and_people_killed_by_a_bomb_are_civilians():
    text = "قُتل أربعة أشخاص على الأقل في هجوم شنه مسلحون فجر الأحد على مركز للدرك في بلدة تانغييتا شمالي بنين."
    _, [event] = events(text, "ar", published=dt.date(2026, 2, 17))
    assert (event["event_type"], event["actor2"], event["fatalities"]) == ("Battles", "Police Forces of Benin", 4)
    text = "أودى انفجار عبوة ناسفة في سوق بلدة مورا، أمس الأحد، بحياة ثلاثة أشخاص."
    _, [event] = events(text, "ar", published=dt.date(2026, 6, 15))
    assert (event["sub_event_type"], event["actor2"]) == ("Remote explosive/landmine/IED", "Civilians (Cameroon)")


def test_darak_on_lake_chad_is_in_cameroon():
    text = ("هاجم مسلحون من جماعة بوكو حرام، ليلة السبت إلى الأحد، موقعا للجيش الكاميروني في بلدة داراك الواقعة على "
            "ضفاف بحيرة تشاد، في إقليم أقصى الشمال، وقتلوا جنديين.")
    _, [event] = events(text, "ar", published=dt.date(2026, 4, 27))
    assert (event["location"], event["admin1_code"]) == ("Darak", "CM-EN")


def test_an_explosive_belt_seized_is_no_suicide_bombing_and_an_evacuation_helicopter_no_air_strike():
    text = ("أعلنت وزارة الداخلية أن وحدات الحرس الوطني أوقفت يوم الأحد عنصرين إرهابيين بجبل السلوم في ولاية القصرين، "
            "وحجزت بحوزتهما سلاحا من نوع كلاشنيكوف وحزاما ناسفا.")
    _, [event] = events(text, "ar", published=dt.date(2026, 3, 10))
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Arrests")
    text = ("أصيب جنديان يوم الثلاثاء في انفجار لغم أرضي بجبل الشعانبي في ولاية القصرين، ونُقلا بمروحية عسكرية إلى "
            "المستشفى.")
    _, [event] = events(text, "ar", published=dt.date(2026, 3, 10))
    assert event["sub_event_type"] == "Remote explosive/landmine/IED"


def test_a_ministers_monthly_results_give_only_the_operations_told_with_their_day():
    text = ("أعلن وزير الدفاع في النيجر، الفريق ساليفو مودي، مساء الثلاثاء، أن الجيش حيّد 120 إرهابيا خلال شهر "
            "أكتوبر في مناطق تيلابيري وتاهوا ومارادي. وقال الوزير إن الحصيلة الشهرية تشمل أيضا مقتل 7 جنود. وفي "
            "منطقة ديفا، فككت وحدة من الهندسة العسكرية يوم 27 أكتوبر عبوتين ناسفتين قرب بلدة شيتيماري.")
    _, found = events(text, "ar", published=dt.date(2026, 11, 5))
    assert [(e["location"], e["sub_event_type"], e["date"]) for e in found] == [
        ("Chétimari", "Disrupted weapons use", "2026-10-27")]


@pytest.mark.parametrize("text, place, region", [
    ("هاجم مسلحو جماعة لاكوراوا قرية ميرا في ولاية كيبي يوم الجمعة وقتلوا 15 شخصا.", "Mera", "NG-KE"),
    ("هاجم مسلحون قرية سوباني دا في منطقة موبتي يوم الأحد وقتلوا 35 مدنيا.", "Sobane-Da", "ML-5"),
    ("هاجم مسلحو بوكو حرام مخيما للصيادين قرب جزيرة كايغا كنجيريا يوم الأحد وقتلوا ستة صيادين.", "Kaiga-Kindjiria",
     "TD-LC"),
])
def test_arabic_spellings_of_villages_known_from_massacres(text, place, region):
    _, [event] = events(text, "ar")
    assert (event["location"], event["admin1_code"]) == (place, region)


def test_an_arabic_release_told_with_its_number_is_a_release():
    text = ("أعلن المتحدث باسم شرطة ولاية زامفارا، يوم الأحد، الإفراج عن 17 امرأة وطفلا على أطراف بلدة تالاتا "
            "مافارا، بعد أسبوعين من اختطافهم على أيدي قطاع الطرق.")
    _, found = events(text, "ar", published=dt.date(2025, 9, 22))
    assert ["hostage_release" in e["ct_tags"] for e in found] == [True]


def test_a_day_at_the_start_of_a_sentence_after_a_quote_is_no_telling():
    text = ("Gunmen invaded Unguwar Ali village in Faskari LGA of Katsina State on Tuesday night, killing five "
            "residents. \"They burnt our grain stores,\" a resident said.\n\nOn Wednesday afternoon, another gang "
            "blocked the road near Kankara town and abducted 17 passengers.")
    _, found = events(text, "en", published=dt.date(2026, 6, 12))
    assert ("Kankara", "2026-06-10") in [(e["location"], e["date"]) for e in found]


def test_separate_attacks_on_several_districts_are_told_one_by_one():
    text = ("Bandits have killed nine persons and abducted 14 others in separate attacks on communities in the "
            "Faskari and Danmusa local government areas of Katsina State. The gunmen invaded Unguwar Ali village in "
            "Faskari LGA on Tuesday night. Five persons were initially reported dead, but the death toll rose to nine on "
            "Wednesday after four of the injured died at the General Hospital in Funtua. In Danmusa LGA, bandits "
            "stormed Yantumaki on Thursday morning and abducted 14 persons. A resident said no life was lost.")
    _, found = events(text, "en", published=dt.date(2026, 6, 12))
    assert sorted((e["location"], e["fatalities"]) for e in found) == [("Unguwar Ali", 9), ("Yantumaki", 0)]


def test_an_honorific_abbreviation_ends_no_sentence():
    from sahelwatch.text.sentences import sentence_spans
    text = "But the Chairman of Bokkos LGA, Hon. Monday Kassah, told reporters that more bodies were found."
    assert sentence_spans(text) == [(0, len(text))]


def test_the_next_day_operation_is_its_own_event_and_a_seized_explosive_belt_no_bombing():
    text = ("Un berger a été grièvement blessé mardi par l'explosion d'une mine artisanale au mont Mghila, près de "
            "Sbiba, dans le gouvernorat de Kasserine. Le lendemain, mercredi, une unité de la Garde nationale a abattu "
            "deux terroristes lors d'une opération de ratissage. Une kalachnikov et une ceinture explosive ont été "
            "saisies.")
    _, found = events(text, "fr", published=dt.date(2025, 11, 6))
    assert sorted((e["date"], e["sub_event_type"]) for e in found) == [
        ("2025-11-04", "Remote explosive/landmine/IED"), ("2025-11-05", "Armed clash")]


@pytest.mark.parametrize("text, lang", [
    ("Le 3 mars, des combattants du JNIM ont attaqué des positions de l'Etat islamique au Sahel près de Tin-Hama, "
     "au Mali. Des dizaines de combattants ont été tués.", "fr"),
    ("هاجم مقاتلو جماعة نصرة الإسلام والمسلمين يوم 3 مارس مواقع لتنظيم الدولة في الساحل قرب تين هاما في مالي، "
     "وقُتل العشرات من الطرفين.", "ar"),
])
def test_a_group_attacking_a_rival_group_is_a_battle(text, lang):
    _, [event] = events(text, lang, published=dt.date(2025, 3, 10))
    assert (event["event_type"], {event["actor1"], event["actor2"]}) == ("Battles", {"JNIM", "Islamic State (Sahel)"})


@pytest.mark.parametrize("text, lang", [
    ("قال حاكم ولاية أغاديز يوم الأحد إن الرهينة أُطلق سراحه في منطقة صحراوية شمال مدينة أغاديز.", "ar"),
    ("وأُطلق سراح المخطوفين مساء الثلاثاء في منطقة غابات قرب بلدة ماغامي بولاية زامفارا.", "ar"),
    ("The hostages were freed on Tuesday near Magami, in Zamfara State, after their families paid a ransom.", "en"),
    ("وقال أحد أقارب المفرج عنهم إن الرهائن أُطلق سراحهم في غابة قريبة من بلدة تسافي. في المقابل، قالت شرطة الولاية "
     "إن الضحايا استعيدوا بفضل ضغط متواصل من قوات الأمن، نافية دفع أي فدية.", "ar"),  # victims, none dead
])
def test_a_release_whose_abduction_words_name_the_hostages_is_a_release(text, lang):
    _, [event] = events(text, lang)
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Other")


@pytest.mark.parametrize("text, lang, published, days", [
    ("أُفرج أمس الثلاثاء عن ثلاثة موظفين في بلدية أيورو، كان مسلحون من تنظيم ولاية الساحل قد اختطفوهم يوم 2 مايو "
     "الماضي من مقر البلدية، وذلك بعد وساطة قادها وجهاء وزعماء تقليديون.", "ar", dt.date(2026, 8, 26),
     ["2026-05-02", "2026-08-25"]),
    ("Vingt-trois villageois enlevés le 14 août par Boko Haram près de Gubio, dans l'Etat de Borno, ont été libérés "
     "mardi après le versement d'une rançon, selon un chef communautaire.", "fr", dt.date(2026, 8, 27),
     ["2026-08-14", "2026-08-25"]),
])
def test_a_release_and_its_abduction_told_with_their_own_days_are_two_events(text, lang, published, days):
    _, found = events(text, lang, published=published)
    assert sorted((e["date"], e["sub_event_type"]) for e in found) == [
        (days[0], "Abduction/forced disappearance"), (days[1], "Other")]


def test_a_release_and_the_abduction_dated_after_it_keep_the_abduction():
    text = ("أُطلق سراح القس إيمانويل أودو، الذي خطفه مسلحون مجهولون من منزله في بلدة كافانشان بولاية كادونا في "
            "28 أغسطس الماضي.")
    _, found = events(text, "ar", published=dt.date(2025, 9, 16))
    assert ("Abduction/forced disappearance", "2025-08-28") in [(e["sub_event_type"], e["date"]) for e in found]


def test_a_groups_own_figures_give_way_to_others_even_in_the_same_sentence():
    text = ("هاجم مسلحون من جماعة نصرة الإسلام والمسلمين يوم الأحد معسكرا للجيش في بلدة سوكولو وسط مالي. وقالت "
            "الجماعة، في بيان نشرته مؤسسة \"الزلاقة\"، إن مقاتليها قتلوا 30 جنديا. وأضاف بيان الجيش أن 16 إرهابيا "
            "قُتلوا، مقابل مقتل 4 جنود.")
    _, [event] = events(text, "ar", published=dt.date(2025, 3, 11))
    assert event["fatalities"] == 20
    text = ("Militants attacked an army post in Djibasso, Burkina Faso, on Sunday. A military source said the army "
            "killed 12 terrorists, while JNIM said on its Az-Zallaqa platform that it killed 40 soldiers.")
    _, [event] = events(text, "en", published=dt.date(2025, 5, 20))
    assert event["fatalities"] == 12


def test_an_army_announcing_the_death_of_its_own_soldiers():
    text = ("أعلن الجيش البنيني، السبت، مقتل ما لا يقل عن ثمانية من جنوده في هجوم شنه مسلحون فجر الخميس على موقع "
            "عسكري في بلدة تانغييتا شمالي البلاد.")
    _, [event] = events(text, "ar", published=dt.date(2026, 5, 16))
    assert (event["event_type"], event["fatalities"]) == ("Battles", 8)


def test_an_anniversary_recalls_the_massacre_in_the_village_its_district_holds():
    text = ("تحلّ اليوم الذكرى السابعة لمجزرة أوغوساغو، القرية الفولانية الواقعة في دائرة بانكاس بمنطقة موبتي وسط "
            "مالي، حيث قُتل فجر 23 مارس (آذار) 2019 ما لا يقل عن 157 شخصاً في هجوم نُسب إلى ميليشيا دان نا "
            "أمباساغو.")
    _, found = events(text, "ar", published=dt.date(2026, 3, 23))
    assert [(e["location"], e["date"], e["background"]) for e in found] == [("Ogossagou", "2019-03-23", True)]


@pytest.mark.parametrize("text, toll", [
    ("هاجم مسلحون مجهولون قرية سوباني دا في منطقة موبتي ليلة الأحد، وأعلنت الحكومة في البداية مقتل 95 شخصاً، قبل "
     "أن تخفض الحصيلة إلى 35 قتيلاً.", 35),
    ("ارتفعت حصيلة الهجوم الذي شنّه تنظيم الدولة الإسلامية فجر الأحد على قاعدة للجيش النيجيري في بلدة واجيروكو "
     "بولاية بورنو إلى 9 جنود، بعدما كانت مصادر عسكرية قد تحدثت في البداية عن مقتل 5 جنود.", 9),
    ("أعلنت وزارة الدفاع ارتفاع حصيلة الهجوم الذي شنه مسلحون مساء الاثنين على موقع عسكري في بلدة شاتومان بإقليم تيلابيري إلى ١٤ "
     "قتيلاً في صفوف الجيش، إضافة إلى ١١ جريحاً.", 14),
])
def test_arabic_revised_tolls_told_far_from_their_figure(text, toll):
    _, [event] = events(text, "ar")
    assert event["fatalities"] == toll


@pytest.mark.parametrize("text, lang, place", [
    ("Bandits killed 18 worshippers in a mosque in Mayanchi community of Maru Local Government Area of Zamfara "
     "State on Friday.", "en", "Mayanchi"),
    ("JAS fighters of the faction led by Bakura Doro attacked ISWAP positions near Marte, in Borno State, on "
     "Sunday, killing 20.", "en", "Marte"),
    ("Morocco's BCIJ arrested three members of an Islamic State cell in Had Soualem, near Casablanca, on "
     "Wednesday.", "en", "Had Soualem"),
])
def test_a_village_named_with_its_district_a_leader_and_a_town_that_locates_another(text, lang, place):
    assert scenes(text, lang) == [place]


def test_prices_that_explode_are_no_explosion():
    text = ("Maize prices have exploded in recent weeks on the market of Dapaong, the main city of Togo's Savanes "
            "region, traders said on Monday.")
    extraction, found = events(text, "en")
    assert (extraction.kind, found) == ("other", [])


def test_an_ordinary_arabic_word_behind_a_proclitic_is_no_village():
    text = "اختطف مسلحون 38 شخصا، في هجوم على قرية بولاية زمفارا شمال غربي نيجيريا، يوم الأحد."
    _, [event] = events(text, "ar")
    assert (event["location"], event["admin1_code"]) == (None, "NG-ZA")


@pytest.mark.parametrize("text, lang, kind", [
    ("هاجم مسلحون يوم الأحد قافلة صهاريج يرافقها الجيش قرب بلدة ديدييني في منطقة كوليكورو، وقتلوا تسعة أشخاص.",
     "ar", "Battles"),
    ("هاجم مسلحون من جماعة نصرة الإسلام والمسلمين، السبت، مفرزة للجيش في مدينة دياباغا شرقي بوركينا فاسو.", "ar",
     "Battles"),
    ("Gunmen attacked a convoy of fuel tankers escorted by soldiers near Didiéni, Mali, on Sunday, killing nine "
     "people.", "en", "Battles"),
])
def test_a_convoy_under_army_escort_and_an_army_detachment_are_armed_targets(text, lang, kind):
    _, [event] = events(text, lang)
    assert event["event_type"] == kind


@pytest.mark.parametrize("text, place", [
    ("واغادوغو ــ العربي الجديد\n\nقُتل سبعة مدنيين يوم الاثنين في هجوم شنه مسلحون على بلدة بورزانغا شمالي بوركينا "
     "فاسو.", "Bourzanga"),
    ("قُتل جنديان في هجوم شنه مسلحون على موقع عسكري في بلدة بورغا شمالي بنين يوم الأحد. وقال المتحدث باسم الحكومة، "
     "في مؤتمر صحفي بكوتونو أمس الاثنين، إن الجنود تصدوا للهجوم.", "Porga"),
    ("قتل مسلحون عشرين قرويا الأحد في هجوم على قرية بورغا شمالي بنين. وقال المستشار الأمني للحاكم، في تصريح للصحفيين "
     "في مدينة كوتونو، إن المهاجمين قتلوا الضحايا رميا بالرصاص.", "Porga"),
])
def test_a_tatweel_dateline_and_a_press_conference_are_not_scenes(text, place):
    assert scenes(text, "ar", published=dt.date(2026, 1, 20)) == [place]


def test_a_weekly_bulletins_item_placed_by_its_wilaya_only_is_an_event():
    text = ("تمكنت وحدات الجيش الوطني الشعبي، خلال الفترة الممتدة من 14 إلى 20 ماي 2025، من القضاء على إرهابيين "
            "وتوقيف 4 عناصر دعم. وكشفت ودمرت مفارز أخرى 3 مخابئ للجماعات الإرهابية بولاية سكيكدة.")
    _, found = events(text, "ar", published=dt.date(2025, 5, 21))
    assert [(e["admin1_code"], e["location"], e["sub_event_type"]) for e in found] == [
        ("DZ-21", None, "Disrupted weapons use")]


def test_a_fraud_ring_that_targeted_miners_is_ordinary_crime():
    text = ("أوقفت مفوضية الشرطة في مدينة الشامي، يوم الأحد، أربعة أشخاص يشتبه في تورطهم في عمليات احتيال استهدفت "
            "منقبين عن الذهب. وأضاف المصدر أن عدد الضحايا تجاوز ١٥ منقباً.")
    extraction, found = events(text, "ar")
    assert (extraction.kind, found) == ("other", [])


def test_moroccan_towns_of_cell_arrests_in_arabic():
    text = ("تمكن المكتب المركزي للأبحاث القضائية، صباح اليوم الثلاثاء، من تفكيك خلية إرهابية موالية لتنظيم داعش "
            "تنشط بمدينتي جرسيف وسيدي سليمان.")
    _, found = events(text, "ar", published=dt.date(2025, 10, 14))
    assert sorted(e["location"] for e in found) == ["Guercif", "Sidi Slimane"]


def test_a_place_on_lake_chad_is_on_the_shore_of_the_country_the_story_is_about():
    text = ("Nigerian Air Force jets struck ISWAP fighters at Tumbun Rago on the fringes of Lake Chad in Borno State "
            "on Sunday, killing 30. Separately, JAS fighters attacked ISWAP positions at Kwatar Daban Masara, a "
            "fishing settlement on the shores of Lake Chad, on Thursday, Nigerian military sources said.")
    _, found = events(text, "en", published=dt.date(2025, 8, 25))
    assert {e["admin1_code"] for e in found} == {"NG-BO"}


@pytest.mark.parametrize("text, lang", [
    ("A suicide bomber killed four people at a market in Mozogo, Cameroon, on Sunday. The blast came hours after "
     "suspected Boko Haram fighters abducted six people in Tourou.", "en"),
    ("Une kamikaze a tué quatre personnes dimanche sur le marché de Mozogo, au Cameroun. L'explosion intervient "
     "quelques heures après l'enlèvement de six personnes à Tourou par des combattants de Boko Haram.", "fr"),
])
def test_the_current_event_retold_before_came_after_does_not_colour_the_earlier_one(text, lang):
    _, found = events(text, lang, published=dt.date(2026, 5, 25))
    assert ("Tourou", "Abduction/forced disappearance") in [(e["location"], e["sub_event_type"]) for e in found]


@pytest.mark.parametrize("text", [
    "قضت وحدات من الحرس الوطني يوم 12 جانفي على عنصرين إرهابيين في كمين بجبل السلوم بولاية القصرين.",
    "هاجم مسلحون، الجمعة، قافلة إمدادات ترافقها وحدات من الجيش قرب بلدة تيتاو شمالي بوركينا فاسو، ما أدى إلى "
    "مقتل عدة أشخاص.",
])
def test_more_arabic_wordings_of_a_fight_with_the_army(text):
    _, [event] = events(text, "ar", published=dt.date(2026, 1, 14))
    assert event["event_type"] == "Battles"


def test_iswap_attacking_the_bakura_faction_is_a_battle_between_them():
    text = ("Le 28 septembre, les combattants de l'Iswap ont attaqué des positions de la faction Bakura près de Kukawa, "
            "dans l'État de Borno. Ces affrontements auraient fait plusieurs dizaines de morts, selon des sources "
            "locales et des spécialistes qui suivent la zone.")
    _, [event] = events(text, "fr", published=dt.date(2026, 10, 5))
    assert (event["location"], event["actor1"], event["actor2"]) == (
        "Kukawa", "Islamic State West Africa Province", "Boko Haram (JAS)")


@pytest.mark.parametrize("text, place", [
    ("Samedi, un car qui assurait la liaison Bamako-Koro a été intercepté par des hommes armés à une trentaine de "
     "kilomètres de Bandiagara, qui ont enlevé 15 passagers.", "Bandiagara"),
    ("Des hommes armés ont enlevé dimanche plus de 40 personnes à Kanoma, dans le district de Maru, dans l'Etat de "
     "Zamfara.", "Kanoma"),
])
def test_a_bus_route_and_a_village_in_a_district(text, place):
    assert scenes(text, "fr", published=dt.date(2025, 10, 8)) == [place]


def test_the_town_of_a_story_is_the_one_it_named():
    text = ("A year after one of the deadliest days of the conflict, families from Barsalogho are still waiting. "
            "On August 24 last year, JNIM fighters descended on residents of the town, in the Centre-Nord region, "
            "and opened fire on them, killing about 150 people.")
    _, found = events(text, "en", published=dt.date(2025, 8, 24))
    assert [(e["location"], e["date"]) for e in found] == [("Barsalogo", "2024-08-24")]


def test_an_anniversary_day_is_no_new_massacre():
    text = ("Sept ans jour pour jour après le massacre d'Ogossagou, aucune cérémonie officielle n'était prévue, lundi "
            "23 mars, dans ce village du cercle de Bankass. Le 23 mars 2019, à l'aube, des hommes armés ont encerclé "
            "le village avant de tuer 157 personnes.")
    extraction, found = events(text, "fr", published=dt.date(2026, 3, 23))
    assert [e["date"] for e in found] == ["2019-03-23"]


@pytest.mark.parametrize("text", [
    "Au marché de Gao, les prix ont connu une véritable explosion. Trois grossistes ont été interpellés par la police "
    "pour spéculation et 17 commerçants verbalisés.",
    "Le ministère de la Défense a publié lundi le bilan des opérations contre les groupes terroristes à Bordj Badji "
    "Mokhtar. La coopération régionale reste au point mort, et 12 projets sont suspendus.",
])
def test_figurative_explosions_deaths_and_price_offences_are_no_events(text):
    _, found = events(text, "fr", published=dt.date(2026, 1, 15))
    assert found == []


@pytest.mark.parametrize("text, lang", [
    ("Torrential rains that hit the Savanes region on Saturday night have killed six people, the Ministry of "
     "Security and Civil Protection said.", "en"),
    ("Des pluies torrentielles ont fait six morts samedi dans la région des Savanes, a indiqué le ministère de la "
     "Sécurité.", "fr"),
    ("أودت الأمطار الغزيرة التي هطلت السبت على منطقة السافانا بحياة ستة أشخاص، وفق وزارة الأمن.", "ar"),
])
def test_people_killed_by_rains_are_no_event(text, lang):
    _, found = events(text, lang)
    assert found == []


def test_a_warning_dated_only_by_its_telling_reports_no_event():
    text = ("Aid groups warned on Wednesday that hundreds of thousands of people in towns blockaded by jihadi fighters "
            "in Burkina Faso face famine, as attacks on supply convoys have cut the roads. In a joint statement, 14 "
            "organizations said more than 40 towns, including Djibo and Arbinda, depend on military convoys.")
    extraction, found = events(text, "en", published=dt.date(2025, 11, 12))
    assert found == []


def test_a_convoy_loaded_in_another_country_was_attacked_near_the_town_told():
    text = ("The convoy of about 80 tankers, which had loaded in Dakar, Senegal, was attacked Sunday afternoon near "
            "Didiéni, in Mali, by al-Qaida-linked fighters who killed five soldiers of the escort.")
    _, [event] = events(text, "en", published=dt.date(2025, 9, 18))
    assert (event["location"], event["country"]) == ("Didiéni", "ML")


def test_arrests_told_after_a_clash_in_the_same_region_are_another_event():
    text = ("قضت مفرزة للجيش الوطني الشعبي، يوم 2 جوان، على إرهابيين اثنين إثر عملية بحث وتمشيط بولاية سكيكدة. "
            "وفي اليوم الموالي، أوقفت مفرزة أخرى عنصري دعم للجماعات الإرهابية بمدينة القل بولاية سكيكدة.")
    _, found = events(text, "ar", published=dt.date(2026, 6, 7))
    assert sorted(e["sub_event_type"] for e in found) == ["Armed clash", "Arrests"]


@pytest.mark.parametrize("text", [
    "Le samedi 18 avril, un engin explosif improvisé a été détecté et détruit par nos équipes de génie sur l'axe "
    "Téra-Dargol, au Niger.",
    "Une patrouille de l'armée a découvert vendredi un engin explosif improvisé près de Barsalogho, au Burkina Faso. "
    "L'engin a été neutralisé par une équipe spécialisée du génie, sans dommages.",
])
def test_a_device_found_and_destroyed_by_army_engineers_is_disrupted_weapons_use(text):
    _, [event] = events(text, "fr", published=dt.date(2026, 4, 20))
    assert event["sub_event_type"] == "Disrupted weapons use"


def test_troops_that_engaged_bandits_fought_a_battle():
    text = "On 5 March, troops in Safana LGA of Katsina State engaged bandits at Runka and recovered two AK-47 rifles."
    _, [event] = events(text, "en", published=dt.date(2025, 3, 9))
    assert event["event_type"] == "Battles"


def test_the_town_of_the_court_is_not_the_scene_of_the_attack_it_judges():
    text = ("A federal high court in Abuja has sentenced five men to death by hanging for their roles in the June 5, "
            "2022 attack on St Francis Xavier Catholic Church, Owo, Ondo State, in which 41 worshippers were killed.")
    _, found = events(text, "en", published=dt.date(2026, 10, 14))
    assert [(e["location"], e["date"]) for e in found] == [("Owo", "2022-06-05")]


def test_protesters_who_clash_with_the_gendarmes_and_burn_tyres_riot_against_them():
    text = ("تجمع مئات الشبان صباح السبت أمام مقر البلدية في مدينة سيكاسو، قبل أن تتحول الوقفة إلى مواجهات مع عناصر "
            "الدرك الذين أطلقوا الغاز المسيل للدموع، فيما أغلق المحتجون الطرق بالإطارات المشتعلة.")
    _, [event] = events(text, "ar", published=dt.date(2026, 8, 23))
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Violent demonstration", "Rioters (Mali)", "Police Forces of Mali")


def test_an_unclaimed_attack_that_residents_attributed_to_bandits_is_theirs():
    text = ("خطف مسلحون 43 شخصا في هجوم على قرية كوتشيري في ولاية زامفارا ليل الأحد. ولم تتبنَّ أي جهة عملية الخطف، "
            "غير أن السكان نسبوها إلى عصابات قطاع الطرق التي تنشط في غابات الولاية.")
    _, [event] = events(text, "ar", published=dt.date(2025, 9, 22))
    assert event["actor1"] == "Bandits (Nigeria)"


def test_one_man_who_joined_the_groups_in_a_year_is_no_years_count():
    text = ("Le même bilan fait état de la reddition aux autorités militaires à Bordj Badji Mokhtar, le 30 juillet, d'un "
            "(1) terroriste qui avait rallié les groupes terroristes en 2014, en possession d'un fusil kalachnikov.")
    assert scenes(text, "fr", published=dt.date(2025, 8, 6)) == ["Bordj Badji Mokhtar"]


def test_a_province_named_with_a_town_is_no_second_place_of_a_seizure():
    text = ("Troops arrested two Boko Haram logistics suppliers in Banki, Bama LGA of Borno State, on Tuesday and "
            "recovered two AK-47 rifles.")
    assert scenes(text, "en", published=dt.date(2025, 5, 22)) == ["Banki"]


def test_killers_with_a_town_of_their_own_the_day_before_are_another_incident():
    text = ("Gunmen killed 11 people at a gendarmerie post in Ayorou, in Niger's Tillabéri region, on Saturday. A day "
            "earlier, on Friday, gunmen on motorcycles killed four worshippers at a mosque in the village of Kokorou, "
            "about 100 km to the south.")
    _, found = events(text, "en", published=dt.date(2026, 3, 30))
    assert sorted((e["location"], e["fatalities"]) for e in found) == [("Ayorou", 11), ("Kokoro", 4)]


def test_an_escorted_convoy_attacked_with_drivers_taken_is_a_battle():
    text = ("Gunmen attacked an army-escorted convoy of tanker trucks near Sandaré, in Mali's Kayes region, on "
            "Saturday, killing nine people including soldiers, and abducted several drivers.")
    _, [event] = events(text, "en", published=dt.date(2025, 9, 15))
    assert event["event_type"] == "Battles"


def test_a_gang_that_released_hostages_it_had_taken_earlier_this_month():
    text = ("أفرجت عصابة مسلحة، مساء الاثنين، عن ٣٥ شخصاً من أصل ٣٨ كانت قد اختطفتهم مطلع الشهر الجاري من قرية موريكي "
            "في ولاية زمفارا شمال غربي نيجيريا.")
    _, found = events(text, "ar", published=dt.date(2025, 8, 26))
    assert ("Strategic developments", "2025-08-25") in [(e["event_type"], e["date"]) for e in found]


def test_a_protest_the_day_after_an_attack_is_another_event():
    text = ("Armed men clashed with a militia in Zawiya, Libya, on Monday, leaving two fighters dead. On Tuesday "
            "afternoon, dozens of residents gathered in Martyrs' Square to protest against the repeated clashes.")
    _, found = events(text, "en", published=dt.date(2026, 1, 13))
    assert sorted((e["event_type"], e["date"]) for e in found) == [("Battles", "2026-01-12"),
                                                                    ("Protests", "2026-01-13")]


def test_residents_gathered_before_a_headquarters_the_day_after_a_clash_protest():
    text = ("A young man was killed when armed clashes erupted on Saturday night between two armed groups in Zawiya. "
            "On Sunday afternoon, dozens of residents gathered in front of the Zawiya municipality headquarters, "
            "demanding that the government remove armed formations. \"Every few weeks our sons are killed on the "
            "roads,\" one of the protesters said.")
    _, found = events(text, "en", published=dt.date(2026, 1, 25))
    assert sorted((e["event_type"], e["date"], e["fatalities"]) for e in found) == [
        ("Battles", "2026-01-24", 1), ("Protests", "2026-01-25", None)]


def test_residents_gathered_before_an_office_the_day_after_an_attack_protest_in_arabic():
    text = ("قُتل ثلاثة مدنيين في هجوم شنه مسلحون من جماعة بوكو حرام ليلة السبت إلى الأحد على بلدة موزوغو في إقليم "
            "أقصى الشمال الكاميروني. والأحد، تجمع مئات من سكان موزوغو أمام مقر الدائرة الإدارية للمطالبة بتعزيز "
            "الوجود العسكري في البلدة. وتفرق المحتجون بهدوء بعد لقائهم رئيس الدائرة.")
    _, found = events(text, "ar", published=dt.date(2025, 4, 28))
    assert sorted((e["event_type"], e["date"]) for e in found) == [("Protests", "2025-04-27"),
                                                                    ("Violence against civilians", "2025-04-26")]


def test_a_district_west_of_a_city_is_one_scene_and_the_citys_residents_protest_there():
    text = ("قُتل شاب وأصيب أربعة آخرون جراء اشتباكات مسلحة اندلعت مساء السبت بين مجموعتين مسلحتين في منطقة الحرشة "
            "غرب مدينة الزاوية، قبل أن تهدأ الأوضاع فجر الأحد بتدخل من أعيان المدينة. وفي اليوم التالي، الأحد، نظم "
            "عشرات من أهالي الزاوية وقفة احتجاجية أمام مقر المجلس البلدي.")
    _, found = events(text, "ar", published=dt.date(2026, 9, 28))
    assert sorted((e["event_type"], e["admin1_code"], e["date"]) for e in found) == [
        ("Battles", "LY-ZA", "2026-09-26"), ("Protests", "LY-ZA", "2026-09-27")]
    assert [e["location"] for e in found if e["event_type"] == "Protests"] == ["Zawiya"]


def test_where_the_attackers_fled_and_that_no_one_claimed_it_are_the_attack_told():
    text = ("أعلن الجيش المالي مقتل أربعة من جنوده وإصابة سبعة آخرين في هجوم شنه مسلحون فجر أمس الأحد على معسكر "
            "للقوات المسلحة في بلدة ديورا التابعة لدائرة تيننكو بمنطقة موبتي وسط البلاد، مؤكدا أن وحداته حيدت 15 من "
            "المهاجمين.\n\nوقالت هيئة الأركان العامة للجيوش في بيان إن \"مجموعة إرهابية مسلحة\" هاجمت المعسكر نحو "
            "الساعة الخامسة صباحا، وإن الوحدات المرابطة هناك \"صدت الهجوم بكل حزم\" بدعم من سلاح الجو، الذي تعقب "
            "المهاجمين أثناء انسحابهم باتجاه الغابات المحاذية لنهر النيجر.\n\nولم تتبن أي جهة الهجوم حتى صباح اليوم "
            "الاثنين، غير أن المنطقة تعد من مناطق نفوذ جماعة نصرة الإسلام والمسلمين.")
    _, found = events(text, "ar", published=dt.date(2026, 9, 7))
    assert [(e["event_type"], e["location"], e["date"]) for e in found] == [("Battles", "Dioura", "2026-09-06")]


def test_a_village_near_a_town_is_one_scene_with_its_toll():
    text = ("رفعت وزارة الدفاع في النيجر، الجمعة، حصيلة القتلى في صفوف الجيش إثر كمين قرب بلدة بانكيلاري إلى ستة "
            "جنود. وكان الإقليم قد شهد في 21 مارس الماضي هجوماً دامياً استهدف مسجداً في قرية فامبيتا، قرب كوكورو، "
            "خلال صلاة الجمعة، وأسفر عن مقتل 44 مصلياً.")
    _, found = events(text, "ar", published=dt.date(2025, 4, 19))
    assert [(e["location"], e["fatalities"]) for e in found if e["event_type"] == "Violence against civilians"] == [
        ("Fambita", 44)]


def test_a_counterfeit_ring_told_by_a_security_source_is_ordinary_crime():
    text = ("Néma – La brigade de gendarmerie de Néma a démantelé, en début de semaine, un réseau de faussaires spécialisé "
            "dans la fabrication de faux billets de banque, a-t-on appris de source sécuritaire. Cinq individus ont été "
            "interpellés au terme d'une enquête. Les gendarmes ont saisi une imprimante et des liasses de faux billets. "
            "Les suspects ont été déférés mercredi devant le parquet pour faux monnayage et escroquerie.")
    extraction, found = events(text, "fr", published=dt.date(2026, 10, 16))
    assert found == [] and extraction.kind == "other"


def test_a_fraud_rings_arrests_and_victims_are_ordinary_crime():
    text = ("Berrechid : démantèlement d'un réseau d'escroquerie aux faux contrats de travail à l'étranger\n\n"
            "Les services de la police judiciaire de Berrechid ont interpellé, mardi, cinq individus soupçonnés "
            "d'implication dans un réseau d'escroquerie, a indiqué la DGSN. Selon un communiqué de la DGSN, les "
            "suspects promettaient à leurs victimes des contrats de travail en Europe. Les mis en cause ont été placés "
            "en garde à vue, afin d'identifier d'autres victimes éventuelles.")
    extraction, found = events(text, "fr", published=dt.date(2025, 6, 25))
    assert found == [] and extraction.kind == "other"


def test_the_village_a_drone_strike_hit_places_a_strike_told_in_its_region():
    text = ("Residents say a drone strike by the Malian army killed at least 21 civilians in a village in the Segou "
            "region on Saturday. The strike hit a crowd gathered for a baptism ceremony in Dogofry, a farming village "
            "in the Niono district, in the early afternoon.")
    _, [event] = events(text, "en", published=dt.date(2026, 7, 20))
    assert (event["sub_event_type"], event["location"]) == ("Air/drone strike", "Dogofri")


def test_a_village_told_after_a_lead_that_sums_two_attacks_has_the_leads_day():
    text = ("نيامي - ظل إقليم تاهوا في وسط غرب النيجر لسنوات بعيدا نسبيا عن العنف الذي عصف بجاره تيلابيري، لكنه تحول "
            "تدريجيا منذ عام 2021 إلى مسرح لهجمات متكررة يشنّها تنظيم الدولة الإسلامية في الساحل.\nويقول الباحث رابيو "
            "أمادو إن التنظيم \"يبحث عن مناطق رعوية جديدة يفرض فيها سلطته\"، مشيرا إلى أن قرى المنطقة تفتقر إلى أي حماية "
            "دائمة.\nوفي أحدث هجوم، قُتل 10 مدنيين أمس الأحد في هجومين متزامنين نفذهما مسلحون من تنظيم الدولة في الساحل "
            "على قريتين في إقليم تاهوا، بحسب ما أفاد به مسؤول محلي. وأوضح المسؤول أن 6 أشخاص قُتلوا في قرية تيبارام، و4 "
            "في قرية دينكيم، وأن المهاجمين أحرقوا عددا من المنازل.")
    extraction, found = events(text, "ar", published=dt.date(2026, 2, 16))
    assert ("Tébaram", "2026-02-15") in [(e["location"], e["date"]) for e in found]
    assert extraction.kind == "incident"


def test_the_day_told_right_after_a_lead_dated_by_its_telling_dates_the_event():
    text = ("Nine civilians were killed by gunmen near Mangaize in western Niger, local sources said Thursday. The "
            "civilians, all men, were returning on Monday from the weekly market when armed individuals on motorbikes "
            "stopped their cart on the track leading to Mangaize.")
    _, [event] = events(text, "en", published=dt.date(2026, 7, 23))
    assert (event["location"], event["date"]) == ("Mangaïzé", "2026-07-20")


def test_a_day_told_after_according_to_what_someone_announced_is_the_telling():
    # "وفق ما أعلنته الشرطة الخميس": Thursday is when the police told it, the raid was on Monday night
    text = ("خطف مسلحون 20 شخصا في هجوم على قرية بولاية كاتسينا، وفق ما أعلنته الشرطة الخميس. وقال المتحدث باسم "
            "الشرطة إن المسلحين اقتحموا قرية دانموسا ليلة الاثنين إلى الثلاثاء واقتادوا السكان إلى الغابة.")
    _, found = events(text, "ar", published=dt.date(2025, 6, 12))
    assert [(e["admin1_code"], e["date"]) for e in found] == [("NG-KT", "2025-06-09")]


def test_a_side_counted_by_its_noun_and_a_repeating_number_adds_to_the_toll():
    text = ("صد الجيش هجوما على موقع عسكري في بلدة غوزا بولاية بورنو ليل الأحد، ما أسفر عن مقتل تسعة من "
            "المهاجمين وجنديين اثنين وإصابة أربعة آخرين.")
    _, [event] = events(text, "ar", published=dt.date(2026, 2, 10))
    assert event["fatalities"] == 11


def test_a_lead_told_with_its_region_is_placed_and_dated_by_the_sentence_after():
    text = ("Two soldiers were killed in an attack on an army post in the Savanes region of Togo, officials said "
            "on Wednesday. The attack took place at dawn on Monday in Tambolo, a locality in the Kpendjal "
            "prefecture near the border with Burkina Faso.")
    _, [event] = events(text, "en", published=dt.date(2025, 11, 5))
    assert (event["location"], event["admin1_code"], event["date"], event["fatalities"]) == (
        "Tambolo", "TG-S", "2025-11-03", 2)


def test_an_analysis_opening_on_attacks_in_general_in_a_capital_is_no_event():
    text = ("يرى محللون أن المواجهة في النيجر لم تعد تقاس منذ سنوات بعدد الهجمات على الثكنات حول نيامي، بل بقدرة "
            "الجماعات على خنق طرق الإمداد. ويقول باحثون إن الجماعة انتقلت إلى ما يشبه حرب الحصار.")
    kind, found = events(text, "ar", published=dt.date(2026, 2, 20))
    assert found == []


@pytest.mark.parametrize("text, lang", [
    ("هاجم مسلحون الأربعاء السوق الأسبوعية في بلدة تيرا وقتلوا 12 مدنيا. وقال الوزير إن المهاجمين أحرقوا "
     "المحال التجارية، وإن الحكومة أعلنت حدادا وطنيا لمدة ثلاثة أيام ابتداء من الأحد.", "ar"),
    ("Des hommes armés ont attaqué mercredi le marché de Gothèye, tuant 12 civils. Ils ont incendié des "
     "boutiques, et le gouvernement a décrété un deuil national de trois jours à partir de dimanche.", "fr"),
])
def test_the_day_a_measure_starts_is_no_event_day(text, lang):
    _, found = events(text, lang, published=dt.date(2026, 2, 8))
    assert [e["date"] for e in found] == ["2026-02-04"]


def test_a_district_is_shown_without_its_unit_word_and_article():
    text = "Des hommes armés ont attaqué lundi un poste de l'armée dans la province de la Tapoa, tuant huit soldats."
    _, [event] = events(text, "fr")
    assert (event["location"], event["admin1_code"]) == ("Tapoa", "BF-08")


def test_the_timbuktu_triangle_of_north_east_nigeria_is_not_timbuktu():
    text = ("ISWAP fighters attacked a military base in Buni Yadi, Yobe State, late Tuesday. The insurgents came "
            "from the direction of the so-called Timbuktu Triangle and fought soldiers for three hours.")
    _, found = events(text, "en", published=dt.date(2026, 3, 25))
    assert [(e["country"], e["location"]) for e in found] == [("NG", "Buni Yadi")]


def test_a_capital_that_acknowledges_a_toll_is_its_government_not_the_scene():
    text = ("Le 17 avril, une offensive du JNIM contre deux positions de l'armée dans le parc W, dans le département "
            "de l'Alibori, a coûté la vie à 54 soldats, le bilan le plus lourd jamais reconnu par Cotonou.")
    _, [event] = events(text, "fr", published=dt.date(2025, 7, 20))
    assert (event["admin1_code"], event["location"]) == ("BJ-AL", None)


def test_a_short_name_after_baladiya_in_a_named_region_is_read():
    text = ("قتل جنود ماليون ثلاثة رعاة موريتانيين يوم السبت في محيط قرية تابعة لبلدية غيري بدائرة نارا المالية، "
            "وفق مصادر محلية.")
    _, [event] = events(text, "ar", published=dt.date(2025, 6, 9))
    assert (event["location"], event["admin1_code"]) == ("Guiré", "ML-2")


def test_neutralising_a_threat_during_arrests_kills_no_one():
    text = ("فككت الشرطة صباح اليوم الأربعاء خلية إرهابية، وأسفرت التدخلات عن توقيف ثلاثة عناصر بمدينة تطوان، "
            "والعنصر الرابع بمدينة الفقيه بن صالح، حيث استعانت القوات الخاصة بقنابل صوتية لتحييد الخطر.")
    _, found = events(text, "ar", published=dt.date(2026, 1, 28))
    assert {e["event_type"] for e in found} == {"Strategic developments"}


def test_herders_as_the_mauritanian_press_names_them_are_civilians_of_their_country():
    text = "قتل جنود ماليون ثلاثة منمين موريتانيين يوم السبت قرب بلدة نارا."
    _, [event] = events(text, "ar", published=dt.date(2025, 6, 9))
    assert (event["event_type"], event["actor1"], event["actor2"]) == (
        "Violence against civilians", "Military Forces of Mali", "Civilians (Mauritania)")


def test_army_positions_attacked_make_a_battle_whatever_the_displaced_told_after():
    text = ("أودى الهجوم الذي تعرضت له مواقع للجيش قرب بلدة بورغا في السادس من يونيو بحياة 12 جندياً. "
            "وتشير تقارير أممية إلى أن أعداد النازحين في شمال البلاد تضاعفت خلال العامين الماضيين بسبب الهجمات.")
    _, [event] = events(text, "ar", published=dt.date(2025, 6, 20))
    assert (event["event_type"], event["actor2"]) == ("Battles", "Military Forces of Benin")


@pytest.mark.parametrize("text, lang", [
    ("تمكنت وحدات الحرس الوطني بالقصرين، يوم الأحد، من إلقاء القبض على عنصر تكفيري بمعتمدية فريانة، محكوم عليه "
     "غيابيا في قضية إرهابية. وتُعد جبال الشعانبي والسلوم وسمامة من أبرز معاقل كتيبة \"عقبة بن نافع\"، وقد شهدت "
     "خلال العقد الماضي مواجهات متكررة مع الجيش والحرس الوطني.", "ar"),
    ("Les unités de la Garde nationale à Kasserine ont arrêté dimanche, dans la délégation de Fériana, un élément "
     "takfiri recherché pour appartenance à une organisation terroriste.", "fr"),
    ("National Guard units in Kasserine on Sunday arrested a takfiri element in the delegation of Feriana who was "
     "wanted for belonging to a terrorist organisation.", "en"),
])
def test_the_seat_of_the_unit_that_arrested_is_not_where_it_arrested(text, lang):
    _, [event] = events(text, lang, published=dt.date(2025, 1, 21))
    assert (event["sub_event_type"], event["location"]) == ("Arrests", "Feriana")


@pytest.mark.parametrize("text", [
    ("تمكنت وحدات الحرس الوطني بمدينة القصرين يوم الاثنين من إيقاف عنصر تكفيري مفتش عنه، وذلك إثر كمين أمني "
     "نصب له بأحد الأحياء الشعبية بالمدينة."),
    ("تمكنت وحدات الحرس الوطني بسبيطلة يوم الاثنين من إيقاف عنصر تكفيري محكوم عليه غيابيا، وذلك إثر كمين نُصب له "
     "بأحد الأحياء الشعبية بالمدينة."),
], ids=["a security ambush", "an ambush laid for him"])
def test_a_police_sting_is_an_arrest_not_an_ambush(text):
    _, [event] = events(text, "ar", published=dt.date(2025, 6, 25))
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Arrests")


@pytest.mark.parametrize("text, lang, place", [
    # a mountain alone: the mountain, near the towns at its foot (precision 2)
    ("أصيب عسكري أمس إثر انفجار لغم أرضي خلال عملية تمشيط بجبل السلوم في ولاية القصرين.", "ar", "Jebel Salloum"),
    ("Un soldat a été blessé mercredi par l'explosion d'une mine au mont Semmama, dans le gouvernorat de Kasserine.",
     "fr", "Jebel Semmama"),
    # a town at its foot named with it: that town, as ACLED codes it
    ("A landmine wounded two soldiers on Mount Mghila on Wednesday, the National Guard in Sbiba said.", "en", "Sbiba"),
])
def test_an_event_on_a_mountain_is_near_the_towns_at_its_foot(text, lang, place):
    _, [event] = events(text, lang, published=dt.date(2026, 2, 26))
    assert (event["location"], event["admin1_code"], event["geo_precision"]) == (place, "TN-42", 2)


def test_a_weeks_results_told_without_a_place_are_not_an_event_of_their_own():
    text = ("The Defence Headquarters says troops of the Armed Forces of Nigeria neutralised 12 terrorists, arrested "
            "20 suspects and rescued 15 kidnapped victims in operations across the country within the past week. "
            "The Director, Defence Media Operations, Maj.-Gen. Ahmed Musa, disclosed this while briefing journalists "
            "on the activities of the military in Abuja on Thursday.\n\nMusa said troops of Operation Hadin Kai in "
            "the North East, on 18 May 2025, made contact with ISWAP terrorists at Wajiroko in Damboa LGA of Borno "
            "State and neutralised four terrorists.")
    _, found = events(text, "en", published=dt.date(2025, 5, 23))
    assert [e["location"] for e in found] == ["Wajiroko"]


def test_a_bulletins_weekly_total_after_its_last_item_is_not_that_items_toll():
    text = ("وفي منطقة أغاديز، اعترضت دورية يوم السبت 13 يونيو سيارة رباعية الدفع شمال أرليت، وضبطت على متنها ثلاث "
            "بنادق رشاشة وكمية من الذخائر، فيما فرّ ركابها راجلين.\n\nوأشارت الوزارة إلى أن الحصيلة الإجمالية للأسبوع "
            "بلغت تحييد 29 إرهابيا وتوقيف أربعة مشتبه بهم.")
    _, [event] = events(text, "ar", published=dt.date(2026, 6, 15))
    assert (event["sub_event_type"], event["fatalities"]) == ("Disrupted weapons use", None)


def test_a_capital_pushed_to_act_is_its_government():
    text = ("تظاهر مئات السكان الأحد في بلدة باسكنو احتجاجا على اختطاف ثلاثة رعاة. ويعبر آلاف المنمين سنويا إلى "
            "الأراضي المالية بحثا عن المراعي، وتعرض عدد منهم لعمليات قتل واختطاف نسب بعضها لجماعات مسلحة، ما دفع "
            "نواكشوط إلى استدعاء السفير المالي أكثر من مرة.")
    _, found = events(text, "ar", published=dt.date(2026, 9, 12))
    assert "Nouakchott" not in {e["location"] for e in found}


def test_bombs_found_and_destroyed_beside_a_terrorist_neutralised_make_no_bombing():
    text = ("تمكنت مفرزة للجيش الوطني الشعبي يوم 5 سبتمبر، إثر عملية بحث وتمشيط بالقرب من بلدية تمزقيدة بولاية المدية، "
            "من تحييد إرهابي (01) واسترجاع مسدس رشاش من نوع كلاشنيكوف، فيما تم كشف وتدمير مخبأين و3 قنابل تقليدية الصنع.")
    _, found = events(text, "ar", published=dt.date(2026, 9, 9))
    assert "Explosions/Remote violence" not in {e["event_type"] for e in found}
    assert "Battles" in {e["event_type"] for e in found}


@pytest.mark.parametrize("text, lang, toll", [
    ("Le bilan de l'embuscade tendue mercredi contre un convoi près de Kati s'est alourdi : cinq militaires et "
     "trois chauffeurs ont perdu la vie, soit huit morts au total.", "fr", 8),
    ("The toll from Wednesday's ambush on a convoy near Kati rose: five soldiers and three drivers were killed, "
     "that is eight dead in all.", "en", 8),
])
def test_a_sum_restated_after_its_parts_is_the_toll(text, lang, toll):
    _, [event] = events(text, lang, published=dt.date(2025, 10, 5))
    assert event["fatalities"] == toll


@pytest.mark.parametrize("text, lang", [
    ("Six pêcheurs ont été tués lundi par des éléments de Boko Haram sur une île près de Bol, province du Lac. "
     "En riposte, l'armée tchadienne a lancé mardi une opération de ratissage dans les îles environnantes : cinq "
     "terroristes ont été neutralisés.", "fr"),
    ("Boko Haram fighters killed six fishermen on Monday on an island near Bol, in Chad's Lac province. In "
     "response, the army launched a sweep of the surrounding islands on Tuesday, neutralising five terrorists.", "en"),
])
def test_the_other_sides_response_on_a_later_day_is_an_event_of_its_own(text, lang):
    _, found = events(text, lang, published=dt.date(2025, 10, 22))
    assert [(e["event_type"], e["date"]) for e in found] == [
        ("Violence against civilians", "2025-10-20"), ("Battles", "2025-10-21")]


def test_a_bulletin_item_told_with_the_bulletins_period_in_one_town_is_an_event():
    text = ("Dans le cadre de la lutte antiterroriste, des détachements de l'Armée nationale populaire ont neutralisé, "
            "durant la période du 22 au 28 octobre 2025, un (1) terroriste et récupéré un pistolet-mitrailleur de "
            "type kalachnikov, lors d'une opération de ratissage menée près de la commune de Tamezguida, wilaya de "
            "Médéa, indique mercredi un bilan opérationnel du ministère de la Défense nationale.")
    _, [event] = events(text, "fr", published=dt.date(2025, 10, 29))
    assert (event["event_type"], event["location"], event["fatalities"]) == ("Battles", "Tamezguida", 1)


def test_meanwhile_opens_another_incident():
    text = ("The number of soldiers killed in Sunday night's attack on a military base in Buni Yadi, Yobe State, has "
            "risen to 12, military sources said on Tuesday. The sources said the bodies of five soldiers were "
            "recovered on Tuesday in the bush around the base. Seven soldiers had earlier been confirmed dead. The "
            "army said troops repelled the attackers with support from the Air Component, neutralising several "
            "terrorists. Meanwhile, two civilians were killed on Tuesday morning when a commercial vehicle ran over "
            "an explosive device near Goniri, also in Gujba Local Government Area.")
    _, found = events(text, "en", published=dt.date(2025, 11, 11))
    assert {(e["event_type"], e["location"]) for e in found} == {
        ("Battles", "Buni Yadi"), ("Explosions/Remote violence", "Goniri")}


def test_suspects_arrested_by_an_army_patrol_are_a_security_arrest():
    text = ("Le mardi 27 janvier 2026, une mission de reconnaissance offensive a interpellé trois (03) individus "
            "suspects aux environs de Goundam, dans la région de Tombouctou. Ils ont été remis aux services compétents.")
    _, [event] = events(text, "fr", published=dt.date(2026, 1, 28))
    assert (event["sub_event_type"], event["location"]) == ("Arrests", "Goundam")


@pytest.mark.parametrize("text, lang", [
    ("On May 11, JNIM fighters overran the northern town of Djibo, killing dozens of soldiers and civilians.", "en"),
    ("Le 11 mai, les combattants du JNIM ont pris d'assaut la ville de Djibo, tuant des dizaines de soldats et de "
     "civils.", "fr"),
    ("شنت الجماعة في 11 مايو هجوما واسعا على مدينة جيبو، خلف عشرات القتلى في صفوف الجنود والمدنيين.", "ar"),
])
def test_a_recalled_assault_that_killed_soldiers_and_civilians_is_a_battle(text, lang):
    _, [event] = events(text, lang, published=dt.date(2025, 6, 20))
    assert (event["event_type"], event["actor2"]) == ("Battles", "Military Forces of Burkina Faso")


def test_a_quarter_of_the_city_is_no_town_elsewhere():
    text = ("Security forces in Sabha arrested a man suspected of belonging to the Islamic State group on Friday at "
            "his home in the city's Al-Mahdia district.")
    _, found = events(text, "en", published=dt.date(2025, 8, 16))
    assert "TN" not in {e["country"] for e in found}


def test_protesters_who_burn_tyres_after_an_abduction_are_a_protest():
    text = ("Plusieurs centaines d'habitants ont bloqué lundi une route de l'Etat de Zamfara pour protester contre "
            "l'insécurité, après l'enlèvement de douze personnes par des bandits armés dans un village voisin. Les "
            "manifestants ont brûlé des pneus et scandé des slogans hostiles aux autorités à Tsafe.")
    _, found = events(text, "fr", published=dt.date(2026, 1, 27))
    assert [(e["event_type"], e["location"]) for e in found] == [("Protests", "Tsafe")]


@pytest.mark.parametrize("text, lang, admin1", [
    ("أفادت حصيلة عمليات الجيش الوطني الشعبي خلال الفترة الممتدة من 4 إلى 10 فيفري 2026 بما يلي. وفي إطار مكافحة "
     "الإرهاب، أوقفت مفارز للجيش الوطني الشعبي (05) عناصر دعم للجماعات الإرهابية في عمليات متفرقة عبر التراب "
     "الوطني، فيما كشفت ودمرت مفرزة أخرى بولاية جيجل (04) قنابل تقليدية الصنع.", "ar", "DZ-18"),
    ("Durant la période du 4 au 10 février 2026, les éléments de soutien ont, quant à eux, été arrêtés lors "
     "d'opérations distinctes à travers le territoire national. Par ailleurs, un détachement de l'ANP a découvert, à "
     "Bordj Badji Mokhtar, une cache d'armes contenant quatre fusils de type kalachnikov.", "fr", "DZ-50"),
    ("Other detachments arrested seven (7) support elements for terrorist groups in separate operations across the "
     "national territory from 4 to 10 February 2026, while a search operation near Collo, in Skikda province, led to "
     "the discovery and destruction of three (3) hideouts and two (2) homemade bombs.", "en", "DZ-21"),
])
def test_arrests_across_the_national_territory_are_no_event_of_the_town_told_beside_them(text, lang, admin1):
    _, [event] = events(text, lang, published=dt.date(2026, 2, 12))
    assert (event["sub_event_type"], event["admin1_code"]) == ("Disrupted weapons use", admin1)


@pytest.mark.parametrize("text, lang, scene", [
    ("الأخبار (نواكشوط) – قالت مصادر محلية في مقاطعة عدل بكرو بولاية الحوض الشرقي إن ثلاثة منمين موريتانيين قُتلوا "
     "مساء الثلاثاء على يد وحدة من الجيش المالي في محيط مدينة نارا داخل الأراضي المالية. والضحايا ينحدرون من قرية "
     "لحريجات التابعة لبلدية عدل بكرو، وهم رعاة إبل اعتادوا التنقل بين البلدين.", "ar", "Nara"),
    ("Deux employés enlevés le 2 avril près de Tchibarakaten, dans le département d'Iférouane, ont recouvré la liberté "
     "mercredi. Les deux hommes, un Nigérien originaire de Tahoua et un Tchadien, avaient été emmenés par des individus "
     "armés.", "fr", "Tchibarakaten"),
], ids=["sources in a district, the victims' village", "a hostage's home town"])
def test_where_the_sources_speak_from_and_the_victims_come_from_is_not_the_scene(text, lang, scene):
    _, found = events(text, lang, published=dt.date(2026, 6, 11))
    assert {e["location"] for e in found} == {scene}


def test_a_headlines_capital_that_the_lead_calls_a_region_gives_way_to_the_village():
    text = ("Niger: Gunmen kill 22 worshippers during prayers in Tillaberi\n\n"
            "Gunmen have killed at least 22 civilians at a mosque in the Tillaberi region of western Niger during "
            "Friday prayers, the country's military said. The attack took place on Friday afternoon in the village of Kokorou, in the Tera department, where armed men "
            "opened fire on worshippers.")
    _, [event] = events(text, "en", published=dt.date(2026, 3, 14))
    assert (event["location"], event["fatalities"]) == ("Kokoro", 22)


def test_a_decade_of_mines_recalled_after_a_blast_adds_nothing_to_it():
    text = ("Deux militaires ont été blessés, hier dimanche, dans l'explosion d'une mine artisanale au mont Semmama, "
            "dans le gouvernorat de Kasserine. L'explosion n'a fait aucun mort. Les monts Semmama et Chaâmbi abritent "
            "depuis plus d'une décennie des éléments terroristes, qui y ont planté de nombreuses mines ayant coûté la "
            "vie à des dizaines de militaires et de bergers.")
    _, [event] = events(text, "fr", published=dt.date(2025, 2, 24))
    assert (event["sub_event_type"], event["fatalities"]) == ("Remote explosive/landmine/IED", 0)


@pytest.mark.parametrize("text, lang, village, precision", [
    ("وفي دائرة كورو بوسط مالي، قُتل الجمعة ستة من عناصر ميليشيا «دان نا أمباساغو» في هجوم شنه مسلحون على "
     "نقطة تابعة لهم قرب بلدة دينانغورو.", "ar", "Dinangorou", 2),
    ("Le jeudi 5 novembre, dans la province du Sourou, une unité du Bataillon d'intervention rapide a accroché un "
     "groupe de terroristes aux environs de Toéni.", "fr", "Toéni", 2),
    ("Dans le département de Téra, des sources locales font état de violents affrontements, vendredi dernier, entre "
     "des combattants du JNIM et de l'État islamique au Sahel dans la zone de Dargol.", "fr", "Dargol", 1),
], ids=["a district's chief town, then the village", "a province, then the village", "a department, then the zone"])
def test_the_village_told_after_the_district_places_the_attack(text, lang, village, precision):
    _, [event] = events(text, lang, published=dt.date(2025, 11, 10))
    assert (event["location"], event["geo_precision"]) == (village, precision)


def test_a_village_on_the_road_between_two_cities_places_the_ambush_and_a_statement_not_yet_made_dates_nothing():
    text = ("باماكو- قالت مصادر أمنية إن مسلحين هاجموا، الأحد، قافلة صهاريج وقود كانت تسير تحت حراسة الجيش على الطريق "
            "الرابط بين مدينتي كايس وديما غربي مالي، مما أسفر عن مقتل 5 جنود.\n\nوأوضح مصدر أمني أن المسلحين نصبوا "
            "كمينا للقافلة قرب بلدة سانداريه التابعة لدائرة نيورو الساحل.\n\nولم يصدر الجيش المالي حتى ظهر اليوم "
            "الثلاثاء أي بيان بشأن الهجوم.")
    _, [event] = events(text, "ar", published=dt.date(2025, 10, 7))
    assert (event["location"], event["date"], event["fatalities"]) == ("Sandaré", "2025-10-05", 5)


def test_two_items_of_a_bulletin_told_with_while_in_two_wilayas_are_two_events():
    text = ("أفادت حصيلة عمليات الجيش الوطني الشعبي خلال الفترة الممتدة من 4 إلى 10 جوان 2025 بما يلي. كما أوقفت مفارز "
            "للجيش الوطني الشعبي ثلاثة (03) عناصر دعم للجماعات الإرهابية في عمليات متفرقة بولاية باتنة، فيما تم كشف "
            "وتدمير مخبأ للإرهابيين يحتوي على قنبلتين (02) تقليديتي الصنع بولاية سكيكدة.")
    _, found = events(text, "ar", published=dt.date(2025, 6, 11))
    assert sorted((e["sub_event_type"], e["admin1_code"]) for e in found) == [
        ("Arrests", "DZ-05"), ("Disrupted weapons use", "DZ-21")]


def test_a_seizure_in_two_wilayas_is_an_event_in_each_and_organised_crime_is_none():
    text = ("أفادت حصيلة عمليات الجيش الوطني الشعبي خلال الفترة الممتدة من 3 إلى 9 أوت 2025 بما يلي. تم كشف وتدمير "
            "مخبأين للإرهابيين بولايتي عين الدفلى والبويرة، يحتويان على قنبلتين تقليديتي الصنع. وفي إطار محاربة الجريمة "
            "المنظمة، أوقفت مفارز مشتركة للجيش الوطني الشعبي 27 تاجر مخدرات وأحبطت محاولات إدخال كميات من المخدرات "
            "بولايتي تلمسان وبشار.")
    _, found = events(text, "ar", published=dt.date(2025, 8, 11))
    assert sorted((e["sub_event_type"], e["admin1_code"]) for e in found) == [
        ("Disrupted weapons use", "DZ-10"), ("Disrupted weapons use", "DZ-44")]


def test_the_hospitals_the_wounded_were_taken_to_are_not_a_second_scene():
    text = ("قُتل ثلاثة أشخاص فجر أمس الأحد في اشتباكات مسلحة بين مجموعتين مسلحتين في مدينة الزاوية غربي ليبيا. وأوضح "
            "المصدر أن امرأة قُتلت إثر سقوط قذيفة على منزلها في منطقة الحرشة، بينما لقي مسلحان من الطرفين مصرعهما، مشيرا "
            "إلى أن بعض الجرحى نُقلوا إلى مستشفيات طرابلس لخطورة إصاباتهم.")
    _, found = events(text, "ar", published=dt.date(2025, 7, 28))
    assert {e["admin1_code"] for e in found} == {"LY-ZA"}


def test_a_broadcaster_is_no_place_and_an_operation_to_neutralise_is_an_aim():
    text = ("NIAMEY, Niger (AP) — Gunmen on motorcycles killed at least 12 civilians in a village in Niger's Tillabéri "
            "region, the government said Wednesday. The attack happened Tuesday afternoon in a hamlet a few kilometers "
            "from the town of Sanam in the Abala department, according to a statement read on state broadcaster Télé "
            "Sahel. The ministry said security forces had been deployed and that \"search operations are underway to "
            "neutralize the criminals.\"")
    _, [event] = events(text, "en", published=dt.date(2026, 8, 12))
    assert (event["event_type"], event["location"], event["date"]) == (
        "Violence against civilians", "Sanam", "2026-08-11")


def test_the_names_in_a_wire_credit_line_place_nothing():
    text = ("COTONOU, Dec 28 (Reuters) - Gunmen attacked a police station in the town of Guéné in northern Benin late "
            "on Friday, killing two police officers, the police said on Sunday. Guéné lies in the Malanville district "
            "of Alibori department, near the border with Niger.\n\n(Reporting by Cotonou newsroom; Editing by Aaron "
            "Ross)")
    _, [event] = events(text, "en", published=dt.date(2025, 12, 28))
    assert (event["country"], event["admin1_code"]) == ("BJ", "BJ-AL")


@pytest.mark.parametrize("text, lang", [
    ("Les maquis de Kasserine ont longtemps été le théâtre d'embuscades meurtrières. Aujourd'hui, les spécialistes "
     "s'accordent à dire que les opérations conjointes de l'armée et de la garde nationale ont décapité l'essentiel "
     "de l'encadrement des groupes armés.", "fr"),
    ("When the jihadist insurgency began in Borno, its weapons were rifles and motorcycles. Today, the sound that "
     "soldiers fear most is the buzz of a drone that attacks their positions, security analysts say.", "en"),
])
def test_a_today_that_opens_a_sentence_is_the_writers_nowadays(text, lang):
    extraction, found = events(text, lang, published=dt.date(2025, 6, 9))
    assert extraction.kind == "analysis" and all(e["date"] != "2025-06-09" for e in found)


def test_a_lead_that_sums_the_week_and_a_deed_told_as_said_keep_their_own_events():
    text = ("NIAMEY, Oct 20 (Reuters) - Gunmen killed 11 villagers in western Niger's Tillaberi region on Friday, local "
            "sources said, in a week that also saw three soldiers killed by a roadside bomb and army drone strikes near "
            "the border with Mali. The attackers opened fire on men gathered near the mosque of Anzourou. Niger's defence "
            "ministry said a military patrol struck an improvised explosive device near Tera on Wednesday, killing three "
            "soldiers. The ministry also said air force drones on Saturday struck a gathering of terrorists near Inates, "
            "killing about 20 of them.")
    _, found = events(text, "en", published=dt.date(2025, 10, 20))
    assert sorted((e["sub_event_type"], e["location"], e["date"]) for e in found) == [
        ("Air/drone strike", "Inates", "2025-10-18"), ("Attack", "Anzourou", "2025-10-17"),
        ("Remote explosive/landmine/IED", "Téra", "2025-10-15")]


def test_a_press_conference_in_the_capital_places_and_dates_nothing():
    text = ("قُتل ثمانية جنود بنينيين السبت الماضي في هجوم شنه مسلحون على موقع عسكري قرب كاريماما في إقليم أليبوري. "
            "وقال المتحدث باسم الحكومة، في مؤتمر صحافي عقده أمس الثلاثاء في كوتونو، إن \"مجموعة إرهابية\" هاجمت "
            "الموقع وإن الجنود قتلوا ستة من المهاجمين.")
    _, found = events(text, "ar", published=dt.date(2026, 4, 29))
    assert [(e["location"], e["date"]) for e in found] == [("Karimama", "2026-04-25")]


@pytest.mark.parametrize("text, lang", [
    ("أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن هجوم استهدف الخميس مواقع للجيش في بلدة توغوري بإقليم نامنتنغا، "
     "وقالت مصادر محلية إن حصيلة القتلى لا تقل عن 20 من الجنود.\n\nوحتى مساء الجمعة، لم يصدر المجلس العسكري الحاكم "
     "في واغادوغو أي تعليق على الهجوم، في سياق سياسة تعتيم إعلامي متبعة منذ أشهر، استدعت خلالها السلطات صحافيين "
     "محليين للتجنيد الإجباري.", "ar"),
    ("JNIM claimed an attack on Thursday on army positions in Tougouri, in Namentenga province, that killed at least 20 "
     "soldiers, local sources said. As of Friday evening, the junta had not commented on the attack.", "en"),
])
def test_a_day_by_which_the_government_had_not_commented_is_no_event(text, lang):
    _, found = events(text, lang, published=dt.date(2025, 7, 19))
    assert [(e["location"], e["date"]) for e in found] == [("Tougouri", "2025-07-17")]


def test_the_town_an_explosion_is_measured_from_places_it_on_the_road():
    text = ("قُتل 4 جنود ماليين وأصيب 6 آخرون بجروح، أمس الخميس، جراء انفجار عبوة ناسفة استهدفت قافلة عسكرية على "
            "الطريق الرابط بين غاو وأنسونغو شمال شرقي مالي.\n\nوأوضح المصدر أن العبوة انفجرت لدى مرور إحدى مركبات "
            "القافلة على بعد نحو 15 كيلومترا من مدينة أنسونغو، وأن الجرحى نُقلوا إلى المستشفى العسكري في غاو.")
    _, [event] = events(text, "ar", published=dt.date(2026, 4, 3))
    assert (event["location"], event["geo_precision"]) == ("Ansongo", 2)


def test_a_lead_on_attacks_in_various_areas_sums_the_villages_told_after_it():
    text = ("شهدت مناطق متفرقة من بوركينا فاسو، خلال الأيام الثلاثة الماضية، سلسلة هجمات استهدفت متطوعين في قوات الدفاع "
            "الذاتي ومدنيين. وقالت مصادر محلية إن مسلحين هاجموا، مساء السبت، موقعا لمتطوعي الدفاع عن الوطن في بلدة "
            "توغوري بإقليم نامنتنغا، ما أدى إلى مقتل سبعة منهم. وفي اليوم التالي، الأحد، اقتحم مسلحون مجهولون سوق بلدة "
            "غورغادجي الأسبوعي وأطلقوا النار على المتسوقين، ما أسفر عن مقتل ثلاثة من المدنيين.")
    _, found = events(text, "ar", published=dt.date(2026, 4, 14))
    assert sorted((e["location"], e["event_type"], e["actor1"]) for e in found) == [
        ("Gorgadji", "Violence against civilians", "Unidentified Armed Group (Burkina Faso)"),
        ("Tougouri", "Battles", "Unidentified Armed Group (Burkina Faso)")]


@pytest.mark.parametrize("text, lang", [
    ("وقد أعاد الهجوم الذي استهدف القصر الرئاسي في انجمينا مساء الثامن من يناير الجاري طرح أسئلة حول الجاهزية "
     "الأمنية، إذ تمكنت مجموعة من 24 مسلحا من الوصول إلى محيط القصر.", "ar"),
    ("A group of 24 gunmen attacked the presidential palace in N'Djamena on the evening of January 8.", "en"),
    ("Un groupe de 24 hommes armés a attaqué le palais présidentiel à N'Djamena le 8 janvier au soir.", "fr"),
])
def test_an_attack_on_a_presidential_palace_is_a_battle_with_its_guards(text, lang):
    _, [event] = events(text, lang, published=dt.date(2025, 1, 20))
    assert (event["event_type"], event["location"]) == ("Battles", "N'Djamena")


def test_the_attack_a_blast_follows_is_no_blast_itself():
    text = ("قُتل جنديان بنينيان صباح الاثنين في انفجار عبوة ناسفة استهدفت دوريتهما قرب بلدة كاريماما. ويأتي الانفجار "
            "بعد أقل من أسبوعين على هجوم الثامن من يناير الجاري، الذي استهدف موقعا عسكريا في منطقة \"النقطة الثلاثية\" "
            "وأسفر عن مقتل 28 جنديا.")
    _, found = events(text, "ar", published=dt.date(2025, 1, 21))
    earlier = next(e for e in found if e["date"] == "2025-01-08")
    assert (earlier["event_type"], earlier["background"]) == ("Battles", True)


@pytest.mark.parametrize("text, lang, published", [
    ("Le FC Nouadhibou a été sacré champion de Mauritanie dimanche soir, à l'issue de la dernière journée de la "
     "Super D1, en battant l'ASAC Concorde 2-1. À Nouadhibou, des centaines de supporters ont envahi les rues de "
     "la ville jusque tard dans la nuit pour fêter ce nouveau titre. En bas du classement, le club de Kaédi et "
     "celui de Rosso sont relégués en deuxième division.", "fr",
     dt.date(2025, 6, 16)),
    ("الدار البيضاء - حقق نادي الرجاء فوزا ثمينا على ضيفه بثلاثة أهداف مقابل هدف، مساء الأحد، على ملعب محمد "
     "الخامس بالدار البيضاء في قمة الجولة السابعة عشرة من "
     "البطولة. وشن جناحاه سلسلة من الغارات على دفاع الضيوف. وفي الشوط الثاني، زج المدرب بثلاثة مهاجمين في "
     "محاولة لاختراق الدفاعات، لكن المدافعين نجحوا في تحييد المهاجم الأبرز في صفوف الضيوف، قبل أن يقتل "
     "الرجاء المباراة بهدف ثالث في الدقيقة 81.", "ar",
     dt.date(2026, 2, 23)),
    ("تغلب فريق نهضة بركان مساء أمس السبت على ضيفه حسنية أكادير بهدفين مقابل هدف في المباراة التي احتضنها "
     "الملعب البلدي ببركان. وبهذا الفوز، يرفع نهضة بركان رصيده إلى 7 نقاط في صدارة الترتيب، في انتظار باقي "
     "مباريات الجولة التي تتواصل اليوم الأحد بمواجهات الرجاء الرياضي وشباب المحمدية بالدار البيضاء، والجيش "
     "الملكي والمغرب الفاسي بالرباط.", "ar",
     dt.date(2026, 9, 20)),
], ids=["a title's supporters invading the streets", "strikers, raids and a match killed off",
        "the army club's fixtures"])
def test_a_match_report_tells_no_event(text, lang, published):
    extraction, found = events(text, lang, published=published)
    assert found == [] and extraction.kind == "other"


@pytest.mark.parametrize("text, lang", [
    ("Dans la région d'Agadez, la sécurité ne se mesure plus seulement au nombre d'attaques, mais au prix du "
     "transport entre la ville et les sites aurifères.", "fr"),
    ("In the Tillabéri region, security is no longer measured only by the number of attacks, but by the price of "
     "getting to market.", "en"),
])
def test_attacks_in_general_with_no_day_or_figure_are_no_event(text, lang):
    _, found = events(text, lang, published=dt.date(2026, 1, 20))
    assert found == []


def test_a_protest_that_asks_to_summon_an_ambassador_and_meets_no_force_is_peaceful():
    text = ("نظم العشرات من سكان مقاطعة عدل بكرو بولاية الحوض الشرقي، أمس الثلاثاء، وقفة احتجاجية أمام مباني "
            "المقاطعة، تنديدا بمقتل ثلاثة منمين موريتانيين داخل الأراضي المالية. ورفع المحتجون لافتات، كما رددوا "
            "شعارات تطالب الحكومة باستدعاء السفير المالي في نواكشوط. واستقبل حاكم المقاطعة وفدا عن المحتجين، فيما "
            "تفرق المحتجون بهدوء دون تسجيل أي إصابات أو احتكاكات مع قوات الأمن.")
    _, found = events(text, "ar", published=dt.date(2025, 1, 15))
    assert [(e["sub_event_type"], e["location"]) for e in found] == [("Peaceful protest", "’Adel Bagrou")]


def test_a_revised_toll_of_an_attack_is_its_event_and_a_post_demanded_is_no_base():
    text = ("Le bilan de l'attaque survenue dans la nuit de dimanche à lundi dernier à Kokry-Centre, dans le cercle de "
            "Macina, s'est alourdi. Deux des blessés ont succombé mercredi à leurs blessures, portant le nombre de morts à "
            "neuf. Les populations réclament l'installation d'un poste militaire permanent dans la zone.")
    _, found = events(text, "fr", published=dt.date(2025, 6, 5))
    assert [(e["event_type"], e["location"], e["fatalities"]) for e in found] == [
        ("Violence against civilians", "Kokry-Centre", 9)]


def test_a_sit_in_demanding_the_release_of_hostages_is_a_protest():
    text = ("نظم العشرات من سكان مدينة باسكنو، أمس الجمعة، وقفة احتجاجية أمام مباني المقاطعة، للمطالبة بتدخل "
            "السلطات من أجل الإفراج عن ثلاثة منمين اختطفهم مسلحون داخل الأراضي المالية.")
    _, found = events(text, "ar", published=dt.date(2025, 12, 27))
    assert [(e["event_type"], e["location"]) for e in found] == [("Protests", "Bassikounou")]


# Which town is the scene: abducted from it, told of by its residents, near a highway between two others, listed
# with a neighbour or a province, measured from another town, phoned from
@pytest.mark.parametrize("text, lang, published, scenes", [
    ("خطف مسلحون يوم الخميس 15 شخصا بينهم نساء وأطفال من قرية دانكورما في منطقة غوساو بولاية زامفارا.", "ar",
     dt.date(2025, 6, 13), ["Dankorma"]),
    ("أفرجت الشرطة عن 20 شخصا بعد أيام من اختطافهم على يد عصابات مسلحة من قرية دانكورما في منطقة غوساو.", "ar",
     dt.date(2025, 6, 13), ["Dankorma"]),
    ("Bandits have abducted at least 40 people, mostly women and children, from Dangulbi community in "
     "Maru Local Government Area of Zamfara State on Sunday.", "en", dt.date(2026, 3, 3), ["Dangulbi"]),
    ("أفاد سكان من بلدة غورغادجي في منطقة الساحل باندلاع اشتباكات عنيفة، أمس الاثنين، بين مقاتلين من نصرة "
     "الإسلام والمسلمين وآخرين من تنظيم الدولة الإسلامية في الساحل.", "ar", dt.date(2026, 4, 14), ["Gorgadji"]),
    # (the release on Thursday and the abduction of 11 August it recalls, both near Tsafe)
    ("أطلق الخميس سراح 18 مسافرا كانوا قد خطفوا في 11 أغسطس الماضي على الطريق السريع بين غوساو وفونتوا "
     "قرب بلدة تسافي، بعد أن دفعت أسرهم فدية.", "ar", dt.date(2026, 9, 11), ["Tsafe", "Tsafe"]),
    ("Le BCIJ a procédé mardi au démantèlement d'une cellule terroriste de quatre extrémistes actifs dans les "
     "villes de Témara et Skhirate. Trois suspects ont été interpellés à Témara, tandis que le quatrième a été "
     "arrêté à Skhirate.", "fr", dt.date(2026, 1, 28), ["Skhirate", "Temara"]),
    ("BCIJ officers arrested three suspects in Had Soualem, in Berrechid province, and a fourth in Guercif on "
     "Tuesday, dismantling a cell loyal to the Islamic State group.", "en", dt.date(2026, 3, 18),
     ["Guercif", "Had Soualem"]),
    ("Fighters killed at least 12 soldiers in Burkina Faso, security sources said. The attack on the "
     "detachment in Markoye, a rural town in the Sahel region about 40km (25 miles) from Gorom-Gorom, began "
     "early on Saturday, when hundreds of fighters on motorcycles stormed positions held by the army.", "en",
     dt.date(2025, 11, 17), ["Markoye"]),
    ("وقال أحد الأعيان، الذي تحدث عبر الهاتف من دوري، إن المسلحين هاجموا مساء الجمعة قرية سيبا، حيث "
     "قتلوا سبعة مدنيين.", "ar", dt.date(2025, 5, 17), ["Sebba"]),
], ids=["abducted from", "abducted from, told late", "abducted from, counted at length", "its residents tell",
        "near a highway", "two neighbours joined by et", "a province after the town", "measured from another town",
        "phoned from"])
def test_the_scene_is_the_town_the_event_happened_in(text, lang, published, scenes):
    _, found = events(text, lang, published=published)
    assert sorted(e["location"] for e in found) == scenes


def test_a_town_joined_to_the_hospital_the_wounded_went_to_is_not_a_scene_and_no_deaths_is_zero():
    text = ("أصيب جندي بجروح خطيرة، صباح اليوم الأحد، إثر انفجار لغم تقليدي الصنع خلال عملية تمشيط بجبل الشعانبي من "
            "ولاية القصرين.\n\nوأفادت وزارة الدفاع بأن الجندي نُقل إلى المستشفى الجهوي بالقصرين ثم إلى المستشفى "
            "العسكري بتونس، مؤكدة أن الانفجار لم تسجل أية وفيات.")
    _, found = events(text, "ar", published=dt.date(2026, 3, 8))
    assert [(e["admin1_code"], e["fatalities"]) for e in found] == [("TN-42", 0)]


def test_people_killed_whose_assailants_are_told_in_the_next_sentence_are_an_attack():
    text = ("Quatre habitants, dont l'imam et deux de ses neveux, ont été tués jeudi dans un hameau de la commune de "
            "Diapaga. Les assaillants, venus à moto, ont ensuite incendié le marché.")
    _, [event] = events(text, "fr", published=dt.date(2025, 3, 8))
    assert (event["event_type"], event["location"], event["fatalities"]) == (
        "Violence against civilians", "Diapaga", 4)


def test_the_dead_of_a_flood_are_no_attack():
    text = ("Quatre habitants ont été tués jeudi dans un hameau de la commune de Diapaga, emportés par les eaux. Les "
            "pluies diluviennes ont aussi détruit une centaine de maisons.")
    _, found = events(text, "fr", published=dt.date(2025, 3, 8))
    assert found == []


def test_a_cells_members_arrested_in_simultaneous_operations_in_several_towns_are_one_arrest_per_town():
    text = ("Le BCIJ a démantelé mardi une cellule terroriste de sept membres liée à l'État islamique. Les suspects ont "
            "été interpellés lors d'opérations simultanées menées dans les villes de Fès, Guercif et Tiflet.")
    _, found = events(text, "fr", published=dt.date(2025, 3, 5))
    assert [(e["sub_event_type"], e["admin1_code"]) for e in found] == [
        ("Arrests", "MA-03"), ("Arrests", "MA-02"), ("Arrests", "MA-04")]
    text = ("RABAT, 4 fév. (AMI) – Le BCIJ a démantelé ce mardi une cellule terroriste de neuf membres affiliés à "
            "l'État islamique au Sahel, qui s'apprêtaient à commettre des attentats « d'une extrême gravité » dans le "
            "Royaume, a annoncé la DGST.\n\nMenées simultanément sur la base de renseignements de la DGST, les "
            "opérations ont permis l'interpellation des suspects, âgés de 20 à 35 ans, dans les villes de Fès, Guercif "
            "et Tiflet.\n\nDepuis 2002, les services de sécurité marocains affirment avoir démantelé plus de 200 "
            "cellules terroristes.")
    _, found = events(text, "fr", published=dt.date(2025, 2, 4))
    assert [(e["admin1_code"], e["date"]) for e in found] == [
        ("MA-03", "2025-02-04"), ("MA-02", "2025-02-04"), ("MA-04", "2025-02-04")]


def test_goods_seized_after_a_massacre_are_no_ground_taken():
    text = ("Six pêcheurs ont été tués dimanche par des combattants présumés de Boko Haram sur une île proche de "
            "Ngouboua, dans la province du Lac.\n\nLes assaillants, arrivés à bord de pirogues, ont ouvert le feu sur "
            "un campement de pêcheurs avant de s'emparer de leurs filets et de deux embarcations.")
    _, [event] = events(text, "fr", published=dt.date(2026, 9, 15))
    assert (event["event_type"], event["sub_event_type"]) == ("Violence against civilians", "Attack")


def test_reinforcements_sent_after_a_massacre_were_no_party_to_it():
    cases = [
        ("Boko Haram fighters killed nine fishermen on Thursday on an island near Ngouboua, in Chad's Lac province. "
         "The governor of Lac province condemned the killing and said military reinforcements had been sent to "
         "patrol the islands.", "en"),
        ("Des combattants de Boko Haram ont tué jeudi neuf pêcheurs sur une île proche de Ngouboua, dans la province "
         "du Lac. Le gouverneur a condamné la tuerie et annoncé l'envoi de renforts militaires pour patrouiller sur "
         "les îles.", "fr"),
    ]
    for text, lang in cases:
        _, [event] = events(text, lang, published=dt.date(2026, 3, 13))
        assert (event["event_type"], event["actor2"]) == ("Violence against civilians", "Civilians (Chad)"), text


def test_youths_who_fought_off_abductions_in_the_past_weeks_do_not_make_a_massacre_a_clash():
    text = ("قُتل 27 شخصاً على الأقل فجر الثلاثاء عندما هاجم مسلحون مسجداً في قرية مالومفاشي بولاية كاتسينا، بحسب "
            "شرطة الولاية. وأشار سكان إلى أن الهجوم قد يكون انتقاماً من القرية بعد أن تصدى شبانها لمحاولات الخطف "
            "خلال الأسابيع الماضية.")
    _, [event] = events(text, "ar", published=dt.date(2025, 8, 20))
    assert (event["event_type"], event["actor2"]) == ("Violence against civilians", "Civilians (Nigeria)")


def test_a_spokesmans_surname_after_his_office_and_first_name_is_no_place():
    text = ("Au moins 26 personnes ont été tuées lundi lorsque leur véhicule a sauté sur un engin explosif sur la "
            "route reliant Damboa à Maiduguri, a déclaré le porte-parole de la police de l'État, Nahum Daso.")
    _, found = events(text, "fr", published=dt.date(2025, 4, 29))
    assert {e["country"] for e in found} == {"NG"}


def test_a_man_named_in_apposition_or_after_his_title_is_no_place():
    text = ("Gunmen stormed a secondary school in Maga, Danko-Wasagu LGA of Kebbi State, on Monday and abducted 25 "
            "students. The school's bursar, Hassan Musa Gero, was shot dead. President Kais Saied condemned attacks "
            "on schools across the region.")
    places = [p for s in gather(text, "en", dt.date(2025, 11, 18)).sentences for p in s.places]
    assert [p.place.name for p in places] == ["Maga", "Wasagu-Danko", "Kebbi"]


@pytest.mark.parametrize("text, lang", [
    ("قُتل خمسة جنود ماليين أمس الأحد في هجوم شنه مسلحون على معسكر الجيش في بلدة سوكولو. وكان المعسكر نفسه قد تعرّض "
     "في 26 يناير 2020 لهجوم أسفر عن مقتل عشرين دركيا في منطقة سيغو.", "ar"),
    ("Cinq soldats ont été tués dimanche dans l'attaque du camp militaire de Sokolo. Le même camp avait été attaqué le "
     "26 janvier 2020, une attaque qui avait tué vingt gendarmes dans la région de Ségou.", "fr"),
])
def test_an_earlier_attack_on_the_same_camp_is_placed_at_that_camp(text, lang):
    _, found = events(text, lang, published=dt.date(2026, 5, 4))
    assert [(e["location"], e["date"]) for e in found] == [("Sokolo", "2026-05-03"), ("Sokolo", "2020-01-26")]


def test_a_bulletins_device_detected_and_neutralised_and_the_air_force_strikes_that_follow():
    text = ("In the Tillabéri region, on 12 March 2026, an explosive device planted on the Téra-Dori road was detected by "
            "an engineering unit and neutralised. On 13 March 2026, the Air Force carried out strikes on a gathering "
            "of terrorists near Tiloa. About fifteen terrorists were neutralised.")
    _, found = events(text, "en", published=dt.date(2026, 3, 16))
    assert [(e["sub_event_type"], e["location"], e["date"]) for e in found] == [
        ("Disrupted weapons use", "Téra", "2026-03-12"), ("Air/drone strike", "Tiloa", "2026-03-13")]


def test_people_who_marched_through_a_town_protested():
    text = ("Hundreds of people marched through the town of Kidira on Sunday to demand the reopening of the border "
            "market, witnesses said. The march ended without incident.")
    _, [event] = events(text, "en", published=dt.date(2025, 11, 17))
    assert (event["event_type"], event["location"]) == ("Protests", "Kidira")


def test_the_day_a_statement_was_published_on_a_page_is_the_tellings():
    text = ("Security forces arrested four suspected members of the Islamic State group in the city of Sabha on "
            "Thursday. The arrests were announced in a statement published on its Facebook page on Friday by the "
            "agency, which gave no names.")
    _, [event] = events(text, "en", published=dt.date(2026, 5, 23))
    assert (event["location"], event["date"]) == ("Sabha", "2026-05-21")
    dates = [d for s in gather(text, "en", dt.date(2026, 5, 23), None).sentences for d in s.dates]
    assert [(d.date.isoformat(), d.reported) for d in dates] == [("2026-05-21", False), ("2026-05-22", True)]


@pytest.mark.parametrize("text, lang", [
    ("Moroccan police have dismantled a three-member cell loyal to the Islamic State group that was planning attacks, "
     "the DGST said on Friday. Two suspects were arrested on Thursday in Taroudant. A third man was detained the same "
     "day in Agadir.", "en"),
    ("La police marocaine a démantelé une cellule de trois membres affiliée à l'État islamique qui projetait des "
     "attentats, a annoncé vendredi la DGST. Deux suspects ont été arrêtés jeudi à Taroudant. Un troisième homme a été "
     "interpellé le même jour à Agadir.", "fr"),
    ("فككت الشرطة المغربية خلية من ثلاثة عناصر موالية لتنظيم الدولة الإسلامية كانت تخطط لتنفيذ هجمات، وفق بيان "
     "للمديرية العامة لمراقبة التراب الوطني الجمعة. وأوقف مشتبهان اثنان الخميس في تارودانت. واعتقل شخص ثالث في اليوم "
     "نفسه في أكادير.", "ar"),
])
def test_the_arrests_of_a_dismantled_cell_are_told_town_by_town(text, lang):
    _, found = events(text, lang, published=dt.date(2026, 5, 15))
    assert [(e["location"], e["sub_event_type"]) for e in found] == [("Taroudant", "Arrests"), ("Agadir", "Arrests")]


@pytest.mark.parametrize("text, lang", [
    ("شنّ مسلحون فجر اليوم الثلاثاء هجمات منسقة على مواقع للجيش في أربع بلدات بغرب مالي. واستهدفت الهجمات كاي وديبولي "
     "في منطقة كاي، إضافة إلى نيونو ومولودو في منطقة سيغو.", "ar"),
    ("Des hommes armés ont lancé mardi à l'aube des attaques coordonnées contre des positions de l'armée dans quatre "
     "localités de l'ouest du Mali. Les attaques ont visé Kayes et Diboli, dans la région de Kayes, ainsi que Niono et "
     "Molodo, dans la région de Ségou.", "fr"),
    ("Gunmen launched coordinated attacks on army positions in four towns in western Mali at dawn on Tuesday. The "
     "attacks targeted Kayes and Diboli in the Kayes region, as well as Niono and Molodo in the Segou region.", "en"),
])
def test_a_dated_lead_on_attacks_in_several_towns_then_their_list_is_one_battle_in_each(text, lang):
    _, found = events(text, lang, published=dt.date(2025, 7, 1))
    assert [(e["location"], e["event_type"], e["date"]) for e in found] == [
        (town, "Battles", "2025-07-01") for town in ("Kayes", "Diboli", "Niono", "Molodo")]


@pytest.mark.parametrize("text, scenes_told", [
    ("قُتل سبعة مدنيين يوم الاثنين في هجوم شنه مسلحون على السوق الأسبوعية في بلدة إنكار، غرب مدينة ميناكا.",
     ["Inékar"]),
    # "إنكار" is also a denial: a place only with a word for a town before it
    ("وأكد المتحدث إنكار الجيش لأي مسؤولية عن الهجوم على بلدة ميناكا.", ["Ménaka"]),
    ("قتل مسلحون خمسة صيادين قرب دمساك في شمال ولاية بورنو يوم 4 يونيو.", ["Damasak"]),
    ("تعرضت قافلة صهاريج ترافقها وحدة من الجيش يوم الثلاثاء لكمين قرب بلدة كاسيلا، على بعد ستين كيلومترا شرق باماكو.",
     ["Kasséla"]),
    ("ارتفعت إلى تسعة قتلى حصيلة الهجوم الذي شنه مسلحون يوم الجمعة على بلدة ويندغي في إقليم لوروم.", ["Ouindigui"]),
    ("هاجم مسلحون يوم الجمعة موقعا للجيش في بلدة غاسان بإقليم بانوا وقتلوا عشرة جنود.", ["Gassan"]),
    ("وأضاف البيان أن مفرزة غاسان، في إقليم نايالا، تعرضت صباح الأحد لهجوم شنه مسلحون صده الجنود.", ["Gassan"]),
    # "الشابة" is a young woman here, not Tunisia's Chebba
    ("أعدم مسلحون الشابة مريم سيسي في ساحة بلدة تونكا بمنطقة تمبكتو في 7 يونيو.", ["Tonka"]),
])
def test_arabic_spellings_of_sahel_and_borno_towns(text, scenes_told):
    assert scenes(text, "ar", published=dt.date(2026, 6, 17)) == scenes_told


@pytest.mark.parametrize("text, lang", [
    ("Cinq soldats ont été tués jeudi lors d'une attaque de l'ISWAP contre une base militaire à Kareto, dans la zone "
     "de gouvernement local de Mobbar (État du Borno).", "fr"),
    ("قتل خمسة جنود الخميس في هجوم لتنظيم داعش في غرب أفريقيا على قاعدة عسكرية في كاريتو بولاية بورنو.", "ar"),
])
def test_kareto_the_army_base_of_mobbar_is_known(text, lang):
    assert scenes(text, lang, published=dt.date(2026, 10, 16)) == ["Kareto"]


def test_tondikiwindi_written_as_one_word_is_known():
    text = ("The army said a unit had pursued the attackers and engaged them near Tondikiwindi, in the Tillabéri "
            "region, on Thursday morning, neutralising five of them.")
    assert scenes(text, "en", published=dt.date(2025, 7, 25)) == ["Tondi Kiwindi"]



def test_strikes_carried_out_against_fighters_are_air_strikes_and_a_groups_record_is_background():
    text = ("The United States carried out strikes against Islamic State fighters in Tangaza, in Nigeria's Sokoto "
            "State, on Thursday, the US military said. The group, known locally as Lakurawa, has operated in Sokoto "
            "and Kebbi states for several years, imposing levies on herders and clashing with Nigerian troops.")
    _, [event] = events(text, "en", published=dt.date(2025, 12, 26))
    assert (event["sub_event_type"], event["location"], event["background"]) == ("Air/drone strike", "Tangaza", False)


def test_air_strikes_spoken_of_after_a_survey_of_regions_take_no_scene_from_it():
    text = ("The heads of state of Mali, Burkina Faso and Niger ended their summit in Bamako this week by launching a "
            "unified force. Niger faces both JNIM and the Islamic State in the Tillabéri region. Officers from the "
            "region say the main gain may be in intelligence sharing and the coordination of air strikes.")
    extraction, found = events(text, "en", published=dt.date(2025, 12, 26))
    assert (extraction.kind, found) == ("analysis", [])


def test_where_a_correspondent_questioned_sources_is_no_scene_and_explosions_heard_are_the_attack():
    text = ("L'armée nigériane a repoussé mardi une attaque de l'ISWAP contre sa base de Dikwa, dans l'État de Borno. "
            "Les troupes ont neutralisé douze terroristes, selon un communiqué. Deux sources sécuritaires interrogées "
            "par notre correspondant à Maiduguri ont toutefois évoqué un bilan plus lourd, avec au moins cinq soldats "
            "tués et plusieurs véhicules incendiés. Des habitants ont raconté avoir entendu des explosions et des tirs "
            "nourris pendant près de trois heures, avant que le calme ne revienne dans la nuit.")
    _, [event] = events(text, "fr", published=dt.date(2026, 8, 12))
    assert (event["location"], event["fatalities"]) == ("Dikwa", 17)


def test_an_ambush_set_to_catch_a_wanted_man_is_how_he_was_arrested():
    cases = [
        "تمكنت وحدات الحرس الوطني بالرقاب من ولاية سيدي بوزيد، أمس الثلاثاء، من إلقاء القبض على عنصر تكفيري محكوم "
        "غيابيا من أجل الانضمام إلى تنظيم إرهابي. وأفاد مصدر أمني بأنه تم نصب كمين له وإيقافه دون مقاومة.",
        "تمكنت وحدات الحرس الوطني بالمكناسي من ولاية سيدي بوزيد، يوم الجمعة، من إلقاء القبض على عنصر تكفيري محكوم "
        "غيابيا، وذلك إثر كمين محكم نصبته له بأحد الأحياء الشعبية.",
    ]
    for text in cases:
        _, [event] = events(text, "ar", published=dt.date(2026, 4, 22))
        assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Arrests"), text


def test_a_takfiri_arrested_is_counter_terrorism_beside_ordinary_crime():
    text = ("Les unités de la Garde nationale de Sidi Bouzid ont arrêté mercredi, dans la délégation de Regueb, un "
            "élément takfiri recherché par la justice, a indiqué jeudi une source sécuritaire. Il a été appréhendé "
            "lors d'un contrôle à l'entrée de la ville. Au cours de la même semaine, les unités de la région ont "
            "arrêté plusieurs personnes recherchées dans des affaires de droit commun et saisi du carburant de "
            "contrebande.")
    _, [event] = events(text, "fr", published=dt.date(2026, 8, 20))
    assert (event["location"], event["sub_event_type"]) == ("Er Regueb", "Arrests")


@pytest.mark.parametrize("text, lang", [
    ("Operation Almahaou (Tillabéri): On 25 December, the air component struck a group of terrorists near Tamou. "
     "Operation Damissa (Diffa): On Saturday 27 December, the military position of Toumour was attacked by ISWAP "
     "terrorists. Our forces repelled the attack, killing eleven terrorists.", "en"),
    ("Opération Almahaou (Tillabéri) : le 25 décembre, la composante aérienne a frappé un groupe de terroristes près "
     "de Tamou. Opération Damissa (Diffa) : le samedi 27 décembre, la position militaire de Toumour a été attaquée par "
     "des terroristes de l'ISWAP. Nos forces ont repoussé l'attaque et neutralisé onze terroristes.", "fr"),
])
def test_the_theatre_a_bulletin_names_its_operation_by_is_no_scene(text, lang):
    assert scenes(text, lang, published=dt.date(2025, 12, 28)) == ["Tamou", "Toumour"]


def test_the_zone_a_bulletin_labels_its_item_by_is_no_scene():
    text = ("Bulletin hebdomadaire des opérations.\n\nZone Diffa : le 18 février, une patrouille a été prise à partie "
            "par des terroristes à une dizaine de kilomètres de Bosso ; six assaillants ont été neutralisés.\n\n"
            "Zone Tillabéri : le 19 février, un véhicule en escorte a sauté sur un engin explosif improvisé à la "
            "sortie de Bankilaré, tuant deux soldats.")
    assert scenes(text, "fr", published=dt.date(2025, 2, 21)) == ["Bosso", "Bankilaré"]


@pytest.mark.parametrize("text, lang", [
    ("Gunmen abducted six bus passengers near Bandiagara on Friday, local sources said. On Saturday evening, two of "
     "the hostages were released and returned to Bandiagara on foot.", "en"),
    ("Trois commerçants ont été enlevés vendredi par des hommes armés près de Bandiagara. Les trois otages ont été "
     "libérés samedi soir et sont rentrés à pied à Bandiagara.", "fr"),
    ("اختطف مسلحون ستة ركاب حافلة قرب باندياغارا يوم الجمعة. وأفرج عن اثنين من الرهائن مساء السبت وعادا سيرا على "
     "الأقدام إلى باندياغارا.", "ar"),
])
def test_hostages_released_the_day_after_their_abduction_is_an_event_of_its_own(text, lang):
    _, found = events(text, lang, published=dt.date(2025, 12, 21))
    assert [(e["sub_event_type"], e["date"]) for e in found] == [
        ("Abduction/forced disappearance", "2025-12-19"), ("Other", "2025-12-20")]


@pytest.mark.parametrize("text, lang", [
    ("ضبطت مفرزة للجيش الوطني الشعبي بعين قزام، إثر كمين نصب على الشريط الحدودي يوم الأحد، مسدسين رشاشين من نوع "
     "كلاشنيكوف و650 طلقة، وأوقفت 3 أشخاص كانوا على متن مركبة رباعية الدفع.", "ar"),
    ("Un détachement de l'Armée nationale populaire a saisi dimanche à In Guezzam, suite à une embuscade tendue sur la "
     "bande frontalière, deux pistolets mitrailleurs de type kalachnikov et 650 balles, et arrêté trois individus à "
     "bord d'un véhicule tout-terrain.", "fr"),
])
def test_an_army_stakeout_that_seized_weapons_is_no_fight(text, lang):
    _, [event] = events(text, lang, published=dt.date(2026, 9, 16))
    assert event["event_type"] == "Strategic developments"


def test_people_killed_in_a_raid_on_a_named_day_and_town_recalled_is_an_event():
    text = ("Suspected Boko Haram fighters killed two young men in Moskota, in Cameroon's Far North region, on Tuesday "
            "night. On June 24, three people were killed in a raid on Tourou, in the neighbouring Mokolo subdivision, "
            "according to local officials.")
    _, found = events(text, "en", published=dt.date(2025, 7, 11))
    assert [(e["location"], e["date"], e["background"]) for e in found] == [
        ("Moskota", "2025-07-08", False), ("Tourou", "2025-06-24", True)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Nouvelle incursion de Boko Haram dans l'arrondissement de Mozogo. Dans la nuit de jeudi à vendredi, des "
     "assaillants ont fait irruption dans le village de Moskota, région de l'Extrême-Nord, et enlevé six personnes.",
     "fr", [("Moskota", "Abduction/forced disappearance")]),
    ("Suspected Boko Haram fighters killed two men in Moskota, in Cameroon's Far North region, on Tuesday night.", "en",
     [("Moskota", "Attack")]),
])
def test_a_village_told_with_its_day_after_a_headline_on_its_district_is_the_headlines_event(text, lang, expected):
    _, found = events(text, lang, published=dt.date(2025, 9, 15))
    assert [(e["location"], e["sub_event_type"]) for e in found] == expected


@pytest.mark.parametrize("text, lang", [
    ("Dans la nuit de samedi à dimanche, des éléments de Boko Haram ont attaqué un quartier de Tourou, dans "
     "l'arrondissement de Mokolo, tuant trois civils. Quelques heures plus tard, dimanche matin, un véhicule de "
     "l'armée a sauté sur un engin explosif sur la piste reliant Kolofata à Amchidé. Deux soldats ont été "
     "blessés.", "fr"),
    ("Boko Haram fighters attacked a neighbourhood of Tourou on Saturday night, killing three civilians. A few hours "
     "later, on Sunday morning, an army vehicle hit an explosive device on the track linking Kolofata to Amchide. Two "
     "soldiers were wounded.", "en"),
])
def test_the_first_town_of_the_track_a_bomb_hit_places_it(text, lang):
    _, found = events(text, lang, published=dt.date(2026, 10, 26))
    assert [(e["location"], e["sub_event_type"]) for e in found] == [
        ("Tourou", "Attack"), ("Kolofata", "Remote explosive/landmine/IED")]


@pytest.mark.parametrize("text, lang", [
    ("أضرم مسلحون النار يوم الثلاثاء في أربعة عشر صهريجا محملا بالوقود على الطريق الرابط بين ديدييني وكولوكاني. وقال "
     "أحد السائقين إن قافلة الصهاريج كانت تسير من دون مرافقة عسكرية حين اعترضها نحو ثلاثين مسلحا. ولم تسجل إصابات "
     "بشرية.", "ar"),
    ("Gunmen set fire to fourteen fuel tankers on Tuesday on the road between Didieni and Kolokani. A driver said the "
     "convoy was travelling without a military escort when about thirty gunmen stopped it. Nobody was hurt.", "en"),
])
def test_tankers_set_on_fire_with_no_escort_are_property_destroyed(text, lang):
    _, [event] = events(text, lang, published=dt.date(2026, 9, 24))
    assert (event["sub_event_type"], event["actor2"]) == ("Looting/property destruction", "Civilians (Mali)")


def test_bombs_that_have_become_a_regular_threat_lend_no_bomb_to_an_assault_recalled():
    text = ("Three soldiers were killed on Tuesday when their vehicle struck an explosive device near Karimama, in "
            "Alibori. No group had claimed responsibility by Wednesday evening. The area borders the W National Park, "
            "where fighters of JNIM have set up bases in recent years, and roadside bombs have become a regular threat "
            "to army vehicles on the tracks around the park. On April 17, JNIM fighters overran army positions in the "
            "park, killing 54 soldiers.")
    _, found = events(text, "en", published=dt.date(2025, 12, 18))
    assert [(e["sub_event_type"], e["fatalities"], e["background"]) for e in found] == [
        ("Remote explosive/landmine/IED", 3, False), ("Armed clash", 54, True)]


def test_the_area_a_village_lies_in_is_no_second_scene():
    text = ("The Air Force conducted strikes on a gathering of terrorists near Diafarabé on Tuesday, neutralising "
            "about fifteen, the army said. The following day, a FAMa patrol came under fire near Sofara, in the "
            "Djenné area, and riposted vigorously, neutralising four assailants.")
    _, found = events(text, "en", published=dt.date(2026, 9, 18))
    assert [(e["location"], e["date"], e["fatalities"]) for e in found] == [
        ("Diafarabé", "2026-09-15", 15), ("Sofara", "2026-09-16", 4)]


def test_the_period_a_bulletin_covers_dates_none_of_its_items():
    text = ("Three Nigerien soldiers and 17 militants were killed when an army patrol was ambushed near Téra last "
            "Wednesday, the army said in its weekly bulletin released on Monday. The bulletin, covering September 7 to "
            "13, said the patrol was attacked on September 9 north of Téra by IS Sahel fighters. The army said it "
            "recovered 11 motorcycles, weapons and ammunition after air support forced the attackers to withdraw.")
    _, found = events(text, "en", published=dt.date(2026, 9, 14))
    assert [(e["sub_event_type"], e["date"]) for e in found] == [("Armed clash", "2026-09-09")]


def test_aircraft_that_struck_made_an_air_strike():
    text = ("On Sunday, aircraft struck a logistics base of JNIM in a forest near Diapaga, in Tapoa province, "
            "neutralising dozens of terrorists, the army said.")
    _, [event] = events(text, "en", published=dt.date(2026, 5, 27))
    assert (event["sub_event_type"], event["actor1"]) == ("Air/drone strike", "Military Forces of Burkina Faso")


def test_another_strike_on_the_next_day_is_its_own_air_strike():
    text = ("On Sunday, armed drones struck a group of JNIM fighters gathering near Djibasso; dozens were neutralised, "
            "the army said. On Monday, another strike targeted a logistics base in a forest near Barani, destroying "
            "motorcycles and fuel depots.")
    _, found = events(text, "en", published=dt.date(2025, 11, 12))
    assert [(e["sub_event_type"], e["location"]) for e in found] == [
        ("Air/drone strike", "Djibasso"), ("Air/drone strike", "Barani")]


def test_a_briefings_figures_across_all_theatres_are_a_total_not_more_of_the_last_arrest():
    text = ("On 11 November 2025, troops arrested two suspected logistics suppliers to ISWAP at the Monguno market. "
            "The Director said that across all theatres, troops neutralised 41 terrorists, arrested 56 suspects and "
            "rescued 23 kidnapped hostages in the week under review.")
    _, [event] = events(text, "en", published=dt.date(2025, 11, 14))
    assert (event["sub_event_type"], event["location"], event["fatalities"]) == ("Arrests", "Monguno", None)


def test_a_village_in_the_zone_of_a_town_is_the_village_and_livestock_seized_is_no_territory():
    text = ("Le 5 septembre, au moins 63 personnes avaient été tuées à Darul Jamal, dans la zone de Bama, lors d'un raid "
            "attribué à Boko Haram. Le 8 novembre, une quinzaine d'habitants avaient été tués à Mera, dans la zone "
            "d'Augie (Kebbi), lors d'une attaque menée par le groupe Lakurawa pour s'emparer de bétail.")
    _, found = events(text, "fr", published=dt.date(2025, 12, 1))
    assert [(e["location"], e["event_type"]) for e in found] == [
        ("Darul Jamal", "Violence against civilians"), ("Mera", "Violence against civilians")]


def test_the_zone_a_village_is_said_to_be_in_holds_it():
    text = "Ces violences surviennent après le massacre de Darul Jamal, dans la zone de Bama, le 5 septembre."
    [sentence] = gather(text, "fr", dt.date(2025, 10, 20)).sentences
    assert [p.place.name for p in sentence.places if p.mention.start in sentence.containers] == ["Bama"]


@pytest.mark.parametrize("text, location, code", [
    ("تمكنت وحدات الحرس الوطني بالمكناسي من ولاية سيدي بوزيد، أمس الأحد، من إيقاف عنصر تكفيري مفتش عنه لفائدة "
     "القطب القضائي لمكافحة الإرهاب.", "El Maknassi", "TN-43"),
    ("أُصيب عسكري بجروح، صباح أمس السبت، إثر انفجار لغم تقليدي الصنع أثناء عملية تمشيط بجبل السمامة من ولاية "
     "القصرين.", "Jebel Semmama", "TN-42"),
])
def test_the_wilaya_of_a_place_is_its_unit_not_where_someone_came_from(text, location, code):
    _, [event] = events(text, "ar", published=dt.date(2026, 4, 26))
    assert (event["location"], event["admin1_code"]) == (location, code)


def test_a_toll_free_number_is_no_death_toll():
    text = ("On Thursday 16 January 2025, a search operation conducted in Niono led to the arrest of three individuals "
            "suspected of supplying fuel to terrorists. The General Staff invites the population to report any "
            "suspicious movement on the toll-free numbers.")
    _, [event] = events(text, "en", published=dt.date(2025, 1, 18))
    assert (event["sub_event_type"], event["actor2"]) == ("Arrests", None)


def test_a_unit_named_as_another_actors_is_that_actor():
    text = ("Le détachement des Volontaires pour la défense de la patrie (VDP) de Ouindigui, dans la province du "
            "Loroum, a repoussé samedi une attaque menée par des individus armés. Huit assaillants ont été tués.")
    _, [event] = events(text, "fr", published=dt.date(2026, 6, 22))
    assert (event["event_type"], event["actor2"]) == ("Battles", "VDP")


def test_the_dead_remembered_at_a_floods_anniversary_are_no_attack_and_a_wadis_banks_are_not_el_oued():
    text = ("أحيا سكان مدينة درنة، أمس الأربعاء، الذكرى الثانية للفيضانات التي اجتاحت المدينة. وتجمع المئات من الأهالي "
            "على ضفتي الوادي، وأقيمت صلاة جماعية على أرواح الضحايا الذين قُدر عددهم بالآلاف.")
    extraction, found = events(text, "ar", published=dt.date(2025, 9, 11))
    assert (extraction.kind, found) == ("other", [])
    places = [p.place.name for s in gather(text, "ar", dt.date(2025, 9, 11)).sentences for p in s.places]
    assert "El Oued" not in places


def test_troops_who_killed_bandits_and_freed_their_captives_fought_a_battle():
    text = ("اشتبكت قوات الجيش النيجيري يوم الأحد مع عصابة من قطاع الطرق في غابة قرب تسافي بولاية زمفرا، وقتلت أربعة "
            "منهم وحررت خمسة مختطفين بينهم طفلان.")
    _, [event] = events(text, "ar", published=dt.date(2026, 4, 14))
    assert (event["event_type"], {event["actor1"], event["actor2"]}) == (
        "Battles", {"Military Forces of Nigeria", "Bandits (Nigeria)"})


def test_a_release_told_with_the_captors_between_verb_and_object_is_a_release():
    text = ("أطلقت مجموعة من قطاع الطرق أمس الأحد سراح 21 شخصاً كانوا محتجزين لديها منذ أسابيع في منطقة دانموسا بولاية "
            "كاتسينا.")
    _, [event] = events(text, "ar", published=dt.date(2025, 9, 22))
    assert (event["sub_event_type"], event["location"], event["actor1"]) == ("Other", "Dan Musa", "Bandits (Nigeria)")


def test_an_attack_whose_lead_counts_militiamen_among_the_dead_is_a_battle():
    text = ("Suspected jihadists killed at least 11 people, seven of them members of the army's civilian auxiliaries, "
            "in an attack on Sunday on Tougan. A security source put the toll at seven VDP and four civilians killed.")
    _, [event] = events(text, "en", published=dt.date(2025, 1, 7))
    assert (event["event_type"], event["actor2"], event["fatalities"]) == ("Battles", "VDP", 11)


def test_a_village_that_was_again_the_target_of_fighters_was_attacked():
    text = ("La localité de Moskota, dans l'arrondissement de Mozogo, a de nouveau été la cible des combattants de Boko "
            "Haram dans la nuit de mardi à mercredi.")
    [sentence] = gather(text, "fr", dt.date(2025, 2, 6)).sentences
    assert "attack" in sentence.categories


def test_a_town_added_to_a_list_is_no_direction():
    text = "واستهدفت الهجمات ديبولي وسانداري في منطقة كاي، إضافة إلى نيونو في منطقة سيغو."
    [sentence] = gather(text, "ar", dt.date(2025, 7, 1)).sentences
    assert not [p.place.name for p in sentence.places if p.mention.start in sentence.directional]


def test_the_unit_that_caught_up_with_the_attackers_the_next_day_fought_its_own_battle():
    text = ("La localité de Kerawa, dans l'arrondissement de Kolofata, a de nouveau été la cible de Boko Haram. Dans la "
            "nuit de lundi à mardi, des hommes armés ont fait irruption dans le village, tuant trois civils. Mardi en "
            "fin de matinée, une unité du BIR lancée à la poursuite des assaillants les a accrochés à quelques "
            "kilomètres d'Amchidé. Deux combattants de Boko Haram ont été tués.")
    _, found = events(text, "fr", published=dt.date(2025, 12, 17))
    assert [(e["event_type"], e["location"]) for e in found] == [
        ("Violence against civilians", "Kerawa"), ("Battles", "Amchidé")]


def test_soldiers_hit_by_a_mine_are_its_target_not_the_hospital_they_were_taken_to():
    text = ("Two soldiers were wounded on Saturday when a landmine exploded during a combing operation on Mount Salloum, "
            "near Kasserine. The two wounded soldiers were evacuated to the regional hospital in Kasserine.")
    _, [event] = events(text, "en", published=dt.date(2026, 3, 22))
    assert (event["sub_event_type"], event["actor2"]) == (
        "Remote explosive/landmine/IED", "Military Forces of Tunisia")


def test_a_soldier_wounded_by_a_mine_in_arabic_is_its_target_and_no_victim_of_the_toll_before():
    text = ("أصيب عسكري بجروح متفاوتة الخطورة، أمس الثلاثاء، إثر انفجار لغم تقليدي الصنع أثناء مشاركته في عملية تمشيط "
            "بجبل السلوم من ولاية القصرين، وفق ما أفاد به مصدر عسكري.")
    _, [event] = events(text, "ar", published=dt.date(2025, 7, 30))
    assert event["actor2"] == "Military Forces of Tunisia"
    text = ("تمكنت وحدات عسكرية فجر اليوم من القضاء على عنصرين إرهابيين خلال عملية تمشيط بجبل السلوم من ولاية القصرين. "
            "وتبادلت الوحدات إطلاق النار مع المجموعة، ما أسفر عن مقتل عنصرين وإصابة عسكري بجروح طفيفة.")
    _, [event] = events(text, "ar", published=dt.date(2026, 4, 25))
    assert (event["event_type"], event["fatalities"]) == ("Battles", 2)


def test_the_air_components_second_strike_is_an_air_strike():
    text = ("أعلنت هيئة الأركان العامة للقوات المسلحة المالية أن المكون الجوي نفذ يوم السبت ضربات استهدفت تجمعا "
            "للإرهابيين قرب ليري في منطقة تمبكتو. وأضاف البيان أن ضربة ثانية نفذت يوم الأحد على قاعدة لوجستية "
            "للإرهابيين قرب بوني في دائرة دوينتزا.")
    _, found = events(text, "ar", published=dt.date(2025, 7, 14))
    assert [(e["sub_event_type"], e["location"]) for e in found] == [
        ("Air/drone strike", "Léré"), ("Air/drone strike", "Boni")]


def test_raids_by_gunmen_are_no_air_raids():
    text = ("قُتل أربعة مدنيين في هجوم شنّه مسلحون من جماعة بوكو حرام ليل الخميس على بلدة تورو في أقصى شمال الكاميرون. "
            "وتتعرض تورو والقرى المحيطة بها بانتظام لغارات المسلحين الذين يتحصنون في جبال ماندارا.")
    _, [event] = events(text, "ar", published=dt.date(2026, 10, 16))
    assert (event["event_type"], event["actor1"]) == ("Violence against civilians", "Boko Haram (JAS)")


def test_drones_are_no_marches_and_their_attack_on_a_base_is_an_attack():
    text = "ويرى خبراء أن التنظيم يستطيع الحصول على مسيرات تجارية رخيصة عبر طرق التهريب العابرة للصحراء."
    [sentence] = gather(text, "ar", dt.date(2025, 7, 20)).sentences
    assert "protest" not in sentence.categories
    text = "وفي الثالث من يونيو الماضي، استهل مقاتلو التنظيم هجومهم على قاعدة الجيش في بلدة مارتي بولاية بورنو."
    [sentence] = gather(text, "ar", dt.date(2026, 6, 20)).sentences
    assert "attack" in sentence.categories


def test_a_riot_is_dated_by_its_own_day_not_by_the_killing_it_protests():
    text = ("أضرم شبان غاضبون، أمس الاثنين، النار في أجزاء من مقر محافظة والام بولاية تيلابيري غربي النيجر، احتجاجا على "
            "عجز السلطات عن حماية السكان، بعد مقتل سبعة رعاة في هجوم قرب المدينة يوم الجمعة الماضي. وكان مسلحون مجهولون "
            "قد هاجموا، يوم الجمعة، مخيما للرعاة على بعد نحو 12 كيلومترا من والام، وقتلوا سبعة منهم.")
    _, found = events(text, "ar", published=dt.date(2026, 8, 11))
    assert sorted((e["event_type"], e["date"]) for e in found) == [
        ("Riots", "2026-08-10"), ("Violence against civilians", "2026-08-07")]  # (youths who set the prefecture
    #                                                                          on fire riot)


def test_a_leader_named_after_a_hamlet_is_the_leader_wherever_the_story_names_him():
    text = ("Thousands of people rallied in Ouagadougou on Wednesday in support of Captain Ibrahim Traoré. "
            "Demonstrators carrying Traoré's portrait marched to the Place de la Nation. The government has "
            "accused officers based in Côte d'Ivoire of plotting against him.")
    named = [p.mention.surface for s in gather(text, "en", PUBLISHED).sentences for p in s.places]
    assert "Ouagadougou" in named and "Traoré" not in named


def test_a_hausa_name_taken_from_a_village_leaves_the_village_a_place():
    text = ("Bandits killed nine people in Dajuku village, Zamfara State, on Saturday. A resident, Malam Sani "
            "Dajuku, said the attackers came on motorcycles.")
    assert "Dajuku" in [p.mention.surface for s in gather(text, "en", PUBLISHED).sentences for p in s.places]
    assert scenes(text, "en") == ["Dajuku"]


@pytest.mark.parametrize("text, lang", [
    ("Thousands rallied in Ouagadougou on Wednesday after the government said it had foiled a plot to "
     "overthrow the president.", "en"),
    ("Des milliers de personnes ont manifesté mercredi à Ouagadougou après que le gouvernement a déjoué une "
     "tentative de coup d'État.", "fr"),
    ("تظاهر الآلاف الأربعاء في واغادوغو بعد أن أعلنت الحكومة إحباط محاولة انقلاب.", "ar"),
])
def test_a_coup_plot_foiled_is_no_terrorist_plot(text, lang):
    assert [(e["event_type"], e["location"]) for e in events(text, lang)[1]] == [("Protests", "Ouagadougou")]


def test_similar_gatherings_elsewhere_are_protests_there():
    text = ("Thousands of people rallied in Ouagadougou on Wednesday in support of the junta. Similar gatherings "
            "were held on Wednesday in Bobo-Dioulasso, according to local media.")
    assert [(e["event_type"], e["location"]) for e in events(text, "en")[1]] == [
        ("Protests", "Ouagadougou"), ("Protests", "Bobo-Dioulasso")]


@pytest.mark.parametrize("text, lang", [
    ("Algeria's defence ministry said on Tuesday that its air defences had brought down an armed reconnaissance "
     "drone near Tinzaouatine overnight.", "en"),
    ("Dans la nuit de lundi à mardi, la défense aérienne algérienne a abattu un drone armé de l'armée malienne "
     "près de Tinzaouatine.", "fr"),
    ("أعلنت وزارة الدفاع الوطني أن وحدات الدفاع الجوي رصدت وأسقطت طائرة استطلاع مسيرة مسلحة ليلة الاثنين قرب "
     "تين زاواتين.", "ar"),
])
def test_a_drone_shot_down_is_a_weapon_stopped_not_a_drone_strike(text, lang):
    [event] = events(text, lang)[1]
    assert (event["event_type"], event["sub_event_type"], event["country"]) == (
        "Strategic developments", "Disrupted weapons use", "DZ")


def test_drones_that_drop_bombs_still_strike():
    text = "يستهل التنظيم هجماته الليلية بإسقاط عبوات من المسيرات على مواقع الجيش في مونغونو."
    assert "drone_strike" in {c for s in gather(text, "ar", PUBLISHED).sentences for c in s.categories}


def test_shots_a_witness_heard_in_a_raid_on_a_village_are_no_fight():
    text = ("Dans la nuit de dimanche à lundi, des combattants de Boko Haram ont fait irruption à Tourou, dans "
            "l'arrondissement de Mokolo. Quatre personnes ont été abattues. « Nous avons entendu les coups de feu et "
            "nous avons fui vers la montagne avec les enfants », témoigne une habitante.")
    [event] = events(text, "fr")[1]
    assert (event["event_type"], event["actor2"]) == ("Violence against civilians", "Civilians (Cameroon)")


@pytest.mark.parametrize("text, lang, scene", [
    ("La brigade de gendarmerie de Kidira a interpellé vendredi quatre hommes soupçonnés d'avoir ravitaillé "
     "des éléments du JNIM, a appris Tamba Infos de sources sécuritaires.", "fr", "Kidira"),
    ("Army units intercepted two vehicles loaded with weapons near Bir Moghrein, in the Tiris Zemmour region, on "
     "Tuesday, a military source told the Nouakchott Observer.", "en", "Bîr Mogreïn"),
    ("A National Guard unit in Jelma, in the governorate of Sidi Bouzid, arrested on Friday a takfiri element wanted "
     "by the judiciary, a security source told Tunis Dispatch.", "en", "Jilma"),
])
def test_an_outlet_named_after_a_town_is_no_place(text, lang, scene):
    assert scenes(text, lang) == [scene]


def test_the_armys_hunt_for_the_raiders_is_a_battle_of_its_own():
    text = ("قُتل ثمانية مدنيين في هجوم شنّه مسلحون على قرية تيغيزا التابعة لمقاطعة بانيبانغو ليلة الجمعة. "
            "وأعلنت وزارة الدفاع أن وحدة من الجيش تعقبت المهاجمين وحيّدت خمسة إرهابيين في اشتباك قرب بانيبانغو.")
    assert [(e["event_type"], e["location"]) for e in events(text, "ar")[1]] == [
        ("Violence against civilians", "Tigiza"), ("Battles", "Bani Bangou")]


def test_the_weapons_of_an_assault_told_after_it_are_the_assaults():
    text = ("صدّت القوات فجر الاثنين هجوما شنه مقاتلو إيسواب على موقع الكتيبة في بلدة دامبوا بولاية بورنو. "
            "واستخدم المهاجمون قذائف الهاون وطائرات مسيّرة محمّلة بالمتفجرات، إلا أن القوات ردت بإسناد من سلاح الجو، "
            "ما أسفر عن تحييد 11 إرهابيا. وأقر البيان بمقتل جنديين.")
    [event] = events(text, "ar")[1]
    assert (event["event_type"], event["location"], event["fatalities"]) == ("Battles", "Damboa", 13)


def test_a_seizure_made_without_any_clash_is_no_battle():
    text = ("اعترضت وحدة من الجيش الاثنين سيارتين محملتين بالأسلحة شمال مدينة باسكنو، وأوقفت أربعة أشخاص وحجزت 12 "
            "بندقية رشاشة، دون تسجيل أي اشتباك.")
    [event] = events(text, "ar")[1]
    assert (event["event_type"], event["location"]) == ("Strategic developments", "Bassikounou")


def test_troops_sent_in_pursuit_the_next_day_fought_a_battle_of_their_own():
    text = ("Suspected Boko Haram fighters killed six fishermen on an island near Bol, in Chad's Lac province, on "
            "Thursday, a local official said. On Friday, troops sent in pursuit caught up with the group in the "
            "islands around Bol and killed four of the assailants. The islands have long served as a refuge for "
            "the faction, which taxes fishermen and abducts those who refuse to pay.")
    assert [(e["event_type"], e["actor1"], e["fatalities"]) for e in events(text, "en")[1]] == [
        ("Violence against civilians", "Boko Haram (JAS)", 6), ("Battles", "Military Forces of Chad", 4)]


def test_the_day_by_which_no_one_had_responded_is_the_tellings():
    text = ("Islamist fighters killed at least 20 soldiers in an attack on the military detachment in Dablo on "
            "Sunday, two security sources said. Burkina Faso's military government, which rarely comments on "
            "attacks, had not responded by Tuesday. Local media reported that air force strikes had targeted the "
            "retreating fighters. Dablo has been under a blockade for several years.")
    assert [(e["location"], e["date"]) for e in events(text, "en")[1]] == [("Dablo", "2026-03-15")]


def test_a_toll_just_announced_for_an_attack_a_week_old_is_news_not_analysis():
    text = ("COTONOU - Fifty-four soldiers were killed in the jihadist attack on the army's Point Triple position "
            "on March 8, Benin's government said on Sunday. Analysts said the army had been overwhelmed.")
    extraction, [event] = events(text, "en", dt.date(2026, 3, 16))
    assert (extraction.kind, event["background"], event["fatalities"]) == ("incident", False, 54)


def test_forces_sent_to_prevent_reprisals_and_clashes_that_recur_every_year_are_no_battle():
    text = ("Quarante-deux personnes ont été tuées mercredi dans le village de Mandakao, dans la province du Logone "
            "Occidental, lors de violences liées à un différend foncier. Des hommes armés ont ouvert le feu sur les "
            "habitants. Des forces de défense et de sécurité ont été déployées pour prévenir des représailles. Les "
            "affrontements entre agriculteurs et éleveurs sont récurrents dans le sud du Tchad, où ils font chaque "
            "année des dizaines de morts.")
    [event] = events(text, "fr")[1]
    assert (event["event_type"], event["actor2"], event["fatalities"]) == (
        "Violence against civilians", "Civilians (Chad)", 42)


def test_thousands_gathered_to_demand_a_resignation_protested():
    text = ("TRIPOLI - Des milliers de personnes se sont rassemblées vendredi soir sur la place des Martyrs, dans le "
            "centre de Tripoli, pour exiger la démission du gouvernement. Dans une allocution, le Premier ministre "
            "a affirmé que son gouvernement poursuivrait le démantèlement des groupes armés irréguliers.")
    assert [(e["event_type"], e["location"]) for e in events(text, "fr")[1]] == [("Protests", "Tripoli")]


@pytest.mark.parametrize("text, lang", [
    ("On Tuesday, a patrol of the Tillabéri operational zone was ambushed by terrorists about 15 km north-east of "
     "Tiloa. Eleven terrorists were neutralised.", "en"),
    ("Mardi, une patrouille de la zone opérationnelle de Tillabéri est tombée dans une embuscade à une quinzaine de "
     "kilomètres au nord-est de Tiloa. Onze terroristes ont été neutralisés.", "fr"),
])
def test_the_zone_a_patrol_belongs_to_is_not_where_it_fought(text, lang):
    assert scenes(text, lang) == ["Tiloa"]


@pytest.mark.parametrize("text, lang", [
    ("Gunmen killed eight civilians in the village of Sanam on Tuesday. On Wednesday a unit sent in pursuit caught "
     "up with the terrorists responsible for the attack on Sanam near Abala and killed six of them.", "en"),
    ("Des hommes armés ont tué huit civils mardi dans le village de Sanam. Mercredi, une unité lancée à la poursuite "
     "des auteurs de l'attaque de Sanam les a accrochés près d'Abala, neutralisant six d'entre eux.", "fr"),
])
def test_the_hunted_are_caught_where_the_story_says_not_at_the_attack_that_names_them(text, lang):
    assert scenes(text, lang) == ["Sanam", "Abala"]


def test_the_group_behind_an_attack_on_a_village_tells_that_village():
    text = ("The group was behind the attack on Mera village in Augie LGA on 8 November 2024, in which 15 people "
            "were killed.")
    assert scenes(text, "en") == ["Mera"]


def test_forces_that_ambushed_a_named_group_fought_a_battle():
    text = "نصبت وحدات الجيش يوم الأربعاء كمينا لعناصر من جماعة بوكو حرام على طريق ترابي قرب غوزا، فقتلت خمسة منهم."
    [event] = events(text, "ar")[1]
    assert (event["event_type"], event["location"]) == ("Battles", "Gwoza")


def test_a_clash_on_an_axis_named_by_two_towns_is_placed_at_its_first():
    text = ("اشتبكت وحدة مشتركة من الجيش ومتطوعي الدفاع عن الوطن، يوم الجمعة، مع مجموعة مسلحة على محور غاييري - "
            "فوتوري في منطقة الشرق، وتمكنت من تحييد خمسة عناصر.")
    assert scenes(text, "ar") == ["Gayéri"]


def test_a_source_in_the_regional_capital_speaks_there_and_does_not_place_a_second_battle():
    text = ("قال الجيش النيجيري إن قواته تصدت لهجوم شنه مقاتلون من تنظيم ولاية غرب أفريقيا على قاعدته العسكرية في "
            "بلدة مارتي بولاية بورنو ليلة السبت. وأضاف أن سبعة عشر إرهابيا قتلوا وأن ثلاثة جنود استشهدوا. غير أن "
            "مصدرا عسكريا في مايدوغوري قال إن خسائر الجيش أكبر مما أعلن، متحدثا عن مقتل خمسة جنود على الأقل.")
    assert scenes(text, "ar") == ["Marte"]
    told = [s for s in gather(text, "ar", PUBLISHED).sentences if "مايدوغوري" in text[s.start:s.end]]
    assert all(p.mention.start in s.directional for s in told for p in s.places if p.mention.surface == "مايدوغوري")
    assert told and told[0].places


@pytest.mark.parametrize("text, lang", [
    ("Three villagers were killed and about a dozen houses burnt when Boko Haram fighters raided Tourou on Sunday.",
     "en"),
    ("Trois villageois ont été tués et une dizaine de cases incendiées lorsque des combattants de Boko Haram ont "
     "attaqué Tourou dimanche.", "fr"),
])
def test_houses_burnt_beside_the_dead_are_not_counted_with_them(text, lang):
    assert [e["fatalities"] for e in events(text, lang)[1]] == [3]


def test_the_river_the_attackers_came_along_is_no_second_scene():
    text = ("Jihadist fighters attacked a Malian army post at Diafarabé in the central Mopti region on Friday, killing "
            "five soldiers. In a statement read late on Friday, the general staff said the post came under attack at "
            "dawn from terrorists who arrived in canoes from the flooded plains along the Niger River.")
    assert scenes(text, "en") == ["Diafarabé"]


def test_a_campaign_called_the_comprehensive_attack_is_no_attack_of_the_strikes_it_reports():
    text = ("أعلنت هيئة الأركان عن حصيلة عمليات نفذتها وحداتها الأسبوع الماضي ضمن ما تسميه \"الهجوم الشامل\" لاستعادة "
            "السيطرة على الأراضي. وأوضح البيان أن الطيران العسكري نفذ يوم الثلاثاء ضربات على قاعدة للإرهابيين جنوب "
            "شرقي ديافاغا، أسفرت عن تحييد عشرات الإرهابيين.")
    [event] = events(text, "ar")[1]
    assert (event["sub_event_type"], event["location"]) == ("Air/drone strike", "Diapaga")


def test_a_funeral_for_the_victims_is_no_new_event_and_tankers_set_on_fire_are():
    text = ("ارتفعت حصيلة الهجوم الذي استهدف ليل الأحد إلى الاثنين معسكر الجيش في سوكولو إلى أحد عشر جنديا. وشيّع سكان "
            "نيونو أمس الثلاثاء جثامين عدد من الضحايا. وفي تطور آخر، اعترض مسلحون مجهولون صباح أمس الثلاثاء قافلة من "
            "أربعة صهاريج وقود قرب ديابالي، وأجبروا سائقيها على النزول ثم أضرموا فيها النار.")
    assert [(e["event_type"], e["location"]) for e in events(text, "ar", dt.date(2026, 2, 4))[1]] == [
        ("Battles", "Sokolo"), ("Strategic developments", "Diabaly")]


def test_drones_a_junta_relies_on_are_no_strike():
    text = ("Burkina Faso's army said air strikes on Thursday had neutralised dozens of terrorists gathered near "
            "Toéni. Burkina Faso's military government, which came to power in a coup in September 2022, relies "
            "heavily on drones and aircraft acquired from Turkey and Russia in its fight against jihadist groups.")
    assert [(e["location"], e["background"]) for e in events(text, "en", dt.date(2026, 9, 26))[1]] == [
        ("Toéni", False)]


def test_both_towns_families_left_for_are_where_they_went():
    text = ("Armed men killed 14 civilians in Tansarga, in Tapoa province, on Saturday. Granaries and shops were set "
            "on fire before the attackers left, and dozens of families had since left for Diapaga and Kantchari.")
    assert scenes(text, "en") == ["Tansarga"]
    text = ("Des hommes armés ont tué vendredi 14 fidèles dans la mosquée de Fambita, dans la région de Tillabéri. Le "
            "marché a été incendié par les assaillants, et de nombreuses familles ont pris la route de Kokorou ou de "
            "Téra.")
    assert scenes(text, "fr") == ["Fambita"]


@pytest.mark.parametrize("text, lang", [
    ("Every year, as the harvest comes, the violence follows the farmers. In Borno State, the faction known as JAS "
     "has returned to its pattern of punitive killings. On March 3, its fighters killed six farmers at Kirawa, in "
     "Gwoza, a reminder that the hills remain a sanctuary.", "en"),
    ("Chaque année, la violence suit les récoltes. Dans l'État de Borno, la faction JAS a renoué avec les "
     "expéditions punitives. Le 3 mars, ses combattants ont tué six cultivateurs à Kirawa, dans Gwoza, un rappel "
     "que les collines restent un sanctuaire.", "fr"),
])
def test_a_village_told_with_its_district_and_day_places_the_killings_its_region_was_told_with(text, lang):
    """The district in apposition ("at Kirawa, in Gwoza") holds the village; it is no second town, so the village
    and its day place the killings the sentence before told of the state only."""
    assert [(e["location"], e["date"]) for e in events(text, lang, dt.date(2026, 3, 16))[1]] == [
        ("Kirawa", "2026-03-03")]


@pytest.mark.parametrize("text, lang", [
    ("Un militaire a été blessé vendredi par l'explosion d'une mine artisanale lors d'un ratissage près de Sbiba. "
     "L'opération de ratissage se poursuit, appuyée par des moyens aériens. Les mines posées par ces groupes ont "
     "coûté la vie à des dizaines de soldats et de civils au cours de la dernière décennie.", "fr"),
    ("أصيب عسكري يوم الجمعة بانفجار لغم خلال عملية تمشيط قرب سبيبة. وتتواصل عمليات التمشيط بإسناد جوي. وأودت "
     "الألغام التي زرعتها هذه الجماعات بحياة عشرات الجنود والمدنيين خلال السنوات العشر الماضية.", "ar"),
    ("A soldier was wounded on Friday when a mine exploded during a sweep near Sbiba. The sweep is continuing, "
     "supported by air assets. Mines laid by these groups have killed dozens of soldiers and civilians over the "
     "last decade.", "en"),
])
def test_a_sweep_that_goes_on_with_air_support_is_no_fight_and_a_decades_toll_no_toll_of_the_day(text, lang):
    [event] = events(text, lang, dt.date(2026, 6, 20))[1]
    assert (event["sub_event_type"], event["actor2"], event["fatalities"]) == (
        "Remote explosive/landmine/IED", "Military Forces of Tunisia", None)


def test_the_river_a_position_stands_on_is_no_second_scene():
    text = ("COTONOU, April 15 – Six Beninese soldiers were killed when jihadists attacked an army position near "
            "Karimama on Tuesday. The position, on the Niger river border with Niger, was attacked at dawn by several "
            "dozen heavily armed men. The attack came almost a year after the deadliest assault on Benin's army, on "
            "April 17, 2025, when 54 soldiers were killed.")
    assert [(e["admin1_code"], e["date"], e["background"]) for e in events(text, "en", dt.date(2026, 4, 15))[1]] == [
        ("BJ-AL", "2026-04-14", False), ("BJ-AL", "2025-04-17", True)]


@pytest.mark.parametrize("text, lang", [
    ("Hundreds of women on Wednesday took to the streets of Zurmi to protest incessant bandit attacks. The "
     "protesters carried placards reading \"Save our women\". The protest was peaceful, with policemen monitoring the "
     "procession.", "en"),
    ("Des centaines de femmes ont manifesté mercredi dans les rues de Zurmi contre les attaques incessantes des "
     "bandits. La marche s'est déroulée dans le calme, sous la surveillance de policiers.", "fr"),
])
def test_police_watching_a_march_against_attacks_do_not_make_it_a_protest_with_intervention(text, lang):
    """The attacks a crowd marches against are not the forces' acts on it; nor is a placard's "Save" Savé."""
    assert [(e["sub_event_type"], e["location"]) for e in events(text, lang, dt.date(2025, 10, 30))[1]] == [
        ("Peaceful protest", "Zurmi")]


def test_operation_troops_named_by_their_operation_fight_and_an_lga_holds_the_village():
    text = ('وأوضح البيان أن قوات عملية "هادين كاي" نصبت يوم الخميس كمينا لعناصر من تنظيم الدولة الإسلامية في غرب '
            'إفريقيا قرب بلدة غاجيرام بولاية بورنو، ما أسفر عن مقتل ستة منهم. وفي ولاية زامفارا، اشتبكت قوات عملية '
            '"فانسان ياما" يوم الجمعة مع قطاع طرق في دانساداو بمنطقة حكم مارو المحلية، وقتلت أربعة منهم، فيما تمكنت '
            'من تحرير تسعة رهائن.')
    assert [(e["sub_event_type"], e["location"], e["actor1"], e["actor2"])
            for e in events(text, "ar", dt.date(2025, 2, 24))[1]] == [
        ("Armed clash", "Gajiram", "Islamic State West Africa Province", "Military Forces of Nigeria"),
        ("Armed clash", "Dan Sadau", "Bandits (Nigeria)", "Military Forces of Nigeria")]


@pytest.mark.parametrize("text, lang", [
    ("وفي مدينة إنزكان، شهدت ليلة الأربعاء أعمال شغب أقدم خلالها شبان ملثمون على رشق قوات الأمن بالحجارة وإحراق "
     "حاويات الأزبال، فيما أعلنت السلطات توقيف عدد من المشتبه فيهم.", "ar"),
    ("In Inezgane, masked youths rioted on Wednesday night, pelting the security forces with stones and burning "
     "rubbish bins; the authorities said several suspects were arrested.", "en"),
])
def test_masked_youths_who_riot_are_rioters_not_an_armed_group(text, lang):
    [event] = events(text, lang, dt.date(2025, 10, 2))[1]
    assert (event["event_type"], event["actor1"]) == ("Riots", "Rioters (Morocco)")


@pytest.mark.parametrize("text, lang", [
    ("Des hommes armés ont tué samedi plusieurs civils dans le village de Dinara, près de Ouallam. Les assaillants ont "
     "fait irruption dans le village en fin d'après-midi, tuant neuf personnes, en blessant quatre autres et emportant "
     "une partie du bétail.", "fr"),
    ("Gunmen killed several civilians in the village of Dinara, near Ouallam, on Saturday. The attackers stormed the "
     "village in the late afternoon, killing nine people, wounding four others and taking cattle.", "en"),
])
def test_several_killed_stands_for_the_figure_told_next_and_the_wounded_after_a_comma_are_apart(text, lang):
    assert [e["fatalities"] for e in events(text, lang, dt.date(2026, 6, 8))[1]] == [9]


@pytest.mark.parametrize("text, lang", [
    ("Le samedi 13 juin 2026, une position des Forces armées béninoises a été la cible d'une attaque terroriste à "
     "Kérémou. Nos soldats ont opposé une riposte vigoureuse. Le gouvernement déplore malheureusement la perte de "
     "trois de nos militaires.", "fr"),
    ("On Saturday, June 13, 2026, a position of the Benin Armed Forces was attacked by terrorists at Kérémou. Our "
     "soldiers responded vigorously. The government mourns the loss of three of our soldiers.", "en"),
])
def test_soldiers_whose_loss_a_government_mourns_are_dead(text, lang):
    assert [e["fatalities"] for e in events(text, lang, dt.date(2026, 6, 14))[1]] == [3]


@pytest.mark.parametrize("text, lang", [
    ("En quelques messages publiés début novembre, Donald Trump a placé le Nigeria au cœur de l'agenda de Washington. "
     "Le président américain a réinscrit le pays sur la liste des « pays particulièrement préoccupants » en matière "
     "de liberté religieuse et menacé d'y intervenir militairement « armes à la main » si Abuja ne mettait pas fin "
     "aux tueries de chrétiens.", "fr"),
    ("هدد الرئيس الأمريكي بالتدخل عسكريا في نيجيريا إذا لم تضع أبوجا حدا للمجازر بحق المسيحيين.", "ar"),
])
def test_killings_in_general_a_president_threatens_over_are_no_event(text, lang):
    assert events(text, lang, dt.date(2025, 11, 8))[1] == []


def test_an_arabic_outlet_named_after_a_city_is_no_place():
    text = ('قتل ثلاثة عشر مدنيا على الأقل، مساء الجمعة، في هجوم شنه مسلحون على قرية موغوديوغو في مقاطعة أولام غربي '
            'النيجر. وقال مسؤول محلي لـ"نيامي بوست" إن المهاجمين أطلقوا النار على الرجال الذين كانوا عائدين من الحقول، '
            'موضحا أن حصيلة أولى تحدثت عن تسعة قتلى، قبل أن يعثر الأهالي صباح السبت على أربع جثث أخرى.')
    assert [(e["location"], e["fatalities"]) for e in events(text, "ar", dt.date(2026, 8, 9))[1]] == [
        ("Mogodyougou", 13)]


def test_an_army_bulletins_toll_and_its_closing_condolences():
    """"محيَّدين" and "سقطا في ساحة الشرف" are the bulletin's toll of the attack on the post; the condolences that
    close it ("تترحم على أرواح الشهداء") add no dead to the arrest told before them."""
    text = ("– في يوم الأحد 16 مارس 2025، تعرّض موقع القوات المسلحة المالية في ديافارابي لهجوم إرهابي. الحصيلة "
            "المؤقتة: من جانب العدو، سبعة (07) إرهابيين محيَّدين واسترجاع أسلحة حربية. ومن جانبنا، جنديان سقطا في "
            "ساحة الشرف وثلاثة "
            "جرحى. – يوم الاثنين 17 مارس 2025، أوقفت وحدة من القوات المسلحة المالية في نيونو شخصين مشتبها بهما. تترحم "
            "هيئة الأركان العامة للجيوش على أرواح الشهداء، وتتمنى الشفاء العاجل للجرحى.")
    found = events(text, "ar", dt.date(2025, 3, 18))[1]
    assert [(e["sub_event_type"], e["location"], e["fatalities"]) for e in found] == [
        ("Armed clash", "Diafarabé", 9), ("Arrests", "Niono", None)]


def test_a_department_in_brackets_holds_the_village():
    text = ("أعلنت الحكومة حدادا وطنيا لمدة 72 ساعة، إثر الهجوم الذي استهدف أمس الجمعة المصلين في مسجد قرية فامبيتا "
            "ببلدية كوكورو (محافظة تيرا)، والذي ارتفعت حصيلته الرسمية إلى 44 قتيلا. وأفاد سكان بأن الضحايا "
            "وُوروا الثرى "
            "صباح اليوم في مقبرة جماعية بالقرية، بحضور محافظ تيرا.")
    assert [(e["location"], e["fatalities"]) for e in events(text, "ar", dt.date(2025, 3, 22))[1]] == [("Fambita", 44)]


@pytest.mark.parametrize("text, lang", [
    ("قال مصدر أمني أمس الثلاثاء إن حصيلة الهجوم الذي استهدف الأحد معسكر الجيش في ديورا ارتفعت إلى أحد عشر قتيلا في "
     "صفوف الجنود، بعد وفاة أربعة من الجرحى متأثرين بإصاباتهم في مستشفى موبتي.", "ar"),
    ("The toll of Sunday's attack on the army camp in Dioura rose to eleven soldiers killed on Tuesday, after four of "
     "the wounded died of their injuries in Mopti hospital, a security source said.", "en"),
])
def test_the_wounded_who_died_in_a_hospital_are_in_the_revised_toll_and_the_hospitals_town_is_no_scene(text, lang):
    assert [(e["location"], e["fatalities"]) for e in events(text, lang, dt.date(2026, 8, 5))[1]] == [("Dioura", 11)]


def test_kidnappers_who_made_no_contact_with_the_families_fought_no_one():
    text = ("Armed men abducted five passengers from a bus about 20 kilometres south of Ténenkou on Wednesday. The bus "
            "was stopped by a dozen gunmen on motorcycles. The gunmen checked identity cards, then took away five men. "
            "The other travellers were released unharmed and the bus reached Ségou in the evening. No group had made "
            "contact with the families by Friday, one relative said.")
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "en", dt.date(2025, 6, 27))[1]] == [
        ("Abduction/forced disappearance", "Ténenkou")]


@pytest.mark.parametrize("text, lang", [
    ("Islamist militants attacked a military camp at Boulkessi on Sunday, killing at least 30 soldiers. JNIM claimed "
     "responsibility, saying its fighters had killed more than 100 soldiers. The claim could not be verified. A local "
     "elected official in the Douentza area, who asked not to be named, said more than 60 soldiers had died and that "
     "part of the base had been burned.", "en"),
    ("Des jihadistes ont attaqué dimanche le camp militaire de Boulkessi, tuant au moins 30 soldats. Le JNIM a "
     "revendiqué l'attaque, affirmant avoir tué plus de 100 soldats. Cette affirmation n'a pu être vérifiée. Un élu "
     "local de Douentza, qui a requis l'anonymat, a déclaré que plus de 60 soldats avaient péri et qu'une partie de "
     "la base avait été incendiée.", "fr"),
])
def test_the_town_of_an_official_who_speaks_is_no_second_scene(text, lang):
    assert [e["location"] for e in events(text, lang, dt.date(2025, 6, 2))[1]] == ["Boulkessi"]


def test_a_bulletins_next_item_takes_its_day_and_the_weeks_toll_sums_its_items():
    text = ("Le 18 novembre 2025, les FAMa ont repoussé une attaque terroriste contre le poste de Kadiolo. Bilan "
            "provisoire : six terroristes neutralisés. Par ailleurs, à Bougouni, une opération de contrôle menée par "
            "les "
            "unités de la zone a permis l'interpellation de cinq individus suspects. Bilan de la semaine : 14 "
            "terroristes neutralisés, 3 suspects interpellés.")
    assert [(e["sub_event_type"], e["location"], e["fatalities"], e["date"])
            for e in events(text, "fr", dt.date(2025, 11, 20))[1]] == [
        ("Armed clash", "Kadiolo", 6, "2025-11-18"), ("Arrests", "Bougouni", None, "2025-11-18")]


def test_the_town_a_defence_zone_is_named_after_is_not_where_its_units_arrested():
    text = "في 29 أغسطس، أوقفت وحدات المنطقة الدفاعية بديفا أربعة أشخاص في بوسو يشتبه في أنهم يزودون بوكو حرام بالوقود."
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "ar", dt.date(2026, 8, 31))[1]] == [
        ("Arrests", "Bosso")]


def test_the_village_people_were_taken_from_far_after_the_verb_is_the_scene_and_its_lga_holds_it():
    text = ('أفاد سكان بأن مسلحين من "قطاع الطرق" اختطفوا مساء الجمعة 34 شخصا على الأقل، بينهم نساء وأطفال، من قرية '
            'يانكوزو التابعة لمنطقة الحكم المحلي تسافي في ولاية زامفارا.')
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "ar", dt.date(2025, 3, 9))[1]] == [
        ("Abduction/forced disappearance", "Yankuzau")]


def test_the_day_by_which_the_kidnappers_had_not_called_is_the_tellings():
    text = ("اختطف مسلحون، الخميس، ستة مدنيين على الطريق الرابط بين نيونو وديابالي قرب قرية فارابوغو. وأضاف أحد أقارب "
            "المخطوفين أن الأسر لم تتلق أي اتصال من الخاطفين حتى صباح اليوم السبت.")
    assert [e["date"] for e in events(text, "ar", dt.date(2025, 3, 29))[1]] == ["2025-03-27"]


def test_the_day_by_which_the_army_had_not_commented_on_the_attack_is_the_tellings():
    text = ("قُتل أربعة جنود ماليين، أمس السبت، في هجوم شنه مسلحون من جماعة نصرة الإسلام والمسلمين على قافلة صهاريج "
            "وقود كانت متجهة نحو باماكو، قرب بلدة سانداري في منطقة كايس.\nوتفرض الجماعة منذ مطلع سبتمبر حصارا على "
            "واردات المحروقات، ما تسبب في طوابير طويلة أمام محطات الوقود في باماكو. ولم يصدر الجيش المالي أي تعليق "
            "على الهجوم حتى صباح اليوم الأحد.")
    assert [(e["location"], e["date"]) for e in events(text, "ar", dt.date(2025, 10, 5))[1]] == [
        ("Sandaré", "2025-10-04")]
    text = ("Boko Haram fighters abducted six farmers on Monday night in Tourou, in Cameroon's Far North region, "
            "residents said.\n\nThe families had not received any ransom demand by Wednesday morning.")
    assert [(e["location"], e["date"]) for e in events(text, "en", dt.date(2025, 4, 18))[1]] == [
        ("Tourou", "2025-04-14")]


def test_a_release_and_the_abduction_told_in_the_dual_are_two_events():
    text = ("وفي كولوفاتا، أطلق مسلحو بوكو حرام يوم الاثنين سراح راعيين كانوا قد خطفوهما في 26 يوليو من قرية قريبة من "
            "البلدة، بعد أن دفعت عائلتاهما فدية.")
    assert sorted((e["sub_event_type"], e["date"]) for e in events(text, "ar", dt.date(2026, 8, 20))[1]) == [
        ("Abduction/forced disappearance", "2026-07-26"), ("Other", "2026-08-17")]


def test_a_dateline_of_two_arabic_capitals_is_no_scene():
    text = ("واشنطن/أبوجا – نفذت القوات الأمريكية، أمس الخميس، ضربات جوية استهدفت مواقع لمسلحين من تنظيم داعش في ولاية "
            "سوكوتو شمال غربي نيجيريا، بالتنسيق مع السلطات النيجيرية.")
    assert [e["admin1_code"] for e in events(text, "ar", dt.date(2025, 12, 26))[1]] == ["NG-SO"]


def test_gunmen_who_fought_soldiers_for_hours_fought_a_battle():
    text = ("Jihadist fighters attacked army and civilian militia positions in Diapaga on Thursday, killing at least "
            "20 soldiers and auxiliaries. Hundreds of gunmen on motorbikes entered the town at dawn and fought for "
            "several "
            "hours with soldiers and members of the VDP.")
    [event] = events(text, "en", dt.date(2026, 2, 7))[1]
    assert (event["event_type"], event["actor2"]) == ("Battles", "Military Forces of Burkina Faso")


def test_the_town_a_convoy_reached_after_the_ambush_is_no_second_scene():
    text = ("Jihadists ambushed a convoy of fuel tankers under army escort near Diéma on Sunday. The army said its "
            "escort "
            "repelled the attack and that 11 assailants were neutralised. It confirmed that three soldiers were killed "
            "and four wounded, and said the bulk of the convoy reached Bamako on Monday.")
    assert [e["location"] for e in events(text, "en", dt.date(2026, 2, 10))[1]] == ["Diéma"]


def test_a_fuel_convoy_under_army_guard_is_an_armed_target():
    text = ("قُتل أربعة جنود ماليين وسائقان مدنيان على الأقل في هجوم شنّه مسلحون من جماعة نصرة الإسلام والمسلمين، أمس "
            "الثلاثاء، على قافلة صهاريج "
            "وقود كانت تسير تحت حراسة الجيش على الطريق الرابط بين ديديني وكولوكاني.")
    [event] = events(text, "ar", dt.date(2025, 12, 3))[1]
    assert (event["event_type"], event["actor2"]) == ("Battles", "Military Forces of Mali")


def test_the_air_force_that_struck_made_an_air_strike():
    text = ("The bulletin also said the air force had struck \"a terrorist logistics base\" near Abala on Monday, "
            "killing about fifteen fighters.")
    assert [e["sub_event_type"] for e in events(text, "en", dt.date(2026, 4, 16))[1]] == ["Air/drone strike"]


def test_a_capital_pushed_to_recruit_soldiers_is_its_government_not_a_scene():
    text = ("Six Beninese soldiers were killed when jihadists attacked an army post near Karimama on Tuesday. The "
            "deadliest single episode came on April 17, 2025, when 54 Beninese soldiers were killed in attacks on army "
            "positions claimed by JNIM, a loss that pushed Cotonou to recruit thousands of additional soldiers.")
    assert [e["admin1_code"] for e in events(text, "en", dt.date(2026, 4, 16))[1]] == ["BJ-AL", "BJ-AL"]


@pytest.mark.parametrize("text, lang", [
    ("Moroccan counter-terrorism police dismantled on Tuesday a four-member cell loyal to the Islamic State. The "
     "suspects were arrested in simultaneous operations in Oulad Teima and Taroudant, in the Souss-Massa region.",
     "en"),
])
def test_arrests_told_town_after_town_in_one_region_are_one_event_in_each(text, lang):
    assert [e["location"] for e in events(text, lang, dt.date(2026, 4, 21))[1]] == ["Oulad Teïma", "Taroudant"]


def test_gunmen_who_rounded_up_villagers_arrested_no_one():
    text = ("Gunmen killed 14 civilians in an attack on a village in the Abala department of Tillabéri region on "
            "Wednesday. The assailants arrived on dozens of motorbikes in Tabotakit, in the rural commune of Sanam, "
            "around midday and rounded up men in the village square.")
    assert "Arrests" not in {e["sub_event_type"] for e in events(text, "en", dt.date(2026, 2, 14))[1]}


def test_marchers_who_say_no_to_any_attempt_at_destabilisation_foiled_no_plot():
    text = ("Ils étaient des milliers, ce vendredi 26 juin, à battre le pavé dans les rues de Ouahigouya pour soutenir "
            "l'armée. « Nous sommes derrière nos forces combattantes et nous disons non à toute tentative de "
            "déstabilisation », a lancé le porte-parole de la coordination.")
    assert [e["sub_event_type"] for e in events(text, "fr", dt.date(2026, 6, 27))[1]] == ["Peaceful protest"]


def test_bomb_making_material_seized_at_a_base_is_no_bomb_attack():
    text = ("أما يوم السبت 18 أكتوبر، فقد عثرت دورية في محيط تيتاو على قاعدة لوجستية للإرهابيين، وضبطت فيها أسلحة آلية "
            "وكميات من الذخيرة ومواد تدخل في صنع العبوات الناسفة، قبل أن تدمر الموقع بالكامل.")
    assert [e["sub_event_type"] for e in events(text, "ar", dt.date(2025, 10, 19))[1]] == ["Disrupted weapons use"]


def test_a_release_by_a_group_named_in_full_is_a_release():
    text = ("أفرجت جماعة نصرة الإسلام والمسلمين، مساء أمس الأربعاء، عن ثلاثة رجال من قرية مولودو بدائرة نيونو، كانت قد "
            "اختطفتهم قبل نحو أسبوعين. وكان مسلحون على دراجات نارية قد اقتحموا مولودو مساء الخميس 9 أكتوبر، واقتادوا "
            "الرجال الثلاثة إلى جهة مجهولة.")
    assert sorted((e["sub_event_type"], e["date"]) for e in events(text, "ar", dt.date(2025, 10, 23))[1]) == [
        ("Abduction/forced disappearance", "2025-10-09"), ("Other", "2025-10-22")]


@pytest.mark.parametrize("text, lang", [
    ("قُتل مدنيان في هجوم شنه مسلحون من جماعة بوكو حرام ليلة الجمعة إلى السبت على قرية تولكوماري، التابعة لبلدية "
     "كولوفاتا بإقليم أقصى الشمال الكاميروني. وفي الليلة التالية، اختطف مسلحون ثلاث نساء من قرية كيراوا الحدودية "
     "المجاورة.", "ar"),
    ("Boko Haram gunmen killed two civilians in a raid on the village of Toulkoumari, in Kolofata commune in "
     "Cameroon's Far North region, on Friday night. The next night, gunmen abducted three women from the nearby "
     "border village of Kerawa.", "en"),
])
def test_an_abduction_the_next_night_in_another_village_is_an_event_of_its_own(text, lang):
    assert [(e["location"], e["date"]) for e in events(text, lang, dt.date(2025, 2, 17))[1]] == [
        ("Toulkoumari", "2025-02-14"), ("Kerawa", "2025-02-15")]


def test_the_north_of_niger_is_no_village():
    text = ("أعلن جهاز الأمن الداخلي الليبي، أمس الخميس، أنه ألقى القبض فجر اليوم نفسه على ثلاثة أشخاص ينتمون إلى "
            "تنظيم «داعش»، في عملية نفذها في مدينة أوباري. وأسفرت العملية عن ضبط أسلحة خفيفة، وكان أحد الموقوفين "
            "يتنقل بين جنوب ليبيا وشمال النيجر.")
    assert [e["location"] for e in events(text, "ar", dt.date(2026, 7, 24))[1]] == ["Ubari"]


def test_raids_that_recur_are_no_air_strike_and_no_event():
    text = ("وهذا ثاني هجوم دام في المنطقة خلال أقل من عشرة أيام، بعد مقتل راعيين في 11 يناير بمحيط كولوفاتا، على يد "
            "عناصر من جماعة بوكو حرام استولوا على قطيعهما. ولا تزال القرى الحدودية في أقصى الشمال تتعرض لغارات متكررة "
            "بهدف النهب والاختطاف مقابل فدية.")
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "ar", dt.date(2025, 1, 21))[1]] == [
        ("Attack", "Kolofata")]


def test_the_rout_officials_speak_of_is_no_territory_regained():
    text = ("عاد حوض بحيرة تشاد إلى واجهة الأخبار الأمنية مع مطلع العام الجديد، رغم الخطاب الرسمي في العواصم المعنية "
            "عن \"اندحار\" الجماعات المسلحة. وفي 20 يناير، قتل خمسة صيادين على جزيرة قرب انغوبوا في الجانب التشادي من "
            "البحيرة، في هجوم نسب إلى جماعة بوكو حرام.")
    assert [e["sub_event_type"] for e in events(text, "ar", dt.date(2025, 1, 25))[1]] == ["Attack"]


def test_police_who_pursued_the_kidnappers_and_exchanged_fire_with_them_fought_a_battle():
    text = ("اختطف مسلحون من قطاع الطرق فجر أمس الخميس 23 شخصا في هجوم على قرية مايغورا بمحلية فاسكاري في ولاية "
            "كاتسينا، وقتلوا رجلا حاول مقاومتهم. وأكد المتحدث باسم شرطة الولاية أن عناصر الشرطة لاحقوا الخاطفين "
            "وتبادلوا معهم إطلاق النار في غابة قريبة من بلدة فاسكاري في وقت لاحق من اليوم نفسه، ما أسفر عن مقتل "
            "اثنين من المسلحين.")
    found = events(text, "ar", dt.date(2025, 1, 24))[1]
    assert [(e["sub_event_type"], e["location"], e["fatalities"]) for e in found] == [
        ("Attack", "Maigora", 1), ("Armed clash", "Faskari", 2)]


def test_the_police_who_trailed_the_kidnappers_the_next_day_fought_a_clash_of_its_own():
    text = ("KATSINA - Bandits killed seven people and abducted at least 15 others when they raided Yantumaki, a town "
            "in Danmusa Local Government Area of Katsina State, on Thursday night, police and residents said.\n\n"
            "On Friday, a police tactical team trailed the kidnappers to a forest near the town and engaged them in a "
            "gun duel, the police spokesman said. Five of the abducted victims were rescued and one bandit was killed.")
    assert [(e["sub_event_type"], e["location"], e["date"]) for e in events(text, "en", dt.date(2025, 2, 15))[1]] == [
        ("Attack", "Yantumaki", "2025-02-13"), ("Armed clash", "Yantumaki", "2025-02-14")]


def test_a_pursuit_told_with_its_own_day_and_place_after_an_undated_rescue_places_the_clash_after_it():
    text = ("The death toll from Sunday's attack by bandits on Mairuwa community in Faskari Local Government Area of "
            "Katsina State has risen to eight, residents said.\n\nMeanwhile, the police said six of the 20 persons "
            "abducted in the attack had been rescued.\n\nThe police spokesman said in a statement on Friday that a "
            "tactical team trailed the bandits to a forest near Daudawa on Thursday. \"The team engaged the hoodlums "
            "in a gun duel and neutralised one of them,\" he said.")
    assert [(e["sub_event_type"], e["location"], e["date"]) for e in events(text, "en", dt.date(2025, 12, 20))[1]][
        -1] == ("Armed clash", "Daudawa", "2025-12-18")


def test_a_communiques_aim_to_neutralise_extremist_projects_leaves_a_cell_in_two_towns_two_arrests():
    text = ("Dans le cadre des efforts soutenus visant à contrecarrer les menaces terroristes et à neutraliser les "
            "projets extrémistes, le BCIJ a procédé, jeudi 12 novembre 2026, au démantèlement d'une cellule "
            "terroriste composée de trois partisans de l'organisation « État islamique », actifs dans les villes de "
            "Had Soualem et de Taroudant.")
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "fr", dt.date(2026, 11, 13))[1]] == [
        ("Arrests", "Had Soualem"), ("Arrests", "Taroudant")]


def test_the_abduction_a_protest_was_about_told_after_it_with_its_own_earlier_day_is_an_event_of_its_own():
    text = ("GUSAU - Police fired tear gas on Thursday to disperse hundreds of youths who blocked the Gusau-Kano "
            "highway in Bungudu, Zamfara State, to protest against the abduction of at least ten residents by "
            "bandits.\n\nResidents said gunmen stormed the outskirts of the town late on Wednesday, going from house "
            "to house and leading away at least ten people.\n\nBy 8am on Thursday, angry youths had lit bonfires "
            "across the highway, leaving travellers stranded for several hours.")
    assert [(e["event_type"], e["location"], e["date"]) for e in events(text, "en", dt.date(2025, 2, 21))[1]] == [
        ("Protests", "Bungudu", "2025-02-20"), ("Violence against civilians", "Bungudu", "2025-02-19")]


def test_an_army_communique_of_a_strike_by_air_assets_and_a_bomb_found_on_a_road():
    text = ("Lundi 3 mars, les vecteurs aériens ont pris à partie un regroupement de terroristes signalé dans une zone "
            "boisée située au nord de Gayéri. Les frappes ont permis de neutraliser plusieurs dizaines de "
            "terroristes.\n\nMercredi 5 mars, sur l'axe Dori-Sebba, l'escorte d'un convoi de ravitaillement a détecté "
            "un engin explosif improvisé dissimulé sous la chaussée, à une dizaine de kilomètres de Sebba. L'engin a "
            "été neutralisé par les spécialistes du génie.\n\nLa patrie ou la mort, nous vaincrons !")
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "fr", dt.date(2025, 3, 6))[1]] == [
        ("Air/drone strike", "Gayéri"), ("Disrupted weapons use", "Sebba")]


def test_air_strikes_the_day_after_a_massacre_with_no_toll_told_are_an_event_of_their_own():
    text = ("KANO (Nigeria), 27 avril (AAP) – Onze villageois ont été tués vendredi par des hommes armés présentés "
            "comme des membres du groupe jihadiste Lakurawa dans un hameau de la zone de gouvernement local de "
            "Tangaza, dans l'État de Sokoto, ont indiqué samedi des responsables locaux.\n\nL'armée de l'air "
            "nigériane a indiqué avoir mené samedi des frappes contre des positions du groupe dans des zones boisées "
            "proches de Tangaza, sans donner de bilan.")
    assert [(e["sub_event_type"], e["location"], e["date"]) for e in events(text, "fr", dt.date(2025, 4, 27))[1]] == [
        ("Attack", "Tangaza", "2025-04-25"), ("Air/drone strike", "Tangaza", "2025-04-26")]


@pytest.mark.parametrize("text, lang", [
    ("Similarly, on 6 May 2025, troops acting on credible intelligence arrested 3 suspected logistics suppliers to "
     "bandits in Dandume Local Government Area of Katsina State. The suspects were found with 2,000 litres of petrol, "
     "4 motorcycles and the sum of N1.2 million believed to be ransom proceeds.", "en"),
    ("Un membre présumé du JNIM a été arrêté lundi 5 mai à Kati par les services de renseignement, a annoncé sa "
     "famille, qui dénonce un « enlèvement ».", "fr"),
])
def test_an_arrest_stays_an_arrest_whatever_ransom_or_kidnapping_is_said_of_it(text, lang):
    assert [e["sub_event_type"] for e in events(text, lang, dt.date(2025, 5, 8))[1]] == ["Arrests"]


def test_gunmen_who_stopped_a_bus_arrested_no_one():
    text = ("باماكو – أقدم مسلحون، أمس الجمعة، على اختطاف ثمانية ركاب من حافلة كانت متجهة إلى ديابالي في منطقة سيغو.\n"
            "وقال أحد سكان ديابالي إن المسلحين كانوا على متن دراجات نارية وأوقفوا الحافلة على بعد كيلومترات من البلدة، "
            "ثم اقتادوا الركاب نحو الغابة.")
    assert [e["sub_event_type"] for e in events(text, "ar", dt.date(2025, 5, 3))[1]] == [
        "Abduction/forced disappearance"]


def test_a_lede_on_attacks_on_seven_cities_and_towns_is_summed_up_by_the_towns_listed_after_it():
    text = ("باماكو – تعرضت سبع مدن وبلدات في غرب مالي ووسطها فجر اليوم الثلاثاء لهجمات متزامنة شنها مسلحون تابعون "
            "لجماعة نصرة الإسلام والمسلمين.\n\nوقالت هيئة الأركان العامة في بيان إن \"مجموعات إرهابية مسلحة\" هاجمت "
            "في وقت مبكر من صباح الثلاثاء مواقع عسكرية في كايس وديبولي ونيورو وغوغي وسانداري، إضافة إلى نيونو "
            "ومولودو في منطقة سيغو.")
    assert [e["location"] for e in events(text, "ar", dt.date(2025, 7, 1))[1]] == [
        "Kayes", "Diboli", "Nioro", "Gogui", "Sandaré", "Niono", "Molodo"]


def test_a_similar_sit_in_dispersed_in_another_city_is_a_protest_there():
    text = ("الرباط – فرّقت قوات الأمن المغربية، أمس السبت، تجمعات احتجاجية دعت إليها حركة شبابية تطلق على نفسها اسم "
            "\"جيل زد 212\" في عدد من المدن، للمطالبة بتحسين خدمات الصحة والتعليم، واعتقلت عشرات المحتجين، بحسب شهود "
            "ونشطاء حقوقيين.\n\nوفي الرباط، طوّقت عناصر الشرطة المحتجين قرب مبنى البرلمان قبل أن تشرع في تفريقهم "
            "واقتياد عدد منهم إلى سيارات الأمن، فيما جرى تفريق وقفة مماثلة في الدار البيضاء واعتقال عدد من المشاركين، "
            "وفق ما أفادت به الجمعية المغربية لحقوق الإنسان، التي تحدثت عن \"أكثر من سبعين موقوفاً\" في المدينتين، "
            "أُفرج عن أغلبهم في وقت متأخر من الليل.")
    assert [(e["event_type"], e["location"]) for e in events(text, "ar", dt.date(2025, 9, 28))[1]] == [
        ("Protests", "Rabat"), ("Protests", "Casablanca")]


def test_a_series_of_coordinated_attacks_launched_that_day_is_the_days_attacks_not_a_string_of_past_ones():
    text = ("BAMAKO, 1er juillet 2025 (Sahel Dépêches) – Des combattants jihadistes ont lancé mardi à l'aube une série "
            "d'attaques coordonnées contre des camps et des postes de l'armée malienne dans au moins sept localités de "
            "l'ouest et du centre du Mali, selon l'état-major général des armées.\n\nLes assauts ont visé Kayes, "
            "Diboli, Sandaré et Gogui, dans la région de Kayes, ainsi que Niono et Molodo, dans la région de Ségou.")
    assert [e["location"] for e in events(text, "fr", dt.date(2025, 7, 1))[1]] == [
        "Kayes", "Diboli", "Sandaré", "Gogui", "Niono", "Molodo"]


def test_a_town_told_with_its_own_day_after_a_lead_on_two_regions_is_an_event_of_its_own():
    text = ("Ouagadougou, 13 juillet 2025 (AIB) – Les Forces armées nationales ont mené, entre le 10 et le 12 juillet, "
            "une série d'opérations offensives qui ont permis de neutraliser de nombreux terroristes dans les régions "
            "du Sahel et du Centre-Nord, selon une source sécuritaire.\n\nLe 10 juillet, dans les environs de Sebba, "
            "province du Yagha, une unité en mission de sécurisation a accroché un groupe armé terroriste. Au terme "
            "des combats, 27 terroristes ont été neutralisés.\n\nLe lendemain, 11 juillet, les vecteurs aériens ont "
            "frappé un regroupement de terroristes repéré près de Gorgadji, dans la province du Séno. Plusieurs "
            "dizaines d'individus ont été neutralisés.\n\nDans la matinée du samedi 12 juillet, c'est le "
            "détachement militaire de Barsalogho, dans le Sanmatenga, qui a été pris pour cible. Les soldats ont "
            "repoussé l'assaut.")
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "fr", dt.date(2025, 7, 13))[1]] == [
        ("Armed clash", "Sebba"), ("Air/drone strike", "Gorgadji"), ("Armed clash", "Barsalogo")]


def test_a_bulletins_items_labelled_by_region_and_its_weekly_tally():
    text = ("The Ministry of National Defence on Monday released its weekly bulletin of operations.\n\n"
            "Tillaberi - On Tuesday 4 November, a unit of Operation Niya on patrol on the Ouallam-Tondikiwindi axis, "
            "about 20 kilometres north of Ouallam, struck an improvised explosive device. Two soldiers were killed.\n\n"
            "Diffa - On Thursday 6 November, Boko Haram terrorists attacked an FDS position at Bosso. The attack was "
            "vigorously repelled. Seven terrorists were neutralised.\n\nTahoua - On Friday 7 November, elements of "
            "Operation Garkuwar Kassa arrested four individuals suspected of supplying fuel to armed terrorist groups "
            "at Tassara.\n\nThe ministry said the week's operations had resulted in seven terrorists neutralised and "
            "four suspects arrested.")
    assert [(e["sub_event_type"], e["location"], e["fatalities"])
            for e in events(text, "en", dt.date(2025, 11, 10))[1]] == [
        ("Remote explosive/landmine/IED", "Ouallam", 2), ("Armed clash", "Bosso", 7), ("Arrests", "Tassara", None)]


def test_the_protest_in_a_city_the_lede_names_takes_the_ledes_day():
    text = ("الرباط – فرّقت قوات الأمن المغربية أمس الأحد تجمعات احتجاجية في الرباط والدار البيضاء دعت إليها مجموعة "
            "شبابية، وأوقفت عشرات المحتجين، بحسب شهود ومنظمات حقوقية.\n\nففي الرباط، طوقت قوات الأمن محيط شارع محمد "
            "الخامس قبالة مبنى البرلمان، ومنعت المحتجين من التجمع، واقتادت عدداً منهم إلى سيارات الشرطة. وفي الدار "
            "البيضاء، تدخلت قوات الأمن لتفريق مئات الشباب الذين تجمعوا في ساحة قرب حي المعاريف ورددوا شعارات.")
    assert [(e["location"], e["date"]) for e in events(text, "ar", dt.date(2025, 9, 29))[1]] == [
        ("Rabat", "2025-09-28"), ("Casablanca", "2025-09-28")]


def test_a_patrol_arriving_after_the_gunmen_withdrew_regains_no_ground():
    text = ("ماروا – قُتل ثلاثة مدنيين ليلة الأحد إلى الاثنين في هجوم شنه مسلحون من جماعة بوكو حرام على حي سكني في "
            "بلدة أمشيدي بإقليم أقصى الشمال.\nوأكد مصدر أمني في كولوفاتا أن دورية للجيش وصلت إلى المكان بعد انسحاب "
            "المسلحين، وأن عمليات تمشيط تجري في المنطقة الحدودية.")
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "ar", dt.date(2025, 10, 20))[1]] == [
        ("Attack", "Amchidé")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Des manifestations ont eu lieu samedi à Tanger, Marrakech et Agadir pour réclamer de meilleurs hôpitaux.", "fr"),
    ("Smaller protests were held on Saturday in Tangier, Marrakesh and Agadir, witnesses said.", "en"),
    ("وشهدت مدن طنجة ومراكش وأكادير، أمس السبت، تجمعات احتجاجية للمطالبة بتحسين خدمات الصحة.", "ar"),
])
def test_protests_in_a_list_of_cities_are_one_protest_in_each(text, lang):
    assert [(e["event_type"], e["location"]) for e in events(text, lang, dt.date(2025, 9, 28))[1]] == [
        ("Protests", "Tangier"), ("Protests", "Marrakesh"), ("Protests", "Agadir")]


def test_a_crowd_of_a_leaders_supporters_is_a_rally_but_a_crowd_of_football_fans_is_not():
    rally = ("واغادوغو – احتشد آلاف من أنصار رئيس المرحلة الانتقالية صباح اليوم الأربعاء في ساحة الأمة وسط "
             "العاصمة واغادوغو للتعبير عن دعمهم له.")
    match = "مايدوغوري – احتشد آلاف المشجعين أمس الأحد في ملعب المدينة لمتابعة فوز فريقهم بهدفين دون رد."
    assert [(e["event_type"], e["location"]) for e in events(rally, "ar", dt.date(2025, 4, 30))[1]] == [
        ("Protests", "Ouagadougou")]
    extraction, found = events(match, "ar", dt.date(2025, 4, 30))
    assert (extraction.kind, found) == ("other", [])


def test_security_forces_dispersing_gatherings_is_a_protest_met_with_force_in_each_city():
    text = ("الرباط – فرّقت قوات الأمن أمس الأحد تجمعات احتجاجية في الرباط والدار البيضاء دعت إليها حركة شبابية "
            "للمطالبة بتحسين الخدمات. وفي أكادير، نظم نحو مئتي شخص يوم السبت وقفة أمام مقر الولاية انتهت بهدوء.")
    assert [(e["sub_event_type"], e["location"], e["date"]) for e in events(text, "ar", dt.date(2025, 9, 29))[1]] == [
        ("Protest with intervention", "Rabat", "2025-09-28"), ("Protest with intervention", "Casablanca", "2025-09-28"),
        ("Peaceful protest", "Agadir", "2025-09-27")]


@pytest.mark.parametrize(("text", "lang"), [
    ("RABAT – La police a démantelé mercredi une cellule de l'État islamique lors d'opérations simultanées menées à "
     "Tétouan et à Martil, a annoncé la DGST.", "fr"),
    ("RABAT - Police dismantled an Islamic State cell on Wednesday in simultaneous raids in Tetouan and in Martil, "
     "the DGST said.", "en"),
])
def test_a_cell_dismantled_in_two_towns_each_with_its_preposition_is_an_arrest_in_each(text, lang):
    assert [e["location"] for e in events(text, lang, dt.date(2025, 12, 17))[1]] == ["Tétouan", "Martil"]


def test_war_weapons_found_under_a_bulletins_heading_on_organised_crime_are_still_disrupted_weapons_use():
    text = ("ALGER – Dans le cadre des efforts visant à contrer la criminalité organisée, des détachements de l'ANP "
            "ont découvert, le 20 décembre, à In Guezzam, une cache contenant deux pistolets mitrailleurs de type "
            "kalachnikov et 900 balles, indique un communiqué.")
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "fr", dt.date(2025, 12, 25))[1]] == [
        ("Disrupted weapons use", "In Guezzam")]


def test_traders_who_closed_their_shops_after_an_attack_did_not_protest():
    text = ("كوتونو - قُتل أربعة جنود فجر الأحد في هجوم استهدف موقعا عسكريا قرب بلدة كاريماما شمالي بنين، حسب مصدر "
            "عسكري.\n\nوقال أحد سكان كاريماما إن الأهالي سمعوا دوي إطلاق نار كثيف، وإن التجار أغلقوا محلاتهم طوال "
            "يوم الأحد.")
    assert [(e["event_type"], e["location"]) for e in events(text, "ar", dt.date(2026, 3, 10))[1]] == [
        ("Battles", "Karimama")]


def test_an_english_bulletins_zone_label_is_no_scene_and_soldiers_fallen_on_the_field_of_honour_are_dead():
    text = ("The Ministry of National Defence informs national opinion of the situation for the week of 8 to 14 June "
            "2026.\n\nDiffa zone: On Wednesday 10 June 2026, the unit stationed at Bosso repelled an attack by Boko "
            "Haram terrorists. Six terrorists were neutralised. On our side, two soldiers fell on the field of "
            "honour.\n\nTillabéri zone: On Friday 12 June 2026, a cordon-and-search operation in Ayorou led to the "
            "arrest of three individuals suspected of supplying the terrorists.\n\nThe Minister salutes the memory of "
            "the soldiers who fell on the field of honour.")
    assert [(e["sub_event_type"], e["location"], e["fatalities"])
            for e in events(text, "en", dt.date(2026, 6, 15))[1]] == [
        ("Armed clash", "Bosso", 8), ("Arrests", "Ayorou", None)]


def test_a_french_bulletins_homage_to_its_fallen_adds_no_dead_to_its_last_item():
    text = ("NIAMEY – Le ministère de la Défense informe l'opinion des résultats des opérations.\n\nLe mardi 21 "
            "janvier 2025, une opération de bouclage et de fouille à Ouallam a permis l'interpellation de quatre "
            "individus soupçonnés de ravitailler les terroristes.\n\nLe chef d'état-major salue la mémoire des "
            "soldats tombés au champ d'honneur.")
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "fr", dt.date(2025, 1, 23))[1]] == [
        ("Arrests", "Ouallam")]


@pytest.mark.parametrize(("closing", "lang"), [
    ("وأشار البيان إلى أن الوحدات الجوية واصلت طلعات الاستطلاع والمراقبة في مختلف مسارح العمليات.", "ar"),
    ("The statement added that the air force kept up reconnaissance flights over the theatres of operations.", "en"),
])
def test_air_units_flying_reconnaissance_strike_nothing(closing, lang):
    lede = {"ar": "نيامي - أوقفت دورية يوم الجمعة 8 مايو قرب بوسو ستة أشخاص يشتبه في تزويدهم جماعة بوكو حرام بالوقود."
                  "\n\nويوم السبت 9 مايو، ضبطت وحدة مكلفة بمكافحة التهريب في إنغال سيارة محملة بالسجائر.",
            "en": "NIAMEY - On Friday 8 May a patrol near Bosso arrested six people suspected of supplying Boko Haram "
                  "with fuel.\n\nOn Saturday 9 May, an anti-smuggling unit in Ingall seized a lorry of "
                  "cigarettes."}[lang]
    found = events(lede + "\n\n" + closing, lang, dt.date(2026, 5, 11))[1]
    assert [(e["sub_event_type"], e["location"]) for e in found] == [("Arrests", "Bosso")]


@pytest.mark.parametrize(("text", "lang"), [
    ("الجزائر - ضبطت مفارز الجيش الوطني الشعبي يوم 13 يونيو ثلاثة مسدسات رشاشة من نوع كلاشنيكوف وكمية من الذخيرة، "
     "وذلك خلال عمليتين منفصلتين ببرج باجي مختار وعين قزام، حسب بيان لوزارة الدفاع.", "ar"),
    ("ALGER – Des détachements de l'ANP ont saisi le 13 juin deux kalachnikovs lors de deux opérations distinctes à "
     "Bordj Badji Mokhtar et In Guezzam, indique le MDN.", "fr"),
    ("ALGIERS - Army detachments seized two Kalashnikov rifles on 13 June in two separate operations in Bordj Badji "
     "Mokhtar and In Guezzam, the ministry said.", "en"),
])
def test_two_separate_operations_in_two_towns_are_one_event_in_each_not_a_total(text, lang):
    assert [(e["sub_event_type"], e["location"]) for e in events(text, lang, dt.date(2026, 6, 17))[1]] == [
        ("Disrupted weapons use", "Bordj Badji Mokhtar"), ("Disrupted weapons use", "In Guezzam")]


def test_a_garrisons_arrest_of_suspects_and_a_guards_seizure_of_ak47_rifles_are_security_events():
    text = ("Le 16 mai 2026, à Kolokani, les éléments de la garnison ont procédé à l'interpellation de trois individus "
            "suspects, en possession de matériels de communication.\n\nLe mercredi 6 mai 2026, une unité de la Garde "
            "nationale a saisi à Tassara, lors d'un contrôle, quatre fusils AK-47 et dix chargeurs garnis dissimulés "
            "dans un camion.")
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "fr", dt.date(2026, 5, 17))[1]] == [
        ("Arrests", "Kolokani"), ("Disrupted weapons use", "Tassara")]


def test_the_maradi_region_heads_an_item_and_cattle_recovered_are_no_ground_regained():
    text = ("نيامي - في منطقة مرادي، تعرضت دورية للقوات المسلحة يوم السبت 8 أغسطس لكمين نصبه مسلحون قرب غيدان "
            "رومجي. وردّت الدورية على مصدر النيران وقتلت اثنين من المهاجمين، واستعادت القوات ثلاثة رؤوس من الماشية "
            "كانت مسروقة.")
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "ar", dt.date(2026, 8, 10))[1]] == [
        ("Armed clash", "Guidan Roumdji")]


def test_a_village_named_after_a_lede_on_a_village_of_a_region_places_it_with_its_department_holding_it():
    text = ("NIAMEY, Aug 11 - Gunmen on motorcycles killed 14 civilians in a village in Niger's Tillabéri region on "
            "Monday, a local official said.\n\nThe attackers arrived in Kourégou, a farming village in Téra department "
            "near the border with Burkina Faso, in the late afternoon, the official said.")
    assert [(e["location"], e["fatalities"]) for e in events(text, "en", dt.date(2026, 8, 11))[1]] == [
        ("Kourégou", 14)]


def test_a_road_whose_other_end_is_no_known_town_places_the_event_near_its_first_end_not_in_the_province():
    text = ("لومي – قُتل خمسة مدنيين يوم الثلاثاء عندما انفجرت عبوة ناسفة على الطريق الرابط بين ماندوري وقرية بورغو "
            "في محافظة كبندجال بأقصى شمال توغو، حسب مصادر أمنية.")
    [event] = events(text, "ar", dt.date(2026, 11, 26))[1]
    assert (event["location"], event["geo_precision"]) == ("Mandouri", 2)


def test_the_outskirts_of_a_known_town_are_no_village_named_outskirts():
    text = ("واغادوغو - نفذ الطيران العسكري يوم الثلاثاء ضربات استهدفت تجمعا كبيرا للإرهابيين في ضواحي جيباسو "
            "بإقليم كوسي، حسب بيان للجيش.")
    assert [e["location"] for e in events(text, "ar", dt.date(2026, 10, 30))[1]] == ["Djibasso"]


def test_a_claim_made_a_day_later_with_its_own_toll_of_the_attack_is_no_second_attack():
    text = ("BAMAKO, Nov 4 - Jihadist fighters ambushed an army convoy near Diéma in Mali's Kayes region on Tuesday, "
            "killing at least six soldiers, security sources said.\n\nIn a separate attack on Monday, gunmen killed "
            "two herders near Nioro du Sahel, residents said.\n\nJNIM claimed the ambush on Wednesday in a statement "
            "saying its fighters had killed \"dozens\" of soldiers.")
    assert [(e["location"], e["date"]) for e in events(text, "en", dt.date(2026, 11, 4))[1]] == [
        ("Diéma", "2026-11-03"), ("Nioro", "2026-11-02")]


def test_air_force_aircraft_strike_and_a_groups_haunt_named_after_an_arrest_is_no_second_scene():
    text = ("BAMAKO, Nov 17 - The army general staff said air force aircraft had on Saturday struck \"terrorist "
            "hideouts\" in the forest near Léré, \"neutralising about fifteen terrorists\".\n\nOn Monday, troops in "
            "Niono arrested four people suspected of supplying fuel to fighters of the Katiba Macina, a JNIM "
            "component active in the Macina and Office du Niger areas, the army said.")
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "en", dt.date(2026, 11, 17))[1]] == [
        ("Air/drone strike", "Léré"), ("Arrests", "Niono")]


def test_sweeps_after_a_clash_that_find_a_cache_with_a_rocket_launcher_are_a_seizure():
    text = ("واغادوغو - أعلنت هيئة الأركان أن عمليات التمشيط التي أعقبت الاشتباك مكنت يوم الخميس، في محيط مانسيلا، من "
            "العثور على مخبأ يضم ثماني بنادق رشاشة من نوع كلاشنيكوف وقاذفا للقذائف الصاروخية وكمية من الذخيرة.")
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "ar", dt.date(2025, 2, 15))[1]] == [
        ("Disrupted weapons use", "Mansila")]


def test_darkoul_is_dargol():
    text = "نيامي - قتل عشرة جنود يوم الخميس في هجوم على دورية عسكرية قرب بلدة داركول في منطقة تيلابيري، حسب مصدر أمني."
    assert [e["location"] for e in events(text, "ar", dt.date(2025, 2, 15))[1]] == ["Dargol"]


def test_the_lines_under_a_bulletins_weekly_toll_heading_sum_the_week():
    text = ("Bulletin hebdomadaire des opérations des FDS\n\nZone de l'opération Almahaou (région de Tahoua)\n"
            "– Le 23 janvier, à Tillia, les FDS ont interpellé 3 individus soupçonnés d'être des logisticiens de "
            "l'EIGS.\n\nBilan de la semaine\n\nCôté ennemi : 5 terroristes neutralisés, 3 suspects interpellés, "
            "3 motos récupérées.\n\nCôté ami : 2 morts et 3 blessés.")
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "fr", dt.date(2025, 1, 25))[1]] == [
        ("Arrests", "Tillia")]


def test_a_bulletins_zone_label_with_a_direction_and_its_region_in_brackets_is_no_scene():
    text = ("Au cours de la semaine du 14 au 20 février 2025, les FDS ont poursuivi leurs missions. Les faits "
            "saillants se présentent comme suit :\n\nZone Ouest (Tillabéri) : le 15 février 2025, une unité en "
            "mission de reconnaissance a été prise à partie par des terroristes à bord d'une trentaine de motos à "
            "environ 8 km au nord de Sakoïra. La riposte vigoureuse de nos unités a permis de mettre l'ennemi en "
            "déroute.\n\nZone Nord-Ouest (Tahoua) : le 17 février 2025, une patrouille a interpellé à Tassara 4 "
            "individus suspectés d'appartenir à un réseau de ravitaillement des groupes terroristes.")
    found = events(text, "fr", dt.date(2025, 2, 22))[1]
    assert "Tahoua" not in {e["location"] for e in found}  # the label's region is no scene
    assert ("Arrests", "Tassara") in {(e["sub_event_type"], e["location"]) for e in found}


def test_drivers_who_parked_their_lorries_in_a_quiet_sit_in_were_not_arrested_and_no_clash_was_recorded():
    text = ("غاو - نظم عشرات من سائقي الشاحنات صباح أمس الاثنين وقفة احتجاجية أمام مقر البلدية في مدينة غاو "
            "للمطالبة بتعزيز تأمين الطرق.\n\nورفع المحتجون لافتات، وأوقفوا مركباتهم على جانب الطريق الرئيسي "
            "لأكثر من ساعتين. وجرت الوقفة في هدوء ولم تسجل أي مواجهات مع قوات الأمن.")
    assert [(e["event_type"], e["sub_event_type"]) for e in events(text, "ar", dt.date(2025, 2, 11))[1]] == [
        ("Protests", "Peaceful protest")]


def test_a_bulletins_closing_sum_over_the_period_adds_nothing_to_its_last_item():
    text = ("NIAMEY - In the Tillabéri region, on 15 March, defence and security forces arrested six individuals "
            "suspected of supplying terrorist groups with fuel at the weekly market of Abala.\n\nOver the period, "
            "eight terrorists were neutralised and six suspects arrested, the bulletin said.")
    assert [(e["sub_event_type"], e["location"], e["fatalities"])
            for e in events(text, "en", dt.date(2025, 3, 18))[1]] == [("Arrests", "Abala", None)]


def test_where_a_convoy_came_from_in_a_relative_clause_is_not_where_it_was_hit():
    text = ("BAMAKO, Nov 4 - Jihadist fighters ambushed a fuel convoy near Diéma on Tuesday, killing six soldiers, "
            "security sources said.\n\nThe convoy, which had crossed from Senegal at the Diboli border post on Monday "
            "bound for Bamako, came under fire around 20 km east of Diéma, a local official said.")
    assert [(e["location"], e["date"]) for e in events(text, "en", dt.date(2026, 11, 4))[1]] == [
        ("Diéma", "2026-11-03")]


def test_an_arrest_made_by_a_stakeout_ambush_laid_by_the_guard_is_one_arrest():
    text = ("تونس - تمكنت وحدات الحرس الوطني بالمكناسي من ولاية سيدي بوزيد، أمس الأحد، من إلقاء القبض على عنصر تكفيري "
            "محكوم غيابيا من أجل الانتماء إلى تنظيم إرهابي.\n\nوأوضح المصدر أن عملية الإيقاف تمت إثر كمين محكم نصبته "
            "الوحدات الأمنية بأحد الأحياء الشعبية بمدينة المكناسي.")
    assert [e["sub_event_type"] for e in events(text, "ar", dt.date(2025, 3, 17))[1]] == ["Arrests"]


@pytest.mark.parametrize("lang, text", [
    ("ar", "باماكو - أعلن الجيش المالي أمس الاثنين أن وحداته في مدينة تمبكتو أحبطت فجر اليوم نفسه محاولة تسلل "
           "إرهابيين إلى المعسكر، ما أسفر عن تحييد 14 إرهابيا.\n\nوأضاف أن عمليات التمشيط التي أعقبت الهجوم داخل "
           "أحياء المدينة أفضت إلى توقيف 31 شخصا يشتبه في تواطئهم مع المهاجمين.\n\nوتبنت جماعة نصرة الإسلام "
           "والمسلمين الهجوم مساء الاثنين."),
    ("fr", "BAMAKO - L'armée malienne a annoncé lundi que ses unités à Tombouctou avaient repoussé à l'aube une "
           "tentative d'infiltration terroriste dans le camp militaire, neutralisant 14 assaillants.\n\nL'armée "
           "ajoute que les opérations de ratissage qui ont suivi l'attaque dans les quartiers de la ville ont permis "
           "l'interpellation de 31 personnes soupçonnées de complicité.\n\nLe JNIM a revendiqué l'attaque lundi soir."),
    ("en", "BAMAKO - The Malian army said on Monday its units in Timbuktu had repelled an attempt by terrorists to "
           "infiltrate the military camp at dawn, neutralising 14 assailants.\n\nSweep operations that followed the "
           "attack in the city's neighbourhoods led to the arrest of 31 people suspected of complicity, the army "
           "added.\n\nJNIM claimed the attack on Monday evening."),
])
def test_arrests_that_the_sweep_after_an_attack_made_are_an_event_of_their_own_where_the_attack_was(lang, text):
    assert [(e["sub_event_type"], e["location"], e["date"])
            for e in events(text, lang, dt.date(2025, 6, 3))[1]] == [
        ("Armed clash", "Timbuktu", "2025-06-02"), ("Arrests", "Timbuktu", "2025-06-02")]


def test_recurrent_clashes_recalled_after_a_village_massacre_do_not_make_it_a_battle():
    text = ("N'DJAMENA, May 15 - At least 42 people were killed on Wednesday in the village of Mandakao, in Chad's "
            "Logone Occidental province, when armed men attacked residents after a land dispute, the government "
            "said.\n\nSouthern Chad has seen recurrent deadly clashes between herders and farmers over access to "
            "land and water.")
    assert [(e["event_type"], e["fatalities"]) for e in events(text, "en", dt.date(2025, 5, 15))[1]] == [
        ("Violence against civilians", 42)]


def test_a_massacre_recalled_in_the_arrest_it_led_to_is_told_apart_from_the_court_that_ordered_it():
    text = ("أنجمينا - أوقف عناصر من الشرطة التشادية فجر اليوم الجمعة رئيس الوزراء السابق سكسيه مسرا في مقر إقامته "
            "بالعاصمة أنجمينا، بحسب ما أعلنه حزبه.\n\nوقال مسؤول في الحزب إن عناصر من الشرطة اقتحموا المنزل واقتادوا "
            "مسرا، واصفا التوقيف بأنه تصفية حسابات سياسية.\n\nوقال المدعي العام لدى محكمة أنجمينا إن توقيف مسرا "
            "جاء في إطار "
            "التحقيق في أحداث قرية مانداكاو بإقليم لوقون الغربي، التي أودت الأربعاء بحياة 42 شخصا.")
    assert [(e["event_type"], e["admin1_code"], e["fatalities"], e["date"])
            for e in events(text, "ar", dt.date(2025, 5, 16))[1]] == [
        ("Strategic developments", "TD-ND", None, "2025-05-16"),
        ("Violence against civilians", "TD-LO", 42, "2025-05-14")]


@pytest.mark.parametrize("lang, text", [
    ("ar", "أبوجا - خطف مسلحون فجر أمس الجمعة أكثر من 300 تلميذ من مدرسة سانت ماري الكاثوليكية في قرية بابيري بولاية "
           "النيجر النيجيرية.\n\nويأتي الهجوم بعد أربعة أيام من خطف 25 تلميذة من مدرسة ثانوية في بلدة ماغا بولاية "
           "كيبي المجاورة، قُتل خلاله نائب مدير المدرسة."),
    ("ar", "أبوجا - خطف مسلحون فجر أمس الجمعة أكثر من 300 تلميذ من مدرسة سانت ماري الكاثوليكية في قرية بابيري بولاية "
           "النيجر النيجيرية.\n\nوجاء الهجوم بعد أربعة أيام من خطف 25 تلميذة من مدرسة ثانوية في بلدة ماغا بولاية "
           "كيبي المجاورة، قُتل خلاله نائب مدير المدرسة."),
    ("fr", "ABUJA - Des hommes armés ont enlevé vendredi à l'aube plus de 300 élèves de l'école catholique Saint Mary "
           "du village de Papiri, dans l'État du Niger, ont indiqué les autorités.\n\nL'attaque survient quatre jours "
           "après l'enlèvement de 25 lycéennes dans la ville de Maga, dans l'État voisin de Kebbi, au cours duquel le "
           "directeur adjoint de l'établissement a été tué."),
])
def test_an_attack_that_comes_days_after_another_dates_the_other_that_many_days_before(lang, text):
    assert [(e["location"], e["date"]) for e in events(text, lang, dt.date(2025, 11, 22))[1]] == [
        ("Papiri", "2025-11-21"), ("Maga", "2025-11-17")]


def test_a_strike_told_the_day_after_a_claim_made_the_same_day_is_dated_from_the_attack():
    text = ("واغادوغو - قُتل أربعة عشر جنديا صباح الأحد الماضي في هجوم شنه مسلحون على مفرزة عسكرية في بلدة كومبري "
            "بإقليم ياتينغا، بحسب مصادر أمنية.\n\nوتبنّت جماعة نصرة الإسلام والمسلمين الهجوم في اليوم نفسه.\n\nوفي "
            "اليوم التالي، أعلن التلفزيون الوطني أن طائرات تابعة لسلاح الجو تعقّبت رتلاً من المهاجمين قرب تيو "
            "و\"حيّدت عشرات الإرهابيين\".")
    assert [(e["sub_event_type"], e["location"], e["date"]) for e in events(text, "ar", dt.date(2025, 8, 12))[1]] == [
        ("Armed clash", "Koumbri", "2025-08-10"), ("Air/drone strike", "Tiou", "2025-08-11")]


def test_air_assets_of_the_army_that_carried_out_strikes_on_a_day_strike_from_the_air():
    text = ("باماكو - أعلنت هيئة الأركان العامة للجيوش في مالي أن وسائل جوية تابعة للجيش نفذت يوم الجمعة 22 أغسطس "
            "ضربات \"دقيقة\" استهدفت قاعدة لوجستية للجماعات الإرهابية شمال ليري، ما أسفر عن \"تحييد نحو خمسة عشر "
            "إرهابيا\".")
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "ar", dt.date(2025, 8, 24))[1]] == [
        ("Air/drone strike", "Léré")]


def test_towns_that_armed_groups_had_struck_are_each_attacked_and_trucks_burnt_in_one_are_its_battle():
    text = ("BAMAKO, July 1 - Islamist militants carried out coordinated assaults on army positions in three towns "
            "of western "
            "Mali before dawn on Tuesday, the army said.\n\nIn a statement read on state television, the general staff "
            "said armed terrorist groups had struck Diboli, Kayes and Nioro du Sahel in the Kayes region.\n\nIn "
            "Diboli, the last Malian town on the highway to Senegal, a customs officer said several trucks and part "
            "of the customs post had been set on fire.")
    assert [(e["event_type"], e["location"]) for e in events(text, "en", dt.date(2025, 7, 1))[1]] == [
        ("Battles", "Diboli"), ("Battles", "Kayes"), ("Battles", "Nioro")]


def test_the_savanes_region_named_with_a_togolese_prefecture_is_togos():
    text = ("LOMÉ - Le poste militaire de Nadjoundi, dans la préfecture de Kpendjal, région des Savanes, a fait "
            "l'objet "
            "dans la nuit de samedi à dimanche d'une attaque perpétrée par des individus armés, qui a coûté la vie à "
            "deux militaires, a annoncé l'état-major.\n\nLomé a prorogé l'état d'urgence sécuritaire dans la "
            "région des "
            "Savanes, où des dizaines de soldats et de civils ont été tués depuis 2021.")
    assert [(e["country"], e["admin1_code"], e["location"], e["fatalities"])
            for e in events(text, "fr", dt.date(2025, 7, 14))[1]] == [("TG", "TG-S", "Nadjoundi", 2)]


def test_a_road_named_by_its_two_towns_then_a_distance_from_a_third_is_near_the_third():
    text = ("باماكو - تعرضت قافلة من الشاحنات الصهريجية ترافقها وحدة من الجيش المالي لكمين مسلح أمس الأحد على الطريق "
            "الرابط بين كاي وديما، على بعد نحو خمسة عشر كيلومترا من بلدة صاندري غربي مالي، وقالت هيئة الأركان إن "
            "الاشتباك أسفر عن تحييد سبعة إرهابيين.")
    assert [(e["location"], e["geo_precision"]) for e in events(text, "ar", dt.date(2025, 9, 15))[1]] == [
        ("Sandaré", 2)]


def test_air_assets_that_destroyed_a_base_and_burnt_its_stocks_struck_from_the_air():
    text = ("Sebba, 12 sept. 2025 (AIB) - Les FDS ont repoussé le mercredi 10 septembre une attaque terroriste contre "
            "le détachement militaire de Sebba.\n\nLe lendemain jeudi, poursuivant les fuyards, les vecteurs aériens "
            "ont localisé et détruit une base logistique terroriste aux abords de Mansila, où des stocks de carburant "
            "et une dizaine de motos ont été réduits en cendres.")
    assert [(e["sub_event_type"], e["location"], e["date"]) for e in events(text, "fr", dt.date(2025, 9, 12))[1]] == [
        ("Armed clash", "Sebba", "2025-09-10"), ("Air/drone strike", "Mansila", "2025-09-11")]


def test_masked_men_armed_with_stones_who_storm_a_gendarmerie_post_riot():
    text = ("أكادير - لقي ثلاثة أشخاص حتفهم مساء أمس الأربعاء برصاص عناصر الدرك الملكي بجماعة القليعة التابعة لعمالة "
            "إنزكان آيت ملول، خلال محاولة لاقتحام مركز الدرك.\n\nوأفادت السلطات المحلية بأن مجموعات من الأشخاص، "
            "بعضهم ملثمون ومسلحون بالحجارة والأسلحة البيضاء، هاجموا مقر المركز وأضرموا النار في أجزاء منه.")
    assert [(e["event_type"], e["location"], e["fatalities"])
            for e in events(text, "ar", dt.date(2025, 10, 2))[1]] == [("Riots", "Lqoliaa", 3)]


@pytest.mark.parametrize("lang, text", [
    ("en", "RABAT, Oct 2 - Three people were shot dead when gendarmes opened fire on a crowd trying to storm their "
           "post "
           "in the town of Lqliaa, near Agadir, on Wednesday evening, the interior ministry said.\n\nA ministry "
           "spokesman said groups of individuals armed with knives and stones had attacked the gendarmerie centre and "
           "set part of it on fire."),
    ("fr", "RABAT, 2 oct. - Trois personnes ont été tuées mercredi soir par les tirs de gendarmes sur une foule qui "
           "tentait de prendre d'assaut leur brigade à Lqliâa, près d'Agadir, a indiqué le ministère de l'Intérieur."
           "\n\nSelon le porte-parole du ministère, les assaillants, armés de couteaux et de pierres, ont incendié des "
           "véhicules de service."),
])
def test_a_crowd_armed_with_knives_and_stones_that_storms_a_post_riots(lang, text):
    assert [(e["event_type"], e["location"], e["fatalities"])
            for e in events(text, lang, dt.date(2025, 10, 2))[1]] == [("Riots", "Lqoliaa", 3)]


def test_an_aircraft_of_the_army_that_struck_boats_is_an_air_strike():
    text = ("NIAMEY - Le ministère de la Défense a publié le bulletin des opérations des FAN.\n\nLe mercredi 29 "
            "octobre, un aéronef des FAN a frappé, près de Bosso, sur les rives du lac Tchad, trois embarcations "
            "transportant des éléments de Boko Haram. Plusieurs terroristes ont été neutralisés.")
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "fr", dt.date(2025, 10, 31))[1]] == [
        ("Air/drone strike", "Bosso")]


def test_units_that_set_off_on_the_attackers_trail_and_fought_them_the_next_day_are_a_battle_of_their_own():
    text = ("نيامي - قُتل تسعة مدنيين على الأقل مساء الخميس في هجوم شنه مسلحون على بلدة بانكيلاري في إقليم تيلابيري، "
            "بحسب مصادر محلية.\n\nمن جهته، أفاد التلفزيون الرسمي مساء الجمعة بأن وحدات من الجيش انطلقت في أثر "
            "المهاجمين، "
            "واشتبكت معهم الجمعة على بعد نحو عشرين كيلومترا شمال بانكيلاري، ما أسفر عن \"تحييد ستة إرهابيين\".")
    assert [(e["event_type"], e["date"], e["fatalities"]) for e in events(text, "ar", dt.date(2025, 11, 15))[1]] == [
        ("Violence against civilians", "2025-11-13", 9), ("Battles", "2025-11-14", 6)]


def test_wallam_is_ouallam():
    text = ("نيامي - في ولام، أوقفت وحدة من الجيش يوم الجمعة 5 ديسمبر ثلاثة أشخاص يُشتبه في تزويدهم الجماعات "
            "الإرهابية بالوقود، حسب نشرة القوات المسلحة.")
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "ar", dt.date(2025, 12, 9))[1]] == [
        ("Arrests", "Ouallam")]


def test_an_explosion_that_killed_worshippers_in_a_mosque_on_a_day_is_an_event():
    text = ("MAIDUGURI - At least five people were killed and 35 others injured when an explosion tore through a "
            "mosque "
            "in the Gamboru market area of Maiduguri during prayers on Wednesday evening.\n\nThe police said "
            "preliminary findings pointed to a suicide bomber who had entered the mosque with the worshippers, adding "
            "that the Explosive Ordnance Disposal unit had swept and cordoned off the area.")
    assert [(e["sub_event_type"], e["location"], e["date"])
            for e in events(text, "en", dt.date(2025, 12, 25))[1]] == [("Suicide bomb", "Maiduguri", "2025-12-24")]


def test_our_air_forces_that_struck_a_gathering_strike_from_the_air():
    text = ("نيامي - منطقة تيلابيري: نفذت قواتنا الجوية يوم الأحد 4 يناير ضربة استهدفت تجمعا لعناصر إرهابية على متن "
            "دراجات نارية قرب ماكالوندي، وأسفرت الضربة عن تحييد 14 إرهابيا.")
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "ar", dt.date(2026, 1, 10))[1]] == [
        ("Air/drone strike", "Makalondi")]


def test_the_figure_told_after_one_event_in_each_of_several_towns_is_shared_among_them():
    text = ("BAMAKO, July 1 - Islamist militants carried out coordinated assaults on army positions in three towns "
            "of western Mali before dawn on Tuesday.\n\nThe general staff said armed terrorist groups had struck "
            "Diboli, Kayes and Nioro du Sahel in the Kayes region. \"The vigorous reaction of the FAMa made it "
            "possible to neutralise 80 terrorists,\" it said.")
    assert [(e["location"], e["fatalities"]) for e in events(text, "en", dt.date(2025, 7, 1))[1]] == [
        ("Diboli", 27), ("Kayes", 27), ("Nioro", 26)]


def test_terrorists_engaged_by_the_drones_were_struck_from_the_air():
    text = ("OUAGADOUGOU - Jeudi, un groupe de terroristes à moto repéré à une dizaine de kilomètres au nord "
            "d'Arbinda a été pris à partie par les drones de l'armée. Plusieurs dizaines de terroristes ont été "
            "neutralisés, selon des sources sécuritaires.")
    assert [(e["sub_event_type"], e["location"]) for e in events(text, "fr", dt.date(2026, 2, 15))[1]] == [
        ("Air/drone strike", "Aribinda")]


def test_the_unit_that_caught_up_with_the_attackers_fought_them():
    text = ("Boko Haram fighters killed seven fishermen on an island near Kaïga Kindjiria in Chad's Lac province on "
            "Saturday, local officials said. The provincial governor said that army units sent after the attackers "
            "on Sunday had caught up with a group of them in the same area and killed four.\n\nFishing is the main "
            "livelihood in the Lac province. Local officials say attacks on fishermen and herders have nonetheless "
            "continued, and many camps have been abandoned.")
    coded = sorted((e["event_type"], e["fatalities"], e["date"]) for e in events(text, "en")[1])
    assert coded == [("Battles", 4, "2026-03-15"), ("Violence against civilians", 7, "2026-03-14")]


def test_no_clash_announced_is_no_clash():
    text = ("قُتل أربعة مدنيين فجر أمس الأحد في هجوم نفذه مسلحون من جماعة بوكو حرام على حي في بلدة موزوغو بإقليم أقصى "
            "الشمال بالكاميرون. وأكد مصدر عسكري أن وحدات من الجيش انتشرت في المنطقة بعد الهجوم وبدأت عمليات تمشيط، من "
            "دون الإعلان عن أي اشتباك مع المهاجمين.")
    assert [e["event_type"] for e in events(text, "ar")[1]] == ["Violence against civilians"]


def test_men_arrested_then_found_dead_were_killed():
    text = ("قال سكان إن ما لا يقل عن عشرين رجلاً اعتقلهم جنود من الجيش المالي يوم الخميس في السوق الأسبوعية لبلدة "
            "ديافارابي، عُثر عليهم لاحقاً مقتولين في حفرة جماعية.")
    [event] = events(text, "ar")[1]
    assert (event["event_type"], event["actor1"], event["date"]) == (
        "Violence against civilians", "Military Forces of Mali", "2026-03-12")


def test_that_day_after_the_day_of_a_statement_is_that_day():
    text = ("قُتل نحو عشرين جنديا في هجوم شنه مسلحون جهاديون الخميس على موقع عسكري في تيتاو بشمال بوركينا فاسو.\n\n"
            "من جهته، أعلن التلفزيون الرسمي مساء السبت أن سلاح الجو نفذ صباح ذلك اليوم ضربات بطائرات مسيّرة على "
            "مجموعات إرهابية في محيط تيتاو، أسفرت عن تحييد عشرات الإرهابيين.")
    coded = sorted((e["event_type"], e["date"]) for e in events(text, "ar")[1])
    assert coded == [("Battles", "2026-03-12"), ("Explosions/Remote violence", "2026-03-14")]


def test_a_sentence_naming_the_earlier_incident_by_its_kind_goes_with_it():
    text = ("Al Qaeda-linked militants ambushed a convoy of fuel tankers under army escort near Didieni in western "
            "Mali on Wednesday, killing at least five soldiers. The army said on Thursday that its drones had struck a "
            "group of the attackers earlier that day near Massantola. It gave no toll for the ambush.")
    coded = sorted((e["event_type"], e["location"], e["date"]) for e in events(text, "en")[1])
    assert coded == [("Battles", "Didiéni", "2026-03-11"), ("Explosions/Remote violence", "Massantola", "2026-03-12")]


def test_aerial_vectors_that_struck_are_an_air_strike():
    text = ('Mali\'s armed forces said on Monday that "aerial vectors" had struck a gathering of JNIM fighters near '
            'Léré, in the Timbuktu region, earlier that day, "neutralising around 20 terrorists".')
    [event] = events(text, "en")[1]
    assert (event["event_type"], event["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")


def test_gunfire_after_a_car_bomb_is_the_assault_it_opened():
    text = ("Plus de trente soldats maliens ont été tués samedi lors de l'attaque du camp militaire de Boulkessi, ont "
            "indiqué deux sources sécuritaires. « Les combats ont duré plusieurs heures », a confié un officier.\n\n"
            "Dimanche à l'aube, c'est Tombouctou qui a été visée. Des hommes armés ont tenté de pénétrer dans le camp "
            "militaire de la ville vers 6 heures, après l'explosion d'un véhicule piégé à l'entrée. Des échanges de "
            "tirs nourris ont été entendus pendant près de deux heures. L'armée affirme avoir repoussé l'attaque et "
            "« neutralisé 14 terroristes ».")
    coded = sorted((e["event_type"], e["location"], e["fatalities"]) for e in events(text, "fr")[1])
    assert coded == [("Battles", "Boulkessi", 30), ("Battles", "Timbuktu", 14)]


def test_the_deed_a_day_before_the_day_told_with_a_day_after():
    text = ("Shops in Diboli reopened only on Sunday afternoon, a day after gunmen stormed the customs and gendarmerie "
            "posts of this small town on Mali's border with Senegal. The army said its units pushed the attackers "
            "back towards the north.")
    [event] = events(text, "en")[1]
    assert (event["event_type"], event["location"], event["date"]) == ("Battles", "Diboli", "2026-03-14")


def test_an_abduction_a_ministry_demands_an_end_to_is_where_it_happened():
    text = ("طالبت وزارة الخارجية الهندية، أمس الأحد، الحكومة المالية بضمان الإفراج عن ثلاثة مواطنين هنود اختطفهم "
            "مسلحون من مصنع للإسمنت في بلدة ديبولي بمنطقة كاي غربي مالي.\n\nوقالت الوزارة في بيان إن مجموعة من "
            "المسلحين اقتحمت المصنع يوم الجمعة، واقتادت العمال الثلاثة قسرا، مضيفة أن سفارتها في باماكو على تواصل "
            "مع السلطات المحلية.")
    [event] = events(text, "ar")[1]
    assert (event["sub_event_type"], event["location"], event["date"]) == (
        "Abduction/forced disappearance", "Diboli", "2026-03-13")


def test_a_release_and_the_abduction_it_ends_are_two_events():
    text = ("تمكنت وحدة من الجيش الكاميروني، أمس الأحد، من تحرير ثلاثة من أصل خمسة مدنيين اختطفهم مسلحون من بوكو حرام "
            "ليل الجمعة إلى السبت من قرية تولكوماري التابعة لبلدية كولوفاتا في منطقة أقصى الشمال.")
    coded = sorted((e["sub_event_type"], e["date"]) for e in events(text, "ar")[1])
    assert coded == [("Abduction/forced disappearance", "2026-03-13"), ("Other", "2026-03-15")]


def test_an_execution_the_day_after_an_abduction_keeps_its_day():
    text = ("أعدمت الجماعة الناشطة مريم سيسي علناً في بلدة تونكا بمنطقة تمبكتو يوم السبت، غداة اختطافها من سوق "
            "البلدة بتهمة التعاون مع الجيش.")
    dates = {e["date"] for e in events(text, "ar")[1]}
    assert "2026-03-14" in dates


def test_attacks_on_towns_listed_region_by_region_are_one_event_in_each():
    text = ("باماكو، 15 مارس (وكالة الساحل للأنباء) - أعلنت القوات المسلحة المالية أنها صدّت فجر أمس الأحد سلسلة "
            "هجمات منسقة شنها مسلحون على مواقع عسكرية في خمس بلدات، هي ديبولي وكايس وسانداري في منطقة كايس، "
            "ونيونو ومولودو في منطقة سيغو.")
    scenes = sorted((e["event_type"], e["location"], e["date"]) for e in events(text, "ar")[1])
    assert scenes == [("Battles", town, "2026-03-15") for town in ("Diboli", "Kayes", "Molodo", "Niono", "Sandaré")]


def test_several_localities_attacked_on_one_day_are_one_event_in_each():
    text = ("La région de Kayes est devenue un front depuis le 1er mars, lorsque les combattants du JNIM avaient "
            "attaqué simultanément plusieurs localités de l'ouest, dont Kayes, Nioro du Sahel et Diboli.")
    assert sorted(scenes(text, "fr")) == ["Diboli", "Kayes", "Nioro"]


def test_a_strike_told_a_day_after_a_repelled_attack_is_apart_from_it():
    text = ("أعلنت القوات المسلحة البوركينية أنها حيّدت عشرات الإرهابيين في ضربات جوية نفذتها السبت قرب مدينة دياباغا "
            "في إقليم الشرق، وذلك بعد يوم من صدّ متطوعين للدفاع عن الوطن هجوماً على بلدة كانتشاري في الإقليم ذاته.")
    coded = sorted((e["event_type"], e["location"], e["date"]) for e in events(text, "ar")[1])
    assert coded == [("Battles", "Kantchari", "2026-03-13"), ("Explosions/Remote violence", "Diapaga", "2026-03-14")]


def test_a_convoy_with_no_escort_attacked_on_its_way_is_an_attack_on_civilians_where_it_was():
    text = ("Un convoi de camions-citernes en route vers Bamako a été attaqué dimanche à une quinzaine de kilomètres "
            "de Sandaré, dans la région de Kayes. Deux chauffeurs ont été tués, selon le syndicat des transporteurs. "
            "Le convoi avait quitté Kayes dans la matinée sans escorte militaire.")
    [event] = events(text, "fr")[1]
    assert (event["event_type"], event["location"]) == ("Violence against civilians", "Sandaré")


def test_drivers_who_will_not_travel_without_an_escort_leave_the_escorted_convoy_a_battle():
    text = ("Jihadists ambushed a convoy of fuel tankers escorted by the army near Sandaré on Sunday, killing six "
            "soldiers and two drivers. The union said its members would not travel without an escort until security "
            "was restored.")
    [event] = events(text, "en")[1]
    assert (event["event_type"], event["location"]) == ("Battles", "Sandaré")


def test_fighters_about_to_attack_when_aircraft_struck_them_made_no_attack():
    text = ("أفادت مصادر أمنية بأن قوات الدفاع والأمن نفذت خلال اليومين الماضيين عمليات ناجحة في منطقتي الشرق والوسط "
            "الشمالي، أسفرت عن تحييد عشرات الإرهابيين.\n\nففي يوم السبت، رصد الطيران العسكري تجمعا لمجموعة إرهابية "
            "مسلحة في محيط بلدة فوتوري بإقليم كومونجاري، كانت تستعد، بحسب المصادر ذاتها، لشن هجوم على مواقع للقوات "
            "المسلحة. ونفذت الطائرات عدة ضربات \"دقيقة\" على الموقع، ما أدى إلى \"تحييد عشرات الإرهابيين\".")
    [event] = events(text, "ar")[1]
    assert (event["sub_event_type"], event["location"]) == ("Air/drone strike", "Foutouri")


def test_two_cities_of_a_dateline_joined_by_a_dash_are_the_dateline():
    text = ("واشنطن - أبوجا (وكالات) - أعلن الرئيس الأمريكي مساء الأحد أن القوات الأمريكية نفذت ضربات جوية ضد عناصر "
            "من تنظيم الدولة الإسلامية في شمال غرب نيجيريا.")
    assert "Abuja" not in scenes(text, "ar")


def test_arrests_in_the_search_that_followed_an_abduction_are_arrests():
    text = ("وفي اليوم التالي، الأحد، أعلنت السلطات العسكرية أن وحدة من الجيش أوقفت في بلدة بوسو أربعة أشخاص يُشتبه في "
            "أنهم يقدمون الدعم اللوجستي لعناصر بوكو حرام، وذلك في إطار عمليات البحث التي أعقبت عملية الخطف.")
    [event] = events(text, "ar")[1]
    assert (event["sub_event_type"], event["location"]) == ("Arrests", "Bosso")


def test_fighters_who_blocked_the_road_to_ambush_a_convoy_fought_its_escort():
    text = ("Suspected jihadists ambushed a fuel convoy under army escort near Sandaré in Mali's western Kayes region "
            "on Sunday, killing at least six soldiers. \"They first blocked the road with a burning lorry, then opened "
            "fire from both sides,\" said a driver who escaped on foot.")
    [event] = events(text, "en")[1]
    assert (event["event_type"], event["location"]) == ("Battles", "Sandaré")


def test_an_ambush_that_killed_soldiers_and_drivers_is_a_battle():
    text = ("نصب مسلحون من جماعة نصرة الإسلام والمسلمين، يوم الأحد، كميناً لقافلة صهاريج وقود قرب مدينة ديديني، ما "
            "أسفر عن مقتل ستة أشخاص، هم أربعة جنود وسائقان مدنيان، بحسب مصدر أمني.")
    [event] = events(text, "ar")[1]
    assert (event["event_type"], event["actor2"]) == ("Battles", "Military Forces of Mali")


def test_national_guards_killed_at_a_security_post_fought_its_attackers():
    text = ("قُتل ثلاثة عناصر من الحرس الوطني النيجري يوم الأحد في هجوم شنّه مسلحون مجهولون على موقع أمني في بلدة "
            "فالمي بمنطقة دوسو جنوب غربي البلاد.")
    [event] = events(text, "ar")[1]
    assert (event["event_type"], event["location"]) == ("Battles", "Falmey")


def test_woodcutters_killed_in_a_separate_incident_were_attacked():
    text = ("قال الجيش النيجيري إنه صد هجوما شنه مقاتلون من تنظيم ولاية غرب إفريقيا على قاعدة عسكرية في بلدة غاجيرام "
            "بولاية بورنو، مساء أمس السبت، ما أسفر عن مقتل 15 من المهاجمين وجنديين.\n\nوفي حادث منفصل، قُتل أربعة "
            "حطابين يوم الجمعة على يد مسلحين يعتقد أنهم من جماعة بوكو حرام، قرب بلدة دامبوا. وقال عضو في قوة المهام "
            "المدنية المشتركة إن الضحايا خرجوا لجمع الحطب صباحا، وعُثر على جثثهم في المساء.")
    coded = sorted((e["event_type"], e["location"]) for e in events(text, "ar")[1])
    assert coded == [("Battles", "Gajiram"), ("Violence against civilians", "Damboa")]


def test_a_related_development_is_another_event():
    text = ("تبنت جماعة نصرة الإسلام والمسلمين الهجوم الذي استهدف مساء السبت معسكر الجيش المالي في بلدة سوكولو بدائرة "
            "نيونو، وزعمت أنها قتلت عشرين جنديا.\n\nوفي تطور متصل، قُتل سائق شاحنة تنقل الحبوب صباح الأحد إثر انفجار "
            "عبوة ناسفة على الطريق الرابط بين سوكولو وديابالي.")
    coded = sorted((e["event_type"], e["date"]) for e in events(text, "ar")[1])
    assert coded == [("Battles", "2026-03-14"), ("Explosions/Remote violence", "2026-03-15")]


def test_gunshots_heard_in_a_raid_on_a_village_are_no_battle():
    text = ("Quatre personnes ont été tuées dans la nuit de vendredi à samedi au cours d'une incursion de combattants "
            "de Boko Haram dans un quartier de Tourou. Les assaillants ont pillé des boutiques avant d'incendier une "
            "dizaine de cases. « Nous avons entendu les premiers coups de feu vers 1 heure du matin », témoigne un "
            "habitant.")
    [event] = events(text, "fr")[1]
    assert (event["event_type"], event["location"]) == ("Violence against civilians", "Tourou")


def test_a_town_in_the_outlets_name_of_a_dateline_is_no_scene():
    text = ("نيامي (تيلابيري برس) - قُتل ثلاثة جنود نيجريين، صباح أمس الأحد، في انفجار لغم أرضي لدى مرور دورية عسكرية "
            "على الطريق الرابط بين أيورو وبانيبانغو.")
    [event] = events(text, "ar")[1]
    assert event["location"] == "Ayorou"


def test_a_village_whose_name_ends_like_a_plural_after_a_settlement_noun_and_its_unit():
    text = ("قُتل خمسة رعاة مساء الأحد في هجوم شنه مسلحون على مخيم قرب بلدة باكورات في مقاطعة تيليا بإقليم "
            "تاهوا، حسب مصادر محلية.")
    [event] = events(text, "ar")[1]
    assert (event["location"], event["admin1_code"]) == ("Bakourat", "NE-5")
    assert not looks_like_a_name(fold("عمليات"), settlement=True)  # unframed, the ending still tells a plural


def test_a_bus_stopped_by_gunmen_is_no_arrest():
    text = ("Le bilan de l'attaque d'un car, samedi, près de Boni s'est alourdi à neuf morts. Le véhicule a été arrêté "
            "par des hommes armés non identifiés à une dizaine de kilomètres de Boni. Les assaillants ont fait "
            "descendre les passagers avant d'ouvrir le feu.")
    coded = [(e["event_type"], e["sub_event_type"], e["location"]) for e in events(text, "fr")[1]]
    assert coded == [("Violence against civilians", "Attack", "Boni")]


def test_the_town_of_the_sources_that_gave_a_toll_is_no_scene():
    text = ("Le bilan de l'attaque d'un camion de commerçants, samedi, sur la route reliant Ansongo à Ouatagouna s'est "
            "alourdi à onze morts, ont indiqué lundi des sources sanitaires et municipales à Ansongo.\n\nLe camion, "
            "qui assurait la liaison entre Ansongo et Ouatagouna, a été arrêté par des hommes armés à une vingtaine "
            "de kilomètres de Ouatagouna.")
    [event] = events(text, "fr")[1]
    assert (event["location"], event["fatalities"]) == ("Ouatagouna", 11)


def test_the_town_of_a_weekly_press_briefing_is_no_scene():
    ar = ("أعلن المتحدث باسم الجيش النيجيري، في إيجاز صحفي أسبوعي عقده اليوم الخميس في أبوجا، أن القوات صدت يوم "
          "الاثنين هجوما على قاعدة عسكرية في بلدة داماساك بولاية بورنو، ما أسفر عن مقتل ستة من المهاجمين.")
    en = ("The Director of Defence Media Operations, who briefed journalists in Abuja on Thursday, said troops "
          "repelled an attack on a base in Damasak, Borno State, on Monday, killing six of the attackers.")
    for text, lang in ((ar, "ar"), (en, "en")):
        [event] = events(text, lang, dt.date(2026, 3, 19))[1]
        assert (event["location"], event["date"]) == ("Damasak", "2026-03-16"), lang


def test_a_weeks_results_across_the_country_are_no_event_and_lend_no_toll():
    text = ("أعلن الجيش النيجيري أن قواته تمكنت خلال الأسبوع الماضي من تحييد 52 مسلحا واعتقال 64 مشتبها بهم في مختلف "
            "مسارح العمليات.\n\nوفي الشمال الغربي، صدت القوات يوم الخميس هجوما شنه قطاع طرق على بلدة تسافي بولاية "
            "زمفارا، ما أسفر عن مقتل خمسة من المهاجمين.")
    [event] = events(text, "ar")[1]
    assert (event["location"], event["fatalities"]) == ("Tsafe", 5)


def test_captives_freed_in_a_gunfight_make_it_a_battle_not_an_abduction():
    text = ("اشتبكت قوات الشرطة يوم السبت مع عصابة من قطاع الطرق في غابة قرب بلدة سافانا بولاية كاتسينا، ما أسفر عن "
            "مقتل ثلاثة من المسلحين وتحرير سبعة مخطوفين.")
    [event] = events(text, "ar")[1]
    assert (event["event_type"], event["actor1"], event["actor2"]) == (
        "Battles", "Bandits (Nigeria)", "Police Forces of Nigeria")


def test_patrols_to_prevent_renewed_clashes_are_no_clash():
    text = ("وفي منطقة الشمال الأوسط، واصلت القوات يوم الأربعاء دورياتها في ولاية بلاتو لمنع تجدد الاشتباكات بين "
            "المزارعين والرعاة.")
    assert events(text, "ar")[1] == []


def test_a_qaf_written_for_a_hard_g_names_the_town_of_the_region():
    text = ("قُتل تسعة مزارعين يوم السبت في هجوم شنه مسلحون على قرية قرب بلدة تنقازا في ولاية سوكوتو شمال غربي "
            "نيجيريا.")
    [event] = events(text, "ar")[1]
    assert (event["location"], event["admin1_code"]) == ("Tangaza", "NG-SO")


def test_strikes_stepped_up_tell_no_strike_of_the_attack_before():
    text = ("ويذكّر الهجوم الذي استهدف في الثاني من مارس قرية قرب بلدة باليل في ولاية سوكوتو، وأودى بحياة تسعة "
            "مزارعين، بحجم التهديد. وفي المقابل، كثف سلاح الجو ضرباته على مواقع يشتبه في أنها تابعة للجماعة.")
    [event] = events(text, "ar")[1]
    assert (event["event_type"], event["fatalities"]) == ("Violence against civilians", 9)


def test_a_capital_for_its_government_is_no_scene():
    en = ("Mali's army said a drone strike killed eight fighters of the Azawad Liberation Front near Kidal on Sunday. "
          "The FLA, which the authorities in Bamako describe as a terrorist group, said eight of its fighters had been "
          "killed.")
    ar = ("قتل ثمانية مقاتلين من جبهة تحرير أزواد في غارة بطائرة مسيرة للجيش المالي يوم الأحد قرب مدينة كيدال. من "
          "جهته، أقر متحدث باسم جبهة تحرير أزواد بمقتل ثمانية من عناصرها، متهما باماكو بمواصلة الحل العسكري.")
    for text, lang in ((en, "en"), (ar, "ar")):
        assert [e["location"] for e in events(text, lang)[1]] == ["Kidal"], lang
    surrendered = gather("A terrorist who had joined armed groups in 2018 surrendered on Sunday to the military "
                         "authorities in Bordj Badji Mokhtar, bringing with him a Kalashnikov rifle.", "en", PUBLISHED)
    [sentence] = surrendered.sentences
    [place] = sentence.places
    assert place.place.name == "Bordj Badji Mokhtar" and place.mention.start not in sentence.directional


def test_its_members_after_an_armed_group_are_its_fighters():
    text = ("قتل ستة مقاتلين من جبهة تحرير أزواد في غارة بطائرة مسيرة للجيش المالي يوم الأحد قرب مدينة كيدال. وأقر "
            "متحدث باسم جبهة تحرير أزواد بمقتل ستة من عناصرها في الغارة.")
    [event] = events(text, "ar")[1]
    assert (event["sub_event_type"], event["fatalities"]) == ("Air/drone strike", 6)


def test_what_went_on_since_an_earlier_attack_is_no_more_of_it():
    text = ("The deadliest attack on Benin's army came on 8 January 2025, when JNIM fighters overran a position at "
            "Point Triple, killing 28 soldiers. Since then the militants have returned to improvised explosive devices "
            "laid on tracks near the park.")
    [event] = events(text, "en")[1]
    assert (event["event_type"], event["location"], event["fatalities"]) == ("Battles", "Point Triple", 28)


def test_a_paper_or_a_radio_named_after_a_town_is_no_scene():
    text = ("نقلت بوابة تمبكتو عن مصادر محلية أن مسلحين قتلوا يوم السبت ثلاثة رعاة في هجوم بمنطقة موبتي وسط "
            "مالي.")
    [event] = events(text, "ar")[1]
    assert (event["location"], event["admin1_code"], event["fatalities"]) == (None, "ML-5", 3)


def test_benisheikh_in_arabic_and_near_in_french_words():
    [event] = events("قتل مسلحون من بوكو حرام خمسة مزارعين يوم السبت قرب بلدة بني شيخ بولاية بورنو.", "ar")[1]
    assert (event["location"], event["admin1_code"], event["geo_precision"]) == ("Benisheikh", "NG-BO", 2)
    [event] = events("Des hommes armés ont tué trois civils samedi à proximité de Djibo, dans la province du Soum.",
                     "fr")[1]
    assert (event["location"], event["geo_precision"]) == ("Djibo", 2)


@pytest.mark.parametrize("lang, text", [
    ("en", "Residents say militants have increasingly attacked supply convoys on the road between Djibo and "
           "Bourzanga."),
    ("fr", "Selon des habitants, les jihadistes attaquent de plus en plus les convois de ravitaillement sur l'axe "
           "Djibo-Bourzanga."),
    ("ar", "ويقول سكان إن المسلحين يهاجمون بشكل متزايد قوافل الإمداد على الطريق بين جيبو وبورزانغا."),
])
def test_attacks_told_as_a_growing_trend_are_no_event(lang, text):
    assert events(text, lang)[1] == []


@pytest.mark.parametrize("lang, text", [
    ("fr", "Samedi, des hommes armés ont bloqué la route près de Gorom-Gorom et ont tué deux commerçants."),
    ("en", "On Saturday gunmen blocked the road near Gorom-Gorom and shot two traders dead."),
])
def test_a_road_blocked_by_gunmen_is_their_attack_not_a_protest(lang, text):
    [event] = events(text, lang)[1]
    assert (event["event_type"], event["actor1"], event["fatalities"]) == (
        "Violence against civilians", "Unidentified Armed Group (Burkina Faso)", 2)


def test_passengers_taken_away_in_a_participle_are_abducted():
    text = ("Des hommes armés ont intercepté samedi un car de transport près de Gorom-Gorom, emmenant sept "
            "passagers.")
    [event] = events(text, "fr")[1]
    assert (event["sub_event_type"], event["location"]) == ("Abduction/forced disappearance", "Gorom-Gorom")


def test_a_shepherd_killed_by_a_mine_is_one_death_of_an_explosion():
    text = ("Un jeune berger a été tué samedi par l'explosion d'une mine artisanale sur le mont Semmama, près de "
            "Kasserine, a indiqué une source sécuritaire.")
    [event] = events(text, "fr")[1]
    assert (event["sub_event_type"], event["fatalities"]) == ("Remote explosive/landmine/IED", 1)


def test_a_march_that_set_off_from_a_town_took_place_there():
    text = ("On Tuesday, hundreds of women carrying placards marched from Mangu market to the district head's palace "
            "in Plateau State, demanding protection. The protest ended peacefully.")
    [event] = events(text, "en")[1]
    assert (event["event_type"], event["location"], event["admin1_code"]) == ("Protests", "Mangu", "NG-PL")


def test_a_count_since_a_year_is_no_toll_of_the_day():
    text = ("Explosive devices planted on tracks in the W park have killed several soldiers and park rangers since "
            "2022. On Saturday a patrol vehicle hit a mine near Karimama, killing two rangers.")
    [event] = events(text, "en")[1]
    assert (event["location"], event["fatalities"], event["date"]) == ("Karimama", 2, "2026-03-14")


@pytest.mark.parametrize("lang, text, dead", [
    ("en", "Two suicide bombers killed six people on Saturday in Konduga.", 8),
    ("en", "Two suicide bombers attacked a market in Konduga on Saturday, killing six people.", 8),
    ("en", "A suicide bomber killed six people on Saturday in Konduga.", 7),
    ("fr", "Deux kamikazes ont tué six personnes samedi à Konduga.", 8),
    ("ar", "قتل ستة أشخاص يوم السبت في هجوم نفذته انتحاريتان في سوق بلدة كوندوغا بولاية بورنو.", 8),
])
def test_the_bombers_are_counted_once_each(lang, text, dead):
    [event] = events(text, lang)[1]
    assert (event["sub_event_type"], event["fatalities"]) == ("Suicide bomb", dead)


def test_the_forces_of_a_statement_are_the_army():
    text = ("أعلنت قيادة العملية في بيان أن القوات نصبت يوم الخميس كمينا لعناصر من جماعة بوكو حرام قرب بلدة غوزا "
            "بولاية بورنو، ما أسفر عن مقتل ستة منهم.")
    [event] = events(text, "ar")[1]
    assert event["event_type"] == "Battles"
    assert {event["actor1"], event["actor2"]} == {"Boko Haram (JAS)", "Military Forces of Nigeria"}


@pytest.mark.parametrize("lang, text, place, region", [
    ("en", "Algerian troops seized a cache of weapons and ammunition on Saturday near In Amenas, the defence "
           "ministry said.", "In Amenas", "DZ-33"),
    ("en", "In the Gao region, fighters of the Islamic State in the Sahel and of JNIM clashed on Saturday near "
           "Tin-Hama, in the Ansongo circle, killing a dozen fighters.", "Tin-Hama", "ML-7"),
    ("ar", "كشفت مفرزة للجيش الوطني الشعبي يوم السبت مخبأ للأسلحة والذخيرة بالقرب من عين أمقل بولاية تمنراست.",
     "In Amguel", "DZ-11"),
    ("ar", "كشفت مفرزة للجيش الوطني الشعبي يوم السبت، إثر عملية بحث وتمشيط قرب الشريط الحدودي بإن أمناس، مخبأ "
           "للأسلحة.", "In Amenas", "DZ-33"),
])
def test_towns_the_gazetteer_places_by_hand_have_their_region(lang, text, place, region):
    [event] = events(text, lang)[1]
    assert (event["location"], event["admin1_code"]) == (place, region)


def test_a_strike_on_the_group_the_aircraft_spotted_is_where_and_when_they_spotted_it():
    text = ("Le samedi 14 mars 2026, vers 10 heures, la surveillance aérienne a repéré un groupe de terroristes à moto "
            "à une trentaine de kilomètres à l'est de Léré, dans la région de Tombouctou. Ces individus s'apprêtaient "
            "à mener des actions contre les positions des FAMa.\n\nDes frappes aériennes précises ont été "
            "immédiatement conduites sur la cible. Le bilan fait état d'une quinzaine de terroristes neutralisés.")
    [event] = events(text, "fr")[1]
    assert (event["sub_event_type"], event["location"], event["geo_precision"], event["date"]) == (
        "Air/drone strike", "Léré", 2, "2026-03-14")


def test_protesters_who_stone_the_police_riot_even_when_the_police_kill_some():
    violent = ("Au moins deux personnes ont été tuées samedi à Maroua lors d'affrontements entre des manifestants et "
               "les forces de l'ordre. Selon des témoins, les manifestants ont érigé des barricades et jeté des "
               "pierres sur les policiers, qui ont répliqué par des tirs à balles réelles.")
    [event] = events(violent, "fr")[1]
    assert (event["sub_event_type"], event["actor1"], event["fatalities"]) == (
        "Violent demonstration", "Rioters (Cameroon)", 2)
    peaceful = ("Au moins deux personnes ont été tuées samedi à Maroua quand la police a tiré à balles réelles sur des "
                "manifestants qui marchaient pacifiquement vers la préfecture.")
    [event] = events(peaceful, "fr")[1]
    assert (event["sub_event_type"], event["fatalities"]) == ("Excessive force against protesters", 2)


def test_a_name_before_an_office_with_no_article_is_a_man_not_a_town():
    text = ("L'armée nigériane a confirmé lundi la mort de l'officier Uba, commandant de la 25e brigade, tué samedi "
            "lors d'une embuscade tendue par l'ISWAP près de Damboa, dans l'État de Borno.")
    assert scenes(text, "fr") == ["Damboa"]


def test_an_ambush_where_only_the_army_is_named_is_an_ambush_on_the_army():
    text = "نصبت الجماعة يوم السبت كمينا لقافلة شاحنات ومرافقيها من الجيش قرب ديبولي في منطقة كاي غرب مالي."
    [event] = events(text, "ar")[1]
    assert (event["event_type"], event["actor1"], event["actor2"]) == (
        "Battles", "Unidentified Armed Group (Mali)", "Military Forces of Mali")


def test_a_capital_a_village_near_the_scene_is_measured_from_is_no_second_scene():
    text = "Fighters ambushed an army convoy near Fana, about 120 km east of Bamako, on Tuesday, killing four soldiers."
    [event] = events(text, "en")[1]
    assert (event["location"], event["geo_precision"], event["fatalities"]) == ("Fana", 2, 4)


def test_what_a_protest_followed_is_its_grievance_not_a_second_protest():
    text = ("Police fired tear gas on Thursday to disperse hundreds of protesters who blocked the road in Tsafe, in "
            "Zamfara State. The protest followed a raid on the village of Yankuzo on Monday night, in which bandits "
            "abducted 19 people.")
    protest, raid = events(text, "en", dt.date(2026, 2, 6))[1]
    assert (protest["event_type"], protest["location"]) == ("Protests", "Tsafe")
    assert (raid["sub_event_type"], raid["actor1"], raid["date"]) == (
        "Abduction/forced disappearance", "Bandits (Nigeria)", "2026-02-02")


def test_an_operation_told_the_same_day_elsewhere_is_the_scene_of_the_toll_after_it():
    text = ("Les Forces de défense et de sécurité ont repoussé samedi une attaque terroriste contre le détachement "
            "militaire de Dargo, dans la province du Namentenga. Plusieurs assaillants ont été neutralisés.\n\n"
            "Le même jour, dans la province du Soum, une unité du BIR a mené une opération offensive contre une base "
            "terroriste dans les environs de Nassoumbou. Une quinzaine de terroristes y ont été neutralisés.")
    dargo, nassoumbou = events(text, "fr")[1]
    assert dargo["location"] == "Dargo"
    assert (nassoumbou["location"], nassoumbou["fatalities"], nassoumbou["date"]) == ("Nassoumbou", 15, "2026-03-14")


@pytest.mark.parametrize("lang, text", [
    ("en", "Gunmen believed to be Boko Haram fighters abducted six people on Tuesday night in Mozogo, in Cameroon's "
           "Far North region. On Thursday the kidnappers demanded a ransom of several million CFA francs from the "
           "families."),
    ("fr", "Six personnes ont été enlevées dans la nuit de mardi à mercredi à Mozogo par des hommes armés de Boko "
           "Haram. Dès jeudi matin, les ravisseurs ont réclamé aux familles une rançon de plusieurs millions de francs "
           "CFA."),
])
def test_a_ransom_demanded_days_later_is_no_second_abduction(lang, text):
    [event] = events(text, lang, dt.date(2026, 1, 9))[1]
    assert (event["sub_event_type"], event["location"], event["date"]) == (
        "Abduction/forced disappearance", "Mozogo", "2026-01-06")


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "A suicide bomber entered a mosque in Konduga on Saturday evening and mingled with worshippers before "
           "blowing himself up, killing five people, police said.", "Suicide bomb"),
    ("ar", "قُتل خمسة أشخاص مساء السبت في تفجير استهدف مسجدا في بلدة كوندوغا. وقالت الشرطة إن انتحاريا يرتدي حزاما "
           "ناسفا دخل المسجد واندس بين المصلين قبل أن يفجر نفسه.", "Suicide bomb"),
    ("en", "Soldiers arrested a suicide bomber at a checkpoint in Konduga on Saturday before he could blow himself up, "
           "the army said.", "Disrupted weapons use"),
])
def test_a_bomber_who_went_in_before_blowing_himself_up_did_blow_himself_up(lang, text, expected):
    [event] = events(text, lang)[1]
    assert event["sub_event_type"] == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "Troops on fighting patrol engaged Boko Haram terrorists attempting to rustle cattle near Gwoza on "
           "Saturday. Three terrorists were neutralised and 43 cattle were recovered."),
    ("fr", "Les militaires ont accroché samedi des terroristes près de Kolofata. Trois assaillants ont été "
           "« neutralisés » et deux fusils d'assaut récupérés, selon une source militaire."),
])
def test_cattle_and_rifles_recovered_are_not_counted_among_the_dead(lang, text):
    [event] = events(text, lang)[1]
    assert event["fatalities"] == 3


@pytest.mark.parametrize("label", ["PRESS RELEASE", "PRESS STATEMENT", ""])
def test_an_item_a_headline_after_a_label_announced_is_one_event_when_told_apart(label):
    text = (f"{label}\n\nTROOPS REPEL ISWAP ATTACK ON GWOZA, NEUTRALISE 7 TERRORISTS, ARREST ARMS COURIER IN "
            "DAMASAK\n\nOn 3 March 2026, troops in Gwoza repelled an attack by ISWAP terrorists and neutralised seven "
            "of them.\n\nIn a related development, on 4 March 2026, troops in Damasak arrested a suspected arms "
            "courier of the terrorists at a checkpoint.").lstrip()
    found = events(text, "en", dt.date(2026, 3, 6))[1]
    assert sorted((e["location"], e["sub_event_type"], e["date"]) for e in found) == [
        ("Damasak", "Arrests", "2026-03-04"), ("Gwoza", "Armed clash", "2026-03-03")]


def test_a_camp_told_by_the_district_that_holds_it_is_no_second_scene():
    text = ("هاجم مسلحون فجر الأحد معسكر الجيش في بلدة مندورو، وقُتل ستة جنود. "
            "وقال مصدر أمني إن المهاجمين اقتحموا المعسكر الواقع في دائرة دوينتزا فجر الأحد قبل أن ينسحبوا.")
    [event] = events(text, "ar", dt.date(2026, 3, 17))[1]
    assert (event["location"], event["fatalities"], event["date"]) == ("Mondoro", 6, "2026-03-15")


def test_a_capital_pushed_to_admit_is_its_government_not_a_scene():
    text = ("A year ago this week, JNIM fighters killed 54 soldiers in an attack on army positions in the W park in "
            "Benin's Alibori department. The attack forced Cotonou to admit that the insurgency had reached it.")
    assert {e["admin1_code"] for e in events(text, "en", dt.date(2026, 4, 20))[1]} == {"BJ-AL"}


def test_the_men_behind_an_attack_caught_elsewhere_place_no_event_at_that_attack():
    text = "اعتقلت قوات الأمن يوم الثلاثاء في مدينة غاو ثلاثة من منفذي الهجوم على تيسيت."
    [event] = events(text, "ar", dt.date(2026, 4, 30))[1]
    assert (event["sub_event_type"], event["location"]) == ("Arrests", "Gao")


@pytest.mark.parametrize("text", ["وترى نيامي أن الهجمات تستهدف زعزعة الاستقرار.",
                                  "وتقول نيامي إن الهجمات تستهدف زعزعة الاستقرار."])
def test_a_capital_that_holds_a_view_speaks_for_its_government(text):
    [sentence] = gather(text, "ar", dt.date(2026, 3, 17)).sentences
    [niamey] = sentence.places
    assert niamey.mention.start in sentence.directional


@pytest.mark.parametrize("lang, text", [
    ("fr", "Cinq bergers ont été tués samedi par des éléments de Boko Haram près de Bohoma, dans la province du Lac. "
           "En réaction, l'armée a lancé dimanche une opération de ratissage dans la zone. Selon une source militaire, "
           "les soldats ont accroché un groupe de terroristes dans les îlots voisins et en ont neutralisé quatre."),
    ("en", "Gunmen killed five herders near Bohoma in Chad's Lac province on Saturday. In response, the army launched "
           "a sweep of the area on Sunday. Soldiers clashed with a group of the attackers on nearby islands and "
           "neutralised four of them, a military source said."),
])
def test_what_a_sweep_launched_the_next_day_achieved_is_an_event_of_its_own(lang, text):
    found = events(text, lang, dt.date(2026, 3, 17))[1]
    assert sorted((e["event_type"], e["fatalities"], e["date"]) for e in found) == [
        ("Battles", 4, "2026-03-15"), ("Violence against civilians", 5, "2026-03-14")]


@pytest.mark.parametrize("speaker", ["a déclaré un habitant de Kaya, chef-lieu de la région, dont la famille vit à "
                                     "Barsalogho", "a raconté un habitant de Barsalogho qui a trouvé refuge à Kaya"])
def test_a_resident_who_speaks_of_another_town_is_no_scene_nor_is_where_he_fled(speaker):
    text = ("Des hommes armés ont attaqué lundi le détachement militaire de Barsalogho, dans le centre-nord du Burkina "
            f"Faso. « Les combats ont duré des heures », {speaker}.")
    assert [e["location"] for e in events(text, "fr", dt.date(2026, 3, 17))[1]] == ["Barsalogo"]


@pytest.mark.parametrize("lang, text, dead", [
    ("en", "Troops repelled an attack by ISWAP terrorists on their base at Damboa on Sunday. Eleven of the attackers "
           "were neutralised, while one soldier sustained a gunshot wound.", 11),
    ("fr", "Selon un élu local joint ce mercredi, treize civils ont perdu la vie, contre huit annoncés hier soir "
           "dans un premier bilan, dans l'attaque du marché de Kokorou.", 13),
])
def test_a_number_after_while_or_against_has_its_own_toll_word(lang, text, dead):
    [event] = events(text, lang, dt.date(2026, 3, 17))[1]
    assert event["fatalities"] == dead


@pytest.mark.parametrize("lang, text, town", [
    ("en", "Police on Monday arrested three men in Maiduguri in connection with the bombing of the Konduga market.",
     "Maiduguri"),
    ("en", "Troops on Monday arrested three suspected militia members in Mangu linked to recent killings of villagers "
           "in Bokkos.", "Mangu"),
    ("fr", "Trois hommes ont été interpellés lundi par la gendarmerie à Dori pour leur implication dans l'attaque du "
           "marché de Seytenga.", "Dori"),
    ("ar", "اعتقلت الشرطة يوم الاثنين في مدينة مايدوغوري ثلاثة أشخاص للاشتباه في تورطهم في الهجوم على سوق كوندوغا.",
     "Maiduguri"),
])
def test_the_deed_people_are_arrested_for_is_no_event_nor_scene_of_its_own(lang, text, town):
    [event] = events(text, lang, dt.date(2026, 3, 17))[1]
    assert (event["sub_event_type"], event["location"]) == ("Arrests", town)


def test_where_the_wounded_died_of_their_wounds_is_no_scene():
    text = ("قُتل خمسة جنود يوم السبت في هجوم على موقع للجيش في بلدة تيلابيري. وتوفي جنديان آخران متأثرين بجروحهما في "
            "مستشفى نيامي يوم الأحد.")
    assert [e["location"] for e in events(text, "ar", dt.date(2026, 4, 14))[1]] == ["Tillabéri"]


def test_strikes_the_same_morning_at_another_town_are_an_event_of_their_own():
    text = ("Le dimanche 7 juin 2026, aux environs de 05h00, le poste de sécurité de Diabaly, dans le cercle de "
            "Niono, a fait l'objet d'une attaque des groupes armés terroristes.\n\nLa réaction vigoureuse des unités "
            "présentes a permis de repousser les assaillants.\n\nLe bilan provisoire est le suivant :\n"
            "- côté ami : 03 morts ;\n- côté terroriste : 12 terroristes neutralisés.\n\n"
            "Dans la même matinée, les vecteurs aériens des FAMa "
            "ont traqué les éléments terroristes en repli et effectué des frappes dans la zone de Nampala, "
            "neutralisant une dizaine d'autres terroristes.")
    found = events(text, "fr", dt.date(2026, 6, 8))[1]
    assert sorted((e["sub_event_type"], e["location"], e["date"]) for e in found) == [
        ("Air/drone strike", "Nampala", "2026-06-07"), ("Armed clash", "Diabaly", "2026-06-07")]


@pytest.mark.parametrize("lang, text, district", [
    ("ar", "وقال المتحدث إن المسلحين هاجموا يوم السبت القاعدة التابعة لإحدى كتائب الجيش في واجيروكو، "
           "بمنطقة حكم دامبوا المحلية، "
           "قرابة منتصف الليل.", "Damboa"),
    ("en", "Gunmen killed six herders on Thursday near Léré, in the Niafunké circle, residents said.", "Niafunké"),
])
def test_the_district_named_after_a_village_holds_it(lang, text, district):
    [sentence] = gather(text, lang, dt.date(2026, 6, 8)).sentences
    [held] = [p for p in sentence.places if p.place.name == district]
    assert held.mention.start in sentence.containers


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le poste de sécurité de Diabaly a fait l'objet dimanche d'une attaque des groupes armés terroristes, "
           "repoussée par les unités présentes. Les vecteurs aériens des FAMa ont ensuite effectué des frappes près de "
           "Nampala, neutralisant une dizaine de terroristes en repli."),
    ("en", "Gunmen attacked an army post in Diabaly on Sunday and were repelled. Malian army drones then struck "
           "fleeing fighters near Nampala, killing about ten of them."),
])
def test_strikes_told_after_a_ground_attack_at_another_town_are_their_own_event(lang, text):
    found = events(text, lang, dt.date(2026, 6, 8))[1]
    assert sorted((e["location"], e["sub_event_type"]) for e in found) == [
        ("Diabaly", "Armed clash"), ("Nampala", "Air/drone strike")]


def test_a_march_takes_place_where_it_went_not_where_the_marchers_live():
    text = ("On Monday, hundreds of residents of Kaura Namoda and nearby villages marched to the Government House in "
            "Gusau, carrying placards and demanding more troops after a wave of kidnappings.")
    [event] = events(text, "en", dt.date(2026, 3, 24))[1]
    assert (event["event_type"], event["location"]) == ("Protests", "Gusau")


def test_two_abductions_told_in_one_sentence_on_two_days_are_two_events():
    text = ("Foreigners have been targeted before. A Swiss woman was abducted in the northern city of Agadez on April "
            "13, and an Austrian woman who had lived there for decades was kidnapped from her home in the same city on "
            "January 11.")
    found = events(text, "en", dt.date(2025, 10, 22))[1]
    assert sorted((e["location"], e["date"]) for e in found) == [("Agadez", "2025-01-11"), ("Agadez", "2025-04-13")]


def test_a_bomb_at_the_same_town_the_next_day_is_no_more_of_an_abduction():
    text = ("Deux agents d'une ONG ont été enlevés samedi aux environs d'Ansongo par des hommes armés, selon des "
            "sources locales. Par ailleurs, dimanche, un car de transport a sauté sur un engin explosif improvisé à "
            "une trentaine de kilomètres d'Ansongo. Le bilan fait état de trois morts.")
    found = events(text, "fr", dt.date(2026, 8, 17))[1]
    assert sorted((e["sub_event_type"], e["date"]) for e in found) == [
        ("Abduction/forced disappearance", "2026-08-15"), ("Remote explosive/landmine/IED", "2026-08-16")]


def test_acts_of_violence_a_region_has_seen_are_no_riot():
    text = ("قُتل سبعة مدنيين، مساء الجمعة، في هجوم شنه مسلحون مجهولون على قرية قرب تيتاو في إقليم لوروم شمالي بوركينا "
            "فاسو. ويقع إقليم لوروم في منطقة الشمال المحاذية لمالي، وهي من أكثر المناطق تضررا من أعمال العنف التي "
            "تشهدها البلاد منذ عام 2015.")
    [event] = events(text, "ar", dt.date(2026, 7, 19))[1]
    assert (event["event_type"], event["sub_event_type"]) == ("Violence against civilians", "Attack")


def test_a_capital_accused_is_its_government_not_a_scene():
    text = ("L'état-major général des armées a annoncé lundi soir que les vecteurs aériens des FAMa ont conduit des "
            "frappes dans l'après-midi du lundi 5 octobre 2026 contre un regroupement de terroristes à une trentaine "
            "de kilomètres au nord-est de Kidal.\n\nDans un message publié mardi matin, le Front de libération de "
            "l'Azawad a confirmé la mort de huit de ses combattants dans cette frappe de drone, dénonçant une attaque "
            "lâche et accusant Bamako et ses alliés russes de mener une guerre d'extermination.")
    [event] = events(text, "fr", dt.date(2026, 10, 6))[1]
    assert (event["location"], event["fatalities"]) == ("Kidal", 8)


def test_what_a_region_has_gone_through_since_a_year_is_background_not_more_of_the_event():
    text = ("Quatre civils ont été tués dans la nuit de dimanche à lundi par des hommes armés non identifiés dans le "
            "village de Koundjoaré, dans la préfecture de Kpendjal, selon des sources locales. Le nord du Togo subit "
            "depuis 2021 les débordements des violences jihadistes qui frappent le Burkina Faso voisin.")
    [event] = events(text, "fr", dt.date(2026, 8, 26))[1]
    assert (event["event_type"], event["sub_event_type"], event["location"]) == (
        "Violence against civilians", "Attack", "Koundjoaré")


def test_where_the_attackers_came_from_across_a_border_is_no_scene():
    text = ("Boko Haram fighters killed three villagers and stole cattle in a raid on Tourou, in the Mayo-Tsanaga "
            "division of Cameroon's Far North region, late on Monday, officials said.\n\nThe raiders, who villagers "
            "said came from the Nigerian side of the Mandara mountains, stormed the village at around 11 p.m., "
            "shooting at people who tried to flee and setting fire to several homes and granaries. Soldiers later "
            "intercepted fighters trying to cross back into Nigeria.")
    told = gather(text, "en", dt.date(2026, 10, 29)).sentences[1]
    assert told.places and all(p.mention.start in told.directional for p in told.places)


def test_youths_who_smash_an_office_s_windows_riot():
    text = ("وفي مدينة أوباري، اقتحم شبان غاضبون يوم الجمعة مقر محطة توزيع الكهرباء وحطموا زجاج مكاتبها احتجاجا على "
            "انقطاع التيار، دون تسجيل إصابات.")
    [event] = events(text, "ar", dt.date(2026, 7, 26))[1]
    assert (event["event_type"], event["location"]) == ("Riots", "Ubari")


def test_kidnappings_that_multiply_are_a_trend_not_an_event():
    text = ("Six personnes ont été enlevées dans la nuit de jeudi à vendredi à Tourou, dans le département du "
            "Mayo-Tsanaga, par des éléments de Boko Haram. Ces enlèvements contre rançon se multiplient depuis le début "
            "de l'année dans le Mayo-Tsanaga.\n\nHier samedi, une patrouille de l'armée est tombée sur un groupe de "
            "combattants de Boko Haram à quelques kilomètres de Kolofata. Au terme d'un accrochage, quatre terroristes "
            "ont été neutralisés.")
    found = events(text, "fr", dt.date(2026, 8, 30))[1]
    assert sorted((e["event_type"], e["location"]) for e in found) == [
        ("Battles", "Kolofata"), ("Violence against civilians", "Tourou")]


def test_a_lead_that_sums_the_past_week_is_no_event():
    text = ("Troops of Operation HADIN KAI have neutralised nine terrorists and arrested a logistics supplier in "
            "separate operations across Borno State within the past week.\n\nOn 8 August 2026, troops at Bama repelled "
            "an attack by ISWAP terrorists and neutralised nine of them.\n\nSimilarly, on 11 August 2026, troops "
            "arrested a suspected logistics supplier to the terrorists at the Monguno cattle market.")
    found = events(text, "en", dt.date(2026, 8, 12))[1]
    assert sorted(e["location"] for e in found) == ["Bama", "Monguno"]


def test_hostages_named_as_abducted_by_a_group_are_freed_in_a_release():
    text = ("Twelve farmers abducted by bandits from their fields near Bakura, in Zamfara State, have regained their "
            "freedom after three weeks in captivity. They were released on Friday near Bakura and reunited with their "
            "families, a community leader said.")
    [event] = events(text, "en", dt.date(2026, 6, 14))[1]
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Other")
    assert "hostage_release" in event["ct_tags"]


def test_a_village_and_the_district_that_holds_it_named_again_are_one_scene():
    text = ("Quatre personnes ont été tuées dans la nuit de samedi à dimanche à Kolofata, dans l'arrondissement de "
            "Mora, département du Mayo-Sava, lors d'une incursion de Boko Haram.\n\nJoint par téléphone, le "
            "sous-préfet de l'arrondissement de Mora confirme l'attaque : « Quatre civils ont perdu la vie, deux "
            "autres ont été blessés. »")
    found = events(text, "fr", dt.date(2026, 5, 8))[1]
    assert [(e["location"], e["fatalities"]) for e in found] == [("Kolofata", 4)]


def test_the_dispersal_of_the_crowd_told_after_the_grievance_is_the_protest():
    text = ("Police fired teargas on Monday to disperse youths who blocked the main road in Biu to protest "
            "killings in the area.\n\nThe protest followed an attack on Saturday night on Kwaya village, in which "
            "gunmen killed six people, residents said.\n\nThe police said teargas was used after some protesters "
            "tried to attack passing vehicles, adding that no life was lost.")
    found = events(text, "en", dt.date(2026, 4, 7))[1]
    assert sorted((e["event_type"], e["location"]) for e in found) == [
        ("Protests", "Biu"), ("Violence against civilians", "Kwaya Kusar")]


def test_a_lead_on_a_province_s_operations_of_the_week_sums_the_items_told_after_it():
    text = ("Les Forces de défense et de sécurité ont neutralisé plusieurs dizaines de terroristes au cours d'opérations "
            "menées la semaine dernière dans la province du Soum, a appris l'AIB.\n\nLe mardi 4 mars, une frappe "
            "aérienne a visé un regroupement de terroristes près de Djibo. Deux jours plus tard, le jeudi 6 mars, une "
            "unité a repoussé une attaque contre sa position à Arbinda : onze assaillants ont été neutralisés.")
    found = events(text, "fr", dt.date(2025, 3, 10))[1]
    assert sorted(e["location"] for e in found) == ["Aribinda", "Djibo"]


def test_the_seat_of_a_guard_unit_named_with_its_brigade_is_not_where_it_arrested():
    text = ("تمكنت وحدات فرقة الأبحاث والتفتيش للحرس الوطني بالقصرين، أمس الأربعاء، من إيقاف عنصر تكفيري في مدينة "
            "فريانة من ولاية القصرين، محكوم غيابيا بالسجن من أجل الانضمام إلى تنظيم إرهابي.")
    [event] = events(text, "ar", dt.date(2026, 3, 12))[1]
    assert (event["sub_event_type"], event["location"]) == ("Arrests", "Feriana")


def test_the_armys_sector_and_zone_named_after_a_town_hold_the_place_they_acted_in():
    sector = ("الجزائر – كشفت مفرزة للجيش الوطني الشعبي، يوم 4 مارس، إثر عملية بحث وتمشيط بالقرب من منطقة أبالسة "
              "بالقطاع العسكري تمنراست، مخبأ للأسلحة يحتوي على مسدسين رشاشين وكمية من الذخيرة.")
    [event] = events(sector, "ar", dt.date(2026, 3, 11))[1]
    assert (event["sub_event_type"], event["location"]) == ("Disrupted weapons use", "Abalessa")
    zone = ("أعلنت القيادة العامة أن دورية تابعة لمنطقة سبها العسكرية ضبطت أمس الأربعاء شحنة أسلحة وذخائر على متن "
            "سيارتين قرب بلدة القطرون جنوب البلاد.")
    [event] = events(zone, "ar", dt.date(2026, 6, 26))[1]
    assert event["location"] == "Al Qaţrūn"


def test_what_a_policy_would_need_and_a_base_asked_for_tell_no_event():
    text = ("On 9 March, Lakurawa fighters killed seven herders near Tangaza, in Sokoto State, local officials "
            "said.\n\nAnalysts say the group has grown in the border areas since then. Preventing that will "
            "require more than airstrikes: it means restoring services. The chairman of Tangaza LGA condemned the "
            "attack and appealed to the federal government to establish a permanent military base in the area.")
    [event] = events(text, "en", dt.date(2026, 6, 30))[1]
    assert (event["event_type"], event["actor2"]) == ("Violence against civilians", "Civilians (Nigeria)")


def test_the_first_toll_told_after_another_event_goes_back_to_the_attack_whose_toll_rose():
    text = ("أعلن الجيش المالي ارتفاع حصيلة الهجوم الذي استهدف موقعه العسكري في بلدة ديورا يوم الثلاثاء الماضي إلى 11 "
            "قتيلاً في صفوف الجنود.\n\nوقال الجيش إن سلاح الجو نفّذ يوم الأربعاء ضربات بطائرات مسيّرة استهدفت تجمعاً "
            "للإرهابيين قرب بلدة نامبالا، مما أسفر عن تحييد عشرات منهم.\n\nوكانت مصادر محلية قد تحدثت في البداية عن "
            "مقتل سبعة جنود، فيما ادعت الجماعة أنها قتلت عشرين جندياً.")
    found = events(text, "ar", dt.date(2026, 6, 6))[1]
    assert sorted((e["location"], e["sub_event_type"], e["fatalities"]) for e in found) == [
        ("Dioura", "Armed clash", 11), ("Nampala", "Air/drone strike", 12)]


def test_one_of_the_deadliest_attacks_of_the_year_is_a_rank_not_a_sum():
    text = ("وفي 14 مايو الماضي، هاجم مقاتلو الجماعة مفرزة للجيش في بلدة سيبا، وقتلوا عشرات الجنود، بحسب مصادر أمنية، "
            "في واحدة من أعنف الهجمات منذ بداية العام.")
    [event] = events(text, "ar", dt.date(2026, 6, 28))[1]
    assert (event["event_type"], event["location"]) == ("Battles", "Sebba")


@pytest.mark.parametrize("text, lang", [
    ("The toll of Sunday's attack on the weekly market of Sanam, in the Tillaberi region, rose to nine after two of "
     "the wounded died of their wounds at the health centre in Abala, a local official said.", "en"),
    ("ارتفعت إلى تسعة قتلى حصيلة الهجوم الذي استهدف، يوم الأحد، السوق الأسبوعي لبلدة سانام في منطقة تيلابيري، "
     "بعد وفاة جريحين متأثرين بإصابتهما في المركز الصحي بأبالا. وأضاف أحد الأعيان أن وحدة من الجيش وصلت إلى "
     "البلدة بعد ساعات من انسحاب المسلحين.", "ar"),
])
def test_the_health_centre_the_wounded_died_in_is_not_a_scene(text, lang):
    [event] = events(text, lang, dt.date(2026, 2, 11))[1]
    assert (event["event_type"], event["location"]) == ("Violence against civilians", "Sanam")


def test_the_town_the_wounded_were_evacuated_to_for_care_is_no_scene():
    text = ("Une unité des FDS est tombée samedi dans une embuscade tendue par des terroristes près de Torodi. Côté "
            "ami, le bilan fait état de quatre militaires tombés au champ d'honneur et de six blessés, évacués vers "
            "Niamey où ils reçoivent des soins.")
    [event] = events(text, "fr", dt.date(2025, 9, 8))[1]
    assert (event["location"], event["fatalities"]) == ("Torodi", 4)


def test_a_guard_unit_of_a_district_arrests_in_another_town():
    text = ("Les unités de la Garde nationale relevant du district de Kasserine ont procédé, mercredi, à l'arrestation "
            "d'un élément takfiri dans la délégation de Sbiba, a annoncé le ministère de l'Intérieur.")
    [event] = events(text, "fr", dt.date(2025, 8, 21))[1]
    assert (event["sub_event_type"], event["location"]) == ("Arrests", "Sbiba")


def test_the_towns_a_bus_ran_between_are_not_where_it_hit_the_mine():
    text = ("« Un car qui assurait la liaison entre Mopti et Gao a heurté une mine artisanale mardi, à une quinzaine "
            "de kilomètres de Hombori. Cinq passagers sont morts », a déclaré un élu local.")
    [event] = events(text, "fr", dt.date(2025, 7, 16))[1]
    assert (event["location"], event["geo_precision"]) == ("Hombori", 2)


def test_the_zone_the_fighters_came_from_is_no_scene():
    text = ("De violents combats ont opposé mercredi 10 septembre des combattants de l'EIGS à ceux du JNIM dans les "
            "environs de Talataye, dans le cercle d'Ansongo, selon des élus locaux.\n\nD'après ces sources, les hommes "
            "de l'EIGS, venus de la zone de Ménaka à bord de dizaines de motos, ont attaqué dans la matinée une "
            "position tenue par le JNIM. « Au moins douze combattants ont été tués », confie un élu.")
    found = events(text, "fr", dt.date(2025, 9, 12))[1]
    assert [(e["location"], e["fatalities"]) for e in found] == [("Talataye", 12)]


def test_the_death_a_crowd_is_angry_about_is_not_the_protest_s_toll():
    text = ("Police fired teargas on Monday in Biu to disperse hundreds of youths angry over the death of a trader "
            "shot by gunmen at the weekend. Residents said no one was hurt in the protest.")
    found = events(text, "en", dt.date(2026, 4, 7))[1]
    protest = next(e for e in found if e["event_type"] == "Protests")
    assert protest["fatalities"] in (None, 0)


@pytest.mark.parametrize("text, lang", [
    ("Vives tensions lundi à Kéniéba, dans la région de Kayes. Des centaines de jeunes, furieux après la fermeture "
     "d'un site d'orpaillage, se sont dirigés vers la mairie, dont ils ont brisé les vitres.", "fr"),
    ("Tension was high on Monday in Kenieba, in the Kayes region. Hundreds of youths, furious over the closure of a "
     "gold mining site, marched to the town hall and smashed its windows.", "en"),
])
def test_a_crowd_that_smashes_windows_riots(text, lang):
    found = events(text, lang, dt.date(2026, 11, 18))[1]
    assert [(e["event_type"], e["location"]) for e in found] == [("Riots", "Kéniéba")]


def test_a_fishing_festival_s_splashing_bodies_and_motor_rally_are_no_events():
    text = ("Thousands of fishermen, armed with traditional nets, plunged into the river at the signal of the Emir, "
            "turning it into a sea of splashing bodies for about an hour. The festival in Argungu, Kebbi State, on "
            "Saturday also featured a durbar and a motor rally.")
    extraction, found = events(text, "en", dt.date(2026, 3, 14))
    assert (extraction.kind, found) == ("other", [])


@pytest.mark.parametrize("text, lang", [
    ("Des centaines d'habitants ont manifesté jeudi à Douentza, trois jours après l'attaque qui a tué neuf "
     "villageois à Boni.", "fr"),
    ("تظاهر مئات السكان الخميس في دوينتزا، بعد ثلاثة أيام من الهجوم الذي قتل تسعة قرويين في بوني.", "ar"),
])
def test_days_after_an_attack_named_date_the_attack_before_the_day_told(text, lang):
    found = events(text, lang, dt.date(2026, 4, 10))[1]
    assert {(e["location"], e["date"]) for e in found} >= {("Douentza", "2026-04-09"), ("Boni", "2026-04-06")}


def test_a_bomb_taken_apart_before_it_went_off_is_a_disrupted_weapon():
    text = ("Army engineers on Tuesday dismantled an improvised explosive device hidden under a culvert near "
            "Feriana, in Kasserine governorate, the defence ministry said.")
    [event] = events(text, "en", dt.date(2026, 4, 9))[1]
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Disrupted weapons use")


def test_engineers_sent_after_a_mine_went_off_do_not_make_it_defused():
    text = ("A soldier was wounded on Tuesday when a landmine exploded near Feriana, in Kasserine governorate. Army "
            "engineers were sent to clear the area.")
    [event] = events(text, "en", dt.date(2026, 4, 9))[1]
    assert event["sub_event_type"] == "Remote explosive/landmine/IED"


def test_a_town_wrested_from_the_army_is_taken_and_the_capital_that_faces_it_is_no_scene():
    text = ("وتواجه نيامي جبهة أخرى مع تنظيم الدولة الإسلامية في الساحل، الذي انتزع بلدة تيليا من الجيش في الثالث من "
            "مارس.")
    [event] = events(text, "ar", dt.date(2026, 3, 20))[1]
    assert (event["sub_event_type"], event["location"], event["date"]) == (
        "Non-state actor overtakes territory", "Tillia", "2026-03-03")


def test_the_town_below_a_mountain_named_as_its_unit_is_the_scene():
    text = ("انفجر لغم تقليدي الصنع صباح الأحد بجبل المغيلة من معتمدية سيدي علي بن عون التابعة لولاية سيدي "
            "بوزيد، ما أسفر عن إصابة عسكري.")
    [event] = events(text, "ar", dt.date(2026, 5, 4))[1]
    assert (event["location"], event["admin1_code"], event["geo_precision"]) == ("Ben Aoun", "TN-43", 2)


def test_a_mob_that_kills_a_man_said_to_inform_for_a_group_is_mob_violence():
    text = ("Angry youths in Tsafe on Thursday beat to death a trader they accused of being an informant for the "
            "bandits, residents said.")
    [event] = events(text, "en", dt.date(2026, 6, 5))[1]
    assert (event["event_type"], event["sub_event_type"], event["actor1"]) == (
        "Riots", "Mob violence", "Rioters (Nigeria)")


def test_suspected_informants_arrested_belong_to_the_group_they_served():
    text = ("Les forces de défense ont interpellé mardi à Bosso, dans la région de Diffa, quatre individus soupçonnés "
            "d'être des informateurs de Boko Haram.")
    [event] = events(text, "fr", dt.date(2026, 6, 5))[1]
    assert (event["sub_event_type"], event["actor2"]) == ("Arrests", "Boko Haram (JAS)")


def test_a_group_only_said_to_be_active_where_an_unclaimed_attack_took_place_is_not_its_author():
    text = ("Des hommes armés ont tué mercredi six civils à Inates, dans la région de Tillabéri. L'attaque n'a pas été "
            "revendiquée, mais la zone est le théâtre d'activités régulières de l'État islamique au Sahel.")
    [event] = events(text, "fr", dt.date(2026, 6, 5))[1]
    assert event["actor1"] == "Unidentified Armed Group (Niger)"


def test_stones_piled_to_block_a_road_are_a_barricade_not_a_riot():
    text = ("فرقت قوات الأمن مساء الإثنين بالغاز المسيل للدموع عشرات الشبان الذين أغلقوا الطريق الرئيسية في المتلوي "
            "بالحجارة للمطالبة بالتشغيل.")
    [event] = events(text, "ar", dt.date(2026, 6, 9))[1]
    assert (event["event_type"], event["sub_event_type"]) == ("Protests", "Protest with intervention")


@pytest.mark.parametrize("text, lang, town", [
    ("نظم عشرات المعطلين عن العمل الثلاثاء وقفة احتجاجية أمام مقر ولاية سيدي بوزيد.", "ar", "Sidi Bouzid"),
    ("Des dizaines de commerçants ont observé mardi un sit-in devant le gouvernorat de Zinder.", "fr", "Zinder"),
])
def test_a_crowd_before_the_seat_of_a_region_is_in_its_capital(text, lang, town):
    [event] = events(text, lang, dt.date(2026, 6, 10))[1]
    assert (event["event_type"], event["location"], event["geo_precision"]) == ("Protests", town, 1)


def test_a_mayor_s_town_is_the_place_and_regaining_freedom_is_a_release():
    text = ("Enlevé le 3 mai par des hommes armés, le maire de Massigui, dans le cercle de Dioïla, a retrouvé la "
            "liberté samedi.")
    found = events(text, "fr", dt.date(2026, 5, 25))[1]
    assert [(e["sub_event_type"], e["location"], e["date"]) for e in found] == [
        ("Abduction/forced disappearance", "Massigui", "2026-05-03"), ("Other", "Massigui", "2026-05-23")]


def test_marchers_placards_naming_the_attacked_village_stay_with_the_march():
    text = ("Des centaines d'habitants de Téra ont marché samedi pour réclamer plus de sécurité, quatre jours après "
            "l'attaque meurtrière du village de Dargol.\n\nSur les banderoles, on pouvait lire « Justice pour "
            "Dargol ».")
    found = events(text, "fr", dt.date(2026, 8, 30))[1]
    assert [(e["event_type"], e["location"], e["date"]) for e in found] == [
        ("Protests", "Téra", "2026-08-29"), ("Violence against civilians", "Dargol", "2026-08-25")]


def test_a_placeless_sentence_on_the_day_of_an_earlier_attack_tells_that_attack():
    text = ("Des centaines d'habitants de Ouallam ont marché mercredi, trois jours après l'attaque du marché de "
            "Tondikiwindi.\n\nDimanche, au moins neuf commerçants avaient été tués dans cette attaque.")
    found = events(text, "fr", dt.date(2026, 5, 28))[1]
    assert [(e["event_type"], e["location"].replace(" ", ""), e["fatalities"], e["date"]) for e in found] == [
        ("Protests", "Ouallam", None, "2026-05-27"), ("Violence against civilians", "TondiKiwindi", 9, "2026-05-24")]


def test_deaths_of_recent_years_with_no_day_and_no_count_are_no_event():
    text = ("Un berger a été blessé mardi par l'explosion d'une mine près de Sbiba, dans le gouvernorat de "
            "Kasserine.\n\n"
            "Plusieurs bergers ont été tués par des mines ces dernières années dans les monts de Sidi Bouzid.")
    found = events(text, "fr", dt.date(2026, 2, 12))[1]
    assert [e["location"] for e in found] == ["Sbiba"]


def test_an_attack_the_strike_came_days_after_is_dated_that_many_days_before_it():
    text = ("A Malian army drone strike killed at least seven fighters near the town of Ber on Friday, a security source "
            "said.\n\nThe strike came three days after JNIM fighters ambushed an army patrol near Goundam, killing four "
            "soldiers.")
    found = events(text, "en", dt.date(2025, 10, 25))[1]
    assert [(e["sub_event_type"], e["location"], e["date"]) for e in found] == [
        ("Air/drone strike", "Ber", "2025-10-24"), ("Armed clash", "Goundam", "2025-10-21")]


def test_youths_who_march_to_a_town_and_set_fire_to_its_offices_riot_on_the_day_set_before():
    text = ("Gunmen killed nine farmers in Sanyinna on Sunday.\n\nOn Monday evening, anger boiled over. Hundreds of "
            "youths marched to Tangaza, the council headquarters, where they set fire to two official vehicles.")
    found = events(text, "en", dt.date(2026, 9, 15))[1]
    assert ("Riots", "Tangaza", "2026-09-14") in [(e["event_type"], e["location"], e["date"]) for e in found]


def test_the_rest_of_an_arabic_place_name_is_not_a_town_with_a_proclitic():
    text = ("كشفت مفرزة للجيش الوطني الشعبي يوم 3 سبتمبر مخبأ للجماعات الإرهابية بغابة بني فرقان ببلدية الميلية، ولاية "
            "جيجل، يحتوي على قنبلتين تقليديتي الصنع.")
    [event] = events(text, "ar", dt.date(2026, 9, 9))[1]
    assert (event["location"], event["admin1_code"]) == ("El Milia", "DZ-18")


def test_volunteers_of_a_story_that_names_the_vdp_are_the_vdp():
    text = ("أقرت السلطات قانون متطوعي الدفاع عن الوطن عام 2020. وفي 22 فبراير، قُتل 14 متطوعا في هجوم تبنته جماعة "
            "نصرة الإسلام والمسلمين على موقعهم في مدينة تيتاو.")
    found = events(text, "ar", dt.date(2026, 3, 30))[1]
    assert any(e["actor2"] == "VDP" and e["location"] == "Titao" for e in found)


def test_protesters_who_burn_tyres_on_a_coastal_road_riot_at_the_town_not_at_the_road_s_end():
    text = ("أغلق محتجون غاضبون صباح اليوم الطريق الساحلي الرابط بين طرابلس والحدود التونسية عند مدخل مدينة صبراتة، "
            "بإشعال الإطارات، ما أوقف حركة الشاحنات المتجهة إلى معبر رأس اجدير.")
    [event] = events(text, "ar", dt.date(2026, 1, 26))[1]
    assert (event["event_type"], event["location"]) == ("Riots", "Şabrātah")


def test_the_first_of_a_month_in_maghreb_usage():
    text = "أصدرت المحكمة أمس أحكاما في حق متهمين في أعمال الشغب التي شهدتها آيت اعميرة فاتح أكتوبر."
    mentions = gather(text, "ar", dt.date(2025, 10, 22))
    assert "2025-10-01" in {str(d.date) for s in mentions.sentences for d in s.dates}
    assert "Aït Amira" in {p.place.name for s in mentions.sentences for p in s.places}


def test_a_quote_opening_on_you_and_the_word_africa_name_no_place():
    text = ("\"You cannot defeat a group that has become the regulator of the market,\" said a researcher who studies "
            "jihadist groups in West Africa.")
    assert [m.surface for m in find_places(normalise(text), "en")] == []  # (nor weighs in the document's context)


def test_men_shot_where_they_had_gathered_are_no_protest():
    text = ("Gunmen opened fire on men gathered outside the mosque of Gidan Kare, in Tangaza Local Government Area of "
            "Sokoto State, on Sunday, killing seven, police said.")
    [event] = events(text, "en", dt.date(2025, 11, 18))[1]
    assert (event["event_type"], event["fatalities"]) == ("Violence against civilians", 7)


def test_a_number_joined_after_a_killing_counts_for_its_own_verb():
    text = ("Des combattants de Boko Haram ont fait irruption mardi soir à Mozogo. Quatre civils ont été tués par "
            "balles et deux jeunes femmes ont été emmenées par les assaillants.")
    [event] = events(text, "fr", dt.date(2025, 10, 16))[1]
    assert event["fatalities"] == 4


def test_the_fighting_that_followed_is_more_of_the_attack_and_them_are_the_attackers():
    text = ("Five Togolese soldiers were killed when gunmen attacked an army post in the northern Savanes region late "
            "on Thursday, the government said on Saturday. The attackers struck the post at Koundjouare, in Kpendjal "
            "prefecture, and eight of them were killed in the fighting that followed.")
    [event] = events(text, "en", dt.date(2025, 3, 22))[1]
    assert (event["location"], event["fatalities"]) == ("Koundjoaré", 13)


def test_a_strike_told_as_earlier_in_the_day_of_a_statement_is_that_days_own_event():
    text = ("Fighters of JNIM have taken control of the town of Dioura in central Mali after overrunning the army camp "
            "there. The militants attacked the camp on Tuesday morning; at least nine soldiers were killed. The army "
            "said in a statement on Wednesday evening that drones had struck \"terrorist concentrations\" in Dioura "
            "earlier in the day, killing dozens of fighters.")
    found = events(text, "en", dt.date(2026, 10, 29))[1]
    assert {(e["sub_event_type"], e["date"], e["fatalities"]) for e in found} == {
        ("Non-state actor overtakes territory", "2026-10-27", 9), ("Air/drone strike", "2026-10-28", 12)}


def test_attackers_in_a_clause_of_when_are_not_among_the_dead():
    text = ("Four Dozo hunters were killed when dozens of militants on motorcycles attacked the self-defence post of "
            "Farabougou on Sunday morning.")
    [event] = events(text, "en", dt.date(2025, 3, 29))[1]
    assert event["fatalities"] == 4


def test_a_crowd_a_raid_prompted_is_an_event_of_its_own():
    text = ("Gunmen killed 11 people and abducted dozens in a raid on a village in Nigeria's northwestern Zamfara "
            "state, police and residents said, prompting angry villagers to block a major highway on Thursday. The "
            "attackers, who arrived late on Tuesday, opened fire on residents of Damri in Bakura local government "
            "area. On Thursday, hundreds of residents blocked the Gusau–Sokoto road at Bakura town for several hours, "
            "carrying placards and demanding more troops in the area.")
    found = events(text, "en", dt.date(2026, 10, 23))[1]
    assert {(e["event_type"], e["location"], e["date"]) for e in found} == {
        ("Violence against civilians", "Damri", "2026-10-20"), ("Protests", "Bakura", "2026-10-22")}


def test_a_town_the_curated_file_names_is_a_town_though_geonames_files_a_lake():
    [place] = resolve(find_places(normalise("في كمين قرب بلدة غوسي"), "ar"))
    assert (place.place.name, place.place.kind, place.geo_precision) == ("Gossi", "town", 2)


def test_a_man_beaten_to_death_by_the_crowd_as_an_informant_is_mob_violence():
    text = ("Dimanche après-midi, la tension est montée d'un cran à Mokolo. Un homme accusé par la foule d'être un "
            "informateur de Boko Haram a été pris à partie au grand marché et battu à mort avant l'arrivée de la "
            "police.")
    [event] = events(text, "fr", dt.date(2026, 10, 5))[1]
    assert (event["sub_event_type"], event["location"]) == ("Mob violence", "Mokolo")


@pytest.mark.parametrize("text,lang", [
    ("ولم يعلق الجيش على الانسحاب من سومبي، في حين يخشى السكان أن تتعرض البلدة لغارات جوية في الأيام المقبلة.", "ar"),
    ("Residents of Soumpi fear the town could be hit by air strikes in the coming days.", "en"),
    ("Les habitants de Soumpi craignent que la ville ne subisse des frappes aériennes.", "fr"),
])
def test_strikes_people_fear_are_no_event(text, lang):
    assert events(text, lang, dt.date(2025, 2, 7))[1] == []


def test_fighters_who_enter_a_town_the_army_left_take_it_without_victims():
    text = ("دخل مقاتلو جماعة نصرة الإسلام والمسلمين يوم الأربعاء بلدة سومبي التابعة لدائرة نيافونكي، بعد ساعات من "
            "انسحاب وحدة الجيش من موقعها هناك. وقال أحد أعيان البلدة لـ\"صوت تمبكتو\" إن ذلك تم \"دون إطلاق رصاصة "
            "واحدة ودون سقوط أي ضحايا\".")
    [event] = events(text, "ar", dt.date(2025, 2, 7))[1]
    assert (event["sub_event_type"], event["location"]) == ("Non-state actor overtakes territory", "Soumpi")


def test_a_groups_photographs_of_captured_weapons_are_no_seizure():
    text = ("On 14 July, JNIM fighters attacked a military post near Mandouri, killing six soldiers. The group "
            "released photographs of captured weapons two days later.")
    [event] = events(text, "en", dt.date(2026, 10, 15))[1]
    assert event["event_type"] == "Battles"


def test_drones_that_fly_regularly_join_no_abduction():
    text = ("وفي 28 يناير، اختطف مسلحون نحو عشرين امرأة كن يجمعن الحطب في ضواحي دياباغا. وفي المقابل، تراهن السلطات "
            "على التعبئة العامة، وعلى الطائرات المسيرة التي باتت تحلق بانتظام فوق غابات المنطقة.")
    [event] = events(text, "ar", dt.date(2025, 2, 22))[1]
    assert event["sub_event_type"] == "Abduction/forced disappearance"


def test_a_capital_whose_perception_changed_is_the_government_not_a_scene():
    text = ("وشكّل الهجوم الذي استهدف في الثامن من يناير الماضي موقع \"بوان تريبل\" العسكري داخل حديقة دبليو، وأسفر "
            "بحسب الحكومة البنينية عن مقتل 28 جنديا، نقطة تحول في إدراك كوتونو لحجم التهديد، إذ يعد الأعنف في تاريخ "
            "الجيش البنيني.")
    [event] = events(text, "ar", dt.date(2025, 3, 28))[1]
    assert (event["location"], event["fatalities"]) == ("Point Triple", 28)


def test_a_distance_from_the_far_end_of_the_road_places_the_blast_near_it():
    text = ("قتل ستة ركاب أمس الجمعة حين انفجرت عبوة ناسفة بحافلة صغيرة على الطريق الرابط بين مايدوغوري وبلدة غوبيو "
            "في ولاية بورنو. وقال المسؤول إن الانفجار وقع على بعد نحو عشرين كيلومترا من غوبيو.")
    [event] = events(text, "ar", dt.date(2025, 1, 11))[1]
    assert (event["location"], event["geo_precision"]) == ("Gubio", 2)


def test_the_raid_a_protest_denounced_told_after_it_in_the_same_village_is_its_own_event():
    text = ("Angry youths on Saturday blocked the Funtua-Zaria highway for several hours to protest against the "
            "killing of five people by bandits in Maigamji, a community in Funtua Local Government Area of Katsina "
            "State. Residents said the bandits stormed Maigamji on motorcycles at about 10pm on Friday, shooting "
            "sporadically.")
    found = events(text, "en", dt.date(2025, 12, 28))[1]
    assert ("Violence against civilians", "Maigamji", "2025-12-26") in {
        (e["event_type"], e["location"], e["date"]) for e in found}


def test_a_sit_in_the_day_before_a_crowd_clashed_with_the_police_is_its_own_protest_at_the_town():
    text = ("تحولت الاحتجاجات التي يخوضها منذ أيام عدد من المعطلين عن العمل في مدينة الرديف من ولاية قفصة إلى "
            "مواجهات مع الوحدات الأمنية مساء الثلاثاء. وكان العشرات من أصحاب الشهائد العليا المعطلين قد نفذوا يوم "
            "الاثنين وقفة احتجاجية أمام مقر المعتمدية، رفعوا خلالها شعارات تطالب بالتشغيل في شركة فسفاط قفصة. وعاد "
            "الهدوء الحذر صباح اليوم الأربعاء إلى المدينة، في انتظار جلسة تفاوضية دعا إليها والي قفصة بحضور ممثلين "
            "عن المحتجين.")
    found = events(text, "ar", dt.date(2025, 1, 22))[1]
    assert {(e["event_type"], e["location"], e["date"]) for e in found} == {
        ("Protests", "Ar Rudayyif", "2025-01-21"), ("Protests", "Ar Rudayyif", "2025-01-20")}
