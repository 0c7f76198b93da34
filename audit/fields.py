"""The values a study file is written in, shared by the study model (audit.study.model) and the channels' own
settings (probes): time zones, clock times, durations, e-mail addresses, and the strict base of every settings model.

Each type checks its value where pydantic reads it, so a wrong value is reported at its own line of the study file.
"""

from __future__ import annotations

import re
from datetime import time, timedelta
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict


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


def parse_duration(value: Any) -> timedelta:
    """A duration as a study file or a command writes it: 7d, 48h, 90m, 95s, 2w, or a number of seconds."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, int | float):
        return timedelta(seconds=value)
    m = _DURATION.match(str(value))
    if not m:
        raise ValueError(f"{value!r} is not a duration: write e.g. 7d, 48h, 90m")
    return timedelta(seconds=float(m.group(1)) * _UNITS[m.group(2)])


Duration = Annotated[timedelta, BeforeValidator(parse_duration)]


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
    """Unknown keys are refused (a misspelt field is an error, not a silent default); values never change."""

    model_config = ConfigDict(extra="forbid", frozen=True)
