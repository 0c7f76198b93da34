"""End-to-end check of the private Dovecot harness (tests/dovecot.py).

Skipped when Dovecot cannot run here, unless AUDIT_REQUIRE_DOVECOT=1 (then it fails).
"""

from __future__ import annotations

import imaplib
import os
import re
from datetime import UTC, datetime, timedelta

import pytest

from tests.helpers.dovecot import Dovecot, dovecot_available


def _require_dovecot() -> None:
    ok, reason = dovecot_available()
    if ok:
        return
    if os.environ.get("AUDIT_REQUIRE_DOVECOT") == "1":
        pytest.fail(f"AUDIT_REQUIRE_DOVECOT=1 but Dovecot unavailable: {reason}")
    pytest.skip(reason)


def _msg(i: int) -> bytes:
    return (
        f"From: shopper{i}@example.com\r\n"
        f"To: audit@example.com\r\n"
        f"Subject: Visit report {i}\r\n"
        f"Message-ID: <visit-{i}@example.com>\r\n"
        f"\r\n"
        f"Body of report {i}.\r\n"
    ).encode()


def _fetch_all(imap: imaplib.IMAP4, mailbox: str = "INBOX"):
    typ, _ = imap.select(mailbox, readonly=True)
    assert typ == "OK"
    typ, data = imap.uid("FETCH", "1:*", "(UID INTERNALDATE BODY.PEEK[])")
    assert typ == "OK"
    out = {}
    for item in data:
        if not isinstance(item, tuple):
            continue
        meta, body = item
        uid = int(re.search(rb"UID (\d+)", meta).group(1))
        date = re.search(rb'INTERNALDATE "([^"]+)"', meta).group(1).decode()
        out[uid] = (datetime.strptime(date, "%d-%b-%Y %H:%M:%S %z"), body)
    return out


def _uidvalidity(imap: imaplib.IMAP4, mailbox: str = "INBOX") -> int:
    typ, data = imap.status(mailbox, "(UIDVALIDITY)")
    assert typ == "OK"
    return int(re.search(rb"UIDVALIDITY (\d+)", data[0]).group(1))


def _group_alive(pgid: int) -> list[int]:
    alive = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = open(f"/proc/{entry}/stat").read()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if fields[0] != "Z" and int(fields[2]) == pgid:
                alive.append(int(entry))
    return alive


def test_dovecot_harness_roundtrip():
    _require_dovecot()
    base = datetime(2024, 3, 10, 9, 30, 0, tzinfo=UTC)
    dates = [base, base + timedelta(days=1, hours=2), base - timedelta(days=40, minutes=7)]

    with Dovecot() as dc:
        assert dc.host == "127.0.0.1" and dc.port > 1024
        for i, when in enumerate(dates):
            dc.append("INBOX", _msg(i), when)
        dc.append("Junk", _msg(99), base)

        imap = dc.connect()
        try:
            typ, boxes = imap.list()
            names = b"\n".join(boxes)
            assert b"\\Junk" in names and b"Junk" in names and b"INBOX" in names
            got = _fetch_all(imap)
            assert sorted(got) == [1, 2, 3]
            for uid, when in zip((1, 2, 3), dates, strict=True):
                assert got[uid][0] == when
                assert f"<visit-{uid - 1}@example.com>".encode() in got[uid][1]
            assert len(_fetch_all(imap, "Junk")) == 1
            validity = _uidvalidity(imap)
        finally:
            imap.logout()

        old_pid, old_port = dc.pid, dc.port
        imap = dc.connect()  # left open across restart on purpose: must not leak
        dc.restart()
        assert dc.port == old_port and dc.pid != old_pid
        assert _group_alive(old_pid) == []
        with pytest.raises((imaplib.IMAP4.abort, OSError)):
            imap.noop()

        imap = dc.connect()
        try:
            assert _uidvalidity(imap) == validity
            got2 = _fetch_all(imap)
            assert {u: d for u, (d, _) in got2.items()} == {u: d for u, (d, _) in got.items()}
        finally:
            imap.logout()

        # bulk path: UIDs continue, dates preserved
        n = dc.bulk_append((_msg(10 + i), base + timedelta(minutes=i)) for i in range(25))
        assert n == 25
        imap = dc.connect()
        try:
            got3 = _fetch_all(imap)
            assert sorted(got3) == list(range(1, 29))
            assert got3[28][0] == base + timedelta(minutes=24)
            assert b"<visit-34@example.com>" in got3[28][1]
        finally:
            imap.logout()
        last_pid = dc.pid

    assert not dc.running
    assert _group_alive(last_pid) == []
