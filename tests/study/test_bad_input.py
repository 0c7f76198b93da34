"""Bad and hostile input is a plain error (exit 2, or 3 for a database) that names the file, the line or the setting,
within bounded time and memory: never a traceback, a hang, or the machine's memory (issue 16)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli.app import app
from audit.errors import InputError, StudyError
from audit.study.load import load_study
from tests.helpers.studies import ROOT, write_study

runner = CliRunner()
MEMORY = 1024 * 1024 * 1024  # bytes of address space each hostile case runs in: more is the bug this guards against


def _bounded() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def audit(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """`audit ARGS` in its own process, within MEMORY and 60 seconds (a hang is a failure, not a stuck suite)."""
    return subprocess.run([sys.executable, "-m", "audit", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=60, preexec_fn=_bounded, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


@pytest.fixture
def study(tmp_path: Path) -> Path:
    return write_study(tmp_path, smtp_port=2525, imap_port=1143)


def problems(path: Path) -> str:
    with pytest.raises(StudyError) as caught:
        load_study(path)
    return str(caught.value)


def test_a_study_file_that_is_not_a_regular_file_or_is_too_big(tmp_path: Path):
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    assert "study file is a folder" in problems(folder)
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    assert "not a regular file" in problems(fifo)  # no writer: reading it would wait for ever
    big = tmp_path / "big.yaml"
    big.write_bytes(b"# " + b"x" * (3 * 1024 * 1024))
    assert "over the limit of 2 MB" in problems(big)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_as_study_or_companies_file_is_refused_without_reading_it(tmp_path: Path, study: Path, device: str):
    result = audit("validate", device, cwd=tmp_path)
    assert result.returncode == 2, result.stderr[-2000:]
    assert f"{device}: the study file is not a regular file" in result.stdout + result.stderr
    text = study.read_text(encoding="utf-8").replace("companies:\n", f"companies: {device}\nold_companies:\n")
    hostile = tmp_path / "device.yaml"
    hostile.write_text(text.split("old_companies:")[0], encoding="utf-8")
    result = audit("validate", str(hostile), cwd=tmp_path)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "companies file is not a regular file" in result.stdout + result.stderr


def test_a_windows_1251_study_names_its_line_and_encoding(tmp_path: Path, study: Path):
    text = study.read_text(encoding="utf-8")
    cp1251 = tmp_path / "cp1251.yaml"
    cp1251.write_bytes(text.encode("cp1251"))
    line = next(i for i, row in enumerate(text.splitlines(), 1) if any("а" <= c <= "я" for c in row.lower()))
    message = problems(cp1251)
    assert f"cp1251.yaml:{line}:" in message and "not UTF-8" in message and "windows-1251" in message


def test_yaml_nesting_aliases_long_values_and_duplicate_keys_are_bounded(tmp_path: Path, study: Path):
    deep = tmp_path / "deep.yaml"
    deep.write_text("id: x\nx: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    assert "deep.yaml:2:" in problems(deep) and "nested more than 50 levels" in problems(deep)
    bomb = "id: x\na: &a [" + ",".join(['"lol"'] * 9) + "]\n"
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        bomb += f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]\n"
    (tmp_path / "bomb.yaml").write_text(bomb, encoding="utf-8")
    result = audit("validate", "bomb.yaml", cwd=tmp_path)
    assert result.returncode == 2 and "more than 200,000 values" in result.stdout + result.stderr
    long = tmp_path / "long.yaml"
    long.write_text(study.read_text(encoding="utf-8").replace("title: Integration test study",
                                                              "title: " + "x" * 30_000), encoding="utf-8")
    assert "long.yaml:2:" in problems(long) and "over the limit of 20,000" in problems(long)
    twice = tmp_path / "twice.yaml"
    twice.write_text(study.read_text(encoding="utf-8") + "id: again\n", encoding="utf-8")
    message = problems(twice)
    assert "'id' is written twice (first on line 1)" in message


def test_one_bad_date_does_not_hide_the_other_problems(tmp_path: Path, study: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(study.read_text(encoding="utf-8").replace("start: 2025-12-08", "start: 2025-13-45")
                   .replace("port: 2525", "port: -1").replace("port: 1143", "port: 99999999"), encoding="utf-8")
    message = problems(bad)
    assert "waves[0].start" in message and "smtp.port" in message and "imap.port" in message, message


def test_a_companies_file_that_is_a_folder_or_has_too_many_rows(tmp_path: Path, study: Path, monkeypatch):
    import audit.study.companies as companies

    base = study.read_text(encoding="utf-8").split("companies:")[0]
    (tmp_path / "folder").mkdir()
    (tmp_path / "f.yaml").write_text(base + "companies: folder\n", encoding="utf-8")
    assert "companies file is a folder" in problems(tmp_path / "f.yaml")
    (tmp_path / "c.csv").write_text("id,name,segment,email\n" + "".join(
        f"c{i},C {i},shops,c{i}@x{i}.example\n" for i in range(6)), encoding="utf-8")
    (tmp_path / "c.yaml").write_text(base + "companies: c.csv\n", encoding="utf-8")
    monkeypatch.setattr(companies, "MAX_COMPANIES", 5)
    message = problems(tmp_path / "c.yaml")
    assert "c.csv:7:" in message and "more than 5 companies" in message


def test_a_reply_file_that_never_ends_or_is_not_utf8(tmp_path: Path, study: Path):
    result = audit("record", "reply", "1", "--study", str(study), "--file", "/dev/zero", "--at", "2025-12-08 12:00",
                   cwd=tmp_path)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "/dev/zero: the reply file is not a regular file" in result.stdout + result.stderr
    bad = tmp_path / "reply.txt"
    bad.write_bytes("Здравствуйте, работаем до 20:00".encode("cp1251"))
    result = runner.invoke(app, ["record", "reply", "1", "--study", str(study), "--file", str(bad), "--at",
                                 "2025-12-08 12:00"])
    assert result.exit_code == 2 and "reply.txt:1:1: the reply file is not UTF-8" in result.output


def test_settings_that_are_not_understood_are_named(tmp_path: Path, study: Path, monkeypatch):
    from audit.clock import parse_clock
    from probes.mail.channel import fetch_chunk

    for spec in ("garbage", "fixed:yesterday", "virtual:2026-01-01T00:00@abc", "virtual:2026-01-01T00:00@1x0"):
        with pytest.raises(InputError, match="AUDIT_CLOCK"):
            parse_clock(spec)
    for chunk in ("abc", "0", "-5", "99999999"):
        monkeypatch.setenv("AUDIT_IMAP_FETCH_CHUNK", chunk)
        with pytest.raises(InputError, match="AUDIT_IMAP_FETCH_CHUNK"):
            fetch_chunk()
    monkeypatch.setenv("AUDIT_IMAP_FETCH_CHUNK", "50")
    assert fetch_chunk() == 50


def test_a_database_that_is_empty_or_not_a_database(tmp_path: Path, study: Path):
    result = runner.invoke(app, ["status", str(study), "--db", ""])
    assert result.exit_code == 3 and "is empty" in result.output
    other = tmp_path / "notes.txt"
    other.write_text("not a database at all, but long enough to have a header " * 20, encoding="utf-8")
    result = runner.invoke(app, ["status", str(study), "--db", str(other)])
    assert result.exit_code == 3 and "not an audit database" in result.output, result.output
    assert other.read_text(encoding="utf-8").startswith("not a database")  # and it is left as it was


def test_a_database_password_is_never_printed(tmp_path: Path, study: Path):
    url = "postgresql+psycopg://team:s3cret-Pass@127.0.0.1:1/audit"
    result = runner.invoke(app, ["status", str(study), "--db", url])
    assert result.exit_code == 3
    assert "s3cret-Pass" not in result.output and "team:***@127.0.0.1" in result.output, result.output


HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x1b]8;;http://evil.example\x1b\\\x9b31m"


def test_terminal_escapes_in_company_names_reach_the_terminal_as_text(tmp_path: Path):
    import csv
    import sqlite3

    from tests.helpers import reportstudy

    study, db = reportstudy.write(tmp_path, shops=12, services=12, platforms=2)
    table = tmp_path / "companies.csv"
    rows = list(csv.reader(table.open(encoding="utf-8")))
    at = rows[0].index("name")
    for row in rows[1:]:
        row[at] = "Shop" + HOSTILE + row[at]
    with table.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE company SET name = ? || name", ("Shop" + HOSTILE,))
    result = runner.invoke(app, ["report", str(study), "--db", str(db)])
    assert result.exit_code == 0, result.output
    for control in ("\x1b", "\x07", "\x9b"):
        assert control not in result.output
    assert "Shop\\x1b]0;pwned\\x1b[2J" in result.output  # shown, to be read


def test_the_console_keeps_its_own_styles_and_shows_every_other_control_character():
    import io

    from rich.table import Table

    from audit.cli.common import console

    out = console(file=io.StringIO(), force_terminal=True, color_system="standard")
    table = Table("name")
    table.add_row("ООО «Ромашка»\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\")
    out.print(table)
    out.print("[bold]bold[/bold]")
    text = out.file.getvalue()
    assert "ООО «Ромашка»\\x1b]8;;http://evil.example\\x1b\\click" in text
    assert "\x1b[1mbold\x1b[0m" in text  # Rich's own style is still an escape
    assert "\x1b]" not in text


@pytest.mark.parametrize("fmt", ["markdown", "csv", "json"])
def test_a_report_written_to_a_terminal_shows_escapes_and_to_a_pipe_keeps_the_data(tmp_path: Path, fmt):
    import os
    import pty
    import sqlite3
    import subprocess
    import sys

    from tests.helpers import reportstudy

    study, db = reportstudy.write(tmp_path, shops=12, services=12, platforms=2)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE company SET name = ? || name", ("Shop" + HOSTILE,))
    args = [sys.executable, "-m", "audit.cli", "report", str(study), "--db", str(db), "--format", fmt, "--top", "50"]
    main, other = pty.openpty()
    with subprocess.Popen(args, stdout=other, stderr=subprocess.PIPE) as proc:
        os.close(other)
        shown = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        assert proc.wait(timeout=120) == 0, proc.stderr.read()
    os.close(main)
    text = shown.decode("utf-8", "replace")
    assert "pwned" in text, text[:2000]  # the names are there ...
    assert "\x1b" not in text and "\x07" not in text  # ... to be read, not obeyed
    piped = subprocess.run(args, capture_output=True, timeout=120)
    assert piped.returncode == 0
    if fmt == "csv":  # JSON and Markdown escape control characters themselves
        assert b"\x1b]0;pwned" in piped.stdout  # a file gets the data as it is
