import pytest

from sahelwatch.extract.cues import CATEGORIES, EVENT_CUES, find_cues
from sahelwatch.lang import LANGUAGES, load
from sahelwatch.text.normalise import normalise


def test_every_language_has_every_cue_category_and_no_other():
    for lang in LANGUAGES:
        table = load(lang, "triggers")
        assert set(table) == set(CATEGORIES), lang
        assert all(table[c]["phrases"] for c in CATEGORIES), lang
    assert EVENT_CUES <= set(CATEGORIES)


def categories(text, lang):
    return {c.category for c in find_cues(normalise(text), lang)}


def test_cues_in_three_languages():
    assert {"attack", "military_target"} <= categories("Des hommes armés ont attaqué le poste de gendarmerie.", "fr")
    assert {"ied"} <= categories("Un véhicule a sauté sur un engin explosif improvisé.", "fr")
    assert {"cell_dismantled"} <= categories("Le BCIJ a démantelé une cellule terroriste à Tanger.", "fr")
    assert {"abduction"} <= categories("Gunmen abducted 40 villagers.", "en")
    assert {"air_strike"} <= categories("An air strike hit a bandit camp.", "en")
    assert {"killing"} <= categories("قتل ثلاثة جنود في هجوم", "ar")
    assert {"cell_dismantled"} <= categories("تفكيك خلية إرهابية موالية لتنظيم داعش", "ar")


def test_non_security_senses_win_over_security_words():
    assert "non_security" in categories("L'attaquant des Lions a marqué un but lors du match.", "fr")
    assert "non_security" in categories("انفجار قنينة غاز في مطعم", "ar")


@pytest.mark.parametrize("text, lang, kept, left_out", [
    # an event word right after a negator
    ("The suspects were arrested without any exchange of fire.", "en", "arrest", "clash"),
    ("Les suspects ont été interpellés sans échange de tirs.", "fr", "arrest", "clash"),
    ("تم توقيف المشتبه بهم دون أي اشتباك.", "ar", "arrest", "clash"),
    # air support in a ground fight is no air strike
    ("Les unités du BIR, appuyées par les vecteurs aériens, ont mené une offensive.", "fr", "clash", "air_strike"),
    ("Troops, supported by air assets, cleared the enclave.", "en", "clash", "air_strike"),
    ("نفذت القوات بدعم جوي عملية تمشيط", "ar", "clash", "air_strike"),
    # "au cours de" is no price, drones escorting a convoy strike nothing, pressure that never eased frees no one
    ("Vingt terroristes ont été neutralisés au cours de l'opération.", "fr", "neutralised", "price"),
    ("Un convoi, c'est une colonne blindée, des drones en couverture.", "fr", "operation", "drone_strike"),
    ("Depuis, la pression ne s'est jamais vraiment relâchée.", "fr", "non_security", "hostage_release"),
    # a rescue still sought is none done; rescuers after a mine collapse free no hostage
    ("\"Efforts are on to rescue the victims and arrest the perpetrators,\" he said.", "en", "arrest", "hostage_release"),
    # refugees fleeing the fighting tell of no battle
    ("مع استمرار تدفق الفارين من المعارك في الجانب المالي", "ar", "civilians", "clash"),
    ("Thousands of refugees fleeing the fighting have reached Mbera.", "en", "civilians", "clash"),
    ("Des milliers de réfugiés fuyant les combats sont arrivés à Mbera.", "fr", "civilians", "clash"),
    # Algeria's army is no people
    ("A detachment of the People's National Army shot dead a terrorist near El Milia.", "en", "security_forces",
     "people"),
    # villagers gathered at home are no protesters
    ("Ils ont ouvert le feu sur des habitants rassemblés devant leurs concessions.", "fr", "attack", "protest"),
    # patrols stepped up after an attack were not its target
    ("Une source sécuritaire confirme l'attaque et indique que des patrouilles ont été renforcées.", "fr", "attack",
     "military_target"),
    ("Police said patrols have been intensified in the area after the attack.", "en", "attack", "military_target"),
    ("وأكد مصدر أمني الهجوم مشيرا إلى تعزيز الدوريات في المنطقة.", "ar", "attack", "military_target"),
    ("Rescue workers pulled seven survivors from the rubble after the floods.", "en", "non_security",
     "hostage_release"),
])
def test_an_event_word_gives_way_to_the_phrase_around_it(text, lang, kept, left_out):
    found = categories(text, lang)
    assert kept in found and left_out not in found


def test_troops_making_contact_fight():
    assert "clash" in categories("Troops on fighting patrol made contact with JAS terrorists around Kirawa.", "en")
    assert "clash" in categories("The bandits fled in disarray with gunshot wounds.", "en")


def test_liquids_are_no_liquidation():
    assert "neutralised" not in categories("Des coupures contrefaites et des produits liquides ont été saisis.", "fr")
    assert "neutralised" in categories("Trois terroristes ont été liquidés par l'armée.", "fr")


def test_an_arrest_announced_in_the_infinitive():
    assert "arrest" in categories("L'ANL a annoncé dimanche avoir arrêté vendredi un « émir » de l'EI près d'Oubari.",
                                  "fr")


def test_thousands_gathered_are_a_rally_not_a_conflicts_toll():
    found = categories("تجمع آلاف الأشخاص اليوم الأربعاء في ساحة الأمة وسط واغادوغو للتعبير عن دعمهم لتراوري.", "ar")
    assert "protest" in found and "background" not in found
    assert "background" in categories("خلّف النزاع مقتل آلاف الأشخاص منذ 2015.", "ar")


def test_air_assets_that_struck_made_an_air_strike():
    assert "air_strike" in categories("Air assets struck a terrorist base a few kilometres from Gorgadji.", "en")
    assert "air_strike" in categories("The Air Force carried out precise strikes against a gathering of terrorists.",
                                      "en")


def test_the_tunisian_word_for_an_arrest_of_a_young_man():
    assert "arrest" in categories("تمكنت دورية للحرس الوطني أمس من إيقاف شاب مصنف عنصرا تكفيريا.", "ar")


def test_a_headline_tells_a_rescue_in_the_present():
    assert "hostage_release" in categories("Troops neutralise 29 terrorists, rescue 6 kidnapped victims", "en")
    assert "hostage_release" in categories("Police rescues 12 abducted travellers in Katsina", "en")


def test_residents_blocking_a_road_protest():
    assert "protest" in categories("Des dizaines d'habitants ont bloqué pendant plusieurs heures la route reliant "
                                   "Funtua à Gusau.", "fr")
    assert "protest" in categories("Angry youths blocked the road to Maiduguri.", "en")
    assert "protest" in categories("أغلق مئات الشبان الغاضبين الطريق السريع الرابط بين غوساو وفونتوا.", "ar")


@pytest.mark.parametrize("text, lang", [
    ("فمنذ الهجوم على قاعدة واجيروكو في منطقة دامبوا يوم 24 مارس", "ar"),
    ("Le procédé a été observé lors de l'assaut contre la base de Marte, le 12 mai.", "fr"),
])
def test_what_was_hit_and_what_happened_are_both_read_where_they_overlap(text, lang):
    assert {"attack", "military_target"} <= categories(text, lang)


def test_a_site_named_for_a_crime_is_a_target_not_the_crime():
    found = categories("Des HANI ont fait irruption sur le site d'orpaillage de N'Tahaka.", "fr")
    assert "civilian_target" in found and "crime" not in found


def test_hideouts_uncovered_and_destroyed_are_a_seizure():
    assert "weapons_seizure" in categories("A detachment uncovered and destroyed three hideouts for terrorists.", "en")


@pytest.mark.parametrize("text, lang, targeted", [
    ("وأصيب جنديان بجروح طفيفة نقلا إلى المستشفى.", "ar", False),
    ("Two soldiers were wounded and taken to the hospital in Djibo.", "en", False),
    ("Les blessés ont été évacués vers l'hôpital de Gao.", "fr", False),
    ("هاجم مسلحون مستشفى البلدة ليلا.", "ar", True),
    ("Gunmen attacked a hospital in the town.", "en", True),
    ("Des hommes armés ont attaqué l'hôpital de la ville.", "fr", True),
])
def test_the_hospital_the_wounded_went_to_is_no_target_but_a_hospital_attacked_is(text, lang, targeted):
    assert ("civilian_target" in categories(text, lang)) == targeted


@pytest.mark.parametrize("text, lang", [
    ("رصدت طائرات الاستطلاع تجمعا لمسلحين كانوا يستعدون لشن هجوم على مواقع للجيش.", "ar"),
    ("Drones spotted fighters massing to launch an attack on army positions.", "en"),
    ("Les terroristes s'apprêtaient à lancer une attaque contre le poste.", "fr"),
    # planned, a hedge between
    ("Les terroristes, qui préparaient selon toute vraisemblance une attaque contre la ville, ont été repérés.", "fr"),
    ("Fighters had gathered near the town, apparently preparing an attack on the town.", "en"),
])
def test_an_attack_about_to_be_launched_is_no_attack(text, lang):
    assert "attack" not in categories(text, lang)


def test_a_gathering_of_armed_men_is_no_protest():
    found = categories("Les drones ont repéré un important rassemblement d'hommes armés dans une zone boisée.", "fr")
    assert "protest" not in found and "attackers" in found


@pytest.mark.parametrize("text", [
    "A gathering of JNIM terrorists was identified and struck about 25 km east of Léré.",
    "On Saturday evening, following surveillance, a strike was carried out on a logistics base of the terrorists.",
])
def test_a_communiques_strike_on_a_target_it_watched_is_an_air_strike(text):
    assert "air_strike" in categories(text, "en")


def test_aircraft_that_struck_a_few_words_on_are_an_air_strike():
    text = ("The Air Force said its aircraft later tracked fighters fleeing the area and struck them on Tuesday at a "
            "staging point in the Alagarno forest.")
    assert "air_strike" in categories(text, "en")
    assert "air_strike" not in categories("Gunmen on motorcycles struck the village at dawn.", "en")


@pytest.mark.parametrize("text, lang", [
    ("Armed men on Thursday stopped a passenger bus west of Boni and took away seven passengers.", "en"),
    ("The gunmen separated the men and led the men away into the bush.", "en"),
    ("Bandits stormed the school and carted away more than 300 pupils and teachers.", "en"),
    ("Ils ont emmené cinq personnes, dont deux jeunes femmes et un commerçant.", "fr"),
    ("وقتلوا شخصين حاولا المقاومة، واقتادوا 27 شخصا معظمهم من النساء والأطفال إلى الغابة.", "ar"),
])
def test_people_taken_away_were_abducted(text, lang):
    assert "abduction" in categories(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Residents took away the bodies of the victims for burial.", "en"),
    ("Les habitants ont emmené les corps des victimes au village.", "fr"),
])
def test_bodies_taken_away_are_no_abduction(text, lang):
    assert "abduction" not in categories(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("انفجر لغم أثناء مرور راع رفقة قطيع من الأغنام.", "ar"),
    ("Une mine a blessé un berger près de Sbiba.", "fr"),
    ("A landmine wounded a shepherd near Sbiba.", "en"),
])
def test_a_shepherd_is_a_civilian(text, lang):
    assert "civilians" in categories(text, lang)


def test_a_conflicts_toll_in_thousands_is_background():
    assert "background" in categories("وتشهد بوركينا فاسو منذ عام 2015 أعمال عنف أودت بحياة الآلاف.", "ar")


def test_a_group_that_pledged_allegiance_is_no_cell_dismantled():
    text = ("Les forces armées traquent les derniers éléments du groupe Jund al-Khilafa, qui a prêté allégeance à "
            "l'organisation Etat islamique.")
    assert "cell_dismantled" not in categories(text, "fr")


@pytest.mark.parametrize("text", [
    "Gabès a observé une grève générale pour exiger le démantèlement des unités polluantes.",
    "« On nous promet le démantèlement depuis 2017 », affirme un syndicaliste.",
])
def test_a_dismantling_demanded_or_promised_is_no_cell_dismantled(text):
    assert "cell_dismantled" not in categories(text, "fr")


def test_the_fighting_zones_at_large_are_no_clash():
    assert "clash" not in categories("في ظل القيود المفروضة على وصول الصحفيين إلى مناطق القتال.", "ar")


def test_rifles_and_rounds_seized_are_a_seizure():
    text = "ضبطت وحدة من الجيش عند نقطة تفتيش قرب أرليت ست بنادق كلاشنيكوف وأكثر من ألف طلقة ذخيرة."
    assert "weapons_seizure" in categories(text, "ar")


@pytest.mark.parametrize("text, lang", [
    ("The suspects were arrested on Sunday in a raid on a farmhouse on the outskirts of the city.", "en"),
    ("Deux suspects ont été interpellés lors d'un raid sur une ferme à la sortie de la ville.", "fr"),
])
def test_the_raid_that_made_arrests_is_no_attack(text, lang):
    found = categories(text, lang)
    assert "attack" not in found and {"arrest", "operation"} <= found


def test_a_raid_that_killed_is_an_attack():
    assert "attack" in categories("Gunmen killed ten villagers in a raid on the village.", "en")


def test_bomb_components_seized_are_a_seizure_not_a_bomb():
    text = ("A combing operation led to the discovery of a terrorist logistics base. Weapons of war, ammunition and "
            "components for improvised explosive devices were seized.")
    found = categories(text, "en")
    assert "weapons_seizure" in found and "ied" not in found


def test_bodies_found_with_bullet_marks_were_shot_dead():
    found = categories("قبل أن يُعثر على جثثهم في وقت لاحق من اليوم نفسه وعليها آثار طلقات نارية.", "ar")
    assert "killing" in found and "weapons_seizure" not in found


def test_a_man_taken_by_gunmen_was_abducted():
    text = "The village chief of a hamlet near Diafarabé was taken by unidentified gunmen on 13 September."
    assert "abduction" in categories(text, "en")


def test_air_assets_that_struck_with_a_clause_between_are_an_air_strike():
    text = "Air assets, acting on intelligence, struck positions of Boko Haram elements on islands near N'Guigmi."
    assert "air_strike" in categories(text, "en")


def test_mines_found_and_destroyed_were_defused_not_set_off():
    text = ("Des unités de l'armée nationale ont détruit mercredi deux mines artisanales découvertes lors d'une "
            "opération de ratissage sur le mont Semmama.")
    found = categories(text, "fr")
    assert "defused" in found and "ied" not in found


@pytest.mark.parametrize("text, lang", [
    ("L'armée a ratissé la zone, sans signaler d'accrochage avec les assaillants.", "fr"),
    ("Troops swept the area without reporting any clash with the attackers.", "en"),
    ("وبدأت وحدات الجيش عمليات تمشيط، من دون الإعلان عن أي اشتباك مع المهاجمين.", "ar"),
])
def test_no_clash_announced(text, lang):
    assert "clash" not in categories(text, lang)


def test_aircraft_that_targeted_them_with_strikes_are_an_air_strike_in_arabic():
    text = 'رصدت وحدات الاستطلاع تجمعا لمسلحين شمال بلدة سيبا، فاستهدفته الطائرات بضربات "دقيقة" أسفرت عن مقتل العشرات.'
    assert "air_strike" in categories(text, "ar")


@pytest.mark.parametrize("text, lang", [
    ("The governor confirmed the killings and said army patrols had been sent to the area.", "en"),
    ("Le gouverneur a indiqué que des patrouilles ont été dépêchées dans la zone.", "fr"),
])
def test_patrols_sent_after_an_attack_are_no_target(text, lang):
    assert "military_target" not in categories(text, lang)
    assert "military_target" in categories("Gunmen ambushed an army patrol near Ngouboua.", "en")
