"""The sandbox's counterparts of the automated channels besides e-mail: a local site with each company's feedback
form (answers come by e-mail to the address typed in), the fake VK API, and the simulated Telegram. Companies
answer in compressed study time, with the chat mix of audit.sandbox.simulate (messengers are answered more often
and faster than e-mail, docs/domain.md §1).

The form site and VK are HTTP servers on 127.0.0.1, reachable from other processes; the simulated Telegram lives at
the client seam, so it exists only inside the process that runs the channel (`audit sandbox --demo`).
"""

from __future__ import annotations

import asyncio
import random
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from urllib.parse import urlsplit

from audit.clock import VirtualClock
from audit.sandbox.formsite import CONTACT_FIELDS, FormSite, page
from audit.sandbox.simulate import chat_behaviour, form_answer, respond_text
from audit.study import Company, Study
from probes.base import normalize_peer

VK_TOKEN_ENV = "SANDBOX_VK_TOKEN"
VK_TOKEN = "vk1.a.sandbox"


class ChatWorld:
    """Form site, VK and Telegram for the companies of the study that use them."""

    def __init__(self, study: Study, clock: VirtualClock, schedule: Callable[[float, Callable[[], None]], None],
                 deliver_mail: Callable[[str, bytes, datetime], None]):
        self.study, self.clock = study, clock
        self.schedule, self.deliver_mail = schedule, deliver_mail  # (real delay, action) / (address, raw, at)
        self.persona = study.personas[0]
        self.answered = 0
        self.site = self.vk = self.telegram = None
        self.forms = {urlsplit(c.contacts.form).path: c for c in study.companies if c.contacts.form}
        self.vk_companies = {normalize_peer(c.contacts.vk): c for c in study.companies if c.contacts.vk}
        self.tg_companies = {normalize_peer(c.contacts.telegram): c for c in study.companies if c.contacts.telegram}
        self._tickets = iter(range(5001, 10**6))

    def start(self) -> None:
        if self.forms:
            where = urlsplit(next(c.contacts.form for c in self.forms.values()))
            self.site = FormSite(where.hostname or "127.0.0.1", where.port or 80, on_submit=self._on_form)
            for path, company in self.forms.items():
                self.site.add_page(path, page(f"{company.name}: обратная связь",
                                              f'<form method="post" action="{path}">{CONTACT_FIELDS}</form>'),
                                   on_post=lambda req: _thanks())
            self.site.start()
        persona_vk = next((p.vk for p in self.study.personas if p.vk), None)
        if self.vk_companies and persona_vk is not None:
            from audit.sandbox.vk_server import FakeVk

            where = urlsplit(persona_vk.api_url)
            self.vk = FakeVk(self.clock, where.hostname or "127.0.0.1", where.port or 80)
            self.vk.add_user(VK_TOKEN)
            for name, company in self.vk_companies.items():
                self.vk.add_community(name, company.name)
            self.vk.on_send = lambda name, msg: self._on_chat("vk", self.vk_companies[name], name, msg["date"])
            self.vk.start()

    def start_telegram(self) -> dict:
        """The simulated Telegram and a logged-in session per persona; returns the channel's factory."""
        from audit.sandbox.telegram_peer import FakeTelegram

        self.telegram = FakeTelegram(self.clock)
        for name, company in self.tg_companies.items():
            self.telegram.add_peer(name, company.name)
        for i, persona in enumerate(p for p in self.study.personas if p.telegram):
            from probes.telegram import session_path

            path = session_path(persona)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.unlink(missing_ok=True)
            self.telegram.make_session(path, phone=f"+7999000{i:04d}")
        self.telegram.on_send = lambda out: self._on_chat("telegram", self.tg_companies[out.username], out.username,
                                                          out.date.timestamp())
        return {"telegram_client_factory": self.telegram.client_factory}

    def stop(self) -> None:
        if self.site is not None:
            self.site.stop()
        if self.vk is not None:
            self.vk.stop()

    def describe(self) -> str:
        parts = []
        if self.site is not None:
            parts.append(f"forms http://{self.site.host}:{self.site.port}/ ({len(self.forms)})")
        if self.vk is not None:
            parts.append(f"VK API http://127.0.0.1:{self.vk.port}/method/ ({len(self.vk_companies)})")
        if self.tg_companies:
            parts.append(f"Telegram ({len(self.tg_companies)}, simulated inside the demo's process)")
        return ", ".join(parts)

    # -- companies answering

    def _on_chat(self, channel: str, company: Company, name: str, sent_ts: float) -> None:
        sent_at = datetime.fromtimestamp(sent_ts, UTC)
        rng = random.Random(f"sandbox:{channel}:{company.id}:{sent_ts}")
        answer = self.vk.answer if channel == "vk" else self.telegram.answer
        for at, text in respond_text(company, chat_behaviour(company, channel), sent_at, rng, self.persona.name):
            self.schedule(self._delay(at), lambda at=at, text=text: self._chat_answer(answer, name, text, at))

    def _chat_answer(self, answer, name: str, text: str, at: datetime) -> None:
        answer(name, text, at=at)
        self.answered += 1

    def _on_form(self, record: dict) -> None:
        company = self.forms.get(record["path"])
        typed = next((v for v in record["fields"].values() if re.fullmatch(r"[^@\s]+@[^@\s]+", v or "")), None)
        if company is None or typed is None:
            return
        sent_at = self.clock.now()
        rng = random.Random(f"sandbox:form:{company.id}:{typed}")
        for at, text in respond_text(company, chat_behaviour(company, "form"), sent_at, rng, self.persona.name):
            raw = form_answer(company, typed, text, at, next(self._tickets))
            self.schedule(self._delay(at), lambda raw=raw, at=at: self._mail(typed, raw, at))

    def _mail(self, typed: str, raw: bytes, at: datetime) -> None:
        self.deliver_mail(typed, raw, at)
        self.answered += 1

    def _delay(self, at: datetime) -> float:
        return max(self.clock.real_time_of(at) - time.time(), 0.0)


def _thanks():
    from audit.sandbox.formsite import Reply

    return Reply(page("Обратная связь", '<div class="result">Спасибо! Ваше сообщение отправлено.</div>'))


def threadsafe_scheduler(loop: asyncio.AbstractEventLoop, pending: set) -> Callable[[float, Callable[[], None]], None]:
    """Schedule `action` after `delay` real seconds on `loop`, from any thread (the HTTP servers answer in theirs)."""

    def schedule(delay: float, action: Callable[[], None]) -> None:
        def arm() -> None:
            pending.add(loop.call_later(delay, action))

        try:
            here = asyncio.get_running_loop() is loop
        except RuntimeError:
            here = False
        # armed at once in the loop's own thread, so "nothing pending" is never true while an answer is on its way
        arm() if here else loop.call_soon_threadsafe(arm)

    return schedule
