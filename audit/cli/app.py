"""The `audit` command: a thin layer over the library. It parses arguments, calls the library, prints (what it
prints is audit.cli.views); an AuditError raised anywhere below becomes its message and exit code in one place,
`AuditGroup.invoke`. Heavy modules are imported inside commands so that `audit --help` (and cron's calls) start
fast.

Exit codes: 0 done; 1 an error; 2 the study file (or a secret it names) is invalid; 3 the database is unusable.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
import typer
from typer.core import TyperGroup

STUDY = typer.Argument(..., help="the study file (YAML)", exists=False)
DB = typer.Option(None, "--db", envvar="AUDIT_DB", help="database: a file path or SQLAlchemy URL [data/audit.db]")


def _console(stderr: bool = False):
    from rich.console import Console

    console = Console(stderr=stderr, highlight=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = 130  # logs and pipes: wide enough for the report's columns
    return console


class AuditGroup(TyperGroup):
    """The one place where the library's errors reach the user: an AuditError (audit.errors) from any command,
    sub-commands included, is printed as its message and hint, without a traceback, and the process exits with
    the error's code. Anything else is a bug and keeps its traceback."""

    def invoke(self, ctx: click.Context):
        from audit.errors import AuditError

        try:
            return super().invoke(ctx)
        except AuditError as exc:
            from rich.markup import escape

            _console(stderr=True).print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(cls=AuditGroup, add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Mystery-shopper audits of customer support: send scripted questions inside working hours, "
                       "collect and time the answers, report.")


def _error(message: str):
    from audit.errors import AuditError

    return AuditError(message)


def _load(study_path: Path):
    from audit.study.load import load_study

    return load_study(study_path)


def _context(study_path: Path, db: str | None):
    from audit.clock import default_clock
    from audit.credentials import Secrets
    from audit.store.database import Store

    study = _load(study_path)
    return study, Store(db), default_clock(), Secrets.for_study(study_path)


@app.command()
def validate(study_path: Path = STUDY) -> None:
    """Check a study file; every problem is reported with file, line, column and field.

    Example: audit validate studies/example.yaml
    """
    from audit.cli.views import study_summary

    _console().print(study_summary(_load(study_path)))


@app.command()
def schema() -> None:
    """Print the JSON Schema of study files (for editor autocompletion).

    Example: audit schema > study.schema.json
    """
    import json

    from audit.study.model import Study

    print(json.dumps(Study.model_json_schema(), indent=2, ensure_ascii=False))


@app.command()
def plan(study_path: Path = STUDY, wave: str = typer.Option(None, help="only this wave"), db: str = DB) -> None:
    """Show each probe's send time, in the company's own time zone and in UTC.

    Example: audit plan studies/example.yaml --wave w1
    """
    from audit.cli.views import plan_table
    from audit.collect.run import Runner

    study, store, clock, secrets = _context(study_path, db)
    plans = Runner(study, store, clock, secrets).planned(clock.now())
    if wave and wave not in plans:
        raise _error(f"no wave {wave!r} in {study_path}: waves are {', '.join(plans)}")
    _console().print(plan_table(study, {k: v for k, v in plans.items() if not wave or k == wave}))


@app.command()
def run(study_path: Path = STUDY, dry_run: bool = typer.Option(False, "--dry-run", help="show, send nothing"),
        loop: float = typer.Option(0, help="keep running, checking every N seconds, until every started wave "
                                             "is sent (for a terminal session; cron needs no loop)"),
        db: str = DB) -> None:
    """Send the probes that are due now (inside each company's working hours); safe to run from cron.

    Example: audit run studies/example.yaml --dry-run
    """
    import asyncio

    from audit.cli.sessions import run_session

    study, store, clock, secrets = _context(study_path, db)
    raise typer.Exit(asyncio.run(run_session(study, store, clock, secrets, _console(), dry_run=dry_run, loop=loop)))


@app.command()
def watch(study_path: Path = STUDY, once: bool = typer.Option(False, "--once", help="read what is new, then stop"),
          db: str = DB) -> None:
    """Collect answers (IMAP INBOX and spam folder), match them to probes and time them.

    Example: audit watch studies/example.yaml --once
    """
    import asyncio

    from audit.cli.sessions import watch_session

    study, store, clock, secrets = _context(study_path, db)
    try:
        asyncio.run(watch_session(study, store, clock, secrets, _console(), once=once))
    except KeyboardInterrupt:  # Ctrl-C is how a watcher is stopped: not a failure
        raise typer.Exit(0) from None


@app.command()
def status(study_path: Path = STUDY, db: str = DB) -> None:
    """Per wave and channel: planned, sent, failed, answered.

    Example: audit status studies/example.yaml
    """
    from audit.cli.views import status_table

    study, store, _, _ = _context(study_path, db)
    _console().print(status_table(store, study))


@app.command()
def report(study_path: Path = STUDY,
           wave: list[str] = typer.Option(None, "--wave", help="only this wave (repeat for several; a cron wave's "
                                                                "name takes all its occurrences)"),
           channel: list[str] = typer.Option(None, "--channel", help="only this channel (repeatable)"),
           segment: list[str] = typer.Option(None, "--segment", help="only this segment (repeatable)"),
           by: list[str] = typer.Option(None, "--by", help="break down by this company attribute (a CSV column "
                                                           "such as turnover) instead of segment; repeatable"),
           fmt: str = typer.Option(None, "--format", help="table (the default), json, csv or markdown"),
           html: Path = typer.Option(None, "--html", help="also write one self-contained HTML file (no network)"),
           top: int = typer.Option(10, "--top", min=1, help="companies in each segment's top list"),
           resamples: int = typer.Option(1000, "--resamples", min=100, help="bootstrap resamples"),
           seed: int = typer.Option(None, "--seed", help="bootstrap seed [417]: the same seed, the same report"),
           db: str = DB) -> None:
    """By channel × segment (or a company attribute): sent, delivered, replied, answered, ≤1h, ≤24h, Kaplan–Meier
    median and p90 (calendar and business time), scores, redirects, acks, helpdesks; comparisons with bootstrap
    intervals (helpdesk, segments, channels, waves); the top companies and the "fast and good" set.

    Example: audit report studies/example.yaml --channel email --format markdown --html report.html
    """
    from audit.cli.views import REPORT_FORMATS, write_report
    from audit.report.build import build
    from audit.report.figures import DEFAULT_SEED, Options

    if fmt is not None and fmt not in REPORT_FORMATS:
        raise _error(f"unknown --format {fmt!r}: use one of {', '.join(REPORT_FORMATS)}")
    study, store, clock, _ = _context(study_path, db)
    options = Options(tuple(wave or ()), tuple(channel or ()), tuple(segment or ()), tuple(by or ("segment",)),
                      top, resamples, DEFAULT_SEED if seed is None else seed)
    result = build(store, study, clock.now(), options)
    if html is not None:
        from audit.report.htmlpage import write_html

        write_html(result, html)
        _console(stderr=True).print(f"report written to {html}", markup=False)
    write_report(result, fmt or ("table" if html is None else None), _console(), sys.stdout)


@app.command()
def export(study_path: Path = STUDY,
           csv_path: str = typer.Option(None, "--csv", help="one row per probe into this file, - for stdout"),
           tables: Path = typer.Option(None, "--tables", help="tidy tables (probes, replies, scores, companies) "
                                                              "and their codebook into this directory"),
           parquet: bool = typer.Option(False, "--parquet", help="write the tables as Parquet instead of CSV "
                                                                 "(needs pip install 'audit[parquet]')"),
           db: str = DB) -> None:
    """Export the results: --csv one CSV row per probe (company, channel, times, status, first answer and its
    score); --tables one table per probe, reply, score and company, with a codebook (columns in README). Text
    cells that a spreadsheet would run as a formula get a leading '.

    Example: audit export studies/example.yaml --csv results.csv --tables results/
    """
    if csv_path is None and tables is None:
        raise _error("give --csv FILE (one row per probe) and/or --tables DIR (tidy tables)")
    if parquet and tables is None:
        raise _error("--parquet is for the tables: give --tables DIR too")
    from audit.export.results_csv import export_csv, export_csv_file

    study, store, clock, _ = _context(study_path, db)
    now = clock.now()
    if csv_path == "-":
        export_csv(store, study, sys.stdout, now=now, split=True)
    elif csv_path is not None:
        n = export_csv_file(store, study, csv_path, now=now)
        _console(stderr=True).print(f"{n} probes written to {csv_path}")
    if tables is not None:
        from audit.cli.views import tables_written
        from audit.export.tables import write_tables

        counts = write_tables(store, study, tables, parquet=parquet, now=now)
        _console(stderr=True).print(tables_written(counts, tables))


@app.command()
def score(study_path: Path = STUDY,
          rater: str = typer.Option(None, "--rater", help="your name as a rater [$USER]"),
          channel: str = typer.Option(None, "--channel", help="only this channel"),
          mine: bool = typer.Option(False, "--mine", help="only replies you have not scored yet"),
          every_kind: bool = typer.Option(False, "--all", help="bounces, auto-replies and acks too, not only answers"),
          unmatched: bool = typer.Option(False, "--unmatched", help="start with the unmatched messages"),
          db: str = DB) -> None:
    """Review the replies in the terminal and give each a 0–4 score: the question, the reply's own text (r: the raw
    message), the suggested score with its reasons. Keys: 0–4 score, n skip, p back, m mine, a kinds, c channel,
    u unmatched messages (g gives one to a probe), ? help, q quit. Your scores are never overwritten by automatic
    ones.

    Example: audit score studies/example.yaml --rater anna --mine
    """
    from audit.cli.review import Keys, Session

    study, store, clock, _ = _context(study_path, db)
    console = _console()
    session = Session(store, study, clock, console, Keys(), rater or os.environ.get("USER") or "", channel=channel,
                      kinds="all" if every_kind else "answers", mine=mine, unmatched=unmatched)
    session.run()
    console.print(f"{session.scored} score(s) given, {session.assigned} message(s) assigned")


@app.command()
def rescore(study_path: Path = STUDY, db: str = DB) -> None:
    """Understand and score every stored reply again, after a change of the rubric, the scripts' points or the
    phrase data. Only automatic scores change; scores given by people are never touched.

    Example: audit rescore studies/example.yaml
    """
    from audit.cli.views import rescore_summary
    from audit.collect.understanding import Understander

    study, store, clock, _ = _context(study_path, db)
    _console().print(rescore_summary(Understander(study, store, clock).rescore()))


@app.command()
def agreement(study_path: Path = STUDY, db: str = DB) -> None:
    """Krippendorff's alpha (ordinal) between raters and against the automatic score; the largest disagreements.

    Example: audit agreement studies/example.yaml
    """
    from audit.cli.views import agreement_table

    study, store, _, _ = _context(study_path, db)
    _console().print(agreement_table(store, study))


@app.command("eval-corpus")
def eval_corpus(folder: Path = typer.Argument(..., help="a folder of labelled messages"),
                manifest: Path = typer.Option(..., help="CSV: file, and kind and/or expected_reply"),
                as_json: bool = typer.Option(False, "--json", help="print JSON instead of a table")) -> None:
    """Per-kind precision and recall and the reply-extraction accuracy over a labelled folder of messages.

    Example: audit eval-corpus ../shared/corpora/sisimai --manifest ../shared/corpora/sisimai/manifest.csv
    """
    import json

    from audit.collect.understanding import evaluate_corpus

    result = evaluate_corpus(folder, manifest)
    if as_json:
        print(json.dumps(result.as_json(), indent=2))
        return
    from audit.cli.views import evaluation_table

    _console().print(evaluation_table(result))


@app.command()
def cron(study_path: Path = STUDY, systemd: bool = typer.Option(False, help="print systemd units instead"),
         every: int = typer.Option(5, help="minutes between runs"), db: str = DB) -> None:
    """Print the crontab lines (or systemd units) that run the study's waves and watchers.

    Example: audit cron studies/example.yaml | crontab -
    """
    from audit.schedule.cron import crontab, systemd_units

    _load(study_path)
    print(systemd_units(study_path, db, every) if systemd else crontab(study_path, db, every))


@app.command()
def sandbox(study_path: Path = typer.Argument(Path("studies/demo.yaml"), help="the sandbox study"),
            demo: bool = typer.Option(False, "--demo", help="run the whole study end to end and print the report"),
            factor: float = typer.Option(3600, help="study seconds per real second (3600: an hour a second)"),
            db: str = DB) -> None:
    """Local mail servers with simulated companies, on 127.0.0.1; no account needed.

    Example: audit sandbox --demo   (what `make demo` runs)
    """
    import asyncio

    from audit.sandbox.demo import run_demo, serve

    console = _console()
    try:
        if not demo:
            asyncio.run(serve(study_path, factor, console))
            return
        done = asyncio.run(run_demo(study_path, db, factor, console))
    except KeyboardInterrupt:  # Ctrl-C stops the sandbox's servers: not a failure
        raise typer.Exit(0) from None
    from audit.cli.views import report_table, status_table

    console.print(status_table(done.store, done.study))
    console.print(report_table(done.store, done.study, None, done.now))
    console.print(f"{done.exported} probes exported to {done.csv}; database {done.store.url}")


@app.command()
def tasks(study_path: Path = STUDY, wave: str = typer.Option(None, help="only this wave"),
          channel: str = typer.Option(None, help="only this channel"), db: str = DB) -> None:
    """What a person must send by hand: channels run by hand (phone, WhatsApp, ...) and probes handed over (a
    CAPTCHA, a JavaScript-only form): to whom, through which channel, by when, with the text ready to paste.
    Then: audit record sent PROBE, audit record reply PROBE --text ..., or audit record call PROBE.

    Example: audit tasks studies/example.yaml --channel phone
    """
    from audit.cli.views import tasks_view
    from audit.people.tasks import open_tasks

    study, store, clock, _ = _context(study_path, db)
    _console().print(tasks_view(open_tasks(store, study, clock, wave=wave, channel=channel)))


record_app = typer.Typer(no_args_is_help=True, help="Record what a person did by hand: a send, a reply, a call.")
app.add_typer(record_app, name="record")
PROBE = typer.Argument(..., help="the probe's number (audit tasks shows it)")
AT = typer.Option(None, "--at", help="when: ISO 8601 with zone, or 'YYYY-MM-DD HH:MM' in the company's time [now]")
FOR_STUDY = typer.Option(None, "--study", help="the study file [the one the probe's study was created from]")


def _probe_context(probe_id: int, study_path: Path | None, db: str | None):
    """The probe's study: the file given, or the one its study was created from."""
    if study_path is None:
        from audit.store.database import Store
        from audit.store.queries import study_file_of_probe

        source = study_file_of_probe(Store(db), probe_id)
        if not source:
            raise _error(f"there is no probe {probe_id} in the database; give --study FILE and --db")
        study_path = Path(source)
    return _context(study_path, db)


def _warn(warnings: list[str]) -> None:
    for w in warnings:
        _console(stderr=True).print(f"warning: {w}", markup=False)


@record_app.command("sent")
def record_sent(probe: int = PROBE, at: str = AT, study_path: Path = FOR_STUDY, db: str = DB) -> None:
    """A person sent this probe (a task, or an automated probe sent by hand).

    Example: audit record sent 42 --at "2026-12-07 11:30"
    """
    from audit.people.record import record_sent as record

    study, store, clock, _ = _probe_context(probe, study_path, db)
    when, warnings = record(store, study, clock, probe, at)
    _warn(warnings)
    _console().print(f"probe {probe} recorded as sent at {when:%Y-%m-%d %H:%M} UTC")


@record_app.command("reply")
def record_reply(probe: int = PROBE, text: str = typer.Option(None, "--text", help="the answer's text"),
                 file: Path = typer.Option(None, "--file", help="a file with the answer's text (UTF-8)"),
                 at: str = AT, sender: str = typer.Option(None, "--from", help="who answered [the company]"),
                 study_path: Path = FOR_STUDY, db: str = DB) -> None:
    """The company's answer to a probe, as a person saw it; it is timed, understood and scored like any other.

    Example: audit record reply 42 --text "Работаем до 20:00" --at "2026-12-07 12:10"
    """
    from audit.people.record import record_reply as record

    if (text is None) == (file is None):
        raise _error("give the answer with --text or with --file, one of them")
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise _error(f"cannot read {file}: {exc}") from None
    study, store, clock, _ = _probe_context(probe, study_path, db)
    reply_id = record(store, study, clock, probe, text, at, sender)
    _console().print(f"reply {reply_id} recorded for probe {probe}")


@record_app.command("call")
def record_call(probe: int = PROBE,
                answered: bool = typer.Option(..., "--answered/--not-answered", help="did a person pick up"),
                waited: str = typer.Option(None, "--waited", help="ringing and holding until a person spoke: 95s, 3m"),
                text: str = typer.Option(None, "--text", help="what they said (it is scored)"),
                at: str = AT, study_path: Path = FOR_STUDY, db: str = DB) -> None:
    """A phone probe: the call (the time of dialling), answered or not, and the waiting time.

    Example: audit record call 42 --answered --waited 2m --text "Пункт работает до 21:00" --at "2026-12-07 11:30"
    """
    from audit.people.record import record_call as record

    study, store, clock, _ = _probe_context(probe, study_path, db)
    reply_id, warnings = record(store, study, clock, probe, answered=answered, waited=waited, at=at, text=text)
    _warn(warnings)
    _console().print(f"call recorded for probe {probe}" + (f"; reply {reply_id}" if reply_id else ": not answered"))


login_app = typer.Typer(no_args_is_help=True, help="One-time logins of persona accounts.")
app.add_typer(login_app, name="login")


@login_app.command("telegram")
def login_telegram(study_path: Path = STUDY, persona: str = typer.Option(None, "--persona",
                   help="the persona whose Telegram account logs in [the only one with an account]"),
                   db: str = DB) -> None:
    """Log a persona's Telegram account in once (phone, code, 2FA password asked here); the session file is stored
    with mode 0600 under data/ (git-ignored), never the password.

    Example: audit login telegram studies/example.yaml --persona anatoly
    """
    import asyncio
    import getpass

    from probes.telegram.channel import login, login_persona

    study, _, _, secrets = _context(study_path, db)
    persona = login_persona(study, persona)
    if not sys.stdin.isatty():
        raise _error("`audit login telegram` asks for the code Telegram sends: run it in a terminal")
    path = asyncio.run(login(study, persona, secrets=secrets, ask_code=lambda: input("code from Telegram: "),
                             ask_password=lambda: getpass.getpass("two-step verification password: ")))
    _console().print(f"logged in; session stored in {path} (mode 0600)")


def main() -> None:
    if os.environ.get("AUDIT_DEBUG"):
        import logging

        logging.basicConfig(level=logging.DEBUG)
    app()


if __name__ == "__main__":
    main()
