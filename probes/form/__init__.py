"""Web feedback forms: what the channel is, what a persona types into forms, and the study's form settings. The
channel itself (load, find, fill, submit) is probes.form.channel with probes.form.find, imported only when a run
needs it. The answer to a form comes by e-mail, to the persona's address plus-addressed with the probe's token, so
a persona needs an e-mail account to be given forms, and the e-mail watcher collects their answers.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from pydantic import Field

from audit.fields import Duration, Email, Strict
from probes.base import Account, ChannelSpec


class FormIdentity(Account):
    """What the persona types into web feedback forms."""

    email: Email | None = Field(None, description="address typed into forms; default: the persona's e-mail address. "
                                                  "Each probe types it plus-addressed with its token "
                                                  "(name+token@domain) so the answer by e-mail matches the probe")
    phone: str | None = None
    name: str | None = Field(None, description="default: the persona's name")


def identity(persona: Any) -> FormIdentity:
    """What this persona types into a form: its form settings, with its mailbox's address and its name where they
    leave them out."""
    ident = persona.form or FormIdentity()
    return FormIdentity(email=ident.email or (persona.email.address if persona.email else None), phone=ident.phone,
                        name=ident.name or persona.name)


def reply_address(persona: Any, token: str) -> str | None:
    """The address typed into a form: the persona's, plus-addressed with the probe's token, so the answer is
    matched by it (None: the persona has no address to type)."""
    address = identity(persona).email
    if not address:
        return None
    local, _, domain = address.rpartition("@")
    return f"{local}+{token}@{domain}"


class FormSettings(Strict):
    """How web feedback forms are found, filled and judged; a company may override with the attributes
    form_selector and form_success (CSV columns)."""

    selector: str | None = Field(None, description="CSS selector of the form; default: found by its fields")
    fields: dict[str, list[str]] = Field(default_factory=dict, description="role (name, email, phone, message, "
                                         "subject) -> extra input names or label words to look for")
    success: list[str] = Field(default_factory=list, description="extra phrases that show a form was accepted")
    consent: bool = Field(True, description="tick required consent checkboxes (personal data processing)")
    timeout: Duration = timedelta(seconds=30)


# the form's answer comes by e-mail: only a persona with a mailbox we read may type into forms
SPEC = ChannelSpec("form", implementation="probes.form.channel:FormChannel", account=FormIdentity,
                   needs_account="email", rate_limit=20, answers="mail", simulator="audit.sandbox.peers:FormPeer")
