"""The blocklist: companies that asked not to be contacted, honoured by every run of every study that names it.

A plain file a person can read and edit (and `audit block` appends to): one entry per line, `entry,reason`, where
the entry is a company id, an e-mail address, a mail domain, or any contact (a form's URL, a VK or Telegram name, a
phone number). Lines starting with # are comments. The file is read at every run, so an entry added mid-wave stops
the company's remaining probes at once.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from audit.errors import Problem, StudyError


@dataclass(frozen=True)
class Entry:
    entry: str
    reason: str
    where: str  # file:line, for the record


def normal(value: str) -> str:
    return value.strip().lower().removeprefix("mailto:").rstrip("/")


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
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise StudyError([Problem(str(path), None, None, "blocklist", f"cannot read the blocklist: {exc}; it must "
                                                                       f"be a UTF-8 text file")]) from None
    for line_no, row in enumerate(csv.reader(text.splitlines()), start=1):
        if not row or not row[0].strip() or row[0].lstrip().startswith("#"):
            continue
        if line_no == 1 and row[0].strip().lower() == "entry":
            continue  # a header
        entry = normal(row[0])
        out.setdefault(entry, Entry(entry, ",".join(row[1:]).strip() or "no reason given", f"{path}:{line_no}"))
    return out


def blocked(entries: dict[str, Entry], company_id: str, contact: str, domain: str | None) -> Entry | None:
    """The entry that blocks this company's contact, if any: its id, the contact itself, or its mail domain."""
    if not entries:
        return None
    candidates = [company_id, contact]
    if "@" in contact:
        candidates.append(contact.rsplit("@", 1)[1])
    if domain:
        candidates.append(domain)
    for c in candidates:
        if (found := entries.get(normal(c))) is not None:
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
