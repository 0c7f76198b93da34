"""Companies ranked: the top N per segment and the "fast and good" set (docs/method.md, the study it follows: a
top-10 of shops and of services; the conclusion chart of quality against speed). Per company arrays, no loop over
probes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from audit.report.figures import HOUR, Cube

TOP_RULE = ("per segment, among companies with at least one answer: most channels answered first (a channel counts "
            "when at least one of its probes got a human answer within the reply window), then the higher mean "
            "quality over all its probes (no answer = 0), then the shorter median response time of its answers, "
            "then the company id")
FAST_AND_GOOD_RULE = ("a company on a channel whose mean quality there is above 3 (over its probes, no answer = 0) "
                      "and whose median response time there is at most one hour (a probe not answered within the "
                      "reply window counts as never answered)")
GOOD, FAST = 3.0, HOUR


@dataclass
class Ranked:
    rank: int
    company_id: str
    name: str
    answered_channels: int
    channels: int
    quality: float | None
    median_response_seconds: float | None

    def as_json(self) -> dict:
        return asdict(self)


@dataclass
class Point:
    company_id: str
    name: str
    segment: str
    channel: str
    quality: float
    median_response_seconds: float | None  # None: not answered in most of its probes
    fast_and_good: bool

    def as_json(self) -> dict:
        return asdict(self)


def group_medians(keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(distinct keys, the median of the values of each); values may be inf (never answered)."""
    if len(keys) == 0:
        return keys, np.zeros(0)
    order = np.lexsort((values, keys))
    k, v = keys[order], values[order]
    uniq, start, counts = np.unique(k, return_index=True, return_counts=True)
    lo, hi = start + (counts - 1) // 2, start + counts // 2
    with np.errstate(invalid="ignore"):
        return uniq, np.where(v[lo] == v[hi], v[lo], (v[lo] + v[hi]) / 2)


def _mean_by(keys: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    known = ~np.isnan(values)
    n = np.bincount(keys[known], minlength=size)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(n > 0, np.bincount(keys[known], weights=values[known], minlength=size) / n, np.nan)


def top(cube: Cube, n: int) -> dict[str, list[Ranked]]:
    p, c = cube.p, cube.c
    size, nch = len(c.ids), max(len(p.channels), 1)
    pairs = p.company.astype(np.int64) * nch + p.channel
    probed = np.bincount(np.unique(pairs) // nch, minlength=size)
    answered = np.bincount(np.unique(pairs[cube.event]) // nch, minlength=size)
    quality = _mean_by(p.company, cube.score_all, size)
    speed = np.full(size, np.inf)
    ids, med = group_medians(p.company[cube.event], cube.time[cube.event])
    speed[ids] = med
    segments = np.array(c.segments, dtype=object)
    out: dict[str, list[Ranked]] = {}
    for seg in dict.fromkeys(segments[np.unique(p.company)]):
        who = np.flatnonzero((segments == seg) & (answered > 0))
        order = who[np.lexsort((who, speed[who], -np.nan_to_num(quality[who], nan=-1.0), -answered[who]))][:n]
        out[str(seg)] = [Ranked(r + 1, c.ids[i], c.names[i], int(answered[i]), int(probed[i]), _num(quality[i]),
                                _num(speed[i])) for r, i in enumerate(order)]
    return out


def points(cube: Cube) -> list[Point]:
    """One point per company and channel with a known outcome: its mean quality and median response time."""
    p, c = cube.p, cube.c
    nch = max(len(p.channels), 1)
    known = ~np.isnan(cube.score_all)
    keys = p.company.astype(np.int64)[known] * nch + p.channel[known]
    times = np.where(cube.event, cube.time, np.inf)[known]
    uniq, med = group_medians(keys, times)
    quality = _mean_by(np.searchsorted(uniq, keys), cube.score_all[known], len(uniq))
    out = []
    for key, m, q in zip(uniq.tolist(), med.tolist(), quality.tolist(), strict=True):
        i, ch = divmod(key, nch)
        out.append(Point(c.ids[i], c.names[i], c.segments[i], p.channels[ch], round(q, 3), _num(m),
                         q > GOOD and m <= FAST))
    return out


def _num(x: float) -> float | None:
    return float(x) if np.isfinite(x) else None
