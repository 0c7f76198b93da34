"""One contract suite for every automated channel: send, answer, restart, error, rate limit — through the real
runner, watcher and store, against each channel's local peer (tests/contract.py)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlmodel import select

from audit.clock import FixedClock
from audit.collect.run import Runner
from audit.collect.watch import watch
from audit.credentials import Secrets
from audit.store.database import Store
from audit.store.schema import Probe
from audit.study.load import load_study
from probes import make_channels
from tests.helpers.contract import HARNESSES, NOON

# NOON (tests/contract.py): Monday 16:40 in Moscow, when both probes of the day are due


class World:
    def __init__(self, harness, tmp_path, monkeypatch, rate: int = 60):
        self.h = harness
        for k, v in harness.env().items():
            monkeypatch.setenv(k, v)
        self.study = load_study(harness.study(rate))
        self.store = Store(str(tmp_path / "a.db"))
        self.clock = FixedClock(NOON)

    def channels(self) -> dict:
        """Fresh channel objects, as a restarted process would make them."""
        return make_channels(self.study, secrets=Secrets.for_study(self.study.source), clock=self.clock,
                             **self.h.factories())

    def run(self):
        channels = self.channels()
        return asyncio.run(Runner(self.study, self.store, self.clock, Secrets.for_study(self.study.source),
                                  {self.h.name: channels[self.h.name]}).run_once())

    def watch_once(self):
        channels = self.channels()
        return asyncio.run(watch(self.study, self.store, self.clock, {n: channels[n] for n in self.h.watch},
                                 once=True))

    def probes(self) -> list[Probe]:
        with self.store.session() as s:
            return list(s.exec(select(Probe).order_by(Probe.id)).all())

    def outcomes(self, probe_id):
        return [o for (o,) in self.store.execute("SELECT outcome FROM attempt WHERE probe_id = :p ORDER BY id",
                                                 p=probe_id)]


@pytest.fixture(params=sorted(HARNESSES))
def world(request, tmp_path, monkeypatch, dovecot, smtp):
    harness = HARNESSES[request.param](tmp_path, dovecot, smtp)
    harness.start()
    try:
        yield lambda rate=60: World(harness, tmp_path, monkeypatch, rate)
    finally:
        harness.stop()


def test_send(world):
    w = world()
    result = w.run()
    probes = w.probes()
    assert [p.status for p in probes] == ["sent", "sent"] and len(result.sent) == 2
    assert w.h.received() == ["До скольки работает пункт самовывоза?"] * 2
    assert all(w.outcomes(p.id) == ["sent"] for p in probes)
    w.run()  # a second run sends nothing again
    assert len(w.h.received()) == 2


def test_answer_is_stored_timed_and_understood(world):
    w = world()
    w.run()
    first = w.probes()[0]
    w.h.answer(first, "Здравствуйте! Работаем до 20:00.", first.sent_at + timedelta(minutes=25))
    result = w.watch_once()
    assert result.matched == 1 and result.understood >= 1
    got = w.probes()[0]
    assert got.answer_reply_id is not None and got.response_seconds == 25 * 60
    (kind, text), = w.store.execute("SELECT kind, text FROM reply WHERE probe_id = :p", p=first.id)
    assert kind == "human" and "Работаем до 20:00." in text


def test_restart_collects_what_came_meanwhile_once(world):
    w = world()
    w.run()
    a, b = w.probes()
    w.h.answer(a, "Работаем до 20:00.", a.sent_at + timedelta(minutes=5))
    w.watch_once()
    w.h.answer(b, "Работаем до 21:00.", b.sent_at + timedelta(minutes=50))  # while no watcher runs
    w.watch_once()  # a new process: its checkpoint says where to resume
    w.watch_once()
    replies = w.store.execute("SELECT probe_id FROM reply WHERE kind != 'own' ORDER BY id")
    assert [r.probe_id for r in replies] == [a.id, b.id]  # each once
    assert w.probes()[1].response_seconds == 50 * 60


@pytest.mark.parametrize("kind, status, outcome", [("permanent", None, None), ("transient", "planned", "transient")])
def test_errors_are_recorded_outcomes(world, kind, status, outcome):
    w = world()
    contacts = w.h.contacts()
    w.h.fail_next(contacts[0], kind)
    w.run()
    by_contact = {p.contact: p for p in w.probes()}
    failed, ok = by_contact[contacts[0]], by_contact[contacts[1]]
    assert ok.status == "sent"
    if kind == "permanent":  # refused, closed to us, or needing a person: never silently lost, never sent
        assert (failed.status, w.outcomes(failed.id)[-1]) == w.h.permanent and failed.sent_at is None
    else:
        assert failed.status == status and w.outcomes(failed.id) == [outcome]
        assert failed.sent_at is None


def test_rate_limit_holds(world):
    w = world(rate=1)  # one message an hour for the persona on this channel
    result = w.run()
    statuses = sorted(p.status for p in w.probes())
    assert statuses == ["planned", "sent"] and len(w.h.received()) == 1
    assert any("rate limit" in why for _, why in result.waiting)
