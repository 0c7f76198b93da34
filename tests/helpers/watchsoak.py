"""Fault injection for `audit watch`: the answers to a study's sent probes arrive in a real IMAP server (Dovecot,
tests/helpers/dovecot.py), in INBOX and in the spam folder, one by one at random moments, while `audit watch` runs
as a real process stopped again and again at random moments (SIGKILL, SIGTERM, SIGINT); then `audit watch --once`
reads what is left, and every reply must be stored exactly once, with the server's time (INTERNALDATE), on the
probe it answers.

Self-contained (no pytest import), as tests/helpers/killsoak.py, whose seed, clock and bounds it shares::

    soak = WatchSoak(base_dir, db, dovecot, companies=30, seed=seed)
    try:
        tally = soak.run(kills=10)
    finally:
        soak.close()
    assert not tally.problems
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import make_msgid
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from tests.helpers.backends import is_postgres, rows
from tests.helpers.killsoak import BOUND, NOW, SEED_ENV, SIGNALS, audit_traceback, stops
from tests.helpers.smtp import start_smtp
from tests.helpers.studies import write_study

START_UP_SHARE = 0.25  # stops timed from the start of the process, not from a reply it stored
SPAM_SHARE = 0.3  # replies that land in the spam folder (Dovecot's Junk, flagged \Junk)


@dataclass
class WatchTally:
    seed: int
    backend: str
    replies: int = 0  # appended to the server
    kills: Counter = field(default_factory=Counter)
    moments: Counter = field(default_factory=Counter)
    exits: Counter = field(default_factory=Counter)
    stored: int = 0  # distinct replies in the database
    twice: int = 0
    lost: int = 0
    mistimed: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"seed {self.seed} ({SEED_ENV}={self.seed} replays it), {self.backend}, audit watch: "
                f"{stops(self)}; {self.replies} replies, "
                f"{self.stored} stored, {self.twice} stored twice, {self.lost} lost, {self.mistimed} not at the "
                f"server's time; {self.seconds:.1f} s")


class WatchSoak:
    """A study whose probes were sent (one `audit run`), the answers still to come, and the watcher to stop."""

    def __init__(self, base: Path, db: str, dovecot, *, companies: int, seed: int):
        self.db, self.seed, self.dovecot = str(db), seed, dovecot
        self.rng = random.Random(seed)
        self.rng_feed = random.Random(seed + 2)  # the feeder's own: it draws from its thread
        self.sink = start_smtp()
        firms = [(f"c{i:04d}", ("shops", "services")[i % 2], "Europe/Moscow", f"info@c{i:04d}.example")
                 for i in range(companies)]
        base.mkdir(parents=True, exist_ok=True)
        self.study = write_study(base, smtp_port=self.sink.port, imap_port=dovecot.port, companies=firms,
                                 rate=100_000, imap_extra="poll_seconds: 0.2")
        self.env = {**os.environ, "AUDIT_CLOCK": f"fixed:{NOW.isoformat()}", "TEST_SMTP_PASSWORD": "smtp-secret",
                    "TEST_IMAP_PASSWORD": dovecot.password, "COLUMNS": "200"}
        self.tally = WatchTally(seed, "postgres" if is_postgres(db) else "sqlite")
        self.start_up = 1.0  # seconds from a watcher's start to its first stored reply: measured by the first
        sent = subprocess.run(self._argv("run"), env=self.env, capture_output=True, text=True, timeout=BOUND)
        if sent.returncode != 0:
            raise RuntimeError(f"audit run, to send the probes the replies answer, exited {sent.returncode}:\n"
                               f"{sent.stdout}\n{sent.stderr}")
        probes = rows(self.db, "SELECT id, message_id, contact, subject, sent_at FROM probe ORDER BY id")
        # each probe's answer: (its Message-ID, the probe, the folder, the server's time)
        self.to_come = []
        for pid, mid, contact, subject, sent_at in probes:
            at = _utc(sent_at).replace(microsecond=0) + timedelta(minutes=self.rng.randint(1, 600),
                                                                 seconds=self.rng.randint(0, 59))  # IMAP: seconds
            folder = "Junk" if self.rng.random() < SPAM_SHARE else "INBOX"
            self.to_come.append((make_msgid(domain=contact.split("@")[1]), pid, mid, contact, subject, folder, at))
        self.rng.shuffle(self.to_come)
        self.appended: list[tuple] = []

    def close(self) -> None:
        self.sink.stop()

    def _argv(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "audit.cli", *args, str(self.study), "--db", self.db]

    def _say(self, what: str) -> None:
        self.tally.problems.append(f"seed {self.seed}, {self.tally.backend}, audit watch: {what}")

    def _append(self, n: int, gap: float) -> None:
        """The next `n` answers, each after a random pause up to `gap` seconds (run in a thread)."""
        for _ in range(n):
            if not self.to_come:
                return
            time.sleep(self.rng_feed.uniform(0, gap))
            reply = self.to_come.pop()
            reply_id, pid, mid, contact, subject, folder, at = reply
            raw = (f"From: Support <{contact}>\r\nTo: anatoly@shopper.example\r\nSubject: Re: {subject}\r\n"
                   f"Message-ID: {reply_id}\r\nIn-Reply-To: {mid}\r\nReferences: {mid}\r\nMIME-Version: 1.0\r\n"
                   f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                   f"Работаем до 20:00, оформим заказ сегодня.\r\n").encode()
            self.dovecot.append(folder, raw, at)
            self.appended.append(reply)

    def run(self, kills: int) -> WatchTally:
        started = time.monotonic()
        per_kill = max(1, len(self.to_come) // (kills + 1))
        order: list[signal.Signals] = []
        for n in range(kills):
            if not order:
                order = list(SIGNALS)
                self.rng.shuffle(order)
            # half of what is left on average: answers keep coming to the last watcher stopped
            feeder = threading.Thread(target=self._append, args=(self.rng.randint(1, per_kill), 0.1))
            self._stop_one(order.pop(), feeder, first=n == 0)
        self._append(len(self.to_come), 0)
        last = subprocess.run(self._argv("watch") + ["--once"], env=self.env, capture_output=True, text=True,
                              timeout=BOUND)
        if last.returncode != 0 or audit_traceback(last.stderr):
            self._say(f"the last, undisturbed watcher exited {last.returncode}:\n{last.stdout}\n{last.stderr}")
        else:
            self._check()
        self.tally.seconds = time.monotonic() - started
        return self.tally

    def _stored(self) -> int:
        try:
            return rows(self.db, "SELECT count(*) FROM reply")[0][0]
        except SQLAlchemyError:  # the first watcher has not made the tables yet
            return 0

    def _stop_one(self, sig: signal.Signals, feeder: threading.Thread, *, first: bool) -> None:
        before, appended = self._stored(), len(self.appended)
        begun = time.monotonic()
        proc = subprocess.Popen(self._argv("watch"), env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)
        feeder.start()
        if not first and self.rng.random() < START_UP_SHARE:
            time.sleep(self.rng.uniform(0, self.start_up))
            moment = "start-up"
        else:
            # after the watcher stored a reply (unless none comes this round), at a random point
            while self._stored() <= before and proc.poll() is None and time.monotonic() - begun < BOUND:
                if not feeder.is_alive() and len(self.appended) == appended:
                    break
                time.sleep(0.02)
            at_work = self._stored() > before
            if first and at_work:
                self.start_up = time.monotonic() - begun
            time.sleep(self.rng.uniform(0, 0.3))
            moment = "at work" if at_work else "start-up"
        if proc.poll() is not None:
            moment = "ended first"
        else:
            proc.send_signal(sig)
        out, err = proc.communicate(timeout=BOUND)
        feeder.join(BOUND)
        self.tally.moments[moment] += 1
        if moment != "ended first":
            self.tally.kills[sig.name] += 1
        self.tally.exits[(sig.name, proc.returncode)] += 1
        # a watcher is stopped by SIGTERM or SIGINT as it should be: exit 0, saying so; before its session
        # (start-up) the signal ends it as any program (-N; typer's 130 for SIGINT). SIGKILL: -9.
        if sig == signal.SIGKILL:
            ok = proc.returncode == -9
        elif moment == "at work":
            ok = proc.returncode == 0 and f"watcher stopped by {sig.name}" in out
        else:
            ok = proc.returncode in (0, 128 + sig, -sig)
        if not ok or audit_traceback(err):
            self._say(f"{sig.name} {moment}: exit {proc.returncode}\n--- stdout\n{out}\n--- stderr\n{err}")

    def _check(self) -> None:
        t = self.tally
        t.replies = len(self.appended)
        stored = rows(self.db, "SELECT message_id, probe_id, folder, received_at FROM reply")
        counts = Counter(mid for mid, *_ in stored)
        got = {mid: (pid, folder, _utc(at)) for mid, pid, folder, at in stored}
        t.stored = len(counts)
        for mid, n in counts.items():
            if n > 1:
                t.twice += 1
                self._say(f"reply {mid} stored {n} times")
        for reply_id, pid, _, _, _, folder, at in self.appended:
            if reply_id not in got:
                t.lost += 1
                self._say(f"reply {reply_id} to probe {pid} ({folder}, {at:%H:%M:%S}) never stored")
                continue
            have_pid, have_folder, have_at = got[reply_id]
            if have_at != at:
                t.mistimed += 1
                self._say(f"reply {reply_id} stored as received at {have_at}, the server says {at}")
            if have_pid != pid or have_folder != folder:
                self._say(f"reply {reply_id} stored on probe {have_pid} from {have_folder}, not probe {pid} "
                          f"from {folder}")
        if len(counts) != t.replies:
            self._say(f"{len(counts)} replies stored, {t.replies} appended")


def _utc(value) -> datetime:
    """A time as either backend gives it (SQLite: text, PostgreSQL: datetime), in UTC."""
    at = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
