"""Study files: loading, located plain-words errors, YAML 1.2 scalars, templates, validate/schema CLI."""

from __future__ import annotations

import json
from datetime import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli.app import app
from audit.errors import Problem, StudyError
from audit.study.load import load_study
from tests.helpers.studies import ROOT

STUDIES = ROOT / "studies"

PARTS = {
    "head": "id: t1\ntitle: Test study\ntimezone: Europe/Moscow\nholidays: RU\n",
    "working_hours": 'working_hours:\n  days: [mon, tue, wed, thu, fri]\n  start: "10:00"\n  end: "17:00"\n',
    "waves": "waves:\n  - name: w1\n    start: 2026-12-07\n",
    "personas": (
        "personas:\n"
        "  - id: anna\n"
        "    name: Анна\n"
        "    email:\n"
        "      address: anna@shopper.example\n"
        "      smtp:\n"
        "        host: smtp.shopper.example\n"
        "        password_env: SMTP_PASSWORD\n"
        "      imap:\n"
        "        host: imap.shopper.example\n"
        "        password_env: IMAP_PASSWORD\n"
    ),
    "scripts": (
        "scripts:\n"
        "  - segment: shops\n"
        "    channels: [email]\n"
        "    subject: Вопрос\n"
        '    body: "Здравствуйте, {{ company.name }}! {{ persona.name }}"\n'
    ),
    "companies": (
        "companies:\n"
        "  - id: c1\n"
        "    name: Shop One\n"
        "    segment: shops\n"
        "    contacts:\n"
        "      email: info@shop-one.example\n"
        "  - id: c2\n"
        "    name: Shop Two\n"
        "    segment: shops\n"
        "    timezone: Asia/Yekaterinburg\n"
        "    contacts:\n"
        "      email: info@shop-two.example\n"
    ),
}


def write_study(tmp_path: Path, *subs: tuple[str, str], name: str = "study.yaml", **parts: str) -> Path:
    """A minimal valid study; `parts` replace whole top-level sections, `subs` are (old, new) text edits."""
    text = "".join(parts.get(key, default) for key, default in PARTS.items())
    for old, new in subs:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def where(path: Path, needle: str, nth: int = 0) -> tuple[int, int]:
    """1-based (line, column) of the nth line containing `needle`, column of the needle's start."""
    hits = [(i + 1, line.index(needle) + 1) for i, line in enumerate(path.read_text().splitlines())
            if needle in line]
    return hits[nth]


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(StudyError) as info:
        load_study(path)
    return info.value.problems


def only_problem(path: Path) -> Problem:
    problems = problems_of(path)
    assert len(problems) == 1, problems
    return problems[0]


def test_minimal_study_is_valid(tmp_path):
    study = load_study(write_study(tmp_path))
    assert [c.id for c in study.companies] == ["c1", "c2"]
    assert study.company("c2").timezone == "Asia/Yekaterinburg"
    assert study.source == tmp_path / "study.yaml"


def test_example_study_loads():
    study = load_study(STUDIES / "example.yaml")
    assert {c.segment for c in study.companies} == {"shops", "services"}
    assert {s.segment for s in study.scripts} == {"shops", "services"}
    for script in study.scripts:
        assert any("а" <= ch <= "я" for ch in script.body.lower()), script.body  # Cyrillic text
    assert "Здравствуйте" in study.script_for("shops", "email").body
    assert study.script_for("services", "email").subject == "Тарифы и договор"


def test_demo_study_loads():
    study = load_study(STUDIES / "demo.yaml")
    assert study.id == "demo"
    assert len(study.companies) == 30
    assert study.personas[0].email.smtp.host == "127.0.0.1"


def test_bad_time_zone(tmp_path):
    path = write_study(tmp_path, ("timezone: Asia/Yekaterinburg", "timezone: Europe/Moskow"))
    p = only_problem(path)
    assert (p.file, (p.line, p.column)) == (str(path), where(path, "timezone: Europe/Moskow"))
    assert p.field == "companies[1].timezone"
    assert "time zone" in p.message and "Europe/Moskow" in p.message


def test_unknown_contact_channel(tmp_path):
    path = write_study(tmp_path, ("      email: info@shop-one.example\n",
                                  "      email: info@shop-one.example\n      pigeon: x\n"))
    p = only_problem(path)
    assert (p.file, (p.line, p.column)) == (str(path), where(path, "pigeon: x"))
    assert p.field == "companies[0].contacts.pigeon"
    assert "unknown channel" in p.message and "pigeon" in p.message


def test_unknown_script_channel(tmp_path):
    path = write_study(tmp_path, ("channels: [email]", "channels: [email, pigeon]"))
    p = only_problem(path)
    assert (p.file, (p.line, p.column)) == (str(path), where(path, "pigeon"))
    assert p.field == "scripts[0].channels[1]"
    assert "pigeon" in p.message and "email" in p.message


def test_unknown_script_channel_is_worded_like_contacts(tmp_path):
    p = only_problem(write_study(tmp_path, ("channels: [email]", "channels: [email, pigeon]")))
    assert "unknown channel" in p.message


def test_duplicate_company_id(tmp_path):
    path = write_study(tmp_path, ("- id: c2", "- id: c1"))
    p = only_problem(path)
    line, col = where(path, "- id: c1", nth=1)
    assert (p.file, p.line, p.column) == (str(path), line, col + 2)
    assert p.field == "companies[1].id"
    assert "duplicate" in p.message and "c1" in p.message and "companies[0]" in p.message


def test_invalid_email(tmp_path):
    path = write_study(tmp_path, ("email: info@shop-two.example", "email: info-at-shop-two.example"))
    p = only_problem(path)
    assert (p.file, (p.line, p.column)) == (str(path), where(path, "email: info-at"))
    assert p.field == "companies[1].contacts.email"
    assert "e-mail" in p.message and "info-at-shop-two.example" in p.message


def test_working_hours_end_before_start(tmp_path):
    path = write_study(tmp_path, ('start: "10:00"', 'start: "18:00"'))
    p = only_problem(path)
    assert p.file == str(path)
    # the model-level check points at the working_hours block (or, better, at its end key)
    assert (p.field, (p.line, p.column)) in {("working_hours", where(path, "working_hours:")),
                                             ("working_hours.end", where(path, "end:"))}
    assert "end" in p.message and "start" in p.message and "17:00" in p.message


def test_missing_required_field(tmp_path):
    path = write_study(tmp_path, ("    name: Shop Two\n", ""))
    p = only_problem(path)
    assert (p.line, p.field) == (where(path, "- id: c2")[0], "companies[1].name")
    assert "missing" in p.message and "name" in p.message


def write_csv_study(tmp_path: Path, csv_text: str) -> tuple[Path, Path]:
    csv_path = tmp_path / "companies.csv"
    csv_path.write_text(csv_text, encoding="utf-8")
    return write_study(tmp_path, companies="companies: companies.csv\n"), csv_path


def test_companies_csv_loads(tmp_path):
    path, _ = write_csv_study(tmp_path, "id,name,segment,timezone,email,turnover\n"
                                        "c1,Цветы,shops,Asia/Novosibirsk,a@c1.example,1-5M\n")
    company = load_study(path).company("c1")
    assert (company.timezone, company.contacts.email, company.attrs) == (
        "Asia/Novosibirsk", "a@c1.example", {"turnover": "1-5M"})


def test_companies_csv_row_with_missing_column(tmp_path):
    path, csv_path = write_csv_study(tmp_path, "id,name,segment,email\n"
                                               "c1,One,shops,a@c1.example\n"
                                               "\n"
                                               "c2,Two,shops\n"
                                               "c3,Three,shops,a@c3.example\n")
    p = only_problem(path)
    assert (p.file, p.line) == (str(csv_path), 4)
    assert "missing" in p.message and "3 cells" in p.message


def test_companies_csv_bad_value_points_at_its_cell(tmp_path):
    path, csv_path = write_csv_study(tmp_path, "id,name,segment,timezone,email\n"
                                               "c1,One,shops,Europe/Moscow,a@c1.example\n"
                                               "c2,Two,shops,Europe/Moskow,a@c2.example\n")
    p = only_problem(path)
    assert (p.file, p.line, p.column) == (str(csv_path), 3, 4)
    assert p.field == "companies[1].timezone" and "time zone" in p.message


def test_inline_secret_is_reported_and_never_echoed(tmp_path):
    path = write_study(tmp_path, ("password_env: SMTP_PASSWORD", "password: hunter2"))
    with pytest.raises(StudyError) as info:
        load_study(path)
    (p,) = info.value.problems
    assert (p.file, (p.line, p.column)) == (str(path), where(path, "password: hunter2"))
    assert p.field == "personas[0].email.smtp.password"
    assert "secret" in p.message and "password_env" in p.message
    assert "hunter2" not in str(info.value) and "hunter2" not in repr(info.value.problems)


def test_problem_beside_inline_secret_is_kept(tmp_path):
    smtp = "      smtp:\n        host: smtp.shopper.example\n        password_env: SMTP_PASSWORD\n"
    inline = "      smtp: {host: smtp.shopper.example, password: x1, port: abc}\n"
    path = write_study(tmp_path, (smtp, inline))
    assert {p.field for p in problems_of(path)} == {"personas[0].email.smtp.password",
                                                    "personas[0].email.smtp.port"}


def test_all_problems_are_reported_at_once(tmp_path):
    path = write_study(
        tmp_path,
        ('start: "10:00"', 'start: "18:00"'),
        ("password_env: SMTP_PASSWORD", "password: hunter2"),
        ("channels: [email]", "channels: [email, pigeon]"),
        ("email: info@shop-one.example", "email: nobody"),
        ("timezone: Asia/Yekaterinburg", "timezone: Europe/Moskow"),
    )
    problems = problems_of(path)
    assert sorted(p.field for p in problems) == sorted([
        "working_hours", "personas[0].email.smtp.password", "scripts[0].channels[1]",
        "companies[0].contacts.email", "companies[1].timezone"])
    assert all(p.file == str(path) and p.line is not None for p in problems)
    assert str(StudyError(problems)).startswith("the study has 5 problems")


def test_yaml_12_scalars(tmp_path):
    path = write_study(tmp_path, ('start: "10:00"', "start: 10:00"), ('end: "17:00"', "end: 17:30"),
                       ("holidays: RU", "holidays: NO"))
    study = load_study(path)
    assert study.working_hours.start == time(10, 0)
    assert study.working_hours.end == time(17, 30)
    assert study.holidays == "NO"


def test_yaml_12_leading_zero_hours(tmp_path):
    path = write_study(tmp_path, ('start: "10:00"', "start: 09"), ('end: "17:00"', "end: 010"))
    hours = load_study(path).working_hours
    assert (hours.start, hours.end) == (time(9), time(10))


def test_invalid_yaml_is_located(tmp_path):
    path = write_study(tmp_path, ("title: Test study", "title: Test: study"))
    p = only_problem(path)
    assert (p.file, p.line) == (str(path), where(path, "title:")[0])
    assert p.column is not None and "not valid YAML" in p.message


def test_template_typo_is_reported(tmp_path):
    path = write_study(tmp_path, ("{{ company.name }}", "{{ company.nmae }}"))
    p = only_problem(path)
    assert (p.file, (p.line, p.column)) == (str(path), where(path, "body:"))
    assert p.field == "scripts[0].body"
    assert "template" in p.message and "nmae" in p.message


def test_cli_validate_example():
    result = CliRunner().invoke(app, ["validate", str(STUDIES / "example.yaml")])
    assert result.exit_code == 0, result.output
    assert "ecom-support-2026" in result.output and "is valid" in result.output


def test_cli_validate_bad_file(tmp_path):
    path = write_study(tmp_path, ("timezone: Asia/Yekaterinburg", "timezone: Europe/Moskow"))
    line, col = where(path, "timezone: Europe/Moskow")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert f"{path}:{line}:{col}" in result.output
    assert "companies[1].timezone" in result.output and "time zone" in result.output


def test_cli_schema():
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.output)
    assert {"companies", "waves", "personas", "scripts"} <= set(schema["properties"])
    assert set(schema["required"]) >= {"id", "title", "companies", "waves"}


def test_a_persona_that_types_forms_needs_a_mailbox_to_read_their_answers(tmp_path):
    personas = ("personas:\n  - id: anna\n    name: Анна\n    form:\n      email: anna@shopper.example\n")
    path = write_study(tmp_path, ("channels: [email]", "channels: [form]"), ("    subject: Вопрос\n", ""),
                       ("email: info@shop-one.example", "form: https://shop-one.example/contact"),
                       ("email: info@shop-two.example", "form: https://shop-two.example/contact"),
                       personas=personas)
    problems = problems_of(path)
    mine = [p for p in problems if p.field == "personas[0].form"]
    assert len(mine) == 1 and "no e-mail account to read them" in mine[0].message
    assert mine[0].line == where(path, "form:")[0]
