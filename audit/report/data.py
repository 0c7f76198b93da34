"""The report's data: one row per sent probe, read from the store in batches into numpy columns.

Two plain queries, no join over the big tables: the probes, and the replies with their automatic score (plus
people's scores, few). Per probe aggregates (first reply of the company's own, bounce, helpdesk, the answer's kind
and score) are then numpy operations keyed by probe id. No ORM object is made per probe: a million probes take
~60 bytes each in memory, not a million Python objects. On SQLite the probe table is scanned in rowid order
(NOT INDEXED): the planner would take the (study, status, planned_at) index and read the rows out of order, which
is five times slower on a million probes.
"""

from __future__ import annotations

import gc
import json
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from sqlalchemy import text

from audit.store.database import Store
from audit.study.model import Study

# Replies written by the company (or its systems) in answer to the probe: everything but delivery reports,
# bounces and complaints. The answer kinds proper are scoring.understand.ANSWER_KINDS: human and redirect.
COMPANY_REPLY_KINDS = ("human", "redirect", "ack", "autoreply")

_PROBES_SQL = """
SELECT p.id, p.company_id, p.channel, p.wave, p.sent_at, p.response_seconds, p.business_seconds, p.answer_reply_id,
       CASE WHEN p.confirmed THEN 0 ELSE 1 END, CASE WHEN p.first_reply_id IS NULL THEN 0 ELSE 1 END, p.persona
FROM probe p {hint}
WHERE p.study_id = :s AND p.status = 'sent' AND p.sent_at IS NOT NULL
"""

_REPLIES_SQL = """
SELECT r.id, r.probe_id, r.kind, r.calendar_seconds,
       CASE WHEN r.kind = 'bounce' AND (r.permanent IS NULL OR r.permanent) THEN 1 ELSE 0 END,
       CASE WHEN r.helpdesk IS NOT NULL THEN 1 ELSE 0 END, auto.score
FROM reply r {hint}
LEFT JOIN score auto ON auto.reply_id = r.id AND auto.rater = 'auto'
WHERE r.study_id = :s AND r.probe_id IS NOT NULL
"""

# the people's mean where anyone scored a reply, as the export takes it over the automatic score; a float on every
# backend (PostgreSQL's avg of integers is a decimal: 4.00 in the CSV where SQLite writes 4.0)
_PEOPLE_SQL = """
SELECT s.reply_id, CAST(avg(s.score) AS DOUBLE PRECISION), count(*)
FROM score s JOIN reply r ON r.id = s.reply_id
WHERE r.study_id = :s AND s.rater != 'auto' GROUP BY s.reply_id
"""

_NO = {"", "0", "no", "false", "нет", "n"}


@dataclass
class Companies:
    ids: list[str]
    names: list[str]
    segments: list[str]
    timezones: list[str]
    attrs: list[dict]
    helpdesk: np.ndarray  # bool: a helpdesk was detected in any of its replies (or its `helpdesk` attribute)
    replied: np.ndarray  # bool: it sent any reply of its own, so a helpdesk could have been detected
    said: np.ndarray  # int8: its `helpdesk` column says yes (1), no (0), or nothing (-1)

    def attr(self, name: str) -> list[str]:
        if name == "segment":
            return self.segments
        return [str(a.get(name) or "(none)") for a in self.attrs]


@dataclass
class Probes:
    id: np.ndarray  # int64, ascending
    company: np.ndarray  # int32 index into Companies
    channel: np.ndarray  # int16 index into channels
    wave: np.ndarray  # int16 index into waves
    channels: list[str]
    waves: list[str]
    sent: np.ndarray  # POSIX seconds, UTC
    response: np.ndarray  # calendar seconds to the first human answer (redirects included); nan: none
    business: np.ndarray  # the same in working seconds, as stored by the watcher
    redirect: np.ndarray  # bool: the first answer only sends the customer elsewhere
    score: np.ndarray  # the first answer's score: people's mean (2 decimals) when any, else automatic; nan: none
    first_reply: np.ndarray  # calendar seconds to the first reply of the company's own (any kind); nan: none
    bounced: np.ndarray  # bool: a permanent delivery failure came back
    helpdesk: np.ndarray  # bool: a reply to this probe showed a helpdesk
    answer: np.ndarray  # int64 id of the first answer's reply; -1: none
    unconfirmed: np.ndarray  # bool: "sent, unconfirmed": a run stopped after handing the message over
    heard: np.ndarray  # bool: a message came back matched to it (any reply, a bounce; not our own copy): it left
    persona: np.ndarray  # int16 index into personas: who wrote it (a factor of the report: --by persona)
    personas: list[str]

    def __len__(self) -> int:
        return len(self.company)

    def subset(self, keep: np.ndarray) -> Probes:
        return Probes(**{k: v[keep] if isinstance(v, np.ndarray) else v for k, v in vars(self).items()})


def load(store: Store, study: Study, *, waves=(), channels=(), segments=(),
         batch: int = 50_000) -> tuple[Companies, Probes]:
    """The study's sent probes, filtered; company-level facts (helpdesk, replied) come from all of them."""
    rows = store.execute("SELECT id, name, segment, timezone, attrs FROM company WHERE study_id = :s ORDER BY id",
                         s=study.id)
    attrs = [a if isinstance(a, dict) else json.loads(a or "{}") for *_, a in rows]
    companies = Companies([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows], [r[3] for r in rows],
                          attrs, np.zeros(len(rows), dtype=bool), np.zeros(len(rows), dtype=bool),
                          np.array([_said(a) for a in attrs], dtype=np.int8))
    hint = "NOT INDEXED" if store.engine.dialect.name == "sqlite" else ""
    # a million rows make millions of short-lived tuples; the cyclic collector would rescan everything that is
    # alive (the study's companies too) again and again for nothing: 40% of the load time
    collecting = gc.isenabled()
    gc.disable()
    try:
        probes = _probes(store, study, companies, hint, batch)
        _replies(store, study, probes, hint, batch)
    finally:
        if collecting:
            gc.enable()
    # a company's helpdesk is seen on any of its channels: before any filter
    companies.helpdesk[probes.company[probes.helpdesk]] = True
    companies.replied[probes.company[~np.isnan(probes.first_reply)]] = True
    # a study that knows a company's helpdesk (from its website) says so, and that overrides what replies showed
    known = companies.said >= 0
    companies.helpdesk[known] = companies.said[known] == 1
    keep = np.ones(len(probes), dtype=bool)
    if segments:
        keep &= np.isin(np.array(companies.segments, dtype=object)[probes.company], list(segments))
    for values, codes, names in ((waves, probes.wave, probes.waves), (channels, probes.channel, probes.channels)):
        if values:
            keep &= np.isin(codes, [i for i, name in enumerate(names) if name in values])
    return companies, probes if keep.all() else probes.subset(keep)


def _said(attrs: dict) -> int:
    """The `helpdesk` column: 1 yes, 0 no, -1 not given."""
    if attrs.get("helpdesk") is None:
        return -1
    return int(str(attrs["helpdesk"]).strip().lower() not in _NO)


def _probes(store: Store, study: Study, companies: Companies, hint: str, batch: int) -> Probes:
    index = {cid: i for i, cid in enumerate(companies.ids)}
    channels: dict[str, int] = {}
    waves: dict[str, int] = {}
    personas: dict[str, int] = {}
    parts = []
    for rows in _batches(store, _PROBES_SQL.format(hint=hint), {"s": study.id}, batch):
        pid, company, channel, wave, sent, rs, bs, answer, unconfirmed, heard, persona = zip(*rows, strict=True)
        parts.append((np.array(pid, dtype=np.int64), _codes(company, index, np.int32, grow=False),
                      _codes(channel, channels, np.int16), _codes(wave, waves, np.int16), _epoch(sent),
                      np.array(rs, dtype=np.float64), np.array(bs, dtype=np.float64),
                      np.array([-1 if a is None else a for a in answer], dtype=np.int64),
                      np.array(unconfirmed, dtype=bool), np.array(heard, dtype=bool),
                      _codes(persona, personas, np.int16)))
    cols = [np.concatenate(c) for c in zip(*parts, strict=True)] if parts else [
        np.zeros(0, dtype=t) for t in (np.int64, np.int32, np.int16, np.int16, float, float, float, np.int64, bool,
                                       bool, np.int16)]
    del parts  # the batches' arrays: half of the peak memory otherwise
    if len(cols[0]) > 1 and not (np.diff(cols[0]) > 0).all():  # a table scan gives them by id already
        order = np.argsort(cols[0], kind="stable")  # by id, for the replies' lookups
        cols = [c[order] for c in cols]
    n = len(cols[0])
    return Probes(cols[0], cols[1], cols[2], cols[3], list(channels), list(waves), cols[4], cols[5], cols[6],
                  redirect=np.zeros(n, dtype=bool), score=np.full(n, np.nan), first_reply=np.full(n, np.nan),
                  bounced=np.zeros(n, dtype=bool), helpdesk=np.zeros(n, dtype=bool), answer=cols[7],
                  unconfirmed=cols[8], heard=cols[9], persona=cols[10], personas=list(personas))


def _codes(values: tuple, codes: dict, dtype, grow: bool = True) -> np.ndarray:
    """Each value's code (a new value gets the next one when `grow`), without a Python loop per row."""
    if grow:
        for v in set(values) - codes.keys():
            codes[v] = len(codes)
    return np.fromiter(map(codes.__getitem__, values), dtype=dtype, count=len(values))


def _replies(store: Store, study: Study, probes: Probes, hint: str, batch: int) -> None:
    """Fill the probes' reply aggregates and the answer's kind and score, in place."""
    company = {k: i for i, k in enumerate(COMPANY_REPLY_KINDS)}
    parts = []
    for rows in _batches(store, _REPLIES_SQL.format(hint=hint), {"s": study.id}, batch):
        rid, pid, kind, cal, bounce, hd, auto = zip(*rows, strict=True)
        parts.append((np.array(rid, dtype=np.int64), np.array(pid, dtype=np.int64),
                      _codes(kind, {**{k: -1 for k in set(kind)}, **company}, np.int8, grow=False),
                      np.array(cal, dtype=np.float64), np.array(bounce, dtype=bool), np.array(hd, dtype=bool),
                      np.array(auto, dtype=np.float64)))
    people = store.execute(_PEOPLE_SQL, s=study.id)
    if not parts:
        return
    rid, pid, kind, cal, bounce, hd, auto = (np.concatenate(c) for c in zip(*parts, strict=True))
    del parts
    n = len(probes.id)
    at = np.searchsorted(probes.id, pid)
    mine = (at < n) & (probes.id[np.minimum(at, max(n - 1, 0))] == pid) if n else np.zeros(len(pid), dtype=bool)
    own = mine & (kind >= 0)
    np.fmin.at(probes.first_reply, at[own], cal[own])
    probes.bounced[at[mine & bounce]] = True
    probes.helpdesk[at[mine & hd]] = True
    # the first answer's kind and score: people's mean (2 decimals) when anyone scored it, else the automatic one
    order = np.argsort(rid)
    rid, kind, auto = rid[order], kind[order], auto[order]
    has = probes.answer >= 0
    found = np.searchsorted(rid, probes.answer[has])
    found = np.minimum(found, len(rid) - 1)
    ok = rid[found] == probes.answer[has]
    rows = np.flatnonzero(has)[ok]
    probes.redirect[rows] = kind[found[ok]] == COMPANY_REPLY_KINDS.index("redirect")
    probes.score[rows] = auto[found[ok]]
    if people:
        prid = np.array([r[0] for r in people], dtype=np.int64)
        mean = np.round(np.array([float(r[1]) for r in people]), 2)
        order = np.argsort(prid)
        prid, mean = prid[order], mean[order]
        where = np.minimum(np.searchsorted(prid, probes.answer[rows]), len(prid) - 1)
        scored = prid[where] == probes.answer[rows]
        probes.score[rows[scored]] = mean[where[scored]]


def _batches(store: Store, sql: str, params: dict, batch: int):
    """Lists of plain tuples. On SQLite from the DBAPI cursor itself: SQLAlchemy's Row objects double the time of
    a million rows; other databases stream through SQLAlchemy (a server-side cursor)."""
    if store.engine.dialect.name != "sqlite":
        with store.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=batch).execute(text(sql), params)
            yield from result.partitions(batch)
        return
    compiled = text(sql).bindparams(**params).compile(dialect=store.engine.dialect)
    values = compiled.construct_params()
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(str(compiled), tuple(values[k] for k in compiled.positiontup))
        while rows := cursor.fetchmany(batch):
            yield rows
    finally:
        raw.close()


def _epoch(values) -> np.ndarray:
    """POSIX seconds of stored UTC times: SQLite gives text ('2025-12-08 09:00:00.000000'), other databases naive
    datetimes; numpy parses both without a Python call per row."""
    if values and isinstance(values[0], datetime) and values[0].tzinfo is not None:
        values = [v.replace(tzinfo=None) for v in values]
    return np.array(values, dtype="datetime64[us]").astype(np.int64) / 1e6


def waves_in_store(store: Store, study: Study) -> list[str]:
    """Wave names in the order they started (cron waves' occurrences included)."""
    rows = store.execute("SELECT name FROM wave WHERE study_id = :s ORDER BY starts_on, name", s=study.id)
    names = [r[0] for r in rows]
    extra = store.execute("SELECT DISTINCT wave FROM probe WHERE study_id = :s", s=study.id)
    return names + sorted({r[0] for r in extra} - set(names))
