"""E-mail: probes go out over SMTP (implicit TLS or STARTTLS, certificates checked); answers are read over IMAP
from INBOX and the spam folder, by UID with UIDVALIDITY checkpoints: new mail is fetched with imaplib in a worker
thread (see SyncMailbox for why), and the watcher waits for more with aioimaplib's IDLE.
"""

from __future__ import annotations

import asyncio
import imaplib
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

from audit.errors import InputError, PermanentChannelError, SecretError, TransientChannelError, WatchError
from probes.base import MAX_STORED_BYTES, Batch, Channel, Checkpoints, Incoming, PersonaLike, Sent
from probes.mail import SPEC, EmailAccount, Endpoint, ImapEndpoint

log = logging.getLogger("audit.email")
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


def build_message(persona: PersonaLike, probe: Any, now: datetime) -> EmailMessage:
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = formataddr((persona.name, persona.email.address))
    msg["To"] = probe.contact
    msg["Subject"] = probe.subject or ""
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = probe.message_id
    msg.set_content(probe.body)
    return msg


class EmailChannel(Channel):
    name = SPEC.name

    def __init__(self, study, *, secrets, clock, smtp_factory=None, imap_factory=None, **_: Any):
        super().__init__(study, secrets=secrets, clock=clock)
        self.smtp_factory = smtp_factory or default_smtp_factory
        self.imap_factory = imap_factory or default_imap_factory
        self.watchers: dict[str, MailboxWatcher] = {}  # by address, while watching

    def _account(self, persona_id: str) -> tuple[PersonaLike, EmailAccount]:
        persona = self.study.persona(persona_id)
        if persona.email is None:
            raise PermanentChannelError(f"persona {persona_id} has no e-mail account", code="no_account")
        return persona, persona.email

    def preflight(self) -> None:
        for p in self.study.personas:
            if p.email is not None:
                self.secrets.get(p.email.smtp.password_env, needed_for=f"persona {p.id} smtp {p.email.smtp.host}")

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
        except aiosmtplib.SMTPAuthenticationError as exc:  # the account's problem: every probe would fail alike
            raise _smtp_login_refused(persona, account, exc) from exc
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

    async def check_smtp(self, persona_id: str) -> str:
        """Everything a send does before MAIL FROM, and nothing more: connect, EHLO, TLS as configured, AUTH, QUIT.
        Returns what was done; raises SecretError for a refused login, TransientChannelError when the server
        cannot be reached."""
        import aiosmtplib

        persona, account = self._account(persona_id)
        where = f"persona {persona.id} smtp {account.smtp.host}"
        password = self.secrets.get(account.smtp.password_env, needed_for=where)
        smtp = self.smtp_factory(account.smtp)
        try:
            await smtp.connect()
            if account.smtp.username:
                await smtp.login(account.smtp.username, password.get_secret_value() if password else "")
        except aiosmtplib.SMTPAuthenticationError as exc:
            raise _smtp_login_refused(persona, account, exc) from exc
        except (TimeoutError, aiosmtplib.SMTPException, OSError) as exc:
            raise TransientChannelError(f"{where}: {type(exc).__name__}: {exc}", code="connection",
                                        hint="check host, port and security in the study file") from exc
        finally:
            try:
                await smtp.quit()
            except Exception:  # noqa: BLE001 - nothing was sent
                smtp.close()
        how = {"tls": "TLS", "starttls": "STARTTLS", "plain": "no TLS (loopback)"}[account.smtp.security]
        return f"{how}, " + (f"logged in as {account.smtp.username}" if account.smtp.username else "no login")

    def mailbox(self, persona_id: str) -> SyncMailbox:
        """The persona's mailbox, logged in (the watcher's own connection): close it when done. Raises WatchError
        for a refused login, OSError or imaplib's errors when the server cannot be reached."""
        persona, account = self._account(persona_id)
        password = self.secrets.get(account.imap.password_env, needed_for=f"persona {persona.id} imap")
        box = SyncMailbox(account.imap, password.get_secret_value() if password else "")
        box.connect()
        return box

    async def _copy_to_sent(self, account: EmailAccount, msg: EmailMessage, at: datetime) -> str:
        imap = self.imap_factory(account.imap)

        async def store() -> str:
            await _login(imap, account.imap, self.secrets, f"sent copy for {account.address}")
            res = await imap.append(msg.as_bytes(), mailbox=account.imap.sent_folder, flags=r"(\Seen)", date=at)
            await imap.logout()
            return "stored" if res.result == "OK" else f"refused: {res.lines[-1]!r}"

        try:  # aioimaplib can wait forever after an internal error: bound the whole exchange
            return await asyncio.wait_for(store(), timeout=account.imap.timeout)
        except Exception as exc:  # noqa: BLE001 - a missing Sent copy never fails a probe that was sent
            _drop(imap)
            return f"failed: {type(exc).__name__}: {exc}"

    async def watch(self, checkpoints: Checkpoints, *, once: bool) -> AsyncIterator[Batch]:
        accounts = {p.email.address: p.email for p in self.study.personas if p.email is not None}
        queue: asyncio.Queue = asyncio.Queue(maxsize=4)
        done = object()

        async def run(account: EmailAccount) -> None:
            error = None
            try:
                watcher = self.watchers[account.address] = MailboxWatcher(account, self.imap_factory, self.secrets)
                async for batch in watcher.watch(checkpoints, once):
                    await queue.put(batch)
            except Exception as exc:  # noqa: BLE001 - handed to the consumer, which raises it
                error = exc
            finally:
                await queue.put((done, error))

        tasks = [asyncio.create_task(run(a)) for a in accounts.values()]
        remaining = len(tasks)
        try:
            while remaining:
                item = await queue.get()
                if isinstance(item, tuple) and item[0] is done:
                    if item[1] is not None:
                        raise item[1]  # one mailbox cannot be watched (e.g. login refused): say so now
                    remaining -= 1
                    continue
                yield item
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
        raise _login_refused(endpoint, needed_for)


def _smtp_login_refused(persona: PersonaLike, account: EmailAccount, exc: Any) -> SecretError:
    return SecretError(f"persona {persona.id}: the SMTP server {account.smtp.host} refused the login "
                       f"({exc.code} {exc.message})",
                       hint=f"check the username and the password in {account.smtp.password_env}")


def _login_refused(endpoint: ImapEndpoint, context: str) -> WatchError:
    return WatchError(f"{context}: IMAP login refused for {endpoint.username} at {endpoint.host}",
                      hint=f"check the user name and the secret {endpoint.password_env}")


_FETCH_HEAD = re.compile(rb"^\d+ FETCH \(")
_UID = re.compile(rb"UID (\d+)")
_IDATE = re.compile(rb'INTERNALDATE "([^"]+)"')
_SIZE = re.compile(rb"RFC822\.SIZE (\d+)")
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


class SyncMailbox:
    """Reading a mailbox with the standard library's imaplib, in a worker thread.

    Catch-up fetches thousands of messages at once; aioimaplib's response parser rescans the response on every
    line (quadratic) and overflows the stack on big responses, after which the command hangs (docs/architecture.md,
    measured facts, and our measurement: 10,000 messages take ~1.4 s at best with aioimaplib, 0.3 s with imaplib).
    aioimaplib is kept for what it does well: waiting in IDLE.
    """

    def __init__(self, endpoint: ImapEndpoint, password: str):
        self.endpoint, self.password = endpoint, password
        self.imap: imaplib.IMAP4 | None = None

    def connect(self) -> None:
        ep = self.endpoint
        port = ep.port or (993 if ep.security == "tls" else 143)
        if ep.security == "tls":
            imap = imaplib.IMAP4_SSL(ep.host, port, ssl_context=tls_context(ep), timeout=ep.timeout)
        else:
            imap = imaplib.IMAP4(ep.host, port, timeout=ep.timeout)
            if ep.security == "starttls":
                imap.starttls(ssl_context=tls_context(ep))
        try:
            imap.login(ep.username or "", self.password)
        except imaplib.IMAP4.error as exc:
            raise _login_refused(ep, f"watching {ep.username} ({exc})") from exc
        self.imap = imap

    def close(self) -> None:
        if self.imap is not None:
            try:
                self.imap.logout()
            except Exception:  # noqa: BLE001 - leaving anyway
                pass
            self.imap = None

    def spam_folder(self) -> str | None:
        typ, data = self.imap.list()
        for line in data or []:
            text = line.decode(errors="replace") if isinstance(line, bytes) else str(line)
            if "\\Junk" in text or "\\Spam" in text:
                return text.rsplit(" ", 1)[-1].strip('"')
        return None

    def server_time(self) -> datetime:
        """The server's clock: the INTERNALDATE it gives a message appended without a date, in a scratch folder
        created for it and deleted afterwards (the persona's own folders are never touched)."""
        folder = f"audit-clock-check-{os.getpid()}-{int(datetime.now(UTC).timestamp())}"
        typ, data = self.imap.create(folder)
        if typ != "OK":
            raise WatchError(f"{self.endpoint.username}: cannot create the scratch folder {folder}: {data!r}")
        try:
            message = b"From: audit <clock@audit.invalid>\r\nSubject: audit clock check\r\n\r\nscratch\r\n"
            typ, data = self.imap.append(folder, None, None, message)
            if typ != "OK":
                raise WatchError(f"{self.endpoint.username}: APPEND to {folder} refused: {data!r}")
            self.imap.select(folder, readonly=True)
            typ, data = self.imap.fetch("1", "(INTERNALDATE)")
            found = _IDATE.search(b" ".join(d for d in data if isinstance(d, bytes))) if typ == "OK" else None
            if found is None:
                raise WatchError(f"{self.endpoint.username}: the server gave no INTERNALDATE: {data!r}")
        finally:
            if self.imap.state == "SELECTED":
                self.imap.close()
            deleted, _ = self.imap.delete(folder)
        if deleted != "OK":
            raise WatchError(f"{self.endpoint.username}: the scratch folder {folder} could not be deleted",
                             hint="delete it in your mail client")
        return parse_internaldate(found.group(1))

    def select(self, folder: str) -> int | None:
        """UIDVALIDITY of the folder, or None when it cannot be opened."""
        typ, _ = self.imap.select(_quote(folder), readonly=True)
        if typ != "OK":
            return None
        value = self.imap.response("UIDVALIDITY")[1]
        return int(value[0]) if value and value[0] else 0

    def uids_after(self, last: int) -> list[int]:
        typ, data = self.imap.uid("SEARCH", f"UID {last + 1}:*")
        return sorted(u for u in (int(x) for x in b" ".join(d for d in data if d).split()) if u > last)

    def sizes(self, uids: list[int]) -> dict[int, int]:
        """UID -> the message's size in bytes (RFC822.SIZE), so that fetches can be cut to a bounded size."""
        typ, data = self.imap.uid("FETCH", f"{uids[0]}:{uids[-1]}", "(UID RFC822.SIZE)")
        if typ != "OK":
            raise WatchError(f"watching {self.endpoint.username}: FETCH of sizes {uids[0]}:{uids[-1]} failed: "
                             f"{data!r}")
        out = {}
        for item in data:
            line = item[0] if isinstance(item, tuple) else item
            uid, size = (_UID.search(line), _SIZE.search(line)) if isinstance(line, bytes) else (None, None)
            if uid and size:
                out[int(uid.group(1))] = int(size.group(1))
        return out

    def fetch(self, uids: list[int], account: str, folder: str, uidvalidity: int) -> list[Incoming]:
        """The messages with their server times. Of a message larger than MAX_STORED_BYTES only that much is
        fetched (a partial BODY.PEEK, RFC 3501), never the whole into memory; its size comes with it."""
        typ, data = self.imap.uid("FETCH", f"{uids[0]}:{uids[-1]}",
                                  f"(UID INTERNALDATE RFC822.SIZE BODY.PEEK[]<0.{MAX_STORED_BYTES}>)")
        if typ != "OK":
            raise WatchError(f"watching {account}: FETCH {uids[0]}:{uids[-1]} in {folder} failed: {data!r}")
        wanted, out = set(uids), []
        for i, item in enumerate(data):
            if not isinstance(item, tuple):
                continue
            # the response's items around the body: before it, and (some servers) after it on the same line
            tail = data[i + 1] if i + 1 < len(data) else None
            head = item[0] + (tail if isinstance(tail, bytes) and tail[:1] in (b")", b" ") else b"")
            uid, idate, size = _UID.search(head), _IDATE.search(head), _SIZE.search(head)
            if uid and idate and int(uid.group(1)) in wanted:
                whole = int(size.group(1)) if size else len(item[1])
                out.append(Incoming(account, folder, uidvalidity, int(uid.group(1)),
                                    parse_internaldate(idate.group(1)), item[1],
                                    size=whole if whole > len(item[1]) else None))
        return out


# messages per FETCH: bounds memory and keeps the pipeline busy; AUDIT_IMAP_FETCH_CHUNK overrides it
CATCH_UP_CHUNK = 1000
MAX_FETCH_CHUNK = 10_000
# bytes per FETCH, counting each message at what is fetched of it (MAX_STORED_BYTES at most): a chunk of large
# messages is cut shorter (one message alone when it is larger), so a catch-up holds about two of these at a time
FETCH_BYTES = 64 * 1024 * 1024


def fetch_chunks(uids: list[int], sizes: dict[int, int], most: int) -> list[list[int]]:
    """UIDs in runs to fetch at once: at most `most` messages and FETCH_BYTES (a message whose size the server did
    not give counts as MAX_STORED_BYTES)."""
    chunks: list[list[int]] = []
    run: list[int] = []
    total = 0
    for uid in uids:
        size = min(sizes.get(uid, MAX_STORED_BYTES), MAX_STORED_BYTES)
        if run and (len(run) >= most or total + size > FETCH_BYTES):
            chunks.append(run)
            run, total = [], 0
        run.append(uid)
        total += size
    return [*chunks, run] if run else chunks


def fetch_chunk() -> int:
    """Messages per FETCH: AUDIT_IMAP_FETCH_CHUNK when set, a whole number from 1 to MAX_FETCH_CHUNK (0 would fetch
    nothing for ever, a word would end the watcher in a traceback)."""
    raw = os.environ.get("AUDIT_IMAP_FETCH_CHUNK", "").strip()
    if not raw:
        return CATCH_UP_CHUNK
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_FETCH_CHUNK:
        raise InputError(f"AUDIT_IMAP_FETCH_CHUNK={raw!r} is not a number of messages from 1 to {MAX_FETCH_CHUNK}",
                         hint=f"set it to a whole number such as {CATCH_UP_CHUNK}, or unset it")
    return int(raw)


class MailboxWatcher:
    """One persona's mailbox: catch up on every watched folder, then IDLE on INBOX (or poll)."""

    def __init__(self, account: EmailAccount, imap_factory: Callable, secrets: Any):
        fetch_chunk()  # a bad setting stops the watcher at its start, not in its first catch-up
        self.account = account
        self.endpoint = account.imap
        self.imap_factory = imap_factory
        self.secrets = secrets
        self.name = account.address
        self.wakeups = {"push": 0, "timeout": 0}  # how waits ended: the server's IDLE push, or poll_seconds

    async def watch(self, checkpoints: Checkpoints, once: bool) -> AsyncIterator[Batch]:
        delay = 1.0
        password = self.secrets.get(self.endpoint.password_env, needed_for=f"watching {self.name}")
        while True:
            box = SyncMailbox(self.endpoint, password.get_secret_value() if password else "")
            idler = None
            try:
                await asyncio.to_thread(box.connect)
                folders = list(self.endpoint.folders)
                spam = self.endpoint.spam_folder or await asyncio.to_thread(box.spam_folder)
                if spam and spam not in folders:
                    folders.append(spam)
                while True:
                    for folder in folders:
                        async for batch in self._catch_up(box, folder, checkpoints):
                            yield batch
                    delay = 1.0
                    if once:
                        return
                    idler = idler or await self._idler()
                    await self._wait_for_news(idler, folders[0])
            except (TimeoutError, OSError, EOFError, imaplib.IMAP4.abort, imaplib.IMAP4.error) as exc:
                if once and delay > 8:
                    raise WatchError(f"watching {self.name}: the IMAP server {self.endpoint.host} fails "
                                     f"({type(exc).__name__}: {exc})",
                                     hint="check host, port and security in the study file") from exc
                log.warning("watching %s: %s; reconnecting in %.0fs", self.name, exc, delay)
            except Exception as exc:  # aioimaplib raises its own errors (Abort, CommandTimeout) on a lost server
                if not type(exc).__module__.startswith("aioimaplib"):
                    raise
                log.warning("watching %s: %s; reconnecting in %.0fs", self.name, exc, delay)
            finally:
                await asyncio.to_thread(box.close)
                if idler is not None:
                    _drop(idler)
            await asyncio.sleep(delay)
            delay = min(delay * 2, RECONNECT_MAX)

    async def _catch_up(self, box: SyncMailbox, folder: str, checkpoints: Checkpoints) -> AsyncIterator[Batch]:
        uidvalidity = await asyncio.to_thread(box.select, folder)
        if uidvalidity is None:
            log.warning("watching %s: cannot open folder %s", self.name, folder)
            return
        saved = checkpoints.get(self.name, folder)
        # A changed UIDVALIDITY means old UIDs mean nothing: read everything again; fingerprints drop duplicates.
        last = saved[1] if saved and saved[0] == uidvalidity else 0
        uids = await asyncio.to_thread(box.uids_after, last)
        sizes = await asyncio.to_thread(box.sizes, uids) if uids else {}
        chunks = fetch_chunks(uids, sizes, fetch_chunk())
        if not chunks:
            if saved is None or saved[0] != uidvalidity:
                yield Batch(self.name, folder, uidvalidity, last, [])
            return
        # Pipeline: the next chunk downloads while the caller stores this one.
        pending = asyncio.ensure_future(asyncio.to_thread(box.fetch, chunks[0], self.name, folder, uidvalidity))
        for i, chunk in enumerate(chunks):
            msgs = await pending
            if i + 1 < len(chunks):
                pending = asyncio.ensure_future(asyncio.to_thread(box.fetch, chunks[i + 1], self.name, folder,
                                                                  uidvalidity))
            yield Batch(self.name, folder, uidvalidity, chunk[-1], msgs)

    async def _idler(self):
        imap = self.imap_factory(self.endpoint)
        await _login(imap, self.endpoint, self.secrets, f"watching {self.name}")
        return imap

    async def _wait_for_news(self, imap: Any, folder: str) -> None:
        """IDLE on the first folder until something arrives or poll_seconds pass; plain sleep without IDLE."""
        if not (self.endpoint.idle and imap.has_capability("IDLE")):
            await asyncio.sleep(self.endpoint.poll_seconds)
            self.wakeups["timeout"] += 1
            return
        if _closed(imap):
            raise ConnectionError("the IDLE connection was closed by the server")
        await asyncio.wait_for(imap.select(_quote(folder)), timeout=self.endpoint.timeout)
        idle = await asyncio.wait_for(imap.idle_start(timeout=self.endpoint.poll_seconds + 30),
                                      timeout=self.endpoint.timeout)
        try:
            # aioimaplib does not notice a server that went away while idling: look every few seconds
            deadline = asyncio.get_running_loop().time() + self.endpoint.poll_seconds
            while True:
                left = deadline - asyncio.get_running_loop().time()
                if left <= 0:
                    self.wakeups["timeout"] += 1
                    break
                try:
                    await imap.wait_server_push(timeout=min(left, 5.0))
                    self.wakeups["push"] += 1
                    break
                except TimeoutError:
                    if _closed(imap):
                        raise ConnectionError("the server closed the connection during IDLE") from None
        finally:
            if not _closed(imap):
                imap.idle_done()
                await asyncio.wait_for(idle, timeout=5)


def _quote(folder: str) -> str:
    return folder if re.fullmatch(r"[A-Za-z0-9_.\-/]+", folder) else '"' + folder.replace('"', '\\"') + '"'


def _closed(imap: Any) -> bool:
    transport = getattr(getattr(imap, "protocol", None), "transport", None)
    return transport is None or transport.is_closing()


def _drop(imap: Any) -> None:
    try:
        transport = getattr(getattr(imap, "protocol", None), "transport", None)
        if transport is not None:
            transport.close()
    except Exception:  # noqa: BLE001
        pass
