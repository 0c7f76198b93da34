"""A simulated Telegram at the client seam of probes.telegram (its module docstring lists the seam), for the tests
and the sandbox: companies' accounts by @username, one message box per persona account, message ids and dates,
new-message events to the handlers of connected clients, and failures on demand.

It mirrors the real client where the channel depends on it: the authorization lives in a real telethon session
file (SQLite, created when a client is made, like TelegramClient does), so a copy of the file is the same account;
messages, events, input peers and errors are telethon's own classes.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from telethon import errors, events, utils
from telethon.crypto import AuthKey
from telethon.sessions import SQLiteSession
from telethon.tl import types

from audit.clock import Clock

DC = (2, "149.154.167.51", 443)  # what a logged-in session records; never contacted


@dataclass
class Account:
    """A persona's account: private chats share one message-id counter."""

    phone: str
    messages: list = field(default_factory=list)
    next_id: int = 1


@dataclass
class Outgoing:
    username: str
    text: str
    id: int
    date: datetime


class FakeTelegram:
    def __init__(self, clock: Clock | None = None, *, code: str = "12345", password: str | None = None):
        self.clock = clock or Clock()
        self.code, self.password = code, password  # what the login must be given
        self.peers: dict[str, Any] = {}  # username -> the company's account (a User, or a Channel)
        self.accounts: dict[bytes, Account] = {}  # by authorization key
        self.sent: list[Outgoing] = []
        self._writer: dict[str, bytes] = {}  # username -> the account that wrote to it last
        self.clients: list[FakeClient] = []  # connected ones
        self._failures: list[tuple[str, str | None, BaseException]] = []
        self.on_send: Callable[[Outgoing], None] | None = None  # each message a persona sends (the sandbox answers)

    # -- the world, as tests and the sandbox drive it

    def add_peer(self, username: str, name: str, *, channel: bool = False) -> None:
        uid = 1000 + len(self.peers)
        self.peers[username.lower()] = (
            types.Channel(id=uid, title=name, photo=types.ChatPhotoEmpty(), date=self._date(), username=username,
                          access_hash=uid, broadcast=True) if channel
            else types.User(id=uid, access_hash=uid, username=username, first_name=name))

    def make_session(self, path: Path | str, phone: str = "+79990000001") -> Path:
        """A session file as `audit login telegram` leaves it: logged in, mode 0600."""
        path = Path(path)
        session = SQLiteSession(str(path))
        self._authorize(session, phone)
        session.close()
        path.chmod(0o600)
        return path

    def answer(self, username: str, text: str, at: datetime | None = None) -> int:
        """The company writes to the account that last wrote to it; connected clients get the event."""
        name = username.lower().lstrip("@")
        if name not in self._writer:
            raise ValueError(f"no account has written to @{name}")
        return self._add(self._writer[name], self.peers[name], text, out=False, at=at).id

    def fail_next(self, exception: BaseException, *, on: str = "send_message", peer: str | None = None) -> None:
        """The next call of client method `on` (for that username, if given) raises `exception`."""
        self._failures.append((on, peer.lower().lstrip("@") if peer else None, exception))

    def flood_next(self, seconds: int, *, on: str = "send_message", peer: str | None = None) -> None:
        self.fail_next(errors.FloodWaitError(request=None, capture=seconds), on=on, peer=peer)

    def drop_connections(self) -> None:
        """The network goes away: every connected client is disconnected, as when telethon stops reconnecting."""
        for client in list(self.clients):
            client._drop()

    def client_factory(self, session_path: str, api_id: int, api_hash: str) -> FakeClient:
        return FakeClient(self, session_path)

    # -- inside

    def _date(self, at: datetime | None = None) -> datetime:
        return (at or self.clock.now()).astimezone(UTC).replace(microsecond=0)  # Telegram dates are whole seconds

    def _authorize(self, session: SQLiteSession, phone: str) -> None:
        key = hashlib.sha256(phone.encode()).digest() * 8  # 256 bytes, like a real authorization key
        self.accounts.setdefault(key, Account(phone))
        session.set_dc(*DC)
        session.auth_key = AuthKey(key)
        session.save()

    def _fail(self, method: str, username: str | None = None) -> None:
        for i, (on, peer, exc) in enumerate(self._failures):
            if on == method and peer in (None, username):
                del self._failures[i]
                raise exc

    def _add(self, key: bytes, peer: Any, text: str, *, out: bool, at: datetime | None = None):
        account = self.accounts[key]
        msg = types.Message(id=account.next_id, peer_id=types.PeerUser(peer.id), date=self._date(at),
                            message=text, out=out)
        account.next_id += 1
        account.messages.append(msg)
        for client in self.clients:
            if client.key == key:
                client._deliver(msg)
        return msg


class FakeClient:
    """What probes.telegram uses of telethon.TelegramClient, over a FakeTelegram."""

    def __init__(self, world: FakeTelegram, session_path: str):
        self.world = world
        self.session = SQLiteSession(session_path)  # creates the file, as the real client does
        self.handlers: list[tuple[Callable, Any]] = []
        self.connected = False
        self.disconnected: asyncio.Future | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: set[asyncio.Task] = set()

    @property
    def key(self) -> bytes | None:
        return self.session.auth_key.key if self.session.auth_key else None

    async def connect(self) -> None:
        self.world._fail("connect")
        self._loop = asyncio.get_running_loop()
        self.disconnected = self._loop.create_future()
        self.connected = True
        self.world.clients.append(self)

    async def disconnect(self) -> None:
        self._drop()
        self.session.close()

    async def is_user_authorized(self) -> bool:
        return self.key in self.world.accounts

    async def start(self, phone: Callable[[], str] | str, password: Callable[[], str] | str | None = None, *,
                    code_callback: Callable[[], str] | None = None) -> FakeClient:
        if not self.connected:
            await self.connect()
        if await self.is_user_authorized():
            return self
        number = phone() if callable(phone) else phone
        if code_callback() != self.world.code:
            raise errors.PhoneCodeInvalidError(request=None)
        if self.world.password is not None:
            given = password() if callable(password) else password
            if given != self.world.password:
                raise errors.PasswordHashInvalidError(request=None)
        self.world._authorize(self.session, number)
        return self

    async def get_input_entity(self, peer: str):
        self._check()
        username, _ = utils.parse_username(peer)
        self.world._fail("get_input_entity", username)
        entity = self.world.peers.get(username or "")
        if entity is None:  # what telethon makes of USERNAME_NOT_OCCUPIED
            raise ValueError(f'No user has "{username}" as username') from errors.UsernameNotOccupiedError(None)
        return utils.get_input_peer(entity)

    async def send_message(self, entity: types.InputPeerUser, message: str):
        self._check()
        peer = next(p for p in self.world.peers.values() if p.id == entity.user_id)
        self.world._fail("send_message", peer.username.lower())
        msg = self.world._add(self.key, peer, message, out=True)
        out = Outgoing(peer.username.lower(), message, msg.id, msg.date)
        self.world.sent.append(out)
        self.world._writer[peer.username.lower()] = self.key
        if self.world.on_send is not None:
            self.world.on_send(out)
        return msg

    async def iter_messages(self, entity: types.InputPeerUser, *, min_id: int = 0):
        self._check()
        self.world._fail("iter_messages")
        chat = [m for m in self.world.accounts[self.key].messages
                if m.peer_id.user_id == entity.user_id and m.id > min_id]
        for msg in sorted(chat, key=lambda m: m.id, reverse=True):  # newest first, as telethon gives them
            yield msg

    def add_event_handler(self, callback: Callable, event: Any) -> None:
        self.handlers.append((callback, event))

    def _check(self) -> None:
        if not self.connected:
            raise ConnectionError("not connected")

    def _drop(self) -> None:
        self.connected = False
        if self in self.world.clients:
            self.world.clients.remove(self)
        if self.disconnected is not None and not self.disconnected.done():
            self._loop.call_soon_threadsafe(self.disconnected.set_result, None)

    def _deliver(self, msg: Any) -> None:
        """Like telethon: each matching handler runs in a task of the client's loop (answers may come from
        another thread, e.g. the sandbox's simulated companies)."""
        for callback, builder in self.handlers:
            if isinstance(builder, events.NewMessage) and not (builder.incoming and msg.out) \
                    and not (builder.outgoing and not msg.out):
                self._loop.call_soon_threadsafe(self._run, callback, events.NewMessage.Event(msg))

    def _run(self, callback: Callable, event: Any) -> None:
        task = self._loop.create_task(callback(event))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
