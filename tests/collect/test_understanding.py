"""Every stored reply gets its kind, its own text, rubric flags and an automatic 0–4 score; the first human answer
defines the probe's response time; `audit rescore` and `audit score` (the review), with people's scores kept."""

from __future__ import annotations

import asyncio
import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from audit.cli.app import app
from audit.collect import understanding
from audit.collect.ingest import Ingest
from audit.collect.understanding import Understander
from audit.collect.watch import watch
from audit.people import review
from audit.people.review import ReviewError
from audit.report.build import build
from audit.report.figures import Options
from probes.base import Batch, Incoming
from tests.helpers.pipeline import Pipeline, reply_to
from tests.helpers.smtp import start_smtp
from tests.helpers.studies import LATE, write_study

ACCOUNT = "anatoly@shopper.example"
runner = CliRunner()

SHOP_POINTS = ('points: [{id: opening_time, phrases: ["работать до", круглосуточно], '
               'patterns: ["до \\\\d{1,2}[:.]\\\\d{2}"]}, {id: order_help, phrases: ["оформить заказ"]}]')
SERVICE_POINTS = 'points: [{id: prices, patterns: ["\\\\d+\\\\s*руб"]}]'


def _with_points(path, shop_points=SHOP_POINTS):
    study = path.read_text(encoding="utf-8")
    study = study.replace('body: "До скольки работает пункт самовывоза?"}',
                          f'body: "До скольки работает пункт самовывоза?", {shop_points}}}')
    study = study.replace('body: "Какие у вас тарифы?"}', f'body: "Какие у вас тарифы?", {SERVICE_POINTS}}}')
    path.write_text(study, encoding="utf-8")
    return path


@pytest.fixture
def sent(tmp_path):
    peer = start_smtp()
    try:
        pipe = Pipeline(_with_points(write_study(tmp_path, smtp_port=peer.port, imap_port=1)), tmp_path / "a.db", LATE)
        pipe.send_all()
    finally:
        peer.stop()
    probes = {p.company_id: p for p in pipe.probes(status="sent")}
    assert len(probes) == 4
    return pipe, probes


def deliver(pipe, *messages, understand: bool = True):
    """Store messages (raw, received at) as a watcher would, then understand them."""
    ingest = Ingest(pipe.study, pipe.store, pipe.clock)
    uid0 = pipe.store.execute("SELECT count(*) FROM reply")[0][0]
    batch = [Incoming(ACCOUNT, "INBOX", 7, uid0 + i + 1, at, raw) for i, (raw, at) in enumerate(messages)]
    ingest.add(Batch(ACCOUNT, "INBOX", 7, uid0 + len(batch), batch))
    if understand:
        Understander(pipe.study, pipe.store, pipe.clock).run()


def rows(pipe, sql, **params):
    return pipe.store.execute(sql, **params)


GMAIL_RU = ("Здравствуйте, Анатолий!\n\nРаботаем до восьми вечера, заказ можно оформить на сайте.\n\n"
            "пн, 8 дек. 2025 г. в 15:30, Анатолий <anatoly@shopper.example>:\n> До скольки работает пункт самовывоза?")


def test_every_reply_gets_kind_text_flags_and_score_and_the_first_human_answer_times_the_probe(sent):
    pipe, probes = sent
    shop = probes["shop-msk"]
    ack = reply_to(shop, sender=shop.contact, subject=f"Ваше обращение №123456 зарегистрировано: {shop.subject}",
                   headers={"Auto-Submitted": "auto-replied"}, body="Ваше обращение №123456 зарегистрировано. "
                   "Мы ответим в течение рабочего дня.")
    human = reply_to(shop, sender=shop.contact, body=GMAIL_RU)
    deliver(pipe, (ack, shop.sent_at + timedelta(minutes=2)), (human, shop.sent_at + timedelta(minutes=40)))
    got = rows(pipe, "SELECT id, kind, ticket, text, flags, understood_at FROM reply ORDER BY id")
    (ack_id, ack_kind, ticket, _, _, _), (human_id, kind, _, body, flags, understood_at) = got
    assert (ack_kind, ticket, kind) == ("ack", "123456", "human")
    assert understood_at is not None
    assert body.startswith("Здравствуйте, Анатолий!") and "Работаем до восьми" in body
    assert "пункт самовывоза?" not in body  # the quoted question is not part of the answer
    flags = json.loads(flags)
    # "работаем до восьми" covers "opening time" by lemma ("работать до"), "оформить" the order help
    assert flags["points_covered"] == ["opening_time", "order_help"] and flags["personal"] is True
    probe = pipe.probes(id=shop.id)[0]
    assert probe.first_reply_id == ack_id and probe.answer_reply_id == human_id
    assert probe.response_seconds == 40 * 60  # the acknowledgement does not count as the answer
    scores = dict(rows(pipe, "SELECT reply_id, score FROM score WHERE rater = 'auto'"))
    assert scores[ack_id] == 0 and scores[human_id] == 4  # complete, personal, next step, polite
    reasons = rows(pipe, "SELECT reasons FROM score WHERE reply_id = :r", r=ack_id)[0][0]
    assert "acknowledgement" in reasons


def test_a_redirect_scores_1_but_a_real_answer_that_mentions_the_phone_is_no_redirect(sent):
    pipe, probes = sent
    kgd, svc = probes["shop-kgd"], probes["svc-msk"]
    redirect = reply_to(kgd, sender=kgd.contact, body="Добрый день! Позвоните нам по телефону +7 4012 55-66-77.")
    answer = reply_to(svc, sender=svc.contact, body="Добрый день! Тариф «Старт» стоит 990 руб. в месяц. Если удобнее,"
                      " позвоните нам по телефону +7 495 123-45-67.")
    deliver(pipe, (redirect, kgd.sent_at + timedelta(hours=1)), (answer, svc.sent_at + timedelta(hours=2)))
    kinds = dict(rows(pipe, "SELECT probe_id, kind FROM reply"))
    assert kinds == {kgd.id: "redirect", svc.id: "human"}
    scores = dict(rows(pipe, "SELECT probe_id, score FROM score WHERE rater = 'auto'"))
    assert scores[kgd.id] == 1 and scores[svc.id] >= 3
    # a redirect is still a human answer: it defines the response time
    assert pipe.probes(id=kgd.id)[0].response_seconds == 3600
    # the report's mean score: over every sent probe (no answer = 0), and over the answered ones
    every = build(pipe.store, pipe.study, datetime.now(UTC), Options(resamples=100)).breakdowns[0].rows[-1]
    assert every.key == {} and every.counts["sent"] == 4 and every.counts["answered"] == 2
    assert every.estimates["quality_all"].value == pytest.approx((1 + scores[svc.id]) / 4)
    assert every.estimates["quality_answered"].value == pytest.approx((1 + scores[svc.id]) / 2)


def test_bounce_details_and_a_message_that_cannot_be_read_are_kept_and_shown(sent):
    pipe, probes = sent
    p = probes["svc-sam"]
    dsn = (f"From: MAILER-DAEMON@mx.example\r\nTo: {ACCOUNT}\r\nSubject: Undelivered Mail\r\n"
           f"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\n"
           f"Content-Type: text/plain\r\n\r\nfailed\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n"
           f"Final-Recipient: rfc822; {p.contact}\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b\r\n"
           f"Content-Type: text/rfc822-headers\r\n\r\nMessage-ID: {p.message_id}\r\n\r\n--b--\r\n").encode()
    broken = (f"From: Support <{p.contact}>\r\nSubject: Re: {p.subject}\r\nIn-Reply-To: {p.message_id}\r\n"
              "Content-Type: multipart/alternative; boundary=missing\r\n\r\n--other\r\nContent-Type: text/plain; "
              "charset=koi8-r\r\n\r\n").encode() + "Тарифы от 500 руб.".encode("koi8-r") + b"\r\n--other--\r\n"
    deliver(pipe, (dsn, p.sent_at + timedelta(minutes=1)), (broken, p.sent_at + timedelta(minutes=30)))
    (kind, failed, status, permanent), = rows(
        pipe, "SELECT kind, failed_address, dsn_status, permanent FROM reply WHERE kind = 'bounce'")
    assert (kind, failed, status, permanent) == ("bounce", p.contact, "5.1.1", 1)
    (kind, body, error), = rows(pipe, "SELECT kind, text, parse_error FROM reply WHERE kind != 'bounce'")
    assert kind == "human" and "Тарифы от 500 руб." in body and "boundary" in error
    assert pipe.probes(id=p.id)[0].response_seconds == 30 * 60


def test_understanding_that_fails_is_recorded_once_and_never_stops_or_loops(sent, monkeypatch):
    pipe, probes = sent
    p = probes["shop-msk"]

    def broken(raw):
        raise RuntimeError("a bug in scoring")

    monkeypatch.setattr(understanding, "understand", broken)
    deliver(pipe, (reply_to(p, sender=p.contact), p.sent_at + timedelta(minutes=5)))
    (kind, error, understood), = rows(pipe, "SELECT kind, parse_error, understood_at FROM reply")
    assert kind == "unreadable" and "a bug in scoring" in error and understood is not None
    # it might be a bounce: it neither answers nor times the probe until a person has looked
    assert pipe.probes(id=p.id)[0].response_seconds is None
    assert Understander(pipe.study, pipe.store, pipe.clock).run().replies == 0  # not tried again and again
    assert rows(pipe, "SELECT count(*) FROM score")[0][0] == 0  # nothing to score: a person looks at it


def test_chunks_are_cut_by_the_size_of_the_stored_messages_as_well(sent, monkeypatch):
    """Stored messages may be up to 10 MB each: a chunk holds at most CHUNK_BYTES of them (at least one message),
    not CHUNK messages of any size. Counted by chunks written, with a small bound."""
    pipe, probes = sent
    p = probes["shop-msk"]
    big = [reply_to(p, sender=p.contact, body=f"Работаем до 2{i}:00. " + "текст " * 400) for i in range(3)]
    deliver(pipe, *[(raw, p.sent_at + timedelta(minutes=i + 1)) for i, raw in enumerate(big)],
            (reply_to(p, sender=p.contact), p.sent_at + timedelta(minutes=9)), understand=False)
    monkeypatch.setattr(understanding, "CHUNK_BYTES", 2 * len(big[0]) + 10)
    chunks = []
    done = Understander(pipe.study, pipe.store, pipe.clock, workers=1).run(progress=lambda d: chunks.append(d.replies))
    assert chunks == [2, 2] and done.replies == 4
    monkeypatch.setattr(understanding, "CHUNK_BYTES", 10)  # smaller than any message: one at a time, none left
    Understander(pipe.study, pipe.store, pipe.clock).reset()
    chunks.clear()
    Understander(pipe.study, pipe.store, pipe.clock, workers=1).run(progress=lambda d: chunks.append(d.replies))
    assert chunks == [1, 1, 1, 1]


def test_replies_stored_by_a_watcher_that_stopped_before_understanding_them_are_understood_next_time(sent):
    pipe, probes = sent
    p = probes["shop-msk"]
    deliver(pipe, (reply_to(p, sender=p.contact), p.sent_at + timedelta(minutes=5)), understand=False)
    assert rows(pipe, "SELECT kind FROM reply") == [(None,)]
    assert pipe.probes(id=p.id)[0].answer_reply_id is None
    result = asyncio.run(watch(pipe.study, pipe.store, pipe.clock, {}, once=True))
    assert result.understood == 1 and rows(pipe, "SELECT kind FROM reply") == [("human",)]
    assert pipe.probes(id=p.id)[0].response_seconds == 300


def test_rescore_follows_a_script_change_and_never_touches_a_persons_score(sent):
    pipe, probes = sent
    shop, kgd = probes["shop-msk"], probes["shop-kgd"]
    deliver(pipe, (reply_to(shop, sender=shop.contact, body=GMAIL_RU), shop.sent_at + timedelta(minutes=5)),
            (reply_to(kgd, sender=kgd.contact, body="Работаем до 20:00."), kgd.sent_at + timedelta(minutes=5)))
    ids = dict(rows(pipe, "SELECT probe_id, id FROM reply"))
    review.record_score(pipe.store, ids[kgd.id], "anna", 1, pipe.clock)
    before = dict(rows(pipe, "SELECT reply_id, score FROM score WHERE rater = 'auto'"))
    anna = rows(pipe, "SELECT score, reasons, created_at FROM score WHERE rater = 'anna'")
    assert before == {ids[shop.id]: 4, ids[kgd.id]: 2}
    # the researcher adds a point no answer covers
    study = pipe.study_path.read_text(encoding="utf-8")
    more = SHOP_POINTS.replace("]}]", ']}, {id: delivery, phrases: ["курьер"]}]')
    pipe.study_path.write_text(study.replace(SHOP_POINTS, more), encoding="utf-8")
    pipe.clock.advance(hours=1)
    refused = runner.invoke(app, ["rescore", str(pipe.study_path), "--db", pipe.store.url])
    assert refused.exit_code == 2 and "script for shops on email: points changed" in refused.output
    out = runner.invoke(app, ["rescore", str(pipe.study_path), "--db", pipe.store.url,
                              "--accept-change", "a point for delivery"])
    assert out.exit_code == 0, out.output
    assert "scored with the points of study version 2 (recorded now: script for shops on email: points changed)" \
        in out.output
    assert re.search(r"2 replies understood again \(human: 2\); 1 automatic scores changed \(4→2: 1\); "
                     r"1 scores given by people kept", out.output), out.output
    assert dict(rows(pipe, "SELECT reply_id, score FROM score WHERE rater = 'auto'")) == {ids[shop.id]: 2,
                                                                                        ids[kgd.id]: 2}
    assert rows(pipe, "SELECT score, reasons, created_at FROM score WHERE rater = 'anna'") == anna


def _review(pipe, keys: str, *args: str):
    return runner.invoke(app, ["score", str(pipe.study_path), "--db", pipe.store.url, *args], input=keys)


def test_the_review_scores_skips_goes_back_shows_the_raw_message_and_filters_mine(sent):
    pipe, probes = sent
    shop, kgd, svc = probes["shop-msk"], probes["shop-kgd"], probes["svc-msk"]
    ack = reply_to(svc, sender=svc.contact, subject="Ваше обращение №77 зарегистрировано",
                   headers={"Auto-Submitted": "auto-replied"}, body="Ваше обращение №77 зарегистрировано.")
    deliver(pipe, (reply_to(shop, sender=shop.contact, body=GMAIL_RU), shop.sent_at + timedelta(minutes=5)),
            (reply_to(kgd, sender=kgd.contact, body="Работаем до 20:00."), kgd.sent_at + timedelta(minutes=7)),
            (ack, svc.sent_at + timedelta(minutes=1)))
    ids = dict(rows(pipe, "SELECT probe_id, id FROM reply"))
    # in company order shop-kgd comes first: look at its raw message, score it 3, come back, make it a 4, then
    # skip shop-msk
    out = _review(pipe, "r3p4nq", "--rater", "anna")
    assert out.exit_code == 0, out.output
    assert "the question" in out.output and "До скольки работает пункт самовывоза?" in out.output
    assert "raw message" in out.output and f"In-Reply-To: {kgd.message_id}" in out.output
    assert "suggested score 2: answers 1 of 2 points" in out.output and "opening_time «до 20:00»" in out.output
    assert "Ваше обращение №77" not in out.output  # an acknowledgement is not an answer to review by default
    assert "2 score(s) given" in out.output
    people = rows(pipe, "SELECT reply_id, score FROM score WHERE rater = 'anna'")
    assert people == [(ids[kgd.id], 4)]  # scoring again replaced the first score
    # "not yet scored by me" starts at shop-msk; --all brings the acknowledgement in too
    out = _review(pipe, "2q", "--rater", "anna", "--mine", "--all")
    assert out.output.index("Работаем до восьми") < out.output.index("Ваше обращение №77")  # shown after scoring
    assert dict(rows(pipe, "SELECT reply_id, score FROM score WHERE rater = 'anna'")) == {ids[kgd.id]: 4,
                                                                                          ids[shop.id]: 2}
    out = _review(pipe, "0q", "--rater", "anna", "--mine", "--all")
    assert "Ваше обращение №77" in out.output and "suggested score 0: only an automatic acknowledgement" in out.output
    # automatic scoring again: anna's scores stay
    Understander(pipe.study, pipe.store, pipe.clock).rescore()
    assert len(rows(pipe, "SELECT * FROM score WHERE rater = 'anna'")) == 3
    # the automatic score's name is not a person's
    out = _review(pipe, "q", "--rater", "auto")
    assert out.exit_code == 1 and "a person's name" in out.output


def test_an_unmatched_message_is_given_to_its_probe_from_the_review(sent):
    pipe, probes = sent
    p = probes["svc-sam"]
    stray = (f"From: Менеджер <manager@gmail.example>\r\nTo: {ACCOUNT}\r\nSubject: тарифы\r\n"
             f"Content-Type: text/plain; charset=utf-8\r\n\r\nДобрый день! Тариф 1500 руб. в месяц.\r\n").encode()
    early = b"From: x@y.example\r\nSubject: before anything\r\n\r\nhello\r\n"
    deliver(pipe, (stray, p.sent_at + timedelta(hours=3)), (early, p.sent_at - timedelta(hours=1)))
    assert pipe.probes(id=p.id)[0].answer_reply_id is None
    # the stray one first (by time the early one comes first: skip it), an error, a cancel, then the right probe
    out = _review(pipe, f"ung999999\ng\ng{p.id}\nq", "--rater", "anna")
    assert out.exit_code == 0, out.output
    assert "there is no probe 999999" in out.output
    assert "1 message(s) assigned" in out.output
    got = pipe.probes(id=p.id)[0]
    assert got.response_seconds == 3 * 3600
    (rule, kind), = rows(pipe, "SELECT match_rule, kind FROM reply WHERE probe_id = :p", p=p.id)
    assert (rule, kind) == ("by hand", "human")
    assert rows(pipe, "SELECT score FROM score WHERE rater = 'auto'") == [(3,)]  # scored for that probe's script
    early_id = rows(pipe, "SELECT id FROM reply WHERE probe_id IS NULL")[0][0]
    with pytest.raises(ReviewError, match="before probe"):
        review.assign(pipe.store, pipe.study, pipe.clock, early_id, p.id)
    with pipe.store.engine.connect() as conn:
        assert conn.execute(text("SELECT probe_id FROM reply WHERE id = :i"), {"i": early_id}).scalar() is None


def test_a_large_backlog_is_understood_by_worker_processes_with_the_same_results(sent):
    pipe, probes = sent
    shop = probes["shop-msk"]

    def ack(i):
        return reply_to(shop, sender=shop.contact, subject=f"Ваше обращение №{i} зарегистрировано",
                        headers={"Auto-Submitted": "auto-replied"}, body=f"Ваше обращение №{i} зарегистрировано.")

    messages = [(reply_to(shop, sender=shop.contact, body=f"Работаем до {10 + i % 10}:00.\n\n> вопрос {i}")
                 if i % 3 else ack(i), shop.sent_at + timedelta(minutes=i + 1))
                for i in range(understanding.POOL_MIN + 50)]
    deliver(pipe, *messages, understand=False)
    done = Understander(pipe.study, pipe.store, pipe.clock, workers=2)
    try:
        got = done.run()
    finally:
        done.close()
    assert got.replies == len(messages) and got.kinds == {"ack": 50, "human": 100}
    by_pool = rows(pipe, "SELECT id, kind, text, ticket FROM reply ORDER BY id")
    assert by_pool[0][1::2] == ("ack", "0") and by_pool[1][1:] == ("human", "Работаем до 11:00.", None)
    Understander(pipe.study, pipe.store, pipe.clock, workers=1).rescore()
    assert rows(pipe, "SELECT id, kind, text, ticket FROM reply ORDER BY id") == by_pool
    assert pipe.probes(id=shop.id)[0].response_seconds == 2 * 60  # the first human answer


def test_the_review_filters_by_channel_from_the_command_line_and_by_key(sent):
    pipe, probes = sent
    shop, kgd = probes["shop-msk"], probes["shop-kgd"]
    deliver(pipe, (reply_to(shop, sender=shop.contact, body=GMAIL_RU), shop.sent_at + timedelta(minutes=5)),
            (reply_to(kgd, sender=kgd.contact, body="Работаем до 20:00."), kgd.sent_at + timedelta(minutes=7)))
    # the study is e-mail only: give shop-kgd's probe to VK to have two channels
    with pipe.store.engine.begin() as conn:
        conn.execute(text("UPDATE probe SET channel = 'vk' WHERE id = :id"), {"id": kgd.id})
    only_vk = _review(pipe, "q", "--rater", "anna", "--channel", "vk")
    assert "Работаем до 20:00" in only_vk.output and "Работаем до восьми" not in only_vk.output
    # unfiltered, shop-kgd comes first and q leaves at once; `c` turns to the first channel, e-mail: shop-msk
    assert "Работаем до восьми" not in _review(pipe, "q", "--rater", "anna").output
    by_key = _review(pipe, "cq", "--rater", "anna")
    assert by_key.exit_code == 0 and "Работаем до восьми" in by_key.output
