"""`audit record`: what a person did by hand (a send, a reply, a call), for the probes `audit tasks` lists."""

from __future__ import annotations

from pathlib import Path

import typer

from audit.cli.common import DB, console, context, error

app = typer.Typer(no_args_is_help=True, help="Record what a person did by hand: a send, a reply, a call.")
PROBE = typer.Argument(..., help="the probe's number (audit tasks shows it)")
AT = typer.Option(None, "--at", help="when: ISO 8601 with zone, or 'YYYY-MM-DD HH:MM' in the company's time [now]")
FOR_STUDY = typer.Option(None, "--study", help="the study file (its database holds the probe); or give --db")


def _probe_context(probe_id: int, study_path: Path | None, db: str | None):
    """The probe's study: the file given, or (with --db) the one the probe's study was created from."""
    if study_path is None:
        if not db:
            raise error("which study? give --study FILE (its database holds the probe), or --db DATABASE")
        from audit.store.database import Store
        from audit.store.queries import study_file_of_probe

        source = study_file_of_probe(Store(db), probe_id)
        if not source:
            raise error(f"there is no probe {probe_id} in the database {db}; give --study FILE")
        study_path = Path(source)
    return context(study_path, db, results=True)


def _warn(warnings: list[str]) -> None:
    for w in warnings:
        console(stderr=True).print(f"warning: {w}", markup=False)


@app.command("sent")
def record_sent(probe: int = PROBE, at: str = AT, study_path: Path = FOR_STUDY, db: str = DB) -> None:
    """A person sent this probe (a task, or an automated probe sent by hand).

    Example: audit record sent 42 --at "2026-12-07 11:30"
    """
    from audit.people.record import record_sent as record

    study, store, clock, _ = _probe_context(probe, study_path, db)
    when, warnings = record(store, study, clock, probe, at)
    _warn(warnings)
    console().print(f"probe {probe} recorded as sent at {when:%Y-%m-%d %H:%M} UTC")


@app.command("reply")
def record_reply(probe: int = PROBE, text: str = typer.Option(None, "--text", help="the answer's text"),
                 file: Path = typer.Option(None, "--file", help="a file with the answer's text (UTF-8)"),
                 at: str = AT, sender: str = typer.Option(None, "--from", help="who answered [the company]"),
                 study_path: Path = FOR_STUDY, db: str = DB) -> None:
    """The company's answer to a probe, as a person saw it; it is timed, understood and scored like any other.

    Example: audit record reply 42 --text "Работаем до 20:00" --at "2026-12-07 12:10"
    """
    from audit.people.record import record_reply as record

    if (text is None) == (file is None):
        raise error("give the answer with --text or with --file, one of them")
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise error(f"cannot read {file}: {exc}") from None
    study, store, clock, _ = _probe_context(probe, study_path, db)
    reply_id = record(store, study, clock, probe, text, at, sender)
    console().print(f"reply {reply_id} recorded for probe {probe}")


@app.command("call")
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
    console().print(f"call recorded for probe {probe}" + (f"; reply {reply_id}" if reply_id else ": not answered"))
