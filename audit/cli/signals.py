"""SIGINT (Ctrl-C) and SIGTERM (systemd, a cron timeout, `kill`) handled alike, in one place, by the commands that
keep running: `audit run`, `audit pilot`, `audit watch` and `audit sandbox`.

While the command's session runs, the first of either signal asks it to stop: gently when the session said how
(`Stop.gently`: a run or a pilot finishes or undoes the send in hand, audit.collect.run.Runner.stop,
audit.ops.pilot.PilotSender.stop), else by cancelling the session at once, which is how a watcher or the sandbox stops.
A second signal cancels the session at once whatever it is doing: a run or a pilot then records a send in hand as it
stands (not sent before its commit, sent and unconfirmed after it). A signal that comes before the session starts, or
after a session that no signal stopped, gets Python's default: a KeyboardInterrupt, or the end of the process for
SIGTERM; one that comes after a stopped session is ignored, the command being on its way out with its last words and
exit code.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@dataclass
class Stop:
    """The stop signals a session received, and how it wants the first one handled."""

    received: list[int] = field(default_factory=list)
    gently: Callable[[str], None] | None = None  # called with the signal's name; None: cancel the session at once

    @property
    def name(self) -> str | None:
        return signal.Signals(self.received[0]).name if self.received else None

    @property
    def exit_code(self) -> int:
        """128 + the signal's number, as a shell reports a process the signal ended: 130 SIGINT, 143 SIGTERM."""
        return 128 + self.received[0]


def run_stoppable(session: Callable[[Stop], Coroutine[Any, Any, Any]]) -> tuple[Any, Stop]:
    """asyncio.run(session(stop)) with SIGINT and SIGTERM handled as this module says. Returns what the session
    returned (None when a signal cancelled it) and the Stop, which tells whether and how the session was stopped."""
    stop = Stop()

    async def main():
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()

        def on_signal(signum: int) -> None:
            stop.received.append(signum)
            if len(stop.received) == 1 and stop.gently is not None:
                stop.gently(stop.name)
            else:
                task.cancel()

        for signum in STOP_SIGNALS:
            loop.add_signal_handler(signum, on_signal, signum)
        try:
            return await session(stop)
        except asyncio.CancelledError:
            if not stop.received:
                raise
            task.uncancel()
            return None
        finally:
            for signum in STOP_SIGNALS:
                loop.remove_signal_handler(signum)
                if stop.received:
                    # the command is ending because it was stopped: a signal now (a second Ctrl-C) could only cut
                    # off its last words and change its exit code, so it is let pass
                    signal.signal(signum, signal.SIG_IGN)

    return asyncio.run(main()), stop
