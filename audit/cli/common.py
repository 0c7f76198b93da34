"""What every command of `audit` shares: the study argument and --db option, the console, and opening a study with its
store, clock and secrets."""

from __future__ import annotations

import os
import re
from pathlib import Path

import typer

STUDY = typer.Argument(..., help="the study file (YAML)", exists=False)
DB = typer.Option(None, "--db", envvar="AUDIT_DB",
                  help="database: a file path or SQLAlchemy URL [the study's database: setting, else "
                       "data/<study id>.db beside the study file]")


# characters a terminal acts on instead of showing: C0 controls but tab and line end, DEL, and the C1 range (0x9b is
# a one-byte ESC [ for some terminals)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """`text` with every control character shown as \\xNN: a company name or a reply holding ESC ] 0 ; ... BEL (the
    window title), ESC ] 8 (a hidden hyperlink) or ESC [ 2 J (clear the screen) must be read, not obeyed."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)


def shown(text: str) -> str:
    """`text` as the terminal may show it: control characters visible, a database URL's password as ***."""
    from audit.errors import without_passwords

    return visible(without_passwords(text))


class ShownStream:
    """A text stream for the report's JSON, CSV and Markdown when they go to a terminal: what is written passes
    through `shown`. Redirected to a file or a pipe they are data, and go as they are (`for_terminal`)."""

    def __init__(self, out):
        self.out = out

    def write(self, text: str) -> int:
        return self.out.write(shown(text))

    def __getattr__(self, name):  # flush, fileno, encoding...: the stream's own
        return getattr(self.out, name)


def for_terminal(out):
    """`out`, made safe to show when it is a terminal."""
    return ShownStream(out) if out.isatty() else out


def console(stderr: bool = False, **options):
    from rich.console import Console
    from rich.segment import Segment

    class SafeConsole(Console):
        """Every text reaches the terminal through `shown`; only Rich's own styles and controls are escapes.
        Rich passes the text of a table cell or a printed string through as it is, so this is the one place where
        what the database holds (names, replies, reasons) meets the terminal."""

        def _render_buffer(self, buffer):
            return super()._render_buffer(
                seg if seg.control else Segment(shown(seg.text), seg.style) for seg in buffer)

    out = SafeConsole(stderr=stderr, highlight=False, **options)
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


def context(study_path: Path, db: str | None, *, results: bool = False, sends: bool = False, access: str = "write"):
    """The study, its store (found from the study file unless --db names one), the clock and the secrets. With
    `results` (commands that read what was collected) a study with nothing in its database is an error. `access`
    (audit.store.database.open_study_store): "read" for commands that only read, "preview" for dry runs, which
    never create or change a database.

    A database the sandbox wrote holds simulated sends at simulated times: commands that read it take the
    sandbox's final time as now (unless AUDIT_CLOCK says otherwise), and commands that send or watch for real
    (`sends`) refuse it, since its simulated probes would count as the real ones."""
    from audit.clock import FixedClock, default_clock
    from audit.credentials import Secrets
    from audit.errors import StoreError
    from audit.store.database import open_study_store

    study = load(study_path)
    store = open_study_store(study, db, results=results, access=access)
    clock = default_clock()
    simulated = store.sandbox_time()
    if simulated is not None and "AUDIT_CLOCK" not in os.environ:
        if sends:
            raise StoreError(f"database {store.url} holds a sandbox run (simulated companies and times): a real run "
                             f"would take its simulated probes as sent",
                             hint="give the real study its own database (--db, or its database: setting), or "
                                  "delete this one")
        clock = FixedClock(simulated)
        console(stderr=True).print(f"note: {store.url} was written by the sandbox; its simulated time "
                                   f"{simulated:%Y-%m-%d %H:%M} UTC is taken as now", markup=False, soft_wrap=True)
    return study, store, clock, Secrets.for_study(study_path)
