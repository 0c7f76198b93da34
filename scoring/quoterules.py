"""The quote-header and signature rules of `scoring.text`, read once from `scoring/data/quote_headers.json`
(its shape is documented in `scoring.text`)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from scoring.phraselist import PhraseList, phrase_list

DATA = Path(__file__).parent / "data" / "quote_headers.json"


@dataclass(frozen=True)
class _Rules:
    header_spans: dict[int, re.Pattern]  # k -> the headers that may take k lines or more, as one pattern
    max_span: int
    lead_ins: tuple[re.Pattern, ...]
    field: re.Pattern  # group "label"
    field_kind: dict[str, str]  # lower-cased label -> kind
    sig_delim: re.Pattern
    sig_max: int
    mobile: tuple[re.Pattern, ...]
    closings: tuple[re.Pattern, ...]
    contact: tuple[re.Pattern, ...]
    max_contact: int
    name_line: re.Pattern  # a person's name on its own line (case-sensitive: names are capitalised)
    rule_line: re.Pattern  # "__________", "---": a signature's separator when only a signature follows
    comment_authors: tuple[re.Pattern, ...]  # "X commented:", "добавлен комментарий": a person wrote what follows
    comment_time: re.Pattern  # a helpdesk comment's date line, under its author's name (use with `match`)
    comment_time_tail: re.Pattern  # the same at the end of an author's line: "Анатолий Смирнов, 7 декабря, 16:36"
    company_line: re.Pattern  # a team or company signing the reply: "Команда «Большая ложка»"
    author_lines: tuple[re.Pattern, ...]  # "Nina from Metricly" over a chat widget's mail, above the greeting
    any_footer: PhraseList  # footers and disclaimers as one pattern, for `match` on a lower-cased line: from there
    # down, not the reply
    any_chrome: PhraseList  # markers, comment authors and headers as one, for `match` on a lower-cased line: dropped
    sig_line_max: int  # a signature line is shorter than this
    quote_classes: frozenset[str]
    quote_ids: frozenset[str]
    sig_classes: frozenset[str]


def _one(patterns: list[str]) -> PhraseList:
    """The patterns as one, to be used with `match` (one start position per line, not one per character) on a
    lower-cased line (re.I would make it twice as slow; the chrome lists hold no capital letters, a test checks): a
    pattern anchored with ^ as it is, an unanchored one after any text."""
    return phrase_list([p[1:] if p.startswith("^") else f".*?{p}" for p in patterns])


@lru_cache(maxsize=1)
def rules() -> _Rules:
    data = json.loads(DATA.read_text(encoding="utf-8"))

    def comp(patterns):
        return tuple(re.compile(p, re.I) for p in patterns)

    kinds = {label.lower(): kind for kind, labels in data["fields"].items() for label in labels}
    labels = "|".join(sorted(map(re.escape, kinds), key=len, reverse=True))
    sig, html = data["signature"], data["html"]
    return _Rules(
        header_spans={k: re.compile("|".join(f"(?:{h['pattern']})" for h in data["headers"]
                                             if int(h.get("lines", 1)) >= k), re.I)
                      for k in range(1, max(int(h.get("lines", 1)) for h in data["headers"]) + 1)},
        max_span=max(int(h.get("lines", 1)) for h in data["headers"]),
        lead_ins=comp(h["pattern"] for h in data["lead_ins"]),
        field=re.compile(rf"^\*?(?P<label>{labels})\*?\s*:(\*|\s|$)", re.I),
        field_kind=kinds,
        sig_delim=re.compile(sig["delimiter"]),
        sig_max=int(sig["max_lines"]),
        mobile=comp(sig["mobile"]),
        closings=comp(sig["closings"]),
        contact=comp(sig["contact"]),
        max_contact=int(sig["max_contact_lines"]),
        name_line=re.compile(sig["name_line"]),
        rule_line=re.compile(sig["rule_line"]),
        comment_authors=comp(data["chrome"]["comment_authors"]),
        comment_time=re.compile(data["chrome"]["comment_time"], re.I),
        comment_time_tail=re.compile(r"(?:,|\s[—–|·-])?\s+(?:" + data["chrome"]["comment_time"] + ")", re.I),
        company_line=re.compile(sig["company_line"], re.I),
        author_lines=comp(data["chrome"].get("author_lines", ())),
        any_footer=_one([*data["chrome"]["footers"], *data["chrome"]["disclaimers"]]),
        any_chrome=_one([*data["chrome"]["markers"], *data["chrome"]["comment_authors"],
                         *data["chrome"]["comment_headers"]]),
        sig_line_max=int(sig["signature_line_max"]),
        quote_classes=frozenset(c.lower() for c in html["quote_classes"]),
        quote_ids=frozenset(i.lower() for i in html["quote_ids"]),
        sig_classes=frozenset(c.lower() for c in html["signature_classes"]),
    )
