"""The same collected data gives the same report, status and export on SQLite and on PostgreSQL: a team that moves
its study to a server must not see its figures move. The generated study (tests/helpers/reportstudy.py) is written
into both from one seed; every output is compared whole."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from audit.cli.app import app
from tests.helpers import reportstudy as rs

runner = CliRunner()


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "x")
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "x")
    monkeypatch.setenv("AUDIT_CLOCK", f"fixed:{rs.NOW.isoformat()}")
    monkeypatch.setenv("COLUMNS", "200")  # the tables of `status` laid out alike


def _audit(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_report_status_and_export_are_the_same_on_both_backends(tmp_path, postgres_db):
    size = {"shops": 40, "services": 40, "platforms": 6}
    study, sqlite_db = rs.write(tmp_path, **size)
    rs.write(tmp_path, **size, db=postgres_db)  # the same files, the same seed: the same rows
    outputs = {}
    for name, db in (("sqlite", str(sqlite_db)), ("postgres", postgres_db)):
        out = tmp_path / name
        out.mkdir()
        outputs[name] = {
            "report": json.loads(_audit("report", str(study), "--db", db, "--format", "json", "--resamples", "200",
                                        "--by", "segment", "--by", "helpdesk")),
            "markdown": _audit("report", str(study), "--db", db, "--format", "markdown", "--resamples", "200"),
            "status": _audit("status", str(study), "--db", db),
            "csv": _audit("export", str(study), "--db", db, "--csv", "-"),
        }
        _audit("export", str(study), "--db", db, "--tables", str(out))
        outputs[name]["tables"] = {p.name: p.read_text() for p in sorted(out.iterdir())}
    assert outputs["sqlite"]["report"]["breakdowns"], "the report is empty: nothing was compared"
    for what in outputs["sqlite"]:
        assert outputs["postgres"][what] == outputs["sqlite"][what], what
