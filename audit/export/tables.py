"""Tidy tables for analysts: one row per probe, per reply, per score and per company, with a codebook.

`audit export STUDY --tables DIR` writes probes, replies, scores and companies as CSV (or Parquet) plus
codebook.csv and codebook.md. Each table is read with one streaming query and written batch by batch (a Parquet
row group per batch), so memory stays flat however many probes a study has. Tables are joined by their ids:
replies.probe_id and scores.probe_id to probes.probe_id, scores.reply_id to replies.reply_id, probes.company_id
to companies.company_id. An export only reads: nothing collected is changed.

Every column's name, type, unit, meaning and allowed values are in audit/export/codebook.py, the one source of the
files, the codebook files, the README section and the HTML report (`codebook()`, re-exported here).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from audit.errors import AuditError
from audit.export.codebook import ATTRIBUTE, INTRO, TABLES, TYPES, Column, codebook, codebook_markdown, columns
from audit.export.csvsafe import FIRST, neutralise, time_text, writer
from audit.export.results_csv import final_score, stream, window_test
from audit.store.database import Store
from audit.study.model import Study

__all__ = ["ATTRIBUTE", "TABLES", "TYPES", "Column", "Redaction", "codebook", "codebook_markdown", "columns",
           "write_tables", "company_attributes"]


class Redaction(Protocol):
    """What a replication package does to the tables before they are written (audit.publish): `columns` says which
    columns a table keeps (and what they now mean), `rows` turns a batch of rows with every column into rows with
    the kept ones. The codebook is written from the kept columns, so it describes what the files hold."""

    def columns(self, table: str, cols: Sequence[Column]) -> tuple[Column, ...]: ...

    def rows(self, table: str, rows: list[tuple]) -> list[tuple]: ...


def _codebook_files(directory: Path, attributes: Sequence[str],
                    kept: dict[str, tuple[Column, ...]] | None = None) -> None:
    tables = kept or columns(attributes)
    rows = [(t, c.name, c.type, c.unit, c.values, c.meaning) for t, cols in tables.items() for c in cols]
    with _atomic(directory / "codebook.csv") as fh:
        w = writer(fh)  # our own words, but every CSV goes through the same rule
        w.writerow(("table", "column", "type", "unit", "values", "meaning"))
        w.writerows(rows)
    with _atomic(directory / "codebook.md") as fh:
        fh.write("# Codebook\n\n" + INTRO + "\n" + codebook_markdown(attributes, kept))


# --- reading ------------------------------------------------------------------------------------------------------

_PROBES_SQL = """
SELECT p.id, p.study_id, p.wave, p.company_id, c.segment, p.channel, p.persona, p.contact, p.status, p.confirmed,
       p.planned_at, p.sent_at, p.attempts, p.last_error, p.first_reply_id, f.received_at, f.kind, p.answer_reply_id,
       p.answered_at, p.response_seconds, p.business_seconds, auto.score, people.mean, people.n
FROM probe p
JOIN company c ON c.study_id = p.study_id AND c.id = p.company_id
LEFT JOIN reply f ON f.id = p.first_reply_id
LEFT JOIN score auto ON auto.reply_id = p.answer_reply_id AND auto.rater = 'auto'
LEFT JOIN (SELECT reply_id, CAST(avg(score) AS DOUBLE PRECISION) AS mean, count(*) AS n
           FROM score WHERE rater != 'auto' GROUP BY reply_id) people ON people.reply_id = p.answer_reply_id
WHERE p.study_id = :s
ORDER BY p.id
"""

_REPLIES_SQL = """
SELECT r.id, r.probe_id, r.study_id, r.channel, r.account, r.folder, r.received_at, r.seen_at, r.message_id,
       r.from_addr, r.subject, r.kind, r.match_rule, r.calendar_seconds, r.business_seconds,
       CASE WHEN p.first_reply_id = r.id THEN 1 ELSE 0 END, CASE WHEN p.answer_reply_id = r.id THEN 1 ELSE 0 END,
       r.text, r.kind_reasons,
       r.failed_address, r.dsn_status, r.permanent, r.ticket, r.helpdesk, r.flags, r.parse_error, r.understood_at,
       r.raw_size, CASE WHEN r.raw_size > length(r.raw) THEN 1 ELSE 0 END
FROM reply r
LEFT JOIN probe p ON p.id = r.probe_id
WHERE r.study_id = :s
ORDER BY r.id
"""

_SCORES_SQL = """
SELECT s.id, s.probe_id, s.reply_id, s.rater, s.rater = 'auto', s.score, s.reasons, s.created_at
FROM score s JOIN probe p ON p.id = s.probe_id
WHERE p.study_id = :s
ORDER BY s.id
"""

_COMPANIES_SQL = ("SELECT id, study_id, name, segment, timezone, domain, attrs FROM company WHERE study_id = :s "
                  "ORDER BY id")


def _json(value: Any) -> Any:
    # SQLite gives JSON columns as text; drivers of other databases may decode them already
    return json.loads(value) if isinstance(value, str) else value


def _joined(value: Any) -> str | None:
    items = _json(value)
    return None if items is None else "; ".join(str(i) for i in items)


def _probe_rows(rows: Sequence[Sequence], window: float, is_open: Callable[[Any], bool]) -> list[tuple]:
    out = []
    for r in rows:
        status, rs = r[8], r[19]
        score, by, _ = final_score(status, rs, is_open(r[11]), r[21], "", r[22], r[23], window)
        if status != "sent":
            answered = None
        elif rs is not None and rs <= window:
            answered = True
        else:
            answered = None if score is None else False
        out.append((*r[:21], answered, score, by))
    return out


def _reply_rows(rows: Sequence[Sequence]) -> list[tuple]:
    out = []
    for r in rows:
        flags = _json(r[24]) or {}
        evidence = flags.get("evidence")
        covered = flags.get("points_covered")
        out.append((*r[:18], _joined(r[18]), *r[19:24], flags.get("points_total"),
                    None if covered is None else "; ".join(covered), flags.get("personal"), flags.get("next_step"),
                    flags.get("polite"), json.dumps(evidence, ensure_ascii=False) if evidence else None,
                    r[25], r[26], r[27], r[28]))
    return out


def _score_rows(rows: Sequence[Sequence]) -> list[tuple]:
    return [(*r[:6], _joined(r[6]), r[7]) for r in rows]


def _company_rows(attributes: Sequence[str]) -> Callable[[Sequence[Sequence]], list[tuple]]:
    def rows_of(rows: Sequence[Sequence]) -> list[tuple]:
        out = []
        for r in rows:
            attrs = _json(r[6]) or {}
            out.append((*r[:6], *(attrs.get(a) for a in attributes)))
        return out

    return rows_of


def company_attributes(store: Store, study_id: str) -> list[str]:
    """The company attributes a study's companies have, in first-seen order (a companies table is small)."""
    seen: dict[str, None] = {}
    for rows in stream(store, "SELECT attrs FROM company WHERE study_id = :s ORDER BY id", {"s": study_id}):
        for (attrs,) in rows:
            seen.update(dict.fromkeys(_json(attrs) or {}))
    return list(seen)


# --- writing ------------------------------------------------------------------------------------------------------

class _atomic:
    """A file written under a temporary name and renamed when complete: a table cut short by an error or a kill
    never looks like a finished one."""

    def __init__(self, path: Path, mode: str = "w"):
        self.path, self.part, self.mode = path, path.with_name(path.name + ".part"), mode

    def __enter__(self):
        self.fh = self.part.open(self.mode, newline="", encoding="utf-8") if "b" not in self.mode else None
        return self.fh

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.fh is not None:
            self.fh.close()
        if exc_type is None:
            os.replace(self.part, self.path)
        else:
            self.part.unlink(missing_ok=True)


def _csv_converter(cols: Sequence[Column]) -> Callable[[list[tuple]], list[list]]:
    text_at = [i for i, c in enumerate(cols) if c.type == "text"]
    time_at = [i for i, c in enumerate(cols) if c.type == "time"]
    bool_at = [i for i, c in enumerate(cols) if c.type == "boolean"]

    def convert(rows: list[tuple]) -> list[list]:
        out = []
        for r in rows:
            r = list(r)
            for i in text_at:
                v = r[i]
                if v and (v[0] in FIRST or ";" in v):  # see audit.export.csvsafe: the same rule, checked inline
                    r[i] = neutralise(v)
            for i in time_at:
                v = r[i]
                if v is not None:
                    r[i] = f"{v[:10]}T{v[11:19]}Z" if isinstance(v, str) else time_text(v)
            for i in bool_at:
                v = r[i]
                if v is not None:
                    r[i] = 1 if v else 0
            out.append(r)
        return out

    return convert


def _write_csv(path: Path, cols: Sequence[Column], batches: Iterator[list[tuple]]) -> int:
    convert, n = _csv_converter(cols), 0
    with _atomic(path) as fh:
        w = csv.writer(fh)
        w.writerow([c.name for c in cols])
        for rows in batches:
            w.writerows(convert(rows))
            n += len(rows)
    return n


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise AuditError("--parquet needs the pyarrow package, which is not installed",
                         hint="pip install 'audit[parquet]' (or leave out --parquet to write CSV)") from exc
    return pa, pq


def _arrow_column(pa, values: Sequence, type_: str):
    if type_ == "time":
        if any(isinstance(v, str) for v in values):  # SQLite's text times: Arrow parses them, read as UTC
            return pa.array(values, pa.string()).cast(pa.timestamp("us")).cast(pa.timestamp("us", tz="UTC"))
        return pa.array([v if v is None or v.tzinfo else v.replace(tzinfo=UTC) for v in values],
                        pa.timestamp("us", tz="UTC"))
    if type_ == "boolean":
        return pa.array([None if v is None else bool(v) for v in values], pa.bool_())
    kind = {"integer": pa.int64(), "number": pa.float64(), "text": pa.string()}[type_]
    return pa.array(values, kind)


def _write_parquet(path: Path, cols: Sequence[Column], batches: Iterator[list[tuple]]) -> int:
    pa, pq = _pyarrow()
    types = {"integer": pa.int64(), "number": pa.float64(), "text": pa.string(), "boolean": pa.bool_(),
             "time": pa.timestamp("us", tz="UTC")}
    schema = pa.schema([pa.field(c.name, types[c.type], metadata={"description": c.description()}) for c in cols])
    part, n = path.with_name(path.name + ".part"), 0
    try:
        with pq.ParquetWriter(part, schema) as writer:
            for rows in batches:
                if rows:  # one row group per batch: memory holds one batch at a time
                    values = zip(*rows, strict=True)
                    arrays = [_arrow_column(pa, list(v), c.type) for v, c in zip(values, cols, strict=True)]
                    writer.write_batch(pa.record_batch(arrays, schema=schema))
                    n += len(rows)
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return n


def _directory(path: Path) -> Path:
    if path.exists() and not path.is_dir():
        raise AuditError(f"--tables {path}: this is a file, not a directory",
                         hint="give a directory for the tables (it is created if missing)")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AuditError(f"--tables {path}: cannot create the directory: {exc.strerror or exc}",
                         hint="give a directory you can write to") from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise AuditError(f"--tables {path}: the directory is not writable", hint="give a directory you can write to")
    return path


def write_tables(store: Store, study: Study, directory: str | Path, *, parquet: bool = False,
                 now: datetime | None = None, batch: int = 10_000, redact: Redaction | None = None) -> dict[str, int]:
    """Write probes, replies, scores and companies (CSV, or Parquet) and the codebook into `directory`; `redact`
    (audit.publish) drops and rewrites columns on the way. Returns the number of rows of each table."""
    if parquet:
        _pyarrow()  # fail before writing anything
    directory = _directory(Path(directory))
    window = study.reply_window.total_seconds()
    is_open = window_test(now or datetime.now(UTC), window)
    attributes = company_attributes(store, study.id)
    cols = columns(attributes)
    kept = {t: redact.columns(t, c) for t, c in cols.items()} if redact is not None else cols
    readers = {
        "probes": (_PROBES_SQL, lambda rows: _probe_rows(rows, window, is_open)),
        "replies": (_REPLIES_SQL, _reply_rows),
        "scores": (_SCORES_SQL, _score_rows),
        "companies": (_COMPANIES_SQL, _company_rows(attributes)),
    }
    write, ext = (_write_parquet, "parquet") if parquet else (_write_csv, "csv")
    counts = {}
    try:
        for table, (sql, shape) in readers.items():
            batches = (shape(rows) for rows in stream(store, sql, {"s": study.id}, batch))
            if redact is not None:
                batches = (redact.rows(table, rows) for rows in batches)
            counts[table] = write(directory / f"{table}.{ext}", kept[table], batches)
        _codebook_files(directory, attributes, kept if redact is not None else None)
    except OSError as exc:
        raise AuditError(f"--tables {directory}: cannot write: {exc.strerror or exc}",
                         hint="check the free space and the permissions") from exc
    return counts
