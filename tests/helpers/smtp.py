"""A local SMTP peer (aiosmtpd) on 127.0.0.1 that records what it is sent, and can refuse, defer, demand a
password, hold a transaction at a command until the test releases it, or take its time over each command (so a
signal sent to a client lands mid-send); it counts the commands it was given, for a test to wait on; and a free
port for the servers the tests start."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class SmtpPeer:
    port: int
    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    busy: set[str] = field(default_factory=set)  # answered 451: try again later
    controller: object | None = None
    hold: str | None = None  # "RCPT" or "DATA": the first such command waits for `release` before it is answered
    held: threading.Event = field(default_factory=threading.Event)  # set when a command is being held
    release: threading.Event = field(default_factory=threading.Event)
    # seconds the peer takes over a command: "RCPT" before answering it; "DATA" before taking the message (a client
    # gone meanwhile: the message is dropped), "QUEUED" after taking it, before saying so (a client gone meanwhile
    # never learns it was taken)
    delay: Callable[[str], float] | None = None
    seen: Counter = field(default_factory=Counter)  # commands received so far, by name
    changed: threading.Condition = field(default_factory=threading.Condition)  # notified at each command

    def saw(self, command: str) -> None:
        with self.changed:
            self.seen[command] += 1
            self.changed.notify_all()

    def wait_seen(self, command: str, count: int, timeout: float) -> bool:
        """Until `count` `command`s in all were received, or `timeout` seconds; whether they were."""
        with self.changed:
            return self.changed.wait_for(lambda: self.seen[command] >= count, timeout)

    def stop(self) -> None:
        self.release.set()  # a held command would keep the server's thread from stopping
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


class _Handler:
    def __init__(self, peer: SmtpPeer):
        self.peer = peer

    async def _held(self, command: str) -> None:
        """Hold the first `command` the peer was told to hold (RCPT: before the client may commit; DATA: the whole
        message received, its acceptance not yet answered) until the test releases it."""
        if self.peer.hold == command and not self.peer.held.is_set():
            self.peer.held.set()
            await asyncio.get_running_loop().run_in_executor(None, self.peer.release.wait)

    async def _slow(self, command: str) -> None:
        if self.peer.delay is not None:
            await asyncio.sleep(self.peer.delay(command))

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.peer.saw("RCPT")
        await self._held("RCPT")
        await self._slow("RCPT")
        if address.lower() in self.peer.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        if address.lower() in self.peer.busy:
            return f"451 4.3.0 <{address}>: Temporary lookup failure, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.peer.saw("DATA")
        await self._held("DATA")
        await self._slow("DATA")
        self.peer.messages.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content)))
        await self._slow("QUEUED")
        return "250 2.0.0 Ok: queued"


def start_smtp(port: int | None = None, tls_context=None, require_starttls: bool = False,
               implicit_tls: bool = False, password: str | None = None) -> SmtpPeer:
    """A local SMTP peer; any login is accepted unless `password` is given."""
    import logging

    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    def check(server, session, envelope, mechanism, auth_data):
        given = getattr(auth_data, "password", b"") or b""
        ok = password is None or given.decode() == password
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself

    logging.getLogger("mail.log").setLevel(logging.ERROR)
    peer = SmtpPeer(port or free_port())
    kwargs = dict(hostname="127.0.0.1", port=peer.port, authenticator=check, auth_require_tls=False)
    if implicit_tls:
        kwargs["ssl_context"] = tls_context
    elif tls_context is not None:
        kwargs.update(tls_context=tls_context, require_starttls=require_starttls)
    controller = Controller(_Handler(peer), server_hostname="localhost", **kwargs)
    controller.start()
    peer.controller = controller
    return peer
