"""Reply understanding and 0–4 scoring.

The full module (decoding, quote stripping, helpdesk fingerprints, rubric) is its own issue. Until it lands, the
watcher calls `classify` below, which only separates what must never count as an answer — delivery failures,
RFC 3834 auto-replies and ticket acknowledgements — using the unambiguous signs of docs/domain.md §4, and stores no
score. Everything else is `None` (not yet classified) and counts as an answer.
"""

from __future__ import annotations

import re
from email.message import Message

from audit.mailtext import header_text

BOUNCE_SENDERS = re.compile(r"^(mailer-daemon|postmaster|mail delivery (subsystem|system))\b", re.I)
AUTO_SUBJECT = re.compile(
    r"^\s*(auto(matic)?\s*(reply|response)?\s*:|out of (the )?office|автоответ|автоматический ответ|"
    r"ваше обращение (зарегистрировано|принято)|заявка\s*№?\s*\S+\s*принята|ticket received|"
    r"we('ve| have) received your (request|message))",
    re.I,
)


def classify(headers: Message) -> str | None:
    ctype = (headers.get("Content-Type") or "").lower()
    sender = header_text(headers.get("From"))
    if "multipart/report" in ctype and "delivery-status" in ctype:
        return "bounce"
    name = sender.split("<")[0].strip().strip('"') or sender
    addr = sender.split("<")[-1].split("@")[0].strip()
    if BOUNCE_SENDERS.match(name) or BOUNCE_SENDERS.match(addr):
        return "bounce"
    # Zendesk marks human agents' answers auto-generated too: a header alone does not decide there (§4).
    zendesk = headers.get("X-Zendesk-From-Account-Id") or "zendesk" in (headers.get("X-Mailer") or "").lower()
    subject = header_text(headers.get("Subject"))
    if AUTO_SUBJECT.search(subject):
        return "ack" if re.search(r"обращени|заявк|ticket|request", subject, re.I) else "autoreply"
    if not zendesk:
        auto = (headers.get("Auto-Submitted") or "no").strip().lower()
        if auto != "no" or headers.get("X-Autoreply") or headers.get("X-Autorespond"):
            return "autoreply"
        if (headers.get("Precedence") or "").strip().lower() in ("auto_reply", "bulk", "junk"):
            return "autoreply"
    return None


NOT_ANSWERS = frozenset({"bounce", "autoreply", "ack", "complaint", "delivered", "own"})

