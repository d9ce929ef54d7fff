"""The per-language data files load and are consistent across languages and with CLDR."""

import re

import pytest
from babel.dates import get_day_names, get_month_names

from sahelwatch.extract import dates, numbers
from sahelwatch.lang import DATA_FILES, LANGUAGES, MissingLanguageData, UnknownLanguage, load
from sahelwatch.text.normalise import fold

SLOTS = {"day", "day2", "dom", "dom2", "month", "year", "mnum", "mref", "n", "unit", "unit1", "part", "mpart", "period"}


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_language_has_the_same_tables(name):
    keys = {lang: set(load(lang, name)) for lang in LANGUAGES}
    assert all(k == keys["en"] for k in keys.values()), keys


@pytest.mark.parametrize("name", DATA_FILES)
def test_fixed_sub_tables_have_the_same_keys(name):
    variable = {"months", "month_locales", "day_ordinals", "words", "multipliers", "approximate", "vague", "dual"}
    reference = load("en", name)
    for lang in LANGUAGES:
        data = load(lang, name)
        for table, content in reference.items():
            if table not in variable and isinstance(content, dict):
                assert set(data[table]) == set(content), (lang, name, table)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_weekdays_are_complete_and_match_cldr(lang):
    weekdays = load(lang, "dates")["weekdays"]
    assert list(weekdays) == ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    cldr = get_day_names("wide", locale=lang)  # 0 = Monday
    for index, spellings in enumerate(weekdays.values()):
        assert fold(cldr[index]) in {fold(s) for s in spellings}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_month_series_are_complete_and_match_cldr_where_named(lang):
    data = load(lang, "dates")
    assert set(data["month_locales"]) == set(data["months"])
    for series, months in data["months"].items():
        assert len(months) == 12, (lang, series)
        locale = data["month_locales"][series]
        if locale:
            cldr = get_month_names("wide", locale=locale)
            for number, item in enumerate(months, start=1):
                spellings = [item] if isinstance(item, str) else item
                assert fold(cldr[number]) in {fold(s) for s in spellings}, (lang, series, number)


def test_arabic_has_every_regional_month_series():
    months = load("ar", "dates")["months"]
    names = {fold(m) for series in months.values() for item in series for m in ([item] if isinstance(item, str) else item)}
    for expected in ["يوليوز", "غشت", "شتنبر", "دجنبر", "جانفي", "فيفري", "أفريل", "جوان", "جويلية", "أوت",
                     "أغسطس", "يوليو", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز",
                     "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]:
        assert fold(expected) in names, expected


@pytest.mark.parametrize("lang", LANGUAGES)
def test_templates_use_known_slots_and_compile(lang):
    templates = load(lang, "dates")["templates"]
    for kind, items in templates.items():
        for template in items:
            assert set(re.findall(r"\{(\w+)\}", template)) <= SLOTS, template
    grammar = dates.grammar(lang)
    for index in range(len(grammar.templates)):
        grammar.match_at({index}, "", 0)  # compiles the template's pattern, or raises re.error


@pytest.mark.parametrize("lang", LANGUAGES)
def test_number_values_are_positive_and_vague_values_follow_acled(lang):
    data = load(lang, "numbers")
    for table in ("words", "multipliers", "approximate", "vague"):
        assert all(isinstance(v, int) and v > 0 for v in data[table].values()), table
    assert set(data["vague"].values()) <= {3, 12, 20, 100, 1000, 10000}
    assert set(data["qualifiers_before"]) == {"at_least", "about", "up_to"}
    for unit in data["units_after"]:
        assert unit in numbers.UNITS
    numbers.grammar(lang)


def test_unknown_language_names_the_known_ones():
    with pytest.raises(UnknownLanguage) as caught:
        load("xx", "dates")
    assert caught.value.lang == "xx" and "ar, fr, en" in str(caught.value)


def test_missing_data_file_is_named():
    with pytest.raises(MissingLanguageData) as caught:
        load("fr", "gazetteer")
    assert caught.value.name == "gazetteer"
