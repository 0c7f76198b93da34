"""A generated study whose true parameters are known, written straight into the store through the models.

Per channel and segment: the probability that a company eventually answers (each company and channel draws its own
propensity from a Beta with that mean, so a company's waves are correlated, as real ones are: the report must
resample companies, not probes), the answer-time distribution (exponential or lognormal), the share of answers
that only redirect, bounces on e-mail, and companies with a helpdesk, which acknowledge every e-mail and form
probe at once and answer better. Some automatic scores are wrong on purpose and people scored those replies with
the true score: the report must take people's scores over automatic ones. `Truth` gives every figure's true value.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
from scipy import stats
from sqlalchemy import insert

from audit.calendar import WorkCalendar
from audit.models import Probe, Reply, Score
from audit.store import Store
from audit.study import load_study

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
                "quality_all": answered * self.answered_score(), "quality_answered": self.answered_score()}


def write(tmp_path: Path, *, shops: int = 300, services: int = 300, platforms: int = 6, seed: int = 7,
          db: Path | None = None) -> tuple[Path, Path]:
    """The study file and a database with every probe of both waves sent, answered or not, scored."""
    rows = ["id,name,segment,timezone,email,form,vk,turnover"]
    zones = ("Europe/Moscow", "Asia/Yekaterinburg", "Europe/Kaliningrad")
    segs = [("shops", shops), ("services", services), ("platforms", platforms)]
    i = 0
    for seg, n in segs:
        for _ in range(n):
            name = f"<b>Shop {i}</b> & \"co\"" if i == 3 else f"Компания {i}"  # strangers' text, escaped everywhere
            turnover = ("1-5M", "5-20M")[i % 2] if seg == "shops" else ""
            rows.append(f"c{i:04d},\"{name.replace(chr(34), chr(34) * 2)}\",{seg},{zones[i % 3]},"
                        f"info@c{i:04d}.example,https://c{i:04d}.example/contact,club{i},{turnover}")
            i += 1
    (tmp_path / "companies.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
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
    _fill(store, study, np.random.default_rng(seed))
    return study_path, db


def _fill(store: Store, study, rng) -> None:
    probes, replies, scores = [], [], []
    helpdesk = {c.id: rng.random() < HELPDESK.get(c.segment, 0.3) for c in study.companies}
    pid = rid = 0
    for c in study.companies:
        seg = c.segment if c.segment in HELPDESK else "shops"  # the small segment behaves like shops
        cal = WorkCalendar(study.company_tz(c), study.working_hours, study.holidays)
        for ch in CHANNELS:
            p = ANSWER[(ch, seg)]
            propensity = rng.beta(p * CONCENTRATION, (1 - p) * CONCENTRATION)
            for wave, start in WAVES.items():
                pid += 1
                day = cal.working_days(start, 1)[0]
                opens, closes = cal.day_window(day)
                sent = opens + timedelta(seconds=float(rng.uniform(0, (closes - opens).total_seconds() - 60)))
                probe = dict(id=pid, study_id=study.id, wave=wave, company_id=c.id, channel=ch, persona="anatoly",
                             contact="x", planned_at=sent, status="sent", token=f"t{pid}", message_id=f"<m{pid}@x>",
                             sent_at=sent, confirmed=True, attempts=1)
                mine = []

                def reply(seconds: float, kind: str, sent=sent, mine=mine, cal=cal, pid=pid, ch=ch, **kw) -> int:
                    nonlocal rid
                    rid += 1
                    at = sent + timedelta(seconds=float(seconds))
                    mine.append((at, rid, kind, seconds, cal.business_seconds(sent, at)))
                    replies.append(dict(id=rid, study_id=study.id, probe_id=pid, channel=ch, account="a",
                                        folder="INBOX", fingerprint=f"f{rid}", received_at=at, seen_at=at,
                                        kind=kind, match_rule="in-reply-to", calendar_seconds=float(seconds),
                                        business_seconds=mine[-1][4], raw=b"x", understood_at=at, **kw))
                    return rid

                if rng.random() < BOUNCE.get(ch, 0):
                    reply(30, "bounce", permanent=True)
                else:
                    if helpdesk[c.id] and ch in ("email", "form"):
                        reply(60, "ack", helpdesk="usedesk")
                    if rng.random() < propensity:
                        t = float(_draw_times(rng, ch, 1)[0])
                        redirect = rng.random() < REDIRECT[(ch, seg)]
                        score = 1 if redirect else int(rng.choice((2, 3, 4), p=SCORES[(seg, helpdesk[c.id])]))
                        r = reply(max(t, 61), "redirect" if redirect else "human")
                        wrong = not redirect and rng.random() < WRONG_AUTO
                        scores.append(dict(probe_id=pid, reply_id=r, rater="auto", score=0 if wrong else score,
                                           reasons=[], created_at=NOW))
                        if wrong:
                            scores += [dict(probe_id=pid, reply_id=r, rater=who, score=score, reasons=[],
                                            created_at=NOW) for who in ("anna", "boris")]
                _answer(probe, mine)
                probes.append(probe)
    with store.engine.begin() as conn:
        conn.execute(insert(Probe.__table__), probes)
        if replies:
            conn.execute(insert(Reply.__table__), _uniform(replies))
        if scores:
            conn.execute(insert(Score.__table__), scores)


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
