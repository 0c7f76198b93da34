"""The `audit` command: a thin layer over the library. Heavy modules are imported inside commands so that
`audit --help` (and cron's calls) start fast.

Exit codes: 0 done; 1 an error; 2 the study file (or a secret it names) is invalid; 3 the database is unusable.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Mystery-shopper audits of customer support: send scripted questions inside working hours, "
                       "collect and time the answers, report.")

STUDY = typer.Argument(..., help="the study file (YAML)", exists=False)
DB = typer.Option(None, "--db", envvar="AUDIT_DB", help="database: a file path or SQLAlchemy URL [data/audit.db]")


def _console(stderr: bool = False):
    from rich.console import Console

    console = Console(stderr=stderr, highlight=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = 130  # logs and pipes: wide enough for the report's columns
    return console


def _fail(exc) -> None:
    from audit.errors import AuditError

    if isinstance(exc, AuditError):
        from rich.markup import escape

        _console(stderr=True).print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(exc.exit_code)
    raise exc


def _load(study_path: Path):
    from audit.study import load_study

    try:
        return load_study(study_path)
    except Exception as exc:  # noqa: BLE001 - _fail re-raises what is not ours
        _fail(exc)


def _context(study_path: Path, db: str | None):
    from audit.clock import default_clock
    from audit.secrets import Secrets
    from audit.store import Store

    study = _load(study_path)
    try:
        store = Store(db)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    return study, store, default_clock(), Secrets.for_study(study_path)


@app.command()
def validate(study_path: Path = STUDY) -> None:
    """Check a study file; every problem is reported with file, line, column and field.

    Example: audit validate studies/example.yaml
    """
    from audit.views import study_summary

    study = _load(study_path)
    _console().print(study_summary(study))


@app.command()
def schema() -> None:
    """Print the JSON Schema of study files (for editor autocompletion).

    Example: audit schema > study.schema.json
    """
    import json

    from audit.study import Study

    print(json.dumps(Study.model_json_schema(), indent=2, ensure_ascii=False))


@app.command()
def plan(study_path: Path = STUDY, wave: str = typer.Option(None, help="only this wave"), db: str = DB) -> None:
    """Show each probe's send time, in the company's own time zone and in UTC.

    Example: audit plan studies/example.yaml --wave w1
    """
    from audit.run import Runner
    from audit.views import plan_table

    study, store, clock, secrets = _context(study_path, db)
    plans = Runner(study, store, clock, secrets).planned(clock.now())
    if wave and wave not in plans:
        _fail(_user_error(f"no wave {wave!r} in {study_path}: waves are {', '.join(plans)}"))
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

    from audit.views import run_session

    study, store, clock, secrets = _context(study_path, db)
    try:
        code = asyncio.run(run_session(study, store, clock, secrets, _console(), dry_run=dry_run, loop=loop))
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    raise typer.Exit(code)


@app.command()
def watch(study_path: Path = STUDY, once: bool = typer.Option(False, "--once", help="read what is new, then stop"),
          db: str = DB) -> None:
    """Collect answers (IMAP INBOX and spam folder), match them to probes and time them.

    Example: audit watch studies/example.yaml --once
    """
    import asyncio

    from audit.views import watch_session

    study, store, clock, secrets = _context(study_path, db)
    try:
        asyncio.run(watch_session(study, store, clock, secrets, _console(), once=once))
    except KeyboardInterrupt:
        raise typer.Exit(0) from None
    except Exception as exc:  # noqa: BLE001
        _fail(exc)


@app.command()
def status(study_path: Path = STUDY, db: str = DB) -> None:
    """Per wave and channel: planned, sent, failed, answered.

    Example: audit status studies/example.yaml
    """
    from audit.views import status_table

    study, store, _, _ = _context(study_path, db)
    _console().print(status_table(store, study))


@app.command()
def report(study_path: Path = STUDY, wave: str = typer.Option(None, help="only this wave"), db: str = DB) -> None:
    """Per channel and segment: share answered, median response time and mean score.

    Example: audit report studies/example.yaml
    """
    from audit.views import report_table

    study, store, clock, _ = _context(study_path, db)
    _console().print(report_table(store, study, wave, clock.now()))


@app.command()
def export(study_path: Path = STUDY, csv_path: str = typer.Option(..., "--csv", help="output file, - for stdout"),
           db: str = DB) -> None:
    """One CSV row per probe: company, channel, times, status, first answer and its score (columns in README).

    Example: audit export studies/example.yaml --csv results.csv
    """
    from audit.results import export_csv

    study, store, clock, _ = _context(study_path, db)
    if csv_path == "-":
        export_csv(store, study, sys.stdout, now=clock.now())
        return
    with open(csv_path, "w", newline="", encoding="utf-8") as fh:
        n = export_csv(store, study, fh, now=clock.now())
    _console(stderr=True).print(f"{n} probes written to {csv_path}")


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
    from audit.reviewui import Keys, Session

    study, store, clock, _ = _context(study_path, db)
    console = _console()
    session = Session(store, study, clock, console, Keys(), rater or os.environ.get("USER") or "", channel=channel,
                      kinds="all" if every_kind else "answers", mine=mine, unmatched=unmatched)
    try:
        session.run()
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    console.print(f"{session.scored} score(s) given, {session.assigned} message(s) assigned")


@app.command()
def rescore(study_path: Path = STUDY, db: str = DB) -> None:
    """Understand and score every stored reply again, after a change of the rubric, the scripts' points or the
    phrase data. Only automatic scores change; scores given by people are never touched.

    Example: audit rescore studies/example.yaml
    """
    from audit.understanding import Understander

    study, store, clock, _ = _context(study_path, db)
    try:
        done = Understander(study, store, clock).rescore()
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    kinds = ", ".join(f"{k}: {n}" for k, n in sorted(done.kinds.items())) or "–"
    moves: dict[tuple, int] = {}
    for move in done.changed.values():
        moves[move] = moves.get(move, 0) + 1
    detail = ", ".join(f"{'new' if a is None else a}→{b}: {n}" for (a, b), n in sorted(moves.items(), key=str))
    _console().print(f"{done.replies} replies understood again ({kinds}); {len(done.changed)} automatic scores "
                     f"changed{f' ({detail})' if detail else ''}; {done.human_scores} scores given by people kept")


@app.command()
def agreement(study_path: Path = STUDY, db: str = DB) -> None:
    """Krippendorff's alpha (ordinal) between raters and against the automatic score; the largest disagreements.

    Example: audit agreement studies/example.yaml
    """
    from audit.views import agreement_table

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

    from scoring.evaluate import evaluate

    try:
        result = evaluate(folder, manifest)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    if as_json:
        print(json.dumps(result.as_json(), indent=2))
        return
    from audit.views import evaluation_table

    _console().print(evaluation_table(result))


@app.command()
def cron(study_path: Path = STUDY, systemd: bool = typer.Option(False, help="print systemd units instead"),
         every: int = typer.Option(5, help="minutes between runs"), db: str = DB) -> None:
    """Print the crontab lines (or systemd units) that run the study's waves and watchers.

    Example: audit cron studies/example.yaml | crontab -
    """
    from audit.cron import crontab, systemd_units

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

    try:
        if demo:
            asyncio.run(run_demo(study_path, db, factor, _console()))
        else:
            asyncio.run(serve(study_path, factor, _console()))
    except KeyboardInterrupt:
        raise typer.Exit(0) from None
    except Exception as exc:  # noqa: BLE001
        _fail(exc)


def _user_error(message: str):
    from audit.errors import AuditError

    return AuditError(message)


def main() -> None:
    if os.environ.get("AUDIT_DEBUG"):
        import logging

        logging.basicConfig(level=logging.DEBUG)
    app()


if __name__ == "__main__":
    main()
