"""VK: probes go from a persona's own user account (a user access token named in the study) to a company's
community with `messages.send`; answers come by long poll and, after downtime, are caught up with
`messages.getConversations` + `messages.getHistory` from the last message id seen.

vk_api does the HTTP (it is synchronous: calls run in threads). It posts to its fixed https://api.vk.ru address;
the `requests.Session` handed to it routes that address to the study's `api_url`, which is how the tests and the
sandbox point vk_api's real code at the local fake in audit.sandbox.vk_server. One VkApi per persona and process,
because vk_api spaces its own requests (3 per second, VK's limit for a user token) per instance.

One checkpoint per account is enough: a user's message ids come from one counter across all conversations.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import requests
import vk_api
from requests.adapters import HTTPAdapter
from vk_api.exceptions import ApiError, ApiHttpError, Captcha
from vk_api.longpoll import VkEventType, VkLongPoll

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
    chat_message,
    merged,
    normalize_peer,
)
from probes.vk import SPEC

log = logging.getLogger("audit.vk")
VK_API = "https://api.vk.ru/method/"  # where vk_api sends every call
FOLDER = "messages"
PAGE = 200  # the most getConversations and getHistory return at once
RECONNECT_MAX = 60.0
CAPTCHA_PAUSE = 6 * 3600.0  # VK wants a person: no more messages from this account meanwhile
CAPTCHA_WATCH_PAUSE = 900.0  # a watcher that met a captcha tries again after this, logging each time
UNAVAILABLE = {15: "access denied", 901: "the community does not take messages from users",
               902: "the community's privacy settings refuse messages from this user",
               917: "no access to this conversation"}
PAUSES = {9: 3600.0, 29: 6 * 3600.0}  # flood control; the method's daily quota
TRANSIENT = {1, 6, 10}  # unknown, too many requests per second (vk_api already slept once), internal error
LOGGED_OUT = {5}
NO_RIGHT = 7  # the token lacks the messages scope


class RoutedSession(requests.Session):
    """A requests.Session for vk_api that sends vk_api's API calls to `api_url`; long poll servers on the API's
    own host are spoken to in the API's scheme (a local fake speaks plain HTTP)."""

    def __init__(self, api_url: str):
        super().__init__()
        self.api_url = api_url if api_url.endswith("/") else api_url + "/"
        if self.api_url != VK_API:
            self.mount("https://", _Rewrite(self.api_url))


class _Rewrite(HTTPAdapter):
    def __init__(self, api_url: str):
        super().__init__()
        self.api_url, self.api = api_url, urlsplit(api_url)

    def send(self, request, **kwargs):
        url = request.url
        if url.startswith(VK_API):
            request.url = self.api_url + url[len(VK_API):]
        elif urlsplit(url).netloc == self.api.netloc:
            request.url = f"{self.api.scheme}{url[len('https'):]}"
        return super().send(request, **kwargs)


def random_id(probe: Any) -> int:
    """VK's guard against a message sent twice: the same random_id from the same account is one message. Derived
    from the probe, so any retry of this probe cannot become a second message."""
    key = str(getattr(probe, "token", None) or getattr(probe, "id", None) or probe.body)
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) & 0x7FFFFFFF


class VkChannel(Channel):
    name = SPEC.name

    def __init__(self, study, *, secrets, clock, vk_session_factory=None, **_: Any):
        super().__init__(study, secrets=secrets, clock=clock)
        self.session_factory = vk_session_factory or RoutedSession
        self._apis: dict[str, vk_api.VkApi] = {}
        self._lock = threading.Lock()

    def _persona(self, persona_id: str) -> PersonaLike:
        persona = self.study.persona(persona_id)
        if persona.vk is None:
            raise PermanentChannelError(f"persona {persona_id} has no vk account", code="no_account")
        return persona

    def api(self, persona: PersonaLike) -> vk_api.VkApi:
        with self._lock:
            if persona.id not in self._apis:
                token = self.secrets.get(persona.vk.token_env, needed_for=f"persona {persona.id} vk")
                api = vk_api.VkApi(token=token.get_secret_value(), session=self.session_factory(persona.vk.api_url),
                                   api_version=persona.vk.api_version)
                # vk_api keeps VK's three requests a second in real time; under the sandbox's compressed clock
                # (audit.clock.VirtualClock) they are seconds of study time, or each probe would take hours of it
                api.RPS_DELAY = vk_api.VkApi.RPS_DELAY / getattr(self.clock, "factor", 1.0)
                self._apis[persona.id] = api
            return self._apis[persona.id]

    def preflight(self) -> None:
        for persona in self.study.personas:
            if persona.vk is not None:
                self.secrets.get(persona.vk.token_env, needed_for=f"persona {persona.id} vk")

    async def check_token(self, persona_id: str) -> str:
        """One harmless call with the persona's token (users.get: who the token belongs to); sends nothing.
        Raises SecretError when VK refuses the token, TransientChannelError when VK cannot be reached."""
        persona = self._persona(persona_id)
        try:
            users = await _in_daemon_thread(self.api(persona).method, "users.get")
        except (vk_api.VkApiError, requests.RequestException) as exc:
            raise _outcome(exc, f"persona {persona.id} vk", False, self, persona) from exc
        me = users[0] if users else {}
        name = " ".join(filter(None, (me.get("first_name"), me.get("last_name"))))
        return f"the token is VK user {me.get('id')}" + (f" ({name})" if name else "")

    async def send(self, probe: Any, commit: Callable[[], Awaitable[None]]) -> Sent:
        persona = self._persona(probe.persona)
        api = self.api(persona)
        name = normalize_peer(probe.contact)
        where = f"persona {persona.id} vk {name}"
        committed = False
        try:
            group = await _in_daemon_thread(_community, api, name)
            if not group.get("can_message", 1):
                raise PermanentChannelError(f"{where}: the community has messages turned off", code="unavailable")
            await commit()  # from here on VK may deliver the message
            committed = True
            message_id = await _in_daemon_thread(api.method, "messages.send", {
                "peer_id": -group["id"], "message": probe.body, "random_id": random_id(probe)})
        except (vk_api.VkApiError, requests.RequestException) as exc:
            raise _outcome(exc, where, committed, self, persona) from exc
        sent_at, detail = self.clock.now(), {"message_id": message_id, "peer_id": -group["id"], "community": name}
        try:  # the answer time is VK's: the sent time should be VK's too
            got = await _in_daemon_thread(api.method, "messages.getById", {"message_ids": message_id})
            sent_at = datetime.fromtimestamp(got["items"][0]["date"], UTC)
        except (vk_api.VkApiError, requests.RequestException, LookupError) as exc:
            detail["sent_at_from"] = f"the local clock (VK did not give the message's date: {exc})"
        return Sent(sent_at=sent_at, detail=detail)

    async def watch(self, checkpoints: Checkpoints, *, once: bool) -> AsyncIterator[Batch]:
        contacts: dict[str, str] = {}  # screen name -> the contact as the study writes it
        for company in self.study.companies:
            if company.contacts.vk:
                contacts.setdefault(normalize_peer(company.contacts.vk), company.contacts.vk)
        watchers = [AccountWatcher(self, p, contacts) for p in self.study.personas if p.vk is not None]
        if not contacts or not watchers:
            return
        async for batch in merged([w.watch(checkpoints, once) for w in watchers]):
            yield batch


def _community(api: vk_api.VkApi, name: str) -> dict:
    response = api.method("groups.getById", {"group_id": name, "fields": "can_message"})
    groups = response["groups"] if isinstance(response, dict) else response  # 5.199 wraps the list
    if not groups:
        raise ApiError(api, "groups.getById", {}, False, {"error_code": 100, "error_msg": "no such community"})
    return groups[0]


def _outcome(exc: Exception, where: str, committed: bool, channel: VkChannel, persona: PersonaLike) -> AuditError:
    if isinstance(exc, Captcha):
        return HandOverError(f"{where}: VK asks for a captcha", code="captcha", pause=CAPTCHA_PAUSE,
                             evidence={"captcha_img": exc.url},
                             hint="send this probe by hand from the persona's VK account (solving the captcha "
                                  "there), then record it with `audit record sent`; VK rests meanwhile")
    if isinstance(exc, ApiError):
        code, text = exc.code, exc.error.get("error_msg", "")
        if code in UNAVAILABLE:
            return PermanentChannelError(f"{where}: {UNAVAILABLE[code]} (VK error {code}: {text})",
                                         code="unavailable")
        if code in LOGGED_OUT or code == NO_RIGHT:  # the account's fault, not the company's: every probe would fail
            what = "refused the token" if code in LOGGED_OUT else "says the token has no right to send messages"
            return SecretError(f"persona {persona.id}: VK {what} (error {code}: {text})",
                               hint=f"get a new user access token with the messages right and set "
                                    f"{persona.vk.token_env}")
        if code in PAUSES:
            return TransientChannelError(f"{where}: VK error {code}: {text}", code=f"vk_{code}",
                                         retry_after=PAUSES[code])
        if code in TRANSIENT:
            return TransientChannelError(f"{where}: VK error {code}: {text}", code=f"vk_{code}")
        if code == 100:
            return PermanentChannelError(f"{where}: VK knows no community by this name (error 100: {text})",
                                         code="unavailable")
        return PermanentChannelError(f"{where}: VK refused the message (error {code}: {text})", code="rejected")
    if isinstance(exc, ApiHttpError):
        return TransientChannelError(f"{where}: VK answered HTTP {exc.response.status_code}", code="http")
    if committed:  # the message may have left: never resent (VK would drop a retry with the same random_id anyway)
        return TransientChannelError(f"{where}: the connection failed after the message was handed over "
                                     f"({type(exc).__name__}: {exc})", code="uncertain")
    return TransientChannelError(f"{where}: {type(exc).__name__}: {exc}", code="connection")


async def _in_daemon_thread(fn: Callable, *args: Any) -> Any:
    """A blocking VK call (each request of a send or of the watcher, the long poll's 25 s wait) in a daemon thread:
    a cancelled send or watcher does not keep the process waiting for it to return, as the default executor would
    (asyncio.run waits for its threads as the process ends, and vk_api's requests have no timeout: a VK that never
    answered would keep a run or a watcher stopped by Ctrl-C or SIGTERM alive for ever)."""
    loop = asyncio.get_running_loop()
    future = loop.create_future()

    def settle(outcome: Callable[[], None]) -> None:
        try:
            loop.call_soon_threadsafe(lambda: future.done() or outcome())
        except RuntimeError:  # the loop has closed meanwhile: nobody waits for this answer any more
            pass

    def run() -> None:
        try:
            result = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting task
            settle(lambda e=exc: future.set_exception(e))
        else:
            settle(lambda: future.set_result(result))

    threading.Thread(target=run, name="vk-call", daemon=True).start()
    return await future


class AccountWatcher:
    """One persona's account: open the long poll, catch up from the checkpoint, then follow the long poll."""

    LONGPOLL_WAIT = 25  # seconds, VK's recommendation

    def __init__(self, channel: VkChannel, persona: PersonaLike, contacts: dict[str, str]):
        self.channel, self.persona, self.contacts = channel, persona, contacts
        self.account = f"vk:{persona.id}"

    async def watch(self, checkpoints: Checkpoints, once: bool) -> AsyncIterator[Batch]:
        delay = 1.0
        while True:
            try:
                async for batch in self._connected(checkpoints, once):
                    delay = 1.0
                    yield batch
                return  # only `once` ends without an error: caught up
            except Captcha as exc:
                # VK wants a person at this account. Nothing is lost by waiting: answers keep VK's own dates and
                # the next connection catches up from the checkpoint
                if once:
                    raise WatchError(f"watching {self.account}: VK asks for a captcha ({exc.url})",
                                     hint="log in to VK with the persona's account in a browser and solve it; "
                                          "the next watch catches up") from exc
                wait = CAPTCHA_WATCH_PAUSE
                log.warning("watching %s: VK asks for a captcha (%s); a person should solve it in a browser, "
                            "trying again in %.0f s", self.account, exc.url, wait)
            except (ApiHttpError, requests.RequestException, ApiError, ValueError) as exc:
                # the network, VK's own trouble, or a long poll answer that is not JSON
                if isinstance(exc, ApiError) and exc.code in LOGGED_OUT:
                    raise _outcome(exc, f"watching {self.account}", False, self.channel, self.persona) from exc
                if once and delay > 8:
                    raise WatchError(f"watching {self.account}: VK cannot be read ({type(exc).__name__}: {exc})",
                                     hint="check the network and the token; the next watch catches up") from exc
                wait = PAUSES.get(getattr(exc, "code", None), delay)
                log.warning("watching %s: %s; reconnecting in %.0f s", self.account, exc, wait)
                delay = min(delay * 2, RECONNECT_MAX)
            await asyncio.sleep(self.channel.clock.sleep_seconds(wait))

    async def _connected(self, checkpoints: Checkpoints, once: bool) -> AsyncIterator[Batch]:
        api = self.channel.api(self.persona)
        peers = await _in_daemon_thread(self._peers, api)
        longpoll = None
        if not once:
            # opened before catching up: what arrives meanwhile comes by long poll too; duplicates dropped by id
            longpoll = await _in_daemon_thread(lambda: VkLongPoll(api, self.LONGPOLL_WAIT, preload_messages=True))
            longpoll.session = api.http  # vk_api gives the long poll a session of its own: route it too
        saved = checkpoints.get(self.account, FOLDER)
        last = saved[1] if saved else 0
        found, newest = await _in_daemon_thread(self._catch_up, api, peers, last)
        seen = set(found)
        if found or newest > last:
            last = newest
            yield self._batch(found.values(), peers, last)
        if longpoll is None:
            return
        while True:
            events = await _in_daemon_thread(longpoll.check)
            fresh = [e.message_data for e in events
                     if e.type is VkEventType.MESSAGE_NEW and getattr(e, "to_me", False) and e.peer_id in peers
                     and e.message_id not in seen and getattr(e, "message_data", None)]
            if fresh:
                seen.update(m["id"] for m in fresh)
                last = max(last, *(m["id"] for m in fresh))
                yield self._batch(fresh, peers, last)

    def _peers(self, api: vk_api.VkApi) -> dict[int, str]:
        """peer id (minus the community id) -> the contact as the study writes it. Names VK does not know are left
        out with a warning (their probes fail as unavailable)."""
        peers: dict[int, str] = {}
        names = list(self.contacts)
        for i in range(0, len(names), 400):
            chunk = names[i:i + 400]
            try:
                response = api.method("groups.getById", {"group_ids": ",".join(chunk)})
                groups = response["groups"] if isinstance(response, dict) else response
            except ApiError as exc:
                if exc.code != 100:
                    raise
                groups = []
                for name in chunk:  # one unknown name fails the whole call: find it
                    try:
                        groups.append(_community(api, name))
                    except ApiError as one:
                        if one.code != 100:
                            raise
                        log.warning("watching %s: VK knows no community %r", self.account, self.contacts[name])
            for g in groups:
                for ref in (g.get("screen_name", ""), f"club{g['id']}", f"public{g['id']}", str(g["id"])):
                    if ref.lower() in self.contacts:
                        peers[-g["id"]] = self.contacts[ref.lower()]
                        break
        return peers

    def _catch_up(self, api: vk_api.VkApi, peers: dict[int, str], after: int) -> tuple[dict[int, dict], int]:
        """Incoming messages above id `after` in the company conversations, and the id up to which none can be
        missing: the newest message when the catch-up began (later ones have larger ids and are read next time or
        come by long poll). Conversations come newest first; one that gets a new message while the list is paged
        jumps to the top and could be skipped, so the top is read again until it shows nothing unread."""
        found: dict[int, dict] = {}
        done: dict[int, int] = {}  # peer -> its last message id when read
        snapshot, offset = None, 0
        while True:
            items = api.method("messages.getConversations", {"count": PAGE, "offset": offset})["items"]
            if snapshot is None:
                snapshot = items[0]["last_message"]["id"] if items else after
            older = self._read(api, items, peers, after, done, found)
            if older or len(items) < PAGE:
                break
            offset += PAGE
        while True:
            items = api.method("messages.getConversations", {"count": PAGE})["items"]
            if not [i for i in items if i["conversation"]["peer"]["id"] in peers
                    and i["last_message"]["id"] > after and done.get(i["conversation"]["peer"]["id"])
                    != i["last_message"]["id"]]:
                break
            self._read(api, items, peers, after, done, found)
        return found, max(snapshot, after)

    def _read(self, api, items: list[dict], peers: dict, after: int, done: dict, found: dict) -> bool:
        """Read the company conversations of one page with news above `after`; True once older ones begin."""
        for item in items:
            peer, last = item["conversation"]["peer"]["id"], item["last_message"]["id"]
            if last <= after:
                return True
            if peer in peers and done.get(peer) != last:
                self._history(api, peer, after, found)
                done[peer] = last
        return False

    @staticmethod
    def _history(api: vk_api.VkApi, peer: int, after: int, found: dict[int, dict]) -> None:
        offset = 0
        while True:
            items = api.method("messages.getHistory", {"peer_id": peer, "count": PAGE, "offset": offset})["items"]
            for m in items:  # newest first
                if m["id"] <= after:
                    return
                if not m.get("out"):
                    found[m["id"]] = m
            if len(items) < PAGE:
                return
            offset += PAGE

    def _batch(self, messages, peers: dict[int, str], last_uid: int) -> Batch:
        return Batch(self.account, FOLDER, 0, last_uid,
                     [self._incoming(m, peers[m["peer_id"]]) for m in sorted(messages, key=lambda m: m["id"])])

    def _incoming(self, m: dict, contact: str) -> Incoming:
        at = datetime.fromtimestamp(m["date"], UTC)  # VK's time of the message: the answer time
        source = {"id": m["id"], "date": m["date"], "peer_id": m["peer_id"], "from_id": m.get("from_id"),
                  "conversation_message_id": m.get("conversation_message_id"),
                  "attachments": [a.get("type") for a in m.get("attachments") or []]}
        # only what VK does not change later goes into the bytes: a message read twice must store once
        raw = chat_message(channel="vk", peer=contact, sender=normalize_peer(contact), text=m.get("text") or "",
                           at=at, message_id=str(m["id"]), source=source)
        return Incoming(self.account, FOLDER, 0, m["id"], received_at=at, raw=raw, peer=contact)
