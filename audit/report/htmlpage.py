"""`audit report --html`: one self-contained HTML file a reader can open offline and share.

Everything is inline (CSS and SVG charts drawn here; no script, no font, no image, no CDN), so the file makes no
network request. Company names and study titles are strangers' or researchers' text: jinja2's autoescape is on and
the SVG text goes through the same escaping. Tables are the ones every other format shows (audit.report.render.tables),
so the figures cannot differ between formats.
"""

from __future__ import annotations

import math
from html import escape
from pathlib import Path

from jinja2 import Environment

from audit.errors import AuditError
from audit.report.build import RUBRIC, Report
from audit.report.render import FIGURES, tables

COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f",
           "#bcbd22")
W, H, PAD = 720, 320, 48
LEGEND = 90  # right margin for the legend, clear of the plot
MAX_POINTS = 4000

TEMPLATE = """<!doctype html>
<html lang="ru"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>{{ title }} — report</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.6rem 0 1.4rem;font-size:12.5px}
th,td{border:1px solid #ddd;padding:3px 7px;text-align:right}th{background:#f4f4f4}
td:first-child,td:nth-child(2),th:first-child,th:nth-child(2){text-align:left}
tr.bold td{font-weight:600}caption{caption-side:bottom;text-align:left;color:#555;font-size:12px;padding-top:4px}
figure{margin:1rem 0}figcaption{color:#555;font-size:12px}svg text{font:11px system-ui,sans-serif}
dl{display:grid;grid-template-columns:max-content auto;gap:2px 14px}dt{font-weight:600}dd{margin:0}
.note{color:#555}.interim{color:#a00}.final{color:#060}
</style></head><body>
<h1>{{ title }}</h1>
<p class="note">Study {{ study_id }}; report made {{ method.report_time }}; filters: {{ filters }}.</p>
{% for line in standing %}<p id="standing" class="{{ 'interim' if line.startswith('INTERIM') else 'final' }}">
<strong>{{ line }}</strong></p>{% endfor %}
{% if findings %}<section id="findings"><h2>{{ findings_header }}</h2><ul>
{% for f in findings %}<li class="finding{{ ' interim' if f.interim else '' }}">{{ f.text }}
<span class="note">({% if f.table %}<a href="#table-{{ f.table }}">{{ links[0] }}</a>{% endif %}{% if f.chart %},
<a href="#{{ f.chart }}">{{ links[1] }}</a>{% endif %})</span></li>
{% endfor %}</ul></section>{% endif %}
<nav><ul>{% for t in specs %}<li><a href="#{{ t.id }}">{{ t.title }}</a></li>{% endfor %}
<li><a href="#charts">charts</a></li><li><a href="#method">method</a></li><li><a href="#codebook">codebook</a></li>
</ul></nav>
{% for t in specs %}
<h2 id="table-{{ t.id }}">{{ t.title }}</h2>
<table id="{{ t.id }}" class="report-table">
{% if t.caption %}<caption>{{ t.caption }}</caption>{% endif %}
<thead><tr>{% for c in t.columns %}<th>{{ c }}</th>{% endfor %}</tr></thead>
<tbody>{% for row in t.rows %}<tr{% if loop.index0 in t.bold %} class="bold"{% endif %}>
{% for cell in row %}<td>{{ cell }}</td>{% endfor %}</tr>
{% else %}<tr>{% for c in t.columns %}<td>–</td>{% endfor %}</tr>{% endfor %}</tbody></table>
{% endfor %}
<section id="charts"><h2>Charts</h2>
{% for c in charts %}<figure id="{{ c.id }}">{{ c.svg | safe }}<figcaption>{{ c.caption }}</figcaption></figure>
{% endfor %}</section>
{% if notes %}<ul class="note">{% for n in notes %}<li>{{ n }}</li>{% endfor %}</ul>{% endif %}
<section id="method"><h2>Method</h2>
{% for p in method_text %}<p>{{ p }}</p>{% endfor %}
<h3>Quality rubric (0–4)</h3>
<table id="rubric"><thead><tr><th>score</th><th>meaning</th></tr></thead><tbody>
{% for s, text in rubric %}<tr><td>{{ s }}</td><td>{{ text }}</td></tr>{% endfor %}</tbody></table>
</section>
<section id="codebook"><h2>Codebook</h2>
{% for table, cols in codebook.items() %}<h3>{{ table }}</h3>
<table class="codebook"><thead><tr><th>column</th><th>type</th><th>meaning</th></tr></thead><tbody>
{% for name, type_, meaning in cols %}<tr><td>{{ name }}</td><td>{{ type_ }}</td><td>{{ meaning }}</td></tr>
{% endfor %}</tbody></table>{% endfor %}
</section>
</body></html>
"""


def write_html(report: Report, path: Path) -> Path:
    from audit.export.codebook import codebook

    attributes = sorted({k for c in report.study.companies for k in c.attrs})
    o = report.options
    filters = ", ".join(f"{name} {', '.join(values)}" for name, values in
                        (("wave", o.waves), ("channel", o.channels), ("segment", o.segments)) if values) or "none"
    html = Environment(autoescape=True).from_string(TEMPLATE).render(
        title=report.study.title, study_id=report.study.id, method=report.method, filters=filters,
        specs=tables(report), charts=charts(report), notes=report.notes, standing=report.standing,
        method_text=report.method_text, findings=report.findings, **_findings_words(report),
        rubric=RUBRIC, codebook={"report figures (breakdown rows)": list(FIGURES), **codebook(attributes)})
    path = _output_place(Path(path))
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(html, encoding="utf-8")
        tmp.replace(path)  # a reader never opens half a report
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise AuditError(f"--html {path}: cannot write: {exc.strerror or exc}",
                         hint="give a path in a folder you can write to") from None
    return path


def _output_place(path: Path) -> Path:
    """Where the report may go: a new file or a regular file, in a folder that exists; never a symlink (the rename
    would replace the link, not what it points to, or follow it where nobody meant), a device, a folder or a FIFO
    (renaming over /dev/full replaced the device by a file)."""
    if path.is_symlink():
        raise AuditError(f"--html {path}: is a symbolic link", hint="give the path of the file itself")
    if path.exists() and not path.is_file():
        raise AuditError(f"--html {path}: is not a regular file (a folder, a device or a pipe)",
                         hint="give the path of a new or existing .html file")
    if not path.parent.is_dir():
        raise AuditError(f"--html {path}: the folder {path.parent} does not exist",
                         hint=f"create it first (mkdir -p {path.parent}) or choose another path")
    return path


def _findings_words(report: Report) -> dict:
    from audit.report.findings import header, links

    return {"findings_header": header(report), "links": links(report)}


def charts(report: Report) -> list[dict]:
    return [
        {"id": "chart-km", "svg": km_svg(report),
         "caption": "Share of probes answered by time since sending (Kaplan–Meier; non-answers censored at the end "
                    "of the reply window), per channel; time on a log scale."},
        {"id": "chart-scatter", "svg": scatter_svg(report),
         "caption": "Each point a company on a channel: median response time (log scale) against mean quality; "
                    "the shaded corner is 'fast and good' (quality above 3, answered within one hour)."
                    + _thinned(report)},
        {"id": "chart-answered", "svg": answered_svg(report),
         "caption": "Share of probes answered by a person within the reply window, by channel and "
                    f"{_answered_by(report)}, with 95% bootstrap intervals; †: fewer companies than the small-group "
                    "size, no interval."},
    ]


def _frame(title: str, x_label: str, y_label: str) -> list[str]:
    return [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" role="img">',
            f"<title>{escape(title)}</title>",
            f'<line x1="{PAD}" y1="{H - PAD}" x2="{W - LEGEND}" y2="{H - PAD}" stroke="#444"/>',
            f'<line x1="{PAD}" y1="10" x2="{PAD}" y2="{H - PAD}" stroke="#444"/>',
            f'<text x="{(W + PAD) / 2}" y="{H - 8}" text-anchor="middle">{escape(x_label)}</text>',
            f'<text x="12" y="{H / 2}" transform="rotate(-90 12 {H / 2})" text-anchor="middle">'
            f"{escape(y_label)}</text>"]


def _log_x(seconds: float, lo: float, hi: float) -> float:
    seconds = min(max(seconds, lo), hi)
    return PAD + (math.log10(seconds) - math.log10(lo)) / (math.log10(hi) - math.log10(lo)) * (W - PAD - LEGEND - 10)


def _time_ticks(lo: float, hi: float) -> list[str]:
    out = []
    for seconds, label in ((60, "1m"), (600, "10m"), (3600, "1h"), (4 * 3600, "4h"), (86400, "1d"),
                           (3 * 86400, "3d"), (7 * 86400, "7d"), (30 * 86400, "30d")):
        if lo <= seconds <= hi:
            x = _log_x(seconds, lo, hi)
            out.append(f'<line x1="{x:.1f}" y1="{H - PAD}" x2="{x:.1f}" y2="{H - PAD + 4}" stroke="#444"/>'
                       f'<text x="{x:.1f}" y="{H - PAD + 16}" text-anchor="middle">{label}</text>')
    return out


def _window(report: Report) -> float:
    return float(report.method.get("reply_window_seconds") or 7 * 86400)


def km_svg(report: Report) -> str:
    lo, hi = 60.0, max(_window(report), 3600.0)
    parts = _frame("Response-time curves per channel", "time since sending", "share answered")
    parts += _time_ticks(lo, hi)
    for frac in (0, 0.25, 0.5, 0.75, 1):
        y = H - PAD - frac * (H - PAD - 10)
        parts.append(f'<text x="{PAD - 4}" y="{y + 4:.1f}" text-anchor="end">{frac:.0%}</text>')
    for i, (channel, curve) in enumerate(sorted(report.curves.items())):
        colour = COLOURS[i % len(COLOURS)]
        points, last = [], 0.0
        for t, share in curve:
            x, y_prev = _log_x(max(t, lo), lo, hi), H - PAD - last * (H - PAD - 10)
            y = H - PAD - share * (H - PAD - 10)
            points += [f"{x:.1f},{y_prev:.1f}", f"{x:.1f},{y:.1f}"]  # a step: flat, then up
            last = share
        points.append(f"{_log_x(hi, lo, hi):.1f},{H - PAD - last * (H - PAD - 10):.1f}")
        parts.append(f'<polyline class="km-curve" data-channel="{escape(channel)}" fill="none" stroke="{colour}" '
                     f'stroke-width="2" points="{" ".join(points)}"/>')
        parts.append(f'<text x="{W - LEGEND + 14}" y="{24 + 14 * i}" fill="{colour}">{escape(channel)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def scatter_svg(report: Report) -> str:
    lo, hi = 60.0, max(_window(report), 3600.0)
    parts = _frame("Quality against speed", "median response time", "mean quality (0–4)")
    parts += _time_ticks(lo, hi)

    def y_of(q: float) -> float:
        return H - PAD - q / 4 * (H - PAD - 10)

    corner_x = _log_x(3600, lo, hi)
    parts.append(f'<rect class="fast-and-good" x="{PAD}" y="10" width="{corner_x - PAD:.1f}" '
                 f'height="{y_of(3) - 10:.1f}" fill="#2ca02c" fill-opacity="0.12" stroke="#2ca02c"/>'
                 f'<text x="{PAD + 6}" y="24" fill="#2ca02c">fast and good</text>')
    for q in range(5):
        parts.append(f'<text x="{PAD - 4}" y="{y_of(q) + 4:.1f}" text-anchor="end">{q}</text>')
    channels = sorted({p.channel for p in report.points})
    for p in _plotted(report)[0]:
        colour = COLOURS[channels.index(p.channel) % len(COLOURS)]
        parts.append(f'<circle class="point" cx="{_log_x(p.median_response_seconds, lo, hi):.1f}" '
                     f'cy="{y_of(p.quality):.1f}" r="3" fill="{colour}" fill-opacity="0.6">'
                     f"<title>{escape(p.name)} ({escape(p.channel)}): {p.quality:.2f}</title></circle>")
    for i, channel in enumerate(channels):
        parts.append(f'<text x="{W - LEGEND + 14}" y="{24 + 14 * i}" fill="{COLOURS[i % len(COLOURS)]}">'
                     f"{escape(channel)}</text>")
    parts.append("</svg>")
    return "".join(parts)


def _plotted(report: Report) -> tuple[list, int]:
    """The scatter's points, thinned evenly past MAX_POINTS (a study of 10,000 companies would make the file
    tens of megabytes of circles), and how many there are."""
    points = [p for p in report.points if p.median_response_seconds is not None]
    step = math.ceil(len(points) / MAX_POINTS) if len(points) > MAX_POINTS else 1
    return points[::step], len(points)


def _thinned(report: Report) -> str:
    shown, total = _plotted(report)
    if len(shown) == total:
        return ""
    return (f" {len(shown):,} of {total:,} points shown (every {math.ceil(total / len(shown))}th); the fast-and-good "
            f"table and the JSON format list the corner in full.")


def _answered_by(report: Report) -> str:
    """The breakdown the answered-share chart shows: segment, as the study's findings are, else the first one
    asked for (`--by turnover` alone must not leave the chart empty)."""
    names = [b.by for b in report.breakdowns]
    return "segment" if "segment" in names or not names else names[0]


def answered_svg(report: Report) -> str:
    """Bars with their 95% intervals as whiskers; a small group's label carries the † and has no whisker."""
    by, rows = _answered_by(report), []
    for b in report.breakdowns:
        if b.by != by:
            continue
        for r in b.rows:
            ch, group = r.key.get("channel"), r.key.get(by)
            if ch and group:
                rows.append((f"{ch} · {group}{'†' if r.small else ''}", r.estimates["answered_share"]))
    height = max(60, 22 * len(rows) + 30)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {height}" width="{W}" height="{height}" '
             f'role="img"><title>Answered share by channel and {escape(by)}</title>']
    left, width = 190, W - 190 - 60
    for i, (label, e) in enumerate(rows):
        y = 10 + 22 * i
        parts.append(f'<text x="{left - 6}" y="{y + 13}" text-anchor="end">{escape(label)}</text>')
        if e.value is None:
            continue
        parts.append(f'<rect class="bar" x="{left}" y="{y}" width="{e.value * width:.1f}" height="16" '
                     f'fill="#1f77b4" fill-opacity="0.8"/>')
        end = e.value
        if e.low is not None and e.high is not None:
            x0, x1 = left + e.low * width, left + e.high * width
            parts.append(f'<path class="ci" d="M{x0:.1f} {y + 8}H{x1:.1f}M{x0:.1f} {y + 3}V{y + 13}'
                         f'M{x1:.1f} {y + 3}V{y + 13}" stroke="#222" fill="none"/>')
            end = e.high
        parts.append(f'<text x="{left + end * width + 5:.1f}" y="{y + 13}">{e.value:.0%}</text>')
    parts.append("</svg>")
    return "".join(parts)
