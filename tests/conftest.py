"""Shared fixtures: a private Dovecot (real IMAP), an aiosmtpd SMTP peer, and the environment every test starts
from. The helpers they use are in tests/helpers/.

Every server listens on 127.0.0.1 only; nothing leaves the machine.
"""

from __future__ import annotations

import os

import pytest

from tests.helpers.dovecot import Dovecot, dovecot_available
from tests.helpers.smtp import start_smtp


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
