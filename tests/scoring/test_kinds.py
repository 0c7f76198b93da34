"""scoring.kinds: bounces, auto-replies, helpdesk acks, complaints and delivery reports.

The sisimai corpus is read in place from shared/corpora (skipped if absent); Russian mail, which the corpus lacks,
is written inline below.
"""

from __future__ import annotations

import base64
import csv
import dataclasses
import email
import email.policy
import re

import pytest

from scoring import kinds
from scoring.kinddata import SCAN_LIMIT
from scoring.kinds import KINDS, Kind, classify_message
from scoring.mailparts import Mail
from tests.helpers.studies import ROOT

CORPORA = ROOT.parent / "shared" / "corpora"  # shared/ beside the repository
SISIMAI = CORPORA / "sisimai"


ADDRESS = re.compile(r"^[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(\.[\w-]+)+$", re.ASCII)
ACTION = re.compile(rb"^Action:\s*(\w+)", re.I | re.M)
SUBJECT = re.compile(rb"^Subject:(.*)$", re.I | re.M)
FINAL_RECIPIENT = re.compile(
    rb"^\s*(?:final|original)-recipient:\s*(?:rfc822\s*;)?\s*<?([^\s<>;]+@[^\s<>;]+?)>?\s*$", re.I | re.M
)


# ------------------------------------------------------------------------------------------------ the corpus


@pytest.fixture(scope="module")
def manifest() -> list[dict[str, str]]:
    if not (SISIMAI / "manifest.csv").is_file():
        pytest.skip(f"sisimai corpus not found at {SISIMAI} (shared/corpora is not checked out here)")
    with (SISIMAI / "manifest.csv").open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def verdicts(manifest) -> dict[str, tuple[bytes, Kind]]:
    out = {}
    for row in manifest:
        raw = (SISIMAI / row["file"]).read_bytes()
        out[row["file"]] = (raw, classify_message(raw))
    return out


def only_delayed(raw: bytes) -> bool:
    """Independent of the classifier: every DSN Action is "delayed", or (no Action at all) the first Subject
    announces a delay or a warning. Such a report says the message is still queued: not yet a failure."""
    actions = [a.lower() for a in ACTION.findall(raw)]
    if actions:
        return all(a == b"delayed" for a in actions)
    subject = SUBJECT.search(raw)
    return bool(subject and re.search(rb"delay|warning", subject.group(1), re.I))


def test_every_bounce_row_is_a_bounce(manifest, verdicts):
    wrong = []
    for row in manifest:
        raw, verdict = verdicts[row["file"]]
        if row["kind"] == "bounce" and verdict.kind != "bounce":
            wrong.append((row["file"], verdict))
    assert not wrong, wrong


def test_delay_reports_are_bounces_that_are_not_yet_failures(manifest, verdicts):
    delayed = [row["file"] for row in manifest if row["kind"] == "bounce" and only_delayed(verdicts[row["file"]][0])]
    assert len(delayed) >= 15  # the corpus has ~20 delay warnings, labelled "bounce"
    for name in delayed:
        verdict = verdicts[name][1]
        assert verdict.kind == "bounce" and verdict.permanent is False, (name, verdict)
        assert "delivery delayed" in verdict.reasons, (name, verdict)
        assert not verdict.is_answer
    failures = [v for row in manifest if row["kind"] == "bounce" and row["file"] not in delayed
                for v in [verdicts[row["file"]][1]] if v.kind == "bounce"]
    assert failures and all(v.permanent for v in failures)


def test_a_delivery_failure_a_person_forwarded_is_a_bounce_of_the_quoted_address(verdicts):
    """'Fwd: Returned mail' answers nothing; the address it reports dead is what a study needs."""
    verdict = verdicts["lhost-sendmail-14.eml"][1]
    assert verdict.kind == "bounce" and "forwarded by a person" in verdict.reasons
    assert (verdict.failed_address, verdict.status, verdict.permanent) == ("kijitora@example.com", "5.1.1", True)
    # a person forwarding an ordinary message, or one that only talks about a returned mail, is no bounce
    for subject, body in (("Fwd: Самовывоз", "> Работаем до 20:00"),
                          ("Fwd: Returned mail: see transcript", "Пересылаю, посмотрите, пожалуйста.")):
        raw = f"From: anna@shop.example\r\nSubject: {subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}"
        assert classify_message(raw.encode()).kind != "bounce", subject


def test_nothing_else_is_called_a_bounce(manifest, verdicts):
    wrong = [
        (row["file"], row["kind"], verdicts[row["file"]][1])
        for row in manifest
        if row["kind"] in ("autoreply", "delivered", "not-bounce", "complaint")
        and verdicts[row["file"]][1].kind == "bounce"
    ]
    assert not wrong, wrong


def test_bounce_precision_and_recall(manifest, verdicts):
    """Over the whole manifest, against its labels as written (every other labelled row is a negative)."""
    tp = fp = fn = 0
    for row in manifest:
        said = verdicts[row["file"]][1].kind == "bounce"
        truth = row["kind"] == "bounce"
        tp += said and truth
        fp += said and not truth
        fn += truth and not said
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"\nsisimai bounces: tp={tp} fp={fp} fn={fn} precision={precision:.4f} recall={recall:.4f}")
    assert precision >= 0.99
    assert recall >= 0.99


def test_other_labelled_kinds(manifest, verdicts):
    expected = {"autoreply": "autoreply", "complaint": "complaint", "delivered": "delivered", "not-bounce": "human"}
    wrong = [
        (row["file"], row["kind"], verdicts[row["file"]][1])
        for row in manifest
        if row["kind"] in expected and verdicts[row["file"]][1].kind != expected[row["kind"]]
    ]
    assert not wrong, wrong
    assert sum(row["kind"] == "autoreply" for row in manifest) >= 5


def _visible_text(raw: bytes) -> bytes:
    """The raw message plus every decoded part (a base64 bounce shows its address only once decoded)."""
    chunks = [raw]
    for part in email.message_from_bytes(raw, policy=email.policy.compat32).walk():
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            chunks.append(payload)
    return b"\n".join(chunks).lower()


def test_failed_address_of_every_user_unknown(manifest, verdicts):
    rows = [
        r for r in manifest if "userunknown" in r["reason"] and r["kind"] == "bounce"
    ]
    assert len(rows) >= 120
    for row in rows:
        raw, verdict = verdicts[row["file"]]
        address = verdict.failed_address
        assert address and ADDRESS.match(address), (row["file"], verdict)
        assert address.lower().encode() in _visible_text(raw), (row["file"], address)
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        declared = {f.lower().decode() for f in FINAL_RECIPIENT.findall(raw)}
        declared |= {a.lower() for _, a in email.utils.getaddresses([str(msg.get("X-Failed-Recipients", ""))]) if a}
        if declared:  # the report names the recipient itself
            assert address.lower() in declared, (row["file"], address, declared)
        else:  # found in the text: it must not be the bounce's own sender or receiver (that is us)
            own = {a.lower() for _, a in email.utils.getaddresses([str(msg.get("From", "")), str(msg.get("To", ""))])}
            assert address.lower() not in own, (row["file"], address)


def test_dsn_status_is_read(verdicts):
    raw, verdict = verdicts["lhost-receivingses-01.eml"]
    assert (verdict.kind, verdict.failed_address, verdict.status) == ("bounce", "userunknown@neko.example.jp", "5.1.1")
    assert "multipart/report delivery-status" in verdict.reasons


# ---------------------------------------------------------------------------------------------- own fixtures


def rfc2047(text: str, charset: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode()}?="


def ascii_header(value: str) -> str:
    if value.isascii():
        return value
    if "<" in value:  # a display name before an address: encode the name only
        name, _, rest = value.rpartition("<")
        return f"{rfc2047(name.strip(), 'utf-8')} <{rest}"
    return rfc2047(value, "utf-8")


def message(headers: list[tuple[str, str]], body: str = "Здравствуйте!\n", charset: str = "utf-8") -> bytes:
    head = "".join(f"{name}: {ascii_header(value)}\r\n" for name, value in headers)
    head += f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: 8bit\r\n"
    return head.encode("ascii") + b"\r\n" + body.replace("\n", "\r\n").encode(charset)


PROBE = [
    ("From", "Иван <ivan.petrov@probe.example>"),
    ("To", "ivan.petrov@probe.example"),
    ("Date", "Wed, 30 Apr 2025 15:19:00 +0300"),
    ("In-Reply-To", "<probe-1@probe.example>"),
]


def test_russian_auto_reply():
    raw = message(
        [
            ("From", "Анна <anna@shop.example>"),
            *PROBE[1:],
            ("Subject", rfc2047("Автоматический ответ: Вопрос о доставке", "utf-8")),
            ("Auto-Submitted", "auto-replied"),
            ("Message-ID", "<a1@shop.example>"),
        ],
        "Здравствуйте! Я в отпуске до 12 мая и отвечу после возвращения.\n",
    )
    verdict = classify_message(raw)
    assert verdict.kind == "autoreply"
    assert "subject: автоматический ответ" in verdict.reasons
    assert any(r.startswith("auto-submitted header") for r in verdict.reasons)
    assert not verdict.is_answer


@pytest.mark.parametrize("charset", ["koi8-r", "windows-1251"])
def test_encoded_russian_auto_reply_subject(charset):
    raw = message(
        [
            ("From", "support@shop.example"),
            *PROBE[1:],
            ("Subject", rfc2047("Автоответ: Re: Вопрос о доставке", charset)),
        ],
        "Спасибо за письмо.\n",
        charset=charset,
    )
    verdict = classify_message(raw)
    assert verdict.kind == "autoreply", verdict
    assert "subject: автоответ" in verdict.reasons


def test_raw_8bit_windows_1251_subject():
    head = b"From: support@shop.example\r\nTo: ivan.petrov@probe.example\r\nSubject: "
    raw = head + "Автоматический ответ".encode("cp1251") + b"\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
    assert classify_message(raw).kind == "autoreply"


def test_helpdesk_acknowledgement_with_ticket_number():
    raw = message(
        [
            ("From", "Служба поддержки <support@shop.example>"),
            *PROBE[1:],
            ("Subject", rfc2047("Ваше обращение №12345 зарегистрировано", "utf-8")),
            ("Message-ID", "<5f1e2a.12345@mail.usedesk.ru>"),
            ("Reply-To", "support@shop.usedesk.ru"),
        ],
        "Здравствуйте! Мы ответим в течение рабочего дня.\n",
    )
    verdict = classify_message(raw)
    assert (verdict.kind, verdict.ticket, verdict.helpdesk) == ("ack", "12345", "usedesk")
    assert not verdict.is_answer


def test_helpdesk_ack_in_the_body_of_automatic_mail():
    raw = message(
        [
            ("From", "support@shop.example"),
            *PROBE[1:],
            ("Subject", "Re: Вопрос о доставке"),
            ("Auto-Submitted", "auto-generated"),
            ("Message-ID", "<x@okdesk.ru>"),
        ],
        "Здравствуйте!\nВаша заявка № 777 принята. Специалист свяжется с вами.\n",
    )
    verdict = classify_message(raw)
    assert (verdict.kind, verdict.ticket, verdict.helpdesk) == ("ack", "777", "okdesk")


ZENDESK = [
    ("X-Mailer", "Zendesk Mailer"),
    ("X-Zendesk-From-Account-Id", "8f1c2d"),
    ("X-Zendesk-Email-Id", "01HX"),
    ("Auto-Submitted", "auto-generated"),
    ("Message-ID", "<8f1c2d_6630@support.shop.example>"),
]


def test_zendesk_human_answer_stays_human():
    raw = message(
        [
            ("From", "Анна (Магазин) <support@shop.zendesk.com>"),
            *PROBE[1:],
            ("Subject", "[Магазин] Re: Вопрос о доставке"),
            *ZENDESK,
        ],
        "##- Пожалуйста, введите свой ответ над этой строкой -##\n\nАнна (Магазин)\n\n"
        "Здравствуйте, Иван! Доставка по Москве занимает один день, курьер позвонит заранее.\n",
    )
    verdict = classify_message(raw)
    assert verdict.kind == "human", verdict
    assert verdict.helpdesk == "zendesk"
    assert "zendesk: automatic headers not decisive" in verdict.reasons
    assert verdict.is_answer


def test_zendesk_human_thanks_is_not_an_ack():
    raw = message(
        [("From", "support@shop.zendesk.com"), *PROBE[1:], ("Subject", "Re: Вопрос о доставке"), *ZENDESK],
        "Thank you for contacting us! Your parcel leaves the warehouse tomorrow morning.\n",
    )
    assert classify_message(raw).kind == "human"


@pytest.mark.parametrize("automatic, kind", [(False, "human"), (True, "ack")])
def test_thanks_for_contacting_subject_is_an_ack_only_when_automatic(automatic, kind):
    headers = [("From", "support@shop.example"), *PROBE[1:], ("Subject", "Спасибо за обращение!")]
    if automatic:
        headers.append(("Auto-Submitted", "auto-replied"))
    assert classify_message(message(headers, "Доставим завтра.\n")).kind == kind


def test_zendesk_acknowledgement_is_an_ack():
    raw = message(
        [("From", "support@shop.zendesk.com"), *PROBE[1:], ("Subject", "[Магазин] Re: Вопрос о доставке"), *ZENDESK],
        "Your request (4821) has been received and is being reviewed by our support staff.\n",
    )
    verdict = classify_message(raw)
    assert (verdict.kind, verdict.ticket, verdict.helpdesk) == ("ack", "4821", "zendesk")


def test_zendesk_out_of_office_by_subject():
    raw = message([("From", "anna@shop.example"), *PROBE[1:], ("Subject", "Out of Office: Вопрос"), *ZENDESK])
    assert classify_message(raw).kind == "autoreply"


def test_freshdesk_ticket_received():
    raw = message(
        [
            ("From", "Shop Support <support@shop.freshdesk.com>"),
            *PROBE[1:],
            ("Subject", "Ticket Received - [#42] Вопрос о доставке"),
            ("Message-ID", "<abc.42@shop.freshdesk.com>"),
        ],
        "Dear Ivan,\nWe would like to acknowledge that we have received your request and a ticket has been created.\n",
    )
    verdict = classify_message(raw)
    assert (verdict.kind, verdict.ticket, verdict.helpdesk) == ("ack", "42", "freshdesk")


def test_jira_service_management_fingerprint_and_key():
    raw = message(
        [
            ("From", "Support <jira@shop.atlassian.net>"),
            *PROBE[1:],
            ("Subject", "[JIRA] (SD-314) Вопрос о доставке"),
            ("X-JIRA-FingerPrint", "0f1e2d"),
            ("Auto-Submitted", "auto-generated"),
        ],
        "Ваш запрос SD-314 создан. Мы скоро ответим.\n",
    )
    verdict = classify_message(raw)
    assert (verdict.kind, verdict.helpdesk, verdict.ticket) == ("ack", "jira", "SD-314")


def dsn(action: str, status: str) -> bytes:
    return (
        "From: MAILER-DAEMON@mx.probe.example (Mail Delivery System)\r\n"
        "To: ivan.petrov@probe.example\r\n"
        "Subject: Delivery Status Notification\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain\r\n\r\nThe mail system at mx.probe.example.\r\n\r\n"
        "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.probe.example\r\n\r\n"
        f"Final-Recipient: rfc822; info@shop.example\r\nAction: {action}\r\nStatus: {status}\r\n\r\n"
        "--b1\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        "From: ivan.petrov@probe.example\r\nTo: info@shop.example\r\nSubject: Question\r\n\r\n"
        "--b1--\r\n"
    ).encode()


def test_dsn_delayed_is_not_yet_a_failure():
    verdict = classify_message(dsn("delayed", "4.4.7"))
    assert verdict.kind == "bounce" and verdict.permanent is False and not verdict.is_answer
    assert "delivery delayed" in verdict.reasons
    assert verdict.status == "4.4.7"


def test_dsn_failed_and_delivered():
    failed = classify_message(dsn("failed", "5.1.1"))
    assert (failed.kind, failed.failed_address, failed.status) == ("bounce", "info@shop.example", "5.1.1")
    assert classify_message(dsn("relayed", "2.0.0")).kind == "delivered"


def test_russian_plain_text_bounce():
    raw = message(
        [
            ("From", "Mail Delivery Subsystem <MAILER-DAEMON@mx.shop.example>"),
            ("To", "ivan.petrov@probe.example"),
            ("Subject", rfc2047("Недоставленное сообщение", "utf-8")),
            ("Return-Path", "<>"),
        ],
        "Ваше сообщение не доставлено.\n\nПочтовый ящик info@shop.example не существует.\n\n"
        "-----Исходное сообщение-----\nFrom: ivan.petrov@probe.example\nTo: info@shop.example\n",
    )
    verdict = classify_message(raw)
    assert (verdict.kind, verdict.failed_address) == ("bounce", "info@shop.example")
    assert "sender mailer-daemon" in verdict.reasons


def test_failed_address_is_the_one_next_to_the_failure():
    raw = message(
        [("From", "MAILER-DAEMON@mx.isp.example"), ("To", "ivan.petrov@probe.example"), ("Subject", "failure notice")],
        "This is the mail system at host mx.isp.example. For help, write to help@isp.example.\n\n"
        "<info@shop.example>: host mx.shop.example said: 550 5.1.1 User unknown\n\n"
        "Questions about this message: abuse@isp.example\n",
    )
    verdict = classify_message(raw)
    assert (verdict.kind, verdict.failed_address, verdict.status) == ("bounce", "info@shop.example", "5.1.1")


def test_x_failed_recipients_header():
    raw = message(
        [
            ("From", "Mail Delivery System <Mailer-Daemon@mx.shop.example>"),
            ("To", "ivan.petrov@probe.example"),
            ("Subject", "Mail delivery failed: returning message to sender"),
            ("X-Failed-Recipients", "sales@shop.example"),
        ],
        "A message that you sent could not be delivered to one or more of its recipients.\n",
    )
    verdict = classify_message(raw)
    assert (verdict.kind, verdict.failed_address) == ("bounce", "sales@shop.example")


def test_ses_json_notification_in_mail():
    body = (
        '{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":'
        '[{"emailAddress":"info@shop.example","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}]}}'
    )
    raw = message(
        [
            ("From", "no-reply@sns.amazonaws.com"),
            ("To", "ivan.petrov@probe.example"),
            ("Subject", "AWS Notification Message"),
        ],
        body,
    )
    verdict = classify_message(raw)
    assert (verdict.kind, verdict.failed_address, verdict.status) == ("bounce", "info@shop.example", "5.1.1")


def test_human_russian_reply_with_quote_stays_human():
    raw = message(
        [
            ("From", "Анна <anna@shop.example>"),
            *PROBE[1:],
            ("Subject", "RE: Вопрос о доставке"),
            ("X-Auto-Response-Suppress", "All"),
            ("Return-Path", "<anna@shop.example>"),
        ],
        "Иван, добрый день! Доставим завтра до 18:00.\n\n-----Исходное сообщение-----\n"
        "От: Иван <ivan.petrov@probe.example>\nТема: Вопрос о доставке\n\nЗдравствуйте! Когда доставка?\n",
    )
    verdict = classify_message(raw)
    assert verdict == Kind("human")
    assert verdict.is_answer


def test_read_receipt_is_not_an_answer():
    raw = (
        b"From: anna@shop.example\r\nTo: ivan.petrov@probe.example\r\nSubject: Read: question\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/report; report-type=disposition-notification; boundary="r"\r\n\r\n'
        b"--r\r\nContent-Type: text/plain\r\n\r\nYour message was read.\r\n"
        b"--r\r\nContent-Type: message/disposition-notification\r\n\r\n"
        b"Final-Recipient: rfc822; anna@shop.example\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n"
        b"--r--\r\n"
    )
    assert classify_message(raw).kind == "autoreply"


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\xff\xfe garbage without headers",
        b"Subject: =?utf-8?B?broken\r\nContent-Type: multipart/mixed\r\n\r\nno boundary at all\r\n--x\r\n",
        b'From: <\r\nTo: ,,,@@\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="z"\r\n\r\n'
        b"--z\r\nContent-Type: message/delivery-status\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!notbase64\r\n"
        b"--z\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"=ZZ=\xd0\xbf\xd1\x80\xd0\xb8 =\r\n",
        b'Content-Type: message/rfc822\r\n\r\nContent-Type: multipart/report; boundary="q"\r\n\r\n--q\r\n\r\n',
        b'From: x@y\r\nContent-Type: text/plain; charset="utf-8\r\nSubject: =?koi8-r?Q?=E1=?=\r\n\r\n\xe1\xd7\xd4',
        "Return-Path: <Ивасик@b>\r\nAuto-Submitted: авто\r\n".encode() + "X-Apple-Unsubscribe: да\r\n\r\n".encode(),
    ],
)
def test_broken_mime_never_raises(raw):
    verdict = classify_message(raw)
    assert isinstance(verdict, Kind) and verdict.kind in KINDS


def test_parser_failure_gives_an_unparsed_human(monkeypatch):
    def boom(*args, **kwargs):
        raise ValueError("cannot read this")

    monkeypatch.setattr(kinds.email, "message_from_bytes", boom)
    verdict = classify_message(b"From: a@b\r\n\r\nhi")
    assert verdict.kind == "human"
    assert verdict.reasons[0].startswith("unparsed: ValueError")


@pytest.fixture
def read_mail(monkeypatch) -> list[Mail]:
    """Every Mail that classification reads a message into: the text its phrase lists and address scans run on."""
    seen: list[Mail] = []
    real = Mail.read.__func__
    monkeypatch.setattr(Mail, "read", classmethod(lambda cls, msg: seen.append(real(cls, msg)) or seen[-1]))
    return seen


def _capped(mail: Mail) -> bool:
    return all(len(t) <= SCAN_LIMIT for t in (mail.text, mail.whole, *mail.plain, *mail.html))


def test_huge_body_is_capped(read_mail):
    """A bound on work by an input-size cap, observed (never timed): of a 5.6 MB body only SCAN_LIMIT characters
    are looked at, so the failure phrase beyond them is never seen."""
    body = ("Здравствуйте! " * 400_000) + "\nuser unknown\n"  # ~5.6 MB; the failure phrase lies past the scan limit
    raw = message([("From", "anna@shop.example"), *PROBE[1:], ("Subject", "Re: вопрос")], body)
    verdict = classify_message(raw)
    assert verdict.kind == "human"
    (mail,) = read_mail
    assert _capped(mail) and len(raw) > 80 * SCAN_LIMIT and "user unknown" not in mail.whole


BOUNCE_HEAD = (
    b"From: MAILER-DAEMON@mx.example\r\nTo: me@probe.example\r\nSubject: Undelivered Mail Returned to Sender\r\n"
    b"Content-Type: text/%s\r\n\r\nuser unknown "
)


@pytest.mark.parametrize(
    "raw",
    [
        BOUNCE_HEAD % b"plain" + b"a" * 200_000,  # one long token: no address to grow from
        BOUNCE_HEAD % b"plain" + b"a@" * 100_000,
        BOUNCE_HEAD % b"plain" + b"\n" * 300_000 + b"no such user",
        BOUNCE_HEAD % b"html" + b"<style>" * 50_000,
        BOUNCE_HEAD % b"html" + b"<" * 200_000,
    ],
    ids=["long-token", "many-at", "blank-lines", "unclosed-style", "open-angles"],
)
def test_pathological_text_stays_linear(raw, read_mail):
    """Texts that make naive scanners quadratic are read within the scan cap (observed, never timed; a hang is
    pytest-timeout's): every text classification scans is at most SCAN_LIMIT characters of a longer body."""
    verdict = classify_message(raw)
    assert verdict.kind == "bounce" and verdict.failed_address is None
    (mail,) = read_mail
    assert _capped(mail) and len(raw) > 3 * SCAN_LIMIT


def test_kind_is_frozen_and_data_is_loaded_once():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Kind("human").kind = "bounce"  # type: ignore[misc]
    assert kinds.phrases() is kinds.phrases()
    names = {vendor.name for vendor in kinds.helpdesks()[1]}
    assert {
        "zendesk",
        "jira",
        "freshdesk",
        "intercom",
        "helpscout",
        "usedesk",
        "omnidesk",
        "helpdeskeddy",
        "okdesk",
        "bitrix24",
    } <= names
    assert {
        "bounce_subjects",
        "bounce_body",
        "autoreply_subjects",
        "ack_subjects",
        "ack_body",
    } <= kinds.phrases().lists.keys()


def _judged(head: str, body: str, points=()):
    from scoring.understand import judge, understand

    raw = f"From: Анна <anna@shop.example>\r\n{head}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    return judge(understand(raw.encode()), list(points))


def test_a_person_answering_in_the_thread_an_acknowledgement_opened_is_an_answer():
    from email.header import Header

    for subject in ("Re: Ваше обращение №12345 зарегистрировано", "RE: Ваша заявка принята",
                    "[#42] Re: Ticket Received - [#42] Самовывоз", "Ответ: Мы получили ваше обращение"):
        got = _judged(f"Subject: {Header(subject, 'utf-8').encode()}", "Пункт самовывоза работает до 20:00.")
        assert got.kind == "human", (subject, got.reasons)
    # the acknowledgement itself, and an automatic one that answers in the thread, stay acknowledgements
    ack = Header("Ваше обращение №12345 зарегистрировано", "utf-8").encode()
    assert _judged(f"Subject: {ack}", "Ответим в течение дня.").kind == "ack"
    ack_re = Header("Re: Ваше обращение №12345 зарегистрировано", "utf-8").encode()
    assert _judged(f"Subject: {ack_re}\r\nAuto-Submitted: auto-replied", "Ответим в течение дня.").kind == "ack"


def test_weak_automatic_signs_give_way_to_an_answer_of_the_question():
    from audit.study.model import Point

    opening = Point(id="opening_time", phrases=["работать до"], patterns=[r"до\s+\d{1,2}[:.]\d{2}"])
    answer = "Я буду в отпуске с понедельника, поэтому отвечаю сейчас: пункт работает до 20:00."
    got = _judged("Subject: Re: Самовывоз", answer, [opening])
    from scoring.understand import understand

    u = understand(f"From: Анна <anna@shop.example>\r\nSubject: Re: Самовывоз\r\n\r\n{answer}".encode())
    # the answer overrules the away phrase: by the points it covers, or already by the fact it states
    assert got.kind == "human" and any("despite the automatic" in r for r in [*u.reasons, *got.reasons])
    for header in ("Precedence: list", "Precedence: bulk", "Auto-Submitted: auto-generated"):
        assert _judged(f"Subject: Re: Самовывоз\r\n{header}", "Работаем до 20:00.", [opening]).kind == "human"
        # the same signs on a message that answers nothing stay an auto-reply
        assert _judged(f"Subject: Re: Самовывоз\r\n{header}", "Ваше письмо получено.", [opening]).kind != "human"
    # an auto-responder's own header decides, whatever the text says
    assert _judged("Subject: Re: Самовывоз\r\nAuto-Submitted: auto-replied", answer, [opening]).kind == "autoreply"


@pytest.mark.parametrize("body", [
    "В отпуске до 14.12, почту не читаю.",
    "Здравствуйте! Ваше письмо пришло в нерабочее время. Мы работаем по будням с 10:00 до 19:00 и ответим в "
    "ближайший рабочий день.",
    "Добрый день! Я в отпуске до 15 декабря. В моё отсутствие по договорам вам поможет Анна: anna@shop.example.",
])
def test_a_points_words_in_an_away_notice_do_not_make_it_a_persons_answer(body):
    """Weak automatic signs give way to an answer of the question, but a point's words in the away notice itself
    (the date of return read as "until", the hours it will answer in, the colleague for contracts) answer nothing."""
    from audit.study.model import Point

    points = [Point(id="opening_time", patterns=[r"до\s+\d{1,2}([:.]\d{2})?", r"с\s+\d{1,2}\s+до\s+\d{1,2}"]),
              Point(id="contract_steps", phrases=["договор"])]
    for header in ("Precedence: bulk", "Auto-Submitted: auto-generated"):
        got = _judged(f"Subject: Re: Самовывоз\r\n{header}", body, points)
        assert got.kind == "autoreply", (header, got.reasons)


def test_phrase_lists_are_lower_case_and_match_any_case():
    """The lists are searched in lower-cased text without re.I (twice as fast): a capital letter written into a
    pattern would never match, so the data must not hold one; the text's own case must not matter."""
    import json
    from pathlib import Path

    folder = Path(kinds.__file__).parent / "data"
    data = json.loads((folder / "phrases.json").read_text("utf-8"))
    roles = json.loads((folder / "sentences.json").read_text("utf-8"))  # scoring.weigh searches them the same way
    data.update({name: roles[name] for name in ("receipt", "promise", "away", "hours")})
    data["redirect"] = roles["redirect"]["patterns"]
    chrome = json.loads((folder / "quote_headers.json").read_text("utf-8"))["chrome"]  # scoring.text's line chrome
    data.update({f"chrome {name}": chrome[name] for name in ("footers", "disclaimers", "markers", "comment_authors",
                                                               "comment_headers")})
    for name, patterns in data.items():
        if name.startswith("_") or name == "ticket_patterns":
            continue
        for pattern in patterns:
            literal = re.sub(r"\\[A-Za-z]", "", pattern)
            assert not re.search("[A-ZА-ЯЁ]", literal), f"{name}: {pattern} holds a capital letter"
    assert kinds.phrases().search("bounce_body", "550 USER UNKNOWN") is not None
    assert kinds.phrases().search("ack_body", "ВАШЕ ОБРАЩЕНИЕ №5 ЗАРЕГИСТРИРОВАНО") is not None


def test_the_one_pattern_of_all_helpdesk_domains_finds_one_wherever_a_vendors_own_pattern_does():
    from scoring.kinddata import any_helpdesk_domain

    for vendor in kinds.helpdesks()[1]:
        if vendor.domains is None:
            continue
        domain = vendor.domains.pattern.split("(?:", 1)[1].split(")", 1)[0].split("|")[0].replace("\\", "")
        for value in (f"<123@{domain}>", f"x@mail.{domain.upper()}", f"not{domain}", f"{domain}.evil.example"):
            if vendor.domains.search(value):  # the one pattern only says whether to ask each vendor's
                assert any_helpdesk_domain().search(value), (vendor.name, value)
        assert vendor.domains.search(f"<123@{domain}>") and not vendor.domains.search(f"not{domain}")


ADDRESS_VALUES = [
    "", "a@b.c", "Ivan Petrov <ivan@shop.ru>", '"Petrov, Ivan" <ivan@shop.ru>', '""<x@y.z>', "<x@y.z>",
    "Иван И. Петров <иван@магазин.рф>", "a@b.c, Ivan <d@e.f> , g@h.i", "a@b.c,", ",a@b.c", "a@b.c,,d@e.f",
    "a@b c", "a@b.c (Ivan)", "Ivan a@b.c", '"a b"@c.d', "undisclosed-recipients:;", "Team: a@b.c, d@e.f;",
    '"q\\"x" <a@b.c>', "<@route.x:a@b.c>", "a@[1.2.3.4]", "a@b@c.d", "a.@b.c", ".a@b.c", "a@b.", "a@b..c",
    "Ivan <a@b.c> <d@e.f>", "Ivan <a@b.c >", "Ivan <a@b.c", "<>", "Ivan", "a\\b@c.d", "Ivan.Petrov <a@b.c>",
]


@pytest.mark.parametrize("value", ADDRESS_VALUES)
def test_the_fast_address_reading_is_the_email_packages(value):
    from email.utils import getaddresses, parseaddr

    from scoring.mailparts import _address_list, _first_address

    assert _address_list(value) == getaddresses([value])
    assert _first_address(value) == parseaddr(value)


@pytest.mark.parametrize("value", [
    'text/plain; charset="utf-8"', "text/plain; charset=UTF-8", 'TEXT/HTML;\r\n\tCharset="koi8-r"', "text/plain",
    "text/plain; charset=utf-8; format=flowed", "text/plain; charset*=utf-8''x", 'text/plain; charset="a;b"',
    "text/plain; charset=", "text/plain; charset = utf-8", "text/plain; charset=utf-8 ", 'text/plain; charset="é"',
])
def test_the_plain_charset_reading_is_the_email_packages(value):
    from email.message import Message

    from scoring.mailparts import plain_charset

    part = Message()
    part["Content-Type"] = value
    found = plain_charset(value)
    if found is not None:  # None: the email package reads it
        assert found == part.get_param("charset") and found.lower() == part.get_content_charset()
        assert part.get_params()[1:] == [("charset", found)]


@pytest.mark.parametrize("value", [
    "<1@zendesk.com>", "support@Mail.ZENDESK.COM", "notzendesk.com", "zendesk.com.evil.example", "nothing here",
    "x@zendes\u212a.com", "x@bitrix24.ru", "usede\u017fk.ru", "",
])
def test_the_helpdesk_domain_shortcut_answers_as_the_search(value):
    from scoring.kinddata import any_helpdesk_domain, names_a_helpdesk_domain

    assert names_a_helpdesk_domain(value) == (any_helpdesk_domain().search(value) is not None)
