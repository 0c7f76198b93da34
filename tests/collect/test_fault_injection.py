"""Fault injection: `audit run` as a real process, stopped again and again at random moments by SIGKILL, SIGTERM
and SIGINT while a counting SMTP sink takes its time over each message (now and then beside a rival run that is
frozen for a moment, then stopped too), then run to the end, on each backend. Whatever the moment, every probe
reaches the sink at most once, none is lost (each ends sent, or sent and shown unconfirmed), what the database says
was sent matches what the sink received, SIGTERM and SIGINT stop a run with 143 and 130, and `audit report` shows
the unconfirmed sends. Likewise `audit watch`, stopped at random moments while the answers arrive in Dovecot (INBOX
and spam), stores every answer exactly once with the server's time.

The moments are random: AUDIT_FAULT_SEED=<n> replays a seed the output or a failure printed. The same harness runs
long in bench/kill_soak.py; tests/collect/test_crash_safety.py and test_stop_signals.py hold the precise moments.
"""

from __future__ import annotations

import pytest

from tests.helpers.killsoak import KillSoak, seed_from_env
from tests.helpers.watchsoak import WatchSoak

# about 20-30 s a backend on a loaded 2-core machine: each run is a new process (~1-2 s to its first send)
KILLS = 12
COMPANIES = 36  # a run sends one to three probes before it is stopped: enough left for every kill


def test_random_stops_of_a_run_never_send_twice_nor_lose_a_probe(tmp_path, db):
    seed = seed_from_env()
    print(f"AUDIT_FAULT_SEED={seed}")
    soak = KillSoak(tmp_path / "soak", db, companies=COMPANIES, seed=seed)
    try:
        tally = soak.run(kills=KILLS)
    finally:
        soak.close()
    print(tally.summary())
    assert not tally.problems, "\n\n".join([tally.summary(), *tally.problems])
    stopped = sum(tally.kills.values())
    # the run was stopped, and mid-send, not only at start-up or after it had sent everything
    mid_send = tally.moments["mid-send"] + tally.moments["mid-send, beside a rival"]
    assert stopped >= KILLS // 2 and mid_send >= KILLS // 3, tally.summary()
    missing = tally.unconfirmed - tally.unconfirmed_received  # shown unconfirmed: they may never have left
    assert tally.twice == 0 and tally.lost == 0 and tally.received + missing == COMPANIES, tally.summary()


WATCHER_KILLS = 6  # a watcher takes longer to start and stop than a run: fewer, for about the same time
ANSWERS = 24


@pytest.mark.dovecot
def test_random_stops_of_a_watcher_never_store_an_answer_twice_nor_lose_one(tmp_path, db, dovecot):
    seed = seed_from_env()
    print(f"AUDIT_FAULT_SEED={seed}")
    soak = WatchSoak(tmp_path / "soak", db, dovecot, companies=ANSWERS, seed=seed)
    try:
        tally = soak.run(kills=WATCHER_KILLS)
    finally:
        soak.close()
    print(tally.summary())
    assert not tally.problems, "\n\n".join([tally.summary(), *tally.problems])
    # stopped, and at least once after it had stored an answer (the first watcher always is), not only at start-up
    assert sum(tally.kills.values()) >= WATCHER_KILLS // 2 and tally.moments["at work"] >= 1, tally.summary()
    assert (tally.replies, tally.stored, tally.twice, tally.lost, tally.mistimed) == (ANSWERS, ANSWERS, 0, 0, 0), (
        tally.summary())
