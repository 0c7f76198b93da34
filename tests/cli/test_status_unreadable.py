"""`audit status` counts the messages no one could read yet (kind unreadable: hostile or broken MIME, kept for a
person, scoring/mimelimits.py), per channel, matched to a probe or not, and says which command lists them. On
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from typer.testing import CliRunner

from audit.cli.app import app
from tests.helpers import mime
from tests.helpers.pipeline import sent_wave, store_replies

runner = CliRunner()


def test_status_counts_unreadable_messages_per_channel_and_says_how_to_review_them(tmp_path, db):
    pipe = sent_wave(tmp_path, db)
    first, second, _ = pipe.probes(status="sent")
    threaded = "From: s@{host}\r\nSubject: Re: {subject}\r\nIn-Reply-To: {mid}\r\nMIME-Version: 1.0\r\n"
    at = first.sent_at + timedelta(minutes=30)
    store_replies(pipe, [  # 60 levels deep: beyond the MIME limit (50), so not read
        (at, threaded.format(host=first.contact.split("@")[1], subject=first.subject, mid=first.message_id).encode()
         + mime.nested(60)),
        (at, b"From: nobody@elsewhere.example\r\nSubject: hello\r\nMIME-Version: 1.0\r\n" + mime.nested(60)),
        (at, threaded.format(host=second.contact.split("@")[1], subject=second.subject, mid=second.message_id).encode()
         + "Content-Type: text/plain; charset=utf-8\r\n\r\nРаботаем до 20:00.\r\n".encode()),
    ])

    shown = runner.invoke(app, ["status", str(pipe.study_path), "--db", str(db)], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert "unreadable messages (2)" in shown.output
    assert ("email: 2 (1 of a probe: audit score STUDY --channel email; 1 unmatched: audit score STUDY --unmatched)"
            in shown.output)

    clean = tmp_path / "clean"
    clean.mkdir()
    fresh = sent_wave(clean)
    quiet = runner.invoke(app, ["status", str(fresh.study_path), "--db", str(clean / "a.db")],
                          env={"COLUMNS": "200"})
    assert quiet.exit_code == 0 and "unreadable" not in quiet.output  # none: nothing said
