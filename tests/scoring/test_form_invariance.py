"""What a reply is must not depend on its form: the same answer sent as HTML paragraphs, with a company signature
added under the person's own, or with a device line, is read as the same kind with the same own words.

Run over the training rows of every corpus in bench/corpus (answers and redirects, where the own words decide),
each rebuilt from its decoded text with its own headers, so that only the form changes. Held-out rows are not
used: they stay for measuring.
"""

from __future__ import annotations

import csv
import email
import email.policy
import html
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from scoring.mime import decode
from scoring.understand import judge, understand

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus"
BODY_HEADERS = {"content-type", "content-transfer-encoding", "mime-version"}
SIGNATURE = {"ru": "\n\nС уважением,\nОльга Петрова\nменеджер по работе с клиентами\nООО «Ромашка»\n+7 (495) 123-45-67"
                   "\nwww.romashka.example.ru",
             "en": "\n\nBest regards,\nOlga Petrova\nCustomer Care Manager\nRomashka LLC\n+1 555 0100\n"
                   "www.romashka.example"}
DEVICE = {"ru": "\n\nОтправлено из мобильной Почты Mail.ru", "en": "\n\nSent from my iPhone"}


def rebuild(original, text: str, subtype: str = "plain") -> bytes:
    message = MIMEText(text, subtype, "utf-8")
    del message["MIME-Version"]
    for name, value in original.items():
        if name.lower() not in BODY_HEADERS:
            message[name] = value
    message["MIME-Version"] = "1.0"
    return message.as_bytes()


def as_html(text: str) -> str:
    """Each paragraph a <p>, each line in it a <br>: how a web mailer or a helpdesk sends the same words."""
    return "<html><body>" + "".join(
        "<p>" + "<br>".join(html.escape(line) for line in para.split("\n")) + "</p>"
        for para in text.split("\n\n")) + "</body></html>"


def under_the_reply(text: str, own: str, closing: str, added: str) -> str | None:
    """`added` right under the reply's own words and its sign-off, where a server or a phone puts it."""
    at = 0
    for line in [*own.strip().split("\n"), *closing.strip().split("\n")]:  # each line of them, in turn, in the text
        if line.strip():
            found = text.find(line.strip(), at)
            if found < 0:
                return None
            at = found + len(line.strip())
    return text[:at] + added + text[at:] if at else None


def same_words(got: str, base, signed: bool) -> bool:
    """The same own words; under a second signature, the pleasantry line between the answer and the first
    valediction («Спасибо, что выбрали нас!») may stay with the answer, as the corpus README keeps such lines."""
    def flat(text: str) -> str:
        return " ".join(text.split())

    if flat(got) == flat(base.text):
        return True
    *rest, last = got.strip().split("\n")
    return signed and last.strip() in [line.strip() for line in base.closing.split("\n")] and \
        flat("\n".join(rest)) == flat(base.text)


def rows():
    for manifest in sorted(CORPUS.glob("*/manifest.csv")):
        with manifest.open(newline="", encoding="utf-8-sig") as fh:
            for row in csv.DictReader(fh):
                if row.get("split") == "train" and row["kind"] in ("human", "redirect"):
                    yield manifest.parent / row["file"], row["kind"]


def test_the_corpus_is_there():
    assert sum(1 for _ in rows()) > 500  # the test below must not pass for want of rows


def test_a_reply_is_read_the_same_whatever_its_form():
    changed = []
    for path, kind in rows():
        raw = path.read_bytes()
        original = email.message_from_bytes(raw, policy=email.policy.compat32)
        if original.is_multipart() and original.get_content_type() != "multipart/alternative":
            continue  # attachments and reports: rebuilt from the text alone they would be other messages
        text = decode(raw).text
        base = understand(rebuild(original, text))
        verdict = judge(base).kind
        if verdict != kind:
            continue  # a miss already: the corpus floors (test_corpus.py) hold those
        lang = "ru" if any("\u0400" <= c <= "\u04ff" for c in text) else "en"
        variants = {"html": rebuild(original, as_html(text), "html")}
        for name, added in (("signature", SIGNATURE[lang]), ("device", DEVICE[lang])):
            moved = under_the_reply(text, base.text, base.closing, added)
            if moved is not None:
                variants[name] = rebuild(original, moved)
        for name, variant in variants.items():
            u = understand(variant)
            if judge(u).kind != verdict or not same_words(u.text, base, name == "signature"):
                changed.append(f"{path.parent.name}/{path.name} {name}: {verdict} -> {judge(u).kind}, "
                               f"{u.text[:80]!r}")
    assert not changed, "\n".join(changed)


@pytest.mark.parametrize("markup", [
    "<p>Please use the chat on our site.</p><p>Regards,<br>Jacob<br>Oak &amp; Thread</p><p>Sale: 10% off!</p>",
    "<div><p>Please use the chat on our site.</p><p>Regards,<br>Jacob<br>Oak &amp; Thread</p></div>",
])
def test_html_paragraphs_are_set_off_like_plain_text_paragraphs(markup):
    from scoring.htmltext import html_to_text

    text = html_to_text(markup)
    assert "site.\n\nRegards," in text
    word = html_to_text('<p class=MsoNormal>Line one</p><p class=MsoNormal>Line two</p>')
    assert word == "Line one\nLine two"  # Outlook's lines are lines, not paragraphs
