"""A report says what it stands on: final or interim, the coverage of every wave and channel, comparisons whose
sides differ flagged, and never a report made at a time before the study's own sends."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from typer.testing import CliRunner

from audit.cli.app import app
from audit.errors import AuditError
from audit.report.build import build
from audit.store.schema import Probe
from tests.helpers.studies import shops_by_email_and_phone

W1 = datetime(2025, 12, 8, 9, 0, tzinfo=UTC)
W2 = W1 + timedelta(days=7)


def two_waves(tmp_path):
    """Twelve shops written to by e-mail and phone in two waves; the second wave by another persona."""
    path, study, store = shops_by_email_and_phone(
        tmp_path, study_id="waves", title="Two waves", companies=12,
        waves={"autumn": (date(2025, 12, 8), "anatoly"), "spring": (date(2025, 12, 15), "maria")},
        personas={"anatoly": "Анатолий", "maria": "Мария"})
    with store.session() as s:
        for wave, persona, at in (("autumn", "anatoly", W1), ("spring", "maria", W2)):
            for i, c in enumerate(study.companies):
                for channel in ("email", "phone"):
                    done = channel == "email" or wave == "autumn"  # spring's phone tasks never done
                    s.add(Probe(study_id=study.id, wave=wave, company_id=c.id, channel=channel, persona=persona,
                                contact="x", planned_at=at, status="sent" if done else "task",
                                sent_at=at if done else None, token=f"{wave}{channel}{i}"))
        s.commit()
    return path, study, store


def test_an_interim_report_says_so_first_and_flags_comparisons_of_unlike_sides(tmp_path):
    _, study, store = two_waves(tmp_path)
    from zoneinfo import ZoneInfo

    report = build(store, study, (W2 + timedelta(days=1)).astimezone(ZoneInfo("Europe/Moscow")))
    assert report.standing[0].startswith("INTERIM as of 2025-12-16 09:00 UTC")  # a clock in another zone: UTC
    assert "12 probe(s) still to send or to do by hand" in report.standing[0]
    assert "still inside their reply window" in report.standing[0]
    (wave,) = [c for c in report.comparisons if c.kind == "wave"]
    assert "not final: probes still to send or to do by hand (spring 12)" in wave.flags
    assert "written by other personas (spring: maria; autumn: anatoly)" in wave.flags
    assert any(f.startswith("coverage differs: spring 50%") for f in wave.flags)
    assert wave.note.startswith("not final")
    data = report.as_json()
    assert data["final"] is False and data["comparisons"][-1]["final"] is False
    spring = next(r for r in data["coverage"] if (r["wave"], r["channel"], r["segment"]) == ("spring", "phone", "all"))
    assert (spring["planned"], spring["sent"], spring["to_do"], spring["by_hand"], spring["to_send"],
            spring["personas"]) == (12, 0, 12, 12, 0, ["maria"])


def test_a_report_after_every_window_with_nothing_left_to_do_is_final(tmp_path):
    _, study, store = two_waves(tmp_path)
    from sqlmodel import select

    with store.session() as s:  # through the model, so the time is stored as every other
        for p in s.exec(select(Probe).where(Probe.status == "task")).all():
            p.status, p.sent_at = "sent", W2
            s.add(p)
        s.commit()
    report = build(store, study, W2 + timedelta(days=30))
    assert report.standing[0].startswith("final: every probe sent or closed and every reply window over")
    (wave,) = [c for c in report.comparisons if c.kind == "wave"]
    assert wave.flags == ["written by other personas (spring: maria; autumn: anatoly)"]


def test_a_report_made_before_the_studys_own_sends_names_the_clock(tmp_path):
    path, study, store = two_waves(tmp_path)
    with pytest.raises(AuditError, match="before the study's last send .2025-12-15 09:00 UTC.: the clock is wrong"):
        build(store, study, W1)
    result = CliRunner().invoke(app, ["report", str(path), "--db", str(tmp_path / "a.db")],
                                env={"AUDIT_CLOCK": f"fixed:{W1.isoformat()}"})
    assert result.exit_code == 1 and "AUDIT_CLOCK" in result.output


def test_a_sandbox_database_is_read_at_its_simulated_time_and_never_sent_from(tmp_path, monkeypatch):
    monkeypatch.delenv("AUDIT_CLOCK", raising=False)
    path, study, store = two_waves(tmp_path)
    db = str(tmp_path / "a.db")
    real = CliRunner().invoke(app, ["sandbox", str(path), "--demo", "--db", db])
    assert real.exit_code == 1 and "never overwrites one" in real.output  # a real study's results stay
    store.mark_sandbox(W2 + timedelta(days=30))
    report = CliRunner().invoke(app, ["report", str(path), "--db", db, "--format", "json"])
    assert report.exit_code == 0, report.output
    assert "its simulated time 2026-01-14 09:00 UTC is taken as now" in report.output
    run = CliRunner().invoke(app, ["run", str(path), "--db", db])
    assert run.exit_code == 3 and "holds a sandbox run" in run.output
    assert CliRunner().invoke(app, ["run", str(path), "--db", db, "--dry-run"]).exit_code == 3  # nor previewed


def test_status_gives_progress_and_an_estimated_end_per_wave(tmp_path):
    from audit.report.status import progress

    _, study, store = two_waves(tmp_path)
    now = W2 + timedelta(days=1)
    autumn, spring = progress(store, study, now)
    assert (autumn.wave, autumn.sent, autumn.planned, autumn.tasks, autumn.open_answers) == ("autumn", 24, 24, 0, 0)
    assert autumn.last_send is None and autumn.windows_close == W1 + timedelta(days=7)
    assert (spring.sent, spring.planned, spring.tasks, spring.open_answers) == (12, 24, 12, 12)
    # the phone tasks are due and not done: the wave cannot end before they are, and its windows after that
    assert spring.last_send == now and spring.windows_close == now + timedelta(days=7)
    shown = CliRunner().invoke(app, ["status", str(tmp_path / "study.yaml"), "--db", str(tmp_path / "a.db")],
                               env={"AUDIT_CLOCK": f"fixed:{now.isoformat()}", "COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert "progress and estimated end" in shown.output and "12/24" in shown.output
