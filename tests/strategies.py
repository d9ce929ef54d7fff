"""Hypothesis strategies with Arabic, French and mixed-direction text."""

from hypothesis import strategies as st

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىةـًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩"
FRENCH = "abcdefghijklmnopqrstuvwxyzéèêëàâîïôûùçœÉÀÇ'’-"
MARKS = " \n\t.,;:!?«»()0123456789\u200f\u200e\u00a0\x00"

arabic_text = st.text(alphabet=ARABIC + " ", max_size=80)
french_text = st.text(alphabet=FRENCH + " ", max_size=80)
mixed_text = st.text(alphabet=ARABIC + FRENCH + MARKS, max_size=120) | st.text(max_size=60)
