"""A local fake of the VK API, for the tests and the sandbox: the methods probes.vk calls, with VK's JSON shapes and
error objects, and a long poll server. vk_api's own code talks to it over HTTP on 127.0.0.1 (probes.vk routes
vk_api's fixed https://api.vk.ru address to the study's `api_url`).

The world: personas are users known by their access token; companies are communities by screen name; each user's
messages share one id counter across all conversations (as on VK); dates come from the injected clock, whole
seconds. Failures on demand: an API error (captcha 14, 15, 901, 902, 9, 6, ...) for the next call of a method, an
HTTP 500, a dropped connection, or a long poll that answers `failed`. Every API call is kept in `calls`.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from audit.clock import Clock

OUTBOX = 2  # long poll message flag: sent by the account itself
ERRORS = {
    5: "User authorization failed: invalid access_token",
    6: "Too many requests per second",
    9: "Flood control",
    10: "Internal server error",
    14: "Captcha needed",
    15: "Access denied",
    29: "Rate limit reached",
    100: "One of the parameters specified was missing or invalid",
    901: "Can't send messages for users without permission",
    902: "Can't send messages to this user due to their privacy settings",
}


@dataclass
class Community:
    id: int
    screen_name: str
    name: str
    can_message: bool = True


@dataclass
class User:
    id: int
    token: str
    messages: list[dict] = field(default_factory=list)
    events: list[tuple[int, list]] = field(default_factory=list)  # (ts, long poll update)
    next_id: int = 1
    ts: int = 1000


class FakeVk:
    def __init__(self, clock: Clock | None = None, host: str = "127.0.0.1", port: int = 0,
                 rps_limit: int | None = None):
        self.clock = clock or Clock()
        self.rps_limit = rps_limit  # VK answers error 6 past 3 requests a second per token; None: not enforced
        self.too_fast = 0  # how many requests were refused for that
        self._recent: dict[str, list[float]] = {}
        self.communities: dict[str, Community] = {}
        self.users: dict[str, User] = {}  # by token
        self.calls: list[tuple[str, dict]] = []  # (method, parameters without the token)
        self.lock = threading.Condition()
        self._failures: list[tuple[str, str | None, Any]] = []
        self._lp_failures: list[int] = []
        self._random_ids: dict[tuple[int, int], dict] = {}  # VK drops a repeated random_id: the same message
        self._ids = itertools.count(100)
        self._stopped = False
        # each message a persona sends, (community screen name, the message), in the server's thread: the sandbox's
        # simulated companies answer from here
        self.on_send: Callable[[str, dict], None] | None = None
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # one segment per answer, sent at once: with headers and body written apart, Nagle's algorithm and
            # the client's delayed ACK cost 40 ms a call
            wbufsize = 1 << 16
            disable_nagle_algorithm = True

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                self._serve(dict(parse_qsl(urlsplit(self.path).query)))

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                pairs = parse_qsl(body, keep_blank_values=True)
                params: dict[str, str] = {}
                for k, v in pairs:  # repeated keys (requests' encoding of a set) become a comma list, as VK reads
                    params[k] = f"{params[k]},{v}" if k in params else v
                self._serve(params)

            def _serve(self, params: dict[str, str]):
                path = urlsplit(self.path).path
                outcome = fake._handle(path, params)
                if outcome == "drop":
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                status, payload = outcome
                data = json.dumps(payload, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer((host, port), Handler)
        self.server.daemon_threads = True
        self.thread: threading.Thread | None = None

    # -- the world, as tests and the sandbox drive it

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/method/"

    def start(self) -> FakeVk:
        self.thread = threading.Thread(target=self.server.serve_forever, name="fake-vk", daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        with self.lock:
            self._stopped = True
            self.lock.notify_all()
        self.server.shutdown()
        self.server.server_close()

    def add_user(self, token: str) -> User:
        with self.lock:
            return self.users.setdefault(token, User(id=500 + len(self.users), token=token))

    def add_community(self, screen_name: str, name: str, *, can_message: bool = True) -> Community:
        with self.lock:
            c = Community(id=1000 + len(self.communities), screen_name=screen_name.lower(), name=name,
                          can_message=can_message)
            self.communities[c.screen_name] = c
            return c

    def answer(self, screen_name: str, text: str, *, token: str | None = None, at: datetime | None = None) -> int:
        """The community writes to the user (the one that wrote to it last, unless `token` says)."""
        with self.lock:
            community = self.communities[screen_name.lower().lstrip("@")]
            user = self.users[token] if token else self._last_writer(community)
            return self._add(user, community, text, out=False, at=at)["id"]

    def write(self, token: str, screen_name: str, text: str, at: datetime | None = None) -> int:
        """A message from the user to the community, as if sent elsewhere (the VK app)."""
        with self.lock:
            return self._add(self.users[token], self.communities[screen_name.lower()], text, out=True, at=at)["id"]

    def sent(self) -> list[dict]:
        """Messages the personas sent, oldest first, with the community's screen name."""
        with self.lock:
            by_id = {-c.id: c.screen_name for c in self.communities.values()}
            return [dict(m, to=by_id[m["peer_id"]]) for u in self.users.values() for m in u.messages if m["out"]]

    def fail_next(self, method: str, code: int | str, *, peer: str | None = None) -> None:
        """The next call of `method` (to that community, if given) fails: a VK error code, "http500" or "drop"."""
        with self.lock:
            self._failures.append((method, peer.lower() if peer else None, code))

    def longpoll_fail(self, failed: int) -> None:
        """The next long poll check answers {"failed": N} (1: ts out of date, 2: key expired, 3: both)."""
        with self.lock:
            self._lp_failures.append(failed)
            self.lock.notify_all()

    # -- inside

    def _last_writer(self, community: Community) -> User:
        best = None
        for user in self.users.values():
            for m in user.messages:
                if m["out"] and m["peer_id"] == -community.id and (best is None or m["id"] > best[1]):
                    best = (user, m["id"])
        if best is None:
            raise ValueError(f"nobody has written to {community.screen_name}")
        return best[0]

    def _date(self, at: datetime | None) -> int:
        return int((at or self.clock.now()).astimezone(UTC).timestamp())

    def _add(self, user: User, community: Community, text: str, *, out: bool, at: datetime | None = None) -> dict:
        msg = {"id": user.next_id, "date": self._date(at), "peer_id": -community.id,
               "from_id": user.id if out else -community.id, "out": int(out), "text": text,
               "conversation_message_id": sum(1 for m in user.messages if m["peer_id"] == -community.id) + 1,
               "attachments": [], "fwd_messages": [], "important": False, "is_hidden": False}
        user.next_id += 1
        user.messages.append(msg)
        user.ts += 1
        user.events.append((user.ts, [4, msg["id"], OUTBOX if out else 0, msg["peer_id"], msg["date"], text,
                                      {"title": " ... "}, {}, 0]))
        self.lock.notify_all()
        return msg

    def _fail(self, method: str, params: dict) -> Any:
        peer = None
        if "peer_id" in params:
            peer = next((c.screen_name for c in self.communities.values() if -c.id == int(params["peer_id"])), None)
        for i, (on, who, code) in enumerate(self._failures):
            if on == method and who in (None, peer):
                del self._failures[i]
                return code
        return None

    def _handle(self, path: str, params: dict[str, str]):
        if path.startswith("/longpoll"):
            return self._longpoll(params)
        method = path.removeprefix("/method/")
        token = params.pop("access_token", "")
        with self.lock:
            self.calls.append((method, dict(params)))
            code = self._fail(method, params)
            if code == "drop":
                return "drop"
            if code == "http500":
                return 500, {"error": "internal"}
            if code is not None:
                return 200, self._error(code, method, params)
            if self.rps_limit and self._too_fast(token):
                self.too_fast += 1
                return 200, self._error(6, method, params)
            user = self.users.get(token)
            if user is None:
                return 200, self._error(5, method, params)
            handler: Callable | None = getattr(self, "_m_" + method.replace(".", "_"), None)
            if handler is None:
                return 200, self._error(3, method, params, "Unknown method passed")
            try:
                return 200, {"response": handler(user, params)}
            except _VkError as exc:
                return 200, self._error(exc.code, method, params)

    def _too_fast(self, token: str) -> bool:
        now = time.monotonic()
        recent = [t for t in self._recent.get(token, []) if now - t < 1.0]
        self._recent[token] = recent + [now]
        return len(recent) >= self.rps_limit

    def _error(self, code: int, method: str, params: dict, message: str | None = None) -> dict:
        error = {"error_code": code, "error_msg": message or ERRORS.get(code, "Unknown error"),
                 "request_params": [{"key": "method", "value": method}] +
                 [{"key": k, "value": v} for k, v in params.items() if k in ("v", "peer_id")]}
        if code == 14:
            sid = next(self._ids)
            error.update(captcha_sid=str(sid), captcha_img=f"http://127.0.0.1:{self.port}/captcha.php?sid={sid}")
        return {"error": error}

    def _community(self, ref: str) -> Community:
        ref = ref.strip().lower()
        for prefix in ("club", "public"):
            if ref.startswith(prefix) and ref[len(prefix):].isdigit():
                return next((c for c in self.communities.values() if c.id == int(ref[len(prefix):])), None) \
                    or _raise(100)
        if ref.lstrip("-").isdigit():
            return next((c for c in self.communities.values() if c.id == abs(int(ref))), None) or _raise(100)
        return self.communities.get(ref) or _raise(100)

    # -- API methods (VK 5.199 shapes)

    def _m_groups_getById(self, user: User, p: dict) -> dict:
        refs = (p.get("group_ids") or p.get("group_id") or "").split(",")
        groups = [self._community(r) for r in refs if r]
        return {"groups": [{"id": c.id, "name": c.name, "screen_name": c.screen_name, "type": "group",
                            "is_closed": 0, "can_message": int(c.can_message)} for c in groups], "profiles": []}

    def _m_users_get(self, user: User, p: dict) -> list:
        return [{"id": user.id, "first_name": "Persona", "last_name": str(user.id)}]

    def _m_messages_send(self, user: User, p: dict) -> int:
        if "random_id" not in p:
            raise _VkError(100)
        community = self._community(p["peer_id"])
        if not community.can_message:
            raise _VkError(901)
        key = (user.id, int(p["random_id"]))
        if key in self._random_ids:  # VK's guard against a message sent twice
            return self._random_ids[key]["id"]
        msg = self._add(user, community, p.get("message", ""), out=True)
        self._random_ids[key] = msg
        if self.on_send is not None:
            self.on_send(community.screen_name, msg)
        return msg["id"]

    def _m_messages_getById(self, user: User, p: dict) -> dict:
        ids = {int(x) for x in p.get("message_ids", "").split(",") if x}
        items = [m for m in user.messages if m["id"] in ids]
        return {"count": len(items), "items": items}

    def _m_messages_getHistory(self, user: User, p: dict) -> dict:
        peer = int(p["peer_id"])
        chat = sorted((m for m in user.messages if m["peer_id"] == peer), key=lambda m: -m["id"])
        offset, count = int(p.get("offset", 0)), min(int(p.get("count", 20)), 200)
        return {"count": len(chat), "items": chat[offset:offset + count]}

    def _m_messages_getConversations(self, user: User, p: dict) -> dict:
        last: dict[int, dict] = {}
        for m in user.messages:
            if m["peer_id"] not in last or m["id"] > last[m["peer_id"]]["id"]:
                last[m["peer_id"]] = m
        rows = sorted(last.values(), key=lambda m: -m["id"])
        offset, count = int(p.get("offset", 0)), min(int(p.get("count", 20)), 200)
        items = [{"conversation": {"peer": {"id": m["peer_id"], "type": "group", "local_id": -m["peer_id"]},
                                   "last_message_id": m["id"], "in_read": m["id"], "out_read": m["id"]},
                  "last_message": m} for m in rows[offset:offset + count]]
        return {"count": len(rows), "items": items}

    def _m_messages_getLongPollServer(self, user: User, p: dict) -> dict:
        return {"key": f"key-{user.id}-{next(self._ids)}", "server": f"127.0.0.1:{self.port}/longpoll/{user.id}",
                "ts": user.ts, "pts": user.ts}

    def _longpoll(self, params: dict[str, str]):
        wait = min(float(params.get("wait", 25)), 25.0)
        key = params.get("key", "")
        deadline = time.monotonic() + wait
        with self.lock:
            user = next((u for u in self.users.values() if key.startswith(f"key-{u.id}-")), None)
            if user is None:
                return 200, {"failed": 2}
            ts = int(params.get("ts", 0))
            while True:
                if self._lp_failures:
                    failed = self._lp_failures.pop(0)
                    return 200, {"failed": failed, "ts": user.ts} if failed == 1 else {"failed": failed}
                news = [u for t, u in user.events if t > ts]
                remaining = deadline - time.monotonic()
                if news or remaining <= 0 or self._stopped:
                    return 200, {"ts": user.ts, "updates": news}
                self.lock.wait(min(remaining, 0.5))


class _VkError(Exception):
    def __init__(self, code: int):
        self.code = code


def _raise(code: int):
    raise _VkError(code)
