"""The `audit` command as a user meets it: help, results, export, cron, secrets, and the demo end to end."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli.app import app
from audit.export.results_csv import EXPORT_COLUMNS
from tests.helpers.pipeline import sent_wave, store_replies
from tests.helpers.smtp import start_smtp
from tests.helpers.studies import LATE, ROOT, write_study

runner = CliRunner()


def test_help_is_fast_because_the_cli_imports_nothing_heavy():
    code = ("import sys, audit.cli; heavy = ('sqlalchemy', 'sqlmodel', 'pydantic', 'aioimaplib', 'aiosmtplib', "
            "'holidays', 'jinja2', 'yaml', 'rich.table'); print([m for m in sys.modules if m.startswith(heavy)])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("validate", "schema", "plan", "run", "watch", "status", "report", "export", "cron", "sandbox",
                    "agreement", "eval-corpus", "score", "rescore", "tasks", "record", "login", "doctor", "pilot",
                    "reply", "db"):
        assert command in result.output


def test_every_command_and_export_column_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, _ in EXPORT_COLUMNS:
        assert f"| `{name}` |" in readme, f"export column {name} is not documented in README.md"
    for command in ("validate", "schema", "plan", "run", "watch", "status", "report", "export", "cron", "sandbox",
                    "agreement", "eval-corpus", "score", "rescore", "tasks", "record", "login", "doctor", "pilot",
                    "reply", "db upgrade"):
        assert f"audit {command}" in readme, f"`audit {command}` is not shown in README.md"


@pytest.fixture
def finished(tmp_path):
    """A study with its wave sent (to a local SMTP peer) and three replies stored, one of them hostile."""
    pipe = sent_wave(tmp_path)
    sent = pipe.probes(status="sent")
    assert len(sent) == 3
    msgs = []
    for i, p in enumerate(sent):
        subject = "=HYPERLINK(\"http://evil.example\")" if i == 0 else f"Re: {p.subject}"
        raw = (f"From: s@{p.contact.split('@')[1]}\r\nSubject: {subject}\r\nIn-Reply-To: {p.message_id}\r\n\r\n"
               f"ok\r\n").encode()
        msgs.append((p.sent_at + timedelta(minutes=30 * (i + 1)), raw))
    store_replies(pipe, msgs)
    return pipe.study_path, tmp_path / "a.db", sent


def test_status_report_and_export(finished, tmp_path):
    study, db, sent = finished
    status = runner.invoke(app, ["status", str(study), "--db", str(db)])
    assert status.exit_code == 0, status.output
    # wave, channel, planned, waiting, by hand, sent, unconfirmed, failed, unavailable, not sent, replied, answered
    counts = r"\s*│\s*".join(("w1", "email", "4", "1", "0", "3", "0", "0", "0", "0", "3", "3"))
    assert re.search(counts, status.output), status.output
    report = runner.invoke(app, ["report", str(study), "--db", str(db)], env={"COLUMNS": "200"})
    assert report.exit_code == 0, report.output
    # channel, segment, companies, sent, delivered, replied, answered
    assert re.search(r"\s*│\s*".join(["email", "all†", "3", "3", "3", "3", "3", r"100%"]), report.output), report.output
    as_json = runner.invoke(app, ["report", str(study), "--db", str(db), "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    import json

    (row,) = [r for b in json.loads(as_json.stdout)["breakdowns"] for r in b["rows"]
              if r.get("channel") == "email" and r.get("segment") in (None, "all")]
    # answers after 30, 60 and 90 minutes to three companies' probes, each scored 3
    assert (row["sent"], row["replied"], row["answered"], row["within_1h"], row["within_24h"]) == (3, 3, 3, 2, 3)
    assert row["km_median_seconds"]["value"] == 3600 and row["quality_all"]["value"] == 3.0

    from audit.clock import FixedClock
    from audit.people.review import record_score
    from audit.store.database import Store

    second = Store(str(db)).execute("SELECT answer_reply_id FROM probe WHERE id = :p", p=sent[1].id)[0][0]
    for rater, value in (("anna", 2), ("boris", 3)):
        record_score(Store(str(db)), second, rater, value, FixedClock(LATE))
    out = tmp_path / "out.csv"
    export = runner.invoke(app, ["export", str(study), "--db", str(db), "--csv", str(out)])
    assert export.exit_code == 0, export.output
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == [c for c, _ in EXPORT_COLUMNS]
    assert len(rows) == 4
    by_id = {int(r["probe_id"]): r for r in rows}
    first = by_id[sent[0].id]
    assert first["answer_subject"].startswith("'=HYPERLINK")  # never a live formula in a spreadsheet
    assert first["response_seconds"] == "1800.0" and first["match_rule"] == "in-reply-to"
    assert first["sent_at"].endswith("Z") and first["status"] == "sent" and first["confirmed"] == "1"
    assert sum(1 for r in rows if r["status"] == "planned") == 1
    # the script lists no points: an answer is complete, but "ok" is not personal, proactive or polite
    assert (first["answer_kind"], first["answer_text"], first["score"], first["score_by"]) == ("human", "ok", "3",
                                                                                              "auto")
    assert "not personal" in first["score_reasons"]
    assert (by_id[sent[1].id]["score"], by_id[sent[1].id]["score_by"]) == ("2.5", "people (2)")  # people decide
    assert [r["score"] for r in rows if r["status"] == "planned"] == [""]


def test_one_message_its_own_words_and_its_raw_bytes(finished):
    """The export and the review show a reply's own words; `audit reply ID --raw` gives the message as received."""
    study, db, sent = finished
    from audit.store.database import Store

    reply_id, raw = Store(str(db)).execute("SELECT id, raw FROM reply WHERE probe_id = :p", p=sent[1].id)[0]
    shown = runner.invoke(app, ["reply", str(study), str(reply_id), "--db", str(db)], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert "kind: human" in shown.output and "ok" in shown.output and f"reply STUDY {reply_id} --raw" in shown.output
    as_raw = runner.invoke(app, ["reply", str(study), str(reply_id), "--raw", "--db", str(db)])
    assert as_raw.exit_code == 0 and as_raw.stdout_bytes == bytes(raw)
    missing = runner.invoke(app, ["reply", str(study), "999999", "--db", str(db)])
    assert missing.exit_code != 0 and "no message 999999" in missing.output


def test_a_raw_message_on_a_terminal_cannot_drive_the_terminal():
    from audit.cli.review import printable_raw

    shown = printable_raw("Subject: x\r\n\r\nhi \x1b]0;owned\x07 \x1b[2J\x9b31m end\r\n".encode())  # \x9b: C1 CSI
    assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown
    assert "\\x1b]0;owned\\x07" in shown and shown.endswith("end\n")


def test_cron_lines_and_systemd_units(tmp_path):
    study = write_study(tmp_path, smtp_port=1, imap_port=1)
    lines = runner.invoke(app, ["cron", str(study), "--every", "10"])
    assert lines.exit_code == 0
    run = [line for line in lines.output.splitlines() if " run " in line and not line.startswith("#")]
    watch = [line for line in lines.output.splitlines() if " watch " in line and not line.startswith("#")]
    assert run[0].startswith("*/10 * * * * ") and str(study.resolve()) in run[0]
    assert watch and "--once" not in watch[0]
    units = runner.invoke(app, ["cron", str(study), "--systemd"])
    assert "OnCalendar=*:0/5" in units.output and "Restart=always" in units.output


def test_a_missing_secret_is_named_and_a_secret_is_never_stored(tmp_path, monkeypatch):
    peer = start_smtp()
    try:
        study = write_study(tmp_path, smtp_port=peer.port, imap_port=1)
        db = tmp_path / "a.db"
        monkeypatch.setenv("AUDIT_CLOCK", f"fixed:{LATE.isoformat()}")
        monkeypatch.delenv("TEST_SMTP_PASSWORD")
        missing = runner.invoke(app, ["run", str(study), "--db", str(db)])
        assert missing.exit_code == 2 and "TEST_SMTP_PASSWORD" in missing.output
        monkeypatch.setenv("TEST_SMTP_PASSWORD", "s3cr3t-value-xyz")
        ok = runner.invoke(app, ["run", str(study), "--db", str(db)])
        assert ok.exit_code == 0, ok.output
    finally:
        peer.stop()
    assert len(peer.messages) == 3
    for f in tmp_path.glob("a.db*"):
        assert b"s3cr3t-value-xyz" not in f.read_bytes()
    assert "s3cr3t-value-xyz" not in ok.output


def test_the_demo_runs_end_to_end(tmp_path):

    from tests.helpers.smtp import free_port

    # the shipped demo study on ports of its own, so a `make demo` running meanwhile does not collide
    study = tmp_path / "demo.yaml"
    ports = {p: str(free_port()) for p in ("18025", "18143", "18180", "18190")}  # SMTP, IMAP, forms, VK API
    for name in ("demo.yaml", "demo-companies.csv"):
        text = (ROOT / "studies" / name).read_text(encoding="utf-8")
        for default, port in ports.items():
            text = text.replace(f"127.0.0.1:{default}", f"127.0.0.1:{port}").replace(f"port: {default}",
                                                                                     f"port: {port}")
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "demo.db"
    proc = subprocess.run([sys.executable, "-m", "audit", "sandbox", str(study), "--demo",
                           "--factor", "20000", "--db", str(db)], capture_output=True, text=True, timeout=300,
                          cwd=tmp_path, env={**__import__("os").environ, "COLUMNS": "200"})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "all probes sent and all answers collected" in proc.stdout
    assert "share answered" in proc.stdout
    assert "INTERIM" not in proc.stdout and "still inside their reply window" not in proc.stdout  # final: every
    # reply window had ended when the demo reported, and a report later reads the database at that time
    import sqlite3

    with sqlite3.connect(db) as conn:
        statuses = dict(conn.execute("SELECT status, count(*) FROM probe GROUP BY status").fetchall())
        rules = {r for (r,) in conn.execute("SELECT DISTINCT match_rule FROM reply WHERE probe_id IS NOT NULL")}
        kinds = {k for (k,) in conn.execute("SELECT DISTINCT kind FROM reply")}
        unmatched = conn.execute("SELECT count(*) FROM reply WHERE probe_id IS NULL").fetchone()[0]
        answered = dict(conn.execute("SELECT channel, count(answer_reply_id) FROM probe GROUP BY channel").fetchall())
        sent = dict(conn.execute("SELECT channel, count(sent_at) FROM probe GROUP BY channel").fetchall())
        last_sent = conn.execute("SELECT max(sent_at) FROM probe").fetchone()[0]
        simulated_end = conn.execute("SELECT value FROM meta WHERE key = 'sandbox_time'").fetchone()[0]
        untimed = conn.execute("SELECT count(*) FROM reply WHERE probe_id IS NOT NULL AND kind != 'own' "
                               "AND calendar_seconds IS NULL").fetchone()[0]
        pending = conn.execute("SELECT count(*) FROM reply WHERE understood_at IS NULL AND kind IS NOT 'own'"
                               ).fetchone()[0]
        scores = dict(conn.execute("SELECT r.kind, max(s.score) FROM score s JOIN reply r ON r.id = s.reply_id "
                                   "WHERE s.rater = 'auto' GROUP BY r.kind").fetchall())
        human = {n for (n,) in conn.execute("SELECT s.score FROM score s JOIN reply r ON r.id = s.reply_id "
                                            "WHERE s.rater = 'auto' AND r.kind = 'human'")}
    assert statuses == {"sent": 72, "failed": 1}  # one e-mail address is refused by the server
    assert sent == {"email": 29, "form": 10, "vk": 15, "telegram": 18}  # every channel, side by side
    assert {"in-reply-to", "domain+subject", "token"} <= rules  # threaded, helpdesk, bounce
    assert {"bounce", "autoreply", "ack", "human", "redirect"} <= kinds and None not in kinds
    assert pending == 0  # every reply understood before the demo reports
    assert scores["bounce"] == scores["autoreply"] == scores["ack"] == 0 and scores["human"] >= 3
    assert {2, 3, 4} <= human  # answers made from the study's points: complete and personal, complete, partial
    assert unmatched == 1  # the answer from a helpdesk's own domain with an ambiguous subject
    assert 10 <= answered["email"] <= 20  # about half answer e-mail, as in the study the sandbox imitates
    for chat in ("form", "vk", "telegram"):  # and messengers and forms more often (docs/method.md, the study)
        assert answered[chat] / sent[chat] > answered["email"] / sent["email"]
    assert untimed == 0  # every answer has its response time, even one stored before its send was recorded
    assert datetime.fromisoformat(simulated_end) >= datetime.fromisoformat(last_sent + "+00:00") + timedelta(days=7)
    assert Path(str(db).replace(".db", ".csv")).exists()


def test_a_second_watcher_started_by_cron_leaves_quietly(tmp_path):
    from audit.collect.watch import single_watcher
    from audit.store.database import Store
    from audit.study.load import load_study

    study = write_study(tmp_path, smtp_port=1, imap_port=1)
    db = tmp_path / "a.db"
    with single_watcher(Store(str(db)), load_study(study)):
        second = runner.invoke(app, ["watch", str(study), "--db", str(db)])
    assert second.exit_code == 0
    assert "already watching" in second.output and "error" not in second.output


def test_a_watcher_on_another_machine_leaves_quietly_on_postgresql(tmp_path, postgres_db, monkeypatch):
    """A team's watchers on two machines share no file lock: the lock on the database server keeps one per study."""
    from audit.collect.watch import single_watcher
    from audit.store.database import Store
    from audit.study.load import load_study

    study = write_study(tmp_path, smtp_port=1, imap_port=1)
    for machine in ("a", "b"):
        (tmp_path / machine).mkdir()
    with single_watcher(Store(postgres_db), load_study(study), lock_dir=tmp_path / "a"):
        monkeypatch.chdir(tmp_path / "b")  # the other machine: its own folder, so its own file lock
        second = runner.invoke(app, ["watch", str(study), "--db", postgres_db, "--once"])
    assert second.exit_code == 0, second.output
    assert "already watching" in second.output and "error" not in second.output


def test_masking_hides_the_secrets_handed_out_and_nothing_else(tmp_path):
    from audit.credentials import Secrets

    (tmp_path / ".env").write_text("FROM_FILE=file-secret-123\n", encoding="utf-8")
    secrets = Secrets([tmp_path / ".env"], environ={"FROM_ENV": "env-secret-456", "HOME": "/root"})
    assert secrets.get("FROM_ENV", needed_for="x").get_secret_value() == "env-secret-456"
    assert secrets.get("FROM_FILE", needed_for="x").get_secret_value() == "file-secret-123"
    assert str(secrets.get("FROM_ENV", needed_for="x")) == "**********"  # SecretStr prints masked
    text = "login failed for env-secret-456 / file-secret-123 in /root"
    assert secrets.mask(text) == "login failed for ******** / ******** in /root"


def test_strangers_text_with_brackets_never_breaks_the_output(tmp_path):
    from audit.cli.views import report_table

    study_path = write_study(tmp_path, smtp_port=1, imap_port=1)
    text = study_path.read_text(encoding="utf-8").replace("title: Integration test study",
                                                          'title: "[/x] [bold]study"')
    study_path.write_text(text, encoding="utf-8")
    plan = runner.invoke(app, ["plan", str(study_path), "--db", str(tmp_path / "a.db")])
    assert plan.exit_code == 0, plan.output
    from rich.console import Console

    from audit.store.database import Store
    from audit.study.load import load_study

    console = Console(record=True, width=200)
    console.print(report_table(Store(str(tmp_path / "a.db")), load_study(study_path), None))
    assert "[/x] [bold]study" in console.export_text()
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ntitle: y\ntimezone: '[/x]'\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 2 and "[/x]" in result.output
