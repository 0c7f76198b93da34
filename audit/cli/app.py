"""The `audit` command: a thin layer over the library. It parses arguments, calls the library, prints (what it
prints is audit.cli.views); an AuditError raised anywhere below becomes its message and exit code in one place,
`AuditGroup.invoke`. Heavy modules are imported inside commands so that `audit --help` (and cron's calls) start
fast.

Exit codes: 0 done; 1 an error; 2 the study file (or a secret it names) is invalid; 3 the database is unusable;
4 the study's database holds no results of it; 130 and 143: `audit run` or `audit pilot` stopped by SIGINT (Ctrl-C)
or SIGTERM before it was done (audit.cli.signals).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
import typer
from typer.core import TyperGroup

from audit.cli import changes, database, login, record
from audit.cli.common import DB, STUDY, console, context, error, for_terminal, load


class AuditGroup(TyperGroup):
    """The one place where the library's errors reach the user: an AuditError (audit.errors) from any command,
    sub-commands included, is printed as its message and hint, without a traceback, and the process exits with
    the error's code. So is a full disk, wherever it is met (audit.store.database.disk_full). Anything else is a
    bug and keeps its traceback."""

    def invoke(self, ctx: click.Context):
        from audit.errors import AuditError

        try:
            return super().invoke(ctx)
        except Exception as exc:  # noqa: BLE001 - re-raised unless it is ours or a full disk
            from rich.markup import escape

            from audit.store.database import disk_full

            known = exc if isinstance(exc, AuditError) else disk_full(exc)
            if known is None:
                raise
            console(stderr=True).print(f"[red]error:[/red] {escape(str(known))}", soft_wrap=True)
            raise typer.Exit(known.exit_code) from None


app = typer.Typer(cls=AuditGroup, add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Mystery-shopper audits of customer support: send scripted questions inside working hours, "
                       "collect and time the answers, report.")


@app.command()
def validate(study_path: Path = STUDY) -> None:
    """Check a study file; every problem is reported with file, line, column and field.

    Example: audit validate studies/example.yaml
    """
    from audit.cli.views import study_summary

    console().print(study_summary(load(study_path)))


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
    from audit.cli.views import gaps_view, plan_table
    from audit.collect.run import Runner
    from audit.report.status import gaps

    study, store, clock, secrets = context(study_path, db)
    plans = Runner(study, store, clock, secrets).planned(clock.now())
    if wave and wave not in plans:
        raise error(f"no wave {wave!r} in {study_path}: waves are {', '.join(plans)}")
    out = console()
    out.print(plan_table(study, {k: v for k, v in plans.items() if not wave or k == wave}))
    out.print(gaps_view([g for g in gaps(store, study, clock.now()) if not wave or g.wave in (wave, "all")]))


@app.command()
def run(study_path: Path = STUDY, dry_run: bool = typer.Option(False, "--dry-run", help="show, send nothing"),
        loop: float = typer.Option(0, help="keep running, checking every N seconds, until every started wave "
                                             "is sent (for a terminal session; cron needs no loop)"),
        accept_change: str = typer.Option(None, "--accept-change", metavar="WHY",
                                          help="accept a change to what a started study asks (a script's text or "
                                               "points); the reason is recorded with the study version"),
        db: str = DB) -> None:
    """Send the probes that are due now (inside each company's working hours); safe to run from cron.

    Example: audit run studies/example.yaml --dry-run
    """
    from audit.cli.sessions import run_session, stopped_run
    from audit.cli.signals import run_stoppable

    # a dry run previews a real one (sends=True), and creates or changes no database
    study, store, clock, secrets = context(study_path, db, sends=True, access="preview" if dry_run else "write")
    out = console()
    code, stop = run_stoppable(lambda stop: run_session(study, store, clock, secrets, out, dry_run=dry_run,
                                                        loop=loop, accept_change=accept_change, stop=stop))
    if stop.received:  # SIGINT or SIGTERM (audit.cli.signals): not done, and the exit code says which
        stopped_run(out, stop)
        raise typer.Exit(stop.exit_code)
    raise typer.Exit(code)


@app.command()
def watch(study_path: Path = STUDY, once: bool = typer.Option(False, "--once", help="read what is new, then stop"),
          db: str = DB) -> None:
    """Collect answers (IMAP INBOX and spam folder), match them to probes and time them.

    Example: audit watch studies/example.yaml --once
    """
    from audit.cli.sessions import watch_session
    from audit.cli.signals import run_stoppable

    study, store, clock, secrets = context(study_path, db, sends=True)
    out = console()
    _, stop = run_stoppable(lambda _: watch_session(study, store, clock, secrets, out, once=once))
    if stop.received:  # Ctrl-C or SIGTERM is how a watcher is stopped: not a failure
        out.print(f"watcher stopped by {stop.name}; what it stored is kept, the next one resumes from there")


@app.command()
def status(study_path: Path = STUDY, db: str = DB) -> None:
    """Per wave and channel: planned, sent, failed, answered; per channel the messages that could not be read, with
    how to review them; per wave the progress and an estimated end; and every company or channel not probed, with
    the reason.

    Example: audit status studies/example.yaml
    """
    from audit.cli.views import gaps_view, progress_table, status_table, unreadable_view
    from audit.report.status import gaps, progress, unreadable

    study, store, clock, _ = context(study_path, db, results=True, access="read")
    out = console()
    out.print(status_table(store, study))
    out.print(unreadable_view(unreadable(store, study.id)))
    out.print(progress_table(progress(store, study, clock.now())))
    out.print(gaps_view(gaps(store, study, clock.now())))


@app.command()
def report(study_path: Path = STUDY,
           wave: list[str] = typer.Option(None, "--wave", help="only this wave (repeat for several; a cron wave's "
                                                                "name takes all its occurrences)"),
           channel: list[str] = typer.Option(None, "--channel", help="only this channel (repeatable)"),
           segment: list[str] = typer.Option(None, "--segment", help="only this segment (repeatable)"),
           by: list[str] = typer.Option(None, "--by", help="break down by this company attribute (a CSV column "
                                                           "such as turnover) or persona instead of segment; "
                                                           "repeatable"),
           fmt: str = typer.Option(None, "--format", help="table (the default), json, csv or markdown; with "
                                                           "--figures also svg (the default), pdf or png"),
           html: Path = typer.Option(None, "--html", help="also write one self-contained HTML file (no network)"),
           figures: Path = typer.Option(None, "--figures", help="also write each chart as a file into this folder "
                                                                "(for a paper; --format svg, pdf or png)"),
           top: int = typer.Option(10, "--top", min=1, help="companies in each segment's top list"),
           resamples: int = typer.Option(1000, "--resamples", min=100, help="bootstrap resamples"),
           seed: int = typer.Option(None, "--seed", help="bootstrap seed [417]: the same seed, the same report"),
           check: str = typer.Option(None, "--check", help="a report's reproducibility stamp: say whether this "
                                                           "database and study give the same numbers (exit 0) or "
                                                           "not, and which part changed (exit 1)"),
           db: str = DB) -> None:
    """By channel × segment (or a company attribute): sent, delivered, replied, answered, ≤1h, ≤24h, Kaplan–Meier
    median and p90 (calendar and business time), scores, redirects, acks, helpdesks; comparisons with bootstrap
    intervals (helpdesk, segments, channels, waves); the top companies and the "fast and good" set. First the
    findings in words (the study's language); last the method in prose and a reproducibility stamp (--check).

    Example: audit report studies/example.yaml --channel email --format markdown --html report.html
             audit report studies/example.yaml --figures figures/ --format pdf
    """
    from audit.cli.views import CHART_FORMATS, REPORT_FORMATS, write_report
    from audit.report.build import build
    from audit.report.figures import DEFAULT_SEED, Options

    if fmt is not None and fmt not in REPORT_FORMATS + CHART_FORMATS:
        raise error(f"unknown --format {fmt!r}: use one of {', '.join(REPORT_FORMATS)}, or with --figures one of "
                    f"{', '.join(CHART_FORMATS)}")
    if fmt in CHART_FORMATS and figures is None:
        raise error(f"--format {fmt} is a format for the charts: give --figures DIR too")
    study, store, clock, _ = context(study_path, db, results=True, access="read")
    options = Options(tuple(wave or ()), tuple(channel or ()), tuple(segment or ()), tuple(by or ("segment",)),
                      top, resamples, DEFAULT_SEED if seed is None else seed)
    if check is not None:
        _check_stamp(check, store, study, seed, resamples)
        return
    from audit.people.agreement import overall

    result = build(store, study, clock.now(), options, agreement=overall(store, study.id, resamples, options.seed))
    if html is not None:
        from audit.report.htmlpage import write_html

        write_html(result, html)
        console(stderr=True).print(f"report written to {html}", markup=False)
    if figures is not None:
        from audit.cli.views import charts_written
        from audit.report.charts import write_charts

        written = write_charts(result, figures, fmt if fmt in CHART_FORMATS else "svg")
        console(stderr=True).print(charts_written(written, figures), markup=False)
    text = fmt if fmt in REPORT_FORMATS else None if (html or figures) is not None else "table"
    write_report(result, text, console(), for_terminal(sys.stdout))


def _check_stamp(given: str, store, study, seed: int | None, resamples: int) -> None:
    """`audit report --check STAMP`: the stamp recomputed with the stamp's own seed and resamples unless given."""
    from audit.report.stamp import Stamp, differences, stamp

    old = Stamp.parse(given)
    new = stamp(store, study, old.seed if seed is None else seed,
                old.resamples if resamples == 1000 else resamples)  # not given: the stamp's
    found = differences(old, new)
    out = console()
    out.print(f"now: {new}", markup=False)
    if not found:
        out.print("same stamp: this study and database give the report's numbers", markup=False)
        return
    for line in found:
        out.print(f"changed: {line}", markup=False)
    raise typer.Exit(1)


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
        raise error("give --csv FILE (one row per probe) and/or --tables DIR (tidy tables)")
    if parquet and tables is None:
        raise error("--parquet is for the tables: give --tables DIR too")
    from audit.export.results_csv import export_csv, export_csv_file

    study, store, clock, _ = context(study_path, db, results=True, access="read")
    now = clock.now()
    if csv_path == "-":
        export_csv(store, study, for_terminal(sys.stdout), now=now, split=True)
    elif csv_path is not None:
        n = export_csv_file(store, study, csv_path, now=now)
        console(stderr=True).print(f"{n} probes written to {csv_path}")
    if tables is not None:
        from audit.cli.views import tables_written
        from audit.export.tables import write_tables

        counts = write_tables(store, study, tables, parquet=parquet, now=now)
        console(stderr=True).print(tables_written(counts, tables))


@app.command()
def publish(study_path: Path = STUDY,
            directory: Path = typer.Argument(..., help="a new or empty directory for the package"),
            pseudonymise: bool = typer.Option(False, "--pseudonymise",
                                              help="pseudonyms for companies and personas, no contacts, no names "
                                                   "or contacts in any text"),
            key_env: str = typer.Option("AUDIT_PSEUDONYM_KEY", "--key-env", metavar="NAME",
                                        help="the environment variable holding the pseudonyms' key (never "
                                             "written anywhere)"),
            db: str = DB) -> None:
    """A replication package to deposit beside a paper: the tidy tables and codebook, the HTML report and its
    JSON, the method text, and a README with how to cite it and every file's SHA-256 (also SHA256SUMS).

    Example: AUDIT_PSEUDONYM_KEY=... audit publish studies/example.yaml package/ --pseudonymise
    """
    from audit.cli.views import package_written
    from audit.publish import publish as write_package
    from audit.publish import read_key

    key = read_key(key_env) if pseudonymise else None  # before anything is read or written
    study, store, clock, _ = context(study_path, db, results=True, access="read")
    console(stderr=True).print(package_written(write_package(store, study, directory, now=clock.now(), key=key)),
                               markup=False)


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

    study, store, clock, _ = context(study_path, db, results=True)
    out = console()
    session = Session(store, study, clock, out, Keys(), rater or os.environ.get("USER") or "", channel=channel,
                      kinds="all" if every_kind else "answers", mine=mine, unmatched=unmatched)
    session.run()
    out.print(f"{session.scored} score(s) given, {session.assigned} message(s) assigned")


@app.command()
def reply(study_path: Path = STUDY, reply_id: int = typer.Argument(..., help="the message's number (reply_id)"),
          raw: bool = typer.Option(False, "--raw", help="the message exactly as received"), db: str = DB) -> None:
    """One stored message: its kind and why, its own words (quote, signature and helpdesk chrome removed), the
    question it answers and its score; with --raw, the message exactly as received (bytes when written to a file or
    a pipe, control characters made visible on a terminal).

    Example: audit reply studies/example.yaml 42 --raw > reply-42.eml
    """
    from audit.cli.review import printable_raw, render_one
    from audit.people import review

    study, store, _, _ = context(study_path, db, results=True, access="read")
    if not raw:
        console().print(render_one(review.item(store, reply_id, study)))
        return
    message = review.raw_message(store, reply_id, study)
    if sys.stdout.isatty():
        console().print(printable_raw(message), markup=False, highlight=False)
    else:
        sys.stdout.buffer.write(message)
        sys.stdout.flush()


@app.command()
def rescore(study_path: Path = STUDY,
            accept_change: str = typer.Option(None, "--accept-change", metavar="WHY",
                                              help="accept a change to the scripts' points after probes were made; "
                                                   "the reason is recorded with the study version"),
            db: str = DB) -> None:
    """Understand and score every stored reply again, after a change of the rubric, the scripts' points or the
    phrase data. Only automatic scores change; scores given by people are never touched. The study version whose
    points were used is recorded and printed (audit history).

    Example: audit rescore studies/example.yaml
    """
    from audit.cli.views import rescore_summary
    from audit.collect.understanding import Understander
    from audit.store.versions import record_version

    study, store, clock, _ = context(study_path, db, results=True)
    version = record_version(store, study, accept=accept_change, now=clock.now())
    out = console()
    out.print(rescore_summary(Understander(study, store, clock).rescore()))
    recorded = f" (recorded now: {'; '.join(version.changes)})" if version.new else ""
    out.print(f"scored with the points of study version {version.number}{recorded}", markup=False)


@app.command()
def agreement(study_path: Path = STUDY, db: str = DB) -> None:
    """Krippendorff's alpha (ordinal) between raters and against the automatic score; the largest disagreements.

    Example: audit agreement studies/example.yaml
    """
    from audit.cli.views import agreement_table

    study, store, _, _ = context(study_path, db, results=True, access="read")
    console().print(agreement_table(store, study))


@app.command("eval-corpus")
def eval_corpus(folder: Path = typer.Argument(..., help="a folder of labelled messages"),
                manifest: Path = typer.Option(..., help="CSV: file, and kind and/or expected_reply"),
                as_json: bool = typer.Option(False, "--json", help="print JSON instead of a table"),
                errors: bool = typer.Option(False, "--errors", help="list every miss: the labelled and predicted "
                                                                    "kind, and a word diff of the extracted text"),
                split: str = typer.Option(None, "--split", help="only the manifest rows of this split (its split "
                                                                "column), e.g. heldout"),
                study_path: Path = typer.Option(None, "--study", help="judge each reply as the watcher would, with "
                                                                      "the points of the study's script it answers "
                                                                      "(a segment column, else its subject)")) -> None:
    """Per-kind precision and recall and the reply-extraction accuracy over a labelled folder of messages.

    Example: audit eval-corpus ../shared/corpora/sisimai --manifest ../shared/corpora/sisimai/manifest.csv
    """
    import json

    from audit.collect.understanding import evaluate_corpus

    study = None
    if study_path is not None:
        from audit.study.load import load_study

        study = load_study(study_path)
    result = evaluate_corpus(folder, manifest, split, study)
    if as_json:
        print(json.dumps(result.as_json(errors=errors), indent=2, ensure_ascii=False))
        return
    from audit.cli.views import evaluation_table

    console().print(evaluation_table(result, errors=errors))


@app.command()
def cron(study_path: Path = STUDY, systemd: bool = typer.Option(False, help="systemd user units instead of crontab"),
         install: bool = typer.Option(False, "--install", help="install them: replace this study's block in your "
                                                               "crontab (or write the units), keep everything else"),
         every: int = typer.Option(5, help="minutes between runs"),
         logs: Path = typer.Option(None, "--logs", help="folder of the log files [logs/ beside the study]"),
         db: str = DB) -> None:
    """Print (or --install) the crontab lines or systemd units that run the study's waves and watchers, with
    absolute paths, so they work whatever folder cron starts in; each study's lines are its own block.

    Example: audit cron studies/example.yaml --install
    """
    from audit.cli.views import installed
    from audit.schedule import cron as schedule

    plan = schedule.Schedule.of(load(study_path).id, study_path, db, every, logs)
    if install:
        done = schedule.install_systemd(plan) if systemd else schedule.install_crontab(plan)
        console().print(installed(done), soft_wrap=True)
    else:
        print(schedule.systemd_text(plan, schedule.systemd_dir()) if systemd else schedule.crontab(plan))


@app.command()
def doctor(study_path: Path = STUDY, db: str = DB) -> None:
    """Check everything the study needs to run unattended, sending nothing to a company: secrets, each persona's
    SMTP and IMAP login and folders, VK token, Telegram session, the clock against the mail server, the database,
    the installed schedule and its logs, free disk. Exits 1 when any check finds a problem.

    Example: audit doctor studies/example.yaml
    """
    import asyncio

    from audit.cli.views import doctor_view
    from audit.ops.doctor import Doctor, has_problem

    study, store, clock, secrets = context(study_path, db)
    checks = asyncio.run(Doctor(study, store, clock, secrets).run())
    console().print(doctor_view(checks))
    raise typer.Exit(1 if has_problem(checks) else 0)


@app.command()
def pilot(study_path: Path = STUDY,
          to: str = typer.Option(..., "--to", help="your own address: never a company's"),
          company: str = typer.Option(None, "--company", help="render for this company [the first the script is "
                                                              "for]"),
          channel: list[str] = typer.Option(None, "--channel", help="only this channel: email or form (repeatable)"),
          persona: str = typer.Option(None, "--persona", help="send as this persona [the first with e-mail]"),
          dry_run: bool = typer.Option(False, "--dry-run", help="show what would go, send nothing"),
          db: str = DB) -> None:
    """Send every e-mail script of the study (a form's text too, saying which form it would fill) to your own
    address through the persona's real SMTP account, subject prefixed [pilot], to check the texts, encoding, token
    and the spam folder before a wave. Recorded apart: never a probe, never in a report.

    Example: audit pilot studies/example.yaml --to me@example.org --dry-run
    """
    from audit.cli.sessions import pilot_session, stopped_pilot
    from audit.cli.signals import run_stoppable
    from audit.cli.views import pilot_view
    from audit.ops import pilot as pilots

    study, store, clock, secrets = context(study_path, db, access="preview" if dry_run else "write")
    planned = pilots.plan(study, to, company=company, channels=channel, persona=persona)
    out = console()
    if dry_run:
        out.print(pilot_view(planned))
        return
    sender = pilots.PilotSender(study, store, clock, secrets)
    _, stop = run_stoppable(lambda stop: pilot_session(sender, planned.messages, out, stop))
    out.print(pilot_view(planned, sender.results, stopped=stop.name))
    if stop.received:  # SIGINT or SIGTERM (audit.cli.signals): not done, and the exit code says which
        stopped_pilot(out, stop)
        raise typer.Exit(stop.exit_code)
    if any(r.outcome != "sent" for r in sender.results):
        raise typer.Exit(1)


@app.command()
def sandbox(study_path: Path = typer.Argument(Path("studies/demo.yaml"), help="the sandbox study"),
            demo: bool = typer.Option(False, "--demo", help="run the whole study end to end and print the report"),
            factor: float = typer.Option(3600, help="study seconds per real second (3600: an hour a second)"),
            db: str = DB) -> None:
    """Local mail servers with simulated companies, on 127.0.0.1; no account needed. With --demo, any study runs
    end to end: every wave, answered in the study's own words, until the last reply window ends.

    Example: audit sandbox --demo   (what `make demo` runs)
    """
    from audit.cli.signals import run_stoppable
    from audit.sandbox.demo import run_demo, serve
    from audit.store.database import study_database

    out = console()
    target = study_database(load(study_path), db)
    done, stop = run_stoppable(lambda _: run_demo(study_path, target, factor, out) if demo
                               else serve(study_path, factor, out, target))
    if stop.received:  # Ctrl-C or SIGTERM stops the sandbox's servers: not a failure
        out.print(f"sandbox stopped by {stop.name}")
        return
    if not demo:
        return
    from audit.cli.views import report_table, status_table

    out.print(status_table(done.store, done.study))
    out.print(report_table(done.store, done.study, None, done.now))
    out.print(f"{done.exported} probes exported to {done.csv}; database {done.store.url}")


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

    study, store, clock, _ = context(study_path, db)
    console().print(tasks_view(open_tasks(store, study, clock, wave=wave, channel=channel)))


changes.register(app)
app.add_typer(record.app, name="record")
app.add_typer(login.app, name="login")
app.add_typer(database.app, name="db")


def main() -> None:
    if os.environ.get("AUDIT_DEBUG"):
        import logging

        logging.basicConfig(level=logging.DEBUG)
    app()


if __name__ == "__main__":
    main()
