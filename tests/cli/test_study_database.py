"""The study owns its data: its database is found from the study file, whatever the working directory, and a
command that reads results says so when there are none instead of printing an empty report."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from typer.testing import CliRunner

from audit.cli.app import app
from audit.store.database import Store, open_study_store, study_database
from audit.store.schema import Probe
from audit.study.load import load_study
from tests.helpers.studies import write_study


def _with_one_probe(store: Store, study) -> None:
    store.sync_study(study, {"w1": date(2025, 12, 8)})
    with store.session() as s:
        s.add(Probe(study_id=study.id, wave="w1", company_id=study.companies[0].id, channel="email",
                    persona="anatoly", contact="x@y.example", planned_at=datetime.now(UTC), token="t1"))
        s.commit()


def test_the_default_database_is_beside_the_study_and_found_from_any_folder(tmp_path, monkeypatch):
    folder = tmp_path / "study"
    folder.mkdir()
    study = load_study(write_study(folder, smtp_port=1, imap_port=1))
    assert study_database(study) == str(folder / "data" / "itest.db")
    _with_one_probe(Store(study_database(study)), study)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = CliRunner().invoke(app, ["status", str(folder / "study.yaml")])
    assert result.exit_code == 0, result.output
    assert "w1" in result.output
    assert not (elsewhere / "data").exists()  # nothing was created where the command happened to run


def test_the_study_may_name_its_database_relative_to_its_file(tmp_path, monkeypatch):
    path = write_study(tmp_path, smtp_port=1, imap_port=1, extra="database: results/mine.db\n")
    study = load_study(path)
    assert study_database(study) == str(tmp_path / "results" / "mine.db")
    assert study_database(study, "other.db") == "other.db"  # --db / AUDIT_DB win
    url = load_study(write_study(tmp_path, smtp_port=1, imap_port=1, extra="database: postgresql://h/db\n"))
    assert study_database(url) == "postgresql://h/db"


@pytest.mark.parametrize("command", [["status"], ["report"], ["report", "--format", "json"], ["agreement"],
                                     ["export", "--csv", "-"], ["rescore"]])
def test_commands_that_read_results_say_there_are_none_and_exit_4(tmp_path, command, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write_study(tmp_path, smtp_port=1, imap_port=1)
    result = CliRunner().invoke(app, [command[0], str(path), *command[1:]])
    assert result.exit_code == 4, result.output
    assert "no results of study itest" in result.output
    assert str(tmp_path / "data" / "itest.db") in result.output and "does not exist yet" in result.output
    assert not (tmp_path / "data" / "itest.db").exists()  # reading never creates an empty database


def test_an_html_report_of_an_empty_database_is_not_written(tmp_path):
    path = write_study(tmp_path, smtp_port=1, imap_port=1)
    Store(str(tmp_path / "data" / "itest.db"))  # exists, with the schema, but nothing of the study
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(path), "--html", str(out)])
    assert result.exit_code == 4 and "holds no probe of it" in result.output
    assert not out.exists()


def test_results_left_in_the_old_default_database_are_pointed_to(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write_study(tmp_path, smtp_port=1, imap_port=1)
    study = load_study(path)
    _with_one_probe(Store("data/audit.db"), study)  # where every study went before databases were per study
    with pytest.raises(Exception) as caught:
        open_study_store(study, results=True)
    assert caught.value.exit_code == 4
    assert "data/audit.db in this folder holds 1 probes of this study" in str(caught.value)
    assert "--db" in str(caught.value)


def test_record_without_a_study_or_database_asks_for_one(tmp_path):
    result = CliRunner().invoke(app, ["record", "sent", "1"])
    assert result.exit_code == 1 and "give --study FILE" in result.output
