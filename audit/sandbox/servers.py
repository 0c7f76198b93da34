"""Local mail servers for the sandbox: SMTP (aiosmtpd) and IMAP (aioimaplib's in-process test server, with the
few things a watcher needs added: INTERNALDATE, RFC822.SIZE, partial fetches, a stable UIDVALIDITY, UID ranges in
SEARCH and a \\Junk folder).
"""

from __future__ import annotations

import asyncio
import email
import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime


def _a_loop_to_import_with() -> None:
    """aioimaplib's testing server reads `asyncio.get_event_loop()` as a default argument when imported, which raises
    once an earlier `asyncio.run` in the same process has ended (a library caller, a test run): give it one."""
    import asyncio
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            asyncio.get_event_loop()
        except RuntimeError:
            asyncio.set_event_loop(asyncio.new_event_loop())


_a_loop_to_import_with()
from aioimaplib import imap_testing_server as its  # noqa: E402 - after the loop it needs

logging.getLogger("aioimaplib.imap_testing_server").setLevel(logging.WARNING)
its.log.setLevel(logging.WARNING)
its.log.handlers.clear()

UIDVALIDITY = 1_700_000_000
_PARTIAL = re.compile(rb"BODY\.PEEK\[\]<\d+\.\d+>")
# aiosmtpd logs a warning about its own use of a deprecated attribute on every AUTH
logging.getLogger("mail.log").setLevel(logging.ERROR)


class SandboxImapProtocol(its.ImapProtocol):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.uidvalidity = UIDVALIDITY  # the test server takes the connection's start time: every login a new one

    def examine(self, tag, *args):
        self.user_mailbox = args[0].strip('"')  # the test server only remembers the mailbox on SELECT
        super().examine(tag, *args)

    def search(self, tag, *args):
        words = list(args[1:] if args and args[0] == "uid" else args)  # "uid": the server's by-UID marker
        if len(words) == 2 and words[0].upper() == "UID":
            lo, _, hi = words[1].partition(":")
            msgs = self.server_state.get_mailbox_messages(self.user_login, self.user_mailbox) or []
            top = max((m.uid for m in msgs), default=0)
            hi_n = top if hi in ("*", "") else int(hi)
            uids = [str(m.uid) for m in msgs if int(lo) <= m.uid <= hi_n]
            self.send_untagged_line("SEARCH " + " ".join(uids))
            self.send_tagged_line(tag, "OK UID SEARCH completed")
            return
        super().search(tag, *args)

    def list(self, tag, *args):
        for mb in self.server_state.mailboxes.get(self.user_login, {}):
            flag = "\\Junk" if mb == "Junk" else ("\\Sent" if mb == "Sent" else "")
            self.send_untagged_line(f'LIST ({flag}) "/" {mb}')
        self.send_tagged_line(tag, "OK LIST completed.")

    def data_received(self, data):
        if self.append_literal_command is None:
            # a partial fetch (BODY.PEEK[]<0.N>, what the watcher asks), which the test server cannot parse, is
            # answered whole: a sandbox message is far smaller than N, so that is all of it, as a real server gives
            data = _PARTIAL.sub(b"BODY.PEEK[]", data)
        super().data_received(data)

    def _build_fetch_response(self, message, parts, by_uid=True):
        response = super()._build_fetch_response(message, parts, by_uid)
        if any("RFC822.SIZE" in p for p in parts):
            size = f"RFC822.SIZE {len(message.as_bytes())} ".encode()
            response = response.replace(b" FETCH (", b" FETCH (" + size, 1)  # the watcher asks UID too
        if any("INTERNALDATE" in p for p in parts):
            stamp = message.date.astimezone(UTC).strftime("%d-%b-%Y %H:%M:%S +0000")
            response = response.replace(b" FETCH (", b' FETCH (INTERNALDATE "' + stamp.encode() + b'" ', 1)
        return response


class SandboxImap:
    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.server: its.MockImapServer | None = None
        self._srv = None

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self.server = its.MockImapServer(loop=loop)
        state = self.server._server_state
        state.DEFAULT_MAILBOXES = ["INBOX", "Junk", "Sent", "Trash"]

        def protocol():
            p = SandboxImapProtocol(state, 0, self.server.capabilities, loop)
            self.server._connections.append(p)
            return p

        self._srv = await loop.create_server(protocol, self.host, self.port)

    def deliver(self, user: str, raw: bytes, received_at: datetime, mailbox: str = "INBOX") -> int:
        msg = email.message_from_bytes(raw)
        mail = its.Mail(msg, date=received_at)
        state = self.server._server_state
        if user not in state.mailboxes:
            state.mailboxes[user] = {mb: [] for mb in state.DEFAULT_MAILBOXES}
        uid = state.add_mail(user, mail, mailbox)
        for conn in list(self.server._connections):  # wake every watcher in IDLE, not only the first login
            if conn.user_login == user and conn.transport and not conn.transport.is_closing():
                conn.notify_new_mail(uid)
        return uid

    def count(self, user: str, mailbox: str = "INBOX") -> int:
        return len(self.server._server_state.mailboxes.get(user, {}).get(mailbox, []))

    async def stop(self) -> None:
        if self._srv is not None:
            self._srv.close()
            for conn in list(self.server._connections):
                if conn.transport:
                    conn.transport.close()


class _Handler:
    def __init__(self, on_message: Callable[[str, list[str], bytes], None], refuse: set[str]):
        self.on_message, self.refuse = on_message, refuse

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown in virtual mailbox table"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.on_message(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content or
                                                                           envelope.content))
        return "250 2.0.0 Ok: queued"


def _any_login(server, session, envelope, mechanism, auth_data):
    from aiosmtpd.smtp import AuthResult

    return AuthResult(success=True)


class SandboxSmtp:
    def __init__(self, host: str, port: int, on_message: Callable[[str, list[str], bytes], None],
                 refuse: set[str] | None = None):
        self.host, self.port = host, port
        self.handler = _Handler(on_message, {a.lower() for a in (refuse or set())})
        self._srv = None

    async def start(self) -> None:
        from aiosmtpd.smtp import SMTP

        loop = asyncio.get_running_loop()
        self._srv = await loop.create_server(
            lambda: SMTP(self.handler, hostname="sandbox.local", authenticator=_any_login,
                         auth_require_tls=False, loop=loop), self.host, self.port)

    async def stop(self) -> None:
        if self._srv is not None:
            self._srv.close()
