"""The report's method section in prose, from the study and the database: what a paper's method section says,
ending with the reproducibility stamp (audit.report.stamp). English, as docs/method.md is.

    prose(store, study, report, agreement) -> list[str]        one paragraph each

The figures it names (companies answered) are read from the report's breakdown, not computed again; what only the
method says (companies planned and probed, who scored) is counted here.
"""

from __future__ import annotations

from audit.report.durations import plural, spoken_duration
from audit.store.database import Store
from audit.study.model import Study

_COMPANIES = ("company", "companies")

_PLANNED = ("SELECT c.segment, p.channel, count(DISTINCT p.company_id), "
            "count(DISTINCT CASE WHEN p.status = 'sent' THEN p.company_id END) FROM probe p "
            "JOIN company c ON c.study_id = p.study_id AND c.id = p.company_id "
            "WHERE p.study_id = :s AND c.withdrawn_at IS NULL {only} GROUP BY c.segment, p.channel")
_SCORED = ("SELECT CASE WHEN s.rater = 'auto' THEN 'auto' ELSE 'people' END, count(DISTINCT s.reply_id), "
           "count(DISTINCT CASE WHEN s.rater = 'auto' THEN NULL ELSE s.rater END) FROM score s "
           "JOIN probe p ON p.id = s.probe_id WHERE p.study_id = :s AND s.reply_id IS NOT NULL GROUP BY 1")


def prose(store: Store, study: Study, report, agreement=None) -> list[str]:
    """`report`: the Report being built (its method dict, breakdowns, coverage, options and stamp); `agreement`:
    audit.people.agreement.Overall, or None when the caller did not compute it."""
    return [p for p in (_dates(study, report), _companies(store, study, report), _scripts(study),
                        _personas(study, report), _hours(study), _matching(), _rubric(report),
                        _scoring(store, study, agreement), _statistics(report), _stamp(report)) if p]


def _day(iso: str | None) -> str:
    return "–" if not iso else iso[:10]


def _dates(study: Study, report) -> str:
    m = report.method
    waves = ", ".join(f"{w['name']} (from {w['starts_on']})" for w in m["waves"]) or "none recorded"
    sent = (f"sent its probes from {_day(m['first_sent'])} to {_day(m['last_sent'])}" if m["first_sent"]
            else "has sent no probe yet")
    interim = bool(report.standing) and not report.standing[0].startswith("final")
    return (f"The study “{study.title}” ({study.id}) {sent}, in {plural(len(m['waves']), ('wave', 'waves'))}"
            f": {waves}. This report was made on {m['report_time'][:16].replace('T', ' ')} UTC"
            f"{' and is interim: its figures will change' if interim else ''}.")


def _companies(store: Store, study: Study, report) -> str:
    answered = {}
    for b in report.breakdowns:
        if b.by == "segment":
            answered = {(r.key["segment"], r.key["channel"]): r.counts["companies_answered"]
                        for r in b.rows if set(r.key) == {"segment", "channel"}}
    o = report.options  # the report's filters, so that planned and probed count what answered counts
    only, params = "", {"s": study.id}
    for column, values in (("p.wave", o.waves), ("p.channel", o.channels), ("c.segment", o.segments)):
        if values:
            names = {f"{column[2:]}{i}": v for i, v in enumerate(values)}
            only += f" AND {column} IN ({', '.join(':' + n for n in names)})"
            params.update(names)
    rows = store.execute(_PLANNED.format(only=only), **params)
    if not rows:
        return "No probe has been planned yet" + (" among the report's waves, channels and segments." if only else ".")
    order = list(dict.fromkeys(c.segment for c in study.companies))
    by_segment: dict[str, list[str]] = {}
    for seg, ch, planned, probed in sorted(rows, key=lambda r: (order.index(r[0]) if r[0] in order else 99, r)):
        got = answered.get((seg, ch))
        by_segment.setdefault(seg, []).append(f"{ch} {planned}/{probed}/{'–' if got is None else got}")
    told = "; ".join(f"{seg}: {', '.join(cells)}" for seg, cells in by_segment.items())
    by_segment = any(b.by == "segment" for b in report.breakdowns)
    note = "" if by_segment else " (answered: in the breakdown tables, which are by another attribute)"
    return (f"Companies per segment and channel, planned / probed / answered within the reply window{note}: "
            f"{told}.")


def _scripts(study: Study) -> str:
    parts = []
    for s in study.scripts:
        points = "; ".join(p.description or p.id for p in s.points)
        subject = f"subject “{s.subject}”, " if s.subject else ""
        parts.append(f"for {'every segment' if s.segment == '*' else s.segment} on {', '.join(s.channels)}: "
                     f"{subject}text “{' '.join(s.body.split())}”" + (f"; the points a complete answer covers: "
                                                                       f"{points}" if points else ""))
    return f"The scripts: {' — '.join(parts)}."


def _personas(study: Study, report) -> str:
    names = {p.id: p.name for p in study.personas}
    per_wave = []
    if report.coverage is not None:
        for w in [w["name"] for w in report.method["waves"]]:
            ids = report.coverage.of({"wave": w}).personas
            if ids:
                per_wave.append(f"{w}: {', '.join(sorted(names.get(i, i) for i in ids))}")
    return (f"The customers writing were the personas {', '.join(p.name for p in study.personas)}"
            + (f" (by wave: {'; '.join(per_wave)})" if per_wave else "") + ".")


def _hours(study: Study) -> str:
    wh = study.working_hours
    holidays = f"public holidays of {study.holidays} left out" if study.holidays else "no public holidays left out"
    return (f"Probes were sent within working hours, {', '.join(wh.days)} {wh.start:%H:%M}–{wh.end:%H:%M} in each "
            f"company's time zone (the study's default {study.timezone}), {holidays}. Each probe's reply window was "
            f"{spoken_duration(study.reply_window.total_seconds())}: an answer after it counts as none.")


def _matching() -> str:
    return ("Replies were matched to their probes by the message's own headers (In-Reply-To, References), the "
            "probe's token, then the subject and the sender's domain, and in conversations by the company's account; "
            "the rules and their order are in docs/method.md §4.")


def _rubric(report) -> str:
    return "Each probe's first answer was scored 0–4: " + "; ".join(
        f"{r['score']}, {r['meaning']}" for r in report.method["rubric"]) + "."


def _scoring(store: Store, study: Study, agreement) -> str:
    counts = {kind: (replies, raters) for kind, replies, raters in store.execute(_SCORED, s=study.id)}
    auto = counts.get("auto", (0, 0))[0]
    people, raters = counts.get("people", (0, 0))
    text = (f"{plural(auto, ('reply was', 'replies were'))} scored automatically (docs/method.md §6)"
            f"; {plural(people, ('reply was', 'replies were'))} scored by people "
            f"({plural(raters, ('person', 'people'))}), whose scores replace the automatic one.")
    if agreement is None:
        return text + " Agreement between people is not part of this report (audit agreement gives it)."
    if not people:
        return text + " With no person scoring, there is no agreement between people to give."
    if agreement.alpha is None:
        return text + (f" No agreement can be given: {plural(agreement.n, ('reply was', 'replies were'))}"
                       " scored by two people or more (it needs two, with more than one score value).")
    ci = (f"95% bootstrap interval over replies {agreement.low:.2f}–{agreement.high:.2f}, "
          if agreement.low is not None else "")
    return text + (f" People agreed with Krippendorff's alpha (ordinal) {agreement.alpha:.2f} ({ci}n = "
                   f"{plural(agreement.n, ('reply', 'replies'))} scored by two people or more).")


def _statistics(report) -> str:
    o = report.options
    return ("Response times are Kaplan–Meier estimates over every sent probe, a probe without an answer censored at "
            "the end of its reply window (at the report's time while the window is open); business times are the "
            "same on each company's working clock. Shares, means and medians carry 95% percentile bootstrap "
            f"intervals resampling companies ({o.resamples} resamples, seed {o.seed}), one set of resamples for every "
            "figure, so contrasts between groups are paired; each interval holds for its own figure, not adjusted "
            f"for the number of comparisons. Groups of fewer than {plural(o.small, _COMPANIES)} are shown without an "
            "interval and never compared.")


def _stamp(report) -> str:
    if report.stamp is None:
        return ""
    return (f"Reproducibility stamp: {report.stamp}. `audit report STUDY --check '{report.stamp}'` recomputes it "
            "on a database and says whether the numbers can differ.")
