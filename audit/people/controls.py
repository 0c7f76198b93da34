"""What a person decides about sending without editing the study: pause and resume, a contact that cannot be
used, a company that asked not to be contacted. Each is read by every run (audit.collect.run.Runner._controls)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select

from audit.errors import AuditError
from audit.store.database import Store
from audit.store.schema import Pause, Unavailable
from audit.study import blocklist
from audit.study.model import Study


def pause(store: Store, study: Study, channel: str | None, reason: str | None, now: datetime) -> bool:
    """Stop sending the study's probes (all, or one channel's) until `resume`; False when already paused."""
    key = _channel(study, channel)
    reason = " ".join(reason.split()) if reason and reason.strip() else None
    with store.session() as s:
        if s.get(Pause, (study.id, key)) is not None:
            return False
        s.add(Pause(study_id=study.id, channel=key, reason=reason, since=now))
        s.commit()
    return True


def resume(store: Store, study: Study, channel: str | None, every: bool = False) -> tuple[list[str], list[str]]:
    """Lift a pause: the whole study's (no channel), one channel's, or with `every` all of them; a colleague's
    pause of one channel is not lifted by resuming the study. Returns (what was lifted, what stays paused)."""
    which = [Pause.study_id == study.id]
    if not every:
        which.append(Pause.channel == _channel(study, channel))
    with store.engine.begin() as conn:
        found = list(conn.execute(select(Pause.channel).where(*which)).scalars())
        conn.execute(delete(Pause).where(*which))
        left = list(conn.execute(select(Pause.channel).where(Pause.study_id == study.id)).scalars())
    return found, left


def mark_unavailable(store: Store, study: Study, company_id: str, channel: str, reason: str,
                     now: datetime) -> None:
    """A contact a person found unusable (a dead number, a closed form): its probes are closed unsent."""
    company = _company(study, company_id)
    if not getattr(company.contacts, channel, None):
        raise AuditError(f"company {company_id} has no {channel} contact in the study",
                         hint=f"its contacts: {', '.join(company.contacts.channels()) or 'none'}")
    if not reason.strip():
        raise AuditError("give the reason with --reason (it is kept and reported)")
    with store.session() as s:
        s.merge(Unavailable(study_id=study.id, company_id=company_id, channel=channel, reason=reason.strip(),
                            marked_at=now))
        s.commit()


def block(study: Study, entry: str, reason: str) -> tuple[bool, str, list[str]]:
    """Add a company (its id, an address, a domain, a contact) to the study's blocklist file. Returns whether it
    was added, the file, and the study's companies the entry covers (none: probably a typo, said by the CLI)."""
    path = study.blocklist_path
    if path is None:
        raise AuditError(f"study {study.id} names no blocklist file",
                         hint="add blocklist: blocklist.csv (one file may serve every study) to the study file")
    if not reason.strip():
        raise AuditError("give the reason with --reason (the company asked not to be contacted, ...)")
    added = blocklist.append(path, entry, reason)
    one = dict.fromkeys(blocklist.entry_keys(entry), blocklist.Entry(entry, reason, ""))
    covered = [c.id for c in study.companies
               if any(blocklist.blocked(one, c.id, contact, c.mail_domain)
                      for contact in [c.id, *(str(getattr(c.contacts, ch)) for ch in c.contacts.channels())])]
    return added, str(path), covered


def _company(study: Study, company_id: str):
    try:
        return study.company(company_id)
    except KeyError:
        raise AuditError(f"no company {company_id!r} in study {study.id}", hint="audit plan lists the companies") \
            from None


def _channel(study: Study, channel: str | None) -> str:
    if channel is None:
        return "*"
    from probes import channel_names

    if channel not in channel_names():
        raise AuditError(f"unknown channel {channel!r}", hint=f"channels: {', '.join(channel_names())}")
    used = sorted({c for s in study.scripts for c in s.channels})
    if channel not in used:
        raise AuditError(f"study {study.id} sends nothing on {channel}", hint=f"its channels: {', '.join(used)}")
    return channel
