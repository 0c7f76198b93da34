"""The report's reproducibility stamp: what its numbers are a function of, in one line a paper can print.

    audit 0.1.0 · study 3f2a9c1be07d v2 · data 9b1c0e44d2a17f35 · seed 417 · resamples 1000

- tool: the version of audit that computed them (another version may compute them otherwise);
- study: the hash of the study's files as `audit history` records it (audit.store.versions), and the number of
  the recorded version with that hash when there is one;
- data: a hash over the study's probes, replies and scores: their ids, statuses, times, kinds and scores, in id
  order, so the same database gives the same fingerprint on SQLite and PostgreSQL, and a score changed by a person
  changes it;
- seed and resamples: the bootstrap's, which the intervals depend on.

`audit report STUDY --check STAMP` recomputes it and says which part changed (differences()).
A report made while reply windows are open depends on its time too, which the stamp does not hold: an interim
report says it is interim first, and its numbers are those of its time.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass

from audit.errors import AuditError
from audit.store.database import Store
from audit.study.model import Study

_SEP = " · "

_PROBES = ("SELECT id, status, sent_at, answered_at, response_seconds, answer_reply_id, channel, persona "
           "FROM probe WHERE study_id = :s ORDER BY id")
_REPLIES = ("SELECT id, probe_id, kind, received_at, calendar_seconds FROM reply WHERE study_id = :s "
            "ORDER BY id")
_SCORES = ("SELECT s.id, s.reply_id, s.probe_id, s.rater, s.score FROM score s JOIN probe p ON p.id = s.probe_id "
           "WHERE p.study_id = :s ORDER BY s.id")


@dataclass(frozen=True)
class Stamp:
    tool: str
    study: str  # the first 12 hex digits of the study files' hash
    version: int | None  # the recorded study version with that hash, if any
    data: str  # the first 16 hex digits of the data fingerprint
    seed: int
    resamples: int

    def __str__(self) -> str:
        version = f" v{self.version}" if self.version is not None else ""
        return _SEP.join((f"audit {self.tool}", f"study {self.study}{version}", f"data {self.data}",
                          f"seed {self.seed}", f"resamples {self.resamples}"))

    def as_json(self) -> dict:
        return {"text": str(self), **asdict(self)}

    @classmethod
    def parse(cls, text: str) -> Stamp:
        parts = {}
        for part in text.replace("·", _SEP.strip()).split(_SEP.strip()):
            name, _, value = part.strip().partition(" ")
            parts[name] = value.strip()
        try:
            study, _, version = parts["study"].partition(" v")
            return cls(parts["audit"], study, int(version) if version else None, parts["data"],
                       int(parts["seed"]), int(parts["resamples"]))
        except (KeyError, ValueError):
            raise AuditError(f"--check {text!r}: not a report stamp",
                             hint="give the stamp exactly as a report printed it, in quotes: 'audit 0.1.0 · study "
                                  "… · data … · seed 417 · resamples 1000' (the JSON's stamp.text)") from None


def stamp(store: Store, study: Study, seed: int, resamples: int) -> Stamp:
    from audit import __version__
    from audit.store.versions import content_sha256

    sha = content_sha256(study)
    found = store.execute("SELECT max(number) FROM study_version WHERE study_id = :s AND sha256 = :h",
                          s=study.id, h=sha)
    return Stamp(__version__, sha[:12], found[0][0] if found else None, fingerprint(store, study)[:16], seed,
                 resamples)


def fingerprint(store: Store, study: Study) -> str:
    """sha256 over every probe, reply and score of the study, each a line of its fields in a fixed form."""
    from audit.report.data import _batches

    h = hashlib.sha256()
    for tag, sql in (("p", _PROBES), ("r", _REPLIES), ("s", _SCORES)):
        for rows in _batches(store, sql, {"s": study.id}, 50_000):
            h.update("".join(f"{tag}|{'|'.join(_plain(v) for v in row)}\n" for row in rows).encode())
    return h.hexdigest()


def _plain(value) -> str:
    """A value written the same way whichever backend read it: times as UTC ISO text, floats to the microsecond."""
    from datetime import datetime

    from audit.store.schema import read_time

    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6f}"
    if isinstance(value, datetime) or (isinstance(value, str) and len(value) >= 19 and value[4] == "-"
                                       and value[10] in " T" and value[13] == ":"):
        return read_time(value).isoformat()
    return str(value)


# what a change in each part means for the numbers
_MEANING = {
    "tool": "another version of audit: its figures may be computed otherwise (its changelog says)",
    "study": "the study's files changed (audit history says what): companies, segments, scripts or settings the "
             "figures depend on",
    "version": "another recorded version of the study",
    "data": "probes, replies or scores changed since (a new answer, a send, a person's score): the figures differ",
    "seed": "another bootstrap seed: the intervals differ a little, the figures do not",
    "resamples": "another number of resamples: the intervals differ a little, the figures do not",
}


def differences(old: Stamp, new: Stamp) -> list[str]:
    """What differs between a stamp and the one recomputed now, each with what it means for the numbers."""
    return [f"{name}: {getattr(old, name)} then, {getattr(new, name)} now: {meaning}"
            for name, meaning in _MEANING.items() if getattr(old, name) != getattr(new, name)]
