"""The store: one SQLAlchemy engine over SQLite (default) or any URL, with a versioned schema (audit.store.upgrade).

SQLite runs in WAL mode with a busy timeout so `run`, `watch` and `report` can work at the same time. A store opened
read-only (commands that only read, dry runs) never writes: no table is created, nothing upgraded, no pragma set
that writes.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, TypeVar

from sqlalchemy import Engine, bindparam, event, insert, make_url, text, update
from sqlalchemy.exc import DatabaseError, IntegrityError, SQLAlchemyError
from sqlmodel import Session, create_engine, select

from audit.errors import NoResultsError, StoreError
from audit.store.schema import CompanyRow, Meta, StudyRow, WaveRow
from audit.store.upgrade import check_readable, create_or_upgrade
from audit.study.model import Study

T = TypeVar("T")

DEFAULT_DB = "data/audit.db"  # for library callers that give no study; commands use study_database


def study_database(study: Study, db: str | None = None) -> str:
    """Where a study's results live: `db` when given (--db, AUDIT_DB), else the study's `database:` (a path is
    relative to the study file), else data/<study id>.db beside the study file. Never the working directory: the
    same study opens the same database from any folder, and two studies never share one by accident."""
    _not_blank(db)
    if db:
        return db
    base = study.source.resolve().parent if study.source else Path.cwd()
    if study.database:
        if "://" in study.database:
            return study.database
        return os.path.normpath(base / Path(study.database).expanduser())
    return os.path.normpath(base / "data" / f"{study.id}.db")


def _chosen_by(study: Study, db: str | None) -> str:
    if db:
        return "given by --db or AUDIT_DB"
    return "the study's database: setting" if study.database else "the default for this study, beside its file"


Access = Literal["write", "read", "preview"]


def open_study_store(study: Study, db: str | None = None, *, results: bool = False, access: Access = "write"
                     ) -> Store:
    """The study's store (`study_database`). With `results`, for commands that read what was collected: a
    database that does not exist, or holds no probe of this study, raises NoResultsError naming the database and
    how it was chosen, instead of an empty report that reads like a finding; the file is not created.

    `access`: "write" creates the database or upgrades its schema when needed; "read" opens it read-only, for
    commands that only read (an analyst with read access, a copy on a read-only share); "preview", for a dry run,
    reads it read-only when it exists and plans against an empty store in memory when it does not: a preview
    never creates or changes a database."""
    target = study_database(study, db)
    exists = "://" in target or Path(target).exists()  # a server's database: opening it tells
    if results and not exists:
        raise NoResultsError(f"no results of study {study.id}: its database {target} ({_chosen_by(study, db)}) does "
                             f"not exist yet", hint=_no_results_hint(study, target))
    if access == "preview" and not exists:
        return Store.in_memory()
    store = Store(target, read_only=access != "write")
    if store.blank and access == "preview":
        return Store.in_memory()
    if store.blank and not results:
        raise StoreError(f"database {store.url} holds no table: nothing was ever stored in it",
                         hint="check --db and the study's database: setting")
    if results and (store.blank or not store.execute("SELECT 1 FROM probe WHERE study_id = :s LIMIT 1", s=study.id)):
        raise NoResultsError(f"no results of study {study.id}: its database {target} ({_chosen_by(study, db)}) "
                             f"holds no probe of it", hint=_no_results_hint(study, target))
    return store


def _no_results_hint(study: Study, target: str) -> str:
    hint = ("send first (audit run STUDY; audit sandbox STUDY --demo tries it on simulated companies), or name the "
            "database it ran with: --db PATH")
    old = Path(DEFAULT_DB).resolve()  # where every study's results went before databases were found per study
    if "://" not in target and old != Path(target).resolve() and old.exists():
        try:  # read-only: looking must not upgrade or lock someone's old database
            with closing(sqlite3.connect(readable_uri(str(old)), uri=True)) as conn:
                found = conn.execute("SELECT count(*) FROM probe WHERE study_id = ?", (study.id,)).fetchone()[0]
        except sqlite3.Error:
            found = 0
        if found:
            hint = (f"{old} in this folder holds {found} probes of this study (where earlier versions kept them): "
                    f"move it to {target}, or pass --db {old}")
    return hint


def upgrade(target: str) -> tuple[int | None, int]:
    """Bring the database at `target` (a path or a URL) to this audit's schema: (the version it had, None for an
    empty database now created; the version it has now). Every command upgrades the database it opens; this does it
    on purpose, once, and says so (a team upgrades its shared database before its runs). A file that does not exist
    is refused: there is nothing to upgrade, and creating one would hide a mistyped path."""
    _not_blank(target)
    if "://" not in target and not Path(target).exists():
        raise StoreError(f"no database at {target}: nothing to upgrade",
                         hint="check the path, or give the study file (its database is found from it)")
    store = Store(target)
    try:
        return store.found_version, store.schema_version()
    finally:
        store.engine.dispose()


def _not_blank(db: str | None) -> None:
    if db is not None and not db.strip():  # `--db ""` (an unset shell variable): not silently the default
        raise StoreError("the database given (--db or AUDIT_DB) is empty",
                         hint="give a file path or a database URL, or leave --db out for the study's own database")


def database_url(db: str | None = None, *, make_folder: bool = True) -> str:
    _not_blank(db)
    db = db or os.environ.get("AUDIT_DB") or DEFAULT_DB
    if "://" in db:
        scheme, rest = db.split("://", 1)
        # PostgreSQL without a driver named is psycopg 3 (pip install 'audit[postgres]'), not SQLAlchemy's psycopg2
        return f"postgresql+psycopg://{rest}" if scheme in ("postgresql", "postgres") else db
    if make_folder:
        Path(db).parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{db}"


def readable_uri(path: str) -> str:
    """An SQLite URI that opens the file at `path` for reading only: `mode=ro`, so that nothing can write to it,
    whoever runs the command (root included). SQLite reads a WAL database through its -shm file, and where it may
    not create one (a read-only folder or share, no writer connected) reading fails with "attempt to write a
    readonly database"; there the file is opened `immutable`, read as it is on disk without locks, the only way
    SQLite reads it there. (A writer connected meanwhile keeps the -shm in place, and `mode=ro` reads through it.)"""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc) or "unable to open" in str(exc):
            return uri + "&immutable=1"
    except sqlite3.DatabaseError:
        pass  # not a database at all: opening the store says so
    return uri


def _read_only_engine(url: str) -> Engine:
    """An engine over `url` that cannot write: SQLite through `readable_uri`; PostgreSQL in read-only sessions."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database or ""
        if not path or path == ":memory:" or not Path(path).is_file():
            raise StoreError(f"database {url} does not exist (a command that only reads never creates one)",
                             hint="check --db and the study's database: setting")
        uri = readable_uri(path)
        engine = create_engine(url, creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
        event.listen(engine, "connect", _sqlite_read_pragmas)
        return engine
    engine = create_engine(url)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _postgresql_read_only)
    return engine


DISK_FULL_HINT = ("free space on the disk that holds the database (and the output file), then run the command "
                  "again: what was stored before stays; a probe whose message may have left is recorded by the next "
                  "run as sent, unconfirmed, and never sent again")


def disk_full(exc: BaseException) -> StoreError | None:
    """A StoreError for an error that says the disk (or the quota) is full, whatever raised it: SQLite's
    SQLITE_FULL, PostgreSQL's disk_full (53100), or an OSError ENOSPC/EDQUOT from writing a file; else None.
    A full disk is the world's doing, not a bug: the user gets what to do, not a traceback."""
    import errno

    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:  # SQLAlchemy wraps the driver's error; look through causes
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return StoreError(f"the disk is full: {exc.strerror} ({exc.filename or 'writing'})", hint=DISK_FULL_HINT)
        text = str(exc)
        if "database or disk is full" in text.lower() or getattr(exc, "sqlstate", None) == "53100" or (
                getattr(exc, "pgcode", None) == "53100"):
            return StoreError(f"the disk is full: the database could not be written ({text.splitlines()[0][:200]})",
                              hint=DISK_FULL_HINT)
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return None


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=30000")
    _turn_on_wal(cur)
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _turn_on_wal(cur, patience: float = 30) -> None:
    """WAL mode, which a new database is switched to by its first connection. Processes opening a new database at
    once race to switch it, and SQLite refuses at once, without its busy timeout, each one that holds the read
    lock while asking for the write lock (waiting could deadlock): such a one tries again, having let go of its
    read lock, until the first has switched it (then the statement changes nothing)."""
    deadline = time.monotonic() + patience
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.005)


def _sqlite_read_pragmas(dbapi_conn, _record) -> None:
    dbapi_conn.execute("PRAGMA busy_timeout=30000")  # a writer's checkpoint may hold the file for a moment


def _postgresql_read_only(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    cur.close()
    dbapi_conn.commit()  # a SET inside a transaction that is rolled back (the pool's reset) would be undone


def _unusable(url: str, exc: DatabaseError) -> StoreError:
    """Why the database at `url` cannot be used, and what to do: the path is blamed only when the error is about
    the path (a race or a lock held too long is not)."""
    if full := disk_full(exc):
        return full
    why = str(exc.orig or exc)
    low = why.lower()
    if not url.startswith("sqlite"):
        hint = ("check the server is up and the user, host, database and password (PGPASSWORD or ~/.pgpass for "
                "PostgreSQL) are right; the first run needs the right to create tables")
    elif "locked" in low or "busy" in low:
        hint = ("another audit command held the database for 30 seconds (a long write, or a process stopped while "
                "writing it): run this again; if it repeats, look for that process")
    elif "readonly" in low or "read-only" in low or "unable to open" in low or "permission" in low:
        hint = ("check that the file and its folder can be read, and written by commands that write; or pass "
                "another with --db")
    elif "not a database" in low or "malformed" in low or "encrypted" in low:
        hint = "--db names a file that is not an audit database (SQLite); check the path"
    else:
        hint = "run the command again; if it repeats, `audit doctor STUDY` checks the database"
    return StoreError(f"cannot use database {url}: {why}", hint=hint)


def upsert(conn, table, values: dict, key: list[str], keep_greater: str | None = None) -> None:
    """Insert the row, or update the one with the same `key` (a UNIQUE key of the table): INSERT ... ON CONFLICT
    DO UPDATE, one statement on SQLite and PostgreSQL alike. A delete-then-insert or a read-then-insert is not
    safe on PostgreSQL, nor a read-then-insert on SQLite: two writers at once both see no row, and the second fails
    on the key. With `keep_greater` (a column), the row is updated only when the new value of that column is
    greater than the stored one (a pause's end: the later one wins, whichever writer comes last)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    stmt = dialect_insert(table).values(**values)
    where = None if keep_greater is None else table.c[keep_greater] < stmt.excluded[keep_greater]
    conn.execute(stmt.on_conflict_do_update(index_elements=key, where=where,
                                            set_={k: stmt.excluded[k] for k in values if k not in key}))


def record_study(conn, study: Study, now: datetime) -> bool:
    """Insert the study's row when it has none (its first run: `now` dates recurring waves without `since`);
    whether it was inserted. Inside the caller's transaction."""
    if conn.execute(select(StudyRow.id).where(StudyRow.id == study.id)).first() is not None:
        return False
    conn.execute(insert(StudyRow).values(id=study.id, title=study.title, source=study.source_file, created_at=now))
    return True


class Store:
    """The database of one or more studies: a path (SQLite, the default data/audit.db) or any SQLAlchemy URL
    (PostgreSQL for teams). Opening it creates or upgrades the schema (audit.store.upgrade); opened `read_only`,
    nothing is created or upgraded and nothing can be written, and `blank` says it holds no table at all.
    StoreError says why it cannot be used."""

    def __init__(self, db: str | None = None, *, read_only: bool = False):
        self.read_only = read_only
        self.url = database_url(db, make_folder=not read_only)
        try:
            self.engine: Engine = _read_only_engine(self.url) if read_only else create_engine(self.url)
        except ImportError as exc:  # the URL's driver is not installed
            raise StoreError(f"cannot open database {self.url}: {exc}",
                             hint="for PostgreSQL: pip install 'audit[postgres]'" if "postgres" in self.url
                             else "install the driver the URL names") from None
        except SQLAlchemyError as exc:  # from None: SQLAlchemy's message may quote the whole URL
            raise StoreError(f"cannot open database {self.url}: {exc}",
                             hint="give a SQLAlchemy URL or a file path with --db or AUDIT_DB") from None
        if not read_only and self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.blank = False
        try:
            if read_only:
                self.blank = not check_readable(self.engine, self.url)
            else:
                self.found_version = create_or_upgrade(self.engine, self.url)
        except DatabaseError as exc:
            raise _unusable(self.url, exc) from exc

    @classmethod
    def in_memory(cls) -> Store:
        """An empty store in memory with the schema: what a dry run plans against when the database does not exist
        yet (as a new database would be, without creating one)."""
        return cls("sqlite://")

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    SANDBOX_KEY = "sandbox_time"  # Meta: the database holds a sandbox run; its simulated time at the end

    def sandbox_time(self) -> datetime | None:
        """The simulated time a sandbox run ended at, when this database was written by the sandbox (its sends
        went to simulated companies, at simulated times); None for a real study's database."""
        with self.session() as s:
            row = s.get(Meta, self.SANDBOX_KEY)
        return datetime.fromisoformat(row.value) if row else None

    def mark_sandbox(self, now: datetime) -> None:
        with self.session() as s:
            s.merge(Meta(key=self.SANDBOX_KEY, value=now.isoformat()))
            s.commit()

    @contextmanager
    def held(self, name: str) -> Iterator[bool]:
        """A lock named `name` taken on the database server for as long as the block runs, so that it holds across
        machines: True when taken, False when another process holds it. A PostgreSQL advisory lock on a connection
        of its own, released when the block ends or the process dies. SQLite has no server: always True there (a
        file lock beside the database does this on the one machine that can use it)."""
        if self.engine.dialect.name != "postgresql":
            yield True
            return
        key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
        with self.engine.connect() as conn:
            taken = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar()
            conn.commit()  # the lock is the session's: no transaction is left open while it is held
            try:
                yield bool(taken)
            finally:
                if taken:
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                    conn.commit()

    def holds_probes(self) -> bool:
        return bool(self.execute("SELECT 1 FROM probe LIMIT 1"))

    def schema_version(self) -> int:
        with self.session() as s:
            return int(s.get(Meta, "schema_version").value)

    @staticmethod
    def read_back_on_conflict(write: Callable[[], T], attempts: int = 5) -> T:
        """Run `write` (a transaction that reads what is there, then inserts what is missing) again when a run
        started at the same moment inserted the same rows first (a UNIQUE conflict): theirs stand, and the next
        pass reads them back instead of failing."""
        for _ in range(attempts - 1):
            try:
                return write()
            except IntegrityError:
                pass
        return write()

    def sync_study(self, study: Study, waves: dict[str, object] | None = None, now: datetime | None = None) -> None:
        """Record the study, its companies and its (started) waves; existing rows are updated, never removed (a
        company gone from the file is marked withdrawn at `now`, the study's clock)."""
        self.read_back_on_conflict(lambda: self._sync_study(study, waves, now or datetime.now(UTC)))

    def _sync_study(self, study: Study, waves: dict[str, object] | None, now: datetime) -> None:
        C = CompanyRow.__table__
        with self.engine.begin() as conn:
            if not record_study(conn, study, now):
                # the file it was last run from, absolute: `audit record --db` finds it from any folder
                values = {"title": study.title, **({"source": study.source_file} if study.source else {})}
                conn.execute(update(StudyRow).where(StudyRow.id == study.id).values(**values))
            existing = {r.id: tuple(r)[1:] for r in conn.execute(
                select(C.c.id, C.c.name, C.c.segment, C.c.timezone, C.c.domain, C.c.attrs)
                .where(C.c.study_id == study.id))}
            new, changed = [], []
            for c in study.companies:
                values = (c.name, c.segment, c.timezone or study.timezone, c.mail_domain, dict(c.attrs))
                row = dict(zip(("name", "segment", "timezone", "domain", "attrs"), values, strict=True))
                if c.id not in existing:
                    new.append({"study_id": study.id, "id": c.id, **row})
                elif existing[c.id] != values:
                    changed.append({"cid": c.id, **row})
            if new:
                conn.execute(insert(C), new)
            if changed:
                conn.execute(update(C).where(C.c.study_id == study.id, C.c.id == bindparam("cid")), changed)
            # a company removed from the file stays, with its probes and answers, as withdrawn; back in the file,
            # it is a company of the study again
            ids = [c.id for c in study.companies]
            conn.execute(update(C).where(C.c.study_id == study.id, C.c.id.not_in(ids), C.c.withdrawn_at.is_(None))
                         .values(withdrawn_at=now))
            conn.execute(update(C).where(C.c.study_id == study.id, C.c.id.in_(ids), C.c.withdrawn_at.is_not(None))
                         .values(withdrawn_at=None))
            have = set(conn.execute(select(WaveRow.name).where(WaveRow.study_id == study.id)).scalars())
            for name, starts_on in (waves or {}).items():
                if name not in have:
                    conn.execute(insert(WaveRow).values(study_id=study.id, name=name, starts_on=starts_on))

    def study_created_at(self, study_id: str) -> datetime | None:
        with self.session() as s:
            row = s.get(StudyRow, study_id)
            return row.created_at if row else None

    def execute(self, sql: str, **params):
        with self.engine.connect() as conn:
            return conn.execute(text(sql), params).all()
