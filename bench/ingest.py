"""Ingest benchmark: `audit watch --once` over N replies to N probes, against a bare bulk fetch with imaplib.

Starts a private Dovecot as the tests do (root and the dovecot-imapd package needed), creates a study of N
companies with N sent probes, appends one reply per probe to INBOX, then in the same run times
  1. Python's imaplib: one `UID FETCH 1:* (UID INTERNALDATE BODY.PEEK[])` of the whole mailbox (the floor);
  2. `audit watch STUDY --once` as a separate process: fetch, parse, match, time, store (the real path), and
     understand and score every reply (scoring.understand, in worker processes while storing goes on).
and prints both, their ratio and the watcher's peak memory, for N/10 and N replies to the same study,
so the memory column shows what the messages cost.
Machines here are noisy: read the ratio, not the seconds.

    python bench/ingest.py [--n 10000]

What was measured (docs/architecture.md, measured facts), and what the watcher does about it:
- aioimaplib 2.0.3 took ~49 s for one `UID FETCH 1:* (BODY.PEEK[])` of 10,000 small messages, and a header-only
  fetch of 10,000 in one command died with RecursionError; in chunks of 50 it took ~1.1 s; imaplib ~0.25 s for all.
  We found why: its reader rescans the response on every line (quadratic in the chunk) and recurses about twice per
  message of one network read; after the RecursionError the command never completes. So the watcher catches up
  with imaplib in a worker thread (1,000 UIDs a FETCH, pipelined with storing) and keeps aioimaplib for IDLE.
- Parsing 10,000 messages with `email.message_from_bytes(..., policy=default)` took ~9.8 s, with compat32 ~0.5 s.
  Matching needs a dozen headers only: the watcher reads the header block itself (~0.2 s for 10,000) and leaves
  full MIME parsing to scoring.
"""

from __future__ import annotations

import argparse
import imaplib
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # a script: the repository's tests/ helpers are not installed

from tests.helpers.dovecot import Dovecot, dovecot_available  # noqa: E402

T0 = datetime(2025, 12, 8, 7, 0, tzinfo=UTC)  # a past Monday: Dovecot keeps past APPEND dates only


def make_study(base: Path, n: int, port: int) -> Path:
    rows = ["id,name,segment,timezone,email"]
    rows += [f"c{i:06d},Company {i},{'shops' if i % 3 else 'services'},Europe/Moscow,info@c{i:06d}.example"
             for i in range(n)]
    (base / "companies.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    study = base / "study.yaml"
    study.write_text(f"""id: bench
title: Ingest benchmark
rate_limits: {{email: 100000}}
waves: [{{name: w1, start: 2025-12-08, days: 5}}]
personas:
  - id: p
    name: Анатолий
    email:
      address: anatoly@shopper.example
      smtp: {{host: 127.0.0.1, port: 1, security: plain}}
      imap: {{host: 127.0.0.1, port: {port}, security: plain, username: anatoly@shopper.example,
             password_env: BENCH_IMAP_PASSWORD}}
scripts:
  - {{segment: "*", channels: [email], subject: "Самовывоз сегодня", body: "До скольки работает самовывоз?"}}
companies: companies.csv
""", encoding="utf-8")
    return study


def sent_probes(study_path: Path, db: Path) -> list[tuple[str, str, datetime]]:
    """Plan the wave and mark every probe sent at its planned time (no SMTP: this measures ingest only)."""
    from audit.clock import FixedClock
    from audit.collect.run import Runner
    from audit.credentials import Secrets
    from audit.store.database import Store
    from audit.study.load import load_study

    study = load_study(study_path)
    store = Store(str(db))
    runner = Runner(study, store, FixedClock(T0 + timedelta(days=6)), Secrets(environ={}))
    runner.materialize(T0 + timedelta(days=6))
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE probe SET status='sent', sent_at=planned_at")
        out = conn.exec_driver_sql("SELECT message_id, contact, sent_at FROM probe ORDER BY id").all()
    return [(m, c, datetime.fromisoformat(s).replace(tzinfo=UTC)) for m, c, s in out]


def replies(probes):
    for i, (mid, contact, sent_at) in enumerate(probes):
        at = sent_at + timedelta(minutes=5 + i % 600)
        yield (f"From: Support <{contact}>\r\nTo: anatoly@shopper.example\r\nSubject: Re: Самовывоз сегодня\r\n"
               f"Date: {at:%a, %d %b %Y %H:%M:%S +0000}\r\nMessage-ID: <r{i}@{contact.split('@')[1]}>\r\n"
               f"In-Reply-To: {mid}\r\nReferences: {mid}\r\nMIME-Version: 1.0\r\n"
               f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
               f"Здравствуйте! Пункт самовывоза работает до 20:00. Оформить заказ можно на сайте, доставка "
               f"сегодня возможна при заказе до 15:00.\r\n\r\n> До скольки работает самовывоз?\r\n"
               ).encode(), at


def bare_fetch(dc: Dovecot) -> tuple[float, int]:
    t = time.perf_counter()
    imap = imaplib.IMAP4(dc.host, dc.port)
    imap.login(dc.user, dc.password)
    imap.select("INBOX", readonly=True)
    typ, data = imap.uid("FETCH", "1:*", "(UID INTERNALDATE BODY.PEEK[])")
    imap.logout()
    elapsed = time.perf_counter() - t
    return elapsed, sum(1 for d in data if isinstance(d, tuple))


def audit_watch(study: Path, db: Path, dc: Dovecot) -> tuple[float, float, float, float, int]:
    clock = f"fixed:{(T0 + timedelta(days=7)).isoformat()}"
    env = {**os.environ, "BENCH_IMAP_PASSWORD": dc.password, "AUDIT_CLOCK": clock}
    cmd = [sys.executable, "-c", "import resource, sys, runpy; sys.argv = sys.argv[1:]; "
           "from audit.cli.app import main\ntry:\n    main()\nfinally:\n"
           "    print('maxrss_kb', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
           "    print('workers_kb', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)",
           "audit", "watch", str(study), "--once", "--db", str(db)]
    t = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=db.parent)
    elapsed = time.perf_counter() - t
    if proc.returncode not in (0,):
        raise SystemExit(f"audit watch failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    rss = int(proc.stderr.rsplit("maxrss_kb", 1)[1].split()[0]) / 1024
    workers = int(proc.stderr.rsplit("workers_kb", 1)[1].split()[0]) / 1024  # the largest worker process
    # the watcher's own times after start-up: everything stored, and everything understood and scored too
    stored = float(proc.stdout.rsplit("stored in ", 1)[1].split("s")[0])
    inner = float(proc.stdout.rsplit("all done in ", 1)[1].split("s")[0])
    import sqlite3

    with sqlite3.connect(db) as conn:
        matched = conn.execute("SELECT count(*) FROM reply WHERE probe_id IS NOT NULL").fetchone()[0]
    return elapsed, stored, inner, (rss, workers), matched


def startup_cost() -> float:
    t = time.perf_counter()
    imports = "import audit.cli.app, audit.collect.watch, probes.mail.channel, sqlmodel, aioimaplib"
    subprocess.run([sys.executable, "-c", imports], check=True)
    return time.perf_counter() - t


def one(n: int, probes_n: int) -> dict:
    """n replies, to the first n of probes_n probes (the study stays the same size, so memory shows messages)."""
    with tempfile.TemporaryDirectory(prefix="audit-bench-") as tmp, Dovecot(user="anatoly@shopper.example",
                                                                               password="bench") as dc:
        base = Path(tmp)
        study = make_study(base, probes_n, dc.port)
        db = base / "bench.db"
        probes = sent_probes(study, db)[:n]
        t = time.perf_counter()
        dc.bulk_append(replies(probes))
        fill = time.perf_counter() - t
        bare, fetched = bare_fetch(dc)
        watch, stored, inner, rss, matched = audit_watch(study, db, dc)
        assert fetched == n and matched == n, (fetched, matched)
        return {"n": n, "fill": fill, "bare": bare, "watch": watch, "stored": stored, "inner": inner, "rss": rss}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    args = ap.parse_args()
    ok, reason = dovecot_available()
    if not ok:
        raise SystemExit(f"bench/ingest.py needs Dovecot: {reason}")
    print(f"python import cost of the watcher process (included in its time): {startup_cost():.2f}s")
    print(f"study of {args.n} companies and probes; the mailbox holds one reply to each of the first N")
    print(f"{'N':>7} {'imaplib fetch':>14} {'audit watch --once':>19} {'ratio':>6} "
          f"{'stored':>8} {'ratio':>6} {'+ understood':>13} {'ratio':>6} {'peak RSS':>9} {'per worker':>11}")
    for n in sorted({max(args.n // 10, 1), args.n}):
        r = one(n, args.n)
        print(f"{r['n']:>7} {r['bare']:>13.2f}s {r['watch']:>18.2f}s {r['watch'] / r['bare']:>5.1f}x "
              f"{r['stored']:>7.2f}s {r['stored'] / r['bare']:>5.1f}x {r['inner']:>12.2f}s "
              f"{r['inner'] / r['bare']:>5.1f}x {r['rss'][0]:>7.0f}MB {r['rss'][1]:>9.0f}MB")
    print("whole process: start-up, loading the study, fetch, parse, match, time, store, understand and score;")
    print("stored: the watcher's own time (after start-up and study loading) until every message is stored and")
    print("checkpointed; + understood: until every message also has its kind, text and score (worker processes).")
    print("target: storing within 6x of the bare fetch, peak memory flat in N")

if __name__ == "__main__":
    main()
