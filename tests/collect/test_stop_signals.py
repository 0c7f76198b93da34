"""SIGTERM (systemd, a cron timeout) and SIGINT (Ctrl-C) stop `audit run` and `audit watch` alike and cleanly, at
precise points held by the SMTP sink: before the channel commits, nothing has left and the probe goes back to
planned; after it, the send in hand finishes and is recorded as what it is; nothing is ever sent twice, and the
exit code says which signal stopped the run (128 + its number)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
from datetime import timedelta

import pytest

from tests.helpers.process import AUDIT, Audit, env, stopped_cleanly
from tests.helpers.studies import MONDAY_NOON_MSK, write_study

SIGNALS = pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])


def run(study, db, *more: str) -> subprocess.CompletedProcess:
    done = subprocess.run([*AUDIT, "run", str(study), "--db", str(db), *more], env=env(), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def rows(db, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def message_ids(peer) -> list[str]:
    return [raw.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0].decode() for _, _, raw in peer.messages]


def sent_once_each(db, smtp) -> None:
    """A later run sends what was left: the three due probes (Samara's company is after hours), each once."""
    assert len(smtp.messages) == 3 and len(set(message_ids(smtp))) == 3
    sent = rows(db, "SELECT message_id FROM probe WHERE status = 'sent'")
    assert {m for (m,) in sent} == set(message_ids(smtp))


@SIGNALS
def test_a_stop_before_commit_puts_the_probe_back_and_sends_nothing(tmp_path, smtp, sig):
    smtp.hold = "RCPT"  # the recipient is being checked: the message cannot leave yet
    study, db = write_study(tmp_path, smtp_port=smtp.port, imap_port=1), tmp_path / "a.db"
    audit = Audit("run", str(study), "--db", str(db))
    assert smtp.held.wait(60)
    audit.proc.send_signal(sig)
    code, out, err = audit.finish()  # the held server never answers: the run drops the connection, does not wait
    stopped_cleanly(code, out, err, sig)
    assert smtp.messages == []
    assert rows(db, "SELECT status, count(*) FROM probe GROUP BY status") == [("planned", 4)]
    ((probe, outcome, error),) = rows(db, "SELECT probe_id, outcome, error_message FROM attempt")
    assert outcome == "interrupted" and error == f"stopped by {signal.Signals(sig).name} before the message could leave"

    smtp.hold = None
    smtp.release.set()
    run(study, db)
    sent_once_each(db, smtp)
    assert rows(db, f"SELECT status, confirmed FROM probe WHERE id = {probe}") == [("sent", 1)]


@SIGNALS
def test_a_stop_after_commit_lets_the_send_finish_and_records_it_confirmed(tmp_path, smtp, sig):
    smtp.hold = "DATA"  # the whole message is with the server, which has not said yet whether it takes it
    study, db = write_study(tmp_path, smtp_port=smtp.port, imap_port=1), tmp_path / "a.db"
    audit = Audit("run", str(study), "--db", str(db))
    assert smtp.held.wait(60)
    audit.proc.send_signal(sig)
    audit.wait_for("the send in hand is let finish")  # the run has the signal while the send is in flight
    smtp.release.set()
    code, out, err = audit.finish()
    stopped_cleanly(code, out, err, sig)
    assert len(smtp.messages) == 1
    assert rows(db, "SELECT status, confirmed, message_id FROM probe WHERE status != 'planned'") == [
        ("sent", 1, message_ids(smtp)[0])]
    assert rows(db, "SELECT count(*) FROM probe WHERE status = 'planned'") == [(3,)]  # no further probe taken

    run(study, db)
    sent_once_each(db, smtp)


def test_a_second_signal_stops_at_once_and_the_send_in_hand_stays_unconfirmed(tmp_path, smtp):
    smtp.hold = "DATA"
    study, db = write_study(tmp_path, smtp_port=smtp.port, imap_port=1), tmp_path / "a.db"
    audit = Audit("run", str(study), "--db", str(db))
    assert smtp.held.wait(60)
    audit.proc.send_signal(signal.SIGTERM)
    audit.wait_for("a second signal stops at once")
    audit.proc.send_signal(signal.SIGTERM)
    code, out, err = audit.finish()  # without the server's answer
    assert code == 143 and "Traceback" not in err, out + err
    assert "stopped at once by a second signal" in out
    ((unconfirmed, confirmed),) = rows(db, "SELECT message_id, confirmed FROM probe WHERE status = 'sent'")
    assert confirmed == 0 and rows(db, "SELECT outcome FROM attempt") == [("uncertain",)]

    smtp.release.set()  # the server had the whole message: whether it still takes it, the run cannot know
    run(study, db)
    ids = message_ids(smtp)
    assert len(ids) == len(set(ids)) and unconfirmed not in ids[-2:]  # the unconfirmed probe is never sent again
    assert set(ids) | {unconfirmed} == {m for (m,) in rows(db, "SELECT message_id FROM probe WHERE status = 'sent'")}


@SIGNALS
def test_a_stop_while_the_run_waits_for_its_next_pass(tmp_path, smtp, sig):
    study, db = write_study(tmp_path, smtp_port=smtp.port, imap_port=1), tmp_path / "a.db"
    audit = Audit("run", str(study), "--db", str(db), "--loop", "3600")  # Samara's company keeps it looping
    audit.wait_for("checking again every 3600s")
    audit.proc.send_signal(sig)
    code, out, err = audit.finish()
    stopped_cleanly(code, out, err, sig)
    assert "stopping the wait for the next pass" in out
    assert rows(db, "SELECT status, confirmed, count(*) FROM probe GROUP BY status, confirmed") == [
        ("planned", 1, 1), ("sent", 1, 3)]
    assert len(smtp.messages) == 3


@pytest.mark.dovecot
@SIGNALS
def test_a_watcher_stops_cleanly_on_a_signal_and_the_next_resumes(tmp_path, smtp, dovecot, sig):
    study, db = write_study(tmp_path, smtp_port=smtp.port, imap_port=dovecot.port), tmp_path / "a.db"
    dovecot.append("INBOX", b"From: a@b.example\r\nSubject: first\r\n\r\nx\r\n", MONDAY_NOON_MSK)
    audit = Audit("watch", str(study), "--db", str(db))
    audit.wait_for("'first'")  # stored: the watcher is at work
    audit.proc.send_signal(sig)
    code, out, err = audit.finish()
    assert code == 0 and "Traceback" not in err, out + err  # how a watcher is stopped: not a failure
    assert f"watcher stopped by {signal.Signals(sig).name}" in out

    dovecot.append("INBOX", b"From: a@b.example\r\nSubject: second\r\n\r\nx\r\n",
                   MONDAY_NOON_MSK + timedelta(minutes=1))
    again = subprocess.run([*AUDIT, "watch", str(study), "--db", str(db), "--once"], capture_output=True, text=True,
                           timeout=120, env=env())
    assert again.returncode == 0 and "already watching" not in again.stdout, again.stdout + again.stderr
    assert rows(db, "SELECT subject FROM reply ORDER BY received_at") == [("first",), ("second",)]
