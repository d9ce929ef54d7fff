"""Language identification, restricted to what Sahel Watch reads: Arabic, French, English.

py3langid's model (shipped inside its package) ranks ~100 languages; its Arabic dialect
labels count as Arabic. A text whose best language is none of the three, or whose
confidence is below the threshold, keeps the code found (``es``) or ``und``: it is
recorded as such, never forced into one of the three.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

SUPPORTED = ("ar", "fr", "en")
_FAMILY = {"ar": "ar", "arz": "ar", "ary": "ar", "arq": "ar", "aeb": "ar", "apc": "ar", "ajp": "ar",
           "acm": "ar", "afb": "ar", "ars": "ar", "ayl": "ar", "fr": "fr", "en": "en"}
_SAMPLE_CHARS = 3000
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    lang: str          # ar, fr, en; another ISO 639 code; or "und"
    confidence: float


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str, min_confidence: float) -> LanguageGuess:
    """The language of ``text`` with a confidence in [0, 1]."""
    sample = text[:_SAMPLE_CHARS]
    if len(_LETTER.findall(sample, 0, 400)) < 10 and len(_LETTER.findall(sample)) < 10:
        return LanguageGuess("und", 0.0)
    scores: dict[str, float] = {}
    for code, prob in _identifier().rank(sample)[:12]:
        family = _FAMILY.get(code, code)
        scores[family] = scores.get(family, 0.0) + float(prob)
    best = max(scores, key=scores.__getitem__)
    confidence = round(min(scores[best], 1.0), 3)
    if best in SUPPORTED and confidence < min_confidence:
        return LanguageGuess("und", confidence)
    return LanguageGuess(best, confidence)
