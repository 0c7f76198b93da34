"""The store: versioned schema with a migration path, WAL for concurrent commands, one probe per key."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from audit.errors import StoreError
from audit.store import schema as models
from audit.store import upgrade
from audit.store.database import Store
from audit.store.schema import Probe
from audit.study.load import load_study
from tests.helpers.backends import execute, rows
from tests.helpers.studies import write_study


def columns(s: Store, table: str) -> set[str]:
    with s.engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns(table)}


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path):
    s = Store(str(tmp_path / "a.db"))
    with s.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 10_000
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert s.schema_version() == models.SCHEMA_VERSION


def test_an_older_database_is_migrated_step_by_step(db, monkeypatch):
    Store(db)  # the current version
    applied = []
    nxt = models.SCHEMA_VERSION + 1

    def add_notes_column(session):
        session.exec(text("ALTER TABLE probe ADD COLUMN notes TEXT"))
        applied.append(nxt)

    monkeypatch.setattr(upgrade, "SCHEMA_VERSION", nxt)
    monkeypatch.setitem(upgrade.MIGRATIONS, nxt, add_notes_column)
    s = Store(str(db))
    assert applied == [nxt] and s.schema_version() == nxt
    assert "notes" in columns(s, "probe")
    Store(db)
    assert applied == [nxt]  # never applied twice


V2_COLUMNS = ["understood_at", "text", "kind_reasons", "failed_address", "dsn_status", "permanent", "ticket",
              "helpdesk", "flags"]


def test_a_version_1_database_gains_the_understanding_columns_and_keeps_its_replies(db):
    Store(db).engine.dispose()
    execute(db,  # make it what version 1 created, with one reply in it
            *(f"ALTER TABLE reply DROP COLUMN {col}" for col in V2_COLUMNS),
            "UPDATE meta SET value = '1' WHERE key = 'schema_version'",
            "INSERT INTO study (id, title, source, created_at) VALUES ('s', 't', '', '2025-01-01')",
            "INSERT INTO reply (study_id, channel, account, folder, fingerprint, received_at, seen_at, raw)"
            " VALUES ('s', 'email', 'a', 'INBOX', 'fp', '2025-01-01', '2025-01-01', :raw)", raw=b"A")
    s = Store(db)
    assert s.schema_version() == models.SCHEMA_VERSION
    assert set(V2_COLUMNS) <= columns(s, "reply")
    # not yet understood: the next watch or rescore will
    assert rows(db, "SELECT fingerprint, raw, understood_at FROM reply") == [("fp", b"A", None)]


def test_a_database_from_a_newer_version_is_refused(db):
    Store(db)
    execute(db, "UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema version 99") as err:
        Store(db)
    assert err.value.exit_code == 3


def test_the_database_itself_refuses_a_second_probe_for_the_same_key(tmp_path, db):
    s = Store(db)
    study = load_study(write_study(tmp_path, smtp_port=1, imap_port=1))
    s.sync_study(study, {"w1": date(2025, 12, 8)})  # the probe's foreign keys need its study, company and wave

    def probe(token: str) -> Probe:
        return Probe(study_id=study.id, wave="w1", company_id=study.companies[0].id, channel="email",
                     persona="anatoly", contact="x@y.example", planned_at=datetime.now(UTC), token=token)

    with s.session() as session:
        session.add(probe("t1"))
        session.commit()
    with s.session() as session, pytest.raises(IntegrityError, match="(?i)unique"):
        session.add(probe("t2"))
        session.commit()
