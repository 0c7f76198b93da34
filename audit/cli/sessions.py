"""What `audit run`, `audit watch` and `audit pilot` print while the library's loops work (audit.collect.run,
audit.collect.watch, audit.ops.pilot), and how a run or a pilot stops on a signal (audit.cli.signals)."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import time
from collections import Counter

from rich.console import Console
from rich.markup import escape

from audit.cli.signals import Stop
from audit.collect.run import RunResult


async def run_session(study, store, clock, secrets, console: Console, *, dry_run: bool, loop: float,
                      accept_change: str | None = None, stop: Stop | None = None) -> int:
    """Every pass of the run, as it goes; the exit code: 2 when a service refused a persona's credentials. A first
    stop signal stops the run gently (audit.collect.run.Runner.stop), saying so at once."""
    from rich.progress import Progress

    from audit.collect.run import Runner
    from probes import make_channels

    if dry_run:
        _pending(study, store, console, "the next run")
    channels = {} if dry_run else make_channels(study, secrets=secrets, clock=clock)
    runner = Runner(study, store, clock, secrets, channels, accept_change=accept_change)
    if stop is not None:
        def gently(name: str) -> None:
            console.print(f"[yellow]{name} received[/yellow]: {runner.stop(name)}; a second signal stops at once")

        stop.gently = gently
    totals: Counter = Counter()
    with Progress(console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task("sending", total=None)

        def tick(probe, outcome) -> None:
            progress.advance(task)
            console.print(escape(f"  {probe.company_id:<20} {probe.channel:<8} {outcome}"))

        async for result in runner.passes(loop=loop, dry_run=dry_run, progress=tick):
            if runner.version is not None and runner.version.new:
                v = runner.version
                console.print(escape(f"study version {v.number} recorded: {'; '.join(v.changes)}"
                                     + (f" (accepted: {v.reason})" if v.reason else "")))
                runner.version = dataclasses.replace(v, new=False)
            if result.rewritten:
                console.print(f"{result.rewritten} probe(s) not sent yet now carry the changed text (version "
                              f"{runner.version.number}); those sent keep theirs")
            _show_pass(console, result, dry_run)
            totals.update(sent=len(result.sent), failed=len(result.failed), retry=len(result.retry),
                          refused=len(result.refused), skipped=len(result.skipped), passes=1)
            if loop and not dry_run and totals["passes"] == 1 and not runner.stopping:
                console.print(f"checking again every {loop:g}s until every started wave is sent (Ctrl-C or "
                              f"SIGTERM stops it, after the send in hand)")
    if dry_run:
        return 0
    console.print(f"sent {totals['sent']}, failed {totals['failed']}, to retry {totals['retry']}, "
                  f"closed unsent (blocklist, unavailable) {totals['skipped']}, "
                  f"due but waiting (hours, rate limit, pause) {len(result.waiting)}")
    return 2 if totals["refused"] else 0  # a refused secret: the exit code of SecretError (audit.errors)


def stopped_run(console: Console, stop: Stop) -> None:
    """What a run stopped by a signal says last (after the totals, when it stopped gently)."""
    if len(stop.received) == 1:
        console.print(f"[yellow]stopped by {stop.name}[/yellow]: every probe taken was sent or put back to planned; "
                      f"the next run sends the rest")
        return
    console.print(f"[yellow]stopped at once by a second signal[/yellow] (first {stop.name}): a send in hand was "
                  f"recorded as it stood: back to planned before its commit, sent and unconfirmed after it; the "
                  f"next run sends the rest")


async def pilot_session(sender, messages, console: Console, stop: Stop) -> list:
    """The pilot messages sent one after the other (audit.ops.pilot.PilotSender); a first stop signal stops them
    as it stops a run, saying so at once."""
    def gently(name: str) -> None:
        console.print(f"[yellow]{name} received[/yellow]: {sender.stop(name)}; a second signal stops at once")

    stop.gently = gently
    return await sender.send(messages)


def stopped_pilot(console: Console, stop: Stop) -> None:
    """What a pilot stopped by a signal says last, after what became of each message."""
    how = f"stopped by {stop.name}" if len(stop.received) == 1 else \
        f"stopped at once by a second signal (first {stop.name})"
    console.print(f"[yellow]{how}[/yellow]: the pilots not sent are not recorded as sent; run `audit pilot` again "
                  f"for them")


def _show_pass(console: Console, result: RunResult, dry_run: bool) -> None:
    for note in result.recovered:
        console.print(f"[yellow]recovered[/yellow] {escape(note)}")
    if dry_run:
        console.print(f"dry run: {len(result.would_send)} probe(s) would be sent now (spaced by the rate "
                      f"limit), {len(result.waiting)} due but waiting; nothing is sent or stored")
        for p in result.would_send:
            console.print(escape(f"  {p.company_id:<20} {p.channel:<8} to {p.contact}  subject {p.subject!r}"))
        for p, why in result.waiting:
            console.print(escape(f"  waiting {p.company_id:<12} {p.channel:<8} {why}"))
        return
    for probe, why in result.skipped:
        console.print(f"[yellow]not sent, closed[/yellow] {escape(f'{probe.company_id} {probe.channel}: {why}')}")
    for probe, why in result.failed:
        console.print(f"[red]failed[/red] {escape(f'{probe.company_id} {probe.channel}: {why}')}")
    for probe, why in result.retry:
        console.print(f"[yellow]will retry[/yellow] {escape(f'{probe.company_id} {probe.channel}: {why}')}")
    for probe, why in result.refused:
        console.print(f"[red]credentials refused[/red] {escape(f'{probe.channel} of {probe.persona}: {why}')}")


async def watch_session(study, store, clock, secrets, console: Console, *, once: bool) -> None:
    """Each message as it is stored and each batch as it is understood (not with --once), then the totals."""
    from audit.collect.watch import watch_study
    from audit.errors import AlreadyWatching

    t0 = time.perf_counter()
    _pending(study, store, console, "new replies are scored with the file as it is now;")

    def show(r) -> None:
        if not once:
            who = f"probe {r['probe_id']} ({r['match_rule']})" if r["probe_id"] else "unmatched"
            console.print(escape(f"  {r['received_at']:%Y-%m-%d %H:%M:%S}Z {r['kind'] or 'stored':<9} {who}: "
                                 f"{r['subject']!r}"))

    def understood(done) -> None:
        if not once:
            kinds = ", ".join(f"{k}: {n}" for k, n in sorted(done.kinds.items()))
            console.print(escape(f"  understood {done.replies} ({kinds}), {done.scored} scored"))

    try:
        with _watchers_notes(console, secrets):
            result = await watch_study(study, store, clock, secrets, once=once, on_reply=show,
                                       on_understood=understood)
    except AlreadyWatching as exc:
        console.print(f"{exc}; nothing to do")  # cron starts one every few minutes: the running one carries on
        return
    if result is None:
        console.print("no automated channel to watch in this study")
        return
    rules = ", ".join(f"{k}: {v}" for k, v in sorted(result.by_rule.items()))
    kinds = ", ".join(f"{k}: {n}" for k, n in sorted(result.kinds.items()))
    console.print(f"{result.messages} new message(s): {result.matched} matched ({rules or '–'}), "
                  f"{result.unmatched} unmatched; {result.understood} understood ({kinds or '–'}); "
                  f"stored in {result.stored_seconds or 0:.1f}s, all done in {time.perf_counter() - t0:.1f}s",
                  soft_wrap=True)


@contextlib.contextmanager
def _watchers_notes(console: Console, secrets):
    """What the channels' watchers log (logger "audit.<channel>"): the folders watched on stdout, a missing spam
    folder or a reconnection on stderr as "warning: ...", each on one line."""
    from audit.cli.common import console as make_console

    errors = make_console(stderr=True)

    class Notes(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            text = secrets.mask(record.getMessage())
            if record.levelno >= logging.WARNING:
                errors.print(f"warning: {text}", markup=False, soft_wrap=True)
            else:
                console.print(text, markup=False, soft_wrap=True)

    logger, handler = logging.getLogger("audit"), Notes(logging.INFO)
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(min(level or logging.INFO, logging.INFO))
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _pending(study, store, console: Console, what: str) -> None:
    """Say when the study file differs from the version the runs recorded (audit.store.versions)."""
    from audit.store.versions import pending_changes

    found = pending_changes(store, study)
    if found is None:
        return
    number, changes, asked = found
    if what == "the next run":
        tail = (" the next run needs --accept-change WHY" if asked else " the next run records it as a new version")
    else:
        tail = f" {what} audit rescore records the version"
    console.print(escape(f"note: the study file differs from version {number} ({'; '.join(changes)}):{tail}"),
                  soft_wrap=True)
