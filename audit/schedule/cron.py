"""Crontab lines and systemd units that run a study's waves and watchers unattended."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path


def _audit_bin() -> str:
    candidate = Path(sys.executable).with_name("audit")
    return str(candidate if candidate.exists() else "audit")


def crontab(study_path: Path, db: str | None, every_minutes: int = 5) -> str:
    study = shlex.quote(str(study_path.resolve()))
    audit = shlex.quote(_audit_bin())
    cwd = shlex.quote(str(Path.cwd()))
    dbopt = f" --db {shlex.quote(db)}" if db else ""
    logs = shlex.quote(str(Path.cwd() / "data"))
    return "\n".join([
        f"# audit: {study_path.name}. `run` sends only what is due and only inside each company's working hours,",
        "# so it is safe every few minutes; `watch` holds a lock, so a second copy exits at once.",
        f"*/{every_minutes} * * * * cd {cwd} && {audit} run {study}{dbopt} >> {logs}/run.log 2>&1",
        f"*/{every_minutes} * * * * cd {cwd} && {audit} watch {study}{dbopt} >> {logs}/watch.log 2>&1",
        f"@daily cd {cwd} && {audit} status {study}{dbopt} >> {logs}/status.log 2>&1",
    ])


def systemd_units(study_path: Path, db: str | None, every_minutes: int = 5) -> str:
    study = str(study_path.resolve())
    audit = _audit_bin()
    dbopt = f" --db {db}" if db else ""
    cwd = str(Path.cwd())
    return f"""# ~/.config/systemd/user/audit-run.service
[Unit]
Description=audit: send due probes of {study_path.name}
[Service]
Type=oneshot
WorkingDirectory={cwd}
ExecStart={audit} run {study}{dbopt}

# ~/.config/systemd/user/audit-run.timer
[Unit]
Description=audit: send due probes every {every_minutes} minutes
[Timer]
OnCalendar=*:0/{every_minutes}
Persistent=true
[Install]
WantedBy=timers.target

# ~/.config/systemd/user/audit-watch.service
[Unit]
Description=audit: watch for answers to {study_path.name}
[Service]
WorkingDirectory={cwd}
ExecStart={audit} watch {study}{dbopt}
Restart=always
RestartSec=30
[Install]
WantedBy=default.target

# then: systemctl --user daemon-reload && systemctl --user enable --now audit-run.timer audit-watch.service"""
