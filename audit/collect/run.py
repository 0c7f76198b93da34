"""Sending the probes that are due.

Safe under cron by construction:
- a probe row exists once per (study, wave, company, channel) — a UNIQUE constraint, so planning twice is harmless;
- a run takes a probe with a conditional UPDATE (`status='planned'` → `sending`, with its claim), so of two
  overlapping runs exactly one sends it (on PostgreSQL a row another run is claiming is skipped, not waited for);
  every later change it makes to the probe is a compare-and-set on that claim, so a run whose claim was taken from
  it while it stalled neither hands the message over nor overwrites what the other run did;
- the channel calls back `commit()` right before the message can leave; a run killed before that left a `claimed`
  probe that the next run puts back to `planned`; a run killed after it left a `committing` probe that may have been
  delivered: it is recorded as sent, unconfirmed, and never sent again (its Message-ID was stored before sending,
  so an answer still matches it);
- nothing is sent outside the company's working hours, whatever the plan says, and per-account rate limits hold
  even when a backlog of due probes has built up;
- a run asked to stop (`Runner.stop`: SIGINT or SIGTERM, audit.cli.signals) stops at once while it waits, cancels a
  send that has not committed (the probe goes back to planned, nothing left), lets a committed send finish so it is
  recorded as what it is (sent, confirmed when the server said so), and then takes no further probe.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, update
from sqlmodel import select

from audit.clock import Clock
from audit.credentials import Secrets
from audit.errors import ChannelError, HandOverError, PermanentChannelError, SecretError
from audit.schedule.plan import calendar_for, plan_wave, started, wave_instances
from audit.store.database import Store, upsert
from audit.store.queries import pauses, probe_counts, unavailable_contacts
from audit.store.schema import Attempt, Meta, Probe
from audit.store.versions import record_version
from audit.study.blocklist import blocked, read_blocklist
from audit.study.model import Study
from audit.study.templates import render, variables
from probes import automated_channels, channel_names

MAX_ATTEMPTS = 5
CREDENTIALS_PAUSE = 3600.0  # a refused token or password is not tried again for an hour (cron runs every few minutes)
LEASE_SECONDS = 600  # a claim older than this (real time) belongs to a run that died on another machine


class Stopped(Exception):
    """A send cancelled by `Runner.stop` before its channel committed: nothing left."""


@dataclass
class RunResult:
    materialized: int = 0
    recovered: list[str] = field(default_factory=list)
    sent: list[Probe] = field(default_factory=list)
    failed: list[tuple[Probe, str]] = field(default_factory=list)
    retry: list[tuple[Probe, str]] = field(default_factory=list)
    waiting: list[tuple[Probe, str]] = field(default_factory=list)  # due, but outside hours or over the limit
    handed_over: list[tuple[Probe, str]] = field(default_factory=list)  # now a person's task (audit tasks)
    refused: list[tuple[Probe, str]] = field(default_factory=list)  # the persona's credentials refused: fix them
    would_send: list[Probe] = field(default_factory=list)  # dry run
    skipped: list[tuple[Probe, str]] = field(default_factory=list)  # closed unsent: blocklisted, unavailable
    rewritten: int = 0  # probes not sent yet given the text of an accepted change


def new_identity(persona) -> tuple[str, str]:
    """A fresh token and Message-ID for a message from this persona: what an answer is matched by."""
    domain = persona.email.address.rsplit("@", 1)[1] if persona.email else "localhost"
    return secrets.token_hex(6), f"<{uuid.uuid4()}@{domain}>"


def _owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{time.time():.3f}:{secrets.token_hex(3)}"


def _same(column, value):
    """`column = value`, or `column IS NULL` for None: a compare-and-set must match a missing value too."""
    return column.is_(None) if value is None else column == value


def _ours(probe_id: int, owner: str) -> tuple:
    """The probe is still ours: being sent under our claim. Every change a run makes to a probe it took is a
    compare-and-set on this, so a run whose claim was taken meanwhile (it stalled past the lease and another run
    recovered the probe) writes nothing over what the other run did."""
    return Probe.id == probe_id, Probe.status == "sending", Probe.claim == owner


def _unlocked(probe_id: int):
    """The probe's id while it is planned and no other transaction holds its row: on PostgreSQL a run skips a probe
    that another run is claiming at this instant (FOR UPDATE SKIP LOCKED) instead of queueing behind it only to
    find it taken; SQLite, whose writes are serialised, has no row locks and leaves the clause out."""
    return select(Probe.id).where(Probe.id == probe_id, Probe.status == "planned").with_for_update(skip_locked=True)


class _ClaimTaken(Exception):
    """Raised by `commit()` when the probe is no longer ours: the message must not be handed over."""


def _claim_is_stale(claim: str | None) -> bool:
    if not claim:
        return True
    try:
        host, pid, real, _ = claim.split(":")
    except ValueError:
        return True
    if host == socket.gethostname():
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            pass
        return int(pid) != os.getpid() and time.time() - float(real) > LEASE_SECONDS
    return time.time() - float(real) > LEASE_SECONDS


class Runner:
    """Sends the study's due probes (`run_once`, `passes`): plans the started waves into the database, then sends
    each due probe through its channel (`channels`: name -> Channel, from probes.make_channels) inside working
    hours and rate limits, recording every attempt. Safe to run from cron, and twice at once."""

    def __init__(self, study: Study, store: Store, clock: Clock, secrets: Secrets,
                 channels: dict[str, object] | None = None, max_wait: float = 240, accept_change: str | None = None):
        self.study, self.store, self.clock, self.secrets = study, store, clock, secrets
        self.accept_change = accept_change  # the reason a change to what a started study asks is accepted
        self.version = None  # audit.store.versions.Version the run works under (recorded by the first real pass)
        self.channels = channels or {}  # name -> Channel instance (built by the CLI or the tests)
        self.max_wait = max_wait  # study seconds a run may wait for a rate-limit gap before leaving it to the next
        self._plans: tuple[object, dict] | None = None
        self._materialized: set[str] | None = None  # waves this runner has put in the database
        self._ingest = None  # made when an answer came before its send was recorded
        self._control_cache: tuple | None = None  # audit.collect.run.Runner._controls, per pass
        self.stopping: str | None = None  # why the run was asked to stop early (a signal's name): see `stop`
        self._cancel: tuple[Callable[[], bool], str] | None = None  # cancels what the run awaits while harmless

    def planned(self, now: datetime) -> dict[str, list]:
        """Every known wave with its planned probes; computed once per study day (plans depend on dates only)."""
        anchor = self.store.study_created_at(self.study.id)
        day = (now.astimezone(ZoneInfo(self.study.timezone)).date(), anchor)
        if self._plans is None or self._plans[0] != day:
            out = {}
            for w in wave_instances(self.study, now, anchor.date() if anchor else None):
                out[w.name] = (w, plan_wave(self.study, w, set(channel_names())))
            self._plans = (day, out)
        return self._plans[1]

    def finished(self, now: datetime) -> bool:
        """Every wave that has started is fully sent or failed (no probe planned or being sent), and no wave starts
        later: a looping run may stop."""
        plans = self.planned(now)
        if not all(started(w, self.study, now) for w, _ in plans.values()):
            return False
        left, have = probe_counts(self.store, self.study.id)
        return left == 0 and have >= sum(len(p) for _, p in plans.values())

    async def passes(self, *, loop: float = 0, dry_run: bool = False,
                     progress: Callable[[Probe, str], None] | None = None) -> AsyncIterator[RunResult]:
        """`run_once`, and with `loop` again every `loop` seconds until `finished` (a dry run: once) or `stop`."""
        while True:
            yield await self.run_once(dry_run=dry_run, progress=progress)
            if dry_run or not loop or self.stopping or self.finished(self.clock.now()):
                return
            try:
                await self._stoppable(asyncio.sleep(loop), "stopping the wait for the next pass")
            except Stopped:
                return

    def stop(self, why: str) -> str:
        """Stop early (`why`: SIGTERM, SIGINT; called on the event loop by audit.cli.signals): a wait ends now; a
        send not committed yet is cancelled, its probe back to planned; a committed send is let finish, since its
        message may already be on the wire and cutting it off would only leave it unconfirmed; then no further
        probe is taken. Returns what becomes of the work in hand, to tell the user."""
        self.stopping = why
        if self._cancel is not None and self._cancel[0]():
            return self._cancel[1]
        return "the send in hand is let finish (its message may be on its way)"

    async def _stoppable(self, work, stopped: str):
        """Await `work` as a task that `stop` cancels (a send: until its channel commits, see `_send_one`), saying
        `stopped` then; raises Stopped when it did. A cancellation of the run itself (a second signal) goes on as
        CancelledError."""
        task = asyncio.ensure_future(work)
        self._cancel = (task.cancel, stopped)
        try:
            return await task
        except asyncio.CancelledError:
            if self.stopping and task.cancelled() and not asyncio.current_task().cancelling():
                raise Stopped(f"stopped by {self.stopping} before the message could leave") from None
            raise
        finally:
            self._cancel = None

    def materialize(self, now: datetime) -> int:
        """Insert the probes of every started wave that are not in the database yet. Returns how many."""
        plans = {name: wp for name, wp in self.planned(now).items() if started(wp[0], self.study, now)}
        if self._materialized is not None and set(plans) <= self._materialized:
            return 0
        self.store.sync_study(self.study, {name: wp[0].starts_on for name, wp in plans.items()}, now)
        self._materialized = set(plans)
        return self.store.read_back_on_conflict(lambda: self._insert_missing(plans))

    def _stored_keys(self) -> set[tuple[str, str, str]]:
        """(wave, company, channel) of every probe of the study in the database."""
        with self.store.session() as s:
            return set(s.exec(select(Probe.wave, Probe.company_id, Probe.channel)
                              .where(Probe.study_id == self.study.id)).all())

    def _insert_missing(self, plans: dict) -> int:
        have, added = self._stored_keys(), 0
        with self.store.session() as s:
            for _, (_, probes) in plans.items():
                for p in probes:
                    if p.key not in have:
                        s.add(self._new_probe(p))
                        added += 1
            s.commit()  # a concurrent run's duplicate meets the UNIQUE constraint here (Store.read_back_on_conflict)
        return added

    def _new_probe(self, p) -> Probe:
        persona = self.study.persona(p.persona)
        script = self.study.script_for(p.company.segment, p.channel)
        values = variables(persona, p.company, p.wave)
        # a channel without a module (phone, WhatsApp, ...) is a task for a person from the start (audit tasks)
        status = "planned" if p.channel in automated_channels() else "task"
        token, message_id = new_identity(persona)
        return Probe(study_id=self.study.id, wave=p.wave, company_id=p.company.id, channel=p.channel, status=status,
                     persona=p.persona, contact=p.contact, planned_at=p.planned_at, token=token, message_id=message_id,
                     study_version=self.version.number if self.version else None,
                     subject=render(script.subject, values) if script.subject else None,
                     body=render(script.body, values))

    def _rewrite_unsent(self) -> int:
        """After an accepted change of the scripts, the probes not sent yet (planned, or a person's task) carry the
        new text and the new version; those sent keep what they carried. Returns how many changed."""
        with self.store.session() as s:
            unsent = s.exec(select(Probe).where(Probe.study_id == self.study.id,
                                                Probe.status.in_(("planned", "task")))).all()
        changed = 0
        for p in unsent:
            company = self._company(p.company_id)
            script = self.study.script_for(company.segment, p.channel) if company else None
            if script is None:
                continue
            try:
                persona = self.study.persona(p.persona)
            except KeyError:
                continue
            values = variables(persona, company, p.wave)
            subject = render(script.subject, values) if script.subject else None
            body = render(script.body, values)
            if (subject, body) == (p.subject, p.body):
                continue
            with self.store.session() as s:
                done = s.exec(update(Probe).where(Probe.id == p.id, Probe.status.in_(("planned", "task")))
                              .values(subject=subject, body=body, study_version=self.version.number))
                s.commit()
            changed += done.rowcount
        return changed

    def recover(self) -> list[str]:
        """Settle probes left `sending` by runs that died. Each change is a compare-and-set on the state, claim and
        phase that were read: a run that stalls between reading and writing (a loaded machine, SIGSTOP, a laptop
        asleep) must not wipe the fresh claim of another run that has meanwhile recovered the probe and is sending
        it, or the message goes twice."""
        notes = []
        with self.store.session() as s:
            stuck = s.exec(select(Probe).where(Probe.study_id == self.study.id, Probe.status == "sending")).all()
            seen = [(p.id, p.company_id, p.channel, p.claim, p.phase, p.claimed_at) for p in stuck]
        for probe_id, company, channel, claim, phase, claimed_at in seen:
            if not _claim_is_stale(claim):
                continue
            now = self.clock.now()
            if phase == "committing":
                values = {"status": "sent", "sent_at": claimed_at, "confirmed": False}
                outcome, msg = "uncertain", "a run died after handing the message over; not sent again"
            else:
                values = {"status": "planned"}
                outcome, msg = "interrupted", "a run died before sending; it will be sent by a later run"
            with self.store.session() as s:
                done = s.exec(update(Probe).where(Probe.id == probe_id, Probe.status == "sending",
                                                  Probe.claim == claim, _same(Probe.phase, phase))
                              .values(claim=None, phase=None, **values))
                if done.rowcount != 1:
                    s.rollback()
                    continue  # another run settled or reclaimed it since: its claim is not ours to undo
                s.add(Attempt(probe_id=probe_id, started_at=claimed_at or now, finished_at=now, outcome=outcome,
                              error_message=msg, detail={"claim": claim}))
                s.commit()
            notes.append(f"probe {probe_id} ({company}/{channel}): {msg}")
        return notes

    def _pause_key(self, channel: str, persona: str) -> str:
        return f"pause:{self.study.id}:{channel}:{persona}"

    def paused_until(self, channel: str, persona: str) -> datetime | None:
        """A channel a service asked us to leave alone for a while (FloodWait, a captcha), per persona account."""
        with self.store.session() as s:
            row = s.get(Meta, self._pause_key(channel, persona))
        return datetime.fromisoformat(row.value) if row else None

    def pause(self, channel: str, persona: str, until: datetime) -> None:
        """Leave the persona's channel alone until `until`, or until a later end another run set (runs pausing the
        same account at once: one statement each, the later end kept). The end is stored as UTC text of fixed
        width, so that the text's order is the time's."""
        value = until.astimezone(UTC).isoformat(timespec="microseconds")
        with self.store.engine.begin() as conn:
            upsert(conn, Meta.__table__, {"key": self._pause_key(channel, persona), "value": value}, key=["key"],
                   keep_greater="value")

    def due(self, now: datetime) -> list[Probe]:
        with self.store.session() as s:
            return list(s.exec(select(Probe).where(Probe.study_id == self.study.id, Probe.status == "planned",
                                                   Probe.planned_at <= now)
                               .order_by(Probe.planned_at, Probe.id)).all())

    def _last_hour(self, channel: str, persona: str, now: datetime) -> tuple[int, datetime | None]:
        """How many messages this account sent on this channel in the last hour, and when the last one left."""
        with self.store.session() as s:
            q = select(func.count(), func.max(Probe.sent_at)).where(
                Probe.study_id == self.study.id, Probe.channel == channel, Probe.persona == persona,
                Probe.status.in_(("sent", "sending")), Probe.sent_at > now - timedelta(hours=1))
            return tuple(s.exec(q).one())

    def _over_limit(self, probe: Probe, now: datetime, sent_now: dict) -> tuple[str, float] | None:
        """Why this probe may not go now, and how many study seconds until it may (inf: not in this run)."""
        limit = self.study.rate_limit(probe.channel)
        gap = timedelta(seconds=3600 / max(limit, 1))
        count, last = self._last_hour(probe.channel, probe.persona, now)
        last = max(filter(None, [last, sent_now.get((probe.channel, probe.persona))]), default=None)
        if count >= limit:
            return f"rate limit: {limit} per hour reached for {probe.persona} on {probe.channel}", float("inf")
        if last is not None and now - last < gap:
            wait = (last + gap - now).total_seconds()
            return f"rate limit: next {probe.channel} message from {probe.persona} after {last + gap:%H:%M:%S}", wait
        return None

    async def run_once(self, *, dry_run: bool = False, progress: Callable[[Probe, str], None] | None = None
                       ) -> RunResult:
        result = RunResult()
        now = self.clock.now()
        self._control_cache = None
        if dry_run:
            return self._dry_run(now, result)
        for channel in self.channels.values():
            channel.preflight()  # a missing secret stops the run before any probe is taken
        if self.version is None:
            self.version = record_version(self.store, self.study, accept=self.accept_change, now=now)
            if self.version.new and self.version.reason:  # an accepted change: what is not sent yet says it
                result.rewritten = self._rewrite_unsent()
        result.recovered = self.recover()
        result.materialized = self.materialize(now)
        self._close_never(result)
        sent_now: dict = {}
        for probe in self.due(now):
            if self.stopping:
                break
            now = self.clock.now()
            why = self._not_now(probe, now)
            if why:
                result.waiting.append((probe, why))
                continue
            limited = self._over_limit(probe, now, sent_now)
            if limited and limited[1] <= self.max_wait:
                try:
                    await self._stoppable(asyncio.sleep(self.clock.sleep_seconds(limited[1])),
                                          "stopping the wait for the rate limit")
                except Stopped:
                    break
                now = self.clock.now()
                company = self.study.company(probe.company_id)
                limited = None if calendar_for(self.study, company).is_working_time(now) else (
                    "outside the company's working hours", 0)
            if limited:
                result.waiting.append((probe, limited[0]))
                continue
            outcome = await self._send_one(probe, result)
            if outcome == "sent":
                sent_now[(probe.channel, probe.persona)] = probe.sent_at
            if progress:
                progress(probe, outcome)
        return result

    def _dry_run(self, now: datetime, result: RunResult) -> RunResult:
        """What a run would send now, by the run's own rules (automated channels only, inside working hours, no
        paused account, the hourly limit), touching nothing: probes not yet in the database come from the plan."""
        automated = automated_channels()
        have, due = self._stored_keys(), self.due(now)
        for _, (wave, probes) in self.planned(now).items():
            if started(wave, self.study, now):
                due += [self._new_probe(p) for p in probes if p.key not in have and p.planned_at <= now]
        counted: dict = {}  # (channel, persona) -> messages of the last hour, then those this run would add
        for probe in sorted(due, key=lambda p: p.planned_at):
            if probe.channel not in automated:
                continue  # a person's task (audit tasks), never sent by a run
            never = self._never(probe)
            why = f"would be closed unsent: {never[1]}" if never else self._not_now(probe, now)
            key = (probe.channel, probe.persona)
            if key not in counted:
                counted[key] = self._last_hour(probe.channel, probe.persona, now)[0]
            if why is None and counted[key] >= self.study.rate_limit(probe.channel):
                why = f"rate limit: {self.study.rate_limit(probe.channel)} per hour for {probe.persona}"
            if why:
                result.waiting.append((probe, why))
                continue
            counted[key] += 1
            result.would_send.append(probe)
        return result

    def _not_now(self, probe: Probe, now: datetime) -> str | None:
        """Why a due probe may not go at all at this moment (the rate limit's spacing aside)."""
        company = self._company(probe.company_id)
        if company is None:
            return "withdrawn: the company is no longer in the study file (its probes and answers are kept)"
        paused = self._controls()[0]
        for key in ("*", probe.channel):
            if key in paused:
                since, reason = paused[key]
                what = "the study" if key == "*" else probe.channel
                return (f"{what} paused by a person since {since} UTC" + (f" ({reason})" if reason else "")
                        + "; audit resume starts it again")
        if not calendar_for(self.study, company).is_working_time(now):
            return "outside the company's working hours"
        until = self.paused_until(probe.channel, probe.persona)
        if until is not None and now < until:
            return f"{probe.channel} paused for {probe.persona} until {until:%H:%M:%S} UTC (the service asked for it)"
        return None

    def _company(self, company_id: str):
        try:
            return self.study.company(company_id)
        except KeyError:
            return None

    def _controls(self) -> tuple[dict, dict, dict]:
        """What people decided, read once per pass: pauses, contacts marked unavailable, the blocklist."""
        if self._control_cache is None:
            self._control_cache = (pauses(self.store, self.study.id),
                                   unavailable_contacts(self.store, self.study.id),
                                   read_blocklist(self.study.blocklist_path))
        return self._control_cache

    def _never(self, probe: Probe) -> tuple[str, str] | None:
        """(outcome, reason) when this probe must never be sent: the company is on the blocklist, or a person
        marked the contact unavailable. Such a probe is closed as `skipped`, with the reason kept."""
        _, unavailable, blocklist = self._controls()
        if (reason := unavailable.get((probe.company_id, probe.channel))) is not None:
            return "unavailable", f"contact marked unavailable by a person: {reason}"
        company = self._company(probe.company_id)
        hit = blocked(blocklist, probe.company_id, probe.contact, company.mail_domain if company else None)
        if hit is not None:
            return "blocked", f"on the blocklist ({hit.where}): {hit.reason}"
        return None

    def _close_never(self, result: RunResult) -> None:
        """Close every probe still to send (or to do by hand) that must never go: blocklisted, or unavailable."""
        _, unavailable, blocklist = self._controls()
        if not unavailable and not blocklist:
            return
        with self.store.session() as s:
            open_ = s.exec(select(Probe).where(Probe.study_id == self.study.id,
                                               Probe.status.in_(("planned", "task")))).all()
        for probe in open_:
            if (never := self._never(probe)) and self._skip(probe, *never):
                result.skipped.append((probe, never[1]))

    def _skip(self, probe: Probe, outcome: str, reason: str) -> bool:
        """Close a planned or task probe as skipped (once: a concurrent run may have taken it)."""
        now = self.clock.now()
        with self.store.session() as s:
            done = s.exec(update(Probe).where(Probe.id == probe.id, Probe.status.in_(("planned", "task")))
                          .values(status="skipped", last_error=reason))
            if done.rowcount == 1:
                s.add(Attempt(probe_id=probe.id, started_at=now, finished_at=now, outcome=outcome,
                              error_message=reason))
            s.commit()
        return done.rowcount == 1

    async def _send_one(self, probe: Probe, result: RunResult) -> str:
        owner = _owner()
        started_at = self.clock.now()
        with self.store.session() as s:
            took = s.exec(update(Probe).where(Probe.id == probe.id, Probe.status == "planned",
                                              Probe.attempts == probe.attempts, Probe.id.in_(_unlocked(probe.id)))
                          .values(status="sending", claim=owner, claimed_at=started_at, phase="claimed"))
            s.commit()
        if took.rowcount != 1:
            return "taken by another run"

        async def commit() -> None:
            if self.stopping:  # a channel that held on after `stop` cancelled it: nothing may leave now
                raise asyncio.CancelledError
            self._cancel = None  # from here the message may leave: a stop lets the send finish (`stop`)
            with self.store.session() as s2:
                done = s2.exec(update(Probe).where(*_ours(probe.id, owner)).values(phase="committing"))
                s2.commit()
            if done.rowcount != 1:
                raise _ClaimTaken(f"probe {probe.id} was taken by another run")

        channel = self.channels.get(probe.channel)
        try:
            if channel is None:
                raise PermanentChannelError(f"no automated channel {probe.channel!r}", code="no_channel")
            sent = await self._stoppable(channel.send(probe, commit),
                                         "the probe in hand had not left: back to planned")
        except Stopped as exc:
            self._release(probe, owner, started_at, exc)
            return "stopped before sending: back to planned, for the next run"
        except HandOverError as exc:
            return self._hand_over(probe, owner, started_at, exc, result)
        except SecretError as exc:
            return self._credentials_refused(probe, owner, started_at, exc, result)
        except ChannelError as exc:
            return self._record_failure(probe, owner, started_at, exc, result)
        except _ClaimTaken:
            return "taken by another run"
        except BaseException as exc:
            self._release(probe, owner, started_at, exc)
            raise
        if os.environ.get("AUDIT_TEST_FAULT") == "after-send":
            os._exit(137)  # the tests' kill -9 between the server's acceptance and the database write
        with self.store.session() as s:
            self._settle(s, probe.id, owner, Attempt(probe_id=probe.id, started_at=started_at,
                                                     finished_at=self.clock.now(), outcome="sent", detail=sent.detail),
                         status="sent", sent_at=sent.sent_at, confirmed=True, attempts=Probe.attempts + 1)
            s.commit()
            probe.sent_at, probe.status = sent.sent_at, "sent"
        self._time_early_answers(probe.id)
        result.sent.append(probe)
        return "sent"

    @staticmethod
    def _settle(s, probe_id: int, owner: str, attempt: Attempt, **values) -> bool:
        """Give up our claim on the probe, setting `values`, if it is still ours (`_ours`); the attempt is recorded
        either way, since it happened: when another run took the probe meanwhile, its row stands and the attempt
        says so."""
        done = s.exec(update(Probe).where(*_ours(probe_id, owner)).values(claim=None, phase=None, **values))
        if done.rowcount != 1:
            attempt.detail = {**(attempt.detail or {}), "claim": "taken by another run meanwhile; its row stands"}
        s.add(attempt)
        return done.rowcount == 1

    def _time_early_answers(self, probe_id: int) -> None:
        """A chat bot can answer before the send is recorded; the watcher then keeps the answer on this probe
        untimed (audit.collect.ingest). Timed here, so the probe does not wait for the channel's next message."""
        from audit.collect.ingest import Ingest
        from audit.store.schema import Reply

        with self.store.engine.begin() as conn:
            early = conn.execute(select(func.count()).select_from(Reply).where(
                Reply.probe_id == probe_id, Reply.calendar_seconds.is_(None))).scalar()
            if early:
                if self._ingest is None:
                    self._ingest = Ingest(self.study, self.store, self.clock)
                self._ingest.update_probes(conn, {probe_id})

    def _release(self, probe: Probe, owner: str, started_at: datetime, exc: BaseException) -> None:
        """An unexpected error or an interrupt: give the probe back, unless the message may have left."""
        with self.store.session() as s:
            row = s.get(Probe, probe.id)
            if row is None or row.claim != owner or row.status != "sending":
                return  # taken by another run: its recovery recorded what it found
            if row.phase == "committing":
                values, outcome = {"status": "sent", "sent_at": self.clock.now(), "confirmed": False}, "uncertain"
            else:
                values, outcome = {"status": "planned"}, "interrupted"
            self._settle(s, probe.id, owner, Attempt(probe_id=probe.id, started_at=started_at,
                                                     finished_at=self.clock.now(), outcome=outcome,
                                                     error_class=type(exc).__name__,
                                                     error_message=self.secrets.mask(str(exc))[:500]), **values)
            s.commit()

    def _credentials_refused(self, probe: Probe, owner: str, started_at: datetime, exc: SecretError,
                             result: RunResult) -> str:
        """The service refused the persona's credentials (an expired token, one without the right to write): it
        sent nothing, even after the commit, so the probe goes back to planned. The persona's channel rests for an
        hour and the run says what to do; the company is not to blame, so nothing is recorded as a failure."""
        with self.store.session() as s:
            self._settle(s, probe.id, owner, Attempt(probe_id=probe.id, started_at=started_at,
                                                     finished_at=self.clock.now(), outcome="credentials",
                                                     error_class=type(exc).__name__,
                                                     error_message=self.secrets.mask(str(exc))[:500]),
                         status="planned")
            s.commit()
        self.pause(probe.channel, probe.persona, self.clock.now() + timedelta(seconds=CREDENTIALS_PAUSE))
        result.refused.append((probe, self.secrets.mask(str(exc))))
        return "credentials refused"

    def _hand_over(self, probe: Probe, owner: str, started_at: datetime, exc: HandOverError,
                   result: RunResult) -> str:
        """Nothing was sent: the probe becomes a person's task (audit tasks), with the reason and the evidence."""
        now = self.clock.now()
        message = self.secrets.mask(str(exc.message))
        with self.store.session() as s:
            self._settle(s, probe.id, owner, Attempt(probe_id=probe.id, started_at=started_at, finished_at=now,
                                                     outcome="handed_over", error_class=type(exc).__name__,
                                                     error_message=message, detail={"code": exc.code, **exc.evidence}),
                         status="task", last_error=message, attempts=Probe.attempts + 1)
            s.commit()
        if exc.pause:
            self.pause(probe.channel, probe.persona, now + timedelta(seconds=exc.pause))
        result.handed_over.append((probe, message))
        return "handed_over"

    def _record_failure(self, probe: Probe, owner: str, started_at: datetime, exc: ChannelError,
                        result: RunResult) -> str:
        now = self.clock.now()
        message = self.secrets.mask(str(exc.message))
        attempts = probe.attempts + 1  # the claim compared the count read: nobody else changed it while it was ours
        values: dict = {"attempts": attempts, "last_error": message}
        retry_after = None
        if exc.code == "uncertain":
            values.update(status="sent", sent_at=now, confirmed=False)
            outcome, listed = "uncertain", (result.sent, probe)
        elif isinstance(exc, PermanentChannelError) or attempts >= MAX_ATTEMPTS:
            outcome = {"recipient_refused": "refused", "unavailable": "unavailable"}.get(exc.code, "error")
            values.update(status="failed")
            listed = (result.failed, (probe, message))
        else:
            retry_after = getattr(exc, "retry_after", None)
            backoff = timedelta(seconds=retry_after) if retry_after else timedelta(minutes=5 * 2 ** (attempts - 1))
            cal = calendar_for(self.study, self.study.company(probe.company_id))
            values.update(status="planned", planned_at=cal.next_working_time(now + backoff))
            outcome, listed = "transient", (result.retry, (probe, message))
        with self.store.session() as s:
            self._settle(s, probe.id, owner, Attempt(probe_id=probe.id, started_at=started_at, finished_at=now,
                                                     outcome=outcome, error_class=type(exc).__name__,
                                                     error_message=message, detail={"code": exc.code}), **values)
            s.commit()
        for name, value in values.items():  # the probe as the result lists show it
            setattr(probe, name, value)
        listed[0].append(listed[1])
        if retry_after:  # the service said how long: no probe of this account tries before then
            self.pause(probe.channel, probe.persona, now + backoff)
        return outcome
