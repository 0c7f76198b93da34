"""`audit sandbox`: the local servers and simulated companies; `--demo` also runs the study end to end.

Time is compressed: with factor 3600 an hour of study time passes in a real second. Every process that should
share the sandbox's time gets `AUDIT_CLOCK` (printed by `audit sandbox`); `--demo` runs everything in one process,
and skips the stretches where nothing happens (nothing to send, no answer on its way, everything collected), so
that waves weeks apart and a week-long reply window take seconds.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from audit.clock import VirtualClock
from audit.errors import AuditError
from audit.sandbox import timeline
from audit.sandbox.answers import Answers
from audit.sandbox.local import local_endpoints
from audit.sandbox.peers import VK_TOKEN, VK_TOKEN_ENV, MailPeer, Peer, sandbox_sessions
from audit.store.database import Store, study_database
from audit.store.schema import read_time
from audit.study.load import load_study
from audit.study.model import Study
from probes import MAILBOX, REGISTRY, used_channels
from probes.base import resolve

PASSWORD_ENV = "SANDBOX_PASSWORD"
TICK = 0.01  # real seconds between looks at the answers due and at the run
FINAL = ("sent", "failed", "task", "skipped")  # a probe's states once the run is done with it (a task: a person's)


class Sandbox:
    """The stand-ins of the channels the study uses (audit.sandbox.peers), sharing the compressed clock, the
    simulated answers' words (audit.sandbox.answers) and the answers on their way, kept by study time (`later`):
    each channel of the registry that names a simulator and that a company has a contact on (and the mailbox,
    when answers of a channel come by e-mail) gets its peer."""

    def __init__(self, study: Study, clock: VirtualClock):
        self.study, self.clock = study, clock
        self.persona = study.personas[0]  # the name companies greet in chats
        self.answers = Answers(study)
        self._due: list[tuple[datetime, int, Callable[[], None]]] = []  # answers on their way, by study time
        self._lock = threading.Lock()  # the HTTP stand-ins add answers from their own threads
        self._order = itertools.count()
        self._firing: asyncio.Task | None = None
        used = used_channels(study)
        self.peers: dict[str, Peer] = {}
        for name, spec in REGISTRY.items():
            if spec.simulator and name in used:
                companies = [c for c in study.companies if getattr(c.contacts, name)]
                self.peers[name] = resolve(spec.simulator)(self, spec, companies)
        self.mail: MailPeer | None = self.peers.get(MAILBOX)

    @property
    def delivered(self) -> int:
        """Answers that have reached the personas, on every channel."""
        return sum(p.answered for p in self.peers.values())

    async def start(self) -> None:
        self._firing = asyncio.create_task(self._fire())
        try:
            for peer in self.peers.values():
                await peer.start()
        except OSError as exc:
            mail = f"SMTP {self.mail.smtp_ep.port}, IMAP {self.mail.imap_ep.port}, and " if self.mail else ""
            raise AuditError(f"the sandbox cannot listen on its ports ({mail}the form site and VK API the study "
                             f"names): {exc.strerror}",
                             hint="stop the other sandbox, or change the ports in the study file") from exc

    async def stop(self) -> None:
        if self._firing is not None:
            self._firing.cancel()
            await asyncio.gather(self._firing, return_exceptions=True)
        for peer in reversed(self.peers.values()):
            await peer.stop()

    def describe(self) -> str:
        """The stand-ins besides the mail servers (whose ports the caller names), and where they listen."""
        return ", ".join(d for peer in self.peers.values() if (d := peer.describe()))

    def factories(self) -> dict:
        return {k: v for peer in self.peers.values() for k, v in peer.factories().items()}

    def deliver_mail(self, address: str, raw: bytes, at: datetime) -> None:
        self.mail.deliver(address, raw, at)

    def later(self, at: datetime, action: Callable[[], None]) -> None:
        """Run `action` in the sandbox's event loop once study time reaches `at`; from any thread. Kept by study
        time, not by real delay, so a clock that skips ahead delivers every answer in order, at its own time."""
        with self._lock:
            heapq.heappush(self._due, (at, next(self._order), action))

    async def _fire(self) -> None:
        while True:
            now = self.clock.now()
            due = []
            with self._lock:
                while self._due and self._due[0][0] <= now:
                    due.append(heapq.heappop(self._due)[2])
            for action in due:
                action()
            await asyncio.sleep(TICK)

    def on_the_way(self) -> int:
        with self._lock:
            return len(self._due)

    def next_answer(self) -> datetime | None:
        """When the next answer on its way arrives."""
        with self._lock:
            return self._due[0][0] if self._due else None


async def serve(study_path: Path, factor: float, console: Console, db: str | None = None) -> None:
    study = sandbox_sessions(load_study(study_path))  # the runs in other terminals send every wave there is
    if local_endpoints(study)[1]:
        raise AuditError(f"{study_path} names servers that are not on this machine; the runs and watchers started "
                         f"in other terminals read the study file, so they would reach them, not the sandbox",
                         hint="use audit sandbox STUDY --demo (it replaces them with local ones in memory), or a "
                              "copy of the study whose personas and forms point to 127.0.0.1")
    first = timeline.waves(timeline.bounded(study)[0], datetime.now(UTC).date())[0]
    clock = timeline.start_clock(study, first, factor)
    box = Sandbox(study, clock)
    await box.start()
    mail = f"SMTP {box.mail.smtp_ep.host}:{box.mail.smtp_ep.port}, IMAP {box.mail.imap_ep.host}:" \
           f"{box.mail.imap_ep.port}, " if box.mail else ""
    console.print(f"sandbox: {mail}{box.describe()}; {len(study.companies)} simulated companies, an hour of study "
                  f"time every {3600 / factor:g}s")
    for note in box.answers.notes:
        console.print(f"[yellow]{escape(note)}[/yellow]")
    for peer in box.peers.values():
        if peer.note:
            console.print(peer.note)
    db = study_database(study, db)
    console.print("in another terminal:")
    console.print(f"  export AUDIT_CLOCK='{clock.spec()}' {PASSWORD_ENV}=sandbox {VK_TOKEN_ENV}={VK_TOKEN}")
    console.print(f"  audit run {study_path} --loop 1 --db {db} &")
    console.print(f"  audit watch {study_path} --db {db}")
    try:
        await asyncio.Event().wait()
    finally:
        await box.stop()


@dataclass
class Demo:
    """What the demo leaves behind: its database and study, the study time it ended at, and its CSV export."""

    store: Store
    study: Study
    now: datetime
    csv: Path
    exported: int


async def run_demo(study_path: Path, db: str | None, factor: float, console: Console) -> Demo:
    """The study end to end against the sandbox, in compressed time, from an empty database: every wave's probes
    sent at their planned times, every simulated answer collected and understood until the last probe's reply
    window has ended, then the probes exported to CSV beside the database."""
    from audit.collect.run import Runner
    from audit.collect.watch import watch
    from audit.credentials import Secrets
    from audit.export.results_csv import export_csv
    from probes import make_channels

    study, moved = local_endpoints(sandbox_sessions(load_study(study_path)))
    study, notes = timeline.bounded(study)
    notes = moved + notes
    db = study_database(study, db)
    store = _fresh_store(db, study)
    os.environ.setdefault(PASSWORD_ENV, "sandbox")
    store.sync_study(study)  # the day it was first run: what a cron wave without `since` counts from
    instances = timeline.waves(study, store.study_created_at(study.id).date())
    clock = timeline.start_clock(study, instances[0], factor)
    clock.hold_at(clock.start)  # time starts when the sending does, not while the servers start
    store.mark_sandbox(clock.now())  # simulated from the start: an interrupted demo's database is known as such
    os.environ["AUDIT_CLOCK"] = clock.spec()
    secrets = Secrets.for_study(study_path)
    box = Sandbox(study, clock)
    await box.start()
    console.print(f"[bold]audit demo[/bold]: {len(study.companies)} simulated companies on 127.0.0.1, study time "
                  f"starts {clock.now():%a %Y-%m-%d %H:%M} UTC, an hour passes every {3600 / factor:g}s "
                  f"(quiet stretches are skipped)")
    console.print(f"  e-mail SMTP/IMAP, {box.describe()}")
    for note in notes + box.answers.notes:
        console.print(f"  [yellow]{escape(note)}[/yellow]")
    channels = make_channels(study, secrets=secrets, clock=clock, **box.factories())
    plan = timeline.plan(study, instances, set(channels))
    console.print(f"  waves: {', '.join(f'{w.name} ({w.starts_on:%Y-%m-%d})' for w in instances)}; "
                  f"{len(plan)} probes on {', '.join(sorted(channels))}")
    runner = Runner(study, store, clock, secrets, channels)
    watcher = asyncio.create_task(watch(study, store, clock, channels, once=False))
    try:
        await _drive(runner, box, store, study, clock, console, plan, watcher)
    finally:
        watcher.cancel()
        await asyncio.gather(watcher, return_exceptions=True)
        await box.stop()
    store.mark_sandbox(clock.now())  # the time commands reading this database take as now
    out = Path(db).with_suffix(".csv") if "://" not in db else Path(f"data/{study.id}-sandbox.csv")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as fh:
        n = export_csv(store, study, fh, now=clock.now())
    return Demo(store, study, clock.now(), out, n)


def _fresh_store(db: str, study: Study) -> Store:
    """The demo starts from an empty database, never at the cost of a real study's results: a database an earlier
    demo wrote (Store.mark_sandbox) is replaced, one holding anything else is refused."""
    store = Store(db)
    if not store.holds_probes():
        return store
    hint = f"give the demo another database with --db (e.g. --db data/{study.id}-sandbox.db)"
    if store.sandbox_time() is None:
        raise AuditError(f"{db} holds a study's results that the sandbox did not write (or that an earlier version "
                         f"of the sandbox wrote); the sandbox starts from an empty database and never overwrites one",
                         hint=f"{hint}, or delete {db} if it is an old demo's")
    if "://" in db:
        raise AuditError(f"{db} holds an earlier sandbox run: the demo starts from an empty database and does not "
                         f"empty one given by URL", hint=hint)
    store.engine.dispose()
    for suffix in ("", "-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)
    return Store(db)


@dataclass
class _Progress:
    done: int  # probes of the plan sent, failed or handed to a person
    unsent: list[tuple[tuple, str, datetime]]  # (key, company, planned time) of the plan's probes not sent yet
    last_sent: datetime | None
    stored: int  # answers the watcher stored
    pending: int  # stored answers not understood yet


def _progress(store: Store, study: Study, plan: list) -> _Progress:
    rows = store.execute("SELECT wave, company_id, channel, status, planned_at, sent_at FROM probe "
                         "WHERE study_id = :s", s=study.id)
    have = {(w, c, ch): (status, planned, sent) for w, c, ch, status, planned, sent in rows}
    done, unsent, sent = 0, [], []
    for p in plan:
        status, planned, sent_at = have.get(p.key, ("planned", None, None))
        if status in FINAL:
            done += 1
            if sent_at:
                sent.append(read_time(sent_at))
        else:
            unsent.append((p.key, p.company.id, read_time(planned) if planned else p.planned_at))
    stored = store.execute("SELECT count(*) FROM reply WHERE study_id = :s AND (kind IS NULL OR kind != 'own')",
                           s=study.id)[0][0]
    pending = store.execute("SELECT count(*) FROM reply WHERE study_id = :s AND understood_at IS NULL "
                            "AND (kind IS NULL OR kind != 'own')", s=study.id)[0][0]
    return _Progress(done, unsent, max(sent, default=None), stored, pending)


async def _drive(runner, box: Sandbox, store: Store, study: Study, clock: timeline.SandboxClock,
                 console: Console, plan: list, watcher: asyncio.Task) -> None:
    """Send as the schedule says until every probe of the plan is out, then collect until the last probe's reply
    window has ended. Study time stops at the next planned send until it is sent, and at the end; whenever
    everything delivered is collected and understood, it skips to the next thing that happens (a send, an answer
    arriving, the end)."""
    t0, end, waiting = time.time(), None, set()
    width = max((len(p.wave) for p in plan), default=0)
    while True:
        if end is None:
            result = await runner.run_once()
            waiting = {(p.wave, p.company_id, p.channel) for p, _ in result.waiting}
            for p in result.sent:
                console.print(escape(f"  {p.sent_at:%a %Y-%m-%d %H:%M} UTC  sent   {p.wave:<{width}} "
                                     f"{p.company_id:<10} {p.contact}"))
            for p, why in result.failed:
                console.print(escape(f"  {clock.now():%a %Y-%m-%d %H:%M} UTC  failed {p.wave:<{width}} "
                                     f"{p.company_id:<10} {why}"))
        now = clock.now()
        state = _progress(store, study, plan)
        if end is None and state.done >= len(plan):
            end = max((state.last_sent or now) + study.reply_window, now)
            console.print(f"all {len(plan)} probes sent; collecting answers until the last reply window ends "
                          f"({end:%a %Y-%m-%d %H:%M} UTC)")
        collected = state.stored >= box.delivered and not state.pending
        if end is not None and now >= end and collected:
            late = box.on_the_way()
            console.print(f"all probes sent and all answers collected after {time.time() - t0:.0f}s (answers "
                          f"delivered {box.delivered}, collected {state.stored}); study time is now the end of the "
                          f"last reply window" + (f"; {late} answer(s) due after it were not delivered" if late
                                                  else ""))
            return
        barrier, flow = timeline.next_send(study, state.unsent, waiting, now) if end is None else (end, False)
        if barrier != clock.hold:
            clock.hold_at(barrier)
        upcoming = [t for t in (barrier, box.next_answer()) if t is not None]
        if collected and not flow and upcoming:
            clock.skip_to(min(upcoming))
        if watcher.done():
            watcher.result()  # the watcher stopped: show why instead of waiting for answers that never come
            raise AuditError("the demo's watcher stopped early")
        if time.time() - t0 > 600:
            raise AuditError(f"the demo did not finish in 10 minutes ({state.done}/{len(plan)} probes sent, "
                             f"answers delivered {box.delivered}, collected {state.stored})")
        await asyncio.sleep(TICK)
