"""A stopped VK watcher ends at each of its waiting points, even while VK (the local fake server) holds the request
it is waiting on: `audit watch` is stopped by cancelling it (audit.cli.signals), and asyncio.run, as the process
ends, waits for every thread of its default executor, so a call left in one that VK never answers would keep the
stopped process alive for ever."""

from __future__ import annotations

import asyncio
import threading

import pytest

from tests.probes.test_vk import World, fake, quick  # noqa: F401 - fixtures


@pytest.mark.parametrize("held", ["groups.getById", "messages.getLongPollServer", "messages.getConversations",
                                  "messages.getHistory", "longpoll"])
def test_a_stopped_watcher_ends_while_vk_holds_its_request(fake, tmp_path, held):  # noqa: F811
    world = World(fake, tmp_path)
    world.send()
    fake.answer("shop", "Работаем до 20:00.")
    entered, release = threading.Event(), threading.Event()
    handle = fake._handle

    def holding(path: str, params: dict):  # in the server's thread of this request
        if path == f"/method/{held}" or (held == "longpoll" and path.startswith("/longpoll")):
            entered.set()
            release.wait()
        return handle(path, params)

    fake._handle = holding

    async def main() -> None:
        async def consume():
            async for _ in world.channel().watch(world.checkpoints, once=False):
                pass

        task = asyncio.create_task(consume())
        while not entered.is_set():  # until the watcher waits on the held request
            await asyncio.sleep(0.01)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    stopped = threading.Thread(target=asyncio.run, args=(main(),), daemon=True)  # as `audit watch` runs it
    stopped.start()
    try:
        stopped.join(30)  # a bound for a broken build, not a timing expectation
        assert entered.is_set(), f"the watcher never asked for {held}"
        assert not stopped.is_alive(), f"the stopped watcher's process would not end while VK holds {held}"
    finally:
        release.set()
        stopped.join(30)
