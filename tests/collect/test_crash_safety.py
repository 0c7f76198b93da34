"""Killed runs, overlapping runs, a killed watcher, a restarted IMAP server, a changed UIDVALIDITY:
no probe is ever sent twice, none is lost, no answer is stored twice or dropped."""

from __future__ import annotations

import asyncio
import glob
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from sqlalchemy.exc import SQLAlchemyError

from audit.collect.watch import watch
from tests.helpers.backends import execute, rows
from tests.helpers.pipeline import Pipeline, reply_to
from tests.helpers.smtp import start_smtp
from tests.helpers.studies import LATE, MONDAY_NOON_MSK, write_study

pytestmark = pytest.mark.dovecot
AUDIT = [sys.executable, "-m", "audit.cli"]
LATE_AFTERNOON = LATE


def cli(*args: str, env: dict | None = None, check: bool = True, **kw) -> subprocess.CompletedProcess:
    full = {**os.environ, "AUDIT_CLOCK": f"fixed:{LATE_AFTERNOON.isoformat()}", **(env or {})}
    proc = subprocess.run([*AUDIT, *args], env=full, capture_output=True, text=True, timeout=120, **kw)
    if check and proc.returncode != 0:
        raise AssertionError(f"audit {' '.join(args)} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}")
    return proc


def message_ids(peer) -> list[str]:
    return [raw.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0].decode() for _, _, raw in peer.messages]


def test_run_killed_between_send_and_database_write(tmp_path, db, smtp, dovecot):
    study = write_study(tmp_path, smtp_port=smtp.port, imap_port=dovecot.port)
    killed = cli("run", str(study), "--db", str(db), env={"AUDIT_TEST_FAULT": "after-send"}, check=False)
    assert killed.returncode == 137, killed.stderr
    assert len(smtp.messages) == 1
    assert rows(db, "SELECT status, phase FROM probe WHERE status != 'planned'") == [("sending", "committing")]

    cli("run", str(study), "--db", str(db))
    due = rows(db, "SELECT id, status, confirmed, message_id FROM probe WHERE status != 'planned' ORDER BY id")
    assert len(due) == 3  # Moscow ×2 and Kaliningrad; Samara is after hours
    assert len(smtp.messages) == 3 and len(set(message_ids(smtp))) == 3  # nothing sent twice
    assert {m for *_, m in due} == set(message_ids(smtp))
    unconfirmed = [r for r in due if not r[2]]
    assert len(unconfirmed) == 1 and unconfirmed[0][1] == "sent"
    assert rows(db, "SELECT outcome FROM attempt WHERE outcome = 'uncertain'") == [("uncertain",)]

    # the answer to the probe whose send was in doubt is matched like any other
    pipe = Pipeline(study, db, LATE_AFTERNOON)
    probe = pipe.probes(id=unconfirmed[0][0])[0]
    dovecot.append("INBOX", reply_to(probe, sender=probe.contact), probe.sent_at + timedelta(minutes=3))
    pipe.watch_once()
    assert pipe.probes(id=probe.id)[0].response_seconds == 180


def test_run_killed_before_sending_is_sent_by_the_next_run(tmp_path, db, smtp, dovecot):
    pipe = Pipeline(write_study(tmp_path, smtp_port=smtp.port, imap_port=dovecot.port), db, LATE_AFTERNOON)
    pipe.runner.materialize(pipe.clock.now())
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    import socket

    claim = f"{socket.gethostname()}:{dead.stdout.strip()}:{time.time():.3f}:abc"
    execute(db, "UPDATE probe SET status='sending', phase='claimed', claim=:claim, claimed_at=planned_at "
            "WHERE id = (SELECT min(id) FROM probe)", claim=claim)
    result = pipe.run()
    assert any("before sending" in note for note in result.recovered)
    assert len(smtp.messages) == 3 and len(set(message_ids(smtp))) == 3
    assert all(p.confirmed for p in pipe.probes(status="sent"))


def test_overlapping_runs_send_each_probe_once(tmp_path, db, dovecot):
    peer = start_smtp()
    try:
        study = write_study(tmp_path, smtp_port=peer.port, imap_port=dovecot.port)
        cli("run", str(study), "--db", str(db), "--dry-run")  # creates nothing
        env = {**os.environ, "AUDIT_CLOCK": f"fixed:{LATE_AFTERNOON.isoformat()}"}
        procs = [subprocess.Popen([*AUDIT, "run", str(study), "--db", str(db)], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
        outs = [p.communicate(timeout=120) for p in procs]
        assert [p.returncode for p in procs] == [0, 0, 0], outs
        assert len(peer.messages) == 3 and len(set(message_ids(peer))) == 3
        assert rows(db, "SELECT count(*) FROM attempt WHERE outcome = 'sent'") == [(3,)]
        assert rows(db, "SELECT count(*) FROM probe") == [(4,)]
    finally:
        peer.stop()


def _fill(dovecot, n: int) -> None:
    base = MONDAY_NOON_MSK
    dovecot.bulk_append((f"From: x{i}@else.example\r\nSubject: n{i}\r\nMessage-ID: <m{i}@else.example>\r\n\r\n"
                         f"body {i}\r\n".encode(), base + timedelta(seconds=i)) for i in range(n))


def test_watcher_killed_mid_stream_resumes_without_loss_or_duplicates(tmp_path, db, smtp, dovecot):
    study = write_study(tmp_path, smtp_port=smtp.port, imap_port=dovecot.port)
    n = 1500
    _fill(dovecot, n)
    env = {**os.environ, "AUDIT_IMAP_FETCH_CHUNK": "20", "AUDIT_CLOCK": f"fixed:{LATE_AFTERNOON.isoformat()}"}
    proc = subprocess.Popen([*AUDIT, "watch", str(study), "--db", str(db)], env=env, cwd=tmp_path,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline, seen = time.time() + 60, 0
    while time.time() < deadline:
        try:
            seen = rows(db, "SELECT count(*) FROM reply")[0][0]
        except SQLAlchemyError:  # the watcher has not made the database (or its tables) yet
            seen = 0
        if seen >= 100:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < rows(db, "SELECT count(*) FROM reply")[0][0] < n, "the watcher was not killed mid-stream"
    cli("watch", str(study), "--db", str(db), "--once", cwd=tmp_path)
    assert rows(db, "SELECT count(*), count(DISTINCT fingerprint), count(DISTINCT uid) FROM reply") == [(n, n, n)]
    times = rows(db, "SELECT min(received_at), max(received_at) FROM reply")[0]
    assert str(times[0]).startswith("2025-12-08 09:00:00") and str(times[1]).startswith("2025-12-08 09:24:59")


def test_imap_server_restart_is_survived(tmp_path, db, smtp, dovecot):
    pipe = Pipeline(write_study(tmp_path, smtp_port=smtp.port, imap_port=dovecot.port), db, LATE_AFTERNOON)

    async def scenario():
        task = asyncio.create_task(watch(pipe.study, pipe.store, pipe.clock, pipe.channels, once=False))

        async def wait_for(count: int) -> None:
            for _ in range(900):  # an upper bound for slow machines, not a timing expectation
                if len(pipe.replies()) >= count:
                    return
                await asyncio.sleep(0.1)
            raise AssertionError(f"only {len(pipe.replies())} of {count} messages collected")

        try:
            _fill(dovecot, 2)
            await wait_for(2)
            await asyncio.to_thread(dovecot.restart)
            await asyncio.to_thread(dovecot.append, "INBOX", b"From: a@b.example\r\nSubject: after\r\n\r\nx\r\n",
                                    MONDAY_NOON_MSK + timedelta(hours=1))
            await wait_for(3)
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    asyncio.run(scenario())
    assert [r.subject for r in pipe.replies()] == ["n0", "n1", "after"]


def test_changed_uidvalidity_is_reread_without_duplicates(tmp_path, db, smtp, dovecot):
    pipe = Pipeline(write_study(tmp_path, smtp_port=smtp.port, imap_port=dovecot.port), db, LATE_AFTERNOON)
    _fill(dovecot, 3)
    pipe.watch_once()
    before = rows(db, "SELECT uidvalidity FROM checkpoint WHERE folder = 'INBOX'")[0][0]
    dovecot.stop()
    for f in glob.glob(os.path.join(dovecot.maildir_root, "**", "dovecot*"), recursive=True):
        os.remove(f)  # Dovecot forgets its UIDs: the mailbox gets a new UIDVALIDITY
    time.sleep(1.1)  # UIDVALIDITY is a timestamp in seconds
    dovecot.start()
    dovecot.append("INBOX", b"From: a@b.example\r\nSubject: new\r\n\r\nx\r\n", MONDAY_NOON_MSK)
    result = pipe.watch_once()
    after = rows(db, "SELECT uidvalidity FROM checkpoint WHERE folder = 'INBOX'")[0][0]
    assert after != before
    assert result.messages == 1
    assert sorted(r.subject for r in pipe.replies()) == ["n0", "n1", "n2", "new"]
