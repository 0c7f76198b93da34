"""The private Cyrus IMAP harness (tests/helpers/cyrus.py): it lays mailboxes out as asked, keeps them across a
restart, and rewrites raw 8-bit header bytes as X (the fact audit.collect.matching's X rule is built on).

Skipped when Cyrus is not unpacked here (tests/setup-cyrus.sh), unless AUDIT_REQUIRE_CYRUS=1 (then it fails).
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime

import pytest

from tests.helpers.cyrus import Cyrus, cyrus_available, mutf7

pytestmark = pytest.mark.dovecot


@pytest.fixture
def cyrus_ok() -> None:
    ok, reason = cyrus_available()
    if not ok:
        if os.environ.get("AUDIT_REQUIRE_CYRUS") == "1":
            pytest.fail(f"AUDIT_REQUIRE_CYRUS=1 but Cyrus cannot run: {reason}")
        pytest.skip(reason)


def test_modified_utf7_as_rfc_3501_spells_it():
    assert mutf7("Спам") == "&BCEEPwQwBDw-"
    assert mutf7("Отправленные") == "&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-"  # "," where base64 has "/"
    assert mutf7("Junk & Spam") == "Junk &- Spam"


def test_a_layout_its_flags_a_restart_and_8bit_headers_rewritten(cyrus_ok):
    boxes = {"Junk Email": "\\Junk", "Спам": None, "[Gmail]/Sent Mail": None}
    with Cyrus(user="anatoly@shopper.example", password="x", mailboxes=boxes) as server:
        with server.connect() as imap:
            listed = b"\n".join(imap.list()[1])
        assert b'(\\HasNoChildren \\Junk) "/" "Junk Email"' in listed
        assert b'"/" &BCEEPwQwBDw-' in listed and b'"/" "[Gmail]/Sent Mail"' in listed
        raw = "From: a@shop.example\r\nSubject: Re: Самовывоз\r\n\r\nЗдравствуйте\r\n".encode()
        server.append("INBOX", raw, datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
        server.restart()
        with server.connect() as imap:
            imap.select("INBOX", readonly=True)
            _, data = imap.fetch("1", "(INTERNALDATE BODY.PEEK[])")
        head, stored = data[0]
        assert b'" 2-Jan-2026 03:04:05 +0000"' in head
        subject = re.search(rb"Subject: (.*)\r\n", stored).group(1)
        assert subject == b"Re: " + b"X" * len("Самовывоз".encode())  # a byte, an X
        assert stored.endswith("Здравствуйте\r\n".encode())  # the body keeps its bytes
