"""The watcher against Dovecot laid out as providers lay out their mailboxes: spam folders with and without the
\\Junk flag, with spaces and Cyrillic in their names, under [Gmail]/ or INBOX., none at all; a study that names
its spam folder; a password in Cyrillic. Every reply is stored exactly once, or the watcher says loudly which
folder it does not read."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from datetime import timedelta

import pytest

from audit.errors import SecretError, WatchError
from tests.helpers.dovecot import Dovecot
from tests.helpers.pipeline import Pipeline, reply_to
from tests.helpers.smtp import start_smtp
from tests.helpers.studies import MONDAY_NOON_MSK, write_study

pytestmark = pytest.mark.dovecot
ACCOUNT = "anatoly@shopper.example"


def quoted(wire: str) -> str:
    return '"' + wire + '"'


# provider: its folders (name -> special-use flag or None), the hierarchy delimiter, the spam folder as people
# read it and as the server spells it (written out here, not computed by the code under test), how it is found
LAYOUTS = {
    "outlook": ({"Junk Email": "\\Junk", "Sent Items": "\\Sent"}, "/", "Junk Email", "Junk Email", "\\Junk flag"),
    "yahoo": ({"Bulk Mail": "\\Junk", "Sent": "\\Sent"}, "/", "Bulk Mail", "Bulk Mail", "\\Junk flag"),
    "gmail": ({"[Gmail]/Spam": "\\Junk", "[Gmail]/Sent Mail": "\\Sent"}, "/", "[Gmail]/Spam", "[Gmail]/Spam",
              "\\Junk flag"),
    "junk-unflagged": ({"Junk": None, "Sent": None}, "/", "Junk", "Junk", "spam name"),
    "yandex": ({"Spam": None, "Sent": "\\Sent"}, "/", "Spam", "Spam", "spam name"),
    "mail.ru": ({"Спам": None, "Отправленные": None}, "/", "Спам", "&BCEEPwQwBDw-", "spam name"),
    "gmail-ru-unflagged": ({"[Gmail]/Спам": None}, "/", "[Gmail]/Спам", "[Gmail]/&BCEEPwQwBDw-", "spam name"),
    "outlook-ru": ({"Нежелательная почта": None}, "/", "Нежелательная почта",
                   "&BB0ENQQ2BDUEOwQwBEIENQQ7BEwEPQQwBE8- &BD8EPgRHBEIEMA-", "spam name"),
    "outlook-2010": ({"Junk E-mail": None, "Sent Items": None}, "/", "Junk E-mail", "Junk E-mail", "spam name"),
    "courier-dots": ({"INBOX.spam": None, "INBOX.Drafts": None}, ".", "INBOX.spam", "INBOX.spam", "spam name"),
}


def pipeline(tmp_path, smtp, server: Dovecot, imap_extra: str = "poll_seconds: 0.5") -> Pipeline:
    study = write_study(tmp_path, smtp_port=smtp.port, imap_port=server.port, imap_extra=imap_extra)
    return Pipeline(study, tmp_path / "a.db", MONDAY_NOON_MSK - timedelta(hours=2))


def answer_half_in_spam(pipe: Pipeline, server: Dovecot, spam_wire: str) -> dict[int, str]:
    """Two probes answered in INBOX, two in spam (one a helpdesk's reply without thread headers)."""
    probes = pipe.send_all()
    where = {}
    for i, p in enumerate(probes):
        folder = "INBOX" if i < 2 else quoted(spam_wire)
        threaded = i != 3
        sender = p.contact if threaded else "help@" + p.contact.split("@")[1]
        server.append(folder, reply_to(p, sender=sender, threaded=threaded), p.sent_at + timedelta(minutes=7 + i))
        where[p.id] = folder
    return where


@pytest.mark.parametrize("provider", list(LAYOUTS))
def test_every_reply_of_every_layout_is_stored_once(provider, tmp_path, smtp, mailserver, caplog):
    mailboxes, separator, spam, spam_wire, why = LAYOUTS[provider]
    server = mailserver(mailboxes=mailboxes, separator=separator)
    pipe = pipeline(tmp_path, smtp, server)
    where = answer_half_in_spam(pipe, server, spam_wire)
    with caplog.at_level(logging.INFO, logger="audit"):
        first = pipe.watch_once()
    assert first.messages == 4 and first.matched == 4 and first.unmatched == 0
    replies = pipe.replies()
    assert sorted(r.probe_id for r in replies) == sorted(where)  # each probe's reply, once
    assert {r.probe_id: r.folder for r in replies} == {
        pid: ("INBOX" if folder == "INBOX" else spam) for pid, folder in where.items()}
    for p in pipe.probes():
        assert p.answered_at == p.sent_at + timedelta(minutes=7 + list(where).index(p.id))  # the server's times
    said = [r.getMessage() for r in caplog.records if r.name == "audit.email"]
    assert f"watching {ACCOUNT}: INBOX (study), {spam} ({why})" in said
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]

    second = pipe.watch_once()
    assert second.messages == 0 and len(pipe.replies()) == 4


def test_no_spam_folder_is_said_loudly_and_inbox_is_still_read(tmp_path, smtp, mailserver):
    """On the command line: the folders watched on stdout, the missing spam folder on stderr with the folders the
    server has; INBOX's replies are stored all the same."""
    server = mailserver(mailboxes={"Archive": None, "Sent": "\\Sent", "Черновики": None})
    pipe = pipeline(tmp_path, smtp, server)
    probes = pipe.send_all()
    server.append("INBOX", reply_to(probes[0], sender=probes[0].contact), probes[0].sent_at + timedelta(hours=1))
    server.append("Archive", reply_to(probes[1], sender=probes[1].contact), probes[1].sent_at + timedelta(hours=1))
    env = {**os.environ, "PYTHONPATH": os.getcwd(), "AUDIT_CLOCK": f"fixed:{MONDAY_NOON_MSK.isoformat()}"}
    proc = subprocess.run([sys.executable, "-m", "audit.cli", "watch", str(pipe.study_path), "--once",
                           "--db", str(tmp_path / "a.db")], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"watching {ACCOUNT}: INBOX (study)\n" in proc.stdout
    assert "1 new message(s): 1 matched" in proc.stdout
    warning = [line for line in proc.stderr.splitlines() if line.startswith("warning:")]
    assert len(warning) == 1, proc.stderr  # once per account
    assert f"watching {ACCOUNT}: no spam folder found" in warning[0]
    assert all(name in warning[0] for name in ("INBOX", "Archive", "Sent", "Черновики"))
    assert "imap.spam_folder" in warning[0] and "Traceback" not in proc.stderr
    assert [r.probe_id for r in pipe.replies()] == [probes[0].id]


def test_a_spam_folder_the_study_names_in_cyrillic(tmp_path, smtp, mailserver):
    """`spam_folder: Спам` was sent to the server unencoded (UnicodeEncodeError, and a continuous watcher died)."""
    server = mailserver(mailboxes={"Спам": None, "Junk": "\\Junk"})
    pipe = pipeline(tmp_path, smtp, server, imap_extra="poll_seconds: 0.5, spam_folder: Спам")
    where = answer_half_in_spam(pipe, server, "&BCEEPwQwBDw-")
    assert pipe.watch_once().matched == 4
    assert {r.folder for r in pipe.replies()} == {"INBOX", "Спам"}  # the study's choice: Junk is not read
    assert pipe.watch_once().messages == 0 and len(pipe.replies()) == len(where)


@pytest.mark.parametrize("once", [True, False])
def test_a_spam_folder_the_server_lacks_is_a_clear_error(once, tmp_path, smtp, mailserver):
    import asyncio

    from audit.collect.watch import watch

    server = mailserver(mailboxes={"Спам": None, "Sent Items": "\\Sent"})
    pipe = pipeline(tmp_path, smtp, server, imap_extra="poll_seconds: 0.5, spam_folder: Spam")
    with pytest.raises(WatchError) as raised:  # not a watcher retrying for ever (once=False) with a log line
        asyncio.run(asyncio.wait_for(watch(pipe.study, pipe.store, pipe.clock, pipe.channels, once=once), 60))
    assert ACCOUNT in raised.value.message and "'Spam'" in raised.value.message
    assert all(name in raised.value.message for name in ("INBOX", "Спам", "Sent Items"))
    assert "imap.spam_folder" in raised.value.hint


PASSWORD = "Пароль№1-ключ"  # Dovecot's static passdb takes no space in it


def test_a_cyrillic_password_logs_in_for_sending_the_sent_copy_and_watching(tmp_path, monkeypatch,
                                                                           dovecot_mailserver):
    server = dovecot_mailserver(password=PASSWORD, mailboxes={"Отправленные": "\\Sent", "Junk": "\\Junk"})
    monkeypatch.setenv("TEST_IMAP_PASSWORD", PASSWORD)
    monkeypatch.setenv("TEST_SMTP_PASSWORD", PASSWORD)
    peer = start_smtp(password=PASSWORD)  # aiosmtplib sends AUTH in UTF-8 already: checked here
    try:
        pipe = pipeline(tmp_path, peer, server, imap_extra="poll_seconds: 0.5, sent_folder: Отправленные")
        where = answer_half_in_spam(pipe, server, "Junk")
    finally:
        peer.stop()
    assert len(peer.messages) == 4
    with server.connect() as imap:  # the Sent copies went through aioimaplib's login and an encoded APPEND
        assert imap.select(quoted("&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-"), readonly=True) == ("OK", [b"4"])
    assert pipe.watch_once().matched == len(where)
    assert pipe.watch_once().messages == 0


def test_a_cyrillic_password_without_sasl_ir_goes_in_authenticate_plain_never_in_login(tmp_path, monkeypatch,
                                                                                     dovecot_mailserver):
    """A server that takes no initial response (no SASL-IR): aioimaplib's LOGIN sent the password as raw UTF-8 (which
    RFC 3501 does not allow and servers may refuse or read otherwise); AUTHENTICATE PLAIN answers the server's "+"."""
    server = dovecot_mailserver(password=PASSWORD, sasl_ir=False, rawlog=True,
                                mailboxes={"Отправленные": "\\Sent", "Junk": "\\Junk"})
    monkeypatch.setenv("TEST_IMAP_PASSWORD", PASSWORD)
    with server.connect() as imap:
        assert "SASL-IR" not in imap.capabilities and "AUTH=PLAIN" in imap.capabilities
    pipe = pipeline(tmp_path, smtp_peer := start_smtp(), server,
                    imap_extra="poll_seconds: 0.5, sent_folder: Отправленные")
    try:
        probes = pipe.send_all()
    finally:
        smtp_peer.stop()
    with server.connect() as imap:  # each Sent copy is stored over a login of aioimaplib's
        assert imap.select(quoted("&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-"), readonly=True) == ("OK", [str(len(probes))
                                                                                               .encode()])
    sent = server.rawlog_in()
    assert sent.count(b"AUTHENTICATE PLAIN\r\n") >= len(probes)  # the command alone, the response after "+"
    assert PASSWORD.encode() not in sent and b" LOGIN " not in sent


def test_a_cyrillic_password_without_authenticate_plain_is_a_secret_error(tmp_path, smtp, monkeypatch,
                                                                          dovecot_mailserver):
    server = dovecot_mailserver(password=PASSWORD, auth_mechanisms="login")
    monkeypatch.setenv("TEST_IMAP_PASSWORD", PASSWORD)
    pipe = pipeline(tmp_path, smtp, server)
    with pytest.raises(SecretError) as raised:
        pipe.watch_once()
    assert "TEST_IMAP_PASSWORD" in raised.value.message and "AUTHENTICATE PLAIN" in raised.value.message
    assert PASSWORD not in raised.value.message and "ASCII" in raised.value.hint


def test_a_cyrillic_password_without_authenticate_plain_stops_the_idle_login_with_what_to_do(tmp_path, smtp,
                                                                                           monkeypatch,
                                                                                           dovecot_mailserver):
    """aioimaplib's login (IDLE, the Sent copy) on a server without AUTH=PLAIN: a SecretError naming the account and
    the secret, not a LOGIN with the password in raw UTF-8 that the server refuses as a wrong password."""
    import asyncio

    from probes.mail.channel import MailboxWatcher

    server = dovecot_mailserver(password=PASSWORD, auth_mechanisms="login")
    monkeypatch.setenv("TEST_IMAP_PASSWORD", PASSWORD)
    pipe = pipeline(tmp_path, smtp, server)
    channel = pipe.channels["email"]
    watcher = MailboxWatcher(pipe.study.personas[0].email, channel.imap_factory, channel.secrets)
    with pytest.raises(SecretError) as raised:
        asyncio.run(watcher._idler())
    assert ACCOUNT in raised.value.message and "TEST_IMAP_PASSWORD" in raised.value.message
    assert "AUTHENTICATE PLAIN" in raised.value.message and PASSWORD not in raised.value.message
    assert "ASCII" in raised.value.hint


def test_a_spam_folder_made_while_watching_is_read_from_then_on(tmp_path, smtp, mailserver, caplog):
    """A continuous watcher lists the folders at each wake-up: the warning is said once, and a Spam folder made
    later is watched (IDLE waits on INBOX, so the reply there is read at the poll_seconds wake-up)."""
    import asyncio

    from audit.collect.watch import watch

    server = mailserver(mailboxes={"Archive": None})
    pipe = pipeline(tmp_path, smtp, server)
    probe = pipe.send_all()[0]
    said = lambda: [(r.levelno, r.getMessage()) for r in caplog.records if r.name == "audit.email"]  # noqa: E731

    async def scenario():
        task = asyncio.create_task(watch(pipe.study, pipe.store, pipe.clock, pipe.channels, once=False))
        try:
            for _ in range(300):  # until the first plan is said (at most 30 s)
                if said():
                    break
                await asyncio.sleep(0.1)
            with server.connect() as imap:
                assert imap.create("Spam")[0] == "OK"
            await asyncio.to_thread(server.append, "Spam", reply_to(probe, sender=probe.contact),
                                    probe.sent_at + timedelta(minutes=5))
            for _ in range(300):
                if pipe.replies():
                    return
                await asyncio.sleep(0.1)
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    with caplog.at_level(logging.INFO, logger="audit"):
        asyncio.run(scenario())
    assert [(r.probe_id, r.folder) for r in pipe.replies()] == [(probe.id, "Spam")]
    warnings = [m for level, m in said() if level >= logging.WARNING]
    assert len(warnings) == 1 and "no spam folder" in warnings[0] and "Archive" in warnings[0]
    plans = [m for level, m in said() if level == logging.INFO]
    assert plans[0].startswith(f"watching {ACCOUNT}: INBOX (study); waiting with IDLE on INBOX")
    assert plans[-1].startswith(f"watching {ACCOUNT}: INBOX (study), Spam (spam name); waiting")


def test_a_reply_filtered_into_spam_wakes_a_continuous_watcher(tmp_path, smtp, mailserver, caplog):
    """IDLE waited on INBOX only: a reply the provider filed as spam waited for the poll_seconds wake-up (an hour
    here). Every watched folder is waited on, each on a connection of its own, so the server's push wakes it."""
    import asyncio

    from audit.collect.watch import watch

    server = mailserver(mailboxes={"Spam": None, "Sent": "\\Sent"})
    pipe = pipeline(tmp_path, smtp, server, imap_extra="poll_seconds: 3600")
    probe = pipe.send_all()[0]
    said = lambda: [r.getMessage() for r in caplog.records if r.name == "audit.email"]  # noqa: E731

    async def scenario() -> bool:
        task = asyncio.create_task(watch(pipe.study, pipe.store, pipe.clock, pipe.channels, once=False))
        try:
            for _ in range(300):  # until the first plan is said and its catch-up done (at most 30 s)
                if said() and pipe.channels["email"].watchers:
                    break
                await asyncio.sleep(0.1)
            await asyncio.sleep(1.0)  # into its wait: a catch-up would read the reply without any push
            await asyncio.to_thread(server.append, "Spam", reply_to(probe, sender=probe.contact),
                                    probe.sent_at + timedelta(minutes=5))
            for _ in range(600):  # far less than poll_seconds
                if pipe.replies():
                    return True
                await asyncio.sleep(0.1)
            return False
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    with caplog.at_level(logging.INFO, logger="audit"):
        assert asyncio.run(scenario()), "the reply in Spam waited for the poll_seconds wake-up"
    assert [(r.probe_id, r.folder) for r in pipe.replies()] == [(probe.id, "Spam")]
    watcher = pipe.channels["email"].watchers[ACCOUNT]
    assert watcher.wakeups["push"] >= 1 and watcher.wakeups["timeout"] == 0
    assert any("waiting with IDLE on INBOX, Spam" in m for m in said())
