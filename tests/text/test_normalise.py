from hypothesis import given, strategies as st

from sahelwatch.text.normalise import fold, normalise

from tests.strategies import mixed_text


def test_arabic_folding():
    assert fold("الإرهاب") == fold("الارهاب") == "الارهاب"
    assert fold("إرهابيَّة") == "ارهابيه"                # diacritics dropped, taa marbuta folded
    assert fold("الـــمالي") == "المالي"                  # tatweel
    assert fold("آمن أمن إمام ٱلله") == "امن امن امام الله"  # alef forms
    assert fold("مصطفى") == "مصطفي"                      # alef maqsura
    assert fold("مسؤول رئيس") == "مسوول رييس"             # hamza carriers
    assert fold("٢٣ جندياً و۱۲") == "23 جنديا و12"         # Arabic-Indic and Persian digits


def test_latin_folding():
    assert fold("Tillabéri") == fold("TILLABERI") == "tillaberi"
    assert fold("Ménaka, Ségou, Œuvre") == "menaka, segou, oeuvre"
    assert fold("l’armée") == "l'armee"


def test_offsets_map_back_to_the_original():
    original = "هجومٌ إرهابيّ على بولكيسي"
    norm = normalise(original)
    start = norm.text.index("ارهابي")
    span = norm.span(start, start + len("ارهابي"))
    assert original[span[0]:span[1]] == "إرهابيّ"


@given(mixed_text)
def test_normalise_offsets_are_consistent(text):
    norm = normalise(text)
    assert len(norm.offsets) == len(norm.text)
    assert all(0 <= o < len(text) for o in norm.offsets)
    assert list(norm.offsets) == sorted(norm.offsets)
    assert norm.original == text


def test_a_compatibility_form_folds_like_what_it_stands_for():
    assert fold("｀") == fold("`") == fold(fold("｀"))  # a fullwidth grave accent is an apostrophe
    assert fold("ＢＡＭＡＫＯ") == "bamako"


@given(mixed_text)
def test_fold_is_idempotent_and_agrees_with_normalise(text):
    assert fold(fold(text)) == fold(text)
    assert normalise(text).text == fold(text)


@given(mixed_text, st.data())
def test_every_span_lies_inside_the_original(text, data):
    norm = normalise(text)
    if not norm.text:
        return
    start = data.draw(st.integers(0, len(norm.text) - 1))
    end = data.draw(st.integers(start, len(norm.text)))
    a, b = norm.span(start, end)
    assert 0 <= a <= b <= len(text)
