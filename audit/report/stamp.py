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
from datetime import UTC, datetime

import numpy as np

from audit.errors import AuditError
from audit.store.database import Store
from audit.study.model import Study

_SEP = " · "

_PROBES = ("SELECT id, status, sent_at, answered_at, response_seconds, answer_reply_id, channel, persona "
           "FROM probe {hint} WHERE study_id = :s ORDER BY id")
_REPLIES = ("SELECT id, probe_id, kind, received_at, calendar_seconds FROM reply {hint} WHERE study_id = :s "
            "ORDER BY id")
_SCORES = ("SELECT s.id, s.reply_id, s.probe_id, s.rater, s.score FROM score s {hint} "
           "JOIN probe p ON p.id = s.probe_id "
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
    """sha256 over every probe, reply and score of the study, in id order: column by column, each as numpy makes
    it (ids and integers as int64, times as UTC microseconds, floats to the microsecond, text joined), so a million
    probes take a second, not a Python call per value, and SQLite and PostgreSQL give the same bytes."""
    from audit.report.data import _batches

    # SQLite: read each table in rowid order (= id order) instead of through the study index and a sort, as
    # audit.report.data does
    hint = "NOT INDEXED" if store.engine.dialect.name == "sqlite" else ""
    h = hashlib.sha256()
    for tag, sql, types in (("p", _PROBES, "isttfiss"), ("r", _REPLIES, "iistf"), ("s", _SCORES, "iiisi")):
        h.update(tag.encode())
        for rows in _batches(store, sql.format(hint=hint), {"s": study.id}, _BATCH):
            for kind, column in zip(types, zip(*rows, strict=True), strict=True):
                data = _COLUMN[kind](column)
                h.update(len(data).to_bytes(8, "little") + data)
    return h.hexdigest()


_BATCH = 50_000  # rows per step; part of the fingerprint's layout, so fixed


def _ints(column) -> bytes:
    return np.array([-1 if v is None else int(v) for v in column], dtype=np.int64).tobytes()


def _times(column) -> bytes:
    """UTC microseconds: SQLite gives its stored text, PostgreSQL datetimes (aware or naive UTC)."""
    values = [v.astimezone(UTC).replace(tzinfo=None) if isinstance(v, datetime) and v.tzinfo else v
              for v in column]
    return np.array(values, dtype="datetime64[us]").view(np.int64).tobytes()


def _floats(column) -> bytes:
    x = np.array([np.nan if v is None else float(v) for v in column], dtype=np.float64)
    return np.where(np.isnan(x), -1, np.round(x * 1e6)).astype(np.int64).tobytes()


def _texts(column) -> bytes:
    return "\x1f".join("" if v is None else str(v) for v in column).encode()


_COLUMN = {"i": _ints, "t": _times, "f": _floats, "s": _texts}


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
