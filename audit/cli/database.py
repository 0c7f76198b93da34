"""`audit db`: the database itself, apart from any study's results in it."""

from __future__ import annotations

from pathlib import Path

import typer

from audit.cli.common import DB, console, error, load

app = typer.Typer(help="The database itself: its schema's version.", no_args_is_help=True)


@app.command("upgrade")
def upgrade(study_path: Path = typer.Argument(None, help="the study file whose database to upgrade (or --db)"),
            db: str = DB) -> None:
    """Bring a database made by an older audit to this version's schema, and say from which version to which.
    Any command upgrades the database it opens; a team runs this once, on purpose, before its runs.

    Example: audit db upgrade studies/example.yaml   or   audit db upgrade --db "$AUDIT_DB"
    """
    from audit.store.database import study_database
    from audit.store.database import upgrade as do

    if study_path is None and db is None:
        raise error("give the study file, or the database with --db (or AUDIT_DB)")
    target = study_database(load(study_path), db) if study_path is not None else db
    found, now = do(target)
    if found is None:
        said = f"a new database: schema version {now} created"
    elif found == now:
        said = f"already at schema version {now}: nothing to do"
    else:
        said = f"upgraded from schema version {found} to {now}"
    console().print(f"{target}: {said}", markup=False, soft_wrap=True)
