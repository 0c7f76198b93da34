"""Shared fixtures: a private Dovecot (real IMAP) and, for the mailbox layouts, Cyrus IMAP beside it; an aiosmtpd SMTP
peer; a fresh database on each backend (SQLite and the private PostgreSQL); and the environment every test starts
from. The helpers they use are in tests/helpers/.

Every server listens on 127.0.0.1 only; nothing leaves the machine.
"""

from __future__ import annotations

import os

import pytest

from tests.helpers.backends import BACKENDS
from tests.helpers.cyrus import Cyrus, LayoutUnsupported, cyrus_available
from tests.helpers.dovecot import Dovecot, dovecot_available
from tests.helpers.postgres import PostgresServer, postgres_available
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


@pytest.fixture(scope="session")
def postgres_server():
    ok, reason = postgres_available()
    if not ok:
        if os.environ.get("AUDIT_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"AUDIT_REQUIRE_POSTGRES=1 but PostgreSQL cannot be used: {reason}")
        pytest.skip(f"PostgreSQL tests skipped: {reason}")
    server = PostgresServer()
    yield server
    server.close()


@pytest.fixture
def postgres_db(postgres_server):
    """The URL of a new, empty database on the private PostgreSQL, dropped after the test."""
    url = postgres_server.create_database()
    yield url
    postgres_server.drop_database(url)


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path) -> str:
    """A new, empty database on each backend, as the store takes it: a file path (SQLite), or a URL (PostgreSQL)."""
    if request.param == "sqlite":
        return str(tmp_path / "a.db")
    return request.getfixturevalue("postgres_db")


def _need_cyrus() -> None:
    ok, reason = cyrus_available()
    if not ok:
        if os.environ.get("AUDIT_REQUIRE_CYRUS") == "1":
            pytest.fail(f"AUDIT_REQUIRE_CYRUS=1 but Cyrus cannot run: {reason}")
        pytest.skip(f"Cyrus tests skipped: {reason}")


IMAP_SERVERS = {"dovecot": (Dovecot, _need_dovecot), "cyrus": (Cyrus, _need_cyrus)}


def _servers(kind: str):
    """A factory of IMAP servers of one implementation laid out as a provider lays out its mailboxes (the keyword
    arguments of tests/helpers/dovecot.py: mailboxes, separator, password, auth_mechanisms) for
    anatoly@shopper.example; every one started is stopped after the test."""
    cls, need = IMAP_SERVERS[kind]
    started = []

    def start(**layout) -> Dovecot:
        need()
        layout.setdefault("password", "imap-secret")
        server = cls(user="anatoly@shopper.example", **layout)
        started.append(server)
        try:
            return server.start()
        except LayoutUnsupported as exc:
            pytest.skip(str(exc))

    yield start
    for server in started:
        server.cleanup()


@pytest.fixture(params=list(IMAP_SERVERS))
def mailserver(request):
    """Each layout on each IMAP server implementation: Dovecot and Cyrus (tests/helpers/cyrus.py)."""
    yield from _servers(request.param)


@pytest.fixture
def dovecot_mailserver():
    """Dovecot only: for what Cyrus here does not check (passwords: it takes any) or cannot be set up to do."""
    yield from _servers("dovecot")


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
