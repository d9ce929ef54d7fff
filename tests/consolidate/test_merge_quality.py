"""The merge-quality gate: consolidating the gold events of the dev corpus groups them by incident."""

from __future__ import annotations

from sahelwatch.consolidate.criteria import MergeRules
from sahelwatch.evaluation.corpus import load_corpus
from sahelwatch.evaluation.merging import score_merges
from tests.conftest import ROOT


def test_gold_events_of_the_dev_corpus_merge_by_incident():
    corpus = load_corpus([ROOT / "eval" / "corpus" / "dev"])
    score = score_merges(corpus, None, MergeRules())
    assert score.gold_pairs >= 50 and score.reports == sum(len(d.events) for d in corpus)
    assert score.precision >= 0.95 and score.recall >= 0.95
