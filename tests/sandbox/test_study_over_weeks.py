"""A study's whole life through the sandbox: two waves on e-mail, feedback forms and the phone, with the
companies file and a script changed between them, a paused channel, a company put on the blocklist and a record
undone; then the database, `audit status`, `audit history` and the report are checked for every one of them.

Study time is stepped by the test (the sandbox's clock barely moves by itself: factor 1), so the run is the same
every time; the simulated companies answer at their own study times, collected as the steps pass them."""

from __future__ import annotations

import asyncio
import json
import textwrap
from datetime import UTC, datetime, timedelta

from typer.testing import CliRunner

from audit.cli.app import app
from audit.collect.run import Runner
from audit.collect.watch import watch
from audit.credentials import Secrets
from audit.people import controls
from audit.people.record import record_call, undo
from audit.sandbox.demo import Sandbox
from audit.sandbox.timeline import SandboxClock
from audit.store.database import Store
from audit.study.load import load_study
from probes import make_channels
from tests.helpers.smtp import free_port

W1 = datetime(2026, 12, 7, 6, 50, tzinfo=UTC)  # Monday, ten minutes before 10:00 in Moscow
W2 = datetime(2026, 12, 14, 6, 50, tzinfo=UTC)


def write(folder, form_port: int, rows: list[str]) -> None:
    (folder / "companies.csv").write_text("\n".join(["id,name,segment,email,form,phone", *rows]) + "\n",
                                          encoding="utf-8")


def company_rows(form_port: int) -> list[str]:
    shops = [f"s{i},Магазин {i},shops,info@s{i}.example,http://127.0.0.1:{form_port}/s{i}/feedback,"
             f"+7 900 000-00-0{i}" for i in range(1, 5)]
    return shops + [f"v{i},Сервис {i},services,hello@v{i}.example,,+7 901 000-00-0{i}" for i in range(1, 3)]


def study_file(folder, smtp: int, imap: int) -> str:
    return textwrap.dedent(f"""\
        id: weeks
        title: Две волны
        timezone: Europe/Moscow
        reply_window: 2d
        rate_limits: {{email: 60, form: 60}}
        blocklist: blocklist.csv
        waves:
          - {{name: w1, start: 2026-12-07}}
          - {{name: w2, start: 2026-12-14}}
        personas:
          - id: anna
            name: Анна Петрова
            email:
              address: anna@shopper.example
              smtp: {{host: 127.0.0.1, port: {smtp}, security: plain, username: anna,
                      password_env: SANDBOX_PASSWORD}}
              imap: {{host: 127.0.0.1, port: {imap}, security: plain, username: anna@shopper.example,
                      password_env: SANDBOX_PASSWORD, poll_seconds: 1}}
        scripts:
          - segment: shops
            channels: [email, form, phone]
            subject: Самовывоз сегодня
            body: "Здравствуйте! До скольки работает пункт самовывоза? {{{{ persona.name }}}}"
            points:
              - {{id: opening_time, patterns: ['до\\s+\\d{{1,2}}']}}
              - {{id: order_help, phrases: [оформить заказ]}}
          - segment: services
            channels: [email, phone]
            subject: Тарифы
            body: "Добрый день! Какие у вас тарифы? {{{{ persona.name }}}}"
            points:
              - {{id: prices, patterns: ['\\d+\\s*(₽|руб)']}}
        companies: companies.csv
        """)


async def step_through(box, runner, study, store, clock, channels, until: datetime, every=timedelta(hours=1)):
    """Cron, compressed: move study time on, run, let the simulated companies answer, watch once."""
    while clock.now() < until:
        clock.skip_to(min(clock.now() + every, until))
        await runner.run_once()
        await asyncio.sleep(0.05)  # the sandbox delivers what is due at this study time
        await watch(study, store, clock, channels, once=True)


def test_two_waves_with_changes_pauses_a_blocklist_and_an_undone_record(tmp_path, monkeypatch):
    monkeypatch.setenv("SANDBOX_PASSWORD", "sandbox")
    monkeypatch.delenv("AUDIT_CLOCK", raising=False)
    form_port = free_port()
    path = tmp_path / "study.yaml"
    path.write_text(study_file(tmp_path, free_port(), free_port()), encoding="utf-8")
    write(tmp_path, form_port, company_rows(form_port))
    (tmp_path / "blocklist.csv").write_text("entry,reason\n", encoding="utf-8")  # the study names it: it exists
    db = tmp_path / "weeks.db"
    store = Store(str(db))

    async def life():
        study = load_study(path)
        clock = SandboxClock(W1, __import__("time").time(), 1.0)
        secrets = Secrets.for_study(path)
        box = Sandbox(study, clock)
        await box.start()
        try:
            channels = make_channels(study, secrets=secrets, clock=clock, **box.factories())
            runner = Runner(study, store, clock, secrets, channels, max_wait=0)  # a gap waits for the next step
            await step_through(box, runner, study, store, clock, channels, W1 + timedelta(hours=8))

            # a person calls two companies; the second call was entered on the wrong probe and is undone
            phones = dict(store.execute("SELECT company_id, id FROM probe WHERE channel = 'phone' AND wave = 'w1'"))
            record_call(store, study, clock, phones["s1"], answered=True, waited="2m",
                        text="Работаем до 20:00, заказ можно оформить на сайте", at="2026-12-07 15:00")
            record_call(store, study, clock, phones["s2"], answered=False, at="2026-12-07 15:10")
            undo(store, study, clock, phones["s2"], "entered on the wrong probe")

            # between the waves: a company withdrawn, the shops' question reworded, forms paused, s4 blocklisted
            clock.skip_to(datetime(2026, 12, 10, 9, 0, tzinfo=UTC))
            write(tmp_path, form_port, [r for r in company_rows(form_port) if not r.startswith("v2,")])
            path.write_text(path.read_text(encoding="utf-8").replace(
                "До скольки работает пункт самовывоза?", "До какого часа работает пункт самовывоза?"),
                encoding="utf-8")
            study = load_study(path)
            controls.pause(store, study, "form", "the form site is being checked", clock.now())
            controls.block(study, "s4", "asked not to be contacted")
            runner = Runner(study, store, clock, secrets, channels, max_wait=0,
                            accept_change="the question reworded")
            clock.skip_to(W2)
            await step_through(box, runner, study, store, clock, channels, W2 + timedelta(hours=8))
            await step_through(box, runner, study, store, clock, channels, W2 + timedelta(days=1),
                               every=timedelta(hours=2))
            return study, clock.now()
        finally:
            await box.stop()

    study, end = asyncio.run(life())

    # the database: every fact kept, with its reason
    probes = {(w, c, ch): (status, version, body) for w, c, ch, status, version, body in store.execute(
        "SELECT wave, company_id, channel, status, study_version, body FROM probe")}
    assert probes[("w1", "s1", "email")][:2] == ("sent", 1)
    assert "До скольки" in probes[("w1", "s1", "email")][2] and "До какого часа" in probes[("w2", "s1", "email")][2]
    assert probes[("w2", "s1", "email")][1] == 2
    assert not any(c == "v2" for w, c, _ in probes if w == "w2")  # withdrawn: no new probe
    assert probes[("w1", "v2", "email")][0] in ("sent", "failed")  # ... and its first wave kept
    assert {ch: probes[("w2", "s4", ch)][0] for ch in ("email", "form", "phone")} == {
        "email": "skipped", "form": "skipped", "phone": "skipped"}
    assert {probes[("w2", c, "form")][0] for c in ("s1", "s2", "s3")} == {"planned"}  # paused
    assert probes[("w1", "s2", "phone")][0] == "task"  # the undone call is a task again
    assert store.execute("SELECT withdrawn_at IS NOT NULL FROM company WHERE id = 'v2'") == [(1,)]
    assert store.execute("SELECT count(*) FROM reply WHERE probe_id IS NOT NULL AND kind = 'human'")[0][0] >= 3

    env = {"AUDIT_CLOCK": f"fixed:{end.isoformat()}", "COLUMNS": "250"}
    status = CliRunner().invoke(app, ["status", str(path), "--db", str(db)], env=env)
    assert status.exit_code == 0, status.output
    for said in ("paused by a person since 2026-12-10 09:00 UTC: the form site is being checked",
                 "withdrawn: removed from the study file", "v2 (2 probes)",
                 "closed unsent: on the blocklist", "asked not to be contacted", "progress and estimated end"):
        assert said in status.output, said

    history = CliRunner().invoke(app, ["history", str(path), "--db", str(db)], env=env)
    assert history.exit_code == 0, history.output
    for said in ("version 1", "version 2", "script for shops on email, form, phone: body changed",
                 "companies removed (kept as withdrawn): v2", "accepted: the question reworded",
                 "corrections of recorded entries (1)", "entered on the wrong probe"):
        assert said in history.output, said

    report = CliRunner().invoke(app, ["report", str(path), "--db", str(db), "--format", "json"], env=env)
    assert report.exit_code == 0, report.output
    data = json.loads(report.output)
    assert data["final"] is False and data["standing"][0].startswith("INTERIM")
    assert "still to send or to do by hand" in data["standing"][0]
    cover = {(r["wave"], r["channel"]): r for r in data["coverage"] if r["segment"] == "all"}
    shops = next(r for r in data["coverage"] if (r["wave"], r["channel"], r["segment"]) == ("w2", "email", "shops"))
    assert (shops["planned"], shops["not_sent"]) == (4, 1)
    assert cover[("w2", "form")]["to_send"] == 3 and cover[("w2", "form")]["not_sent"] == 1  # paused; blocked
    # six calls: s1's recorded (s2's undone: still to do), v2 withdrawn, s4's closed by the blocklist (any wave)
    assert (cover[("w1", "phone")]["by_hand"], cover[("w1", "phone")]["withdrawn"],
            cover[("w1", "phone")]["not_sent"]) == (3, 1, 1)
    assert cover[("w1", "email")]["withdrawn"] == 1
    (waves,) = [c for c in data["comparisons"] if c["kind"] == "wave"]
    assert waves["final"] is False and any(f.startswith("not final") for f in waves["flags"])
    assert any(f.startswith("sent under other study versions (w2: 2; w1: 1") for f in waves["flags"])
