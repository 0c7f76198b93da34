"""Tasks for a person: probes on the channels a person runs (probes.byhand: phone, WhatsApp, ...) and automated
probes handed over to a person (a CAPTCHA, a JavaScript-only form, a VK captcha).

Such a probe has `status = "task"`: `tasks()` says what to send, to whom, through which channel and by when, with
the script text ready to paste; a person sends it, then records it with audit.people.record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from audit.clock import Clock
from audit.credentials import Secrets
from audit.schedule.plan import calendar_for
from audit.store.database import Store
from audit.store.schema import Probe
from audit.study.model import Study
from probes import REGISTRY

P = Probe.__table__


@dataclass(frozen=True)
class Task:
    probe_id: int
    wave: str
    company_id: str
    company: str
    channel: str
    contact: str
    persona: str
    send_from: datetime  # the planned time, in the company's zone
    send_by: datetime  # the end of that working day, in the company's zone: send inside working hours
    reason: str  # why a person does it
    subject: str | None
    body: str


def tasks(store: Store, study: Study, *, wave: str | None = None, channel: str | None = None) -> list[Task]:
    """The probes waiting for a person, in planned order, with what to send, to whom and by when."""
    where = [P.c.study_id == study.id, P.c.status == "task"]
    if wave:
        where.append(P.c.wave == wave)
    if channel:
        where.append(P.c.channel == channel)
    with store.engine.connect() as conn:
        rows = conn.execute(select(P).where(*where).order_by(P.c.planned_at, P.c.id)).all()
    out = []
    for r in rows:
        company = study.company(r.company_id)
        cal = calendar_for(study, company)
        start = r.planned_at.astimezone(cal.tz)
        window = cal.day_window(cal.local_date(r.planned_at))
        end = window[1] if window and window[1] > r.planned_at else cal.next_working_time(r.planned_at)
        by_hand = r.channel in REGISTRY and not REGISTRY[r.channel].automated
        reason = r.last_error or (f"{r.channel} is run by hand" if by_hand else "handed over")
        out.append(Task(r.id, r.wave, r.company_id, company.name, r.channel, r.contact, r.persona, start,
                        end.astimezone(cal.tz), reason, r.subject, r.body))
    return out


def open_tasks(store: Store, study: Study, clock: Clock, *, wave: str | None = None,
               channel: str | None = None) -> list[Task]:
    """The tasks, once the probes of every started wave are in the database (so that they exist before any
    `audit run`: a study of by-hand channels only may never be run)."""
    from audit.collect.run import Runner

    Runner(study, store, clock, Secrets(environ={})).materialize(clock.now())
    return tasks(store, study, wave=wave, channel=channel)
