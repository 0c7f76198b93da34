"""The private PostgreSQL that tests/setup-postgres.sh (`make postgres`) starts, and a fresh database per test.

Self-contained (no pytest import), so benchmarks use it too::

    from tests.helpers.postgres import PostgresServer, postgres_available

    ok, reason = postgres_available()
    server = PostgresServer()
    url = server.create_database()      # postgresql+psycopg://audit@127.0.0.1:PORT/audit_test_...
    ...
    server.drop_database(url)

The server is shared by every test (and every work tree on the machine); each test gets a database of its own,
made from template0 (a file copy: some milliseconds), so tests never see each other's rows.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

__all__ = ["PostgresServer", "postgres_available", "server_url"]

SETUP = "tests/setup-postgres.sh (make postgres)"


def server_url() -> str | None:
    """The URL tests/setup-postgres.sh wrote for its server (its maintenance database), or None."""
    path = Path(os.environ.get("AUDIT_PG_DIR", "/var/tmp/audit-postgres")) / "url"
    try:
        return path.read_text().strip() or None
    except OSError:
        return None


def postgres_available() -> tuple[bool, str]:
    """(True, "") when the private server answers and psycopg is installed, else (False, the reason)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return False, "psycopg is not installed (pip install -e '.[dev]' or '.[postgres]')"
    url = server_url()
    if url is None:
        return False, f"no private PostgreSQL: run {SETUP}"
    try:
        PostgresServer(url).ping()
    except Exception as exc:  # any failure to connect is a reason to skip, named
        return False, f"the private PostgreSQL at {url} does not answer ({str(exc).strip()[:200]}): run {SETUP}"
    return True, ""


class PostgresServer:
    def __init__(self, url: str | None = None):
        self.url = url or server_url()
        if self.url is None:
            raise RuntimeError(f"no private PostgreSQL: run {SETUP}")
        self._engine = None

    @property
    def engine(self):
        if self._engine is None:
            from sqlalchemy import create_engine

            self._engine = create_engine(self.url, isolation_level="AUTOCOMMIT", pool_size=1)
        return self._engine

    def _do(self, sql: str) -> None:
        from sqlalchemy import text

        with self.engine.connect() as conn:
            conn.execute(text(sql))

    def ping(self) -> None:
        self._do("SELECT 1")

    def create_database(self, prefix: str = "audit_test") -> str:
        name = f"{prefix}_{secrets.token_hex(6)}"
        self._do(f"CREATE DATABASE {name} TEMPLATE template0 STRATEGY FILE_COPY")
        return self.url.rsplit("/", 1)[0] + "/" + name

    def drop_database(self, url: str) -> None:
        """Drop it, even with connections still open (an engine a test did not dispose of)."""
        self._do(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
