"""Channel modules. Each automated channel is one module behind the contract in `probes.base`; the registry is an
explicit dict (no discovery by file name), imported lazily so `audit --help` stays fast.
"""

from __future__ import annotations

from importlib import import_module

# channel name -> "module:Class"
REGISTRY: dict[str, str] = {
    "email": "probes.email:EmailChannel",
    "form": "probes.webform:FormChannel",
    "vk": "probes.vk:VkChannel",
    "telegram": "probes.telegram:TelegramChannel",
}


def automated_channels() -> set[str]:
    return set(REGISTRY)


def channel_class(name: str):
    module, _, cls = REGISTRY[name].partition(":")
    return getattr(import_module(module), cls)


def make_channels(study, *, secrets, clock, only: set[str] | None = None, **factories) -> dict[str, object]:
    """An instance of every automated channel the study's companies use (factories: injected clients)."""
    used = {ch for c in study.companies for ch in c.contacts.channels()}
    if "form" in used and any(p.email for p in study.personas):
        used.add("email")  # answers to web forms come by e-mail: the e-mail watcher collects them
    names = sorted(n for n in REGISTRY if n in used and (only is None or n in only))
    return {n: channel_class(n)(study, secrets=secrets, clock=clock, **factories) for n in names}
