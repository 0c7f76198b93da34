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
from audit.store.database import Store, record_study
from audit.store.schema import Probe, StudyVersion
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


def content_sha256(study: Study) -> str:
    """The hash of the study's files as a version records it (the report's reproducibility stamp shows it)."""
    return _sha(_content(study))


def _sha(content: dict[str, str]) -> str:
    return hashlib.sha256(repr(sorted(content.items())).encode()).hexdigest()


def digest(study: Study) -> dict:
    """What comparisons between versions read: the scripts, waves, personas and companies as the model sees them
    (so a reformatted file with the same meaning is the same digest)."""
    return {
        "scripts": [s.model_dump(mode="json") for s in study.scripts],
        "waves": [w.model_dump(mode="json") for w in study.waves],
        "personas": {p.id: p.model_dump(mode="json") for p in study.personas},  # names of secrets, never values
        "companies": {c.id: c.model_dump(mode="json", exclude={"id"}) for c in study.companies},
        "exclude": dict(study.exclude),
        "settings": study.model_dump(mode="json", include={"timezone", "working_hours", "holidays", "reply_window",
                                                           "rate_limits", "seed", "blocklist", "database",
                                                           "helpdesk_domains", "forms"}),
    }


def _script_name(script: dict) -> str:
    return f"script for {script['segment']} on {', '.join(sorted(script['channels']))}"


def _pairs(old: list[dict], new: list[dict]):
    """Scripts of the two versions paired: by segment where each version has one script for it (so a channel
    added or reordered is a change of that script), else by segment and set of channels."""
    def by_segment(scripts):
        out: dict[str, list[dict]] = {}
        for s in scripts:
            out.setdefault(s["segment"], []).append(s)
        return out

    a, b = by_segment(old), by_segment(new)
    for seg in sorted(a.keys() | b.keys()):
        sa, sb = a.get(seg, []), b.get(seg, [])
        if len(sa) == 1 and len(sb) == 1:
            yield sa[0], sb[0]
            continue
        ka = {frozenset(s["channels"]): s for s in sa}
        kb = {frozenset(s["channels"]): s for s in sb}
        for key in ka.keys() | kb.keys():
            yield ka.get(key), kb.get(key)


def changes(old: dict, new: dict) -> tuple[list[str], bool]:
    """What changed from `old` to `new` (digests), in plain words; and whether what the study asks changed (a
    script's text, channels or points, or the name a persona signs with)."""
    out: list[str] = []
    asked = False
    for a, b in _pairs(old.get("scripts", []), new.get("scripts", [])):
        if a is None or b is None:
            out.append(f"{_script_name(a or b)} {'added' if a is None else 'removed'}")
            asked = True
            continue
        if set(a["channels"]) != set(b["channels"]):
            more, fewer = set(b["channels"]) - set(a["channels"]), set(a["channels"]) - set(b["channels"])
            out.append(f"script for {b['segment']}: channels " + ", ".join(
                [*(f"+{c}" for c in sorted(more)), *(f"-{c}" for c in sorted(fewer))]))
            asked = True
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
    op, np_ = old.get("personas", {}), new.get("personas", {})
    if isinstance(op, dict) and isinstance(np_, dict):
        renamed = sorted(p for p in op.keys() & np_.keys() if op[p].get("name") != np_[p].get("name"))
        if renamed or (op.keys() - np_.keys()):
            out.append(f"personas removed or renamed: {', '.join(sorted(op.keys() - np_.keys()) + renamed)}")
            asked = True  # the name a persona signs with is part of every text it sends
        if (np_.keys() - op.keys()) or any(op[p] != np_[p] for p in op.keys() & np_.keys() if p not in renamed):
            out.append("personas' accounts or settings changed")
    elif op != np_:
        out.append("personas changed")
    for part in ("waves", "exclude", "settings"):
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
    if accept is not None and not accept.strip():
        raise AuditError("--accept-change needs the reason the change is accepted (it is kept with the version)")
    accept = " ".join(accept.split()) if accept else None
    content = _content(study)
    sha = _sha(content)
    # two runs started together may both record the version: the second meets the UNIQUE number and reads it back
    return store.read_back_on_conflict(lambda: _record(store, study, content, sha, accept, now or datetime.now(UTC)))


def _record(store: Store, study: Study, content: dict, sha: str, accept: str | None, now: datetime) -> Version:
    new_digest = digest(study)
    with store.engine.begin() as conn:
        record_study(conn, study, now)
        last = _latest(conn, study.id)
        if last is not None and last.sha256 == sha:
            return Version(last.number, last.sha256, list(last.changes), last.reason, last.created_at)
        found, asked = changes(last.digest, new_digest) if last is not None else (["first version"], False)
        if last is not None and not found:
            found = ["the files changed, not their meaning (layout, comments)"]
        if asked and not accept:
            made = dict(conn.execute(select(Probe.study_version, func.count()).where(Probe.study_id == study.id)
                                     .group_by(Probe.study_version)).all())
            if made:
                under = ", ".join(str(v) for v in sorted(v for v in made if v is not None)) or "none recorded"
                raise StudyChangedError(
                    f"study {study.id} changed what it asks after {sum(made.values())} probes were made (under "
                    f"version {under}): {'; '.join(found)}",
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
