"""Crontab lines and systemd units that run a study's waves and watchers unattended, and installing them.

Cron starts a command with a bare environment in the home folder and mails its output nowhere useful, so every line
written here works from any folder: the audit executable, the study, the database and the logs are absolute paths;
the line creates its log folder itself and sends even a failing `cd` into the log. Each study's lines sit in a block
between marker comments that name the study, so `--install` can replace that block and leave the rest of the crontab
(other studies included) alone. systemd units carry the study id in their names for the same reason.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from audit.errors import AuditError

CRONTAB_ENV = "AUDIT_CRONTAB"  # the crontab program: tests and unusual systems name another
SYSTEMD_DIR_ENV = "AUDIT_SYSTEMD_DIR"  # where user units go: tests name a temporary folder
VERBS = ("run", "watch", "status")


def audit_executable() -> str:
    """The absolute path of the `audit` that is running now: cron's PATH would not find a virtualenv's."""
    beside = Path(sys.executable).with_name("audit")
    if beside.exists():
        return str(beside.absolute())
    found = shutil.which("audit")
    if found:
        return str(Path(found).absolute())
    raise AuditError("cannot find the `audit` executable to put in the schedule",
                     hint="run this command with the audit installed in your environment (pip install -e .)")


def _absolute_db(db: str | None) -> str | None:
    if not db or "://" in db:
        return db  # a SQLAlchemy URL is where it says it is
    return str(Path(db).expanduser().absolute())


@dataclass(frozen=True)
class Schedule:
    """What the lines and units of one study run: every path absolute."""

    study_id: str
    study: Path
    db: str | None
    every: int
    logs: Path
    workdir: Path  # relative paths in the study (a Telegram session) mean what they mean where `audit cron` ran
    audit: str

    @classmethod
    def of(cls, study_id: str, study_path: Path, db: str | None, every: int = 5, logs: Path | None = None,
           audit: str | None = None) -> Schedule:
        if not 1 <= every <= 59:
            raise AuditError(f"--every {every}: give the minutes between runs, from 1 to 59")
        study = study_path.expanduser().absolute()
        return cls(study_id, study, _absolute_db(db), every,
                   (logs.expanduser().absolute() if logs else study.parent / "logs"), Path.cwd(),
                   audit or audit_executable())

    def log(self, verb: str) -> Path:
        return self.logs / f"{self.study_id}-{verb}.log"

    def argv(self, verb: str) -> list[str]:
        return [self.audit, verb, str(self.study), *(["--db", self.db] if self.db else [])]

    def unit(self, verb: str, kind: str = "service") -> str:
        return f"audit-{self.study_id}-{verb}.{kind}"


def begin_marker(study_id: str) -> str:
    return f"# >>> audit study {study_id} >>>"


def end_marker(study_id: str) -> str:
    return f"# <<< audit study {study_id} <<<"


def _cron_command(s: Schedule, verb: str) -> str:
    q = shlex.quote
    command = " ".join(q(a) for a in s.argv(verb))
    line = f"mkdir -p {q(str(s.logs))} && {{ cd {q(str(s.workdir))} && {command}; }} >> {q(str(s.log(verb)))} 2>&1"
    return line.replace("%", "\\%")  # cron turns a bare % into a newline


def crontab(s: Schedule) -> str:
    """The study's crontab block, markers included."""
    every = f"*/{s.every} * * * *"
    return "\n".join([
        begin_marker(s.study_id),
        f"# {s.study}: `run` sends only what is due and only inside each company's working hours, so it is safe",
        "# every few minutes; `watch` holds a lock, so a second copy exits at once. Logs: " + str(s.logs),
        f"{every} {_cron_command(s, 'run')}",
        f"{every} {_cron_command(s, 'watch')}",
        f"@daily {_cron_command(s, 'status')}",
        end_marker(s.study_id),
    ])


def systemd_units(s: Schedule) -> dict[str, str]:
    """File name -> content of the study's user units: run and status as timers, watch as a service kept running.
    Their output is appended to the same log files as cron's (systemd 240 or newer)."""

    def service(verb: str, what: str, extra: str = "") -> str:
        log = s.log(verb)
        return (f"[Unit]\nDescription=audit {s.study_id}: {what}\n[Service]\n{extra}"
                f"WorkingDirectory={s.workdir}\nExecStart={shlex.join(s.argv(verb))}\n"
                f"StandardOutput=append:{log}\nStandardError=append:{log}\n")

    def timer(verb: str, when: str, what: str) -> str:
        return (f"[Unit]\nDescription=audit {s.study_id}: {what}\n[Timer]\nOnCalendar={when}\nPersistent=true\n"
                f"Unit={s.unit(verb)}\n[Install]\nWantedBy=timers.target\n")

    return {
        s.unit("run"): service("run", f"send due probes of {s.study}", "Type=oneshot\n"),
        s.unit("run", "timer"): timer("run", f"*:0/{s.every}", f"send due probes every {s.every} minutes"),
        s.unit("watch"): service("watch", f"watch for answers to {s.study}")
        + "Restart=always\nRestartSec=30\n[Install]\nWantedBy=default.target\n",
        s.unit("status"): service("status", f"daily status of {s.study}", "Type=oneshot\n"),
        s.unit("status", "timer"): timer("status", "daily", "daily status"),
    }


def systemctl_command(s: Schedule) -> str:
    return (f"systemctl --user daemon-reload && systemctl --user enable --now {s.unit('run', 'timer')} "
            f"{s.unit('watch')} {s.unit('status', 'timer')}")


def systemd_text(s: Schedule, folder: Path) -> str:
    """The units as one text to read or copy, each headed by the file it belongs in."""
    parts = [f"# {folder / name}\n{body}" for name, body in systemd_units(s).items()]
    return "\n".join(parts) + f"\n# then: mkdir -p {shlex.quote(str(s.logs))} && {systemctl_command(s)}"


def systemd_dir() -> Path:
    return Path(os.environ.get(SYSTEMD_DIR_ENV) or Path.home() / ".config/systemd/user")


# -- installing ---------------------------------------------------------------------------------------------------

def _crontab_program() -> str:
    program = os.environ.get(CRONTAB_ENV) or "crontab"
    found = shutil.which(program)
    if not found:
        raise AuditError(f"no crontab program ({program}) on this machine",
                         hint="install cron (apt-get install cron), or use --systemd --install")
    return found


def read_crontab() -> str:
    """The user's crontab as `crontab -l` gives it; empty when there is none yet."""
    done = subprocess.run([_crontab_program(), "-l"], capture_output=True, text=True)
    if done.returncode != 0:
        if "no crontab" in done.stderr.lower():
            return ""
        raise AuditError(f"`crontab -l` failed: {done.stderr.strip() or done.returncode}",
                         hint="check that cron is installed and that you may use it (/etc/cron.allow)")
    return done.stdout


def block_of(text: str, study_id: str) -> str | None:
    """The study's block in a crontab, markers included, or None."""
    lines = text.splitlines()
    begin, end = begin_marker(study_id), end_marker(study_id)
    if begin not in lines:
        return None
    i = lines.index(begin)
    j = lines.index(end, i) if end in lines[i:] else len(lines) - 1
    return "\n".join(lines[i:j + 1])


def replace_block(text: str, study_id: str, block: str) -> str:
    """`text` with the study's block replaced by `block` (or added at the end); every other line kept as it was."""
    old = block_of(text, study_id)
    if old is not None:
        return text.replace(old, block, 1).rstrip("\n") + "\n"
    base = text.rstrip("\n")
    return (base + "\n\n" if base else "") + block + "\n"


@dataclass
class Installed:
    where: str  # the crontab, or the units' folder
    notes: list[str]  # what the user should know or do next


def install_crontab(s: Schedule) -> Installed:
    current = read_crontab()
    new = replace_block(current, s.study_id, crontab(s))
    s.logs.mkdir(parents=True, exist_ok=True)
    if new != current:
        done = subprocess.run([_crontab_program(), "-"], input=new, capture_output=True, text=True)
        if done.returncode != 0:
            raise AuditError(f"`crontab -` refused the new crontab: {done.stderr.strip() or done.returncode}",
                             hint="nothing was changed; check `crontab -l` and cron's permissions")
    notes = [f"logs go to {s.logs}"]
    # lines of this study outside its block: written by an older `audit cron | crontab -`; they would run it twice
    outside = [line for line in replace_block(current, s.study_id, "").splitlines()
               if str(s.study) in line and not line.startswith("#")]
    if outside:
        notes.append(f"the crontab also has {len(outside)} line(s) for this study outside its block: remove them "
                     "with `crontab -e`, or the study runs twice")
    return Installed("crontab (crontab -l shows it)", notes)


def install_systemd(s: Schedule, folder: Path | None = None) -> Installed:
    folder = folder or systemd_dir()
    folder.mkdir(parents=True, exist_ok=True)
    s.logs.mkdir(parents=True, exist_ok=True)
    for name, body in systemd_units(s).items():
        (folder / name).write_text(body, encoding="utf-8")
    return Installed(str(folder), [f"logs go to {s.logs}", f"now run: {systemctl_command(s)}"])


# -- what is installed (audit doctor) -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Found:
    """A study's schedule as installed: how, how often, and the log each verb writes."""

    kind: str  # cron | systemd
    every: int | None
    logs: dict[str, Path]


_EVERY_CRON = re.compile(r"^\*/(\d+) ")
_EVERY_TIMER = re.compile(r"^OnCalendar=\*:0/(\d+)$", re.M)
_APPEND = re.compile(r"^StandardOutput=append:(.+)$", re.M)


def find_installed(study_id: str, crontab_text: str | None, folder: Path | None = None) -> Found | None:
    """The study's block in the crontab (`crontab_text`: None when there is no crontab program), else its units in
    the systemd folder; None when neither is there."""
    block = block_of(crontab_text, study_id) if crontab_text else None
    if block is not None:
        every, logs = None, {}
        for line in block.splitlines():
            if line.startswith("#"):
                continue
            words = shlex.split(line.replace("\\%", "%"))
            verb = next((v for v in VERBS if v in words), None)
            m = _EVERY_CRON.match(line)
            if verb == "run" and m:
                every = int(m.group(1))
            if verb and ">>" in words:
                logs[verb] = Path(words[words.index(">>") + 1])
        return Found("cron", every, logs)
    folder = folder or systemd_dir()
    run_service = folder / f"audit-{study_id}-run.service"
    if not run_service.is_file():
        return None
    logs = {}
    for verb in VERBS:
        unit = folder / f"audit-{study_id}-{verb}.service"
        m = _APPEND.search(unit.read_text(encoding="utf-8")) if unit.is_file() else None
        if m:
            logs[verb] = Path(m.group(1))
    timer = folder / f"audit-{study_id}-run.timer"
    m = _EVERY_TIMER.search(timer.read_text(encoding="utf-8")) if timer.is_file() else None
    return Found("systemd", int(m.group(1)) if m else None, logs)
