"""Comparisons of the report: helpdesk vs none, segment vs segment per channel, channel vs channel per segment,
wave vs the wave before; each a difference and a ratio with paired bootstrap intervals (audit.report.figures: both
groups are measured on the same resamples of the study's companies), and never between groups too small to compare.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

import numpy as np

from audit.report.figures import METRICS, QUANTILES, SMALL_GROUP, Cube, Estimate, Figures
from audit.report.stats import interval

# what each comparison is about (docs/method.md: the study it follows): the metrics it contrasts
COMPARISONS = {
    "helpdesk": ("helpdesk vs no helpdesk", ("within_1h_share", "km_median_seconds", "quality_all",
                                             "quality_answered")),
    "segment": ("segment vs segment, per channel", ("answered_share", "km_median_seconds", "quality_all",
                                                     "redirect_share")),
    "channel": ("channel vs channel, per segment", ("answered_share", "within_24h_share", "km_median_seconds",
                                                     "quality_all", "redirect_share")),
    "wave": ("wave vs the wave before", ("answered_share", "km_median_seconds", "quality_all")),
}


@dataclass
class Contrast:
    metric: str
    difference: Estimate
    ratio: Estimate

    def as_json(self) -> dict:
        return {"metric": self.metric, "difference": self.difference.as_json(), "ratio": self.ratio.as_json()}


@dataclass
class Comparison:
    kind: str
    scope: dict[str, str]
    a: Figures
    b: Figures
    a_label: str
    b_label: str
    contrasts: list[Contrast]
    note: str | None = None
    flags: list[str] = field(default_factory=list)  # why the sides may not be comparable (audit.report.coverage)

    @property
    def small(self) -> bool:
        return self.a.small or self.b.small

    def as_json(self) -> dict:
        def one(label: str, f: Figures) -> dict:
            return {"label": label, "companies": f.companies, "probes": f.counts["sent"], "small": f.small,
                    **{c.metric: f.estimates[c.metric].as_json() for c in self.contrasts}}

        return {"kind": self.kind, "scope": self.scope, "a": one(self.a_label, self.a), "b": one(self.b_label, self.b),
                "small": self.small, "note": self.note, "flags": self.flags, "final": not any(
                    f.startswith("not final") for f in self.flags),
                "contrasts": [c.as_json() for c in self.contrasts]}



def contrast(kind: str, scope: dict, a: Figures, b: Figures, a_label: str, b_label: str,
             small: int = SMALL_GROUP, note: str | None = None) -> Comparison:
    """a − b and a / b for the kind's metrics, with paired bootstrap intervals; none when a group is small.
    `note`: what the reader must know about the sample, put first in the comparison's note."""
    out, notes = [], [note] if note else []
    if a.small or b.small:
        few = " and ".join(f"{lab} has {f.companies}" for lab, f in ((a_label, a), (b_label, b)) if f.small)
        notes.append(f"not compared: {few} companies (fewer than {small})")
    for metric in COMPARISONS[kind][1]:
        j = METRICS.index(metric)
        va, vb = a.estimates[metric].value, b.estimates[metric].value
        diff, ratio = Estimate(None), Estimate(None)
        if not (a.small or b.small) and va is not None and vb is not None:
            ra, rb = a.replicates[:, j], b.replicates[:, j]
            with np.errstate(divide="ignore", invalid="ignore"):
                diff = Estimate(va - vb, *interval(ra - rb))
                if vb:
                    ratio = Estimate(va / vb, *interval(np.where(rb != 0, ra / rb, np.nan)))
        elif metric in QUANTILES and (va is None or vb is None) and not (a.small or b.small):
            which = " and ".join(lab for lab, v in ((a_label, va), (b_label, vb)) if v is None)
            notes.append(f"{'median' if QUANTILES[metric] == 0.5 else 'p90'} not reached in {which}")
        out.append(Contrast(metric, diff, ratio))
    return Comparison(kind, scope, a, b, a_label, b_label, out, "; ".join(notes) or None)


def comparisons(cube: Cube, segments: list[str], channels: list[str], waves: list[str]) -> list[Comparison]:
    out: list[Comparison] = []

    def add(kind, scope, key_a, key_b, la, lb, note=None):
        a, b = cube.figures(key_a), cube.figures(key_b)
        if a is not None and b is not None:
            out.append(contrast(kind, scope, a, b, la, lb, cube.options.small, note))

    for seg in [*segments, None]:
        base = {"segment": seg} if seg else {}
        add("helpdesk", {"segment": seg or "all"}, {**base, "helpdesk": "yes"}, {**base, "helpdesk": "no"},
            "helpdesk", "no helpdesk", _left_out(cube, seg))
    for ch in [*channels, None]:
        base = {"channel": ch} if ch else {}
        for sa, sb in combinations(segments, 2):
            add("segment", {"channel": ch or "all"}, {**base, "segment": sa}, {**base, "segment": sb}, sa, sb)
    for seg in [*segments, None]:
        base = {"segment": seg} if seg else {}
        for ca, cb in combinations(channels, 2):
            add("channel", {"segment": seg or "all"}, {**base, "channel": ca}, {**base, "channel": cb}, ca, cb)
    for before, after in zip(waves, waves[1:], strict=False):
        add("wave", {"segment": "all", "channel": "all"}, {"wave": after}, {"wave": before}, after, before)
    return out


def _left_out(cube: Cube, segment: str | None) -> str:
    """The helpdesk comparison's sample: a company that never sent any reply (on any channel, in any wave) could
    not show a helpdesk, so it is on neither side; the reader is told how many of the scope's companies that is."""
    present = np.unique(cube.p.company)
    if segment is not None:
        present = present[np.array(cube.c.segments, dtype=object)[present] == segment]
    n = int((~cube.c.replied[present]).sum())
    return f"{n} of {len(present)} companies left out: they never replied, so no reply could show a helpdesk"
