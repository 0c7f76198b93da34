"""The report's statistics: Kaplan–Meier quantiles and a bootstrap that resamples companies.

Why these choices (the method section of the report says the same to its readers):
- A company that never answers is not missing data: its probe is censored at the end of the reply window (or at
  the report's time while the window is still open), so response-time quantiles come from the Kaplan–Meier
  estimate over every probe, not from the answers alone. A quantile the curve never reaches within the window
  (fewer than half of the probes answered: no median) is None, never a made-up number.
- Probes of one company are not independent (one team, one helpdesk), so the bootstrap resamples companies, not
  probes (a cluster bootstrap). One set of resamples of the whole study serves every figure: a difference between
  two groups that share companies (e-mail vs VK, wave 1 vs wave 2) is then paired, and one between groups that do
  not (shops vs services) reflects that each group's size is itself random.
- A resample of a group is a weighted sum over its companies, so figures that are ratios of sums (shares, mean
  scores) are one matrix product per group. Kaplan–Meier quantiles of resamples are computed from per-company
  histograms on a grid of the group's own answer-time quantiles (64 points, so each bin holds ~1.6% of the
  answers), interpolated within a bin: the point estimate itself is exact (lifelines), the interval's ends are
  accurate to a small fraction of a bin.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np

LEVEL = 0.95
GRID = 64  # answer-time quantiles per group for the resampled Kaplan–Meier curves


def _finite(x: float) -> float | None:
    return float(x) if np.isfinite(x) else None


def km_fit(durations: np.ndarray, events: np.ndarray):
    """lifelines' Kaplan–Meier fit, or None without a single answer. Times are rounded to whole seconds (receipt
    times have one-second resolution), so probes with equal times share one weighted row: the same estimate,
    several times faster on a million probes."""
    if len(durations) == 0 or not events.any():
        return None
    from lifelines import KaplanMeierFitter

    key = np.round(np.maximum(durations, 0.0)).astype(np.int64) * 2 + events
    if key.max() < 50_000_000:  # up to a reply window of ~290 days: counting beats sorting
        counts = np.bincount(key)
        unique = np.flatnonzero(counts)
        counts = counts[unique]
    else:
        unique, counts = np.unique(key, return_counts=True)
    return KaplanMeierFitter().fit(unique // 2, unique % 2 == 1, weights=counts)


def km_quantile(fit, p: float) -> float | None:
    """The time by which a share p of the probes was answered (p = 0.5: the median); None when not reached."""
    if fit is None:
        return None
    from lifelines.utils import qth_survival_time

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # lifelines warns that it reads the step function; that is what we want
        return _finite(qth_survival_time(1 - p, fit.survival_function_))


def km_curve(fit, points: int = 200) -> list[tuple[float, float]]:
    """(time, share answered by then) at the curve's steps, thinned to about `points` for a chart."""
    if fit is None:
        return []
    sf = fit.survival_function_.iloc[:, 0]
    t, s = sf.index.to_numpy(dtype=float), sf.to_numpy(dtype=float)
    if len(t) > points:
        keep = np.unique(np.linspace(0, len(t) - 1, points).round().astype(int))
        t, s = t[keep], s[keep]
    return [(float(a), float(1 - b)) for a, b in zip(t, s, strict=True)]


def resample_weights(companies: int, resamples: int, seed: int) -> np.ndarray:
    """(resamples × companies) draw counts: how often each company is drawn in each resample (with replacement,
    as many draws as companies). uint8: a company drawn 256 times among n ≥ 256 has probability ~1e-500."""
    rng = np.random.default_rng(seed)
    out = np.zeros((resamples, companies), dtype=np.uint8)
    if companies == 0:
        return out
    for row in range(resamples):
        out[row] = np.minimum(np.bincount(rng.integers(0, companies, companies), minlength=companies), 255)
    return out


@dataclass(frozen=True)
class TimeGrid:
    """Bins for resampled Kaplan–Meier curves: bin k holds times in (edges[k-1], edges[k]], the last bin the
    times after the last edge (only censorings: the edges end at the longest answer)."""

    edges: np.ndarray

    @classmethod
    def of(cls, event_times: np.ndarray, points: int = GRID) -> TimeGrid:
        if len(event_times) == 0:
            return cls(np.zeros(1))
        return cls(np.unique(np.quantile(event_times, np.linspace(0, 1, points))))

    @property
    def bins(self) -> int:
        return len(self.edges) + 1

    def bin_of(self, times: np.ndarray) -> np.ndarray:
        return np.searchsorted(self.edges, times, side="left")

    def quantiles(self, events: np.ndarray, censored: np.ndarray, probs: tuple[float, ...]) -> np.ndarray:
        """(resamples × len(probs)) Kaplan–Meier quantiles from weighted histograms (resamples × bins) of answer
        and censoring times; inf when not reached, nan for an empty resample. Censorings count half at risk in
        their bin (the actuarial correction), since they fall anywhere inside it."""
        total = events.sum(axis=1) + censored.sum(axis=1)
        gone = np.cumsum(events + censored, axis=1) - events - censored
        at_risk = total[:, None] - gone - censored / 2
        with np.errstate(divide="ignore", invalid="ignore"):
            hazard = np.where(at_risk > 0, events / at_risk, 0.0)
        surv = np.cumprod(1 - np.clip(hazard, 0, 1), axis=1)
        right = np.append(self.edges, np.inf)
        left = np.concatenate([self.edges[:1], self.edges])
        rows = np.arange(len(surv))
        out = np.empty((len(surv), len(probs)))
        for j, p in enumerate(probs):
            below = surv <= 1 - p
            k = below.argmax(axis=1)
            s_right = surv[rows, k]
            s_left = np.where(k > 0, surv[rows, np.maximum(k - 1, 0)], 1.0)
            with np.errstate(divide="ignore", invalid="ignore"):
                frac = np.where(s_left > s_right, (s_left - (1 - p)) / (s_left - s_right), 1.0)
            t = left[k] + (right[k] - left[k]) * np.clip(frac, 0, 1)
            out[:, j] = np.where(below.any(axis=1), t, np.inf)
        out[total <= 0] = np.nan
        return out


def interval(replicates: np.ndarray, level: float = LEVEL) -> tuple[float | None, float | None]:
    """Percentile interval of bootstrap replicates. Replicates where the figure does not exist (nan: the group
    drew no company) are left out; when more than the interval's tails would be missing, there is no interval.
    An end that is infinite (a quantile not reached in that many resamples) is None: 'not reached'."""
    ok = replicates[~np.isnan(replicates)]
    tail = (1 - level) / 2
    if len(ok) == 0 or len(ok) < (1 - tail) * len(replicates):
        return None, None
    lo, hi = np.quantile(ok, [tail, 1 - tail], method="inverted_cdf")
    return _finite(lo), _finite(hi)


@dataclass
class Survival:
    """A group's Kaplan–Meier curve for the charts, read off the exact fit at fixed times (a log grid from one
    second to the reply window, the axis ticks among them): the share answered by then (1 − S), its 95% pointwise
    band (lifelines' exponential Greenwood interval: it treats probes as independent, so it is narrower than the
    company bootstrap of the tables) and the probes still at risk (neither answered nor censored before then).
    A few hundred numbers, not the fit: a million probes' fit holds a row per distinct second."""

    times: np.ndarray
    answered: np.ndarray
    low: np.ndarray
    high: np.ndarray
    at_risk: np.ndarray
    probes: int
    answers: int

    def at(self, t: float) -> int:
        """Probes at risk at time t (one of `times`, or the nearest grid time after it)."""
        i = min(int(np.searchsorted(self.times, t - 1e-9)), len(self.times) - 1)
        return int(self.at_risk[i])


def km_survival(fit, times: np.ndarray) -> Survival | None:
    """The fit read at `times` (ascending); None without a fit (no answer in the group)."""
    if fit is None:
        return None
    index = fit.survival_function_.index.to_numpy(dtype=float)
    row = np.maximum(np.searchsorted(index, times, side="right") - 1, 0)  # the step in force at each time
    surv = fit.survival_function_.iloc[:, 0].to_numpy(dtype=float)[row]
    band = fit.confidence_interval_.to_numpy(dtype=float)[row]
    table = fit.event_table
    at = table.index.to_numpy(dtype=float)
    risk = np.append(table["at_risk"].to_numpy(), 0)[np.searchsorted(at, times, side="left")]
    return Survival(np.asarray(times, dtype=float), 1 - surv, 1 - band[:, 1], 1 - band[:, 0], risk.astype(np.int64),
                    int(table["at_risk"].iloc[0]), int(table["observed"].sum()))
