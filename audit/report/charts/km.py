"""Response times as Kaplan–Meier curves: the share of probes answered by each time since sending (1 − S), with
its 95% pointwise band and the numbers still at risk under the axis, on a log time axis from one second to the
reply window (an answer within a minute is a point on the curve, not on the axis).

The curves are the report's (Report.cells: each group's Survival, read off lifelines' exact fit at a few hundred
fixed times), drawn with matplotlib's steps. lifelines' own plot and add_at_risk_counts take the fitter itself,
which for a million probes holds a row per distinct second; the report keeps the few hundred numbers a chart needs.
"""

from __future__ import annotations

import math

import numpy as np
from matplotlib.ticker import NullLocator, PercentFormatter

from audit.report.build import Report
from audit.report.charts.base import GREY, SERIES, Chart, figure, gid, not_drawn, nothing_sent
from audit.report.figures import TIME_TICKS
from audit.report.stats import Survival

NARROW_SKIPS = ("10 s", "10 min", "6 h")  # a panel half the width keeps every other tick
LEFT = 1.0  # seconds: the axis starts here; an answer at 0 s is drawn at 1 s
BAND = "bands: 95% pointwise (Greenwood), probes taken as independent, so narrower than the tables' intervals " \
       "over companies"


def _channels(report: Report) -> list[str]:
    return [ch for ch, seg in report.cells if seg == "all" and ch != "all"]


def _segments(report: Report) -> list[str]:
    return [seg for ch, seg in report.cells if ch == "all" and seg != "all"]


def _window(report: Report) -> float:
    return report.study.reply_window.total_seconds()


def by_channel(report: Report) -> Chart:
    title = "Share of probes answered by time since sending, per channel"
    channels = _channels(report)
    if empty := nothing_sent(report):
        return not_drawn(title, empty)
    total = report.cells[("all", "all")]
    if total.survival is None:
        return not_drawn(title, f"no answer yet among {total.counts['sent']:,} probes: no curve to draw")
    curves = [(ch, SERIES[i % len(SERIES)], "-", report.cells[(ch, "all")]) for i, ch in enumerate(channels)]
    fig = figure(7.2, 3.4 + 0.22 * len(curves))
    ax = fig.add_subplot()
    missing = _draw(ax, curves, _window(report))
    ax.set_title(title, loc="left")
    ax.legend(loc="upper left")
    caption = (f"Kaplan–Meier estimate over every sent probe, a probe without an answer within the reply window "
               f"censored at its end; {_n(total)}; {BAND}; numbers at risk under the axis. {missing}").strip()
    return Chart("", title, caption, fig)


def by_segment(report: Report) -> Chart:
    title = "Share of probes answered by time since sending, per segment within each channel"
    channels, segments = _channels(report), _segments(report)
    if empty := nothing_sent(report):
        return not_drawn(title, empty)
    if report.cells[("all", "all")].survival is None:
        return not_drawn(title, "no answer yet: no curve to draw")
    if len(segments) < 2:
        return not_drawn(title, f"one segment only ({', '.join(segments)}): the per-channel chart shows it")
    cols = 2 if len(channels) > 1 else 1
    rows = math.ceil(len(channels) / cols)
    fig = figure(7.2 if cols == 2 else 6.0, rows * (2.6 + 0.2 * len(segments)) + 0.3)
    grid = fig.subplots(rows, cols, squeeze=False, sharey=True)
    styles = ("-", "--", ":", "-.")
    notes = []
    for k, ch in enumerate(channels):
        ax = grid[k // cols][k % cols]
        curves = [(seg, SERIES[i % len(SERIES)], styles[i % len(styles)], report.cells[(ch, seg)])
                  for i, seg in enumerate(segments) if (ch, seg) in report.cells]
        missing = _draw(ax, curves, _window(report), narrow=cols > 1, scope=(ch,))
        if missing:
            notes.append(f"{ch}: {missing}")
        ax.set_title(f"{ch} ({_n(report.cells[(ch, 'all')])})", loc="left", fontsize=8)
        if k == 0:
            ax.legend(loc="upper left")
    for k in range(len(channels), rows * cols):
        grid[k // cols][k % cols].set_visible(False)
    fig.suptitle(title, x=0.01, ha="left", fontsize=10)
    caption = (f"As the per-channel chart, one panel per channel and one curve per segment (line style too, for "
               f"print in grey); {_n(report.cells[('all', 'all')])}; {BAND}. "
               f"{' '.join(notes)}").strip()
    return Chart("", title, caption, fig)


def _n(f) -> str:
    return f"n = {f.counts['sent']:,} probes of {f.companies:,} companies"


def _draw(ax, curves, window: float, narrow: bool = False, scope: tuple = ()) -> str:
    """The curves, their bands and the at-risk rows on one axis; what could not be drawn, in words."""
    right = max(window, 60.0)
    ticks = [(t, label) for t, label in TIME_TICKS if LEFT <= t <= right and not (narrow and label in NARROW_SKIPS)]
    missing = []
    for label, colour, style, f in curves:
        s: Survival | None = f.survival
        if s is None:
            missing.append(f"{label}: no answer among {f.counts['sent']:,} probes")
            continue
        t = np.clip(s.times, LEFT, right)
        (line,) = ax.step(t, s.answered, where="post", color=colour, linestyle=style, linewidth=1.6,
                          label=f"{label} (n={f.counts['sent']:,})")
        line.set_gid(gid("km", *scope, label))
        ax.fill_between(t, s.low, s.high, step="post", color=colour, alpha=0.15, linewidth=0)
    ax.set_xscale("log")
    ax.set_xlim(LEFT, right)
    ax.set_ylim(0, 1)
    ax.xaxis.set_major_locator(NullLocator())
    ax.xaxis.set_minor_locator(NullLocator())
    ax.set_xticks([t for t, _ in ticks], [label for _, label in ticks])
    ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    ax.set_xlabel("time since sending (log scale)")
    ax.set_ylabel("share answered")
    drawn = [(label, colour, f.survival) for label, colour, _, f in curves if f.survival is not None]
    # the numbers at risk: a row per curve under the axis label, one number at each tick (offsets in points, so
    # the rows keep their place whatever the axis' height)
    def put(text, x, row, colour, xycoords=("data", "axes fraction"), dx=0, ha="center"):
        ax.annotate(text, (x, 0), xycoords=xycoords, xytext=(dx, -40 - 10 * row), textcoords="offset points",
                    ha=ha, va="top", fontsize=7, color=colour, annotation_clip=False)

    put("at risk", 0, 0, GREY, "axes fraction", -20, "right")
    for r, (label, colour, s) in enumerate(drawn):
        put(label, 0, r + 1, colour, "axes fraction", -20, "right")
        for t, _ in ticks:
            put(_count(s.at(t)), t, r + 1, colour)
    return "; ".join(missing) + ("." if missing else "")


def _count(n: int) -> str:
    return f"{n / 1000:.0f}k" if n >= 100_000 else f"{n:,}"
