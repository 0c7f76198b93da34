"""Krippendorff's alpha between raters and against the automatic score, from the score table."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from audit.people.agreement import agreement, alpha
from audit.store.database import Store
from audit.store.schema import Probe, Score
from audit.study.load import load_study
from tests.helpers.studies import write_study


def test_alpha_is_one_for_identical_ordinal_scores_and_negative_for_reversed_ones():
    units = [{"ann": v, "bob": v} for v in (0, 1, 2, 3, 4, 4)]
    assert alpha(units, ["ann", "bob"]) == pytest.approx(1.0)
    reversed_ = [{"ann": v, "bob": 4 - v} for v in (0, 1, 2, 3, 4)]
    assert alpha(reversed_, ["ann", "bob"]) < 0
    assert alpha([{"ann": 2, "bob": 2}, {"ann": 2, "bob": 2}], ["ann", "bob"]) is None  # one value: undefined


def scored(tmp_path):
    """A store where ann, bob and the automatic score rated the same six probes; bob differs once by 3 points."""
    store = Store(str(tmp_path / "a.db"))
    study = load_study(write_study(tmp_path, smtp_port=1, imap_port=1))
    store.sync_study(study, {"w1": date(2025, 12, 8)})
    now = datetime.now(UTC)
    ann = [4, 3, 0, 1, 2, 3]
    bob = [4, 3, 0, 1, 2, 0]  # disagrees with ann on the last one by 3 points
    auto = [3, 3, 0, 1, 2, 3]
    with store.session() as s:
        for i, company in enumerate(study.companies * 2):
            p = Probe(study_id=study.id, wave="w1", company_id=company.id, channel="email" if i < 4 else "phone",
                      persona="anatoly", contact="x", planned_at=now, token=f"t{i}")
            s.add(p)
            s.flush()
            if i >= len(ann):
                continue
            for rater, values in (("ann", ann), ("bob", bob), ("auto", auto)):
                s.add(Score(probe_id=p.id, reply_id=None, rater=rater, score=values[i], created_at=now))
        s.commit()
    return store, study


def test_agreement_report_from_the_store(tmp_path):
    store, study = scored(tmp_path)
    report = agreement(store, study.id)
    assert report.raters == ["ann", "auto", "bob"]
    pairs = {(p.a, p.b): p for p in report.pairs}
    assert pairs[("ann", "bob")].n == 6
    assert pairs[("ann", "auto")].alpha > pairs[("bob", "auto")].alpha
    assert report.overall is not None and report.overall.alpha == pytest.approx(pairs[("ann", "bob")].alpha)
    worst = report.disagreements[0]
    assert worst.spread == 3 and worst.scores == {"ann": 3, "bob": 0, "auto": 3}


def test_agreement_command_prints_the_table(tmp_path):
    from typer.testing import CliRunner

    from audit.cli.app import app

    study = write_study(tmp_path, smtp_port=1, imap_port=1)
    empty = CliRunner().invoke(app, ["agreement", str(study), "--db", str(tmp_path / "a.db")])
    assert empty.exit_code == 4 and "no results of study itest" in empty.output  # nothing sent: said, not a table
    store, _ = scored(tmp_path)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM score WHERE rater != 'auto'"))
    result = CliRunner().invoke(app, ["agreement", str(study), "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 0, result.output
    assert "no two raters have scored the same replies yet" in result.output


def test_agreement_command_prints_alpha_n_and_the_largest_disagreement(tmp_path):
    from typer.testing import CliRunner

    from audit.cli.app import app

    store, study = scored(tmp_path)
    pairs = {(p.a, p.b): p for p in agreement(store, study.id).pairs}
    result = CliRunner().invoke(app, ["agreement", str(tmp_path / "study.yaml"), "--db", str(tmp_path / "a.db")],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    ann_bob = next(line for line in result.output.splitlines() if "ann – bob" in line)
    assert f"{pairs[('ann', 'bob')].alpha:.2f}" in ann_bob and ann_bob.rstrip(" │|").endswith("6")
    assert "ann: 3, auto: 3, bob: 0" in result.output


def test_the_bootstraps_alpha_from_coincidences_is_krippendorffs():
    """overall() resamples replies by weighting their coincidence matrices; each draw must be the alpha the
    krippendorff package computes on the resampled table."""
    import krippendorff
    import numpy as np

    from audit.people.agreement import _coincidences, _ordinal_alpha

    rng = np.random.default_rng(7)
    checked = 0
    for _ in range(200):
        data = rng.integers(0, 5, (rng.integers(2, 5), rng.integers(3, 30))).astype(float)
        data[rng.random(data.shape) < 0.3] = np.nan
        data = data[:, (~np.isnan(data)).sum(axis=0) >= 2]
        if data.shape[1] < 2 or len(set(data[~np.isnan(data)])) < 2:
            continue
        pick = rng.integers(0, data.shape[1], data.shape[1])  # one bootstrap draw
        weights = np.bincount(pick, minlength=data.shape[1])
        ours = _ordinal_alpha(np.einsum("u,uck->ck", weights, _coincidences(data)))
        with np.errstate(invalid="ignore"):  # a draw with one value seen: the package says NaN, ours None
            theirs = krippendorff.alpha(reliability_data=data[:, pick], level_of_measurement="ordinal",
                                        value_domain=[0, 1, 2, 3, 4])
        assert (ours is None and np.isnan(theirs)) or abs(ours - theirs) < 1e-9, (ours, theirs)
        checked += 1
    assert checked > 100
