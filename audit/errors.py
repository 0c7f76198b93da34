"""One error tree for everything a user can get wrong or the world can do to us.

    AuditError                      exit code 1 unless stated
    ├── StudyError                  exit 2: the study file (or its CSV) is invalid; carries every problem found
    ├── SecretError                 exit 2: a secret named by the study is not set
    ├── InputError                  exit 2: a file, option or environment setting given cannot be used (not there,
    │                               not a regular file, over its size limit, not UTF-8, not understood)
    ├── StoreError                  exit 3: the database cannot be opened or is from a newer version
    ├── NoResultsError              exit 4: the study's database holds no probes of it (nothing run yet, or
    │                               another database was meant)
    ├── ChannelError                a channel failed in a way that is a *result* for one probe (recorded, not raised
    │   │                           past the run loop)
    │   ├── PermanentChannelError   retrying will not help (recipient refused, address unknown)
    │   ├── TransientChannelError   retry later (connection refused, timeout, 4xx)
    │   └── HandOverError           a person must do this probe (a CAPTCHA, a JavaScript-only form): it becomes a task
    └── WatchError                  a watcher cannot reach or read its mailbox
        └── AlreadyWatching         another watcher holds the study's lock (cron's second copy: not a failure)

Every error says what went wrong, where (file, line, field, company, channel) and what to do. The command line
turns one into its message and exit code in one place (audit.cli.app.AuditGroup); the library raises them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^\s/:@]*:)[^\s/@]+@", re.I)


def without_passwords(text: str) -> str:
    """`text` with the password of every URL in it (a database URL such as postgresql://user:password@host/db)
    as ***."""
    return _URL_PASSWORD.sub(r"\1***@", text)


class AuditError(Exception):
    """Something a user can fix, or the world did: `message` says what and where, `hint` what to do, and
    `exit_code` is what the command exits with. Neither carries a URL's password: an error reaches terminals,
    logs and the attempts recorded in the database, whoever formats it."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None):
        message = without_passwords(message)
        super().__init__(message)
        self.message = message
        self.hint = without_passwords(hint) if hint is not None else None

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n  → {self.hint}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a study file, located as precisely as we can."""

    file: str
    line: int | None  # in a workbook: the row number
    column: int | None
    field: str
    message: str
    sheet: str | None = None  # a workbook's sheet: then the place reads as a spreadsheet names it, book.xlsx:Лист1!D5

    def __str__(self) -> str:
        where = self.file
        if self.sheet is not None:
            where += f":{self.sheet}"
            if self.line is not None:
                where += f"!{_column_letters(self.column)}{self.line}" if self.column else f", row {self.line}"
        elif self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


def _column_letters(number: int) -> str:
    """A spreadsheet's name of a column: 1 → A, 26 → Z, 27 → AA."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class StudyError(AuditError):
    """The study file or its companies CSV is invalid; `problems` lists every problem found, each located."""

    exit_code = 2

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        n = len(problems)
        super().__init__(f"the study has {n} problem{'s' if n != 1 else ''}:\n{lines}")


class SecretError(AuditError):
    """A secret the study names is not set, or a service refused it."""

    exit_code = 2


class InputError(AuditError):
    """A file, an option or an environment setting that cannot be used. For a file, `path`, `line` and `column`
    say where and `reason` what, so a study's loader can list it among the study's problems."""

    exit_code = 2

    def __init__(self, reason: str, *, hint: str | None = None, path: str | None = None, line: int | None = None,
                 column: int | None = None):
        where = "".join(f"{part}:" for part in (path, line, column) if part is not None)
        super().__init__(f"{where} {reason}" if where else reason, hint=hint)
        self.reason, self.path, self.line, self.column = reason, path, line, column


class StoreError(AuditError):
    """The database cannot be opened, or was written by a newer audit."""

    exit_code = 3


class NoResultsError(AuditError):
    """A command that reads results found none of the study in its database: printing an empty report would look
    like a finding ("nobody answered"), so it is an error that names the database and how it was chosen."""

    exit_code = 4


class ChannelError(AuditError):
    """A failure of one probe on one channel. `code` is a short machine-readable reason."""

    def __init__(self, message: str, *, code: str = "error", hint: str | None = None):
        super().__init__(message, hint=hint)
        self.code = code


class PermanentChannelError(ChannelError):
    """This probe cannot be sent on this channel: a refused recipient, or (code "unavailable") a channel the
    company has closed to us for this wave (VK messages closed, a token without rights)."""


class TransientChannelError(ChannelError):
    """Try again later. `retry_after` (seconds): the service said when (Telegram's FloodWait, a 429); the run then
    pauses the channel for that persona until then instead of trying the next probe at once."""

    def __init__(self, message: str, *, code: str = "error", hint: str | None = None,
                 retry_after: float | None = None):
        super().__init__(message, code=code, hint=hint)
        self.retry_after = retry_after


class HandOverError(ChannelError):
    """A person must do this probe: a CAPTCHA, a JavaScript-only form, a form that is not there. The probe becomes
    a task (`audit tasks`) with this message as the reason; nothing was sent. `pause` (seconds): the channel stops
    for that persona meanwhile (a VK captcha means VK wants a person, not more messages)."""

    def __init__(self, message: str, *, code: str = "needs_person", hint: str | None = None,
                 pause: float | None = None, evidence: dict | None = None):
        super().__init__(message, code=code, hint=hint)
        self.pause = pause
        self.evidence = evidence or {}


class WatchError(AuditError):
    pass


class AlreadyWatching(WatchError):
    """Another watcher holds the study's lock: not a failure when cron starts one every few minutes."""
