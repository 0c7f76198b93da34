"""Kill soak: `audit run` as a real process, stopped again and again at random moments by SIGKILL, SIGTERM and
SIGINT (a tenth of the SIGTERMs and SIGINTs twice) while a counting SMTP sink takes up to 40 ms over each message,
then run to the end; then every probe is checked: received at most once, none lost (each is sent, or sent and shown
unconfirmed), the database agreeing with the sink, the exit codes (143 and 130 for a stopped run) and the count of
unconfirmed sends `audit report` shows. The harness is tests/helpers/killsoak.py, which
tests/collect/test_fault_injection.py runs short on both backends in `make test`; this is its long run.

Prints the kills by signal and moment, the exit codes, probes, received, sent twice, lost, unconfirmed (and how
many of those the sink had all the same) and the time; exits 1 with every problem found, the seed to replay it
first. PostgreSQL is the private server of tests/setup-postgres.sh (`make postgres`).

With --watch, `audit watch` is the one stopped (tests/helpers/watchsoak.py): the answers to the sent probes arrive
in a private Dovecot (tests/setup-dovecot.sh), in INBOX and the spam folder, at random moments while the watcher is
stopped again and again; every answer must be stored once, with the server's time, on the probe it answers.

    python bench/kill_soak.py [--kills 100] [--backend sqlite|postgres] [--seed S] [--companies N] [--watch]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # a script: the repository's tests/ helpers are not installed

from tests.helpers.killsoak import SEED_ENV, KillSoak, seed_from_env  # noqa: E402
from tests.helpers.postgres import PostgresServer, postgres_available  # noqa: E402
from tests.helpers.watchsoak import WatchSoak  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=100, help="runs stopped by a signal")
    ap.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite")
    ap.add_argument("--seed", type=int, default=None, help=f"replay a seed (default: {SEED_ENV}, else random)")
    ap.add_argument("--companies", type=int, default=None,
                    help="companies, one probe each (default: 3 a kill, so a probe is left for every kill)")
    ap.add_argument("--watch", action="store_true", help="stop `audit watch` while answers arrive, not `audit run`")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else seed_from_env()
    companies = args.companies or 3 * args.kills + 10
    print(f"seed {seed}: {args.kills} kills, {companies} companies on {args.backend}", flush=True)
    server = url = None
    if args.backend == "postgres":
        ok, reason = postgres_available()
        if not ok:
            raise SystemExit(f"postgres not measured: {reason}")
        server = PostgresServer()
        url = server.create_database(prefix="audit_bench")
    with tempfile.TemporaryDirectory(prefix="audit-bench-kill-") as tmp:
        try:
            if args.watch:
                watch_soak(Path(tmp), url or str(Path(tmp) / "soak.db"), companies, seed, args.kills)
                return
            soak = KillSoak(Path(tmp), url or str(Path(tmp) / "soak.db"), companies=companies, seed=seed)
            try:
                tally = soak.run(kills=args.kills)
            finally:
                soak.close()
        finally:
            if server is not None:
                server.drop_database(url)
                server.close()
    kills = ", ".join(f"{name} {n}" for name, n in sorted(tally.kills.items()))
    print(f"kills      {sum(tally.kills.values())} ({kills})")
    print("moments    " + ", ".join(f"{what} {n}" for what, n in sorted(tally.moments.items())))
    print("exits      " + ", ".join(f"{name}→{code} {n}" for (name, code), n in sorted(tally.exits.items())))
    print(f"probes     {tally.probes}")
    print(f"received   {tally.received}")
    print(f"sent twice {tally.twice}")
    print(f"lost       {tally.lost}")
    print(f"unconfirmed {tally.unconfirmed} ({tally.unconfirmed_received} of them received; the report shows "
          f"{tally.reported_unconfirmed})")
    print(f"seconds    {tally.seconds:.1f}")
    problems(tally, seed)


def watch_soak(base: Path, db: str, companies: int, seed: int, kills: int) -> None:
    from tests.helpers.dovecot import Dovecot, dovecot_available

    ok, reason = dovecot_available()
    if not ok:
        raise SystemExit(f"audit watch not soaked: {reason}")
    with Dovecot(user="anatoly@shopper.example", password="imap-secret") as dovecot:
        soak = WatchSoak(base, db, dovecot, companies=companies, seed=seed)
        try:
            tally = soak.run(kills=kills)
        finally:
            soak.close()
    kills_by = ", ".join(f"{name} {n}" for name, n in sorted(tally.kills.items()))
    print(f"kills         {sum(tally.kills.values())} ({kills_by})")
    print("moments       " + ", ".join(f"{what} {n}" for what, n in sorted(tally.moments.items())))
    print("exits         " + ", ".join(f"{name}→{code} {n}" for (name, code), n in sorted(tally.exits.items())))
    print(f"answers       {tally.replies}")
    print(f"stored        {tally.stored}")
    print(f"stored twice  {tally.twice}")
    print(f"lost          {tally.lost}")
    print(f"mistimed      {tally.mistimed}")
    print(f"seconds       {tally.seconds:.1f}")
    problems(tally, seed)


def problems(tally, seed: int) -> None:
    if tally.problems:
        print(f"\n{len(tally.problems)} problem(s); {SEED_ENV}={seed} or --seed {seed} replays the choices:")
        for problem in tally.problems:
            print(f"- {problem}")
        raise SystemExit(1)


if __name__ == "__main__":
    main()
