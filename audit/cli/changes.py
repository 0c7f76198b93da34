"""Commands that change how a running study goes on, without editing its files: pause and resume, a contact
marked unavailable, the blocklist; and the history of the study's versions."""

from __future__ import annotations

from pathlib import Path

import typer

from audit.cli.common import DB, STUDY, console, context

CHANNEL = typer.Option(None, "--channel", help="only this channel [the whole study]")


def register(app: typer.Typer) -> None:
    app.command()(pause)
    app.command()(resume)
    app.command()(unavailable)
    app.command()(block)
    app.command()(history)


def pause(study_path: Path = STUDY, channel: str = CHANNEL,
          reason: str = typer.Option(None, "--reason", help="why (kept, and shown by run and status)"),
          db: str = DB) -> None:
    """Stop sending (the whole study, or one channel) until audit resume; watching for answers goes on.

    Example: audit pause studies/example.yaml --channel email --reason "mailbox under review"
    """
    from audit.people.controls import pause as do

    study, store, clock, _ = context(study_path, db)
    what = channel or "the whole study"
    done = do(store, study, channel, reason, clock.now())
    console().print(f"{what} paused" if done else f"{what} was already paused", markup=False)


def resume(study_path: Path = STUDY, channel: str = CHANNEL,
           every: bool = typer.Option(False, "--all", help="lift every pause, the study's and each channel's"),
           db: str = DB) -> None:
    """Start sending again after audit pause: the whole study's pause, one channel's (--channel), or all (--all).
    A channel paused on its own stays paused when the study is resumed.

    Example: audit resume studies/example.yaml
    """
    from audit.people.controls import resume as do

    def names(channels: list[str]) -> str:
        return ", ".join("the whole study" if c == "*" else c for c in channels)

    study, store, _, _ = context(study_path, db)
    found, left = do(store, study, channel, every)
    out = console()
    out.print(f"resumed: {names(found)}" if found else f"{channel or 'the whole study'} was not paused", markup=False)
    if left:
        out.print(f"still paused: {names(left)} (lift with audit resume, --channel C, or --all)", markup=False)


def unavailable(study_path: Path = STUDY, company: str = typer.Argument(..., help="the company's id"),
                channel: str = typer.Argument(..., help="the channel whose contact cannot be used"),
                reason: str = typer.Option(..., "--reason", help="what was found (a dead number, a closed form)"),
                db: str = DB) -> None:
    """Mark a company's contact as unusable: its probes, in this wave and later ones, are closed unsent with the
    reason, and the report counts them as unavailable, not as unanswered.

    Example: audit unavailable studies/example.yaml shop-17 phone --reason "number not in service"
    """
    from audit.people.controls import mark_unavailable

    study, store, clock, _ = context(study_path, db)
    mark_unavailable(store, study, company, channel, reason, clock.now())
    console().print(f"{company} {channel}: marked unavailable; the next run closes its probes", markup=False)


def block(study_path: Path = STUDY, entry: str = typer.Argument(..., help="a company id, e-mail address, mail "
                                                                          "domain or any contact"),
          reason: str = typer.Option(..., "--reason", help="why (the company asked not to be contacted, ...)")) -> None:
    """Add a company to the blocklist the study names (blocklist: FILE): no run of any study that names the file
    contacts it again; its probes still to send are closed unsent with the reason.

    Example: audit block studies/example.yaml shop-17 --reason "asked not to be contacted (e-mail of 2026-12-09)"
    """
    from audit.cli.common import load
    from audit.people.controls import block as do

    _first_entry_creates(study_path)
    added, path, covered = do(load(study_path), entry, reason)
    out = console()
    out.print(f"{entry} added to {path}" if added else f"{entry} is already in {path}", markup=False)
    if covered:
        out.print(f"it covers: {', '.join(covered)}", markup=False)
    else:
        out.print("warning: it covers no company of this study (check the spelling: a company id, an e-mail "
                  "address, a domain, a phone or an account); it still applies to every study that names the file",
                  markup=False)


def _first_entry_creates(study_path: Path) -> None:
    """The study may name a blocklist that does not exist yet: the first `audit block` creates it (every other
    command refuses a study whose blocklist is missing: it might be a typo)."""
    import yaml

    from audit.study.blocklist import create

    try:
        data = yaml.safe_load(study_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return  # loading the study says what is wrong with it
    name = data.get("blocklist") if isinstance(data, dict) else None
    if isinstance(name, str) and name.strip():
        path = study_path.parent / Path(name).expanduser()
        if not path.exists() and path.parent.is_dir():
            create(path)


def history(study_path: Path = STUDY, db: str = DB) -> None:
    """Every version of the study its runs worked under: when, what changed, the reason given, and how many probes
    were made under each; and whether the file now differs from the last version.

    Example: audit history studies/example.yaml
    """
    from rich.markup import escape

    from audit.store.versions import history as versions
    from audit.store.versions import pending_changes

    study, store, _, _ = context(study_path, db, results=True, access="read")
    out = console()
    found = versions(store, study.id)
    for v, probes in found:
        out.print(escape(f"version {v.number}  {v.created_at:%Y-%m-%d %H:%M} UTC  sha256 {v.sha256[:12]}  "
                         f"{probes} probes"))
        for change in v.changes:
            out.print(escape(f"    {change}"))
        if v.reason:
            out.print(escape(f"    accepted: {v.reason}"))
    if not found:
        out.print("no version recorded yet: the first audit run records one")
    elif pending := pending_changes(store, study):
        number, now_changes, asked = pending
        need = " (what it asks changed: the next run needs --accept-change)" if asked else ""
        out.print(escape(f"the study file now differs from version {number}{need}: {'; '.join(now_changes)}"))
    corrections = store.execute("SELECT at, actor, probe_id, target, old, new FROM record_log WHERE study_id = :s "
                                "AND action = 'undo' ORDER BY id", s=study.id)
    if corrections:
        out.print(f"corrections of recorded entries ({len(corrections)}), old values kept:")
    for at, actor, probe_id, target, old, new in corrections:
        who = f" {actor}" if actor else ""
        out.print(escape(f"    {str(at)[:16]}{who}: probe {probe_id}, {target} undone ({_reason(new)}); "
                         f"was {_short(old)}"))


def _reason(new) -> str:
    import json

    return (json.loads(new) if isinstance(new, str) else new or {}).get("reason", "")


def _short(old) -> str:
    import json

    value = json.loads(old) if isinstance(old, str) else old or {}
    return ", ".join(f"{k} {str(v)[:60]!r}" for k, v in value.items())
