"""Simulated companies. Their mix follows the findings of the study the toolkit automates (docs/method.md: the study it
follows): about half never answer e-mail; some answer in minutes, most within hours, some only after a day; some
send a helpdesk acknowledgement first; some answer through a helpdesk that rewrites the subject and drops
In-Reply-To (one of them from the helpdesk's own domain, which cannot be matched and lands among unmatched
messages); some only redirect to the phone; one is on holiday (an auto-reply only); one address bounces and one is
refused.

Behaviours are assigned deterministically (by a hash of the company id, with quotas per segment), so every demo
run shows the same mix. What a person's answer says, and how complete it is (ANSWER_MIX), comes from the study's
own scripts (audit.sandbox.answers).
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid, parseaddr

from audit.sandbox.answers import Language, ScriptAnswers
from audit.study.model import Company, Study

# (behaviour, share) per segment; shares of a segment sum to 1. Services answer e-mail better than shops.
MIX = {
    "shops": [("silent", 0.45), ("fast", 0.08), ("hours", 0.14), ("next_day", 0.1), ("ack_then_human", 0.08),
              ("helpdesk", 0.05), ("redirect", 0.1)],
    "services": [("silent", 0.4), ("fast", 0.12), ("hours", 0.16), ("next_day", 0.08), ("ack_then_human", 0.1),
                 ("helpdesk", 0.08), ("helpdesk_foreign", 0.06)],
}
SPECIAL = ["bounce", "refused", "autoreply"]  # one company each, taken from the "silent" quota


def assign(study: Study) -> dict[str, str]:
    """company id -> behaviour."""
    out: dict[str, str] = {}
    by_segment: dict[str, list[Company]] = {}
    for c in study.companies:
        by_segment.setdefault(c.segment, []).append(c)
    specials = list(SPECIAL)
    for segment, companies in sorted(by_segment.items()):
        ordered = sorted(companies, key=lambda c: hashlib.sha256(c.id.encode()).hexdigest())
        mix = MIX.get(segment, MIX["services"])
        slots: list[str] = []
        for behaviour, share in mix:
            slots += [behaviour] * round(share * len(ordered))
        slots = (slots + ["silent"] * len(ordered))[: len(ordered)]
        for company, behaviour in zip(ordered, slots, strict=True):
            if behaviour == "silent" and specials:
                behaviour = specials.pop(0)
            out[company.id] = behaviour
    return out


@dataclass
class Delivery:
    at: datetime  # study time the message reaches the persona's mailbox
    raw: bytes
    mailbox: str = "INBOX"


# The kind of text a person's answer is (audit.sandbox.answers). The shares are the sandbox's own choice, not a
# finding: enough of each kind that a demo's report shows scores 4, 3 and 2 side by side.
ANSWER_MIX = [("complete_personal", 0.45), ("complete", 0.2), ("partial", 0.35)]


def answer_kind(rng: random.Random) -> str:
    return _pick(ANSWER_MIX, rng.random())


def _pick(mix: list[tuple[str, float]], roll: float) -> str:
    for name, share in mix:
        if roll < share:
            return name
        roll -= share
    return mix[-1][0]


def _base(company: Company, persona_addr: str, subject: str, at: datetime, words: Language,
          sender: str | None = None) -> EmailMessage:
    msg = EmailMessage()
    domain = company.mail_domain or "example.com"
    msg["From"] = formataddr((words.support.format(company=company.name), sender or f"support@{domain}"))
    msg["To"] = persona_addr
    msg["Subject"] = subject
    msg["Date"] = format_datetime(at)
    msg["Message-ID"] = make_msgid(domain=domain.split("@")[-1])
    return msg


def _quoted(body: str, probe_date: str, persona: str, words: Language) -> str:
    quoted = "\n".join("> " + line for line in body.splitlines())
    return f"\n\n{words.wrote.format(date=probe_date, persona=persona)}\n{quoted}\n"


def respond(company: Company, behaviour: str, probe: EmailMessage, sent_at: datetime, rng: random.Random,
            answers: ScriptAnswers, kind: str | None = None) -> list[Delivery]:
    """The e-mails a company sends back to a probe, as its behaviour (assign) says, in the words of `answers`;
    a person's answer is of `kind` (audit.sandbox.answers), drawn from ANSWER_MIX unless given."""
    persona = probe["From"]
    persona_name, persona_addr = parseaddr(persona)
    subject = str(probe["Subject"])
    mid = str(probe["Message-ID"])
    body = probe.get_content() if hasattr(probe, "get_content") else ""
    words = answers.words
    text = "\n\n".join(answers.human(kind or answer_kind(rng), rng, persona_name, company.segment))

    def human(at: datetime, *, threaded: bool = True, subj: str | None = None, sender: str | None = None,
              content: str = text) -> Delivery:
        m = _base(company, persona_addr, subj or f"Re: {subject}", at, words, sender)
        if threaded:
            m["In-Reply-To"] = mid
            m["References"] = mid
        m.set_content(f"{content}\n\n--\n{words.regards.format(company=company.name)}"
                      + _quoted(body, str(probe['Date']), persona, words))
        return Delivery(at, bytes(m))

    minutes = lambda lo, hi: timedelta(minutes=rng.uniform(lo, hi))  # noqa: E731
    if behaviour == "fast":
        return [human(sent_at + minutes(1, 40))]
    if behaviour == "hours":
        return [human(sent_at + minutes(90, 8 * 60))]
    if behaviour == "next_day":
        return [human(sent_at + minutes(22 * 60, 46 * 60))]
    if behaviour == "redirect":
        return [human(sent_at + minutes(20, 5 * 60), content=answers.redirect())]
    if behaviour == "ack_then_human":
        ticket = rng.randint(10000, 99999)
        ack = _base(company, persona_addr, words.ack_subject.format(ticket=ticket), sent_at, words)
        ack["Auto-Submitted"] = "auto-replied"
        ack["In-Reply-To"] = mid
        ack.set_content(words.ack.format(ticket=ticket))
        first = Delivery(sent_at + timedelta(seconds=rng.uniform(5, 60)), bytes(ack))
        return [first, human(sent_at + minutes(3 * 60, 26 * 60), threaded=False, subj=f"[#{ticket}] Re: {subject}")]
    if behaviour in ("helpdesk", "helpdesk_foreign"):
        ticket = rng.randint(1000, 9999)
        sender = f"{company.id}@usedesk.ru" if behaviour == "helpdesk_foreign" else None
        return [human(sent_at + minutes(60, 20 * 60), threaded=False, subj=f"[#{ticket}] Re: {subject}",
                      sender=sender)]
    if behaviour == "autoreply":
        m = _base(company, persona_addr, words.autoreply_subject.format(subject=subject), sent_at, words)
        m["Auto-Submitted"] = "auto-replied"
        m["In-Reply-To"] = mid
        m.set_content(words.autoreply)
        return [Delivery(sent_at + timedelta(seconds=rng.uniform(2, 30)), bytes(m))]
    if behaviour == "bounce":
        return [Delivery(sent_at + timedelta(seconds=rng.uniform(1, 20)), _dsn(probe, sent_at, persona_addr))]
    return []


def _dsn(probe: EmailMessage, at: datetime, persona_addr: str) -> bytes:
    """An RFC 3464 delivery status notification for the probe's recipient, quoting the probe's headers."""
    to = parseaddr(str(probe["To"]))[1]
    boundary = f"dsn-{abs(hash((to, at))):x}"
    headers = "".join(f"{k}: {v}\r\n" for k, v in probe.items())
    text = (
        f"From: Mail Delivery System <MAILER-DAEMON@sandbox.example>\r\nTo: {persona_addr}\r\n"
        f"Subject: Undelivered Mail Returned to Sender\r\nDate: {format_datetime(at)}\r\n"
        f"Message-ID: {make_msgid(domain='sandbox.example')}\r\nAuto-Submitted: auto-replied\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status;\r\n"
        f' boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        f"Your message could not be delivered to <{to}>: mailbox unavailable.\r\n\r\n"
        f"--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\n"
        f"Reporting-MTA: dns; sandbox.example\r\n\r\nFinal-Recipient: rfc822; {to}\r\nAction: failed\r\n"
        f"Status: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n"
        f"--{boundary}\r\nContent-Type: text/rfc822-headers\r\n\r\n{headers}\r\n--{boundary}--\r\n"
    )
    return text.encode("utf-8")


# Chats and forms (docs/method.md, the study it follows: companies answer messengers more often and faster than
# e-mail). Assigned per company and channel, deterministically.
CHAT_MIX = [("silent", 0.25), ("fast", 0.35), ("hours", 0.25), ("redirect", 0.15)]


def chat_behaviour(company: Company, channel: str) -> str:
    roll = int(hashlib.sha256(f"{company.id}:{channel}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return _pick(CHAT_MIX + [("silent", 1.0)], roll)


def respond_text(company: Company, behaviour: str, sent_at: datetime, rng: random.Random, persona_name: str,
                 answers: ScriptAnswers, kind: str | None = None) -> list[tuple[datetime, str]]:
    """(study time, text) of the answers a company writes in a chat, or by e-mail to a web form's message."""
    minutes = lambda lo, hi: timedelta(minutes=rng.uniform(lo, hi))  # noqa: E731
    if behaviour in ("fast", "hours"):
        text = " ".join(answers.human(kind or answer_kind(rng), rng, persona_name, company.segment))
        return [(sent_at + (minutes(1, 30) if behaviour == "fast" else minutes(60, 6 * 60)), text)]
    if behaviour == "redirect":
        return [(sent_at + minutes(5, 120), answers.redirect())]
    return []


def form_answer(company: Company, to_addr: str, text: str, at: datetime, ticket: int, words: Language) -> bytes:
    """A company's e-mail answer to a web form's message: a new thread to the address typed into the form."""
    m = _base(company, to_addr, words.form_subject.format(ticket=ticket), at, words)
    m.set_content(f"{text}\n\n--\n{words.regards.format(company=company.name)}")
    return bytes(m)
