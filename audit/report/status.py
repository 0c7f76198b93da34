"""`audit status`: per wave and channel, how far the study has got (planned, waiting, sent, failed, answered)."""

from __future__ import annotations

from dataclasses import dataclass

from audit.store.database import Store


@dataclass
class StatusRow:
    wave: str
    channel: str
    planned: int
    waiting: int
    sent: int
    unconfirmed: int
    failed: int
    replied: int
    answered: int
    tasks: int = 0  # waiting for a person (audit tasks)
    unavailable: int = 0  # failed because the company's channel is closed to us (VK messages off, no such account)


def status(store: Store, study_id: str) -> tuple[list[StatusRow], int]:
    """Per wave and channel, the probes in each state; and how many collected messages matched no probe."""
    rows = store.execute(
        """SELECT wave, channel, count(*),
                  sum(status IN ('planned', 'sending')),
                  sum(status = 'sent'), sum(status = 'sent' AND NOT confirmed), sum(status = 'failed'),
                  sum(first_reply_id IS NOT NULL), sum(answer_reply_id IS NOT NULL), sum(status = 'task'),
                  sum(status = 'failed' AND EXISTS (SELECT 1 FROM attempt a WHERE a.probe_id = probe.id
                                                    AND a.outcome = 'unavailable'))
           FROM probe WHERE study_id = :s GROUP BY wave, channel ORDER BY wave, channel""", s=study_id)
    unmatched = store.execute("SELECT count(*) FROM reply WHERE study_id = :s AND probe_id IS NULL", s=study_id)
    return [StatusRow(*r[:2], *(int(x or 0) for x in r[2:])) for r in rows], int(unmatched[0][0])
