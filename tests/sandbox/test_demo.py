"""A researcher's own study piloted in the sandbox (`audit sandbox STUDY --demo --db ...`): every wave, a recurring
one's occurrences too, each at its planned send times, answered in the study's own words, collected until the last
reply window has ended, into the database given."""

from __future__ import annotations

import asyncio
import io
import json
import sqlite3
from datetime import UTC, date, datetime

import pytest
from rich.console import Console

from audit.errors import AuditError
from audit.sandbox.demo import run_demo, serve
from audit.sandbox.timeline import CRON_OCCURRENCES, bounded, waves
from audit.store.database import Store
from audit.store.schema import Probe
from audit.study.load import load_study
from scoring.rubric import covered_points
from tests.helpers.studies import write_sandbox_study

# a wave on a date and a weekly one that recurs twice: three waves, in order
WAVES = """\
waves:
  - {name: first, start: 2026-12-07}
  - {name: weekly, cron: "0 9 * * mon", since: 2026-12-14, count: 2}
"""


@pytest.fixture
def pilot(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the sandbox's Telegram sessions are written under data/, beside the database
    for name in ("AUDIT_CLOCK", "SANDBOX_PASSWORD", "SANDBOX_VK_TOKEN"):
        monkeypatch.setenv(name, "")  # run_demo sets them: put back afterwards
        monkeypatch.delenv(name)
    return write_sandbox_study(tmp_path, waves=WAVES)


def test_every_wave_of_a_researcher_study_runs_and_is_answered_in_its_words(pilot, tmp_path):
    db = tmp_path / "elsewhere" / "pilot-run.db"
    out = Console(file=open(tmp_path / "demo.log", "w"), width=200)  # noqa: SIM115 - closed with the test
    done = asyncio.run(run_demo(pilot, str(db), 200000, out))
    study = load_study(pilot)
    points = study.scripts[0].points
    assert done.store.url == f"sqlite:///{db}" and db.exists() and done.csv == db.with_suffix(".csv")
    with sqlite3.connect(db) as conn:
        probes = conn.execute("SELECT wave, status, planned_at, sent_at FROM probe").fetchall()
        replies = conn.execute("SELECT p.wave, r.kind, r.text, r.flags FROM reply r JOIN probe p ON p.id = "
                               "r.probe_id").fetchall()
        pending = conn.execute("SELECT count(*) FROM reply WHERE understood_at IS NULL AND kind IS NOT 'own'"
                               ).fetchone()[0]
    assert {w for w, *_ in probes} == {"first", "weekly-20261214", "weekly-20261221"}
    assert len(probes) == 3 * 12  # six bookshops on e-mail and Telegram, in each wave
    assert {s for _, s, *_ in probes} <= {"sent", "failed"} and sum(s == "sent" for _, s, *_ in probes) >= 30
    assert all(sent == planned for _, s, planned, sent in probes if s == "sent")  # each at its planned time
    for wave in ("first", "weekly-20261214", "weekly-20261221"):
        human = [(text, json.loads(flags)) for w, kind, text, flags in replies if w == wave and kind == "human"]
        assert human, f"no answer in wave {wave}"
        for text, flags in human:  # every answer covers some of the study's own points, in English
            assert flags["points_covered"] and covered_points(text, points)
            assert "Здравствуйте" not in text and "Тариф" not in text
    said = " ".join(text for _, kind, text, _ in replies if kind == "human")
    assert "in stock" in said and "available" in said  # the points' own phrases
    assert pending == 0
    last_sent = max(datetime.fromisoformat(sent).replace(tzinfo=UTC) for *_, sent in probes if sent)
    assert done.now >= last_sent + study.reply_window  # the report is final: every reply window has ended
    log = (tmp_path / "demo.log").read_text(encoding="utf-8")
    assert "first (2026-12-07), weekly-20261214 (2026-12-14), weekly-20261221 (2026-12-21)" in log
    assert Store(str(db)).sandbox_time() == done.now  # marked: read at its simulated end, never sent from


def test_a_database_the_sandbox_did_not_make_is_never_wiped(pilot, tmp_path):
    db = tmp_path / "real.db"
    study = load_study(pilot)
    store = Store(str(db))
    store.sync_study(study, {"first": date(2026, 12, 7)})
    with store.session() as s:
        s.add(Probe(study_id=study.id, wave="first", company_id="books-1", channel="email", persona="anna",
                    contact="orders@books-1.example", planned_at=datetime(2026, 12, 7, 10, tzinfo=UTC),
                    token="t0", body="a real probe"))
        s.commit()
    with pytest.raises(AuditError, match="never overwrites one") as info:
        asyncio.run(run_demo(pilot, str(db), 200000, Console(file=open(tmp_path / "log", "w"))))  # noqa: SIM115
    assert "--db" in info.value.hint
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT body FROM probe").fetchall() == [("a real probe",)]


def test_the_sandbox_for_other_processes_names_the_database_given(pilot, tmp_path):
    out = Console(file=io.StringIO(), width=300)

    async def until_ready():
        task = asyncio.create_task(serve(pilot, 3600, out, str(tmp_path / "given.db")))
        while "audit watch" not in out.file.getvalue() and not task.done():
            await asyncio.sleep(0.05)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    asyncio.run(until_ready())
    assert f"audit run {pilot} --loop 1 --db {tmp_path / 'given.db'}" in out.file.getvalue()


def test_a_recurring_wave_without_end_runs_its_first_occurrences_and_says_so(tmp_path):
    path = write_sandbox_study(tmp_path, waves="waves:\n  - {name: monthly, cron: '0 10 1 * *'}\n"
                                                "  - {name: w1, start: 2027-03-03}\n")
    study, notes = bounded(load_study(path))
    instances = waves(study, date(2027, 1, 15))
    assert CRON_OCCURRENCES == 3
    assert [w.name for w in instances] == ["monthly-20270201", "monthly-20270301", "w1", "monthly-20270401"]
    assert notes == [f"wave monthly recurs without end (0 10 1 * *): the sandbox runs its first {CRON_OCCURRENCES} "
                     f"occurrences"]
