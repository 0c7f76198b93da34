"""The core pipeline against real local peers: aiosmtpd for SMTP, Dovecot for IMAP."""

from __future__ import annotations

from datetime import timedelta

import pytest

from audit.schedule.workdays import WorkCalendar
from audit.store.schema import Attempt
from tests.helpers.pipeline import Pipeline, reply_to
from tests.helpers.smtp import start_smtp
from tests.helpers.studies import COMPANIES, MONDAY_NOON_MSK, write_study

pytestmark = pytest.mark.dovecot


@pytest.fixture
def pipe(tmp_path, smtp, dovecot):
    study = write_study(tmp_path, smtp_port=smtp.port, imap_port=dovecot.port)
    return Pipeline(study, tmp_path / "audit.db", MONDAY_NOON_MSK - timedelta(hours=2))


def test_wave_sent_answered_watched_matched_timed(pipe, smtp, dovecot):
    probes = pipe.send_all()
    assert [p.status for p in probes] == ["sent"] * len(COMPANIES)
    assert len(smtp.messages) == len(COMPANIES)
    # every message went where the study says, with the Message-ID stored before sending
    sent_ids = {raw.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0].decode() for _, _, raw in smtp.messages}
    assert sent_ids == {p.message_id for p in probes}
    for p in probes:
        cal = WorkCalendar(pipe.study.company_tz(pipe.study.company(p.company_id)), pipe.study.working_hours, "RU")
        assert cal.is_working_time(p.sent_at), f"{p.company_id} sent outside its working hours"

    answered = {}
    for i, p in enumerate(probes[:3]):
        at = p.sent_at + timedelta(minutes=37 * (i + 1), seconds=11)
        dovecot.append("INBOX", reply_to(p, sender=p.contact), at)
        answered[p.id] = at
    result = pipe.watch_once()
    assert result.matched == 3 and result.unmatched == 0
    for p in pipe.probes():
        if p.id in answered:
            assert p.answered_at == answered[p.id]  # the server's INTERNALDATE, not the watcher's clock
            assert p.response_seconds == (answered[p.id] - p.sent_at).total_seconds()
            assert p.business_seconds == p.response_seconds  # same working day
        else:
            assert p.answer_reply_id is None
    assert {r.match_rule for r in pipe.replies()} == {"in-reply-to"}


def test_business_time_skips_the_night(pipe, dovecot):
    probes = pipe.send_all()
    p = probes[0]
    # answered the next morning at 10:30 company time: business time = rest of the day + 30 minutes
    cal = WorkCalendar(pipe.study.company_tz(pipe.study.company(p.company_id)), pipe.study.working_hours, "RU")
    next_morning = cal.day_window(cal.local_date(p.sent_at) + timedelta(days=1))[0] + timedelta(minutes=30)
    dovecot.append("INBOX", reply_to(p, sender=p.contact), next_morning)
    pipe.watch_once()
    got = pipe.probes(id=p.id)[0]
    end_of_day = cal.day_window(cal.local_date(p.sent_at))[1]
    assert got.business_seconds == (end_of_day - p.sent_at).total_seconds() + 1800
    assert got.response_seconds == (next_morning - p.sent_at).total_seconds()


def test_spam_folder_helpdesk_bounce_autoreply_and_unmatched(pipe, dovecot):
    probes = pipe.send_all()
    shop, shop2, svc, svc2 = probes[0], probes[1], probes[2], probes[3]
    t = shop.sent_at + timedelta(hours=1)
    # a helpdesk answer: subject rewritten, no In-Reply-To, from the company's domain, delivered to spam
    dovecot.append("Junk", reply_to(shop, sender="help@" + shop.contact.split("@")[1], threaded=False,
                                     subject=f"[#4242] RE: {shop.subject}"), t)
    # an auto-reply, then a human answer: the answer defines the response time
    dovecot.append("INBOX", reply_to(svc, sender=svc.contact, subject=f"Автоматический ответ: {svc.subject}",
                                     headers={"Auto-Submitted": "auto-replied"}), t)
    dovecot.append("INBOX", reply_to(svc, sender=svc.contact), t + timedelta(minutes=20))
    # a bounce that quotes the probe's headers (no In-Reply-To)
    dsn = (f"From: MAILER-DAEMON@mx.example\r\nTo: anatoly@shopper.example\r\nSubject: Undelivered Mail\r\n"
           f"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\n"
           f"Content-Type: text/plain\r\n\r\nfailed\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n"
           f"Final-Recipient: rfc822; {shop2.contact}\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b\r\n"
           f"Content-Type: text/rfc822-headers\r\n\r\nMessage-ID: {shop2.message_id}\r\n\r\n--b--\r\n").encode()
    dovecot.append("INBOX", dsn, t)
    # something unrelated: stored unmatched, never dropped
    dovecot.append("INBOX", b"From: news@shop.example\r\nSubject: Sale!\r\n\r\nbuy\r\n", t)
    result = pipe.watch_once()
    assert result.messages == 5 and result.unmatched == 1
    by_probe = {p.id: p for p in pipe.probes()}
    rules = {(r.probe_id, r.kind): r.match_rule for r in pipe.replies()}
    assert rules[(shop.id, "human")] == "domain+subject"
    assert by_probe[shop.id].answered_at == t
    assert rules[(svc.id, "autoreply")] == "in-reply-to"
    assert by_probe[svc.id].answered_at == t + timedelta(minutes=20)
    assert rules[(shop2.id, "bounce")] == "token"
    assert by_probe[shop2.id].answer_reply_id is None and by_probe[shop2.id].first_reply_id is not None
    assert by_probe[svc2.id].first_reply_id is None
    unmatched = [r for r in pipe.replies() if r.probe_id is None]
    assert unmatched[0].subject == "Sale!" and unmatched[0].raw.endswith(b"buy\r\n")


def test_refused_recipient_is_a_result_not_a_crash(tmp_path, dovecot):
    peer = start_smtp()
    peer.refuse.add(COMPANIES[0][3])
    try:
        pipe = Pipeline(write_study(tmp_path, smtp_port=peer.port, imap_port=dovecot.port), tmp_path / "a.db",
                        MONDAY_NOON_MSK - timedelta(hours=2))
        probes = pipe.send_all()
    finally:
        peer.stop()
    status = {p.company_id: p.status for p in probes}
    assert status[COMPANIES[0][0]] == "failed"
    assert [s for c, s in status.items() if c != COMPANIES[0][0]] == ["sent"] * (len(COMPANIES) - 1)
    with pipe.store.session() as s:
        from sqlmodel import select

        outcomes = {a.outcome for a in s.exec(select(Attempt)).all()}
    assert "refused" in outcomes
    failed = pipe.probes(status="failed")[0]
    assert "550" in failed.last_error and "smtp-secret" not in failed.last_error


def test_server_down_is_retried_later_not_failed(tmp_path, dovecot):
    from tests.helpers.smtp import free_port

    pipe = Pipeline(write_study(tmp_path, smtp_port=free_port(), imap_port=dovecot.port), tmp_path / "a.db",
                    MONDAY_NOON_MSK)
    pipe.run()
    probes = pipe.probes()
    tried = [p for p in probes if p.attempts]
    assert tried and all(p.status == "planned" for p in tried)
    assert all(p.planned_at >= MONDAY_NOON_MSK + timedelta(minutes=5) for p in tried)


def test_nothing_is_sent_outside_working_hours(pipe, smtp):
    pipe.clock.at = MONDAY_NOON_MSK + timedelta(hours=9)  # 21:00 in Moscow, 19:00 in Kaliningrad
    result = pipe.run()
    assert smtp.messages == [] and result.sent == []
    assert all(p.status == "planned" for p in pipe.probes())


def test_dry_run_sends_and_writes_nothing(pipe, smtp):
    pipe.clock.at = MONDAY_NOON_MSK + timedelta(hours=5)
    result = pipe.run(dry_run=True)
    assert result.would_send and smtp.messages == []
    assert pipe.probes() == []


def test_copy_of_each_probe_in_the_sent_folder_is_never_taken_for_an_answer(tmp_path, smtp, dovecot):
    study = write_study(tmp_path, smtp_port=smtp.port, imap_port=dovecot.port,
                        imap_extra="poll_seconds: 0.5, sent_folder: Sent, folders: [INBOX, Sent]")
    pipe = Pipeline(study, tmp_path / "a.db", MONDAY_NOON_MSK - timedelta(hours=2))
    probes = pipe.send_all()
    with dovecot.connect() as imap:
        imap.select("Sent", readonly=True)
        _, data = imap.uid("FETCH", "1:*", "(BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
    stored = {line.split(b":", 1)[1].strip().decode() for item in data if isinstance(item, tuple)
              for line in item[1].splitlines() if line.lower().startswith(b"message-id")}
    assert stored == {p.message_id for p in probes}
    # even when a study watches its Sent folder, its own messages are kept as such, never as answers
    result = pipe.watch_once()
    assert result.messages == len(probes)
    assert {r.match_rule for r in pipe.replies()} == {"own-copy"}
    assert all(p.first_reply_id is None and p.answer_reply_id is None for p in pipe.probes())


def test_idle_push_wakes_the_watcher_long_before_its_poll_interval(tmp_path, smtp, dovecot):
    import asyncio

    from audit.collect.watch import watch

    study = write_study(tmp_path, smtp_port=smtp.port, imap_port=dovecot.port, imap_extra="poll_seconds: 300")
    pipe = Pipeline(study, tmp_path / "a.db", MONDAY_NOON_MSK)

    async def scenario():
        task = asyncio.create_task(watch(pipe.study, pipe.store, pipe.clock, pipe.channels, once=False))
        try:
            await asyncio.sleep(1)  # the first catch-up is done and the watcher is in IDLE
            await asyncio.to_thread(dovecot.append, "INBOX", b"From: a@b.example\r\nSubject: pushed\r\n\r\nx\r\n",
                                    MONDAY_NOON_MSK)
            for _ in range(200):  # 20 s, far below the 300 s poll interval: only a push can bring it
                if pipe.replies():
                    return
                await asyncio.sleep(0.1)
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    asyncio.run(scenario())
    assert [r.subject for r in pipe.replies()] == ["pushed"]
    assert pipe.channels["email"].watchers["anatoly@shopper.example"].wakeups["push"] >= 1


def test_a_refused_smtp_login_leaves_every_probe_planned_and_says_what_to_fix(tmp_path):
    """A wrong password is the persona's problem, not the companies': nothing is failed, the account rests, and
    the run names the variable to fix (before, each probe was failed for good, one by one)."""
    peer = start_smtp(password="the-right-one")
    try:
        study = write_study(tmp_path, smtp_port=peer.port, imap_port=1)
        pipe = Pipeline(study, tmp_path / "a.db", MONDAY_NOON_MSK + timedelta(hours=4, minutes=44))
        result = pipe.run()
    finally:
        peer.stop()
    assert peer.messages == [] and not result.failed and not result.sent
    (probe, why), = result.refused
    assert "refused the login" in why and "TEST_SMTP_PASSWORD" in why
    assert {p.status for p in pipe.probes()} == {"planned"}
    assert any("paused for anatoly" in w for _, w in result.waiting)  # the others wait instead of failing too
    from sqlmodel import select

    with pipe.store.session() as s:
        assert [a.outcome for a in s.exec(select(Attempt)).all()] == ["credentials"]
