"""The study time of a sandbox run: which waves it runs, its clock, when the next thing happens.

A demo runs every wave of the study in order: each wave with a start date, and each occurrence of a recurring
(cron) wave, `count` of them, or the first CRON_OCCURRENCES when the wave recurs without end (said in the notes).
Each goes out at its own planned send times: the demo's clock (SandboxClock) runs compressed, but never past the
next planned send before the runner has sent it, and skips ahead over stretches where nothing happens; the demo
ends when the last probe's reply window has passed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from audit.clock import VirtualClock
from audit.schedule.plan import PlannedProbe, WaveInstance, calendar_for, plan_wave, wave_instances
from audit.study.model import Study

CRON_OCCURRENCES = 3  # occurrences of a cron wave without `count` that a demo runs
FAR = datetime(9000, 1, 1, tzinfo=UTC)  # a "now" after every counted occurrence


def bounded(study: Study) -> tuple[Study, list[str]]:
    """The study with every cron wave given a count (its own, or CRON_OCCURRENCES), and what that changed: the
    runner and the demo then agree on every wave there is."""
    notes, waves = [], []
    for w in study.waves:
        if w.cron is not None and w.count is None:
            notes.append(f"wave {w.name} recurs without end ({w.cron}): the sandbox runs its first "
                         f"{CRON_OCCURRENCES} occurrences")
            w = w.model_copy(update={"count": CRON_OCCURRENCES})
        waves.append(w)
    if not notes:
        return study, notes
    out = study.model_copy(update={"waves": waves})
    out._source = study.source
    return out, notes


def waves(study: Study, anchor: date) -> list[WaveInstance]:
    """Every wave instance of a bounded study, by start date. `anchor`: the day a cron wave without `since`
    counts from (the day the study was first run, as the runner counts it)."""
    return sorted(wave_instances(study, FAR, anchor), key=lambda w: (w.starts_on, w.name))


def plan(study: Study, instances: list[WaveInstance], channels: set[str]) -> list[PlannedProbe]:
    """The probes of every wave on these channels, in order of their send times."""
    return sorted((p for w in instances for p in plan_wave(study, w, channels)), key=lambda p: p.planned_at)


@dataclass
class SandboxClock(VirtualClock):
    """Compressed study time (audit.clock.VirtualClock) that stands still at `hold` until it is moved: the next
    planned send, so that however long the real work takes (sending, collecting, understanding), no probe goes out
    later than planned; and `skip_to` moves it on at once over a stretch where nothing happens."""

    hold: datetime | None = None

    def now(self) -> datetime:
        at, hold = super().now(), self.hold
        return at if hold is None or at <= hold else hold

    def hold_at(self, at: datetime | None) -> None:
        """Go on from where time stands now (not from where it would be without the hold), until `at`."""
        self._rebase(self.now())
        self.hold = at

    def skip_to(self, at: datetime) -> None:
        if at > self.now():
            self._rebase(at if self.hold is None else min(at, self.hold))

    def _rebase(self, at: datetime) -> None:
        # one attribute: a thread reading the time meanwhile (the HTTP stand-ins) sees it before or after
        self.real_start = time.time() - (at - self.start).total_seconds() / self.factor


def start_clock(study: Study, first: WaveInstance, factor: float) -> SandboxClock:
    """Study time starts ten minutes before the first company's working day of the first wave begins."""
    starts = []
    for c in study.companies:
        cal = calendar_for(study, c)
        day = cal.working_days(first.starts_on, 1)[0]
        starts.append(cal.day_window(day)[0])
    return SandboxClock(min(starts) - timedelta(minutes=10), time.time(), factor)


def next_send(study: Study, unsent: list[tuple[tuple, str, datetime]], left_waiting: set[tuple],
              now: datetime) -> tuple[datetime | None, bool]:
    """(when the runner sends next, whether time must flow for a probe it left waiting). `unsent`: (key, company
    id, planned time) of the probes not sent yet; `left_waiting`: the keys of those the runner saw due and did not
    send (its rate limit, a pause). A probe goes at its planned time, or when its company's working hours begin;
    one due now that the runner has not tried yet holds time where it is."""
    times, waiting = [], False
    for key, company_id, planned_at in unsent:
        # a plan's times are working times (audit.schedule.plan): only a probe overdue needs its calendar
        at = planned_at if planned_at > now else calendar_for(study, study.company(company_id)).next_working_time(now)
        if key in left_waiting and at <= now:
            waiting = True  # when it may go is the runner's rule: time flows until it does
            continue
        times.append(at)
    return (max(min(times), now) if times else None), waiting
