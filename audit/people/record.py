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

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from audit.clock import Clock
from audit.errors import AuditError
from audit.fields import parse_duration
from audit.schedule.plan import calendar_for
from audit.store.database import Store
from audit.store.schema import Attempt, Probe, RecordLog, Reply, Score
from audit.study.model import Study
from probes.base import chat_message

P, R, A, S, L = Probe.__table__, Reply.__table__, Attempt.__table__, Score.__table__, RecordLog.__table__
MANUAL = "manual:"  # the account of every reply a person recorded (manual:<channel>)


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


def _company_of(study: Study, row):
    try:
        return study.company(row.company_id)
    except KeyError:
        raise RecordError(f"company {row.company_id} of probe {row.id} is no longer in the study file (withdrawn)",
                          hint="put its row back in the companies file to record for it") from None


def _check_time(at: datetime, now: datetime, what: str) -> None:
    if at > now + timedelta(minutes=1):
        raise RecordError(f"{what} {at:%Y-%m-%d %H:%M %Z} is in the future", hint="give the time it really happened")


def record_sent(store: Store, study: Study, clock: Clock, probe_id: int, at: str | None = None,
                detail: dict | None = None) -> tuple[datetime, list[str]]:
    """A person sent this probe. Returns the send time (UTC) and warnings (e.g. outside working hours)."""
    now = clock.now()
    with store.engine.begin() as conn:
        row = _probe(conn, study, probe_id)
        company = _company_of(study, row)
        cal = calendar_for(study, company)
        when = parse_at(at, cal.tz, clock)
        _check_time(when, now, "the send time")
        if row.status == "sent":
            raise RecordError(f"probe {probe_id} is already recorded as sent at {row.sent_at:%Y-%m-%d %H:%M} UTC",
                              hint="a probe is sent once; to record its answer use `audit record reply`")
        if row.status == "sending":
            raise RecordError(f"probe {probe_id} is being sent by a run right now", hint="wait for the run to finish")
        if row.status == "skipped":  # a person decided it must not go: recording a send would undo that silently
            raise RecordError(f"probe {probe_id} was closed unsent: {row.last_error}",
                              hint="it must not be sent (the blocklist, or a contact marked unavailable)")
        conn.execute(update(P).where(P.c.id == probe_id, P.c.status == row.status).values(
            status="sent", sent_at=when, confirmed=True, attempts=row.attempts + 1, claim=None, phase=None))
        conn.execute(insert(A).values(probe_id=probe_id, started_at=when, finished_at=now, outcome="sent",
                                      detail={"by": "hand", "recorded_at": now.isoformat(), "was": row.status,
                                              **(detail or {})}))
        _log(conn, study, probe_id, "sent", f"probe:{probe_id}", {"status": row.status},
             {"status": "sent", "sent_at": when.isoformat()}, now)
    warnings = []
    if not cal.is_working_time(when):
        warnings.append(f"{when.astimezone(cal.tz):%a %H:%M} is outside {company.name}'s working hours")
    return when.astimezone(UTC), warnings


def _log(conn, study: Study, probe_id: int, action: str, target: str, old: dict | None, new: dict | None,
         now: datetime, actor: str | None = None) -> None:
    """Every change a person makes to collected data is kept with what it was (audit history shows them)."""
    import getpass

    if actor is None:
        try:
            actor = getpass.getuser()
        except (KeyError, OSError):  # a container's uid without a name: the entry matters more than who
            actor = None
    conn.execute(insert(L).values(study_id=study.id, probe_id=probe_id, action=action, target=target, old=old,
                                  new=new, actor=actor, at=now))


def _same_text(text: str) -> str:
    return " ".join(text.split()).casefold()


def record_reply(store: Store, study: Study, clock: Clock, probe_id: int, text: str, at: str | None = None,
                 sender: str | None = None, source: dict | None = None, repeat: bool = False) -> int:
    """The company's answer to a probe, as a person saw it (a chat, a call's summary, a screenshot's text). The
    same text recorded again for the same probe is refused (a double entry would count twice in the report)
    unless `repeat` says the company really sent it twice."""
    from audit.collect.understanding import Understander

    if not text.strip():
        raise RecordError("the reply is empty", hint="give the answer's text with --text or --file")
    now = clock.now()
    with store.engine.connect() as conn:
        row = _probe(conn, study, probe_id)
    if row.status != "sent" or row.sent_at is None:
        raise RecordError(f"probe {probe_id} has not been sent (status {row.status})",
                          hint=f"record the send first: audit record sent {probe_id} --at TIME")
    company = _company_of(study, row)
    when = parse_at(at, calendar_for(study, company).tz, clock)
    _check_time(when, now, "the reply time")
    if when < row.sent_at:
        raise RecordError(f"the reply time {when:%Y-%m-%d %H:%M %Z} is before probe {probe_id} was sent "
                          f"({row.sent_at:%Y-%m-%d %H:%M} UTC)", hint="check the time and its zone")
    raw = chat_message(channel=row.channel, peer=row.contact, sender=sender or company.name, text=text, at=when,
                       message_id=f"{probe_id}-{when:%Y%m%d%H%M%S}",
                       source={"recorded_by_hand": True, "recorded_at": now.isoformat(), **(source or {})})
    # the same answer recorded twice is one reply, whatever time was given the second time (the raw message's MIME
    # boundary is random: not a fingerprint); a real repeat is told apart by its time
    key = f"{probe_id}|{_same_text(text)}" + (f"|{when.astimezone(UTC).isoformat()}" if repeat else "")
    fingerprint = hashlib.sha256(key.encode()).hexdigest()
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
            _log(conn, study, probe_id, "reply", f"reply:{reply_id}", None,
                 {"text": text, "received_at": when.isoformat(), "from": sender or company.name}, now)
    except IntegrityError:
        raise RecordError(f"this reply to probe {probe_id} is already recorded (the same text)",
                          hint="nothing was stored twice; to change it use audit record edit; if the company really "
                               "sent the same text again, add --repeat") from None
    understander.run()  # kind, text and score, then the probe's first answer
    return reply_id


def undo(store: Store, study: Study, clock: Clock, probe_id: int, reason: str) -> str:
    """Take back the last thing a person recorded for this probe: its last recorded reply, or, when it has none,
    the send recorded by hand (the probe goes back to what it was: a task, or planned). The old values are kept
    in the record log. Returns what was undone, in words."""
    from audit.collect.understanding import Understander

    if not reason.strip():
        raise RecordError("give the reason with --reason (it is kept in the record log)")
    now = clock.now()
    ingest = Understander(study, store, clock).ingest
    with store.engine.begin() as conn:
        row = _probe(conn, study, probe_id)
        last = conn.execute(select(R.c.id, R.c.received_at, R.c.from_addr, R.c.text, R.c.kind)
                            .where(R.c.probe_id == probe_id, R.c.account.like(f"{MANUAL}%"))
                            .order_by(R.c.received_at.desc(), R.c.id.desc()).limit(1)).first()
        if last is not None:
            conn.execute(delete(S).where(S.c.reply_id == last.id))
            conn.execute(update(P).where(P.c.id == probe_id).values(first_reply_id=None, answer_reply_id=None))
            conn.execute(delete(R).where(R.c.id == last.id))
            ingest.update_probes(conn, {probe_id})
            _log(conn, study, probe_id, "undo", f"reply:{last.id}",
                 {"text": last.text, "received_at": last.received_at.isoformat(), "from": last.from_addr,
                  "kind": last.kind}, {"reason": reason}, now)
            return f"reply {last.id} of probe {probe_id} removed"
        sent = conn.execute(select(A.c.id, A.c.detail).where(A.c.probe_id == probe_id, A.c.outcome == "sent")
                            .order_by(A.c.id.desc()).limit(1)).first()
        if row.status != "sent" or sent is None or (sent.detail or {}).get("by") != "hand":
            raise RecordError(f"probe {probe_id} has nothing recorded by hand to undo",
                              hint="only what a person recorded (audit record) can be undone")
        others = conn.execute(select(R.c.id).where(R.c.probe_id == probe_id)).first()
        if others is not None:
            raise RecordError(f"probe {probe_id} already has collected replies: its send cannot be undone",
                              hint="the replies were matched to it; assign them elsewhere first (audit score "
                                   "--unmatched)")
        back = (sent.detail or {}).get("was", "task")
        conn.execute(update(P).where(P.c.id == probe_id).values(status=back, sent_at=None, confirmed=True))
        conn.execute(insert(A).values(probe_id=probe_id, started_at=now, finished_at=now, outcome="undone",
                                      error_message=reason, detail={"by": "hand"}))
        _log(conn, study, probe_id, "undo", f"probe:{probe_id}",
             {"status": "sent", "sent_at": row.sent_at.isoformat()}, {"status": back, "reason": reason}, now)
    return f"the send of probe {probe_id} undone (it is {back} again)"


def edit(store: Store, study: Study, clock: Clock, probe_id: int, reason: str, text: str | None = None,
         at: str | None = None) -> int:
    """Correct the last reply a person recorded for this probe (its text and/or its time); the old one is kept in
    the record log. Returns the new reply's id."""
    with store.engine.connect() as conn:
        last = conn.execute(select(R.c.id, R.c.received_at, R.c.from_addr, R.c.raw)
                            .where(R.c.probe_id == probe_id, R.c.account.like(f"{MANUAL}%"))
                            .order_by(R.c.received_at.desc(), R.c.id.desc()).limit(1)).first()
    if last is None:
        raise RecordError(f"probe {probe_id} has no reply recorded by hand to edit",
                          hint="audit record reply records one")
    if text is None and at is None:
        raise RecordError("give what to correct: --text and/or --at")
    if text is None:
        from email import message_from_bytes
        from email.policy import default

        text = message_from_bytes(last.raw, policy=default).get_body(preferencelist=("plain",)).get_content()
    # check the new values before the old reply goes, so a refused correction leaves the record as it was
    with store.engine.connect() as conn:
        row = _probe(conn, study, probe_id)
    if not reason.strip():
        raise RecordError("give the reason with --reason (it is kept in the record log)")
    when = parse_at(at, calendar_for(study, _company_of(study, row)).tz, clock) if at else last.received_at
    _check_time(when, clock.now(), "the reply time")
    if not text.strip() or when < row.sent_at:
        raise RecordError("the corrected reply is empty or before the probe was sent", hint="check --text and --at")
    undo(store, study, clock, probe_id, f"edited: {reason}")
    return record_reply(store, study, clock, probe_id, text, when.isoformat(), last.from_addr)


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
    now = clock.now()
    if answered:
        # everything the answer needs is checked before the send is written: a refused answer must not leave a
        # call recorded without it (and then refuse the corrected entry as "already sent")
        if at is None:  # a call just made: it was dialled `waited` ago, and answered now
            at = (now - timedelta(seconds=waited)).isoformat()
        with store.engine.connect() as conn:
            row = _probe(conn, study, probe_id)
        dialled = parse_at(at, calendar_for(study, _company_of(study, row)).tz, clock)
        _check_time(dialled + timedelta(seconds=waited), now, "the answer (dialling time + --waited)")
    when, warnings = record_sent(store, study, clock, probe_id, at,
                                 detail={"call": "answered" if answered else "not answered",
                                         "waited_seconds": waited})
    if not answered:
        return None, warnings
    reply_at = (when + timedelta(seconds=waited)).isoformat()
    try:
        reply_id = record_reply(store, study, clock, probe_id, text or "(answered by phone; nothing noted)",
                                reply_at, source={"call": "answered", "waited_seconds": waited})
    except RecordError as exc:
        undo(store, study, clock, probe_id, f"the call's answer was refused: {exc.message}")
        raise
    return reply_id, warnings
