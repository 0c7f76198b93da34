"""Companies as a researcher has them: CSV from Excel in any locale (comma, semicolon, tab; UTF-8 with or without BOM,
windows-1251), and .xlsx workbooks with Excel's numbers and dates read back as the text that was typed."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from audit.study.load import load_study
from tests.study.test_study import only_problem, write_study


def study_with(tmp_path: Path, name: str, content: bytes, companies: str | None = None) -> tuple[Path, Path]:
    path = tmp_path / name
    path.write_bytes(content)
    return write_study(tmp_path, companies=f"companies: {companies or name}\n"), path


# --- separators and encodings --------------------------------------------------------------------------------------

def test_semicolons_with_a_bom_as_russian_excel_saves_csv_utf8(tmp_path):
    text = ("id;name;segment;email;turnover\r\n"
            "c1;\"Цветы; опт и розница\";shops;a@c1.example;1,5M\r\n"
            "c2;Ромашка, ООО;shops;a@c2.example;\r\n")
    study = load_study(study_with(tmp_path, "companies.csv", b"\xef\xbb\xbf" + text.encode())[0])
    c1, c2 = study.companies
    assert (c1.id, c1.name, c1.contacts.email, c1.attrs) == ("c1", "Цветы; опт и розница", "a@c1.example",
                                                             {"turnover": "1,5M"})
    assert (c2.name, c2.attrs) == ("Ромашка, ООО", {})


def test_windows_1251_as_russian_excel_saves_plain_csv(tmp_path):
    text = "id;name;segment;email;город\r\nc1;Цветы у дома;shops;a@c1.example;Екатеринбург\r\n"
    study = load_study(study_with(tmp_path, "companies.csv", text.encode("cp1251"))[0])
    assert (study.companies[0].name, study.companies[0].attrs) == ("Цветы у дома", {"город": "Екатеринбург"})


def test_tabs_as_a_pasted_table(tmp_path):
    text = "id\tname\tsegment\temail\nc1\tЦветы, опт\tshops\ta@c1.example\n"
    study = load_study(study_with(tmp_path, "companies.tsv", text.encode())[0])
    assert (study.companies[0].name, study.companies[0].contacts.email) == ("Цветы, опт", "a@c1.example")


def test_the_separator_the_header_is_written_with_wins_over_one_inside_a_column_name(tmp_path):
    text = "id;name;segment;email;оборот, млн\nc1;One;shops;a@c1.example;5\n"
    study = load_study(study_with(tmp_path, "companies.csv", text.encode())[0])
    assert study.companies[0].attrs == {"оборот, млн": "5"}


def test_a_header_with_as_many_commas_as_semicolons_is_a_problem_on_line_1(tmp_path):
    path, csv_path = study_with(tmp_path, "companies.csv", b"id,name;segment\nc1,One;shops\n")
    p = only_problem(path)
    assert (p.file, p.line, p.field) == (str(csv_path), 1, "header")
    assert "1 comma and 1 semicolon" in p.message and "one separator" in p.message


def test_a_header_without_any_separator_is_a_problem_on_line_1(tmp_path):
    path, csv_path = study_with(tmp_path, "companies.csv", b"id name segment\nc1 One shops\n")
    p = only_problem(path)
    assert (p.file, p.line) == (str(csv_path), 1)
    assert "no comma, semicolon or tab" in p.message


def test_missing_columns_name_the_separator_found_in_the_header(tmp_path):
    path, csv_path = study_with(tmp_path, "companies.csv", b"sep=,\nid;name;segment\nc1;One;shops\n")
    p = only_problem(path)
    assert (p.file, p.line) == (str(csv_path), 2)
    assert "missing column(s) id, name, segment" in p.message and "semicolon" in p.message


def test_a_short_row_names_the_files_own_separator(tmp_path):
    path, csv_path = study_with(tmp_path, "companies.csv",
                                b"id;name;segment;email\nc1;One;shops;a@c1.example\nc2;Two;shops\n")
    p = only_problem(path)
    assert (p.file, p.line, p.column) == (str(csv_path), 3, 4)
    assert "3 cells" in p.message and "semicolon" in p.message


def test_a_file_neither_utf8_nor_windows_1251_is_located_by_byte_offset(tmp_path):
    # 0xD0 starts a UTF-8 letter but the next byte cannot continue it; 0x98 is the one byte windows-1251 lacks
    content = b"id;name;segment;email\nc1;\xd0One\x98;shops;a@c1.example\n"
    path, csv_path = study_with(tmp_path, "companies.csv", content)
    p = only_problem(path)
    assert (p.file, p.line, p.field) == (str(csv_path), 2, "encoding")
    assert "offset 25" in p.message and "offset 29" in p.message and "UTF-8" in p.message


# --- Excel workbooks -----------------------------------------------------------------------------------------------

def write_book(path: Path, rows: list[list], *, title: str = "Компании", formats: dict[str, str] | None = None,
               stored: dict[str, str] | None = None, more_sheets: dict[str, list[list]] | None = None) -> Path:
    """An .xlsx made here; `stored` rewrites cells' numbers as another writer stores them (17.0, 7.9161234567E10),
    which openpyxl itself never writes for whole numbers."""
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for ref, number_format in (formats or {}).items():
        sheet[ref].number_format = number_format
    for name, other in (more_sheets or {}).items():
        extra = book.create_sheet(name)
        for row in other:
            extra.append(row)
    book.save(path)
    if stored:
        with zipfile.ZipFile(path) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        xml = parts["xl/worksheets/sheet1.xml"].decode()
        for ref, text in stored.items():
            xml, n = re.subn(rf'(<c r="{ref}"[^>]*><v>)[^<]*(</v>)', rf"\g<1>{text}\g<2>", xml)
            assert n == 1, ref
        parts["xl/worksheets/sheet1.xml"] = xml.encode()
        with zipfile.ZipFile(path, "w") as z:
            for n, data in parts.items():
                z.writestr(n, data)
    return path


HEADER = ["id", "name", "segment", "email", "phone", "employees", "since", "inn"]


def test_a_workbook_gives_back_the_text_that_was_typed(tmp_path):
    book = write_book(tmp_path / "companies.xlsx", [
        HEADER,
        [17, "Цветы", "shops", "a@c1.example", 79161234567, 12, date(2026, 1, 5), 274],
        [18, "Два", "shops", "a@c2.example", "+7 916 123-45-67", 3.5, datetime(2026, 1, 5, 10, 30), 7712345678],
    ], formats={"H2": "0000000000"}, stored={"A2": "17.0", "E2": "7.9161234567E10", "F2": "12.0"})
    study = load_study(write_study(tmp_path, companies=f"companies: {book.name}\n"))
    c17, c18 = study.companies
    assert (c17.id, c17.name, c17.contacts.phone) == ("17", "Цветы", "79161234567")
    assert c17.attrs == {"employees": "12", "since": "2026-01-05", "inn": "0000000274"}
    assert (c18.id, c18.contacts.phone) == ("18", "+7 916 123-45-67")
    assert c18.attrs == {"employees": "3.5", "since": "2026-01-05 10:30", "inn": "7712345678"}


def test_a_workbook_problem_is_located_by_sheet_and_cell(tmp_path):
    book = write_book(tmp_path / "companies.xlsx", [
        ["id", "name", "segment", "timezone", "email"],
        [],
        ["c1", "One", "shops", "Europe/Moscow", "a@c1.example"],
        ["c2", "Two", "shops", "Europe/Moskow", "a@c2.example"],
    ])
    p = only_problem(write_study(tmp_path, companies=f"companies: {book.name}\n"))
    assert (p.file, p.sheet, p.line, p.column, p.field) == (str(book), "Компании", 4, 4, "companies[1].timezone")
    assert str(p).startswith(f"{book}:Компании!D4: companies[1].timezone: unknown time zone")


def test_a_named_sheet_is_read_and_an_unknown_one_lists_the_sheets(tmp_path):
    rows = [["id", "name", "segment", "email"], ["c1", "One", "shops", "a@c1.example"]]
    book = write_book(tmp_path / "companies.xlsx", [["notes"]], title="Readme", more_sheets={"2026": rows})
    study = load_study(write_study(tmp_path, companies=f"companies: {{file: {book.name}, sheet: 2026}}\n"))
    assert [c.id for c in study.companies] == ["c1"]
    p = only_problem(write_study(tmp_path, companies=f"companies: {{file: {book.name}, sheet: Лист1}}\n"))
    assert p.field == "companies.sheet" and "Лист1" in p.message and "Readme, 2026" in p.message


@pytest.mark.parametrize("sep, word", [(";", "semicolon"), ("\t", "tab")])
def test_a_csv_pasted_into_one_column_of_a_sheet_is_named(tmp_path, sep, word):
    rows = [[sep.join(["id", "name", "segment"])], [sep.join(["c1", "One", "shops"])]]
    book = write_book(tmp_path / "companies.xlsx", rows)
    p = only_problem(write_study(tmp_path, companies=f"companies: {book.name}\n"))
    assert (p.file, p.line) == (str(book), 1)
    assert "missing column(s) id, name, segment" in p.message and word in p.message
