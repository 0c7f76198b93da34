"""What a channel is, is declared once, by the channel (probes.base.ChannelSpec), and every list of channels in
the project is read from the registry: the study file's fields, the plan, the tasks, the watchers' matching, the
report's channels and the sandbox's stand-ins. Shown by the schema matching the registry, and by a channel added to
the registry alone (in a fresh interpreter) becoming usable everywhere."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from audit.study.model import Persona, Study
from probes import MAILBOX, REGISTRY, automated_channels, channel_names
from tests.helpers.studies import ROOT


def test_the_study_files_fields_are_the_registrys_channels():
    schema = Study.model_json_schema()["$defs"]
    assert list(schema["Contacts"]["properties"]) == list(channel_names())
    accounts = [name for name, spec in REGISTRY.items() if spec.account is not None]
    assert list(schema["Persona"]["properties"]) == ["id", "name", *accounts]
    assert schema["Script"]["properties"]["channels"]["items"]["enum"] == list(channel_names())
    assert list(channel_names()) == ["email", "form", "vk", "telegram", "facebook", "instagram", "phone", "whatsapp",
                                     "viber", "chat"]


def test_each_channel_declares_its_facts():
    assert automated_channels() == {"email", "form", "vk", "telegram"}
    assert {n: s.rate_limit for n, s in REGISTRY.items() if s.automated} == {"email": 20, "form": 20, "vk": 20,
                                                                              "telegram": 10}
    assert {n: s.answers for n, s in REGISTRY.items() if s.automated} == {"email": "mail", "form": "mail",
                                                                           "vk": "chat", "telegram": "chat"}
    assert MAILBOX == "email" and REGISTRY["form"].needs_account == "email"  # a form's answer comes by e-mail
    assert all(s.simulator for s in REGISTRY.values() if s.automated)  # the sandbox stands in for each
    assert REGISTRY["telegram"].normalise("https://t.me/Shop_Support/") == "shop_support"
    assert REGISTRY["email"].normalise(" Info@Shop.example ") == "info@shop.example"


def test_a_persona_can_write_on_a_channel_when_it_has_the_account_the_channel_needs():
    bare = Persona(id="p", name="P")
    assert [c for c in channel_names() if bare.has_account(c)] == [n for n, s in REGISTRY.items()
                                                                    if s.needs_account is None]
    with_vk = Persona(id="p", name="P", vk={"token_env": "VK"})
    assert with_vk.has_account("vk") and not with_vk.has_account("form")
    assert with_vk.accounts().keys() == {"vk"} and [a.secret_names() for a in with_vk.accounts().values()] == [["VK"]]


# A new by-hand channel, declared in the registry and nowhere else: a study may name it, a company's CSV column is
# its contact, its probes are tasks for a person, its answer is recorded and timed, the report lists it.
NEW_CHANNEL = textwrap.dedent("""
    import sys
    from probes import REGISTRY
    from probes.base import ChannelSpec

    REGISTRY["fax"] = ChannelSpec("fax", rate_limit=3)

    from datetime import UTC, datetime
    from audit.clock import FixedClock
    from audit.people.record import record_call, record_reply, record_sent
    from audit.people.tasks import open_tasks
    from audit.report.build import build
    from audit.report.figures import Options
    from audit.store.database import Store
    from audit.study.load import load_study

    study = load_study(sys.argv[1])
    assert study.company("c1").contacts.fax == "+7 495 000-00-00" and study.rate_limit("fax") == 3
    store, clock = Store(sys.argv[2]), FixedClock(datetime(2025, 12, 10, 12, 0, tzinfo=UTC))
    (task,) = open_tasks(store, study, clock)
    assert (task.channel, task.reason) == ("fax", "fax is run by hand"), task
    record_sent(store, study, clock, task.probe_id, "2025-12-09 11:00")
    record_reply(store, study, clock, task.probe_id, "Работаем до 20:00", "2025-12-09 12:00")
    report = build(store, study, clock.now(), Options(channels=("fax",)))
    (row,) = [r for r in report.breakdowns[0].rows if r.key.get("channel") == "fax" and len(r.key) == 1]
    print("fax", row.counts["sent"], row.counts["answered"])
""")


def test_a_channel_declared_only_in_the_registry_is_usable_everywhere(tmp_path):
    (tmp_path / "study.yaml").write_text(textwrap.dedent("""\
        id: fax-study
        title: a study over a channel the project has never heard of
        waves: [{name: w1, start: 2025-12-08}]
        personas: [{id: p, name: Пётр}]
        scripts: [{channels: [fax], body: "До скольки вы работаете?"}]
        companies: companies.csv
        """), encoding="utf-8")
    (tmp_path / "companies.csv").write_text("id,name,segment,fax\nc1,Факс и сын,shops,+7 495 000-00-00\n",
                                            encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", NEW_CHANNEL, str(tmp_path / "study.yaml"), str(tmp_path / "a.db")],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.split() == ["fax", "1", "1"]
