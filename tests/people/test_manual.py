"""Channels run by hand: tasks with the text to paste, recorded sends, replies and calls with validated times; and
the runner's hand-over and pause for automated probes a person must take over."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime, timedelta

import pytest
from typer.testing import CliRunner

from audit.cli.app import app
from audit.clock import FixedClock
from audit.collect.run import Runner
from audit.credentials import Secrets
from audit.errors import HandOverError, TransientChannelError
from audit.store.database import Store
from audit.study.load import load_study
from probes.base import Sent

runner = CliRunner()
MONDAY_NOON_MSK = datetime(2025, 12, 8, 9, 0, tzinfo=UTC)
LATER = MONDAY_NOON_MSK + timedelta(days=1)


def write(tmp_path, channels=("phone", "whatsapp", "email")):
    study = tmp_path / "study.yaml"
    # books has a phone only: an e-mail-only study must say it leaves it out (audit validate refuses otherwise)
    exclude = "" if "phone" in channels else "exclude: {books: 'phone only'}"
    study.write_text(textwrap.dedent(f"""\
        id: hand
        title: By hand
        {exclude}
        waves: [{{name: w1, start: 2025-12-08}}]
        personas:
          - id: anna
            name: Анна Петрова
            email:
              address: anna@shopper.example
              smtp: {{host: 127.0.0.1, port: 1, security: plain}}
              imap: {{host: 127.0.0.1, port: 1, security: plain, username: anna, password_env: X}}
        scripts:
          - channels: {list(channels)}
            subject: "Самовывоз"
            body: "Здравствуйте! До скольки работает пункт самовывоза? {{{{ persona.name }}}}"
            points: [{{id: opening_time, patterns: ['до\\s+\\d{{1,2}}']}}]
        companies:
          - {{id: flowers, name: Цветы, segment: shops, timezone: Europe/Moscow,
             contacts: {{phone: "+7 495 000-00-01", whatsapp: "+7 900 000-00-01", email: info@flowers.example}}}}
          - {{id: books, name: Книги, segment: shops, timezone: Asia/Yekaterinburg,
             contacts: {{phone: "+7 343 000-00-02"}}}}
        """), encoding="utf-8")
    return study


def cli(*args, at=LATER, **kw):
    return runner.invoke(app, list(args), env={"AUDIT_CLOCK": f"fixed:{at.isoformat()}", "COLUMNS": "200", "X": "x"},
                         **kw)


def probes(db, **where):
    rows = Store(str(db)).execute("SELECT id, company_id, channel, status, sent_at, response_seconds, last_error "
                                  "FROM probe ORDER BY id")
    return [r for r in rows if all(getattr(r, k) == v for k, v in where.items())]


def test_tasks_list_what_to_send_by_hand_with_the_text_and_the_time(tmp_path):
    study, db = write(tmp_path), tmp_path / "a.db"
    out = cli("tasks", str(study), "--db", str(db))
    assert out.exit_code == 0, out.output
    tasks = probes(db, status="task")
    assert sorted((p.company_id, p.channel) for p in tasks) == [("books", "phone"), ("flowers", "phone"),
                                                                 ("flowers", "whatsapp")]
    assert [p.channel for p in probes(db, status="planned")] == ["email"]  # automated: audit run sends it
    assert out.output.count("До скольки работает пункт самовывоза? Анна Петрова") == 3  # rendered, ready to paste
    assert "+7 343 000-00-02" in out.output and "phone is run by hand" in out.output
    assert "Asia/Yekaterinburg" not in out.output and "+05" in out.output  # by when, in the company's own time
    only_phone = cli("tasks", str(study), "--db", str(db), "--channel", "whatsapp")
    assert "+7 900 000-00-01" in only_phone.output and "+7 343" not in only_phone.output


def test_record_a_send_and_a_reply_with_times_checked(tmp_path):
    study, db = write(tmp_path), tmp_path / "a.db"
    cli("tasks", str(study), "--db", str(db))
    (wa,) = [p for p in probes(db) if p.channel == "whatsapp"]
    reply = cli("record", "reply", str(wa.id), "--text", "До 20:00", "--db", str(db))
    assert reply.exit_code == 1 and "has not been sent" in reply.output and "audit record sent" in reply.output
    future = cli("record", "sent", str(wa.id), "--at", "2025-12-09 15:00", "--db", str(db))
    assert future.exit_code == 1 and "in the future" in future.output
    sent = cli("record", "sent", str(wa.id), "--at", "2025-12-08 11:30", "--db", str(db))  # Moscow time
    assert sent.exit_code == 0, sent.output
    assert "recorded as sent at 2025-12-08 08:30 UTC" in sent.output  # the study file found from the database
    again = cli("record", "sent", str(wa.id), "--db", str(db))
    assert again.exit_code == 1 and "already recorded as sent" in again.output  # never sent twice
    early = cli("record", "reply", str(wa.id), "--text", "x", "--at", "2025-12-08 11:00", "--db", str(db))
    assert early.exit_code == 1 and "before probe" in early.output
    answer = tmp_path / "answer.txt"
    answer.write_text("Здравствуйте, Анна! Пункт работает до 21:00.", encoding="utf-8")
    ok = cli("record", "reply", str(wa.id), "--file", str(answer), "--at", "2025-12-08T09:15:00Z", "--db", str(db))
    assert ok.exit_code == 0, ok.output
    (got,) = probes(db, id=wa.id)
    assert got.status == "sent" and got.response_seconds == 45 * 60
    (kind, text, match_rule), = Store(str(db)).execute("SELECT kind, text, match_rule FROM reply")
    assert (kind, match_rule) == ("human", "by hand") and text == "Здравствуйте, Анна! Пункт работает до 21:00."
    score = Store(str(db)).execute("SELECT score FROM score WHERE rater = 'auto'")[0][0]
    assert score >= 3  # the opening time is answered
    twice = cli("record", "reply", str(wa.id), "--file", str(answer), "--at", "2025-12-08T09:15:00Z", "--db", str(db))
    assert twice.exit_code == 1 and "already recorded" in twice.output


def test_the_same_reply_recorded_again_later_is_refused_and_entries_can_be_undone_or_edited(tmp_path):
    study, db = write(tmp_path), tmp_path / "a.db"
    cli("tasks", str(study), "--db", str(db))
    (wa,) = [p for p in probes(db) if p.channel == "whatsapp"]
    cli("record", "sent", str(wa.id), "--at", "2025-12-08 11:30", "--db", str(db))
    first = cli("record", "reply", str(wa.id), "--text", "Работаем до 21:00", "--at", "2025-12-08 12:00",
                "--db", str(db))
    assert first.exit_code == 0, first.output
    # the same text entered again, without the time or with another: one answer, not two
    for again in (("--at", "2025-12-08 12:05"), ()):
        twice = cli("record", "reply", str(wa.id), "--text", "Работаем  до 21:00 ", *again, "--db", str(db))
        assert twice.exit_code == 1 and "already recorded (the same text)" in twice.output
    assert Store(str(db)).execute("SELECT count(*) FROM reply")[0][0] == 1
    repeat = cli("record", "reply", str(wa.id), "--text", "Работаем до 21:00", "--at", "2025-12-08 12:30",
                 "--repeat", "--db", str(db))
    assert repeat.exit_code == 0  # the company really wrote it twice: said so explicitly

    # undo the last reply: the probe's answer is the first one again; the old value is in the record log
    undone = cli("record", "undo", str(wa.id), "--reason", "double entry", "--db", str(db))
    assert undone.exit_code == 0 and "removed" in undone.output, undone.output
    assert Store(str(db)).execute("SELECT count(*) FROM reply")[0][0] == 1
    assert probes(db, id=wa.id)[0].response_seconds == 30 * 60

    # edit its time: timed again, scored again, and the old one kept
    edited = cli("record", "edit", str(wa.id), "--at", "2025-12-08 12:10", "--reason", "chat showed 12:10",
                 "--db", str(db))
    assert edited.exit_code == 0, edited.output
    assert probes(db, id=wa.id)[0].response_seconds == 40 * 60
    (text,), = Store(str(db)).execute("SELECT text FROM reply")
    assert text.strip() == "Работаем до 21:00"
    refused = cli("record", "edit", str(wa.id), "--at", "2025-12-08 11:00", "--reason", "x", "--db", str(db))
    assert refused.exit_code == 1 and probes(db, id=wa.id)[0].response_seconds == 40 * 60  # left as it was

    # undo the reply, then the send: the probe is a task again, with nothing lost from the log
    cli("record", "undo", str(wa.id), "--reason", "wrong probe", "--db", str(db))
    back = cli("record", "undo", str(wa.id), "--reason", "wrong probe", "--db", str(db))
    assert back.exit_code == 0 and "task again" in back.output
    (got,) = probes(db, id=wa.id)
    assert (got.status, got.sent_at, got.response_seconds) == ("task", None, None)
    log = Store(str(db)).execute("SELECT action, target FROM record_log ORDER BY id")
    assert [a for a, _ in log] == ["sent", "reply", "reply", "undo", "undo", "reply", "undo", "undo"]
    nothing = cli("record", "undo", str(wa.id), "--reason", "x", "--db", str(db))
    assert nothing.exit_code == 1 and "nothing recorded by hand" in nothing.output
    history = cli("history", str(study), "--db", str(db))
    assert "corrections of recorded entries (4)" in history.output and "double entry" in history.output


def test_a_refused_call_leaves_nothing_half_recorded_and_a_call_just_made_needs_no_time(tmp_path):
    study, db = write(tmp_path), tmp_path / "a.db"
    cli("tasks", str(study), "--db", str(db))
    books, flowers = sorted((p for p in probes(db) if p.channel == "phone"), key=lambda p: p.company_id)
    future = cli("record", "call", str(flowers.id), "--answered", "--waited", "30d", "--at", "2025-12-08 12:00",
                 "--db", str(db))
    assert future.exit_code == 1 and "in the future" in future.output
    assert probes(db, id=flowers.id)[0].status == "task"  # not half recorded
    # recorded right after hanging up: dialled `waited` ago, answered now
    now = cli("record", "call", str(flowers.id), "--answered", "--waited", "3m", "--text", "До 21:00",
              "--db", str(db))
    assert now.exit_code == 0, now.output
    (got,) = probes(db, id=flowers.id)
    assert got.status == "sent" and got.response_seconds == 180
    assert str(got.sent_at).startswith(f"{LATER - timedelta(minutes=3):%Y-%m-%d %H:%M}")


def test_phone_calls_answered_or_not_with_the_waiting_time(tmp_path):
    study, db = write(tmp_path), tmp_path / "a.db"
    cli("tasks", str(study), "--db", str(db))
    books, flowers = sorted((p for p in probes(db) if p.channel == "phone"), key=lambda p: p.company_id)
    late = cli("record", "call", str(books.id), "--not-answered", "--at", "2025-12-08 19:30", "--db", str(db))
    assert late.exit_code == 0 and "outside Книги's working hours" in late.output  # a warning, not an error
    call = cli("record", "call", str(flowers.id), "--answered", "--waited", "2m", "--text", "Работаем до 21:00",
               "--at", "2025-12-08 12:00", "--study", str(study), "--db", str(db))
    assert call.exit_code == 0, call.output
    by_id = {p.id: p for p in probes(db)}
    assert by_id[flowers.id].response_seconds == 120 and by_id[flowers.id].status == "sent"
    assert by_id[books.id].status == "sent" and by_id[books.id].response_seconds is None
    details = [d for (d,) in Store(str(db)).execute("SELECT detail FROM attempt WHERE outcome = 'sent'")]
    assert any('"waited_seconds": 120.0' in d and '"answered"' in d for d in details)
    assert any('"not answered"' in d for d in details)
    bad = cli("record", "call", str(flowers.id), "--answered", "--waited", "soon", "--db", str(db))
    assert bad.exit_code == 1 and "--waited" in bad.output
    unknown_wait = cli("record", "call", str(books.id), "--answered", "--db", str(db))
    assert unknown_wait.exit_code == 1 and "needs --waited" in unknown_wait.output


class Scripted:
    """A channel at the contract seam that fails as told: the runner's handling is what is under test."""

    def __init__(self, *errors):
        self.errors, self.sent = list(errors), []

    def preflight(self):
        pass

    async def send(self, probe, commit):
        if self.errors:
            raise self.errors.pop(0)
        await commit()
        self.sent.append(probe.id)
        return Sent(sent_at=LATER)


@pytest.mark.parametrize("error, status, outcome", [
    (HandOverError("a CAPTCHA guards the form", code="captcha", pause=3600), "task", "handed_over"),
    (TransientChannelError("FloodWait: 1800 s", code="flood_wait", retry_after=1800), "planned", "transient"),
])
def test_a_hand_over_or_a_service_asked_pause_stops_the_channel_for_that_persona(tmp_path, error, status, outcome):
    study = load_study(write(tmp_path, channels=("email",)))
    store = Store(str(tmp_path / "a.db"))
    study.companies.append(study.companies[0].model_copy(update={"id": "flowers2"}))
    study._by_id = None
    channel = Scripted(error)
    clock = FixedClock(MONDAY_NOON_MSK + timedelta(hours=4, minutes=44))  # 16:44, every probe of the day is due
    result = asyncio_run(Runner(study, store, clock, Secrets(environ={}), channels={"email": channel}).run_once())
    first, second = probes(tmp_path / "a.db")
    assert (first.status, second.status) == (status, "planned") and channel.sent == []
    assert "paused for anna until" in result.waiting[0][1]  # the second probe waits: the service asked
    attempt = store.execute("SELECT outcome FROM attempt")[0][0]
    assert attempt == outcome
    if status == "task":
        assert "CAPTCHA" in first.last_error and len(result.handed_over) == 1
    clock.advance(hours=19, minutes=16)  # the next day at noon: the pause is over, the channel works again
    asyncio_run(Runner(study, store, clock, Secrets(environ={}), channels={"email": channel}).run_once())
    assert sorted(channel.sent) == ([second.id] if status == "task" else [first.id, second.id])


def asyncio_run(coro):
    import asyncio

    return asyncio.run(coro)


def test_a_chat_message_read_twice_is_the_same_bytes_so_it_is_stored_once():
    from probes.base import chat_message

    def read():
        return chat_message(channel="vk", peer="shop_club", sender="Магазин", text="До 20:00", at=LATER,
                            message_id="42", source={"id": 42, "text": "До 20:00"})

    assert read() == read()
    assert read() != chat_message(channel="vk", peer="shop_club", sender="Магазин", text="До 20:00", at=LATER,
                                  message_id="43", source={"id": 43, "text": "До 20:00"})


def test_a_dry_run_shows_what_a_run_would_send_by_the_runs_own_rules(tmp_path):
    """Only automated channels, only inside each company's hours, never from a paused account; nothing stored."""
    study = load_study(write(tmp_path))
    ekb = {"id": "flowers-ekb", "timezone": "Asia/Yekaterinburg"}
    study.companies.append(study.companies[0].model_copy(update=ekb))
    study._by_id = None
    store = Store(str(tmp_path / "a.db"))
    clock = FixedClock(MONDAY_NOON_MSK + timedelta(hours=4, minutes=44))  # 16:44 in Moscow, 18:44 in Yekaterinburg
    run = Runner(study, store, clock, Secrets(environ={}), channels={})
    result = asyncio_run(run.run_once(dry_run=True))
    assert [(p.company_id, p.channel) for p in result.would_send] == [("flowers", "email")]
    assert [(p.company_id, why) for p, why in result.waiting] == [
        ("flowers-ekb", "outside the company's working hours")]
    assert store.execute("SELECT count(*) FROM probe")[0][0] == 0
    run.pause("email", "anna", clock.now() + timedelta(hours=1))
    paused = asyncio_run(run.run_once(dry_run=True))
    assert paused.would_send == [] and "paused for anna" in paused.waiting[-1][1]


def test_runs_that_put_the_same_wave_in_the_database_at_once_both_go_on(tmp_path):
    """Two runs started by cron at the same moment: the second's insert meets the first's probes (UNIQUE per
    company, channel and wave) and reads them back instead of failing."""
    study = load_study(write(tmp_path))
    store = Store(str(tmp_path / "a.db"))
    clock = FixedClock(MONDAY_NOON_MSK)
    first, second = (Runner(study, store, clock, Secrets(environ={}), channels={}) for _ in range(2))
    real = second._new_probe
    raced = []

    def new_probe_while_the_first_run_commits(p):
        if not raced:
            raced.append(first.materialize(clock.now()))
        return real(p)

    second._new_probe = new_probe_while_the_first_run_commits
    assert second.materialize(clock.now()) == 0 and raced == [4]
    assert store.execute("SELECT count(*) FROM probe")[0][0] == 4


def test_record_with_only_the_database_finds_the_study_from_any_folder(tmp_path, monkeypatch):
    write(tmp_path)
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "a.db"
    cli("tasks", "study.yaml", "--db", str(db))  # the study named relatively, from its own folder
    (wa,) = [p for p in probes(db) if p.channel == "whatsapp"]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "study.yaml").write_text("id: other\n", encoding="utf-8")  # a different study of the same name
    monkeypatch.chdir(elsewhere)
    sent = cli("record", "sent", str(wa.id), "--at", "2025-12-08 11:30", "--db", str(db))
    assert sent.exit_code == 0, sent.output
