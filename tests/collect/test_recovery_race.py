"""A recovering run that stalls between reading a stuck probe and settling it (a loaded machine, SIGSTOP, a laptop
asleep) must not undo what another run did to that probe in the meantime: every step the other run may have taken
is interleaved here at that exact point, not left to timing luck."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import pytest

from audit.collect import run as run_module
from tests.helpers.backends import execute, rows
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
def test_a_stalled_recovery_never_undoes_another_runs_step(tmp_path, db, smtp, monkeypatch, phase, step):
    pipe = Pipeline(write_study(tmp_path, smtp_port=smtp.port, imap_port=1), db, LATE)
    pipe.runner.materialize(pipe.clock.now())
    probe_id = rows(db, "SELECT min(id) FROM probe")[0][0]
    execute(db, "UPDATE probe SET status='sending', phase=:phase, claim=:claim, claimed_at=planned_at WHERE id=:id",
            phase=phase, claim=_dead_claim(), id=probe_id)
    attempts_before = rows(db, "SELECT count(*) FROM attempt")[0][0]

    stale = run_module._claim_is_stale

    def stalled(claim):  # our run has read the row and judged the claim; now the other run moves first
        verdict = stale(claim)
        status, new_claim, new_phase = OTHER_RUN[step]
        execute(db, "UPDATE probe SET status=:status, claim=:claim, phase=:phase WHERE id=:id", status=status,
                claim=new_claim, phase=new_phase, id=probe_id)
        return verdict

    monkeypatch.setattr(run_module, "_claim_is_stale", stalled)
    notes = pipe.runner.recover()

    row = rows(db, "SELECT status, claim, phase FROM probe WHERE id=:id", id=probe_id)[0]
    attempts = rows(db, "SELECT count(*) FROM attempt")[0][0]
    assert row == OTHER_RUN[step]  # the other run's state stands: nothing reset, nothing marked sent
    assert attempts == attempts_before and notes == []  # and nothing recorded as if we had settled it


def test_a_recovery_that_is_not_interrupted_still_settles_the_probe(tmp_path, db, smtp):
    pipe = Pipeline(write_study(tmp_path, smtp_port=smtp.port, imap_port=1), db, LATE)
    pipe.runner.materialize(pipe.clock.now())
    ids = [r[0] for r in rows(db, "SELECT id FROM probe ORDER BY id LIMIT 2")]
    for probe_id, phase in zip(ids, ("claimed", "committing"), strict=True):
        execute(db, "UPDATE probe SET status='sending', phase=:phase, claim=:claim, claimed_at=planned_at "
                "WHERE id=:id", phase=phase, claim=_dead_claim(), id=probe_id)
    notes = pipe.runner.recover()
    found = rows(db, "SELECT status, claim, phase, confirmed FROM probe WHERE id IN (:a, :b) ORDER BY id",
                 a=ids[0], b=ids[1])
    outcomes = sorted(r[0] for r in rows(db, "SELECT outcome FROM attempt"))
    assert found == [("planned", None, None, found[0][3]), ("sent", None, None, 0)]
    assert outcomes == ["interrupted", "uncertain"] and len(notes) == 2
