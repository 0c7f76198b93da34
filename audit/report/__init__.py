"""What the study found: the report, and the status of a study under way.

    build.py       build(): the report assembled, with its method and notes
    data.py        the probes and replies read from the store into columns
    figures.py     the figures of a group (a channel × segment): shares, Kaplan–Meier times, quality; Options
    stats.py       Kaplan–Meier (lifelines), bootstrap over companies, intervals
    compare.py     contrasts between groups with paired bootstrap intervals
    ranking.py     the top companies per segment and the fast-and-good set
    findings.py    the findings in words (Russian or English), each naming its table and chart
    method.py      the method section in prose, from the study and the database
    stamp.py       the reproducibility stamp and `audit report --check`
    tidy.py        the report's numbers as tidy rows: the CSV, and Report.frames() (pandas)
    render.py      the report as a terminal table, Markdown, JSON and CSV
    htmlpage.py    the report as one self-contained HTML page
    charts/        the charts for print (matplotlib): files for `--figures`, inline SVG for the HTML
    status.py      `audit status`: how far each wave and channel has got
    durations.py   durations as people read them (3h05m)
"""
