"""The report's numbers as tidy rows: the CSV format (`audit report --format csv`) and, grouped by section, the
pandas DataFrames of `Report.frames()`: one list of rows, so a notebook and the CSV cannot disagree. Columns:
CSV_COLUMNS (the README's "The report" documents them)."""

from __future__ import annotations

CSV_COLUMNS = ["section", "kind", "channel", "group", "label", "metric", "statistic", "value", "ci_low", "ci_high",
               "companies", "probes", "small", "note"]


def frames(report) -> dict:
    """section -> a pandas DataFrame of its CSV rows (CSV_COLUMNS without `section`): the same rows, so a notebook
    and the CSV cannot disagree."""
    import pandas as pd

    sections: dict[str, list] = {}
    for row in csv_rows(report):
        sections.setdefault(row[0], []).append(row[1:])
    return {name: pd.DataFrame(rows, columns=CSV_COLUMNS[1:]) for name, rows in sections.items()}


def csv_rows(report):
    """The report's CSV rows, in order (write_csv writes them; frames() groups them by section)."""
    class _Rows(list):
        writerow = list.append

    w = _Rows()
    if report.stamp is not None:
        for name, value in report.stamp.as_json().items():
            w.writerow(["stamp", "", "all", "all", "", name, "value", value, None, None, None, None, False, ""])
    for i, f in enumerate(report.findings):
        # one row per finding: its words in `note`, the table it rests on in `label`, its place in `value`, and in
        # `statistic` whether it is interim; its figures are the rows of that table (the JSON's findings carry them)
        w.writerow(["finding", f.kind, f.figures.get("channel", "all"), f.figures.get("segment", "all"),
                    f.table or "", "finding", "interim" if f.interim else "final", i + 1, None, None, None, None,
                    False, f.text])
    for line in report.standing:
        w.writerow(["standing", "", "all", "all", "", "final", "value", line.startswith("final"), None, None, None,
                    None, False, line])
    if report.coverage is not None:
        for wave, ch, seg, c in report.coverage.rows():
            for name, n in c.as_json().items():
                if name not in ("personas", "study_versions"):
                    w.writerow(["coverage", wave, ch, seg, "", name, "count", n, None, None, None, None, False,
                                ", ".join(sorted(c.personas))])
    for b in report.breakdowns:
        for r in b.rows:
            base = ["breakdown", b.by, r.key.get("channel", "all"), r.key.get(b.by, "all"), ""]
            tail = [r.companies, r.counts["sent"], r.small, ""]
            for name, n in r.counts.items():
                w.writerow([*base, name, "count", n, None, None, *tail])
            for m, e in r.estimates.items():
                w.writerow([*base, m, "estimate", e.value, e.low, e.high, *tail])
            for m, v in r.extra.items():
                w.writerow([*base, m, "estimate", v, None, None, *tail])
    for c in report.comparisons:
        scope = [c.scope.get("channel", "all"), c.scope.get("segment", "all"), f"{c.a_label} vs {c.b_label}"]
        for x in c.contrasts:
            for side, f in (("a", c.a), ("b", c.b)):
                e = f.estimates[x.metric]
                w.writerow(["comparison", c.kind, *scope, x.metric, side, e.value, e.low, e.high, f.companies,
                            f.counts["sent"], f.small, c.note])
            for stat, e in (("difference", x.difference), ("ratio", x.ratio)):
                w.writerow(["comparison", c.kind, *scope, x.metric, stat, e.value, e.low, e.high, None, None,
                            c.small, c.note])
    for seg, rows in report.top.items():
        for r in rows:
            for m in ("rank", "answered_channels", "channels", "quality", "median_response_seconds"):
                w.writerow(["top", "", "all", seg, f"{r.name} ({r.company_id})", m, "value", getattr(r, m), None,
                            None, 1, None, False, ""])
    for p in report.fast_and_good:
        for m in ("quality", "median_response_seconds"):
            w.writerow(["fast_and_good", "", p.channel, p.segment, f"{p.name} ({p.company_id})", m, "value",
                        getattr(p, m), None, None, 1, None, False, ""])
    return w
