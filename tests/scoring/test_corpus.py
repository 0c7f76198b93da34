"""The project's own labelled corpora (bench/corpus/*, each written independently of scoring/ and of each other):
their train splits must keep the figures the rules were tuned to. The held-out splits of `replies` and `unseen`
are measured, never tuned on, and never asserted here (README: Benchmarks gives them)."""

from __future__ import annotations

import pytest

from scoring.evaluate import evaluate
from tests.helpers.studies import ROOT

CORPORA = ROOT / "bench" / "corpus"


@pytest.mark.parametrize("name", ["replies", "unseen", "more_ru", "more_mixed", "more_words", "more_auto"])
def test_the_train_split_keeps_its_figures(name):
    folder = CORPORA / name
    result = evaluate(folder, folder / "manifest.csv", "train")
    assert result.extraction_n >= 30 and result.extraction_accuracy >= 0.88
    for kind, score in result.kinds.items():
        assert score.n >= 10 and score.precision >= 0.94 and score.recall >= 0.94, (kind, score)
