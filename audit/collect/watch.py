"""Watching every automated channel of a study for answers: storing them (audit.collect.ingest), then understanding
them (audit.collect.understanding) in a task of its own, so that storing, which makes a message safe, never waits
for scoring."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from audit.clock import Clock
from audit.collect.ingest import Ingest, StoreCheckpoints
from audit.collect.understanding import Understander, Understood
from audit.credentials import Secrets
from audit.errors import AlreadyWatching
from audit.store.database import Store
from audit.study.model import Study


@dataclass
class WatchResult:
    messages: int = 0
    matched: int = 0
    unmatched: int = 0
    by_rule: dict[str, int] = field(default_factory=dict)
    understood: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    stored_seconds: float | None = None  # --once: when everything new was stored (understanding may go on)


@contextlib.contextmanager
def single_watcher(store: Store, study: Study, lock_dir: Path | None = None):
    """Hold a lock for this study and database so cron can start `audit watch` every few minutes safely: a file
    lock, and on a database server (PostgreSQL) a lock there too, which holds for watchers on other machines."""
    key = hashlib.sha256(f"{store.url}|{study.id}".encode()).hexdigest()[:16]
    beside_db = Path(store.url.removeprefix("sqlite:///")).parent if store.url.startswith("sqlite:///") else None
    path = (lock_dir or beside_db or Path("data")) / f".watch-{study.id}-{key}.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    fh = path.open("w")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise AlreadyWatching(f"another `audit watch` is already watching study {study.id}") from None
        with store.held(f"audit watch {study.id}") as mine:
            if not mine:
                raise AlreadyWatching(f"another `audit watch` (on this or another machine) is already watching "
                                      f"study {study.id} in this database")
            yield
    finally:
        fh.close()


async def watch(study: Study, store: Store, clock: Clock, channels: dict[str, object], *, once: bool,
                on_reply: Callable[[dict], None] | None = None,
                on_understood: Callable[[Understood], None] | None = None) -> WatchResult:
    """Watch until stopped (`once`: until every channel has caught up and everything stored is understood)."""
    result = WatchResult()
    checkpoints = StoreCheckpoints(store, study.id)
    stored = asyncio.Event()
    stored.set()  # replies stored by an earlier watcher that stopped before understanding them come first
    storing = True

    def chunk_done(done: Understood) -> None:  # called in understand_loop's worker thread
        result.understood += done.replies
        for kind, n in done.kinds.items():
            result.kinds[kind] = result.kinds.get(kind, 0) + n
        if on_understood:
            on_understood(done)

    async def understand_loop() -> None:
        understander = Understander(study, store, clock)
        try:
            while True:
                await stored.wait()
                stored.clear()
                last_round = not storing  # read before the run: a batch stored during it gets another round
                await asyncio.to_thread(understander.run, None, chunk_done)
                if last_round:
                    return
        finally:
            await asyncio.to_thread(understander.close)

    async def one(name: str, channel) -> None:
        ingest = Ingest(study, store, clock, channel=name)
        async for batch in channel.watch(checkpoints, once=once):
            rows = await asyncio.to_thread(ingest.add, batch)
            stored.set()
            for r in rows:
                result.messages += 1
                if r["probe_id"] is None:
                    result.unmatched += 1
                else:
                    result.matched += 1
                    result.by_rule[r["match_rule"] or "?"] = result.by_rule.get(r["match_rule"] or "?", 0) + 1
                if on_reply:
                    on_reply(r)

    async def store_all() -> None:
        nonlocal storing
        t0 = time.perf_counter()
        try:
            await asyncio.gather(*(one(name, ch) for name, ch in channels.items()))
            result.stored_seconds = time.perf_counter() - t0
        finally:
            storing = False
            stored.set()

    await asyncio.gather(store_all(), understand_loop())
    return result


async def watch_study(study: Study, store: Store, clock: Clock, secrets: Secrets, *, once: bool,
                      on_reply: Callable[[dict], None] | None = None,
                      on_understood: Callable[[Understood], None] | None = None) -> WatchResult | None:
    """`watch` every automated channel the study uses, holding the study's watcher lock (AlreadyWatching: another
    watcher holds it). None: the study has no automated channel to watch."""
    from probes import make_channels

    channels = make_channels(study, secrets=secrets, clock=clock)
    if not channels:
        return None
    with single_watcher(store, study):
        return await watch(study, store, clock, channels, once=once, on_reply=on_reply, on_understood=on_understood)
