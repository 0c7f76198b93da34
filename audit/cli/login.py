"""`audit login`: the one-time logins of persona accounts (Telegram asks for a code in the terminal)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from audit.cli.common import DB, STUDY, console, context, error

app = typer.Typer(no_args_is_help=True, help="One-time logins of persona accounts.")


@app.command("telegram")
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

    study, _, _, secrets = context(study_path, db)
    persona = login_persona(study, persona)
    if not sys.stdin.isatty():
        raise error("`audit login telegram` asks for the code Telegram sends: run it in a terminal")
    path = asyncio.run(login(study, persona, secrets=secrets, ask_code=lambda: input("code from Telegram: "),
                             ask_password=lambda: getpass.getpass("two-step verification password: ")))
    console().print(f"logged in; session stored in {path} (mode 0600)")
