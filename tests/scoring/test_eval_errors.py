"""`audit eval-corpus --errors` and `--split`: a researcher audits the classifier on their own labelled set, miss by
miss, and reports a held-out split apart."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from audit.cli.app import app

PLAIN = "Content-Type: text/plain; charset=utf-8\r\nMIME-Version: 1.0\r\n"


def folder(tmp_path):
    messages = {
        "a.eml": "From: info@shop.example\r\nSubject: Re: Самовывоз\r\n" + PLAIN +
                 "\r\nЗдравствуйте! Пункт работает до 20:00.\r\n",
        "b.eml": "From: info@shop2.example\r\nSubject: Re: Самовывоз\r\n" + PLAIN +
                 "\r\nДобрый день! Работаем до 21:00, заказ можно оформить на сайте.\r\n",
    }
    for name, text in messages.items():
        (tmp_path / name).write_bytes(text.encode("utf-8"))
    (tmp_path / "manifest.csv").write_text(
        "file,kind,expected_reply,split\n"
        "a.eml,ack,Здравствуйте! Пункт работает до 20:00.,train\n"  # labelled wrong on purpose: a kind miss
        "b.eml,human,Добрый день! Работаем до 22:00 заказ можно оформить на сайте.,heldout\n",  # an extraction miss
        encoding="utf-8")
    return tmp_path


def test_errors_list_every_miss_with_the_predicted_kind_and_a_word_diff(tmp_path):
    d = folder(tmp_path)
    out = CliRunner().invoke(app, ["eval-corpus", str(d), "--manifest", str(d / "manifest.csv"), "--errors"],
                             env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.output
    assert "a.eml: ack → human" in out.output
    assert "b.eml:" in out.output and "[-22:00-] {+21:00,+}" in out.output
    data = json.loads(CliRunner().invoke(app, ["eval-corpus", str(d), "--manifest", str(d / "manifest.csv"),
                                               "--errors", "--json"]).output)
    assert data["errors"]["kinds"] == [{"file": "a.eml", "expected": "ack", "predicted": "human"}]
    assert [e["file"] for e in data["errors"]["extraction"]] == ["b.eml"]


def test_a_split_is_measured_apart(tmp_path):
    d = folder(tmp_path)
    held = json.loads(CliRunner().invoke(app, ["eval-corpus", str(d), "--manifest", str(d / "manifest.csv"),
                                               "--split", "heldout", "--json"]).output)
    assert held["split"] == "heldout" and held["extraction"]["n"] == 1 and held["kinds"]["human"]["n"] == 1
    assert "ack" not in held["kinds"]
    wrong = CliRunner().invoke(app, ["eval-corpus", str(d), "--manifest", str(d / "manifest.csv"), "--split", "x"])
    assert wrong.exit_code == 1 and "its splits: heldout, train" in wrong.output


STUDY = str(__import__("pathlib").Path(__file__).resolve().parents[2] / "studies" / "demo.yaml")


def test_with_a_study_each_reply_is_judged_with_the_points_of_the_script_it_answers(tmp_path):
    """As the watcher judges: weak automatic signs give way where the reply answers the script's points, which only a
    study can say; the script is the one whose subject the reply's subject carries, or the row's segment column."""
    bulk = "From: info@shop.example\r\nTo: anatoly+t1@shopper.example\r\nPrecedence: bulk\r\n" + PLAIN
    (tmp_path / "a.eml").write_bytes(
        (bulk.replace("Precedence", "Subject: =?utf-8?b?UmU6INCh0LDQvNC+0LLRi9Cy0L7QtyDRgdC10LPQvtC00L3Rjw==?=\r\n"
                      "Precedence") + "\r\nДоставка сегодня возможна.\r\n").encode())
    (tmp_path / "b.eml").write_bytes((bulk.replace("Precedence", "Subject: Re: question\r\nPrecedence") +
                                      "\r\nДоставка сегодня возможна.\r\n").encode())
    (tmp_path / "manifest.csv").write_text("file,kind,segment\na.eml,human,\nb.eml,human,\n", encoding="utf-8")
    args = ["eval-corpus", str(tmp_path), "--manifest", str(tmp_path / "manifest.csv"), "--json", "--errors"]
    alone = json.loads(CliRunner().invoke(app, args).output)
    assert alone["kinds"]["human"]["recall"] == 0.0 and "study" not in alone  # no points: the signs decide
    judged = json.loads(CliRunner().invoke(app, [*args, "--study", STUDY]).output)
    # a.eml's subject is the shops script's («Re: Самовывоз сегодня»): «сегодня» answers same_day_delivery;
    # b.eml's subject matches no script: judged without points, and counted
    assert judged["study"] == {"scripted": 1, "unscripted": 1}
    assert judged["errors"]["kinds"] == [{"file": "b.eml", "expected": "human", "predicted": "autoreply"}]
    text = CliRunner().invoke(app, [*args[:-2], "--study", STUDY], env={"COLUMNS": "200"}).output
    assert "1 matched no script of the study" in text and "b.eml" in text
    # the segment column names the script instead of the subject
    (tmp_path / "manifest.csv").write_text("file,kind,segment\na.eml,human,\nb.eml,human,shops\n", encoding="utf-8")
    judged = json.loads(CliRunner().invoke(app, [*args, "--study", STUDY]).output)
    assert judged["study"] == {"scripted": 2, "unscripted": 0} and judged["kinds"]["human"]["recall"] == 1.0
    (tmp_path / "manifest.csv").write_text("file,kind,segment\na.eml,human,shop\n", encoding="utf-8")
    wrong = CliRunner().invoke(app, [*args, "--study", STUDY])
    assert wrong.exit_code == 1 and "a.eml" in wrong.output and "shops" in wrong.output, wrong.output
