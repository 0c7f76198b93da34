"""What the report stands on: how much of the planned measurement was done, per wave and channel, and whether the
figures are final.

A share of companies that answered is only comparable with another when both rest on the same kind of sample: the
same personas writing, the probes all sent (a wave whose phone tasks were never done is not yet a wave), no
reply windows still open. `coverage` counts every probe the study planned by what became of it; `standing` says
in words whether the report is final; `flags` says, for a comparison, why its two sides may not be comparable.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from audit.store.database import Store
from audit.study.model import Study

ALL = "all"
# status -> the column it counts in
COLUMNS = {"sent": "sent", "failed": "failed", "skipped": "not sent", "planned": "to send", "sending": "to send",
           "task": "by hand"}


@dataclass
class Cover:
    """The probes of one group (a wave, channel and segment; 'all' for any) by what became of them."""

    planned: int = 0  # every probe the study made for the group
    sent: int = 0
    failed: int = 0
    not_sent: int = 0  # closed by a person's decision: blocklist, contact marked unavailable
    to_send: int = 0  # still to send by a run (not due yet, outside hours, a pause)
    by_hand: int = 0  # a person's task not yet done
    withdrawn: int = 0  # probes of companies since removed from the study file (any status)
    personas: set[str] = field(default_factory=set)
    versions: set[int] = field(default_factory=set)  # study versions the group's probes were made under

    @property
    def to_do(self) -> int:
        return self.to_send + self.by_hand

    @property
    def done_share(self) -> float | None:
        live = self.planned - self.withdrawn - self.not_sent
        return None if live <= 0 else (self.sent + self.failed) / live

    def as_json(self) -> dict:
        return {"planned": self.planned, "sent": self.sent, "failed": self.failed, "not_sent": self.not_sent,
                "to_do": self.to_do, "to_send": self.to_send, "by_hand": self.by_hand, "withdrawn": self.withdrawn,
                "personas": sorted(self.personas), "study_versions": sorted(self.versions)}


class Coverage:
    """Counts for any combination of wave, channel and segment ('all' = any)."""

    def __init__(self, store: Store, study: Study):
        self.groups: dict[tuple[str, str, str], Cover] = defaultdict(Cover)
        rows = store.execute(
            "SELECT p.wave, p.channel, c.segment, p.status, p.persona, c.withdrawn_at IS NOT NULL, p.study_version, "
            "count(*) FROM probe p JOIN company c ON c.study_id = p.study_id AND c.id = p.company_id "
            "WHERE p.study_id = :s GROUP BY p.wave, p.channel, c.segment, p.status, p.persona, 6, p.study_version",
            s=study.id)
        for wave, channel, segment, status, persona, withdrawn, version, n in rows:
            for w in (wave, ALL):
                for ch in (channel, ALL):
                    for seg in (segment, ALL):
                        cover = self.groups[(w, ch, seg)]
                        cover.planned += n
                        cover.personas.add(persona)
                        if version is not None and status in ("sent", "failed"):
                            cover.versions.add(version)
                        if withdrawn:
                            cover.withdrawn += n
                            continue
                        column = COLUMNS.get(status)
                        if column == "sent":
                            cover.sent += n
                        elif column == "failed":
                            cover.failed += n
                        elif column == "not sent":
                            cover.not_sent += n
                        elif column == "to send":
                            cover.to_send += n
                        elif column == "by hand":
                            cover.by_hand += n

    def of(self, key: dict) -> Cover:
        return self.groups.get((key.get("wave", ALL), key.get("channel", ALL), key.get("segment", ALL)), Cover())

    def rows(self) -> list[tuple[str, str, str, Cover]]:
        """Per wave, channel and segment, each channel's and each wave's 'all' last (as the breakdowns are)."""
        return sorted(((w, ch, seg, c) for (w, ch, seg), c in self.groups.items() if w != ALL),
                      key=lambda r: (r[0], r[1] == ALL, r[1], r[2] == ALL, r[2]))


def flags(coverage: Coverage, a: dict, b: dict, a_label: str, b_label: str) -> list[str]:
    """Why a comparison's two sides may not be comparable: probes still to do, other personas, unequal coverage."""
    ca, cb = coverage.of(a), coverage.of(b)
    out = []
    waiting = [f"{label} {c.to_do}" for label, c in ((a_label, ca), (b_label, cb)) if c.to_do]
    if waiting:
        out.append(f"not final: probes still to send or to do by hand ({', '.join(waiting)})")
    if ca.personas and cb.personas and ca.personas != cb.personas:
        out.append(f"written by other personas ({a_label}: {', '.join(sorted(ca.personas))}; {b_label}: "
                   f"{', '.join(sorted(cb.personas))})")
    if ca.versions and cb.versions and ca.versions != cb.versions:
        out.append(f"sent under other study versions ({a_label}: {', '.join(map(str, sorted(ca.versions)))}; "
                   f"{b_label}: {', '.join(map(str, sorted(cb.versions)))}; audit history says what changed)")
    da, db = ca.done_share, cb.done_share
    if da is not None and db is not None and abs(da - db) >= 0.05:
        out.append(f"coverage differs: {a_label} {da:.0%} of its probes done, {b_label} {db:.0%}")
    return out


def standing(coverage: Coverage, open_windows: int, now: datetime) -> list[str]:
    """The report's standing in words, shown first: final, or interim and why."""
    from datetime import UTC

    now = now.astimezone(UTC)
    total = coverage.of({})
    why = []
    if open_windows:
        why.append(f"{open_windows} probe(s) still inside their reply window")
    if total.to_do:
        why.append(f"{total.to_do} probe(s) still to send or to do by hand")
    if not why:
        return [f"final: every probe sent or closed and every reply window over (report time {now:%Y-%m-%d %H:%M} "
                f"UTC)"]
    return [f"INTERIM as of {now:%Y-%m-%d %H:%M} UTC: {'; '.join(why)}. Figures will change; shares answered "
            f"count open windows as not (yet) answered"]
