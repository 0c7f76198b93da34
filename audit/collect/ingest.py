"""Storing what watchers collect: parse headers, match, time, insert — one transaction per batch, together with
the folder's checkpoint, so a watcher killed at any point resumes without loss or duplicates.

This is the watcher's hot path (10,000 answers must ingest in seconds), so it uses SQLAlchemy Core with bulk
statements rather than ORM objects, and leaves understanding the message (kind, text, score: about ten times the
cost of storing it) to audit.collect.understanding, which runs on what is stored and so can never lose a message.
Of a message larger than probes.base.MAX_STORED_BYTES the first that many bytes are stored, with its size as
received (raw_size): its headers are at the start, so it is matched like any other.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from sqlalchemy import bindparam, case, func, insert, select, update

from audit.clock import Clock
from audit.collect.matching import Matcher, ProbeRef
from audit.schedule.workdays import WorkCalendar
from audit.store.database import Store
from audit.store.schema import Checkpoint, CompanyRow, Probe, Reply
from audit.study.model import Study
from probes import REGISTRY
from probes.base import MAX_STORED_BYTES, Batch, Checkpoints, Incoming, fingerprint, normalize_peer
from scoring.headers import header_text, parse_headers
from scoring.understand import ANSWER_KINDS

R, P = Reply.__table__, Probe.__table__


def _by_mail(channel: str) -> bool:
    """Answers to this channel come by e-mail and are matched by their headers; the others by their chat peer."""
    spec = REGISTRY.get(channel)
    return spec is not None and spec.answers == "mail"


def _peer(channel: str, contact: str) -> str:
    """A chat contact in its channel's one spelling ("@Shop", "t.me/shop" and "shop" are one peer)."""
    spec = REGISTRY.get(channel)
    return spec.normalise(contact) if spec is not None else normalize_peer(contact)


def _stored(m: Incoming) -> tuple[bytes, int]:
    """(the bytes stored of a message: at most MAX_STORED_BYTES, its size as received). The mail watcher fetches no
    more than that and says the size; another channel's message is cut here."""
    return m.raw[:MAX_STORED_BYTES], max(m.size or 0, len(m.raw))


def _sqlite_value(value):
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


class StoreCheckpoints(Checkpoints):
    def __init__(self, store: Store, study_id: str):
        self.store, self.study_id = store, study_id

    def get(self, account: str, folder: str) -> tuple[int, int] | None:
        with self.store.session() as s:
            row = s.get(Checkpoint, (self.study_id, account, folder))
            return (row.uidvalidity, row.last_uid) if row else None


class Ingest:
    def __init__(self, study: Study, store: Store, clock: Clock, channel: str = "email"):
        self.study, self.store, self.clock, self.channel = study, store, clock, channel
        self._matcher: Matcher | None = None
        self._peers: dict[tuple[str, str], list[ProbeRef]] = {}  # (chat channel, peer) -> its sent probes, by time
        self._probe_stamp: tuple | None = None
        self._calendars: dict[str, WorkCalendar] = {}
        self._checked = 0.0
        store.sync_study(study, now=clock.now())  # replies and checkpoints refer to the study and its companies

    RECHECK_SECONDS = 3.0

    def matcher(self, force: bool = False) -> Matcher:
        """The probe index, rebuilt only when a run has added or sent probes since. Checked every few seconds, and
        always before a message is given up as unmatched (see `add`)."""
        if not force and self._matcher is not None and time.monotonic() - self._checked < self.RECHECK_SECONDS:
            return self._matcher
        self._checked = time.monotonic()
        with self.store.engine.begin() as conn:
            stamp = tuple(conn.execute(select(func.count(), func.max(P.c.id), func.count(P.c.sent_at),
                                              func.count(case((P.c.phase == "committing", 1))))
                                       .where(P.c.study_id == self.study.id)).one())
            if self._matcher is not None and stamp == self._probe_stamp:
                return self._matcher
            domains = dict(conn.execute(select(CompanyRow.id, CompanyRow.domain)
                                        .where(CompanyRow.study_id == self.study.id)).all())
            refs, peers = [], {}
            for r in conn.execute(select(P.c.id, P.c.company_id, P.c.message_id, P.c.token, P.c.subject, P.c.sent_at,
                                         P.c.channel, P.c.contact, P.c.phase).where(P.c.study_id == self.study.id)):
                ref = ProbeRef(r.id, r.company_id, r.message_id, r.token, r.subject, domains.get(r.company_id),
                               r.sent_at)
                if _by_mail(r.channel):
                    refs.append(ref)
                elif r.sent_at is not None or r.phase == "committing":
                    # committing: the message may have left and a chat bot may answer before the run records the
                    # send; the answer is timed once it does (below)
                    peers.setdefault((r.channel, _peer(r.channel, r.contact)), []).append(ref)
            for refs_of_peer in peers.values():
                refs_of_peer.sort(key=lambda ref: (ref.sent_at is None, ref.sent_at.timestamp() if ref.sent_at else 0))
            self._matcher, self._probe_stamp = Matcher(refs, self.study.helpdesk_domains), stamp
            self._peers = peers
            # Answers that arrived before their run recorded the send time get their times now.
            untimed = set(conn.execute(select(R.c.probe_id).where(
                R.c.study_id == self.study.id, R.c.probe_id.is_not(None), R.c.calendar_seconds.is_(None),
                R.c.kind.is_distinct_from("own"))).scalars())
            if untimed:
                self.update_probes(conn, untimed)
        return self._matcher

    def calendar(self, company_id: str) -> WorkCalendar:
        tz = self.study.company(company_id).timezone or self.study.timezone
        cal = self._calendars.get(tz)  # hours and holidays are the study's: one calendar per time zone
        if cal is None:
            cal = self._calendars[tz] = WorkCalendar(tz, self.study.working_hours, self.study.holidays)
        return cal

    def add(self, batch: Batch) -> list[dict]:
        """Store a batch; returns the rows stored (as dicts)."""
        matcher = self.matcher()
        seen_at = self.clock.now()
        unique = {fingerprint(m.raw): m for m in batch.messages}
        with self.store.engine.connect() as conn:
            have = set(conn.execute(select(R.c.fingerprint).where(
                R.c.study_id == self.study.id, R.c.account == batch.account,
                R.c.fingerprint.in_(list(unique)))).scalars()) if unique else set()
        rows = [self._reply(m, fp, matcher, seen_at) for fp, m in unique.items() if fp not in have]
        if any(r["probe_id"] is None for r in rows) and self.matcher(force=True) is not matcher:
            # a run may have created probes since the index was built: try once more with a fresh one
            matcher = self._matcher
            rows = [self._reply(unique[r["fingerprint"]], r["fingerprint"], matcher, seen_at)
                    if r["probe_id"] is None else r for r in rows]
        # Matching reads in transactions of its own; the writes of the batch are one transaction, begun here.
        with self.store.engine.begin() as conn:
            if rows:
                self._insert(conn, rows)
            if batch.uidvalidity is not None and batch.last_uid is not None:
                self._checkpoint(conn, batch, seen_at)
            self.update_probes(conn, {r["probe_id"] for r in rows if r["probe_id"] is not None})
        return rows

    def _insert(self, conn, rows: list[dict]) -> None:
        """executemany. On SQLite straight to the driver: SQLAlchemy's per-row parameter processing costs more than
        the insert itself (times are written as SQLAlchemy's SQLite DateTime writes them, naive UTC)."""
        if conn.dialect.name != "sqlite":
            conn.execute(insert(R), rows)
            return
        cols = list(rows[0])
        sql = f"INSERT INTO reply ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        conn.exec_driver_sql(sql, [tuple(_sqlite_value(r[c]) for c in cols) for r in rows])

    def _checkpoint(self, conn, batch: Batch, at: datetime) -> None:
        key = (Checkpoint.study_id == self.study.id, Checkpoint.account == batch.account,
               Checkpoint.folder == batch.folder)
        values = {"uidvalidity": batch.uidvalidity, "last_uid": batch.last_uid, "updated_at": at}
        if conn.execute(update(Checkpoint).where(*key).values(**values)).rowcount == 0:
            conn.execute(insert(Checkpoint).values(study_id=self.study.id, account=batch.account,
                                                   folder=batch.folder, **values))

    def _reply(self, m, fp: str, matcher: Matcher, seen_at: datetime) -> dict:
        error = None
        raw, size = _stored(m)
        try:
            headers = parse_headers(raw)
        except Exception as exc:  # noqa: BLE001 - a broken message is stored with its error, never fatal
            headers, error = None, f"{type(exc).__name__}: {exc}"
        probe, rule, kind = None, None, None
        if m.peer is not None:
            # a chat: the company's latest probe on this channel sent before the message (one per wave)
            sent = [ref for ref in self._peers.get((self.channel, _peer(self.channel, m.peer)), ())
                    if ref.sent_at is None or ref.sent_at <= m.received_at]
            probe, rule = (sent[-1], "peer") if sent else (None, None)
        elif headers is not None:
            own = (headers.get("Message-ID") or "").strip().strip("<>").lower()
            if own and own in matcher.by_msgid:
                # our own probe (a Sent copy, a Bcc): kept for the trail, never an answer
                probe, rule, kind = matcher.by_msgid[own], "own-copy", "own"
            else:
                found = matcher.match(headers, raw)
                probe, rule = found.probe, found.rule if found.probe else None
        calendar_seconds = business_seconds = None
        if probe is not None and probe.sent_at is not None and kind != "own":
            calendar_seconds, business_seconds = self.times(probe.company_id, probe.sent_at, m.received_at)
        get = (lambda name: header_text(headers.get(name)) or None) if headers is not None else (lambda name: None)
        return {"study_id": self.study.id, "probe_id": probe.id if probe else None, "channel": self.channel,
                "account": m.account, "folder": m.folder, "uidvalidity": m.uidvalidity, "uid": m.uid,
                "fingerprint": fp, "received_at": m.received_at, "seen_at": seen_at,
                "message_id": get("Message-ID"), "from_addr": get("From"), "subject": get("Subject"),
                "kind": kind, "match_rule": rule, "calendar_seconds": calendar_seconds,
                "business_seconds": business_seconds, "parse_error": error, "raw": raw, "raw_size": size}

    def times(self, company_id: str, sent_at: datetime, received_at: datetime) -> tuple[float, float]:
        return (max((received_at - sent_at).total_seconds(), 0.0),
                self.calendar(company_id).business_seconds(sent_at, received_at))

    def update_probes(self, conn, probe_ids: set[int]) -> None:
        """Per probe: its first reply of any kind, and its first answer (a human message, redirects included: not a
        bounce, auto-reply or acknowledgement, and understood), which defines the response time. Set-based SQL, so
        a batch costs a few statements."""
        if not probe_ids:
            return
        ids = list(probe_ids)
        untimed = conn.execute(select(R.c.id, R.c.received_at, P.c.company_id, P.c.sent_at)
                               .join(P, P.c.id == R.c.probe_id)
                               .where(R.c.probe_id.in_(ids), R.c.calendar_seconds.is_(None), P.c.sent_at.is_not(None),
                                      R.c.kind.is_distinct_from("own"))).all()
        if untimed:  # replies stored before their run recorded the send time
            times = []
            for r in untimed:
                cal, bus = self.times(r.company_id, r.sent_at, r.received_at)
                times.append({"rid": r.id, "cal": cal, "bus": bus})
            conn.execute(update(R).where(R.c.id == bindparam("rid"))
                         .values(calendar_seconds=bindparam("cal"), business_seconds=bindparam("bus")), times)
        replies = R.alias("r")

        def earliest(*where):
            return (select(replies.c.id).where(replies.c.probe_id == P.c.id, *where)
                    .order_by(replies.c.received_at, replies.c.id).limit(1).scalar_subquery())

        not_own = replies.c.kind.is_distinct_from("own")
        answer = replies.c.kind.in_(ANSWER_KINDS)
        conn.execute(update(P).where(P.c.id.in_(ids)).values(first_reply_id=earliest(not_own),
                                                              answer_reply_id=earliest(answer)))

        def of_answer(col):
            return select(col).where(replies.c.id == P.c.answer_reply_id).scalar_subquery()

        conn.execute(update(P).where(P.c.id.in_(ids)).values(
            answered_at=of_answer(replies.c.received_at), response_seconds=of_answer(replies.c.calendar_seconds),
            business_seconds=of_answer(replies.c.business_seconds)))
