"""A study over weeks: every company accounted for, every change of the study recorded, sending stopped and
restarted by people, companies that asked not to be contacted left alone. Runs send through a real SMTP peer."""

from __future__ import annotations

import asyncio
import textwrap

import pytest
from typer.testing import CliRunner

from audit.cli.app import app
from audit.collect.run import Runner
from audit.errors import StudyError
from audit.report.status import gaps
from audit.store.versions import StudyChangedError, history
from audit.study.load import load_study
from tests.helpers.pipeline import Pipeline
from tests.helpers.studies import COMPANIES, LATE, write_study


def _cli(*args: str):
    return CliRunner().invoke(app, list(args), env={"AUDIT_CLOCK": f"fixed:{LATE.isoformat()}", "COLUMNS": "250"})


# -- every company accounted for ---------------------------------------------------------------------------------

def test_a_segment_without_a_script_fails_validation_with_its_line_and_the_near_name(tmp_path):
    companies = COMPANIES + [("shop-typo", "shop", "Europe/Moscow", "info@typo.example")]
    path = write_study(tmp_path, smtp_port=1, imap_port=1, companies=companies)
    with pytest.raises(StudyError) as caught:
        load_study(path)
    message = str(caught.value)
    assert "company shop-typo would get no probe: no script is for segment 'shop'" in message
    assert "did you mean 'shops'?" in message and "exclude:" in message
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if "shop-typo" in text)
    assert f"study.yaml:{line}:" in message
    result = _cli("validate", str(path))
    assert result.exit_code == 2


def test_a_company_left_out_on_purpose_is_valid_and_listed_with_its_reason(tmp_path):
    companies = COMPANIES + [("phone-only", "shops", "Europe/Moscow", "x@phone-only.example")]

    def phone_only(path):
        path.write_text(path.read_text().replace("{email: x@phone-only.example}", "{phone: '+7 900 000-00-00'}"))
        return path

    path = phone_only(write_study(tmp_path, smtp_port=1, imap_port=1, companies=companies))
    with pytest.raises(StudyError, match="company phone-only would get no probe: it has no contact on the channels"):
        load_study(path)
    path = phone_only(write_study(tmp_path, smtp_port=1, imap_port=1, companies=companies,
                                  extra="exclude: {phone-only: 'no e-mail found on the site'}\n"))
    study = load_study(path)
    found = gaps(None, study, LATE)
    assert [(g.wave, g.reason, g.items) for g in found] == [
        ("w1", "excluded by the study: no e-mail found on the site", ["phone-only"])]
    plan = _cli("plan", str(path), "--db", str(tmp_path / "a.db"))
    assert "excluded by the study: no e-mail found on the site (1): phone-only" in plan.output
    bad = write_study(tmp_path, smtp_port=1, imap_port=1, extra="exclude: {nobody: gone}\n")
    with pytest.raises(StudyError, match="exclude.nobody: no company has id 'nobody'"):
        load_study(bad)


def test_a_company_removed_from_the_file_is_kept_as_withdrawn_and_never_breaks_a_run(tmp_path, smtp):
    path = write_study(tmp_path, smtp_port=smtp.port, imap_port=1)
    pipe = Pipeline(path, tmp_path / "a.db", LATE)
    pipe.run()
    assert {p.company_id for p in pipe.probes(status="sent")} == {"shop-msk", "shop-kgd", "svc-msk"}
    # svc-sam (Samara, after hours) is still planned when the researcher deletes its row
    write_study(tmp_path, smtp_port=smtp.port, imap_port=1, companies=[c for c in COMPANIES if c[0] != "svc-sam"])
    study = load_study(path)
    runner = Runner(study, pipe.store, pipe.clock, pipe.secrets, pipe.channels)
    pipe.clock.advance(hours=17)  # Tuesday morning: Samara is open
    result = asyncio.run(runner.run_once())
    assert result.sent == []
    assert [why for p, why in result.waiting if p.company_id == "svc-sam"] == [
        "withdrawn: the company is no longer in the study file (its probes and answers are kept)"]
    assert pipe.store.execute("SELECT withdrawn_at IS NOT NULL FROM company WHERE id = 'svc-sam'") == [(1,)]
    assert [g.items for g in gaps(pipe.store, study, pipe.clock.now()) if g.reason.startswith("withdrawn")] == [
        ["svc-sam (1 probes)"]]
    assert len(pipe.probes()) == 4  # nothing deleted
    assert runner.finished(pipe.clock.now())  # a looping run does not wait for a withdrawn company
    from audit.report.status import progress

    (w1,) = progress(pipe.store, study, pipe.clock.now())
    assert (w1.sent, w1.planned, w1.due, w1.last_send) == (3, 3, 0, None)  # nor does the estimated end
    # back in the file, it is sent like any other
    load = load_study(write_study(tmp_path, smtp_port=smtp.port, imap_port=1))
    asyncio.run(Runner(load, pipe.store, pipe.clock, pipe.secrets, pipe.channels).run_once())
    assert {p.company_id for p in pipe.probes(status="sent")} == {c[0] for c in COMPANIES}
    assert pipe.store.execute("SELECT withdrawn_at FROM company WHERE id = 'svc-sam'") == [(None,)]


# -- every change recorded ---------------------------------------------------------------------------------------

def test_a_changed_script_needs_a_reason_and_every_version_is_recorded(tmp_path, smtp):
    path = write_study(tmp_path, smtp_port=smtp.port, imap_port=1)
    pipe = Pipeline(path, tmp_path / "a.db", LATE)
    pipe.run()
    sent = pipe.probes(status="sent")
    assert {p.study_version for p in sent} == {1}
    assert sent[0].body == "До скольки работает пункт самовывоза?"  # the exact text the probe carried

    path.write_text(path.read_text().replace("Какие у вас тарифы?", "Сколько стоит тариф?"))
    dry = _cli("run", str(path), "--dry-run", "--db", str(tmp_path / "a.db"))
    assert "differs from version 1 (script for services on email: body changed): the next run needs " \
           "--accept-change" in dry.output
    edited = load_study(path)
    with pytest.raises(StudyChangedError) as caught:
        asyncio.run(Runner(edited, pipe.store, pipe.clock, pipe.secrets, pipe.channels).run_once())
    assert "script for services on email: body changed" in str(caught.value)
    assert "--accept-change" in str(caught.value) and caught.value.exit_code == 2
    assert pipe.probes(company_id="svc-sam")[0].status == "planned"  # nothing was sent under the new text

    pipe.clock.advance(hours=17)
    runner = Runner(edited, pipe.store, pipe.clock, pipe.secrets, pipe.channels, accept_change="typo in the price")
    asyncio.run(runner.run_once())
    assert runner.version.number == 2
    versions = history(pipe.store, "itest")
    assert [(v.number, v.reason, n) for v, n in versions] == [(1, None, 3), (2, "typo in the price", 1)]
    assert versions[1][0].changes == ["script for services on email: body changed"]
    # the probe not sent when the change was accepted goes out with the new text, and says under which version
    (sam,) = pipe.probes(company_id="svc-sam")
    assert (sam.body, sam.study_version, sam.status) == ("Сколько стоит тариф?", 2, "sent")
    assert pipe.probes(company_id="svc-msk")[0].body == "Какие у вас тарифы?"  # sent before: kept as it was

    shown = _cli("history", str(path), "--db", str(tmp_path / "a.db"))
    assert shown.exit_code == 0, shown.output
    assert "version 1" in shown.output and "version 2" in shown.output and "accepted: typo in the price" in shown.output


def test_edits_that_do_not_change_what_is_asked_are_recorded_without_a_flag(tmp_path, smtp):
    path = write_study(tmp_path, smtp_port=smtp.port, imap_port=1)
    pipe = Pipeline(path, tmp_path / "a.db", LATE)
    pipe.run()
    write_study(tmp_path, smtp_port=smtp.port, imap_port=1, companies=COMPANIES[:3] + [
        ("svc-sam", "services", "Europe/Samara", "new-address@svc-sam.example")])
    runner = Runner(load_study(path), pipe.store, pipe.clock, pipe.secrets, pipe.channels)
    asyncio.run(runner.run_once())
    assert runner.version.number == 2 and runner.version.changes == ["companies changed: svc-sam"]


# -- people's decisions ------------------------------------------------------------------------------------------

def test_pause_stops_sending_until_resume(tmp_path, smtp):
    path = write_study(tmp_path, smtp_port=smtp.port, imap_port=1)
    db = str(tmp_path / "a.db")
    assert _cli("pause", str(path), "--channel", "email", "--reason", "spam folder check", "--db", db).exit_code == 0
    pipe = Pipeline(path, tmp_path / "a.db", LATE)
    result = pipe.run()
    assert result.sent == [] and len(smtp.messages) == 0
    assert all("email paused by a person" in why and "spam folder check" in why for _, why in result.waiting)
    status = _cli("status", str(path), "--db", db)
    assert "paused by a person" in status.output and "(audit resume)" in status.output
    # resuming the study leaves a channel paused on its own (a colleague's) as it is
    kept = _cli("resume", str(path), "--db", db).output
    assert "the whole study was not paused" in kept and "still paused: email" in kept
    assert pipe.run().sent == []
    assert _cli("resume", str(path), "--channel", "email", "--db", db).output.strip() == "resumed: email"
    assert len(pipe.run().sent) == 3
    nothing = _cli("pause", str(path), "--channel", "vk", "--db", db)
    assert nothing.exit_code == 1 and "sends nothing on vk" in nothing.output


def test_a_contact_marked_unavailable_is_closed_unsent_and_counted_apart(tmp_path, smtp):
    path = write_study(tmp_path, smtp_port=smtp.port, imap_port=1)
    db = str(tmp_path / "a.db")
    marked = _cli("unavailable", str(path), "shop-msk", "email", "--reason", "mailbox full for weeks", "--db", db)
    assert marked.exit_code == 0, marked.output
    assert _cli("unavailable", str(path), "shop-msk", "phone", "--reason", "x", "--db", db).exit_code == 1
    pipe = Pipeline(path, tmp_path / "a.db", LATE)
    result = pipe.run()
    assert [(p.company_id, why) for p, why in result.skipped] == [
        ("shop-msk", "contact marked unavailable by a person: mailbox full for weeks")]
    assert {p.company_id for p in result.sent} == {"shop-kgd", "svc-msk"}
    assert pipe.store.execute("SELECT outcome FROM attempt a JOIN probe p ON p.id = a.probe_id "
                              "WHERE p.company_id = 'shop-msk'") == [("unavailable",)]
    status = _cli("status", str(path), "--db", db)
    assert "not sent" in status.output and "closed unsent: contact marked unavailable" in status.output


def test_a_blocklist_that_is_not_there_is_an_error_not_an_empty_list(tmp_path):
    path = write_study(tmp_path, smtp_port=1, imap_port=1, extra="blocklist: blocklsit.csv\n")
    with pytest.raises(StudyError, match="blocklist: the blocklist .*blocklsit.csv does not exist"):
        load_study(path)
    (tmp_path / "folder").mkdir()
    with pytest.raises(StudyError, match="is a folder, not a file"):
        load_study(write_study(tmp_path, smtp_port=1, imap_port=1, extra="blocklist: folder\n"))
    # the first audit block creates the file the study names
    first = _cli("block", str(write_study(tmp_path, smtp_port=1, imap_port=1, extra="blocklist: new.csv\n")),
                 "shop-msk", "--reason", "asked us\nto stop")
    assert first.exit_code == 0 and "it covers: shop-msk" in first.output, first.output
    assert (tmp_path / "new.csv").read_text(encoding="utf-8") == "entry,reason\nshop-msk,asked us to stop\n"
    typo = _cli("block", str(tmp_path / "study.yaml"), "info@shop-mks.example", "--reason", "asked")
    assert typo.exit_code == 0 and "warning: it covers no company of this study" in typo.output


def test_the_blocklist_is_honoured_by_every_study_that_names_it(tmp_path, smtp):
    shared = tmp_path / "blocklist.csv"
    shared.write_text(textwrap.dedent("""\
        entry,reason
        # companies that asked us to stop
        svc-msk.example,asked not to be contacted (letter of 2026-11-30)
        """), encoding="utf-8")
    folder = tmp_path / "s"
    folder.mkdir()
    path = write_study(folder, smtp_port=smtp.port, imap_port=1, extra="blocklist: ../blocklist.csv\n")
    db = str(tmp_path / "a.db")
    dry = _cli("run", str(path), "--dry-run", "--db", db)
    assert "would be closed unsent: on the blocklist" in dry.output
    added = _cli("block", str(path), "info@shop-msk.example", "--reason", "phoned to complain")
    assert added.exit_code == 0 and "added to" in added.output
    assert "already in" in _cli("block", str(path), "INFO@shop-msk.example", "--reason", "again").output
    pipe = Pipeline(path, tmp_path / "a.db", LATE)
    result = pipe.run()
    assert sorted((p.company_id, why) for p, why in result.skipped) == [
        ("shop-msk", f"on the blocklist ({shared}:4): phoned to complain"),
        ("svc-msk", f"on the blocklist ({shared}:3): asked not to be contacted (letter of 2026-11-30)")]
    assert [p.company_id for p in result.sent] == ["shop-kgd"]
    assert [rcpt for _, rcpt, _ in smtp.messages] == [["zakaz@shop-kgd.example"]]  # nothing else left this machine


@pytest.mark.parametrize(("entry", "contact", "domain"), [
    ("+7 916 123-45-67", "+79161234567", None),
    ("89161234567", "+7 (916) 123 45 67", None),
    ("@shop_help", "shop_help", None),
    ("https://t.me/shop_help", "@shop_help", None),
    ("https://vk.com/shopclub", "shopclub", None),
    ("http://shop.example/feedback", "https://shop.example/feedback/", None),
    ("shop.example/feedback", "https://shop.example/feedback", None),
    ("www.shop.example", "info@shop.example", None),
    ("shop.example", "info@mail.shop.example", None),
    ("shop.example", "https://forms.other.example/x", "shop.example"),
    ("MAILTO:Info@Shop.Example ", "info@shop.example", None),
])
def test_a_blocklist_entry_matches_its_contact_however_either_is_written(entry, contact, domain):
    from audit.study.blocklist import Entry, blocked, normal

    entries = {normal(entry): Entry(entry, "asked", "f:2")}
    assert blocked(entries, "c1", contact, domain) is not None


@pytest.mark.parametrize(("entry", "contact"), [
    ("+7 916 123-45-67", "+79161234568"), ("shop.example", "info@shop.example.org"), ("@shop", "@shop_help"),
    ("example", "info@shop.example"),
])
def test_a_blocklist_entry_does_not_match_another_contact(entry, contact):
    from audit.study.blocklist import Entry, blocked, normal

    assert blocked({normal(entry): Entry(entry, "asked", "f:2")}, "c1", contact, None) is None


def test_what_changed_between_versions_is_said_in_words(tmp_path):
    from audit.store.versions import changes, digest

    path = write_study(tmp_path, smtp_port=1, imap_port=1)
    base = digest(load_study(path))

    def after(old: str, new: str, extra: str = ""):
        text = path.read_text(encoding="utf-8").replace(old, new) + extra
        edited = tmp_path / "edited.yaml"
        edited.write_text(text, encoding="utf-8")
        return changes(base, digest(load_study(edited)))

    assert after("channels: [email], subject: \"Тарифы", "channels: [email], subject: \"Тарифы") == ([], False)
    two = "{segment: services, channels: [email, phone]"
    assert after("{segment: services, channels: [email]", two) == (["script for services: channels +phone"], True)
    assert after("name: Анатолий", "name: Анатолий Петров") == (["personas removed or renamed: anatoly"], True)
    (tmp_path / "b.csv").write_text("entry,reason\n", encoding="utf-8")
    assert after("x", "x", "blocklist: b.csv\n") == (["settings changed"], False)
