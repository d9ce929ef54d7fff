"""Villages no gazetteer lists, named with the unit that holds them."""

import pytest

from sahelwatch.gazetteer import Gazetteer, geoparse
from sahelwatch.gazetteer.translit import transliterated_places
from sahelwatch.gazetteer.unlisted import unlisted_places
from sahelwatch.text.normalise import normalise


def villages(text, lang):
    found = unlisted_places(normalise(text), lang, geoparse(text, lang), taken=set())
    return [(p.mention.surface, p.place.country, p.place.admin1_code, p.geo_precision) for p in found.places]


@pytest.mark.parametrize("text, lang, expected", [
    ("Gunmen raided Tashan Dogo, a remote farming community in Bakura Local Government Area of Zamfara State.",
     "en", ("Tashan Dogo", "NG", "NG-ZA", 2)),
    ("Troops cleared the village of Ngaribowa in Bama LGA, Borno State, on Friday.",
     "en", ("Ngaribowa", "NG", "NG-BO", 2)),
    ("Bandits stormed Kwanar Maikwado village in Maru LGA of Zamfara overnight.", "en",
     ("Kwanar Maikwado", "NG", "NG-ZA", 2)),
    ("Gunmen abducted six travellers near Obangede Oke, Kogi State, on Wednesday.", "en",
     ("Obangede Oke", "NG", "NG-KO", 3)),
    ("The attackers struck at Gidan Zangarawa in neighbouring Katsina State.", "en",
     ("Gidan Zangarawa", "NG", "NG-KT", 3)),
    ("Des hommes armés ont attaqué la localité de Boukouma, dans le département de Téra.",
     "fr", ("Boukouma", "NE", "NE-6", 2)),
    ("Le campement de Tin-Ekar, dans le cercle de Ménaka, a été incendié.", "fr", ("Tin-Ekar", "ML", "ML-9", 2)),
    ("Une embuscade a visé les soldats à Koulbaga, dans la commune de Barsalogho.",
     "fr", ("Koulbaga", "BF", "BF-05", 2)),
    ("Gunmen attacked a police post in Tambolo, in the Kpendjal prefecture, on Thursday night.", "en",
     ("Tambolo", "TG", "TG-S", 2)),
    ("Insurgents stormed the base in Kirawa Jaje, in Gwoza local government area, late on Sunday.", "en",
     ("Kirawa Jaje", "NG", "NG-BO", 2)),
    ("Fighters tried to infiltrate Dar Jamal in Bama LGA of Borno State.", "en", ("Dar Jamal", "NG", "NG-BO", 2)),
    ("Troops made contact with the group near Kalanjeni, also in Tangaza LGA, on Monday morning.", "en",
     ("Kalanjeni", "NG", "NG-SO", 2)),
    ("The deadliest attack, on 11 May 2022 at Sanloaga, also in Kpendjal, killed eight soldiers.", "en",
     ("Sanloaga", "TG", "TG-S", 2)),
    ("On June 22, bandits abducted about 40 people, mostly women, from Maigora in Faskari LGA of Katsina State.",
     "en", ("Maigora", "NG", "NG-KT", 2)),
    ("Troops encountered Boko Haram terrorists in the general area of Njimiya in Sambisa Forest on Monday.", "en",
     ("Njimiya", "NG", "NG-BO", 2)),
    ("The attack targeted a position at Monsey, in the Karimama commune of the northern Alibori department.", "en",
     ("Monsey", "BJ", "BJ-AL", 2)),
    ("A suicide bomber blew herself up at the market in Gouzdaba, Mayo-Sava Division of the Far North Region.", "en",
     ("Gouzdaba", "CM", "CM-EN", 3)),
    ("Les assaillants ont visé le poste militaire de Bouroum-Silmi, dans la province du Yatenga.",
     "fr", ("Bouroum-Silmi", "BF", "BF-10", 2)),
    ("Un an après le massacre de Kukawa Tasha, dans la zone de gouvernement local de Gubio, rien n'a changé.",
     "fr", ("Kukawa Tasha", "NG", "NG-BO", 2)),
    ("Deux policiers ont été tués lors de l'attaque du commissariat de Tanguiéta-Sud, dans la commune de Matéri.",
     "fr", ("Tanguiéta-Sud", "BJ", "BJ-AK", 2)),
    ("Le poste de sécurité de Nassoumbou-Peulh, dans la région de Mopti, a été attaqué.", "fr",
     ("Nassoumbou-Peulh", "ML", "ML-5", 3)),
    ("Des hommes armés ont attaqué la position militaire de Tanongou, dans la commune de Tanguiéta.", "fr",
     ("Tanongou", "BJ", "BJ-AK", 2)),
    ("Deux terroristes ont été abattus lors d'une opération de ratissage menée dans la région d'El Ancer, wilaya de "
     "Jijel.", "fr", ("El Ancer", "DZ", "DZ-18", 3)),
    ("Des bandits armés ont fait irruption dans une mosquée de Kanoma, dans la zone de gouvernement local de Maru.",
     "fr", ("Kanoma", "NG", "NG-ZA", 2)),
    ("Le marché hebdomadaire de Dinguilbangou, dans le département de Ouallam, a été le théâtre d'une tuerie.", "fr",
     ("Dinguilbangou", "NE", "NE-6", 2)),
    ("Trois soldats ont été tués dans l'attaque d'une position près d'Alfakoara, dans la commune de Kandi.", "fr",
     ("Alfakoara", "BJ", "BJ-AL", 2)),
    ("Une unité a accroché un groupe de terroristes dans les environs de Yirgou, dans la province du Sanmatenga.",
     "fr", ("Yirgou", "BF", "BF-05", 2)),
    ("Troops clashed with terrorists in the vicinity of Yirgou, in Sanmatenga Province.", "en",
     ("Yirgou", "BF", "BF-05", 2)),
    ("Dans le Loroum, c'est la ville de Sollé-Kiba que les assaillants ont visée.", "fr",
     ("Sollé-Kiba", "BF", "BF-10", 2)),
    ("Le 12 janvier, une quarantaine d'agriculteurs avaient été tués à Dumba, près de la ville de Baga.", "fr",
     ("Dumba", "NG", "NG-BO", 2)),
    ("About 40 farmers were killed in Dumba, near the town of Baga, in January.", "en", ("Dumba", "NG", "NG-BO", 2)),
    ("Gunmen have killed nine people in Keta village, Tsafe Local Government Area of Zamfara State.", "en",
     ("Keta", "NG", "NG-ZA", 2)),   # not Keta, a town of Ghana
    ("The 31 residents of Yandoto, in Tsafe Local Government Area, who were abducted by bandits, were freed.", "en",
     ("Yandoto", "NG", "NG-ZA", 2)),
    ("هاجم مسلحون السوق الأسبوعية لقرية بوسي بانغو التابعة لبلدية أيورو في منطقة تيلابيري.",
     "ar", ("بوسي بانغو", "NE", "NE-6", 2)),
    ("وتقع ألفاكوارا في بلدية كاندي بمقاطعة أليبوري، على تخوم منتزه دبليو.", "ar", ("ألفاكوارا", "BJ", "BJ-AL", 2)),
    ("The cache was uncovered on Saturday in the Amkala area of Errachidia province.", "en",
     ("Amkala", "MA", "MA-08", 2)),
])
def test_a_named_village_in_a_known_unit_is_located_at_that_unit(text, lang, expected):
    assert villages(text, lang)[0] == expected


@pytest.mark.parametrize("text, lang", [
    ("The Nigerian Army camp in Marte was attacked.", "en"),          # a demonym and an institution
    ("Boko Haram fighters attacked villages in Gwoza LGA.", "en"),    # a group
    ("The village of Ngaribowa was attacked.", "en"),                 # no unit: no country, no region
    ("Local Government Area officials in Bama said.", "en"),          # ordinary words
    ("Le village de Djibo a été attaqué, dans la province du Soum.", "fr"),  # a listed town is not unlisted
    ("Troops arrested a supplier at Bama Park in Maiduguri Metropolis, recovering cash.", "en"),  # a venue
])
def test_no_village_without_a_name_and_a_unit(text, lang):
    assert villages(text, lang) == []


def test_a_village_stormed_after_its_district_was_named_is_in_that_district():
    text = ("Bandits have killed nine people in attacks on two communities in Maru Local Government Area of Zamfara "
            "State. The gunmen stormed Mayanchi at about 11pm on Sunday. The same gang moved to neighbouring Kanoma, "
            "where they abducted six persons.")
    assert {v[:3] for v in villages(text, "en")} == {("Mayanchi", "NG", "NG-ZA"), ("Kanoma", "NG", "NG-ZA")}
    text = ("Bandits killed seven people in Faskari Local Government Area of Katsina State. On Friday afternoon, another "
            "group attacked farmers clearing their farmlands on the outskirts of Yankara, killing two.")
    assert [v[:3] for v in villages(text, "en")] == [("Yankara", "NG", "NG-KT")]


def test_villages_named_as_such_after_their_district_are_in_that_district():
    text = ("Sunday night's attacks on two communities in Bokkos Local Government Area of Plateau State killed 36. "
            "Gunmen stormed Hurti and Ruwi villages at about 10pm.")
    assert ("Ruwi", "NG", "NG-PL") in {v[:3] for v in villages(text, "en")}


def test_a_village_is_held_by_a_unit_of_the_country_of_the_region_named_after_it():
    text = ("Des hommes armés ont tué 51 personnes au village de Zike, dans la zone de gouvernement local de Bassa, "
            "dans l'État du Plateau. La veille, des bandits avaient attaqué Gusau, dans l'État de Zamfara.")
    assert villages(text, "fr")[0][:3] == ("Zike", "NG", "NG-PL")   # not at Basa, a town of Côte d'Ivoire


@pytest.mark.parametrize("text, lang, word", [
    ("Le président Bola Tinubu a condamné l'attaque de Zike, dans l'État du Plateau, au Nigeria.", "fr", "Tinubu"),
    ("ودان حاكم ولاية بورنو باباغانا زولوم الهجوم على مايدوغوري في نيجيريا.", "ar", "Waddān"),  # "and condemned"
])
def test_a_presidents_name_or_a_verb_is_no_place(text, lang, word):
    assert word not in {r.place.name for r in geoparse(text, lang)}


def test_a_people_named_before_village_is_no_village():
    text = "Gunmen raided the Dogon village of Dianwéli in Bankass Cercle, Mali, on Sunday, killing 21 residents."
    assert "Dogon" not in {v[0] for v in villages(text, "en")}
    assert "Dianwéli" in {r.place.name for r in geoparse(text, "en")}


def test_a_locality_named_as_such_is_a_village():
    text = ("A detachment of the ANP killed two terrorists during a search-and-combing operation near the locality "
            "of Oued Zhour, Skikda, Algeria, on Saturday.")
    assert ("Oued Zhour", "DZ", "DZ-21") in {v[:3] for v in villages(text, "en")}


def test_a_state_or_a_school_stormed_is_no_village():
    text = ("Bandits kidnapped six people in Maru Local Government Area of Zamfara State on Sunday. Meanwhile, in "
            "neighbouring Katsina State, bandits on Monday stormed LEA Primary School, Yankara, in Faskari LGA.")
    assert not {v[0] for v in villages(text, "en")} & {"Katsina State", "LEA Primary School"}


def test_a_hamlet_of_another_region_is_not_the_village_of_a_story_about_one_region():
    text = "Gunmen invaded communities in Bokkos Local Government Area of Plateau State and stormed Ruku village."
    assert not [r for r in geoparse(text, "en") if r.mention.surface == "Ruku" and r.place.admin1_code != "NG-PL"]


def test_later_mentions_of_the_village_are_the_same_place():
    text = ("Gunmen killed six people in Ungwan Maji, a village in Kauru LGA of Kaduna State. "
            "Residents of Ungwan Maji fled to Kauru.")
    found = unlisted_places(normalise(text), "en", geoparse(text, "en"), taken=set()).places
    assert [p.mention.surface for p in found] == ["Ungwan Maji", "Ungwan Maji"]
    assert len({p.place.id for p in found}) == 1


def test_a_known_place_inside_the_village_name_gives_way_to_it(gazetteer):
    text = "Bandits raided Gora Kanwa village in Maradun LGA of Zamfara State."
    places = geoparse(text, "en")
    found = unlisted_places(normalise(text), "en", places, taken=set())
    assert [p.mention.surface for p in found.places] == ["Gora Kanwa"]
    inside = [p for p in places if p.mention.surface == "Gora"]
    assert not inside or {p.mention.start for p in inside} <= found.replaced


@pytest.mark.parametrize("text, expected", [
    ("قتل مسلحون خمسة قرويين في هجوم على قرية ياندوتو بمنطقة تسافي في ولاية زامفارا.", ("Yandoto", "NG", "NG-ZA")),
    ("هاجم مسلحون قرية ألاوا بمنطقة شيرورو في ولاية النيجر.", ("Alawa", "NG", "NG-NI")),
    ("اقتحم مسلحون قرية كوروندالي التابعة لبلدية أنزورو في إقليم تيلابيري.", ("Kouroundali", "NE", "NE-6")),
    ("قتل مسلحون مئة قروي في هجوم على قرية يلواتا بمنطقة غوما في ولاية بينوي.", ("Yelwata", "NG", "NG-BE")),
    ("هاجم مسلحون قرية كيماكبا بمنطقة مانغو في ولاية بلاتو.", ("Kimakpa", "NG", "NG-PL")),
    ("قتل 14 جنديا في هجوم على موقع في بلدة شاتومان بإقليم تيلابيري، ونقل الجرحى إلى المستشفى العسكري في نيامي.",
     ("Chatoumane", "NE", "NE-6")),
    # a village named like a large town of another country the text does not name is the village
    ("خطف مسلحون عشرين شخصا من قرية كايا في ولاية زامفارا شمال غربي نيجيريا.", ("Kaya", "NG", "NG-ZA")),
    # a name between في and its unit written with ب, without a settlement noun
    ("قتل جنديان في هجوم على موقع عسكري في تامبولو بولاية أداماوا.", ("Tambolo", "NG", "NG-AD")),
    # the second word of a framed name may sound like a known word (غوغاء, a mob)
    ("اختطف مسلحون 43 قرويا من قرية غيدان غوغا بولاية زامفارا.", ("Gidan Goga", "NG", "NG-ZA")),
])
def test_an_arabic_village_after_a_settlement_noun_is_read_in_latin_letters(text, expected):
    found = unlisted_places(normalise(text), "ar", geoparse(text, "ar"), taken=set()).places
    assert (found[0].place.name, found[0].place.country, found[0].place.admin1_code) == expected
    assert found[0].place.names_ar == (found[0].mention.surface,)


@pytest.mark.parametrize("text", [
    "هاجم مسلحون قرية تابعة لمنطقة شيرورو في ولاية النيجر.",        # an adjective, not a name
    "وقع الهجوم على الطريق بين بلدتي غوزا وبولكا بمنطقة غوزا.",      # two places joined by و
    "قتل جنديان في هجوم بولاية أداماوا.",                              # an ordinary word between في and the unit
])
def test_arabic_adjectives_and_listed_places_are_not_villages(text):
    assert unlisted_places(normalise(text), "ar", geoparse(text, "ar"), taken=set()).places == []


def test_a_known_place_inside_a_later_mention_of_the_village_gives_way_too():
    text = ("ISWAP claimed it overran a military base at Buni Gari in Gujba LGA of Yobe State. "
            "\"There was no attack on Buni Gari,\" the army said.")
    places = geoparse(text, "en")
    later = text.rindex("Buni Gari")
    inner = [p for p in places if p.mention.surface == "Gari" and p.mention.start > later]
    assert inner, "Gari is a town the gazetteer knows"
    found = unlisted_places(normalise(text), "en", places, taken=set())
    assert {p.mention.start for p in inner} <= found.replaced
    assert [p.mention.start for p in found.places] == [text.index("Buni Gari"), later]


def test_a_large_town_of_a_country_the_text_names_is_kept():
    # "بلدة انقوبوا بمقاطعة كايا، إقليم البحيرة": Kaya is a department of Chad's Lac too; Ngouboua stays known
    text = "هاجم مسلحون بلدة نغوبوا بمقاطعة كايا في إقليم البحيرة غربي تشاد."
    assert unlisted_places(normalise(text), "ar", geoparse(text, "ar"), taken=set()).places == []


@pytest.mark.parametrize("text, name", [
    ("وخرج السكان في تظاهرة في بلدة مارادون احتجاجا على الهجوم.", "Maradun"),   # -ون is the name's, not a plural
    ("خطف مسلحون ثلاثين شخصا في منطقة مارو للحكم المحلي.", "Maru"),            # two consonants, an LGA named so
])
def test_arabic_names_of_nigerian_districts_are_read_by_their_consonants(text, name):
    found = transliterated_places(normalise(text), ["NG"], set(), regions=["NG-ZA"])
    assert [p.place.name for p in found] == [name]


@pytest.mark.parametrize("text", [
    "انفجرت عبوة على الطريق الرابط بين كيرو في مقاطعة أتاكورا وبانيكوارا.",   # its unit right after it
    "انفجرت عبوة على بعد نحو عشرين كيلومترا من كيرو في مقاطعة أتاكورا.",     # a distance from it
    "انفجرت عبوة على الطريق الرابط بين كيرو وبرينيامارو في مقاطعة أتاكورا.",  # listed with the road's other end
])
def test_a_two_consonant_name_held_by_a_named_unit_is_read_by_its_consonants(text):
    found = transliterated_places(normalise(text), ["BJ"], set(), regions=["BJ-AK"])
    assert "Kérou" in {p.place.name for p in found}


def test_a_base_named_in_arabic_is_read_by_its_consonants():
    text = "فمنذ الهجوم على قاعدة واجيروكو في منطقة دامبوا يوم 24 مارس"
    found = transliterated_places(normalise(text), ["NG"], set(), regions=["NG-BO"])
    assert "Wajiroko" in {p.place.name for p in found}


def test_a_hausa_name_is_read_with_its_hard_g():
    text = "هاجم مسلحون من جماعة لاكوراوا بلدة كانغيوا في ولاية كيبي"  # Kangiwa, not Kyanga
    found = transliterated_places(normalise(text), ["NG"], set(), regions=["NG-KE"])
    assert [p.place.name for p in found] == ["Kangiwa"]


def test_an_ordinary_word_after_wa_is_read_by_no_consonants():
    text = "ينشطون بكل من حد السوالم بإقليم برشيد ومدينة تيفلت."  # "and the city of": not Mediouna
    named = {i: r.place.country for r in geoparse(text, "ar") for i in range(r.mention.start, r.mention.end)}
    found = transliterated_places(normalise(text), ["MA"], set(named), regions=["MA-06"], named=named)
    assert [p.place.name for p in found] == []


def test_an_adjective_after_a_settlement_noun_is_read_by_no_consonants():
    text = "قتل ثلاثة مدنيين في هجوم على قرية قريبة من بلدة ماندوري شمال توغو."  # "a village near", not Akrérèb
    found = transliterated_places(normalise(text), ["TG", "NE"], set(), regions=["TG-S"])
    assert "Akrérèb" not in {p.place.name for p in found}


@pytest.mark.parametrize("text, name, admin1", [
    ("هاجم مسلحون بلدة وولغو في منطقة غامبورو نغالا بولاية بورنو.", "Wulgo", "NG-BO"),
    ("اختطف مسلحون راعيين قرب قرية ديامو بمنطقة كاي غربي مالي.", "Diamou", "ML-1"),
])
def test_an_arabic_village_of_a_region_is_the_town_of_that_region_that_sounds_the_same(text, name, admin1):
    [village] = unlisted_places(normalise(text), "ar", geoparse(text, "ar"), taken=set()).places
    known = next(p for p in Gazetteer.load().lookup(name) if p.admin1_code == admin1)
    assert (village.place.name, village.place.latitude, village.place.longitude) == (
        name, known.latitude, known.longitude)


def test_a_village_that_only_shares_its_consonants_with_a_town_of_the_region_keeps_its_own_name():
    text = "هاجم مسلحون قرية غيدان مادي التابعة لمنطقة تانغازا بولاية سوكوتو."
    [village] = unlisted_places(normalise(text), "ar", geoparse(text, "ar"), taken=set()).places
    assert village.place.name != "Guidan Ahmed"


def test_a_name_that_starts_with_ya_is_read_with_its_consonant_y():
    text = "هاجم مسلحون قرية يانتارا الواقعة شرق مدينة سيبا."  # Yantara, not Intara of the same region
    found = transliterated_places(normalise(text), ["BF"], set(), regions=["BF-12"])
    assert [p.place.name for p in found][:1] == ["Yantara"]


def test_a_word_listed_after_a_place_is_read_as_a_town_of_that_places_country_only():
    text = "ينشط الفصيل في جزر البحيرة ويفرض إتاوات على الصيادين."  # a verb, not Friday in Bayelsa (Nigeria)
    named = {i: r.place.country for r in geoparse(text, "ar") for i in range(r.mention.start, r.mention.end)}
    found = transliterated_places(normalise(text), ["TD", "NG"], set(named), named=named)
    assert [p.place.name for p in found] == []
    text = "قتل جنديان على الطريق الرابط بين بورغا وداساري شمال غربي بنين."  # Dassari of Benin, not of Burkina
    assert [(r.place.name, r.place.country) for r in geoparse(text, "ar")][:2] == [("Porga", "BJ"), ("Dassari", "BJ")]


def test_a_countrys_possessive_is_no_village():
    text = "The 24 schoolgirls abducted from a boarding school in Nigeria's Kebbi State last week are free."
    assert villages(text, "en") == []
