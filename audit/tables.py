"""Tidy tables for analysts: one row per probe, per reply, per score and per company, with a codebook.

`audit export STUDY --tables DIR` writes probes, replies, scores and companies as CSV (or Parquet) plus
codebook.csv and codebook.md. Each table is read with one streaming query and written batch by batch (a Parquet
row group per batch), so memory stays flat however many probes a study has. Tables are joined by their ids:
replies.probe_id and scores.probe_id to probes.probe_id, scores.reply_id to replies.reply_id, probes.company_id
to companies.company_id. An export only reads: nothing collected is changed.

The codebook here is the one source of every column's name, type, unit, meaning and allowed values: the files,
the codebook files, the README and the HTML report all come from it (`codebook()`).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from audit.csvsafe import FIRST, time_text
from audit.errors import AuditError
from audit.results import final_score, stream, window_test
from audit.store import Store
from audit.study import Study

TYPES = ("integer", "number", "text", "time", "boolean")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # one of TYPES
    meaning: str
    unit: str = ""
    values: str = ""  # the allowed values, when they are a closed set or a range

    def description(self) -> str:
        parts = [self.meaning]
        if self.unit:
            parts.append(f"unit: {self.unit}")
        if self.values:
            parts.append(f"values: {self.values}")
        return "; ".join(parts)


def _c(name: str, type_: str, meaning: str, unit: str = "", values: str = "") -> Column:
    return Column(name, type_, meaning, unit, values)


# how times and booleans are written is said once, in the codebook's introduction
_UTC = "UTC"
_BOOL = "1, 0"
_KINDS = "bounce, autoreply, ack, complaint, delivered, redirect, human, own (a copy of our own probe)"

PROBES = (
    _c("probe_id", "integer", "the probe's number in the database; key of this table"),
    _c("study", "text", "study id"),
    _c("wave", "text", "wave name (a cron wave's occurrence is name-YYYYMMDD)"),
    _c("company_id", "text", "the company (companies.company_id)"),
    _c("segment", "text", "the company's segment, copied from companies for convenience"),
    _c("channel", "text", "channel of the probe",
       values="email, form, vk, telegram, facebook, instagram, phone, whatsapp, viber, chat"),
    _c("persona", "text", "persona who wrote"),
    _c("contact", "text", "address, page, account or number the probe was sent to"),
    _c("status", "text", "state of the probe", values="planned, sending, sent, failed, task (waiting for a person)"),
    _c("confirmed", "boolean", "0 when a run died after handing the message over (sent at most once)", values=_BOOL),
    _c("planned_at", "time", "planned send time", _UTC),
    _c("sent_at", "time", "send time; empty if not sent", _UTC),
    _c("attempts", "integer", "send attempts", values="0 or more"),
    _c("last_error", "text", "last send error, if any"),
    _c("first_reply_id", "integer", "the first reply of any kind (replies.reply_id); empty if none"),
    _c("first_reply_at", "time", "server receipt time of the first reply of any kind", _UTC),
    _c("first_reply_kind", "text", "kind of the first reply; empty while not yet understood", values=_KINDS),
    _c("answer_reply_id", "integer", "the first answer: a human message, redirects included (replies.reply_id)"),
    _c("answered_at", "time", "server receipt time of the first answer", _UTC),
    _c("response_seconds", "number", "answered_at − sent_at, calendar time", "seconds"),
    _c("business_seconds", "number", "the same in the company's working time (weekends and holidays removed)",
       "seconds"),
    _c("answered", "boolean", "an answer within the reply window: with response_seconds, the event of a survival "
                              "analysis (0: censored at the window's end); empty while the window is open and for "
                              "probes not sent", values=_BOOL),
    _c("score", "number", "the probe's quality: the people's mean score of the first answer when anyone scored it, "
                          "else the automatic score; 0 when no answer came within the reply window; empty while the "
                          "window is open and for probes not sent (docs/domain.md §5)", "points", "0 to 4"),
    _c("score_by", "text", "who gave score", values="auto, or people (N) for the mean of N people's scores"),
)

REPLIES = (
    _c("reply_id", "integer", "the message's number in the database; key of this table"),
    _c("probe_id", "integer", "the probe it answers (probes.probe_id); empty for a message that matched nothing"),
    _c("study", "text", "study id"),
    _c("channel", "text", "channel it came by", values="as probes.channel"),
    _c("account", "text", "the persona's account that received it"),
    _c("folder", "text", "mailbox folder it was found in (e-mail), or the channel's own name for it"),
    _c("received_at", "time", "the server's receipt time (IMAP INTERNALDATE, the platform's message date)", _UTC),
    _c("seen_at", "time", "when the watcher read it (audit trail only: never used for timing)", _UTC),
    _c("message_id", "text", "the message's own id (Message-ID header or the platform's id)"),
    _c("from_addr", "text", "sender"),
    _c("subject", "text", "subject"),
    _c("kind", "text", "what the message is; empty while not yet understood", values=_KINDS),
    _c("match_rule", "text", "how it was matched to its probe",
       values="in-reply-to, references, token, domain+subject, peer (a chat: the company's latest probe on the "
              "channel), by hand, own-copy; empty if unmatched"),
    _c("calendar_seconds", "number", "received_at − the probe's sent_at, calendar time", "seconds"),
    _c("business_seconds", "number", "the same in the company's working time", "seconds"),
    _c("is_first_reply", "boolean", "this is its probe's first reply of any kind", values=_BOOL),
    _c("is_answer", "boolean", "this is its probe's first answer (the one that times and scores it)", values=_BOOL),
    _c("text", "text", "the message's own words: quoted question and signature removed"),
    _c("kind_reasons", "text", "why it was given its kind, joined with '; '"),
    _c("failed_address", "text", "bounces: the address that failed"),
    _c("dsn_status", "text", "bounces: RFC 3463 status such as 5.1.1"),
    _c("permanent", "boolean", "bounces: 1 a failure, 0 a delay warning (not yet a failure)", values=_BOOL),
    _c("ticket", "text", "helpdesk ticket number, when the message names one"),
    _c("helpdesk", "text", "helpdesk detected from the message (zendesk, freshdesk, ...)"),
    _c("points_total", "integer", "rubric: points the script's question has", values="0 or more"),
    _c("points_covered", "text", "rubric: ids of the script's points the text answers, joined with '; '"),
    _c("personal", "boolean", "rubric: addresses the persona by name", values=_BOOL),
    _c("next_step", "boolean", "rubric: offers the next step (a link, the order, the contract)", values=_BOOL),
    _c("polite", "boolean", "rubric: polite (a greeting or thanks)", values=_BOOL),
    _c("evidence", "text", "rubric: the words that showed each point or flag, as a JSON object"),
    _c("parse_error", "text", "why the message could not be read fully, if so"),
    _c("understood_at", "time", "when its kind, text and flags were last worked out", _UTC),
)

SCORES = (
    _c("score_id", "integer", "the score's number in the database; key of this table"),
    _c("probe_id", "integer", "the probe (probes.probe_id)"),
    _c("reply_id", "integer", "the reply scored (replies.reply_id)"),
    _c("rater", "text", "who scored", values="auto (the rubric), or a person's name"),
    _c("automatic", "boolean", "1 for the rubric's score, 0 for a person's", values=_BOOL),
    _c("score", "integer", "quality of the reply (docs/domain.md §5)", "points", "0, 1, 2, 3, 4"),
    _c("reasons", "text", "the rubric's reasons, or a person's note, joined with '; '"),
    _c("created_at", "time", "when this rater last gave it", _UTC),
)

COMPANIES = (
    _c("company_id", "text", "company id from the study; key of this table"),
    _c("study", "text", "study id"),
    _c("name", "text", "company name"),
    _c("segment", "text", "segment (shops, services, ...)"),
    _c("timezone", "text", "IANA time zone its working hours are kept in"),
    _c("domain", "text", "mail domain, used to match replies"),
)
ATTRIBUTE = "attr_"  # then one column per company attribute of the study (an extra CSV column, e.g. turnover)

TABLES: dict[str, tuple[Column, ...]] = {"probes": PROBES, "replies": REPLIES, "scores": SCORES,
                                         "companies": COMPANIES}


def _attribute_columns(attributes: Sequence[str]) -> tuple[Column, ...]:
    return tuple(_c(ATTRIBUTE + a, "text", f"the company attribute {a!r} (a column of the study's companies)")
                 for a in attributes)


def columns(attributes: Sequence[str] = ()) -> dict[str, tuple[Column, ...]]:
    """Every table's columns; the companies table gains one attr_<name> column per company attribute."""
    return {**TABLES, "companies": COMPANIES + _attribute_columns(attributes)}


def codebook(attributes: Sequence[str] = ()) -> dict[str, list[tuple[str, str, str]]]:
    """table -> [(column, type, description)] for every column the tables export has (for the HTML report)."""
    return {t: [(c.name, c.type, c.description()) for c in cols] for t, cols in columns(attributes).items()}


def codebook_markdown(attributes: Sequence[str] = ()) -> str:
    """The codebook as Markdown tables, one per table (codebook.md, and the README's section)."""
    out = []
    for table, cols in columns(attributes).items():
        out += [f"`{table}`", "", "| column | type | unit | meaning | values |", "| --- | --- | --- | --- | --- |"]
        out += [f"| `{c.name}` | {c.type} | {c.unit} | {c.meaning} | {c.values} |".replace("  ", " ") for c in cols]
        out.append("")
    if not attributes:
        out.append(f"`companies` also has one `{ATTRIBUTE}<name>` column (text) per company attribute of the study.")
    return "\n".join(out).rstrip() + "\n"


def _codebook_files(directory: Path, attributes: Sequence[str]) -> None:
    rows = [(t, c.name, c.type, c.unit, c.values, c.meaning) for t, cols in columns(attributes).items()
            for c in cols]
    with _atomic(directory / "codebook.csv") as fh:
        w = csv.writer(fh)
        w.writerow(("table", "column", "type", "unit", "values", "meaning"))
        w.writerows(rows)
    with _atomic(directory / "codebook.md") as fh:
        fh.write("# Codebook\n\n" + _CODEBOOK_INTRO + "\n" + codebook_markdown(attributes))


_CODEBOOK_INTRO = """Written by `audit export --tables`. One row per probe (probes), per collected message (replies),
per score given (scores) and per company (companies); join them by their ids. Empty: unknown or not applicable.
Times are UTC: in CSV ISO 8601 to the second with Z (2025-01-17T09:21:11Z), in Parquet timestamps with time zone
UTC to the microsecond. Booleans are 1 and 0 in CSV, true and false in Parquet. Numbers are written as numbers.
In CSV, a text cell that begins with = + - @ ' a tab or a carriage return has one more ' in front, so that no
spreadsheet runs it as a formula: drop one leading ' from a text cell to get the text back.
"""


# --- reading ------------------------------------------------------------------------------------------------------

_PROBES_SQL = """
SELECT p.id, p.study_id, p.wave, p.company_id, c.segment, p.channel, p.persona, p.contact, p.status, p.confirmed,
       p.planned_at, p.sent_at, p.attempts, p.last_error, p.first_reply_id, f.received_at, f.kind, p.answer_reply_id,
       p.answered_at, p.response_seconds, p.business_seconds, auto.score, people.mean, people.n
FROM probe p
JOIN company c ON c.study_id = p.study_id AND c.id = p.company_id
LEFT JOIN reply f ON f.id = p.first_reply_id
LEFT JOIN score auto ON auto.reply_id = p.answer_reply_id AND auto.rater = 'auto'
LEFT JOIN (SELECT reply_id, avg(score) AS mean, count(*) AS n FROM score WHERE rater != 'auto'
           GROUP BY reply_id) people ON people.reply_id = p.answer_reply_id
WHERE p.study_id = :s
ORDER BY p.id
"""

_REPLIES_SQL = """
SELECT r.id, r.probe_id, r.study_id, r.channel, r.account, r.folder, r.received_at, r.seen_at, r.message_id,
       r.from_addr, r.subject, r.kind, r.match_rule, r.calendar_seconds, r.business_seconds,
       coalesce(p.first_reply_id = r.id, 0), coalesce(p.answer_reply_id = r.id, 0), r.text, r.kind_reasons,
       r.failed_address, r.dsn_status, r.permanent, r.ticket, r.helpdesk, r.flags, r.parse_error, r.understood_at
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
                    r[25], r[26]))
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
                if v and v[0] in FIRST:  # see audit.csvsafe: the same rule, inlined for speed
                    r[i] = "'" + v
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
                 now: datetime | None = None, batch: int = 10_000) -> dict[str, int]:
    """Write probes, replies, scores and companies (CSV, or Parquet) and the codebook into `directory`.
    Returns the number of rows of each table."""
    if parquet:
        _pyarrow()  # fail before writing anything
    directory = _directory(Path(directory))
    window = study.reply_window.total_seconds()
    is_open = window_test(now or datetime.now(UTC), window)
    attributes = company_attributes(store, study.id)
    cols = columns(attributes)
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
            counts[table] = write(directory / f"{table}.{ext}", cols[table], batches)
        _codebook_files(directory, attributes)
    except OSError as exc:
        raise AuditError(f"--tables {directory}: cannot write: {exc.strerror or exc}",
                         hint="check the free space and the permissions") from exc
    return counts
