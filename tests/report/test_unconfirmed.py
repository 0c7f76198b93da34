"""Probes "sent, unconfirmed" (a run stopped after handing the message over) are not silently counted as sent and
unanswered: the report shows them per channel and gives the answered share with them and without those that got
nothing back, saying which is which; an unconfirmed probe that got anything back left, and counts in both."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest
from typer.testing import CliRunner

from audit.cli.app import app
from audit.store.schema import Probe, Reply
from tests.helpers.studies import shops_by_email_and_phone

SENT = datetime(2025, 12, 8, 9, 0, tzinfo=UTC)
NOW = SENT + timedelta(days=30)  # every reply window over
# e-mail, per company: (confirmed, what came back). Phone: every probe confirmed, the first four answered.
EMAIL = [(True, "human"), (True, "human"), (True, "human"), (True, None),  # confirmed: 3 of 4 answered
         (False, None), (False, None),  # unconfirmed, nothing back: may never have left
         (False, "human"),  # unconfirmed and answered: it left, and is answered in both shares
         (False, "autoreply")]  # unconfirmed, an auto-reply: it left, unanswered in both


@pytest.fixture
def study(tmp_path):
    path, study, store = shops_by_email_and_phone(tmp_path, study_id="doubt", title="Unconfirmed sends",
                                                  companies=len(EMAIL), waves={"w1": (date(2025, 12, 8), None)},
                                                  personas={"anatoly": "Анатолий"})
    with store.session() as s:
        for i, company in enumerate(study.companies):
            for channel, confirmed, back in (("email", *EMAIL[i]), ("phone", True, "human" if i < 4 else None)):
                probe = Probe(study_id=study.id, wave="w1", company_id=company.id, channel=channel, persona="anatoly",
                              contact="x", planned_at=SENT, status="sent", sent_at=SENT, confirmed=confirmed,
                              token=f"{channel}{i}", body="?")
                s.add(probe)
                s.flush()
                if back:
                    reply = Reply(study_id=study.id, probe_id=probe.id, channel=channel, account="a", folder="INBOX",
                                  fingerprint=f"{channel}{i}", received_at=SENT + timedelta(hours=2), seen_at=NOW,
                                  kind=back, calendar_seconds=7200.0, raw=b"x")
                    s.add(reply)
                    s.flush()
                    probe.first_reply_id = reply.id
                    if back == "human":
                        probe.answer_reply_id, probe.response_seconds = reply.id, 7200.0
                    s.add(probe)
        s.commit()
    return path, tmp_path / "a.db"


def report(study, *args: str) -> str:
    path, db = study
    result = CliRunner().invoke(app, ["report", str(path), "--db", str(db), "--resamples", "100", *args],
                                env={"AUDIT_CLOCK": f"fixed:{NOW.isoformat()}", "COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    return result.stdout


def figures(study) -> dict[str, dict]:
    (breakdown,) = json.loads(report(study, "--format", "json"))["breakdowns"]
    return {r["channel"]: r for r in breakdown["rows"] if r["group"] == "all"}


def test_the_json_gives_both_shares_and_the_unconfirmed_per_channel(study):
    rows = figures(study)
    got = {ch: (r["sent"], r["answered"], r["unconfirmed"], r["unconfirmed_no_reply"], r["answered_share"]["value"],
                r["answered_share_without_unconfirmed"]["value"]) for ch, r in rows.items()}
    assert got == {"email": (8, 4, 4, 2, 4 / 8, 4 / 6),  # the two with nothing back are out of the second
                   "phone": (8, 4, 0, 0, 4 / 8, 4 / 8),
                   "all": (16, 8, 4, 2, 8 / 16, 8 / 14)}
    notes = json.loads(report(study, "--format", "json"))["notes"]
    assert any(n.startswith("4 probe(s) sent, unconfirmed (a run stopped after handing the message over), 2 of them "
                            "with no reply at all") for n in notes), notes


def test_the_text_report_shows_the_unconfirmed_and_says_which_share_is_which(study):
    text = report(study)
    lines = text.splitlines()
    at = lines.index(next(line for line in lines if "┃ share answered ┃" in line))
    header = [c.strip() for c in lines[at].split("┃")[1:-1]]
    assert header[7:10] == ["share answered", "unconfirmed", "share answered without unconfirmed"]
    shown = {}
    for line in lines[at + 2:at + 8]:  # the responses table's rows; the first two columns: channel, segment
        cells = [c.strip() for c in line.split("│")[1:-1]]
        if cells[1].startswith("all"):
            shown[cells[0]] = (cells[3], cells[6], *cells[7:10])
    assert shown == {"email": ("8", "4", "50%", "4 (2 no reply)", "67%"),
                     "phone": ("8", "4", "50%", "0", "50%"),
                     "all": ("16", "8", "50%", "4 (2 no reply)", "57%")}
    assert "'share answered' (answered_share) counts them as sent without an answer" in " ".join(text.split())
    md = report(study, "--format", "markdown")
    assert "| share answered | unconfirmed | share answered without unconfirmed |" in md
    table = list(csv.DictReader(io.StringIO(report(study, "--format", "csv"))))
    email = {r["metric"]: r["value"] for r in table
             if (r["section"], r["channel"], r["group"]) == ("breakdown", "email", "all")}
    assert (email["unconfirmed"], email["unconfirmed_no_reply"]) == ("4", "2")
    assert float(email["answered_share_without_unconfirmed"]) == pytest.approx(4 / 6)


def test_without_unconfirmed_probes_the_text_report_is_as_before(study):
    with sqlite3.connect(study[1]) as conn:
        conn.execute("UPDATE probe SET confirmed = 1")
    conn.close()
    text = report(study)
    assert "unconfirmed" not in text
    rows = figures(study)
    assert rows["email"]["unconfirmed"] == 0
    assert rows["email"]["answered_share"] == rows["email"]["answered_share_without_unconfirmed"]
    assert rows["email"]["answered_share"]["value"] == 4 / 8
