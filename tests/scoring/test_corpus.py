"""The project's own labelled corpus (bench/corpus/replies, written independently of scoring/): the train split
must keep the figures the rules were tuned to. The held-out split is measured, never tuned on, and never asserted
here (README: Benchmarks gives both)."""

from __future__ import annotations

from scoring.evaluate import evaluate
from tests.helpers.studies import ROOT

CORPUS = ROOT / "bench" / "corpus" / "replies"


def test_the_train_split_keeps_its_figures():
    result = evaluate(CORPUS, CORPUS / "manifest.csv", "train")
    assert result.extraction_n >= 90 and result.extraction_accuracy >= 0.9
    assert result.kinds["bounce"].precision == 1.0
