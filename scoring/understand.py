"""Everything scoring makes of one reply, from one parse: its kind, its own words and, for a probe's script, the
rubric flags and the 0–4 score with the reasons.

    understand(raw) -> Understanding        kind (scoring.kinds) and new text (scoring.text); never raises. A
                                            message beyond the MIME limits (scoring.mimelimits) or that the
                                            parser cannot read is "unreadable": never an answer, for a person
    judge(u, points, persona_name) -> Judgement
                                            the final kind (a human answer that only sends the customer elsewhere
                                            becomes "redirect"), the flags and the score of that one reply

The two steps are apart because the first depends on the message only and the second on the study file too: a
rubric or script change re-runs `judge` on stored understandings (`audit rescore` re-runs both, in case the phrase
data changed).
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from scoring.autoreply import DECISIVE_AUTO, TENTATIVE
from scoring.kinddata import phrases
from scoring.kinds import classify_parsed
from scoring.mime import decode_parsed
from scoring.mimelimits import over_limits
from scoring.rubric import Flags, covered_points, flags_for, score
from scoring.text import helpdesk_comment, own_words
from scoring.weigh import Weighed, weigh

SETTLE_WORDS = 8  # words said besides acknowledging or being away that make a reply more than that (scoring.weigh)
RECEIPT_WORDS = 24  # ... besides a receipt with a ticket number or from a system
HUMAN_WORDS = 16  # words said that make mail with only a mailing system's headers a person's answer
TEXT_LIMIT = 200_000  # characters of a reply's text kept: a reply is a few paragraphs, not a book
JUDGE_LIMIT = 20_000  # characters read by the rubric (lemmatising costs about 1 ms per 100 words)
REPORT_KINDS = ("bounce", "complaint", "delivered")  # what mail systems write about a message, not replies to it
ANSWER_KINDS = ("human", "redirect")  # the kinds that are answers; "redirect" is a human answer that did not help
UNREADABLE = "unreadable"  # not read: beyond the MIME limits, or the parser failed; the reason says which
NOT_ANSWER_REASON = {
    UNREADABLE: "unreadable: not read as an answer (a person should look)",
    "bounce": "a delivery failure, not an answer",
    "autoreply": "an auto-reply, not an answer",
    "ack": "only an automatic acknowledgement",
    "complaint": "a spam complaint report, not an answer",
    "delivered": "a delivery report, not an answer",
}


@dataclass(frozen=True, slots=True)
class Understanding:
    kind: str  # as scoring.kinds decides: bounce | autoreply | ack | complaint | delivered | human; or UNREADABLE
    reasons: tuple[str, ...]
    text: str  # the reply's own words: quoted original and signature removed
    error: str | None = None  # how the message was broken and how it was read anyway
    failed_address: str | None = None
    status: str | None = None
    permanent: bool | None = None
    ticket: str | None = None
    helpdesk: str | None = None
    closing: str = ""  # the signature block removed from the valediction down: how the reply ends, for "polite"
    comment: str | None = None  # a helpdesk's "X commented" / author line: a person wrote it (scoring.text)


@dataclass(frozen=True, slots=True)
class Judgement:
    kind: str  # Understanding.kind, with "redirect" for a human answer that only redirects
    flags: Flags
    score: int
    reasons: list[str]

    @property
    def is_answer(self) -> bool:
        return self.kind in ANSWER_KINDS


def understand(raw: bytes) -> Understanding:
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogateescape")
    beyond = over_limits(raw or b"")  # before the parser, which recurses per level and builds an object per part
    if beyond:
        return _unreadable(beyond)
    try:
        msg = email.message_from_bytes(raw or b"", policy=email.policy.compat32)
    except Exception as exc:  # noqa: BLE001 - RecursionError included: stored, and shown to a person
        return _unreadable(f"the mail parser failed: {type(exc).__name__}: {exc}")
    kind = classify_parsed(msg)  # reads the message; decode_parsed may repair it, so it comes second
    unparsed = _unparsed(kind.reasons)
    if unparsed:  # its structure could not be read: what kind it is, nobody knows yet
        return _unreadable(f"its structure could not be read ({unparsed})")
    decoded = decode_parsed(msg, raw)
    if decoded.unreadable:
        return _unreadable(decoded.error or "its body could not be read")
    if kind.kind in REPORT_KINDS:  # a mail system's report is read whole by a person; it has no own words to find
        return Understanding(kind.kind, kind.reasons, decoded.text[:TEXT_LIMIT].strip(), decoded.error,
                             kind.failed_address, kind.status, kind.permanent, kind.ticket, kind.helpdesk)
    try:
        text, closing = own_words(decoded.text[: TEXT_LIMIT * 5])
        text, closing = text[:TEXT_LIMIT], closing[:2000]
    except Exception as exc:  # noqa: BLE001 - the decoded body is still the best text there is
        text = decoded.text[:TEXT_LIMIT]
        return Understanding(kind.kind, kind.reasons, text, f"quote removal failed: {exc}"[:500], kind.failed_address,
                             kind.status, kind.permanent, kind.ticket, kind.helpdesk)
    comment = helpdesk_comment(decoded.text[:20000]) if kind.kind == "autoreply" else None
    # the ticket number is looked for in the text only where a verdict reads it (most replies never get there)
    settled, reasons = _settle(kind.kind, kind.reasons, text[:JUDGE_LIMIT], lambda: kind.ticket or _ticket_in(text))
    return Understanding(settled, reasons, text, decoded.error, kind.failed_address, kind.status,
                         kind.permanent, kind.ticket, kind.helpdesk, closing, comment)


def _unreadable(why: str) -> Understanding:
    """Not read: no text, no kind but this one, the reason (which limit, or what failed) said as it is."""
    why = f"unreadable: {why}"[:500]
    return Understanding(UNREADABLE, (why,), "", why)


def _ticket_in(text: str) -> str | None:
    """A ticket number near the top of the reply's own words («Номер: SUP-118204», "Request #88812")."""
    for pattern in phrases().tickets:
        found = pattern.search(text[:1500])
        if found:
            return found.group("ticket")
    return None


def _unparsed(reasons: tuple[str, ...]) -> str | None:
    return next((r for r in reasons if r.startswith("unparsed:")), None)


def _settle(kind: str, reasons: tuple[str, ...], text: str,
            ticket: Callable[[], str | None]) -> tuple[str, tuple[str, ...]]:
    """The kind, weighing what the reply's own words do (scoring.weigh), for mail the headers and the top of the text
    left open. A "human" or automatic message that only acknowledges (a CRM's «мы получили ваше письмо» with no
    vendor header, an auto-responder's "we received your email") is an acknowledgement; a "human" one that only
    says the office is away or closed is an auto-reply (tentative: the script's points still overrule it in
    `judge`); one with only a mailing system's headers that says a good deal is a person's."""
    if kind == "ack":  # «Ваше письмо получено в нерабочее время»: an after-hours notice, whatever its subject says
        w = weigh(text)
        if w.has("away") and not w.has("receipt"):
            return "autoreply", (*reasons, f"an after-hours notice: {w.first('away')[:60]}")
        if not any(r.startswith("subject:") for r in reasons) and w.substance >= RECEIPT_WORDS:
            # a helpdesk's "request N created" under an agent's answer: the answer is what was sent
            return "human", (*reasons, f"says {w.substance} words besides its receipt")
        if not w.has("receipt") and not w.has("promise") and w.facts and (
                w.substance >= HUMAN_WORDS or (w.facts >= 2 and w.substance >= SETTLE_WORDS)):
            # "Re: Ticket Received - [#51384]": an agent answering in the thread the receipt began
            return "human", (*reasons, f"the subject says received, the words answer: {w.substance} words and "
                                       f"{w.facts} facts")
        return kind, reasons
    if kind not in ("human", "autoreply") or "read receipt (mdn)" in reasons or any(
            r.startswith("challenge-response") for r in reasons):
        return kind, reasons
    tentative_only = kind == "autoreply" and weak_signs_only(reasons)
    w = weigh(text)
    away, receipt = w.first("away"), w.first("receipt")
    if kind == "autoreply" and not tentative_only:  # an auto-responder for sure; maybe one that acknowledges
        if away and w.substance >= HUMAN_WORDS and w.facts >= 2:
            # «Я в отпуске, поэтому коротко: работаем с 10 до 21, доставка при заказе до 13:00»: a person away who
            # answers all the same, in an out-of-office sent with the client's automatic headers
            return "human", (*reasons, f"away, but answers: {w.substance} words and {w.facts} facts of its own")
        if receipt and not away and not w.first_person and w.substance < SETTLE_WORDS:
            return "ack", (*reasons, f"only acknowledges: {receipt[:60]}")  # "we", not "I": a system's receipt
        if not away and not receipt and not w.has("promise") and w.facts >= 2 and w.substance >= HUMAN_WORDS and \
                not any(r in DECISIVE_AUTO or r.startswith("challenge-response") for r in reasons):
            # «Автоматическое уведомление: Re: …» over «работает до 20:00, доставка 450 руб.»: a subject (a client's
            # rule, a helpdesk's template) said automatic, no auto-responder's header did, and the words answer
            return "human", (*reasons, f"an automatic subject over an answer: {w.substance} words and {w.facts} "
                                       f"facts of its own")
        return kind, reasons
    if _acknowledges(w, reasons, ticket):  # "registered; we answer in working hours": received comes first
        why = receipt or w.first("promise") or ""
        return "ack", (*[r for r in reasons if not r.startswith(TENTATIVE)], f"only acknowledges: {why[:60]}")
    if away and w.substance < SETTLE_WORDS and not w.facts:
        return "autoreply", (*reasons, f"{TENTATIVE}only an away notice: {away[:60]}")
    listed = any(r.endswith(("precedence: list", "precedence: junk")) for r in reasons)  # a list's post, a newsletter
    facts = w.facts or (w.hours if not w.has("promise") else 0)  # hours with no "we will answer": stated, not a rule
    if tentative_only and not receipt and (w.substance >= HUMAN_WORDS or (facts and not listed)) and (
            not away or w.facts):
        # a machine that is not away does not answer: «Мы открыты до 22:00 — оформлю за вас» was typed
        return "human", (*reasons, f"says {w.substance} words and {facts} facts of its own despite the automatic "
                                   f"headers")
    if tentative_only and not away and not receipt and not w.has("promise") and (
            w.has("redirect") or (w.has("contact") and not w.has("said"))):
        # nor does it send the customer to the sales department, or give a bare phone number: a person did
        why = w.first("redirect") or w.first("contact") or ""
        return "human", (*reasons, f"a person's redirect despite the automatic headers: {why[:60]}")
    return kind, reasons


def weak_signs_only(reasons: tuple[str, ...]) -> bool:
    """Every reason is a weak sign of automatic mail (tentative, a helpdesk, a no-reply-like sender): an auto-reply
    read from these alone may be a person's."""
    return all(r.startswith((TENTATIVE, "helpdesk ", "sender ")) for r in reasons)


def _acknowledges(w: Weighed, reasons: tuple[str, ...], ticket: Callable[[], str | None]) -> bool:
    """A reply that says nothing but that it was received, or that somebody will answer, and does not speak as a
    person ("I"). Receipt alone is enough; a promise needs an automatic sign (a helpdesk, a no-reply sender, a
    mailing system's header, a ticket number): "we will answer soon" typed by a person is a person's reply. Where the
    reply also sends the customer elsewhere, only an automatic sign makes it an acknowledgement."""
    if w.first_person or w.facts or not (w.has("receipt") or w.has("promise")):
        return False  # "we received your email - thanks. Our counter is open until 18:00": an answer
    automatic = any(r.startswith((TENTATIVE, "helpdesk ", "sender no-reply")) for r in reasons) or bool(ticket())
    # how much else it may say: a receipt with a number or from a system is followed by its rules ("keep the
    # number in the subject", "average first response: 40 minutes"); a bare one by a sentence at most
    room = RECEIPT_WORDS if w.has("receipt") and automatic else SETTLE_WORDS + 4 if w.has("receipt") else SETTLE_WORDS
    if w.substance >= room:
        return False
    if w.has("redirect") and not automatic and not w.has("receipt"):
        return False
    return w.has("receipt") or (automatic and not w.has("away"))  # "closed; we will answer soon": away


def judge(u: Understanding, points: list[Any] = (), persona_name: str = "") -> Judgement:
    overruled = _overruled(u, points)
    if overruled:  # a machine does not answer the question: somebody wrote this, whatever the headers say
        got = judge(replace(u, kind="human"), points, persona_name)
        return replace(got, reasons=[*got.reasons, overruled])
    if u.kind != "human":
        flags = flags_for(None, answered=False, ack_only=u.kind == "ack", points=points)
        return Judgement(u.kind, flags, 0, [NOT_ANSWER_REASON.get(u.kind, f"{u.kind}, not an answer")])
    if not u.text.strip():
        flags = flags_for(None, answered=False, points=points)
        return Judgement("human", flags, 0, ["an empty message: nothing to score (a person should look)"])
    flags = flags_for(u.text[:JUDGE_LIMIT], answered=True, points=points, persona_name=persona_name,
                      closing=u.closing)
    value, reasons = score(flags)
    return Judgement("redirect" if flags.redirect else "human", flags, value, reasons)


def _overruled(u: Understanding, points: list[Any]) -> str | None:
    """Why an auto-reply that only weak signs made (scoring.autoreply.TENTATIVE) is a person's answer: it answers
    some of the script's points."""
    tentative = [r[len(TENTATIVE):] for r in u.reasons if r.startswith(TENTATIVE)]
    if u.kind != "autoreply" or not tentative or len(tentative) != len([r for r in u.reasons
                                                                         if not r.startswith("helpdesk ")]):
        return None  # an auto-responder's own header or subject decided: no text overrules it
    if u.comment:
        return f"a person's comment in a helpdesk thread ({u.comment[:80]}) despite the automatic signs " \
               f"({'; '.join(tentative)})"
    if not points:
        return None
    # only what the reply says: «В отпуске до 14.12», «по договорам вам поможет Анна», «ответим в рабочее время: мы
    # работаем с 10 до 19» name a point's words in sentences that say the office is away, where to turn or when a
    # machine's sender will answer; the hours alone («Работаем до 20:00.») answer "until when are you open"
    w = weigh(u.text[:JUDGE_LIMIT])
    stated = w.said if any(w.has(r) for r in ("away", "receipt", "promise")) else \
        (*w.said, *(sentence for r, sentence, _ in w.sentences if r == "hours"))
    covered = covered_points("\n".join(stated), points)
    if not covered:
        return None
    return f"a person's answer despite the automatic signs ({'; '.join(tentative)}): it answers " \
           f"{', '.join(sorted(covered))}"
