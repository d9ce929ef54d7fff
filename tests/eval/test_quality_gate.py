"""The extraction quality gate on the held-out corpus (eval/gate.json, pinned by eval/pin_gate.py).

A score below its pinned minimum fails; so does a change to the held-out corpus that was not
pinned on purpose. Scores can only be lowered by editing gate.json, in a reviewed commit.
"""

import json

import pytest

from eval.pin_gate import GATE, HELDOUT, heldout_scores
from sahelwatch.evaluation.corpus import fingerprint

PINNED = json.loads(GATE.read_text(encoding="utf-8"))


def test_the_held_out_corpus_is_the_pinned_one():
    assert fingerprint([HELDOUT]) == PINNED["corpus_fingerprint"], "held-out corpus changed: re-pin on purpose"


@pytest.fixture(scope="module")
def scores():
    return heldout_scores()


@pytest.mark.parametrize("lang", ["ar", "fr", "en", "all"])
def test_scores_do_not_fall_below_the_gate(scores, lang):
    below = {name: (round(scores[lang][name], 3), minimum)
             for name, minimum in PINNED["minimum"][lang].items() if scores[lang][name] < minimum}
    assert not below, f"{lang}: below the gate (achieved, pinned): {below}"
