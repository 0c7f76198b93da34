"""Hostile mail through the real watcher (Dovecot, imaplib, ingest, understanding): a message nested 2,000 deep or
with 5,000 parts is stored once, never read as an answer, and listed for a person, with the limit it passed named;
a 40 MB message is stored cut to MAX_STORED_BYTES with its size, still matched and timed, shown cut in the review
and the export, by a watcher whose memory stays bounded."""

from __future__ import annotations

import base64
import csv
import hashlib
import logging
import os
import subprocess
import sys
from datetime import timedelta
from email.utils import format_datetime, make_msgid

import pytest

from audit.export.tables import write_tables
from audit.people import review
from audit.store.schema import SCHEMA_VERSION
from probes.base import MAX_STORED_BYTES
from probes.mail.channel import FETCH_BYTES, fetch_chunks
from tests.helpers import mime
from tests.helpers.backends import execute, rows
from tests.helpers.pipeline import Pipeline
from tests.helpers.studies import MONDAY_NOON_MSK, ROOT, write_study

pytestmark = pytest.mark.dovecot


@pytest.fixture
def pipe(tmp_path, smtp, dovecot):
    study = write_study(tmp_path, smtp_port=smtp.port, imap_port=dovecot.port)
    return Pipeline(study, tmp_path / "audit.db", MONDAY_NOON_MSK - timedelta(hours=2))


def reply(probe, body: bytes) -> bytes:
    """A threaded reply from the company whose body (its Content-Type line first) is `body`."""
    head = (f"From: Support <{probe.contact}>\r\nTo: anatoly@shopper.example\r\nSubject: Re: {probe.subject}\r\n"
            f"Date: {format_datetime(probe.sent_at)}\r\nMessage-ID: {make_msgid(domain='shop.example')}\r\n"
            f"In-Reply-To: {probe.message_id}\r\nReferences: {probe.message_id}\r\nMIME-Version: 1.0\r\n")
    return head.encode() + body


def test_a_message_nested_2000_deep_or_with_5000_parts_is_stored_once_unread_and_listed(pipe, dovecot):
    probes = pipe.send_all()
    deep, many = probes[0], probes[1]
    at = deep.sent_at + timedelta(minutes=30)
    dovecot.append("INBOX", reply(deep, mime.nested(2000)), at)
    dovecot.append("INBOX", reply(many, mime.wide(5000)), at)
    first, again = pipe.watch_once(), pipe.watch_once()
    assert first.messages == 2 and first.matched == 2 and again.messages == 0
    assert first.kinds == {"unreadable": 2}
    replies = {r.probe_id: r for r in pipe.replies()}
    assert len(pipe.replies()) == 2
    for probe, limit in ((deep, "DEPTH_LIMIT"), (many, "PARTS_LIMIT")):
        r = replies[probe.id]
        assert r.match_rule == "in-reply-to" and r.kind == "unreadable" and r.text == ""
        assert limit in r.parse_error and limit in r.kind_reasons[0]  # which limit, said where a person looks
        assert r.raw.startswith(reply(probe, b"")[:40])  # kept as received: nothing collected is lost
        timed = pipe.probes(id=probe.id)[0]
        assert timed.answer_reply_id is None and timed.answered_at is None and timed.response_seconds is None
        assert timed.first_reply_id == r.id  # a reply came: the report does not call the company silent
    with pipe.store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM score").scalar() == 0  # nothing scored automatically
    listed = review.queue(pipe.store, pipe.study)
    assert sorted(listed) == sorted(r.id for r in replies.values())


HUGE = 40 * 1024 * 1024

WATCH = """
import sys
from datetime import datetime
from pathlib import Path
from tests.helpers.pipeline import Pipeline
got = Pipeline(Path(sys.argv[1]), Path(sys.argv[2]), datetime.fromisoformat(sys.argv[3])).watch_once()
print(got.messages, got.matched)
"""
# A process's peak RSS (ru_maxrss) counts the memory of the process it was forked from, even across exec: the
# watcher is started from this small launcher, not from pytest (which holds the 40 MB message), and the launcher
# reports its child's peak.
LAUNCH = """
import resource, subprocess, sys
done = subprocess.run([sys.executable, "-c", sys.argv[1], *sys.argv[2:]], capture_output=True, text=True)
sys.stderr.write(done.stderr)
print(done.stdout.strip() if done.returncode == 0 else "failed", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def test_a_40_mb_message_is_stored_cut_with_its_size_matched_and_timed_in_bounded_memory(pipe, dovecot, tmp_path):
    probes = pipe.send_all()
    probe = probes[0]
    at = probe.sent_at + timedelta(minutes=42)
    attachment = base64.encodebytes(os.urandom(HUGE * 3 // 4)).replace(b"\n", b"\r\n")
    raw = reply(probe, b'Content-Type: multipart/mixed; boundary="att"\r\n\r\n--att\r\n'
                       b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + mime.TEXT + b"\r\n--att\r\n"
                       b"Content-Type: application/pdf; name=price.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + attachment + b"\r\n--att--\r\n")
    dovecot.append("INBOX", raw, at)
    del attachment
    # the watcher in a process of its own, so that its peak memory is its own (RSS, a memory bound: not a timing);
    # measured: 190 MB with the bound, 520 MB when the whole message was fetched, stored and parsed
    proc = subprocess.run([sys.executable, "-c", LAUNCH, WATCH, str(pipe.study_path), str(tmp_path / "audit.db"),
                           pipe.clock.now().isoformat()], capture_output=True, text=True, timeout=240, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0 and "failed" not in proc.stdout, proc.stderr[-3000:]
    messages, matched, peak_kb = (int(x) for x in proc.stdout.split())
    assert messages == matched == 1
    assert peak_kb < 400 * 1024, f"the watcher peaked at {peak_kb // 1024} MB for one {len(raw) >> 20} MB message"
    (stored,) = pipe.replies()
    assert len(stored.raw) == MAX_STORED_BYTES and raw.startswith(stored.raw)
    assert stored.raw_size == len(raw)
    assert stored.match_rule == "in-reply-to" and stored.kind == "human"
    answered = pipe.probes(id=probe.id)[0]
    assert answered.answer_reply_id == stored.id and answered.response_seconds == 42 * 60
    # the cut is shown where people read replies: the review and the tidy export
    seen = review.item(pipe.store, stored.id, pipe.study)
    assert seen.truncated and seen.raw_size == len(raw) and seen.stored == MAX_STORED_BYTES
    write_tables(pipe.store, pipe.study, tmp_path / "tables")
    with open(tmp_path / "tables" / "replies.csv", encoding="utf-8", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["truncated"] == "1" and row["raw_size"] == str(len(raw))


def test_fetches_are_cut_by_bytes_as_well_as_by_count():
    big = MAX_STORED_BYTES * 4  # counted at what is fetched of it: MAX_STORED_BYTES
    sizes = {1: 1000, 2: big, 3: big, 4: big, 5: big, 6: big, 7: big, 8: big, 9: 2000, 10: 3000}
    chunks = fetch_chunks(list(sizes), sizes, most=1000)
    assert [uid for chunk in chunks for uid in chunk] == list(sizes)  # every message, in order, once
    for chunk in chunks:
        fetched = sum(min(sizes[u], MAX_STORED_BYTES) for u in chunk)
        assert fetched <= FETCH_BYTES or len(chunk) == 1
    assert len(chunks) == 2
    assert fetch_chunks([1, 2, 3], {1: 10, 2: 10, 3: 10}, most=2) == [[1, 2], [3]]
    assert fetch_chunks([1, 2], {}, most=1000) == [[1, 2]]  # no size given: counted at the bound
    assert fetch_chunks([], {}, most=10) == []



def _stored_whole_before_the_bound(tmp_path, smtp, dovecot, db, *, and_again_cut: bool = False) -> tuple:
    """A reply over MAX_STORED_BYTES, stored as the watcher stored it before the bound, in a database of schema 4:
    whole, with the hash of its whole text as fingerprint, no raw_size (and_again_cut: its cut copy stored too, as a
    folder read afresh since the bound stored it); then the server's UIDVALIDITY changes. Returns a pipeline on a
    store opened afresh (which upgrades the database), and the reply."""
    study = write_study(tmp_path, smtp_port=smtp.port, imap_port=dovecot.port)
    pipe = Pipeline(study, db, MONDAY_NOON_MSK - timedelta(hours=2))
    probe = pipe.send_all()[0]
    raw = reply(probe, b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + mime.TEXT + b"\r\n"
                + b"x" * (MAX_STORED_BYTES + (1 << 20)) + b"\r\n")
    dovecot.append("INBOX", raw, probe.sent_at + timedelta(minutes=42))
    assert pipe.watch_once().messages == 1  # stored cut, as the watcher stores it now
    pipe.store.engine.dispose()
    whole = ("INSERT INTO reply (study_id, probe_id, channel, account, folder, uidvalidity, uid, fingerprint, "
             "received_at, seen_at, raw) SELECT study_id, probe_id, channel, account, folder, uidvalidity, uid, :fp, "
             "received_at, seen_at, :raw FROM reply" if and_again_cut else
             "UPDATE reply SET raw = :raw, fingerprint = :fp, raw_size = NULL")
    execute(db, whole, "UPDATE meta SET value = '4' WHERE key = 'schema_version'",
            "UPDATE checkpoint SET uidvalidity = uidvalidity + 1",  # the folder is read afresh
            raw=raw, fp=hashlib.sha256(raw).hexdigest())
    return Pipeline(study, db, pipe.clock.now()), raw


def test_a_reply_stored_whole_before_the_bound_is_not_stored_again_when_its_folder_is_read_afresh(tmp_path, smtp,
                                                                                                 dovecot, db):
    """Its fingerprint was the hash of all of it, the watcher's is the hash of its first MAX_STORED_BYTES: a changed
    UIDVALIDITY stored it a second time. Schema 5 gives such rows the watcher's fingerprint; their text stays whole."""
    pipe, raw = _stored_whole_before_the_bound(tmp_path, smtp, dovecot, db)
    assert rows(db, "SELECT value FROM meta WHERE key = 'schema_version'") == [(str(SCHEMA_VERSION),)]
    pipe.watch_once()
    (stored,) = pipe.replies()
    assert stored.raw == raw and stored.raw_size is None  # as it was stored: whole
    assert pipe.watch_once().messages == 0


def test_a_reply_already_stored_twice_keeps_both_copies_and_the_upgrade_names_them(tmp_path, smtp, dovecot, db,
                                                                                  caplog):
    """Read afresh between the bound and schema 5, the reply was stored again, cut: the upgrade cannot give the whole
    copy the cut copy's fingerprint (one copy per fingerprint), so it keeps both, says which, and stores no third."""
    with caplog.at_level(logging.WARNING, logger="audit"):
        pipe, raw = _stored_whole_before_the_bound(tmp_path, smtp, dovecot, db, and_again_cut=True)
    cut, whole = sorted(pipe.replies(), key=lambda r: len(r.raw))
    assert whole.raw == raw and cut.raw == raw[:MAX_STORED_BYTES]
    said = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(said) == 1 and f"[{whole.id}]" in said[0] and "stored a second time" in said[0]
    pipe.watch_once()
    assert len(pipe.replies()) == 2
