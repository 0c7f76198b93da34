"""Watching one persona's mailbox: catch up on every watched folder by UID in bounded fetches (imaplib in a worker
thread, probes/mail/reading.py), then wait for news with aioimaplib's IDLE on the first folder (probes/mail/session.py)
or poll, and reconnect with back-off when the server goes away.
"""

from __future__ import annotations

import asyncio
import imaplib
import logging
import os
from collections.abc import AsyncIterator, Callable
from typing import Any

from audit.errors import InputError, WatchError
from probes.base import MAX_STORED_BYTES, Batch, Checkpoints, raise_if_cancelled
from probes.mail import EmailAccount
from probes.mail.folders import FolderPlan, Watched
from probes.mail.reading import SyncMailbox, quote_mailbox
from probes.mail.session import closed, drop, guarded, login

log = logging.getLogger("audit.email")
RECONNECT_MAX = 60.0

# messages per FETCH: bounds memory and keeps the pipeline busy; AUDIT_IMAP_FETCH_CHUNK overrides it
CATCH_UP_CHUNK = 1000
MAX_FETCH_CHUNK = 10_000
# bytes per FETCH, counting each message at what is fetched of it (MAX_STORED_BYTES at most): a chunk of large
# messages is cut shorter (one message alone when it is larger), so a catch-up holds about two of these at a time
FETCH_BYTES = 64 * 1024 * 1024


def fetch_chunks(uids: list[int], sizes: dict[int, int], most: int) -> list[list[int]]:
    """UIDs in runs to fetch at once: at most `most` messages and FETCH_BYTES (a message whose size the server did
    not give counts as MAX_STORED_BYTES)."""
    chunks: list[list[int]] = []
    run: list[int] = []
    total = 0
    for uid in uids:
        size = min(sizes.get(uid, MAX_STORED_BYTES), MAX_STORED_BYTES)
        if run and (len(run) >= most or total + size > FETCH_BYTES):
            chunks.append(run)
            run, total = [], 0
        run.append(uid)
        total += size
    return [*chunks, run] if run else chunks


def fetch_chunk() -> int:
    """Messages per FETCH: AUDIT_IMAP_FETCH_CHUNK when set, a whole number from 1 to MAX_FETCH_CHUNK (0 would fetch
    nothing for ever, a word would end the watcher in a traceback)."""
    raw = os.environ.get("AUDIT_IMAP_FETCH_CHUNK", "").strip()
    if not raw:
        return CATCH_UP_CHUNK
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_FETCH_CHUNK:
        raise InputError(f"AUDIT_IMAP_FETCH_CHUNK={raw!r} is not a number of messages from 1 to {MAX_FETCH_CHUNK}",
                         hint=f"set it to a whole number such as {CATCH_UP_CHUNK}, or unset it")
    return int(raw)


class MailboxWatcher:
    """One persona's mailbox: catch up on every watched folder, then wait for news with IDLE or poll.

    IDLE watches the selected folder only, so each watched folder (INBOX, spam) is waited on over a connection of its
    own: a reply filtered into spam wakes the watcher as one in INBOX does. Folders are listed again at each wake-up
    (poll_seconds at the latest)."""

    def __init__(self, account: EmailAccount, imap_factory: Callable, secrets: Any):
        fetch_chunk()  # a bad setting stops the watcher at its start, not in its first catch-up
        self.account = account
        self.endpoint = account.imap
        self.imap_factory = imap_factory
        self.secrets = secrets
        self.name = account.address
        self.wakeups = {"push": 0, "timeout": 0}  # how waits ended: the server's IDLE push, or poll_seconds
        self.plan: FolderPlan | None = None  # the folders watched, once connected

    async def watch(self, checkpoints: Checkpoints, once: bool) -> AsyncIterator[Batch]:
        delay = 1.0
        password = self.secrets.get(self.endpoint.password_env, needed_for=f"watching {self.name}")
        while True:
            box = SyncMailbox(self.endpoint, password.get_secret_value() if password else "", self.name)
            idlers: dict[str, Any] = {}  # a folder's wire name -> its aioimaplib connection, waiting in IDLE
            try:
                await asyncio.to_thread(box.connect)
                while True:
                    raise_if_cancelled()
                    # listed at each wake-up: a spam folder made during a weeks-long watch is read from then on
                    self._say(await asyncio.to_thread(box.plan), once)
                    for folder in self.plan.folders:
                        async for batch in self._catch_up(box, folder, checkpoints):
                            yield batch
                    delay = 1.0
                    if once:
                        return
                    await self._wait_for_news(await self._idlers(idlers))
            except (TimeoutError, OSError, EOFError, imaplib.IMAP4.abort, imaplib.IMAP4.error) as exc:
                if once and delay > 8:
                    raise WatchError(f"watching {self.name}: the IMAP server {self.endpoint.host} fails "
                                     f"({type(exc).__name__}: {exc})",
                                     hint="check host, port and security in the study file") from exc
                log.warning("watching %s: %s; reconnecting in %.0fs", self.name, exc, delay)
            except Exception as exc:  # aioimaplib raises its own errors (Abort, CommandTimeout) on a lost server
                if not type(exc).__module__.startswith("aioimaplib"):
                    raise
                log.warning("watching %s: %s; reconnecting in %.0fs", self.name, exc, delay)
            finally:
                await asyncio.to_thread(box.close)
                for imap in idlers.values():
                    drop(imap)
            await asyncio.sleep(delay)
            delay = min(delay * 2, RECONNECT_MAX)

    def _say(self, plan: FolderPlan, once: bool) -> None:
        """Which folders are read, and a missing spam folder, once per account (again only if the folders change)."""
        said, self.plan = self.plan, plan
        if said is not None and said.folders == plan.folders:
            return
        idle = ", ".join(f.name for f in plan.folders)
        how = "" if once else (f"; waiting with IDLE on {idle}" if self.endpoint.idle else
                               "; polling") + f", every folder read every {self.endpoint.poll_seconds:g} s at least"
        log.info("watching %s: %s%s", self.name, plan.describe(), how)
        if plan.warning:
            log.warning("%s", plan.warning)

    async def _catch_up(self, box: SyncMailbox, watched: Watched, checkpoints: Checkpoints) -> AsyncIterator[Batch]:
        folder = watched.name  # the checkpoint's and the stored replies' name; the server gets the wire name
        uidvalidity = await asyncio.to_thread(box.select, watched.wire)
        if uidvalidity is None:
            log.warning("watching %s: cannot open folder %s", self.name, folder)
            return
        saved = checkpoints.get(self.name, folder)
        # A changed UIDVALIDITY means old UIDs mean nothing: read everything again; fingerprints drop duplicates.
        last = saved[1] if saved and saved[0] == uidvalidity else 0
        uids = await asyncio.to_thread(box.uids_after, last)
        sizes = await asyncio.to_thread(box.sizes, uids) if uids else {}
        chunks = fetch_chunks(uids, sizes, fetch_chunk())
        if not chunks:
            if saved is None or saved[0] != uidvalidity:
                yield Batch(self.name, folder, uidvalidity, last, [])
            return
        # Pipeline: the next chunk downloads while the caller stores this one.
        pending = asyncio.ensure_future(asyncio.to_thread(box.fetch, chunks[0], self.name, folder, uidvalidity))
        for i, chunk in enumerate(chunks):
            msgs = await pending
            if i + 1 < len(chunks):
                pending = asyncio.ensure_future(asyncio.to_thread(box.fetch, chunks[i + 1], self.name, folder,
                                                                  uidvalidity))
            yield Batch(self.name, folder, uidvalidity, chunk[-1], msgs)

    async def _idlers(self, idlers: dict[str, Any]) -> dict[str, Any]:
        """A logged-in connection for each watched folder (none without IDLE): made for a folder newly watched,
        dropped for one no longer watched. `idlers` is updated in place, so the caller drops what was made."""
        wanted = [f.wire for f in self.plan.folders] if self.endpoint.idle else []
        for wire in [w for w in idlers if w not in wanted]:
            drop(idlers.pop(wire))
        for wire in wanted:
            if wire not in idlers:
                idlers[wire] = await self._idler()
        return idlers

    async def _idler(self) -> Any:
        imap = self.imap_factory(self.endpoint)
        try:
            await guarded(imap, login(imap, self.endpoint, self.secrets, f"watching {self.name}"),
                          self.endpoint.timeout)
        except BaseException:
            drop(imap)  # a refused login, a lost server: no connection left behind
            raise
        return imap

    async def _wait_for_news(self, idlers: dict[str, Any]) -> None:
        """IDLE on every watched folder at once until one of them has news or poll_seconds pass; plain sleep without
        IDLE (switched off, or a server without it)."""
        if not idlers or not all(imap.has_capability("IDLE") for imap in idlers.values()):
            await asyncio.sleep(self.endpoint.poll_seconds)
            self.wakeups["timeout"] += 1
            return
        started: list[tuple[Any, asyncio.Future]] = []
        try:
            for wire, imap in idlers.items():
                if closed(imap):
                    raise ConnectionError("the IDLE connection was closed by the server")
                await guarded(imap, imap.select(quote_mailbox(wire)), self.endpoint.timeout)
                started.append((imap, await guarded(imap, imap.idle_start(timeout=self.endpoint.poll_seconds + 30),
                                                    self.endpoint.timeout)))
            loop = asyncio.get_running_loop()
            deadline = loop.time() + self.endpoint.poll_seconds
            while True:
                left = deadline - loop.time()
                if left <= 0:
                    self.wakeups["timeout"] += 1
                    return
                # aioimaplib does not notice a server that went away while idling: look every few seconds
                pushes = [asyncio.ensure_future(imap.wait_server_push(timeout=min(left, 5.0))) for imap, _ in started]
                try:
                    await asyncio.wait(pushes, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    for push in pushes:  # a push not taken stays in its connection's queue
                        push.cancel()
                    await asyncio.gather(*pushes, return_exceptions=True)
                    raise_if_cancelled()
                if any(push.done() and not push.cancelled() and push.exception() is None for push in pushes):
                    self.wakeups["push"] += 1
                    return
                if any(closed(imap) for imap, _ in started):
                    raise ConnectionError("the server closed the connection during IDLE")
        finally:
            for imap, idle in started:
                if not closed(imap):
                    imap.idle_done()
                    await asyncio.wait_for(idle, timeout=5)
