"""`audit eval-corpus`: the figures can be reproduced on any labelled folder, including ones the code never saw."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from audit.cli.app import app
from tests.helpers.studies import ROOT

CORPORA = ROOT.parent / "shared" / "corpora"  # shared/ beside the repository
pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason=f"the shared corpora are not at {CORPORA}")


def run(*args: str):
    return CliRunner().invoke(app, ["eval-corpus", *args])


def test_sisimai_bounces_and_talon_extraction_meet_their_targets():
    bounce = run(str(CORPORA / "sisimai"), "--manifest", str(CORPORA / "sisimai/manifest.csv"), "--json")
    assert bounce.exit_code == 0, bounce.output
    kinds = json.loads(bounce.output)["kinds"]
    assert kinds["bounce"]["n"] == 530
    assert kinds["bounce"]["precision"] >= 0.99 and kinds["bounce"]["recall"] >= 0.99
    assert kinds["autoreply"]["recall"] == 1.0 and kinds["complaint"]["recall"] == 1.0
    talon = run(str(CORPORA / "talon"), "--manifest", str(CORPORA / "talon/manifest.csv"), "--json")
    extraction = json.loads(talon.output)["extraction"]
    assert extraction["n"] == 21 and extraction["accuracy"] >= 0.95


def test_a_new_labelled_folder_with_russian_kinds(tmp_path):
    plain = "Content-Type: text/plain; charset=utf-8\r\n"
    from email.header import Header

    ack_subject = Header("Ваше обращение зарегистрировано [#421]", "utf-8").encode()
    messages = {
        "ack.eml": ("ack", f"From: support@shop.example\r\nSubject: {ack_subject}\r\nAuto-Submitted: auto-replied\r\n"
                           f"{plain}\r\nВаше обращение №421 зарегистрировано."),
        "redirect.eml": ("redirect", f"From: a@shop.example\r\nSubject: Re: q\r\n{plain}\r\n"
                                     "Здравствуйте! Позвоните нам по телефону +7 495 000-00-00."),
        "human.eml": ("human", f"From: a@shop.example\r\nSubject: Re: q\r\n{plain}\r\n"
                               "Работаем до 20:00, заказ оформим сегодня.\r\n\r\n"
                               "пн, 7 дек. 2026 г. в 11:23, Анатолий <a@b.example>:\r\n> До скольки работаете?"),
    }
    import csv

    with (tmp_path / "m.csv").open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["file", "kind", "expected_reply"])
        for name, (kind, text) in messages.items():
            (tmp_path / name).write_bytes(text.encode())
            out.writerow([name, kind, "Работаем до 20:00, заказ оформим сегодня." if kind == "human" else ""])
    result = run(str(tmp_path), "--manifest", str(tmp_path / "m.csv"), "--json")
    data = json.loads(result.output)
    assert {k: (v["precision"], v["recall"]) for k, v in data["kinds"].items()} == {
        "ack": (1.0, 1.0), "redirect": (1.0, 1.0), "human": (1.0, 1.0)}
    assert data["extraction"] == {"accuracy": 1.0, "n": 1}


def test_a_bad_manifest_is_a_clear_error(tmp_path):
    (tmp_path / "m.csv").write_text("name,label\nx,y\n", encoding="utf-8")
    result = run(str(tmp_path), "--manifest", str(tmp_path / "m.csv"))
    assert result.exit_code == 1 and "needs a `file` column" in result.output


def test_extraction_is_judged_against_the_expectation_not_the_extractor(monkeypatch):
    """An extractor that loses the reply must score badly: the expectation is never passed through it."""
    import scoring.text

    monkeypatch.setattr(scoring.text, "reply_text", lambda raw: "")
    talon = run(str(CORPORA / "talon"), "--manifest", str(CORPORA / "talon/manifest.csv"), "--json")
    assert json.loads(talon.output)["extraction"]["accuracy"] == 0.0
    from scoring.evaluate import same_reply

    assert same_reply("Thanks!", "Thanks!\n\n-- \nBob\nACME")
    assert same_reply("Yes, see you then.", "Yes, see you then.\n\nSent from my iPhone")
    assert not same_reply("Yes", "Yes, see you then.")
