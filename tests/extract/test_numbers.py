"""Numbers in Arabic, French and English news: digits, words, qualifiers, vague quantities, units."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sahelwatch.extract.numbers import NumberMention, find_numbers, read_number
from sahelwatch.text.normalise import normalise


def mentions(text, lang):
    return {text[m.start:m.end]: m for m in find_numbers(normalise(text), lang)}


def counts(text, lang):
    return {surface: m.value for surface, m in mentions(text, lang).items() if m.is_count}


# (lang, sentence, surface, value, qualifier, vague)
COUNTS = [
    ("en", "At least 12 soldiers were killed in the ambush near Tessit.", "12", 12, "at_least", False),
    ("en", "Gunmen killed thirty-five villagers in Borno.", "thirty-five", 35, None, False),
    ("en", "The raid left a hundred and twelve people dead.", "a hundred and twelve", 112, None, False),
    ("en", "Officials said 1,200 families had fled.", "1,200", 1200, None, False),
    ("en", "Nearly two dozen herders were abducted.", "two dozen", 24, "about", False),
    ("en", "A dozen soldiers were wounded.", "A dozen", 12, "about", False),
    ("en", "Dozens of civilians were killed.", "Dozens", 12, None, True),
    ("en", "Several militants died in the strike.", "Several", 3, None, True),
    ("en", "A few houses were burned.", "A few", 3, None, True),
    ("en", "Hundreds of people fled the village.", "Hundreds", 100, None, True),
    ("en", "Scores of fighters attacked the base.", "Scores", 20, None, True),
    ("en", "Up to 40 people may have died.", "40", 40, "up_to", False),
    ("en", "More than 2,000 troops were deployed.", "2,000", 2000, "at_least", False),
    ("en", "One thousand three hundred and five displaced people arrived.", "One thousand three hundred and five", 1305, None, False),
    ("en", "About 2000 people fled.", "2000", 2000, "about", False),
    ("fr", "Au moins 1 200 soldats ont été déployés.", "1 200", 1200, "at_least", False),
    ("fr", "Les assaillants ont tué 1.500 têtes de bétail.", "1.500", 1500, None, False),
    ("fr", "Quatre-vingt-quinze corps ont été retrouvés.", "Quatre-vingt-quinze", 95, None, False),
    ("fr", "soixante-dix blessés ont été évacués", "soixante-dix", 70, None, False),
    ("fr", "soixante et onze morts", "soixante et onze", 71, None, False),
    ("fr", "vingt-trois soldats ont été tués", "vingt-trois", 23, None, False),
    ("fr", "cent vingt otages ont été libérés", "cent vingt", 120, None, False),
    ("fr", "deux mille cinq cents déplacés", "deux mille cinq cents", 2500, None, False),
    ("fr", "dix-sept civils ont péri", "dix-sept", 17, None, False),
    ("fr", "Une dizaine de soldats ont été tués.", "Une dizaine", 10, "about", False),
    ("fr", "une quinzaine de civils", "une quinzaine", 15, "about", False),
    ("fr", "une vingtaine de jihadistes", "une vingtaine", 20, "about", False),
    ("fr", "Une centaine d'assaillants", "Une centaine", 100, "about", False),
    ("fr", "plus d'une centaine de morts", "une centaine", 100, "at_least", False),
    ("fr", "Des dizaines de morts", "Des dizaines", 12, None, True),
    ("fr", "des centaines de déplacés", "des centaines", 100, None, True),
    ("fr", "plusieurs attaques ont visé", "plusieurs", 3, None, True),
    ("fr", "quelques blessés légers", "quelques", 3, None, True),
    ("fr", "près de 300 personnes", "300", 300, "about", False),
    ("fr", "jusqu'à 40 otages", "40", 40, "up_to", False),
    ("fr", "12 morts au moins selon l'armée", "12", 12, "at_least", False),
    ("ar", "قتل ما لا يقل عن ١٢ جنديا في الهجوم", "١٢", 12, "at_least", False),
    ("ar", "وأصيب ثلاثة وعشرون آخرون", "ثلاثة وعشرون", 23, None, False),
    ("ar", "مقتل ثلاثة وعشرين مدنيا", "ثلاثة وعشرين", 23, None, False),
    ("ar", "لقي جنديان مصرعهما", "جنديان", 2, None, False),
    ("ar", "سقط قتيلين في الاشتباك", "قتيلين", 2, None, False),
    ("ar", "اختطاف جنديين من الحرس", "جنديين", 2, None, False),
    ("ar", "مقتل أحد عشر مدنيا", "أحد عشر", 11, None, False),
    ("ar", "مقتل خمسة عشر جنديا", "خمسة عشر", 15, None, False),
    ("ar", "اختطاف ثلاث عشرة امرأة", "ثلاث عشرة", 13, None, False),
    ("ar", "اختطاف ثلاث عشره امراه", "ثلاث عشره", 13, None, False),
    ("ar", "مقتل اثنين من المهاجمين", "اثنين", 2, None, False),
    ("ar", "أسفر عن مقتل عشرات المدنيين", "عشرات", 12, None, True),
    ("ar", "نزوح مئات الأسر", "مئات", 100, None, True),
    ("ar", "أصيب عدة جنود", "عدة", 3, None, True),
    ("ar", "قتل بضعة عناصر", "بضعة", 3, None, True),
    ("ar", "تشريد نحو 300 شخص", "300", 300, "about", False),
    ("ar", "مقتل حوالي ٤٠ شخصا", "٤٠", 40, "about", False),
    ("ar", "احتجاز مئة وعشرين رهينة", "مئة وعشرين", 120, None, False),
    ("ar", "احتجاز مائة وعشرين رهينه", "مائة وعشرين", 120, None, False),
    ("ar", "نزوح ثلاثة آلاف وخمسمائة شخص", "ثلاثة آلاف وخمسمائة", 3500, None, False),
    ("ar", "مقتل 12 جنديا على الأقل", "12", 12, "at_least", False),
    ("ar", "مقتل 1.200 شخص", "1.200", 1200, None, False),
    ("ar", "ما يصل إلى 50 قتيلا", "50", 50, "up_to", False),
]


@pytest.mark.parametrize("lang, sentence, surface, value, qualifier, vague", COUNTS)
def test_counts(lang, sentence, surface, value, qualifier, vague):
    found = mentions(sentence, lang)
    assert surface in found, found
    mention = found[surface]
    assert (mention.value, mention.qualifier, mention.vague, mention.unit) == (value, qualifier, vague, None)
    assert mention.approximate == bool(qualifier or vague)


# (lang, sentence, surface, unit): numbers that are not counts
NOT_COUNTS = [
    ("en", "The attack happened in 2025 near Gao.", "2025", "year"),
    ("en", "on March 14, 2026", "14", "date"),
    ("en", "a 25-year-old man was arrested", "25", "age"),
    ("en", "a man aged 25 was arrested", "25", "age"),
    ("en", "20% of the region is under curfew", "20%", "percent"),
    ("en", "30 km from Menaka", "30", "distance"),
    ("en", "a ransom of $5 million", "5 million", "money"),
    ("en", "their relatives paid a total of N30 million ransom", "30 million", "money"),
    ("en", "at 10:30 local time", "10:30", "time"),
    ("en", "on the 3rd day", "3rd", "ordinal"),
    ("en", "three days ago", "three", "duration"),
    ("fr", "à 30 km de Ménaka", "30", "distance"),
    ("fr", "le 14 mars 2026", "14", "date"),
    ("fr", "le 14 mars 2026", "2026", "year"),
    ("fr", "vers 14h30", "14h30", "time"),
    ("fr", "un homme âgé de 25 ans", "25", "age"),
    ("fr", "3 millions de francs CFA", "3 millions", "money"),
    ("fr", "soit 2,5 % de la population", "2,5", "percent"),
    ("fr", "une hausse de 2,5 points", "2,5", "decimal"),
    ("fr", "le 14/03/2026", "14/03/2026", "date"),
    ("fr", "il y a trois jours", "trois", "duration"),
    ("ar", "على بعد 30 كلم من غاو", "30", "distance"),
    ("ar", "ارتفع بنسبة 20 في المائة", "20", "percent"),
    ("ar", "فدية بقيمة 5 ملايين دولار", "5 ملايين", "money"),
    ("ar", "في الساعة 10 صباحا", "10", "time"),
    ("ar", "البالغ من العمر 25 عاما", "25", "age"),
    ("ar", "في ١٤ مارس ٢٠٢٦", "١٤", "date"),
    ("ar", "في ١٤ مارس ٢٠٢٦", "٢٠٢٦", "year"),
    ("ar", "في الرابع عشر من مارس عام 2025", "2025", "year"),
    ("ar", "قبل يومين", "يومين", "duration"),
]


@pytest.mark.parametrize("lang, sentence, surface, unit", NOT_COUNTS)
def test_years_dates_measures_are_not_counts(lang, sentence, surface, unit):
    found = mentions(sentence, lang)
    assert surface in found, found
    assert found[surface].unit == unit
    assert not found[surface].is_count


def test_a_sequence_of_separate_numbers_is_not_one_number():
    assert counts("three two one", "en") == {"three": 3, "two": 2, "one": 1}


def test_qualifier_after_a_noun_does_not_jump_a_conjunction():
    found = mentions("12 soldats et au moins 5 civils", "fr")
    assert found["12"].qualifier is None and found["5"].qualifier == "at_least"


def test_dual_noun_after_a_number_is_not_counted_twice():
    assert counts("مقتل ثلاثة جنديين", "ar") == {"ثلاثة": 3}


def test_a_singular_person_counts_one_unless_a_number_counts_them():
    assert counts("قُتل جندي وأصيب اثنان آخران", "ar") == {"جندي": 1, "اثنان": 2}
    assert counts("قتل 15 جنديا", "ar") == {"15": 15}
    assert counts("مقتل جندي واحد", "ar") == {"جندي واحد": 1}   # the number repeats the noun: one mention


def test_a_word_that_is_also_an_adjective_counts_one_only_as_the_object_of_a_killing():
    assert counts("تمكنت مفرزة من القضاء على إرهابي بجيجل", "ar") == {"إرهابي": 1}
    assert counts("أسفرت العملية عن تحييد إرهابي خطير", "ar") == {"إرهابي": 1}
    assert counts("القضاء على إرهابي (01) واسترجاع مسدس", "ar") == {"01": 1}   # the figure repeats the noun
    assert counts("وقع هجوم إرهابي في تمنراست", "ar") == {}
    assert counts("القبض على إرهابي في تمنراست", "ar") == {}
    assert counts("مقتل 15 مهاجما وجنديين اثنين", "ar") == {"15": 15, "جنديين اثنين": 2}
    assert counts("A soldier was killed and a civilian wounded.", "en") == {"A soldier": 1, "a civilian": 1}
    assert counts("هجوم مسلح على موقع عسكري", "ar") == {}  # adjectives, not persons
    assert counts("تجد موريتانيا نفسها اليوم أمام معادلة معقدة", "ar") == {}  # "أمام" (before), folded like "إمام"


def test_codes_and_glued_letters_are_not_numbers():
    assert counts("the G5 Sahel force, 4x4 vehicles and COVID-19 cases", "en") == {}
    assert counts("l'avion A400M", "fr") == {}


def test_weekday_al_ahad_is_not_the_number_one():
    assert counts("يوم الأحد", "ar") == {}


def test_spans_map_back_to_the_original_with_diacritics_and_tatweel():
    text = "قُتِلَ ثـلاثـة جنود"
    (mention,) = find_numbers(normalise(text), "ar")
    assert text[mention.start:mention.end] == "ثـلاثـة" and mention.value == 3


@pytest.mark.parametrize("lang, phrase, value", [
    ("en", "twenty-one", 21), ("en", "a", 1), ("en", "12", 12), ("fr", "quatre-vingt-dix-sept", 97),
    ("fr", "une", 1), ("ar", "ثلاثة", 3), ("ar", "خمسة وعشرين", 25), ("en", "two three", None),
])
def test_read_number(lang, phrase, value):
    assert read_number(phrase, lang) == value


def test_mention_is_validated():
    with pytest.raises(ValueError):
        NumberMention(0, 1, 3, qualifier="roughly")
    with pytest.raises(ValueError):
        NumberMention(0, 1, 3, unit="parsecs")
    assert NumberMention(0, 1, 3, vague=True).approximate


PIECES = list("ابتثجحخدذرسشصضطظعغفقكلمنهويةىأإآئؤء ًٌٍَُِّـ٠١٢٣٤٥٦٧٨٩0123456789 ,.-/%$:hkmsaeiouéèàç'\n") + [
    "ثلاثة", " وعشرون", "عشر", "مئة", "جنديين", "عشرات", "dozen", "vingt", "et", "one", "hundred", "a ",
    "au moins", "على الأقل", "km", "1 200", "1,5", "mars", "مارس", "quatre-vingt", "une dizaine",
]
MIXED = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=MIXED, lang=st.sampled_from(["ar", "fr", "en"]))
def test_never_crashes_and_spans_are_inside_the_text(text, lang):
    for mention in find_numbers(normalise(text), lang):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.value >= 0


def test_quantities_of_ammunition_are_no_hundreds():
    text = "واستعادت القوات ست بنادق وكميات من الذخيرة"   # كميات: ك + ميات, مئات once folded
    assert [n.value for n in find_numbers(normalise(text), "ar")] == [6]
