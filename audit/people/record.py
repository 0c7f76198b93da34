"""What a person did by hand, recorded: a probe sent (`record_sent`), the company's answer (`record_reply`), or a
phone call (`record_call`) - for the channels a person runs (probes.byhand) and for probes handed over to a person
(audit.people.tasks lists both).

Recorded times are validated: never in the future, never before the send. Replies are stored like any other
(audit.collect.understanding scores them), so response times and scores are the same for every channel.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from audit.clock import Clock
from audit.errors import AuditError
from audit.fields import parse_duration
from audit.schedule.plan import calendar_for
from audit.store.database import Store
from audit.store.schema import Attempt, Probe, Reply
from audit.study.model import Study
from probes.base import chat_message

P, R, A = Probe.__table__, Reply.__table__, Attempt.__table__


class RecordError(AuditError):
    pass


def parse_at(value: str | None, tz: ZoneInfo, clock: Clock) -> datetime:
    """A recorded time: ISO 8601 with a zone, or a local "YYYY-MM-DD HH:MM" in the company's zone; default now."""
    if value is None or value.strip().lower() == "now":
        return clock.now()
    try:
        at = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise RecordError(f"--at {value!r} is not a time",
                          hint="write e.g. 2026-12-07T14:05+03:00, or 2026-12-07 14:05 in the company's time") from None
    return at if at.tzinfo else at.replace(tzinfo=tz)


def _probe(conn, study: Study, probe_id: int):
    row = conn.execute(select(P).where(P.c.id == probe_id, P.c.study_id == study.id)).one_or_none()
    if row is None:
        raise RecordError(f"there is no probe {probe_id} in study {study.id}",
                          hint="`audit tasks` lists the probes waiting for a person, with their numbers")
    return row


def _check_time(at: datetime, now: datetime, what: str) -> None:
    if at > now + timedelta(minutes=1):
        raise RecordError(f"{what} {at:%Y-%m-%d %H:%M %Z} is in the future", hint="give the time it really happened")


def record_sent(store: Store, study: Study, clock: Clock, probe_id: int, at: str | None = None,
                detail: dict | None = None) -> tuple[datetime, list[str]]:
    """A person sent this probe. Returns the send time (UTC) and warnings (e.g. outside working hours)."""
    now = clock.now()
    with store.engine.begin() as conn:
        row = _probe(conn, study, probe_id)
        company = study.company(row.company_id)
        cal = calendar_for(study, company)
        when = parse_at(at, cal.tz, clock)
        _check_time(when, now, "the send time")
        if row.status == "sent":
            raise RecordError(f"probe {probe_id} is already recorded as sent at {row.sent_at:%Y-%m-%d %H:%M} UTC",
                              hint="a probe is sent once; to record its answer use `audit record reply`")
        if row.status == "sending":
            raise RecordError(f"probe {probe_id} is being sent by a run right now", hint="wait for the run to finish")
        conn.execute(update(P).where(P.c.id == probe_id, P.c.status == row.status).values(
            status="sent", sent_at=when, confirmed=True, attempts=row.attempts + 1, claim=None, phase=None))
        conn.execute(insert(A).values(probe_id=probe_id, started_at=when, finished_at=now, outcome="sent",
                                      detail={"by": "hand", "recorded_at": now.isoformat(), **(detail or {})}))
    warnings = []
    if not cal.is_working_time(when):
        warnings.append(f"{when.astimezone(cal.tz):%a %H:%M} is outside {company.name}'s working hours")
    return when.astimezone(UTC), warnings


def record_reply(store: Store, study: Study, clock: Clock, probe_id: int, text: str, at: str | None = None,
                 sender: str | None = None, source: dict | None = None) -> int:
    """The company's answer to a probe, as a person saw it (a chat, a call's summary, a screenshot's text)."""
    from audit.collect.understanding import Understander

    if not text.strip():
        raise RecordError("the reply is empty", hint="give the answer's text with --text or --file")
    now = clock.now()
    with store.engine.connect() as conn:
        row = _probe(conn, study, probe_id)
    if row.status != "sent" or row.sent_at is None:
        raise RecordError(f"probe {probe_id} has not been sent (status {row.status})",
                          hint=f"record the send first: audit record sent {probe_id} --at TIME")
    company = study.company(row.company_id)
    when = parse_at(at, calendar_for(study, company).tz, clock)
    _check_time(when, now, "the reply time")
    if when < row.sent_at:
        raise RecordError(f"the reply time {when:%Y-%m-%d %H:%M %Z} is before probe {probe_id} was sent "
                          f"({row.sent_at:%Y-%m-%d %H:%M} UTC)", hint="check the time and its zone")
    raw = chat_message(channel=row.channel, peer=row.contact, sender=sender or company.name, text=text, at=when,
                       message_id=f"{probe_id}-{when:%Y%m%d%H%M%S}",
                       source={"recorded_by_hand": True, "recorded_at": now.isoformat(), **(source or {})})
    # the same answer recorded twice is one reply (the raw message's MIME boundary is random: not a fingerprint)
    fingerprint = hashlib.sha256(f"{probe_id}|{when.astimezone(UTC).isoformat()}|{text}".encode()).hexdigest()
    understander = Understander(study, store, clock)
    cal_seconds, bus_seconds = understander.ingest.times(row.company_id, row.sent_at, when)
    try:
        with store.engine.begin() as conn:
            reply_id = conn.execute(insert(R).values(
                study_id=study.id, probe_id=probe_id, channel=row.channel, account=f"manual:{row.channel}",
                folder="recorded", fingerprint=fingerprint, received_at=when, seen_at=now,
                message_id=f"<{row.channel}.{probe_id}.{when:%Y%m%d%H%M%S}@audit.invalid>", from_addr=sender or
                company.name, subject=f"{row.channel} reply", match_rule="by hand", calendar_seconds=cal_seconds,
                business_seconds=bus_seconds, raw=raw)).inserted_primary_key[0]
    except IntegrityError:
        raise RecordError(f"this reply to probe {probe_id} is already recorded", hint="nothing was stored twice") \
            from None
    understander.run()  # kind, text and score, then the probe's first answer
    return reply_id


def record_call(store: Store, study: Study, clock: Clock, probe_id: int, *, answered: bool,
                waited: float | str | None = None, at: str | None = None,
                text: str | None = None) -> tuple[int | None, list]:
    """A phone probe: the call is the probe (recorded as sent at `at`, the time of dialling); answered after
    `waited` (seconds, or a duration such as "95s" or "3m") of ringing and holding, or not answered. What was said
    goes in `text` and is scored."""
    if isinstance(waited, str):
        try:
            waited = parse_duration(waited).total_seconds() if waited else None
        except ValueError as exc:
            raise RecordError(f"--waited: {exc}") from None
    if waited is not None and waited < 0:
        raise RecordError("--waited cannot be negative")
    if answered and waited is None:  # the wait is a phone probe's response time: 0 s would be a fiction
        raise RecordError("an answered call needs --waited: how long it rang and held before a person spoke "
                          "(e.g. --waited 95s or --waited 3m)")
    when, warnings = record_sent(store, study, clock, probe_id, at,
                                 detail={"call": "answered" if answered else "not answered",
                                         "waited_seconds": waited})
    if not answered:
        return None, warnings
    reply_at = (when + timedelta(seconds=waited)).isoformat()
    reply_id = record_reply(store, study, clock, probe_id, text or "(answered by phone; nothing noted)", reply_at,
                            source={"call": "answered", "waited_seconds": waited})
    return reply_id, warnings
