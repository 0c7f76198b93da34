"""`audit record`: what a person did by hand (a send, a reply, a call), for the probes `audit tasks` lists."""

from __future__ import annotations

from pathlib import Path

import typer

from audit.cli.common import DB, console, context, error

app = typer.Typer(no_args_is_help=True, help="Record what a person did by hand: a send, a reply, a call; undo or "
                                                     "edit what was recorded.")
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


def _text(text: str | None, file: Path | None, required: bool = True) -> str | None:
    if required and (text is None) == (file is None):
        raise error("give the answer with --text or with --file, one of them")
    if text is not None and file is not None:
        raise error("give --text or --file, not both")
    if file is not None:
        from audit.inputs import read_text

        return read_text(file, "reply file")
    return text


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
                 repeat: bool = typer.Option(False, "--repeat", help="the company really sent this same text again "
                                                                     "(otherwise a second copy is refused)"),
                 study_path: Path = FOR_STUDY, db: str = DB) -> None:
    """The company's answer to a probe, as a person saw it; it is timed, understood and scored like any other.

    Example: audit record reply 42 --text "Работаем до 20:00" --at "2026-12-07 12:10"
    """
    from audit.people.record import record_reply as record

    text = _text(text, file)
    study, store, clock, _ = _probe_context(probe, study_path, db)
    reply_id = record(store, study, clock, probe, text, at, sender, repeat=repeat)
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


REASON = typer.Option(..., "--reason", help="why (kept in the record log with the old value)")


@app.command("undo")
def record_undo(probe: int = PROBE, reason: str = REASON, study_path: Path = FOR_STUDY, db: str = DB) -> None:
    """Take back the last thing recorded for a probe: its last recorded reply, or (with none) the send recorded by
    hand. The old value stays in the record log (audit history lists it).

    Example: audit record undo 42 --reason "recorded on the wrong probe" --study studies/example.yaml
    """
    from audit.people.record import undo

    study, store, clock, _ = _probe_context(probe, study_path, db)
    console().print(undo(store, study, clock, probe, reason), markup=False)


@app.command("edit")
def record_edit(probe: int = PROBE, text: str = typer.Option(None, "--text", help="the corrected text"),
                file: Path = typer.Option(None, "--file", help="a file with the corrected text (UTF-8)"),
                at: str = typer.Option(None, "--at", help="the corrected time [unchanged]"), reason: str = REASON,
                study_path: Path = FOR_STUDY, db: str = DB) -> None:
    """Correct the last reply recorded for a probe (its text, its time, or both); it is understood and scored
    again, and the old one stays in the record log.

    Example: audit record edit 42 --at "2026-12-07 12:40" --reason "the chat showed 12:40" --study studies/x.yaml
    """
    from audit.people.record import edit

    text = _text(text, file, required=False)
    study, store, clock, _ = _probe_context(probe, study_path, db)
    reply_id = edit(store, study, clock, probe, reason, text, at)
    console().print(f"reply of probe {probe} corrected: now reply {reply_id}", markup=False)
