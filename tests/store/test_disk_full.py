"""A disk that fills in the middle of a run (issue 16): the run stops with exit 3 and what to do, not a traceback;
nothing is sent twice, and after space is freed the next run sends the rest, recording the one probe whose
message left while the database could not be written as sent, unconfirmed. An export onto a full disk names its file
and the cause. The disk is a real, small tmpfs (mounting needs root: the test skips with the reason otherwise)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.studies import LATE, write_study

AUDIT = [sys.executable, "-m", "audit.cli"]
NIGHT = "fixed:2025-12-08T02:00:00+03:00"  # the wave has started; every company is after hours: planned, not sent


@pytest.fixture
def small_disk(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)], capture_output=True,
                             text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs to fill (needs root): {mounted.stderr.strip()}")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


def _audit(*args: str, clock: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "AUDIT_CLOCK": clock, "TEST_SMTP_PASSWORD": "x", "TEST_IMAP_PASSWORD": "x"}
    return subprocess.run([*AUDIT, *args], env=env, capture_output=True, text=True, timeout=120)


def _fill(disk: Path, leave: int) -> Path:
    info = os.statvfs(disk)
    filler = disk / "filler"
    filler.write_bytes(b"x" * max(0, info.f_bavail * info.f_frsize - leave))
    return filler


def _message_ids(smtp) -> list[bytes]:
    return [raw.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0] for _, _, raw in smtp.messages]


def test_a_disk_that_fills_mid_run_stops_it_with_what_to_do_and_nothing_is_sent_twice(tmp_path, small_disk, smtp):
    companies = [(f"c{i:02d}", "shops" if i % 2 else "services", "Europe/Moscow", f"info@c{i:02d}.example")
                 for i in range(60)]
    study = write_study(tmp_path, smtp_port=smtp.port, imap_port=1, companies=companies, rate=100_000)
    db = small_disk / "a.db"
    planned = _audit("run", str(study), "--db", str(db), clock=NIGHT)
    assert planned.returncode == 0, planned.stderr
    assert not smtp.messages

    filler = _fill(small_disk, leave=250000)  # room for a few sends' records, not for sixty
    full = _audit("run", str(study), "--db", str(db), clock=f"fixed:{LATE.isoformat()}")
    assert full.returncode == 3, full.stdout + full.stderr
    assert "the disk is full" in full.stderr and "free space" in full.stderr
    assert "Traceback" not in full.stderr
    sent_before = len(smtp.messages)
    assert 0 < sent_before < 60
    with sqlite3.connect(db) as conn:  # every message that left is recorded, or is the one in hand
        recorded = conn.execute("SELECT count(*) FROM probe WHERE status = 'sent'").fetchone()[0]
    assert sent_before - 1 <= recorded <= sent_before

    filler.unlink()
    again = _audit("run", str(study), "--db", str(db), clock=f"fixed:{LATE.isoformat()}")
    assert again.returncode == 0, again.stderr
    ids = _message_ids(smtp)
    assert len(ids) == len(set(ids)) > sent_before  # none twice; the rest went (those planned later wait)
    with sqlite3.connect(db) as conn:
        states = conn.execute("SELECT status, confirmed, count(*) FROM probe GROUP BY 1, 2").fetchall()
        sent_ids = {m.encode() for (m,) in conn.execute("SELECT message_id FROM probe WHERE status = 'sent'")}
    assert sent_ids == set(ids)  # every message that left is recorded, none lost
    assert not [s for s in states if s[0] == "sending"]
    unconfirmed = sum(n for status, confirmed, n in states if status == "sent" and not confirmed)
    assert unconfirmed == sent_before - recorded  # the one whose record the full disk refused, said as such


def test_an_export_onto_a_full_disk_names_its_file_and_the_cause(tmp_path, small_disk):
    from tests.helpers import reportstudy

    study, db = reportstudy.write(tmp_path, shops=12, services=12, platforms=2)
    _fill(small_disk, leave=0)
    out = _audit("export", str(study), "--db", str(db), "--csv", str(small_disk / "results.csv"),
                 clock=f"fixed:{LATE.isoformat()}")
    assert out.returncode != 0 and "Traceback" not in out.stderr, out.stdout + out.stderr
    assert "results.csv" in out.stderr and "No space left on device" in out.stderr


def test_a_database_on_a_full_disk_says_so_and_not_that_the_path_is_wrong(tmp_path, small_disk, smtp):
    study = write_study(tmp_path, smtp_port=smtp.port, imap_port=1)
    _fill(small_disk, leave=0)
    out = _audit("run", str(study), "--db", str(small_disk / "new.db"), clock=f"fixed:{LATE.isoformat()}")
    assert out.returncode == 3 and "the disk is full" in out.stderr and "writable" not in out.stderr, out.stderr
    assert not smtp.messages
