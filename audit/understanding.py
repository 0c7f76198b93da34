"""Understanding stored replies: kind, clean text, rubric flags and the automatic 0–4 score (scoring.understand),
written beside the reply, then the probes' first answer recomputed from the kinds.

It works on what is already stored (`understood_at IS NULL`), in chunks, one transaction each, so a watcher killed
at any point loses nothing: the next one carries on. The same code serves `audit rescore`, which marks everything
not understood again. Only "auto" scores are ever written here; a person's scores are never touched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, delete, insert, select, update

from audit.clock import Clock
from audit.models import Probe, Reply, Score
from audit.store import Store
from audit.study import Study
from scoring.understand import Judgement, Understanding, judge, understand

R, P, S = Reply.__table__, Probe.__table__, Score.__table__
AUTO = "auto"
CHUNK = 200  # replies per transaction: small enough that a watcher storing new mail never waits long


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
    def __init__(self, study: Study, store: Store, clock: Clock, ingest=None):
        from audit.ingest import Ingest

        self.study, self.store, self.clock = study, store, clock
        self.ingest = ingest or Ingest(study, store, clock)  # its update_probes sets each probe's first answer

    def pending(self) -> int:
        with self.store.engine.connect() as conn:
            return len(conn.execute(select(R.c.id).where(*self._pending_where())).all())

    def _pending_where(self):
        return (R.c.study_id == self.study.id, R.c.understood_at.is_(None), R.c.kind.is_distinct_from("own"))

    def run(self, limit: int | None = None) -> Understood:
        """Understand pending replies (all of them, or up to `limit`)."""
        done = Understood()
        while limit is None or done.replies < limit:
            size = CHUNK if limit is None else min(CHUNK, limit - done.replies)
            with self.store.engine.connect() as conn:
                rows = conn.execute(select(R.c.id, R.c.probe_id, R.c.raw, R.c.parse_error)
                                    .where(*self._pending_where()).order_by(R.c.id).limit(size)).all()
            if not rows:
                break
            self._chunk(rows, done)
        return done

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
        done = self.run()
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

    def _chunk(self, rows, done: Understood) -> None:
        now = self.clock.now()
        probes = self._probes({r.probe_id for r in rows if r.probe_id is not None})
        updates, scores = [], []
        for r in rows:
            points, persona = probes.get(r.probe_id, ((), ""))
            try:
                u = understand(r.raw)
                j = judge(u, points, persona)
            except Exception as exc:  # noqa: BLE001 - a bug must not loop on one message or stop the watcher
                # stored as a human message with the error, unscored, for a person to look at (audit score)
                updates.append({**self._values(r, Understanding("human", (), ""), None, now),
                                "parse_error": f"understanding failed: {type(exc).__name__}: {exc}"[:500]})
                done.kinds["human"] = done.kinds.get("human", 0) + 1
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
