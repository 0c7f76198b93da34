"""What the CLI shows: rich tables and lines over the library's results (no logic of their own)."""

from __future__ import annotations

from collections import Counter

from rich.console import Console, Group
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from audit.report.durations import human_duration
from audit.report.status import status
from audit.store.database import Store
from audit.study.model import Study


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


def status_table(store: Store, study: Study) -> Table:
    rows, unmatched = status(store, study.id)
    t = Table(title=f"status of {escape(study.id)}", caption=f"unmatched messages: {unmatched}")
    for col in ("wave", "channel", "planned", "waiting", "by hand", "sent", "unconfirmed", "failed", "unavailable",
                "not sent", "replied", "answered"):
        t.add_column(col, justify="left" if col in ("wave", "channel") else "right")
    for r in rows:  # "failed": the company refused or the sending failed for good; "unavailable": channel closed;
        # "not sent": closed by a person's decision (blocklist, contact marked unavailable)
        counts = (r.planned, r.waiting, r.tasks, r.sent, r.unconfirmed, r.failed - r.unavailable, r.unavailable,
                  r.skipped, r.replied, r.answered)
        t.add_row(escape(r.wave), escape(r.channel), *(str(x) for x in counts))
    if not rows:
        t.add_row("–", "–", *["0"] * 10)
    return t


def unreadable_view(counts: dict[str, tuple[int, int]]) -> Group:
    """The messages that could not be read, per channel (audit.report.status.unreadable), and how to review them;
    nothing when there are none."""
    if not counts:
        return Group()
    total = sum(a + b for a, b in counts.values())
    lines = [Text(f"unreadable messages ({total}): not read (beyond a MIME limit, or the parser failed), so never an "
                  f"answer; each might be a bounce or an answer, and needs a person", style="bold yellow")]
    for channel, (matched, unmatched) in counts.items():
        where = [f"{matched} of a probe: audit score STUDY --channel {channel}"] if matched else []
        where += [f"{unmatched} unmatched: audit score STUDY --unmatched"] if unmatched else []
        lines.append(Text(f"  {channel}: {matched + unmatched} ({'; '.join(where)})"))
    lines.append(Text("  audit reply STUDY ID --raw shows one as received; g in audit score gives an unmatched one to "
                      "its probe"))
    return Group(*lines)


def progress_table(rows) -> Table:
    """Per wave: done, due, later, waiting for a person, answers still possible, and the estimated end."""
    t = Table(title="progress and estimated end", caption="ends: the last planned send still to come; final: when "
              "its reply window closes (the report is interim until then)", caption_justify="left")
    for col in ("wave", "done", "due now", "later", "by hand waiting", "answers still open", "sending ends (UTC)",
                "final (UTC)"):
        t.add_column(col, justify="left" if col == "wave" else "right")
    for r in rows:
        t.add_row(escape(r.wave), f"{r.sent}/{r.planned}", str(r.due), str(r.later), str(r.tasks),
                  str(r.open_answers), f"{r.last_send:%Y-%m-%d %H:%M}" if r.last_send else "done",
                  f"{r.windows_close:%Y-%m-%d %H:%M}" if r.windows_close else "–")
    return t


def gaps_view(gaps) -> Group:
    """What is not probed and why (audit.report.status.gaps), one line per wave and reason with the companies."""
    if not gaps:
        return Group(Text("every company gets a probe on every channel its segment is asked on"))
    n = sum(len(g.items) for g in gaps)
    lines = [Text(f"not probed ({n}): each with the reason", style="bold")]
    for g in gaps:
        lines.append(Text(f"  {g.wave}: {g.reason} ({len(g.items)}): {', '.join(g.items)}"))
    return Group(*lines)


REPORT_FORMATS = ("table", "json", "csv", "markdown")
CHART_FORMATS = ("svg", "pdf", "png")  # audit.report.charts.FORMATS, without loading matplotlib to check --format


def write_report(report, fmt: str | None, console: Console, out) -> None:
    """The report in one of REPORT_FORMATS: a table on the console, or JSON, CSV or Markdown on `out`; None: none."""
    from audit.report import render

    if fmt == "table":
        console.print(render.rich_view(report))
    elif fmt == "json":
        render.write_json(report, out)
    elif fmt == "csv":
        render.write_csv(report, out)
    elif fmt == "markdown":
        render.markdown(report, out)


def charts_written(written, directory) -> str:
    """`audit report --figures`: each file written, and each chart not drawn with why."""
    lines = [f"charts written to {directory}/ (captions in captions.md):"]
    lines += [f"  {path.name}" for _, path in written if path is not None]
    lines += [f"  not drawn: {chart.name}: {chart.why_not}" for chart, path in written if path is None]
    return "\n".join(lines)


def tables_written(counts: dict[str, int], directory) -> str:
    return ", ".join(f"{n} {table}" for table, n in counts.items()) + \
        f" written to {directory}/ with codebook.csv and codebook.md"


def rescore_summary(done) -> str:
    """What `audit rescore` did: replies by kind, automatic scores changed (before→after: how many), people's kept."""
    kinds = ", ".join(f"{k}: {n}" for k, n in sorted(done.kinds.items())) or "–"
    moves = Counter(done.changed.values())
    detail = ", ".join(f"{'new' if a is None else a}→{b}: {n}" for (a, b), n in sorted(moves.items(), key=str))
    return (f"{done.replies} replies understood again ({kinds}); {len(done.changed)} automatic scores "
            f"changed{f' ({detail})' if detail else ''}; {done.human_scores} scores given by people kept")


def report_table(store: Store, study: Study, wave: str | None = None, now=None, options=None) -> Group:
    """The full report for the terminal (audit.report): breakdowns, comparisons, top companies, notes."""
    from datetime import UTC, datetime

    from audit.report.build import build
    from audit.report.figures import Options
    from audit.report.render import rich_view

    options = options or Options(waves=(wave,) if wave else ())
    return rich_view(build(store, study, now or datetime.now(UTC), options))


def agreement_table(store: Store, study: Study) -> Group:
    from audit.people.agreement import agreement

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


def evaluation_table(result, errors: bool = False) -> Group:
    from scoring.evaluate import text_diff

    def pct(x: float | None) -> str:
        return "–" if x is None else f"{x:.3f}"

    of = f" (split {result.split})" if result.split else ""
    t = Table(title=f"reply understanding on a labelled corpus{of}",
              caption="each kind against every other labelled row")
    for col in ("kind", "n", "precision", "recall"):
        t.add_column(col, justify="left" if col == "kind" else "right")
    for kind, s in sorted(result.kinds.items()):
        t.add_row(escape(kind), str(s.n), pct(s.precision), pct(s.recall))
    lines = [t, Text(f"reply extraction: accuracy {pct(result.extraction_accuracy)} over {result.extraction_n}")]
    if result.scripted is not None:
        lines.append(Text(f"judged with the study's script points: {result.scripted} replies"))
        if result.unscripted:  # said, not hidden: these were judged as eval-corpus without --study judges them
            lines.append(Text(f"  {len(result.unscripted)} matched no script of the study (no segment column, no "
                              f"script subject in theirs) and were judged without points, e.g. "
                              f"{result.unscripted[0]}: add a segment column to the manifest", style="yellow"))
    if not errors:
        lines += [Text(f"  miss: {f}") for f, _, _ in result.misses[:10]]
        if len(result.misses) > 10 or result.kind_misses:
            lines.append(Text(f"  ({len(result.kind_misses)} kind and {len(result.misses)} extraction misses: "
                              f"--errors lists them all)"))
        return Group(*lines)
    lines.append(Text(f"kind misses ({len(result.kind_misses)}): labelled → predicted", style="bold"))
    lines += [Text(f"  {f}: {e} → {p}") for f, e, p in result.kind_misses]
    lines.append(Text(f"extraction misses ({len(result.misses)}): [-expected, missing-] {{+extracted, extra+}}",
                      style="bold"))
    for f, e, g in result.misses:
        lines.append(Text(f"  {f}: {text_diff(e, g)}"))
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


def installed(done) -> Text:
    """What `audit cron --install` did and what is left to do."""
    return Text("\n".join([f"installed in {done.where}", *(f"  {note}" for note in done.notes)]))


def doctor_view(checks) -> Group:
    """One line per check, ok / warning / problem, with what to do under each warning and problem."""
    style = {"ok": "green", "warning": "yellow", "problem": "red"}
    lines = []
    for c in checks:
        line = Text.assemble((f"{c.status:<8}", style[c.status]), f" {c.what}: {c.detail}")
        lines.append(line)
        if c.hint and c.status != "ok":
            lines.append(Text(f"         → {c.hint}"))
    counts = Counter(c.status for c in checks)
    lines.append(Text(f"{counts['ok']} ok, {counts['warning']} warning(s), {counts['problem']} problem(s)"))
    return Group(*lines)


def pilot_view(planned, results=None, stopped: str | None = None) -> Group:
    """Each pilot message (what would go, or how it went) and each script left out with why. `stopped`: the signal
    that stopped the pilots before every message was tried (audit.ops.pilot.PilotSender.stop)."""
    from rich.panel import Panel

    outcomes = {id(r.message): r for r in results or []}
    head = ("dry run: nothing is sent or recorded" if results is None else
            f"{sum(r.outcome == 'sent' for r in results)} of {len(planned.messages)} pilot message(s) sent")
    parts: list = [Text(head)]
    for m in planned.messages:
        r = outcomes.get(id(m))
        if r is not None:
            state = r.outcome + (f": {r.error}" if r.error else "")
        else:
            state = "would go" if results is None else f"not sent: stopped by {stopped} before its turn"
        parts.append(Text(f"scripts[{m.script}] {m.channel} · for {m.company_id} · as {m.persona} · to {m.to} · "
                          f"{state}", style="bold" if results is None or (r and r.outcome == "sent") else "red"))
        if results is None:
            parts.append(Panel(escape(f"Subject: {m.subject}\nMessage-ID: {m.message_id}\n\n{m.body.strip()}"),
                               title="pilot", title_align="left"))
    parts += [Text(f"not piloted: {why}") for why in planned.left_out]
    return Group(*parts)


def package_written(package) -> str:
    """What `audit publish` wrote (audit.publish.Package): the files, and what the package leaves out."""
    kind = "pseudonymised package" if package.pseudonymised else "package"
    lines = [f"{kind} of {len(package.files)} files written to {package.directory}/ (README.md lists them; check "
             f"with: cd {package.directory} && sha256sum -c SHA256SUMS)"]
    lines += [f"  not in it: {why}" for why in package.left_out]
    return "\n".join(lines)
