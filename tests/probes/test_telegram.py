"""Telegram: sending through the client seam, watching (catch-up and events), the error mapping, login and preflight;
and end to end through the runner, the watcher and the store. The Telegram side is audit.sandbox.telegram_peer: no
network, real telethon messages, events and error classes."""

from __future__ import annotations

import asyncio
import os
import stat
import textwrap
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlmodel import select
from telethon import errors

from audit.clock import FixedClock
from audit.collect.run import Runner
from audit.collect.watch import watch
from audit.credentials import Secrets
from audit.errors import AuditError, HandOverError, PermanentChannelError, SecretError, TransientChannelError
from audit.sandbox.telegram_peer import FakeTelegram
from audit.store.database import Store
from audit.store.schema import Attempt, Probe
from audit.study.load import load_study
from probes.telegram.channel import TelegramChannel, login

T0 = datetime(2025, 12, 8, 9, 0, tzinfo=UTC)  # Monday, noon in Moscow
ACCOUNT = "telegram:anatoly"
BODY = "Здравствуйте! До скольки работает пункт самовывоза?"


def write_study(tmp_path: Path, session: Path | None, companies=(("shop", "@shop"),), phone: str = "",
                personas: tuple[str, ...] = ("anatoly",)) -> Path:
    rows = "\n".join(f"  - {{id: {cid}, name: {cid}, segment: shops, timezone: Europe/Moscow, "
                     f"contacts: {{telegram: '{contact}'}}}}" for cid, contact in companies)
    people = ""
    for pid in personas:
        where = session if pid == personas[0] else (session.parent / f"{pid}.session" if session else None)
        account = "{api_id: 1, api_hash_env: TG_HASH" + (f", session: '{where}'" if where else "") + \
            (f", phone: '{phone}'" if phone else "") + "}"
        people += f"  - {{id: {pid}, name: {pid.title()}, telegram: {account}}}\n"
    path = tmp_path / "study.yaml"
    path.write_text(textwrap.dedent(f"""\
        id: tg
        title: Telegram test study
        timezone: Europe/Moscow
        waves: [{{name: w1, start: 2025-12-08}}]
        scripts:
          - {{channels: [telegram], body: "{BODY}"}}
        companies:
        """) + rows + "\npersonas:\n" + people, encoding="utf-8")
    return path


class World:
    """A study with one persona logged in, the fake Telegram with its companies, and a stopped clock."""

    def __init__(self, tmp_path: Path, companies=(("shop", "@shop"),), personas=("anatoly",)):
        self.clock = FixedClock(T0)
        self.fake = FakeTelegram(self.clock)
        for _, contact in companies:
            self.fake.add_peer(contact.lstrip("@").rsplit("/", 1)[-1], f"Магазин {contact}")
        self.session = self.fake.make_session(tmp_path / "tg.session")
        for i, pid in enumerate(personas[1:], 2):
            self.fake.make_session(tmp_path / f"{pid}.session", phone=f"+7999000000{i}")
        self.study = load_study(write_study(tmp_path, self.session, companies, personas=personas))
        self.secrets = Secrets(environ={"TG_HASH": "x"})
        self.checkpoints = MemoryCheckpoints()

    def channel(self, factory=None) -> TelegramChannel:
        """A fresh channel object, as a restarted process makes it."""
        return TelegramChannel(self.study, secrets=self.secrets, clock=self.clock,
                               telegram_client_factory=factory or self.fake.client_factory)

    def send(self, contact: str = "@shop", commit=None, persona: str = "anatoly"):
        async def nothing():
            pass

        probe = SimpleNamespace(persona=persona, contact=contact, body=BODY)
        return asyncio.run(self.channel().send(probe, commit or nothing))

    def watch_once(self, channel=None) -> list:
        async def run():
            return [b async for b in (channel or self.channel()).watch(self.checkpoints, once=True)]

        batches = asyncio.run(run())
        for b in batches:
            self.checkpoints.save(b)
        return batches


class MemoryCheckpoints:
    """What the store does with a batch's checkpoint, in memory."""

    def __init__(self):
        self.saved: dict[tuple[str, str], tuple[int, int]] = {}

    def get(self, account, folder):
        return self.saved.get((account, folder))

    def save(self, batch):
        self.saved[(batch.account, batch.folder)] = (batch.uidvalidity, batch.last_uid)


def messages(batches) -> list:
    return [m for b in batches for m in b.messages]


def text_of(raw: bytes) -> str:
    msg = message_from_bytes(raw, policy=default_policy)
    return msg.get_body(("plain",)).get_content().strip()


@pytest.mark.parametrize("contact", ["@shop", "shop", "https://t.me/Shop"])
def test_send_goes_to_the_username_after_commit(tmp_path, contact):
    w = World(tmp_path)
    at_commit = []

    async def commit():
        at_commit.append(len(w.fake.sent))

    sent = w.send(contact, commit)
    assert at_commit == [0]  # committed before the message existed
    (out,) = w.fake.sent
    assert (out.username, out.text) == ("shop", BODY)
    assert sent.sent_at == out.date == T0  # Telegram's date of the message
    assert sent.detail == {"message_id": out.id, "peer": "shop"}


def test_answers_are_collected_once_with_telegram_time_and_peer(tmp_path):
    w = World(tmp_path)
    w.send()
    answered_at = T0 + timedelta(minutes=20)
    answer_id = w.fake.answer("shop", "Работаем до 20:00.", at=answered_at)
    (batch,) = w.watch_once()
    (got,) = batch.messages  # our own outgoing message is not an answer
    assert (got.account, got.folder, got.uid, got.peer) == (ACCOUNT, "messages", answer_id, "@shop")
    assert got.received_at == answered_at and got.received_at.tzinfo is not None
    assert text_of(got.raw) == "Работаем до 20:00."
    assert (batch.uidvalidity, batch.last_uid) == (0, answer_id)
    assert w.watch_once() == []  # nothing new: nothing yielded


def test_catch_up_after_restart_loses_nothing_and_repeats_nothing(tmp_path):
    w = World(tmp_path)
    w.send()
    first = w.fake.answer("shop", "Минутку, уточню.", at=T0 + timedelta(minutes=5))
    assert [m.uid for m in messages(w.watch_once())] == [first]
    second = w.fake.answer("shop", "Работаем до 20:00.", at=T0 + timedelta(minutes=50))  # while no watcher runs
    assert [m.uid for m in messages(w.watch_once())] == [second]  # a new channel object, from the checkpoint
    assert w.watch_once() == [] and w.checkpoints.get(ACCOUNT, "messages") == (0, second)


def test_an_answer_in_a_chat_already_read_is_not_lost_behind_a_newer_one(tmp_path):
    w = World(tmp_path, companies=(("shop", "@shop"), ("mall", "@mall")))
    w.send("@shop")
    w.send("@mall")
    answers = []

    def factory(*args):
        client = w.fake.client_factory(*args)
        iterate = client.iter_messages

        def iter_messages(peer, **kw):
            if peer.user_id == w.fake.peers["mall"].id and not answers:
                # while the watcher is between the two chats: shop answers (read already), then mall (not yet)
                answers.append(w.fake.answer("shop", "Работаем до 20:00."))
                answers.append(w.fake.answer("mall", "Работаем до 21:00."))
            return iterate(peer, **kw)

        client.iter_messages = iter_messages
        return client

    batches = w.watch_once(w.channel(factory))
    assert sorted(m.uid for m in messages(batches)) == answers
    assert w.checkpoints.get(ACCOUNT, "messages") == (0, max(answers))


def test_every_persona_is_watched_with_a_checkpoint_of_its_own(tmp_path):
    w = World(tmp_path, companies=(("shop", "@shop"), ("mall", "@mall"), ("ghost", "@ghost")),
              personas=("anatoly", "boris"))
    del w.fake.peers["ghost"]  # a username nobody has: left out, the others are watched
    w.send("@shop", persona="anatoly")
    w.send("@mall", persona="boris")
    to_anatoly = w.fake.answer("shop", "Работаем до 20:00.")
    to_boris = w.fake.answer("mall", "Работаем до 21:00.")
    got = {(m.account, m.peer, m.uid) for m in messages(w.watch_once())}
    assert got == {("telegram:anatoly", "@shop", to_anatoly), ("telegram:boris", "@mall", to_boris)}
    assert w.checkpoints.saved == {("telegram:anatoly", "messages"): (0, to_anatoly),
                                   ("telegram:boris", "messages"): (0, to_boris)}


async def _next(out: asyncio.Queue):
    return await asyncio.wait_for(out.get(), timeout=10)  # a guard against hanging, not a measurement


async def _follow(channel, checkpoints, out: asyncio.Queue) -> None:
    async for batch in channel.watch(checkpoints, once=False):
        checkpoints.save(batch)
        await out.put(batch)


def test_answers_arrive_as_events_while_watching(tmp_path):
    w = World(tmp_path)
    w.send()

    async def run():
        out: asyncio.Queue = asyncio.Queue()
        task = asyncio.create_task(_follow(w.channel(), w.checkpoints, out))
        caught_up = await _next(out)
        assert caught_up.messages == [] and caught_up.last_uid == w.fake.sent[0].id  # past our own message
        at = T0 + timedelta(minutes=20)
        answer_id = w.fake.answer("shop", "Работаем до 20:00.", at=at)  # the watcher reads no history now
        batch = await _next(out)
        task.cancel()
        return batch, answer_id, at

    batch, answer_id, at = asyncio.run(run())
    (got,) = batch.messages
    assert (got.uid, got.peer, got.received_at, batch.last_uid) == (answer_id, "@shop", at, answer_id)
    assert text_of(got.raw) == "Работаем до 20:00."
    assert w.fake.clients == []  # the cancelled watcher disconnected


@pytest.mark.parametrize("when", ["before", "after"])
def test_an_answer_during_catch_up_comes_once(tmp_path, when):
    """Before the chat is read, the answer is in the history and an event too: it is yielded once. After, it is
    only an event: the watcher subscribed before catching up, so it is not lost."""
    w = World(tmp_path)
    w.send()
    first = []

    def factory(*args):
        client = w.fake.client_factory(*args)
        iterate = client.iter_messages

        async def iter_messages(peer, **kw):
            if when == "before":
                first.append(w.fake.answer("shop", "Минутку."))
            async for msg in iterate(peer, **kw):
                yield msg
            if when == "after":
                first.append(w.fake.answer("shop", "Минутку."))

        client.iter_messages = iter_messages
        return client

    async def run():
        out: asyncio.Queue = asyncio.Queue()
        task = asyncio.create_task(_follow(w.channel(factory), w.checkpoints, out))
        got = messages([await _next(out)])
        while first[0] not in [m.uid for m in got]:
            got += messages([await _next(out)])
        second = w.fake.answer("shop", "Работаем до 20:00.")  # its event comes after the first one's
        while second not in [m.uid for m in got]:
            got += messages([await _next(out)])
        task.cancel()
        return [m.uid for m in got], second

    uids, second = asyncio.run(run())
    assert uids == [first[0], second]


def test_a_lost_connection_is_followed_by_a_catch_up(tmp_path):
    w = World(tmp_path)
    w.send()

    async def run():
        out: asyncio.Queue = asyncio.Queue()
        task = asyncio.create_task(_follow(w.channel(), w.checkpoints, out))
        await _next(out)
        w.fake.drop_connections()
        answer_id = w.fake.answer("shop", "Работаем до 20:00.")  # nobody connected: no event for it
        batch = await _next(out)
        task.cancel()
        return batch, answer_id

    batch, answer_id = asyncio.run(run())
    assert [m.uid for m in batch.messages] == [answer_id]


def test_flood_wait_while_watching_waits_the_time_asked(tmp_path):
    w = World(tmp_path)
    w.send()
    answer_id = w.fake.answer("shop", "Работаем до 20:00.")
    w.fake.flood_next(30, on="iter_messages")
    assert [m.uid for m in messages(w.watch_once())] == [answer_id]
    assert w.clock.now() == T0 + timedelta(seconds=30)  # the stopped clock moves by what the watcher waited


@pytest.mark.parametrize("on", ["get_input_entity", "send_message"])
def test_flood_wait_on_send_asks_the_run_to_wait_that_long(tmp_path, on):
    w = World(tmp_path)
    w.fake.flood_next(420, on=on)
    with pytest.raises(TransientChannelError) as info:
        w.send()
    assert info.value.code == "flood_wait" and info.value.retry_after == 420  # refused: certainly not sent
    assert w.fake.sent == []


@pytest.mark.parametrize("contact, failure", [
    ("@nobody", None),  # no account has the username
    ("@news", None),  # a channel, not an account that takes private messages
    ("@shop", errors.UserPrivacyRestrictedError(request=None)),
    ("@shop", errors.UserIsBlockedError(request=None)),
])
def test_a_company_we_cannot_write_to_is_unavailable(tmp_path, contact, failure):
    w = World(tmp_path)
    w.fake.add_peer("news", "Новости", channel=True)
    if failure is not None:
        w.fake.fail_next(failure)
    with pytest.raises(PermanentChannelError) as info:
        w.send(contact)
    assert info.value.code == "unavailable" and w.fake.sent == []


@pytest.mark.parametrize("failure, error, code", [
    (errors.MessageTooLongError(request=None), PermanentChannelError, "rejected"),  # the same would fail again
    (errors.RpcCallFailError(request=None), TransientChannelError, "rpc_error"),  # Telegram's own trouble
])
def test_other_refusals(tmp_path, failure, error, code):
    w = World(tmp_path)
    w.fake.fail_next(failure)
    with pytest.raises(error) as info:
        w.send()
    assert info.value.code == code


def test_peer_flood_hands_the_probe_to_a_person_and_rests_the_account(tmp_path):
    w = World(tmp_path)
    w.fake.fail_next(errors.PeerFloodError(request=None))
    with pytest.raises(HandOverError) as info:
        w.send()
    assert info.value.code == "peer_flood" and info.value.pause >= 12 * 3600 and "@SpamBot" in str(info.value)


@pytest.mark.parametrize("on, code", [("connect", "connection"), ("send_message", "uncertain")])
def test_a_connection_failure_before_or_after_commit(tmp_path, on, code):
    w = World(tmp_path)
    commits = []

    async def commit():
        commits.append(1)

    w.fake.fail_next(ConnectionError("reset by peer"), on=on)
    with pytest.raises(TransientChannelError) as info:
        w.send(commit=commit)
    assert info.value.code == code and len(commits) == (1 if code == "uncertain" else 0)


def test_login_stores_a_private_session_and_asks_what_telegram_needs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    old = os.umask(0o022)  # files are created 0644 unless made private on purpose
    try:
        fake = FakeTelegram(password="secret 2fa")
        study = load_study(write_study(tmp_path, None))
        asked = []
        path = asyncio.run(login(study, "anatoly", secrets=Secrets(environ={"TG_HASH": "x"}),
                                 ask_code=lambda: asked.append("code") or fake.code,
                                 ask_password=lambda: asked.append("password") or "secret 2fa",
                                 ask_phone=lambda: asked.append("phone") or "+79990000001",
                                 client_factory=fake.client_factory))
    finally:
        os.umask(old)
    assert path == Path("data/telegram-anatoly.session") and asked == ["phone", "code", "password"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    async def authorized():
        client = fake.client_factory(str(path), 1, "x")
        await client.connect()
        return await client.is_user_authorized()

    assert asyncio.run(authorized())
    with pytest.raises(AuditError, match="refused the login"):
        asyncio.run(login(study, "anatoly", secrets=Secrets(environ={"TG_HASH": "x"}), ask_code=lambda: "00000",
                          ask_password=lambda: "", client_factory=FakeTelegram(password="x").client_factory,
                          ask_phone=lambda: "+79990000002"))


def test_login_uses_the_phone_and_session_of_the_study(tmp_path):
    fake = FakeTelegram()
    study = load_study(write_study(tmp_path, tmp_path / "sessions" / "mine", phone="+79990000003"))
    path = asyncio.run(login(study, "anatoly", secrets=Secrets(environ={"TG_HASH": "x"}), ask_code=lambda: fake.code,
                             ask_password=lambda: "", client_factory=fake.client_factory))
    assert path == tmp_path / "sessions" / "mine.session"  # telethon's name for it
    assert [a.phone for a in fake.accounts.values()] == ["+79990000003"]


def test_preflight_names_the_login_command_and_makes_the_session_private(tmp_path):
    w = World(tmp_path)
    w.session.chmod(0o644)
    w.channel().preflight()
    assert stat.S_IMODE(w.session.stat().st_mode) == 0o600
    w.session.unlink()
    with pytest.raises(SecretError) as info:
        w.channel().preflight()
    assert f"audit login telegram {tmp_path / 'study.yaml'} --persona anatoly" in str(info.value)
    with pytest.raises(SecretError, match="TG_HASH"):
        TelegramChannel(w.study, secrets=Secrets(environ={}), clock=w.clock).preflight()


def test_a_session_that_is_not_logged_in_stops_the_run(tmp_path):
    w = World(tmp_path)
    w.session.unlink()
    w.session.touch(mode=0o600)  # a file, but no authorization in it
    with pytest.raises(SecretError, match="not logged in"):
        w.send()


# -- end to end: runner, watcher, store


def _e2e(tmp_path):
    w = World(tmp_path)
    store = Store(str(tmp_path / "a.db"))
    runner = Runner(w.study, store, w.clock, w.secrets, channels={"telegram": w.channel()})
    return w, store, runner


def _probes(store) -> list[Probe]:
    with store.session() as s:
        return list(s.exec(select(Probe)).all())


def test_end_to_end_an_answer_20_minutes_later_is_timed(tmp_path):
    w, store, runner = _e2e(tmp_path)
    w.clock.at = _due(runner)
    result = asyncio.run(runner.run_once())
    (probe,) = result.sent
    assert probe.sent_at == w.fake.sent[0].date
    w.fake.answer("shop", "Здравствуйте! Работаем до 20:00.", at=probe.sent_at + timedelta(minutes=20))
    watched = asyncio.run(watch(w.study, store, w.clock, {"telegram": w.channel()}, once=True))
    assert watched.matched == 1
    (got,) = _probes(store)
    assert got.answer_reply_id is not None and got.response_seconds == 1200


def test_end_to_end_flood_wait_replans_the_probe_and_pauses_the_account(tmp_path):
    w, store, runner = _e2e(tmp_path)
    now = w.clock.at = _due(runner)
    w.fake.flood_next(3600)
    asyncio.run(runner.run_once())
    (probe,) = _probes(store)
    assert probe.status == "planned" and probe.planned_at >= now + timedelta(hours=1)
    with store.session() as s:
        assert [a.outcome for a in s.exec(select(Attempt)).all()] == ["transient"]
    assert runner.paused_until("telegram", "anatoly") >= now + timedelta(hours=1)
    assert w.fake.sent == []


def _due(runner) -> datetime:
    """A time in working hours when the study's one probe is due (the plan spreads sends over the day)."""
    (wave, planned), = runner.planned(T0).values()
    return max(T0, max(p.planned_at for p in planned))
