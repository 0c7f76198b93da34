"""Channels a person runs from their own phone or browser: social networks without a messaging API for personal
accounts (Facebook, Instagram), the phone, WhatsApp, Viber and the website chat. A probe on one of them is a task
from the start (audit tasks: to whom, by when, the text to paste); a person records the send, the answer or the
call (audit record). Declared here so that studies, plans, tasks and reports know them as channels like any other.
"""

from __future__ import annotations

from pydantic import Field

from probes.base import Account, ChannelSpec


class PhoneAccount(Account):
    number: str | None = Field(None, description="the number the persona calls from (for the record only)")


SPECS = (
    ChannelSpec("facebook"),
    ChannelSpec("instagram"),
    ChannelSpec("phone", account=PhoneAccount),
    ChannelSpec("whatsapp"),
    ChannelSpec("viber"),
    ChannelSpec("chat"),
)
