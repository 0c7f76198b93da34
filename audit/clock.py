"""Time, injectable. Real by default; the sandbox runs a compressed clock shared by every process.

`AUDIT_CLOCK=virtual:<ISO start>@<unix real start>x<factor>` makes `now()` return
start + (real now − real start) × factor, so with factor 3600 an hour of study time passes in a second, and
`audit run`, `audit watch` and the sandbox's simulated companies, in separate processes, agree on the time.
"""

from __future__ import annotations

import os
import time as _time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from audit.errors import InputError


class Clock:
    """The real time, in UTC; the sandbox and the tests give a VirtualClock or a FixedClock instead."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def sleep_seconds(self, study_seconds: float) -> float:
        """Real seconds to sleep for `study_seconds` of study time."""
        return study_seconds


@dataclass
class VirtualClock(Clock):
    start: datetime
    real_start: float
    factor: float

    def now(self) -> datetime:
        return self.start + timedelta(seconds=(_time.time() - self.real_start) * self.factor)

    def sleep_seconds(self, study_seconds: float) -> float:
        return study_seconds / self.factor

    def spec(self) -> str:
        return f"virtual:{self.start.isoformat()}@{self.real_start:.3f}x{self.factor:g}"

    def real_time_of(self, at: datetime) -> float:
        return self.real_start + (at - self.start).total_seconds() / self.factor


@dataclass
class FixedClock(Clock):
    """For tests: time stands still unless moved."""

    at: datetime

    def now(self) -> datetime:
        return self.at

    def advance(self, **kw: float) -> None:
        self.at += timedelta(**kw)

    def sleep_seconds(self, study_seconds: float) -> float:
        self.at += timedelta(seconds=study_seconds)  # waiting moves the stopped clock on, without real delay
        return 0.0


def parse_clock(spec: str | None) -> Clock:
    """The clock `spec` names; InputError (exit 2) for one that is not understood: a clock that silently fell back
    to real time would date a test's or the sandbox's sends as now."""
    try:
        if not spec or spec == "real":
            return Clock()
        if spec.startswith("virtual:"):
            body = spec.removeprefix("virtual:")
            start, _, rest = body.rpartition("@")
            real, _, factor = rest.partition("x")
            if float(factor or 1) <= 0:
                raise ValueError("the factor must be above 0")
            return VirtualClock(datetime.fromisoformat(start), float(real), float(factor or 1))
        if spec.startswith("fixed:"):
            return FixedClock(datetime.fromisoformat(spec.removeprefix("fixed:")))
        raise ValueError("not one of its forms")
    except (ValueError, OverflowError) as exc:
        raise InputError(f"AUDIT_CLOCK={spec!r} is not understood ({exc})",
                         hint="use real, fixed:<ISO time> or virtual:<ISO time>@<unix time>x<factor>, or unset "
                              "AUDIT_CLOCK") from None


def default_clock() -> Clock:
    """The clock AUDIT_CLOCK names (real, fixed:<ISO time>, or the sandbox's virtual clock); real by default."""
    return parse_clock(os.environ.get("AUDIT_CLOCK"))
