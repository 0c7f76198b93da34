"""`audit ARGS` in a subprocess with the test study's fixed clock, its output read line by line as it comes, so a
test can wait for what it says before sending it a signal (tests/collect/test_stop_signals.py,
tests/ops/test_pilot_signals.py)."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading

from tests.helpers.studies import LATE

AUDIT = [sys.executable, "-m", "audit.cli"]


def env() -> dict[str, str]:
    return {**os.environ, "AUDIT_CLOCK": f"fixed:{LATE.isoformat()}"}


class Audit:
    """`audit ARGS` in a subprocess, its output read line by line as it comes (to wait for what it says)."""

    def __init__(self, *args: str):
        self.proc = subprocess.Popen([*AUDIT, *args], env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True)
        self.lines: queue.Queue = queue.Queue()
        self.out: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def wait_for(self, text: str) -> None:
        """Until a line of its output holds `text` (the bound is for a broken build, not a timing expectation)."""
        while (line := self.lines.get(timeout=60)) is not None:
            self.out.append(line)
            if text in line:
                return
        raise AssertionError(f"the process ended without saying {text!r}:\n{''.join(self.out)}")

    def finish(self) -> tuple[int, str, str]:
        code = self.proc.wait(timeout=60)
        while (line := self.lines.get(timeout=60)) is not None:
            self.out.append(line)
        return code, "".join(self.out), self.proc.stderr.read()


def stopped_cleanly(code: int, out: str, err: str, sig: int) -> None:
    """Exited as a shell reports a process the signal ended (143 SIGTERM, 130 SIGINT), saying so, no traceback."""
    assert code == 128 + sig, out + err
    assert "Traceback" not in err, err
    assert f"stopped by {signal.Signals(sig).name}" in out, out
