"""Database tables. Times are stored as UTC and come back timezone-aware.

A probe is unique by (study, wave, company, channel): the database itself refuses a second one.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, ForeignKeyConstraint, Index, LargeBinary, Text, UniqueConstraint
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

# 2: what scoring understood of each reply; 3: study versions, withdrawn companies, the version each probe was
# made under; 4: each reply's size as received; 5: the fingerprints of replies stored whole before the 10 MB bound
# (see audit.store.upgrade.MIGRATIONS)
SCHEMA_VERSION = 5


class UTCDateTime(TypeDecorator):
    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store: every time must carry its zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def sql_time(at: datetime) -> str:
    """A time as UTCDateTime stores it, for a comparison in plain SQL (store.execute binds no column type)."""
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def read_time(value: Any) -> datetime | None:
    """A UTCDateTime column read back by plain SQL (SQLite gives text, PostgreSQL a naive datetime) as UTC."""
    if value is None:
        return None
    at = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def utc_col(**kw: Any) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), **kw))


class Meta(SQLModel, table=True):
    key: str = Field(primary_key=True)
    value: str


class StudyRow(SQLModel, table=True):
    __tablename__ = "study"
    id: str = Field(primary_key=True)
    title: str
    source: str | None = None
    created_at: datetime | None = utc_col(nullable=False)


class CompanyRow(SQLModel, table=True):
    __tablename__ = "company"
    study_id: str = Field(primary_key=True, foreign_key="study.id")
    id: str = Field(primary_key=True)
    name: str
    segment: str = Field(index=True)
    timezone: str
    domain: str | None = None
    attrs: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # schema 3: removed from the study file (it keeps its probes and answers, and is reported as withdrawn)
    withdrawn_at: datetime | None = utc_col()


class StudyVersion(SQLModel, table=True):
    """Each version of the study file (and its companies file) a run has worked under: the content itself, its
    hash, what changed from the version before, and the reason given when a started wave's texts changed."""

    __tablename__ = "study_version"
    __table_args__ = (UniqueConstraint("study_id", "number", name="one_number_per_version"),)
    id: int | None = Field(default=None, primary_key=True)
    study_id: str = Field(foreign_key="study.id", index=True)
    number: int
    sha256: str
    content: dict = Field(sa_column=Column(JSON, nullable=False))  # file name -> its text
    digest: dict = Field(sa_column=Column(JSON, nullable=False))  # what comparisons read (audit.store.versions)
    changes: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    reason: str | None = None  # given with --accept-change
    created_at: datetime | None = utc_col(nullable=False)


class Pause(SQLModel, table=True):
    """Sending stopped by a person (audit pause): the whole study (channel '*') or one channel."""

    __tablename__ = "pause"
    # no foreign key: pausing before the first run must not record the study (its first run dates recurring waves)
    study_id: str = Field(primary_key=True)
    channel: str = Field(primary_key=True)
    reason: str | None = None
    since: datetime | None = utc_col(nullable=False)


class Unavailable(SQLModel, table=True):
    """A contact a person marked as unusable (a dead number, a closed form): its probes are not sent."""

    __tablename__ = "unavailable"
    study_id: str = Field(primary_key=True)  # no foreign key, as for pause
    company_id: str = Field(primary_key=True)
    channel: str = Field(primary_key=True)
    reason: str
    marked_at: datetime | None = utc_col(nullable=False)


class RecordLog(SQLModel, table=True):
    """Every change a person made to collected data (audit record, undo, edit): what it was, what it became."""

    __tablename__ = "record_log"
    id: int | None = Field(default=None, primary_key=True)
    study_id: str = Field(index=True)
    probe_id: int | None = None
    action: str  # sent | reply | call | undo | edit
    target: str  # 'probe:42', 'reply:7'
    old: dict | None = Field(default=None, sa_column=Column(JSON))
    new: dict | None = Field(default=None, sa_column=Column(JSON))
    actor: str | None = None
    at: datetime | None = utc_col(nullable=False)


class WaveRow(SQLModel, table=True):
    __tablename__ = "wave"
    study_id: str = Field(primary_key=True, foreign_key="study.id")
    name: str = Field(primary_key=True)
    starts_on: date


class Probe(SQLModel, table=True):
    __tablename__ = "probe"
    __table_args__ = (
        UniqueConstraint("study_id", "wave", "company_id", "channel", name="one_probe_per_wave_company_channel"),
        ForeignKeyConstraint(["study_id", "company_id"], ["company.study_id", "company.id"]),
        ForeignKeyConstraint(["study_id", "wave"], ["wave.study_id", "wave.name"]),
        Index("probe_due", "study_id", "status", "planned_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    study_id: str = Field(foreign_key="study.id")
    wave: str
    company_id: str
    channel: str
    persona: str
    contact: str
    planned_at: datetime | None = utc_col(nullable=False)
    # planned → sending → sent | failed; a transient error puts it back to planned with attempts + 1.
    # task: a person sends it (a channel run by hand, or handed over: a CAPTCHA, ...), then `audit record sent`
    status: str = "planned"
    token: str = Field(index=True, unique=True)
    message_id: str | None = Field(default=None, index=True, unique=True)
    subject: str | None = None
    body: str = ""
    claim: str | None = None  # who is sending it: host:pid:nonce
    claimed_at: datetime | None = utc_col()
    # claimed: nothing left this machine yet; committing: the message may have been accepted by the server
    phase: str | None = None
    sent_at: datetime | None = utc_col()
    confirmed: bool = True  # False when a run died after the server may have accepted it (see run.py)
    attempts: int = 0
    last_error: str | None = None
    first_reply_id: int | None = None
    study_version: int | None = None  # schema 3: the study version (StudyVersion.number) the probe was made under
    answer_reply_id: int | None = None
    answered_at: datetime | None = utc_col()
    response_seconds: float | None = None
    business_seconds: float | None = None


class Attempt(SQLModel, table=True):
    __tablename__ = "attempt"
    id: int | None = Field(default=None, primary_key=True)
    probe_id: int = Field(foreign_key="probe.id", index=True)
    started_at: datetime | None = utc_col(nullable=False)
    finished_at: datetime | None = utc_col()
    # sent | refused | transient | error | uncertain | skipped_hours
    outcome: str
    error_class: str | None = None
    error_message: str | None = None
    detail: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Reply(SQLModel, table=True):
    """Every message a watcher collected, matched to a probe or not (probe_id NULL: unmatched)."""

    __tablename__ = "reply"
    __table_args__ = (
        UniqueConstraint("study_id", "account", "fingerprint", name="one_copy_per_message"),
        Index("reply_probe", "probe_id", "received_at"),
        Index("reply_unmatched", "study_id", "probe_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    study_id: str = Field(foreign_key="study.id")
    probe_id: int | None = Field(default=None, foreign_key="probe.id")
    channel: str
    account: str
    folder: str
    uidvalidity: int | None = None
    uid: int | None = None
    fingerprint: str
    received_at: datetime | None = utc_col(nullable=False)  # the server's receipt time (INTERNALDATE)
    seen_at: datetime | None = utc_col(nullable=False)  # when the watcher read it; for the audit trail only
    message_id: str | None = None
    from_addr: str | None = None
    subject: str | None = None
    # bounce | autoreply | ack | complaint | delivered | redirect | human; own: a copy of our probe; None: not yet
    # understood (audit.understand runs right after storing, so None is a short-lived state)
    kind: str | None = None
    match_rule: str | None = None
    calendar_seconds: float | None = None
    business_seconds: float | None = None
    parse_error: str | None = None
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    # schema 2: what scoring understood (audit.understand); all NULL until then
    understood_at: datetime | None = utc_col()
    text: str | None = Field(default=None, sa_column=Column(Text))  # the reply's own words: no quote, no signature
    kind_reasons: list | None = Field(default=None, sa_column=Column(JSON))
    failed_address: str | None = None  # bounces
    dsn_status: str | None = None  # bounces: RFC 3463 status such as 5.1.1
    permanent: bool | None = None  # bounces: False for a delay warning
    ticket: str | None = None
    helpdesk: str | None = None
    flags: dict | None = Field(default=None, sa_column=Column(JSON))  # scoring.rubric.Flags of this reply
    # schema 4: bytes of the message as received; more than len(raw) when only its first probes.base.MAX_STORED_BYTES
    # were stored (NULL: stored before schema 4, or recorded by hand: raw is all of it)
    raw_size: int | None = None


class Checkpoint(SQLModel, table=True):
    __tablename__ = "checkpoint"
    study_id: str = Field(primary_key=True, foreign_key="study.id")
    account: str = Field(primary_key=True)
    folder: str = Field(primary_key=True)
    uidvalidity: int
    last_uid: int
    updated_at: datetime | None = utc_col(nullable=False)


class Score(SQLModel, table=True):
    __tablename__ = "score"
    __table_args__ = (UniqueConstraint("reply_id", "rater", name="one_score_per_rater"),)
    id: int | None = Field(default=None, primary_key=True)
    probe_id: int = Field(foreign_key="probe.id", index=True)
    reply_id: int | None = Field(default=None, foreign_key="reply.id")
    rater: str  # "auto" or a person's name; automatic scoring writes only "auto" rows (rescore included)
    score: int
    reasons: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime | None = utc_col(nullable=False)  # when this rater last gave it


class Pilot(SQLModel, table=True):
    """A study's script sent to the researcher's own address before a wave (`audit pilot`), to check its text,
    encoding, token and the spam folder. Never a probe: no report, export, status or matching reads this table (a
    table added by create_all: the schema version is unchanged)."""

    __tablename__ = "pilot"
    id: int | None = Field(default=None, primary_key=True)
    study_id: str = Field(index=True)  # no foreign key: a pilot may go before any run recorded the study
    persona: str
    script: int  # the script's index in the study file's scripts list, from 0
    channel: str  # the script's channel it stands for: email, or form (rendered into an e-mail)
    company_id: str  # the sample company the text was rendered for
    to_addr: str
    subject: str
    body: str
    message_id: str = Field(unique=True)
    token: str
    sent_at: datetime | None = utc_col()
    outcome: str = "sending"  # sending -> sent | failed | stopped | unconfirmed (audit.ops.pilot)
    error: str | None = None
