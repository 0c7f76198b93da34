"""The channels and their registry.

Each channel declares what it is once (a `ChannelSpec`: name, automated or by hand, the persona's settings for it,
its default rate limit, how its contacts are written, where its answers arrive, its sandbox stand-in): the e-mail,
form, VK and Telegram packages beside this file, and probes.byhand for the channels a person runs. REGISTRY is the
explicit list of them (no discovery by file name); every list of channels in the project is read from it. An
automated channel's implementation (probes/<channel>/channel.py, behind the contract in probes.base) is imported
only when a run or a watcher needs it, so `audit --help` and `audit validate` stay fast.
"""

from __future__ import annotations

from probes import byhand, form, mail, telegram, vk
from probes.base import ChannelSpec, resolve

REGISTRY: dict[str, ChannelSpec] = {spec.name: spec for spec in (mail.SPEC, form.SPEC, vk.SPEC, telegram.SPEC,
                                                                  *byhand.SPECS)}
# the channel whose watcher reads the personas' mailboxes: the answers of every "mail" channel arrive there
MAILBOX = mail.SPEC.name


def channel_names() -> tuple[str, ...]:
    """Every channel a study may name, in the registry's order (the order of reports and listings)."""
    return tuple(REGISTRY)


def automated_channels() -> set[str]:
    """The channels a run sends on; the others are tasks for a person."""
    return {name for name, spec in REGISTRY.items() if spec.automated}


def channel_class(name: str):
    """The Channel class of an automated channel, imported now."""
    return resolve(REGISTRY[name].implementation)


def used_channels(study) -> set[str]:
    """The channels the study's companies have contacts on, and the mailbox's channel when answers of one of them
    arrive by e-mail and a persona has a mailbox (its watcher collects them): what runs, watches and the sandbox
    need."""
    used = {ch for c in study.companies for ch in c.contacts.channels()}
    if any(REGISTRY[ch].answers == "mail" for ch in used) and any(p.has_account(MAILBOX) for p in study.personas):
        used.add(MAILBOX)
    return used


def make_channels(study, *, secrets, clock, only: set[str] | None = None, **factories) -> dict[str, object]:
    """An instance of every automated channel the study uses (`used_channels`; factories: injected clients)."""
    used = used_channels(study)
    names = sorted(n for n in automated_channels() if n in used and (only is None or n in only))
    return {n: channel_class(n)(study, secrets=secrets, clock=clock, **factories) for n in names}
