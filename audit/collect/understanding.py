"""Understanding stored replies: kind, clean text, rubric flags and the automatic 0–4 score (scoring.understand),
written beside the reply, then the probes' first answer recomputed from the kinds.

It works on what is already stored (`understood_at IS NULL`), in chunks, one transaction each, so a watcher killed
at any point loses nothing: the next one carries on. The same code serves `audit rescore`, which marks everything
not understood again. Only "auto" scores are ever written here; a person's scores are never touched.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, delete, func, insert, select, update

from audit.clock import Clock
from audit.errors import AuditError
from audit.store.database import Store
from audit.store.schema import Probe, Reply, Score
from audit.study.model import Study
from scoring.understand import UNREADABLE, Judgement, Understanding, judge, understand

R, P, S = Reply.__table__, Probe.__table__, Score.__table__
AUTO = "auto"
# UNREADABLE (scoring.understand): not read (a MIME limit, the parser failed) or understanding failed on it;
# parse_error says why, it is never scored nor an answer, and a person decides (the review lists it)
CHUNK = 200  # replies per transaction: small enough that a watcher storing new mail never waits long
CHUNK_BYTES = 64 * 1024 * 1024  # of stored messages per chunk: two chunks are in memory at a time, with workers
POOL_MIN = 100  # a chunk this large goes to worker processes; a few new replies are quicker understood here
MAX_WORKERS = 2


def _work(item: tuple[bytes, list, str]) -> tuple[Understanding | None, Judgement | None, str | None]:
    """One reply, in this process or a worker: (understanding, judgement, None) or (None, None, error)."""
    raw, points, persona = item
    try:
        u = understand(raw)
        return u, (None if u.kind == UNREADABLE else judge(u, points, persona)), None
    except Exception as exc:  # noqa: BLE001 - reported per message by the caller
        return None, None, f"understanding failed: {type(exc).__name__}: {exc}"[:500]


@dataclass
class Understood:
    replies: int = 0
    scored: int = 0
    kinds: dict[str, int] = field(default_factory=dict)


@dataclass
class Rescored:
    replies: int
    kinds: dict[str, int]
    changed: dict[int, tuple[int | None, int]]  # reply id -> (automatic score before, after)
    human_scores: int  # a person's scores, all kept as they were


class Understander:
    def __init__(self, study: Study, store: Store, clock: Clock, ingest=None, workers: int | None = None):
        from audit.collect.ingest import Ingest

        self.study, self.store, self.clock = study, store, clock
        self.ingest = ingest or Ingest(study, store, clock)  # its update_probes sets each probe's first answer
        self.workers = workers if workers is not None else min(os.cpu_count() or 1, MAX_WORKERS)
        self._executor: ProcessPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor | None:
        """Worker processes for a large backlog (a first catch-up, a rescore): understanding is pure CPU, so other
        cores do it while this process stores. Started on first need, with spawn (this process has threads)."""
        if self.workers < 2:
            return None
        if self._executor is None:
            self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)
            self._executor = None

    def pending(self) -> int:
        with self.store.engine.connect() as conn:
            return len(conn.execute(select(R.c.id).where(*self._pending_where())).all())

    def _pending_where(self):
        return (R.c.study_id == self.study.id, R.c.understood_at.is_(None), R.c.kind.is_distinct_from("own"))

    def run(self, limit: int | None = None, progress: Callable[[Understood], None] | None = None) -> Understood:
        """Understand pending replies (all of them, or about `limit`), chunk by chunk; `progress` gets each chunk's
        figures once written. With worker processes the next chunk is understood while this one is written."""
        done = Understood()
        inflight, last = None, 0
        while limit is None or done.replies + (len(inflight[0]) if inflight else 0) < limit:
            with self.store.engine.connect() as conn:
                upto = self._chunk_end(conn, last)
                rows = [] if upto is None else conn.execute(
                    select(R.c.id, R.c.probe_id, R.c.raw, R.c.parse_error)
                    .where(*self._pending_where(), R.c.id > last, R.c.id <= upto).order_by(R.c.id)).all()
            if not rows:
                break
            last = rows[-1].id
            submitted = self._submit(rows)
            if inflight:
                self._write(*inflight, done, progress)
            inflight = submitted
        if inflight:
            self._write(*inflight, done, progress)
        return done

    def _chunk_end(self, conn, last: int) -> int | None:
        """The last reply id of the next chunk: CHUNK replies, fewer when their messages pass CHUNK_BYTES (a stored
        message may be up to 10 MB: probes.base.MAX_STORED_BYTES), at least one. The sizes are read without the
        messages (SQLite's length() of a blob does not load it)."""
        sizes = conn.execute(select(R.c.id, func.length(R.c.raw)).where(*self._pending_where(), R.c.id > last)
                             .order_by(R.c.id).limit(CHUNK)).all()
        total = 0
        for i, (_, size) in enumerate(sizes):
            total += size or 0
            if i and total > CHUNK_BYTES:
                return sizes[i - 1][0]
        return sizes[-1][0] if sizes else None

    def reset(self, reply_ids: Iterable[int] | None = None) -> int:
        """Mark replies (all of the study's, or these) not understood, so `run` does them again."""
        where = [R.c.study_id == self.study.id, R.c.kind.is_distinct_from("own")]
        if reply_ids is not None:
            where.append(R.c.id.in_(list(reply_ids)))
        with self.store.engine.begin() as conn:
            return conn.execute(update(R).where(*where).values(understood_at=None)).rowcount

    def rescore(self) -> Rescored:
        """Understand every reply again with the study file and phrase data as they are now (after a rubric or
        script change). Automatic scores are replaced; a person's scores are not touched."""
        before = self._auto_scores()
        self.reset()
        try:
            done = self.run()
        finally:
            self.close()
        after = self._auto_scores()
        with self.store.engine.connect() as conn:
            people = len(conn.execute(select(S.c.id).join(P, P.c.id == S.c.probe_id)
                                      .where(P.c.study_id == self.study.id, S.c.rater != AUTO)).all())
        changed = {k: (before.get(k), v) for k, v in after.items() if before.get(k) != v}
        return Rescored(done.replies, done.kinds, changed, people)

    def _auto_scores(self) -> dict[int, int]:
        with self.store.engine.connect() as conn:
            return dict(conn.execute(select(S.c.reply_id, S.c.score).join(P, P.c.id == S.c.probe_id)
                                     .where(P.c.study_id == self.study.id, S.c.rater == AUTO)).all())

    # ------------------------------------------------------------------------------------------------------------

    def _submit(self, rows) -> tuple[list, Iterable]:
        probes = self._probes({r.probe_id for r in rows if r.probe_id is not None})
        work = [(r.raw, *probes.get(r.probe_id, ((), ""))) for r in rows]
        pool = self._pool() if len(rows) >= POOL_MIN else None
        if pool is None:
            return rows, map(_work, work)  # lazy: done while writing
        return rows, pool.map(_work, work, chunksize=max(len(work) // (2 * self.workers), 1))

    def _write(self, rows, results: Iterable, total: Understood, progress) -> None:
        now = self.clock.now()
        done = Understood()
        updates, scores = [], []
        for r, (u, j, error) in zip(rows, results, strict=True):
            if error is not None:  # a bug must not loop on one message or stop the watcher
                u = Understanding(UNREADABLE, (error,), "", error)
            if j is None:
                # not read: stored with the reason, unscored and not an answer (it may be a bounce: it must not
                # time the probe), for a person to look at
                updates.append({**self._values(r, u, None, now), "parse_error": u.error})
                done.kinds[UNREADABLE] = done.kinds.get(UNREADABLE, 0) + 1
                continue
            updates.append(self._values(r, u, j, now))
            if r.probe_id is not None:
                scores.append({"probe_id": r.probe_id, "reply_id": r.id, "rater": AUTO, "score": j.score,
                               "reasons": j.reasons, "created_at": now})
            done.kinds[j.kind] = done.kinds.get(j.kind, 0) + 1
        with self.store.engine.begin() as conn:
            conn.execute(update(R).where(R.c.id == bindparam("rid")).values(
                {c: bindparam(c) for c in updates[0] if c != "rid"}), updates)
            ids = [r.id for r in rows]
            conn.execute(delete(S).where(S.c.reply_id.in_(ids), S.c.rater == AUTO))
            if scores:
                conn.execute(insert(S), scores)
            self.ingest.update_probes(conn, {r.probe_id for r in rows if r.probe_id is not None})
        done.replies += len(rows)
        done.scored += len(scores)
        total.replies += done.replies
        total.scored += done.scored
        for kind, n in done.kinds.items():
            total.kinds[kind] = total.kinds.get(kind, 0) + n
        if progress:
            progress(done)

    @staticmethod
    def _values(r, u: Understanding, j: Judgement | None, now: datetime) -> dict:
        # the parse error ingest recorded (headers unreadable) stays; otherwise what decoding found
        return {"rid": r.id, "kind": j.kind if j else u.kind, "understood_at": now, "text": u.text,
                "kind_reasons": list(u.reasons), "failed_address": u.failed_address, "dsn_status": u.status,
                "permanent": u.permanent, "ticket": u.ticket, "helpdesk": u.helpdesk,
                "flags": j.flags.as_dict() if j else None, "parse_error": r.parse_error or u.error}

    def _probes(self, ids: set[int]) -> dict[int, tuple[list, str]]:
        """Probe id -> (the points its script asks for, the persona's name), from the study file as it is now."""
        if not ids:
            return {}
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(P.c.id, P.c.company_id, P.c.channel, P.c.persona)
                                .where(P.c.id.in_(list(ids)))).all()
        out = {}
        for pid, company_id, channel, persona_id in rows:
            try:
                segment = self.study.company(company_id).segment
            except KeyError:  # a company since removed from the study file: score without points
                segment = None
            script = self.study.script_for(segment, channel) if segment is not None else None
            try:
                name = self.study.persona(persona_id).name
            except KeyError:
                name = ""
            out[pid] = (list(script.points) if script else [], name)
        return out


def evaluate_corpus(folder, manifest, split: str | None = None, study: Study | None = None):
    """Reply understanding measured on a labelled folder (scoring.evaluate), its problems as an AuditError. With a
    study, each reply is judged as the watcher would judge it: with the points of the script it answers (the row's
    `segment` column, else the script whose subject its subject carries) and the persona it was sent to."""
    from scoring.evaluate import CorpusError, evaluate

    try:
        return evaluate(folder, manifest, split, judging=_judging(study) if study else None)
    except CorpusError as exc:
        raise AuditError(exc.message, hint=exc.hint) from exc


def _judging(study: Study):
    """For scoring.evaluate: a manifest row and its message -> (the script's points, the persona's name)."""
    import email
    import email.policy
    from email.utils import getaddresses

    from audit.collect.matching import normalize_subject
    from scoring.headers import header_text

    # a script by the subject its probes were sent with, as the matcher reads a reply's (prefixes and tags removed)
    scripts = [(normalize_subject(s.subject.split("{{")[0]), s) for s in study.scripts if s.subject]
    personas = {p.email.address.lower(): p.name for p in study.personas if getattr(p, "email", None)}

    def persona_of(msg) -> str:
        for _, address in getaddresses([str(msg.get(h) or "") for h in ("To", "Delivered-To", "Cc")]):
            local, _, domain = address.lower().partition("@")
            name = personas.get(f"{local.split('+')[0]}@{domain}")  # a form probe's plus-address is the persona's
            if name:
                return name
        return study.personas[0].name if len(study.personas) == 1 else ""

    def judging(row: dict[str, str], raw: bytes):
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        segment = (row.get("segment") or "").strip()
        if segment:
            script = study.script_for(segment, "email") or next(
                (s for s in study.scripts if s.segment == segment), None)
            if script is None:
                raise AuditError(f"{row['file']}: {study.why_no_script(segment)}",
                                 hint="fix the manifest's segment column, or leave it empty to match by subject")
        else:
            try:
                subject = normalize_subject(header_text(msg.get("Subject")))
            except Exception:  # noqa: BLE001 - a subject beyond repair matches no script
                subject = ""
            script = next((s for sent, s in scripts if subject and sent and sent in subject), None)
        return None if script is None else (list(script.points), persona_of(msg))

    return judging
