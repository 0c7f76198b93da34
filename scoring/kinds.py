"""What kind of message is it? Bounce, auto-reply, helpdesk acknowledgement, complaint, delivery report or human.

`classify_message(raw)` reads a whole raw message (docs/method.md §5) and returns a `Kind`. It never raises: a
message the email package cannot read, or beyond the MIME limits of `scoring.mimelimits`, is "human" with the reason
"unparsed: ..." (scoring.understand, which the watcher uses, makes it "unreadable": never an answer). "redirect" is
not decided here (it needs the reply text and the rubric); "human" is the default.

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
   text, or the headers (Auto-Submitted other than "no", Precedence auto_reply|bulk|junk|list, X-Autoreply,
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
import json
import re
from email.message import Message

from scoring.autoreply import _human_side
from scoring.kinddata import HEAD_LIMIT, KINDS, MAX_ADDRESSES, Kind, helpdesks, phrases
from scoring.mailparts import (
    DELIVERED_ACTIONS,
    FAILURE_STATUS,
    NEWLINE,
    NOT_RECIPIENT,
    REPLY_PREFIX,
    STATUS_AFTER_CODE,
    SYSTEM_LOCALPARTS,
    SYSTEM_NAME,
    Mail,
    Recipient,
    _address,
    _address_list,
    _addresses,
    _header,
    _raw,
    _status,
    _text_recipients,
)
from scoring.mimelimits import over_limits

__all__ = ["KINDS", "Kind", "classify_message", "classify_parsed", "helpdesks", "phrases"]


# ------------------------------------------------------------------------------------------------------ deciding


def classify_message(raw: bytes) -> Kind:
    """Classify one raw RFC 5322 message. Never raises."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogateescape")
    beyond = over_limits(raw)
    if beyond:  # not parsed at all (scoring.mimelimits): scoring.understand makes this "unreadable"
        return Kind("human", (f"unparsed: {beyond}",))
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception as exc:  # hostile mail must not stop the watcher
        return Kind("human", (f"unparsed: {type(exc).__name__}: {exc}"[:160],))
    return classify_parsed(msg)


def classify_parsed(msg: Message) -> Kind:
    """The same for a message already parsed (email.policy.compat32), so one parse serves classification and text
    extraction (scoring.understand). Reads the message, never changes it. Never raises."""
    try:
        mail = Mail.read(msg)
    except Exception as exc:
        return Kind("human", (f"unparsed: {type(exc).__name__}: {exc}"[:160],))
    try:
        return _decide(mail)
    except Exception as exc:
        return Kind("human", (f"unparsed: {type(exc).__name__}: {exc}"[:160],))


LIST_SERVER = re.compile(r"^owner-|-(owner|bounces|request|admin)$|^(mailman|sympa|listserv|majordomo)$|"
                         r"^microsoftexchange[0-9a-f]{16,}$", re.I)  # and Exchange's own NDR sender
FORWARD_PREFIX = re.compile(r"^\s*(fwd?|пересл)\s*(\[\d+\])?\s*:\s*", re.I)
_FORWARD_TAIL = re.compile(r"^\s*((fwd?|fw|пересл)\s*:\s*)+", re.I)  # "Fwd: FW: Undeliverable"
QUOTE_MARKS = re.compile(r"(?m)^[ \t]*(>[ \t]?)+")


def _decide(mail: Mail) -> Kind:
    msg = mail.msg
    report_type = (msg.get_param("report-type") or "") if msg.get_content_type() == "multipart/report" else ""
    report_type = report_type.lower() if isinstance(report_type, str) else ""

    complaint = _complaint(mail, report_type)
    if complaint:
        return Kind("complaint", tuple(complaint))

    sender = _sender_signs(mail)
    envelope = _envelope_signs(mail)
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

    failed_header = _header(mail.head, "X-Failed-Recipients")
    challenge = None if failed_header else phrases().search("challenge_body", mail.text[:HEAD_LIMIT * 2])
    if challenge and not FAILURE_STATUS.search(mail.text[:HEAD_LIMIT * 2]):
        # "confirm you are human to deliver your message": the mail waits at a filter, it has not failed
        return Kind("autoreply", (*sender, f"challenge-response: {challenge.group(0).strip().lower()[:60]}"))
    # a failure phrase in the text counts only beside a mail system's sign (a sender, a subject, the envelope, a
    # report) or X-Failed-Recipients: without them no verdict below reads it, and the whole text is not searched
    failure = phrases().search("bounce_body", mail.text) if system or failed_header else None
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

    return _forwarded_failure(mail) or _human_side(mail, envelope, report_type)


def _forwarded_failure(mail: Mail) -> Kind | None:
    """'Fwd: Returned mail': a person passing on a delivery failure. It answers nothing, and the address it
    reports dead is what matters to a study, so it is a bounce, read from the quoted report."""
    forward = FORWARD_PREFIX.match(mail.subject)
    if not forward or not phrases().search("bounce_subjects", _FORWARD_TAIL.sub("", mail.subject[forward.end():])):
        return None
    text = QUOTE_MARKS.sub("", mail.whole or mail.text)
    failed = [r for r in _text_recipients(text) if r.action == "failed" or (r.status or "").startswith("5")]
    if not failed and not phrases().search("bounce_body", text):
        return None
    first = next((r for r in failed if r.address), failed[0] if failed else None)
    return Kind("bounce", ("forwarded by a person", "subject: forwarded delivery failure"),
                failed_address=first.address if first else None,
                status=first.status if first and first.status else _text_status(text), permanent=True)


def _complaint(mail: Mail, report_type: str) -> list[str]:
    if report_type == "feedback-report" or mail.feedback:
        return ["arf feedback-report"]
    for headers in mail.original_headers:
        if headers.get("X-HmXmrOriginalRecipient"):
            return ["hotmail jmrp"]
    if _raw(mail.head, "X-Apple-Unsubscribe").strip().lower() == "true":
        return ["apple unsubscribe"]
    return []


def _sender_signs(mail: Mail) -> list[str]:
    local = mail.from_addr.split("@", 1)[0]
    if local in SYSTEM_LOCALPARTS:
        return ["sender " + ("postmaster" if "post" in local else "mailer-daemon")]
    if LIST_SERVER.search(local) or _raw(mail.head, "X-List-Administrivia").strip().lower() == "yes":
        return ["sender list or mail system robot"]  # Mailman's "-owner", Majordomo's "owner-", Exchange's NDRs
    if SYSTEM_NAME.search(mail.from_name):
        return ["sender " + " ".join(mail.from_name.lower().split())[:40]]
    if mail.head.get("From") is not None and not mail.from_addr:
        return ["sender empty"]
    return []


def _envelope_signs(mail: Mail) -> list[str]:
    path = _raw(mail.head, "Return-Path").strip()
    if path:
        inner = path.strip("<> \t").lower()
        if not inner:
            return ["return-path <>"]
        if inner.split("@", 1)[0] in ("mailer-daemon", "mailer_daemon"):
            return ["return-path mailer-daemon"]
        return []
    unixfrom = (mail.msg.get_unixfrom() or "").split()
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
    spots = phrases().spans("bounce_body", text, 20)
    if not spots:
        return min(candidates)[2]  # no failure phrase to be near: a recipient before a postmaster, the first one
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

    chosen = min(candidates, key=lambda c: (c[0], distance(c[1], c[1] + len(c[2])), c[1]))
    return chosen[2]


def _failed_in_original(mail: Mail) -> str | None:
    for headers in mail.original_headers:
        found = [a.lower() for _, a in _address_list(_header(headers, "To")) if "@" in a]
        found = [a for a in found if a not in mail.own]
        if len(found) == 1:
            return found[0]
    return None
