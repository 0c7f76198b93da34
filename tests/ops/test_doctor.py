"""`audit doctor` against real local peers: Dovecot for IMAP (login, folders, the server's clock), aiosmtpd for SMTP
(login), the fake VK API and the fake Telegram; a fake crontab for the schedule. Nothing is sent to anyone."""

from __future__ import annotations

import asyncio
import os
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli.app import app
from audit.clock import Clock, FixedClock
from audit.credentials import Secrets
from audit.ops.doctor import Doctor
from audit.schedule.cron import Schedule, crontab
from audit.store.database import Store
from audit.study.load import load_study
from tests.helpers.smtp import start_smtp
from tests.helpers.studies import write_study

runner = CliRunner()
SECRETS = "TEST_SMTP_PASSWORD=smtp-secret\nTEST_IMAP_PASSWORD=imap-secret\n"


class Setup:
    """A study whose persona's mailbox is the Dovecot fixture and whose SMTP server is `smtp_port`, its secrets in
    a .env beside it (as cron needs them), and its schedule installed in a crontab that ran a minute ago."""

    def __init__(self, tmp_path: Path, monkeypatch, *, smtp_port: int, imap_port: int, sent: str = "Sent"):
        for name in ("TEST_SMTP_PASSWORD", "TEST_IMAP_PASSWORD"):
            monkeypatch.delenv(name, raising=False)
        self.path = write_study(tmp_path, smtp_port=smtp_port, imap_port=imap_port,
                                imap_extra=f"poll_seconds: 0.5, sent_folder: '{sent}'")
        self.env = tmp_path / ".env"
        self.env.write_text(SECRETS, encoding="utf-8")
        self.db = tmp_path / "a.db"
        plan = Schedule.of("itest", self.path, str(self.db))
        self.crontab = "0 3 * * * backup\n" + crontab(plan) + "\n"
        plan.logs.mkdir(exist_ok=True)
        self.no_units = tmp_path / "no-units"
        self.run_log = plan.log("run")
        self.run_log.write_text("sent 0, failed 0\n", encoding="utf-8")
        os.utime(self.run_log, (time.time() - 60, time.time() - 60))

    def checks(self, clock: Clock | None = None, **kw) -> dict[str, tuple[str, str, str | None]]:
        doctor = Doctor(load_study(self.path), Store(str(self.db)), clock or Clock(),
                        Secrets.for_study(self.path), crontab=lambda: self.crontab,
                        systemd_dir=kw.pop("systemd_dir", self.no_units), **kw)
        return {c.what: (c.status, c.detail, c.hint) for c in asyncio.run(doctor.run())}


def problems(checks: dict) -> dict:
    return {what: v for what, v in checks.items() if v[0] != "ok"}


@pytest.mark.dovecot
def test_all_ok_against_real_servers(tmp_path, monkeypatch, dovecot, smtp):
    setup = Setup(tmp_path, monkeypatch, smtp_port=smtp.port, imap_port=dovecot.port)
    checks = setup.checks()
    assert problems(checks) == {}
    assert set(checks) >= {"secret TEST_SMTP_PASSWORD", "secret TEST_IMAP_PASSWORD",
                           "persona anatoly: SMTP login at 127.0.0.1", "persona anatoly: IMAP login at 127.0.0.1",
                           "persona anatoly: watched folders", "persona anatoly: Sent folder",
                           "persona anatoly: clock against the IMAP server 127.0.0.1", "disk",
                           f"database sqlite:///{setup.db}", "schedule (cron, every 5 min)"}
    assert checks["persona anatoly: watched folders"][1] == "INBOX (study), Junk (\\Junk flag)"
    assert smtp.messages == []  # logged in and out: nothing was sent
    imap = dovecot.connect()
    assert not [f for f in imap.list()[1] if b"audit-clock" in f]  # the scratch folder is gone
    assert "smtp-secret" not in str(checks) and "imap-secret" not in str(checks)

    monkeypatch.setenv("AUDIT_CRONTAB", str(_fake_crontab(tmp_path, setup.crontab)))
    done = runner.invoke(app, ["doctor", str(setup.path), "--db", str(setup.db)])
    assert done.exit_code == 0, done.output
    assert "0 warning(s), 0 problem(s)" in done.output


@pytest.mark.dovecot
def test_wrong_passwords_are_named_with_the_persona_and_what_to_do(tmp_path, monkeypatch, dovecot):
    peer = start_smtp(password="smtp-secret")
    try:
        setup = Setup(tmp_path, monkeypatch, smtp_port=peer.port, imap_port=dovecot.port)
        setup.env.write_text("TEST_SMTP_PASSWORD=wrong-smtp\nTEST_IMAP_PASSWORD=wrong-imap\n", encoding="utf-8")
        found = problems(setup.checks())
    finally:
        peer.stop()
    status, detail, hint = found["persona anatoly: SMTP login at 127.0.0.1"]
    assert status == "problem" and "persona anatoly" in detail and "refused the login" in detail
    assert "TEST_SMTP_PASSWORD" in hint
    status, detail, hint = found["persona anatoly: IMAP login at 127.0.0.1"]
    assert status == "problem" and "refused" in detail and "TEST_IMAP_PASSWORD" in hint
    assert "wrong-smtp" not in str(found) and "wrong-imap" not in str(found)
    assert set(found) == {"persona anatoly: SMTP login at 127.0.0.1", "persona anatoly: IMAP login at 127.0.0.1"}


@pytest.mark.dovecot
def test_a_missing_sent_folder_and_a_clock_that_differs(tmp_path, monkeypatch, dovecot, smtp):
    setup = Setup(tmp_path, monkeypatch, smtp_port=smtp.port, imap_port=dovecot.port, sent="Sent Items")
    found = problems(setup.checks(FixedClock(datetime(2025, 12, 8, 9, 0, tzinfo=UTC))))
    status, detail, hint = found["persona anatoly: Sent folder Sent Items"]
    assert status == "problem" and "does not exist" in detail and "imap.sent_folder" in hint
    status, detail, hint = found["persona anatoly: clock against the IMAP server 127.0.0.1"]
    assert status == "problem" and "apart" in detail and "2025-12-08 09:00:00Z" in detail


@pytest.mark.dovecot
def test_the_watched_folders_as_the_watcher_chooses_them(tmp_path, monkeypatch, mailserver, smtp):
    """A spam folder without the \\Junk flag is found by its name, and a Sent folder in Cyrillic by its own; no
    spam folder at all is a warning naming the folders the server has; a spam folder the study names that the
    server lacks is a problem."""
    server = mailserver(mailboxes={"Спам": None, "Отправленные": "\\Sent"})
    setup = Setup(tmp_path, monkeypatch, smtp_port=smtp.port, imap_port=server.port, sent="Отправленные")
    checks = setup.checks()
    assert problems(checks) == {}
    assert checks["persona anatoly: watched folders"][1] == "INBOX (study), Спам (spam name)"

    bare = mailserver(mailboxes={"Archive": None})
    setup = Setup(tmp_path, monkeypatch, smtp_port=smtp.port, imap_port=bare.port, sent="Archive")
    found = problems(setup.checks())
    status, detail, hint = found.pop("persona anatoly: spam folder")
    assert found == {}
    assert status == "warning" and "no spam folder" in detail and "INBOX" in detail and "Archive" in detail
    assert "imap.spam_folder" in hint

    setup.path.write_text(setup.path.read_text(encoding="utf-8").replace(
        "sent_folder: 'Archive'", "sent_folder: 'Archive', spam_folder: Спам"), encoding="utf-8")
    status, detail, hint = problems(setup.checks())["persona anatoly: watched folders"]
    assert status == "problem" and "'Спам'" in detail and "Archive" in detail and "imap.spam_folder" in hint


@pytest.mark.dovecot
def test_the_clock_is_injected_through_audit_clock_on_the_command_line(tmp_path, monkeypatch, dovecot, smtp):
    setup = Setup(tmp_path, monkeypatch, smtp_port=smtp.port, imap_port=dovecot.port)
    monkeypatch.setenv("AUDIT_CRONTAB", str(_fake_crontab(tmp_path, setup.crontab)))
    monkeypatch.setenv("AUDIT_CLOCK", "fixed:2030-01-01T00:00:00+00:00")
    done = runner.invoke(app, ["doctor", str(setup.path), "--db", str(setup.db)])
    assert done.exit_code == 1
    assert "problem  persona anatoly: clock against the IMAP server" in done.output
    assert "0 warning(s), 1 problem(s)" in done.output


def test_an_unset_secret_a_missing_schedule_and_a_stale_one(tmp_path, monkeypatch):
    setup = Setup(tmp_path, monkeypatch, smtp_port=1, imap_port=1)
    setup.env.write_text("TEST_IMAP_PASSWORD=imap-secret\n", encoding="utf-8")
    setup.crontab = "0 3 * * * backup\n"
    found = problems(setup.checks())
    assert found["secret TEST_SMTP_PASSWORD"][:2] == ("problem", "not set")
    assert str(setup.env) in found["secret TEST_SMTP_PASSWORD"][2]
    assert "secret TEST_IMAP_PASSWORD" not in found
    assert found["persona anatoly: email"][:2] == ("warning", "not checked: TEST_SMTP_PASSWORD not set")
    assert found["schedule"][0] == "problem" and "--install" in found["schedule"][2]

    setup = Setup(tmp_path, monkeypatch, smtp_port=1, imap_port=1)
    os.utime(setup.run_log, (time.time() - 3600, time.time() - 3600))
    stale = problems(setup.checks())
    assert stale["schedule (cron, every 5 min)"][0] == "problem"
    assert "60 min ago" in stale["schedule (cron, every 5 min)"][1]


def test_a_secret_set_only_in_the_shell_is_a_warning_for_cron(tmp_path, monkeypatch):
    setup = Setup(tmp_path, monkeypatch, smtp_port=1, imap_port=1)
    setup.env.write_text("TEST_IMAP_PASSWORD=imap-secret\n", encoding="utf-8")
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "smtp-secret")
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "imap-secret")
    doctor = Doctor(load_study(setup.path), Store(str(setup.db)), Clock(), Secrets.for_study(setup.path),
                    crontab=lambda: setup.crontab)
    found = {c.what: c for c in doctor.secret_checks()}
    assert found["secret TEST_SMTP_PASSWORD"].status == "warning"
    assert "cron and systemd" in found["secret TEST_SMTP_PASSWORD"].hint
    assert found["secret TEST_IMAP_PASSWORD"].status == "ok"  # in the .env as well: cron sees it


def test_vk_token_and_telegram_session_through_the_channels_clients(tmp_path):
    import vk_api

    from audit.sandbox.telegram_peer import FakeTelegram
    from audit.sandbox.vk_server import FakeVk

    clock = FixedClock(datetime(2025, 12, 8, 9, 0, tzinfo=UTC))
    vk, tg = FakeVk(clock).start(), FakeTelegram(clock)
    try:
        vk.add_user("good-token")
        vk.add_community("shop", "Shop")
        tg.add_peer("shop", "Shop")
        session = tg.make_session(tmp_path / "tg.session")
        path = tmp_path / "study.yaml"
        path.write_text(f"""\
id: chat
title: chat study
waves: [{{name: w1, start: 2025-12-08}}]
scripts: [{{channels: [vk, telegram], body: "Здравствуйте"}}]
personas:
  - {{id: anna, name: Anna, vk: {{token_env: VK_TOKEN, api_url: '{vk.api_url}'}},
     telegram: {{api_id: 1, api_hash_env: TG_HASH, session: '{session}'}}}}
  - {{id: boris, name: Boris, vk: {{token_env: VK_BAD, api_url: '{vk.api_url}'}},
     telegram: {{api_id: 1, api_hash_env: TG_HASH, session: '{tmp_path / "none.session"}'}}}}
companies:
  - {{id: shop, name: Shop, segment: s, contacts: {{vk: shop, telegram: '@shop'}}}}
""", encoding="utf-8")
        secrets = Secrets(environ={"VK_TOKEN": "good-token", "VK_BAD": "revoked", "TG_HASH": "x"})
        vk_api.VkApi.RPS_DELAY = 0.0
        doctor = Doctor(load_study(path), Store(str(tmp_path / "a.db")), clock, secrets,
                        factories={"telegram_client_factory": tg.client_factory})
        study = doctor.study
        checks = {c.what: c for p in study.personas for name in ("vk", "telegram")
                  for c in asyncio.run(doctor._account_checks(p, name))}
    finally:
        vk.stop()
    assert checks["persona anna: VK token"].status == "ok"
    assert checks["persona anna: Telegram session"].status == "ok"
    assert checks["persona boris: VK token"].status == "problem"
    assert "VK_BAD" in checks["persona boris: VK token"].hint
    bad = checks["persona boris: Telegram session"]
    assert bad.status == "problem" and "audit login telegram" in bad.hint
    assert [m for m, _ in vk.calls if m == "messages.send"] == []


def _fake_crontab(tmp_path: Path, text: str) -> Path:
    table = tmp_path / "crontab.txt"
    table.write_text(text, encoding="utf-8")
    program = tmp_path / "fake-crontab"
    program.write_text(f"#!/bin/sh\n[ \"$1\" = \"-l\" ] && cat {table}\n", encoding="utf-8")
    program.chmod(0o755)
    return program
