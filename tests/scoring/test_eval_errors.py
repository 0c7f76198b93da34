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
