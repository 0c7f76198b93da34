"""The verdict of `scoring.kinds` and the data it decides with (`scoring/data/phrases.json`,
`helpdesks.json`, shapes documented in `scoring.kinds`), loaded once."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

from scoring.phraselist import PhraseList, phrase_list

DATA = Path(__file__).with_name("data")
KINDS = ("bounce", "autoreply", "ack", "complaint", "delivered", "human")
SCAN_LIMIT = 64 * 1024  # characters of body text looked at
HEAD_LIMIT = 1500  # ack / auto-reply phrases count only near the top of the text
MAX_PARTS = 64  # MIME parts looked at
MAX_ADDRESSES = 50  # candidate addresses looked at when searching a plain-text bounce


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
    # the address is not yet known to fail (docs/method.md §5); True for a failure
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
    lists: dict[str, PhraseList]
    tickets: tuple[re.Pattern, ...]

    def search(self, name: str, text: str) -> re.Match | None:
        """The first match in `text`, case-insensitive (the match is of the lower-cased text)."""
        pattern = self.lists.get(name)
        return pattern.search(text.lower()) if pattern is not None and text else None

    def spans(self, name: str, text: str, limit: int) -> list[tuple[int, int]]:
        """Where the first `limit` matches are in `text` (positions in `text` itself)."""
        pattern = self.lists.get(name)
        if pattern is None or not text:
            return []
        low = text.lower()
        if len(low) != len(text):  # a few letters lower-case into two characters: search the text as it is
            low, pattern = text, re.compile(pattern.pattern, re.I | re.M)
        return [m.span() for _, m in zip(range(limit), pattern.finditer(low), strict=False)]


def _alternation(patterns: list[str]) -> PhraseList | None:
    """One list, for lower-cased text: `re.I` would make a long alternation twice as slow, and the phrase lists hold
    no upper-case letters (a test says so)."""
    return phrase_list(patterns, re.M)


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
        vendors.append(
            Helpdesk(
                name=item["name"],
                headers=tuple((k, v.lower()) for k, v in (item.get("headers") or {}).items()),
                domains=_domain_pattern(item.get("domains") or ()),
                subjects=tuple(re.compile(p, re.I) for p in item.get("subjects") or ()),
                ticket=re.compile(item["ticket"]) if item.get("ticket") else None,
                humans_auto_submitted=bool(item.get("humans_auto_submitted")),
            )
        )
    return tuple(data.get("domain_headers") or ()), tuple(vendors)


@functools.cache
def any_helpdesk_domain() -> re.Pattern | None:
    """Every vendor's domains as one pattern: where it finds none, no vendor's pattern does (one search of a message's
    headers instead of one a vendor)."""
    return _domain_pattern(_helpdesk_domains())


@functools.cache
def _helpdesk_domains() -> tuple[str, ...]:
    data = json.loads((DATA / "helpdesks.json").read_text("utf-8"))
    return tuple(d for item in data.get("helpdesks", ()) for d in item.get("domains") or ())


@functools.cache
def _ascii_helpdesk_domains() -> tuple[str, ...] | None:
    """The domains in lower case, or None when one is not ASCII (re.I folds a few non-ASCII letters into ASCII ones)."""
    domains = _helpdesk_domains()
    return tuple(d.lower() for d in domains) if all(d.isascii() for d in domains) else None


def names_a_helpdesk_domain(text: str) -> bool:
    """Whether `any_helpdesk_domain()` finds a domain in `text`. The search tries its lookbehind and every domain at
    each character, case-insensitively; ASCII text that holds none of the (ASCII) domains in any case cannot match,
    and is told so by a few substring tests (a message's headers name no helpdesk, mostly)."""
    pattern = any_helpdesk_domain()
    if pattern is None:
        return False
    domains = _ascii_helpdesk_domains()
    if domains is not None and text.isascii():
        lowered = text.lower()
        if not any(d in lowered for d in domains):
            return False
    return pattern.search(text) is not None


def _domain_pattern(domains) -> re.Pattern | None:
    """A domain itself or any subdomain of it, not a longer name ("zendesk.com", "x.zendesk.com"; not
    "notzendesk.com" nor "zendesk.com.evil.example")."""
    if not domains:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(d) for d in domains) + r")(?![\w-]|\.\w)", re.I)
