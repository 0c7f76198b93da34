"""A command stopped by SIGINT or SIGTERM (audit.cli.signals) is ending: a further signal that comes after its
session returned (a second Ctrl-C, systemd's SIGTERM again) must not cut off its last words ("stopped by ...") nor
change its exit code. The kill soak (tests/collect/test_fault_injection.py) met it: a run stopped by a double Ctrl-C
exited 130 without saying it had stopped, and a watcher's double Ctrl-C turned its exit 0 into 130."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

# a session that a first signal stops; a second signal comes after the session returned, before the last words
COMMAND = """
import asyncio, os, signal
from audit.cli.signals import run_stoppable

async def session(stop):
    stop.gently = lambda name: None
    os.kill(os.getpid(), SIG)
    while not stop.received:
        await asyncio.sleep(0.01)

_, stop = run_stoppable(session)
os.kill(os.getpid(), SIG)  # the second signal, the session over
print(f"stopped by {stop.name}", flush=True)
raise SystemExit(stop.exit_code)
"""


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_after_a_stopped_session_does_not_cut_off_the_last_words(sig):
    code = COMMAND.replace("SIG)", f"signal.{sig.name})")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout.strip()) == (128 + sig, f"stopped by {sig.name}"), done.stderr
    assert "Traceback" not in done.stderr, done.stderr
