"""When each probe is sent.

Every probe gets a send time drawn, with a seeded generator, uniformly over the working time of its wave in its
company's own time zone (weekends and public holidays skipped, moved working days worked). Probes that share a
sending account are then spaced by the channel's rate limit, staying inside each company's working hours. The same
study and seed always give the same plan.
"""

from __future__ import annotations

import bisect
import hashlib
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from audit.schedule.workdays import WorkCalendar
from audit.study.model import Company, Study, Wave

# Plans leave the end of each working day free, so a probe due just before closing is not pushed to the next day
# by the few minutes between two cron runs. Sending itself is allowed until closing.
CLOSING_MARGIN = timedelta(minutes=15)


@dataclass(frozen=True)
class WaveInstance:
    name: str
    starts_on: date
    spec: Wave


@dataclass
class PlannedProbe:
    wave: str
    company: Company
    channel: str
    persona: str
    contact: str
    planned_at: datetime  # UTC

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.wave, self.company.id, self.channel)


@dataclass(frozen=True)
class Unplanned:
    """A company (channel None) or one of its channels that gets no probe in a wave, and why in plain words."""

    wave: str
    company: Company
    channel: str | None
    reason: str


def study_seed(study: Study) -> str:
    return str(study.seed) if study.seed is not None else hashlib.sha256(study.id.encode()).hexdigest()[:16]


def wave_instances(study: Study, now: datetime, anchor: date | None = None, upcoming: int = 1) -> list[WaveInstance]:
    """Every wave that has started by `now`, plus the next `upcoming` occurrences of each cron wave.

    A cron wave without `since` counts from `anchor` (the day the study was first run), so its names never shift.
    """
    out: list[WaveInstance] = []
    tz = ZoneInfo(study.timezone)
    for w in study.waves:
        if w.start is not None:
            out.append(WaveInstance(w.name, w.start, w))
            continue
        from croniter import croniter

        first = w.since or anchor or now.astimezone(tz).date()
        it = croniter(w.cron, datetime.combine(first, time(0), tz) - timedelta(seconds=1))
        ahead, n = 0, 0
        while w.count is None or n < w.count:
            at: datetime = it.get_next(datetime)
            n += 1
            out.append(WaveInstance(f"{w.name}-{at:%Y%m%d}", at.date(), w))
            if at > now:
                ahead += 1
                if ahead >= upcoming:
                    break
    return out


def started(instance: WaveInstance, study: Study, now: datetime) -> bool:
    return now.astimezone(ZoneInfo(study.timezone)).date() >= instance.starts_on


def calendar_for(study: Study, company: Company) -> WorkCalendar:
    return WorkCalendar(study.company_tz(company), study.working_hours, study.holidays)


def plan_wave(study: Study, wave: WaveInstance, channels: set[str]) -> list[PlannedProbe]:
    """The probes of one wave with their send times. `channels`: the channels that have a probe module."""
    raw = [item for item in _walk(study, wave, channels) if not isinstance(item, Unplanned)]
    return _space(raw, study)


def unplanned(study: Study, wave: WaveInstance, channels: set[str]) -> list[Unplanned]:
    """Every company, and every scripted channel of a company, that gets no probe in this wave, with the reason:
    `plan_wave`'s own decisions, so a company can never drop out of a plan without a line saying why."""
    return [item for item in _walk(study, wave, channels) if isinstance(item, Unplanned)]


def _walk(study: Study, wave: WaveInstance, channels: set[str]):
    """Each company's planned probes (with its calendar) or the reasons it, or one of its channels, gets none."""
    seed = study_seed(study)
    wanted = set(wave.spec.channels) if wave.spec.channels else None
    for company in study.companies:
        if company.id in study.exclude:
            yield Unplanned(wave.name, company, None, f"excluded by the study: {study.exclude[company.id]}")
            continue
        asked = study.scripted_channels(company.segment)
        if not asked:
            yield Unplanned(wave.name, company, None, study.why_no_script(company.segment))
            continue
        have = [ch for ch in asked if getattr(company.contacts, ch)]
        if not have:
            yield Unplanned(wave.name, company, None, f"no contact on the channels its segment's scripts use "
                                                      f"({', '.join(asked)})")
            continue
        cal = calendar_for(study, company)
        windows = _plan_windows(cal, wave)
        if not windows:
            yield Unplanned(wave.name, company, None, f"no working time in the wave ({wave.spec.days} working "
                                                      f"day(s) from {wave.starts_on}) in its calendar")
            continue
        for channel in have:
            if channel not in channels:
                continue
            if wanted and channel not in wanted:
                yield Unplanned(wave.name, company, channel, f"the wave is for {', '.join(sorted(wanted))} only")
                continue
            persona = _persona_for(study, wave, company, channel, seed)
            if persona is None:
                who = f"the wave's persona {wave.spec.persona} has no" if wave.spec.persona else "no persona has a"
                yield Unplanned(wave.name, company, channel, f"{who} {channel} account")
                continue
            rng = random.Random(f"{seed}:{wave.name}:{company.id}:{channel}")
            at = _point_in(windows, rng.random())
            contact = str(getattr(company.contacts, channel))
            yield PlannedProbe(wave.name, company, channel, persona, contact, at), cal


def _plan_windows(cal: WorkCalendar, wave: WaveInstance) -> list[tuple[datetime, datetime]]:
    """The wave's working intervals in the company's zone, each less the closing margin."""
    out = []
    for day in cal.working_days(wave.starts_on, wave.spec.days):
        start, end = cal.day_window(day)
        if end - start > 2 * CLOSING_MARGIN:
            out.append((start, end - CLOSING_MARGIN))
    return out


def _persona_for(study: Study, wave: WaveInstance, company: Company, channel: str, seed: str) -> str | None:
    if wave.spec.persona:
        return wave.spec.persona if study.persona(wave.spec.persona).has_account(channel) else None
    able = [p.id for p in study.personas if p.has_account(channel)]
    if not able:
        return None
    # Vary personas across waves and companies (repeated contacts from one persona raise suspicion).
    return random.Random(f"{seed}:persona:{wave.name}:{company.id}").choice(able)


def _point_in(windows: list[tuple[datetime, datetime]], u: float) -> datetime:
    total = sum((b - a).total_seconds() for a, b in windows)
    offset = u * total
    for a, b in windows:
        length = (b - a).total_seconds()
        if offset < length:
            return (a + timedelta(seconds=offset)).replace(microsecond=0)
        offset -= length
    return windows[-1][1] - timedelta(seconds=1)


def _space(raw: list[tuple[PlannedProbe, WorkCalendar]], study: Study) -> list[PlannedProbe]:
    """Move probes later until those of one account are at least 3600/limit seconds apart."""
    taken: dict[tuple[str, str], list[datetime]] = {}
    out = []
    for probe, cal in sorted(raw, key=lambda pc: (pc[0].planned_at, pc[0].company.id, pc[0].channel)):
        gap = timedelta(seconds=3600 / max(study.rate_limit(probe.channel), 1))
        times = taken.setdefault((probe.channel, probe.persona), [])
        at = cal.next_working_time(probe.planned_at)
        for _ in range(100_000):
            i = bisect.bisect_left(times, at)
            if i > 0 and at - times[i - 1] < gap:
                at = cal.next_working_time(times[i - 1] + gap)
                continue
            if i < len(times) and times[i] - at < gap:
                at = cal.next_working_time(times[i] + gap)
                continue
            break
        bisect.insort(times, at)
        probe.planned_at = at.astimezone(UTC)
        out.append(probe)
    out.sort(key=lambda p: (p.planned_at, p.company.id, p.channel))
    return out
