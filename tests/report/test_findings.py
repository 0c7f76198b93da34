"""The report's findings in words, persona as a factor, the method in prose with its reproducibility stamp, and the
report as DataFrames (issue 17), on small generated studies whose true parameters are known
(tests/helpers/reportstudy.py: VK answers fastest and the form slowest; on VK shops answer far more than services)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import timedelta

import pytest
from typer.testing import CliRunner

from audit.cli.app import app
from audit.report.build import build
from audit.report.durations import plural
from audit.report.figures import Options
from audit.store.database import Store
from audit.study.load import load_study
from tests.helpers import reportstudy as rs

runner = CliRunner()


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "x")
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "x")
    monkeypatch.setenv("AUDIT_CLOCK", f"fixed:{rs.NOW.isoformat()}")


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("small")
    study, db = rs.write(tmp, shops=30, services=30, platforms=0)
    return study, db


def _report(study_path, db):
    return build(Store(str(db)), load_study(study_path), rs.NOW, Options(resamples=200))


@pytest.fixture(scope="module")
def built(small):
    return _report(*small)


def test_plural_agrees_russian_nouns_with_their_numbers():
    forms = ("компания", "компании", "компаний")
    assert [plural(n, forms) for n in (1, 3, 5, 11, 12, 21, 22, 25, 111)] == [
        "1 компания", "3 компании", "5 компаний", "11 компаний", "12 компаний", "21 компания", "22 компании",
        "25 компаний", "111 компаний"]
    assert plural(1, ("company", "companies")) == "1 company" and plural(0, ("company", "companies")) == "0 companies"
    from audit.report.durations import spoken_duration

    assert spoken_duration(7 * 86400) == "7 days" and spoken_duration(3 * 3600 + 300) == "3 hours 5 minutes"
    assert spoken_duration(7 * 3600 + 41 * 60, "ru") == "7 часов 41 минута"
    assert spoken_duration(7 * 3600 + 41 * 60, "ru-acc") == "7 часов 41 минуту"  # «ответили за 7 часов 41 минуту»


def test_findings_say_what_the_parameters_imply_in_the_scripts_language_and_in_english(built, small):
    from audit.report.findings import findings

    report = built
    by_kind = {}
    for f in report.findings:
        by_kind.setdefault(f.kind, []).append(f)
    fastest = by_kind["fastest"][0]
    assert fastest.figures["channel"] == "vk" and fastest.chart == "chart-response-times-by-channel"
    assert by_kind["slowest"][0].figures["channel"] == "form" and by_kind["slowest"][0].table == "times-segment"
    assert "Быстрее всего отвечают во ВКонтакте" in by_kind["fastest"][0].text  # the scripts are in Russian
    assert [f.figures["channel"] for f in by_kind["never_answered"]] == ["email", "form", "vk"]
    assert all("компани" in f.text and "95% ДИ" in f.text for f in by_kind["never_answered"])
    # on VK shops answer 97% of the time and services 30%: said, with the interval that excludes zero
    vk = [f for f in by_kind["contrast"] if f.figures["kind"] == "segment" and f.figures["scope"] == {"channel": "vk"}
          and f.figures["metric"] == "answered_share"]
    assert len(vk) == 1 and vk[0].figures["a"] == "shops" and vk[0].figures["difference"]["ci_low"] > 0
    assert vk[0].text.startswith("Во ВКонтакте: shops отвечали чаще, чем services")
    assert vk[0].table == "comparisons-segment"
    assert not any(f.interim for f in report.findings)  # every window closed
    from audit.report.charts import charts
    from audit.report.render import tables

    assert {f.table for f in report.findings} <= {t.id for t in tables(report)}  # each names a table shown
    assert {f.chart for f in report.findings} - {None} <= {f"chart-{name}" for name in charts(report)}
    text = small[0].read_text(encoding="utf-8")  # the study file's own setting
    english = small[0].with_name("study-en.yaml")
    english.write_text(text.replace("reply_window: 7d\n", "reply_window: 7d\nlanguage: en\n"), encoding="utf-8")
    report.study, russian = load_study(english), report.study
    try:
        report.findings = findings(report)
        texts = [f.text for f in report.findings]
        data = report.as_json()
    finally:
        report.study, report.findings = russian, findings(report)
    assert any(t.startswith("The fastest channel is VK: half of its probes were answered within") for t in texts)
    assert any(t.startswith("On VK, shops answered more often than services") for t in texts)
    assert any(t.startswith("Among shops, companies answered less often by e-mail than on VK") for t in texts)
    assert data["findings_header"].startswith("Findings (in English: set in the study file")
    assert data["findings"][0]["text"] == texts[0] and "figures" in data["findings"][0]


def test_contrasts_whose_interval_includes_zero_are_not_told(tmp_path):
    """Shops and platforms are drawn alike: only contrasts whose interval excludes zero may be told, and the
    summary gives the number made in all."""
    study, db = rs.write(tmp_path, shops=30, services=0, platforms=30)
    report = _report(study, db)
    made = [(c, x) for c in report.comparisons if c.kind in ("segment", "channel") and not c.small
            for x in c.contrasts if x.difference.low is not None and x.difference.high is not None]
    clear = {(c.kind, tuple(c.scope.items()), c.a_label, c.b_label, x.metric) for c, x in made
             if x.difference.low > 0 or x.difference.high < 0}
    told = {(f.figures["kind"], tuple(f.figures["scope"].items()), f.figures["a"], f.figures["b"],
             f.figures["metric"]) for f in report.findings if f.kind == "contrast"}
    assert told <= clear
    segment_made = sum(1 for c, _ in made if c.kind == "segment")
    segment_told = sum(1 for t in told if t[0] == "segment")
    assert segment_made >= 12 and segment_told <= 2  # alike: at most a chance exclusion or two of 16
    (summary,) = [f for f in report.findings if f.kind == "contrasts"]
    assert summary.figures["comparisons"] == len(made) and f"{len(made)} сравнений" in summary.text


def test_persona_is_a_factor_and_a_persona_change_between_waves_is_in_every_format(tmp_path):
    from tests.report.test_standing import W2, two_waves

    path, _, store = two_waves(tmp_path)
    db = str(tmp_path / "a.db")
    env = {"AUDIT_CLOCK": f"fixed:{(W2 + timedelta(days=1)).isoformat()}", "COLUMNS": "250"}

    def run(*args):
        result = runner.invoke(app, ["report", str(path), "--db", db, "--resamples", "100", *args], env=env)
        assert result.exit_code == 0, result.output
        return result.stdout

    data = json.loads(run("--by", "persona", "--format", "json"))
    groups = {r["group"] for b in data["breakdowns"] if b["by"] == "persona" for r in b["rows"]}
    assert groups == {"anatoly", "maria", "all"}
    said = "Волну spring писали другие персонажи, чем волну autumn (maria против anatoly)"
    assert any(f["text"].startswith(said) and f["table"] == "comparisons-wave" for f in data["findings"])
    assert data["findings"][0]["kind"] == "interim" and all(f["interim"] for f in data["findings"])
    rows = list(csv.DictReader(io.StringIO(run("--format", "csv"))))
    assert any(r["section"] == "finding" and r["kind"] == "persona" and r["note"].startswith(said) for r in rows)
    assert said.replace(" ", "") in run("--format", "markdown").replace(" ", "").replace("\\", "")
    assert "другиеперсонажи" in run().replace(" ", "").replace("\n", "").replace("│", "")
    html = tmp_path / "r.html"
    run("--html", str(html))
    page = html.read_text(encoding="utf-8")
    assert said in page and 'href="#table-comparisons-wave"' in page and 'id="table-comparisons-wave"' in page
    assert "Анатолий" in page and "Мария" in page  # the method names the personas
    method = json.loads(run("--channel", "email", "--format", "json"))["method_text"]
    (companies,) = [p for p in method if p.startswith("Companies per segment and channel")]
    assert "shops: email 12/12/0." in companies and "phone" not in companies  # the report's filters


def test_the_stamp_is_stable_and_check_says_what_changed(small, built, tmp_path):
    from audit.report.stamp import stamp

    study, db = small
    copy = tmp_path / "copy.db"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:  # the WAL's pages too
        source.backup(target)

    def stamp_of():
        return str(stamp(Store(str(copy)), load_study(study), 417, 200))

    first = stamp_of()
    assert first == str(built.stamp) == stamp_of() and "seed 417" in first and "resamples 200" in first
    shown = runner.invoke(app, ["report", str(study), "--db", str(copy), "--format", "json", "--resamples", "200"])
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.stdout)
    assert data["stamp"]["text"] == first  # the same database, another run: the same stamp
    # audit report passes people's agreement to the method: anna and boris scored the same replies alike
    people = next(p for p in data["method_text"] if "scored by people" in p)
    assert "2 people" in people and "Krippendorff's alpha (ordinal) 1.00 (95% bootstrap interval" in people
    same = runner.invoke(app, ["report", str(study), "--db", str(copy), "--check", first])
    assert same.exit_code == 0 and "same stamp" in same.output
    with sqlite3.connect(copy) as conn:  # a person changes one score
        conn.execute("UPDATE score SET score = CASE WHEN score = 4 THEN 3 ELSE 4 END "
                     "WHERE id = (SELECT min(id) FROM score WHERE rater != 'auto')")
    assert stamp_of() != first
    changed = runner.invoke(app, ["report", str(study), "--db", str(copy), "--check", first])
    assert changed.exit_code == 1 and "changed: data:" in changed.output and "the figures differ" in changed.output
    assert "changed: study" not in changed.output
    edited = study.with_name("edited.yaml")  # the study's files changed too
    edited.write_text(study.read_text(encoding="utf-8").replace("Вопрос", "Вопрос о часах"), encoding="utf-8")
    both = runner.invoke(app, ["report", str(edited), "--db", str(copy), "--check", first])
    assert both.exit_code == 1 and "changed: study" in both.output and "changed: data" in both.output
    bad = runner.invoke(app, ["report", str(study), "--db", str(copy), "--check", "nonsense"])
    assert bad.exit_code == 1 and "not a report stamp" in bad.output


def test_the_method_is_prose_with_the_stamp(built):
    report = built
    text = "\n".join(report.method_text)
    assert "432000" not in text and "604800" not in text and ".000000" not in text
    assert "reply window was 7 days" in text and "docs/method.md §4" in text
    assert "shops: email 30/30/" in text and "Анатолий" in text and "“До скольки вы работаете?”" in text
    assert f"Reproducibility stamp: {report.stamp}" in text
    assert "Krippendorff" not in text  # not computed unless the caller passes it (audit report does)


def test_the_dataframes_are_the_csvs_numbers(built):
    import pandas as pd

    from audit.report.render import write_csv

    report = built
    frames = report.frames()
    out = io.StringIO()
    write_csv(report, out)
    written = pd.read_csv(io.StringIO(out.getvalue()), keep_default_na=False)
    assert set(frames) == set(written["section"])
    assert {"finding", "stamp", "breakdown", "comparison"} <= set(frames)
    for section, frame in frames.items():
        rows = written[written["section"] == section]
        assert len(rows) == len(frame), section
        for col in ("value", "ci_low", "ci_high"):
            got = pd.to_numeric(frame[col].astype(object).where(frame[col].notna(), ""), errors="coerce")
            want = pd.to_numeric(rows[col], errors="coerce")
            assert got.reset_index(drop=True).equals(want.reset_index(drop=True)) or \
                ((got.reset_index(drop=True) - want.reset_index(drop=True)).abs().fillna(0) < 1e-9).all(), section


def test_a_report_with_nothing_sent_says_so_in_words(tmp_path):
    from sqlalchemy import text

    from tests.report.test_standing import W1, two_waves

    _, study, store = two_waves(tmp_path)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE probe SET status = 'planned', sent_at = NULL"))
    report = build(store, study, W1, Options(resamples=100))
    assert [f.kind for f in report.findings] == ["interim", "empty"]
    assert "не отправлено или ждёт ручной работы: 48 обращений" in report.findings[0].text
    assert "has sent no probe yet" in report.method_text[0]


def test_a_report_of_one_channel_gives_its_median_instead_of_a_fastest_and_slowest(small):
    study, db = small
    report = build(Store(str(db)), load_study(study), rs.NOW, Options(channels=("email",), resamples=100))
    (only,) = [f for f in report.findings if f.kind in ("only", "fastest", "slowest")]
    assert only.kind == "only" and only.text.startswith("Канал в отчёте один: на половину обращений по e-mail "
                                                        "ответили за ")
