"""Telegram: what the channel is, the persona's Telegram account and where its session file lives. The channel
itself (telethon over MTProto, and the one-time login) is probes.telegram.channel, imported only when needed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import Field

from probes.base import Account, ChannelSpec, normalize_peer


class TelegramAccount(Account):
    api_id: int = Field(description="from my.telegram.org")
    api_hash_env: str = Field(description="name of the environment variable holding the api_hash")
    session: str | None = Field(None, description="session file; default data/telegram-<persona>.session (mode 0600)")
    phone: str | None = Field(None, description="the account's phone number, asked by `audit login telegram`")

    def secret_names(self) -> list[str]:
        return [self.api_hash_env]


def session_path(persona: Any) -> Path:
    """The persona's session file, relative to the working directory like the database. Telethon adds ".session"
    to a name without it, so the path checked here is the file telethon really uses."""
    path = Path(persona.telegram.session or f"data/telegram-{persona.id}.session")
    return path if path.name.endswith(".session") else path.with_name(path.name + ".session")


SPEC = ChannelSpec("telegram", implementation="probes.telegram.channel:TelegramChannel", account=TelegramAccount,
                   needs_account="telegram", rate_limit=10, normalise=normalize_peer, answers="chat",
                   simulator="audit.sandbox.peers:TelegramPeer")
