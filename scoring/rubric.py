"""The 0–4 quality score of docs/method.md §6, derived from flags that are stored beside it, so another rubric can
be computed later from the same data.

    0  no human answer within the reply window (nothing, a bounce, an auto-reply or acknowledgement only)
    1  answered, but did not help: a redirect to another channel, or none of the question's points answered
    2  a partial answer: some of the script's points answered
    3  a complete answer: every point answered
    4  complete, personal (addresses this customer), proactive (offers the next step) and polite
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from scoring.lemmas import contains, lemmas
from scoring.weigh import weigh

DATA = Path(__file__).parent / "data" / "rubric.json"


@cache
def _data() -> dict[str, Any]:
    return json.loads(DATA.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Flags:
    answered: bool  # a human answer (not a bounce, auto-reply or acknowledgement) within the window
    ack_only: bool = False  # only an automatic acknowledgement arrived
    redirect: bool = False
    points_total: int = 0
    points_covered: tuple[str, ...] = ()
    personal: bool = False
    next_step: bool = False
    polite: bool = False
    evidence: dict[str, str] = field(default_factory=dict)  # point or flag -> the words that showed it

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["points_covered"] = list(self.points_covered)
        return d


def _hit(text: str, words: list[str], phrases: list[str], patterns: list[str], present: set[str]) -> str | None:
    for p in patterns:
        m = re.search(p, text, re.IGNORECASE | re.MULTILINE)
        if m:
            return m.group(0).strip()
    for phrase in phrases:
        if contains(words, phrase, present=present):
            return phrase
    return None


def covered_points(text: str, points: list[Any], words: list[str] | None = None) -> dict[str, str]:
    """Point id -> evidence, for each script point the text answers (regex patterns, or phrases by lemma). `words`:
    the text's lemmas, when the caller has them."""
    words = lemmas(text) if words is None else words
    present = set(words)
    out = {}
    for p in points:
        found = _hit(text, words, list(p.phrases), list(p.patterns), present)
        if found is not None:
            out[p.id] = found
    return out


SUBSTANCE_WORDS = 8  # words outside the redirect, contact and courtesy sentences that make an answer say more


def flags_for(text: str | None, *, answered: bool, ack_only: bool = False, points: list[Any] = (),
              persona_name: str = "", closing: str = "") -> Flags:
    """Flags of one answer. `text` is the answer's own new text (quotes and signature removed); `closing`, the
    signature block removed from it, counts for politeness only ("С уважением" is courtesy, not content)."""
    if not answered or not text:
        return Flags(answered=False, ack_only=ack_only, points_total=len(points))
    words = lemmas(text)
    data = _data()
    covered = covered_points(text, points, words)
    evidence = dict(covered)
    marks = {}
    for name in ("next_step", "polite"):
        # the lemmas of the text and the closing, a line apart, are the text's then the closing's: no word spans a line
        where, where_words = (f"{text}\n{closing}", words + lemmas(closing)) if name == "polite" and closing \
            else (text, words)
        found = _hit(where, where_words, data[name]["phrases"], data[name]["patterns"], set(where_words))
        if found is not None:
            marks[name] = True
            evidence[name] = found
    first_name = persona_name.split()[0] if persona_name.strip() else ""
    personal = bool(first_name) and contains(words, first_name)
    if personal:
        evidence["personal"] = first_name
    # An answer that answers the question is not a redirect for merely giving a phone number as well, nor is one
    # that says more than where to turn or states a fact of its own (a time, a price: "Склад открыт до 18:00"; the
    # script may list no points, or the answer may cover none of them). A phone number or a link beside a greeting
    # and a few words that state nothing («Мы рады вашему письму») sends the customer there just the same.
    # A point counts against a redirect only where the reply says it: «По тарифам и договору вас проконсультирует
    # отдел продаж» names the contract point and answers nothing, «звоните с 9 до 21» gives the hours to call.
    weighed = weigh(text)
    where = weighed.first("redirect") or weighed.first("contact")
    redirect = bool(where) and weighed.substance < SUBSTANCE_WORDS and not weighed.facts and not (
        covered and covered_points("\n".join(weighed.said), points))
    if redirect:
        evidence["redirect"] = where
    return Flags(answered=True, redirect=redirect, points_total=len(points),
                 points_covered=tuple(sorted(covered)), personal=personal, next_step=marks.get("next_step", False),
                 polite=marks.get("polite", False), evidence=evidence)


def score(flags: Flags) -> tuple[int, list[str]]:
    """The score and the reasons for it, in words a rater can check."""
    if not flags.answered:
        return 0, ["only an automatic acknowledgement" if flags.ack_only else "no human answer within the window"]
    if flags.redirect:
        return 1, [f"redirects to another channel ({flags.evidence.get('redirect', '')})"]
    covered, total = len(flags.points_covered), flags.points_total
    if total and covered == 0:
        return 1, [f"answers none of the {total} points of the question"]
    if covered < total:
        return 2, [f"answers {covered} of {total} points: {', '.join(flags.points_covered)}"]
    reasons = [f"answers all {total} points" if total else "answers (the script lists no points)"]
    extras = {"personal": flags.personal, "offers the next step": flags.next_step, "polite": flags.polite}
    if all(extras.values()):
        return 4, reasons + ["personal, offers the next step and polite"]
    return 3, reasons + [f"not {name}" for name, ok in extras.items() if not ok]
