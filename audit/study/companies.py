"""The companies table read from a file as a researcher's spreadsheet saves it, every problem located in the file.

A CSV may be separated by commas, semicolons (what Excel writes in a Russian locale) or tabs (a pasted table), told
apart by the header line; it may be UTF-8 with or without a BOM, windows-1251 (Russian Excel's "CSV") or UTF-16
with its BOM (Excel's "Unicode text"). An Excel workbook (.xlsx) is read from its first sheet, or the one named.
Either way the first row names the columns: id, name and segment are required; timezone and domain are fields; a
column named after a channel holds the company's contact on it; any other column is a free attribute
(company.attrs.<column> in templates).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from audit.errors import InputError, Problem
from audit.inputs import read_bytes, regular_file
from probes import channel_names

COMPANY_COLUMNS = ("id", "name", "segment")
COMPANY_FIELDS = {"id", "name", "segment", "timezone", "domain"}
SEPARATORS = {",": "comma", ";": "semicolon", "\t": "tab"}
WORKBOOKS = (".xlsx", ".xlsm")
MAX_COMPANIES = 100_000  # rows of a companies file: a study of hundreds or thousands is well inside
UNREADABLE = {".xls": "an Excel 97-2003 workbook", ".ods": "an OpenDocument spreadsheet", ".numbers": "a Numbers file"}


@dataclass(frozen=True)
class RowAt:
    """Where a company came from: the file, its line (a workbook's row number), its columns' numbers, the sheet."""

    file: str
    line: int
    columns: dict[str, int]
    sheet: str | None = None


@dataclass
class Companies:
    rows: list[dict] = field(default_factory=list)  # one per company, as the Study model takes it
    at: list[RowAt] = field(default_factory=list)  # where each row came from, in the same order
    attributes: list[str] = field(default_factory=list)  # the header's columns that are free attributes
    problems: list[Problem] = field(default_factory=list)


def read_companies(path: Path, sheet: str | None, ref: tuple[str, int | None, int | None]) -> Companies:
    """The companies in the file at `path`; `ref` is where the study names the file, for problems with the name."""
    out = Companies()
    name = str(path)
    if not path.exists():
        out.problems.append(Problem(*ref, "companies",
                                    f"companies file {name} not found (it is read relative to the study file)"))
    elif path.suffix.lower() in UNREADABLE:
        out.problems.append(Problem(*ref, "companies", f"{name} is {UNREADABLE[path.suffix.lower()]}, which cannot "
                                    f"be read: save it as an Excel workbook (.xlsx) or as CSV"))
    elif path.suffix.lower() in WORKBOOKS:
        _read_workbook(path, sheet, ref, out)
    elif sheet is not None:
        out.problems.append(Problem(*ref, "companies.sheet", f"sheet: is for an Excel workbook (.xlsx); {name} is "
                                    f"read as CSV: remove sheet:"))
    else:
        _read_csv(path, out)
    return out


# --- CSV ---------------------------------------------------------------------------------------------------------

def _read_csv(path: Path, out: Companies) -> None:
    name = str(path)
    try:
        data = read_bytes(path, "companies file")
    except InputError as exc:
        out.problems.append(Problem(name, None, None, "companies", f"{exc.reason}: {exc.hint}" if exc.hint
                                    else exc.reason))
        return
    text = _decode(data, name, out)
    if text is None:
        return
    hint = re.match(r"sep=(.)\r?\n", text)  # Excel's own first line naming the separator
    sep = hint.group(1) if hint else _separator(text, name, out)
    if sep is None:
        return
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    if hint:
        next(reader)
    header = [h.strip() for h in next(reader, [])]
    header_line = reader.line_num

    def rows() -> Iterable[tuple[int, list[str]]]:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                what = "missing" if len(row) < len(header) else "extra"
                out.problems.append(Problem(
                    name, reader.line_num, min(len(row), len(header)) + 1, "row",
                    f"{what} column(s): the row has {len(row)} cells, the header has {len(header)}; check for a "
                    f"lost or extra {SEPARATORS.get(sep, repr(sep))}, or a cell holding one that needs quotes"))
                continue
            yield reader.line_num, [c.strip() for c in row]

    _table(name, None, header_line, header, rows(), out, sep, told=bool(hint))


def _decode(data: bytes, name: str, out: Companies) -> str | None:
    def line_of(offset: int) -> int:
        return data.count(b"\n", 0, offset) + 1

    def fail(offset: int, message: str) -> None:
        out.problems.append(Problem(name, line_of(offset), None, "encoding", message))

    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            fail(exc.start, f"starts as UTF-16 but byte offset {exc.start} is not UTF-16: save it again as CSV")
            return None
    if data.startswith(b"PK\x03\x04"):
        fail(0, "this is a zip file, most likely an Excel workbook saved under another name: name it .xlsx")
        return None
    zero = data.find(b"\x00")
    if zero >= 0:
        fail(zero, f"not a text file (the byte at offset {zero} is zero): save the table as CSV, or as an Excel "
                   f"workbook named .xlsx")
        return None
    # UTF-8 first, windows-1251 only if that fails. The order is safe: windows-1251 decodes almost any bytes (only
    # 0x98 is unassigned), so tried first it would turn every UTF-8 file into mojibake; UTF-8 is strict, and a
    # windows-1251 text with Cyrillic letters (bytes 0xC0-0xFF, rarely followed by the 0x80-0xBF that UTF-8 needs
    # after them) is practically never valid UTF-8. Plain ASCII reads the same either way.
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8:
        bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
        at = utf8.start + bom
        not_utf8 = f"byte 0x{data[at]:02X} at offset {at} (line {line_of(at)}) is not UTF-8"
        if bom:  # the BOM says UTF-8: a file that breaks it later is damaged or glued together, not windows-1251
            fail(at, f"the file starts as UTF-8 but {not_utf8}: save it again as 'CSV UTF-8'")
            return None
        try:
            return data.decode("cp1251")
        except UnicodeDecodeError as cp:
            fail(at, f"neither UTF-8 nor windows-1251: {not_utf8}, and byte 0x{data[cp.start]:02X} at offset "
                     f"{cp.start} (line {line_of(cp.start)}) is not windows-1251; save it again "
                     f"as 'CSV UTF-8'")
            return None


def _cells(line: str, sep: str) -> list[str]:
    return next(csv.reader([line], delimiter=sep), [])


def _separator(text: str, name: str, out: Companies) -> str | None:
    """The header line's separator, when it can be told: the only one in it; else the one that gives the required
    columns, else the one every row agrees with in number of cells, else the one it has more of."""
    header = text.splitlines()[0] if text.strip() else ""
    counts = {s: len(_cells(header, s)) - 1 for s in SEPARATORS}
    candidates = [s for s, n in counts.items() if n > 0]
    tests = (lambda s: set(COMPANY_COLUMNS) <= {h.strip() for h in _cells(header, s)},
             lambda s: _rows_agree(text, s),
             lambda s: counts[s] == max(counts.values()))
    for test in tests:
        if len(candidates) == 1:
            return candidates[0]
        candidates = [s for s in candidates if test(s)] or candidates
    if len(candidates) == 1:
        return candidates[0]
    if not header.strip():
        message = "the file is empty: a companies file starts with a header line naming at least id, name, segment"
    elif not candidates:
        message = ("cannot tell how the columns are separated: the header line has no comma, semicolon or tab; it "
                   "names at least the columns id, name, segment, separated by commas or semicolons")
    else:
        seen = " and ".join(f"{counts[s]} {SEPARATORS[s]}{'s' if counts[s] != 1 else ''}" for s in candidates)
        message = (f"cannot tell how the columns are separated: the header line has {seen}; save the file again "
                   f"with one separator (Excel: 'CSV UTF-8'), or put quotes around cells that contain the other")
    out.problems.append(Problem(name, 1, None, "header", message))
    return None


def _rows_agree(text: str, sep: str) -> bool:
    rows = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=sep) if any(c.strip() for c in r)]
    return bool(rows) and all(len(r) == len(rows[0]) for r in rows)


# --- Excel --------------------------------------------------------------------------------------------------------

def _read_workbook(path: Path, sheet: str | None, ref: tuple, out: Companies) -> None:
    from openpyxl import load_workbook  # here: a study with a CSV (and `audit --help`) never pays for importing it
    from openpyxl.utils.exceptions import InvalidFileException

    name = str(path)
    try:
        regular_file(path, "companies file")
    except InputError as exc:
        out.problems.append(Problem(name, None, None, "companies", f"{exc.reason}: {exc.hint}" if exc.hint
                                    else exc.reason))
        return
    try:
        # data_only: a formula's value as Excel last computed it, not the formula
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        out.problems.append(Problem(name, None, None, "companies", f"cannot be read as an Excel workbook ({exc}): "
                                    f"open it in Excel and save it again as .xlsx"))
        return
    try:
        if sheet is not None and sheet not in book.sheetnames:
            out.problems.append(Problem(*ref, "companies.sheet", f"no sheet {sheet!r} in {name}: its sheets are "
                                        f"{', '.join(book.sheetnames)}"))
            return
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        ws.reset_dimensions()  # the size a file declares may be wrong; read the rows it has
        rows = ((cells[0].row, cells) for cells in
                ([c for c in row if c.value is not None] for row in ws.iter_rows()) if cells)
        header_at = next(rows, None)
        if header_at is None:
            out.problems.append(Problem(name, 1, None, "header", "the sheet is empty: its first row names at least "
                                        "the columns id, name, segment", ws.title))
            return
        line, cells = header_at
        header = _padded(cells)
        _table(name, ws.title, line, header, ((n, _padded(c, len(header))) for n, c in rows), out, None)
    finally:
        book.close()


def _padded(cells: list, width: int = 0) -> list[str]:
    """A row's text, one entry per column from A, empty where the sheet has nothing."""
    values = [""] * max(width, max(c.column for c in cells))
    for c in cells:
        values[c.column - 1] = cell_text(c.value, c.number_format)
    return values


def cell_text(value: object, number_format: str = "General") -> str:
    """A cell as the text the researcher typed: Excel keeps numbers as floats (an id 17 may come back 17.0, a phone
    7.9e10) and dates as dates; they come back as 17, 79161234567 and ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    if isinstance(value, int | float):
        if number_format.endswith("%"):
            return f"{value * 100:.15g}%"
        if float(value).is_integer():
            text = str(int(value))
            zeros = re.fullmatch(r"0+", number_format)  # a format of zeros keeps leading zeros: 00123
            return text.zfill(len(number_format)) if zeros and value >= 0 else text
        return f"{value:.15g}"  # Excel shows at most 15 significant digits: 0.1 + 0.2 is 0.3
    return str(value).strip()


# --- both ---------------------------------------------------------------------------------------------------------

def _table(name: str, sheet: str | None, header_line: int, header: list[str],
           rows: Iterable[tuple[int, list[str]]], out: Companies, sep: str | None, told: bool = False) -> None:
    """Companies from the header and the rows (line, cells) of a CSV (`sep`: its separator, `told`: by its sep=
    line) or of a sheet."""
    def problem(line: int, column: int | None, fld: str, message: str) -> None:
        out.problems.append(Problem(name, line, column, fld, message, sheet))

    missing = [c for c in COMPANY_COLUMNS if c not in header]
    if missing:
        problem(header_line, None, "header", _missing_message(missing, header, sep, told))
        return
    cols: dict[str, int] = {}
    for i, h in enumerate(header, start=1):
        if h and h in cols:
            problem(header_line, i, "header", f"column {h!r} appears twice (columns {cols[h]} and {i}): rename or "
                                              f"delete one")
        cols.setdefault(h, i)
    channels = channel_names()  # each channel's column is a contact; any other column an attribute
    out.attributes = [h for h in cols if h and h not in COMPANY_FIELDS and h not in channels]
    unnamed: set[int] = set()
    for line, row in rows:
        if len(out.rows) == MAX_COMPANIES:
            problem(line, None, "companies", f"more than {MAX_COMPANIES:,} companies, the limit of a study: split "
                                             f"the study, or check this is the right file")
            return
        for i, cell in enumerate(row, start=1):  # a sheet's row may reach past the header's last name
            if cell and not (header[i - 1] if i <= len(header) else "") and i not in unnamed:
                unnamed.add(i)
                problem(line, i, "header", f"a value in column {i}, which has no name in the header: name the "
                                           f"column or delete its values")
        cells = {h: row[i - 1] for h, i in cols.items() if h}
        company: dict = {k: cells[k] for k in COMPANY_FIELDS if cells.get(k)}
        company["contacts"] = {ch: cells[ch] for ch in channels if cells.get(ch)}
        company["attrs"] = {k: cells[k] for k in out.attributes if cells[k]}
        out.at.append(RowAt(name, line, cols, sheet))
        out.rows.append(company)


def _missing_message(missing: list[str], header: list[str], sep: str | None, told: bool) -> str:
    what = "a companies CSV's header" if sep else "a companies sheet's first row"
    message = f"missing column(s) {', '.join(missing)}; {what} names at least id, name, segment"
    lower = [h for h in header if h.lower() in missing]
    if lower:
        message += f" (found {', '.join(map(repr, lower))}: column names are lower-case)"
    others = [s for s in SEPARATORS if s != sep and any(s in h for h in header)]
    if not others:
        return message
    found = " and a ".join(SEPARATORS[s] for s in others)
    if sep is None:
        return (message + f"; the header's cells contain a {found}: a CSV pasted into one column? split it (Excel: "
                          f"Data, Text to Columns) or name the CSV file itself in the study")
    why = f", as its first line sep={sep} says" if told else ""
    return (message + f"; the header's cells contain a {found}, but the file was read as separated by "
                      f"{_plural(sep)}{why}: save it with one separator (Excel: 'CSV UTF-8'), or put quotes around "
                      f"cells that contain another")


def _plural(sep: str) -> str:
    return f"{SEPARATORS[sep]}s" if sep in SEPARATORS else f"{sep!r} characters"  # sep=| names any character
