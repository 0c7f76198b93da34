"""Fault injection for `audit run`: a study of N companies whose e-mail goes to a counting SMTP sink that takes a
random moment over each message, and `audit run` as a real process stopped again and again at random moments
(SIGKILL, SIGTERM, SIGINT), then run to the end; then what the sink received is held against what the database
says was sent, and against what `audit report` shows.

Self-contained (no pytest import): tests/collect/test_fault_injection.py runs it short on each backend in `make
test`, bench/kill_soak.py runs it long::

    soak = KillSoak(base_dir, db, companies=40, seed=seed)
    try:
        tally = soak.run(kills=15)
    finally:
        soak.close()
    print(tally.summary())
    assert not tally.problems

The seed chooses the signals, the moments and the sink's delays: the same seed replays the same choices (what
they meet in the process depends on the machine's timing, so a failure is replayed by its seed most of the time,
not always).
"""

from __future__ import annotations

import email
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from tests.helpers.backends import is_postgres, rows
from tests.helpers.smtp import start_smtp
from tests.helpers.studies import MONDAY_NOON_MSK, ROOT, write_study

SEED_ENV = "AUDIT_FAULT_SEED"
SIGNALS = (signal.SIGKILL, signal.SIGTERM, signal.SIGINT)
# 16:50 in Moscow: inside its working hours (10:00-17:00) and after the day's last planned send (16:45)
NOW = MONDAY_NOON_MSK + timedelta(hours=4, minutes=50)
START_UP_SHARE = 0.25  # kills timed from the start of the process (imports, schema, recovery, planning), not a send
SECOND_SIGNAL_SHARE = 0.1  # SIGTERM or SIGINT sent twice: "a second signal stops at once"
# a rival run started beside the one to stop, itself frozen (SIGSTOP) for a random moment and then stopped at
# random: two runs recovering, claiming and sending at once, one of them stalling anywhere (a loaded machine)
RIVAL_SHARE = 0.3
BOUND = 120.0  # seconds: the bound on any one wait, for a broken build, not a timing expectation


def seed_from_env() -> int:
    """The seed AUDIT_FAULT_SEED gives, else a new random one (printed by the callers, to replay a failure)."""
    given = os.environ.get(SEED_ENV)
    if given:
        try:
            return int(given)
        except ValueError:
            raise SystemExit(f"{SEED_ENV}={given!r} is not an integer: give the seed a failure printed") from None
    return random.SystemRandom().randrange(10**9)


@dataclass
class Tally:
    """What a soak did and found; `problems` empty when every probe was sent once or shown unconfirmed."""

    seed: int
    backend: str
    probes: int = 0
    kills: Counter = field(default_factory=Counter)  # signal name -> processes it was sent to
    moments: Counter = field(default_factory=Counter)  # "start-up", "mid-send", "ended first", ... -> runs
    exits: Counter = field(default_factory=Counter)  # (signal name, exit code) -> runs
    received: int = 0  # distinct probes at the sink
    twice: int = 0  # probes the sink received more than once
    lost: int = 0  # probes neither received nor recorded as sent, unconfirmed
    unconfirmed: int = 0  # recorded as sent, unconfirmed
    unconfirmed_received: int = 0  # of them, at the sink all the same
    reported_unconfirmed: int | None = None  # what `audit report` shows
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"seed {self.seed} ({SEED_ENV}={self.seed} replays it), {self.backend}: "
                f"{stops(self)}; {self.probes} probes, "
                f"{self.received} received, {self.twice} sent twice, {self.lost} lost, {self.unconfirmed} "
                f"unconfirmed ({self.unconfirmed_received} of them received), report shows "
                f"{self.reported_unconfirmed} unconfirmed; {self.seconds:.1f} s")


def stops(tally) -> str:
    """The stops of a soak (a run's or a watcher's tally), for its summary: how many by signal, when, and the exits."""
    kills = ", ".join(f"{n} {name}" for name, n in sorted(tally.kills.items())) or "none"
    moments = ", ".join(f"{n} {what}" for what, n in sorted(tally.moments.items()))
    exits = ", ".join(f"{name}→{code}: {n}" for (name, code), n in sorted(tally.exits.items()))
    return f"{sum(tally.kills.values())} kills ({kills}; {moments}); exits {exits}"


class KillSoak:
    """The study, the sink and the database of one soak; `run` does the killing and the checking."""

    def __init__(self, base: Path, db: str, *, companies: int, seed: int, max_delay: float = 0.04):
        self.db, self.seed = str(db), seed
        self.rng = random.Random(seed)
        sink_rng = random.Random(seed + 1)  # the sink's own: it draws from its thread, at its own pace
        self.sink = start_smtp()
        # about max_delay a message, in three parts: a stop may land before the commit, or after it with the message
        # dropped, or taken and not yet confirmed
        self.sink.delay = lambda command: sink_rng.uniform(0, max_delay / (1 if command == "RCPT" else 2))
        firms = [(f"c{i:04d}", ("shops", "services")[i % 2], "Europe/Moscow", f"info@c{i:04d}.example")
                 for i in range(companies)]  # both of write_study's segments: a script without companies is refused
        base.mkdir(parents=True, exist_ok=True)
        # the rate limit well above the sends: the run never waits for it, so the kills land on sends
        self.study = write_study(base, smtp_port=self.sink.port, imap_port=1, companies=firms, rate=100_000)
        self.env = {**os.environ, "AUDIT_CLOCK": f"fixed:{NOW.isoformat()}", "TEST_SMTP_PASSWORD": "smtp-secret",
                    "COLUMNS": "200"}
        self.env.pop("AUDIT_TEST_FAULT", None)
        self.tally = Tally(seed, "postgres" if is_postgres(db) else "sqlite", probes=companies)
        self.lock = threading.Lock()  # the tally, written by the rival runs' threads too
        self.start_up = 1.0  # seconds from a process's start to its first send: measured by the first run

    def close(self) -> None:
        self.sink.stop()

    def _audit(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "audit.cli", *args], env=self.env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)

    def _say(self, what: str) -> None:
        self.tally.problems.append(f"seed {self.seed}, {self.tally.backend}: {what}")

    def run(self, kills: int) -> Tally:
        started = time.monotonic()
        order: list[signal.Signals] = []
        for n in range(kills):
            if not order:  # every signal in each round of three, in a random order
                order = list(SIGNALS)
                self.rng.shuffle(order)
            if not self._kill_one(order.pop(), first=n == 0):
                break  # the study was sent in full before this run could be stopped
        final = self._audit("run", str(self.study), "--db", self.db)
        out, err = final.communicate(timeout=BOUND)
        if final.returncode != 0 or audit_traceback(err):
            self._say(f"the last, undisturbed run exited {final.returncode}:\n{out}\n{err}")
        else:
            self._check()
        self.tally.seconds = time.monotonic() - started
        return self.tally

    def _kill_one(self, sig: signal.Signals, *, first: bool) -> bool:
        """Start a run, stop it with `sig` at a random moment; False when it ended before it could be stopped."""
        rcpts = self.sink.seen["RCPT"]
        begun = time.monotonic()
        proc = self._audit("run", str(self.study), "--db", self.db)
        rival = None
        if not first and self.rng.random() < RIVAL_SHARE:
            # frozen within its start-up (its recovery, its first claims), so it never gets to send all that is left
            rival = threading.Thread(target=self._rival, args=(self.rng.choice(SIGNALS), self.rng.uniform(
                0, self.start_up), self.rng.uniform(0, 0.5), self.rng.uniform(0, 0.2)))
            rival.start()
        if not first and self.rng.random() < START_UP_SHARE:
            time.sleep(self.rng.uniform(0, self.start_up))
            moment = "start-up"
        else:
            nth = self.rng.randint(1, 3)  # the first to third send of this run, at a random point of it
            while not self.sink.wait_seen("RCPT", rcpts + nth, 0.05) and proc.poll() is None:
                if time.monotonic() - begun > BOUND:
                    break
            if first and self.sink.seen["RCPT"] > rcpts:
                self.start_up = time.monotonic() - begun
            time.sleep(self.rng.uniform(0, 0.1))
            # the sends seen may be the rival's, this run still starting: judged as a stop at start-up is
            moment = "mid-send" if rival is None else "mid-send, beside a rival"
        twice = sig != signal.SIGKILL and self.rng.random() < SECOND_SIGNAL_SHARE
        if proc.poll() is not None:
            moment = "ended first"
        else:
            proc.send_signal(sig)
            if twice:
                time.sleep(self.rng.uniform(0, 0.05))
                if proc.poll() is None:
                    proc.send_signal(sig)
        out, err = proc.communicate(timeout=BOUND)
        name = sig.name + (" twice" if twice else "")
        with self.lock:
            self.tally.moments[moment] += 1
            if moment != "ended first":
                self.tally.kills[name] += 1
            self.tally.exits[(name, proc.returncode)] += 1
            self._judge_exit(sig, moment, proc.returncode, out, err)
        if rival is not None:
            rival.join(BOUND)
        return moment != "ended first"

    def _rival(self, sig: signal.Signals, after: float, frozen: float, then: float) -> None:
        """A second run at once: frozen `after` seconds from its start for `frozen` seconds, stopped by `sig`
        `then` seconds after it thawed (run in a thread; the draws are made before, by the soak's own generator)."""
        proc = self._audit("run", str(self.study), "--db", self.db)
        time.sleep(after)
        if proc.poll() is None:
            proc.send_signal(signal.SIGSTOP)
            time.sleep(frozen)
            proc.send_signal(signal.SIGCONT)
            time.sleep(then)
        moment = "rival, frozen" if proc.poll() is None else "rival, ended first"
        if proc.poll() is None:
            proc.send_signal(sig)
        out, err = proc.communicate(timeout=BOUND)
        with self.lock:  # the tally is the main thread's too
            self.tally.moments[moment] += 1
            if moment == "rival, frozen":
                self.tally.kills[sig.name] += 1
            self.tally.exits[(sig.name, proc.returncode)] += 1
            # where it was stopped is not known: judged as a stop at start-up is (either way a stop is right)
            self._judge_exit(sig, "start-up" if moment == "rival, frozen" else "ended first", proc.returncode,
                             out, err)

    def _judge_exit(self, sig: signal.Signals, moment: str, code: int, out: str, err: str) -> None:
        """SIGKILL ends the process (-9). SIGTERM and SIGINT stop a run that is sending cleanly, with 128 + the
        signal's number and a word (a second signal too, audit.cli.signals). A process that has no session yet
        (start-up) is ended by the signal as any program is (-N, which a shell shows as 128 + N too; typer's silent
        exit 130 for SIGINT), or exits 0 when it was done first. Never a traceback through audit's code."""
        finished = "sent " in out and "stopped by" not in out and "stopped at once" not in out
        stopped = "stopped by" in out or "stopped at once" in out
        if sig == signal.SIGKILL:
            ok = code == -9 or (code == 0 and finished)
        elif moment == "mid-send":
            ok = (code == 128 + sig and stopped) or (code in (0, -sig) and finished)
        else:
            ok = code in (128 + sig, -sig) or (code == 0 and finished) or _python_starting(sig, code, out, err)
        if not ok or audit_traceback(err):
            self._say(f"{sig.name} {moment}: exit {code}\n--- stdout\n{out}\n--- stderr\n{err}")

    def _check(self) -> None:
        t = self.tally
        received = Counter(_message_id(raw) for *_, raw in self.sink.messages)
        probes = rows(self.db, "SELECT id, status, confirmed, message_id FROM probe ORDER BY id")
        settled = dict(rows(self.db, "SELECT probe_id, count(*) FROM attempt WHERE outcome IN ('sent', 'uncertain') "
                                     "GROUP BY probe_id"))
        known = {mid for *_, mid in probes}
        t.received = len(received)
        t.twice = sum(1 for n in received.values() if n > 1)
        for mid, n in received.items():
            if n > 1:
                self._say(f"{mid} received {n} times")
            if mid not in known:
                self._say(f"{mid} received, no probe has it")
        for pid, status, confirmed, mid in probes:
            if status != "sent":
                t.lost += 1
                self._say(f"probe {pid} ended {status}, not sent (received {received[mid]} time(s))")
                continue
            if settled.get(pid) != 1:
                self._say(f"probe {pid}: {settled.get(pid, 0)} attempts recorded as sent or uncertain, not 1")
            if confirmed:
                if not received[mid]:
                    t.lost += 1
                    self._say(f"probe {pid} recorded as sent and confirmed, never received")
            else:
                t.unconfirmed += 1
                t.unconfirmed_received += bool(received[mid])
        if len(probes) != t.probes:
            self._say(f"{len(probes)} probes in the database, {t.probes} companies in the study")
        self._check_report()

    def _check_report(self) -> None:
        """`audit report` shows the unconfirmed sends, as the database holds them, with a note when there are any."""
        t = self.tally
        proc = self._audit("report", str(self.study), "--db", self.db, "--format", "json", "--resamples", "100")
        out, err = proc.communicate(timeout=BOUND)
        if proc.returncode != 0:
            self._say(f"audit report exited {proc.returncode}:\n{out}\n{err}")
            return
        report = json.loads(out)
        shown = [r.get("unconfirmed") for r in report["breakdowns"][0]["rows"]
                 if (r["channel"], r["group"]) == ("email", "all")]
        t.reported_unconfirmed = shown[0] if shown else None
        if t.reported_unconfirmed != t.unconfirmed:
            self._say(f"audit report shows {t.reported_unconfirmed} unconfirmed, the database holds {t.unconfirmed}")
        noted = any("sent, unconfirmed" in note for note in report["notes"])
        if noted != bool(t.unconfirmed):
            self._say(f"audit report's notes {'' if noted else 'do not '}speak of unconfirmed sends "
                      f"with {t.unconfirmed} in the database: {report['notes']}")


def audit_traceback(err: str) -> bool:
    """A traceback through the repository's code. One through the interpreter's own start-up alone (a SIGINT before
    any of audit's code ran, which no program can catch) is Python's, not audit's."""
    return "Traceback" in err and f'File "{ROOT}/' in err


def _python_starting(sig: signal.Signals, code: int, out: str, err: str) -> bool:
    """A SIGINT while the interpreter itself starts, before any of audit's code ran: Python says "Could not import
    runpy module" or shows its KeyboardInterrupt, and exits 1; nothing of audit's to judge."""
    return sig == signal.SIGINT and code == 1 and not out and "KeyboardInterrupt" in err and not audit_traceback(err)


def _message_id(raw: bytes) -> str:
    return str(email.message_from_bytes(raw)["Message-ID"]).strip()
