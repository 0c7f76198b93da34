"""What kind of message is it? Bounce, auto-reply, helpdesk acknowledgement, complaint, delivery report or human.

`classify_message(raw)` reads a whole raw message (docs/domain.md §4) and returns a `Kind`. It never raises: a
message the email package cannot read is a "human" answer with the reason "unparsed: ...". "redirect" is not decided
here (it needs the reply text and the rubric); "human" is the default.

Decision order, first match wins:
1. complaint — ARF (`multipart/report; report-type=feedback-report`, a `message/feedback-report` part), Hotmail JMRP
   (`X-HmXmrOriginalRecipient` in the returned message), Apple Mail's unsubscribe (`X-Apple-Unsubscribe: true`).
2. RFC 3464 delivery-status (`message/delivery-status` part, or DSN fields in the text of a message from a mail
   system): any `Action: failed` is a permanent bounce; `delayed` is not yet a failure (a bounce with
   `permanent=False`: the address is not known to fail); `delivered | relayed | expanded`
   (or a 2.x.x status) is "delivered". Amazon SES / SNS JSON notifications sent as mail are read the same way.
3. Delay warnings without a DSN part (`Warning: message ... delayed`, "no action is required on your part").
   A delay is a delivery report but not yet a failure: kind "bounce" with `permanent=False` and the reason
   "delivery delayed" (a real bounce may follow). The sisimai corpus labels such reports "bounce" too.
4. Plain-text bounces: X-Failed-Recipients, or a mail-system sender (MAILER-DAEMON, postmaster, "Mail Delivery
   Subsystem", an empty From) or a bounce subject, together with one more sign (failure phrase in the text, empty
   Return-Path, the original returned as an attachment); or an empty Return-Path with a failure phrase and the
   original returned. The failed address: Final-Recipient / Original-Recipient, else X-Failed-Recipients, else the
   address nearest to a failure phrase in the text (never the bounce's own From/To), else the returned original's To.
5. Helpdesk acknowledgement ("ticket #N received", "Ваше обращение №N зарегистрировано"): an ack subject, or an ack
   phrase at the top of a message that is automatic or comes from a known helpdesk.
6. Auto-reply (RFC 3834): auto-reply subject, read receipts (MDN), an "automatic reply" phrase at the top of the
   text, or the headers (Auto-Submitted other than "no", Precedence auto_reply|bulk|junk, X-Autoreply,
   X-Autorespond). `X-Auto-Response-Suppress` is a request, not a sign. Helpdesks flagged `humans_auto_submitted`
   (Zendesk) mark their agents' answers Auto-Submitted too: for them headers alone decide nothing.
7. human.

Data, loaded once (`functools.cache`) from `scoring/data/`, extended without touching the code:

- `phrases.json`: `{"_doc": str, "<list>": ["<regex>", ...], ...}` with the lists `bounce_subjects`,
  `delay_subjects`, `bounce_body`, `delay_body`, `original_message_markers`, `autoreply_subjects`, `autoreply_body`,
  `ack_subjects`, `ack_subjects_automatic` and `ack_body` (these two only in automatic or helpdesk mail),
  `ticket_patterns` (each with a named group `ticket`). Python regexes, matched
  case-insensitively (multi-line) on decoded text.
- `helpdesks.json`: `{"_doc": str, "domain_headers": ["Message-ID", ...], "helpdesks": [{"name": "zendesk",
  "headers": {"X-Mailer": "zendesk", "X-Zendesk-From-Account-Id": ""}, "domains": ["zendesk.com"],
  "subjects": ["<regex, optional group ticket>"], "ticket": "<optional vendor ticket regex>",
  "humans_auto_submitted": true}, ...]}`. A header value matches when it contains the lower-case substring ("" =
  the header is present); a domain matches itself or any subdomain in one of `domain_headers`.

Cost: one parse by the email package, at most `MAX_PARTS` MIME parts looked at, at most `SCAN_LIMIT` characters of
text scanned, each phrase list compiled into one alternation; no quadratic work.
"""

from __future__ import annotations

import bisect
import email
import email.policy
import functools
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses, parseaddr
from pathlib import Path

DATA = Path(__file__).with_name("data")
KINDS = ("bounce", "autoreply", "ack", "complaint", "delivered", "human")
SCAN_LIMIT = 64 * 1024  # characters of body text looked at
HEAD_LIMIT = 1500  # ack / auto-reply phrases count only near the top of the text
MAX_PARTS = 64  # MIME parts looked at
MAX_ADDRESSES = 50  # candidate addresses looked at when searching a plain-text bounce

__all__ = ["KINDS", "Kind", "classify_message", "helpdesks", "phrases"]


@dataclass(frozen=True, slots=True)
class Kind:
    """The verdict.

    kind: one of KINDS. reasons: short machine-readable strings ("sender mailer-daemon", "subject: out of office").
    failed_address / status: for bounces (status: RFC 3463 code such as "5.1.1"; also set for delays and DSNs).
    ticket / helpdesk: for acks and helpdesk mail (helpdesk: a name from helpdesks.json; ticket also from "[#N]").
    """

    kind: str
    reasons: tuple[str, ...] = ()
    failed_address: str | None = None
    status: str | None = None
    ticket: str | None = None
    helpdesk: str | None = None
    # bounces only: False for a delay warning (Action: delayed, a 4.x.x status): the message is still queued and
    # the address is not yet known to fail (docs/domain.md §4); True for a failure
    permanent: bool | None = None

    @property
    def is_answer(self) -> bool:
        """Only a human message can be an answer (a redirect is a human message too)."""
        return self.kind == "human"


# ---------------------------------------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Helpdesk:
    name: str
    headers: tuple[tuple[str, str], ...]
    domains: re.Pattern | None
    subjects: tuple[re.Pattern, ...]
    ticket: re.Pattern | None
    humans_auto_submitted: bool


@dataclass(frozen=True, slots=True)
class Phrases:
    lists: dict[str, re.Pattern]
    tickets: tuple[re.Pattern, ...]

    def search(self, name: str, text: str) -> re.Match | None:
        pattern = self.lists.get(name)
        return pattern.search(text) if pattern is not None and text else None


def _alternation(patterns: list[str]) -> re.Pattern | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I | re.M)


@functools.cache
def phrases() -> Phrases:
    data = json.loads((DATA / "phrases.json").read_text("utf-8"))
    tickets = tuple(re.compile(p, re.I) for p in data.get("ticket_patterns", ()))
    lists = {
        key: pattern
        for key, value in data.items()
        if not key.startswith("_") and key != "ticket_patterns" and (pattern := _alternation(value)) is not None
    }
    return Phrases(lists, tickets)


@functools.cache
def helpdesks() -> tuple[tuple[str, ...], tuple[Helpdesk, ...]]:
    """(headers searched for domains, vendors)."""
    data = json.loads((DATA / "helpdesks.json").read_text("utf-8"))
    vendors = []
    for item in data.get("helpdesks", ()):
        domains = item.get("domains") or ()
        domain_re = (
            re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(d) for d in domains) + r")(?![\w-]|\.\w)", re.I)
            if domains
            else None
        )
        vendors.append(
            Helpdesk(
                name=item["name"],
                headers=tuple((k, v.lower()) for k, v in (item.get("headers") or {}).items()),
                domains=domain_re,
                subjects=tuple(re.compile(p, re.I) for p in item.get("subjects") or ()),
                ticket=re.compile(item["ticket"]) if item.get("ticket") else None,
                humans_auto_submitted=bool(item.get("humans_auto_submitted")),
            )
        )
    return tuple(data.get("domain_headers") or ()), tuple(vendors)


# ------------------------------------------------------------------------------------------------------- reading

EMAIL_RE = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)  # short values only
LOCAL_PART = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]{1,64}\Z", re.ASCII)
DOMAIN_PART = re.compile(r"[\w-]{1,63}(?:\.[\w-]{1,63}){1,10}", re.ASCII)
BRACKET_TICKET = re.compile(r"\[#\s*([A-Z]{0,10}-?\d+)\]", re.I)
NEWLINE = re.compile("\n")
HEADER_LIMIT = 8192  # characters of one header value looked at
STATUS_AFTER_CODE = re.compile(r"\b[45]\d\d[ -]#?([45]\.\d{1,3}\.\d{1,3})(?!\.?\d)")
FAILURE_STATUS = re.compile(r"(?<![\d.])([45]\.\d{1,3}\.\d{1,3})(?!\.?\d)")
STATUS_RE = re.compile(r"(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?!\.?\d)")
DSN_FIELD = re.compile(r"^[ \t]*(final-recipient|original-recipient|action|status)[ \t]*:[ \t]*(.+)$", re.I | re.M)
# an address after these is an identifier or the sender of the returned message, never the failed recipient
NOT_RECIPIENT = re.compile(
    r"^\s*(message-id|references|in-reply-to|content-id|resent-message-id|x-[\w-]*id)\s*:|"
    r"(mail from|envelope-from|return-path|sender|from)\s*[:=]?\s*<?\s*$",
    re.I,
)
REPLY_PREFIX = re.compile(r"^\s*(re|fw|fwd|aw|wg|sv|ответ|отв|пересл)\s*(\[\d+\])?\s*:", re.I)
SYSTEM_LOCALPARTS = frozenset(
    {"mailer-daemon", "mailerdaemon", "mailer_daemon", "mail-daemon", "maildaemon", "postmaster", "post_master"}
)
SYSTEM_NAME = re.compile(
    r"mail(er)?[ _-]?daemon|mail delivery (subsystem|system|service)|internet mail delivery|mail administrator|"
    r"\bpostmaster\b|почтовая служба|служба доставки почты",
    re.I,
)
HTML_DROP = re.compile(r"<(script|style|head)\b", re.I)
HTML_BREAK = re.compile(r"<(br|/p|/div|/tr|/li|/h\d)\b[^<>]{0,2000}>", re.I)
HTML_TAG = re.compile(r"<[^<>]{0,2000}>")
ORIGINAL_TYPES = frozenset({"message/rfc822", "text/rfc822-headers", "text/rfc822-header", "message/rfc822-headers"})
DELIVERED_ACTIONS = frozenset({"delivered", "relayed", "expanded", "deliverable"})
AUTO_PRECEDENCE = frozenset({"auto_reply", "bulk", "junk"})


def _decode_bytes(data: bytes, charset: str | None) -> str:
    tried = []
    for name in (charset, "utf-8"):
        if not name or name in tried or name in ("unknown-8bit", "x-unknown"):
            continue
        tried.append(name)
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1251", "replace")  # 8-bit text that is not UTF-8 is most often Windows-1251 here


def _raw(msg: Message, name: str) -> str:
    """A header as written (an 8-bit value comes back as an email.header.Header: str() it)."""
    value = msg.get(name)
    return "" if value is None else str(value)[:HEADER_LIMIT]


def _header(msg: Message, name: str) -> str:
    value = msg.get(name)
    if value is None:
        return ""
    try:
        chunks = decode_header(str(value)[:HEADER_LIMIT] if not hasattr(value, "_chunks") else value)
    except Exception:  # a broken encoded word is kept as written
        return " ".join(str(value).split())
    out = []
    previous_encoded = False
    for data, charset in chunks:
        if isinstance(data, str):
            out.append(data)
            previous_encoded = False
            continue
        encoded = charset not in (None, "unknown-8bit")
        text = _decode_bytes(data, charset)
        if out and not (encoded and previous_encoded):
            out.append(" ")
        out.append(text)
        previous_encoded = encoded
    return " ".join("".join(out).split())


def _part_text(part: Message) -> str:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if data is None:
        payload = part.get_payload()
        if not isinstance(payload, str):
            return ""
        data = payload.encode("utf-8", "surrogateescape")
    data = data[: SCAN_LIMIT * 4]
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    return _decode_bytes(data, charset)[:SCAN_LIMIT]


def _html_text(text: str) -> str:
    kept, pos, lower = [], 0, text.lower()
    while (found := HTML_DROP.search(text, pos)) is not None:  # linear: each closing tag is looked for once
        kept.append(text[pos : found.start()])
        end = lower.find("</" + found.group(1).lower(), found.end())
        if end == -1:
            pos = len(text)
            break
        pos = end
    kept.append(text[pos:])
    text = HTML_BREAK.sub("\n", "".join(kept))
    return html.unescape(HTML_TAG.sub(" ", text))


def _addresses(text: str) -> Iterator[tuple[int, str]]:
    """(position, address) of e-mail addresses in text, in order; linear (grows outwards from each "@")."""
    at = text.find("@")
    while at != -1:
        local = LOCAL_PART.search(text, max(0, at - 64), at)
        domain = DOMAIN_PART.match(text, at + 1, at + 700)
        if local and domain:
            yield local.start(), f"{local.group(0)}@{domain.group(0)}".strip(".")
        at = text.find("@", at + 1)


def _dsn_blocks(part: Message) -> list[dict[str, str]]:
    """The fields of a message/delivery-status part, one dict per block (lower-case names, first value wins)."""
    payload = part.get_payload()
    blocks: list[dict[str, str]] = []
    if isinstance(payload, list):
        for sub in payload:
            if isinstance(sub, Message):
                block: dict[str, str] = {}
                for key, value in sub.items():
                    block.setdefault(key.lower(), " ".join(str(value).split()))
                # a blank-line-less DSN keeps later recipients in the body of the first block
                rest = sub.get_payload()
                blocks.append(block)
                if isinstance(rest, str) and rest.strip():
                    blocks.extend(_field_blocks(rest))
        return blocks
    return _field_blocks(_part_text(part))


def _field_blocks(text: str) -> list[dict[str, str]]:
    blocks: list[dict[str, str]] = []
    current: dict[str, str] = {}
    last = None
    for line in text[:SCAN_LIMIT].splitlines():
        if not line.strip():
            if current:
                blocks.append(current)
            current, last = {}, None
        elif line[:1] in " \t" and last is not None:
            current[last] += " " + line.strip()
        elif ":" in line:
            key, _, value = line.partition(":")
            last = key.strip().lower()
            current.setdefault(last, value.strip())
    if current:
        blocks.append(current)
    return blocks


@dataclass(frozen=True, slots=True)
class Recipient:
    address: str | None
    action: str | None
    status: str | None


def _address(value: str | None) -> str | None:
    if not value:
        return None
    value = value[:1024]
    value = value.split(";", 1)[1] if ";" in value else value
    found = EMAIL_RE.search(value)
    return found.group(0).strip(".") if found else None


def _status(*values: str | None) -> str | None:
    for value in values:
        if value:
            found = STATUS_RE.search(value)
            if found:
                return found.group(1)
    return None


def _recipients(blocks: list[dict[str, str]]) -> list[Recipient]:
    out = []
    for block in blocks:
        if not ({"action", "final-recipient", "original-recipient"} & block.keys()):
            continue
        action = (block.get("action") or "").split()
        status, diagnostic = _status(block.get("status")), _status(block.get("diagnostic-code"))
        if status and diagnostic and status.endswith(".0.0") and diagnostic[0] == status[0]:
            status = diagnostic  # "5.0.0" says less than the remote server's own "5.1.1"
        out.append(
            Recipient(
                address=_address(block.get("final-recipient")) or _address(block.get("original-recipient")),
                action=action[0].lower().rstrip(".;") if action else None,
                status=status or diagnostic,
            )
        )
    return out


def _text_recipients(text: str) -> list[Recipient]:
    """DSN fields written into the text of a non-standard report, grouped at each Final-Recipient."""
    out: list[Recipient] = []
    fields: dict[str, str] = {}
    for match in DSN_FIELD.finditer(text):
        key, value = match.group(1).lower(), match.group(2).strip()
        if key == "final-recipient" and "final-recipient" in fields:
            out.extend(_recipients([fields]))
            fields = {}
        fields.setdefault(key, value)
    if fields:
        out.extend(_recipients([fields]))
    return [r for r in out if r.action or r.address]


@dataclass(slots=True)
class Mail:
    """What the decision needs from one message, read once."""

    msg: Message
    subject: str = ""
    from_name: str = ""
    from_addr: str = ""
    own: set[str] = field(default_factory=set)  # addresses of the bounce's sender and receiver: never "failed"
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    dsn: list[Recipient] = field(default_factory=list)
    dsn_part: bool = False
    feedback: bool = False
    mdn: bool = False
    original: bool = False
    original_headers: list[Message] = field(default_factory=list)
    text: str = ""  # body text, before the returned copy of the original

    @classmethod
    def read(cls, msg: Message) -> Mail:
        mail = cls(msg)
        mail.subject = _header(msg, "Subject")[:1000]
        name, addr = parseaddr(_header(msg, "From"))
        mail.from_name, mail.from_addr = name.strip(), addr.strip().lower()
        for header in ("To", "Cc", "Delivered-To"):
            for _, address in getaddresses([_header(msg, header)]):
                if "@" in address:
                    mail.own.add(address.lower())
        if mail.from_addr:
            mail.own.add(mail.from_addr)
        mail._walk()
        body = "\n".join(mail.plain) if mail.plain else _html_text("\n".join(mail.html))
        body = body[:SCAN_LIMIT]
        marker = phrases().search("original_message_markers", body)
        mail.text = body[: marker.start()] if marker and marker.start() > 0 else body
        return mail

    def _walk(self) -> None:
        stack: list[Message] = [self.msg]
        seen = 0
        while stack and seen < MAX_PARTS:
            part = stack.pop()
            seen += 1
            ctype = part.get_content_type()
            if ctype in ORIGINAL_TYPES:
                self.original = True
                payload = part.get_payload()
                if isinstance(payload, list) and payload and isinstance(payload[0], Message):
                    self.original_headers.append(payload[0])
                    if payload[0].get_content_type() == "multipart/report":
                        stack.append(payload[0])  # a report forwarded by a mail system: read the inner report
                elif isinstance(payload, str):
                    self.original_headers.append(email.message_from_string(payload[:SCAN_LIMIT]))
            elif ctype in ("message/delivery-status", "message/global-delivery-status"):
                self.dsn_part = True
                self.dsn.extend(_recipients(_dsn_blocks(part)))
            elif ctype == "message/feedback-report":
                self.feedback = True
            elif ctype == "message/disposition-notification":
                self.mdn = True
            elif part.is_multipart():
                payload = part.get_payload()
                if isinstance(payload, list):
                    stack.extend(reversed([p for p in payload if isinstance(p, Message)]))
            elif ctype == "text/html":
                self.html.append(_part_text(part))
            elif part.get_content_maintype() in ("text", "multipart") or ctype == "application/json":
                # a multipart/* whose boundary is missing arrives here as text: read it as text
                self.plain.append(_part_text(part))
            if sum(map(len, self.plain)) > SCAN_LIMIT:
                break


# ------------------------------------------------------------------------------------------------------ deciding


def classify_message(raw: bytes) -> Kind:
    """Classify one raw RFC 5322 message. Never raises."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogateescape")
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        mail = Mail.read(msg)
    except Exception as exc:  # hostile mail must not stop the watcher
        return Kind("human", (f"unparsed: {type(exc).__name__}: {exc}"[:160],))
    try:
        return _decide(mail)
    except Exception as exc:
        return Kind("human", (f"unparsed: {type(exc).__name__}: {exc}"[:160],))


def _decide(mail: Mail) -> Kind:
    msg = mail.msg
    report_type = (msg.get_param("report-type") or "") if msg.get_content_type() == "multipart/report" else ""
    report_type = report_type.lower() if isinstance(report_type, str) else ""

    complaint = _complaint(mail, report_type)
    if complaint:
        return Kind("complaint", tuple(complaint))

    sender = _sender_signs(mail)
    envelope = _envelope_signs(msg)
    replying = bool(REPLY_PREFIX.match(mail.subject))
    bounce_subject = None if replying else phrases().search("bounce_subjects", mail.subject)
    delay_subject = None if replying else phrases().search("delay_subjects", mail.subject)
    system = bool(sender or bounce_subject or delay_subject or envelope or report_type == "delivery-status")

    # RFC 3464, or DSN fields written into the text by a mail system
    recipients = mail.dsn
    reasons = []
    if mail.dsn_part or report_type == "delivery-status":
        reasons.append("multipart/report delivery-status" if report_type == "delivery-status" else "delivery-status")
    if not recipients and system:
        recipients = _text_recipients(mail.text)
        if recipients:
            reasons.append("delivery-status fields in text")
    verdict = _from_dsn(mail, recipients, reasons)
    if verdict:
        return verdict

    ses = _json_notification(mail)
    if ses:
        return ses

    failed_header = _header(msg, "X-Failed-Recipients")
    failure = phrases().search("bounce_body", mail.text)
    if not failed_header:
        delay_body = phrases().search("delay_body", mail.text) if (system or failure) else None
        if delay_subject or (delay_body and (sender or envelope)):
            why = [f"subject: {delay_subject.group(0).strip().lower()}"] if delay_subject else []
            if delay_body:
                why.append(f"body: {delay_body.group(0).strip().lower()}")
            return Kind("bounce", ("delivery delayed", *sender, *envelope, *why), status=_text_status(mail.text),
                        permanent=False)

    signs = list(sender)
    if bounce_subject:
        signs.append(f"subject: {bounce_subject.group(0).strip().lower()}")
    strong = bool(signs) or bool(failed_header) or report_type == "delivery-status"
    weak = list(envelope)
    if failure:
        weak.append(f"body: {failure.group(0).strip().lower()}")
    if mail.original:
        weak.append("original message returned")
    # a null envelope sender with a failure phrase and the original returned is a bounce whoever signs it
    anonymous = bool(envelope and failure and mail.original)
    if failed_header or (strong and len(signs) + len(weak) >= 2) or anonymous:
        if failed_header:
            signs.insert(0, "x-failed-recipients")
        address = _address(failed_header) or _failed_in_text(mail) or _failed_in_original(mail)
        return Kind(
            "bounce",
            tuple(reasons + signs + weak),
            failed_address=address,
            status=_text_status(mail.text),
            permanent=True,
        )

    return _human_side(mail, envelope, report_type)


def _complaint(mail: Mail, report_type: str) -> list[str]:
    if report_type == "feedback-report" or mail.feedback:
        return ["arf feedback-report"]
    for headers in mail.original_headers:
        if headers.get("X-HmXmrOriginalRecipient"):
            return ["hotmail jmrp"]
    if _raw(mail.msg, "X-Apple-Unsubscribe").strip().lower() == "true":
        return ["apple unsubscribe"]
    return []


def _sender_signs(mail: Mail) -> list[str]:
    local = mail.from_addr.split("@", 1)[0]
    if local in SYSTEM_LOCALPARTS:
        return ["sender " + ("postmaster" if "post" in local else "mailer-daemon")]
    if SYSTEM_NAME.search(mail.from_name):
        return ["sender " + " ".join(mail.from_name.lower().split())[:40]]
    if mail.msg.get("From") is not None and not mail.from_addr:
        return ["sender empty"]
    return []


def _envelope_signs(msg: Message) -> list[str]:
    path = _raw(msg, "Return-Path").strip()
    if path:
        inner = path.strip("<> \t").lower()
        if not inner:
            return ["return-path <>"]
        if inner.split("@", 1)[0] in ("mailer-daemon", "mailer_daemon"):
            return ["return-path mailer-daemon"]
        return []
    unixfrom = (msg.get_unixfrom() or "").split()
    if len(unixfrom) > 1 and unixfrom[1].lower() in ("mailer-daemon", "<>"):
        return ["envelope from mailer-daemon"]
    return []


def _from_dsn(mail: Mail, recipients: list[Recipient], reasons: list[str]) -> Kind | None:
    if not recipients:
        return None
    actions = [r.action for r in recipients if r.action]
    failed = [r for r in recipients if r.action == "failed"]
    if not actions:  # fields without Action: read the status classes
        failed = [r for r in recipients if r.status and r.status[0] in "5"]
    if failed:
        first = next((r for r in failed if r.address), failed[0])
        address = first.address or _failed_in_text(mail) or _failed_in_original(mail)
        return Kind("bounce", (*reasons, "dsn action failed"), failed_address=address, status=first.status,
                    permanent=True)
    if any(a == "delayed" for a in actions) or (
        not actions and any(r.status and r.status[0] == "4" for r in recipients)
    ):
        first = next(r for r in recipients if r.action == "delayed" or not actions)
        return Kind("bounce", (*reasons, "dsn action delayed", "delivery delayed"), failed_address=first.address,
                    status=first.status, permanent=False)
    delivered = [r for r in recipients if r.action in DELIVERED_ACTIONS or (r.status and r.status[0] == "2")]
    if delivered:
        return Kind(
            "delivered", (*reasons, f"dsn action {delivered[0].action or 'status 2'}"), status=delivered[0].status
        )
    return None


def _json_notification(mail: Mail) -> Kind | None:
    """Amazon SES notifications (directly or inside an SNS envelope) delivered as mail."""
    text = mail.text.lstrip()
    if not text.startswith("{") or ("notificationType" not in text and "eventType" not in text):
        return None
    try:
        data = json.loads(text)
        if isinstance(data, dict) and isinstance(data.get("Message"), str):
            data = json.loads(data["Message"])
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    kind = str(data.get("notificationType") or data.get("eventType") or "").lower()
    if kind == "bounce":
        bounce = data.get("bounce") or {}
        people = bounce.get("bouncedRecipients") or [{}]
        first = people[0] if isinstance(people[0], dict) else {}
        btype = str(bounce.get("bounceType") or "").lower()
        return Kind(
            "bounce",
            ("ses json bounce", f"ses {btype}" if btype else "ses bounce"),
            failed_address=(first.get("emailAddress") or None),
            status=_status(first.get("status"), first.get("diagnosticCode")),
            permanent=btype != "transient",
        )
    if kind == "complaint":
        return Kind("complaint", ("ses json complaint",))
    if kind == "delivery":
        return Kind("delivered", ("ses json delivery",))
    if kind == "deliverydelay":
        return Kind("bounce", ("ses json delivery delay", "delivery delayed"), permanent=False)
    return None


def _text_status(text: str) -> str | None:
    found = STATUS_AFTER_CODE.search(text) or FAILURE_STATUS.search(text)
    return found.group(1) if found else None


def _failed_in_text(mail: Mail) -> str | None:
    """The address nearest to a failure phrase in the text, other than the bounce's own sender and receiver."""
    text = mail.text
    candidates = []  # (postmaster, position, address): a postmaster address is taken only when nothing else is
    for start, found in _addresses(text):
        address = found.lower()
        local = address.split("@", 1)[0]
        if address in mail.own or local in SYSTEM_LOCALPARTS - {"postmaster", "post_master"}:
            continue
        line = text[max(text.rfind("\n", 0, start) + 1, start - 200) : start]
        if NOT_RECIPIENT.search(line):
            continue
        candidates.append(("postmaster" in local, start, address))
        if len(candidates) >= MAX_ADDRESSES:
            break
    if not candidates:
        return None
    pattern = phrases().lists.get("bounce_body")
    spots = [m.span() for _, m in zip(range(20), pattern.finditer(text), strict=False)] if pattern else []
    newlines = [m.start() for m in NEWLINE.finditer(text)]

    def distance(start: int, end: int) -> int:
        """0 on the same line as a failure phrase; else the gap, doubled after the phrase (bounces name the
        recipient first, then the reason)."""
        best = len(text) * 2
        for lo, hi in spots:
            if bisect.bisect(newlines, start) == bisect.bisect(newlines, lo):
                return 0
            best = min(best, lo - end if end <= lo else 2 * max(0, start - hi))
        return best

    chosen = min(candidates, key=lambda c: (c[0], distance(c[1], c[1] + len(c[2])) if spots else 0, c[1]))
    return chosen[2]


def _failed_in_original(mail: Mail) -> str | None:
    for headers in mail.original_headers:
        found = [a.lower() for _, a in getaddresses([_header(headers, "To")]) if "@" in a]
        found = [a for a in found if a not in mail.own]
        if len(found) == 1:
            return found[0]
    return None


# ------------------------------------------------------------------------------------------ acks and auto-replies


def _vendor(mail: Mail) -> tuple[Helpdesk | None, str | None]:
    domain_headers, vendors = helpdesks()
    msg = mail.msg
    values = " ".join(str(msg.get(h) or "") for h in domain_headers)
    for vendor in vendors:
        for name, needle in vendor.headers:
            value = msg.get(name)
            if value is not None and needle in str(value).lower():
                return vendor, f"helpdesk {vendor.name}: {name.lower()}"
        if vendor.domains is not None and vendor.domains.search(values):
            return vendor, f"helpdesk {vendor.name}: domain"
        for pattern in vendor.subjects:
            if pattern.search(mail.subject):
                return vendor, f"helpdesk {vendor.name}: subject"
    return None, None


def _ticket(mail: Mail, vendor: Helpdesk | None) -> str | None:
    head = mail.text[:HEAD_LIMIT]
    if vendor is not None:
        for pattern in vendor.subjects:
            found = pattern.search(mail.subject)
            if found and "ticket" in pattern.groupindex and found.group("ticket"):
                return found.group("ticket")
        if vendor.ticket is not None:
            for text in (mail.subject, head):
                found = vendor.ticket.search(text)
                if found:
                    return found.group("ticket")
    for text in (mail.subject, head):
        for pattern in phrases().tickets:
            found = pattern.search(text)
            if found:
                return found.group("ticket")
    return None


def _auto_headers(msg: Message) -> list[str]:
    signs = []
    auto = _header(msg, "Auto-Submitted").strip().lower()
    if auto and not auto.startswith("no"):
        signs.append(f"auto-submitted header ({auto.split(';')[0].strip()})")
    precedence = _raw(msg, "Precedence").strip().lower()
    if precedence in AUTO_PRECEDENCE:
        signs.append(f"precedence: {precedence}")
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Autogenerated"):
        if msg.get(name) is not None:
            signs.append(f"{name.lower()} header")
    if _raw(msg, "X-Apple-Action").strip().lower() == "vacation":
        signs.append("x-apple-action: vacation")
    return signs


def _human_side(mail: Mail, envelope: list[str], report_type: str) -> Kind:
    vendor, vendor_reason = _vendor(mail)
    helpdesk = vendor.name if vendor else None
    headers = _auto_headers(mail.msg)
    ignored: list[str] = []
    if vendor is not None and vendor.humans_auto_submitted and headers:
        ignored, headers = [f"{vendor.name}: automatic headers not decisive"], []
    automatic = bool(headers or envelope or vendor)
    head = mail.text[:HEAD_LIMIT]
    base = [vendor_reason] if vendor_reason else []

    ack_subject = phrases().search("ack_subjects", mail.subject)
    if not ack_subject and automatic:  # "Спасибо за обращение" is an ack only when nobody typed it
        ack_subject = phrases().search("ack_subjects_automatic", mail.subject)
    ack_body = phrases().search("ack_body", head) if automatic else None
    if ack_subject or ack_body:
        found = ack_subject or ack_body
        where = "subject" if ack_subject else "body"
        return Kind(
            "ack",
            (*base, f"{where}: {found.group(0).strip().lower()}", *headers),
            ticket=_ticket(mail, vendor),
            helpdesk=helpdesk,
        )

    bracket = BRACKET_TICKET.search(mail.subject)  # "[#1234] Re: ..." is helpdesk mail even from an unknown one
    ticket = _ticket(mail, vendor) if vendor else (bracket.group(1) if bracket else None)
    if report_type == "disposition-notification" or mail.mdn:
        return Kind("autoreply", (*base, "read receipt (mdn)"), ticket=ticket, helpdesk=helpdesk)
    auto_subject = phrases().search("autoreply_subjects", mail.subject)
    if auto_subject:
        reason = f"subject: {auto_subject.group(0).strip().lower()}"
        return Kind("autoreply", (*base, reason, *headers), ticket=ticket, helpdesk=helpdesk)
    auto_body = phrases().search("autoreply_body", head)
    if auto_body:
        reason = f"body: {auto_body.group(0).strip().lower()}"
        return Kind("autoreply", (*base, reason, *headers, *envelope), ticket=ticket, helpdesk=helpdesk)
    if headers:
        return Kind("autoreply", (*base, *headers), ticket=ticket, helpdesk=helpdesk)
    return Kind("human", (*base, *ignored), ticket=ticket, helpdesk=helpdesk)
