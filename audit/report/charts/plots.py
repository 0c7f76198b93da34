"""The report's other charts: quality against speed, answered shares with their intervals, the 0–4 score
distribution, redirect / acknowledgement-only / helpdesk shares, and the wave-over-wave trend."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
from matplotlib.ticker import NullLocator, PercentFormatter

from audit.report.build import RUBRIC, Report
from audit.report.charts.base import (
    GREY,
    HATCHES,
    MARKERS,
    OKABE_ITO,
    SERIES,
    Chart,
    figure,
    gid,
    not_drawn,
    nothing_sent,
)
from audit.report.figures import HOUR, TIME_TICKS, Estimate
from audit.report.ranking import FAST, GOOD

LABELLED = 3  # top companies named on the quality-vs-speed chart, per segment
NAME_CHARS = 28
SMALL = "†"


def _short(name: str) -> str:
    return name if len(name) <= NAME_CHARS else name[:NAME_CHARS - 1] + "…"


def _segment_order(report: Report) -> list[str]:
    return [seg for ch, seg in report.cells if ch == "all" and seg != "all"]


def quality_vs_speed(report: Report) -> Chart:
    """A point per company and channel, by segment (colour and marker). Points that fall on the same spot (a
    quality of exactly 4.0 or 1.0 within a few per cent of time) are merged into one marker sized by their count."""
    title = "Quality against speed, per company and channel"
    if empty := nothing_sent(report):
        return not_drawn(title, empty)
    points = report.points
    if not points:
        return not_drawn(title, "no company × channel has a known score yet (reply windows still open)")
    window = report.study.reply_window.total_seconds()
    beyond = window * 3.5  # the column of pairs whose median was not reached within the window
    segments = _segment_order(report) or sorted({p.segment for p in points})
    fig = figure(7.2, 4.6)
    ax = fig.add_subplot()
    ax.add_patch(_corner(ax))
    spots = {seg: Counter((round(math.log10(max(p.median_response_seconds or beyond, 1.0)) / 0.05),
                           round(p.quality / 0.05)) for p in points if p.segment == seg) for seg in segments}
    most = max((n for cells in spots.values() for n in cells.values()), default=1)
    for i, seg in enumerate(segments):
        mine = [p for p in points if p.segment == seg]
        cells = spots[seg]
        if not cells:
            continue
        xy = np.array([(10 ** (bx * 0.05), by * 0.05) for bx, by in cells])
        n = np.array(list(cells.values()))
        ax.scatter(xy[:, 0], xy[:, 1], s=10 + 140 * np.sqrt(n / most), marker=MARKERS[i % len(MARKERS)],
                   color=SERIES[i % len(SERIES)], alpha=0.55, edgecolors="white", linewidths=0.4,
                   label=f"{seg} ({len(mine):,})", gid=gid("points", seg))
    key = _label_top(ax, report, beyond)
    if key:
        ax.text(1.02, 1.0, "top companies\n" + "\n".join(key), transform=ax.transAxes, va="top", ha="left",
                fontsize=7, linespacing=1.5)
    _time_axis(ax, window, beyond)
    ax.set_ylim(-0.15, 4.25)
    ax.set_yticks(range(5))
    ax.set_xlabel("median response time on the channel (log scale)")
    ax.set_ylabel("mean quality (0–4)")
    ax.set_title(title, loc="left")
    legend = ax.legend(loc="lower left", title="segment (pairs)", title_fontsize=8)
    for handle in legend.legend_handles[1:]:
        handle.set_sizes([30])
    good = len(report.fast_and_good)
    caption = (f"Each marker a company on a channel: its mean quality over its probes (no answer = 0) against its "
               f"median response time (past the window: not answered in most of its probes); markers on the same "
               f"spot are merged and sized by their count; "
               f"n = {len(points):,} company × channel pairs. Shaded: fast and good (quality above {GOOD:g}, "
               f"median within {FAST / HOUR:g} h), {good:,} pair(s). The largest marker stands for {most:,} pairs. "
               f"Numbered: the top {LABELLED} of each segment by the report's top rule, at their best channel "
               f"({'; '.join(k.split('  ', 1)[1] for k in key) or 'none yet'}).")
    return Chart("", title, caption, fig)


def _corner(ax):
    from matplotlib.patches import Rectangle

    return Rectangle((0.5, GOOD), FAST - 0.5, 4.25 - GOOD, facecolor=OKABE_ITO["green"], alpha=0.12,
                     edgecolor=OKABE_ITO["green"], linewidth=0.8, gid="fast-and-good", zorder=0,
                     label="fast and good")


def _label_top(ax, report: Report, beyond: float) -> list[str]:
    """The top companies tagged 1, 2, 3… at their best channel's point (short tags: full names would pile up on
    the crowded top row); the key, one line per tag, is returned for the side of the chart."""
    spots: list[list] = []  # [x, y, tag, tag…]
    key = []
    for seg, ranked in report.top.items():
        for r in ranked[:LABELLED]:
            mine = [p for p in report.points if p.company_id == r.company_id]
            if not mine:
                continue
            best = max(mine, key=lambda p: (p.quality, -(p.median_response_seconds or math.inf)))
            tag = str(len(key) + 1)
            x, y = best.median_response_seconds or beyond, best.quality
            # tags this close would overlap: they share one label ("1,6")
            near = next((s for s in spots if abs(math.log10(max(s[0], 1.0)) - math.log10(max(x, 1.0))) < 0.3
                         and abs(s[1] - y) < 0.2), None)
            if near is None:
                near = [x, y]
                spots.append(near)
            near.append(tag)
            key.append(f"{tag}  {_short(r.name)} ({seg}, {best.channel})")
    for x, y, *tags in spots:
        ax.annotate(",".join(tags), (x, y), xytext=(4, 5), textcoords="offset points", fontsize=7, weight="bold",
                    color="#000000", gid=gid("top", *tags))
    return key


def _time_axis(ax, window: float, beyond: float | None = None) -> None:
    ticks = [(t, label) for t, label in TIME_TICKS if 1 <= t <= window]
    if beyond:
        ticks.append((beyond, f"> {_dur(window)}"))
        ax.axvline(window * 1.8, color=GREY, linewidth=0.6, linestyle=":")
    ax.set_xscale("log")
    ax.set_xlim(0.7, (beyond or window) * 1.6)
    ax.xaxis.set_minor_locator(NullLocator())
    ax.set_xticks([t for t, _ in ticks], [label for _, label in ticks])


def _dur(seconds: float) -> str:
    days = seconds / 86400
    return f"{days:g} d" if days >= 1 else f"{seconds / 3600:g} h"


def _answered_by(report: Report) -> str:
    """The breakdown the answered-share chart shows: segment, as the study's findings are, else the first one
    asked for (`--by turnover` alone must not leave the chart empty)."""
    names = [b.by for b in report.breakdowns]
    return "segment" if "segment" in names or not names else names[0]


def answered(report: Report) -> Chart:
    by = _answered_by(report)
    title = f"Share of probes answered, by channel and {by}"
    if empty := nothing_sent(report):
        return not_drawn(title, empty)
    rows = [r for b in report.breakdowns if b.by == by for r in b.rows
            if r.key.get("channel") and r.key.get(by)]
    if not rows:
        return not_drawn(title, "no probe sent yet")
    channels = list(dict.fromkeys(r.key["channel"] for r in rows))
    groups = list(dict.fromkeys(r.key[by] for r in rows))
    fig = figure(7.2, 3.6)
    ax = fig.add_subplot()
    width = 0.8 / len(groups)
    for g, group in enumerate(groups):
        for c, ch in enumerate(channels):
            r = next((r for r in rows if r.key["channel"] == ch and r.key[by] == group), None)
            if r is None:
                continue
            _bar(ax, c - 0.4 + width * (g + 0.5), width, r.estimates["answered_share"], g, r.small,
                 (ch, group), label=group if c == 0 else None)
    ax.set_xticks(range(len(channels)), channels)
    ax.xaxis.set_minor_locator(NullLocator())
    ax.set_ylim(0, 1.08)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    ax.set_ylabel("share answered within the reply window")
    ax.set_title(title, loc="left")
    ax.legend(title=by, title_fontsize=8, ncols=min(len(groups), 4), loc="upper center",
              bbox_to_anchor=(0.5, -0.1))
    ax.grid(axis="x", visible=False)
    small = sum(r.small for r in rows)
    caption = (f"A person's answer (redirects included) within the reply window, over probes sent; bars: the "
               f"share, whiskers: 95% bootstrap interval over companies; n = {sum(r.counts['sent'] for r in rows):,} "
               f"probes in {len(rows)} bars" + (f"; {SMALL} over {small} bar(s): fewer companies than the small-"
                                                f"group size, no interval" if small else "") + ".")
    return Chart("", title, caption, fig)


def _bar(ax, x: float, width: float, e: Estimate, i: int, small: bool, name: tuple, label: str | None = None,
         colour: str | None = None) -> None:
    """One bar with its interval as a whisker and its value above; a small group's bar has a † and no whisker."""
    if e.value is None:
        ax.annotate("–", (x, 0.01), ha="center", fontsize=7, color=GREY)
        return
    bars = ax.bar(x, e.value, width * 0.92, color=colour or SERIES[i % len(SERIES)], hatch=HATCHES[i % len(HATCHES)],
                  edgecolor="white", linewidth=0.5, label=label)
    bars.patches[0].set_gid(gid("bar", *name))
    top = e.value
    if e.low is not None and e.high is not None and not small:
        ax.errorbar(x, e.value, yerr=[[e.value - e.low], [e.high - e.value]], color="#222222", linewidth=0.9,
                    capsize=2.5)
        top = e.high
    ax.annotate(f"{e.value:.0%}{SMALL if small else ''}", (x, top + 0.015), ha="center", va="bottom", fontsize=6.5)


def scores(report: Report) -> Chart:
    title = "Quality scores (0–4) per channel"
    if empty := nothing_sent(report):
        return not_drawn(title, empty)
    rows = [(ch, n) for ch, n in report.scores.items() if sum(n)]
    if not rows:
        return not_drawn(title, "no probe has a known score yet (reply windows still open, or nothing sent)")
    colours = (OKABE_ITO["vermillion"], OKABE_ITO["orange"], OKABE_ITO["yellow"], OKABE_ITO["sky"],
               OKABE_ITO["blue"])
    fig = figure(7.2, 1.9 + 0.38 * len(rows))
    ax = fig.add_subplot()
    labels = [f"{ch} (n={sum(n):,})" for ch, n in rows]
    y = np.arange(len(rows))[::-1]
    left = np.zeros(len(rows))
    for s in range(5):
        share = np.array([n[s] / sum(n) for _, n in rows])
        bars = ax.barh(y, share, left=left, color=colours[s], hatch=HATCHES[s], edgecolor="white", linewidth=0.5,
                       label=f"{s}: {RUBRIC[s][1].split(':')[0].split('(')[0].strip()}", height=0.7)
        for bar, (ch, _) in zip(bars.patches, rows, strict=True):
            bar.set_gid(gid("score", ch, s))
        for yy, l0, sh in zip(y, left, share, strict=True):
            if sh >= 0.06:
                ax.annotate(f"{sh:.0%}", (l0 + sh / 2, yy), ha="center", va="center", fontsize=6.5,
                            color="white" if s in (0, 4) else "#222222")
        left += share
    ax.set_yticks(y, labels)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    ax.set_xlabel("share of probes with a known score")
    ax.grid(axis="y", visible=False)
    ax.set_title(title, loc="left")
    fig.legend(loc="outside lower center", ncols=3, fontsize=7)
    caption = (f"Every sent probe whose score is known (no answer within the reply window = 0; people's mean "
               f"scores rounded half up to a whole score), per channel; n = {sum(report.scores.get('all', [0])):,} "
               f"probes. The rubric is in the method section.")
    return Chart("", title, caption, fig)


REDIRECT_METRICS = (("redirect_share", "redirect only"), ("ack_only_share", "acknowledgement only"),
                    ("helpdesk_share", "a helpdesk showed"))


def redirects(report: Report) -> Chart:
    title = "Redirects, acknowledgements without an answer, and helpdesks, per channel"
    if empty := nothing_sent(report):
        return not_drawn(title, empty)
    channels = [ch for ch, seg in report.cells if seg == "all"]
    if not channels:
        return not_drawn(title, "no probe sent yet")
    fig = figure(7.2, 3.4)
    ax = fig.add_subplot()
    width = 0.8 / len(REDIRECT_METRICS)
    for m, (metric, label) in enumerate(REDIRECT_METRICS):
        for c, ch in enumerate(channels):
            f = report.cells[(ch, "all")]
            _bar(ax, c - 0.4 + width * (m + 0.5), width, f.estimates[metric], m, f.small, (ch, metric),
                 label=label if c == 0 else None, colour=(OKABE_ITO["vermillion"], OKABE_ITO["sky"],
                                                          OKABE_ITO["green"])[m])
    ax.set_xticks(range(len(channels)), [f"{ch}\n(n={report.cells[(ch, 'all')].counts['sent']:,})"
                                         for ch in channels])
    ax.xaxis.set_minor_locator(NullLocator())
    ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    top = max((report.cells[(ch, "all")].estimates[m].high or report.cells[(ch, "all")].estimates[m].value or 0)
              for ch in channels for m, _ in REDIRECT_METRICS)
    ax.set_ylim(0, min(1.0, top * 1.2 + 0.05))
    ax.set_ylabel("share of probes sent")
    ax.grid(axis="x", visible=False)
    ax.set_title(title, loc="left")
    ax.legend(loc="upper left", ncols=3)
    caption = ("Shares of the probes sent: the first answer only sent the customer elsewhere (redirect); an "
               "automatic reply or acknowledgement and no answer; a reply showed a helpdesk system; whiskers: 95% "
               f"bootstrap interval over companies; n = {report.cells[('all', 'all')].counts['sent']:,} probes.")
    return Chart("", title, caption, fig)


def trend(report: Report) -> Chart:
    title = "Wave over wave: share answered and mean quality"
    if empty := nothing_sent(report):
        return not_drawn(title, empty)
    waves = list(dict.fromkeys(f.key["wave"] for f in report.trend))
    if len(waves) < 2:
        shown = [w["name"] for w in report.method.get("waves", [])]
        return not_drawn(title, f"the report covers one wave ({', '.join(shown[:1]) or 'none'}): no trend to draw"
                         if len(shown) <= 1 else "the report's probes come from one wave: no trend to draw")
    series = list(dict.fromkeys(f.key.get("channel", "all") for f in report.trend))
    fig = figure(7.2, 3.4)
    share_ax, quality_ax = fig.subplots(1, 2)
    for i, name in enumerate(series):
        rows = {f.key["wave"]: f for f in report.trend if f.key.get("channel", "all") == name}
        colour = "#000000" if name == "all" else SERIES[(i - 1) % len(SERIES)]
        for ax, metric in ((share_ax, "answered_share"), (quality_ax, "quality_all")):
            xs = [k for k, w in enumerate(waves) if w in rows and rows[w].estimates[metric].value is not None]
            es = [rows[waves[k]].estimates[metric] for k in xs]
            if not xs:
                continue
            lo = [e.value - e.low if e.low is not None else 0 for e in es]
            hi = [e.high - e.value if e.high is not None else 0 for e in es]
            offset = (i - (len(series) - 1) / 2) * 0.06
            drawn = ax.errorbar(np.array(xs) + offset, [e.value for e in es], yerr=[lo, hi], color=colour,
                        marker=MARKERS[i % len(MARKERS)], markersize=4, linewidth=2 if name == "all" else 1.1,
                        capsize=2, label=name)
            drawn.lines[0].set_gid(gid("trend", metric, name))
    for ax in (share_ax, quality_ax):
        ax.set_xticks(range(len(waves)), waves, rotation=45 if len(waves) > 6 else 0)
        ax.xaxis.set_minor_locator(NullLocator())
        ax.set_xlabel("wave")
    share_ax.set_ylim(0, 1)
    share_ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    share_ax.set_ylabel("share answered")
    quality_ax.set_ylim(0, 4)
    quality_ax.set_ylabel("mean quality (0–4, no answer = 0)")
    share_ax.legend(loc="lower left", ncols=2, fontsize=7)
    fig.suptitle(title, x=0.01, ha="left", fontsize=10)
    n = sum(f.counts["sent"] for f in report.trend if "channel" not in f.key)
    caption = (f"Each wave's share of probes answered and mean quality, all channels (black) and per channel, "
               f"with 95% bootstrap intervals over companies; {len(waves)} waves, n = {n:,} probes. The "
               "comparisons table tests each wave against the one before.")
    return Chart("", title, caption, fig)
