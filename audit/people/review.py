"""People in the loop: what a rater reviews, a rater's score, and assigning an unmatched message to its probe.

The terminal review (audit.cli.review) is a thin layer over these. A person's score is a Score row with their name as
rater, one per reply and rater (scoring again replaces it); automatic scoring writes only "auto" rows, so nothing a
person decided is ever overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, select, update

from audit.clock import Clock
from audit.collect.understanding import AUTO, Understander
from audit.errors import AuditError
from audit.store.database import Store, upsert
from audit.store.schema import CompanyRow, Probe, Reply, Score
from audit.study.model import Study
from scoring.understand import ANSWER_KINDS, UNREADABLE

R, P, S, C = Reply.__table__, Probe.__table__, Score.__table__, CompanyRow.__table__


class ReviewError(AuditError):
    pass


@dataclass(frozen=True)
class Item:
    """One reply as a rater sees it."""

    reply_id: int
    probe_id: int | None
    company: str
    segment: str
    channel: str
    wave: str
    question: str  # the probe's subject and text, as sent
    sent_at: datetime | None
    received_at: datetime
    sender: str
    subject: str
    kind: str | None
    kind_reasons: list[str]
    text: str  # the reply's own words
    parse_error: str | None
    auto: int | None
    auto_reasons: list[str]
    evidence: dict[str, str]
    scores: dict[str, int]  # rater -> score, people only
    raw_size: int | None = None  # bytes as received
    stored: int | None = None  # bytes stored: fewer than raw_size when the message was cut (probes.base)

    @property
    def truncated(self) -> bool:
        return self.raw_size is not None and self.stored is not None and self.raw_size > self.stored

    @property
    def seconds(self) -> float | None:
        return (self.received_at - self.sent_at).total_seconds() if self.sent_at else None


def check_rater(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ReviewError("no rater name", hint="pass --rater NAME (or set USER)")
    if name == AUTO:
        raise ReviewError('"auto" is the automatic score\'s name', hint="pass --rater with a person's name")
    return name


def queue(store: Store, study: Study, *, rater: str | None = None, channel: str | None = None,
          kinds: str = "answers", unmatched: bool = False) -> list[int]:
    """Reply ids to review, in order (wave, company, time). kinds: "answers" (human answers and redirects, plus any
    message that could not be read or understood), or "all" (bounces, auto-replies and acknowledgements too, to
    catch a wrong kind). rater: only replies this rater has not scored. unmatched: the unmatched messages instead."""
    where = [R.c.study_id == study.id, R.c.kind.is_distinct_from("own")]
    if unmatched:
        where.append(R.c.probe_id.is_(None))
        q = select(R.c.id).where(*where).order_by(R.c.received_at, R.c.id)
    else:
        where.append(R.c.probe_id.is_not(None))
        if kinds == "answers":
            where.append(R.c.kind.in_((*ANSWER_KINDS, UNREADABLE)) | R.c.parse_error.is_not(None)
                         | R.c.kind.is_(None))
        if channel:
            where.append(P.c.channel == channel)
        if rater:
            mine = select(S.c.id).where(S.c.reply_id == R.c.id, S.c.rater == rater).exists()
            where.append(~mine)
        q = (select(R.c.id).join(P, P.c.id == R.c.probe_id).where(*where)
             .order_by(P.c.wave, P.c.company_id, R.c.received_at, R.c.id))
    with store.engine.connect() as conn:
        return list(conn.execute(q).scalars())


def channels(store: Store, study: Study) -> list[str]:
    with store.engine.connect() as conn:
        return sorted(conn.execute(select(P.c.channel).where(P.c.study_id == study.id).distinct()).scalars())


def item(store: Store, reply_id: int, study: Study | None = None) -> Item:
    """One reply as a rater sees it; with `study`, only one of that study's (a ReviewError says when it is not)."""
    if study is not None:
        _check_reply(store, study, reply_id)
    with store.engine.connect() as conn:
        r = conn.execute(
            select(R.c.id, R.c.probe_id, R.c.channel, R.c.received_at, R.c.from_addr, R.c.subject, R.c.kind,
                   R.c.kind_reasons, R.c.text, R.c.parse_error, R.c.flags, P.c.wave, P.c.subject.label("q_subject"),
                   P.c.body, P.c.sent_at, C.c.name, C.c.segment, R.c.raw_size, func.length(R.c.raw).label("stored"))
            .outerjoin(P, P.c.id == R.c.probe_id)
            .outerjoin(C, and_(C.c.study_id == P.c.study_id, C.c.id == P.c.company_id))
            .where(R.c.id == reply_id)).one()
        scores = {rater: (value, reasons) for rater, value, reasons in conn.execute(
            select(S.c.rater, S.c.score, S.c.reasons).where(S.c.reply_id == reply_id))}
    auto, auto_reasons = scores.pop(AUTO, (None, []))
    question = "\n".join(x for x in (r.q_subject, r.body) if x)
    return Item(r.id, r.probe_id, r.name or "(unmatched)", r.segment or "", r.channel, r.wave or "", question,
                r.sent_at, r.received_at, r.from_addr or "", r.subject or "", r.kind, list(r.kind_reasons or []),
                r.text or "", r.parse_error, auto, list(auto_reasons), dict((r.flags or {}).get("evidence") or {}),
                {k: v for k, (v, _) in scores.items()}, r.raw_size, r.stored)


def raw_message(store: Store, reply_id: int, study: Study | None = None) -> bytes:
    """The message exactly as it was received (the export and the review show its own words)."""
    if study is not None:
        _check_reply(store, study, reply_id)
    with store.engine.connect() as conn:
        return conn.execute(select(R.c.raw).where(R.c.id == reply_id)).scalar_one() or b""


def _check_reply(store: Store, study: Study, reply_id: int) -> None:
    with store.engine.connect() as conn:
        owner = conn.execute(select(R.c.study_id).where(R.c.id == reply_id)).scalar_one_or_none()
    if owner != study.id:
        raise ReviewError(f"no message {reply_id} in study {study.id}'s database",
                          hint="take the number from the export's replies.csv (reply_id) or from `audit score`")


def record_score(store: Store, reply_id: int, rater: str, value: int, clock: Clock, note: str = "") -> None:
    """A person's score for a reply; scoring the same reply again replaces their earlier score."""
    rater = check_rater(rater)
    if value not in range(5):
        raise ReviewError(f"score {value} is not on the 0–4 scale")
    with store.engine.begin() as conn:
        probe_id = conn.execute(select(R.c.probe_id).where(R.c.id == reply_id)).scalar_one_or_none()
        if probe_id is None:
            raise ReviewError(f"message {reply_id} belongs to no probe", hint="assign it to its probe first")
        # one statement: raters at work at once (or one rater's two windows) never meet the one-score key
        upsert(conn, S, {"probe_id": probe_id, "reply_id": reply_id, "rater": rater, "score": value,
                         "reasons": [note] if note else ["scored by hand"], "created_at": clock.now()},
               key=["reply_id", "rater"])


def assign(store: Store, study: Study, clock: Clock, reply_id: int, probe_id: int) -> None:
    """Give an unmatched message to its probe (match rule "by hand"), time it and understand it for that probe."""
    understander = Understander(study, store, clock)
    with store.engine.begin() as conn:
        r = conn.execute(select(R.c.probe_id, R.c.received_at, R.c.kind)
                         .where(R.c.id == reply_id, R.c.study_id == study.id)).one_or_none()
        if r is None:
            raise ReviewError(f"there is no message {reply_id} in study {study.id}")
        if r.probe_id is not None or r.kind == "own":
            raise ReviewError(f"message {reply_id} already belongs to probe {r.probe_id}")
        p = conn.execute(select(P.c.id, P.c.company_id, P.c.sent_at, P.c.channel)
                         .where(P.c.id == probe_id, P.c.study_id == study.id)).one_or_none()
        if p is None:
            raise ReviewError(f"there is no probe {probe_id} in study {study.id}",
                              hint="the probe numbers are in `audit export` (probe_id) and in the review")
        if p.sent_at is None:
            raise ReviewError(f"probe {probe_id} has not been sent: a message cannot answer it")
        if r.received_at < p.sent_at:
            raise ReviewError(f"message {reply_id} arrived at {r.received_at:%Y-%m-%d %H:%M}Z, before probe "
                              f"{probe_id} was sent ({p.sent_at:%Y-%m-%d %H:%M}Z): it cannot be its answer")
        cal, bus = understander.ingest.times(p.company_id, p.sent_at, r.received_at)
        conn.execute(update(R).where(R.c.id == reply_id).values(
            probe_id=probe_id, match_rule="by hand", calendar_seconds=cal, business_seconds=bus,
            understood_at=None))
    understander.run()  # kind and score for this probe's script, then the probe's first answer
