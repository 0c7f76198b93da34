"""The mailbox's aioimaplib connection, kept for what aioimaplib does well (probes/mail/reading.py says why the
catch-up uses imaplib): waiting in IDLE, and the Sent copy. Here: connecting, logging in with any password, and
dropping a connection that cannot be closed politely.
"""

from __future__ import annotations

import asyncio
import base64
from typing import Any

from probes.mail import ImapEndpoint
from probes.mail.reading import login_refused, no_utf8_login, plain_response, tls_context


def default_imap_factory(endpoint: ImapEndpoint):
    import aioimaplib

    port = endpoint.port or (993 if endpoint.security == "tls" else 143)
    if endpoint.security == "tls":
        return aioimaplib.IMAP4_SSL(host=endpoint.host, port=port, ssl_context=tls_context(endpoint),
                                    timeout=endpoint.timeout)
    return aioimaplib.IMAP4(host=endpoint.host, port=port, timeout=endpoint.timeout)


async def login(imap: Any, endpoint: ImapEndpoint, secrets: Any, needed_for: str) -> None:
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


async def guarded(imap: Any, awaitable: Any, timeout: float) -> Any:
    """The command's result, or ConnectionError as soon as the server drops the connection: aioimaplib does not fail
    a pending command when the connection is lost (a server restarting as we log in), it waits out its timeout."""
    task = asyncio.ensure_future(awaitable)
    loop = asyncio.get_running_loop()
    deadline, opened = loop.time() + timeout, False
    try:
        while True:
            done, _ = await asyncio.wait({task}, timeout=max(0.0, min(0.25, deadline - loop.time())))
            if done:
                return task.result()
            transport = getattr(getattr(imap, "protocol", None), "transport", None)
            opened = opened or transport is not None  # before the connection is made there is no transport yet
            if opened and closed(imap):
                raise ConnectionError("the IMAP server closed the connection")
            if loop.time() >= deadline:
                raise TimeoutError(f"no answer from the IMAP server in {timeout:g} s")
    finally:
        if not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)


def closed(imap: Any) -> bool:
    transport = getattr(getattr(imap, "protocol", None), "transport", None)
    return transport is None or transport.is_closing()


def drop(imap: Any) -> None:
    try:
        transport = getattr(getattr(imap, "protocol", None), "transport", None)
        if transport is not None:
            transport.close()
    except Exception:  # noqa: BLE001
        pass
