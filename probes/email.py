"""E-mail: probes go out over SMTP (implicit TLS or STARTTLS, certificates checked); answers are read over IMAP
from INBOX and the spam folder, by UID with UIDVALIDITY checkpoints.

Performance note (see docs/domain.md §7): aioimaplib's response parser is slow and recursive on huge responses,
so new mail is fetched in chunks of `FETCH_CHUNK` UIDs, and messages are parsed headers-only with compat32.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, formataddr
from typing import Any

from audit.errors import PermanentChannelError, TransientChannelError, WatchError
from audit.study import EmailAccount, Endpoint, ImapEndpoint, Persona
from probes.base import Batch, Channel, Checkpoints, Incoming, Sent

log = logging.getLogger("audit.email")
FETCH_CHUNK = 200  # UIDs per FETCH; AUDIT_IMAP_FETCH_CHUNK overrides it for servers that want smaller ones
RECONNECT_MAX = 60.0


def tls_context(endpoint: Endpoint) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(endpoint.ca_file) if endpoint.ca_file else None)
    return ctx  # hostname and certificate checks stay on


def default_smtp_factory(endpoint: Endpoint):
    import aiosmtplib

    return aiosmtplib.SMTP(
        hostname=endpoint.host,
        port=endpoint.port or {"tls": 465, "starttls": 587, "plain": 25}[endpoint.security],
        use_tls=endpoint.security == "tls",
        start_tls=True if endpoint.security == "starttls" else False,
        tls_context=tls_context(endpoint) if endpoint.security != "plain" else None,
        timeout=endpoint.timeout,
    )


def default_imap_factory(endpoint: ImapEndpoint):
    import aioimaplib

    port = endpoint.port or (993 if endpoint.security == "tls" else 143)
    if endpoint.security == "tls":
        return aioimaplib.IMAP4_SSL(host=endpoint.host, port=port, ssl_context=tls_context(endpoint),
                                    timeout=endpoint.timeout)
    return aioimaplib.IMAP4(host=endpoint.host, port=port, timeout=endpoint.timeout)


def build_message(persona: Persona, probe: Any, now: datetime) -> EmailMessage:
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = formataddr((persona.name, persona.email.address))
    msg["To"] = probe.contact
    msg["Subject"] = probe.subject or ""
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = probe.message_id
    msg.set_content(probe.body)
    return msg


class EmailChannel(Channel):
    name = "email"

    def __init__(self, study, *, secrets, clock, smtp_factory=None, imap_factory=None, **_: Any):
        super().__init__(study, secrets=secrets, clock=clock)
        self.smtp_factory = smtp_factory or default_smtp_factory
        self.imap_factory = imap_factory or default_imap_factory

    def _account(self, persona_id: str) -> tuple[Persona, EmailAccount]:
        persona = self.study.persona(persona_id)
        if persona.email is None:
            raise PermanentChannelError(f"persona {persona_id} has no e-mail account", code="no_account")
        return persona, persona.email

    async def send(self, probe: Any, commit: Callable[[], Awaitable[None]]) -> Sent:
        import aiosmtplib

        persona, account = self._account(probe.persona)
        where = f"persona {persona.id} smtp {account.smtp.host}"
        password = self.secrets.get(account.smtp.password_env, needed_for=where)
        msg = build_message(persona, probe, self.clock.now())
        smtp = self.smtp_factory(account.smtp)
        committed = False
        try:
            await smtp.connect()
            if account.smtp.username:
                await smtp.login(account.smtp.username, password.get_secret_value() if password else "")
            await smtp.mail(account.address)
            await smtp.rcpt(probe.contact)
            await commit()  # from here on the server may accept the message
            committed = True
            await smtp.data(msg.as_bytes())
            sent_at = self.clock.now()
        except aiosmtplib.SMTPResponseException as exc:
            if committed and not isinstance(exc, aiosmtplib.SMTPDataError):
                raise _uncertain(exc) from exc
            error_cls = PermanentChannelError if 500 <= exc.code < 600 else TransientChannelError
            code = "recipient_refused" if isinstance(exc, aiosmtplib.SMTPRecipientRefused) else f"smtp_{exc.code}"
            raise error_cls(f"{where}: {exc.code} {exc.message}", code=code) from exc
        except (TimeoutError, aiosmtplib.SMTPException, OSError) as exc:
            if committed:
                raise _uncertain(exc) from exc
            raise TransientChannelError(f"{where}: {type(exc).__name__}: {exc}", code="connection") from exc
        finally:
            try:
                await smtp.quit()
            except Exception:  # noqa: BLE001 - the message is already accepted or refused
                smtp.close()
        detail: dict[str, Any] = {"smtp_host": account.smtp.host}
        if account.imap.sent_folder:
            detail["sent_copy"] = await self._copy_to_sent(account, msg, sent_at)
        return Sent(sent_at=sent_at, detail=detail)

    async def _copy_to_sent(self, account: EmailAccount, msg: EmailMessage, at: datetime) -> str:
        imap = self.imap_factory(account.imap)
        try:
            await _login(imap, account.imap, self.secrets, f"sent copy for {account.address}")
            res = await imap.append(msg.as_bytes(), mailbox=account.imap.sent_folder, flags=r"(\Seen)", date=at)
            await imap.logout()
            return "stored" if res.result == "OK" else f"refused: {res.lines[-1]!r}"
        except Exception as exc:  # noqa: BLE001 - a missing Sent copy never fails a probe that was sent
            return f"failed: {type(exc).__name__}: {exc}"

    async def watch(self, checkpoints: Checkpoints, *, once: bool) -> AsyncIterator[Batch]:
        accounts = {p.email.address: p.email for p in self.study.personas if p.email is not None}
        queue: asyncio.Queue = asyncio.Queue(maxsize=4)
        done = object()

        async def run(account: EmailAccount) -> None:
            try:
                async for batch in MailboxWatcher(account, self.imap_factory, self.secrets).watch(checkpoints, once):
                    await queue.put(batch)
            finally:
                await queue.put(done)

        tasks = [asyncio.create_task(run(a)) for a in accounts.values()]
        remaining = len(tasks)
        try:
            while remaining:
                item = await queue.get()
                if item is done:
                    remaining -= 1
                    continue
                yield item
            for t in tasks:
                t.result()  # re-raise a watcher's error
        finally:
            for t in tasks:
                t.cancel()


def _uncertain(exc: BaseException) -> TransientChannelError:
    return TransientChannelError(f"the connection failed after the message was handed over ({exc})",
                                 code="uncertain")


async def _login(imap: Any, endpoint: ImapEndpoint, secrets: Any, needed_for: str) -> None:
    await imap.wait_hello_from_server()
    password = secrets.get(endpoint.password_env, needed_for=needed_for)
    res = await imap.login(endpoint.username or "", password.get_secret_value() if password else "")
    if res.result != "OK":
        raise WatchError(f"{needed_for}: IMAP login refused for {endpoint.username} at {endpoint.host}",
                         hint=f"check the user name and the secret {endpoint.password_env}")


_FETCH_HEAD = re.compile(rb"^\d+ FETCH \(")
_UID = re.compile(rb"UID (\d+)")
_IDATE = re.compile(rb'INTERNALDATE "([^"]+)"')
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def parse_internaldate(value: bytes | str) -> datetime:
    """IMAP date-time, e.g. ' 7-Dec-2026 10:03:12 +0300' (RFC 3501), as an aware UTC datetime."""
    s = value.decode() if isinstance(value, bytes) else value
    d, rest = s.strip().split("-", 1)
    mon, rest = rest.split("-", 1)
    year, hms, zone = rest.split()
    hh, mm, ss = (int(x) for x in hms.split(":"))
    sign = -1 if zone[0] == "-" else 1
    offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])) * sign
    local = datetime(int(year), _MONTHS[mon.lower()], int(d), hh, mm, ss, tzinfo=timezone(offset))
    return local.astimezone(UTC)


def parse_fetch(lines: list, account: str, folder: str, uidvalidity: int) -> list[Incoming]:
    """Pair each `N FETCH (UID u INTERNALDATE "..." BODY[] {n}` line with the literal that follows it."""
    out: list[Incoming] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if isinstance(line, bytes) and _FETCH_HEAD.match(line) and line.endswith(b"}") and i + 1 < n:
            raw = bytes(lines[i + 1])
            meta = line + (bytes(lines[i + 2]) if i + 2 < n else b"")
            uid, idate = _UID.search(meta), _IDATE.search(meta)
            if uid and idate:
                out.append(Incoming(account, folder, uidvalidity, int(uid.group(1)),
                                    parse_internaldate(idate.group(1)), raw))
            i += 2
            continue
        i += 1
    return out


class MailboxWatcher:
    """One persona's mailbox: catch up on every watched folder, then IDLE on INBOX (or poll)."""

    def __init__(self, account: EmailAccount, imap_factory: Callable, secrets: Any):
        self.account = account
        self.endpoint = account.imap
        self.imap_factory = imap_factory
        self.secrets = secrets
        self.name = account.address

    async def watch(self, checkpoints: Checkpoints, once: bool) -> AsyncIterator[Batch]:
        delay = 1.0
        while True:
            imap = self.imap_factory(self.endpoint)
            try:
                await _login(imap, self.endpoint, self.secrets, f"watching {self.name}")
                folders = await self._folders(imap)
                while True:
                    for folder in folders:
                        async for batch in self._catch_up(imap, folder, checkpoints):
                            yield batch
                    delay = 1.0
                    if once:
                        await _quiet_logout(imap)
                        return
                    await self._wait_for_news(imap, folders[0])
            except (TimeoutError, OSError, ConnectionError) as exc:
                if once and delay > 8:
                    raise WatchError(f"watching {self.name}: the IMAP server {self.endpoint.host} is unreachable "
                                     f"({exc})", hint="check host, port and security in the study file") from exc
                log.warning("watching %s: %s; reconnecting in %.0fs", self.name, exc, delay)
            except Exception as exc:  # aioimaplib raises its own errors (Abort, CommandTimeout) on a lost server
                if type(exc).__module__.startswith("aioimaplib") is False and not isinstance(exc, RuntimeError):
                    raise
                if once and delay > 8:
                    raise WatchError(f"watching {self.name}: {type(exc).__name__}: {exc}") from exc
                log.warning("watching %s: %s; reconnecting in %.0fs", self.name, exc, delay)
            finally:
                _drop(imap)
            await asyncio.sleep(delay)
            delay = min(delay * 2, RECONNECT_MAX)

    async def _folders(self, imap: Any) -> list[str]:
        folders = list(self.endpoint.folders)
        spam = self.endpoint.spam_folder
        if spam is None:
            res = await imap.list('""', "*")
            for line in res.lines:
                text = line.decode(errors="replace") if isinstance(line, bytes | bytearray) else str(line)
                if "\\Junk" in text or "\\Spam" in text:
                    spam = text.rsplit(" ", 1)[-1].strip('"')
                    break
        if spam and spam not in folders:
            folders.append(spam)
        return folders

    async def _catch_up(self, imap: Any, folder: str, checkpoints: Checkpoints) -> AsyncIterator[Batch]:
        res = await imap.select(_quote(folder))
        if res.result != "OK":
            log.warning("watching %s: cannot open folder %s: %s", self.name, folder, res.lines[-1:])
            return
        uidvalidity = _uidvalidity(res.lines)
        saved = checkpoints.get(self.name, folder)
        # A changed UIDVALIDITY means old UIDs mean nothing: read everything again; fingerprints drop duplicates.
        last = saved[1] if saved and saved[0] == uidvalidity else 0
        found = await imap.uid_search(f"UID {last + 1}:*", charset=None)
        uids = sorted(u for u in _numbers(found.lines) if u > last)
        size = int(os.environ.get("AUDIT_IMAP_FETCH_CHUNK") or FETCH_CHUNK)
        for start in range(0, len(uids), size):
            chunk = uids[start:start + size]
            spec = f"{chunk[0]}:{chunk[-1]}"
            res = await imap.uid("fetch", spec, "(UID INTERNALDATE BODY.PEEK[])")
            if res.result != "OK":
                raise WatchError(f"watching {self.name}: FETCH {spec} in {folder} failed: {res.lines[-1:]}")
            wanted = set(chunk)
            msgs = [m for m in parse_fetch(res.lines, self.name, folder, uidvalidity) if m.uid in wanted]
            yield Batch(self.name, folder, uidvalidity, chunk[-1], msgs)
        if not uids and (saved is None or saved[0] != uidvalidity):
            yield Batch(self.name, folder, uidvalidity, last, [])

    async def _wait_for_news(self, imap: Any, folder: str) -> None:
        """IDLE on the first folder until something arrives or poll_seconds pass; plain sleep without IDLE."""
        if not (self.endpoint.idle and imap.has_capability("IDLE")):
            await asyncio.sleep(self.endpoint.poll_seconds)
            return
        await imap.select(_quote(folder))
        idle = await imap.idle_start(timeout=self.endpoint.poll_seconds)
        try:
            await imap.wait_server_push(timeout=self.endpoint.poll_seconds)
        except TimeoutError:
            pass
        finally:
            imap.idle_done()
            await asyncio.wait_for(idle, timeout=10)


def _quote(folder: str) -> str:
    return folder if re.fullmatch(r"[A-Za-z0-9_.\-/]+", folder) else '"' + folder.replace('"', '\\"') + '"'


def _uidvalidity(lines: list) -> int:
    for line in lines:
        m = re.search(rb"UIDVALIDITY (\d+)", bytes(line) if isinstance(line, bytearray) else
                      line if isinstance(line, bytes) else str(line).encode())
        if m:
            return int(m.group(1))
    return 0


def _numbers(lines: list) -> list[int]:
    """UIDs of a SEARCH response; aioimaplib strips the SEARCH keyword, the last line is the completion."""
    out: list[int] = []
    for line in lines[:-1]:
        b = bytes(line) if isinstance(line, bytes | bytearray) else str(line).encode()
        out.extend(int(x) for x in b.split() if x.isdigit())
    return out


async def _quiet_logout(imap: Any) -> None:
    try:
        await asyncio.wait_for(imap.logout(), timeout=5)
    except Exception:  # noqa: BLE001 - leaving anyway
        pass


def _drop(imap: Any) -> None:
    try:
        transport = getattr(getattr(imap, "protocol", None), "transport", None)
        if transport is not None:
            transport.close()
    except Exception:  # noqa: BLE001
        pass
