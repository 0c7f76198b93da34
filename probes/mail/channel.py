"""E-mail: the channel. Probes go out over SMTP (implicit TLS or STARTTLS, certificates checked), here; answers are
read over IMAP from INBOX and the spam folder (probes/mail/folders.py) by the mailbox watcher
(probes/mail/watching.py): new mail fetched by UID with imaplib in a worker thread (probes/mail/reading.py says
why), more waited for with aioimaplib's IDLE (probes/mail/session.py, which also stores the Sent copy's).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, formataddr
from typing import Any

from audit.errors import PermanentChannelError, SecretError, TransientChannelError
from probes.base import Batch, Channel, Checkpoints, PersonaLike, Sent
from probes.mail import SPEC, EmailAccount, Endpoint
from probes.mail.reading import SyncMailbox, quote_mailbox, tls_context
from probes.mail.session import default_imap_factory, drop, login
from probes.mail.utf7 import encode_mailbox
from probes.mail.watching import FETCH_BYTES, MailboxWatcher, fetch_chunk, fetch_chunks

# where they were before the watcher and the IMAP session had modules of their own (tests, other callers)
__all__ = ["FETCH_BYTES", "EmailChannel", "MailboxWatcher", "build_message", "default_imap_factory",
           "default_smtp_factory", "fetch_chunk", "fetch_chunks"]


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
            await login(imap, account.imap, self.secrets, f"sent copy for {account.address}")
            res = await imap.append(msg.as_bytes(), mailbox=quote_mailbox(encode_mailbox(account.imap.sent_folder)),
                                    flags=r"(\Seen)", date=at)
            await imap.logout()
            return "stored" if res.result == "OK" else f"refused: {res.lines[-1]!r}"

        try:  # aioimaplib can wait forever after an internal error: bound the whole exchange
            return await asyncio.wait_for(store(), timeout=account.imap.timeout)
        except Exception as exc:  # noqa: BLE001 - a missing Sent copy never fails a probe that was sent
            drop(imap)
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


def _smtp_login_refused(persona: PersonaLike, account: EmailAccount, exc: Any) -> SecretError:
    return SecretError(f"persona {persona.id}: the SMTP server {account.smtp.host} refused the login "
                       f"({exc.code} {exc.message})",
                       hint=f"check the username and the password in {account.smtp.password_env}")


