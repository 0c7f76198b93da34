"""Status and the CSV export, read straight from the store (the full report is audit.report)."""

from __future__ import annotations

import csv
import json
import multiprocessing
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import IO

from sqlalchemy import text

from audit.errors import AuditError
from audit.export.csvsafe import FIRST, neutralise, time_text
from audit.store.database import Store
from audit.study.model import Study

EXPORT_COLUMNS = [
    ("probe_id", "the probe's number in the database"),
    ("study", "study id"),
    ("wave", "wave name (a cron wave's occurrence is name-YYYYMMDD)"),
    ("company_id", "company id from the study"),
    ("company", "company name"),
    ("segment", "company segment"),
    ("channel", "channel of the probe (email, ...)"),
    ("persona", "persona who wrote"),
    ("contact", "address the probe was sent to"),
    ("status", "planned, sending, sent, failed, or task (waiting for a person: audit tasks)"),
    ("confirmed", "1 when the send is certain; 0 when a run died after handing it over (sent at most once)"),
    ("planned_at", "planned send time, UTC, ISO 8601"),
    ("sent_at", "send time, UTC"),
    ("attempts", "send attempts"),
    ("last_error", "last send error, if any"),
    ("first_reply_at", "server receipt time of the first reply of any kind, UTC"),
    ("first_reply_kind", "bounce, autoreply, ack, complaint, delivered, human or redirect; empty while not yet "
                         "understood (the watcher does it right after storing)"),
    ("answered_at", "server receipt time of the first answer (a human message: not a bounce, auto-reply or "
                    "acknowledgement), UTC"),
    ("response_seconds", "answered_at − sent_at in calendar seconds"),
    ("business_seconds", "the same in the company's working seconds (hours, weekends and holidays removed)"),
    ("answer_kind", "human, or redirect (a human answer that only sends the customer to another channel)"),
    ("answer_from", "sender of the first answer"),
    ("answer_subject", "subject of the first answer"),
    ("answer_text", "the first answer's own words: quoted question and signature removed"),
    ("match_rule", "how the first answer was matched: in-reply-to, references, token, domain+subject, by hand"),
    ("score", "quality 0–4 (docs/method.md §6) of the first answer: the mean of the people's scores when someone "
              "scored it, else the automatic score; 0 when no answer came within the reply window; empty while "
              "the window is open with no answer yet, and for probes not sent"),
    ("score_by", "people (how many) or auto"),
    ("score_reasons", "the automatic score's reasons"),
]

_EXPORT_SQL = """
SELECT p.id, p.study_id, p.wave, p.company_id, c.name, c.segment, p.channel, p.persona, p.contact, p.status,
       p.confirmed, p.planned_at, p.sent_at, p.attempts, p.last_error, f.received_at, f.kind, p.answered_at,
       p.response_seconds, p.business_seconds, a.kind, a.from_addr, a.subject, a.text, a.match_rule,
       auto.score, auto.reasons, people.mean, people.n
FROM probe p
JOIN company c ON c.study_id = p.study_id AND c.id = p.company_id
LEFT JOIN reply f ON f.id = p.first_reply_id
LEFT JOIN reply a ON a.id = p.answer_reply_id
LEFT JOIN score auto ON auto.reply_id = p.answer_reply_id AND auto.rater = 'auto'
LEFT JOIN (SELECT reply_id, CAST(avg(score) AS DOUBLE PRECISION) AS mean, count(*) AS n
           FROM score WHERE rater != 'auto' GROUP BY reply_id) people ON people.reply_id = p.answer_reply_id
WHERE p.study_id = :s
ORDER BY p.id
"""

# The export reads untyped rows (no per-cell SQLAlchemy processing: a million probes must export within 2× of the
# sqlite3 tool) and converts by the column's kind itself; a driver gives times as text (SQLite) or datetimes.
_TIME = {"planned_at", "sent_at", "first_reply_at", "answered_at"}
_NUMBER = {"probe_id", "attempts", "response_seconds", "business_seconds"}
_HEAD = [name for name, _ in EXPORT_COLUMNS if not name.startswith("score")]
_TEXT_AT = [i for i, n in enumerate(_HEAD) if n not in _TIME and n not in _NUMBER and n != "confirmed"]
_TIME_AT = [i for i, n in enumerate(_HEAD) if n in _TIME]
_CONFIRMED, _STATUS, _SENT, _RS = (_HEAD.index(n) for n in ("confirmed", "status", "sent_at", "response_seconds"))
_PART_SQL = _EXPORT_SQL.replace("WHERE p.study_id = :s\n", "WHERE p.study_id = :s AND p.id >= :lo AND p.id < :hi\n")
_END = 2**62  # beyond any probe id
SPLIT_MIN = 200_000  # probes: below this a second process costs more than it saves


def final_score(status: str, response_seconds: float | None, window_open: bool, auto_score: int | None,
                reasons: str, people_mean: float | None, people_n: int | None,
                window: float) -> tuple[float | None, str | None, str | None]:
    """(score, score_by, automatic reasons) of a probe; see EXPORT_COLUMNS. `window_open`: sent less than the
    reply window ago; `reasons`: the automatic score's reasons, joined."""
    if status != "sent":
        return None, None, None
    if response_seconds is None or response_seconds > window:
        if window_open:
            return None, None, None  # no answer yet, but there is still time
        return 0, "auto", "no human answer within the reply window"
    if people_n:
        return round(people_mean, 2), f"people ({people_n})", reasons
    return auto_score, "auto" if auto_score is not None else None, reasons


def probe_score(row, window: float, now: datetime) -> tuple[float | None, str | None, str | None]:
    """(score, score_by, automatic reasons) of a probe from a row with typed columns; see EXPORT_COLUMNS."""
    window_open = row.sent_at is not None and (now - row.sent_at).total_seconds() < window
    return final_score(row.status, row.response_seconds, window_open, row.auto_score,
                       "; ".join(row.auto_reasons or []), row.people_mean, row.people_n, window)


def window_test(now: datetime, window: float) -> Callable[[object], bool]:
    """sent_at -> whether the reply window is still open at `now`, for a stored time as a driver gives it: SQLite's
    text ("2025-01-17 09:21:11.000000", compared as text: no parsing per row) or a datetime."""
    opened = now - timedelta(seconds=window)
    opened_text = opened.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")

    def is_open(sent) -> bool:
        if sent is None:
            return False
        if isinstance(sent, str):
            return sent > opened_text
        return (sent if sent.tzinfo else sent.replace(tzinfo=UTC)) > opened

    return is_open


def stream(store: Store, sql: str, params: dict, batch: int = 2000) -> Iterator[Sequence]:
    """Batches of plain tuples of one query, read in one transaction: memory stays flat in the number of rows.
    SQLAlchemy binds the parameters for the dialect; the rows come from the driver's cursor itself, without a
    Row object per row (with stream_results, a server-side cursor where the database has them)."""
    with store.engine.connect() as conn:
        result = conn.execution_options(stream_results=True).execute(text(sql), params)
        if conn.dialect.name != "sqlite":
            # a server-side cursor (PostgreSQL) has rows SQLAlchemy already read from it: read through the result
            for rows in result.partitions(batch):
                yield [tuple(r) for r in rows]
            return
        cursor = result.cursor
        while rows := cursor.fetchmany(batch):
            yield rows


def time_cell(value) -> str:
    """A stored time as the CSVs write it, from SQLite's text ("2025-01-17 09:21:11.000000") or a datetime."""
    if value is None:
        return ""
    if isinstance(value, str):
        return f"{value[:10]}T{value[11:19]}Z"
    return time_text(value)


class _Reasons:
    """The automatic score's reasons (a JSON list, or a list from a driver that decodes JSON) joined with "; ".
    A rubric gives few distinct lists, so decoding each distinct one once saves a JSON parse per probe."""

    def __init__(self) -> None:
        self._seen: dict[str, str] = {}

    def __call__(self, value) -> str:
        if value is None:
            return ""
        if not isinstance(value, str):
            return "; ".join(value)
        joined = self._seen.get(value)
        if joined is None:
            if len(self._seen) > 10_000:  # free text in reasons: keep the cache bounded
                self._seen.clear()
            joined = self._seen[value] = "; ".join(json.loads(value))
        return joined


def export_batches(store: Store, study_id: str, window: float, now: datetime, lo: int = 0, hi: int = _END,
                   batch: int = 2000) -> Iterator[list]:
    """The probe export's rows (EXPORT_COLUMNS) as CSV cells, in batches, in probe order, for probe ids in
    [lo, hi): see audit.export.csvsafe for why text is neutralised and numbers are not. None stays None (written
    empty)."""
    is_open = window_test(now, window)
    reasons_of, text_at, time_at, n = _Reasons(), _TEXT_AT, _TIME_AT, len(_HEAD)
    for rows in stream(store, _PART_SQL, {"s": study_id, "lo": lo, "hi": hi}, batch):
        out_rows = []
        for r in rows:
            out = list(r[:n])
            for i in text_at:
                v = out[i]
                if v and (v[0] in FIRST or ";" in v):  # audit.export.csvsafe's rule, checked inline for speed
                    out[i] = neutralise(v)
            for i in time_at:
                v = out[i]
                if v is not None:
                    out[i] = f"{v[:10]}T{v[11:19]}Z" if isinstance(v, str) else time_text(v)
            if type(out[_CONFIRMED]) is bool:
                out[_CONFIRMED] = int(out[_CONFIRMED])
            score, by, reasons = final_score(r[_STATUS], r[_RS], is_open(r[_SENT]), r[n], reasons_of(r[n + 1]),
                                             r[n + 2], r[n + 3], window)
            out += (score, by, reasons and neutralise(reasons))
            out_rows.append(out)
        yield out_rows


def export_rows(store: Store, study: Study, now: datetime | None = None) -> Iterator[list]:
    for rows in export_batches(store, study.id, study.reply_window.total_seconds(), now or datetime.now(UTC)):
        yield from rows


def _write_part(w, store: Store, study_id: str, window: float, now: datetime, lo: int, hi: int) -> int:
    n = 0
    for rows in export_batches(store, study_id, window, now, lo, hi):
        w.writerows(rows)
        n += len(rows)
    return n


def export_part(url: str, study_id: str, window: float, now: datetime, lo: int, hi: int, path: str,
                read_only: bool = False) -> int:
    """A worker process's share of the export: probes [lo, hi) into `path`, without the header; the database
    opened as the caller's store was (read-only for `audit export`)."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        return _write_part(csv.writer(fh), Store(url, read_only=read_only), study_id, window, now, lo, hi)


def _split_point(store: Store, study_id: str) -> int | None:
    """The probe id that halves a large export, or None when one process is quicker (or alone on its core)."""
    if (os.cpu_count() or 1) < 2 or store.engine.url.database in (None, "", ":memory:"):
        return None
    n = store.execute("SELECT count(*) FROM probe WHERE study_id = :s", s=study_id)[0][0]
    if n < SPLIT_MIN:
        return None
    return store.execute("SELECT id FROM probe WHERE study_id = :s ORDER BY id LIMIT 1 OFFSET :k",
                         s=study_id, k=n // 2)[0][0]


def export_csv(store: Store, study: Study, out: IO[str], now: datetime | None = None, split: bool = False) -> int:
    """One CSV row per probe (EXPORT_COLUMNS) into `out`, streamed; the number of probes written.

    Python pays for every cell it reads, so that reading and formatting alone take about twice what the sqlite3
    tool takes for the same query. With `split` (the CLI sets it) a large export uses a second core: a spawned
    worker writes the second half of the probes to a temporary file while this process writes the first half to
    `out`, then the file is appended. Each half is read in its own transaction: every row is consistent in
    itself, as in a single query. Memory stays flat in both processes; the temporary file holds up to half the
    output. Off by default because spawning needs a script's code under `if __name__ == "__main__":`.
    """
    now = now or datetime.now(UTC)
    window = study.reply_window.total_seconds()
    w = csv.writer(out)
    w.writerow([c for c, _ in EXPORT_COLUMNS])
    split = _split_point(store, study.id) if split else None
    if split is None:
        return _write_part(w, store, study.id, window, now, 0, _END)
    with tempfile.TemporaryDirectory(prefix="audit-export-") as tmp:
        rest = os.path.join(tmp, "rest.csv")
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))  # spawn: we may have threads
        with pool:
            later = pool.submit(export_part, store.url, study.id, window, now, split, _END, rest, store.read_only)
            n = _write_part(w, store, study.id, window, now, 0, split)
            n += later.result()
        with open(rest, encoding="utf-8", newline="") as fh:
            shutil.copyfileobj(fh, out, 1 << 20)
    return n


def export_csv_file(store: Store, study: Study, path: str | os.PathLike, now: datetime | None = None) -> int:
    """`export_csv` into the file at `path` (split over two cores when large); an AuditError names the file when it
    cannot be written."""
    try:
        with open(path, "w", newline="", encoding="utf-8") as fh:
            return export_csv(store, study, fh, now=now, split=True)
    except OSError as exc:
        raise AuditError(f"--csv {path}: cannot write: {exc.strerror or exc}") from None
