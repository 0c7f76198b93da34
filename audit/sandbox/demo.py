"""`audit sandbox`: the local servers and simulated companies; `--demo` also runs the study end to end.

Time is compressed: with factor 3600 an hour of study time passes in a real second. Every process that should
share the sandbox's time gets `AUDIT_CLOCK` (printed by `audit sandbox`); `--demo` runs everything in one process.
"""

from __future__ import annotations

import asyncio
import os
import random
import time
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from audit.clock import VirtualClock
from audit.errors import AuditError
from audit.sandbox.channels import VK_TOKEN, VK_TOKEN_ENV, ChatWorld, threadsafe_scheduler
from audit.sandbox.servers import SandboxImap, SandboxSmtp
from audit.sandbox.simulate import assign, respond
from audit.schedule import calendar_for, plan_wave, wave_instances
from audit.study import Study, load_study

PASSWORD_ENV = "SANDBOX_PASSWORD"


class Sandbox:
    """Servers plus simulated companies answering in compressed time."""

    def __init__(self, study: Study, clock: VirtualClock):
        self.study, self.clock = study, clock
        persona = next(p for p in study.personas if p.email)
        self.smtp_ep, self.imap_ep = persona.email.smtp, persona.email.imap
        self.behaviour = assign(study)
        self.by_address = {c.contacts.email.lower(): c for c in study.companies if c.contacts.email}
        refuse = {a for a, c in self.by_address.items() if self.behaviour[c.id] == "refused"}
        self.imap = SandboxImap(self.imap_ep.host, self.imap_ep.port)
        self.smtp = SandboxSmtp(self.smtp_ep.host, self.smtp_ep.port, self._on_message, refuse)
        self.received = 0
        self.pending: set[asyncio.TimerHandle] = set()
        self.mailed = 0
        self.users = {p.email.address.lower(): p.email.imap.username or p.email.address
                      for p in study.personas if p.email}
        self.chats: ChatWorld | None = None

    @property
    def delivered(self) -> int:
        """Answers that have reached the personas, on every channel."""
        return self.mailed + (self.chats.answered if self.chats else 0)

    async def start(self) -> None:
        try:
            await self.imap.start()
            await self.smtp.start()
            self.chats = ChatWorld(self.study, self.clock, threadsafe_scheduler(asyncio.get_running_loop(),
                                                                                self.pending), self._mail_to)
            self.chats.start()
        except OSError as exc:
            raise AuditError(f"the sandbox cannot listen on its ports (SMTP {self.smtp_ep.port}, IMAP "
                             f"{self.imap_ep.port}, and the form site and VK API the study names): {exc.strerror}",
                             hint="stop the other sandbox, or change the ports in the study file") from exc
        os.environ.setdefault(VK_TOKEN_ENV, VK_TOKEN)

    async def stop(self) -> None:
        for h in self.pending:
            h.cancel()
        if self.chats is not None:
            self.chats.stop()
        await self.smtp.stop()
        await self.imap.stop()

    def _mail_to(self, address: str, raw: bytes, at: datetime) -> None:
        """An answer by e-mail to an address the persona typed (into a form: plus-addressed with the token)."""
        local, _, domain = address.lower().partition("@")
        base = f"{local.split('+', 1)[0]}@{domain}"
        self.imap.deliver(self.users.get(base, base), raw, at, "INBOX")

    def _on_message(self, mail_from: str, rcpt_tos: list[str], raw: bytes) -> None:
        self.received += 1
        probe = message_from_bytes(raw, policy=default_policy)
        sent_at = self.clock.now()
        user = self.users.get(mail_from.lower(), mail_from)
        loop = asyncio.get_running_loop()
        for rcpt in rcpt_tos:
            company = self.by_address.get(rcpt.lower())
            if company is None:
                continue
            rng = random.Random(f"sandbox:{company.id}:{probe['Message-ID']}")
            for d in respond(self.study, company, self.behaviour[company.id], probe, sent_at, rng):
                delay = max(self.clock.real_time_of(d.at) - time.time(), 0)
                handle = loop.call_later(delay, self._deliver, user, d)
                self.pending.add(handle)

    def _deliver(self, user: str, d) -> None:
        now = asyncio.get_running_loop().time()
        for h in [h for h in self.pending if h.cancelled() or h.when() <= now]:  # in place: the chats add here too
            self.pending.discard(h)
        self.imap.deliver(user, d.raw, d.at, d.mailbox)
        self.mailed += 1

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
    console.print(f"sandbox: SMTP {box.smtp_ep.host}:{box.smtp_ep.port}, IMAP {box.imap_ep.host}:{box.imap_ep.port}, "
                  f"{box.chats.describe()}; {len(study.companies)} simulated companies, an hour of study time every "
                  f"{3600 / factor:g}s")
    if box.chats.tg_companies:
        console.print("[yellow]Telegram is simulated only inside `audit sandbox --demo` (at the client seam, in one "
                      "process): in separate processes its probes wait for a login[/yellow]")
    console.print("in another terminal:")
    console.print(f"  export AUDIT_CLOCK='{clock.spec()}' {PASSWORD_ENV}=sandbox {VK_TOKEN_ENV}={VK_TOKEN}")
    console.print(f"  audit run {study_path} --loop 1 --db data/sandbox.db &")
    console.print(f"  audit watch {study_path} --db data/sandbox.db")
    try:
        await asyncio.Event().wait()
    finally:
        await box.stop()


async def run_demo(study_path: Path, db: str | None, factor: float, console: Console) -> None:
    from audit.results import export_csv
    from audit.run import Runner
    from audit.secrets import Secrets
    from audit.store import Store
    from audit.views import report_table, status_table
    from audit.watch import watch
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
    console.print(f"  e-mail SMTP/IMAP, {box.chats.describe()}")
    factories = box.chats.start_telegram() if box.chats.tg_companies else {}
    channels = make_channels(study, secrets=secrets, clock=clock, **factories)
    runner = Runner(study, store, clock, secrets, channels)
    watcher = asyncio.create_task(watch(study, store, clock, channels, once=False))
    expected = sum(len(plan_wave(study, w, set(channels))) for w in wave_instances(study, clock.now()))
    try:
        await _drive(runner, box, store, study, clock, console, expected, watcher)
    finally:
        watcher.cancel()
        await asyncio.gather(watcher, return_exceptions=True)
        await box.stop()
    console.print(status_table(store, study))
    console.print(report_table(store, study, None, clock.now()))
    out = Path(db).with_suffix(".csv") if "://" not in db else Path("data/demo.csv")
    with out.open("w", newline="", encoding="utf-8") as fh:
        n = export_csv(store, study, fh, now=clock.now())
    console.print(f"{n} probes exported to {out}; database {store.url}")


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
