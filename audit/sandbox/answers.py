"""What the simulated companies write, made from the study's own scripts: an answer to a question about books talks
about books. audit.sandbox.simulate decides who answers, when and on which channel; this module, the words.

For each script, from its points (phrases and patterns) and its subject and body, in the script's language (Russian
when its body is mostly Cyrillic, else English), answers of these kinds:

    complete   covers every point; `personal` adds a greeting with the persona's name and an offer of the next
               step, so the rubric gives 4 (else 3: no name)
    partial    covers some of the points (rubric 2); a script with one point gets a vague answer instead (rubric 1)
    redirect   only sends the customer to the phone or the website's chat
    ack        a helpdesk's acknowledgement that the request was registered
    autoreply  an out-of-office reply

A phrase is said in a sentence as it is written; a pattern is said with a text it finds (audit.sandbox.regexgen).
Every sentence is checked with the scoring code (scoring.rubric.covered_points), so a partial answer never covers
more than it should. A point nothing can be made for is stated by its description, and `notes` says so; a script
without points is answered with the sandbox's canned texts, and `notes` says that too.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from audit.sandbox.regexgen import sample
from audit.study.model import Point, Script, Study
from scoring.rubric import covered_points

TEMPLATE = re.compile(r"{{.*?}}|{%.*?%}", re.S)  # the script's template markup: not the question's words


@dataclass(frozen=True)
class Language:
    """The fixed words of answers in one language."""

    hello: str
    hello_name: str
    thanks_for: str  # "thanks for your question about <subject>"
    facts: tuple[str, ...]  # a sentence saying one point's text
    next_steps: tuple[str, ...]  # each an offer of the next step the rubric recognises
    rest_later: str  # how a partial answer ends
    vague: str  # an answer that answers nothing (a script with one point)
    redirects: tuple[str, ...]
    ack: str
    ack_subject: str
    autoreply: str
    autoreply_subject: str
    support: str  # the sender's display name
    form_subject: str
    regards: str
    wrote: str
    canned: dict[str, tuple[str, ...]]  # segment (or "*") -> the canned answers of a script without points


RU = Language(
    hello="Здравствуйте!", hello_name="Здравствуйте, {name}!", thanks_for="Спасибо за вопрос «{subject}».",
    facts=("Подскажу: {x}.", "Коротко: {x}.", "Отвечаю: {x}."),
    next_steps=("Если удобно, менеджер перезвонит вам и поможет всё оформить.",
                "Пришлите реквизиты, и я подготовлю счёт.", "Могу сразу направить ссылку на анкету."),
    rest_later="По остальному уточню у коллег и вернусь с ответом.",
    vague="Спасибо за вопрос! Мы разбираемся и скоро вернёмся с ответом.",
    redirects=("Здравствуйте! По этому вопросу позвоните, пожалуйста, нам по телефону +7 (495) 123-45-67.",
               "Здравствуйте! С этим вопросом, пожалуйста, напишите в чат на нашем сайте."),
    ack="Здравствуйте! Ваше обращение №{ticket} принято. Мы ответим в течение рабочего дня.",
    ack_subject="Ваше обращение зарегистрировано [#{ticket}]",
    autoreply="Я в отпуске до 15 числа. По срочным вопросам звоните в офис.",
    autoreply_subject="Автоматический ответ: {subject}", support="Поддержка {company}",
    form_subject="Ответ на обращение с сайта №{ticket}", regards="С уважением, {company}",
    wrote="{date}, {persona} пишет:",
    canned={
        "shops": ("Пункт самовывоза работает до 20:00 без выходных. Оформить заказ можно на сайте, менеджер "
                  "перезвонит и подтвердит. Доставку сегодня сделаем, если заказ поступит до 15:00.",
                  "Самовывоз работает с 9 до 21. Заказ можете оформить прямо в ответном письме: напишите артикулы и "
                  "телефон. Курьер сегодня привезёт после 18:00."),
        "*": ("Тарифы: Старт — 990 ₽/мес, Бизнес — 2 990 ₽/мес. Договор-оферта на сайте, подключение за 1 рабочий "
              "день. Пришлите реквизиты, и я подготовлю счёт.",
              "Комиссия 2,5% с оборота, абонентской платы нет. Договор подписываем через ЭДО, подключение занимает "
              "3 рабочих дня. Направляю ссылку на анкету."),
    },
)
EN = Language(
    hello="Hello,", hello_name="Hello {name},", thanks_for="Thanks for your question about “{subject}”.",
    facts=("In short: {x}.", "To answer you: {x}.", "Yes: {x}."),
    next_steps=("If you like, we will send you a link to get started.",
                "Please send your details and we will take it from there."),
    rest_later="I will check the rest with my colleagues and get back to you.",
    vague="Thanks for your question! We are looking into it and will get back to you soon.",
    redirects=("Hello! Please call us on +1 (555) 010-0199, our managers will help.",
               "Hello! Please contact our support in the chat on our website."),
    ack="Hello! Your request #{ticket} has been received. We will reply within one business day.",
    ack_subject="Your request has been received [#{ticket}]",
    autoreply="I am on holiday until the 15th. For urgent questions please call the office.",
    autoreply_subject="Automatic reply: {subject}", support="{company} Support",
    form_subject="Your message from our website #{ticket}", regards="Best regards, {company}",
    wrote="On {date}, {persona} wrote:",
    canned={"*": ("Yes, we can help with that: our team handles such requests every day, and all the details are "
                  "on our website. We will send you the terms today.",)},
)
LANGUAGES = {"ru": RU, "en": EN}


def language(script: Script | None) -> str:
    """"ru" when the script's words are mostly Cyrillic, else "en"."""
    words = TEMPLATE.sub("", (script.body if script else "") or "")
    cyrillic = len(re.findall(r"[а-яё]", words, re.I))
    return "ru" if cyrillic > len(re.findall(r"[a-z]", words, re.I)) else "en"


@dataclass
class ScriptAnswers:
    """The answers to one script (None: a company on a channel no script covers, answered with canned texts)."""

    script: Script | None
    notes: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.lang = language(self.script)
        self.words = LANGUAGES[self.lang]
        self.points: list[Point] = list(self.script.points) if self.script else []
        name = f"the script for segment {self.script.segment!r}" if self.script else "a channel without a script"
        if not self.points:
            self.notes.append(f"{name} lists no points: its simulated answers are the sandbox's canned texts")
        self.sentences = {p.id: self._sentences(p, name) for p in self.points}

    # --- what one point can be said with ------------------------------------------------------------------------

    def _sentences(self, point: Point, name: str) -> list[str]:
        """Sentences that cover this point (and, where possible, no other), each checked by the scoring code."""
        rng = random.Random(f"sandbox:point:{point.id}")
        vocabulary = re.findall(r"\w+", " ".join([self.script.body, self.script.subject or "", *point.phrases]))
        said: list[str] = []
        failed = []
        for pattern in point.patterns:
            made = sample(pattern, rng, self.lang, vocabulary)
            if made is None:
                failed.append(pattern)
                continue
            text, own_line = made
            said.append(f"{rng.choice(self.words.facts).format(x='').rstrip(' .:')}:\n{text}\n" if own_line
                        else rng.choice(self.words.facts).format(x=text))
        said += [rng.choice(self.words.facts).format(x=phrase) for phrase in point.phrases]
        ok = [s for s in said if point.id in covered_points(s, [point])]
        only = [s for s in ok if set(covered_points(s, self.points)) == {point.id}]
        if failed:
            instead = "its phrases" if ok else "its description"
            self.notes.append(f"{name}, point {point.id}: no text could be made for pattern(s) "
                              f"{', '.join(repr(p) for p in failed)}; its answers use {instead}")
        if not ok:
            if not failed:
                self.notes.append(f"{name}, point {point.id}: no text made from its phrases and patterns is found "
                                  f"by them; its answers state its description, which scoring may not recognise")
            return [rng.choice(self.words.facts).format(x=point.description or point.id)]
        return only or ok

    # --- answers ------------------------------------------------------------------------------------------------

    def human(self, kind: str, rng: random.Random, persona_name: str = "", segment: str = "*") -> list[str]:
        """The lines of a person's answer of `kind` (complete, complete_personal, partial); `segment`: the
        company's, which picks the canned texts of a script without points."""
        first = persona_name.split()[0] if persona_name.strip() else ""
        personal = kind == "complete_personal" and first
        hello = self.words.hello_name.format(name=first) if personal else self.words.hello
        if not self.points:
            return [hello, rng.choice(self.words.canned.get(segment, self.words.canned["*"]))]
        if kind == "partial":
            return [hello, *self._partial(rng)]
        lines = [hello]
        subject = self.script.subject if self.script and self.script.subject else ""
        if subject and not TEMPLATE.search(subject):
            lines.append(self.words.thanks_for.format(subject=subject.strip()))
        lines += [rng.choice(self.sentences[p.id]) for p in self.points]
        if personal:
            lines.append(rng.choice(self.words.next_steps))
        return lines

    def _partial(self, rng: random.Random) -> list[str]:
        if len(self.points) < 2:
            return [self.words.vague]
        for _ in range(8):  # sentences of the chosen points may cover another: draw again
            chosen = rng.sample(self.points, rng.randint(1, len(self.points) - 1))
            lines = [rng.choice(self.sentences[p.id]) for p in chosen]
            if len(covered_points(" ".join(lines), self.points)) < len(self.points):
                return [*lines, self.words.rest_later]
        return [*lines, self.words.rest_later]

    def redirect(self) -> str:
        """A redirect that covers none of the points (a phone number may look like a point's number)."""
        for text in self.words.redirects:
            if not covered_points(text, self.points):
                return text
        return self.words.redirects[-1]


class Answers:
    """The study's ScriptAnswers, one per script, found by a company's segment and channel as the study finds its
    script; `notes` lists what could not be made from the study's own words, once."""

    def __init__(self, study: Study):
        self.study = study
        self._by_script: dict[int, ScriptAnswers] = {}
        self.notes: list[str] = []
        for script in study.scripts:
            self._of(script)

    def _of(self, script: Script | None) -> ScriptAnswers:
        key = id(script)
        if key not in self._by_script:
            made = ScriptAnswers(script)
            self._by_script[key] = made
            self.notes += [n for n in made.notes if n not in self.notes]
        return self._by_script[key]

    def for_company(self, segment: str, channel: str) -> ScriptAnswers:
        return self._of(self.study.script_for(segment, channel))
