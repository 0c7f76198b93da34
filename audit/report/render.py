"""The report as text: the same tables for the terminal (rich), Markdown and HTML, a tidy CSV of every number,
and JSON (Report.as_json). Company names and other strangers' text are escaped by each renderer, never here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO

from audit.report.build import Report
from audit.report.compare import COMPARISONS
from audit.report.durations import human_duration
from audit.report.figures import METRICS, QUANTILES, Estimate, Figures
from audit.report.findings import slug as _slug  # table ids: the findings name the same ones
from audit.report.tidy import CSV_COLUMNS, csv_rows  # the CSV's rows are tidy.py's (Report.frames() groups them)

SMALL_MARK = "†"
FAST_ROWS = 50  # rows of the fast-and-good table in the terminal, Markdown and HTML
LABELS = {"answered_share": "answered", "answered_share_without_unconfirmed": "answered without unconfirmed",
          "replied_share": "replied", "within_1h_share": "≤1h", "within_24h_share":
          "≤24h", "km_median_seconds": "median", "km_p90_seconds": "p90", "quality_all": "score",
          "quality_answered": "score (answered)", "redirect_share": "redirects", "ack_only_share": "ack only",
          "helpdesk_share": "helpdesk", "companies_answered_share": "companies answered",
          "companies_helpdesk_share": "companies with a helpdesk"}


# every figure of a breakdown row (JSON keys, the CSV's `metric`), for the HTML codebook and the README
FIGURES = (
    ("companies", "integer", "companies behind the row (the unit the bootstrap resamples)"),
    ("sent", "integer", "probes sent"),
    ("delivered", "integer", "sent probes without a permanent bounce"),
    ("replied", "integer", "probes with any reply of the company's own within the reply window (answers, "
                           "auto-replies and acknowledgements)"),
    ("answered", "integer", "probes with a human answer (redirects included) within the reply window"),
    ("within_1h, within_24h", "integer", "probes answered within 1 hour / 24 hours of sending"),
    ("redirect, ack_only, helpdesk", "integer", "probes whose first answer only redirects / with an automatic reply "
                                                "and no answer / with a reply that showed a helpdesk"),
    ("window_open", "integer", "probes still inside their reply window without an answer"),
    ("unconfirmed", "integer", "probes sent, unconfirmed: a run stopped after handing the message over, so it may "
                               "or may not have left"),
    ("unconfirmed_no_reply", "integer", "unconfirmed probes that got nothing back (no answer, no other reply, no "
                                        "bounce): they may never have left"),
    ("answered_share, replied_share", "share", "answered / sent, replied / sent (unconfirmed probes included: "
                                               "unanswered unless answered)"),
    ("answered_share_without_unconfirmed", "share", "answered / (sent − unconfirmed_no_reply): the probes that may "
                                                    "never have left are out of the denominator; an unconfirmed probe "
                                                    "that got anything back left, and stays in"),
    ("within_1h_share, within_24h_share", "share", "within_1h / sent, within_24h / sent"),
    ("km_median_seconds, km_p90_seconds", "seconds", "time by which half / 90% of the probes were answered: "
                                                     "Kaplan–Meier, non-answers censored at the end of the window; "
                                                     "null when not reached within the window"),
    ("median_answered_seconds", "seconds", "median response time of the answered probes alone (no interval)"),
    ("km_median_business_seconds, km_p90_business_seconds", "seconds",
     "the Kaplan–Meier quantiles on the company's working clock (working hours, weekends and holidays removed)"),
    ("quality_all", "score 0–4", "mean score over every sent probe whose score is known (no answer within the "
                                 "window = 0; left out while the window is open)"),
    ("quality_answered", "score 0–4", "mean score of the answered probes"),
    ("redirect_share, ack_only_share, helpdesk_share", "share", "redirect, ack_only and helpdesk over sent"),
    ("companies_answered", "integer", "companies of the row with at least one human answer within the reply window"),
    ("companies_helpdesk", "integer", "companies of the row with a helpdesk: the `helpdesk` column where given, "
                                      "else a reply in this row that showed one"),
    ("companies_answered_share, companies_helpdesk_share", "share", "companies_answered and companies_helpdesk "
                                                                    "over the row's companies"),
    ("small", "boolean", "fewer companies than the small-group size: no interval, never compared"),
    ("value, ci_low, ci_high", "", "a figure and its 95% percentile bootstrap interval over companies; null: not "
                                   "computable or not reached"),
)


@dataclass
class TableSpec:
    id: str  # the HTML id (the browser test looks tables up by it)
    title: str
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    caption: str = ""
    bold: set[int] = field(default_factory=set)  # rows shown in bold: a channel's 'all' row


def share(v: float | None) -> str:
    return "–" if v is None else f"{v:.0%}"


def _ci(e: Estimate, fmt: Callable[[float | None], str]) -> str:
    """value (low–high); a share's interval in points without the % sign, to keep columns narrow."""
    if e.value is None:
        return fmt(None)
    if e.low is None and e.high is None:
        return fmt(e.value)
    if fmt is share:
        hi = "?" if e.high is None else f"{e.high * 100:.0f}"
        return f"{e.value:.0%} ({e.low * 100:.0f}–{hi})" if e.low is not None else f"{e.value:.0%} (?–{hi})"
    return f"{fmt(e.value)} ({fmt(e.low) if e.low is not None else '?'}–{fmt(e.high)})"


def formatter(metric: str, window: float) -> Callable[[float | None], str]:
    if metric in QUANTILES:
        return lambda v: f">{human_duration(window)}" if v is None else human_duration(v)
    if metric.startswith("quality"):
        return lambda v: "–" if v is None else f"{v:.2f}"
    return share


def _diff(metric: str, e: Estimate, window: float) -> str:
    if e.value is None:
        return "–"
    if metric in QUANTILES:
        def fmt(v):
            return "?" if v is None else ("−" if v < 0 else "+") + human_duration(abs(v))
    elif metric.startswith("quality"):
        def fmt(v):
            return "?" if v is None else f"{v:+.2f}".replace("-", "−")
    else:
        def fmt(v):
            return "?" if v is None else f"{v * 100:+.0f}pp".replace("-", "−")
    return f"{fmt(e.value)} ({fmt(e.low)}, {fmt(e.high)})" if (e.low, e.high) != (None, None) else fmt(e.value)


def tables(report: Report) -> list[TableSpec]:
    window = report.study.reply_window.total_seconds()
    out = [_coverage(report)] if report.coverage is not None else []
    unconfirmed = any(r.counts["unconfirmed"] for b in report.breakdowns for r in b.rows)
    for b in report.breakdowns:
        out += _breakdown(b.by, b.rows, window, unconfirmed)
    for kind, (title, metrics) in COMPARISONS.items():
        found = [c for c in report.comparisons if c.kind == kind]
        if not found:
            continue
        t = TableSpec(f"comparisons-{kind}", f"{title}: difference A − B (95% CI)",
                      ["scope", "A vs B", "companies A/B", *(LABELS[m] for m in metrics), "note"],
                      caption="pp: percentage points; paired bootstrap over companies; " + SMALL_MARK +
                              ": a group too small to compare")
        for c in found:
            mark = SMALL_MARK if c.small else ""
            t.rows.append([", ".join(f"{v}" for v in c.scope.values()), f"{c.a_label} vs {c.b_label}{mark}",
                           f"{c.a.companies}/{c.b.companies}",
                           *(_diff(x.metric, x.difference, window) for x in c.contrasts), c.note or ""])
        out.append(t)
    for seg, rows in report.top.items():
        t = TableSpec(f"top-{_slug(seg)}", f"top {report.options.top}: {seg}",
                      ["rank", "company", "id", "channels answered", "score", "median response"],
                      caption="rule: " + report.method["top_rule"])
        t.rows = [[str(r.rank), r.name, r.company_id, f"{r.answered_channels}/{r.channels}",
                   "–" if r.quality is None else f"{r.quality:.2f}", human_duration(r.median_response_seconds)]
                  for r in rows]
        out.append(t)
    good = report.fast_and_good
    more = f"; the best {FAST_ROWS} shown, the JSON and CSV formats list all" if len(good) > FAST_ROWS else ""
    t = TableSpec("fast-and-good", f"fast and good: {len(good)} company × channel pair(s)",
                  ["company", "id", "segment", "channel", "score", "median response"],
                  caption=report.method["fast_and_good_rule"] + more)
    t.rows = [[p.name, p.company_id, p.segment, p.channel, f"{p.quality:.2f}",
               human_duration(p.median_response_seconds)] for p in good[:FAST_ROWS]]
    out.append(t)
    return out


def _breakdown(by: str, rows: list[Figures], window: float, unconfirmed: bool) -> list[TableSpec]:
    """The breakdown's three tables; the responses table shows unconfirmed sends only when the report has any."""
    resp, times, qual = _breakdown_tables(by, window, unconfirmed)
    fmt = {m: formatter(m, window) for m in METRICS}
    duration = fmt["km_median_seconds"]
    for i, r in enumerate(rows):
        e, c = r.estimates, r.counts
        label = [r.key.get("channel", "all"), r.key.get(by, "all") + (SMALL_MARK if r.small else ""),
                 str(r.companies)]
        doubt = [f"{c['unconfirmed']} ({c['unconfirmed_no_reply']} no reply)" if c["unconfirmed"] else "0",
                 _ci(e["answered_share_without_unconfirmed"], share)] if unconfirmed else []
        resp.rows.append([*label, *(str(c[k]) for k in ("sent", "delivered", "replied", "answered")),
                          _ci(e["answered_share"], share), *doubt, _ci(e["within_1h_share"], share),
                          _ci(e["within_24h_share"], share), _companies(r, "companies_answered")])
        times.rows.append([*label, _ci(e["km_median_seconds"], duration), _ci(e["km_p90_seconds"], duration),
                           human_duration(r.extra["median_answered_seconds"]),
                           duration(r.extra["km_median_business_seconds"]),
                           duration(r.extra["km_p90_business_seconds"])])
        qual.rows.append([*label, _ci(e["quality_all"], fmt["quality_all"]),
                          _ci(e["quality_answered"], fmt["quality_answered"]), _ci(e["redirect_share"], share),
                          _ci(e["ack_only_share"], share), _ci(e["helpdesk_share"], share),
                          _companies(r, "companies_helpdesk")])
        if by not in r.key:
            for t in (resp, times, qual):
                t.bold.add(i)
    return [resp, times, qual]


def _breakdown_tables(by: str, window: float, unconfirmed: bool) -> tuple[TableSpec, TableSpec, TableSpec]:
    """The three empty tables of a breakdown (responses, times, quality) with their columns and captions."""
    slug, w = _slug(by), human_duration(window)
    doubt = ["unconfirmed", "share answered without unconfirmed"] if unconfirmed else []
    resp = TableSpec(f"responses-{slug}", f"responses by channel and {by}",
                     ["channel", by, "companies", "sent", "delivered", "replied", "answered", "share answered",
                      *doubt, "≤1h", "≤24h", "companies answered"],
                     caption="delivered: no permanent bounce; replied: any reply of the company's own, auto-replies "
                             "and acknowledgements included; answered: a human answer (redirects included) within "
                             f"the reply window ({w}); ≤1h, ≤24h: answered within, as a share of sent probes; "
                             "companies answered: companies with at least one answer, and their share; "
                             + (_UNCONFIRMED if unconfirmed else "") +
                             f"(95% CI); {SMALL_MARK}: fewer companies than the small-group size, no interval")
    times = TableSpec(f"times-{slug}", f"response times by channel and {by}",
                      ["channel", by, "companies", "median", "p90", "median of answers", "median (business)",
                       "p90 (business)"],
                      caption="Kaplan–Meier over every sent probe, non-answers censored at the end of the reply "
                              f"window; >{w}: not reached within the window; business: the company's working "
                              "hours only; median of answers: over the answered probes alone; (95% CI)")
    qual = TableSpec(f"quality-{slug}", f"quality by channel and {by}",
                     ["channel", by, "companies", "score", "score (answered)", "redirects", "ack only",
                      "helpdesk", "companies with a helpdesk"],
                     caption="score 0–4: the export's score (people's over the automatic); over all probes with no "
                             "answer = 0, and over the answered; redirects, ack only (an automatic reply and no "
                             "answer), helpdesk (a reply showed one): shares of sent probes; companies with a "
                             "helpdesk (the helpdesk column where given, else a reply here showed one) and their "
                             "share of the companies; (95% CI)")
    return resp, times, qual


_UNCONFIRMED = ("unconfirmed: sent, unconfirmed (a run stopped after handing the message over), and of them those "
                "with no reply at all, which may never have left; share answered counts these as sent without an "
                "answer, share answered without unconfirmed leaves them out of its denominator (an unconfirmed "
                "probe that got any reply left, and counts in both); ")


def _companies(r: Figures, count: str) -> str:
    """'212 · 71% (66–75)': how many of the row's companies, and their share with its interval."""
    return f"{r.counts[count]} · {_ci(r.estimates[count + '_share'], share)}"


def _coverage(report: Report) -> TableSpec:
    t = TableSpec("coverage", "coverage: every probe the study made, by what became of it",
                  ["wave", "channel", "segment", "planned", "sent", "failed", "not sent", "to send", "by hand",
                   "withdrawn", "personas"],
                  caption="not sent: closed by a person's decision (blocklist, contact unavailable); to send: not "
                          "sent yet by a run (not due, outside hours, paused: audit status says which); by hand: a "
                          "person's task not yet done; withdrawn: companies since removed from the study file. "
                          "Companies the plan leaves out (and why) are listed by audit status")
    for i, (w, ch, seg, c) in enumerate(report.coverage.rows()):
        t.rows.append([w, ch, seg, *(str(x) for x in (c.planned, c.sent, c.failed, c.not_sent, c.to_send,
                                                        c.by_hand, c.withdrawn)), ", ".join(sorted(c.personas))])
        if seg == "all":
            t.bold.add(i)
    return t


def rich_view(report: Report):
    from rich.console import Group
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    parts: list = [Text(f"{report.study.title} — report", style="bold")]
    parts += [Text(line, style="bold red" if line.startswith("INTERIM") else "green") for line in report.standing]
    parts += _findings_lines(report, Text)
    for spec in tables(report):
        t = Table(title=escape(spec.title), caption=escape(spec.caption) if spec.caption else None,
                  caption_justify="left")
        for i, col in enumerate(spec.columns):
            t.add_column(escape(col), justify="left" if i < 2 or col in ("company", "id", "note") else "right")
        for i, row in enumerate(spec.rows):
            t.add_row(*(Text(cell) for cell in row), style="bold" if i in spec.bold else None)
        if not spec.rows:
            t.add_row(*(["–"] * len(spec.columns)))
        parts.append(t)
    parts += [Text(n) for n in report.notes]
    if report.stamp is not None:
        parts.append(Text(f"reproducibility stamp: {report.stamp}", style="dim"))
    return Group(*parts)


def _findings_lines(report: Report, text) -> list:
    """The findings in words for the terminal: a header naming the language, then one line each with its table."""
    from audit.report.findings import header

    if not report.findings:
        return []
    return [text(header(report), style="bold"),
            *(text(f"• {f.text} [{f.table}{', ' + f.chart if f.chart else ''}]") for f in report.findings)]


def markdown(report: Report, out: IO[str]) -> None:
    out.write(f"# {_md(report.study.title)}\n\n")
    for line in report.standing:
        out.write(f"**{_md(line)}**\n\n")
    if report.findings:
        from audit.report.findings import header

        out.write(f"## {_md(header(report))}\n\n")
        for f in report.findings:
            out.write(f"- {_md(f.text)} ({_md(f.table or '')}{', ' + _md(f.chart) if f.chart else ''})\n")
        out.write("\n")
    for spec in tables(report):
        out.write(f"## {_md(spec.title)}\n\n| " + " | ".join(_md(c) for c in spec.columns) + " |\n")
        out.write("|" + "|".join(" --- " for _ in spec.columns) + "|\n")
        for row in spec.rows:
            out.write("| " + " | ".join(_md(c) for c in row) + " |\n")
        out.write(f"\n{_md(spec.caption)}\n\n" if spec.caption else "\n")
    for n in report.notes:
        out.write(f"- {_md(n)}\n")
    if report.method_text:
        out.write("\n## Method\n\n" + "".join(f"{_md(p)}\n\n" for p in report.method_text))


def _md(text: str) -> str:
    """A cell of a Markdown table: pipes and Markdown's own characters escaped, HTML made inert (Markdown
    renderers pass HTML through, and company names are strangers' text)."""
    text = text.replace("\\", "\\\\").replace("\n", " ")
    for ch in "|*_`[]<>#":
        text = text.replace(ch, "\\" + ch)
    return text.replace("&", "&amp;")


def write_json(report: Report, out: IO[str]) -> None:
    json.dump(report.as_json(), out, ensure_ascii=False, indent=2, allow_nan=False)
    out.write("\n")


def write_csv(report: Report, out: IO[str]) -> None:
    """Every number of the report as one tidy row (see CSV_COLUMNS and the README)."""
    from audit.export.csvsafe import writer

    w = writer(out)
    w.writerow(CSV_COLUMNS)
    for row in csv_rows(report):
        w.writerow(row)
