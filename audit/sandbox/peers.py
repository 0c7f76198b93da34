"""The sandbox's stand-ins for the services the automated channels reach, each with the simulated companies that
answer there in compressed study time: the mail servers (MailPeer), a local site with each company's feedback form
(FormPeer: answers come by e-mail to the address typed in), the fake VK API (VkPeer) and the simulated Telegram
(TelegramPeer). A channel names its stand-in in its declaration (ChannelSpec.simulator, probes); the sandbox
(audit.sandbox.demo) makes one for each channel the study uses. Chats are answered more often and faster than
e-mail, with the mix of audit.sandbox.simulate (docs/method.md, the study it follows).

The mail servers, the form site and VK are servers on 127.0.0.1, reachable from other processes; the simulated
Telegram lives at the client seam, so it exists only inside the process that runs the channel
(`audit sandbox --demo`).
"""

from __future__ import annotations

import os
import random
import re
from collections.abc import Callable
from datetime import UTC, datetime
from email import message_from_bytes
from email.policy import default as default_policy
from typing import Any
from urllib.parse import urlsplit

from audit.sandbox.formsite import CONTACT_FIELDS, FormSite, page
from audit.sandbox.servers import SandboxImap, SandboxSmtp
from audit.sandbox.simulate import assign, chat_behaviour, form_answer, respond, respond_text
from audit.study.model import Company, Study
from probes.base import ChannelSpec

VK_TOKEN_ENV = "SANDBOX_VK_TOKEN"
VK_TOKEN = "vk1.a.sandbox"


class Peer:
    """A service's stand-in, for the study's companies that have a contact on its channel. `box` is the sandbox
    that made it (audit.sandbox.demo.Sandbox): the study, the clock, the persona companies greet, what the
    companies say (`answers`), the answers on their way (`later`) and the mailbox answers by e-mail go to
    (`deliver_mail`)."""

    note: str | None = None  # said when the sandbox serves other processes (`audit sandbox` without --demo)

    def __init__(self, box: Any, spec: ChannelSpec, companies: list[Company]):
        self.box, self.spec = box, spec
        self.companies = {spec.normalise(str(getattr(c.contacts, spec.name))): c for c in companies}
        self.answered = 0  # answers that have reached the personas

    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        pass

    def describe(self) -> str:
        """Where it listens, for the sandbox's first lines; empty when it is not running (the mail servers' ports
        are named by the sandbox itself, apart)."""
        return ""

    def factories(self) -> dict[str, Callable]:
        """Client factories the channel needs to reach it (given to probes.make_channels)."""
        return {}

    def _answer_later(self, at: datetime, action: Callable[[], None]) -> None:
        def deliver() -> None:
            action()
            self.answered += 1

        self.box.later(at, deliver)


class MailPeer(Peer):
    """SMTP and IMAP for the personas' mailboxes; the companies answer e-mail by their behaviour (simulate.assign):
    threaded, through a helpdesk, acknowledged first, auto-replied, bounced or refused."""

    def __init__(self, box: Any, spec: ChannelSpec, companies: list[Company]):
        super().__init__(box, spec, companies)
        persona = next(p for p in box.study.personas if p.email)
        self.smtp_ep, self.imap_ep = persona.email.smtp, persona.email.imap
        self.behaviour = assign(box.study)
        refuse = {a for a, c in self.companies.items() if self.behaviour[c.id] == "refused"}
        self.imap = SandboxImap(self.imap_ep.host, self.imap_ep.port)
        self.smtp = SandboxSmtp(self.smtp_ep.host, self.smtp_ep.port, self._on_message, refuse)
        self.users = {p.email.address.lower(): p.email.imap.username or p.email.address
                      for p in box.study.personas if p.email}

    async def start(self) -> None:
        await self.imap.start()
        await self.smtp.start()

    async def stop(self) -> None:
        await self.smtp.stop()
        await self.imap.stop()

    def deliver(self, address: str, raw: bytes, at: datetime) -> None:
        """An answer by e-mail to an address the persona typed (into a form: plus-addressed with the token)."""
        local, _, domain = address.lower().partition("@")
        base = f"{local.split('+', 1)[0]}@{domain}"
        self.imap.deliver(self.users.get(base, base), raw, at, "INBOX")

    def _on_message(self, mail_from: str, rcpt_tos: list[str], raw: bytes) -> None:
        probe = message_from_bytes(raw, policy=default_policy)
        sent_at = self.box.clock.now()
        user = self.users.get(mail_from.lower(), mail_from)
        for rcpt in rcpt_tos:
            company = self.companies.get(rcpt.lower())
            if company is None:
                continue
            # seeded by when it came (the demo sends each probe at its planned time): every run the same answers
            rng = random.Random(f"sandbox:{company.id}:{sent_at.isoformat()}")
            answers = self.box.answers.for_company(company.segment, self.spec.name)
            for d in respond(company, self.behaviour[company.id], probe, sent_at, rng, answers):
                self._answer_later(d.at, lambda d=d: self.imap.deliver(user, d.raw, d.at, d.mailbox))


class FormPeer(Peer):
    """A local site with each company's feedback form; the company answers by e-mail to the address typed in."""

    def __init__(self, box: Any, spec: ChannelSpec, companies: list[Company]):
        super().__init__(box, spec, companies)
        self.forms = {urlsplit(c.contacts.form).path: c for c in companies}
        self.site: FormSite | None = None
        self._tickets = iter(range(5001, 10**6))

    async def start(self) -> None:
        where = urlsplit(next(c.contacts.form for c in self.forms.values()))
        self.site = FormSite(where.hostname or "127.0.0.1", where.port or 80, on_submit=self._on_form)
        for path, company in self.forms.items():
            self.site.add_page(path, page(f"{company.name}: обратная связь",
                                          f'<form method="post" action="{path}">{CONTACT_FIELDS}</form>'),
                               on_post=lambda req: _thanks())
        self.site.start()

    async def stop(self) -> None:
        if self.site is not None:
            self.site.stop()

    def describe(self) -> str:
        return f"forms http://{self.site.host}:{self.site.port}/ ({len(self.forms)})" if self.site else ""

    def _on_form(self, record: dict) -> None:
        company = self.forms.get(record["path"])
        typed = next((v for v in record["fields"].values() if re.fullmatch(r"[^@\s]+@[^@\s]+", v or "")), None)
        if company is None or typed is None:
            return
        sent_at = self.box.clock.now()
        rng = random.Random(f"sandbox:form:{company.id}:{sent_at.isoformat()}")
        answers = self.box.answers.for_company(company.segment, self.spec.name)
        for at, text in respond_text(company, chat_behaviour(company, self.spec.name), sent_at, rng,
                                     self.box.persona.name, answers):
            raw = form_answer(company, typed, text, at, next(self._tickets), answers.words)
            self._answer_later(at, lambda raw=raw, at=at: self.box.deliver_mail(typed, raw, at))


class VkPeer(Peer):
    """The fake VK API (audit.sandbox.vk_server) with a community per company; communities answer in the chat."""

    def __init__(self, box: Any, spec: ChannelSpec, companies: list[Company]):
        super().__init__(box, spec, companies)
        self.vk = None

    async def start(self) -> None:
        os.environ.setdefault(VK_TOKEN_ENV, VK_TOKEN)
        persona_vk = next((p.vk for p in self.box.study.personas if p.vk), None)
        if persona_vk is None:
            return
        from audit.sandbox.vk_server import FakeVk

        where = urlsplit(persona_vk.api_url)
        self.vk = FakeVk(self.box.clock, where.hostname or "127.0.0.1", where.port or 80)
        self.vk.add_user(VK_TOKEN)
        for name, company in self.companies.items():
            self.vk.add_community(name, company.name)
        self.vk.on_send = lambda name, msg: _chat(self, self.vk.answer, self.companies[name], name, msg["date"])
        self.vk.start()

    async def stop(self) -> None:
        if self.vk is not None:
            self.vk.stop()

    def describe(self) -> str:
        return f"VK API http://127.0.0.1:{self.vk.port}/method/ ({len(self.companies)})" if self.vk else ""


def sandbox_sessions(study: Study) -> Study:
    """The study with each persona's Telegram session in a file of the sandbox's own, where TelegramPeer writes a
    simulated logged-in session: the session `audit login telegram` made for a real account is never touched."""
    if not any(p.telegram for p in study.personas):
        return study
    personas = [p.model_copy(update={"telegram": p.telegram.model_copy(
                    update={"session": f"data/sandbox-{study.id}-telegram-{p.id}.session"})}) if p.telegram else p
                for p in study.personas]
    out = study.model_copy(update={"personas": personas})
    out._source = study.source
    return out


class TelegramPeer(Peer):
    """The simulated Telegram (audit.sandbox.telegram_peer) at the client seam, with a logged-in session file per
    persona; accounts answer in the chat."""

    note = ("[yellow]Telegram is simulated only inside `audit sandbox --demo` (at the client seam, in one "
            "process): in separate processes its probes wait for a login[/yellow]")

    def __init__(self, box: Any, spec: ChannelSpec, companies: list[Company]):
        super().__init__(box, spec, companies)
        self.telegram = None

    async def start(self) -> None:
        from audit.sandbox.telegram_peer import FakeTelegram
        from probes.telegram import session_path

        self.telegram = FakeTelegram(self.box.clock)
        for name, company in self.companies.items():
            self.telegram.add_peer(name, company.name)
        for i, persona in enumerate(p for p in self.box.study.personas if p.telegram):
            path = session_path(persona)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.unlink(missing_ok=True)
            self.telegram.make_session(path, phone=f"+7999000{i:04d}")
        self.telegram.on_send = lambda out: _chat(self, self.telegram.answer, self.companies[out.username],
                                                  out.username, out.date.timestamp())

    def describe(self) -> str:
        return f"Telegram ({len(self.companies)}, simulated inside the demo's process)"

    def factories(self) -> dict[str, Callable]:
        return {"telegram_client_factory": self.telegram.client_factory} if self.telegram else {}


def _chat(peer: Peer, answer: Callable, company: Company, name: str, sent_ts: float) -> None:
    """A persona wrote to a company's chat: the company answers (or not) as its chat behaviour says."""
    sent_at = datetime.fromtimestamp(sent_ts, UTC)
    channel = peer.spec.name
    rng = random.Random(f"sandbox:{channel}:{company.id}:{sent_ts}")
    answers = peer.box.answers.for_company(company.segment, channel)
    for at, text in respond_text(company, chat_behaviour(company, channel), sent_at, rng, peer.box.persona.name,
                                 answers):
        peer._answer_later(at, lambda at=at, text=text: answer(name, text, at=at))


def _thanks():
    from audit.sandbox.formsite import Reply

    return Reply(page("Обратная связь", '<div class="result">Спасибо! Ваше сообщение отправлено.</div>'))
