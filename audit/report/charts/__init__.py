"""The report's charts for print, drawn with matplotlib from the Report alone (every number is the report's own):

    charts(report) -> dict[name, Chart]      each with its matplotlib Figure, or None and why it was not drawn
    write_charts(report, directory, "svg")   one file per chart (svg, pdf or png) and captions.md beside them
    inline_svg(chart)                        the chart as SVG for the HTML page: no external reference, ids unique
    save(chart, path_or_file, "pdf")         one chart saved with the style's file options

A figure saved with its own savefig outside rc_context(STYLE) gets matplotlib's default file options (SVG text as
paths, PDF Type 3 fonts that some journals refuse); save() keeps the style's (text as text, TrueType).

Names are stable (file names, the HTML's `chart-NAME` ids): see CHARTS. Figures are made with
matplotlib.figure.Figure, not pyplot: no backend is chosen, no global figure list grows, and a notebook's own
backend is left alone. The style (an Okabe–Ito palette, safe for colour-blind readers and distinct in grey by
marker and hatch too) is one rc dictionary, STYLE, applied while drawing and while saving.

    km.py      the Kaplan–Meier curves (per channel; per segment within each channel) with numbers at risk
    plots.py   quality against speed, answered shares, the score distribution, redirects…, the wave trend
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

from audit.errors import AuditError
from audit.report.build import Report
from audit.report.charts import km, plots
from audit.report.charts.base import _METADATA, FORMATS, STYLE, Chart

__all__ = ["CHARTS", "FORMATS", "Chart", "charts", "inline_svg", "save", "write_charts"]

# name -> how it is drawn, in reading order: the names are the files' and the HTML ids' (chart-NAME)
CHARTS: dict[str, Callable[[Report], Chart]] = {
    "response-times-by-channel": km.by_channel,
    "response-times-by-segment": km.by_segment,
    "quality-vs-speed": plots.quality_vs_speed,
    "answered-by-channel-and-segment": plots.answered,
    "scores-by-channel": plots.scores,
    "redirects-acks-helpdesks": plots.redirects,
    "wave-trend": plots.trend,
}


def charts(report: Report) -> dict[str, Chart]:
    """Every chart of the report, in reading order (CHARTS); a chart that cannot be drawn (no answer yet, one
    wave) is there with figure None and why_not."""
    import matplotlib

    out = {}
    with matplotlib.rc_context(STYLE):
        for name, draw in CHARTS.items():
            chart = draw(report)
            chart.name = name
            out[name] = chart
    return out


def write_charts(report: Report, directory: Path, fmt: str = "svg") -> list[tuple[Chart, Path | None]]:
    """Each drawn chart as DIR/NAME.FMT, and DIR/captions.md (every chart's caption, or why it was not drawn);
    (chart, path or None) in order."""
    if fmt not in FORMATS:
        raise AuditError(f"unknown chart format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}")
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise AuditError(f"--figures {directory}: is not a folder", hint="give a folder (it is created if missing)")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AuditError(f"--figures {directory}: cannot create the folder: {exc.strerror or exc}",
                         hint="give a folder you can write to") from None
    out, lines = [], [f"# Figures: {report.study.title}\n"]
    for chart in charts(report).values():
        path = None
        if chart.figure is not None:
            path = directory / f"{chart.name}.{fmt}"
            save(chart, path, fmt)
            lines.append(f"- **{path.name}**: {chart.title}. {chart.caption}")
        else:
            lines.append(f"- {chart.name}: not drawn: {chart.why_not}")
        out.append((chart, path))
    (directory / "captions.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def save(chart: Chart, target, fmt: str) -> None:
    import matplotlib

    with matplotlib.rc_context(STYLE):
        try:
            chart.figure.savefig(target, format=fmt, metadata=_METADATA[fmt])
        except OSError as exc:
            raise AuditError(f"cannot write {target}: {exc.strerror or exc}",
                             hint="give a folder you can write to") from None


def inline_svg(chart: Chart) -> str:
    """The chart as an <svg> element for an HTML page: no XML prolog, DOCTYPE or RDF metadata (their URLs are
    names, not requests, but a page that must make no request carries none), and every id prefixed with the
    chart's name, since several matplotlib SVGs on one page would otherwise share ids (clip paths, markers)."""
    buf = io.StringIO()
    save(chart, buf, "svg")
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    prefix = f"chart-{chart.name}-"
    svg = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{prefix}{m[1]}"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{prefix}{m[1]})", svg)
    svg = re.sub(r'href="#([^"]+)"', lambda m: f'href="#{prefix}{m[1]}"', svg)
    # a width and height in points would fix the size: the viewBox alone lets the page scale it
    svg = re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r'<svg\1 role="img" class="chart"', svg, count=1)
    return svg.replace("<svg", f'<svg aria-label="{_attr(chart.title)}"', 1)


def _attr(text: str) -> str:
    from html import escape

    return escape(text, quote=True)


