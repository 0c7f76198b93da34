"""What `--pseudonymise` does to each part of a replication package: the tables (audit.export.tables' Redaction),
the study the report is drawn from, the report itself, and the last check that nothing of the study's identities
is left in any file written.

The identities come from the study file and from the database (a company removed from the study file keeps its
row and its probes there), so a withdrawn company is pseudonymised too.
"""

from __future__ import annotations

import dataclasses
import enum
import html
import json
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

from pydantic import BaseModel

from audit.errors import AuditError
from audit.export.codebook import Column
from audit.publish.pseudonyms import NAME, Cleaner, Pseudonyms, known_literals, known_names
from audit.store.database import Store
from audit.study.model import Study

# columns that only say how to reach someone: dropped from the package
CONTACT_COLUMNS = {"probes": ("contact",), "replies": ("account", "from_addr", "message_id", "failed_address"),
                   "companies": ("domain",)}
# text columns whose values are the study's own closed vocabulary: kept as they are; every other text is cleaned
_VOCABULARY = {"study", "wave", "segment", "channel", "status", "kind", "first_reply_kind", "match_rule", "timezone",
               "score_by", "helpdesk", "dsn_status", "points_covered"}
_PSEUDONYM_MEANING = "a pseudonym: a keyed hash (HMAC-SHA256) of the {what}, the same in every package made with the " \
                     "same key; the key stays with the researcher"


class Identities:
    """The study's companies and personas, with their pseudonyms, and the cleaner that knows their names."""

    def __init__(self, store: Store, study: Study, pseudonyms: Pseudonyms):
        self.study = study
        rows = store.execute("SELECT id, name, domain FROM company WHERE study_id = :s", s=study.id)
        self.companies: dict[str, str] = {c.id: c.name for c in study.companies}
        self.companies.update({cid: name for cid, name, _ in rows})
        self.domains = {d for *_, d in rows if d} | {c.mail_domain for c in study.companies if c.mail_domain}
        self.contacts: set[str] = set(self.domains)
        for c in study.companies:
            self.contacts.update(str(v) for v in c.contacts.model_dump().values() if v)
        names = set(self.companies.values())
        self.personas = {p.id: p.name for p in study.personas}
        stored = store.execute("SELECT DISTINCT persona FROM probe WHERE study_id = :s", s=study.id)
        self.personas.update({pid: self.personas.get(pid, pid) for (pid,) in stored})
        for p in study.personas:
            for account in p.accounts().values():
                for field in ("address", "email", "phone", "number"):
                    if value := getattr(account, field, None):
                        self.contacts.add(str(value))
                if getattr(account, "name", None):
                    names.add(account.name)
        names |= set(self.personas.values()) | set(self.personas)
        names |= Cleaner.local_parts(self.contacts)
        self.names = {n for n in names if n}
        self.pseudonym = {cid: pseudonyms.of("company", cid) for cid in self.companies}
        self.persona_pseudonym = {pid: pseudonyms.of("persona", pid) for pid in self.personas}
        self._rater = lambda who: who if who == "auto" else pseudonyms.of("rater", who)
        for kind, given in (("company", self.pseudonym), ("persona", self.persona_pseudonym)):
            if len(set(given.values())) != len(given):
                raise AuditError(f"two {kind}s got the same pseudonym: this key cannot pseudonymise this study",
                                 hint="make another key (the pseudonyms will differ from those of earlier packages)")
        self.cleaner = Cleaner(self.names, self.contacts, {**self.pseudonym, **self.persona_pseudonym})
        named: dict[str, list[str]] = {}
        for cid, name in self.companies.items():
            named.setdefault(name, []).append(cid)
        # in the report, a company's name (in any word form) stands for its pseudonym, so that a sentence naming it
        # still points at its rows; a name two companies share is no one's, and becomes [name] with the others
        self._by_name = {name: self.pseudonym[ids[0]] for name, ids in named.items() if len(ids) == 1}
        self._company_names = known_names(self._by_name)

    def rater(self, who: str | None) -> str | None:
        return None if who is None else self._rater(who)

    # --- the study the report is drawn from -------------------------------------------------------------------

    def pseudonymised_study(self) -> Study:
        """A copy of the study with pseudonyms for ids and names, no contact, no account, and cleaned texts: what
        the report shows of the study (its title, its scripts, its personas) comes from this copy."""
        clean = self.cleaner.clean
        companies = [c.model_copy(update={"id": self.pseudonym[c.id], "name": self.pseudonym[c.id], "domain": None,
                                          "contacts": type(c.contacts)(),
                                          "attrs": {k: clean(v) for k, v in c.attrs.items()}})
                     for c in self.study.companies]
        personas = [p.model_copy(update={"id": self.persona_pseudonym[p.id], "name": NAME,
                                         **dict.fromkeys(p.accounts(), None)}) for p in self.study.personas]
        scripts = [s.model_copy(update={"subject": s.subject and clean(s.subject), "body": clean(s.body)})
                   for s in self.study.scripts]
        waves = [w.model_copy(update={"persona": w.persona and self.persona_pseudonym.get(w.persona, NAME)})
                 for w in self.study.waves]
        copy = self.study.model_copy(update={
            "companies": companies, "personas": personas, "scripts": scripts, "waves": waves, "blocklist": None,
            "exclude": {self.pseudonym.get(k, NAME): clean(v) for k, v in self.study.exclude.items()},
            "title": clean(self.study.title), "database": None})
        copy._by_id = None  # the original's index by real id
        return copy

    def text(self, value: str) -> str:
        """A string of the report: a company's id or name becomes its pseudonym, a persona's id its pseudonym; the
        study's names, e-mail addresses, URLs and the study's contacts inside a longer text become markers. The
        report's strings are our own words and figures (strangers' text never reaches it), so the looser patterns
        for phone numbers and bare domains, which free text needs, are not applied to them."""
        if value in self.pseudonym:
            return self.pseudonym[value]
        if value in self.persona_pseudonym:
            return self.persona_pseudonym[value]
        if value in self._by_name:
            return self._by_name[value]
        return self.cleaner.known(self._company_names.sub(self.cleaner.addresses(value)))


class TableRedaction:
    """audit.export.tables.Redaction for a pseudonymised package: contact columns dropped, ids pseudonymised, every
    free-text column cleaned."""

    def __init__(self, identities: Identities):
        self.who = identities
        self._plans: dict[str, list] = {}

    def columns(self, table: str, cols: Sequence[Column]) -> tuple[Column, ...]:
        plan, kept = [], []
        for i, c in enumerate(cols):
            if c.name in CONTACT_COLUMNS.get(table, ()):
                continue
            how = self._how(table, c)
            plan.append((i, how))
            if how in ("company", "company name", "persona", "rater"):
                c = dataclasses.replace(c, meaning=f"{c.meaning}; " + _PSEUDONYM_MEANING.format(what=c.name))
            kept.append(c)
        self._plans[table] = plan
        return tuple(kept)

    def _how(self, table: str, c: Column):
        if c.name == "company_id":
            return "company"
        if table == "companies" and c.name == "name":
            return "company name"  # the pseudonym of the row's company_id: a name may be shared, an id is not
        if c.name == "persona":
            return "persona"
        if c.name == "rater":
            return "rater"
        if c.type != "text" or c.name in _VOCABULARY:
            return None
        return "clean"

    def rows(self, table: str, rows: list[tuple]) -> list[tuple]:
        plan, who = self._plans[table], self.who
        company = next((i for i, how in plan if how == "company"), None)
        change = {"company": lambda v, r: v and who.pseudonym.get(v, NAME),
                  "company name": lambda v, r: who.pseudonym.get(r[company], NAME),
                  "persona": lambda v, r: v and who.persona_pseudonym.get(v, NAME),
                  "rater": lambda v, r: who.rater(v), "clean": lambda v, r: v and who.cleaner.clean(v),
                  None: lambda v, r: v}
        steps = [(i, change[how]) for i, how in plan]
        return [tuple(f(r[i], r) for i, f in steps) for r in rows]


# --- the report -----------------------------------------------------------------------------------------------------

_PLAIN = (int, float, bool, type(None), bytes, date, datetime, timedelta, Path, enum.Enum)


def pseudonymise_report(report, identities: Identities):
    """The report with every string of it through `Identities.text` and its study replaced by the pseudonymised
    copy, changed in place (a report made for this package only). Whatever a later version adds to the report (a
    finding in words naming a company) passes through the same function; a value of a kind it does not know is
    an error, not a silent pass."""
    import numpy as np

    study = identities.pseudonymised_study()
    done: set[int] = set()  # objects changed in place: a figure shared by a breakdown and a comparison, once

    def walk(value):
        if isinstance(value, str):
            return identities.text(value)
        if isinstance(value, _PLAIN) or isinstance(value, np.ndarray | np.generic):
            return value
        if value is identities.study or isinstance(value, Study):
            return study
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, tuple):
            items = [walk(v) for v in value]
            return type(value)(*items) if hasattr(value, "_fields") else tuple(items)
        if isinstance(value, set | frozenset):
            return type(value)(walk(v) for v in value)
        if isinstance(value, dict):
            return type(value)((walk(k), walk(v)) for k, v in value.items()) if not hasattr(value, "default_factory") \
                else _defaultdict(value, walk)
        if isinstance(value, BaseModel):
            raise AuditError(f"cannot pseudonymise a {type(value).__name__} in the report",
                             hint="a bug: audit.publish.redact.pseudonymise_report must learn it")
        if dataclasses.is_dataclass(value) or hasattr(value, "__dict__"):
            if id(value) in done:
                return value
            done.add(id(value))
            for name, item in list(vars(value).items()):
                object.__setattr__(value, name, walk(item))  # frozen dataclasses too
            return value
        raise AuditError(f"cannot pseudonymise a {type(value).__name__} in the report",
                         hint="a bug: audit.publish.redact.pseudonymise_report must learn it")

    return walk(report)


def _defaultdict(value, walk):
    out = type(value)(value.default_factory)
    for k, v in value.items():
        out[walk(k)] = walk(v)
    return out


# --- the last check -------------------------------------------------------------------------------------------------

def leaks(directory: Path, identities: Identities) -> list[str]:
    """Every file of the package that still holds a company's id, name or contact, or a persona's id, or a persona's
    name in any word form: 'file: what'. Files are read in blocks of lines (a table can be larger than memory), the
    HTML with its character references resolved. An id of digits only is not looked for: any number would match."""
    wanted = [("a company name", known_literals(dict.fromkeys(identities.companies.values(), ""))),
              ("a contact", known_literals(dict.fromkeys(identities.contacts, ""))),
              ("a persona id", known_literals(dict.fromkeys(identities.personas, ""))),
              ("a company id", known_literals({i: "" for i in identities.companies if not i.isdigit()})),
              ("a persona's name", known_names(dict.fromkeys(identities.personas.values(), "")))]
    found = []
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        hits: set[str] = set()
        for block in _blocks(path):
            hits |= {what for what, known in wanted if what not in hits and known.search(block)}
        found += [f"{path.relative_to(directory)}: {what}" for what in sorted(hits)]
    return found


def _blocks(path: Path, lines: int = 10_000):
    with path.open(encoding="utf-8", errors="replace") as fh:
        if path.suffix == ".json":  # \u escapes read as the letters they are
            yield json.dumps(json.load(fh), ensure_ascii=False)
            return
        block: list[str] = []
        for line in fh:
            block.append(line)
            if len(block) == lines:
                yield _text(path, block)
                block = []
        if block:
            yield _text(path, block)


def _text(path: Path, lines: list[str]) -> str:
    text = "".join(lines)
    return html.unescape(text) if path.suffix == ".html" else text
