"""`audit report --html`: one self-contained HTML file a reader can open offline and share.

Everything is inline (CSS, and the charts as SVG: audit.report.charts, the same matplotlib figures `--figures`
writes; no script, no font, no image, no CDN), so the file makes no network request. The charts come first, the
tables after. Company names and study titles are strangers' or researchers' text: jinja2's autoescape is on, and
matplotlib escapes the SVG's text. Tables are the ones every other format shows (audit.report.render.tables), so the
figures cannot differ between formats.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment

from audit.errors import AuditError
from audit.report.build import RUBRIC, Report
from audit.report.render import FIGURES, tables

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
figure{margin:1rem 0 2rem}figcaption{color:#555;font-size:12px;max-width:760px}
svg.chart{width:100%;max-width:860px;height:auto}.not-drawn{color:#a60}
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
<nav><ul><li><a href="#charts">charts</a></li>
{% for t in specs %}<li><a href="#{{ t.id }}">{{ t.title }}</a></li>{% endfor %}
<li><a href="#method">method</a></li><li><a href="#codebook">codebook</a></li>
</ul></nav>
<section id="charts"><h2>Charts</h2>
{% for c in charts %}{% if c.figure is not none %}<figure id="chart-{{ c.name }}">{{ c.svg | safe }}
<figcaption><strong>{{ c.title }}.</strong> {{ c.caption }}</figcaption></figure>
{% else %}<p id="chart-{{ c.name }}" class="not-drawn">Not drawn: {{ c.title }}: {{ c.why_not }}.</p>
{% endif %}{% endfor %}</section>
{% for t in specs %}
<h2 id="table-{{ t.id }}">{{ t.title }}</h2>
<table id="{{ t.id }}" class="report-table">
{% if t.caption %}<caption>{{ t.caption }}</caption>{% endif %}
<thead><tr>{% for c in t.columns %}<th>{{ c }}</th>{% endfor %}</tr></thead>
<tbody>{% for row in t.rows %}<tr{% if loop.index0 in t.bold %} class="bold"{% endif %}>
{% for cell in row %}<td>{{ cell }}</td>{% endfor %}</tr>
{% else %}<tr>{% for c in t.columns %}<td>–</td>{% endfor %}</tr>{% endfor %}</tbody></table>
{% endfor %}
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
        specs=tables(report), charts=_charts(report), notes=report.notes, standing=report.standing,
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


def _charts(report: Report) -> list:
    """The report's charts with their inline SVG (audit.report.charts: one way to draw them, for files and page)."""
    from audit.report.charts import charts, inline_svg

    return [{"name": c.name, "title": c.title, "caption": c.caption, "figure": c.figure, "why_not": c.why_not,
             "svg": inline_svg(c) if c.figure is not None else ""} for c in charts(report).values()]
