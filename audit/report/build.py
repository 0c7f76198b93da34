"""The full report (docs/method.md: the study it follows), assembled: breakdowns by channel × segment (or any
company attribute), comparisons with bootstrap intervals, the top companies per segment and the "fast and good" set,
with the method.

    build(store, study, now, Options(...)) -> Report        Report.as_json(): the machine-readable form

audit.report.figures measures groups, audit.report.compare contrasts them, audit.report.ranking ranks companies;
audit.report.render and audit.report.htmlpage render. The definitions are in audit.report.figures and, for readers,
in docs/method.md §8, the README and the report's method section.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from audit.errors import AuditError
from audit.report.compare import COMPARISONS, Comparison, comparisons
from audit.report.coverage import Coverage, flags, standing
from audit.report.figures import Cube, Figures, Options
from audit.report.ranking import FAST_AND_GOOD_RULE, TOP_RULE, Point, Ranked, points, top
from audit.report.stamp import Stamp
from audit.store.database import Store
from audit.study.model import Study
from probes import channel_names

RUBRIC = (
    (0, "no human answer within the reply window (nothing, a bounce, an auto-reply or acknowledgement only)"),
    (1, "answered, but did not help: a redirect to another channel, or none of the question's points answered"),
    (2, "a partial answer: some of the script's points answered"),
    (3, "a complete answer: every point answered"),
    (4, "complete, personal (addresses this customer), proactive (offers the next step) and polite"),
)


@dataclass
class Breakdown:
    by: str
    rows: list[Figures]

    def as_json(self) -> dict:
        return {"by": self.by, "rows": [dict(r.as_json(), group=r.key.get(self.by, "all"),
                                             channel=r.key.get("channel", "all")) for r in self.rows]}


@dataclass
class Report:
    """The full report: breakdowns, comparisons, top companies, the fast-and-good set, the method and notes.
    `as_json()` is its machine-readable form; audit.report.render and audit.report.htmlpage draw it."""

    study: Study
    options: Options
    method: dict
    breakdowns: list[Breakdown]
    comparisons: list[Comparison]
    top: dict[str, list[Ranked]]
    points: list[Point]
    curves: dict[str, list[tuple[float, float]]]
    notes: list[str] = field(default_factory=list)
    standing: list[str] = field(default_factory=list)  # first of every format: final, or interim and why
    coverage: Coverage | None = None  # every probe made, by what became of it (audit.report.coverage)
    stamp: Stamp | None = None  # what the numbers are a function of (audit.report.stamp)
    method_text: list[str] = field(default_factory=list)  # the method section in prose (audit.report.method)
    findings: list = field(default_factory=list)  # the findings in words (audit.report.findings), shown first
    # what the charts draw beyond the tables (audit.report.charts), measured here once: every channel × segment
    # cell's figures keyed (channel or "all", segment or "all"), with its Kaplan–Meier curve and band; the probes
    # by score 0–4 per channel (and "all"); the wave trend (Report.trend)
    cells: dict[tuple[str, str], Figures] = field(default_factory=dict)
    scores: dict[str, list[int]] = field(default_factory=dict)
    _trend: list[Figures] | None = field(default=None, repr=False)
    _measure_trend: Callable[[], list[Figures]] | None = field(default=None, repr=False)

    @property
    def trend(self) -> list[Figures]:
        """Each wave's figures, alone and per channel (none with one wave), measured on first use: only the wave
        chart reads them, and a million probes' 20 waves × 5 channels take seconds that a table never needs. The
        waves × channels are measured without response times (Cube.figures(quantiles=False)): the chart shows
        shares and scores."""
        if self._trend is None:
            self._trend = self._measure_trend() if self._measure_trend is not None else []
        return self._trend

    @property
    def fast_and_good(self) -> list[Point]:
        good = [p for p in self.points if p.fast_and_good]
        return sorted(good, key=lambda p: (-p.quality, p.median_response_seconds or 0, p.company_id, p.channel))

    def frames(self) -> dict:
        """The report's numbers as pandas DataFrames, one per section of the CSV (standing, stamp, finding,
        coverage, breakdown, comparison, top, fast_and_good): the rows `audit report --format csv` writes."""
        from audit.report.tidy import frames

        return frames(self)

    def as_json(self) -> dict:
        from audit.report.findings import header

        o = self.options
        return {
            "study": {"id": self.study.id, "title": self.study.title},
            "stamp": self.stamp.as_json() if self.stamp else None,
            "findings_header": header(self),
            "findings": [f.as_json() for f in self.findings],
            "filters": {"wave": list(o.waves), "channel": list(o.channels), "segment": list(o.segments)},
            "method": self.method,
            "breakdowns": [b.as_json() for b in self.breakdowns],
            "comparisons": [c.as_json() for c in self.comparisons],
            "top": {seg: [r.as_json() for r in rows] for seg, rows in self.top.items()},
            "fast_and_good": [p.as_json() for p in self.fast_and_good],
            "km_curves": {ch: [[t, s] for t, s in pts] for ch, pts in self.curves.items()},
            "method_text": self.method_text,
            "notes": self.notes,
            "standing": self.standing,
            "final": bool(self.standing) and self.standing[0].startswith("final"),
            "coverage": [{"wave": w, "channel": ch, "segment": seg, **c.as_json()}
                         for w, ch, seg, c in self.coverage.rows()]
            if self.coverage else [],
        }


def build(store: Store, study: Study, now: datetime, options: Options | None = None, agreement=None) -> Report:
    """The report of the study's stored probes as of `now` (reply windows still open at `now` are censored there).
    `agreement`: people's agreement for the method section (audit.people.agreement.overall; `audit report` passes
    it), None to leave it out."""
    from audit.report.data import load, waves_in_store
    from audit.report.findings import findings
    from audit.report.method import prose
    from audit.report.stamp import stamp

    options = options or Options()
    _check_clock(store, study, now)
    all_waves = waves_in_store(store, study)
    segments = [r[0] for r in store.execute("SELECT DISTINCT segment FROM company WHERE study_id = :s", s=study.id)]
    attributes = [r[0] for r in store.execute("SELECT attrs FROM company WHERE study_id = :s", s=study.id)]
    options = _checked(options, study, segments, attributes, all_waves)
    companies, probes = load(store, study, waves=options.waves, channels=options.channels, segments=options.segments)
    cube = Cube(probes, companies, study, now, options)
    known = channel_names()
    channels = [c for c in (*known, *sorted(set(probes.channels) - set(known))) if c in probes.channels]
    segments = _ordered(study, cube.values("segment")[0] if len(probes) else [])
    waves = [w for w in all_waves if w in probes.waves]
    breakdowns = [Breakdown(by, _rows(cube, by, channels, study)) for by in options.by]
    found = comparisons(cube, segments, channels, waves)
    cover = Coverage(store, study)
    for c in found:
        if c.kind != "helpdesk":  # helpdesk sides are made by the replies, not by the plan
            c.flags = flags(cover, c.a.key, c.b.key, c.a_label, c.b_label)
            c.note = "; ".join([*c.flags, *([c.note] if c.note else [])]) or None
    curves = {ch: f.curve for ch in channels if (f := cube.figures({"channel": ch})) is not None}
    report = Report(study, options, _method(store, study, now, options, probes), breakdowns, found,
                    top(cube, options.top), points(cube), curves)
    report.notes = _notes(report, options)
    report.coverage = cover
    open_ = max((r.counts["window_open"] for b in breakdowns[:1] for r in b.rows), default=0)
    report.standing = standing(cover, open_, now)
    report.stamp = stamp(store, study, options.seed, options.resamples)
    report.method_text = prose(store, study, report, agreement)
    report.findings = findings(report)
    _chart_figures(report, cube, channels, segments, waves)
    return report


def _chart_figures(report: Report, cube: Cube, channels: list[str], segments: list[str], waves: list[str]) -> None:
    """The charts' figures (Report.cells, scores, trend): most cells are the breakdown's and comparisons' own,
    cached by the cube, so this measures only what no table shows; the trend when first read."""
    for ch in [*channels, None]:
        for seg in [*segments, None]:
            key = {k: v for k, v in (("channel", ch), ("segment", seg)) if v is not None}
            if (f := cube.figures(key)) is not None:
                report.cells[(ch or "all", seg or "all")] = f
        report.scores[ch or "all"] = cube.score_counts({"channel": ch} if ch else {})
    keys = [{"wave": w, **({"channel": ch} if ch else {})} for w in waves for ch in [None, *channels]]
    report._measure_trend = lambda: [f for key in keys if (f := cube.figures(key, quantiles=False)) is not None] \
        if len(waves) > 1 else []


# a send recorded a little after the report's clock is skew between machines; more is a clock that is wrong
CLOCK_SKEW_SECONDS = 300


def _check_clock(store: Store, study: Study, now: datetime) -> None:
    """A report made at a time before the study's own sends would count answers as not yet due and curves from
    the future: the clock is wrong (the sandbox's simulated time vs the real clock, a fixed AUDIT_CLOCK)."""
    from datetime import UTC

    from audit.store.schema import read_time

    last_sent = read_time(store.execute("SELECT max(sent_at) FROM probe WHERE study_id = :s", s=study.id)[0][0])
    if last_sent is None:
        return
    if (last_sent - now).total_seconds() > CLOCK_SKEW_SECONDS:
        raise AuditError(f"the report's time {now.astimezone(UTC):%Y-%m-%d %H:%M} UTC is before the study's last "
                         f"send "
                         f"({last_sent:%Y-%m-%d %H:%M} UTC): the clock is wrong for this database",
                         hint="the clock is the system clock, or AUDIT_CLOCK when set; a database written by the "
                              "sandbox carries its simulated time (audit sandbox STUDY --demo records it)")


def _rows(cube: Cube, by: str, channels: list[str], study: Study) -> list[Figures]:
    """Each channel's groups, then its 'all' row; then every channel together."""
    names = cube.values(by)[0] if len(cube.p) else []
    values = _ordered(study, names) if by == "segment" else sorted(names)
    out = []
    for ch in [*channels, None]:
        base = {"channel": ch} if ch else {}
        for v in [*values, None]:
            f = cube.figures({**base, by: v} if v is not None else base, business=True)
            if f is not None:
                out.append(f)
    return out


def _ordered(study: Study, segments) -> list[str]:
    """Segments in the order the study lists its companies (shops before services, as the researcher wrote)."""
    order = list(dict.fromkeys(c.segment for c in study.companies))
    return sorted(segments, key=lambda s: (order.index(s) if s in order else len(order), s))


def _checked(options: Options, study: Study, stored_segments: list[str], stored_attrs: list,
             waves: list[str]) -> Options:
    """The options with cron wave names expanded to their occurrences, or an AuditError naming what is wrong."""
    for ch in options.channels:
        if ch not in channel_names():
            raise AuditError(f"unknown channel {ch!r} in --channel", hint=f"channels are {', '.join(channel_names())}")
    segments = set(stored_segments) | {c.segment for c in study.companies}
    for seg in options.segments:
        if seg not in segments:
            raise AuditError(f"unknown segment {seg!r} in --segment",
                             hint=f"the study's segments are {', '.join(sorted(segments))}")
    expanded: list[str] = []
    for w in options.waves:
        matched = [name for name in waves if name == w or name.startswith(f"{w}-")]
        if not matched and w not in {x.name for x in study.waves}:
            raise AuditError(f"unknown wave {w!r} in --wave",
                             hint=f"the study's waves are {', '.join(waves or [x.name for x in study.waves])}")
        expanded += matched or [w]
    import json

    attributes = {k for a in stored_attrs for k in (a if isinstance(a, dict) else json.loads(a or "{}"))}
    attributes |= {k for c in study.companies for k in c.attrs}
    for by in options.by:
        if by not in ("segment", "persona") and by not in attributes:
            raise AuditError(f"unknown company attribute {by!r} in --by",
                             hint="give segment, persona or a column of the companies: "
                                  f"{', '.join(sorted(attributes)) or 'the study has no extra columns'}")
    if options.top < 1 or options.resamples < 1 or options.small < 1:
        raise AuditError("--top, --resamples and the small-group size must be at least 1")
    return Options(tuple(dict.fromkeys(expanded)), options.channels, options.segments, options.by, options.top,
                   options.resamples, options.seed, options.small)


def _method(store: Store, study: Study, now: datetime, options: Options, probes) -> dict:
    from datetime import UTC

    waves = store.execute("SELECT name, starts_on FROM wave WHERE study_id = :s ORDER BY starts_on, name",
                          s=study.id)
    sent = (datetime.fromtimestamp(probes.sent.min(), UTC), datetime.fromtimestamp(probes.sent.max(), UTC)) \
        if len(probes) else (None, None)
    wh = study.working_hours
    return {
        "report_time": now.astimezone(UTC).isoformat(),
        "first_sent": sent[0].isoformat() if sent[0] else None,
        "last_sent": sent[1].isoformat() if sent[1] else None,
        "waves": [{"name": n, "starts_on": str(d)} for n, d in waves if not options.waves or n in options.waves],
        "timezone": study.timezone,
        "working_hours": {"days": list(wh.days), "start": f"{wh.start:%H:%M}", "end": f"{wh.end:%H:%M}"},
        "holidays": study.holidays,
        "reply_window_seconds": study.reply_window.total_seconds(),
        "bootstrap": {"resamples": options.resamples, "seed": options.seed, "level": 0.95, "unit": "company",
                      "interval": "percentile",
                      "note": "one set of company resamples for every figure, so contrasts of groups that share "
                              "companies are paired; each interval holds for its own figure or contrast, not "
                              "adjusted for the number of comparisons"},
        "small_group_companies": options.small,
        "response_time": "Kaplan–Meier over every sent probe; a probe without a human answer within the reply "
                         "window is censored at the window's end (at the report time while its window is open)",
        "top_rule": TOP_RULE,
        "top_n": options.top,
        "fast_and_good_rule": FAST_AND_GOOD_RULE,
        "comparisons": {k: {"title": t, "metrics": list(m)} for k, (t, m) in COMPARISONS.items()},
        "rubric": [{"score": s, "meaning": m} for s, m in RUBRIC],
    }


def _notes(report: Report, options: Options) -> list[str]:
    notes = []
    small = sum(1 for b in report.breakdowns for r in b.rows if r.small)
    if small:
        notes.append(f"† {small} group(s) have fewer than {options.small} companies: shown without an interval "
                     "and never compared")
    if any(c.small for c in report.comparisons):
        notes.append(f"† comparisons with a group of fewer than {options.small} companies are not computed")
    open_ = max((r.counts["window_open"] for b in report.breakdowns[:1] for r in b.rows), default=0)
    if open_:
        notes.append(f"{open_} probe(s) are still inside their reply window without an answer: censored at the "
                     "report time for response times, left out of quality until the window ends")
    unconfirmed = max(((r.counts["unconfirmed"], r.counts["unconfirmed_no_reply"]) for b in report.breakdowns[:1]
                       for r in b.rows), default=(0, 0))
    if unconfirmed[0]:
        notes.append(f"{unconfirmed[0]} probe(s) sent, unconfirmed (a run stopped after handing the message over), "
                     f"{unconfirmed[1]} of them with no reply at all: they may never have left. 'share answered' "
                     f"(answered_share) counts them as sent without an answer; 'share answered without unconfirmed' "
                     f"(answered_share_without_unconfirmed) leaves them out. audit export marks them confirmed = 0")
    notes.append("helpdesk comparisons cover the companies that sent any reply (only a reply can show a helpdesk); "
                 "each says how many companies that leaves out")
    return notes
