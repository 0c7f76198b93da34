"""What the CLI shows: rich tables and progress over the library's results."""

from __future__ import annotations

import asyncio
import time
from collections import Counter

from rich.console import Console, Group
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from audit.results import human_duration, status
from audit.store import Store
from audit.study import Study


def study_summary(study: Study) -> Group:
    segments = Counter(c.segment for c in study.companies)
    channels = Counter(ch for c in study.companies for ch in c.contacts.channels())
    secrets = study.secret_names()
    lines = [
        Text.assemble(("✓ ", "green"), f"{study.source}: study {study.id!r} is valid"),  # Text: no markup parsing
        Text(f"  {len(study.companies)} companies ({', '.join(f'{k}: {v}' for k, v in sorted(segments.items()))})"),
        Text(f"  contacts by channel: {', '.join(f'{k}: {v}' for k, v in sorted(channels.items()))}"),
        Text(f"  waves: {', '.join(w.name for w in study.waves)}; personas: "
             f"{', '.join(p.id for p in study.personas)}; scripts: {len(study.scripts)}"),
        Text(f"  working hours {study.working_hours.start:%H:%M}–{study.working_hours.end:%H:%M} "
             f"{','.join(study.working_hours.days)}, holidays {study.holidays or 'none'}, "
             f"reply window {human_duration(study.reply_window.total_seconds())}"),
        Text(f"  secrets it names (values never shown or stored): {', '.join(secrets) or 'none'}"),
    ]
    return Group(*lines)


def plan_table(study: Study, plans: dict) -> Table:
    from probes import automated_channels

    automated = automated_channels()
    t = Table(title=f"plan of {escape(study.id)}", show_lines=False)
    for col in ("wave", "local time", "UTC", "company", "time zone", "channel", "persona", "to"):
        t.add_column(col)
    for name, (wave, probes) in plans.items():
        for p in probes:
            tz = study.company_tz(p.company)
            channel = p.channel if p.channel in automated else f"{p.channel} (by hand)"
            t.add_row(*map(escape, (name, f"{p.planned_at.astimezone(tz):%a %Y-%m-%d %H:%M}",
                                    f"{p.planned_at:%Y-%m-%d %H:%M}", p.company.id, str(tz), channel, p.persona,
                                    p.contact)))
        if not probes:
            t.add_row(name, "–", "–", f"(no probes: starts {wave.starts_on})", "", "", "", "")
    return t


async def run_session(study, store, clock, secrets, console: Console, *, dry_run: bool, loop: float) -> int:
    from rich.progress import Progress

    from audit.run import Runner
    from probes import make_channels

    channels = {} if dry_run else make_channels(study, secrets=secrets, clock=clock)
    runner = Runner(study, store, clock, secrets, channels)
    totals = Counter()
    refused = False
    while True:
        with Progress(console=console, transient=True, disable=not console.is_terminal) as progress:
            task = progress.add_task("sending", total=None)

            def tick(probe, outcome, task=task):
                progress.advance(task)
                console.print(escape(f"  {probe.company_id:<20} {probe.channel:<8} {outcome}"))

            result = await runner.run_once(dry_run=dry_run, progress=tick)
        for note in result.recovered:
            console.print(f"[yellow]recovered[/yellow] {escape(note)}")
        if dry_run:
            console.print(f"dry run: {len(result.would_send)} probe(s) would be sent now (spaced by the rate "
                          f"limit), {len(result.waiting)} due but waiting; nothing is sent or stored")
            for p in result.would_send:
                console.print(escape(f"  {p.company_id:<20} {p.channel:<8} to {p.contact}  subject {p.subject!r}"))
            for p, why in result.waiting:
                console.print(escape(f"  waiting {p.company_id:<12} {p.channel:<8} {why}"))
            return 0
        totals.update(sent=len(result.sent), failed=len(result.failed), retry=len(result.retry))
        for probe, why in result.failed:
            console.print(f"[red]failed[/red] {escape(f'{probe.company_id} {probe.channel}: {why}')}")
        for probe, why in result.retry:
            console.print(f"[yellow]will retry[/yellow] {escape(f'{probe.company_id} {probe.channel}: {why}')}")
        for probe, why in result.refused:
            console.print(f"[red]credentials refused[/red] {escape(f'{probe.channel} of {probe.persona}: {why}')}")
        refused = refused or bool(result.refused)
        if not loop or _finished(store, study, runner, clock):
            break
        await asyncio.sleep(loop)
    waiting = len(result.waiting)
    console.print(f"sent {totals['sent']}, failed {totals['failed']}, to retry {totals['retry']}, "
                  f"due but waiting (hours or rate limit) {waiting}")
    return 2 if refused else 0  # a refused secret: the exit code of SecretError (audit.errors)


def _finished(store, study, runner, clock) -> bool:
    """Every wave that has started is fully sent or failed, and no wave starts later."""
    from audit.schedule import started

    now = clock.now()
    plans = runner.planned(now)
    if not all(started(w, study, now) for w, _ in plans.values()):
        return False
    left = store.execute("SELECT count(*) FROM probe WHERE study_id = :s AND status IN ('planned', 'sending')",
                         s=study.id)[0][0]
    expected = sum(len(p) for _, p in plans.values())
    have = store.execute("SELECT count(*) FROM probe WHERE study_id = :s", s=study.id)[0][0]
    return left == 0 and have >= expected


async def watch_session(study, store, clock, secrets, console: Console, *, once: bool) -> None:
    from audit.watch import single_watcher, watch
    from probes import make_channels

    channels = make_channels(study, secrets=secrets, clock=clock)
    if not channels:
        console.print("no automated channel to watch in this study")
        return
    t0 = time.perf_counter()

    def show(r):
        if not once:
            who = f"probe {r['probe_id']} ({r['match_rule']})" if r["probe_id"] else "unmatched"
            console.print(escape(f"  {r['received_at']:%Y-%m-%d %H:%M:%S}Z {r['kind'] or 'stored':<9} {who}: "
                                 f"{r['subject']!r}"))

    def understood(done):
        if not once:
            kinds = ", ".join(f"{k}: {n}" for k, n in sorted(done.kinds.items()))
            console.print(escape(f"  understood {done.replies} ({kinds}), {done.scored} scored"))

    from audit.errors import AlreadyWatching

    try:
        with single_watcher(store, study):
            result = await watch(study, store, clock, channels, once=once, on_reply=show, on_understood=understood)
    except AlreadyWatching as exc:
        console.print(f"{exc}; nothing to do")  # cron starts one every few minutes: the running one carries on
        return
    rules = ", ".join(f"{k}: {v}" for k, v in sorted(result.by_rule.items()))
    kinds = ", ".join(f"{k}: {n}" for k, n in sorted(result.kinds.items()))
    console.print(f"{result.messages} new message(s): {result.matched} matched ({rules or '–'}), "
                  f"{result.unmatched} unmatched; {result.understood} understood ({kinds or '–'}); "
                  f"stored in {result.stored_seconds or 0:.1f}s, all done in {time.perf_counter() - t0:.1f}s",
                  soft_wrap=True)


def status_table(store: Store, study: Study) -> Table:
    rows, unmatched = status(store, study.id)
    t = Table(title=f"status of {escape(study.id)}", caption=f"unmatched messages: {unmatched}")
    for col in ("wave", "channel", "planned", "waiting", "by hand", "sent", "unconfirmed", "failed", "unavailable",
                "replied", "answered"):
        t.add_column(col, justify="left" if col in ("wave", "channel") else "right")
    for r in rows:  # "failed": the company refused or the sending failed for good; "unavailable": channel closed
        counts = (r.planned, r.waiting, r.tasks, r.sent, r.unconfirmed, r.failed - r.unavailable, r.unavailable,
                  r.replied, r.answered)
        t.add_row(escape(r.wave), escape(r.channel), *(str(x) for x in counts))
    if not rows:
        t.add_row("–", "–", *["0"] * 9)
    return t


def report_table(store: Store, study: Study, wave: str | None = None, now=None, options=None) -> Group:
    """The full report for the terminal (audit.report): breakdowns, comparisons, top companies, notes."""
    from datetime import UTC, datetime

    from audit.figures import Options
    from audit.report import build
    from audit.reportout import rich_view

    options = options or Options(waves=(wave,) if wave else ())
    return rich_view(build(store, study, now or datetime.now(UTC), options))


def agreement_table(store: Store, study: Study) -> Group:
    from scoring.agreement import agreement

    result = agreement(store, study.id)
    t = Table(title=f"agreement of raters, {escape(study.id)}",
              caption="Krippendorff's alpha, ordinal, over 0–4 scores; n: replies both scored; – : not computable")
    for col in ("raters", "alpha", "n"):
        t.add_column(col, justify="left" if col == "raters" else "right")
    rows = ([result.overall] if result.overall else []) + result.pairs
    for p in rows:
        who = "all people" if p.a == "everyone" else f"{p.a} – {p.b}"
        t.add_row(escape(who), "–" if p.alpha is None else f"{p.alpha:.2f}", str(p.n))
    if not rows:
        t.add_row("no two raters have scored the same replies yet", "–", "0")
    d = Table(title="largest disagreements")
    for col in ("reply", "probe", "scores", "spread"):
        d.add_column(col)
    for x in result.disagreements:
        d.add_row(str(x.reply_id) if x.reply_id > 0 else "(no answer)", str(x.probe_id),
                  escape(", ".join(f"{r}: {v}" for r, v in sorted(x.scores.items()))), str(x.spread))
    return Group(t, d)


def evaluation_table(result) -> Group:
    def pct(x: float | None) -> str:
        return "–" if x is None else f"{x:.3f}"

    t = Table(title="reply understanding on a labelled corpus", caption="each kind against every other labelled row")
    for col in ("kind", "n", "precision", "recall"):
        t.add_column(col, justify="left" if col == "kind" else "right")
    for kind, s in sorted(result.kinds.items()):
        t.add_row(escape(kind), str(s.n), pct(s.precision), pct(s.recall))
    lines = [t, Text(f"reply extraction: accuracy {pct(result.extraction_accuracy)} over {result.extraction_n}")]
    lines += [Text(f"  miss: {f}") for f, _, _ in result.misses[:10]]
    return Group(*lines)


def tasks_view(items) -> Group:
    """Each task as a block: what, to whom, by when, why by hand, and the text to paste."""
    from rich.panel import Panel

    if not items:
        return Group(Text("no task for a person: nothing to send by hand"))
    parts = [Text(f"{len(items)} probe(s) to send by hand, inside the company's working hours; then "
                  f"`audit record sent PROBE --at TIME` (and `audit record reply` / `audit record call`)")]
    for t in items:
        head = (f"probe {t.probe_id} · {t.channel} · {t.company} ({t.company_id}) · to {t.contact} · as {t.persona}"
                f" · wave {t.wave}\nsend between {t.send_from:%a %Y-%m-%d %H:%M} and {t.send_by:%H:%M} "
                f"{t.send_from.tzname()} · {t.reason}")
        text = (f"{t.subject}\n\n" if t.subject else "") + t.body
        parts += [Text(head, style="bold"), Panel(escape(text.strip()), title="text to paste", title_align="left")]
    return Group(*parts)
