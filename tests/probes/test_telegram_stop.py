"""A stopped Telegram watcher ends at each of its waiting points, even when the call it waits in loses the
cancellation. `audit watch` is stopped by cancelling it (audit.cli.signals), and telethon's connect and disconnect
wait with asyncio.wait_for, which in Python 3.11 returns its result instead of the cancellation when the
cancellation comes as its wait ends: a watcher that went on after that would follow the events for ever, and the
stopped process would never end (asyncio.run waits for every task it cancelled). The Telegram side is
audit.sandbox.telegram_peer, at the MTProto seam."""

from __future__ import annotations

import asyncio

import pytest

from tests.probes.test_telegram import World


async def losing_the_cancellation(call, entered: asyncio.Event, gate: asyncio.Event):
    """`call`, awaited once `gate` opens, losing every cancellation that comes meanwhile, as Python 3.11's
    asyncio.wait_for loses one that comes as its wait ends (here made certain instead of a race)."""
    async def inner():
        entered.set()
        await gate.wait()
        return await call

    task = asyncio.ensure_future(inner())
    while True:
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            if task.cancelled():  # the call itself was cancelled: nothing was lost
                raise


def client_losing_a_cancellation_in(w: World, method: str, entered: asyncio.Event, gate: asyncio.Event):
    """The fake's client factory, with the first call of `method` losing a cancellation."""
    first = []

    def factory(*args):
        client = w.fake.client_factory(*args)
        original = getattr(client, method)
        if method == "iter_messages":  # an async generator: its first step waits
            async def wrapped(*a, **kw):
                if not first:
                    first.append(1)
                    await losing_the_cancellation(asyncio.sleep(0), entered, gate)
                async for msg in original(*a, **kw):
                    yield msg
        else:
            async def wrapped(*a, **kw):
                if first:
                    return await original(*a, **kw)
                first.append(1)
                return await losing_the_cancellation(original(*a, **kw), entered, gate)
        setattr(client, method, wrapped)
        return client

    return factory


async def stop(consumer: asyncio.Task) -> set[asyncio.Task]:
    """Cancel the watcher's consumer as `audit watch` is stopped (which cancels each account's task in turn,
    probes.base.merged); the tasks left, which must all end."""
    consumer.cancel()
    await asyncio.gather(consumer, return_exceptions=True)
    return asyncio.all_tasks() - {asyncio.current_task()}


@pytest.mark.parametrize("method", ["connect", "is_user_authorized", "get_input_entity", "iter_messages",
                                    "disconnect"])
def test_a_stopped_watcher_ends_though_a_call_lost_the_cancellation(tmp_path, method):
    w = World(tmp_path)
    w.send()
    w.fake.answer("shop", "Работаем до 20:00.")
    if method == "disconnect":  # the disconnect after a lost connection, before the watcher connects again
        w.fake.fail_next(ConnectionError("the network went away"), on="iter_messages")

    async def run():
        entered, gate = asyncio.Event(), asyncio.Event()
        channel = w.channel(client_losing_a_cancellation_in(w, method, entered, gate))

        async def consume():
            async for _ in channel.watch(w.checkpoints, once=False):
                pass

        consumer = asyncio.create_task(consume())
        await asyncio.wait_for(entered.wait(), 10)
        left = await stop(consumer)
        gate.set()  # the call ends: the cancellation it lost is not raised by it
        _, pending = await asyncio.wait(left, timeout=10)  # a bound for a broken build, not a timing expectation
        for task in pending:  # what asyncio.run would wait for for ever: ended here so that the test ends
            task.cancel()
        return pending

    pending = asyncio.run(run())
    assert not pending, f"the watcher went on after a cancellation lost in {method}"


def test_a_watcher_stopped_while_it_waits_for_messages_ends(tmp_path):
    w = World(tmp_path)
    w.send()

    async def run():
        caught_up = asyncio.Event()

        async def consume():
            async for _ in w.channel().watch(w.checkpoints, once=False):
                caught_up.set()  # the catch-up's batch: from here it waits for events

        consumer = asyncio.create_task(consume())
        await asyncio.wait_for(caught_up.wait(), 10)
        left = await stop(consumer)
        _, pending = await asyncio.wait(left, timeout=10) if left else (set(), set())
        return pending

    assert not asyncio.run(run())
    assert w.fake.clients == []  # and it disconnected
