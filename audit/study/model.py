"""The study file as a model: what to ask, whom, through which channels, when.

`audit.study.load.load_study(path)` reads YAML (and an optional companies CSV or workbook beside it) into a
validated `Study`, or raises `StudyError` listing every problem with file, line, column and field path.

The channels come from the registry (probes): which channels a study may name, a company's contact on each, and
a persona's settings for each are derived from the channels' own declarations, so a new channel is declared once,
in its module, and the study file knows it.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import Field, PrivateAttr, create_model, field_validator, model_validator

from audit.fields import ClockTime, Duration, Strict, TimeZone
from probes import REGISTRY, channel_names
from probes.base import DEFAULT_RATE_LIMIT
from probes.form import FormSettings

# A channel's name, as scripts, waves and rate limits write it: one of the registry's.
Channel = Literal[channel_names()]
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


class WorkingHours(Strict):
    days: list[Weekday] = Field(default_factory=lambda: ["mon", "tue", "wed", "thu", "fri"], min_length=1)
    start: ClockTime = time(10, 0)
    end: ClockTime = time(17, 0)

    @model_validator(mode="after")
    def _end_after_start(self) -> WorkingHours:
        if self.end <= self.start:
            raise ValueError(
                f"end {self.end:%H:%M} is not after start {self.start:%H:%M}: working hours must end after they start"
            )
        return self

    @cached_property
    def weekday_numbers(self) -> frozenset[int]:
        return frozenset(WEEKDAYS.index(d) for d in self.days)


class PersonaBase(Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    name: str

    def has_account(self, channel: str) -> bool:
        """Whether a probe on this channel can go out from this persona: the account it needs is set (e-mail,
        VK, Telegram; a form's answer comes by e-mail, so forms need the mailbox), or it needs none (by hand)."""
        needs = REGISTRY[channel].needs_account
        return needs is None or getattr(self, needs, None) is not None

    def accounts(self) -> dict[str, Any]:
        """The persona's settings per channel, for the channels it has settings for."""
        return {name: getattr(self, name) for name, spec in REGISTRY.items()
                if spec.account is not None and getattr(self, name) is not None}


# A persona: id, name, and its settings for each channel that declares some (personas[i].email, .vk, ...).
Persona = create_model("Persona", __base__=PersonaBase, __module__=__name__,
                       **{name: (spec.account | None, None) for name, spec in REGISTRY.items()
                          if spec.account is not None})


class Point(Strict):
    """One thing a complete answer covers. Matching is the scoring module's job; we only check the patterns."""

    id: str
    description: str | None = None
    patterns: list[str] = Field(default_factory=list)
    phrases: list[str] = Field(default_factory=list)

    @field_validator("patterns")
    @classmethod
    def _compile(cls, value: list[str]) -> list[str]:
        for p in value:
            try:
                re.compile(p)
            except re.error as exc:
                raise ValueError(f"pattern {p!r} is not a valid regular expression: {exc}") from exc
        return value


class Script(Strict):
    segment: str = Field("*", description="company segment this script is for; * for all")
    channels: list[Channel] = Field(min_length=1)
    subject: str | None = None
    body: str
    points: list[Point] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _single_channel(cls, data: Any) -> Any:
        if isinstance(data, dict) and "channel" in data and "channels" not in data:
            data = dict(data)
            data["channels"] = [data.pop("channel")]
        return data


class Wave(Strict):
    name: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    start: date | None = None
    cron: str | None = Field(None, description="recurring wave: a cron expression; each occurrence is one wave")
    since: date | None = Field(None, description="first day a cron wave may start")
    count: int | None = Field(None, ge=1, description="how many occurrences of a cron wave")
    days: int = Field(1, ge=1, le=30, description="working days the wave's probes are spread over")
    persona: str | None = None
    channels: list[Channel] | None = None

    @model_validator(mode="after")
    def _start_or_cron(self) -> Wave:
        if (self.start is None) == (self.cron is None):
            raise ValueError("a wave needs either start: YYYY-MM-DD or cron: '<expression>', not both or neither")
        if self.cron is not None:
            from croniter import croniter

            if not croniter.is_valid(self.cron):
                raise ValueError(f"cron {self.cron!r} is not a valid cron expression (five fields: m h dom mon dow)")
        return self


class ContactsBase(Strict):
    def channels(self) -> list[str]:
        """The channels this company has a contact on, in the registry's order."""
        return [c for c in REGISTRY if getattr(self, c)]


# A company's contacts: one optional field per channel, checked as the channel declares (an e-mail address, ...).
Contacts = create_model("Contacts", __base__=ContactsBase, __module__=__name__,
                        **{name: (spec.contact | None, None) for name, spec in REGISTRY.items()})


class Company(Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    name: str
    segment: str
    timezone: TimeZone | None = None
    domain: str | None = Field(None, description="the company's mail domain; defaults to its e-mail's domain")
    contacts: Contacts = Field(default_factory=Contacts)
    attrs: dict[str, str] = Field(default_factory=dict, description="free attributes, e.g. turnover band")

    @property
    def mail_domain(self) -> str | None:
        if self.domain:
            return self.domain.lower()
        if self.contacts.email:
            return self.contacts.email.rsplit("@", 1)[1].lower()
        return None


class Study(Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    title: str
    timezone: TimeZone = "Europe/Moscow"
    working_hours: WorkingHours = Field(default_factory=WorkingHours)
    holidays: str | None = Field("RU", description="country code for public holidays (holidays package); null: none")
    reply_window: Duration = timedelta(days=7)
    seed: int | None = Field(None, description="seed of the send-time spread; default derived from the study id")
    language: Literal["ru", "en"] | None = Field(
        None, description="language of the report's findings: ru or en; default: the scripts' language")
    database: str | None = Field(None, description="the study's database: a file path (relative to the study file) "
                                                   "or a SQLAlchemy URL; default data/<study id>.db beside the study")
    rate_limits: dict[Channel, Annotated[int, Field(ge=1, le=100_000)]] = Field(
        default_factory=dict, description="messages per hour per account")
    helpdesk_domains: list[str] = Field(default_factory=list, description="added to the built-in list")
    blocklist: str | None = Field(None, description="a file (relative to the study file) of companies that asked "
                                                    "not to be contacted: entry,reason per line; shared by studies")
    exclude: dict[str, str] = Field(default_factory=dict, description="company id -> why it gets no probe (a "
                                                                      "company that would get none must be listed)")
    forms: FormSettings = Field(default_factory=FormSettings)
    waves: list[Wave] = Field(min_length=1)
    personas: list[Persona] = Field(min_length=1)
    scripts: list[Script] = Field(min_length=1)
    companies: list[Company] = Field(min_length=1)

    _source: Path | None = PrivateAttr(None)
    _files: list[Path] = PrivateAttr(default_factory=list)  # the study file and the companies file it names
    _by_id: dict[str, Company] | None = PrivateAttr(None)

    @field_validator("holidays")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        if value is None or value.lower() == "none":
            return None
        import holidays

        if value.upper() not in holidays.list_supported_countries():
            raise ValueError(f"no public-holiday calendar for country {value!r}: use a code such as RU, DE, KZ")
        return value.upper()

    @property
    def source(self) -> Path | None:
        return self._source

    @property
    def source_file(self) -> str:
        """The study file's absolute path ("" for a study made in code): what the store records."""
        return str(self._source.resolve()) if self._source else ""

    @property
    def blocklist_path(self) -> Path | None:
        if not self.blocklist:
            return None
        import os

        base = self._source.resolve().parent if self._source else Path.cwd()
        return Path(os.path.normpath(base / Path(self.blocklist).expanduser()))

    @property
    def files(self) -> list[Path]:
        """The files the study was read from: the study file, then its companies file if it names one."""
        return list(self._files)

    def rate_limit(self, channel: str) -> int:
        """Messages per hour per persona account on this channel: the study's limit, else the channel's own."""
        spec = REGISTRY.get(channel)
        return self.rate_limits.get(channel, spec.rate_limit if spec else DEFAULT_RATE_LIMIT)

    def company(self, company_id: str) -> Company:
        if self._by_id is None:
            self._by_id = {c.id: c for c in self.companies}
        return self._by_id[company_id]

    def secret_names(self) -> list[str]:
        """The environment variables the study's accounts name (their values are never stored)."""
        return sorted({name for p in self.personas for account in p.accounts().values()
                       for name in account.secret_names()})

    def persona(self, persona_id: str) -> Persona:
        for p in self.personas:
            if p.id == persona_id:
                return p
        raise KeyError(persona_id)

    def company_tz(self, company: Company) -> ZoneInfo:
        return ZoneInfo(company.timezone or self.timezone)

    def scripted_channels(self, segment: str) -> list[str]:
        """The channels some script asks this segment's companies on, in the registry's order."""
        return [ch for ch in REGISTRY if self.script_for(segment, ch) is not None]

    def why_no_script(self, segment: str) -> str:
        """Why a segment's companies get no probe: no script is for it; names the nearest segment a script is for
        (a typo such as shop for shops is the usual cause)."""
        import difflib

        named = sorted({s.segment for s in self.scripts if s.segment != "*"})
        near = difflib.get_close_matches(segment, named, n=1, cutoff=0.6)
        hint = f"; did you mean {near[0]!r}?" if near else ""
        return f"no script is for segment {segment!r} (scripts are for: {', '.join(named) or 'none'}){hint}"

    def script_for(self, segment: str, channel: str) -> Script | None:
        """The most specific script: one for this segment beats one for every segment (`*`)."""
        best = None
        for s in self.scripts:
            if channel in s.channels and s.segment == segment:
                return s
            if channel in s.channels and s.segment == "*" and best is None:
                best = s
        return best
