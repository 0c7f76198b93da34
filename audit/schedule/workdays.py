"""Working time of one company: its time zone, the study's working hours, public holidays and moved workdays.

All arguments and results are aware datetimes; arithmetic is done on local wall-clock days, so a DST change inside
a European company's day is handled by zoneinfo (a 10:00–17:00 day is 7 hours either way).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from audit.study.model import WorkingHours


@lru_cache(maxsize=64)
def _holidays(country: str | None, year: int) -> tuple[frozenset[date], frozenset[date]]:
    """(days off, moved working days) for one country and year."""
    if not country:
        return frozenset(), frozenset()
    import holidays

    cal = holidays.country_holidays(country, years=year)
    return frozenset(cal.keys()), frozenset(getattr(cal, "weekend_workdays", ()) or ())


class WorkCalendar:
    def __init__(self, tz: ZoneInfo | str, hours: WorkingHours, country: str | None):
        self.tz = ZoneInfo(tz) if isinstance(tz, str) else tz
        self.hours = hours
        self.country = country
        self._windows: dict[date, tuple[datetime, datetime] | None] = {}  # every reply asks for the same few days

    def is_working_day(self, day: date) -> bool:
        off, moved = _holidays(self.country, day.year)
        if day in moved:
            return True
        return day.weekday() in self.hours.weekday_numbers and day not in off

    def day_window(self, day: date) -> tuple[datetime, datetime] | None:
        """The working interval of a local day, in UTC, or None when the day is not worked."""
        if day in self._windows:
            return self._windows[day]
        window = None
        if self.is_working_day(day):
            window = (datetime.combine(day, self.hours.start, self.tz).astimezone(UTC),
                      datetime.combine(day, self.hours.end, self.tz).astimezone(UTC))
        self._windows[day] = window
        return window

    def local_date(self, at: datetime) -> date:
        return at.astimezone(self.tz).date()

    def is_working_time(self, at: datetime) -> bool:
        window = self.day_window(self.local_date(at))
        return window is not None and window[0] <= at < window[1]

    def working_days(self, first: date, count: int, limit: int = 400) -> list[date]:
        """The first `count` working days on or after `first`."""
        out, day = [], first
        for _ in range(limit):
            if self.is_working_day(day):
                out.append(day)
                if len(out) == count:
                    break
            day += timedelta(days=1)
        return out

    def next_working_time(self, at: datetime) -> datetime:
        """`at` itself if it is working time, else the start of the next working interval."""
        day = self.local_date(at)
        for _ in range(400):
            window = self.day_window(day)
            if window is not None:
                if at < window[0]:
                    return window[0]
                if at < window[1]:
                    return at
            day += timedelta(days=1)
        raise ValueError("no working day within 400 days: check working_hours.days and holidays")

    def business_seconds(self, start: datetime, end: datetime) -> float:
        """Working seconds between two instants (0 when end <= start)."""
        if end <= start:
            return 0.0
        start, end = start.astimezone(UTC), end.astimezone(UTC)  # aware arithmetic in one zone is wall-clock
        total = 0.0
        day, last = self.local_date(start), self.local_date(end)
        while day <= last:
            window = self.day_window(day)
            if window is not None:
                lo, hi = max(window[0], start), min(window[1], end)
                if hi > lo:
                    total += (hi - lo).total_seconds()
            day += timedelta(days=1)
        return total
