"""Agreement between raters: Krippendorff's alpha (ordinal) over the 0–4 scores, between every pair of people and
between each person and the automatic score, with the number of replies behind each figure, and the replies on
which the raters disagree most (the ones worth discussing)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from sqlalchemy import select

from audit.store.database import Store
from audit.store.schema import Probe, Score

AUTO = "auto"


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    alpha: float | None  # None: not computable (fewer than 2 shared replies, or only one score value seen)
    n: int  # replies both scored


@dataclass(frozen=True)
class Disagreement:
    reply_id: int
    probe_id: int
    scores: dict[str, int]

    @property
    def spread(self) -> int:
        return max(self.scores.values()) - min(self.scores.values())


@dataclass(frozen=True)
class Agreement:
    raters: list[str]
    overall: Pair | None  # all people together (the automatic score left out)
    pairs: list[Pair]
    disagreements: list[Disagreement]


def alpha(units: list[dict[str, int]], raters: list[str]) -> float | None:
    import krippendorff
    import numpy as np

    shared = [u for u in units if sum(r in u for r in raters) >= 2]
    values = {v for u in shared for r, v in u.items() if r in raters}
    if len(shared) < 2 or len(values) < 2:
        return None
    data = np.array([[u.get(r, np.nan) for u in shared] for r in raters], dtype=float)
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="ordinal",
                                    value_domain=[0, 1, 2, 3, 4]))


def agreement(store: Store, study_id: str, top: int = 10) -> Agreement:
    by_reply: dict[int, dict[str, int]] = defaultdict(dict)
    probe_of: dict[int, int] = {}
    with store.engine.connect() as conn:
        rows = conn.execute(select(Score.reply_id, Score.probe_id, Score.rater, Score.score)
                            .join(Probe, Probe.id == Score.probe_id).where(Probe.study_id == study_id)).all()
    for reply_id, probe_id, rater, value in rows:
        key = reply_id if reply_id is not None else -probe_id  # a probe with no answer is scored as a unit too
        by_reply[key][rater] = value
        probe_of[key] = probe_id
    units = list(by_reply.values())
    raters = sorted({r for u in units for r in u})
    people = [r for r in raters if r != AUTO]
    pairs = [Pair(a, b, alpha(units, [a, b]), sum(1 for u in units if a in u and b in u))
             for a, b in combinations(people, 2)]
    if AUTO in raters:
        pairs += [Pair(p, AUTO, alpha(units, [p, AUTO]), sum(1 for u in units if p in u and AUTO in u))
                  for p in people]
    overall = None
    if len(people) >= 2:
        overall = Pair("everyone", "", alpha(units, people), sum(1 for u in units if sum(p in u for p in people) >= 2))
    split = [Disagreement(k, probe_of[k], dict(u)) for k, u in by_reply.items() if len(u) >= 2]
    split = [d for d in split if d.spread > 0]
    split.sort(key=lambda d: (-d.spread, d.reply_id))
    return Agreement(raters, overall, pairs, split[:top])


@dataclass(frozen=True)
class Overall:
    """People's agreement for the report's method section: Krippendorff's alpha (ordinal) over every reply two or
    more people scored, its 95% percentile bootstrap interval over those replies, n, and the people."""

    alpha: float | None
    low: float | None
    high: float | None
    n: int
    people: list[str]


def overall(store: Store, study_id: str, resamples: int = 1000, seed: int = 417) -> Overall:
    import numpy as np

    by_reply: dict[int, dict[str, int]] = defaultdict(dict)
    with store.engine.connect() as conn:
        rows = conn.execute(select(Score.reply_id, Score.probe_id, Score.rater, Score.score)
                            .join(Probe, Probe.id == Score.probe_id)
                            .where(Probe.study_id == study_id, Score.rater != AUTO)).all()
    for reply_id, probe_id, rater, value in rows:
        by_reply[reply_id if reply_id is not None else -probe_id][rater] = value
    people = sorted({r for u in by_reply.values() for r in u})
    units = [u for _, u in sorted(by_reply.items()) if len(u) >= 2]
    value = alpha(units, people) if len(people) >= 2 else None
    if value is None:
        return Overall(None, None, None, len(units), people)
    rng = np.random.default_rng(seed)
    # each resample's coincidence matrix is a weighted sum of the replies' own: a product per resample, not a
    # Krippendorff run over a rebuilt table (13 s of a 200,000-probe report before)
    each = _coincidences(np.array([[u.get(r, np.nan) for u in units] for r in people], dtype=float))
    weights = np.stack([np.bincount(rng.integers(0, len(units), len(units)), minlength=len(units))
                        for _ in range(min(resamples, 1000))])
    draws = [_ordinal_alpha(o) for o in np.einsum("ru,uck->rck", weights, each)]
    kept = np.array([d for d in draws if d is not None and not np.isnan(d)])
    low, high = (float(np.quantile(kept, 0.025)), float(np.quantile(kept, 0.975))) if len(kept) else (None, None)
    return Overall(value, low, high, len(units), people)


VALUES = 5  # the score's values, 0 to 4: the value domain of every alpha here


def _coincidences(data):
    """Each reply's contribution to the coincidence matrix (Krippendorff): for a reply with m pairable values,
    n_c * n_k (minus n_c on the diagonal) over m - 1; data is raters x replies, NaN where a rater did not score."""
    import numpy as np

    counts = np.stack([(data == v).sum(axis=0) for v in range(VALUES)], axis=1).astype(float)  # replies x values
    m = counts.sum(axis=1)
    pairs = counts[:, :, None] * counts[:, None, :] - counts[:, :, None] * np.eye(VALUES)[None]
    return np.where((m >= 2)[:, None, None], pairs / np.maximum(m - 1, 1)[:, None, None], 0.0)


def _ordinal_alpha(o) -> float | None:
    """Krippendorff's alpha (ordinal) from a coincidence matrix: 1 - (n - 1) * sum o_ck d_ck / sum n_c n_k d_ck,
    with d_ck = (n_c + ... + n_k - (n_c + n_k) / 2) ** 2 over the values between c and k."""
    import numpy as np

    n_c = o.sum(axis=1)
    n = n_c.sum()
    cumulative = np.concatenate([[0.0], np.cumsum(n_c)])
    c, k = np.meshgrid(np.arange(VALUES), np.arange(VALUES), indexing="ij")
    lo, hi = np.minimum(c, k), np.maximum(c, k)
    delta = (cumulative[hi + 1] - cumulative[lo] - (n_c[c] + n_c[k]) / 2) ** 2
    expected = (np.outer(n_c, n_c) * delta).sum()
    return None if n < 2 or expected == 0 else float(1 - (n - 1) * (o * delta).sum() / expected)
