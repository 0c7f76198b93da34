"""Durations as people read them: 45s, 12m, 3h05m, 2d4h."""

from __future__ import annotations

from datetime import timedelta


def human_duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    td = timedelta(seconds=round(seconds))
    if td < timedelta(minutes=1):
        return f"{td.seconds}s"
    if td < timedelta(hours=1):
        return f"{td.seconds // 60}m"
    if td < timedelta(days=1):
        return f"{td.seconds // 3600}h{td.seconds % 3600 // 60:02d}m"
    return f"{td.days}d{td.seconds // 3600}h"
