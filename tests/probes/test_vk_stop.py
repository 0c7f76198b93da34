"""A stopped VK watcher or send ends at each of its waiting points, even while VK (the local fake server) holds the
request it is waiting on: `audit watch` and `audit run` are stopped by cancelling them (audit.cli.signals), and
asyncio.run, as the process ends, waits for every thread of its default executor, so a call left in one that VK
never answers (vk_api's requests have no timeout) would keep the stopped process alive for ever."""

from __future__ import annotations

import asyncio
import threading
from types import SimpleNamespace

import pytest

from tests.probes.test_vk import World, fake, quick  # noqa: F401 - fixtures


def ends_while_vk_holds(server, held: str, work) -> None:
    """Start `work()` (a coroutine) under asyncio.run in a thread, as a command runs it; once VK holds request
    `held` (a method, or the long poll), cancel it as a stop signal does; the run must end while VK still holds
    the request."""
    entered, release = threading.Event(), threading.Event()
    handle = server._handle

    def holding(path: str, params: dict):  # in the server's thread of this request
        if path == f"/method/{held}" or (held == "longpoll" and path.startswith("/longpoll")):
            entered.set()
            release.wait()
        return handle(path, params)

    server._handle = holding

    async def main() -> None:
        task = asyncio.create_task(work())
        while not entered.is_set():  # until it waits on the held request
            await asyncio.sleep(0.01)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    stopped = threading.Thread(target=asyncio.run, args=(main(),), daemon=True)
    stopped.start()
    try:
        stopped.join(30)  # a bound for a broken build, not a timing expectation
        assert entered.is_set(), f"{held} was never asked for"
        assert not stopped.is_alive(), f"the stopped process would not end while VK holds {held}"
    finally:
        release.set()
        stopped.join(30)


@pytest.mark.parametrize("held", ["groups.getById", "messages.getLongPollServer", "messages.getConversations",
                                  "messages.getHistory", "longpoll"])
def test_a_stopped_watcher_ends_while_vk_holds_its_request(fake, tmp_path, held):  # noqa: F811
    world = World(fake, tmp_path)
    world.send()
    fake.answer("shop", "Работаем до 20:00.")

    async def consume():
        async for _ in world.channel().watch(world.checkpoints, once=False):
            pass

    ends_while_vk_holds(fake, held, consume)


@pytest.mark.parametrize("held", ["groups.getById", "messages.send", "messages.getById"])
def test_a_stopped_send_ends_while_vk_holds_its_request(fake, tmp_path, held):  # noqa: F811
    """A run stopped before the commit (groups.getById), or at once by a second signal after it (messages.send,
    messages.getById), ends: the probe is recorded as it stands by the run (audit.collect.run)."""
    world = World(fake, tmp_path)

    async def nothing():
        pass

    probe = SimpleNamespace(persona="anatoly", contact="shop", body="?", token="t1")
    ends_while_vk_holds(fake, held, lambda: world.channel().send(probe, nothing))
