"""`audit pilot`: every e-mail script of a study sent to the researcher's own address before a wave, through the
persona's real SMTP account and the mail channel's own sending code, so the text, its encoding, the token and the
spam folder can be checked on a message that went the way a probe goes.

A pilot is never a probe: it is recorded in its own table (audit.store.schema.Pilot), which no report, export,
status or matcher reads, and it never goes to a company (an address of the study's companies is refused). A reply
to a pilot that reaches a persona's mailbox names no probe's Message-ID or token, and its subject keeps the
"[pilot]" prefix that no probe has, so the watcher stores it as unmatched.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from pydantic import TypeAdapter, ValidationError

from audit.clock import Clock
from audit.collect.run import new_identity
from audit.credentials import Secrets
from audit.errors import AuditError
from audit.fields import Email
from audit.store.database import Store
from audit.store.schema import Pilot
from audit.study.model import Study
from audit.study.templates import render, variables
from probes import MAILBOX, REGISTRY, channel_class
from probes.form import identity, reply_address

PREFIX = "[pilot]"
WAVE = "pilot"  # what a template's {{ wave }} says in a pilot


def by_email() -> tuple[str, ...]:
    """The channels whose message can be tried by e-mail: the mailbox's own, and those answered by e-mail (a web
    form: its text goes into an e-mail that says which form it would fill)."""
    return tuple(n for n, spec in REGISTRY.items() if spec.automated and (n == MAILBOX or spec.answers == "mail"))


@dataclass(frozen=True)
class PilotMessage:
    script: int
    channel: str
    company_id: str
    contact: str  # the company's contact on the channel: an address or a form's page, never written to
    persona: str
    to: str
    subject: str
    body: str
    token: str
    message_id: str


@dataclass
class PilotPlan:
    messages: list[PilotMessage]
    left_out: list[str]  # each script and channel not piloted, and why


def check_address(study: Study, to: str) -> str:
    """`to` as an address, refused when it is not one or when it is a company's of the study."""
    try:
        address = TypeAdapter(Email).validate_python(to.strip())
    except ValidationError as exc:
        raise AuditError(f"--to {to!r} is not an e-mail address ({exc.errors()[0]['msg']})",
                         hint="give your own address, e.g. --to me@example.org") from exc
    for company in study.companies:
        if company.contacts.email and company.contacts.email.strip().lower() == address.lower():
            raise AuditError(f"--to {to} is the address of company {company.id} in the study: a pilot never goes "
                             "to a company", hint="give your own address")
    return address


def plan(study: Study, to: str, *, company: str | None = None, channels: list[str] | None = None,
         persona: str | None = None) -> PilotPlan:
    """One message per script and e-mail channel, rendered for a sample company: `company`, else the first company
    the script applies to on that channel."""
    to = check_address(study, to)
    possible = by_email()
    for ch in channels or ():
        if ch not in possible:
            raise AuditError(f"--channel {ch}: a pilot goes by e-mail, so only {', '.join(possible)} can be tried")
    if company is not None and company not in {c.id for c in study.companies}:
        raise AuditError(f"--company {company}: no such company in the study")
    sender = _persona(study, persona)
    out = PilotPlan([], [])
    for i, script in enumerate(study.scripts):
        for ch in script.channels:
            where = f"scripts[{i}] on {ch}"
            if ch not in possible:
                out.left_out.append(f"{where}: not by e-mail, nothing to try")
            elif channels and ch not in channels:
                out.left_out.append(f"{where}: left out by --channel")
            else:
                sample = _sample(study, i, ch, company)
                if sample is None:
                    whom = f"company {company} does" if company else "no company does"
                    out.left_out.append(f"{where}: {whom} not get this script on {ch} (its segment's script, a "
                                        f"contact on {ch})")
                else:
                    out.messages.append(_message(study, i, ch, sample, sender, to))
    return out


def _persona(study: Study, persona: str | None):
    able = [p for p in study.personas if p.email is not None]
    if persona is not None:
        able = [p for p in able if p.id == persona]
        if not able:
            raise AuditError(f"--persona {persona}: no persona of that id with an e-mail account")
    if not able:
        raise AuditError("no persona has an e-mail account: a pilot goes out through one",
                         hint="add email: to a persona in the study file")
    return able[0]


def _sample(study: Study, index: int, channel: str, company: str | None):
    script = study.scripts[index]
    for c in study.companies:
        if (company is None or c.id == company) and getattr(c.contacts, channel) \
                and study.script_for(c.segment, channel) is script:
            return c
    return None


def _message(study: Study, index: int, channel: str, company, persona, to: str) -> PilotMessage:
    script = study.scripts[index]
    values = variables(persona, company, WAVE)
    subject = render(script.subject, values) if script.subject else None
    body = render(script.body, values)
    token, message_id = new_identity(persona)
    contact = str(getattr(company.contacts, channel))
    about = f"scripts[{index}] · {channel} · persona {persona.id} · rendered for company {company.id} ({contact})"
    if channel == MAILBOX:
        text = f"{body.rstrip()}\n\n-- \n{PREFIX} {about}\n"
    else:
        ident = identity(persona)
        typed = [f"  name: {ident.name}", f"  e-mail: {reply_address(persona, token)} (its answer is matched by "
                 "this address)", f"  phone: {ident.phone or '-'}", f"  subject: {subject or '-'}"]
        text = "\n".join([f"{PREFIX} {about}", f"This text would be typed into the {channel} at {contact}, with:",
                          *typed, "", "-- the message --", body.rstrip(), ""])
    title = subject or f"{channel} of {company.name}"
    return PilotMessage(index, channel, company.id, contact, persona.id, to, f"{PREFIX} {title}", text, token,
                        message_id)


@dataclass
class PilotResult:
    message: PilotMessage
    outcome: str  # sent | failed | stopped (cancelled before it could leave) | unconfirmed (cut off after)
    error: str | None = None


class PilotSender:
    """Sends pilot messages one after the other, and stops as a run does (audit.collect.run.Runner.stop) when a
    signal asks it to: a message that has not reached its commit (the SMTP server has not been given the message)
    is cancelled and recorded as stopped, nothing left; one past its commit is let finish and recorded as what it
    is; no further message is sent. A second signal cancels `send` at once: the message in hand is recorded as it
    stood, stopped before its commit, unconfirmed after it."""

    def __init__(self, study: Study, store: Store, clock: Clock, secrets: Secrets, **factories: Any):
        self.study, self.store, self.secrets = study, store, secrets
        self.channel = channel_class(MAILBOX)(study, secrets=secrets, clock=clock, **factories)
        self.results: list[PilotResult] = []  # filled as it goes: what was done when a second signal cut it off
        self.stopping: str | None = None  # the signal's name, once asked to stop
        self._in_hand: asyncio.Task | None = None  # the send `stop` may still cancel: None once it committed

    def stop(self, why: str) -> str:
        """Stop early (called on the event loop by audit.cli.signals). Returns what becomes of the message in hand,
        to tell the user."""
        self.stopping = why
        if self._in_hand is not None and self._in_hand.cancel():
            return "the pilot in hand had not left: it is not sent"
        return "the pilot in hand is let finish (its message may be on its way)"

    async def send(self, messages: list[PilotMessage]) -> list[PilotResult]:
        """Send each message through the mail channel, recording each in the pilot table before it goes and its
        outcome after; the messages after a stop are neither sent nor recorded."""
        for m in messages:
            if self.stopping:
                break
            await self._send_one(m)
        return self.results

    async def _send_one(self, m: PilotMessage) -> None:
        row = Pilot(study_id=self.study.id, persona=m.persona, script=m.script, channel=m.channel,
                    company_id=m.company_id, to_addr=m.to, subject=m.subject, body=m.body, message_id=m.message_id,
                    token=m.token)
        with self.store.session() as s:
            s.add(row)
            s.commit()
        probe = SimpleNamespace(id=None, company_id=m.company_id, channel=MAILBOX, persona=m.persona, contact=m.to,
                                token=m.token, message_id=m.message_id, subject=m.subject, body=m.body)
        committed = False

        async def commit() -> None:  # the row is written: nothing more to record before the message leaves
            nonlocal committed
            if self.stopping:  # stopped while the channel held on (uncancellable at that moment): nothing leaves
                raise asyncio.CancelledError
            self._in_hand, committed = None, True  # from here the message may leave: a first stop lets it finish

        task = asyncio.ensure_future(self.channel.send(probe, commit))
        self._in_hand = task
        try:
            sent = await task
            row.outcome, row.sent_at = "sent", sent.sent_at
        except AuditError as exc:
            row.outcome, row.error = "failed", self.secrets.mask(str(exc))
        except asyncio.CancelledError:
            if not committed:
                row.outcome, row.error = "stopped", f"stopped by {self.stopping} before the message could leave"
            else:
                row.outcome, row.error = "unconfirmed", ("stopped at once by a second signal after the message was "
                                                         "handed to the server: it may have arrived")
            self._record(m, row)
            if task.cancelled() and not asyncio.current_task().cancelling():
                return  # cancelled by a first stop only: the next message is not taken (`send`)
            raise  # the whole session is being cancelled (a second signal)
        finally:
            self._in_hand = None
        self._record(m, row)

    def _record(self, m: PilotMessage, row: Pilot) -> None:
        with self.store.session() as s:
            s.merge(row)
            s.commit()
        self.results.append(PilotResult(m, row.outcome, row.error))

