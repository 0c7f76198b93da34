"""VK: vk_api's real code against the local fake VK API server (audit.sandbox.vk_server) on 127.0.0.1: sending,
answers by catch-up and by long poll, long poll reconnects, each VK error the channel maps, and end to end through
the runner, the watcher and the store."""

from __future__ import annotations

import asyncio
import textwrap
import time
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path
from types import SimpleNamespace

import pytest
import vk_api
from sqlmodel import select

from audit.clock import FixedClock
from audit.collect.run import Runner
from audit.collect.watch import watch
from audit.credentials import Secrets
from audit.errors import HandOverError, PermanentChannelError, SecretError, TransientChannelError, WatchError
from audit.sandbox.vk_server import FakeVk
from audit.store.database import Store
from audit.store.schema import Attempt, Probe
from audit.study.load import load_study
from probes.vk.channel import AccountWatcher, VkChannel, random_id

T0 = datetime(2025, 12, 8, 9, 0, tzinfo=UTC)  # Monday, noon in Moscow
ACCOUNT = "vk:anatoly"
BODY = "Здравствуйте! До скольки работает пункт самовывоза?"
TOKEN = "vk1.a.persona-token"


def write_study(tmp_path: Path, api_url: str, companies) -> Path:
    rows = "\n".join(f"  - {{id: {cid}, name: {cid}, segment: shops, timezone: Europe/Moscow, "
                     f"contacts: {{vk: '{contact}'}}}}" for cid, contact in companies)
    path = tmp_path / "study.yaml"
    path.write_text(textwrap.dedent(f"""\
        id: vk
        title: VK test study
        timezone: Europe/Moscow
        waves: [{{name: w1, start: 2025-12-08}}]
        scripts:
          - {{channels: [vk], body: "{BODY}"}}
        personas:
          - {{id: anatoly, name: Анатолий, vk: {{token_env: VK_TOKEN, api_url: '{api_url}'}}}}
        companies:
        """) + rows + "\n", encoding="utf-8")
    return path


class MemoryCheckpoints:
    def __init__(self):
        self.saved = {}

    def get(self, account, folder):
        return self.saved.get((account, folder))

    def save(self, batch):
        self.saved[(batch.account, batch.folder)] = (batch.uidvalidity, batch.last_uid)


class World:
    def __init__(self, fake: FakeVk, tmp_path: Path, companies=(("shop", "shop"),)):
        self.fake, self.clock = fake, fake.clock
        fake.add_user(TOKEN)
        for _, contact in companies:
            fake.add_community(contact.rsplit("/", 1)[-1], f"Магазин {contact}")
        self.study = load_study(write_study(tmp_path, fake.api_url, companies))
        self.secrets = Secrets(environ={"VK_TOKEN": TOKEN})
        self.checkpoints = MemoryCheckpoints()

    def channel(self) -> VkChannel:
        return VkChannel(self.study, secrets=self.secrets, clock=self.clock)

    def send(self, contact: str = "shop", commit=None, token: str = "t1"):
        async def nothing():
            pass

        probe = SimpleNamespace(persona="anatoly", contact=contact, body=BODY, token=token)
        return asyncio.run(self.channel().send(probe, commit or nothing))

    def watch_once(self) -> list:
        async def run():
            return [b async for b in self.channel().watch(self.checkpoints, once=True)]

        batches = asyncio.run(run())
        for b in batches:
            self.checkpoints.save(b)
        return batches


@pytest.fixture(autouse=True)
def quick(monkeypatch):
    """vk_api spaces its calls 0.34 s apart (VK's 3 a second); the local fake needs no spacing, except in the test
    that checks the limit is kept."""
    monkeypatch.setattr(vk_api.VkApi, "RPS_DELAY", 0.0)


@pytest.fixture
def fake():
    server = FakeVk(FixedClock(T0)).start()
    yield server
    server.stop()


@pytest.fixture
def world(fake, tmp_path):
    return World(fake, tmp_path)


def text_of(raw: bytes) -> str:
    return message_from_bytes(raw, policy=default_policy).get_body(("plain",)).get_content().strip()


def uids(batches) -> list[int]:
    return [m.uid for b in batches for m in b.messages]


@pytest.mark.parametrize("contact", ["shop", "https://vk.com/shop", "club1000"])
def test_send_goes_to_the_community_after_commit(world, contact):
    at_commit = []

    async def commit():
        at_commit.append(len(world.fake.sent()))

    sent = world.send(contact, commit)
    assert at_commit == [0]
    (out,) = world.fake.sent()
    assert (out["to"], out["text"], out["peer_id"]) == ("shop", BODY, -1000)
    assert sent.sent_at == datetime.fromtimestamp(out["date"], UTC) == T0  # VK's date
    assert sent.detail["message_id"] == out["id"]
    (_, params), = [c for c in world.fake.calls if c[0] == "messages.send"]
    assert params["random_id"] == str(random_id(SimpleNamespace(token="t1", body=BODY)))


def test_a_retried_send_of_the_same_probe_is_one_message(world):
    world.send(token="same")
    world.send(token="same")  # the same random_id: VK keeps one message
    assert len(world.fake.sent()) == 1


def test_answers_are_caught_up_once_with_vk_time(world):
    world.send()
    at = T0 + timedelta(minutes=20)
    answer = world.fake.answer("shop", "Работаем до 20:00.", at=at)
    (batch,) = world.watch_once()
    (got,) = batch.messages  # our own message is not an answer
    assert (got.account, got.folder, got.uid, got.peer) == (ACCOUNT, "messages", answer, "shop")
    assert got.received_at == at and text_of(got.raw) == "Работаем до 20:00."
    assert batch.last_uid == answer
    assert world.watch_once() == []


def test_catch_up_after_downtime_reads_every_company_from_the_checkpoint(fake, tmp_path):
    w = World(fake, tmp_path, companies=(("a", "shop"), ("b", "mall"), ("c", "bank")))
    for name in ("shop", "mall", "bank"):
        w.send(name, token=name)
    first = fake.answer("mall", "Минутку.")
    assert uids(w.watch_once()) == [first]
    later = [fake.answer("bank", "Тарифы на сайте."), fake.answer("shop", "До 20:00."),
             fake.answer("mall", "Уточнили: до 21:00.")]
    assert uids(w.watch_once()) == later  # a fresh channel, from the checkpoint: all, once
    assert w.watch_once() == []
    histories = [p["peer_id"] for m, p in fake.calls if m == "messages.getHistory"]
    assert "-1003" not in histories  # a conversation that is not a company's is never read


def test_many_conversations_are_paged(fake, tmp_path):
    companies = [(f"c{i}", f"shop{i}") for i in range(230)]
    w = World(fake, tmp_path, companies=companies)
    for _, name in companies:
        fake.write(TOKEN, name, BODY)
    answers = [fake.answer(name, f"Ответ {name}") for _, name in companies[::-1]]  # the first company answers last
    assert sorted(uids(w.watch_once())) == sorted(answers)


def test_an_answer_during_the_catch_up_is_not_lost(fake, tmp_path):
    w = World(fake, tmp_path, companies=(("a", "shop"), ("b", "mall")))
    w.send("shop", token="1")
    w.send("mall", token="2")
    late = []
    original = AccountWatcher._history

    def history(api, peer, after, found):
        original(api, peer, after, found)
        if not late:  # right after the first conversation is read, both companies answer
            late.append(fake.answer("mall", "Мы ответили во время чтения"))
            late.append(fake.answer("shop", "И мы тоже"))

    AccountWatcher._history = staticmethod(history)
    try:
        got = uids(w.watch_once())
    finally:
        AccountWatcher._history = staticmethod(original)
    got += uids(w.watch_once())
    assert sorted(set(got)) == sorted(late)


def test_answers_arrive_by_long_poll_and_a_reconnect_loses_nothing(world):
    world.send()

    async def run():
        got, channel = [], world.channel()
        stream = channel.watch(world.checkpoints, once=False)

        async def consume():
            async for batch in stream:
                world.checkpoints.save(batch)
                got.extend(batch.messages)

        task = asyncio.create_task(consume())
        await _until(lambda: any(m == "messages.getLongPollServer" for m, _ in world.fake.calls))
        a = await asyncio.to_thread(world.fake.answer, "shop", "Первый ответ")
        await _until(lambda: len(got) == 1)
        world.fake.longpoll_fail(2)  # the key expired: vk_api asks for a new server
        b = await asyncio.to_thread(world.fake.answer, "shop", "Второй ответ")
        await _until(lambda: len(got) == 2)
        world.fake.fail_next("messages.getLongPollServer", "drop")  # the network fails on reconnect
        world.fake.longpoll_fail(3)
        c = await asyncio.to_thread(world.fake.answer, "shop", "Третий ответ")
        await _until(lambda: len(got) >= 3)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return [m.uid for m in got], [a, b, c]

    got, expected = asyncio.run(run())
    assert sorted(set(got)) == expected and len(got) == len(set(got))


async def _until(condition, limit: float = 20.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, "the condition was not met"
        await asyncio.sleep(0.02)


@pytest.mark.parametrize("code", [15, 901, 902])
def test_closed_messages_or_a_token_without_rights_make_vk_unavailable(world, code):
    world.fake.fail_next("messages.send", code)
    with pytest.raises(PermanentChannelError) as info:
        world.send()
    assert info.value.code == "unavailable" and f"VK error {code}" in info.value.message
    assert world.fake.sent() == []


def test_a_community_with_messages_off_is_unavailable_before_anything_is_committed(fake, tmp_path):
    w = World(fake, tmp_path)
    fake.communities["shop"].can_message = False
    committed = []

    async def commit():
        committed.append(1)

    with pytest.raises(PermanentChannelError, match="messages turned off"):
        w.send(commit=commit)
    assert committed == []


def test_an_unknown_community_is_unavailable(world):
    with pytest.raises(PermanentChannelError) as info:
        world.send("nosuchshop")
    assert info.value.code == "unavailable"


def test_captcha_hands_the_probe_to_a_person_and_pauses_vk(world):
    world.fake.fail_next("messages.send", 14)
    with pytest.raises(HandOverError) as info:
        world.send()
    assert info.value.code == "captcha" and info.value.pause >= 3600
    assert "captcha.php" in info.value.evidence["captcha_img"]


@pytest.mark.parametrize("failure, code, retry_after", [
    (9, "vk_9", 3600.0), (29, "vk_29", 6 * 3600.0), (10, "vk_10", None), ("http500", "http", None),
    ("drop", "uncertain", None)])
def test_transient_failures(world, failure, code, retry_after):
    world.fake.fail_next("messages.send", failure)
    with pytest.raises(TransientChannelError) as info:
        world.send()
    assert (info.value.code, info.value.retry_after) == (code, retry_after)


def test_a_network_failure_before_commit_is_a_plain_retry(world):
    world.fake.fail_next("groups.getById", "drop")
    with pytest.raises(TransientChannelError) as info:
        world.send()
    assert info.value.code == "connection"


def test_the_channel_keeps_to_three_requests_a_second(world, monkeypatch):
    monkeypatch.setattr(vk_api.VkApi, "RPS_DELAY", 0.34)  # vk_api's own spacing, as in a real study
    world.fake.rps_limit = 3
    channel = world.channel()

    async def three_probes():
        async def nothing():
            pass

        for token in ("a", "b", "c"):
            await channel.send(SimpleNamespace(persona="anatoly", contact="shop", body=BODY, token=token), nothing)

    asyncio.run(three_probes())
    assert len(world.fake.sent()) == 3 and world.fake.too_fast == 0


def test_too_many_requests_per_second_is_waited_out_by_vk_api(world):
    world.fake.fail_next("messages.send", 6)
    world.send()
    assert len(world.fake.sent()) == 1


def test_a_refused_token_stops_the_run_with_what_to_do(world):
    world.secrets = Secrets(environ={"VK_TOKEN": "expired"})
    with pytest.raises(SecretError, match="VK_TOKEN"):
        world.send()
    with pytest.raises(SecretError, match="VK_TOKEN"):
        VkChannel(world.study, secrets=Secrets(environ={}), clock=world.clock).preflight()


def test_watching_gives_up_cleanly_when_vk_cannot_be_read(world):
    for _ in range(5):
        world.fake.fail_next("groups.getById", "http500")
    with pytest.raises(WatchError, match="vk:anatoly"):
        world.watch_once()


# -- end to end: runner, watcher, store


def _e2e(world, tmp_path):
    store = Store(str(tmp_path / "a.db"))
    runner = Runner(world.study, store, world.clock, world.secrets, channels={"vk": world.channel()})
    (_, planned), = runner.planned(T0).values()
    world.clock.at = max(T0, max(p.planned_at for p in planned))
    return store, runner


def _probes(store) -> list[Probe]:
    with store.session() as s:
        return list(s.exec(select(Probe)).all())


def test_end_to_end_an_answer_20_minutes_later_is_timed(world, tmp_path):
    store, runner = _e2e(world, tmp_path)
    (probe,) = asyncio.run(runner.run_once()).sent
    world.fake.answer("shop", "Здравствуйте! Работаем до 20:00.", at=probe.sent_at + timedelta(minutes=20))
    watched = asyncio.run(watch(world.study, store, world.clock, {"vk": world.channel()}, once=True))
    assert watched.matched == 1
    (got,) = _probes(store)
    assert got.answer_reply_id is not None and got.response_seconds == 1200


def test_end_to_end_closed_messages_are_recorded_unavailable(world, tmp_path):
    store, runner = _e2e(world, tmp_path)
    world.fake.fail_next("messages.send", 902)
    asyncio.run(runner.run_once())
    (probe,) = _probes(store)
    assert probe.status == "failed"
    with store.session() as s:
        assert [a.outcome for a in s.exec(select(Attempt)).all()] == ["unavailable"]
    from audit.cli.views import status_table
    from audit.report.status import status

    (row,), _ = status(store, world.study.id)
    assert (row.channel, row.failed, row.unavailable) == ("vk", 1, 1)  # told apart from a failure in `audit status`
    assert [c.header for c in status_table(store, world.study).columns][7:9] == ["failed", "unavailable"]


def test_a_chat_bot_answering_before_the_send_is_recorded_is_matched_and_timed(world, tmp_path):
    """The watcher stores the answer while the run still holds the probe as committing (compressed time in the
    sandbox, or a community's bot in a real study)."""
    store, runner = _e2e(world, tmp_path)
    world.fake.on_send = lambda name, msg: world.fake.answer(name, "Здравствуйте! Я бот, оператор скоро ответит: "
                                                                   "работаем до 20:00.",
                                                             at=datetime.fromtimestamp(msg["date"], UTC)
                                                             + timedelta(seconds=3))

    class WatchedMidSend(VkChannel):
        async def send(self, probe, commit):
            sent = await super().send(probe, commit)
            result = await watch(world.study, store, world.clock, {"vk": world.channel()}, once=True)
            assert result.matched == 1  # matched to the probe that is still committing
            return sent

    runner.channels = {"vk": WatchedMidSend(world.study, secrets=world.secrets, clock=world.clock)}
    (probe,) = asyncio.run(runner.run_once()).sent
    (got,) = _probes(store)
    assert got.answer_reply_id is not None and got.response_seconds == 3


@pytest.mark.parametrize("method", ["groups.getById", "messages.getConversations", "messages.getHistory"])
def test_a_captcha_while_watching_is_a_watch_error_with_what_to_do(world, method):
    world.send()
    world.fake.answer("shop", "Работаем до 20:00.")
    world.fake.fail_next(method, 14)
    with pytest.raises(WatchError, match="captcha") as info:
        world.watch_once()
    assert "solve it" in str(info.value)
    assert uids(world.watch_once()) != []  # once a person has solved it, nothing was lost


def test_a_captcha_does_not_stop_a_running_watcher(world):
    world.send()
    world.fake.fail_next("messages.getConversations", 14)
    answer = world.fake.answer("shop", "Работаем до 20:00.")
    before = world.clock.now()

    async def run():
        got, stream = [], world.channel().watch(world.checkpoints, once=False)
        async for batch in stream:
            got.extend(batch.messages)
            break
        await stream.aclose()
        return got

    got = asyncio.run(asyncio.wait_for(run(), 30))
    assert [m.uid for m in got] == [answer]
    assert world.clock.now() - before >= timedelta(minutes=15)  # it rested before asking VK again


def test_a_token_without_the_messages_right_is_the_accounts_problem_not_the_companys(world):
    world.fake.fail_next("messages.send", 7)
    with pytest.raises(SecretError, match="no right to send messages") as info:
        world.send()
    assert "VK_TOKEN" in str(info.value)


def test_end_to_end_a_refused_token_after_commit_leaves_the_probe_planned_and_rests_vk(world, tmp_path):
    """VK answered with an error: nothing left, even though the run had committed to sending. The probe is neither
    failed (the company did nothing) nor recorded as possibly sent (it would never be sent)."""
    store, runner = _e2e(world, tmp_path)
    world.fake.fail_next("messages.send", 7)
    result = asyncio.run(runner.run_once())
    assert [why for _, why in result.refused] and not result.sent and not result.failed
    (probe,) = _probes(store)
    assert probe.status == "planned" and probe.sent_at is None
    with store.session() as s:
        assert [a.outcome for a in s.exec(select(Attempt)).all()] == ["credentials"]
    assert runner.paused_until("vk", "anatoly") > world.clock.now()
    assert world.fake.sent() == []
