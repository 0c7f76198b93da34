"""The contract every channel follows, and what a channel declares about itself.

`ChannelSpec` is a channel's facts, declared once by the channel (probes/<channel>/__init__.py, probes/byhand.py)
and collected in the registry (probes/__init__.py): the study model, the plan, the watchers, the tasks, the report
and the sandbox read every list of channels from there.

An automated channel sends one probe (`send`) and watches the persona's accounts for answers (`watch`). Network
clients come in through factories so tests and the sandbox point the same code at local servers.

Sending is two-phase so that a run killed at any moment never sends twice and never loses a probe: the channel
does everything that cannot deliver the message (connect, log in, check the recipient), then calls `commit()`,
which records in the database that the message may now leave, and only then hands the message over. A probe
found `claimed` after a crash was certainly not sent; one found `committing` may have been, and is never resent.

A channel reads the study, its personas and the probe it sends through the small views below (`StudyLike`,
`PersonaLike`, `ProbeLike`): what audit.study and audit.store hand it has these attributes, and probes imports
neither, so the study model can be built from the channels' declarations.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Protocol

from audit.fields import Strict

if TYPE_CHECKING:
    from audit.clock import Clock
    from audit.credentials import Secrets

# Messages per hour per persona account when neither the channel nor the study says otherwise. Low on purpose:
# this is an audit, not a campaign.
DEFAULT_RATE_LIMIT = 20

# Bytes of one collected message that are stored, on every channel. A larger message keeps its first
# MAX_STORED_BYTES (its headers and the start of its text: all that matching, classifying and scoring read; scoring
# reads at most 200,000 characters of text) and its full size (Reply.raw_size): six 50 MB messages once made a
# 360 MB database. The mail watcher fetches no more than this of a message (probes/mail/reading.py); ingest cuts
# what any other channel hands over (audit/collect/ingest.py). Changing it changes the fingerprint of messages
# larger than it, so a folder read afresh would store those again: keep it.
MAX_STORED_BYTES = 10 * 1024 * 1024


def fingerprint(raw: bytes) -> str:
    """What tells one collected message from another (a reply is stored once per account and fingerprint): the hash
    of the bytes of it that are stored, its first MAX_STORED_BYTES. Replies stored whole before that bound got theirs
    over the first MAX_STORED_BYTES too (schema 5, audit.store.upgrade), so a folder read afresh finds them."""
    return hashlib.sha256(raw[:MAX_STORED_BYTES]).hexdigest()


def resolve(ref: str) -> Any:
    """The object a "module:attribute" reference names (a spec's implementation or simulator), imported now."""
    from importlib import import_module

    module, _, attribute = ref.partition(":")
    return getattr(import_module(module), attribute)


@dataclass(frozen=True)
class ChannelSpec:
    """What a channel is. Each channel declares its own; nothing else in the project spells a list of channels."""

    name: str  # as a study writes it: a contact column, a script's or a wave's channels, a rate_limits key
    # "module:Class" of its Channel, imported only when a run or a watcher needs it; None: a person sends it (the
    # probe is a task from the start: audit tasks, then audit record)
    implementation: str | None = None
    account: type[Account] | None = None  # the persona's settings for it, written as personas[i].<name>
    # the persona account a probe goes out from (a persona without it is never given the channel); None: the
    # researcher's own phone or browser
    needs_account: str | None = None
    rate_limit: int = DEFAULT_RATE_LIMIT  # messages per hour per persona account; the study's rate_limits override
    contact: Any = str  # the type a company's contact is checked as when the study is read
    normalise: Callable[[str], str] = str.strip  # one spelling of a contact, so that two spellings compare equal
    # where its answers arrive: "mail" in the persona's mailbox (matched by their headers), "chat" in the
    # conversation with the company (matched by who wrote), "hand" recorded by a person
    answers: Literal["mail", "chat", "hand"] = "hand"
    simulator: str | None = None  # "module:Class" of its stand-in in the sandbox (audit.sandbox), if it has one

    @property
    def automated(self) -> bool:
        return self.implementation is not None


class Account(Strict):
    """A persona's settings for one channel (the class a ChannelSpec names as `account`)."""

    def secret_names(self) -> list[str]:
        """The environment variables these settings name (never their values)."""
        return []


class PersonaLike(Protocol):
    """What a channel reads of a persona (audit.study.model.Persona): its id and name, and its settings for each
    channel as an attribute named after the channel (`persona.email`, `persona.vk`: None when it has none)."""

    id: str
    name: str


class StudyLike(Protocol):
    """What a channel reads of a study (audit.study.model.Study)."""

    id: str
    source: Any  # the study file's path, for the commands a message tells the user to run
    personas: Sequence[Any]  # PersonaLike
    companies: Sequence[Any]  # each with contacts (an attribute per channel) and attrs (the CSV's extra columns)
    forms: Any  # the form channel's study-wide settings (probes.form.FormSettings)

    def persona(self, persona_id: str) -> Any: ...

    def company(self, company_id: str) -> Any: ...


class ProbeLike(Protocol):
    """What a channel reads of the probe it sends (a row of audit.store.schema.Probe)."""

    id: int | None
    company_id: str
    channel: str
    persona: str
    contact: str
    token: str
    message_id: str | None
    subject: str | None
    body: str


@dataclass
class Sent:
    sent_at: datetime
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class Incoming:
    """One message as a watcher found it. `received_at` is the server's time, never the watcher's.

    Chat channels (VK, Telegram) set `peer`, the company's contact as the study writes it: the answer belongs to that
    company's latest probe on the channel sent before it. Their `raw` is `chat_message(...)`.

    `size` is the whole message's size in bytes when a watcher fetched only its first MAX_STORED_BYTES as `raw`
    (None: `raw` is all of it)."""

    account: str
    folder: str
    uidvalidity: int | None
    uid: int | None
    received_at: datetime
    raw: bytes
    peer: str | None = None
    size: int | None = None


_PEER_PREFIXES = re.compile(r"^(https?://)?(www\.)?(m\.)?(vk\.com|vk\.ru|t\.me|telegram\.me)/|^@", re.I)


def normalize_peer(value: str) -> str:
    """A chat contact in one spelling: "@Shop", "https://t.me/shop" and "shop" are the same peer."""
    return _PEER_PREFIXES.sub("", str(value).strip()).strip("/").lower()


def chat_message(*, channel: str, peer: str, sender: str, text: str, at: datetime, message_id: str,
                 source: dict[str, Any] | None = None) -> bytes:
    """A chat message as an RFC 5322 message, so replies of every channel are stored, understood, reviewed and
    exported alike. The service's own record of the message is attached as JSON (the audit trail)."""
    from email.message import EmailMessage
    from email.utils import format_datetime

    msg = EmailMessage()
    local = re.sub(r"[^a-z0-9._-]", "-", normalize_peer(peer)) or "peer"
    msg["From"] = f'"{sender.replace(chr(34), "")}" <{local}@{channel}.invalid>'
    msg["Subject"] = f"{channel} message from {peer}"
    msg["Date"] = format_datetime(at)
    msg["Message-ID"] = f"<{channel}.{message_id}.{local}@audit.invalid>"
    msg["X-Audit-Channel"] = channel
    msg["X-Audit-Peer"] = peer
    msg.set_content(text or "")
    if source is not None:
        msg.add_attachment(json.dumps(source, ensure_ascii=False, default=str, sort_keys=True).encode(),
                           maintype="application", subtype="json", filename=f"{channel}-message.json")
        # the same message read twice must give the same bytes: stored replies are de-duplicated by their hash
        msg.set_boundary(f"audit-{hashlib.sha256(msg['Message-ID'].encode()).hexdigest()[:24]}")
    return msg.as_bytes()


@dataclass
class Batch:
    """Messages of one folder, with the checkpoint to save in the same transaction."""

    account: str
    folder: str
    uidvalidity: int | None
    last_uid: int | None
    messages: list[Incoming]


class Checkpoints(ABC):
    @abstractmethod
    def get(self, account: str, folder: str) -> tuple[int, int] | None:
        """(uidvalidity, last uid) saved for this folder, or None."""


class Channel(ABC):
    """An automated channel: the class a ChannelSpec names as its `implementation`."""

    name: ClassVar[str]

    def __init__(self, study: StudyLike, *, secrets: Secrets, clock: Clock, **factories: Any):
        self.study = study
        self.secrets = secrets
        self.clock = clock

    @abstractmethod
    async def send(self, probe: ProbeLike, commit: Callable[[], Awaitable[None]]) -> Sent:
        """Send one probe; raise PermanentChannelError / TransientChannelError for a failure that is a result."""

    @abstractmethod
    def watch(self, checkpoints: Checkpoints, *, once: bool) -> AsyncIterator[Batch]:
        """Yield batches of new messages from every account of the study on this channel."""

    def preflight(self) -> None:  # noqa: B027 - optional hook
        """Raise (e.g. SecretError) for what would make every send fail, before any probe is taken."""

    async def close(self) -> None:  # noqa: B027 - optional hook
        pass


def raise_if_cancelled() -> None:
    """Raise the cancellation asked of this task, if something swallowed it. asyncio.wait_for in Python 3.11 returns
    its result instead when the cancellation comes as its wait ends (fixed in 3.12), and the libraries the watchers
    await use it (aioimaplib's waits, telethon's connect and disconnect): a watcher stopped by Ctrl-C or SIGTERM would
    then go on for ever, and its process would never end. A watcher calls this after each such call."""
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError


async def merged(streams: list[AsyncIterator[Batch]]) -> AsyncIterator[Batch]:
    """Batches of every account as they come; an account that cannot be watched stops the others, as in e-mail.
    Chat channels watch one stream per persona account and merge them here."""
    queue: asyncio.Queue = asyncio.Queue(maxsize=4)
    finished = object()

    async def pump(stream: AsyncIterator[Batch]) -> None:
        try:
            async for batch in stream:
                await queue.put(batch)
            await queue.put(finished)
        except Exception as exc:  # noqa: BLE001 - handed to the consumer, which raises it
            await queue.put(exc)

    tasks = [asyncio.create_task(pump(s)) for s in streams]
    remaining = len(tasks)
    try:
        while remaining:
            item = await queue.get()
            if item is finished:
                remaining -= 1
            elif isinstance(item, Exception):
                raise item
            else:
                yield item
    finally:
        for t in tasks:
            t.cancel()
