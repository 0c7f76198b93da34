"""Harnesses for the channel contract suite (tests/test_contract.py): one per automated channel, each pointing the
channel's real code at its local peer (Dovecot and aiosmtpd for e-mail, the local form site, the fake VK API, the
fake at Telegram's client seam) behind the same few methods, so one suite checks every channel the same way."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime
from email.utils import format_datetime, make_msgid
from pathlib import Path

ACCOUNT = "anatoly@shopper.example"
NOON = datetime(2025, 12, 8, 13, 40, tzinfo=UTC)  # the suite's stopped clock (tests/test_contract.py)
PERSONA_EMAIL = """\
    email:
      address: anatoly@shopper.example
      smtp: {{host: 127.0.0.1, port: {smtp}, security: plain, username: anatoly, password_env: TEST_SMTP_PASSWORD}}
      imap: {{host: 127.0.0.1, port: {imap}, security: plain, username: anatoly@shopper.example,
             password_env: TEST_IMAP_PASSWORD, poll_seconds: 0.5}}
"""


class Harness:
    # what the runner makes of this channel's permanent failure (fail_next "permanent"): status, last outcome
    permanent: tuple[str, str] = ("failed", "error")
    """What the suite needs of a channel's local world."""

    name: str
    watch: tuple[str, ...]  # the channels whose watcher collects this channel's answers

    def __init__(self, tmp_path: Path, dovecot, smtp):
        self.tmp_path, self.dovecot, self.smtp = tmp_path, dovecot, smtp

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def contacts(self) -> list[str]:
        """Two companies' contacts on this channel."""
        raise NotImplementedError

    def persona_yaml(self) -> str:
        return PERSONA_EMAIL.format(smtp=self.smtp.port, imap=self.dovecot.port)

    def env(self) -> dict[str, str]:
        return {}

    def factories(self) -> dict:
        return {}

    def received(self) -> list[str]:
        """The texts the companies received, in order."""
        raise NotImplementedError

    def answer(self, probe, text: str, at: datetime) -> None:
        """The company answers `probe` with `text` at `at` (server time)."""
        raise NotImplementedError

    def fail_next(self, contact: str, kind: str) -> None:
        """The next send to `contact` fails: "permanent" (refused, closed) or "transient" (try later)."""
        raise NotImplementedError

    def study(self, rate: int = 60) -> Path:
        rows = "\n".join(f"  - {{id: c{i}, name: Company {i}, segment: shops, timezone: Europe/Moscow, "
                         f"contacts: {{{self.name}: '{c}'}}}}" for i, c in enumerate(self.contacts()))
        text = textwrap.dedent(f"""\
            id: contract
            title: Contract suite
            rate_limits: {{{self.name}: {rate}}}
            waves: [{{name: w1, start: 2025-12-08}}]
            personas:
              - id: anatoly
                name: Анатолий
            """) + self.persona_yaml() + textwrap.dedent(f"""\
            scripts:
              - {{channels: [{self.name}], subject: "Самовывоз", body: "До скольки работает пункт самовывоза?"}}
            companies:
            """) + rows + "\n"
        path = self.tmp_path / "study.yaml"
        path.write_text(text, encoding="utf-8")
        return path


class EmailHarness(Harness):
    permanent = ("failed", "refused")
    name, watch = "email", ("email",)

    def contacts(self) -> list[str]:
        return ["info@c0.example", "sales@c1.example"]

    def received(self) -> list[str]:
        from email import message_from_bytes
        from email.policy import default

        return [message_from_bytes(raw, policy=default).get_content().strip() for _, _, raw in self.smtp.messages]

    def answer(self, probe, text: str, at: datetime) -> None:
        raw = (f"From: Support <{probe.contact}>\r\nTo: {ACCOUNT}\r\nSubject: Re: {probe.subject}\r\n"
               f"Date: {format_datetime(at)}\r\nMessage-ID: {make_msgid(domain=probe.contact.split('@')[1])}\r\n"
               f"In-Reply-To: {probe.message_id}\r\nMIME-Version: 1.0\r\n"
               f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{text}\r\n")
        self.dovecot.append("INBOX", raw.encode(), at)

    def fail_next(self, contact: str, kind: str) -> None:
        (self.smtp.refuse if kind == "permanent" else self.smtp.busy).add(contact.lower())


class FormHarness(EmailHarness):
    """The local form site; answers come by e-mail to the token address typed into the form."""
    permanent = ("failed", "error")  # the site refuses the submission (403): a failure, not a closed channel

    name, watch = "form", ("email",)

    def start(self) -> None:
        from audit.sandbox.formsite import FormSite

        self.site = FormSite().start()

    def stop(self) -> None:
        self.site.stop()

    def contacts(self) -> list[str]:
        return [self.site.url("/plain"), self.site.url("/csrf")]

    def received(self) -> list[str]:  # the question is the longest thing typed into an accepted form
        return [max(s["fields"].values(), key=len).strip() for s in self.site.submissions if s["status"] < 400]

    def answer(self, probe, text: str, at: datetime) -> None:
        raw = (f"From: Support <help@company.example>\r\nTo: anatoly+{probe.token}@shopper.example\r\n"
               f"Subject: Ваше обращение\r\nDate: {format_datetime(at)}\r\n"
               f"Message-ID: {make_msgid(domain='company.example')}\r\nMIME-Version: 1.0\r\n"
               f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{text}\r\n")
        self.dovecot.append("INBOX", raw.encode(), at)

    def fail_next(self, contact: str, kind: str) -> None:
        from urllib.parse import urlsplit

        self.site.fail_next(urlsplit(contact).path, 403 if kind == "permanent" else 500)


class VkHarness(Harness):
    """vk_api's real code against the local fake VK API."""
    permanent = ("failed", "unavailable")

    name, watch = "vk", ("vk",)
    TOKEN = "vk1.a.contract"

    def start(self) -> None:
        from audit.clock import FixedClock
        from audit.sandbox.vk_server import FakeVk

        self.fake = FakeVk(FixedClock(NOON)).start()
        self.fake.add_user(self.TOKEN)
        for name in ("c0shop", "c1shop"):
            self.fake.add_community(name, name)

    def stop(self) -> None:
        self.fake.stop()

    def contacts(self) -> list[str]:
        return ["c0shop", "https://vk.com/c1shop"]

    def persona_yaml(self) -> str:
        return f"    vk: {{token_env: TEST_VK_TOKEN, api_url: '{self.fake.api_url}'}}\n"

    def env(self) -> dict[str, str]:
        return {"TEST_VK_TOKEN": self.TOKEN}

    def received(self) -> list[str]:
        return [m["text"].strip() for m in self.fake.sent()]

    def answer(self, probe, text: str, at: datetime) -> None:
        from probes.base import normalize_peer

        self.fake.answer(normalize_peer(probe.contact), text, at=at)

    def fail_next(self, contact: str, kind: str) -> None:
        from probes.base import normalize_peer

        self.fake.fail_next("messages.send", 902 if kind == "permanent" else 10, peer=normalize_peer(contact))


class TelegramHarness(Harness):
    """The fake at telethon's client seam (no Telegram server can run here)."""
    permanent = ("failed", "unavailable")

    name, watch = "telegram", ("telegram",)

    def start(self) -> None:
        from audit.clock import FixedClock
        from audit.sandbox.telegram_peer import FakeTelegram

        self.fake = FakeTelegram(FixedClock(NOON))
        for name in ("c0shop", "c1shop"):
            self.fake.add_peer(name, name)
        self.session = self.fake.make_session(self.tmp_path / "persona.session")

    def contacts(self) -> list[str]:
        return ["@c0shop", "https://t.me/c1shop"]

    def persona_yaml(self) -> str:
        return f"    telegram: {{api_id: 1, api_hash_env: TEST_TG_HASH, session: '{self.session}'}}\n"

    def env(self) -> dict[str, str]:
        return {"TEST_TG_HASH": "contract"}

    def factories(self) -> dict:
        return {"telegram_client_factory": self.fake.client_factory}

    def received(self) -> list[str]:
        return [o.text.strip() for o in self.fake.sent]

    def answer(self, probe, text: str, at: datetime) -> None:
        from probes.base import normalize_peer

        self.fake.answer(normalize_peer(probe.contact), text, at=at)

    def fail_next(self, contact: str, kind: str) -> None:
        from telethon import errors

        from probes.base import normalize_peer

        failure = errors.UserPrivacyRestrictedError(request=None) if kind == "permanent" \
            else errors.RpcCallFailError(request=None)
        self.fake.fail_next(failure, peer=normalize_peer(contact))


HARNESSES: dict[str, type[Harness]] = {"email": EmailHarness, "form": FormHarness, "vk": VkHarness,
                                       "telegram": TelegramHarness}
