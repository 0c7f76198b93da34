"""Shared fixtures: a private Dovecot (real IMAP), an aiosmtpd SMTP peer, and the environment every test starts
from. The helpers they use are in tests/helpers/.

Every server listens on 127.0.0.1 only; nothing leaves the machine.
"""

from __future__ import annotations

import os

import pytest

from tests.helpers.dovecot import Dovecot, dovecot_available
from tests.helpers.smtp import start_smtp


def _need_dovecot() -> None:
    ok, reason = dovecot_available()
    if not ok:
        if os.environ.get("AUDIT_REQUIRE_DOVECOT") == "1":
            pytest.fail(f"AUDIT_REQUIRE_DOVECOT=1 but Dovecot cannot run: {reason}")
        pytest.skip(f"Dovecot tests skipped: {reason}")


@pytest.fixture
def dovecot():
    _need_dovecot()
    server = Dovecot(user="anatoly@shopper.example", password="imap-secret")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def mailserver():
    """Start a Dovecot laid out as a provider lays out its mailboxes (Dovecot's keyword arguments: mailboxes,
    separator, password, auth_mechanisms) for anatoly@shopper.example; every one started is stopped after the test."""
    started = []

    def start(**layout) -> Dovecot:
        _need_dovecot()
        layout.setdefault("password", "imap-secret")
        server = Dovecot(user="anatoly@shopper.example", **layout)
        started.append(server)
        return server.start()

    yield start
    for server in started:
        server.cleanup()


@pytest.fixture
def smtp():
    peer = start_smtp()
    yield peer
    peer.stop()


@pytest.fixture(autouse=True)
def _secrets(monkeypatch, tmp_path):
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "smtp-secret")
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "imap-secret")
    monkeypatch.delenv("AUDIT_CLOCK", raising=False)
    monkeypatch.delenv("AUDIT_DB", raising=False)
    monkeypatch.delenv("AUDIT_TEST_FAULT", raising=False)
