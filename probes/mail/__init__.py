"""E-mail: what the channel is and the persona's mailbox settings. The channel itself (SMTP out, IMAP in) is
probes.mail.channel (with the watcher in probes.mail.watching), imported only when a run or a watcher needs it.

Every channel whose answers come by e-mail ("mail": web forms too) is answered in this channel's mailboxes, so
this channel's watcher collects those answers as well (probes.make_channels).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from audit.fields import Email, Strict
from probes.base import Account, ChannelSpec


class Endpoint(Strict):
    """A mail server. Certificates are always checked; `ca_file` adds a private CA (the sandbox, a test)."""

    host: str
    port: int | None = Field(None, ge=1, le=65535, description="the server's TCP port; by default the security's")
    security: Literal["tls", "starttls", "plain"] = "tls"
    username: str | None = None
    password_env: str | None = Field(None, description="name of the environment variable that holds the password")
    ca_file: Path | None = None
    timeout: float = Field(30.0, gt=0, le=600, description="seconds a connection or a reply may take")

    @model_validator(mode="after")
    def _plain_only_on_loopback(self) -> Endpoint:
        if self.security == "plain" and self.host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("security: plain sends the password in clear; it is only allowed to a loopback host")
        return self


class ImapEndpoint(Endpoint):
    folders: list[str] = Field(default_factory=lambda: ["INBOX"], description="folders to watch besides spam")
    spam_folder: str | None = Field(None, description="as your mail client shows it; when not given, every folder "
                                    "flagged \\Junk, or named as providers name spam (Spam, Junk Email, Спам...)")
    sent_folder: str | None = Field(None, description="when set, a copy of each sent probe is stored there")
    idle: bool = True
    poll_seconds: float = Field(60.0, gt=0, le=86400, description="seconds between checks without IDLE")


class EmailAccount(Account):
    address: Email
    smtp: Endpoint
    imap: ImapEndpoint

    def secret_names(self) -> list[str]:
        return [e.password_env for e in (self.smtp, self.imap) if e.password_env]


def _address(value: str) -> str:
    return value.strip().lower()


SPEC = ChannelSpec("email", implementation="probes.mail.channel:EmailChannel", account=EmailAccount,
                   needs_account="email", rate_limit=20, contact=Email, normalise=_address, answers="mail",
                   simulator="audit.sandbox.peers:MailPeer")
