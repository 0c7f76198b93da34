"""A run holds a probe by its claim, and every change it makes to the probe is a compare-and-set on that claim:
a run that stalls while sending (a loaded machine, SIGSTOP, a laptop asleep) past the lease can find its claim taken
by another run's recovery. Then it must not hand the message over (the other run will, or has), and must not write
its own ending over the row the other run left, whatever its send ended with. Each step the other run may have
taken is put in at the two points where our run can meet it: before the commit (the message has not left) and after
it (the message has left, or its fate is being settled). On SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from audit.errors import HandOverError, PermanentChannelError, SecretError, TransientChannelError
from probes.base import Sent
from tests.helpers.backends import execute, rows
from tests.helpers.pipeline import Pipeline
from tests.helpers.studies import LATE, write_study

FRESH = f"{socket.gethostname()}:1:{time.time():.3f}:fresh"  # pid 1 is alive: the other run's claim, never stale

# what the other run did to the probe while our run was sending it, as the row it left
OTHER_RUN = {
    "recovered it": ("planned", None, None),
    "recovered and claimed it again": ("sending", FRESH, "claimed"),
    "claimed it again and is handing it over": ("sending", FRESH, "committing"),
    "sent it": ("sent", None, None),
}

# how our send ends once the message was handed over (after the commit)
ENDINGS = {
    "sent": None,
    "uncertain": TransientChannelError("the connection broke after DATA", code="uncertain"),
    "transient": TransientChannelError("try again later", code="connection"),
    "permanent": PermanentChannelError("no such recipient", code="recipient_refused"),
    "handed over": HandOverError("a CAPTCHA", code="captcha"),
    "credentials": SecretError("the token was revoked"),
    "interrupted": KeyboardInterrupt(),
}


class Interfering:
    """A channel whose first probe is taken from our run by another run at `when`; the others it sends."""

    def __init__(self, db: str, when: str, step: str, ending: str):
        self.db, self.when, self.step, self.ending = db, when, step, ending
        self.target: int | None = None
        self.handed_over: list[int] = []  # probes whose message left through this channel

    def preflight(self) -> None:
        pass

    def _other_run_moves(self, probe_id: int) -> None:
        status, claim, phase = OTHER_RUN[self.step]
        execute(self.db, "UPDATE probe SET status=:status, claim=:claim, phase=:phase, attempts=7 WHERE id=:id",
                status=status, claim=claim, phase=phase, id=probe_id)

    async def send(self, probe, commit) -> Sent:
        if self.target is None:
            self.target = probe.id
        ours = probe.id == self.target
        if ours and self.when == "before commit":
            self._other_run_moves(probe.id)
        await commit()
        self.handed_over.append(probe.id)
        if ours and self.when == "after commit":
            self._other_run_moves(probe.id)
            if (error := ENDINGS[self.ending]) is not None:
                raise error
        return Sent(sent_at=LATE, detail={})


CASES = [("before commit", "sent")] + [("after commit", ending) for ending in ENDINGS]


@pytest.mark.parametrize(("when", "ending"), CASES)
def test_a_run_whose_claim_was_taken_neither_sends_nor_overwrites(tmp_path, db, when, ending):
    pipe = Pipeline(write_study(tmp_path, smtp_port=1, imap_port=1, rate=3600), db, LATE)
    target = None
    for step in OTHER_RUN:
        channel = Interfering(db, when, step, ending)
        channel.target = target
        pipe.runner.channels = {"email": channel}
        if target is not None:  # the probe of the step before: planned again, to be taken again
            execute(db, "UPDATE probe SET status='planned', claim=NULL, phase=NULL, attempts=0 WHERE id=:id",
                    "DELETE FROM meta WHERE key LIKE 'pause:%'", id=target)  # credentials refused pause the account
        before = dict(rows(db, "SELECT probe_id, count(*) FROM attempt GROUP BY probe_id"))
        if ending == "interrupted":
            with pytest.raises(KeyboardInterrupt):
                pipe.run()
        else:
            pipe.run()
        probe_id = target = channel.target
        assert probe_id is not None
        # the other run's row stands: not reset, not marked sent or failed by us, its attempts count kept
        assert rows(db, "SELECT status, claim, phase, attempts FROM probe WHERE id=:id", id=probe_id) == [
            (*OTHER_RUN[step], 7)], step
        if when == "before commit":  # the commit was refused: our run never handed the message over
            assert probe_id not in channel.handed_over, step
            assert rows(db, "SELECT count(*) FROM attempt WHERE probe_id=:id", id=probe_id)[0][0] == 0
        else:
            assert probe_id in channel.handed_over
            # what our run knows of how it ended is recorded, as an attempt beside the other run's row; an interrupt
            # tells nothing the other run's recovery did not record
            after = rows(db, "SELECT count(*) FROM attempt WHERE probe_id=:id", id=probe_id)[0][0]
            assert after == before.get(probe_id, 0) + (ending != "interrupted"), step


def test_a_claim_that_stays_ours_is_settled_as_before(tmp_path, db):
    """The compare-and-set changes nothing when nobody interferes: sent, confirmed, attempts counted."""
    pipe = Pipeline(write_study(tmp_path, smtp_port=1, imap_port=1, rate=3600), db, LATE)
    channel = Interfering(db, "never", "sent it", "sent")
    pipe.runner.channels = {"email": channel}
    result = asyncio.run(pipe.runner.run_once())
    assert len(result.sent) == 3 and sorted(channel.handed_over) == sorted(p.id for p in result.sent)
    assert rows(db, "SELECT status, claim, phase, attempts, confirmed FROM probe WHERE status != 'planned'") == [
        ("sent", None, None, 1, True)] * 3


def test_on_postgresql_a_probe_another_run_is_claiming_is_skipped_not_waited_for(tmp_path, postgres_db):
    """A row lock held by another run's claim (an open transaction on the probe) makes our run pass the probe by
    (FOR UPDATE SKIP LOCKED) rather than queue behind the lock; the probe stays planned for a later pass."""
    pipe = Pipeline(write_study(tmp_path, smtp_port=1, imap_port=1, rate=3600), postgres_db, LATE)
    channel = Interfering(postgres_db, "never", "sent it", "sent")
    pipe.runner.channels = {"email": channel}
    pipe.runner.materialize(pipe.clock.now())
    due = [p.id for p in pipe.runner.due(pipe.clock.now()) if p.company_id != "svc-sam"]  # Samara's is after hours
    locked = due[0]
    engine = create_engine(postgres_db, poolclass=NullPool)
    other = engine.connect()
    claiming = other.begin()
    other.execute(text("SELECT id FROM probe WHERE id = :id FOR UPDATE"), {"id": locked})
    outcome: list = []
    runner = threading.Thread(target=lambda: outcome.append(pipe.run()))
    runner.start()
    try:
        while runner.is_alive():  # ends when the run ends, or fails as soon as the run queues behind the lock
            waiting = rows(postgres_db, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                           "AND wait_event_type = 'Lock'")[0][0]
            assert waiting == 0, "the run waits for the other run's row lock instead of skipping the probe"
            runner.join(0.05)
    finally:
        claiming.rollback()
        other.close()
        runner.join()
        engine.dispose()
    assert sorted(channel.handed_over) == due[1:]  # every other due probe went
    assert rows(postgres_db, "SELECT status FROM probe WHERE id = :id", id=locked) == [("planned",)]
    pipe.run()  # the lock gone, the next pass takes it
    assert locked in channel.handed_over
