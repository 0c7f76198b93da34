"""`audit pilot`: the study's e-mail scripts sent to the researcher's own address through the persona's SMTP account
(the aiosmtpd peer), recorded apart from the probes, never counted by status, report or export, never to a company;
a reply to a pilot is stored as unmatched. SIGTERM and SIGINT stop it as they stop a run (tests/collect/
test_stop_signals.py): a pilot not handed to the server is not sent, one handed over finishes, none follows."""

from __future__ import annotations

import signal
from email import message_from_bytes
from email.policy import default as default_policy

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from audit.cli.app import app
from audit.store.database import Store
from audit.store.schema import Pilot, Probe
from probes.base import Batch, Incoming
from tests.helpers.backends import rows as db_rows
from tests.helpers.pipeline import Pipeline
from tests.helpers.process import Audit, stopped_cleanly
from tests.helpers.studies import LATE, write_study

runner = CliRunner()
ME = "researcher@home.example"


def study_with_a_form(tmp_path, smtp_port: int):
    """The test study with one company that also has a feedback form, so the shops script goes by form too."""
    path = write_study(tmp_path, smtp_port=smtp_port, imap_port=1)
    text = path.read_text(encoding="utf-8").replace(
        "{segment: shops, channels: [email]", "{segment: shops, channels: [email, form]").replace(
        "contacts: {email: zakaz@shop-kgd.example}",
        "contacts: {email: zakaz@shop-kgd.example, form: 'https://shop-kgd.example/feedback'}")
    path.write_text(text, encoding="utf-8")
    return path


def invoke(*args: str):
    return runner.invoke(app, list(args))


def test_pilots_arrive_as_written_and_are_recorded_apart(tmp_path, monkeypatch, smtp):
    monkeypatch.setenv("AUDIT_CLOCK", f"fixed:{LATE.isoformat()}")
    study, db = study_with_a_form(tmp_path, smtp.port), str(tmp_path / "a.db")
    status = invoke("status", str(study), "--db", db).output
    report = invoke("report", str(study), "--db", db, "--format", "json").output

    done = invoke("pilot", str(study), "--to", ME, "--db", db)
    assert done.exit_code == 0, done.output
    assert "3 of 3 pilot message(s) sent" in done.output

    assert [(frm, to) for frm, to, _ in smtp.messages] == [("anatoly@shopper.example", [ME])] * 3
    msgs = [message_from_bytes(raw, policy=default_policy) for _, _, raw in smtp.messages]
    assert [m["Subject"] for m in msgs] == ["[pilot] Самовывоз сегодня", "[pilot] Самовывоз сегодня",
                                            "[pilot] Тарифы и договор"]
    assert all(m.get_content_charset() == "utf-8" for m in msgs)
    shops, form, services = (m.get_content() for m in msgs)
    assert shops.startswith("До скольки работает пункт самовывоза?")
    assert "rendered for company shop-msk (info@shop-msk.example)" in shops
    assert "form at https://shop-kgd.example/feedback" in form and "+" in form.split("e-mail: ")[1].split("@")[0]
    assert "До скольки работает пункт самовывоза?" in form
    assert services.startswith("Какие у вас тарифы?") and "svc-msk" in services

    with Store(db).session() as s:
        rows = s.exec(select(Pilot).order_by(Pilot.id)).all()
        assert s.exec(select(Probe)).all() == []  # a pilot is never a probe
    assert [(r.script, r.channel, r.company_id, r.to_addr, r.outcome) for r in rows] == [
        (0, "email", "shop-msk", ME, "sent"), (0, "form", "shop-kgd", ME, "sent"),
        (1, "email", "svc-msk", ME, "sent")]
    assert [r.message_id for r in rows] == [m["Message-ID"] for m in msgs]
    assert rows[1].token in form and all(r.sent_at is not None for r in rows)

    # nothing of it in what the study reports
    # before: no database at all; after: the pilot table only. Either way the study has no results
    for before, command in ((status, ("status",)), (report, ("report", "--format", "json"))):
        after = invoke(*command[:1], str(study), "--db", db, *command[1:])
        assert after.exit_code == 4 and "no results of study" in before
        assert "holds no probe of it" in after.output
    exported = invoke("export", str(study), "--db", db, "--csv", "-")
    assert exported.exit_code == 4 and ME not in exported.output  # no probe, so nothing to export


def test_dry_run_and_channel_and_company_choices(tmp_path, smtp):
    study, db = study_with_a_form(tmp_path, smtp.port), str(tmp_path / "a.db")
    done = invoke("pilot", str(study), "--to", ME, "--db", db, "--dry-run", "--channel", "email",
                  "--company", "svc-sam")
    assert done.exit_code == 0, done.output
    assert "dry run: nothing is sent or recorded" in done.output and "Какие у вас тарифы?" in done.output
    assert "scripts[0] on email: company svc-sam does not get this script" in done.output
    assert "scripts[0] on form: left out by --channel" in done.output
    assert smtp.messages == []
    with Store(db).session() as s:
        assert s.exec(select(Pilot)).all() == []
    refused = invoke("pilot", str(study), "--to", ME, "--db", db, "--channel", "vk")
    assert refused.exit_code == 1 and "only email, form" in refused.output


def test_a_companys_address_is_refused(tmp_path, smtp):
    study, db = study_with_a_form(tmp_path, smtp.port), str(tmp_path / "a.db")
    done = invoke("pilot", str(study), "--to", "Info@Shop-Msk.example", "--db", db)
    assert done.exit_code == 1
    assert "company shop-msk" in done.output and "never goes to a company" in done.output
    assert smtp.messages == []
    assert invoke("pilot", str(study), "--to", "not-an-address", "--db", db).exit_code == 1


def test_a_refused_login_is_recorded_as_failed(tmp_path, monkeypatch):
    from tests.helpers.smtp import start_smtp

    peer = start_smtp(password="other")
    try:
        study, db = study_with_a_form(tmp_path, peer.port), str(tmp_path / "a.db")
        done = invoke("pilot", str(study), "--to", ME, "--db", db, "--channel", "email")
    finally:
        peer.stop()
    assert done.exit_code == 1 and "refused the login" in done.output
    with Store(db).session() as s:
        assert {r.outcome for r in s.exec(select(Pilot)).all()} == {"failed"}


def test_a_reply_to_a_pilot_is_stored_unmatched(tmp_path, smtp):
    from audit.collect.ingest import Ingest

    study, db = study_with_a_form(tmp_path, smtp.port), tmp_path / "a.db"
    pipe = Pipeline(study, db, LATE)
    pipe.run()  # the wave's probes, with the same subjects as the pilots
    assert invoke("pilot", str(study), "--to", ME, "--db", str(db), "--channel", "email").exit_code == 0
    with pipe.store.session() as s:
        pilot = s.exec(select(Pilot)).first()
    # even from a company's domain, quoting the pilot's subject and Message-ID
    raw = (f"From: Support <info@shop-msk.example>\r\nTo: anatoly@shopper.example\r\nSubject: Re: {pilot.subject}"
           f"\r\nIn-Reply-To: {pilot.message_id}\r\nReferences: {pilot.message_id}\r\nMessage-ID: <r1@shop-msk.example>"
           "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nРаботаем до 20:00.\r\n").encode()
    rows = Ingest(pipe.study, pipe.store, pipe.clock).add(
        Batch("anatoly@shopper.example", "INBOX", 7, 1,
              [Incoming("anatoly@shopper.example", "INBOX", 7, 1, LATE, raw)]))
    assert [r["probe_id"] for r in rows] == [None]
    assert all(p.first_reply_id is None for p in pipe.probes())


def test_a_pilot_after_a_run_changes_nothing_the_study_reports(tmp_path, monkeypatch, smtp):
    monkeypatch.setenv("AUDIT_CLOCK", f"fixed:{LATE.isoformat()}")
    study, db = write_study(tmp_path, smtp_port=smtp.port, imap_port=1), str(tmp_path / "a.db")
    assert invoke("run", str(study), "--db", db).exit_code == 0
    sent = len(smtp.messages)
    assert sent == 3
    views = [("status",), ("report", "--format", "json"), ("export", "--csv", "-")]
    before = [invoke(v[0], str(study), "--db", db, *v[1:]).output for v in views]
    assert invoke("pilot", str(study), "--to", ME, "--db", db).exit_code == 0
    assert len(smtp.messages) > sent
    assert [invoke(v[0], str(study), "--db", db, *v[1:]).output for v in views] == before


def pilots(db) -> list[tuple]:
    return db_rows(db, "SELECT outcome, error FROM pilot ORDER BY id")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_before_the_commit_sends_nothing_and_records_nothing_as_sent(tmp_path, smtp, db, sig):
    smtp.hold = "RCPT"  # the recipient is being checked: the message cannot leave yet
    study = write_study(tmp_path, smtp_port=smtp.port, imap_port=1)  # two scripts: two pilots
    audit = Audit("pilot", str(study), "--to", ME, "--db", db)
    assert smtp.held.wait(60)
    audit.proc.send_signal(sig)
    code, out, err = audit.finish()  # the held server never answers: the pilot drops the connection
    stopped_cleanly(code, out, err, sig)
    assert "0 of 2 pilot message(s) sent" in out and "before its turn" in out
    assert smtp.messages == []
    name = signal.Signals(sig).name
    assert pilots(db) == [("stopped", f"stopped by {name} before the message could leave")]  # the second: never


def test_a_stop_after_the_commit_lets_the_pilot_finish_and_takes_no_other(tmp_path, smtp, db):
    smtp.hold = "DATA"  # the whole message is with the server, which has not said yet whether it takes it
    study = write_study(tmp_path, smtp_port=smtp.port, imap_port=1)
    audit = Audit("pilot", str(study), "--to", ME, "--db", db)
    assert smtp.held.wait(60)
    audit.proc.send_signal(signal.SIGTERM)
    audit.wait_for("the pilot in hand is let finish")  # it has the signal while the message is in flight
    smtp.release.set()
    code, out, err = audit.finish()
    stopped_cleanly(code, out, err, signal.SIGTERM)
    assert "1 of 2 pilot message(s) sent" in out
    assert len(smtp.messages) == 1
    assert pilots(db) == [("sent", None)]
    assert db_rows(db, "SELECT message_id FROM pilot WHERE sent_at IS NOT NULL") == [
        (message_from_bytes(smtp.messages[0][2])["Message-ID"],)]


def test_a_second_signal_stops_the_pilot_at_once_unconfirmed(tmp_path, smtp, db):
    smtp.hold = "DATA"
    study = write_study(tmp_path, smtp_port=smtp.port, imap_port=1)
    audit = Audit("pilot", str(study), "--to", ME, "--db", db)
    assert smtp.held.wait(60)
    audit.proc.send_signal(signal.SIGINT)
    audit.wait_for("a second signal stops at once")
    audit.proc.send_signal(signal.SIGINT)
    code, out, err = audit.finish()  # without the server's answer
    assert code == 130 and "Traceback" not in err, out + err
    assert "stopped at once by a second signal" in out
    ((outcome, error),) = pilots(db)
    assert outcome == "unconfirmed" and "may have arrived" in error
