"""`audit cron`: lines that work whatever folder cron starts in, and installing them without touching the rest of
the crontab or another study's lines; systemd units named after the study."""

from __future__ import annotations

import os
import shlex
import stat
import subprocess
from pathlib import Path

from typer.testing import CliRunner

from audit.cli.app import app
from audit.schedule.cron import audit_executable, find_installed
from tests.helpers.studies import write_study

runner = CliRunner()


def study_in(folder: Path, study_id: str = "itest") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = write_study(folder, smtp_port=1, imap_port=1)
    path.write_text(path.read_text(encoding="utf-8").replace("id: itest", f"id: {study_id}"), encoding="utf-8")
    return path


def executable(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def fake_crontab(tmp_path: Path, monkeypatch) -> Path:
    """A crontab program over a file: -l prints it (or says there is none), - replaces it."""
    table = tmp_path / "crontab.txt"
    program = executable(tmp_path / "fake-crontab", f"""#!/bin/sh
if [ "$1" = "-l" ]; then
  [ -f {table} ] || {{ echo "no crontab for tester" >&2; exit 1; }}
  cat {table}
elif [ "$1" = "-" ]; then
  cat > {table}
fi
""")
    monkeypatch.setenv("AUDIT_CRONTAB", str(program))
    return table


def test_the_cron_line_runs_from_any_folder_and_creates_its_log_folder(tmp_path):
    study = study_in(tmp_path / "my study")  # a space in the path: quoted
    elsewhere = tmp_path / "somewhere else"
    elsewhere.mkdir()
    printed = subprocess.run([audit_executable(), "cron", str(study), "--db", "rel/a.db"], cwd=elsewhere,
                             capture_output=True, text=True, check=True).stdout
    lines = [line for line in printed.splitlines() if line and not line.startswith("#")]
    assert len(lines) == 3
    run = next(line for line in lines if " run " in line)
    assert run.startswith("*/5 * * * * ")
    command = run.split(" ", 5)[5].replace("\\%", "%")
    words = shlex.split(command)
    assert str(study.resolve()) in words and str(elsewhere / "rel/a.db") in words[words.index("--db") + 1]
    assert all(Path(w.rstrip(";")).is_absolute() for w in words if "/" in w), words  # nothing relative

    fake = executable(tmp_path / "fake-audit", '#!/bin/sh\necho "fake audit: $*"\necho "in $(pwd)"\n')
    command = command.replace(shlex.quote(audit_executable()), shlex.quote(str(fake)))
    cron_home = tmp_path / "home"  # cron starts in the home folder, with a bare environment
    cron_home.mkdir()
    subprocess.run(["sh", "-c", command], cwd=cron_home, env={"PATH": "/usr/bin:/bin", "HOME": str(cron_home)},
                   check=True)
    log = study.parent / "logs" / "itest-run.log"
    assert log.read_text(encoding="utf-8").splitlines() == [
        f"fake audit: run {study.resolve()} --db {elsewhere / 'rel/a.db'}", f"in {elsewhere}"]


def test_install_replaces_only_this_studys_block_and_is_idempotent(tmp_path, monkeypatch):
    table = fake_crontab(tmp_path, monkeypatch)
    first, second = study_in(tmp_path / "a"), study_in(tmp_path / "b", "other")
    table.write_text("MAILTO=me@example.org\n0 3 * * * /usr/local/bin/backup\n", encoding="utf-8")

    for _ in range(2):
        done = runner.invoke(app, ["cron", str(first), "--install"])
        assert done.exit_code == 0, done.output
    once = table.read_text(encoding="utf-8")
    assert once.count("# >>> audit study itest >>>") == 1 and once.count(" run ") == 1
    assert once.startswith("MAILTO=me@example.org\n0 3 * * * /usr/local/bin/backup\n")
    assert (first.parent / "logs").is_dir()  # created by the install too

    assert runner.invoke(app, ["cron", str(second), "--install", "--every", "10"]).exit_code == 0
    assert runner.invoke(app, ["cron", str(first), "--install"]).exit_code == 0  # again, after the other study
    both = table.read_text(encoding="utf-8")
    assert both.count(" run ") == 2 and "*/10 * * * * " in both
    assert both.replace(once, "").strip().startswith("# >>> audit study other >>>")  # the first block unchanged

    found = find_installed("other", both)
    assert (found.kind, found.every) == ("cron", 10)
    assert found.logs["run"] == second.parent.resolve() / "logs" / "other-run.log"
    assert find_installed("third", both) is None


def test_install_warns_of_old_unmarked_lines_for_the_study(tmp_path, monkeypatch):
    table = fake_crontab(tmp_path, monkeypatch)
    study = study_in(tmp_path / "a")
    table.write_text(f"*/5 * * * * cd /x && audit run {study.resolve()} >> /x/data/run.log 2>&1\n", encoding="utf-8")
    done = runner.invoke(app, ["cron", str(study), "--install"])
    assert done.exit_code == 0 and "outside its block" in done.output


def test_a_missing_crontab_program_is_said(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIT_CRONTAB", str(tmp_path / "no-such-crontab"))
    done = runner.invoke(app, ["cron", str(study_in(tmp_path)), "--install"])
    assert done.exit_code == 1 and "no crontab program" in done.output and "--systemd" in done.output


def test_systemd_install_writes_units_named_after_the_study(tmp_path, monkeypatch):
    units = tmp_path / "units"
    monkeypatch.setenv("AUDIT_SYSTEMD_DIR", str(units))
    first, second = study_in(tmp_path / "a"), study_in(tmp_path / "b", "other")
    done = runner.invoke(app, ["cron", str(first), "--systemd", "--install"])
    assert done.exit_code == 0, done.output
    assert "systemctl --user daemon-reload" in done.output and "audit-itest-run.timer" in done.output
    written = {p.name: p.read_text(encoding="utf-8") for p in units.iterdir()}
    assert runner.invoke(app, ["cron", str(first), "--systemd", "--install"]).exit_code == 0
    assert {p.name: p.read_text(encoding="utf-8") for p in units.iterdir()} == written  # the same again
    assert runner.invoke(app, ["cron", str(second), "--systemd", "--install"]).exit_code == 0
    names = sorted(p.name for p in units.iterdir())
    for study_id in ("itest", "other"):
        assert {f"audit-{study_id}-run.service", f"audit-{study_id}-run.timer", f"audit-{study_id}-watch.service",
                f"audit-{study_id}-status.timer"} <= set(names)
    run = written["audit-itest-run.service"]
    assert f"ExecStart={audit_executable()} run {first.resolve()}" in run
    assert f"StandardOutput=append:{first.parent.resolve()}/logs/itest-run.log" in run
    found = find_installed("itest", None, units)
    assert (found.kind, found.every) == ("systemd", 5) and set(found.logs) == {"run", "watch", "status"}
    assert os.path.isdir(first.parent / "logs")
