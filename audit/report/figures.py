"""The figures of any group of probes (a channel × segment cell, a wave, the companies with a helpdesk), each with
its bootstrap interval: `Cube(probes, companies, study, now, options).figures({"channel": "email"})`.

Definitions (the README and the report's method section say the same):
- sent: probes with status sent; delivered: sent with no permanent bounce; replied: any reply of the company's own
  (an answer, an auto-reply or an acknowledgement) within the reply window; answered: a human answer (redirects
  included) within the window, the first of which times the probe.
- Response time: Kaplan–Meier over every sent probe, answers as events, the others censored at the end of the
  window (at the report's time while the window is open). Business time: the same on the company's working clock.
- Quality: the export's score column (people's mean over the automatic score; 0 without an answer once the window
  is over; unknown, and left out, while the window is open or the answer is not yet scored), averaged over all
  probes and over the answered ones.
- Unconfirmed sends: `unconfirmed` probes were sent, unconfirmed (a run stopped after handing the message over: it
  may or may not have left); `unconfirmed_no_reply` of them got nothing back (no answer, no other reply, no bounce)
  and may never have left. `answered_share` counts these as sent without an answer;
  `answered_share_without_unconfirmed` leaves them out of its denominator. An unconfirmed probe that got anything
  back did leave: it counts in both, as answered when it was answered.
- Companies: those of the group that answered any of its probes, and those with a helpdesk (the `helpdesk` column
  where given, else a reply of the group that showed one), each over the group's companies.
- Intervals: 95% percentile bootstrap, resampling companies (audit.report.stats), seeded: the same data give the same
  report. A group of fewer than `small` companies gets no interval and is never compared: it is marked instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from audit.report.data import Companies, Probes
from audit.report.stats import (
    Survival,
    TimeGrid,
    interval,
    km_curve,
    km_fit,
    km_quantile,
    km_survival,
    resample_weights,
)
from audit.study.model import Study

SMALL_GROUP = 10
DEFAULT_SEED = 417  # any fixed number makes the report reproducible; 417: the companies of the 2019 study
HOUR, DAY = 3600.0, 86400.0
_CHUNK = 250  # resamples per matrix product: bounds the memory of one step
# the times a response-time chart marks (its ticks, where the numbers at risk are counted): seconds to a month
TIME_TICKS = ((1.0, "1 s"), (10.0, "10 s"), (60.0, "1 min"), (600.0, "10 min"), (HOUR, "1 h"), (6 * HOUR, "6 h"),
              (DAY, "1 d"), (7 * DAY, "7 d"), (30 * DAY, "30 d"))
SURVIVAL_POINTS = 300  # log-spaced times a curve is read at for the charts (about 2% apart over a week)

# columns summed per company; every interval figure but the quantiles is a ratio of two of them
_SUMS = ("sent", "delivered", "replied", "answered", "within_1h", "within_24h", "redirect", "ack_only", "helpdesk",
         "score_sum", "scored", "answer_score_sum", "answers_scored", "window_open", "unconfirmed",
         "unconfirmed_no_reply", "sent_known")
# one value per company of the group (0 or 1), after the sums: the study's findings count companies, not probes
# (docs/method.md, the study it follows: "half of the companies did not answer e-mail"), and a company has a probe
# in every wave
_PER_COMPANY = ("companies", "companies_answered", "companies_helpdesk")
_COLUMNS = (*_SUMS, *_PER_COMPANY)
RATIOS = {"answered_share": ("answered", "sent"), "answered_share_without_unconfirmed": ("answered", "sent_known"),
          "replied_share": ("replied", "sent"),
          "within_1h_share": ("within_1h", "sent"), "within_24h_share": ("within_24h", "sent"),
          "quality_all": ("score_sum", "scored"), "quality_answered": ("answer_score_sum", "answers_scored"),
          "redirect_share": ("redirect", "sent"), "ack_only_share": ("ack_only", "sent"),
          "helpdesk_share": ("helpdesk", "sent"),
          "companies_answered_share": ("companies_answered", "companies"),
          "companies_helpdesk_share": ("companies_helpdesk", "companies")}
QUANTILES = {"km_median_seconds": 0.5, "km_p90_seconds": 0.9}
METRICS = (*RATIOS, *QUANTILES)
COUNTS = ("sent", "delivered", "replied", "answered", "within_1h", "within_24h", "redirect", "ack_only", "helpdesk",
          "window_open", "unconfirmed", "unconfirmed_no_reply", "companies_answered", "companies_helpdesk")

@dataclass(frozen=True)
class Options:
    """What the report covers and how: the waves, channels and segments kept (empty: all), the company
    attributes it breaks down by, the size of the top lists, the bootstrap resamples and their seed."""

    waves: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    segments: tuple[str, ...] = ()
    by: tuple[str, ...] = ("segment",)
    top: int = 10
    resamples: int = 1000
    seed: int = DEFAULT_SEED
    small: int = SMALL_GROUP


@dataclass
class Estimate:
    value: float | None
    low: float | None = None
    high: float | None = None

    def as_json(self) -> dict:
        return {"value": self.value, "ci_low": self.low, "ci_high": self.high}


@dataclass
class Figures:
    """Everything measured on one group of probes (a channel × segment cell, a wave, companies with a helpdesk)."""

    key: dict[str, str]
    companies: int
    counts: dict[str, int]
    estimates: dict[str, Estimate]
    extra: dict[str, float | None]  # figures without an interval: business time, the median of the answers
    small: bool
    replicates: np.ndarray = field(repr=False)  # resamples × METRICS
    curve: list[tuple[float, float]] = field(default_factory=list, repr=False)
    survival: Survival | None = field(default=None, repr=False)  # the curve with its band, for the charts

    def as_json(self) -> dict:
        return {**self.key, "companies": self.companies, "small": self.small, **self.counts,
                **{m: e.as_json() for m, e in self.estimates.items()}, **self.extra}


class Cube:
    """Per-probe derived columns of one report, and the figures of any group of its probes (cached)."""

    def __init__(self, probes: Probes, companies: Companies, study: Study, now: datetime, options: Options):
        self.p, self.c, self.options = probes, companies, options
        self.window = window = study.reply_window.total_seconds()
        elapsed = now.timestamp() - probes.sent
        closed = elapsed >= window
        answered = probes.response <= window  # nan compares False: no answer
        self.time = np.where(answered, np.maximum(probes.response, 0), np.clip(elapsed, 0, window))
        self.event = answered
        self.business = self._business(study, answered)
        score_all = np.where(answered, probes.score, np.where(closed, 0.0, np.nan))
        answer_score = np.where(answered, probes.score, np.nan)
        replied = probes.first_reply <= window
        in_doubt = probes.unconfirmed & ~probes.heard & np.isnan(probes.response)  # nothing shows it left
        self.cols = {
            "sent": np.ones(len(probes)), "delivered": ~probes.bounced, "replied": replied, "answered": answered,
            "within_1h": answered & (probes.response <= HOUR), "within_24h": answered & (probes.response <= DAY),
            "redirect": answered & probes.redirect, "ack_only": replied & ~answered, "helpdesk": probes.helpdesk,
            "score_sum": np.nan_to_num(score_all), "scored": ~np.isnan(score_all),
            "answer_score_sum": np.nan_to_num(answer_score), "answers_scored": ~np.isnan(answer_score),
            "window_open": ~closed & ~answered, "unconfirmed": probes.unconfirmed, "unconfirmed_no_reply": in_doubt,
            "sent_known": ~in_doubt}
        self.score_all = score_all
        present = np.unique(probes.company)
        self.position = np.full(len(companies.ids), -1, dtype=np.int64)
        self.position[present] = np.arange(len(present))
        self.weights = resample_weights(len(present), options.resamples, options.seed)
        self._codes: dict[str, tuple[list[str], np.ndarray]] = {}
        self._cache: dict[tuple, Figures] = {}

    def _business(self, study: Study, answered: np.ndarray) -> np.ndarray:
        """Business-time durations: the watcher's stored value for answers, the censoring time measured on the
        company's working clock (audit.schedule.business_time) for the rest."""
        from audit.schedule.business_time import business_seconds
        from audit.schedule.workdays import WorkCalendar

        out = np.zeros(len(self.p))
        zones = list(dict.fromkeys(self.c.timezones))
        zone = np.array([zones.index(z) for z in self.c.timezones], dtype=np.int32)[self.p.company]
        for code, tz in enumerate(zones):
            rows = np.flatnonzero(zone == code)
            cal = WorkCalendar(tz, study.working_hours, study.holidays)
            out[rows] = business_seconds(cal, self.p.sent[rows], self.p.sent[rows] + self.time[rows])
        stored = answered & ~np.isnan(self.p.business)
        out[stored] = self.p.business[stored]
        return out

    def values(self, dim: str) -> tuple[list[str], np.ndarray]:
        """(values, per-probe index into them) of a dimension: channel, wave, or a company attribute."""
        if dim not in self._codes:
            if dim == "channel":
                self._codes[dim] = (self.p.channels, self.p.channel)
            elif dim == "wave":
                self._codes[dim] = (self.p.waves, self.p.wave)
            elif dim == "persona":  # a probe's, not a company's: who wrote it
                self._codes[dim] = (self.p.personas, self.p.persona)
            else:
                names, per_company = np.unique(np.array(self.c.attr(dim), dtype=object), return_inverse=True)
                self._codes[dim] = ([str(n) for n in names], per_company[self.p.company])
        return self._codes[dim]

    def mask(self, key: dict[str, str]) -> np.ndarray:
        mask = np.ones(len(self.p), dtype=bool)
        for dim, value in key.items():
            if dim == "helpdesk":  # only companies that replied could show a helpdesk: the others are unknown
                mask &= self.c.replied[self.p.company] & (self.c.helpdesk[self.p.company] == (value == "yes"))
                continue
            names, codes = self.values(dim)
            mask &= codes == names.index(value) if value in names else False
        return mask

    def figures(self, key: dict[str, str], business: bool = False, quantiles: bool = True) -> Figures | None:
        """The group's figures, or None when it has no probe; `business`: with the business-time quantiles too
        (one more Kaplan–Meier fit: only the breakdown tables show them); `quantiles=False`: shares and scores
        alone, without the Kaplan–Meier fit, quantiles (None) or curve, for groups only a chart of shares and
        scores shows (the wave trend): the fit and the resampled curves are most of a group's cost."""
        k = tuple(sorted(key.items()))
        if k not in self._cache and not quantiles:
            if (k, "ratios") not in self._cache:
                idx = np.flatnonzero(self.mask(key))
                self._cache[(k, "ratios")] = self._measure(key, idx, quantiles=False) if len(idx) else None
            return self._cache[(k, "ratios")]
        if k not in self._cache:
            idx = np.flatnonzero(self.mask(key))
            self._cache[k] = self._measure(key, idx) if len(idx) else None
        found = self._cache[k]
        if business and found is not None and "km_median_business_seconds" not in found.extra:
            fit = km_fit(self.business[self.mask(key)], self.event[self.mask(key)])
            found.extra.update(km_median_business_seconds=km_quantile(fit, 0.5),
                               km_p90_business_seconds=km_quantile(fit, 0.9))
        return found

    def _measure(self, key: dict[str, str], idx: np.ndarray, quantiles: bool = True) -> Figures:
        drawn = np.zeros(len(self.c.ids), dtype=np.int64)
        drawn[self.p.company[idx]] = 1
        ids = np.flatnonzero(drawn)  # the group's companies; local: each probe's company among them
        local = (np.cumsum(drawn) - 1)[self.p.company[idx]]
        n = len(ids)
        sums = np.column_stack([np.bincount(local, weights=self.cols[s][idx], minlength=n) for s in _SUMS])
        sums = np.hstack([sums, self._per_company(ids, sums)])
        total = dict(zip(_COLUMNS, sums.sum(axis=0), strict=True))
        t, e = self.time[idx], self.event[idx]
        fit = km_fit(t, e) if quantiles else None  # without quantiles: no curve, no quantile (None) either
        small = n < self.options.small
        grid = TimeGrid.of(t[e]) if quantiles else None
        hist = [np.bincount(local[m] * grid.bins + grid.bin_of(t[m]), minlength=n * grid.bins).reshape(n, grid.bins)
                for m in (e, ~e)] if grid is not None else []
        reps = self._replicates(ids, np.hstack([sums, *hist]).astype(np.float32), grid)
        estimates = {}
        for j, m in enumerate(METRICS):
            if m in RATIOS:
                num, den = RATIOS[m]
                value = float(total[num] / total[den]) if total[den] else None
            else:
                value = km_quantile(fit, QUANTILES[m])
            low, high = interval(reps[:, j]) if not small and value is not None else (None, None)
            estimates[m] = Estimate(value, low, high)
        answered_times = t[e]
        extra = {"median_answered_seconds": float(np.median(answered_times)) if len(answered_times) else None}
        return Figures(dict(key), n, {c: int(total[c]) for c in COUNTS}, estimates, extra, small, reps,
                       km_curve(fit), km_survival(fit, self.survival_times))

    @property
    def survival_times(self) -> np.ndarray:
        """The times every group's chart curve is read at: one second to the reply window, and the ticks."""
        window = max(self.window, 2.0)
        ticks = [t for t, _ in TIME_TICKS if t <= window]
        return np.unique(np.concatenate([[0.0], np.geomspace(1.0, window, SURVIVAL_POINTS), ticks, [window]]))

    def score_counts(self, key: dict[str, str]) -> list[int]:
        """Probes of the group by score 0, 1, 2, 3, 4 (people's mean scores rounded half up to a whole score; no
        answer within a closed window = 0; a probe whose score is not known yet is left out)."""
        s = self.score_all[self.mask(key)]
        s = s[~np.isnan(s)]
        return np.bincount(np.clip(np.floor(s + 0.5), 0, 4).astype(np.int64), minlength=5).tolist()

    def _per_company(self, ids: np.ndarray, sums: np.ndarray) -> np.ndarray:
        """companies × _PER_COMPANY: 1, answered any probe of the group, has a helpdesk in the group. The helpdesk
        is decided as the helpdesk comparison decides it: the `helpdesk` column where given, else the replies (here
        the group's own: a VK row counts the helpdesks that VK replies showed)."""
        col = {s: i for i, s in enumerate(_SUMS)}
        said = self.c.said[ids]
        helpdesk = np.where(said >= 0, said == 1, sums[:, col["helpdesk"]] > 0)
        return np.column_stack([np.ones(len(ids)), sums[:, col["answered"]] > 0, helpdesk])

    def _replicates(self, ids: np.ndarray, design: np.ndarray, grid: TimeGrid | None) -> np.ndarray:
        """resamples × METRICS: the group's figures in each resample of the study's companies (the quantiles nan
        without a grid: no interval)."""
        weights = self.weights[:, self.position[ids]]
        out = np.full((len(weights), len(METRICS)), np.nan)
        k, b = len(_COLUMNS), grid.bins if grid is not None else 0
        col = {s: i for i, s in enumerate(_COLUMNS)}
        for start in range(0, len(weights), _CHUNK):
            m = weights[start:start + _CHUNK].astype(np.float32) @ design
            rows = slice(start, start + len(m))
            for j, metric in enumerate(RATIOS):
                num, den = RATIOS[metric]
                with np.errstate(divide="ignore", invalid="ignore"):
                    out[rows, j] = np.where(m[:, col[den]] > 0, m[:, col[num]] / m[:, col[den]], np.nan)
            if grid is None:
                continue
            out[rows, len(RATIOS):] = grid.quantiles(m[:, k:k + b].astype(np.float64),
                                                     m[:, k + b:].astype(np.float64), tuple(QUANTILES.values()))
        return out
