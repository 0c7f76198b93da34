"""Helpers for the integration tests: run the real library (run loop, e-mail channel, watcher) in-process."""

from __future__ import annotations

import asyncio
from datetime import datetime
from email.utils import format_datetime, make_msgid
from pathlib import Path

from sqlmodel import select

from audit.clock import FixedClock
from audit.collect.run import Runner
from audit.collect.watch import watch
from audit.credentials import Secrets
from audit.store.database import Store
from audit.store.schema import Probe, Reply
from audit.study.load import load_study
from probes import make_channels
from probes.base import Batch, Incoming
from tests.helpers.smtp import start_smtp
from tests.helpers.studies import LATE, write_study

MAILBOX = "anatoly@shopper.example"  # the test study's persona's mailbox (tests.helpers.studies.write_study)


class Pipeline:
    def __init__(self, study_path: Path, db_path: Path, now: datetime):
        self.study_path = study_path
        self.study = load_study(study_path)
        self.store = Store(str(db_path))
        self.clock = FixedClock(now)
        self.secrets = Secrets.for_study(study_path)
        self.channels = make_channels(self.study, secrets=self.secrets, clock=self.clock)
        self.runner = Runner(self.study, self.store, self.clock, self.secrets, self.channels)

    def run(self, **kw):
        return asyncio.run(self.runner.run_once(**kw))

    def send_all(self) -> list[Probe]:
        """Move the clock through the wave's working day, running every few minutes, like cron."""
        for _ in range(24 * 12):
            self.run()
            if not self.probes(status="planned"):
                break
            self.clock.advance(minutes=5)
        return self.probes()

    def watch_once(self):
        return asyncio.run(watch(self.study, self.store, self.clock, self.channels, once=True))

    def probes(self, **where) -> list[Probe]:
        with self.store.session() as s:
            q = select(Probe).order_by(Probe.id)
            for k, v in where.items():
                q = q.where(getattr(Probe, k) == v)
            return list(s.exec(q).all())

    def replies(self) -> list[Reply]:
        with self.store.session() as s:
            return list(s.exec(select(Reply).order_by(Reply.id)).all())


def reply_to(probe: Probe, *, sender: str, body: str = "Работаем до 20:00, оформим заказ сегодня.",
             subject: str | None = None, threaded: bool = True, headers: dict | None = None) -> bytes:
    lines = [f"From: Support <{sender}>", "To: anatoly@shopper.example",
             f"Subject: {subject if subject is not None else 'Re: ' + (probe.subject or '')}",
             f"Date: {format_datetime(probe.sent_at)}", f"Message-ID: {make_msgid(domain=sender.split('@')[1])}"]
    if threaded:
        lines += [f"In-Reply-To: {probe.message_id}", f"References: {probe.message_id}"]
    for k, v in (headers or {}).items():
        lines.append(f"{k}: {v}")
    lines += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    return ("\r\n".join(lines) + "\r\n\r\n" + body + "\r\n").encode()


def sent_wave(folder: Path, db: str | Path | None = None, now: datetime = LATE) -> Pipeline:
    """The test study (tests.helpers.studies.write_study) written in `folder`, its database `db` (folder/a.db by
    default), and its wave sent at `now` to a local SMTP peer, stopped afterwards: at LATE, three probes sent and
    Samara's company's left planned (after its hours)."""
    peer = start_smtp()
    try:
        study = write_study(folder, smtp_port=peer.port, imap_port=1)
        pipe = Pipeline(study, db or folder / "a.db", now)
        pipe.run()
    finally:
        peer.stop()
    return pipe


def store_replies(pipe: Pipeline, messages: list[tuple[datetime, bytes]], understand: bool = True) -> None:
    """`messages` (when each was received, the message as received) stored as the watcher stores them, one batch
    of the persona's INBOX, then understood (unless not `understand`: as a watcher killed before it could)."""
    from audit.collect.ingest import Ingest
    from audit.collect.understanding import Understander

    incoming = [Incoming(MAILBOX, "INBOX", 1, i + 1, at, raw) for i, (at, raw) in enumerate(messages)]
    Ingest(pipe.study, pipe.store, pipe.clock).add(Batch(MAILBOX, "INBOX", 1, len(incoming), incoming))
    if understand:
        Understander(pipe.study, pipe.store, pipe.clock).run()
