"""`audit status` counts the messages no one could read yet (kind unreadable: hostile or broken MIME, kept for a
person, scoring/mimelimits.py), per channel, matched to a probe or not, and says which command lists them. On
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from typer.testing import CliRunner

from audit.cli.app import app
from audit.collect.ingest import Ingest
from audit.collect.understanding import Understander
from probes.base import Batch, Incoming
from tests.helpers import mime
from tests.helpers.pipeline import Pipeline
from tests.helpers.studies import LATE, write_study

runner = CliRunner()
ME = "anatoly@shopper.example"


def test_status_counts_unreadable_messages_per_channel_and_says_how_to_review_them(tmp_path, smtp, db):
    study = write_study(tmp_path, smtp_port=smtp.port, imap_port=1)
    pipe = Pipeline(study, db, LATE)
    pipe.run()
    first, second, _ = pipe.probes(status="sent")
    threaded = "From: s@{host}\r\nSubject: Re: {subject}\r\nIn-Reply-To: {mid}\r\nMIME-Version: 1.0\r\n"
    raws = [  # 60 levels deep: beyond the MIME limit (50), so not read
        threaded.format(host=first.contact.split("@")[1], subject=first.subject, mid=first.message_id).encode()
        + mime.nested(60),
        b"From: nobody@elsewhere.example\r\nSubject: hello\r\nMIME-Version: 1.0\r\n" + mime.nested(60),
        threaded.format(host=second.contact.split("@")[1], subject=second.subject, mid=second.message_id).encode()
        + "Content-Type: text/plain; charset=utf-8\r\n\r\nРаботаем до 20:00.\r\n".encode(),
    ]
    Ingest(pipe.study, pipe.store, pipe.clock).add(Batch(ME, "INBOX", 1, 3, [
        Incoming(ME, "INBOX", 1, i + 1, first.sent_at + timedelta(minutes=30), raw) for i, raw in enumerate(raws)]))
    Understander(pipe.study, pipe.store, pipe.clock).run()

    shown = runner.invoke(app, ["status", str(study), "--db", str(db)], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert "unreadable messages (2)" in shown.output
    assert ("email: 2 (1 of a probe: audit score STUDY --channel email; 1 unmatched: audit score STUDY --unmatched)"
            in shown.output)

    clean = tmp_path / "clean"
    clean.mkdir()
    other = write_study(clean, smtp_port=smtp.port, imap_port=1)
    fresh = Pipeline(other, str(clean / "a.db"), LATE)
    fresh.run()
    quiet = runner.invoke(app, ["status", str(other), "--db", str(clean / "a.db")], env={"COLUMNS": "200"})
    assert quiet.exit_code == 0 and "unreadable" not in quiet.output  # none: nothing said
