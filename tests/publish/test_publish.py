"""`audit publish`: a replication package whose README lists every file with its right checksum, and which, when
pseudonymised, holds none of the study's company names, ids, contacts or persona names, in any file and any word
form."""

from __future__ import annotations

import hashlib
import html
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from audit.cli.app import app
from audit.publish import publish
from audit.publish.pseudonyms import Pseudonyms
from audit.publish.redact import Identities
from audit.report.figures import Options
from audit.store.database import Store
from audit.study.load import load_study
from tests.helpers import reportstudy
from tests.helpers.studies import ROOT

KEY = "k" * 8 + "0123456789abcdef"
OTHER_KEY = "z" * 8 + "fedcba9876543210"
FAST = Options(resamples=100)
runner = CliRunner()
# what companies and people wrote back: every kind of identity the package must lose
REPLY = ("Здравствуйте, Анатолий! Анатолию ответим сегодня; АНАТОЛИЯ ждём в магазине Компания 2 (в Компании 2 "
         "всегда рады). Звоните +7 (495) 123-45-67 или 8 916 555-12-34, пишите olga.smirnova@c0002.example или "
         "в vk.com/club2, сайт https://c0002.example/help. Спросите olga.smirnova. С уважением, Мария Петровна "
         "Иванова, c0002")


@pytest.fixture(scope="module")
def study(tmp_path_factory):
    """A small generated study whose replies and notes are full of names, addresses and numbers."""
    tmp = tmp_path_factory.mktemp("study")
    study_path, db = reportstudy.write(tmp, shops=12, services=12, platforms=2)
    companies = tmp / "companies.csv"  # a person's mailbox as a contact: its local part is a name
    companies.write_text(companies.read_text(encoding="utf-8").replace("info@c0002.example",
                                                                       "olga.smirnova@c0002.example"),
                         encoding="utf-8")
    store = Store(str(db))
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE reply SET text = :t, subject = :s, from_addr = :f, account = :a, "
                          "message_id = :m, kind_reasons = :r WHERE id IN (SELECT min(id) FROM reply GROUP BY "
                          "probe_id)"),
                     {"t": REPLY, "s": "Re: Вопрос от Анатолия (Компания 2)", "f": "Мария <maria@c0002.example>",
                      "a": "anatoly@shopper.example", "m": "<x1@c0002.example>", "r": '["signed by Мария"]'})
        conn.execute(text("UPDATE score SET reasons = :r WHERE rater != 'auto'"),
                     {"r": '["Анатолию не ответили, см. c0002.example"]'})
        conn.execute(text("UPDATE probe SET last_error = :e WHERE id = 1"),
                     {"e": "550 olga.smirnova@c0002.example: no such user"})
    return study_path, db


def _publish(study, directory: Path, key: str | None = None):
    study_path, db = study
    return publish(Store(str(db)), load_study(study_path), directory, now=reportstudy.NOW,
                   key=None if key is None else key.encode(), options=FAST)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_package_holds_every_file_its_readme_lists_with_its_checksum(study, tmp_path, monkeypatch):
    out = tmp_path / "package"
    monkeypatch.setenv("AUDIT_CLOCK", f"fixed:{reportstudy.NOW.isoformat()}")
    result = runner.invoke(app, ["publish", str(study[0]), str(out), "--db", str(study[1])])
    assert result.exit_code == 0, result.output
    # the tables, the report, the method and the README: 10 files; and 7 figures with their captions
    assert "package of 18 files written to" in result.output and "sha256sum -c SHA256SUMS" in result.output
    readme = (out / "README.md").read_text(encoding="utf-8")
    listed = dict(re.findall(r"^\| `([^`]+)` \| .* \| `([0-9a-f]{64})` \|$", readme, re.M))
    on_disk = {str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()}
    assert set(listed) | {"README.md", "SHA256SUMS"} == on_disk
    assert {"tables/probes.csv", "tables/replies.csv", "tables/scores.csv", "tables/companies.csv",
            "tables/codebook.csv", "tables/codebook.md", "report/report.html", "report/report.json",
            "method.md"} <= set(listed)
    for name, digest in listed.items():
        assert _sha256(out / name) == digest, name
    sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True, text=True)
    assert sums.returncode == 0, sums.stdout + sums.stderr
    assert "README.md: OK" in sums.stdout and len(sums.stdout.splitlines()) == len(on_disk) - 1
    assert "Generated <study> & truth" in readme and "10.XXXX/FILL-IN" in readme and "audit 0.1.0" in readme
    assert "figures/response-times-by-channel.svg" in listed and "figures/captions.md" in listed
    assert ET.parse(out / "figures" / "response-times-by-channel.svg").getroot().tag.endswith("svg")
    assert "Компания 2" in (out / "tables" / "companies.csv").read_text(encoding="utf-8")  # not pseudonymised
    assert json.loads((out / "report" / "report.json").read_text(encoding="utf-8"))["study"]["id"] == "gen"
    method = (out / "method.md").read_text(encoding="utf-8")
    stamp = json.loads((out / "report" / "report.json").read_text(encoding="utf-8"))["stamp"]["text"]
    assert f"Reproducibility stamp: {stamp}" in method and "reply window seconds" in method  # the prose, then settings


def _identities(study) -> dict[str, set[str]]:
    s = load_study(study[0])
    contacts = {str(v) for c in s.companies for v in c.contacts.model_dump().values() if v}
    contacts |= {c.mail_domain for c in s.companies} | {"anatoly@shopper.example", "maria@c0002.example",
                                                        "+7 (495) 123-45-67", "8 916 555-12-34", "123-45-67",
                                                        "vk.com/club2", "olga.smirnova", "<x1@c0002.example>"}
    return {"company name": {c.name for c in s.companies},
            "company id": {c.id for c in s.companies},
            "contact": contacts,
            "person": {"Анатолий", "Анатолию", "Анатолия", "анатолием", "anatoly", "Мария", "Петровна", "Иванова"}}


def _texts(path: Path) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    out = [raw, html.unescape(raw)]
    if path.suffix == ".json":
        out.append(json.dumps(json.loads(raw), ensure_ascii=False))
    return [t.lower() for t in out]


@pytest.fixture(scope="module")
def pseudonymised(study, tmp_path_factory):
    return _publish(study, tmp_path_factory.mktemp("pseudonymised") / "package", KEY)


def test_a_pseudonymised_package_holds_no_name_id_or_contact_of_the_study(study, pseudonymised):
    out = pseudonymised.directory
    assert pseudonymised.pseudonymised
    files = [p for p in out.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"report.html", "report.json", "replies.csv", "method.md", "README.md"}
    survived = []
    for path in files:
        texts = _texts(path)
        for what, values in _identities(study).items():
            survived += [(path.name, what, v) for v in values if any(v.lower() in t for t in texts)]
        if any(KEY.lower() in t for t in texts):
            survived.append((path.name, "the key", ""))
    assert survived == []
    replies = (out / "tables" / "replies.csv").read_text(encoding="utf-8")
    for marker in ("[name]", "[email]", "[phone]", "[url]"):
        assert marker in replies
    assert "from_addr" not in replies.splitlines()[0] and "account" not in replies.splitlines()[0]
    assert "Здравствуйте, [name]!" in replies and "ответим сегодня" in replies  # the rest of the text is kept
    companies = (out / "tables" / "companies.csv").read_text(encoding="utf-8").splitlines()
    assert all(re.match(r"company-[a-z]{10},gen,company-[a-z]{10},", row) for row in companies[1:])
    assert "rater-" in (out / "tables" / "scores.csv").read_text(encoding="utf-8")
    report = json.loads((out / "report" / "report.json").read_text(encoding="utf-8"))
    top = [r["company_id"] for rows in report["top"].values() for r in rows]
    assert top and all(cid.startswith("company-") for cid in top)
    assert "pseudonym" in (out / "tables" / "codebook.md").read_text(encoding="utf-8")
    assert "## Pseudonymised" in (out / "README.md").read_text(encoding="utf-8")


def test_a_company_named_in_a_sentence_of_the_report_becomes_its_pseudonym(study):
    study_path, db = study
    who = Identities(Store(str(db)), load_study(study_path), Pseudonyms(KEY.encode()))
    sentence = who.text("fastest: Компании 6 (anatoly wrote to info@c0006.example)")
    assert sentence == f"fastest: {who.pseudonym['c0006']} ([name] wrote to [email])"
    hostile = who.text('and <b>Shop 3</b> & "co"')  # from its first word to its last, whatever stands between
    assert who.pseudonym["c0003"] in hostile and "shop" not in hostile.lower()
    assert who.text("Компания 6") == who.text("c0006") == who.pseudonym["c0006"]
    assert who.text("anatoly") == who.persona_pseudonym["anatoly"]
    ours = "see docs/method.md §6: +12 (95% CI 3–20), 8 916 of 10 000 probes, 2026-04-01 09:00"
    assert who.text(ours) == ours  # the report's own words and figures are no contacts


def test_pseudonyms_are_the_same_with_the_same_key_and_differ_with_another(study, pseudonymised, tmp_path):
    again = _publish(study, tmp_path / "again", KEY).directory
    first = pseudonymised.directory
    names = sorted(str(p.relative_to(first)) for p in first.rglob("*") if p.is_file())
    assert names == sorted(str(p.relative_to(again)) for p in again.rglob("*") if p.is_file())
    for name in names:  # the same study and key: the same package, byte for byte
        assert (first / name).read_bytes() == (again / name).read_bytes(), name
    rows = (first / "tables" / "companies.csv").read_text(encoding="utf-8").splitlines()[1:]
    given = {row.split(",")[0] for row in rows}
    study_path, db = study
    other = Identities(Store(str(db)), load_study(study_path), Pseudonyms(OTHER_KEY.encode())).pseudonym
    same = Identities(Store(str(db)), load_study(study_path), Pseudonyms(KEY.encode())).pseudonym
    assert set(same.values()) == given and len(given) == 26
    assert not set(other.values()) & given



def test_publish_refuses_a_directory_that_is_not_new_or_empty_and_a_missing_key(study, tmp_path, monkeypatch):
    study_path, db = study
    full = tmp_path / "full"
    full.mkdir()
    (full / "old.csv").write_text("keep me", encoding="utf-8")
    result = runner.invoke(app, ["publish", str(study_path), str(full), "--db", str(db)])
    assert result.exit_code == 1 and "not empty" in result.output and "new or empty" in result.output
    assert [p.name for p in full.iterdir()] == ["old.csv"]

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = tmp_path / "link"
    link.symlink_to(elsewhere)
    result = runner.invoke(app, ["publish", str(study_path), str(link), "--db", str(db)])
    assert result.exit_code == 1 and "symbolic link" in result.output and not any(elsewhere.iterdir())

    monkeypatch.delenv("AUDIT_PSEUDONYM_KEY", raising=False)
    new = tmp_path / "new"
    result = runner.invoke(app, ["publish", str(study_path), str(new), "--pseudonymise", "--db", str(db)])
    assert result.exit_code == 2 and "AUDIT_PSEUDONYM_KEY is not set" in result.output
    assert "secrets.token_hex" in result.output and not new.exists()
    monkeypatch.setenv("MY_KEY", "short")
    result = runner.invoke(app, ["publish", str(study_path), str(new), "--pseudonymise", "--key-env", "MY_KEY",
                                 "--db", str(db)])
    assert result.exit_code == 2 and "MY_KEY" in result.output and "short" not in result.output.replace(
        "a short key", "")
    assert not new.exists()


def test_publish_is_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "audit publish" in readme and "--pseudonymise" in readme and "AUDIT_PSEUDONYM_KEY" in readme
    assert "audit publish" in (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")


def test_a_package_that_still_holds_an_identity_is_removed_not_kept(study, tmp_path, monkeypatch):
    from audit.errors import AuditError
    from audit.publish.pseudonyms import Cleaner

    monkeypatch.setattr(Cleaner, "clean", lambda self, value: value)  # a cleaner that misses everything
    out = tmp_path / "package"
    with pytest.raises(AuditError, match="still holds the study's identities") as caught:
        _publish(study, out, KEY)
    assert "tables/replies.csv: a persona's name" in str(caught.value)
    assert "Анатол" not in str(caught.value)  # the error names files and kinds, not the values
    assert out.is_dir() and not any(out.iterdir())


@pytest.mark.parametrize(("given", "cleaned"), [
    ("Звоните +7 (495) 123-45-67, 8 916 555-12-34 или 495 123 45 67.", "Звоните [phone], [phone] или [phone]."),
    ("Сайт https://shop.example/help. Или www.shop.example, shop.ru/x!", "Сайт [url]. Или [url], [url]!"),
    ("Пишите ivan@shop.example или @shop_bot", "Пишите [email] или [url]"),
    ("Уважаемая Мария Петровна, Вера Иванова ответит", "Уважаемая [name] [name], [name] [name] ответит"),
    ("Анатолию и анатолием ответили, Компании Ромашка тоже", "[name] и [name] ответили, [name] тоже"),
    ("Работаем 10:00–20:00, 08.12.2025 и 2025-12-08 выходной, заказ №123456 на 2 500 руб.",
     "Работаем 10:00–20:00, 08.12.2025 и 2025-12-08 выходной, заказ №123456 на 2 500 руб."),
    ("Ответит c0042, напишите info@x.example", "Ответит company-q, напишите [email]"),
])
def test_free_text_loses_contacts_and_names_and_keeps_the_rest(given, cleaned):
    from audit.publish.pseudonyms import Cleaner

    cleaner = Cleaner(["Анатолий", "Компания Ромашка"], ["club7"], {"c0042": "company-q"})
    assert cleaner.clean(given) == cleaned


def test_a_role_mailbox_is_no_name_and_a_persons_is():
    from audit.publish.pseudonyms import Cleaner

    assert Cleaner.local_parts(["info@a.example", "olga.smirnova@a.example", "club7"]) == {"olga.smirnova"}
