"""Many commands opening one database at the same moment: the first run of a study started twice by cron, or by
two researchers. Of the processes that find it new (or of an older schema), one creates (or upgrades) it and the
others find it done; none fails, and the schema is whole."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from sqlmodel import SQLModel

from audit.store.database import Store
from audit.store.schema import SCHEMA_VERSION
from tests.helpers.studies import ROOT

PROCESSES = 12
ROUNDS = 3  # of each kind: a new database, a database of schema version 1

# One process imports the store, then forks into PROCESSES (so the import is paid once). For each round every
# process blocks on the round's pipe until the test closes its write end, then all open that round's path at once
# and report '.' (opened) or 'x' (failed, traceback on stderr) through the shared `done` pipe.
OPENERS = """
import os, sys, traceback
from audit.store.database import Store
n, done = int(sys.argv[1]), int(sys.argv[2])
rounds = list(zip(map(int, sys.argv[3::2]), sys.argv[4::2]))
kids = []
for _ in range(n - 1):
    pid = os.fork()
    if pid == 0:
        kids = None
        break
    kids.append(pid)
os.write(done, b"r")
for gate, path in rounds:
    os.read(gate, 1)
    try:
        Store(path)
        mark = b"."
    except Exception:
        traceback.print_exc()
        mark = b"x"
    os.write(done, mark)
if kids is None:
    os._exit(0)
for pid in kids:
    os.waitpid(pid, 0)
"""


def _read(fd: int, n: int) -> bytes:
    got = b""
    while len(got) < n:
        part = os.read(fd, n - len(got))
        if not part:  # every process has exited: what they said is all there is
            break
        got += part
    return got


def _open_all_at_once(paths: list[str], log) -> list[bytes]:
    """Each round's marks, one per process."""
    gates = [os.pipe() for _ in paths]
    done_r, done_w = os.pipe()
    args = [str(PROCESSES), str(done_w)] + [str(x) for (r, _), p in zip(gates, paths, strict=True) for x in (r, p)]
    proc = subprocess.Popen([sys.executable, "-c", OPENERS, *args], pass_fds=[done_w] + [r for r, _ in gates],
                            stderr=log, env={**os.environ, "PYTHONPATH": str(ROOT)})
    for fd in [done_w] + [r for r, _ in gates]:
        os.close(fd)
    marks = []
    try:
        assert _read(done_r, PROCESSES) == b"r" * PROCESSES  # every process is ready and waiting
        for _, gate in gates:
            os.close(gate)  # the barrier opens: all read end-of-file at once
            marks.append(_read(done_r, PROCESSES))
    finally:
        proc.wait(timeout=60)
        os.close(done_r)
    return marks


def _version_1(path) -> None:
    """A database as schema version 1 made it: without the columns versions 2 and 3 added."""
    Store(str(path)).engine.dispose()
    with sqlite3.connect(path) as conn:
        for table, columns in (("reply", ["understood_at", "text", "kind_reasons", "failed_address", "dsn_status",
                                          "permanent", "ticket", "helpdesk", "flags"]),
                               ("company", ["withdrawn_at"]), ("probe", ["study_version"])):
            for col in columns:
                conn.execute(f"ALTER TABLE {table} DROP COLUMN {col}")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    conn.close()


@pytest.fixture(scope="module")
def opened(tmp_path_factory):
    folder = tmp_path_factory.mktemp("concurrent")
    template = folder / "v1.db"
    _version_1(template)
    new = [str(folder / f"new-{i}" / "a.db") for i in range(ROUNDS)]  # the folder too is made by the first
    old = [str(folder / f"old-{i}.db") for i in range(ROUNDS)]
    for path in old:
        shutil.copy(template, path)
    with (folder / "stderr.txt").open("w") as log:
        marks = _open_all_at_once([p for pair in zip(new, old, strict=True) for p in pair], log)
    errors = (folder / "stderr.txt").read_text()
    return dict(zip(new + old, marks[0::2] + marks[1::2], strict=True)), new, old, errors


def _schema(path: str) -> tuple[list, set, dict, str]:
    with sqlite3.connect(path) as conn:
        meta = conn.execute("SELECT key, value FROM meta").fetchall()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        columns = {t: {r[1] for r in conn.execute(f"PRAGMA table_info({t})")} for t in tables}
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
    conn.close()
    return meta, tables, columns, check


def test_processes_creating_one_new_database_at_once_all_open_it(opened):
    marks, new, _, errors = opened
    assert [marks[p] for p in new] == [b"." * PROCESSES] * ROUNDS, errors
    for path in new:
        meta, tables, columns, check = _schema(path)
        assert meta == [("schema_version", str(SCHEMA_VERSION))]
        assert set(SQLModel.metadata.tables) <= tables and check == "ok"
        for name, table in SQLModel.metadata.tables.items():
            assert {c.name for c in table.columns} == columns[name]


def test_processes_upgrading_one_older_database_at_once_all_open_it(opened):
    marks, _, old, errors = opened
    assert [marks[p] for p in old] == [b"." * PROCESSES] * ROUNDS, errors
    for path in old:
        meta, tables, columns, check = _schema(path)
        assert meta == [("schema_version", str(SCHEMA_VERSION))] and check == "ok"
        assert {"understood_at", "flags"} <= columns["reply"] and "withdrawn_at" in columns["company"]
        assert "study_version" in columns["probe"]


def test_a_lock_held_too_long_is_not_blamed_on_the_path():
    from sqlalchemy.exc import OperationalError

    from audit.store.database import _unusable

    locked = _unusable("sqlite:///a.db", OperationalError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError(
        "database is locked")))
    assert "another audit command held the database" in locked.hint and "path" not in locked.hint
    readonly = _unusable("sqlite:///a.db", OperationalError("INSERT", {}, sqlite3.OperationalError(
        "attempt to write a readonly database")))
    assert "its folder" in readonly.hint
