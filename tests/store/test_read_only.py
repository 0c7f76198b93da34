"""Reading is read-only: the commands that only read (status, report, export, agreement, history, reply) and the
dry runs open the database so that nothing can be written, create no database, upgrade no schema; an analyst with
read access, or a copy on a read-only share, gets the results. A database URL's password is in no error."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import traceback
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from typer.testing import CliRunner

from audit.cli.app import app
from audit.errors import StoreError
from audit.store.database import Store, open_study_store
from audit.store.schema import SCHEMA_VERSION
from audit.study.load import load_study
from tests.helpers.pipeline import sent_wave, store_replies
from tests.helpers.studies import LATE, ROOT, write_study

READS = [["status"], ["report"], ["report", "--format", "json"], ["export", "--csv", "-"], ["agreement"],
         ["history"], ["reply", "1"], ["run", "--dry-run"]]
ANALYST = [["status"], ["report", "--format", "json", "--resamples", "100"], ["export", "--csv", "-"],
           ["run", "--dry-run"]]


CLOCK = f"fixed:{LATE.isoformat()}"  # in the wave's working hours


@pytest.fixture(autouse=True)
def _clock(monkeypatch):
    monkeypatch.setenv("AUDIT_CLOCK", CLOCK)


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """A study with three probes sent (to a local SMTP peer) and answered, its database closed (no -wal left)."""
    folder = tmp_path_factory.mktemp("collected")
    with pytest.MonkeyPatch.context() as env:  # a module's fixture: the per-test secrets are not set yet
        env.setenv("TEST_SMTP_PASSWORD", "smtp-secret")
        pipe = sent_wave(folder)
    store_replies(pipe, [(p.sent_at + timedelta(minutes=30),
                          f"From: s@x.example\r\nSubject: Re: {p.subject}\r\nIn-Reply-To: {p.message_id}\r\n\r\nok\r\n"
                          .encode()) for p in pipe.probes(status="sent")])
    pipe.store.engine.dispose()  # the last connection checkpoints the WAL into the file and removes it
    assert not (folder / "a.db-wal").exists()
    return pipe.study_path, folder / "a.db"


def _state(db: Path) -> tuple[str, int]:
    return hashlib.sha256(db.read_bytes()).hexdigest(), db.stat().st_mtime_ns


def _copy(collected, folder: Path) -> tuple[Path, Path]:
    study, db = collected
    folder.mkdir(exist_ok=True)
    shutil.copy(study, folder / "study.yaml")
    shutil.copy(db, folder / "a.db")
    return folder / "study.yaml", folder / "a.db"


def test_a_store_opened_read_only_cannot_write_even_as_root(collected, tmp_path):
    study, db = _copy(collected, tmp_path / "copy")
    before = _state(db)
    store = open_study_store(load_study(study), str(db), results=True, access="read")
    assert store.read_only and store.execute("SELECT count(*) FROM probe")[0][0] == 4
    with pytest.raises(OperationalError, match="readonly"), store.engine.begin() as conn:
        conn.execute(text("DELETE FROM probe"))
    assert _state(db) == before


@pytest.mark.parametrize("command", READS, ids=" ".join)
def test_commands_that_only_read_leave_the_database_as_it_was(collected, tmp_path, command):
    study, db = _copy(collected, tmp_path / "copy")
    before = _state(db)
    result = CliRunner().invoke(app, [command[0], str(study), "--db", str(db), *command[1:]])
    assert result.exit_code == 0, result.output
    assert _state(db) == before


def test_an_older_schema_is_not_upgraded_by_reading_and_the_message_says_what_to_do(collected, tmp_path):
    study, db = _copy(collected, tmp_path / "copy")
    with sqlite3.connect(db) as conn:  # as version 2 made it
        conn.execute("ALTER TABLE company DROP COLUMN withdrawn_at")
        conn.execute("ALTER TABLE probe DROP COLUMN study_version")
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    conn.close()
    before = _state(db)
    for command in (["status"], ["report"], ["export", "--csv", "-"], ["run", "--dry-run"]):
        result = CliRunner().invoke(app, [command[0], str(study), "--db", str(db), *command[1:]])
        assert result.exit_code == 3, result.output
        assert f"older audit (schema version 2; this audit reads version {SCHEMA_VERSION})" in result.output
        assert "audit plan STUDY" in result.output and "Traceback" not in result.output
        assert _state(db) == before
    assert CliRunner().invoke(app, ["plan", str(study), "--db", str(db)]).exit_code == 0  # what the hint says
    assert CliRunner().invoke(app, ["status", str(study), "--db", str(db)]).exit_code == 0


def test_a_dry_run_creates_no_database_and_says_what_a_new_one_would(tmp_path):
    study = write_study(tmp_path, smtp_port=1, imap_port=1)
    target = tmp_path / "data" / "itest.db"
    dry = CliRunner().invoke(app, ["run", str(study), "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "3 probe(s) would be sent now" in dry.output
    pilot = CliRunner().invoke(app, ["pilot", str(study), "--to", "me@example.org", "--dry-run"])
    assert pilot.exit_code == 0, pilot.output
    assert not (tmp_path / "data").exists()  # neither the file nor its folder
    Store(str(target)).engine.dispose()  # what the dry run used to plan against: a new, empty database
    assert CliRunner().invoke(app, ["run", str(study), "--dry-run"]).output == dry.output


def test_an_error_never_carries_a_database_password(tmp_path):
    for url in ("postgresql://audit:s3cret-pw@127.0.0.1:1/audit", "nosuchdb://audit:s3cret-pw@host/x"):
        for read_only in (False, True):
            with pytest.raises(StoreError) as caught:
                Store(url, read_only=read_only)
            told = "".join(traceback.format_exception(caught.value)) + repr(caught.value.args)
            assert "s3cret-pw" not in told and "audit:***@" in told
    study = write_study(tmp_path, smtp_port=1, imap_port=1)
    result = CliRunner().invoke(app, ["status", str(study), "--db", "postgresql://audit:s3cret-pw@127.0.0.1:1/x"])
    assert result.exit_code == 3 and "s3cret-pw" not in result.output


# The commands run in one process (imports paid once), each through the CLI as a user runs it; first the process
# checks that it cannot write the database, so that the test proves something.
AS_ANALYST = """
import json, sys
from typer.testing import CliRunner
from audit.cli.app import app
from audit.export import results_csv
results_csv.SPLIT_MIN = 1  # `export --csv` hands half the probes to a second process, which reads read-only too
commands, db = json.loads(sys.argv[1]), sys.argv[2]
try:
    open(db, "r+b")
    sys.exit("the test's analyst can write the database: the test would prove nothing")
except PermissionError:
    pass
done = {}
for args in commands:
    result = CliRunner().invoke(app, args)
    done[" ".join(args[:1] + args[4:])] = [result.exit_code, result.output]
print(json.dumps(done))
"""

NOBODY = 65534
CAP_CHOWN, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER = 0, 1, 2, 3
PR_CAPBSET_DROP = 24


def _without_root_powers() -> None:
    """In the child before exec: drop the capabilities by which root ignores file modes and ownership, so the
    command is a stranger to files owned by someone else (the interpreter, under root's 0700 home here, stays
    readable to it, which running it as the user nobody would not allow)."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_CHOWN, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def test_an_analyst_with_read_access_only_gets_the_results(collected, tmp_path):
    """The database as an analyst meets it on a read-only share: the file 0444 and its folder 0555, both owned by
    someone else (nobody), so no -wal or -shm can be made beside it. As root, the command runs without the
    capabilities that override file modes; as another user, the modes hold anyway."""
    root = os.geteuid() == 0
    study, db = _copy(collected, tmp_path / "share")
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o777)
    for path in (study, db, db.parent):
        path.chmod(0o555 if path.is_dir() else 0o444)
        if root:
            os.chown(path, NOBODY, NOBODY)
    before = _state(db)
    commands = [[c[0], str(study), "--db", str(db), *c[1:]] for c in ANALYST] + [
        ["export", str(study), "--db", str(db), "--tables", str(out / "tables")]]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(out), "PYTHONDONTWRITEBYTECODE": "1",
           "AUDIT_CLOCK": CLOCK}
    try:
        proc = subprocess.run([sys.executable, "-c", AS_ANALYST, json.dumps(commands), str(db)], env=env, cwd=out,
                              preexec_fn=_without_root_powers if root else None, capture_output=True, text=True,
                              timeout=120)
    except subprocess.SubprocessError as exc:  # the container forbids dropping capabilities
        pytest.skip(f"cannot run the commands without root's power over file modes: {exc}")
    finally:
        db.parent.chmod(0o755)  # so that tmp_path can be removed
    assert proc.returncode == 0, proc.stderr
    done = json.loads(proc.stdout)
    assert {k: v[0] for k, v in done.items()} == dict.fromkeys(done, 0), done
    assert "dry run: 0 probe(s) would be sent now" in done["run --dry-run"][1]  # all three sent already
    assert done["export --csv -"][1].count("\n") == 5  # the header and four probes
    assert (out / "tables" / "probes.csv").exists()
    assert _state(db) == before and sorted(p.name for p in db.parent.iterdir()) == ["a.db", "study.yaml"]
