"""What the sandbox's simulated companies write: answers made from the study's own scripts, scored by the scoring
code as what they are meant to be (complete 4 or 3, partial 2, redirect), in the study's language."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from audit.sandbox.answers import Answers, language
from audit.sandbox.regexgen import sample
from audit.sandbox.simulate import respond, respond_text
from audit.study.load import load_study
from probes.base import chat_message
from scoring.understand import judge, understand
from tests.helpers.studies import ROOT, write_sandbox_study

SENT = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
TWO_WAVES = "waves:\n  - {name: w1, start: 2026-12-07}\n"


@pytest.mark.parametrize("pattern", [
    r"до\s+\d{1,2}([:.]\d{2})?", r"\d+\s*(₽|руб)", r"тариф\w*", r"\d+\s*(дн|день|дня|рабочих)",
    r"за\s+\w+\s+(час|день)", r"с\s+\d{1,2}\s+до\s+\d{1,2}", r"\d+(,\d+)?\s*%", r"\d+\s+рабоч\w+\s+д\w+",
    r"\$\s?\d+(\.\d{2})?", r"(ship|deliver)\w*\s+(with)?in\s+\d+\s+(business\s+)?days?", r"[A-Z]{2}-\d{4}",
    r"\b(free|no)\s+shipping\b", r"(\w+)@\1\.com", r"[^a-z]{3}", r"colou?r", r"(?<!\d)\d{3}(?!\d)", r"a.c+?d*e"])
def test_a_pattern_gives_a_text_it_finds(pattern):
    for seed in range(5):
        text, own_line = sample(pattern, random.Random(seed), "en")
        assert re.search(pattern, text, re.IGNORECASE | re.MULTILINE), (pattern, text)
        assert not own_line


def test_an_anchored_pattern_asks_for_a_line_of_its_own_and_a_conditional_cannot_be_made():
    text, own_line = sample(r"^\W*(\+?\d[\d\s()-]{8,}\d)\W*$", random.Random(1), "ru")
    assert own_line and re.fullmatch(r"\W*(\+?\d[\d\s()-]{8,}\d)\W*", text)
    assert sample(r"(a)?(?(1)b|c)", random.Random(1), "en") is None


def test_words_a_pattern_starts_are_completed_from_words_answers_use():
    assert sample(r"\d+\s+рабоч\w+\s+д\w+", random.Random(3), "ru")[0].split()[1] in ("рабочих", "рабочий")


def _probe(script, persona_name: str) -> EmailMessage:
    probe = EmailMessage()
    probe["From"] = f"{persona_name} <persona@shopper.example>"
    probe["To"] = "support@company.example"
    probe["Subject"] = script.subject or "question"
    probe["Date"] = "Mon, 07 Dec 2026 09:00:00 +0000"
    probe["Message-ID"] = "<probe-1@shopper.example>"
    probe.set_content(script.body)
    return probe


def _judged_mail(study, company, script, behaviour: str, kind: str | None, seed: int):
    persona = study.personas[0].name
    answers = Answers(study).for_company(company.segment, "email")
    mails = respond(company, behaviour, _probe(script, persona), SENT, random.Random(seed), answers, kind=kind)
    return [judge(understand(m.raw), script.points, persona) for m in mails]


def _judged_chat(study, company, script, behaviour: str, kind: str | None, seed: int):
    persona = study.personas[0].name
    answers = Answers(study).for_company(company.segment, "telegram")
    texts = respond_text(company, behaviour, SENT, random.Random(seed), persona, answers, kind=kind)
    return [judge(understand(chat_message(channel="telegram", peer="@shop", sender="@shop", text=text, at=at,
                                          message_id=str(seed))), script.points, persona) for at, text in texts]


def _studies(tmp_path):
    english = load_study(write_sandbox_study(tmp_path, waves=TWO_WAVES))
    return [load_study(ROOT / "studies" / "example.yaml"), english]


@pytest.mark.parametrize("judged", [_judged_mail, _judged_chat], ids=["email", "chat"])
def test_each_kind_of_answer_scores_as_meant_for_the_study_own_scripts(tmp_path, judged):
    for study in _studies(tmp_path):
        for script in study.scripts:
            company = next(c for c in study.companies if c.segment == script.segment)
            for seed in range(6):  # each draw picks other sentences, points and next steps
                complete = judged(study, company, script, "fast", "complete_personal", seed)
                assert [j.score for j in complete] == [4], (script.segment, complete)
                assert [j.score for j in judged(study, company, script, "fast", "complete", seed)] == [3]
                partial = judged(study, company, script, "fast", "partial", seed)
                assert [j.score for j in partial] == [2], (script.segment, partial)
                assert 0 < len(partial[0].flags.points_covered) < len(script.points)
                assert [j.kind for j in judged(study, company, script, "redirect", None, seed)] == ["redirect"]


def test_helpdesks_acknowledge_and_some_companies_never_answer(tmp_path):
    for study in _studies(tmp_path):
        script, company = study.scripts[0], study.companies[0]
        ack, answer = _judged_mail(study, company, script, "ack_then_human", "complete", 1)
        assert (ack.kind, ack.score) == ("ack", 0) and answer.score == 3
        assert [j.kind for j in _judged_mail(study, company, script, "autoreply", None, 1)] == ["autoreply"]
        assert _judged_mail(study, company, script, "silent", None, 1) == []
        assert _judged_chat(study, company, script, "silent", None, 1) == []


def test_answers_speak_the_study_language_and_about_its_question(tmp_path):
    russian, english = _studies(tmp_path)
    assert language(russian.scripts[0]) == "ru" and language(english.scripts[0]) == "en"
    rng = random.Random(2)
    said = " ".join(Answers(english).for_company("bookshops", "email").human("complete_personal", rng, "Anna Smith"))
    assert said.startswith("Hello Anna,") and re.search(r"in stock|available", said)
    assert "Здравствуйте" not in said and "Тариф" not in said
    said = " ".join(Answers(russian).for_company("shops", "email").human("complete_personal", rng, "Анатолий С"))
    assert said.startswith("Здравствуйте, Анатолий!") and "Тариф" not in said  # pickup, not the services' tariffs


def test_what_cannot_be_made_from_the_study_is_said_once(tmp_path):
    scripts = """\
scripts:
  - segment: bookshops
    channels: [email]
    subject: A book
    body: "Do you have this book in stock?"
    points:
      - {id: stock, description: whether the book is in stock, patterns: ['(a)?(?(1)b|c)']}
      - {id: when, phrases: [tomorrow], patterns: ['(x)?(?(1)y|z)']}
  - segment: "*"
    channels: [email]
    subject: A question
    body: "Hello, a question."
"""
    study = load_study(write_sandbox_study(tmp_path, waves=TWO_WAVES, scripts=scripts))
    answers = Answers(study)
    notes = "\n".join(answers.notes)
    assert len(answers.notes) == 3, notes
    assert "point stock" in notes and "its description" in notes  # and the answer states the description
    assert "point when" in notes and "its phrases" in notes
    assert "lists no points" in notes and "canned" in notes
    canned = " ".join(answers.for_company("anything", "email").human("complete", random.Random(1)))
    assert canned.startswith("Hello,") and "stock" not in canned
    text = " ".join(answers.for_company("bookshops", "email").human("complete", random.Random(1)))
    assert "whether the book is in stock" in text and "tomorrow" in text
