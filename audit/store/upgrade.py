"""The schema and its upgrades: created or upgraded when a store opens for writing, once however many processes open
the database at the same moment; only checked, never changed, when it opens read-only."""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import Connection, Engine, func, inspect, select, text, update
from sqlmodel import Session, SQLModel

from audit.errors import StoreError
from audit.store.schema import SCHEMA_VERSION, Meta
from probes.base import MAX_STORED_BYTES, fingerprint

log = logging.getLogger("audit.store")


def _add_columns(table: str, names: list[str]) -> Callable[[Session], None]:
    """An upgrade step that adds columns as the models now declare them (all nullable, so old rows stay valid)."""

    def step(s: Session) -> None:
        conn = s.connection()
        have = {c["name"] for c in inspect(conn).get_columns(table)}
        for name in names:
            if name in have:  # create_all made the table afresh, or a step half-done on a database without DDL
                continue
            col = SQLModel.metadata.tables[table].c[name]
            conn.execute(text(f'ALTER TABLE {table} ADD COLUMN {name} {col.type.compile(conn.dialect)}'))

    return step


def _refingerprint_long_replies(s: Session) -> None:
    """Replies larger than probes.base.MAX_STORED_BYTES stored whole before that bound came (with schema 4) have the
    hash of their whole text as fingerprint; the watcher now fetches and hashes their first MAX_STORED_BYTES only, so
    a folder read afresh (a changed UIDVALIDITY) would store each again. Their fingerprints become what the watcher
    computes (probes.base.fingerprint). Their text stays whole. One row at a time: each is over 10 MB."""
    conn = s.connection()
    reply = SQLModel.metadata.tables["reply"]
    long = conn.execute(select(reply.c.id, reply.c.study_id, reply.c.account)
                        .where(func.length(reply.c.raw) > MAX_STORED_BYTES)).all()
    twice = []
    for rid, study_id, account in long:
        head = conn.execute(select(func.substr(reply.c.raw, 1, MAX_STORED_BYTES)).where(reply.c.id == rid)).scalar()
        new = fingerprint(bytes(head))
        if conn.execute(select(reply.c.id).where(reply.c.study_id == study_id, reply.c.account == account,
                                                 reply.c.fingerprint == new)).first() is not None:
            twice.append(rid)  # already stored again, cut, since the bound: that copy's fingerprint holds from now on
            continue
        conn.execute(update(reply).where(reply.c.id == rid).values(fingerprint=new))
    if twice:
        log.warning("replies %s were stored a second time (their first %d bytes) after a mailbox was read afresh; "
                    "both copies are kept: remove the later one with a person's judgement if it counts twice",
                    twice, MAX_STORED_BYTES)


# version -> upgrade step from version-1. Version 1 is the schema created by create_all. Replies stored before
# version 2 have understood_at NULL, so the next `audit watch` (or `audit rescore`) understands them.
MIGRATIONS: dict[int, Callable[[Session], None]] = {
    2: _add_columns("reply", ["understood_at", "text", "kind_reasons", "failed_address", "dsn_status", "permanent",
                              "ticket", "helpdesk", "flags"]),
    3: lambda s: (_add_columns("company", ["withdrawn_at"])(s), _add_columns("probe", ["study_version"])(s)),
    4: _add_columns("reply", ["raw_size"]),  # each reply's size as received (probes.base.MAX_STORED_BYTES)
    5: _refingerprint_long_replies,
}

# What to do with a database of an older schema that a command may only read. `audit plan` opens the database for
# writing (which upgrades it) and writes nothing else.
UPGRADE_HINT = ("a command that only reads never upgrades a database: upgrade it once with write access to it and "
                "its folder, with `audit plan STUDY` (or any run or watch; nothing else is written), then read it "
                "again; a copy on a read-only share: copy it somewhere writable first")

SCHEMA_LOCK = 0x61756469  # PostgreSQL's advisory lock key for schema changes ("audi"): the same for every audit


def stored_version(conn: Connection) -> int | None:
    return conn.execute(text("SELECT value FROM meta WHERE key = 'schema_version'")).scalar()


def _refuse_newer(url: str, version: int | None) -> None:
    if version is not None and int(version) > SCHEMA_VERSION:
        raise StoreError(f"database {url} has schema version {version}, this audit knows {SCHEMA_VERSION}",
                         hint="upgrade audit (pip install -U audit)")


def _up_to_date(conn: Connection, url: str) -> bool:
    if not set(SQLModel.metadata.tables) <= set(inspect(conn).get_table_names()):
        return False
    version = stored_version(conn)
    _refuse_newer(url, version)
    return version is not None and int(version) == SCHEMA_VERSION


def _lock_schema(conn: Connection) -> None:
    """Take the lock that serialises schema changes, inside `conn`'s transaction: its commit releases it.

    SQLite: BEGIN IMMEDIATE takes the database's write lock before anything is read, so create_all's checks (each
    CREATE TABLE would otherwise commit on its own), the version and the upgrade steps are one transaction that no
    other process can interleave with; one that comes second waits (busy_timeout) and then finds the work done.
    SQLite's own lock rather than a lock file beside the database: no second file to create where the database
    lives, and it holds wherever SQLite's locking holds, released by SQLite when a process dies.
    PostgreSQL: a transaction-scoped advisory lock (its DDL is transactional too)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})


def create_or_upgrade(engine: Engine, url: str) -> int | None:
    """Create the schema of a new database, or upgrade an older one step by step (MIGRATIONS). Checked first
    without a lock, as most opens find nothing to do; otherwise done under the schema lock, where the version is
    read again: another process may have done it while this one waited. Returns the version found (None: a new
    database), for `audit db upgrade` to report."""
    with engine.connect() as conn:
        if _up_to_date(conn, url):
            return SCHEMA_VERSION
    with engine.connect() as conn:
        _lock_schema(conn)
        SQLModel.metadata.create_all(conn)
        with Session(bind=conn) as s:  # joins conn's transaction: the steps are part of it
            row = s.get(Meta, "schema_version")
            found = int(row.value) if row else None
            version = found or SCHEMA_VERSION
            _refuse_newer(url, version)
            for v in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[v](s)
            s.merge(Meta(key="schema_version", value=str(SCHEMA_VERSION)))
            s.flush()
        conn.commit()
    return found


def check_readable(engine: Engine, url: str) -> bool:
    """For a store opened read-only: whether the database holds any table (False: nothing was ever stored in it).
    A schema this audit cannot read as it is raises StoreError, since reading never upgrades it."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        version = stored_version(conn) if "meta" in tables else None
    if not tables:
        return False
    _refuse_newer(url, version)
    if version is None or int(version) < SCHEMA_VERSION or not set(SQLModel.metadata.tables) <= tables:
        was = f"schema version {version}" if version is not None else "no schema version"
        raise StoreError(f"database {url} was written by an older audit ({was}; this audit reads version "
                         f"{SCHEMA_VERSION})", hint=UPGRADE_HINT)
    return True
