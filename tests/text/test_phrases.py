from hypothesis import given

from sahelwatch.text.normalise import normalise
from sahelwatch.text.phrases import PhraseMatcher

from tests.strategies import mixed_text

MATCHER = PhraseMatcher([("مالي", "ML"), ("النيجر", "NE"), ("غاو", "Gao"), ("بوركينا فاسو", "BF"),
                         ("Tillabéri", "Tillaberi"), ("Niger", "NE"), ("Niger State", "NG-NI"), ("الجزائر", "DZ")])


def found(text):
    return [(text[m.text_start:m.text_end], m.payloads[0]) for m in MATCHER.find(normalise(text))]


def test_arabic_proclitics_are_accepted():
    assert found("وقع الهجوم بغاو وفي مالي") == [("غاو", "Gao"), ("مالي", "ML")]
    assert found("وبالنيجر") == [("النيجر", "NE")]
    assert found("دعم للنيجر وللجزائر") == [("للنيجر", "NE"), ("للجزائر", "DZ")]
    assert found("ولبوركينا فاسو") == [("بوركينا فاسو", "BF")]


def test_no_false_splits():
    assert found("الجيش المالي") == []      # the article is not a proclitic of مالي: "Malian"
    assert found("ماليزيا والماليون") == []  # no match inside longer words
    assert found("Nigeria, Nigerien") == []


def test_longest_match_wins_and_spelling_is_folded():
    assert found("à Tillaberi, dans le Niger State et au NIGER.") == [
        ("Tillaberi", "Tillaberi"), ("Niger State", "NG-NI"), ("NIGER", "NE")]


@given(mixed_text)
def test_matches_lie_inside_the_text(text):
    for match in MATCHER.find(normalise(text)):
        assert 0 <= match.text_start < match.text_end <= len(text)
