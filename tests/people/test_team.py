"""A team on one PostgreSQL database: raters scoring at once. Under PostgreSQL's READ COMMITTED, a score written
as delete-then-insert lets two writers of the same (reply, rater) both find no row, and the second fails on the
one-score key; an upsert settles it in one statement. The two writers are interleaved at that exact point: the
second starts while the first's transaction is open, and the first commits only once the second waits on it."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from audit.people.review import record_score
from tests.helpers.backends import rows
from tests.helpers.pipeline import Pipeline, sent_wave, store_replies


def _a_reply(tmp_path, db) -> tuple[Pipeline, int]:
    pipe = sent_wave(tmp_path, db)
    p = pipe.probes(status="sent")[0]
    raw = f"From: s@{p.contact.split('@')[1]}\r\nIn-Reply-To: {p.message_id}\r\n\r\nok\r\n".encode()
    store_replies(pipe, [(p.sent_at + timedelta(minutes=5), raw)], understand=False)
    return pipe, pipe.replies()[0].id


def test_one_rater_scoring_the_same_reply_twice_at_once_keeps_one_score(tmp_path, postgres_db):
    pipe, reply_id = _a_reply(tmp_path, postgres_db)
    probe_id = pipe.replies()[0].probe_id
    engine = create_engine(postgres_db, poolclass=NullPool)
    first = engine.connect()
    first_tx = first.begin()  # the first window's score, written but not yet committed
    first.execute(text("INSERT INTO score (probe_id, reply_id, rater, score, reasons, created_at) VALUES "
                       "(:p, :r, 'anna', 2, '[]', now())"), {"p": probe_id, "r": reply_id})
    failed: list[BaseException] = []

    def second() -> None:
        try:
            record_score(pipe.store, reply_id, "anna", 4, pipe.clock)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            failed.append(exc)

    writer = threading.Thread(target=second)
    writer.start()
    try:
        while writer.is_alive():  # the second writer has read and now waits on the first's uncommitted row
            if rows(postgres_db, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                 "AND wait_event_type = 'Lock'")[0][0]:
                break
            writer.join(0.02)
        first_tx.commit()
    finally:
        first.close()
        writer.join()
        engine.dispose()
    assert failed == []
    assert rows(postgres_db, "SELECT rater, score FROM score WHERE reply_id = :r AND rater != 'auto'",
                r=reply_id) == [("anna", 4)]  # the later score stands, once


def test_raters_scoring_the_same_reply_keep_their_own_scores(tmp_path, db):
    pipe, reply_id = _a_reply(tmp_path, db)
    for rater, value in (("anna", 2), ("boris", 3), ("anna", 1)):
        record_score(pipe.store, reply_id, rater, value, pipe.clock)
    assert sorted(rows(db, "SELECT rater, score FROM score WHERE reply_id = :r AND rater != 'auto'",
                       r=reply_id)) == [("anna", 1), ("boris", 3)]
