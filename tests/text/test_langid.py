import pytest

from sahelwatch.text.langid import identify_language

CASES = {
    "ar": "قتل ثلاثة وعشرون جنديا في هجوم إرهابي استهدف معسكر بولكيسي وسط مالي، وفق بيان للجيش.",
    "fr": "Des hommes armés ont attaqué dimanche un poste militaire près de Tillabéri, tuant douze soldats.",
    "en": "Gunmen attacked a military post near Tillaberi on Sunday, killing twelve soldiers, the army said.",
}


@pytest.mark.parametrize("lang", CASES)
def test_three_languages(lang):
    guess = identify_language(CASES[lang], 0.6)
    assert guess.lang == lang and guess.confidence >= 0.6


def test_all_capitals_french():
    assert identify_language(CASES["fr"].upper(), 0.6).lang == "fr"


def test_other_language_is_recorded_not_forced():
    guess = identify_language("Hombres armados atacaron el domingo un puesto militar y mataron a doce soldados.", 0.6)
    assert guess.lang == "es"


def test_no_letters_is_undetermined():
    assert identify_language("12 345 678 — 2026/03/14 15:30", 0.6).lang == "und"
