"""The contract every automated channel implements.

A channel sends one probe (`send`) and watches the persona's accounts for answers (`watch`). Network clients come
in through factories so tests and the sandbox point the same code at local servers.

Sending is two-phase so that a run killed at any moment never sends twice and never loses a probe: the channel
does everything that cannot deliver the message (connect, log in, check the recipient), then calls `commit()`,
which records in the database that the message may now leave, and only then hands the message over. A probe
found `claimed` after a crash was certainly not sent; one found `committing` may have been, and is never resent.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from audit.clock import Clock
    from audit.models import Probe
    from audit.secrets import Secrets
    from audit.study import Study


@dataclass
class Sent:
    sent_at: datetime
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class Incoming:
    """One message as a watcher found it. `received_at` is the server's time, never the watcher's."""

    account: str
    folder: str
    uidvalidity: int | None
    uid: int | None
    received_at: datetime
    raw: bytes


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
    name: ClassVar[str]

    def __init__(self, study: Study, *, secrets: Secrets, clock: Clock, **factories: Any):
        self.study = study
        self.secrets = secrets
        self.clock = clock

    @abstractmethod
    async def send(self, probe: Probe, commit: Callable[[], Awaitable[None]]) -> Sent:
        """Send one probe; raise PermanentChannelError / TransientChannelError for a failure that is a result."""

    @abstractmethod
    def watch(self, checkpoints: Checkpoints, *, once: bool) -> AsyncIterator[Batch]:
        """Yield batches of new messages from every account of the study on this channel."""

    def preflight(self) -> None:  # noqa: B027 - optional hook
        """Raise (e.g. SecretError) for what would make every send fail, before any probe is taken."""

    async def close(self) -> None:  # noqa: B027 - optional hook
        pass
