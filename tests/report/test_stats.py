"""The report's building blocks against their references: vectorised business time against WorkCalendar, the
resampled Kaplan–Meier quantiles against lifelines, the report's quality against the export's score column, its
company counts against SQL on the store."""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from audit.report.stats import TimeGrid, interval, km_fit, km_quantile, resample_weights
from audit.schedule.business_time import business_seconds
from audit.schedule.workdays import WorkCalendar
from audit.study.model import WorkingHours
from tests.helpers import reportstudy as rs


@pytest.mark.parametrize("tz, country", [("Europe/Moscow", "RU"), ("Asia/Kamchatka", "RU"), ("Europe/Berlin", "DE"),
                                         ("America/New_York", None)])
def test_vectorised_business_time_is_the_calendars(tz, country):
    cal = WorkCalendar(tz, WorkingHours(), country)
    rng = np.random.default_rng(3)
    # around the New Year break, a DST change (March) and ordinary weeks; intervals up to ten days
    starts = np.concatenate([datetime(2025, 12, 29, tzinfo=UTC).timestamp() + rng.uniform(0, 20 * 86400, 150),
                             datetime(2026, 3, 25, tzinfo=UTC).timestamp() + rng.uniform(0, 10 * 86400, 150)])
    ends = starts + rng.uniform(-3600, 10 * 86400, len(starts))
    got = business_seconds(cal, starts, ends)
    want = [cal.business_seconds(datetime.fromtimestamp(a, UTC), datetime.fromtimestamp(b, UTC))
            for a, b in zip(starts, ends, strict=True)]
    assert got == pytest.approx(want, abs=1e-3)


def test_resampled_quantiles_match_lifelines_on_the_sample_itself():
    rng = np.random.default_rng(11)
    n, window = 20_000, 7 * 86400.0
    t = rng.lognormal(8, 1.5, n)
    censor = np.where(rng.random(n) < 0.2, rng.uniform(0, window, n), window)  # some windows still open
    event = (rng.random(n) < 0.8) & (t <= censor)
    time = np.where(event, t, censor)
    fit = km_fit(time, event)
    grid = TimeGrid.of(time[event])
    hist = [np.bincount(grid.bin_of(time[m]), minlength=grid.bins)[None, :].astype(float) for m in (event, ~event)]
    got = grid.quantiles(*hist, (0.5, 0.9))[0]
    assert got[0] == pytest.approx(km_quantile(fit, 0.5), rel=0.02)
    assert km_quantile(fit, 0.9) is None and np.isinf(got[1])  # fewer than 90% answer: never reached


def test_resamples_are_seeded_and_draw_as_many_companies_as_there_are():
    a, b = resample_weights(50, 200, seed=5), resample_weights(50, 200, seed=5)
    assert (a == b).all() and (a.sum(axis=1) == 50).all()
    assert not (resample_weights(50, 200, seed=6) == a).all()


def test_intervals_leave_out_empty_resamples_and_keep_unreached_ends_open():
    lo, hi = interval(np.arange(1000.0))
    assert 24 <= lo <= 25 and 974 <= hi <= 975  # the 2.5% and 97.5% points of 0..999
    assert interval(np.r_[np.arange(990.0), [np.nan] * 10]) != (None, None)  # 1% empty: still an interval
    assert interval(np.r_[np.arange(900.0), [np.nan] * 100]) == (None, None)  # 10% empty: none
    lo, hi = interval(np.r_[np.arange(900.0), [np.inf] * 100])
    assert lo is not None and hi is None  # the upper end is not reached within the window


def test_the_reports_quality_is_the_mean_of_the_exports_score_column(tmp_path, monkeypatch):
    from audit.export.results_csv import export_csv
    from audit.report.build import build
    from audit.report.figures import Options
    from audit.store.database import Store
    from audit.study.load import load_study

    monkeypatch.setenv("TEST_SMTP_PASSWORD", "x")
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "x")
    study_path, db = rs.write(tmp_path, shops=40, services=40, platforms=0)
    study, store = load_study(study_path), Store(str(db))
    # a report made while the second wave's windows are still open: those unanswered probes have no score yet
    now = datetime.combine(rs.WAVES["w2"], datetime.min.time(), UTC) + timedelta(days=3)
    out = io.StringIO()
    export_csv(store, study, out, now=now)
    scores: dict[tuple[str, str], list[float]] = {}
    segment = {c.id: c.segment for c in study.companies}
    for row in csv.DictReader(io.StringIO(out.getvalue())):
        if row["score"] != "" and row["sent_at"] < now.strftime("%Y-%m-%dT%H:%M:%SZ"):
            scores.setdefault((row["channel"], segment[row["company_id"]]), []).append(float(row["score"]))
    built = build(store, study, now, Options(resamples=100))
    cells = {(r.key["channel"], r.key["segment"]): r for r in built.breakdowns[0].rows
             if "channel" in r.key and "segment" in r.key}
    assert set(cells) == set(scores)
    for key, values in scores.items():
        assert cells[key].estimates["quality_all"].value == pytest.approx(np.mean(values)), key
    assert sum(r.counts["window_open"] for r in cells.values()) > 0


def test_company_figures_count_the_companies_in_the_store(tmp_path, monkeypatch):
    """Company counts of every breakdown row against SQL: a company counts once however many waves it answered in;
    its helpdesk is its `helpdesk` column where given (the small segment's), else a reply in the row showing one."""
    from audit.report.build import build
    from audit.report.figures import Options
    from audit.store.database import Store
    from audit.study.load import load_study

    monkeypatch.setenv("TEST_SMTP_PASSWORD", "x")
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "x")
    study_path, db = rs.write(tmp_path, shops=40, services=40, platforms=6)
    study = load_study(study_path)
    said = {c.id: c.attrs.get("helpdesk", "") for c in study.companies}
    with sqlite3.connect(db) as con:
        segment = dict(con.execute("SELECT id, segment FROM company"))
        probed = set(con.execute("SELECT company_id, channel FROM probe WHERE status = 'sent'"))
        answered = set(con.execute("SELECT company_id, channel FROM probe WHERE status = 'sent' "
                                   "AND response_seconds <= ?", (rs.WINDOW,)))
        shown = set(con.execute("SELECT p.company_id, p.channel FROM reply r JOIN probe p ON p.id = r.probe_id "
                                "WHERE r.helpdesk IS NOT NULL"))
    con.close()

    def in_row(pairs: set, row: dict) -> set[str]:
        return {c for c, ch in pairs if row["channel"] in ("all", ch) and row["group"] in ("all", segment[c])}

    rows = build(Store(str(db)), study, rs.NOW, Options(resamples=200)).as_json()["breakdowns"][0]["rows"]
    assert len(rows) == 4 * 4  # (3 channels + all) × (3 segments + all)
    for row in rows:
        companies, seen = in_row(probed, row), in_row(shown, row)
        helpdesk = {c for c in companies if said[c] == "yes" or (said[c] == "" and c in seen)}
        assert (row["companies"], row["companies_answered"], row["companies_helpdesk"]) == \
            (len(companies), len(in_row(answered, row)), len(helpdesk)), (row["channel"], row["group"])
        for name in ("companies_answered", "companies_helpdesk"):
            share = row[f"{name}_share"]
            assert share["value"] == pytest.approx(row[name] / row["companies"])
            assert row["small"] or share["ci_low"] <= share["value"] <= share["ci_high"]
    assert any(r["companies_answered"] < r["answered"] for r in rows)  # per company, not per probe
    # the column decides: VK replies never show a helpdesk, yet two of the six platforms say they have one
    (vk_platforms,) = [r for r in rows if (r["channel"], r["group"]) == ("vk", "platforms")]
    assert vk_platforms["companies_helpdesk"] == 2
