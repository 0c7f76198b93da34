"""`audit doctor`: everything a study needs to run unattended for weeks, checked without sending anything to a
company. Each check is ok, a warning or a problem, with what to do.

The accounts are checked through the channels' own connection code (probes/<channel>/channel.py: the mail
channel's SMTP login and watcher mailbox, vk_api with the persona's token, the Telegram session), so a check that
passes here is the connection a run or a watcher makes.
"""

from __future__ import annotations

import asyncio
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal

from audit.clock import Clock
from audit.credentials import Secrets
from audit.errors import AuditError
from audit.schedule import cron
from audit.store.database import Store
from audit.store.schema import SCHEMA_VERSION, Meta
from audit.store.upgrade import UPGRADE_HINT
from audit.study.model import Study
from probes import MAILBOX, REGISTRY, channel_class, used_channels

Status = Literal["ok", "warning", "problem"]
CLOCK_TOLERANCE = timedelta(minutes=2)  # answer times are the server's, send times ours: they must agree
DISK_PROBLEM = 200 * 2**20  # bytes free beside the database: raw replies are stored whole
DISK_WARNING = 2 * 2**30


@dataclass(frozen=True)
class Check:
    status: Status
    what: str  # what was checked: "persona anatoly: SMTP login"
    detail: str  # what was found
    hint: str | None = None  # what to do, for a warning or a problem


@dataclass
class Doctor:
    """The checks of one study. `factories` are the channels' client factories (tests point them at local
    servers); `crontab` reads the user's crontab (None: no crontab program); `real_time` dates the log files."""

    study: Study
    store: Store
    clock: Clock
    secrets: Secrets
    factories: dict[str, Any] = field(default_factory=dict)
    crontab: Callable[[], str | None] | None = None
    systemd_dir: Path | None = None
    real_time: Callable[[], float] = time.time

    async def run(self) -> list[Check]:
        checks = self.secret_checks()
        for persona in self.study.personas:
            for name in persona.accounts():
                checks += await self._account_checks(persona, name)
        return checks + self.database_checks() + self.schedule_checks() + self.disk_checks()

    # -- secrets ---------------------------------------------------------------------------------------------------

    def secret_checks(self) -> list[Check]:
        out = []
        for name in self.study.secret_names():
            where = self.secrets.source(name)
            if where is None:
                out.append(Check("problem", f"secret {name}", "not set",
                                 f"put {name}=... in a .env file beside the study ({self._env_file()})"))
            elif where == "the environment":
                out.append(Check("warning", f"secret {name}", "set in this shell's environment only",
                                 f"cron and systemd start audit without it: put {name}=... in {self._env_file()}"))
            else:
                out.append(Check("ok", f"secret {name}", f"set ({where})"))
        return out

    def _env_file(self) -> Path:
        return (self.study.source or Path("study.yaml")).absolute().parent / ".env"

    # -- accounts --------------------------------------------------------------------------------------------------

    def _channel(self, name: str):
        return channel_class(name)(self.study, secrets=self.secrets, clock=self.clock, **self.factories)

    async def _account_checks(self, persona, name: str) -> list[Check]:
        who = f"persona {persona.id}"
        missing = [s for s in getattr(persona, name).secret_names() if self.secrets.source(s) is None]
        if missing:
            return [Check("warning", f"{who}: {name}", f"not checked: {', '.join(missing)} not set",
                          f"set {', '.join(missing)} (see the secret above)")]
        if name == MAILBOX:
            return await self.mail_checks(persona)
        unused = "" if name in used_channels(self.study) else " (no company of the study is written to on it)"
        probe = {"vk": ("VK token", "check_token"), "telegram": ("Telegram session", "check_session")}.get(name)
        if probe is None or not REGISTRY[name].automated:
            return []
        label, method = probe
        return [await self._attempt(f"{who}: {label}{unused}",
                                    lambda: getattr(self._channel(name), method)(persona.id))]

    async def _attempt(self, what: str, call: Callable) -> Check:
        try:
            return Check("ok", what, self.secrets.mask(await call()))
        except AuditError as exc:
            return Check("problem", what, self.secrets.mask(exc.message), exc.hint)
        except Exception as exc:  # noqa: BLE001 - a library's own error on a bad host or a broken server
            return Check("problem", what, self.secrets.mask(f"{type(exc).__name__}: {exc}"),
                         "check host, port and security in the study file")

    async def mail_checks(self, persona) -> list[Check]:
        who, imap = f"persona {persona.id}", persona.email.imap
        channel = self._channel(MAILBOX)
        checks = [await self._attempt(f"{who}: SMTP login at {persona.email.smtp.host}",
                                      lambda: channel.check_smtp(persona.id))]
        what = f"{who}: IMAP login at {imap.host}"
        try:
            box = await asyncio.to_thread(channel.mailbox, persona.id)
        except Exception as exc:  # noqa: BLE001 - reported as the check's problem
            hint = getattr(exc, "hint", None) or "check host, port and security in the study file"
            return checks + [Check("problem", what, self.secrets.mask(getattr(exc, "message", None) or
                                                                      f"{type(exc).__name__}: {exc}"), hint)]
        checks.append(Check("ok", what, f"logged in as {imap.username}"))
        try:
            checks += await asyncio.to_thread(self._folders, box, who)
            checks.append(await asyncio.to_thread(self._clock, box, who))
        finally:
            await asyncio.to_thread(box.close)
        return checks

    def _folders(self, box, who: str) -> list[Check]:
        """The folders the watcher reads, chosen by the watcher's own code (its spam folder by flag or name)."""
        imap = box.endpoint
        try:
            plan = box.plan()
        except AuditError as exc:  # a folder the study names is not on the server
            out = [Check("problem", f"{who}: watched folders", exc.message, exc.hint)]
        else:
            out = [Check("ok", f"{who}: watched folders", plan.describe())]
            if plan.warning:
                out.append(Check("warning", f"{who}: spam folder", plan.warning,
                                 "set imap.spam_folder in the study file, or answers filtered as spam are missed"))
        if imap.sent_folder is None:
            out.append(Check("ok", f"{who}: Sent folder", "none set: no copy of the probes is kept in the mailbox"))
        elif not box.has_folder(imap.sent_folder):
            out.append(Check("problem", f"{who}: Sent folder {imap.sent_folder}", "does not exist",
                             "create it in the mailbox, or fix imap.sent_folder in the study file"))
        else:
            out.append(Check("ok", f"{who}: Sent folder", f"{imap.sent_folder} exists"))
        return out

    def _clock(self, box, who: str) -> Check:
        what = f"{who}: clock against the IMAP server {box.endpoint.host}"
        try:
            server = box.server_time()
        except Exception as exc:  # noqa: BLE001 - the server may refuse a scratch folder: then say so
            return Check("warning", what, f"not measured: {getattr(exc, 'message', None) or exc}",
                         "check the time yourself: `date -u` against a time server")
        ours = self.clock.now()
        lag = ours - server
        detail = f"ours {ours:%Y-%m-%d %H:%M:%S}Z, the server's {server:%Y-%m-%d %H:%M:%S}Z"
        if abs(lag) > CLOCK_TOLERANCE:
            return Check("problem", what, f"{detail}: {_span(abs(lag))} apart",
                         "set the clock (timedatectl set-ntp true), or unset AUDIT_CLOCK: send times are ours, "
                         "answer times the server's")
        return Check("ok", what, f"within {_span(CLOCK_TOLERANCE)} ({detail})")

    # -- database, schedule, disk ----------------------------------------------------------------------------------

    def database_checks(self) -> list[Check]:
        what = f"database {self.store.url}"
        key = f"doctor:{self.study.id}"
        try:
            with self.store.session() as s:
                s.merge(Meta(key=key, value=self.clock.now().isoformat()))
                s.commit()
                s.delete(s.get(Meta, key))
                s.commit()
            version = self.store.schema_version()
        except Exception as exc:  # noqa: BLE001 - a read-only file, a full disk, a lost server
            return [Check("problem", what, f"cannot be written: {type(exc).__name__}: {exc}",
                          "check the file's and its folder's permissions, or pass another with --db")]
        if version != SCHEMA_VERSION:
            return [Check("problem", what, f"schema version {version}, this audit writes {SCHEMA_VERSION}",
                          UPGRADE_HINT)]
        return [Check("ok", what, f"writable, schema version {version}")]

    def schedule_checks(self) -> list[Check]:
        text = self.crontab() if self.crontab else _crontab_or_none()
        found = cron.find_installed(self.study.id, text, self.systemd_dir)
        where = self.study.source or "STUDY"
        if found is None:
            return [Check("problem", "schedule", f"no crontab block and no systemd units for study {self.study.id}",
                          f"audit cron {where} --install (or --systemd --install)")]
        what = f"schedule ({found.kind}, every {found.every or '?'} min)"
        log = found.logs.get("run")
        if log is None or not log.is_file():
            return [Check("warning", what, f"installed; `audit run` has not written its log yet ({log})",
                          "wait a few minutes; if the log does not appear, check that cron runs")]
        age = self.real_time() - log.stat().st_mtime
        due = (found.every or 5) * 60
        if age > 3 * due + 60:
            return [Check("problem", what, f"`audit run` last wrote {log} {_span(timedelta(seconds=age))} ago",
                          "check that cron (or the timer) runs: systemctl status cron, and read the log")]
        last = _last_error(log)
        if last:
            return [Check("warning", what, f"ran {_span(timedelta(seconds=age))} ago, but its log says: {last}",
                          f"read {log}")]
        return [Check("ok", what, f"`audit run` ran {_span(timedelta(seconds=age))} ago ({log})")]

    def disk_checks(self) -> list[Check]:
        url = self.store.engine.url
        if url.get_backend_name() != "sqlite" or not url.database:
            return [Check("ok", "disk", "the database is a server's: its disk is checked there")]
        folder = Path(url.database).absolute().parent
        free = shutil.disk_usage(folder).free
        detail = f"{free / 2**30:.1f} GiB free in {folder}"
        if free < DISK_PROBLEM:
            return [Check("problem", "disk", detail, "free some space: every reply is stored whole")]
        if free < DISK_WARNING:
            return [Check("warning", "disk", detail, "a study of weeks stores every reply whole: free some space")]
        return [Check("ok", "disk", detail)]


def _crontab_or_none() -> str | None:
    try:
        return cron.read_crontab()
    except AuditError:
        return None  # no crontab program: the systemd units are looked for instead


def _last_error(log: Path) -> str | None:
    """The last line of the log's tail that reports an error, if any."""
    with log.open("rb") as fh:
        fh.seek(max(0, log.stat().st_size - 4096))
        tail = fh.read().decode("utf-8", "replace").splitlines()[-5:]
    errors = [line for line in tail if line.startswith("error:") or "Traceback" in line]
    return errors[-1].strip() if errors else None


def _span(delta: timedelta) -> str:
    s = int(delta.total_seconds())
    if s < 120:
        return f"{s} s"
    if s < 7200:
        return f"{s // 60} min"
    return f"{s // 3600} h" if s < 172800 else f"{s // 86400} days"


def has_problem(checks: list[Check]) -> bool:
    return any(c.status == "problem" for c in checks)

