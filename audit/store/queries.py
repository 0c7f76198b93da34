"""Small reads of the store that commands need besides the study's own modules."""

from __future__ import annotations

from audit.store.database import Store


def study_file_of_probe(store: Store, probe_id: int) -> str | None:
    """The study file the probe's study was created from (as recorded by its first run), or None: no such probe."""
    found = store.execute("SELECT s.source FROM probe p JOIN study s ON s.id = p.study_id WHERE p.id = :p", p=probe_id)
    return found[0][0] or None if found else None


def probe_counts(store: Store, study_id: str) -> tuple[int, int]:
    """(probes still to send: planned or being sent, of companies still in the study; probes in the database)."""
    left, have = store.execute(
        "SELECT count(*) FILTER (WHERE p.status IN ('planned', 'sending') AND c.withdrawn_at IS NULL), count(*) "
        "FROM probe p JOIN company c ON c.study_id = p.study_id AND c.id = p.company_id WHERE p.study_id = :s",
        s=study_id)[0]
    return int(left or 0), int(have)


def pauses(store: Store, study_id: str) -> dict[str, tuple[str, str | None]]:
    """Sending stopped by a person: channel ('*' for the whole study) -> (since, reason)."""
    rows = store.execute("SELECT channel, since, reason FROM pause WHERE study_id = :s", s=study_id)
    return {r[0]: (str(r[1])[:16], r[2]) for r in rows}


def unavailable_contacts(store: Store, study_id: str) -> dict[tuple[str, str], str]:
    """(company, channel) -> the reason a person marked the contact unusable."""
    rows = store.execute("SELECT company_id, channel, reason FROM unavailable WHERE study_id = :s", s=study_id)
    return {(r[0], r[1]): r[2] for r in rows}
