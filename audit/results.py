"""Status, the per-channel/segment report and the CSV export, read straight from the store."""

from __future__ import annotations

import csv
import statistics
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
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
    unmatched: int = 0


def status(store: Store, study_id: str) -> tuple[list[StatusRow], int]:
    rows = store.execute(
        """SELECT wave, channel, count(*),
                  sum(status IN ('planned', 'sending')),
                  sum(status = 'sent'), sum(status = 'sent' AND NOT confirmed), sum(status = 'failed'),
                  sum(first_reply_id IS NOT NULL), sum(answer_reply_id IS NOT NULL)
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

    @property
    def share_answered(self) -> float | None:
        return self.answered / self.sent if self.sent else None


def report(store: Store, study: Study, wave: str | None = None) -> list[ReportRow]:
    """Per channel and segment: answered share and median response time of the answers within the reply window.

    An answer is the first reply that is not a bounce, auto-reply or acknowledgement. Medians here are over the
    answers only; the censoring-aware (Kaplan–Meier) estimate belongs to the full report.
    """
    window = study.reply_window.total_seconds()
    rows = store.execute(
        """SELECT p.channel, c.segment, p.company_id, p.response_seconds, p.business_seconds,
                  p.first_reply_id IS NOT NULL
           FROM probe p JOIN company c ON c.study_id = p.study_id AND c.id = p.company_id
           WHERE p.study_id = :s AND p.status = 'sent' AND (:w IS NULL OR p.wave = :w)""", s=study.id, w=wave)
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for r in rows:
        groups[(r[0], r[1])].append(r)
        groups[(r[0], "all")].append(r)
    out = []
    for (channel, segment), items in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] == "all", kv[0][1])):
        times = [r[3] for r in items if r[3] is not None and r[3] <= window]
        btimes = [r[4] for r in items if r[3] is not None and r[3] <= window and r[4] is not None]
        out.append(ReportRow(
            channel, segment, len({r[2] for r in items}), len(items), len(times), sum(1 for r in items if r[5]),
            statistics.median(times) if times else None, statistics.median(btimes) if btimes else None,
            sum(1 for t in times if t <= 3600), sum(1 for t in times if t <= 86400)))
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
    ("status", "planned, sending, sent or failed"),
    ("confirmed", "1 when the send is certain; 0 when a run died after handing it over (sent at most once)"),
    ("planned_at", "planned send time, UTC, ISO 8601"),
    ("sent_at", "send time, UTC"),
    ("attempts", "send attempts"),
    ("last_error", "last send error, if any"),
    ("first_reply_at", "server receipt time of the first reply of any kind, UTC"),
    ("first_reply_kind", "bounce, autoreply, ack, or empty (an answer, not yet classified further)"),
    ("answered_at", "server receipt time of the first answer (not a bounce, auto-reply or acknowledgement), UTC"),
    ("response_seconds", "answered_at − sent_at in calendar seconds"),
    ("business_seconds", "the same in the company's working seconds (hours, weekends and holidays removed)"),
    ("answer_from", "sender of the first answer"),
    ("answer_subject", "subject of the first answer"),
    ("match_rule", "how the first answer was matched: in-reply-to, references, token, domain+subject, by hand"),
]

_EXPORT_SQL = """
SELECT p.id, p.study_id, p.wave, p.company_id, c.name, c.segment, p.channel, p.persona, p.contact, p.status,
       p.confirmed, p.planned_at, p.sent_at, p.attempts, p.last_error, f.received_at, f.kind, p.answered_at,
       p.response_seconds, p.business_seconds, a.from_addr, a.subject, a.match_rule
FROM probe p
JOIN company c ON c.study_id = p.study_id AND c.id = p.company_id
LEFT JOIN reply f ON f.id = p.first_reply_id
LEFT JOIN reply a ON a.id = p.answer_reply_id
WHERE p.study_id = :s
ORDER BY p.id
"""

def _export_query():
    from sqlalchemy import Boolean, Float, Integer, String, column

    from audit.models import UTCDateTime

    types = {"probe_id": Integer, "confirmed": Boolean, "attempts": Integer, "response_seconds": Float,
             "business_seconds": Float}
    cols = [column(name, UTCDateTime() if name.endswith("_at") else types.get(name, String))
            for name, _ in EXPORT_COLUMNS]
    return text(_EXPORT_SQL).columns(*cols)


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


def export_rows(store: Store, study_id: str, batch: int = 5000) -> Iterator[list[str]]:
    with store.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=batch).execute(_export_query(),
                                                                                     {"s": study_id})
        for row in result:
            yield [_cell(v) for v in row]


def export_csv(store: Store, study_id: str, out: IO[str]) -> int:
    w = csv.writer(out)
    w.writerow([c for c, _ in EXPORT_COLUMNS])
    n = 0
    for row in export_rows(store, study_id):
        w.writerow(row)
        n += 1
    return n
