"""Working seconds of many intervals at once, from a WorkCalendar's own day windows.

The report needs the business-time length of every unanswered probe's reply window (its censoring time on the
business clock): a Python loop over days per probe is seconds on a million probes. Here the calendar's working
intervals over the whole span are laid out once, with their running total, and each instant is placed among them
with a binary search, so the answer is the same as `WorkCalendar.business_seconds` (tests check this), vectorised.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np

from audit.schedule.workdays import WorkCalendar


def business_seconds(cal: WorkCalendar, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Working seconds between start and end (POSIX seconds, UTC) for each pair; 0 where end <= start."""
    starts, ends = np.asarray(starts, dtype=np.float64), np.asarray(ends, dtype=np.float64)
    if len(starts) == 0:
        return np.zeros(0)
    opens, closes = _windows(cal, float(np.nanmin(starts)), float(np.nanmax(np.maximum(starts, ends))))
    if len(opens) == 0:
        return np.zeros(len(starts))
    before = np.concatenate([[0.0], np.cumsum(closes - opens)])

    def worked_until(t: np.ndarray) -> np.ndarray:
        k = np.searchsorted(opens, t, side="right") - 1  # the last window opened by t
        inside = np.clip(t - opens[np.maximum(k, 0)], 0, (closes - opens)[np.maximum(k, 0)])
        return np.where(k >= 0, before[np.maximum(k, 0)] + inside, 0.0)

    return np.maximum(worked_until(ends) - worked_until(starts), 0.0)


def _windows(cal: WorkCalendar, first: float, last: float) -> tuple[np.ndarray, np.ndarray]:
    """Every working interval (open, close) of the calendar's local days that can touch [first, last]."""
    day = cal.local_date(datetime.fromtimestamp(first, UTC)) - timedelta(days=1)
    end = cal.local_date(datetime.fromtimestamp(last, UTC)) + timedelta(days=1)
    opens, closes = [], []
    while day <= end:
        window = cal.day_window(day)
        if window is not None:
            opens.append(window[0].timestamp())
            closes.append(window[1].timestamp())
        day += timedelta(days=1)
    return np.array(opens), np.array(closes)
