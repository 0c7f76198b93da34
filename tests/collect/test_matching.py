"""Matching rules of docs/method.md §4, strongest first, and the rule that matched is reported."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32

import pytest

from audit.collect.matching import Matcher, ProbeRef, normalize_subject
from scoring.understand import judge, understand

T0 = datetime(2025, 12, 8, 9, 0, tzinfo=UTC)
SHOP = ProbeRef(1, "shop-1", "<aaaa-1111@shopper.example>", "tok1111111", "Самовывоз сегодня", "shop.example", T0)
SHOP_OLD = ProbeRef(2, "shop-1", "<bbbb-2222@shopper.example>", "tok2222222", "Самовывоз сегодня", "shop.example",
                    T0 - timedelta(days=30))
OTHER = ProbeRef(3, "shop-2", "<cccc-3333@shopper.example>", "tok3333333", "Самовывоз сегодня", "other.example", T0)
SVC = ProbeRef(4, "svc-1", "<dddd-4444@shopper.example>", "tok4444444", "Тарифы и договор", "svc.example", T0)


@pytest.fixture
def matcher():
    return Matcher([SHOP, SHOP_OLD, OTHER, SVC], helpdesk_domains=["mydesk.example"])


def parse(text: str):
    raw = text.replace("\n", "\r\n").encode()
    return BytesHeaderParser(policy=compat32).parsebytes(raw), raw


def match(matcher, text):
    headers, raw = parse(text)
    m = matcher.match(headers, raw)
    return (m.probe.id if m.probe else None), (m.rule if m.probe else None)


def test_in_reply_to_wins_over_everything(matcher):
    assert match(matcher, "From: x@unrelated.example\nSubject: Тарифы и договор\n"
                          "In-Reply-To: <AAAA-1111@shopper.example>\n\nhi") == (1, "in-reply-to")


def test_references_chain(matcher):
    assert match(matcher, "From: a@b.example\nSubject: x\nReferences: <zz@x> <dddd-4444@shopper.example>\n\n"
                          ) == (4, "references")


def test_message_id_quoted_inside_a_bounce(matcher):
    text = ("From: MAILER-DAEMON@mx.example\nSubject: Undelivered\nContent-Type: multipart/report; "
            "report-type=delivery-status; boundary=b\n\n--b\nContent-Type: text/rfc822-headers\n\n"
            "Message-ID: <cccc-3333@shopper.example>\n--b--\n")
    assert match(matcher, text) == (3, "token")


def test_plus_address_token(matcher):
    assert match(matcher, "From: a@b.example\nTo: anatoly+tok4444444@shopper.example\nSubject: q\n\n") == (4, "token")


@pytest.mark.parametrize("subject", ["[#12345] Re: Самовывоз сегодня", "RE[2]: Самовывоз сегодня",
                                     "Ticket Received - [#42] Самовывоз сегодня", "Ответ: Отв: самовывоз сегодня",
                                     "Fwd: Re: Самовывоз  сегодня"])
def test_helpdesk_subject_from_company_domain(matcher, subject):
    # the same company was asked in two waves: the latest probe sent before the answer wins
    assert match(matcher, f"From: help@support.shop.example\nSubject: {subject}\n\n") == (1, "domain+subject")


def test_same_subject_from_another_domain_does_not_match(matcher):
    assert match(matcher, "From: help@stranger.example\nSubject: Re: Тарифы и договор\n\n") == (None, None)


def test_helpdesk_domain_matches_only_when_the_subject_is_unambiguous(matcher):
    assert match(matcher, "From: agent@mydesk.example\nSubject: Re: Тарифы и договор\n\n") == (4, "domain+subject")
    # "Самовывоз сегодня" went to two companies: a helpdesk domain cannot tell which
    assert match(matcher, "From: agent@mydesk.example\nSubject: Re: Самовывоз сегодня\n\n") == (None, None)


def test_subject_normalisation_keeps_the_question():
    assert normalize_subject("Re: [#77] Re: Тарифы и договор") == "тарифы и договор"
    assert normalize_subject("Reply to your question") == "reply to your question"


@pytest.mark.parametrize("headers, kind", [
    ("From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)"
     "\n\nDelivery to the following recipient failed permanently:\n\n     info@shop.example\n", "bounce"),
    ("Auto-Submitted: auto-replied\nSubject: Re: вопрос", "autoreply"),
    ("Subject: Автоматический ответ: Тарифы", "autoreply"),
    ("Subject: Ваше обращение зарегистрировано [#4521]", "ack"),
    ("Precedence: list\nSubject: Re: Тарифы", "autoreply"),
    ("X-Auto-Response-Suppress: All\nSubject: Re: Тарифы", "human"),  # a request not to auto-reply, not one
    # Zendesk marks human answers auto-generated too: the header alone does not make it an auto-reply
    ("X-Zendesk-From-Account-Id: 123\nAuto-Submitted: auto-generated\nSubject: Re: Тарифы", "human"),
])
def test_kinds_that_never_count_as_answers(headers, kind):
    sender = "" if headers.startswith("From:") else "From: a@b.example\n"
    body = "" if "\n\n" in headers else "\n\nТариф 990 руб. в месяц."
    got = judge(understand(f"{sender}{headers}{body}".encode()))
    assert got.kind == kind and got.is_answer == (kind == "human")


def munge(text: str, charset: str = "utf-8") -> str:
    """What Cyrus IMAP makes of a raw 8-bit header: each byte that is not ASCII becomes an X."""
    return "".join(c if c.isascii() else "X" * len(c.encode(charset)) for c in text)


@pytest.mark.parametrize("subject", [munge("Re: Самовывоз сегодня"), munge("Re: Самовывоз сегодня", "cp1251"),
                                     munge("Ответ: [#42] Самовывоз сегодня"), munge("RE: самовывоз сегодня")])
def test_a_subject_whose_8bit_bytes_the_server_rewrote_as_x_still_matches(matcher, subject):
    """A helpdesk's reply without thread headers, its subject sent as raw UTF-8 (or windows-1251) bytes, which
    Cyrus delivers with an X for each byte: matched by the company's domain as the intact subject is."""
    assert "Самовывоз" not in subject and "XXXX" in subject
    assert match(matcher, f"From: help@support.shop.example\nSubject: {subject}\n\n") == (1, "domain+subject")
    assert match(matcher, f"From: help@stranger.example\nSubject: {subject}\n\n") == (None, None)


def test_x_rewritten_subjects_that_two_probes_of_a_company_share_match_neither():
    price = ProbeRef(5, "shop-1", "<eeee-5555@shopper.example>", "tok5555555", "Вопрос о цене", "shop.example", T0)
    share = ProbeRef(6, "shop-1", "<ffff-6666@shopper.example>", "tok6666666", "Вопрос о доле", "shop.example", T0)
    both = Matcher([price, share])
    assert munge("Вопрос о цене") == munge("Вопрос о доле")
    assert match(both, f"From: a@shop.example\nSubject: Re: {munge('Вопрос о цене')}\n\n") == (None, None)
    assert match(both, "From: a@shop.example\nSubject: Re: Вопрос о цене\n\n") == (5, "domain+subject")
    # an ASCII subject with X's in it is never taken for a rewritten one
    assert match(both, "From: a@shop.example\nSubject: XXXXXX X XXXXXXXX\n\n") == (None, None)
