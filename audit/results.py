"""Status, the per-channel/segment report and the CSV export, read straight from the store."""

from __future__ import annotations

import csv
import statistics
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import IO

from sqlalchemy import text

from audit.store import Store
from audit.study import Study


@dataclass
class StatusRow:
    wave: str
    channel: str
    planned: int
    waiting: int
    sent: int
    unconfirmed: int
    failed: int
    replied: int
    answered: int
    tasks: int = 0  # waiting for a person (audit tasks)


def status(store: Store, study_id: str) -> tuple[list[StatusRow], int]:
    rows = store.execute(
        """SELECT wave, channel, count(*),
                  sum(status IN ('planned', 'sending')),
                  sum(status = 'sent'), sum(status = 'sent' AND NOT confirmed), sum(status = 'failed'),
                  sum(first_reply_id IS NOT NULL), sum(answer_reply_id IS NOT NULL), sum(status = 'task')
           FROM probe WHERE study_id = :s GROUP BY wave, channel ORDER BY wave, channel""", s=study_id)
    unmatched = store.execute("SELECT count(*) FROM reply WHERE study_id = :s AND probe_id IS NULL", s=study_id)
    return [StatusRow(*r[:2], *(int(x or 0) for x in r[2:])) for r in rows], int(unmatched[0][0])


@dataclass
class ReportRow:
    channel: str
    segment: str
    companies: int
    sent: int
    answered: int
    replied: int
    median_seconds: float | None
    median_business_seconds: float | None
    within_1h: int
    within_24h: int
    mean_score: float | None = None  # over every sent probe, no answer within the window = 0
    mean_score_answered: float | None = None  # over the answered ones

    @property
    def share_answered(self) -> float | None:
        return self.answered / self.sent if self.sent else None


_REPORT_SQL = """
SELECT p.channel, c.segment, p.company_id, p.response_seconds, p.business_seconds, p.first_reply_id IS NOT NULL,
       p.status, p.sent_at, auto.score, people.mean, people.n
FROM probe p
JOIN company c ON c.study_id = p.study_id AND c.id = p.company_id
LEFT JOIN score auto ON auto.reply_id = p.answer_reply_id AND auto.rater = 'auto'
LEFT JOIN (SELECT reply_id, avg(score) AS mean, count(*) AS n FROM score WHERE rater != 'auto'
           GROUP BY reply_id) people ON people.reply_id = p.answer_reply_id
WHERE p.study_id = :s AND p.status = 'sent' AND (:w IS NULL OR p.wave = :w)
"""


@dataclass(frozen=True)
class _Scored:
    status: str
    response_seconds: float | None
    sent_at: datetime | None
    auto_score: int | None
    people_mean: float | None
    people_n: int | None
    auto_reasons: None = None


def report(store: Store, study: Study, wave: str | None = None, now: datetime | None = None) -> list[ReportRow]:
    """Per channel and segment: answered share, median response time of the answers within the reply window, and
    the mean score over all sent probes (no answer = 0, also while the window is still open) and over the answered.

    An answer is the first human message (not a bounce, auto-reply or acknowledgement). Medians here are over the
    answers only; the censoring-aware (Kaplan–Meier) estimate belongs to the full report.
    """
    from sqlalchemy import Float, Integer, String, column

    from audit.models import UTCDateTime

    window = study.reply_window.total_seconds()
    now = now or datetime.now(UTC)
    q = text(_REPORT_SQL).columns(column("channel", String), column("segment", String), column("company", String),
                                  column("rs", Float), column("bs", Float), column("replied", Integer),
                                  column("status", String), column("sent_at", UTCDateTime()),
                                  column("auto", Integer), column("mean", Float), column("n", Integer))
    with store.engine.connect() as conn:
        rows = conn.execute(q, {"s": study.id, "w": wave}).all()
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for r in rows:
        # every sent probe counts: one not answered (yet) within the window counts 0, as in a finished study
        value = probe_score(_Scored(r.status, r.rs, r.sent_at, r.auto, r.mean, r.n), window, now)[0] or 0
        answered = r.rs is not None and r.rs <= window
        item = (r.company, r.rs, r.bs, r.replied, value, answered)
        groups[(r.channel, r.segment)].append(item)
        groups[(r.channel, "all")].append(item)
    out = []
    for (channel, segment), items in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] == "all", kv[0][1])):
        times = [r[1] for r in items if r[1] is not None and r[1] <= window]
        btimes = [r[2] for r in items if r[1] is not None and r[1] <= window and r[2] is not None]
        scores = [r[4] for r in items]
        answered_scores = [r[4] for r in items if r[5]]
        out.append(ReportRow(
            channel, segment, len({r[0] for r in items}), len(items), len(times), sum(1 for r in items if r[3]),
            statistics.median(times) if times else None, statistics.median(btimes) if btimes else None,
            sum(1 for t in times if t <= 3600), sum(1 for t in times if t <= 86400),
            statistics.fmean(scores) if scores else None,
            statistics.fmean(answered_scores) if answered_scores else None))
    return out


def human_duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    td = timedelta(seconds=round(seconds))
    if td < timedelta(minutes=1):
        return f"{td.seconds}s"
    if td < timedelta(hours=1):
        return f"{td.seconds // 60}m"
    if td < timedelta(days=1):
        return f"{td.seconds // 3600}h{td.seconds % 3600 // 60:02d}m"
    return f"{td.days}d{td.seconds // 3600}h"


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
    ("score", "quality 0–4 (docs/domain.md §5) of the first answer: the mean of the people's scores when someone "
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
LEFT JOIN (SELECT reply_id, avg(score) AS mean, count(*) AS n FROM score WHERE rater != 'auto'
           GROUP BY reply_id) people ON people.reply_id = p.answer_reply_id
WHERE p.study_id = :s
ORDER BY p.id
"""

# the query's columns beyond the exported ones, used to compute score and score_by
_EXTRA = [("auto_score", "Integer"), ("auto_reasons", "JSON"), ("people_mean", "Float"), ("people_n", "Integer")]


def _export_query():
    from sqlalchemy import JSON, Boolean, Float, Integer, String, column

    from audit.models import UTCDateTime

    types = {"probe_id": Integer, "confirmed": Boolean, "attempts": Integer, "response_seconds": Float,
             "business_seconds": Float, "Integer": Integer, "JSON": JSON, "Float": Float}
    names = [name for name, _ in EXPORT_COLUMNS if not name.startswith("score")] + [n for n, _ in _EXTRA]
    kinds = dict(_EXTRA)
    cols = [column(name, UTCDateTime() if name.endswith("_at") else types.get(kinds.get(name, name), String))
            for name in names]
    return text(_EXPORT_SQL).columns(*cols)


def probe_score(row, window: float, now: datetime) -> tuple[float | None, str | None, str | None]:
    """(score, score_by, automatic reasons) of a probe from its export row; see EXPORT_COLUMNS."""
    if row.status != "sent":
        return None, None, None
    answered = row.response_seconds is not None and row.response_seconds <= window
    if not answered:
        if row.sent_at is not None and (now - row.sent_at).total_seconds() < window:
            return None, None, None  # no answer yet, but there is still time
        return 0, "auto", "no human answer within the reply window"
    reasons = "; ".join(row.auto_reasons or [])
    if row.people_n:
        return round(row.people_mean, 2), f"people ({row.people_n})", reasons
    return row.auto_score, "auto" if row.auto_score is not None else None, reasons


_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if hasattr(value, "isoformat"):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    s = str(value)
    # Replies are written by strangers and analysts open this in spreadsheets: never let a cell be a formula.
    if s.startswith(_DANGEROUS) and not _is_number(s):
        return "'" + s
    return s


def _is_number(s: str) -> bool:
    try:
        float(s)
        return True
    except ValueError:
        return False


def export_rows(store: Store, study: Study, now: datetime | None = None, batch: int = 5000) -> Iterator[list[str]]:
    window = study.reply_window.total_seconds()
    now = now or datetime.now(UTC)
    with store.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=batch).execute(_export_query(),
                                                                                     {"s": study.id})
        for row in result:
            yield [_cell(v) for v in row[:-len(_EXTRA)]] + [_cell(v) for v in probe_score(row, window, now)]


def export_csv(store: Store, study: Study, out: IO[str], now: datetime | None = None) -> int:
    w = csv.writer(out)
    w.writerow([c for c, _ in EXPORT_COLUMNS])
    n = 0
    for row in export_rows(store, study, now):
        w.writerow(row)
        n += 1
    return n
