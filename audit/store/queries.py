"""Small reads of the store that commands need besides the study's own modules."""

from __future__ import annotations

from audit.store.database import Store


def study_file_of_probe(store: Store, probe_id: int) -> str | None:
    """The study file the probe's study was created from (as recorded by its first run), or None: no such probe."""
    found = store.execute("SELECT s.source FROM probe p JOIN study s ON s.id = p.study_id WHERE p.id = :p", p=probe_id)
    return found[0][0] or None if found else None


def probe_counts(store: Store, study_id: str) -> tuple[int, int]:
    """(probes still to send: planned or being sent, probes in the database) of a study."""
    left, have = store.execute("SELECT sum(status IN ('planned', 'sending')), count(*) FROM probe WHERE study_id = :s",
                               s=study_id)[0]
    return int(left or 0), int(have)
