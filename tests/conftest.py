"""Shared fixtures: a private Dovecot (real IMAP), an aiosmtpd SMTP peer, and study files written per test.

Every server listens on 127.0.0.1 only; nothing leaves the machine.
"""

from __future__ import annotations

import os
import socket
import sys
import textwrap
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from dovecot import Dovecot, dovecot_available  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# Monday 2025-12-08 12:00 in Moscow. In the past on purpose: Dovecot replaces an APPEND date in the future
# with its own clock, and the tests set INTERNALDATEs.
MONDAY_NOON_MSK = datetime(2025, 12, 8, 9, 0, tzinfo=UTC)
# 16:30 in Moscow, 14:30 in Kaliningrad, 17:30 in Samara: Moscow and Kaliningrad companies are due, Samara's not
LATE = MONDAY_NOON_MSK + timedelta(hours=4, minutes=30)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def dovecot():
    ok, reason = dovecot_available()
    if not ok:
        if os.environ.get("AUDIT_REQUIRE_DOVECOT") == "1":
            pytest.fail(f"AUDIT_REQUIRE_DOVECOT=1 but Dovecot cannot run: {reason}")
        pytest.skip(f"Dovecot tests skipped: {reason}")
    server = Dovecot(user="anatoly@shopper.example", password="imap-secret")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@dataclass
class SmtpPeer:
    port: int
    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    busy: set[str] = field(default_factory=set)  # answered 451: try again later
    controller: object | None = None

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


class _Handler:
    def __init__(self, peer: SmtpPeer):
        self.peer = peer

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.peer.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        if address.lower() in self.peer.busy:
            return f"451 4.3.0 <{address}>: Temporary lookup failure, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.peer.messages.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content)))
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


@pytest.fixture
def smtp():
    peer = start_smtp()
    yield peer
    peer.stop()


COMPANIES = [
    # id, segment, time zone, e-mail
    ("shop-msk", "shops", "Europe/Moscow", "info@shop-msk.example"),
    ("shop-kgd", "shops", "Europe/Kaliningrad", "zakaz@shop-kgd.example"),
    ("svc-msk", "services", "Europe/Moscow", "sales@svc-msk.example"),
    ("svc-sam", "services", "Europe/Samara", "hello@svc-sam.example"),
]


def write_study(tmp_path: Path, *, smtp_port: int, imap_port: int, companies=COMPANIES, extra: str = "",
                smtp_security: str = "plain", smtp_host: str = "127.0.0.1", ca_file: str | None = None,
                rate: int = 60, imap_extra: str = "poll_seconds: 0.5") -> Path:
    rows = "\n".join(f"  - {{id: {cid}, name: {cid}, segment: {seg}, timezone: {tz}, contacts: {{email: {mail}}}}}"
                     for cid, seg, tz, mail in companies)
    ca = f", ca_file: {ca_file}" if ca_file else ""
    text = textwrap.dedent(f"""\
        id: itest
        title: Integration test study
        timezone: Europe/Moscow
        rate_limits: {{email: {rate}}}
        waves:
          - {{name: w1, start: 2025-12-08}}
        personas:
          - id: anatoly
            name: Анатолий
            email:
              address: anatoly@shopper.example
              smtp: {{host: {smtp_host}, port: {smtp_port}, security: {smtp_security}, username: anatoly,
                      password_env: TEST_SMTP_PASSWORD{ca}}}
              imap: {{host: 127.0.0.1, port: {imap_port}, security: plain, username: anatoly@shopper.example,
                      password_env: TEST_IMAP_PASSWORD, {imap_extra}}}
        scripts:
          - {{segment: shops, channels: [email], subject: "Самовывоз сегодня",
             body: "До скольки работает пункт самовывоза?"}}
          - {{segment: services, channels: [email], subject: "Тарифы и договор", body: "Какие у вас тарифы?"}}
        """) + extra + "companies:\n" + rows + "\n"
    path = tmp_path / "study.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _secrets(monkeypatch, tmp_path):
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "smtp-secret")
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "imap-secret")
    monkeypatch.delenv("AUDIT_CLOCK", raising=False)
    monkeypatch.delenv("AUDIT_DB", raising=False)
    monkeypatch.delenv("AUDIT_TEST_FAULT", raising=False)
