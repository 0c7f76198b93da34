"""`audit db upgrade` brings a database of schema version 1 to this audit's schema on SQLite and PostgreSQL, says
from which version to which, keeps every row, and is a no-op the second time. The version-1 database is made by
hand: today's schema less what versions 2 and 3 added (audit.store.database.MIGRATIONS), with a probe, a reply and
a score in it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

from sqlalchemy import create_engine, inspect
from sqlalchemy.pool import NullPool

from audit.store import schema as models
from audit.store.database import Store
from audit.study.load import load_study
from tests.helpers.backends import execute, rows
from tests.helpers.studies import write_study

AUDIT = [sys.executable, "-m", "audit.cli"]
ADDED = {"reply": ["understood_at", "text", "kind_reasons", "failed_address", "dsn_status", "permanent", "ticket",
                   "helpdesk", "flags"],  # version 2
         "company": ["withdrawn_at"], "probe": ["study_version"]}  # version 3


def _version_1(db: str, study_path) -> None:
    store = Store(db)
    study = load_study(study_path)
    store.sync_study(study, {"w1": date(2025, 12, 8)})
    store.engine.dispose()
    execute(db,
            "INSERT INTO probe (id, study_id, wave, company_id, channel, persona, contact, planned_at, status, token,"
            " body, confirmed, attempts, sent_at) VALUES (1, 'itest', 'w1', 'shop-msk', 'email', 'anatoly', "
            "'info@shop-msk.example', '2025-12-08 09:00:00', 'sent', 'tok', 'Вопрос', :t, 1, '2025-12-08 09:00:00')",
            "INSERT INTO reply (id, study_id, probe_id, channel, account, folder, fingerprint, received_at, seen_at, "
            "raw, kind) VALUES (1, 'itest', 1, 'email', 'a', 'INBOX', 'fp', '2025-12-08 10:00:00', "
            "'2025-12-08 10:00:00', :raw, 'human')",
            "INSERT INTO score (id, probe_id, reply_id, rater, score, reasons, created_at) VALUES "
            "(1, 1, 1, 'anna', 3, '[]', '2025-12-09 10:00:00')",
            "DROP TABLE study_version",  # version 3's table
            *(f"ALTER TABLE {table} DROP COLUMN {col}" for table, cols in ADDED.items() for col in cols),
            "UPDATE meta SET value = '1' WHERE key = 'schema_version'", t=True, raw=b"raw message")


def _columns(db: str) -> dict[str, set[str]]:
    """Each table's columns, read without opening a Store (opening upgrades)."""
    engine = create_engine(db if "://" in db else f"sqlite:///{db}", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            found = inspect(conn)
            return {t: {c["name"] for c in found.get_columns(t)} for t in found.get_table_names()}
    finally:
        engine.dispose()


def _upgrade(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*AUDIT, "db", "upgrade", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "TEST_SMTP_PASSWORD": "x", "TEST_IMAP_PASSWORD": "x"})


def test_a_version_1_database_is_upgraded_on_request_and_keeps_its_rows(tmp_path, db):
    _version_1(db, write_study(tmp_path, smtp_port=1, imap_port=1))
    before = _columns(db)
    assert "study_version" not in before and "withdrawn_at" not in before["company"]  # version 1, truly
    first = _upgrade("--db", db)
    assert first.returncode == 0, first.stderr
    assert f"upgraded from schema version 1 to {models.SCHEMA_VERSION}" in first.stdout
    after = _columns(db)
    assert "study_version" in after
    for table, cols in ADDED.items():
        assert set(cols) <= after[table], table
    assert rows(db, "SELECT value FROM meta WHERE key = 'schema_version'") == [(str(models.SCHEMA_VERSION),)]
    assert rows(db, "SELECT p.status, r.raw, r.understood_at, s.score FROM probe p JOIN reply r ON r.probe_id = p.id "
                    "JOIN score s ON s.reply_id = r.id") == [("sent", b"raw message", None, 3)]
    again = _upgrade("--db", db)
    assert again.returncode == 0 and f"already at schema version {models.SCHEMA_VERSION}" in again.stdout


def test_the_study_names_the_database_to_upgrade(tmp_path):
    study_path = write_study(tmp_path, smtp_port=1, imap_port=1)
    db = str(tmp_path / "data" / "itest.db")  # the study's own database, beside its file
    _version_1(db, study_path)
    done = _upgrade(str(study_path))
    assert done.returncode == 0, done.stderr
    assert f"{db}: upgraded from schema version 1 to {models.SCHEMA_VERSION}" in done.stdout.replace("\n", "")


def test_nothing_to_upgrade_is_said_not_created(tmp_path):
    missing = tmp_path / "typo.db"
    done = _upgrade("--db", str(missing))
    assert done.returncode == 3 and "no database at" in done.stderr and not missing.exists()
    assert "Traceback" not in done.stderr
    neither = _upgrade()
    assert neither.returncode != 0 and "give the study file" in neither.stderr and "Traceback" not in neither.stderr


def test_opening_an_up_to_date_database_for_writing_writes_nothing(tmp_path, db):
    """Only creating or upgrading writes the schema: an open that finds it current (every command that writes,
    many times an hour under cron) leaves the database as it was, so that it takes no write lock and a backup or a
    copy on a share sees no change."""
    Store(db).engine.dispose()
    if "://" in str(db):  # PostgreSQL: a row written again gets a new transaction id
        def state():
            return rows(db, "SELECT key, value, xmin::text FROM meta ORDER BY key")
        before = state()
        Store(db).engine.dispose()
        assert state() == before
        return
    import sqlite3

    watcher = sqlite3.connect(db)  # SQLite: data_version changes when another connection commits a change
    try:
        before = watcher.execute("PRAGMA data_version").fetchone()
        Store(db).engine.dispose()
        assert watcher.execute("PRAGMA data_version").fetchone() == before
    finally:
        watcher.close()
