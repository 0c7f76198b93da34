"""A recovering run that stalls between reading a stuck probe and settling it (a loaded machine, SIGSTOP, a laptop
asleep) must not undo what another run did to that probe in the meantime: every step the other run may have taken
is interleaved here at that exact point, not left to timing luck."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import time

import pytest

from audit.collect import run as run_module
from tests.helpers.pipeline import Pipeline
from tests.helpers.studies import LATE, write_study

FRESH = f"{socket.gethostname()}:{1}:{time.time():.3f}:fresh"  # pid 1 is alive: a claim nobody may take


def _dead_claim() -> str:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return f"{socket.gethostname()}:{dead.stdout.strip()}:{time.time():.3f}:dead"


# what the other run did between our read and our write, as the row it left
OTHER_RUN = {
    "recovered it": ("planned", None, None),
    "recovered and claimed it again": ("sending", FRESH, "claimed"),
    "claimed it again and is handing it over": ("sending", FRESH, "committing"),
    "sent it": ("sent", None, None),
}


@pytest.mark.parametrize("phase", ["claimed", "committing"])
@pytest.mark.parametrize("step", sorted(OTHER_RUN))
def test_a_stalled_recovery_never_undoes_another_runs_step(tmp_path, smtp, monkeypatch, phase, step):
    db = tmp_path / "a.db"
    pipe = Pipeline(write_study(tmp_path, smtp_port=smtp.port, imap_port=1), db, LATE)
    pipe.runner.materialize(pipe.clock.now())
    with sqlite3.connect(db) as conn:
        probe_id = conn.execute("SELECT min(id) FROM probe").fetchone()[0]
        conn.execute("UPDATE probe SET status='sending', phase=?, claim=?, claimed_at=planned_at WHERE id=?",
                     (phase, _dead_claim(), probe_id))
        attempts_before = conn.execute("SELECT count(*) FROM attempt").fetchone()[0]

    stale = run_module._claim_is_stale

    def stalled(claim):  # our run has read the row and judged the claim; now the other run moves first
        verdict = stale(claim)
        status, new_claim, new_phase = OTHER_RUN[step]
        with sqlite3.connect(db) as conn:
            conn.execute("UPDATE probe SET status=?, claim=?, phase=? WHERE id=?", (status, new_claim, new_phase,
                                                                                   probe_id))
        return verdict

    monkeypatch.setattr(run_module, "_claim_is_stale", stalled)
    notes = pipe.runner.recover()

    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT status, claim, phase FROM probe WHERE id=?", (probe_id,)).fetchone()
        attempts = conn.execute("SELECT count(*) FROM attempt").fetchone()[0]
    assert row == OTHER_RUN[step]  # the other run's state stands: nothing reset, nothing marked sent
    assert attempts == attempts_before and notes == []  # and nothing recorded as if we had settled it


def test_a_recovery_that_is_not_interrupted_still_settles_the_probe(tmp_path, smtp):
    db = tmp_path / "a.db"
    pipe = Pipeline(write_study(tmp_path, smtp_port=smtp.port, imap_port=1), db, LATE)
    pipe.runner.materialize(pipe.clock.now())
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM probe ORDER BY id LIMIT 2")]
        for probe_id, phase in zip(ids, ("claimed", "committing"), strict=True):
            conn.execute("UPDATE probe SET status='sending', phase=?, claim=?, claimed_at=planned_at WHERE id=?",
                         (phase, _dead_claim(), probe_id))
    notes = pipe.runner.recover()
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT status, claim, phase, confirmed FROM probe WHERE id IN (?, ?) ORDER BY id",
                            ids).fetchall()
        outcomes = sorted(r[0] for r in conn.execute("SELECT outcome FROM attempt"))
    assert rows == [("planned", None, None, rows[0][3]), ("sent", None, None, 0)]
    assert outcomes == ["interrupted", "uncertain"] and len(notes) == 2
