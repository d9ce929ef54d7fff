"""Property test: the geoparser never crashes on mixed Arabic/Latin text and its spans are inside it."""

from hypothesis import given, settings
from hypothesis import strategies as st

from sahelwatch.gazetteer import find_places, resolve
from sahelwatch.text.normalise import normalise

WORDS = st.sampled_from(["Gao", "غاو", "النيجر", "Niger", "State", "ولاية", "près de", "قرب", "malien",
                         "المالي", "Boni", "fleuve", "نهر", "Est", "Centre", "و", "ب", "ل", "-", "،", "...", "ﻻ"])
TEXT = st.lists(st.one_of(WORDS, st.text(min_size=0, max_size=8)), max_size=25).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(TEXT, st.sampled_from(["ar", "fr", "en"]))
def test_find_places_spans_map_inside_the_text(gazetteer, text, lang):
    mentions = find_places(normalise(text), lang, gazetteer)
    for mention in mentions:
        assert 0 <= mention.start <= mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.surface
    for resolved in resolve(mentions):
        assert resolved.place in resolved.mention.candidates or resolved.is_demonym
