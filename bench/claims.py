"""Claims benchmark: probes taken and settled per second by 1, 4 and 16 concurrent `audit run`s, on SQLite and on
PostgreSQL, against a bare claim loop on the same database measured in the same run.

A study of N companies (e-mail) is planned and every probe made due; then K processes, started together, each run
the real sending path (`Runner.run_once`: recovery, the due list, working hours, rate limits, the claim, the
commit, the settling write, the attempt) with a channel that delivers nothing and returns at once, so what is
timed is the database's share: claims, compare-and-sets, and losing races to the other runs. Every probe must be
sent exactly once; the bench fails otherwise. The baseline (×1.0) is one process claiming and settling every
probe with the two UPDATEs alone, no run around them.

PostgreSQL is the private server of tests/setup-postgres.sh (`make postgres`); without it only SQLite is measured,
with a word saying why. Machines here are noisy and have 2 cores: read the ratios, not the seconds.

    python bench/claims.py [--n 1000] [--runs 1,4,16]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # a script: the repository's tests/ helpers are not installed

from tests.helpers.postgres import PostgresServer, postgres_available  # noqa: E402

NOW = datetime(2025, 12, 8, 9, 0, tzinfo=UTC)  # Monday, 12:00 in Moscow: inside every company's hours


def make_study(base: Path, n: int) -> Path:
    rows = ["id,name,segment,timezone,email"]
    rows += [f"c{i:06d},Company {i},shops,Europe/Moscow,info@c{i:06d}.example" for i in range(n)]
    (base / "companies.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    study = base / "study.yaml"
    study.write_text("""id: bench
title: Claims benchmark
rate_limits: {email: 100000}
waves: [{name: w1, start: 2025-12-08, days: 5}]
personas:
  - id: p
    name: Анатолий
    email:
      address: anatoly@shopper.example
      smtp: {host: 127.0.0.1, port: 1, security: plain}
      imap: {host: 127.0.0.1, port: 1, security: plain}
scripts:
  - {segment: "*", channels: [email], subject: "Самовывоз", body: "До скольки работает самовывоз?"}
companies: companies.csv
""", encoding="utf-8")
    return study


class Instant:
    """A channel that sends nothing and returns at once: the run's cost is the database's."""

    def __init__(self, clock):
        self.clock, self.sent = clock, []

    def preflight(self) -> None:
        pass

    async def send(self, probe, commit):
        from probes.base import Sent

        await commit()
        self.sent.append(probe.id)
        return Sent(sent_at=self.clock.now(), detail={})


def _runner(study_path: Path, db: str):
    from audit.clock import FixedClock
    from audit.collect.run import Runner
    from audit.credentials import Secrets
    from audit.store.database import Store
    from audit.study.load import load_study

    clock = FixedClock(NOW)
    channel = Instant(clock)
    runner = Runner(load_study(study_path), Store(db), clock, Secrets(environ={}), {"email": channel})
    return runner, channel


def prepare(study_path: Path, db: str) -> int:
    """Plan the wave into the database and make every probe due now, unsent; how many probes."""
    from sqlalchemy import text

    from audit.store.versions import record_version

    runner, _ = _runner(study_path, db)
    runner.version = record_version(runner.store, runner.study, now=NOW)
    runner.materialize(NOW + timedelta(days=6))
    with runner.store.engine.begin() as conn:
        conn.execute(text("DELETE FROM attempt"))
        conn.execute(text("UPDATE probe SET status='planned', claim=NULL, phase=NULL, sent_at=NULL, attempts=0, "
                          "planned_at=:at"), {"at": NOW - timedelta(hours=1)})
        n = conn.execute(text("SELECT count(*) FROM probe")).scalar()
    runner.store.engine.dispose()
    return n


def one_run(study_path: str, db: str, start, done) -> None:
    """A worker process: a run set up before the start signal, then one pass over the due probes."""
    runner, channel = _runner(Path(study_path), db)
    runner.version = runner.store.read_back_on_conflict(lambda: _version(runner))
    runner.materialize(NOW)  # nothing to add: its sync done before the clock starts
    start.wait()
    asyncio.run(runner.run_once())
    done.put(channel.sent)
    runner.store.engine.dispose()


def _version(runner):
    from audit.store.versions import record_version

    return record_version(runner.store, runner.study, now=NOW)


def concurrent(study_path: Path, db: str, k: int) -> tuple[float, int, int]:
    """(seconds from the start signal until the last run is done, probes sent, probes sent more than once)."""
    ctx = multiprocessing.get_context("spawn")
    start, done = ctx.Barrier(k + 1), ctx.Queue()
    procs = [ctx.Process(target=one_run, args=(str(study_path), db, start, done)) for _ in range(k)]
    for p in procs:
        p.start()
    start.wait()
    t = time.perf_counter()
    sent = [done.get() for _ in procs]
    elapsed = time.perf_counter() - t
    for p in procs:
        p.join()
        if p.exitcode != 0:
            raise SystemExit(f"a run exited with {p.exitcode}")
    ids = [i for s in sent for i in s]
    return elapsed, len(set(ids)), len(ids) - len(set(ids))


def bare_claims(db: str) -> tuple[float, int]:
    """The floor: one process, for each probe the claim and the settling UPDATE, each its own transaction."""
    from sqlalchemy import text

    from audit.store.database import Store

    store = Store(db)
    with store.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM probe ORDER BY id"))]
    t = time.perf_counter()
    for i in ids:
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE probe SET status='sending', claim='bench', phase='claimed', claimed_at=:at "
                              "WHERE id=:id AND status='planned'"), {"id": i, "at": NOW})
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE probe SET status='sent', claim=NULL, phase=NULL, sent_at=:at "
                              "WHERE id=:id AND status='sending' AND claim='bench'"), {"id": i, "at": NOW})
    elapsed = time.perf_counter() - t
    store.engine.dispose()
    return elapsed, len(ids)


def reset(db: str) -> None:
    from sqlalchemy import text

    from audit.store.database import Store

    store = Store(db)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM attempt"))
        conn.execute(text("UPDATE probe SET status='planned', claim=NULL, phase=NULL, sent_at=NULL, attempts=0"))
    store.engine.dispose()


def measure(name: str, study_path: Path, db: str, runs: list[int]) -> None:
    n = prepare(study_path, db)
    floor_s, floor_n = bare_claims(db)
    floor = floor_n / floor_s
    print(f"{name:<10} {'bare UPDATEs':>12} {floor_n:>7} {floor_s:>8.2f} {floor:>9.0f} {'1.00':>9} {'-':>8} {'-':>6}")
    one = None
    for k in runs:
        reset(db)
        elapsed, sent, twice = concurrent(study_path, db, k)
        if sent != n or twice:
            raise SystemExit(f"{name}, {k} runs: {sent} of {n} probes sent, {twice} sent twice")
        rate = sent / elapsed
        one = one or rate
        print(f"{name:<10} {f'{k} run(s)':>12} {sent:>7} {elapsed:>8.2f} {rate:>9.0f} {rate / floor:>9.2f} "
              f"{rate / one:>8.2f} {twice:>6}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="probes (one company each)")
    ap.add_argument("--runs", default="1,4,16", help="concurrent runs to measure, comma-separated")
    args = ap.parse_args()
    runs = [int(k) for k in args.runs.split(",")]
    with tempfile.TemporaryDirectory(prefix="audit-bench-claims-") as tmp:
        base = Path(tmp)
        study = make_study(base, args.n)
        print(f"{'backend':<10} {'who':>12} {'probes':>7} {'seconds':>8} {'claims/s':>9} {'× bare':>9} "
              f"{'× 1 run':>8} {'twice':>6}")
        measure("sqlite", study, str(base / "claims.db"), runs)
        ok, reason = postgres_available()
        if not ok:
            print(f"postgres   not measured: {reason}")
            return
        server = PostgresServer()
        url = server.create_database(prefix="audit_bench")
        try:
            measure("postgres", study, url, runs)
        finally:
            server.drop_database(url)
            server.close()


if __name__ == "__main__":
    main()
