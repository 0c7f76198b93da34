"""The study file: what to ask, whom, through which channels, when.

`load_study(path)` reads YAML (and an optional companies CSV beside it) and returns a validated `Study`, or
raises `StudyError` listing every problem with file, line, column and field path (see `audit.studyload`).
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    field_validator,
    model_validator,
)

# Channels a study may name. Automated ones have a module in `probes/`; the others are run by hand.
CHANNELS = ("email", "form", "vk", "telegram", "facebook", "instagram", "phone", "whatsapp", "viber", "chat")
Channel = Literal["email", "form", "vk", "telegram", "facebook", "instagram", "phone", "whatsapp", "viber", "chat"]
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

# Per persona account and channel, messages per hour. Low on purpose: this is an audit, not a campaign.
DEFAULT_RATE_LIMITS = {"email": 20, "form": 20, "vk": 20, "telegram": 10}
DEFAULT_RATE_LIMIT = 20


def _check_tz(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(
            f"unknown time zone {value!r}: use an IANA name such as Europe/Moscow or Asia/Yekaterinburg"
        ) from exc
    return value


TimeZone = Annotated[str, AfterValidator(_check_tz)]

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d|w)?\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, None: 1}


def _parse_duration(value: Any) -> timedelta:
    if isinstance(value, timedelta):
        return value
    if isinstance(value, int | float):
        return timedelta(seconds=value)
    m = _DURATION.match(str(value))
    if not m:
        raise ValueError(f"{value!r} is not a duration: write e.g. 7d, 48h, 90m")
    return timedelta(seconds=float(m.group(1)) * _UNITS[m.group(2)])


Duration = Annotated[timedelta, BeforeValidator(_parse_duration)]


def _parse_time(value: Any) -> Any:
    if isinstance(value, str) and re.fullmatch(r"\d{1,2}(:\d{2})?", value.strip()):
        hh, _, mm = value.strip().partition(":")
        return time(int(hh), int(mm or 0))
    if isinstance(value, int) and 0 <= value <= 24:
        return time(value % 24) if value < 24 else time(23, 59, 59)
    return value


ClockTime = Annotated[time, BeforeValidator(_parse_time)]

# Plain addresses (dot-atom local part, letters-digits-hyphen domain labels) are valid by construction; anything
# else goes to email-validator, which is exact but costs ~100 µs an address (1 s for a 10,000-company study).
_PLAIN_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)
_RESERVED_TLDS = {"local", "localhost", "invalid", "test", "onion"}


def _check_email(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    value = value.strip()
    if _PLAIN_EMAIL.match(value) and len(value.split("@")[0]) <= 64:
        if value.rsplit(".", 1)[1].lower() in _RESERVED_TLDS:
            raise ValueError(f"{value!r} is not a valid e-mail address: its domain is a special-use name")
        return value
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValueError(f"{value!r} is not a valid e-mail address: {exc}") from None
    return value


Email = Annotated[str, AfterValidator(_check_email)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


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


class Endpoint(Strict):
    """A mail server. Certificates are always checked; `ca_file` adds a private CA (the sandbox, a test)."""

    host: str
    port: int | None = None
    security: Literal["tls", "starttls", "plain"] = "tls"
    username: str | None = None
    password_env: str | None = Field(None, description="name of the environment variable that holds the password")
    ca_file: Path | None = None
    timeout: float = 30.0

    @model_validator(mode="after")
    def _plain_only_on_loopback(self) -> Endpoint:
        if self.security == "plain" and self.host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("security: plain sends the password in clear; it is only allowed to a loopback host")
        return self


class ImapEndpoint(Endpoint):
    folders: list[str] = Field(default_factory=lambda: ["INBOX"], description="folders to watch besides spam")
    spam_folder: str | None = Field(None, description="found automatically by its \\Junk flag when not given")
    sent_folder: str | None = Field(None, description="when set, a copy of each sent probe is stored there")
    idle: bool = True
    poll_seconds: float = 60.0


class EmailAccount(Strict):
    address: Email
    smtp: Endpoint
    imap: ImapEndpoint


class FormIdentity(Strict):
    """What the persona types into web feedback forms."""

    email: Email | None = Field(None, description="address typed into forms; default: the persona's e-mail address. "
                                                  "Each probe types it plus-addressed with its token "
                                                  "(name+token@domain) so the answer by e-mail matches the probe")
    phone: str | None = None
    name: str | None = Field(None, description="default: the persona's name")


class VkAccount(Strict):
    token_env: str = Field(description="name of the environment variable holding the persona's VK user access token")
    api_url: str = Field("https://api.vk.ru/method/", description="VK API base; the tests and sandbox use a local one")
    api_version: str = "5.199"


class TelegramAccount(Strict):
    api_id: int = Field(description="from my.telegram.org")
    api_hash_env: str = Field(description="name of the environment variable holding the api_hash")
    session: str | None = Field(None, description="session file; default data/telegram-<persona>.session (mode 0600)")
    phone: str | None = Field(None, description="the account's phone number, asked by `audit login telegram`")


class PhoneAccount(Strict):
    number: str | None = Field(None, description="the number the persona calls from (for the record only)")


class Persona(Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    name: str
    email: EmailAccount | None = None
    form: FormIdentity | None = None
    vk: VkAccount | None = None
    telegram: TelegramAccount | None = None
    phone: PhoneAccount | None = None

    def has_account(self, channel: str) -> bool:
        if channel in ("facebook", "instagram", "whatsapp", "viber", "chat", "phone"):
            return True  # run by hand from the researcher's own devices
        if channel == "form":
            return self.email is not None  # the form's answer comes by e-mail: only a mailbox we read will do
        return getattr(self, channel, None) is not None

    def form_identity(self) -> FormIdentity:
        ident = self.form or FormIdentity()
        return FormIdentity(email=ident.email or (self.email.address if self.email else None), phone=ident.phone,
                            name=ident.name or self.name)


class FormSettings(Strict):
    """How web feedback forms are found, filled and judged; a company may override with the attributes
    form_selector and form_success (CSV columns)."""

    selector: str | None = Field(None, description="CSS selector of the form; default: found by its fields")
    fields: dict[str, list[str]] = Field(default_factory=dict, description="role (name, email, phone, message, "
                                         "subject) -> extra input names or label words to look for")
    success: list[str] = Field(default_factory=list, description="extra phrases that show a form was accepted")
    consent: bool = Field(True, description="tick required consent checkboxes (personal data processing)")
    timeout: Duration = timedelta(seconds=30)


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


class Contacts(Strict):
    email: Email | None = None
    form: str | None = None
    vk: str | None = None
    telegram: str | None = None
    facebook: str | None = None
    instagram: str | None = None
    phone: str | None = None
    whatsapp: str | None = None
    viber: str | None = None
    chat: str | None = None

    def channels(self) -> list[str]:
        return [c for c in CHANNELS if getattr(self, c)]


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
    rate_limits: dict[Channel, int] = Field(default_factory=dict, description="messages per hour per account")
    helpdesk_domains: list[str] = Field(default_factory=list, description="added to the built-in list")
    forms: FormSettings = Field(default_factory=FormSettings)
    waves: list[Wave] = Field(min_length=1)
    personas: list[Persona] = Field(min_length=1)
    scripts: list[Script] = Field(min_length=1)
    companies: list[Company] = Field(min_length=1)

    _source: Path | None = PrivateAttr(None)
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

    def rate_limit(self, channel: str) -> int:
        return self.rate_limits.get(channel, DEFAULT_RATE_LIMITS.get(channel, DEFAULT_RATE_LIMIT))

    def company(self, company_id: str) -> Company:
        if self._by_id is None:
            self._by_id = {c.id: c for c in self.companies}
        return self._by_id[company_id]

    def secret_names(self) -> list[str]:
        """The environment variables the study's accounts name (their values are never stored)."""
        names = set()
        for p in self.personas:
            if p.email:
                names |= {e.password_env for e in (p.email.smtp, p.email.imap) if e.password_env}
            if p.vk:
                names.add(p.vk.token_env)
            if p.telegram:
                names.add(p.telegram.api_hash_env)
        return sorted(names)

    def persona(self, persona_id: str) -> Persona:
        for p in self.personas:
            if p.id == persona_id:
                return p
        raise KeyError(persona_id)

    def company_tz(self, company: Company) -> ZoneInfo:
        return ZoneInfo(company.timezone or self.timezone)

    def script_for(self, segment: str, channel: str) -> Script | None:
        """The most specific script: one for this segment beats one for every segment (`*`)."""
        best = None
        for s in self.scripts:
            if channel in s.channels and s.segment == segment:
                return s
            if channel in s.channels and s.segment == "*" and best is None:
                best = s
        return best


def load_study(path: str | Path) -> Study:
    from audit.studyload import load

    return load(Path(path))
