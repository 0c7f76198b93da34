"""A generated study whose true parameters are known, written straight into the store through the models.

Per channel and segment: the probability that a company eventually answers (each company and channel draws its own
propensity from a Beta with that mean, so a company's waves are correlated, as real ones are: the report must
resample companies, not probes), the answer-time distribution (exponential or lognormal), the share of answers
that only redirect, bounces on e-mail, and companies with a helpdesk, which acknowledge every e-mail and form
probe at once and answer better. Some automatic scores are wrong on purpose and people scored those replies with
the true score: the report must take people's scores over automatic ones. `Truth` gives every figure's true value;
`coverage` counts the true values inside the report's intervals; `top_by_the_rule` ranks from the probe export.
"""

from __future__ import annotations

import csv
import io
import math
import textwrap
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
from scipy import stats
from sqlalchemy import insert

from audit.schedule.workdays import WorkCalendar
from audit.store.database import Store
from audit.store.schema import Probe, Reply, Score
from audit.study.load import load_study

WINDOW = 7 * 86400.0
WAVES = {"w1": date(2025, 12, 8), "w2": date(2026, 2, 2)}  # Mondays
NOW = datetime(2026, 4, 1, tzinfo=UTC)  # every window closed
CHANNELS = ("email", "form", "vk")
# P(the company eventually answers), before the reply window cuts the late ones off
ANSWER = {("email", "shops"): 0.5, ("email", "services"): 0.75, ("form", "shops"): 0.6, ("form", "services"): 0.7,
          ("vk", "shops"): 0.97, ("vk", "services"): 0.3}
# answer times: exponential with this mean, or lognormal (median, sigma)
TIMES = {"email": ("exp", 4 * 3600.0), "form": ("exp", 8 * 3600.0), "vk": ("lognorm", 1800.0, 1.2)}
REDIRECT = {("email", "shops"): 0.1, ("email", "services"): 0.1, ("form", "shops"): 0.15,
            ("form", "services"): 0.05, ("vk", "shops"): 0.35, ("vk", "services"): 0.1}
BOUNCE = {"email": 0.05}
HELPDESK = {"shops": 0.3, "services": 0.4}  # share of companies with one
# P(score 2, 3, 4) of a human answer that is not a redirect (a redirect scores 1)
SCORES = {("shops", True): (0.1, 0.3, 0.6), ("shops", False): (0.4, 0.4, 0.2),
          ("services", True): (0.1, 0.3, 0.6), ("services", False): (0.2, 0.4, 0.4)}
WRONG_AUTO = 0.2  # share of human answers whose automatic score is wrong (0) and that people scored
CONCENTRATION = 4.0  # of the Beta propensities: lower = more difference between companies


def cdf(channel: str, t: float) -> float:
    kind, *p = TIMES[channel]
    if kind == "exp":
        return 1 - math.exp(-t / p[0])
    return float(stats.lognorm.cdf(t, p[1], scale=p[0]))


def _draw_times(rng, channel: str, n: int) -> np.ndarray:
    kind, *p = TIMES[channel]
    return rng.exponential(p[0], n) if kind == "exp" else np.exp(rng.normal(math.log(p[0]), p[1], n))


@dataclass
class Truth:
    """True values of the report's figures in a cell (channel, segment) of the generated study."""

    channel: str
    segment: str

    @property
    def eventually(self) -> float:
        return ANSWER[(self.channel, self.segment)] * (1 - BOUNCE.get(self.channel, 0))

    def within(self, t: float) -> float:
        return self.eventually * cdf(self.channel, min(t, WINDOW))

    def quantile(self, p: float) -> float | None:
        if self.within(WINDOW) <= p:
            return None  # never reached within the window
        lo, hi = 0.0, WINDOW
        for _ in range(200):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if self.within(mid) < p else (lo, mid)
        return (lo + hi) / 2

    def human_score(self, helpdesk: bool | None = None) -> float:
        def mean(hd: bool) -> float:
            return float(np.dot((2, 3, 4), SCORES[(self.segment, hd)]))
        if helpdesk is not None:
            return mean(helpdesk)
        h = HELPDESK[self.segment]
        return h * mean(True) + (1 - h) * mean(False)

    def answered_score(self, helpdesk: bool | None = None) -> float:
        r = REDIRECT[(self.channel, self.segment)]
        return r * 1 + (1 - r) * self.human_score(helpdesk)

    def figures(self) -> dict[str, float | None]:
        answered = self.within(WINDOW)
        hd_channel = self.channel in ("email", "form")
        return {"answered_share": answered, "within_1h_share": self.within(3600), "within_24h_share":
                self.within(86400), "km_median_seconds": self.quantile(0.5), "km_p90_seconds": self.quantile(0.9),
                "redirect_share": answered * REDIRECT[(self.channel, self.segment)],
                "helpdesk_share": HELPDESK[self.segment] * (1 - BOUNCE.get(self.channel, 0)) if hd_channel else 0.0,
                "quality_all": answered * self.answered_score(), "quality_answered": self.answered_score(),
                "companies_answered_share": self.companies_answered(),
                "companies_helpdesk_share": HELPDESK[self.segment] * (1 - BOUNCE.get(self.channel, 0) ** len(WAVES))
                if hd_channel else 0.0}

    def companies_answered(self) -> float:
        """P(a company answers at least one of its probes, one per wave): 1 − E[(1 − a·P)^waves], P its Beta
        propensity and a the chance that an intended answer is delivered and comes within the window."""
        m, n = ANSWER[(self.channel, self.segment)], len(WAVES)
        a = self.within(WINDOW) / m
        alpha, beta = m * CONCENTRATION, (1 - m) * CONCENTRATION
        # E[(1 − aP)^n] from the Beta's raw moments E[P^k] = Π (alpha + j) / (alpha + beta + j)
        moments = [math.prod((alpha + j) / (alpha + beta + j) for j in range(k)) for k in range(n + 1)]
        none = sum(math.comb(n, k) * (-a) ** k * moments[k] for k in range(n + 1))
        return 1 - none


def coverage(checks: list[tuple[tuple, float | None, dict]]) -> tuple[int, list]:
    """(how many true values lie inside their 95% interval, those far outside) of (label, true value, estimate)
    triples. A true quantile beyond the reply window (None) must be estimated as not reached (None); far outside:
    beyond the interval by more than half its width, or no interval where a true value exists."""
    inside, far = 0, []
    for label, true, got in checks:
        if true is None:
            inside += got["value"] is None
            continue
        lo, hi = got["ci_low"], got["ci_high"]
        if lo is None or hi is None:
            far.append((label, true, got))
            continue
        inside += lo <= true <= hi
        half = max(hi - lo, 1e-9) / 2
        if not (lo - half <= true <= hi + half):
            far.append((label, true, got))
    return inside, far


def top_by_the_rule(study_path: Path, db: Path, n: int) -> dict[str, list[tuple]]:
    """The README's top rule applied to the probe export (not to the report's arrays): per segment, among companies
    with an answer, most channels answered, then the higher mean score over all probes, then the shorter median
    response time of the answers, then the id. (rank, id, channels answered, channels, score, median) each."""
    from statistics import mean, median

    from audit.export.results_csv import export_csv

    out = io.StringIO()
    export_csv(Store(str(db)), load_study(study_path), out, now=NOW)
    per: dict[str, dict] = {}
    for row in csv.DictReader(io.StringIO(out.getvalue())):
        if row["status"] != "sent":
            continue
        c = per.setdefault(row["company_id"], {"segment": row["segment"], "channels": set(), "answered": set(),
                                               "scores": [], "times": []})
        c["channels"].add(row["channel"])
        c["scores"] += [float(row["score"])] if row["score"] else []
        if row["response_seconds"] and float(row["response_seconds"]) <= WINDOW:
            c["answered"].add(row["channel"])
            c["times"].append(float(row["response_seconds"]))
    ranked: dict[str, list[tuple]] = {}
    for cid, c in sorted(per.items(), key=lambda kv: (-len(kv[1]["answered"]), -round(mean(kv[1]["scores"]), 9),
                                                       median(kv[1]["times"] or [math.inf]), kv[0])):
        listed = ranked.setdefault(c["segment"], [])
        if c["answered"] and len(listed) < n:
            listed.append((len(listed) + 1, cid, len(c["answered"]), len(c["channels"]), mean(c["scores"]),
                           median(c["times"])))
    return ranked


def write(tmp_path: Path, *, shops: int = 300, services: int = 300, platforms: int = 6, seed: int = 7,
          db: Path | None = None, silent: frozenset[str] = frozenset()) -> tuple[Path, Path]:
    """The study file and a database with every probe of both waves sent, answered or not, scored. The `silent`
    companies never reply at all (not even a bounce comes back). The small segment's `helpdesk` column says yes,
    no, or nothing in turn; the others' says nothing."""
    _companies_csv(tmp_path / "companies.csv", shops, services, platforms)
    study_path = tmp_path / "study.yaml"
    study_path.write_text(textwrap.dedent(f"""\
        id: gen
        title: "Generated <study> & truth"
        reply_window: 7d
        waves:
          - {{name: w1, start: {WAVES['w1']}}}
          - {{name: w2, start: {WAVES['w2']}}}
        personas:
          - id: anatoly
            name: Анатолий
            email:
              address: anatoly@shopper.example
              smtp: {{host: 127.0.0.1, port: 1, security: plain, password_env: TEST_SMTP_PASSWORD}}
              imap: {{host: 127.0.0.1, port: 1, security: plain, password_env: TEST_IMAP_PASSWORD}}
            vk: {{token_env: TEST_SMTP_PASSWORD}}
        scripts:
          - {{segment: "*", channels: [email, form, vk], subject: "Вопрос", body: "До скольки вы работаете?"}}
        companies: companies.csv
        """), encoding="utf-8")
    study = load_study(study_path)
    db = db or tmp_path / "gen.db"
    store = Store(str(db))
    store.sync_study(study, WAVES)
    _fill(store, study, np.random.default_rng(seed), silent)
    return study_path, db


def _companies_csv(path: Path, shops: int, services: int, platforms: int) -> None:
    rows = ["id,name,segment,timezone,email,form,vk,turnover,helpdesk"]
    zones = ("Europe/Moscow", "Asia/Yekaterinburg", "Europe/Kaliningrad")
    i = 0
    for seg, n in (("shops", shops), ("services", services), ("platforms", platforms)):
        for _ in range(n):
            name = f"<b>Shop {i}</b> & \"co\"" if i == 3 else f"Компания {i}"  # strangers' text, escaped everywhere
            turnover = ("1-5M", "5-20M")[i % 2] if seg == "shops" else ""
            said = ("yes", "no", "")[i % 3] if seg == "platforms" else ""
            rows.append(f"c{i:04d},\"{name.replace(chr(34), chr(34) * 2)}\",{seg},{zones[i % 3]},"
                        f"info@c{i:04d}.example,https://c{i:04d}.example/contact,club{i},{turnover},{said}")
            i += 1
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def _fill(store: Store, study, rng, silent: frozenset[str]) -> None:
    rows = _Rows(study, rng, silent)
    for c in study.companies:
        rows.company(c)
    with store.engine.begin() as conn:
        conn.execute(insert(Probe.__table__), rows.probes)
        if rows.replies:
            conn.execute(insert(Reply.__table__), _uniform(rows.replies))
        if rows.scores:
            conn.execute(insert(Score.__table__), rows.scores)


class _Rows:
    """The study's probes, replies and scores, drawn company by company in a fixed order: the same seed, the same
    study."""

    def __init__(self, study, rng, silent: frozenset[str]):
        self.study, self.rng, self.silent = study, rng, silent
        self.probes: list[dict] = []
        self.replies: list[dict] = []
        self.scores: list[dict] = []
        self.helpdesk = {c.id: rng.random() < HELPDESK.get(c.segment, 0.3) for c in study.companies}

    def company(self, c) -> None:
        seg = c.segment if c.segment in HELPDESK else "shops"  # the small segment behaves like shops
        cal = WorkCalendar(self.study.company_tz(c), self.study.working_hours, self.study.holidays)
        for ch in CHANNELS:
            p = ANSWER[(ch, seg)]
            propensity = self.rng.beta(p * CONCENTRATION, (1 - p) * CONCENTRATION)
            for wave, start in WAVES.items():
                self.probe(c, seg, ch, cal, wave, start, propensity)

    def probe(self, c, seg: str, ch: str, cal: WorkCalendar, wave: str, start: date, propensity: float) -> None:
        rng, pid = self.rng, len(self.probes) + 1
        opens, closes = cal.day_window(cal.working_days(start, 1)[0])
        sent = opens + timedelta(seconds=float(rng.uniform(0, (closes - opens).total_seconds() - 60)))
        probe = dict(id=pid, study_id=self.study.id, wave=wave, company_id=c.id, channel=ch, persona="anatoly",
                     contact="x", planned_at=sent, status="sent", token=f"t{pid}", message_id=f"<m{pid}@x>",
                     sent_at=sent, confirmed=True, attempts=1)
        mine: list = []
        if c.id in self.silent:
            pass  # nothing ever comes back
        elif rng.random() < BOUNCE.get(ch, 0):
            self.reply(probe, cal, mine, 30, "bounce", permanent=True)
        else:
            if self.helpdesk[c.id] and ch in ("email", "form"):
                self.reply(probe, cal, mine, 60, "ack", helpdesk="usedesk")
            if rng.random() < propensity:
                self.answer(probe, cal, mine, seg, self.helpdesk[c.id])
        _answer(probe, mine)
        self.probes.append(probe)

    def answer(self, probe: dict, cal: WorkCalendar, mine: list, seg: str, helpdesk: bool) -> None:
        """A human answer or a redirect, its automatic score, and people's where the automatic one is wrong."""
        rng, ch, pid = self.rng, probe["channel"], probe["id"]
        t = float(_draw_times(rng, ch, 1)[0])
        redirect = rng.random() < REDIRECT[(ch, seg)]
        score = 1 if redirect else int(rng.choice((2, 3, 4), p=SCORES[(seg, helpdesk)]))
        r = self.reply(probe, cal, mine, max(t, 61), "redirect" if redirect else "human")
        wrong = not redirect and rng.random() < WRONG_AUTO
        self.scores.append(dict(probe_id=pid, reply_id=r, rater="auto", score=0 if wrong else score, reasons=[],
                                created_at=NOW))
        if wrong:
            self.scores += [dict(probe_id=pid, reply_id=r, rater=who, score=score, reasons=[], created_at=NOW)
                            for who in ("anna", "boris")]

    def reply(self, probe: dict, cal: WorkCalendar, mine: list, seconds: float, kind: str, **kw) -> int:
        rid, sent = len(self.replies) + 1, probe["sent_at"]
        at = sent + timedelta(seconds=float(seconds))
        mine.append((at, rid, kind, seconds, cal.business_seconds(sent, at)))
        self.replies.append(dict(id=rid, study_id=self.study.id, probe_id=probe["id"], channel=probe["channel"],
                                 account="a", folder="INBOX", fingerprint=f"f{rid}", received_at=at, seen_at=at,
                                 kind=kind, match_rule="in-reply-to", calendar_seconds=float(seconds),
                                 business_seconds=mine[-1][4], raw=b"x", understood_at=at, **kw))
        return rid


def _answer(probe: dict, mine: list) -> None:
    """The probe's first reply and first answer, as the watcher records them."""
    mine.sort()
    probe.update(first_reply_id=mine[0][1] if mine else None, answer_reply_id=None, answered_at=None,
                 response_seconds=None, business_seconds=None)
    for at, rid, kind, seconds, business in mine:
        if kind in ("human", "redirect"):
            probe.update(answer_reply_id=rid, answered_at=at, response_seconds=float(seconds),
                         business_seconds=business)
            break


def _uniform(rows: list[dict]) -> list[dict]:
    keys = {k for r in rows for k in r}
    return [{k: r.get(k) for k in keys} for r in rows]
