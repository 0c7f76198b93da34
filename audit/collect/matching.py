"""Matching an incoming message to the probe it answers (docs/method.md §4), strongest rule first.

1. `in-reply-to` / `references`: the header names the probe's own Message-ID.
2. `token`: a token the probe planted: its Message-ID quoted anywhere in the message (bounces carry the original
   headers; helpdesks quote them), or the probe token in a plus-address (persona+token@domain).
3. `domain+subject`: helpdesks drop In-Reply-To and rewrite the subject: the sender's domain is the company's (or a
   known helpdesk's) and the subject, reply prefixes and ticket tags removed, equals the probe's. A subject sent as
   raw 8-bit bytes that the mail server rewrote as "X" (Cyrus IMAP does, RFC 5322 wants ASCII headers) equals the
   probe's written so (`munged_subjects`), unless that fits two of the company's probes with different subjects.
4. nothing: kept as unmatched for a person to assign.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from email.utils import getaddresses

from scoring.headers import header_text as _text

# Helpdesks that send answers from their own domains (extend per study with `helpdesk_domains`).
HELPDESK_DOMAINS = (
    "zendesk.com", "freshdesk.com", "intercom-mail.com", "intercom.io", "helpscout.net", "usedesk.ru",
    "usedesk.com", "omnidesk.ru", "helpdeskeddy.com", "okdesk.ru", "bitrix24.ru", "bitrix24.com", "jivosite.com",
    "atlassian.net", "kayako.com", "hubspot.com",
)

_PREFIX = re.compile(
    r"^\s*(?:(?:re|fw|fwd|aw|wg|sv|vs|ответ|отв|пересл|пересылка)\s*(?:\[\d+\]|\(\d+\))?\s*:|"
    r"\[[^\]]*#\s*\d+[^\]]*\]|\(#\s*\d+\)|#\d+\s*[:-]|"
    r"(?:ticket|request|заявка|обращение)\s*(?:received|№|#)?\s*[-#№]*\s*\d*\s*[:-]|"
    r"(?:ticket received|request received)\s*-?)\s*",
    re.IGNORECASE,
)
_MSGID = re.compile(rb"<([^<>@\s]{6,200}@[^<>\s]{1,200})>")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# a reply prefix in Russian (Ответ:, Отв:, Пересл:) once its letters became X
_MUNGED_PREFIX = re.compile(r"^(?:x{4,}\s*(?:\[\d+\]|\(\d+\))?\s*:\s*)+")


def normalize_subject(subject: str | None) -> str:
    """Reply prefixes (Re:, RE[2]:, Fwd:, Ответ:, Отв:) and ticket tags ([#123], Ticket Received - [#42]) removed."""
    s = " ".join((subject or "").split())
    while True:
        t = _PREFIX.sub("", s, count=1).strip()
        if t == s:
            return t.casefold()
        s = t


def munged_subjects(subject: str | None) -> set[str]:
    """The probe's subject, normalised, as it reads once a server rewrote each raw 8-bit byte of the header as "X":
    sent in UTF-8 (a byte per X) or in a one-byte charset such as windows-1251 (a letter per X). Empty for an ASCII
    subject, which no server rewrites."""
    if not subject or subject.isascii():
        return set()
    return {normalize_subject(_NON_ASCII.sub(lambda m: "X" * len(m.group().encode()), subject)),
            normalize_subject(_NON_ASCII.sub(lambda m: "X" * len(m.group()), subject))}


@dataclass(frozen=True)
class ProbeRef:
    id: int
    company_id: str
    message_id: str | None
    token: str
    subject: str | None
    domain: str | None
    sent_at: datetime | None


@dataclass(frozen=True)
class Match:
    probe: ProbeRef | None
    rule: str | None


class Matcher:
    def __init__(self, probes: Iterable[ProbeRef], helpdesk_domains: Iterable[str] = ()):
        self.by_msgid: dict[str, ProbeRef] = {}
        self.by_token: dict[str, ProbeRef] = {}
        self.by_subject: dict[str, list[ProbeRef]] = {}
        self.by_munged: dict[str, list[ProbeRef]] = {}  # the subjects as X-rewriting servers deliver them
        self.helpdesks = tuple(d.lower() for d in (*HELPDESK_DOMAINS, *helpdesk_domains))
        for p in probes:
            if p.message_id:
                self.by_msgid[p.message_id.strip("<>").lower()] = p
            self.by_token[p.token.lower()] = p
            if p.subject:
                self.by_subject.setdefault(normalize_subject(p.subject), []).append(p)
                for key in munged_subjects(p.subject):
                    self.by_munged.setdefault(key, []).append(p)

    def __len__(self) -> int:
        return len(self.by_token)

    def match(self, headers, raw: bytes) -> Match:
        for rule, name in (("in-reply-to", "In-Reply-To"), ("references", "References")):
            for mid in _ids(headers.get(name)):
                hit = self.by_msgid.get(mid)
                if hit:
                    return Match(hit, rule)
        for mid in _MSGID.findall(raw):
            hit = self.by_msgid.get(mid.decode("ascii", "replace").lower())
            if hit:
                return Match(hit, "token")
        for _, addr in getaddresses([str(headers.get(h, "")) for h in ("To", "Cc", "Delivered-To", "X-Original-To")]):
            local = addr.split("@", 1)[0]
            if "+" in local:
                hit = self.by_token.get(local.rsplit("+", 1)[1].lower())
                if hit:
                    return Match(hit, "token")
        return Match(self._by_subject(headers), "domain+subject")

    def _by_subject(self, headers) -> ProbeRef | None:
        subject = normalize_subject(_text(headers.get("Subject")))
        candidates, munged = self.by_subject.get(subject), False
        if not candidates and subject.isascii() and "xx" in subject:
            candidates = self.by_munged.get(subject) or self.by_munged.get(_without_munged_prefixes(subject))
            munged = True
        if not candidates:
            return None
        senders = getaddresses([str(headers.get("From", "")), str(headers.get("Reply-To", "")),
                                str(headers.get("Sender", ""))])
        domains = {a.rsplit("@", 1)[1].lower() for _, a in senders if "@" in a}
        if not domains:
            return None
        helpdesk = any(_within(d, h) for d in domains for h in self.helpdesks)
        fits = [p for p in candidates if helpdesk or any(p.domain and _within(d, p.domain) for d in domains)]
        if len(fits) > 1 and helpdesk:
            # A helpdesk domain does not name the company: only an unambiguous subject may match.
            companies = {p.company_id for p in fits}
            if len(companies) > 1:
                return None
        if not fits:
            return None
        if munged and len({normalize_subject(p.subject) for p in fits}) > 1:
            return None  # the X's stand for letters that told these probes apart: a person assigns it
        # The same company asked the same question in several waves: the latest probe sent before the answer.
        return max(fits, key=lambda p: (p.sent_at is not None, p.sent_at or datetime.min, p.id))


def _without_munged_prefixes(subject: str) -> str:
    while True:  # a Russian prefix that became X's, then what follows it (Re:, a ticket tag), as often as they come
        stripped = normalize_subject(_MUNGED_PREFIX.sub("", subject))
        if stripped == subject:
            return subject
        subject = stripped


def _within(domain: str, parent: str) -> bool:
    return domain == parent or domain.endswith("." + parent)


def _ids(value) -> list[str]:
    if not value:
        return []
    return [m.lower() for m in re.findall(r"<([^<>]+)>", str(value))] or [str(value).strip().lower()]
