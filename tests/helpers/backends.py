"""The two backends the store works on, and plain SQL on either, for tests that look at or arrange rows directly.

A database is given as the store takes it: a file path (SQLite) or a URL (PostgreSQL, from tests/helpers/postgres.py).
Parameters are named (`:id`), as SQLAlchemy's text() takes them on both.
"""

from __future__ import annotations

from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

BACKENDS = ["sqlite", "postgres"]


def _engine(db):
    url = str(db) if "://" in str(db) else f"sqlite:///{db}"
    return create_engine(url, poolclass=NullPool)  # no connection outlives the call: the test's database is dropped


def rows(db, sql: str, **params) -> list[tuple]:
    """The rows `sql` returns, as tuples. SQLite gives times as text, PostgreSQL as datetime: compare str()."""
    engine = _engine(db)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


def execute(db, *statements: str, **params) -> None:
    """Run the statements in one transaction."""
    engine = _engine(db)
    try:
        with engine.begin() as conn:
            for sql in statements:
                conn.execute(text(sql), params)
    finally:
        engine.dispose()


def is_postgres(db) -> bool:
    return str(db).startswith("postgresql")
