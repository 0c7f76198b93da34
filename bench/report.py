"""Results benchmark: `audit report` and `audit export` over a generated study, against the sqlite3 tool.

    python bench/report.py [--probes 1000000] [--keep DIR]

Generates a database of N probes (N/100 companies × 5 channels × 20 waves; 1,000,000 by default) with replies
of every kind (answers, redirects, acknowledgements, bounces), automatic scores and people's scores, written with
plain SQL in one transaction into the schema the project's Store creates, plus the study YAML and companies CSV
the CLI reads. Then, in the same run, it times
  1. the `sqlite3` command-line tool writing the same probe rows (the export's own joined query) to CSV: the floor;
  2. `audit export STUDY --csv` as a separate process, and prints the ratio to the floor;
  3. `audit export STUDY --tables DIR` (probes, replies, scores, companies and the codebook);
  4. `audit report STUDY`;
  5. `audit report STUDY --figures DIR` (every chart as SVG, the report built again: the time is the sum);
and the peak memory of the export at N/10 and N probes, to show it flat in the number of rows.
Machines here are noisy: read the ratios, not the seconds. Targets: the report in a few seconds, the export
within 2× of the sqlite3 tool, memory flat.

The sqlite3 tool is Debian's `sqlite3` package (`apt-get install sqlite3`); without it the floor is skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHANNELS = ("email", "form", "vk", "telegram", "phone")
WAVES = 20
FIRST_WAVE = date(2025, 1, 13)  # a Monday; one wave a week
# the clock the CLI runs with: every reply window (7 days) closed, so every probe has its final score
NOW = datetime(2025, 7, 1, tzinfo=UTC)
# P(a human answer) by channel and segment, roughly the 2019 study's shape (docs/method.md: the study it follows)
ANSWER = {("email", "shops"): 0.45, ("email", "services"): 0.55, ("form", "shops"): 0.4, ("form", "services"): 0.5,
          ("vk", "shops"): 0.7, ("vk", "services"): 0.2, ("telegram", "shops"): 0.03, ("telegram", "services"): 0.02,
          ("phone", "shops"): 0.85, ("phone", "services"): 0.8}
# replies as strangers write them, hostile first cells included: the CSVs must neutralise these
TEXTS = [
    "Здравствуйте! Пункт самовывоза работает до 20:00. Оформить заказ можно на сайте, доставка сегодня возможна.",
    "Добрый день, Анатолий! Тариф 990 руб/мес, договор-оферта на сайте, подключение за 1 день. Отправить ссылку?",
    "Позвоните нам по телефону, там подскажут.",
    "=HYPERLINK(\"http://evil.example/\",\"Нажмите, чтобы оформить заказ\")",
    "+7 495 123-45-67 — звоните, ответим на все вопросы",
    "-1 день до конца акции! Работаем до 21:00.",
    "@support в телеграме ответит быстрее",
    "\tРаботаем круглосуточно",
    "\rНапишите на почту info@example.ru",
    "Работаем до 19:00, заказ оформит менеджер.",
]
REDIRECTS = {2, 6, 8}  # indexes of TEXTS that only send the customer elsewhere
HELPDESKS = ("usedesk", "zendesk", "omnidesk")


def write_study(base: Path, companies: int) -> Path:
    lines = ["id,name,segment,timezone,email,form,vk,telegram,phone,turnover"]
    zones = ("Europe/Moscow", "Europe/Kaliningrad", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Novosibirsk")
    for i in range(companies):
        segment = "services" if i % 3 == 0 else "shops"
        name = f"=Shop {i}" if i % 997 == 0 else f"Компания {i}"  # a hostile company name now and then
        lines.append(f"c{i:06d},{name},{segment},{zones[i % len(zones)]},info@c{i:06d}.example,"
                     f"https://c{i:06d}.example/contact,club{i},@c{i:06d}_bot,+7495{i:07d},"
                     f"{('1-5M', '5-10M', '10-20M')[i % 3]}")
    (base / "companies.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    waves = "\n".join(f"  - {{name: w{k + 1:02d}, start: {FIRST_WAVE + timedelta(weeks=k)}, days: 5}}"
                      for k in range(WAVES))
    study = base / "study.yaml"
    study.write_text(f"""id: bench
title: Results benchmark
reply_window: 7d
waves:
{waves}
personas:
  - id: anatoly
    name: Анатолий
    email:
      address: anatoly@shopper.example
      smtp: {{host: 127.0.0.1, port: 1, security: plain, password_env: BENCH_PASSWORD}}
      imap: {{host: 127.0.0.1, port: 1, security: plain, password_env: BENCH_PASSWORD}}
    vk: {{token_env: BENCH_PASSWORD}}
    telegram: {{api_id: 1, api_hash_env: BENCH_PASSWORD}}
scripts:
  - segment: "*"
    channels: [{", ".join(CHANNELS)}]
    subject: "Самовывоз сегодня"
    body: "До скольки работает самовывоз?"
    points:
      - {{id: opening_time, patterns: ['до\\s+\\d{{1,2}}']}}
companies: companies.csv
""", encoding="utf-8")
    return study


def _ts(t: datetime) -> str:
    # how SQLAlchemy's DateTime stores a time in SQLite, so the app reads these rows as its own
    return t.strftime("%Y-%m-%d %H:%M:%S.%f")


class Generator:
    """One probe per company, channel and wave, with its replies and scores, as rows for plain INSERTs."""

    def __init__(self, companies: int, seed: int = 5):
        self.companies = companies
        self.rng = random.Random(seed)
        self.reply_id = 0
        self.score_id = 0

    def probes(self):
        """Chunks of (probe rows, reply rows, score rows), probe ids 1..N in (wave, company, channel) order."""
        probe_id, chunk = 0, ([], [], [])
        for k in range(WAVES):
            monday = datetime.combine(FIRST_WAVE + timedelta(weeks=k), datetime.min.time(), UTC)
            for i in range(self.companies):
                for channel in CHANNELS:
                    probe_id += 1
                    self._one(probe_id, f"w{k + 1:02d}", i, channel, monday, chunk)
                    if len(chunk[0]) >= 20_000:
                        yield chunk
                        chunk = ([], [], [])
        if chunk[0]:
            yield chunk

    def _one(self, pid: int, wave: str, i: int, channel: str, monday: datetime, out) -> None:
        rng = self.rng
        segment = "services" if i % 3 == 0 else "shops"
        planned = monday + timedelta(days=rng.randrange(5), hours=7, seconds=rng.randrange(7 * 3600))
        roll = rng.random()
        status = "sent" if roll < 0.96 else ("failed" if roll < 0.98 else "task")
        sent = planned + timedelta(seconds=rng.randrange(120)) if status == "sent" else None
        error = "550 5.1.1 <info@example>: Recipient address rejected: User unknown" if status == "failed" else None
        first = answer = answered = rs = bs = None
        if sent is not None:
            replies = []
            if channel == "email" and rng.random() < 0.03:
                replies.append(self._reply(pid, channel, i, sent, 30, "bounce", out))
            elif channel in ("email", "form") and i % 3 == 1 and rng.random() < 0.5:
                replies.append(self._reply(pid, channel, i, sent, 60, "ack", out))
            if rng.random() < ANSWER[(channel, segment)]:
                delay = rng.lognormvariate(8.5, 1.6)  # median ~1.4 h, a long tail past the window
                replies.append(self._reply(pid, channel, i, sent, delay, None, out))
            if replies:
                first = replies[0][0]
                human = [r for r in replies if r[1] in ("human", "redirect")]
                if human:
                    answer, at = human[0][0], human[0][2]
                    answered, rs = at, (at - sent).total_seconds()
                    bs = rs * 0.3
        out[0].append((pid, "bench", wave, f"c{i:06d}", channel, "anatoly", f"contact-{i}-{channel}", _ts(planned),
                       status, f"t{pid}", f"<p{pid}@shopper.example>", "Самовывоз сегодня", "",
                       _ts(sent) if sent else None, 1, 1 if status != "task" else 0, error, first, answer,
                       _ts(answered) if answered else None, rs, bs))

    def _reply(self, pid: int, channel: str, i: int, sent: datetime, delay: float, kind: str | None, out):
        rng = self.rng
        self.reply_id += 1
        rid = self.reply_id
        at = sent + timedelta(seconds=delay)
        n = rng.randrange(len(TEXTS))
        kind = kind or ("redirect" if n in REDIRECTS else "human")
        text = {"bounce": "", "ack": "Ваше обращение зарегистрировано"}.get(kind, TEXTS[n])
        helpdesk = HELPDESKS[i % 3] if i % 3 == 1 else None
        answered = kind in ("human", "redirect")
        score = (1 if kind == "redirect" else rng.choice((2, 3, 3, 4))) if answered else 0
        flags = {"answered": answered, "ack_only": kind == "ack", "redirect": kind == "redirect",
                 "points_total": 1, "points_covered": ["opening_time"] if score >= 3 else [],
                 "personal": score == 4, "next_step": score == 4, "polite": score >= 3, "evidence": {}}
        reasons = ["every point answered" if score >= 3 else "some points missing"] if answered else ["no answer"]
        out[1].append((rid, "bench", pid, channel, "anatoly@shopper.example", "INBOX", 1, rid, f"fp{rid}", _ts(at),
                       _ts(at + timedelta(seconds=5)), f"<r{rid}@c{i:06d}.example>", f"support@c{i:06d}.example",
                       "Re: Самовывоз сегодня", kind, "in-reply-to", delay, delay * 0.3, b"(raw message)",
                       _ts(at + timedelta(seconds=6)), text, json.dumps(reasons, ensure_ascii=False),
                       f"info@c{i:06d}.example" if kind == "bounce" else None, "5.1.1" if kind == "bounce" else None,
                       1 if kind == "bounce" else None, f"{rid}" if kind == "ack" else None, helpdesk,
                       json.dumps(flags, ensure_ascii=False)))
        self._score(pid, rid, "auto", score, reasons, at, out)
        if answered and rng.random() < 0.05:  # a sample scored by two people
            for rater in ("anna", "boris"):
                self._score(pid, rid, rater, max(0, min(4, score + rng.choice((-1, 0, 0, 1)))), ["scored by hand"],
                            at + timedelta(days=30), out)
        return rid, kind, at

    def _score(self, pid, rid, rater, score, reasons, at, out) -> None:
        self.score_id += 1
        out[2].append((self.score_id, pid, rid, rater, score, json.dumps(reasons, ensure_ascii=False), _ts(at)))


_INSERTS = {
    "probe": "INSERT INTO probe (id, study_id, wave, company_id, channel, persona, contact, planned_at, status, token, "
             "message_id, subject, body, sent_at, attempts, confirmed, last_error, first_reply_id, answer_reply_id, "
             "answered_at, response_seconds, business_seconds) VALUES (" + ",".join("?" * 22) + ")",
    "reply": "INSERT INTO reply (id, study_id, probe_id, channel, account, folder, uidvalidity, uid, fingerprint, "
             "received_at, seen_at, message_id, from_addr, subject, kind, match_rule, calendar_seconds, "
             "business_seconds, raw, understood_at, text, kind_reasons, failed_address, dsn_status, permanent, "
             "ticket, helpdesk, flags) VALUES (" + ",".join("?" * 28) + ")",
    "score": "INSERT INTO score (id, probe_id, reply_id, rater, score, reasons, created_at) VALUES (?,?,?,?,?,?,?)",
}


def generate(base: Path, probes: int) -> tuple[Path, Path, dict[str, int]]:
    """Study files and a SQLite database of `probes` probes (a multiple of 100) in `base`."""
    from audit.store.database import Store
    from audit.study.load import load_study

    companies = max(probes // (len(CHANNELS) * WAVES), 1)
    study_path = write_study(base, companies)
    db = base / "bench.db"
    store = Store(str(db))  # the real schema, migrations and all
    store.sync_study(load_study(study_path), {f"w{k + 1:02d}": FIRST_WAVE + timedelta(weeks=k)
                                              for k in range(WAVES)})
    counts = dict.fromkeys(_INSERTS, 0)
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("BEGIN")
        for chunk in Generator(companies).probes():
            for table, rows in zip(_INSERTS, chunk, strict=True):
                cur.executemany(_INSERTS[table], rows)
                counts[table] += len(rows)
        raw.commit()
    finally:
        raw.close()
    store.engine.dispose()
    return study_path, db, counts


def run_cli(args: list[str], cwd: Path, check: bool = True) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB of the process or its largest worker, stdout) of `audit ARGS` as its own process,
    as cron or a researcher runs it."""
    code = ("import resource, sys\nfrom audit.cli.app import main\nsys.argv = ['audit', *sys.argv[1:]]\n"
            "try:\n    main()\nfinally:\n"
            "    print('maxrss_kb', max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,\n"
            "          resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss), file=sys.stderr)\n")
    env = {**os.environ, "AUDIT_CLOCK": f"fixed:{NOW.isoformat()}", "COLUMNS": "200"}
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, cwd=cwd)
    elapsed = time.perf_counter() - t
    if proc.returncode != 0 and not check:
        print(f"audit {args[0]} failed ({proc.returncode}): {proc.stderr.strip().splitlines()[-1:]}")
        return float("nan"), float("nan"), proc.stdout
    if proc.returncode != 0:
        raise SystemExit(f"audit {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout[-2000:]}\n"
                         f"{proc.stderr[-4000:]}")
    rss = int(proc.stderr.rsplit("maxrss_kb", 1)[1].split()[0]) / 1024
    return elapsed, rss, proc.stdout


def sqlite3_floor(db: Path, out: Path) -> float | None:
    """The sqlite3 tool writing the export's rows (its own joined query, without our formatting) to CSV."""
    tool = shutil.which("sqlite3")
    if tool is None:
        return None
    from audit.export.results_csv import _EXPORT_SQL  # the export's own query

    sql = _EXPORT_SQL.replace(":s", "'bench'")
    t = time.perf_counter()
    with out.open("wb") as fh:
        subprocess.run([tool, "-csv", "-header", str(db), sql], stdout=fh, check=True)
    return time.perf_counter() - t


def startup_cost(study: Path, cwd: Path) -> float:
    """What every CLI call pays before reading a row: the interpreter, imports and loading the study."""
    code = ("import sys\nfrom audit.study.load import load_study\nimport audit.export.results_csv\n"
            "import audit.store.database\nload_study(sys.argv[1])")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(study)], check=True, cwd=cwd)
    return time.perf_counter() - t


def export_memory(probes: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory(prefix="audit-bench-") as tmp:
        base = Path(tmp)
        study, db, _ = generate(base, probes)
        _, rss, _ = run_cli(["export", str(study), "--db", str(db), "--csv", str(base / "out.csv")], base)
        _, rss_tables, _ = run_cli(["export", str(study), "--db", str(db), "--tables", str(base / "t")], base)
        return rss, rss_tables


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--probes", type=int, default=1_000_000, help="a multiple of 100 (5 channels × 20 waves)")
    ap.add_argument("--keep", type=Path, help="generate into this directory and keep it (default: a temporary one)")
    args = ap.parse_args()
    if shutil.which("sqlite3") is None:
        print("the sqlite3 tool is missing (Debian: apt-get install sqlite3): the export ratio is skipped")
    with tempfile.TemporaryDirectory(prefix="audit-bench-") as tmp:
        base = args.keep or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        study, db, counts = generate(base, args.probes)
        print(f"generated {counts['probe']:,} probes, {counts['reply']:,} replies, {counts['score']:,} scores in "
              f"{time.perf_counter() - t:.1f}s ({db.stat().st_size / 2**20:.0f} MB)")
        print(f"start-up of each CLI call (interpreter, imports, the study's {args.probes // 100:,} companies): "
              f"{startup_cost(study, base):.2f}s")
        floor = sqlite3_floor(db, base / "floor.csv")
        export, rss, _ = run_cli(["export", str(study), "--db", str(db), "--csv", str(base / "out.csv")], base)
        tables, rss_tables, _ = run_cli(["export", str(study), "--db", str(db), "--tables", str(base / "tables")],
                                        base)
        # a failing report fails the benchmark: a time printed for a report that never finished would read as a
        # result (run_cli exits non-zero with the report's output)
        report, rss_report, _ = run_cli(["report", str(study), "--db", str(db)], base)
        charts, rss_charts, _ = run_cli(["report", str(study), "--db", str(db), "--figures", str(base / "figures")],
                                        base)
        print(f"{'':<38}{'seconds':>9}{'peak RSS':>10}")
        if floor is not None:
            print(f"{'sqlite3 -csv (the floor)':<38}{floor:>9.2f}")
        print(f"{'audit export --csv':<38}{export:>9.2f}{rss:>8.0f}MB")
        print(f"{'audit export --tables (4 tables)':<38}{tables:>9.2f}{rss_tables:>8.0f}MB")
        print(f"{'audit report':<38}{report:>9.2f}{rss_report:>8.0f}MB")
        print(f"{'audit report --figures (svg)':<38}{charts:>9.2f}{rss_charts:>8.0f}MB")
        if floor is not None:
            print(f"export / sqlite3: {export / floor:.2f}x (target: within 2x)")
    small = max(args.probes // 10 // 100 * 100, 100)
    rss_small, rss_tables_small = export_memory(small)
    print(f"peak RSS of audit export at {small:,} and {args.probes:,} probes: --csv {rss_small:.0f}MB → {rss:.0f}MB, "
          f"--tables {rss_tables_small:.0f}MB → {rss_tables:.0f}MB (target: flat)")


if __name__ == "__main__":
    main()
