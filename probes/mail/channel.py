"""E-mail: probes go out over SMTP (implicit TLS or STARTTLS, certificates checked); answers are read over IMAP
from INBOX and the spam folder (probes/mail/folders.py), by UID with UIDVALIDITY checkpoints: new mail is fetched
with imaplib in a worker thread (probes/mail/reading.py says why), and the watcher waits for more with aioimaplib's
IDLE.
"""

from __future__ import annotations

import asyncio
import base64
import imaplib
import logging
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, formataddr
from typing import Any

from audit.errors import InputError, PermanentChannelError, SecretError, TransientChannelError, WatchError
from probes.base import MAX_STORED_BYTES, Batch, Channel, Checkpoints, PersonaLike, Sent
from probes.mail import SPEC, EmailAccount, Endpoint, ImapEndpoint
from probes.mail.folders import FolderPlan, Watched
from probes.mail.reading import SyncMailbox, login_refused, no_utf8_login, plain_response, quote_mailbox, tls_context
from probes.mail.utf7 import encode_mailbox

log = logging.getLogger("audit.email")
RECONNECT_MAX = 60.0


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
            await _leave(smtp)
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
        box = SyncMailbox(account.imap, password.get_secret_value() if password else "", account.address)
        box.connect()
        return box

    async def _copy_to_sent(self, account: EmailAccount, msg: EmailMessage, at: datetime) -> str:
        imap = self.imap_factory(account.imap)

        async def store() -> str:
            await _login(imap, account.imap, self.secrets, f"sent copy for {account.address}")
            res = await imap.append(msg.as_bytes(), mailbox=quote_mailbox(encode_mailbox(account.imap.sent_folder)),
                                    flags=r"(\Seen)", date=at)
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
            except asyncio.CancelledError:
                # the watcher is stopping (Ctrl-C, SIGTERM): nobody reads the queue any more, and waiting for room
                # in a full one would keep the process from ever ending
                raise
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


async def _leave(smtp: Any) -> None:
    """QUIT politely once the message is accepted or refused. A cancelled send (a run stopped by a signal) drops
    the connection instead: QUIT would first wait for the server's answer to whatever was in flight. A transaction
    dropped before the end of its DATA delivers nothing; one dropped while the server decides may have been
    delivered, which the run records as sent, unconfirmed."""
    if asyncio.current_task().cancelling():
        smtp.close()
        return
    try:
        await smtp.quit()
    except Exception:  # noqa: BLE001 - the message is already accepted or refused
        smtp.close()


def _uncertain(exc: BaseException) -> TransientChannelError:
    return TransientChannelError(f"the connection failed after the message was handed over ({exc})",
                                 code="uncertain")


async def _login(imap: Any, endpoint: ImapEndpoint, secrets: Any, needed_for: str) -> None:
    """LOGIN when user and password are ASCII (all LOGIN can carry, RFC 3501 §9: aioimaplib would send other text as
    raw UTF-8, which servers may refuse or read otherwise); else AUTHENTICATE PLAIN, whose strings are UTF-8
    (RFC 4616); a SecretError saying what to do when the server offers no PLAIN."""
    await imap.wait_hello_from_server()
    secret = secrets.get(endpoint.password_env, needed_for=needed_for)
    user, password = endpoint.username or "", secret.get_secret_value() if secret else ""
    if f"{user}{password}".isascii():
        res = await imap.login(user, password)
    elif imap.has_capability("AUTH=PLAIN"):
        res = await _authenticate_plain(imap, user, password)
    else:
        raise no_utf8_login(endpoint, needed_for)
    if res.result != "OK":
        raise login_refused(endpoint, needed_for)


def _plain_command(protocol: Any, token: str, initial: bool) -> Any:
    """AUTHENTICATE PLAIN for aioimaplib, which has no such command (its xoauth2() is the model): the initial
    response in the command where the server takes it (SASL-IR, RFC 4959), else after the server's "+"
    continuation, which aioimaplib hands to the pending command's flush()."""
    from aioimaplib import Command

    if initial:
        return Command("AUTHENTICATE", protocol.new_tag(), "PLAIN", token, loop=protocol.loop)

    class Continued(Command):
        answered = False

        def flush(self) -> None:
            if self._resp_lines and self._resp_lines[-1].startswith(b"+"):
                self._resp_lines.pop()  # the server's prompt, not part of the response
                # a second prompt means the server wants more than PLAIN gives: "*" cancels (RFC 3501 §6.2.2)
                protocol.transport.write(b"*\r\n" if self.answered else token.encode("ascii") + b"\r\n")
                self.answered = True

    return Continued("AUTHENTICATE", protocol.new_tag(), "PLAIN", loop=protocol.loop)


async def _authenticate_plain(imap: Any, user: str, password: str) -> Any:
    protocol = imap.protocol
    token = base64.b64encode(plain_response(user, password)).decode("ascii")
    async with protocol.state_condition:
        command = _plain_command(protocol, token, initial=imap.has_capability("SASL-IR"))
        res = await asyncio.wait_for(protocol.execute(command, scrub=token), imap.timeout)
        if res.result == "OK":
            protocol.state = "AUTH"
            for line in res.lines:  # the post-login capabilities (IDLE among them), as aioimaplib's login() reads
                if b"CAPABILITY" in line:
                    protocol.capabilities |= set(line.decode().replace("CAPABILITY", "").strip().split())
        protocol.state_condition.notify_all()
    return res


def _smtp_login_refused(persona: PersonaLike, account: EmailAccount, exc: Any) -> SecretError:
    return SecretError(f"persona {persona.id}: the SMTP server {account.smtp.host} refused the login "
                       f"({exc.code} {exc.message})",
                       hint=f"check the username and the password in {account.smtp.password_env}")


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
    """One persona's mailbox: catch up on every watched folder, then IDLE on the first (INBOX) or poll.

    IDLE watches one folder, so a reply filtered into spam is read at the next wake-up: a push in INBOX or
    poll_seconds at the latest. Its time is the server's receipt time all the same."""

    def __init__(self, account: EmailAccount, imap_factory: Callable, secrets: Any):
        fetch_chunk()  # a bad setting stops the watcher at its start, not in its first catch-up
        self.account = account
        self.endpoint = account.imap
        self.imap_factory = imap_factory
        self.secrets = secrets
        self.name = account.address
        self.wakeups = {"push": 0, "timeout": 0}  # how waits ended: the server's IDLE push, or poll_seconds
        self.plan: FolderPlan | None = None  # the folders watched, once connected

    async def watch(self, checkpoints: Checkpoints, once: bool) -> AsyncIterator[Batch]:
        delay = 1.0
        password = self.secrets.get(self.endpoint.password_env, needed_for=f"watching {self.name}")
        while True:
            box = SyncMailbox(self.endpoint, password.get_secret_value() if password else "", self.name)
            idler = None
            try:
                await asyncio.to_thread(box.connect)
                while True:
                    _raise_if_cancelled()
                    # listed at each wake-up: a spam folder made during a weeks-long watch is read from then on
                    self._say(await asyncio.to_thread(box.plan), once)
                    for folder in self.plan.folders:
                        async for batch in self._catch_up(box, folder, checkpoints):
                            yield batch
                    delay = 1.0
                    if once:
                        return
                    idler = idler or await self._idler()
                    await self._wait_for_news(idler, self.plan.folders[0].wire)
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

    def _say(self, plan: FolderPlan, once: bool) -> None:
        """Which folders are read, and a missing spam folder, once per account (again only if the folders change)."""
        said, self.plan = self.plan, plan
        if said is not None and said.folders == plan.folders:
            return
        how = "" if once else (f"; waiting with IDLE on {plan.folders[0].name}" if self.endpoint.idle else
                               "; polling") + f", every folder read every {self.endpoint.poll_seconds:g} s at least"
        log.info("watching %s: %s%s", self.name, plan.describe(), how)
        if plan.warning:
            log.warning("%s", plan.warning)

    async def _catch_up(self, box: SyncMailbox, watched: Watched, checkpoints: Checkpoints) -> AsyncIterator[Batch]:
        folder = watched.name  # the checkpoint's and the stored replies' name; the server gets the wire name
        uidvalidity = await asyncio.to_thread(box.select, watched.wire)
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

    async def _wait_for_news(self, imap: Any, folder: str) -> None:  # folder: its wire name
        """IDLE on the first folder until something arrives or poll_seconds pass; plain sleep without IDLE."""
        if not (self.endpoint.idle and imap.has_capability("IDLE")):
            await asyncio.sleep(self.endpoint.poll_seconds)
            self.wakeups["timeout"] += 1
            return
        if _closed(imap):
            raise ConnectionError("the IDLE connection was closed by the server")
        await asyncio.wait_for(imap.select(quote_mailbox(folder)), timeout=self.endpoint.timeout)
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
                    _raise_if_cancelled()
        finally:
            if not _closed(imap):
                imap.idle_done()
                await asyncio.wait_for(idle, timeout=5)


def _raise_if_cancelled() -> None:
    """Raise the cancellation asked of this task, if something swallowed it. asyncio.wait_for in Python 3.11 (here
    and inside aioimaplib) returns its result instead when the cancellation comes as its wait ends (fixed in 3.12):
    a watcher stopped by Ctrl-C or SIGTERM would then go on polling for ever, and its process would never end."""
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError


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
