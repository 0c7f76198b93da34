"""Templates are checked against the study's own companies, with the variables a probe is sent with."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import select

import audit.study.templates as templates
from audit.clock import FixedClock
from audit.collect.run import Runner
from audit.credentials import Secrets
from audit.store.database import Store
from audit.store.schema import Probe
from audit.study.load import load_study
from tests.study.test_study import only_problem, problems_of, where, write_study

BODY = '    body: "Здравствуйте, {{ company.name }}! {{ persona.name }}"\n'
CSV_HEADER = "id,name,segment,email,phone,employees,region\n"


def csv_study(tmp_path, rows: str, body: str, *subs: tuple[str, str]):
    csv_path = tmp_path / "companies.csv"
    csv_path.write_text(CSV_HEADER + rows, encoding="utf-8")
    path = write_study(tmp_path, (BODY, f"    body: {body!r}\n"), *subs, companies="companies: companies.csv\n")
    return path, csv_path


def test_an_attribute_column_in_a_template_validates_and_is_sent(tmp_path):
    path, _ = csv_study(tmp_path, "c1,One,shops,a@c1.example,,12,Урал\nc2,Two,shops,a@c2.example,,40,\n",
                        "У вас {{ company.attrs.employees }} сотрудников")
    study = load_study(path)
    store = Store(str(tmp_path / "a.db"))
    Runner(study, store, FixedClock(datetime(2026, 12, 7, 7, tzinfo=UTC)), Secrets(environ={})).materialize(
        datetime(2026, 12, 7, 7, tzinfo=UTC))
    with store.session() as s:
        bodies = {p.company_id: p.body for p in s.exec(select(Probe))}
    assert bodies == {"c1": "У вас 12 сотрудников", "c2": "У вас 40 сотрудников"}


def test_an_empty_cell_a_template_needs_is_located_at_the_company(tmp_path):
    path, csv_path = csv_study(tmp_path, "c1,One,shops,a@c1.example,,12,\nc2,Two,shops,a@c2.example,,,\n",
                               "У вас {{ company.attrs.employees }} сотрудников")
    p = only_problem(path)
    assert (p.file, p.line, p.column) == (str(csv_path), 3, 6)
    assert p.field == "scripts[0].body"
    assert "c2" in p.message and "'employees' cell is empty" in p.message


def test_a_default_in_the_template_lets_the_cell_be_empty(tmp_path):
    path, _ = csv_study(tmp_path, "c1,One,shops,a@c1.example,,,\n",
                        "У вас {{ company.attrs.employees | default('много') }} сотрудников")
    assert load_study(path).companies[0].attrs == {}


def test_only_the_companies_a_script_is_sent_to_are_checked(tmp_path):
    # c2 is in another segment (its e-mail gets no script, its phone the one for every segment), c3 has no e-mail
    # and c4 is excluded: the e-mail script for shops is sent to none of them
    phone = ("scripts:\n", "scripts:\n  - segment: '*'\n    channels: [phone]\n    body: Добрый день\n")
    path, _ = csv_study(tmp_path, "c1,One,shops,a@c1.example,,12,\nc2,Two,services,a@c2.example,+7 495 000-00-02,,\n"
                                  "c3,Three,shops,,+7 495 000-00-03,,\nc4,Four,shops,a@c4.example,,,\n",
                        "У вас {{ company.attrs.employees }} сотрудников", phone,
                        ("waves:\n", "exclude: {c4: closed for the season}\nwaves:\n"))
    assert [c.id for c in load_study(path).companies] == ["c1", "c2", "c3", "c4"]


def test_an_attribute_no_company_has_lists_the_columns(tmp_path):
    path, _ = csv_study(tmp_path, "c1,One,shops,a@c1.example,,12,Урал\n", "{{ company.attrs.employes }}")
    p = only_problem(path)
    assert (p.line, p.field) == (where(path, "body:")[0], "scripts[0].body")
    assert "employes" in p.message and "did you mean 'employees'" in p.message
    assert "employees, region" in p.message


def test_five_thousand_companies_render_once_per_distinct_value_and_failures_are_counted(tmp_path, monkeypatch):
    rows = "".join(f"c{i},Shop {i},shops,a@c{i}.example,,{'' if i % 2 else i % 3},r{i % 4}\n" for i in range(5000))
    path, csv_path = csv_study(tmp_path, rows, "{{ company.attrs.employees }} {{ company.attrs.region }}")
    rendered = []
    monkeypatch.setattr(templates, "_try", counting_try(rendered), raising=False)
    problems = problems_of(path)
    assert len(rendered) <= 1 + 4 * 4  # the filled-in sample, then employees (0, 1, 2, empty) x region (r0..r3)
    *listed, more = problems  # the first ten companies one by one, at their rows; the rest counted
    assert more.field == "scripts[0].body" and "2490 more companies" in more.message and "c21" in more.message
    assert [(p.file, p.line) for p in listed] == [(str(csv_path), 2 + i) for i in range(1, 20, 2)]


def counting_try(rendered: list):
    real = getattr(templates, "_try", None)

    def counted(text, variables):
        rendered.append(variables)
        return real(text, variables)

    return counted


def test_a_cell_is_needed_only_where_the_template_reaches_it(tmp_path):
    body = "{% if company.attrs.region == 'Урал' %}У вас {{ company.attrs.employees }}{% endif %} сотрудников"
    path, csv_path = csv_study(tmp_path, "c1,One,shops,a@c1.example,,,Москва\nc2,Two,shops,a@c2.example,,5,Урал\n"
                                         "c3,Three,shops,a@c3.example,,,Урал\n", body)
    p = only_problem(path)
    assert (p.file, p.line, p.field) == (str(csv_path), 4, "scripts[0].body") and "c3" in p.message
