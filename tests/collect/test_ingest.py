"""Storing answers: the probe index follows the runs, and the same message is never stored twice."""

from __future__ import annotations

from datetime import timedelta

from audit.collect.ingest import Ingest
from audit.collect.understanding import Understander
from probes.base import MAX_STORED_BYTES, Batch, Incoming
from tests.helpers.pipeline import Pipeline
from tests.helpers.smtp import start_smtp
from tests.helpers.studies import LATE, write_study

ACCOUNT = "anatoly@shopper.example"


def _msg(uid: int, raw: bytes, at) -> Incoming:
    return Incoming(ACCOUNT, "INBOX", 7, uid, at, raw)


def test_an_answer_to_a_probe_created_after_the_index_was_built_is_matched(tmp_path):
    peer = start_smtp()
    try:
        pipe = Pipeline(write_study(tmp_path, smtp_port=peer.port, imap_port=1), tmp_path / "a.db", LATE)
        ingest = Ingest(pipe.study, pipe.store, pipe.clock)
        ingest.add(Batch(ACCOUNT, "INBOX", 7, 1, [_msg(1, b"From: x@y.example\r\nSubject: hi\r\n\r\n.", LATE)]))
        assert len(ingest.matcher()) == 0  # the watcher started before any probe existed
        pipe.run()  # a run creates and sends probes; the watcher's index is now stale for a few seconds
    finally:
        peer.stop()
    probe = pipe.probes(status="sent")[0]
    raw = f"From: s@x.example\r\nSubject: Re: q\r\nIn-Reply-To: {probe.message_id}\r\n\r\nok".encode()
    rows = ingest.add(Batch(ACCOUNT, "INBOX", 7, 2, [_msg(2, raw, probe.sent_at + timedelta(minutes=9))]))
    assert rows[0]["probe_id"] == probe.id and rows[0]["match_rule"] == "in-reply-to"
    assert pipe.probes(id=probe.id)[0].first_reply_id is not None
    assert pipe.probes(id=probe.id)[0].response_seconds is None  # an answer only once understood
    Understander(pipe.study, pipe.store, pipe.clock).run()
    assert pipe.probes(id=probe.id)[0].response_seconds == 540


def test_the_same_message_from_two_folders_or_two_reads_is_stored_once(tmp_path):
    pipe = Pipeline(write_study(tmp_path, smtp_port=1, imap_port=1), tmp_path / "a.db", LATE)
    ingest = Ingest(pipe.study, pipe.store, pipe.clock)
    raw = b"From: x@y.example\r\nSubject: once\r\n\r\nbody"
    first = ingest.add(Batch(ACCOUNT, "INBOX", 7, 1, [_msg(1, raw, LATE), _msg(2, raw, LATE)]))
    again = ingest.add(Batch(ACCOUNT, "Junk", 9, 1, [Incoming(ACCOUNT, "Junk", 9, 1, LATE, raw)]))
    assert len(first) == 1 and again == []
    assert [r.subject for r in pipe.replies()] == ["once"]


def test_a_message_that_cannot_be_read_is_kept_with_its_error_not_fatal(tmp_path):
    pipe = Pipeline(write_study(tmp_path, smtp_port=1, imap_port=1), tmp_path / "a.db", LATE)
    ingest = Ingest(pipe.study, pipe.store, pipe.clock)
    junk = b"\xff\xfe\x00garbage without headers \x00\x01" * 100
    rows = ingest.add(Batch(ACCOUNT, "INBOX", 7, 1, [_msg(1, junk, LATE)]))
    assert len(rows) == 1 and rows[0]["probe_id"] is None
    assert pipe.replies()[0].raw == junk  # the audit trail keeps the bytes as received


def test_a_message_larger_than_the_bound_is_stored_cut_with_its_size_and_still_once(tmp_path):
    """A channel that hands over a whole large message (a chat's, or a server that ignores partial fetches): ingest
    keeps its first MAX_STORED_BYTES and its size; read again, it is the same message."""
    pipe = Pipeline(write_study(tmp_path, smtp_port=1, imap_port=1), tmp_path / "a.db", LATE)
    ingest = Ingest(pipe.study, pipe.store, pipe.clock)
    raw = b"From: x@y.example\r\nSubject: big\r\n\r\n" + b"words " * (MAX_STORED_BYTES // 5)
    assert len(raw) > MAX_STORED_BYTES
    first = ingest.add(Batch(ACCOUNT, "INBOX", 7, 1, [_msg(1, raw, LATE)]))
    again = ingest.add(Batch(ACCOUNT, "INBOX", 7, 2, [_msg(2, raw, LATE)]))
    assert len(first) == 1 and again == []
    (stored,) = pipe.replies()
    assert stored.raw == raw[:MAX_STORED_BYTES] and stored.raw_size == len(raw) and stored.subject == "big"
