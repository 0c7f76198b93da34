"""Telegram: probes go from a persona's own user account (telethon, MTProto) to a company's @username; answers come
as new-message events and, after downtime, are caught up from the last message id seen.

The client seam. `telegram_client_factory(session_path, api_id, api_hash)` returns a telethon.TelegramClient or
anything with the same subset of its async API (audit.sandbox.telegram_peer.FakeTelegram mirrors exactly this):

    await connect() / await disconnect() / await is_user_authorized() -> bool
    disconnected                            a Future that resolves when telethon gives up reconnecting
    await start(phone=, password=, code_callback=)                       the one-time interactive login
    await get_input_entity("username")      InputPeerUser (InputPeerChannel, ...); ValueError if nobody has it
    await send_message(input_peer, text)    the sent Message
    iter_messages(input_peer, min_id=N)     async iterator of the chat's Messages above id N, newest first
    add_event_handler(async_callback, events.NewMessage(incoming=True))

Messages are telethon's (id, date in UTC, message, out, chat_id, reply_to, media) and errors are telethon's classes
(FloodWaitError, UsernameNotOccupiedError, ...), so the fake exercises the real error mapping below. The watcher and
login pass the persona's session file; a send passes a private copy of it (see `_copy_of`), so the account is
whatever authorization the file holds, never its path.

One checkpoint per account is enough: message ids of private chats come from one counter per account, increasing
across all its private chats (channels and supergroups count their own, which is why only users are written to).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sqlite3
import stat
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import UTC
from pathlib import Path
from typing import Any

from telethon import errors as tg
from telethon import events
from telethon.tl.types import InputPeerUser

from audit.errors import (
    AuditError,
    HandOverError,
    PermanentChannelError,
    SecretError,
    TransientChannelError,
    WatchError,
)
from probes.base import (
    Batch,
    Channel,
    Checkpoints,
    Incoming,
    PersonaLike,
    Sent,
    StudyLike,
    chat_message,
    merged,
    normalize_peer,
    raise_if_cancelled,
)
from probes.telegram import SPEC, TelegramAccount, session_path

log = logging.getLogger("audit.telegram")
FOLDER = "messages"
RECONNECT_MAX = 60.0
PEER_FLOOD_PAUSE = 24 * 3600.0
FLOOD = (tg.FloodWaitError, tg.FloodPremiumWaitError)
# Telegram's refusals that mean this company cannot be written to on this account for now
UNAVAILABLE = (tg.UsernameNotOccupiedError, tg.UsernameInvalidError, tg.UserPrivacyRestrictedError,
               tg.UserIsBlockedError, tg.YouBlockedUserError, tg.InputUserDeactivatedError, tg.PeerIdInvalidError,
               tg.ChatWriteForbiddenError)
LOGGED_OUT = (tg.UnauthorizedError, tg.AuthKeyError)


def default_client_factory(session_path: str, api_id: int, api_hash: str):
    from telethon import TelegramClient

    # FloodWaits up to a minute are slept and retried inside telethon (its default); longer ones reach us
    return TelegramClient(session_path, api_id, api_hash)


def _login_command(study: StudyLike, persona: PersonaLike) -> str:
    return f"audit login telegram {study.source or 'STUDY'} --persona {persona.id}"


def _checked_session(study: StudyLike, persona: PersonaLike) -> Path:
    path = session_path(persona)
    if not path.is_file():
        raise SecretError(f"persona {persona.id}: no Telegram session at {path}",
                          hint=f"run `{_login_command(study, persona)}` once (it asks for the code Telegram sends)")
    if stat.S_IMODE(path.stat().st_mode) & 0o077:
        # the session holds the account's authorization key: whoever reads it is logged in as the persona
        try:
            path.chmod(0o600)
            log.warning("%s was readable by others; its mode is now 0600", path)
        except OSError as exc:
            log.warning("%s is readable by others and cannot be made private (%s): chmod 600 it", path, exc)
    return path


@contextlib.contextmanager
def _copy_of(session: Path) -> Iterator[Path]:
    """A private copy of the session for one send. The watcher keeps the session file open, and telethon holds a
    write transaction on it between rare commits, so a second process opening it meets "database is locked". The
    copy carries the same authorization (Telegram accepts one key on several connections); what the sender learns
    (resolved usernames) is thrown away with it. SQLite's backup reads a consistent state even while the watcher
    writes."""
    with tempfile.TemporaryDirectory(prefix="audit-telegram-") as tmp:  # mode 0700: the copy stays private
        copy = Path(tmp) / session.name
        with contextlib.closing(sqlite3.connect(session.resolve().as_uri() + "?mode=ro", uri=True)) as src, \
                contextlib.closing(sqlite3.connect(copy)) as dst:
            src.backup(dst)
        yield copy


async def _quietly(awaitable: Awaitable) -> None:
    try:
        await awaitable
    except Exception as exc:  # noqa: BLE001 - closing after the outcome is decided
        log.debug("telegram disconnect: %s", exc)


class TelegramChannel(Channel):
    name = SPEC.name

    def __init__(self, study, *, secrets, clock, telegram_client_factory=None, **_: Any):
        super().__init__(study, secrets=secrets, clock=clock)
        self.client_factory = telegram_client_factory or default_client_factory

    def _account(self, persona_id: str) -> tuple[PersonaLike, TelegramAccount]:
        persona = self.study.persona(persona_id)
        if persona.telegram is None:
            raise PermanentChannelError(f"persona {persona_id} has no telegram account", code="no_account")
        return persona, persona.telegram

    def _api_hash(self, persona: PersonaLike) -> str:
        return self.secrets.get(persona.telegram.api_hash_env,
                                needed_for=f"persona {persona.id} telegram").get_secret_value()

    async def _connect(self, client: Any, persona: PersonaLike) -> None:
        await client.connect()
        if not await client.is_user_authorized():
            raise SecretError(f"persona {persona.id}: the Telegram session is not logged in (or was ended)",
                              hint=f"run `{_login_command(self.study, persona)}`")

    def preflight(self) -> None:
        for persona in self.study.personas:
            if persona.telegram is not None:
                self._api_hash(persona)
                _checked_session(self.study, persona)

    async def check_session(self, persona_id: str) -> str:
        """The persona's session file is there and still logged in (on a private copy, as a send does); sends
        nothing. Raises SecretError when it is missing or logged out, TransientChannelError when Telegram cannot be
        reached."""
        persona, account = self._account(persona_id)
        api_hash = self._api_hash(persona)
        with _copy_of(_checked_session(self.study, persona)) as session:
            client = self.client_factory(str(session), account.api_id, api_hash)
            try:
                await self._connect(client, persona)
            except tg.RPCError as exc:
                raise _refusal(exc, f"persona {persona.id} telegram", self.study, persona) from exc
            except OSError as exc:
                raise TransientChannelError(f"persona {persona.id} telegram: {type(exc).__name__}: {exc}",
                                            code="connection") from exc
            finally:
                await _quietly(client.disconnect())
        return f"the session {session_path(persona)} is logged in"

    async def send(self, probe: Any, commit: Callable[[], Awaitable[None]]) -> Sent:
        persona, account = self._account(probe.persona)
        username = normalize_peer(probe.contact)
        where = f"persona {persona.id} telegram @{username}"
        api_hash = self._api_hash(persona)
        with _copy_of(_checked_session(self.study, persona)) as session:
            client = self.client_factory(str(session), account.api_id, api_hash)
            committed = False
            try:
                await self._connect(client, persona)
                peer = await _resolve(client, username, where)
                await commit()  # from here on Telegram may deliver the message
                committed = True
                msg = await client.send_message(peer, probe.body)
            except tg.RPCError as exc:  # Telegram answered: it refused, so nothing was delivered
                raise _refusal(exc, where, self.study, persona) from exc
            except OSError as exc:  # ConnectionError, TimeoutError
                if committed:
                    raise TransientChannelError(f"{where}: the connection failed after the message was handed over "
                                                f"({type(exc).__name__}: {exc})", code="uncertain") from exc
                raise TransientChannelError(f"{where}: {type(exc).__name__}: {exc}", code="connection") from exc
            finally:
                await _quietly(client.disconnect())
        return Sent(sent_at=msg.date.astimezone(UTC), detail={"message_id": msg.id, "peer": username})

    async def watch(self, checkpoints: Checkpoints, *, once: bool) -> AsyncIterator[Batch]:
        contacts: dict[str, str] = {}  # username -> the contact as the study writes it
        for company in self.study.companies:
            if company.contacts.telegram:
                contacts.setdefault(normalize_peer(company.contacts.telegram), company.contacts.telegram)
        watchers = [AccountWatcher(self, p, contacts) for p in self.study.personas if p.telegram is not None]
        if not contacts or not watchers:
            return
        async for batch in merged([w.watch(checkpoints, once) for w in watchers]):
            yield batch


async def _resolve(client: Any, username: str, where: str) -> Any:
    """The company's account, checked to be a user: a channel or group is not a private chat (and its message ids
    are not the account's)."""
    try:
        peer = await client.get_input_entity(username)
    except (ValueError, *UNAVAILABLE) as exc:  # ValueError: telethon's answer for a username nobody has
        raise PermanentChannelError(f"{where}: no Telegram account takes messages at this username "
                                    f"({type(exc).__name__}: {exc})", code="unavailable") from exc
    if not isinstance(peer, InputPeerUser):
        raise PermanentChannelError(f"{where}: the username is a {type(peer).__name__.removeprefix('InputPeer')}, "
                                    "not an account that takes private messages", code="unavailable")
    return peer


def _refusal(exc: tg.RPCError, where: str, study: StudyLike, persona: PersonaLike) -> AuditError:
    name = type(exc).__name__
    if isinstance(exc, FLOOD):
        return TransientChannelError(f"{where}: Telegram asks to wait {exc.seconds} s ({name})", code="flood_wait",
                                     retry_after=exc.seconds)
    if isinstance(exc, tg.PeerFloodError):
        # The account is limited for writing to non-contacts, for a time Telegram does not say (often days):
        # retrying would fail each time and may extend the limit, and the wave's timing is lost meanwhile, so a
        # person takes this probe now and the account rests.
        return HandOverError(f"{where}: Telegram limits this account (PEER_FLOOD): it cannot start chats for now",
                             code="peer_flood", pause=PEER_FLOOD_PAUSE,
                             hint="send this probe by hand or from another account; ask @SpamBot from the persona's "
                                  "account when the limit ends")
    if isinstance(exc, UNAVAILABLE):
        return PermanentChannelError(f"{where}: {name}: {exc.message}", code="unavailable")
    if isinstance(exc, LOGGED_OUT):
        return _logged_out(exc, study, persona)
    if isinstance(exc, (tg.BadRequestError, tg.ForbiddenError)):  # e.g. a message too long: the same fails again
        return PermanentChannelError(f"{where}: Telegram refused the message: {name}: {exc.message}",
                                     code="rejected")
    return TransientChannelError(f"{where}: Telegram failed: {name}: {exc.message}", code="rpc_error")


def _logged_out(exc: tg.RPCError, study: StudyLike, persona: PersonaLike) -> SecretError:
    return SecretError(f"persona {persona.id}: Telegram ended the session ({type(exc).__name__})",
                       hint=f"run `{_login_command(study, persona)}` again")


class AccountWatcher:
    """One persona's account: subscribe to new messages, catch up from the checkpoint, then follow the events."""

    def __init__(self, channel: TelegramChannel, persona: PersonaLike, contacts: dict[str, str]):
        self.channel, self.persona, self.contacts = channel, persona, contacts
        self.account = f"telegram:{persona.id}"
        self.clock = channel.clock

    async def watch(self, checkpoints: Checkpoints, once: bool) -> AsyncIterator[Batch]:
        channel, delay = self.channel, 1.0
        api_hash = channel._api_hash(self.persona)
        while True:
            raise_if_cancelled()  # lost in the disconnect after a failure (probes.base.raise_if_cancelled)
            session = _checked_session(channel.study, self.persona)
            client = channel.client_factory(str(session), self.persona.telegram.api_id, api_hash)
            wait = delay
            try:
                async for batch in self._connected(client, checkpoints, once):
                    delay = 1.0
                    yield batch
                return  # only `once` ends without an error: caught up
            except FLOOD as exc:
                wait = exc.seconds
                log.warning("watching %s: Telegram asks to wait %s s", self.account, exc.seconds)
            except LOGGED_OUT as exc:
                raise _logged_out(exc, channel.study, self.persona) from exc
            except (OSError, tg.RPCError) as exc:  # the network, or Telegram's own trouble (500s)
                if once and delay > 8:
                    raise WatchError(f"watching {self.account}: Telegram cannot be reached "
                                     f"({type(exc).__name__}: {exc})") from exc
                log.warning("watching %s: %s; reconnecting in %.0f s", self.account, exc, delay)
                delay = min(delay * 2, RECONNECT_MAX)
            finally:
                await _quietly(client.disconnect())
            await asyncio.sleep(self.clock.sleep_seconds(wait))

    async def _connected(self, client: Any, checkpoints: Checkpoints, once: bool) -> AsyncIterator[Batch]:
        # after each of telethon's calls: a cancellation it lost (probes.base.raise_if_cancelled) is raised here,
        # before the watcher settles down to follow the events for ever
        await self.channel._connect(client, self.persona)
        raise_if_cancelled()
        peers = await self._peers(client)
        raise_if_cancelled()
        news: asyncio.Queue = asyncio.Queue()
        if not once:
            async def on_message(event: Any) -> None:
                news.put_nowait(event.message)

            # subscribed before catching up: what arrives meanwhile comes as an event, duplicates are dropped by id
            client.add_event_handler(on_message, events.NewMessage(incoming=True))
        saved = checkpoints.get(self.account, FOLDER)
        last = saved[1] if saved else 0
        found, newest = await self._catch_up(client, peers, last)
        raise_if_cancelled()
        seen = set(found)
        if found or newest > last:
            last = newest
            yield self._batch(found.values(), peers, last)
        if once:
            return
        gone = client.disconnected
        while True:
            getter = asyncio.ensure_future(news.get())
            try:
                await asyncio.wait({getter, gone}, return_when=asyncio.FIRST_COMPLETED)
            finally:  # a cancelled watcher leaves no task behind
                got = getter.done()
                if not got:
                    getter.cancel()
            if not got:
                raise ConnectionError(f"the connection to Telegram was lost ({gone.exception()!r})")
            fresh = [getter.result()] + [news.get_nowait() for _ in range(news.qsize())]
            fresh = [m for m in fresh if m.id not in seen and m.chat_id in peers]
            if fresh:
                seen.update(m.id for m in fresh)
                last = max(last, *(m.id for m in fresh))
                yield self._batch(fresh, peers, last)

    async def _peers(self, client: Any) -> dict[int, tuple[str, Any]]:
        """user id -> (contact as the study writes it, input peer). Usernames that do not resolve to a user are
        left out (their probes fail as unavailable); telethon's session caches the ones that do."""
        peers = {}
        for username, contact in self.contacts.items():
            try:
                peer = await _resolve(client, username, f"watching {self.account}: @{username}")
            except PermanentChannelError as exc:
                log.warning("%s", exc.message)
                continue
            peers[peer.user_id] = (contact, peer)
        return peers

    async def _catch_up(self, client: Any, peers: dict, after: int) -> tuple[dict[int, Any], int]:
        """Incoming messages above id `after` in every company chat, and the id up to which none can be missing.

        The chats are read one after another, so an answer can arrive in a chat already read while a newer message
        is found in one read later: the newest id seen is a safe checkpoint only once the chats read before it are
        read again. Messages above the checkpoint are read again next time; the store drops them as duplicates."""
        found: dict[int, Any] = {}
        newest, read, read_before_newest = after, [], []
        for _, peer in peers.values():
            top = await self._read(client, peer, after, found)
            if top > newest:
                newest, read_before_newest = top, list(read)
            read.append(peer)
        for peer in read_before_newest:
            await self._read(client, peer, after, found)
        return found, newest

    @staticmethod
    async def _read(client: Any, peer: Any, after: int, found: dict[int, Any]) -> int:
        top = after
        async for msg in client.iter_messages(peer, min_id=after):
            top = max(top, msg.id)  # our own messages count too: they move the checkpoint past themselves
            if not msg.out:
                found[msg.id] = msg
        return top

    def _batch(self, messages, peers: dict, last_uid: int) -> Batch:
        return Batch(self.account, FOLDER, 0, last_uid,
                     [self._incoming(m, peers[m.chat_id][0]) for m in sorted(messages, key=lambda m: m.id)])

    def _incoming(self, msg: Any, contact: str) -> Incoming:
        at = msg.date.astimezone(UTC)  # Telegram's time of the message: the answer time
        source = {"id": msg.id, "date": at.isoformat(), "chat_id": msg.chat_id,
                  "reply_to": getattr(msg.reply_to, "reply_to_msg_id", None),
                  "media": type(msg.media).__name__ if msg.media else None}
        # only what Telegram cannot change later goes into the bytes: a message read twice must store once
        raw = chat_message(channel="telegram", peer=contact, sender=f"@{normalize_peer(contact)}",
                           text=msg.message or "", at=at, message_id=str(msg.id), source=source)
        return Incoming(self.account, FOLDER, 0, msg.id, received_at=at, raw=raw, peer=contact)


def _ask_phone() -> str:
    return input("phone number of the persona's Telegram account (+7...): ")


def login_persona(study: StudyLike, persona: str | None) -> str:
    """The persona whose account `audit login telegram` logs in: the one named, or the only one with a Telegram
    account; AuditError when there is none such."""
    able = [p.id for p in study.personas if p.telegram is not None]
    if persona is None and len(able) == 1:
        return able[0]
    if persona not in able:
        raise AuditError(f"persona {persona!r} has no telegram account in {study.source} (with one: "
                         f"{', '.join(able) or 'none'})" if persona else
                         f"give --persona: personas with a telegram account are {', '.join(able) or 'none'}")
    return persona


async def login(study: StudyLike, persona_id: str, *, secrets, ask_code: Callable[[], str],
                ask_password: Callable[[], str], client_factory=None,
                ask_phone: Callable[[], str] | None = None) -> Path:
    """Log the persona's account in once (telethon's interactive sign-in: phone, the code Telegram sends, the 2FA
    password if set) and return the session file, mode 0600. Nothing but the session is stored."""
    persona = study.persona(persona_id)
    account = persona.telegram
    if account is None:
        raise AuditError(f"persona {persona_id} has no telegram account in the study")
    api_hash = secrets.get(account.api_hash_env, needed_for=f"persona {persona_id} telegram login")
    path = session_path(persona)
    path.parent.mkdir(parents=True, exist_ok=True)
    # created private before telethon opens it: SQLite keeps an existing file's mode (and gives it to its journal)
    path.touch(mode=0o600)
    os.chmod(path, 0o600)
    client = (client_factory or default_client_factory)(str(path), account.api_id, api_hash.get_secret_value())
    try:
        await client.start(phone=account.phone or ask_phone or _ask_phone, code_callback=ask_code,
                           password=ask_password)
    except tg.RPCError as exc:
        raise AuditError(f"Telegram refused the login of persona {persona_id}: {type(exc).__name__}: {exc.message}",
                         hint="check the phone number, the code and the password, then run the command again") \
            from exc
    finally:
        await _quietly(client.disconnect())
    return path
