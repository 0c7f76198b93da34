"""`audit sandbox`: the local servers and simulated companies; `--demo` also runs the study end to end.

Time is compressed: with factor 3600 an hour of study time passes in a real second. Every process that should
share the sandbox's time gets `AUDIT_CLOCK` (printed by `audit sandbox`); `--demo` runs everything in one process.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from audit.clock import VirtualClock
from audit.errors import AuditError
from audit.sandbox.peers import VK_TOKEN, VK_TOKEN_ENV, MailPeer, Peer, threadsafe_scheduler
from audit.schedule.plan import calendar_for, plan_wave, wave_instances
from audit.store.database import Store
from audit.study.load import load_study
from audit.study.model import Study
from probes import MAILBOX, REGISTRY, used_channels
from probes.base import resolve

PASSWORD_ENV = "SANDBOX_PASSWORD"


class Sandbox:
    """The stand-ins of the channels the study uses (audit.sandbox.peers), sharing the compressed clock and the
    answers on their way: each channel of the registry that names a simulator and that a company has a contact on
    (and the mailbox, when answers of a channel come by e-mail) gets its peer."""

    def __init__(self, study: Study, clock: VirtualClock):
        self.study, self.clock = study, clock
        self.persona = study.personas[0]  # the name companies greet in chats
        self.pending: set[asyncio.TimerHandle] = set()  # answers on their way
        self.schedule: Callable[[float, Callable[[], None]], None] | None = None
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
        self.schedule = threadsafe_scheduler(asyncio.get_running_loop(), self.pending)
        try:
            for peer in self.peers.values():
                await peer.start()
        except OSError as exc:
            mail = f"SMTP {self.mail.smtp_ep.port}, IMAP {self.mail.imap_ep.port}, and " if self.mail else ""
            raise AuditError(f"the sandbox cannot listen on its ports ({mail}the form site and VK API the study "
                             f"names): {exc.strerror}",
                             hint="stop the other sandbox, or change the ports in the study file") from exc

    async def stop(self) -> None:
        for h in self.pending:
            h.cancel()
        for peer in reversed(self.peers.values()):
            await peer.stop()

    def describe(self) -> str:
        """The stand-ins besides the mail servers (whose ports the caller names), and where they listen."""
        return ", ".join(d for peer in self.peers.values() if (d := peer.describe()))

    def factories(self) -> dict:
        return {k: v for peer in self.peers.values() for k, v in peer.factories().items()}

    def deliver_mail(self, address: str, raw: bytes, at: datetime) -> None:
        self.mail.deliver(address, raw, at)

    def idle(self) -> bool:
        loop_now = asyncio.get_running_loop().time()
        return all(h.when() <= loop_now or h.cancelled() for h in self.pending)


def demo_clock(study: Study, factor: float) -> VirtualClock:
    """Study time starts ten minutes before the first company's working day of the first wave begins."""
    now = datetime.now(UTC)
    first_wave = wave_instances(study, now + timedelta(days=3650))[0]
    starts = []
    for c in study.companies:
        cal = calendar_for(study, c)
        day = cal.working_days(first_wave.starts_on, 1)[0]
        starts.append(cal.day_window(day)[0])
    return VirtualClock(min(starts) - timedelta(minutes=10), time.time(), factor)


async def serve(study_path: Path, factor: float, console: Console) -> None:
    study = load_study(study_path)
    clock = demo_clock(study, factor)
    box = Sandbox(study, clock)
    await box.start()
    mail = f"SMTP {box.mail.smtp_ep.host}:{box.mail.smtp_ep.port}, IMAP {box.mail.imap_ep.host}:" \
           f"{box.mail.imap_ep.port}, " if box.mail else ""
    console.print(f"sandbox: {mail}{box.describe()}; {len(study.companies)} simulated companies, an hour of study "
                  f"time every {3600 / factor:g}s")
    for peer in box.peers.values():
        if peer.note:
            console.print(peer.note)
    console.print("in another terminal:")
    console.print(f"  export AUDIT_CLOCK='{clock.spec()}' {PASSWORD_ENV}=sandbox {VK_TOKEN_ENV}={VK_TOKEN}")
    console.print(f"  audit run {study_path} --loop 1 --db data/sandbox.db &")
    console.print(f"  audit watch {study_path} --db data/sandbox.db")
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
    """The study end to end against the sandbox, in compressed time, from an empty database: every probe sent,
    every simulated answer collected and understood, then the probes exported to CSV beside the database."""
    from audit.collect.run import Runner
    from audit.collect.watch import watch
    from audit.credentials import Secrets
    from audit.export.results_csv import export_csv
    from probes import make_channels

    study = load_study(study_path)
    db = db or "data/demo.db"
    if "://" not in db:
        for suffix in ("", "-wal", "-shm"):
            Path(db + suffix).unlink(missing_ok=True)  # the demo always starts from nothing
    os.environ.setdefault(PASSWORD_ENV, "sandbox")
    clock = demo_clock(study, factor)
    os.environ["AUDIT_CLOCK"] = clock.spec()
    store, secrets = Store(db), Secrets.for_study(study_path)
    box = Sandbox(study, clock)
    await box.start()
    console.print(f"[bold]audit demo[/bold]: {len(study.companies)} simulated companies on 127.0.0.1, study time "
                  f"starts {clock.now():%a %Y-%m-%d %H:%M} UTC, an hour passes every {3600 / factor:g}s")
    console.print(f"  e-mail SMTP/IMAP, {box.describe()}")
    channels = make_channels(study, secrets=secrets, clock=clock, **box.factories())
    runner = Runner(study, store, clock, secrets, channels)
    watcher = asyncio.create_task(watch(study, store, clock, channels, once=False))
    expected = sum(len(plan_wave(study, w, set(channels))) for w in wave_instances(study, clock.now()))
    try:
        await _drive(runner, box, store, study, clock, console, expected, watcher)
    finally:
        watcher.cancel()
        await asyncio.gather(watcher, return_exceptions=True)
        await box.stop()
    out = Path(db).with_suffix(".csv") if "://" not in db else Path("data/demo.csv")
    with out.open("w", newline="", encoding="utf-8") as fh:
        n = export_csv(store, study, fh, now=clock.now())
    return Demo(store, study, clock.now(), out, n)


async def _drive(runner, box: Sandbox, store, study: Study, clock: VirtualClock, console: Console,
                 expected: int, watcher: asyncio.Task) -> None:
    """Send as the schedule says; stop once everything is sent and every simulated answer has been collected."""
    t0, last_shown = time.time(), ""
    while True:
        result = await runner.run_once()
        for p in result.sent:
            console.print(f"  {p.sent_at:%a %H:%M} UTC  sent   {p.company_id:<10} {p.contact}")
        for p, why in result.failed:
            console.print(escape(f"  {clock.now():%a %H:%M} UTC  failed {p.company_id:<10} {why}"))
        done = store.execute("SELECT count(*) FROM probe WHERE study_id = :s AND status IN ('sent', 'failed', 'task')",
                             s=study.id)[0][0]
        stored = store.execute("SELECT count(*) FROM reply WHERE study_id = :s", s=study.id)[0][0]
        pending = store.execute("SELECT count(*) FROM reply WHERE study_id = :s AND understood_at IS NULL "
                                "AND (kind IS NULL OR kind != 'own')", s=study.id)[0][0]
        line = f"sent or failed {done}/{expected}, answers delivered {box.delivered}, collected {stored}"
        if line != last_shown and time.time() - t0 > 1:
            last_shown = line
        if done >= expected and box.idle() and stored >= box.delivered and not pending:
            console.print(f"all probes sent and all answers collected after {time.time() - t0:.0f}s "
                          f"({line})")
            return
        if watcher.done():
            watcher.result()  # the watcher stopped: show why instead of waiting for answers that never come
            raise AuditError("the demo's watcher stopped early")
        if time.time() - t0 > 600:
            raise AuditError(f"the demo did not finish in 10 minutes ({line})")
        await asyncio.sleep(0.05)
