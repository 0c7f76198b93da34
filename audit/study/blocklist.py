"""The blocklist: companies that asked not to be contacted, honoured by every run of every study that names it.

A plain file a person can read and edit (and `audit block` appends to): one entry per line, `entry,reason`, where
the entry is a company id, an e-mail address, a mail domain, or any contact (a form's URL, a VK or Telegram name, a
phone number). Lines starting with # are comments. The file is read at every run, so an entry added mid-wave stops
the company's remaining probes at once.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from audit.errors import InputError, Problem, StudyError
from audit.inputs import read_text


@dataclass(frozen=True)
class Entry:
    entry: str
    reason: str
    where: str  # file:line, for the record


# sites whose first path segment is an account name: a link to one is the account itself
HANDLE_SITES = ("t.me", "telegram.me", "vk.com", "vk.ru", "m.vk.com", "instagram.com", "facebook.com", "wa.me")
_PHONE = re.compile(r"^\+?[\d\s().-]+$")


def normal(value: str) -> str:
    """One canonical form per contact, whichever way it was written: `tel:<digits>` for a phone (+7 916 123-45-67,
    8 916 1234567 and +79161234567 are one number), `handle:<name>` for an account (@shop, shop, t.me/shop,
    https://vk.com/shop), `mail:<address>`, `dom:<domain>` (www. and a trailing slash dropped), `url:<host/path>`
    (scheme dropped), else the text lower-cased."""
    v = value.strip().lower()
    for prefix in ("mailto:", "tel:"):
        v = v.removeprefix(prefix)
    if _PHONE.match(v) and sum(ch.isdigit() for ch in v) >= 7:
        digits = "".join(ch for ch in v if ch.isdigit())
        if len(digits) == 11 and digits[0] == "8":  # the Russian trunk prefix: 8 916 ... is +7 916 ...
            digits = "7" + digits[1:]
        return f"tel:{digits}"
    if v.startswith("@"):
        return f"handle:{v[1:]}"
    if "@" in v and "/" not in v:
        return f"mail:{v}"
    if "://" in v or "/" in v or v.startswith("www."):
        rest = v.split("://", 1)[-1].removeprefix("www.").rstrip("/")
        host, _, path = rest.partition("/")
        if host in HANDLE_SITES and path:
            return f"handle:{path.split('/')[0].lstrip('@')}"
        return f"url:{host}/{path}" if path else f"dom:{host}"
    if "." in v and " " not in v:
        return f"dom:{v}"
    return f"handle:{v}"


def _domains(domain: str) -> set[str]:
    """A mail or web domain and the domains above it (not the top level alone): a blocked shop.example covers
    mail.shop.example."""
    parts = domain.strip(".").split(".")
    return {f"dom:{'.'.join(parts[i:])}" for i in range(len(parts) - 1)}


def contact_keys(contact: str, domain: str | None) -> set[str]:
    """Every canonical form an entry may name this contact by: the contact itself, and the domains it lives on."""
    key = normal(contact)
    out = {key}
    if key.startswith("mail:"):
        out |= _domains(key.rsplit("@", 1)[1])
    elif key.startswith(("url:", "dom:")):
        out |= _domains(key.split(":", 1)[1].split("/")[0])
    if domain:
        out |= _domains(domain.lower())
    return out


def entry_keys(text: str) -> tuple[str, str]:
    """The keys an entry is found by: its canonical contact form, and the same text as a company id."""
    return normal(text), f"id:{text.strip().lower()}"


def read_blocklist(path: Path | None) -> dict[str, Entry]:
    """The file's entries by their normal form. A study that names a blocklist the file of which is missing (a
    typo, a moved file) is an error, never an empty blocklist: that would write to companies that asked not to be
    contacted."""
    if path is None:
        return {}
    if not path.is_file():
        what = "is a folder, not a file" if path.is_dir() else "does not exist"
        raise StudyError([Problem(str(path), None, None, "blocklist",
                                  f"the study's blocklist {what}: fix the blocklist: path in the study, or create "
                                  f"the file (an empty one will do; audit block adds entries)")])
    out: dict[str, Entry] = {}
    try:
        text = read_text(path, "blocklist")
    except InputError as exc:
        raise StudyError([Problem(str(path), exc.line, exc.column, "blocklist",
                                  f"{exc.reason}: {exc.hint}" if exc.hint else exc.reason)]) from None
    for line_no, row in enumerate(csv.reader(text.splitlines()), start=1):
        if not row or not row[0].strip() or row[0].lstrip().startswith("#"):
            continue
        if line_no == 1 and row[0].strip().lower() == "entry":
            continue  # a header
        text = row[0].strip()
        found = Entry(text, ",".join(row[1:]).strip() or "no reason given", f"{path}:{line_no}")
        for key in entry_keys(text):
            out.setdefault(key, found)
    return out


def blocked(entries: dict[str, Entry], company_id: str, contact: str, domain: str | None) -> Entry | None:
    """The entry that blocks this company's contact, if any: its id, the contact however written, or a domain it
    is on."""
    if not entries:
        return None
    for key in (f"id:{company_id.lower()}", *sorted(contact_keys(contact, domain))):
        if (found := entries.get(key)) is not None:
            return found
    return None


def create(path: Path) -> None:
    """An empty blocklist (its header line), where the study names one that is not there yet."""
    with path.open("x", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerow(["entry", "reason"])


def append(path: Path, entry: str, reason: str) -> bool:
    """Add an entry (False when it is there already)."""
    if normal(entry) in read_blocklist(path):
        return False
    with path.open("a", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerow([entry.strip(), " ".join(reason.split())])
    return True
