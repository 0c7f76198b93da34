"""Every version of a study the store has worked under, and what changed between them.

A study runs for weeks and people edit its files meanwhile: a company row removed, a script reworded, a point
added. Each run records the files' content and hash when they differ from the last recorded version, with a
plain-words list of what changed; each probe records the version it was made under. A change to what a started
study asks (a script's text, channels or points) is refused unless the person says why (`--accept-change`): a wave
half sent with one text and half with another, or scored with other points, is no longer one measurement, and the
report must be able to say so.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, insert, select

from audit.errors import AuditError
from audit.store.database import Store
from audit.store.schema import Probe, StudyRow, StudyVersion
from audit.study.model import Study


class StudyChangedError(AuditError):
    """What a started study asks was changed in its file; the run stops until a person accepts it with a reason."""

    exit_code = 2


@dataclass(frozen=True)
class Version:
    number: int
    sha256: str
    changes: list[str]
    reason: str | None
    created_at: datetime
    new: bool = False  # recorded by this call


def _content(study: Study) -> dict[str, str]:
    out = {}
    for path in study.files:
        try:
            raw = Path(path).read_bytes()
        except OSError:
            continue
        try:
            out[Path(path).name] = raw.decode("utf-8")
        except UnicodeDecodeError:  # a spreadsheet or a windows-1251 CSV: kept exactly, as base64
            out[Path(path).name] = "base64:" + base64.b64encode(raw).decode()
    return out


def digest(study: Study) -> dict:
    """What comparisons between versions read: the scripts, waves, personas and companies as the model sees them
    (so a reformatted file with the same meaning is the same digest)."""
    return {
        "scripts": [s.model_dump(mode="json") for s in study.scripts],
        "waves": [w.model_dump(mode="json") for w in study.waves],
        "personas": sorted(p.id for p in study.personas),
        "companies": {c.id: c.model_dump(mode="json", exclude={"id"}) for c in study.companies},
        "exclude": dict(study.exclude),
        "settings": study.model_dump(mode="json", include={"timezone", "working_hours", "holidays", "reply_window",
                                                           "rate_limits", "seed"}),
    }


def _script_name(script: dict) -> str:
    return f"script for {script['segment']} on {', '.join(script['channels'])}"


def changes(old: dict, new: dict) -> tuple[list[str], bool]:
    """What changed from `old` to `new` (digests), in plain words; and whether what the study asks changed (a
    script's text, channels or points)."""
    out: list[str] = []
    asked = False
    old_s = {(s["segment"], tuple(s["channels"])): s for s in old.get("scripts", [])}
    new_s = {(s["segment"], tuple(s["channels"])): s for s in new.get("scripts", [])}
    for key in old_s.keys() - new_s.keys():
        out.append(f"{_script_name(old_s[key])} removed")
        asked = True
    for key in new_s.keys() - old_s.keys():
        out.append(f"{_script_name(new_s[key])} added")
        asked = True
    for key in old_s.keys() & new_s.keys():
        a, b = old_s[key], new_s[key]
        for field in ("subject", "body", "points"):
            if a.get(field) != b.get(field):
                out.append(f"{_script_name(b)}: {field} changed")
                asked = True
    oc, nc = old.get("companies", {}), new.get("companies", {})
    if gone := sorted(oc.keys() - nc.keys()):
        out.append(f"companies removed (kept as withdrawn): {', '.join(gone)}")
    if added := sorted(nc.keys() - oc.keys()):
        out.append(f"companies added: {', '.join(added)}")
    if edited := sorted(c for c in oc.keys() & nc.keys() if oc[c] != nc[c]):
        out.append(f"companies changed: {', '.join(edited)}")
    for part in ("waves", "personas", "exclude", "settings"):
        if old.get(part) != new.get(part):
            out.append(f"{part} changed")
    return out, asked


def _latest(conn, study_id: str):
    return conn.execute(select(StudyVersion).where(StudyVersion.study_id == study_id)
                        .order_by(StudyVersion.number.desc()).limit(1)).first()


def record_version(store: Store, study: Study, *, accept: str | None = None, now: datetime | None = None) -> Version:
    """The version of the study the store now works under: the last recorded one when the files are unchanged,
    else a new one with what changed. Raises StudyChangedError when what the study asks changed after probes were
    made, unless `accept` gives the reason (recorded with the version)."""
    content = _content(study)
    sha = hashlib.sha256(repr(sorted(content.items())).encode()).hexdigest()
    # two runs started together may both record the version: the second meets the UNIQUE number and reads it back
    return store.read_back_on_conflict(lambda: _record(store, study, content, sha, accept, now or datetime.now(UTC)))


def _record(store: Store, study: Study, content: dict, sha: str, accept: str | None, now: datetime) -> Version:
    new_digest = digest(study)
    with store.engine.begin() as conn:
        if conn.execute(select(StudyRow.id).where(StudyRow.id == study.id)).first() is None:
            conn.execute(insert(StudyRow).values(id=study.id, title=study.title, source=study.source_file,
                                                 created_at=now))
        last = _latest(conn, study.id)
        if last is not None and last.sha256 == sha:
            return Version(last.number, last.sha256, list(last.changes), last.reason, last.created_at)
        found, asked = changes(last.digest, new_digest) if last is not None else (["first version"], False)
        if last is not None and not found:
            found = ["the files changed, not their meaning (layout, comments)"]
        if asked and not accept:
            made = conn.execute(select(func.count()).select_from(Probe).where(Probe.study_id == study.id)).scalar()
            if made:
                raise StudyChangedError(
                    f"study {study.id} changed what it asks after {made} probes were made under version "
                    f"{last.number}: {'; '.join(found)}",
                    hint="a wave sent or scored with two texts is no longer one measurement: undo the edit, or "
                         "accept it with --accept-change 'why' (recorded with the new version; audit history "
                         "lists every version)")
        number = (last.number if last is not None else 0) + 1
        conn.execute(insert(StudyVersion).values(study_id=study.id, number=number, sha256=sha, content=content,
                                                 digest=new_digest, changes=found, reason=accept, created_at=now))
    return Version(number, sha, found, accept, now, new=True)


def history(store: Store, study_id: str) -> list[tuple[Version, int]]:
    """Every recorded version of the study, oldest first, with how many probes were made under each."""
    with store.engine.connect() as conn:
        counts = dict(conn.execute(select(Probe.study_version, func.count()).where(Probe.study_id == study_id)
                                   .group_by(Probe.study_version)).all())
        rows = conn.execute(select(StudyVersion).where(StudyVersion.study_id == study_id)
                            .order_by(StudyVersion.number)).all()
    return [(Version(r.number, r.sha256, list(r.changes), r.reason, r.created_at), counts.get(r.number, 0))
            for r in rows]


def pending_changes(store: Store, study: Study) -> tuple[int, list[str], bool] | None:
    """How the study's files now differ from the last recorded version: (its number, the changes, whether what
    the study asks changed); None when nothing was recorded yet or nothing changed."""
    with store.engine.connect() as conn:
        last = _latest(conn, study.id)
    if last is None:
        return None
    found, asked = changes(last.digest, digest(study))
    return (last.number, found, asked) if found else None
