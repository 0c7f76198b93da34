r"""CSV cells a spreadsheet never runs as a formula (OWASP "CSV Injection").

Replies, subjects, sender names and even company names are text written by strangers, and analysts open our CSVs
in spreadsheets, where a cell beginning with `=`, `+`, `-` or `@` is a formula (`=HYPERLINK(...)` phones home)
and a leading tab or carriage return hides one. Such a text cell gets a leading `'`.

The rule follows the type of the column, not the look of the text:
- numbers (int and float values: ids, seconds, scores) are written as they are, so `-3.5` stays a number a
  spreadsheet, R or pandas reads as one; a numeric column cannot hold a formula;
- every text value is checked, even one that looks like a number: in a reply, "-1 день", "+7 495 123-45-67" or
  a bare "-1" is a stranger's text, and a spreadsheet would turn "+74951234567" into a number or run "-1+1".
A text that already begins with `'` gets one more, so the rule can be undone exactly: drop one leading `'` from a
text cell that starts with one (pandas: `s.str.replace(r"^'", "", regex=True)`; R: `sub("^'", "", x)`).

A spreadsheet in a Russian (or German, French...) locale splits a CSV line on `;`, not `,`, and ignores the quoting
that protects a `;` inside a cell: «Имя;=cmd|' /C calc'!A0» becomes a cell that starts with `=`. So a `;` that a
formula character follows (spaces between allowed) gets a `'` after it too, by the same reversible rule (undo:
`s.str.replace(r";(\s*)'", r";\1", regex=True)` after the leading one).

Every CSV the project writes goes through `cell` (the probe export, the tidy tables, the report's CSV format).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import IO, Any

# the OWASP list, plus the quote itself so that neutralising stays reversible
FIRST = frozenset("=+-@\t\r'")


AFTER_SEMICOLON = re.compile(r";(\s*)(?=[=+\-@\t\r'])")  # where a `;`-splitting spreadsheet starts a formula cell


def neutralise(text: str) -> str:
    """`text` with a leading `'` when a spreadsheet would read it as a formula, and one after each `;` that a
    formula character follows (see the module's rule)."""
    if ";" in text:
        text = AFTER_SEMICOLON.sub(r";\1'", text)
    return "'" + text if text and text[0] in FIRST else text


def time_text(value: datetime) -> str:
    """A UTC time as the CSVs write it: ISO 8601 to the second, with Z (the store keeps every time in UTC)."""
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def cell(value: Any) -> Any:
    """One CSV cell: None empty, booleans 1/0, times ISO 8601 (UTC), numbers as they are, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return 1 if value else 0
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime):
        return time_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(str(value))


class SafeWriter:
    """csv.writer whose every cell goes through `cell`: for any CSV built from data (the report's included)."""

    def __init__(self, out: IO[str], **fmtparams: Any):
        self._writer = csv.writer(out, **fmtparams)

    def writerow(self, row: Iterable[Any]) -> None:
        self._writer.writerow([cell(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        self._writer.writerows([cell(v) for v in row] for row in rows)


def writer(out: IO[str], **fmtparams: Any) -> SafeWriter:
    return SafeWriter(out, **fmtparams)
