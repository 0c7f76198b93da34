"""What every command of `audit` shares: the study argument and --db option, the console, and opening a study with its
store, clock and secrets."""

from __future__ import annotations

import os
from pathlib import Path

import typer

STUDY = typer.Argument(..., help="the study file (YAML)", exists=False)
DB = typer.Option(None, "--db", envvar="AUDIT_DB",
                  help="database: a file path or SQLAlchemy URL [the study's database: setting, else "
                       "data/<study id>.db beside the study file]")


def console(stderr: bool = False):
    from rich.console import Console

    out = Console(stderr=stderr, highlight=False)
    if not out.is_terminal and "COLUMNS" not in os.environ:
        out.width = 130  # logs and pipes: wide enough for the report's columns
    return out


def error(message: str):
    """A problem with the command's own arguments, raised like the library's errors (AuditGroup prints it)."""
    from audit.errors import AuditError

    return AuditError(message)


def load(study_path: Path):
    from audit.study.load import load_study

    return load_study(study_path)


def context(study_path: Path, db: str | None, *, results: bool = False):
    """The study, its store (found from the study file unless --db names one), the clock and the secrets. With
    `results` (commands that read what was collected) a study with nothing in its database is an error."""
    from audit.clock import default_clock
    from audit.credentials import Secrets
    from audit.store.database import open_study_store

    study = load(study_path)
    return study, open_study_store(study, db, results=results), default_clock(), Secrets.for_study(study_path)
