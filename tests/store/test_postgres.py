"""What only a database server has: two first runs creating the schema at once, a password that comes from the
environment and never from the URL, and the URL a person writes (`postgresql://`, no driver named)."""

from __future__ import annotations

import multiprocessing
import os
import secrets
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from audit.store import schema as models
from tests.helpers.backends import rows

AUDIT = [sys.executable, "-m", "audit.cli"]


def _open_at_once(url: str, barrier, results) -> None:
    from audit.store.database import Store

    barrier.wait()
    try:
        Store(url).engine.dispose()
        results.put("ok")
    except Exception as exc:  # noqa: BLE001 - what went wrong is the test's finding
        results.put(f"{type(exc).__name__}: {exc}")


def test_first_opens_at_once_make_the_schema_once(postgres_db):
    """8 processes open a new database at the same instant (a barrier, not timing): before the lock on the server,
    most failed on a duplicate pg_type row or the schema version's key."""
    ctx = multiprocessing.get_context("spawn")
    n = 8
    barrier, results = ctx.Barrier(n), ctx.Queue()
    procs = [ctx.Process(target=_open_at_once, args=(postgres_db, barrier, results)) for _ in range(n)]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join()
    assert outcomes == ["ok"] * n
    assert rows(postgres_db, "SELECT value FROM meta WHERE key = 'schema_version'") == [(str(models.SCHEMA_VERSION),)]


def test_the_password_comes_from_the_environment_and_is_never_shown(postgres_server, postgres_db):
    """The tests' server asks a password of the role audit_password only (tests/setup-postgres.sh)."""
    password = f"pw-{secrets.token_hex(8)}"
    admin = create_engine(postgres_server.url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = 'audit_password'")).first()
        conn.execute(text(f"{'ALTER' if exists else 'CREATE'} ROLE audit_password LOGIN PASSWORD '{password}'"))
        conn.execute(text(f"ALTER DATABASE {postgres_db.rsplit('/', 1)[1]} OWNER TO audit_password"))
    admin.dispose()
    host = postgres_db.split("@", 1)[1]  # 127.0.0.1:PORT/name
    url = f"postgresql://audit_password@{host}"  # as a person writes it: no driver, no password
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}

    refused = subprocess.run([*AUDIT, "db", "upgrade", "--db", url], env=env, capture_output=True, text=True,
                             timeout=60)
    if refused.returncode == 0:
        pytest.skip("the private server lets audit_password in without its password (a data directory made before "
                    "tests/setup-postgres.sh asked for it): remove $AUDIT_PG_DIR and run make postgres")
    assert refused.returncode == 3 and "Traceback" not in refused.stderr, refused.stderr
    assert "PGPASSWORD" in refused.stderr  # the hint says where the password is read from

    with_password = {**env, "PGPASSWORD": password}
    done = subprocess.run([*AUDIT, "db", "upgrade", "--db", url], env=with_password, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "schema version" in done.stdout and password not in done.stdout + done.stderr

    shown = subprocess.run([*AUDIT, "db", "upgrade", "--db", url.replace("audit_password@",
                                                                          f"audit_password:{password}x@")],
                           env=env, capture_output=True, text=True, timeout=60)  # a wrong one in the URL
    assert shown.returncode == 3 and password not in shown.stdout + shown.stderr
