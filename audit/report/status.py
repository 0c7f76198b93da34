"""`audit status`: per wave and channel, how far the study has got (planned, waiting, sent, failed, answered), and
per channel the messages no one could read yet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from audit.schedule.plan import unplanned, wave_instances
from audit.store.database import Store
from audit.store.queries import pauses
from audit.store.schema import read_time, sql_time
from audit.study.model import Study
from scoring.understand import UNREADABLE


@dataclass
class StatusRow:
    wave: str
    channel: str
    planned: int
    waiting: int
    sent: int
    unconfirmed: int
    failed: int
    replied: int
    answered: int
    tasks: int = 0  # waiting for a person (audit tasks)
    unavailable: int = 0  # failed because the company's channel is closed to us (VK messages off, no such account)
    skipped: int = 0  # closed unsent by a person's decision: blocklisted, contact marked unavailable


def status(store: Store, study_id: str) -> tuple[list[StatusRow], int]:
    """Per wave and channel, the probes in each state; and how many collected messages matched no probe."""
    rows = store.execute(
        # count(*) FILTER, not sum(condition): PostgreSQL has no sum of booleans
        """SELECT wave, channel, count(*),
                  count(*) FILTER (WHERE status IN ('planned', 'sending')),
                  count(*) FILTER (WHERE status = 'sent'), count(*) FILTER (WHERE status = 'sent' AND NOT confirmed),
                  count(*) FILTER (WHERE status = 'failed'), count(*) FILTER (WHERE first_reply_id IS NOT NULL),
                  count(*) FILTER (WHERE answer_reply_id IS NOT NULL), count(*) FILTER (WHERE status = 'task'),
                  count(*) FILTER (WHERE status = 'failed' AND EXISTS (
                      SELECT 1 FROM attempt a WHERE a.probe_id = probe.id AND a.outcome = 'unavailable')),
                  count(*) FILTER (WHERE status = 'skipped')
           FROM probe WHERE study_id = :s GROUP BY wave, channel ORDER BY wave, channel""", s=study_id)
    unmatched = store.execute("SELECT count(*) FROM reply WHERE study_id = :s AND probe_id IS NULL", s=study_id)
    return [StatusRow(*r[:2], *(int(x or 0) for x in r[2:])) for r in rows], int(unmatched[0][0])


def unreadable(store: Store, study_id: str) -> dict[str, tuple[int, int]]:
    """Per channel, the messages that could not be read (kind unreadable: beyond a MIME limit, or the parser or
    understanding failed; scoring.understand), as (matched to a probe, unmatched). None of them answers or times a
    probe, and one might be a bounce or an answer: a person should look at each."""
    rows = store.execute(
        """SELECT channel, count(*) FILTER (WHERE probe_id IS NOT NULL), count(*) FILTER (WHERE probe_id IS NULL)
           FROM reply WHERE study_id = :s AND kind = :k GROUP BY channel ORDER BY channel""",
        s=study_id, k=UNREADABLE)
    return {r[0]: (int(r[1] or 0), int(r[2] or 0)) for r in rows}


@dataclass
class Gap:
    """Companies (or company/channel pairs) of a wave that get or got no probe, for one reason."""

    wave: str
    reason: str
    items: list[str]


def gaps(store: Store | None, study: Study, now: datetime) -> list[Gap]:
    """Everything that is not probed and why: what the plan leaves out (audit.schedule.plan.unplanned), and, with
    a store, companies withdrawn from the study file, probes closed unsent (blocklist, unavailable contact) and
    pauses. Nothing leaves the measurement without a line here."""
    from probes import channel_names

    grouped: dict[tuple[str, str], list[str]] = {}
    created = store.study_created_at(study.id) if store is not None else None
    for w in wave_instances(study, now, created.date() if created else None):
        for u in unplanned(study, w, set(channel_names())):
            grouped.setdefault((w.name, u.reason), []).append(u.company.id + (f" {u.channel}" if u.channel else ""))
    if store is not None:
        for wave, company, channel, reason in store.execute(
                "SELECT wave, company_id, channel, last_error FROM probe WHERE study_id = :s AND status = 'skipped' "
                "ORDER BY wave, company_id", s=study.id):
            grouped.setdefault((wave, f"closed unsent: {reason}"), []).append(f"{company} {channel}")
        for company, _at, probes in store.execute(
                "SELECT c.id, c.withdrawn_at, (SELECT count(*) FROM probe p WHERE p.study_id = c.study_id "
                "AND p.company_id = c.id) FROM company c WHERE c.study_id = :s AND c.withdrawn_at IS NOT NULL "
                "ORDER BY c.id", s=study.id):
            grouped.setdefault(("all", "withdrawn: removed from the study file (probes and answers kept, no new "
                                       "probes)"), []).append(f"{company} ({probes} probes)")
        for channel, (since, reason) in pauses(store, study.id).items():
            what = "the whole study" if channel == "*" else channel
            grouped.setdefault(("all", f"paused by a person since {since} UTC" + (f": {reason}" if reason else "")
                                + " (audit resume)"), []).append(what)
    return [Gap(w, r, items) for (w, r), items in grouped.items()]


@dataclass
class Progress:
    """How far a wave has got, and when it will be over."""

    wave: str
    planned: int
    sent: int  # sent or failed: done
    due: int  # to send now (planned, due, not yet sent: outside hours, rate limit, pause)
    later: int  # planned for later
    tasks: int  # waiting for a person
    open_answers: int  # sent, no answer yet, reply window still open
    last_send: datetime | None  # the latest planned send still to come
    windows_close: datetime | None  # when the last reply window closes (last send + window)


def progress(store: Store, study: Study, now: datetime) -> list[Progress]:
    """Per wave: what is done, due, waiting for a person, and answers still possible; and an estimated end: the
    latest planned send still to come, then its reply window."""
    window = study.reply_window
    out = []
    rows = store.execute(
        """SELECT wave, count(*), count(*) FILTER (WHERE status IN ('sent', 'failed')),
                  count(*) FILTER (WHERE status IN ('planned', 'sending') AND planned_at <= :now),
                  count(*) FILTER (WHERE status IN ('planned', 'sending') AND planned_at > :now),
                  count(*) FILTER (WHERE status = 'task'),
                  count(*) FILTER (WHERE status = 'sent' AND answer_reply_id IS NULL AND sent_at > :since),
                  max(CASE WHEN status IN ('planned', 'sending', 'task') THEN planned_at END),
                  max(sent_at)
           FROM probe WHERE study_id = :s AND company_id NOT IN (
               SELECT id FROM company WHERE study_id = :s AND withdrawn_at IS NOT NULL)
           GROUP BY wave ORDER BY min(planned_at)""",
        s=study.id, now=sql_time(now), since=sql_time(now - window))
    for wave, planned, sent, due, later, tasks, open_, last_planned, last_sent in rows:
        last = max(filter(None, [read_time(last_planned), now if due or tasks else None]), default=None)
        end = max(filter(None, [last, read_time(last_sent)]), default=None)
        out.append(Progress(wave, planned, int(sent or 0), int(due or 0), int(later or 0), int(tasks or 0),
                            int(open_ or 0), last, end + window if end else None))
    return out
