"""Weighing a reply's own words sentence by sentence: what it says, as opposed to what it only acknowledges, where it
only says the office is away, or where it only points elsewhere (docs/method.md §5-6).

    weigh(text) -> Weighed     each sentence with its role, and how many words the reply says besides

A reply is more than its first matching phrase: «Спасибо за обращение! Пункт работает до 21:00» is an answer that
happens to thank, «Мы получили ваше письмо и ответим в течение дня» only acknowledges, and "Could you message us on
WhatsApp? Our store team handles orders there" only sends the customer elsewhere. So every sentence gets one role
and only the words of the sentences that say something count (`substance`). Roles, first match wins:

    away       out of office, working hours, "this mailbox is not monitored", "has left the company", "we moved"
    offer      offers to do the next step («заказ можем оформить по телефону», "I'll reserve it for you"): says
               something, and counts as a fact
    redirect   sends the customer to another channel, department or person
    receipt    the message was received / registered / has a number; "do not reply to this message" (before
               contact: a receipt may name the site the request came from)
    hours      only says when the company works or can be called («Работаем с 9:00 до 21:00», "звонок бесплатный")
    contact    a phone number, a link, an address, a handle: where to turn, not what the answer is (the words
               around it count as said when they make a clause of their own, `CONTACT_SENTENCE` words or more)
    promise    somebody will answer later
    courtesy   a greeting or thanks ("Hi Anatoly,", «Хорошего дня!», "Thank you for contacting X"), or a
               neutral notice ("This is an automatic notice")
    said       anything else: what the reply says

A reply's `facts` are the times, prices and durations its said sentences state (and those in a clause of its own
in a redirecting or away sentence), and its offers: an answer states them, an acknowledgement or a redirect does
not. The phrases are data, `scoring/data/sentences.json` (its `_doc` says the shape). Sentences are split on . ! ? and
line ends, but never inside a link, an address or a phone number (a URL's dots are not sentence ends).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from scoring.lemmas import contains, directive, lemmas, tokens
from scoring.memo import per_text
from scoring.phraselist import PhraseList, phrase_list

DATA = Path(__file__).parent / "data" / "sentences.json"
ROLES = ("away", "offer", "redirect", "receipt", "hours", "contact", "promise", "courtesy", "said")
_DOMAINS = "ru|com|me|org|net|io|su|рф|info|biz|example"
# where to turn, as one alternation in this order: a phone, a link, an e-mail address, a handle, a site's name; each
# with a test of what a text must hold for that kind to match in it (a digit; "://" or "www."; "@"; "@"; a dot before
# a domain)
_CONTACT_KINDS = (
    (r"(?:\+\d|(?<![\w№#/.-])(?:8|\(\d))[\d\s()-]{6,}\d(?![\w-])", re.compile(r"\d").search),
    (r"(https?://|www\.)[^\s<>»\"]*[^\s<>»\".,;:!?)]", lambda text: "://" in text or "www." in text),
    (r"[\w.+-]+@[\w-]+(\.[\w-]+)+", lambda text: "@" in text),
    (r"(?<!\w)@\w{4,}", lambda text: "@" in text),
    (rf"\b(?:[\w-]+\.)+(?:{_DOMAINS})\b(?:/[^\s<>»\"]*[^\s<>»\".,;:!?)])?", re.compile(rf"\.(?:{_DOMAINS})").search))
CONTACT = re.compile("|".join(kind for kind, _ in _CONTACT_KINDS))
_NOWHERE = re.compile(r"(?!)")  # CONTACT in a text that holds no contact of any kind
# (a phone starts with +, 8 or "(": "2026-12-07-004512" and "ЗК-2026-11873" are ticket numbers)
# a clause that only says why or when to turn elsewhere ("чтобы мы могли вас проконсультировать, позвоните")
THERE = re.compile(r"\b(там|туда|there)\b")  # the other place a redirect names: what is done there is not done here
PURPOSE = re.compile(r"^\W*(для того|чтобы|если|в случае|in order|so that|so we|if|to)\b", re.I)
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
# a line break inside a sentence: after a word (not a number, a colon or a stop) and before a lower-case word or a
# number, the way clients wrap long lines at 72-78 characters; lists and schedule lines («пн–пт: 10–20⏎сб: 11–18»)
# keep their breaks. The "\n" comes first, looked behind from there: the engine scans for it rather than trying the
# look-behinds at every character (a hundred times faster)
WRAPPED = re.compile(r"\n(?:(?<=[^\W\d_]\n)|(?<=[^\W\d_],\n))(?=[a-zа-яё\d])")
UNBROKEN = re.compile(r"\d[.:]\d|\b(?:ул|д|г|т|им|пр|стр|тел|руб|коп|мин|St|Mr|Mrs|Ms|Dr|No|ext|e\.g|i\.e|т\.д|т\.п)"
                      r"\.(?=\s*\S)")
# a parenthesis opening on a word holds a clause of its own («тарифы на сайте … (от 600 руб. за номер)»); one
# opening on a digit is a phone's area code
CLAUSE = re.compile(r"[,;:—–]\s+|\s+(?:или|а|но|or|but)\s+|\s+\((?=[^\W\d_])", re.I)
# what an answer states: a time, a price, a duration, "24/7" (a reply's own facts, not the hours to call at); every
# kind holds a digit but «круглосуточно» (_facts relies on it)
FACT = re.compile(r"(?<![\d:.])\d{1,2}[:.]\d{2}(?![\d:]|\.\d)|\b\d+(?:[ .,]\d+)*\s?(?:₽|руб|р\.|rub|eur|€|\$|usd|%)|"
                  r"[€$]\s?\d|\b\d+(?:[–-]\d+)?\s?(?:мин|час|дн|дней|день|недел|рабоч|minute|min|hour|day|week|business)|"
                  r"\b(?:до|с|по|from|until|till|to) \d{1,2}(?:\s?(?:am|pm|час|ч\b|утра|вечера))|"
                  r"\bс \d{1,2}([:.]\d{2})? до \d{1,2}\b|круглосуточно|24/7|24 hours|"
                  r"\b(?:open|opens|closes?|closing|until|till|after|before)\s\d{1,2}(?:\s?(?:to|till|until|[-–])\s?"
                  r"\d{1,2})?\b(?![.,:]?\d)", re.I)
_MAY_STATE = re.compile(r"\d|круглосуточно", re.I)  # what a text needs for FACT to match in it
# before an English verb, what makes it a request to the customer ("please call", "you can message us"), not a noun
# ("your message", "our team") or a report ("the courier will call")
ASKING = frozenset({"please", "pls", "kindly", "can", "could", "may", "might", "to", "just", "should", "would", "feel",
                    "free", "simply", "you"})
# all a sentence may hold beside a contacting verb that asks and still send the customer there («Звоните.», "Call us")
BARE = frozenset({"мы", "я", "пожалуйста", "лучше", "сразу", "тогда", "please", "us", "me", "just", "then", "instead",
                  "better", "directly"})
FIRST_PERSON = re.compile(r"(?<!\w)(я|мне|меня|мной|i|i'm|i've|i'll|i'd|me|my)(?!\w)", re.I)
WEIGH_LIMIT = 20_000  # characters weighed: a reply is a few paragraphs
COURTESY_LEAD = 14  # words of a "thank you for contacting Harbour County Business Registry" sentence
CONTACT_SENTENCE = 5  # words besides a contact that make its sentence say something ("Наш телефон:" does not)


@dataclass(frozen=True)
class _Data:
    receipt: PhraseList
    hours: PhraseList
    offer: PhraseList
    promise: PhraseList
    away: PhraseList
    greeting: re.Pattern
    thanks: re.Pattern  # "Thank you for contacting X": courtesy at any length (up to COURTESY_LEAD words)
    neutral: re.Pattern  # "This is an automatic notice": says nothing either way
    courtesy_words: int
    courtesy: tuple[tuple[str, frozenset[str]], ...]  # (phrase, its lemmas: all must be in a sentence)
    redirect_phrases: tuple[tuple[str, frozenset[str]], ...]  # (phrase, its lemmas: all must be in a sentence)
    redirect: PhraseList
    verbs: frozenset[str]
    channels: frozenset[str]
    window: int


def _alternation(patterns: list[str]) -> PhraseList:
    """One list, searched in lower-cased text: re.I would make it twice as slow, and the lists hold no upper-case
    letters (tests/scoring/test_kinds.py checks the data)."""
    return phrase_list(patterns)


def _stem(word: str) -> str:
    """English plurals and third persons as the base form ("teams", "messages"); Russian words are lemmas already."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and word.isascii() else word


@cache
def data() -> _Data:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    courtesy, redirect = raw["courtesy"], raw["redirect"]
    return _Data(
        receipt=_alternation(raw["receipt"]),
        hours=_alternation(raw["hours"]),
        offer=_alternation(raw["offer"]),
        promise=_alternation(raw["promise"]),
        away=_alternation(raw["away"]),
        greeting=re.compile(courtesy["greetings"], re.I),
        thanks=re.compile(courtesy["lead"]),
        neutral=re.compile(courtesy["neutral"]),
        courtesy_words=int(courtesy["max_words"]),
        courtesy=tuple((p, frozenset(lemmas(p))) for p in courtesy["phrases"]),
        redirect_phrases=tuple((p, frozenset(lemmas(p))) for p in redirect["phrases"]),
        redirect=_alternation(redirect["patterns"]),
        verbs=frozenset(_stem(w) for w in redirect["verbs"]),
        channels=frozenset(_stem(w) for w in redirect["channels"]),
        window=int(redirect["window"]),
    )


@dataclass(frozen=True)
class Weighed:
    sentences: tuple[tuple[str, str, str], ...]  # (role, sentence, the words that gave the role)
    substance: int  # words of three letters or more in the "said" sentences
    facts: int  # times, prices, durations stated in the "said" sentences
    first_person: bool  # a "said", receipt or promise sentence speaks as I: a person, not a system
    hours: int = 0  # times stated in "hours" sentences («пн–пт 10:00–20:00»): an answer to "until when are you open"
    # when a person gives them, the working hours of an auto-responder when a machine does
    said: tuple[str, ...] = ()  # the sentences, and clauses of the others, that count in `substance`: what the reply
    # says, where a script's point is answered (a point's word in «по договору обратитесь в отдел продаж» is not)

    def first(self, role: str) -> str | None:
        """The evidence of the first sentence with this role."""
        return next((why for r, _, why in self.sentences if r == role), None)

    def has(self, role: str) -> bool:
        return any(r == role for r, _, _ in self.sentences)


def sentences(text: str) -> list[str]:
    """The text's sentences; a link, an address or a phone number is never cut at its dots, nor a sentence that the
    mail client wrapped ("Our team typically replies⏎within⏎1 business day.")."""
    text = WRAPPED.sub(" ", text)  # same length: the masked text indexes the same characters
    spans = sorted(found.span() for pattern in (_contact(text), UNBROKEN) for found in pattern.finditer(text))
    pieces, done = [], 0  # nor at a date's, a time's or an abbreviation's dot
    for start, end in spans:  # overlapping spans mask a character once: masking it again changes nothing
        start = max(start, done)
        if start < end:
            pieces += (text[done:start], text[start:end].translate(_MASK))
            done = end
    joined = "".join([*pieces, text[done:]])
    return [text[m.start():m.end()].strip() for m in SENTENCE.finditer(joined) if text[m.start():m.end()].strip()]


_MASK = str.maketrans(".!?\n", "____")  # what ends a sentence, inside a contact or an abbreviation: not an end


def _facts(text: str) -> int:
    """How many facts `text` states (FACT's matches): none where it holds no digit and no «круглосуточно», without
    trying FACT, a long alternation, at every character."""
    return len(FACT.findall(text)) if _MAY_STATE.search(text) else 0


def _contact(text: str) -> re.Pattern:
    """CONTACT without the kinds that `text` lacks what they need for: the same matches (the alternation tries its
    kinds in turn at each position, and one that matches nowhere in the text gives none), found sooner. The address
    is the costliest kind to try (it reads each word to its end from every letter), and most sentences hold no
    contact of any kind."""
    return _contact_of(tuple(bool(holds(text)) for _, holds in _CONTACT_KINDS))


@cache  # one pattern for each set of kinds, 2 ** 5 at most
def _contact_of(kinds: tuple[bool, ...]) -> re.Pattern:
    chosen = [kind for (kind, _), can in zip(_CONTACT_KINDS, kinds, strict=True) if can]
    return re.compile("|".join(chosen)) if chosen else _NOWHERE


def _contacts(sentence: str) -> tuple[str, re.Match | None]:
    """(the sentence lower-cased with each link, address and phone as " link ", its first contact): one pass of
    CONTACT, the costliest pattern here, for both."""
    pattern = _contact(sentence)
    if pattern is _NOWHERE:
        return sentence.lower(), None
    pieces, end, first = [], 0, None
    for found in pattern.finditer(sentence):
        first = first or found
        pieces += (sentence[end:found.start()], " link ")
        end = found.end()
    return "".join([*pieces, sentence[end:]]).lower(), first


def role(sentence: str, words: list[str] | None = None) -> tuple[str, str]:
    """(role, evidence) of one sentence."""
    d = data()
    low, contact = _contacts(sentence)  # «заявка с сайта shop.example.ru получена»: no dots inside
    found = d.away.search(low)
    if found:
        return "away", found.group(0).strip()
    words = lemmas(sentence) if words is None else words
    found = d.offer.search(low)  # «заказ можем оформить по телефону или здесь»: help, not a redirect
    if found and not d.redirect.search(low) and not (THERE.search(low[:found.start()]) and
                                                     _redirect(sentence, words, low, contact)):
        return "offer", found.group(0).strip()
    # ... but help given elsewhere is a redirect: «напишите в WhatsApp — там сразу оформим», «оформить на Ozon»
    why = _redirect(sentence, words, low, contact)
    if why:
        return "redirect", why
    if found:
        return "offer", found.group(0).strip()
    found = d.receipt.search(low)  # «заявка с сайта shop.example получена»: a receipt, whatever link it names
    if found:
        return "receipt", found.group(0).strip()
    found = d.hours.search(low)
    if found:
        return "hours", found.group(0).strip()
    if contact:
        return "contact", contact.group(0)
    found = d.promise.search(low)
    if found:
        return "promise", found.group(0).strip()
    if len(words) <= COURTESY_LEAD:
        found = d.thanks.search(low) or d.neutral.search(low)
        if found:
            return "courtesy", found.group(0).strip()
    if len(words) <= d.courtesy_words:
        found = d.greeting.search(sentence)
        if found:
            return "courtesy", found.group(0).strip()
        present = set(words)
        for phrase, needed in d.courtesy:
            if needed <= present and contains(words, phrase, present=present):
                return "courtesy", phrase
    return "said", ""


def _redirect(sentence: str, words: list[str], low: str, contact: re.Match | None) -> str | None:
    d = data()
    found = d.redirect.search(low)
    if found:
        return found.group(0).strip()
    stems = [_stem(w) for w in words]
    written = tokens(sentence)
    present = set(words)
    for phrase, needed in d.redirect_phrases:
        if needed <= present and contains(words, phrase, present=present) and _phrase_asks(phrase, words, written):
            return phrase
    for i, word in enumerate(stems):
        if word not in d.verbs or not _asks(written, i):
            continue
        near = stems[max(0, i - d.window):i + d.window + 1]
        channel = next((w for w in near if w in d.channels and w != word), None)
        if channel:
            return f"{words[i]} … {channel}"
        if contact:  # «по заказам пишите на zakaz@shop.example»: the contact is the channel
            return f"{words[i]} … {contact.group(0)}"
        if all(w in BARE for w in words[:i] + words[i + 1:]):  # «Звоните.», "Call us, please.": the channel is known
            return words[i]
    return None


def _phrase_asks(phrase: str, words: list[str], written: list[str]) -> bool:
    """A phrase that starts with a contacting verb ("позвонить по телефон") sends the customer only when that verb
    asks ("позвоните по телефону", not "курьер позвонит по телефону"); other phrases ("чат на сайт") always do."""
    head = lemmas(phrase)[:1]
    if not head or _stem(head[0]) not in data().verbs:
        return True
    return any(_asks(written, i) for i, w in enumerate(words) if w == head[0])


def _asks(written: list[str], i: int) -> bool:
    """Whether the i-th word asks the customer to do it: a Russian imperative or infinitive, an English verb that
    starts the sentence or follows "please", "you can", "feel free to" and the like."""
    if i >= len(written):
        return False
    word = written[i]
    if not word.isascii():
        return directive(word)
    before = [w.lower() for w in written[max(0, i - 2):i]]
    after = written[i + 1].lower() if i + 1 < len(written) else ""
    return i == 0 or any(w in ASKING for w in before) or after in ("us", "me")  # "text us on telegram"


def _said_beside(sentence: str, redirecting: bool = False) -> tuple[int, int, list[str]]:
    """(words, facts) a redirecting or contact sentence says besides: «Пункт работает до 21:00, заказ можно оформить по
    телефону +7 ...» answers in its first clause. Clauses of `CONTACT_SENTENCE` words or more count, but not one
    that only says why or when to turn elsewhere ("чтобы мы могли вас проконсультировать"), and of a redirecting
    sentence only a clause that states a fact (a time, a price). Third: those clauses."""
    count = facts = 0
    clauses = []
    for clause in CLAUSE.split(sentence):
        if not clause or _contact(clause).search(clause) or PURPOSE.match(clause) or THERE.search(clause.lower()):
            continue
        words = lemmas(clause)
        if redirecting and not _facts(clause):
            continue  # a redirect's clauses say what to ask there («все вопросы по заказу задавайте»), not answers
        if (redirecting or len(words) >= CONTACT_SENTENCE) and role(clause, words)[0] == "said":
            count += sum(len(w) > 2 for w in words)
            facts += _facts(clause)
            clauses.append(clause)
    return count, facts, clauses


@lru_cache(maxsize=16)  # understanding and the rubric weigh the same words of one reply
def weigh(text: str) -> Weighed:
    out: list[tuple[str, str, str]] = []
    substance = facts = 0
    first_person = False
    said_text: list[str] = []
    for sentence in sentences(text[:WEIGH_LIMIT]):
        weighed = _weigh_sentence(sentence)
        if weighed is None:
            continue
        out.extend(weighed.entries)
        substance, facts = substance + weighed.substance, facts + weighed.facts
        first_person = first_person or weighed.first_person
        said_text.extend(weighed.said)
    hours = sum(_facts(sentence) for name, sentence, _ in out if name == "hours")
    return Weighed(tuple(out), substance, facts, first_person, hours, tuple(said_text))


@dataclass(frozen=True, slots=True)
class _Sentence:
    entries: tuple[tuple[str, str, str], ...]  # the sentence's (role, sentence, evidence), and a receipt clause's
    substance: int
    facts: int
    first_person: bool
    said: tuple[str, ...]  # the sentence, or the clauses of it, that count in `substance` (Weighed.said)


@per_text(4096, 300)  # replies repeat their greetings, thanks and closings, and a helpdesk its receipts
def _weigh_sentence(sentence: str) -> _Sentence | None:
    """What one sentence adds to its reply's weight (None for one without words): it depends on the sentence alone."""
    words = lemmas(sentence)
    if not words:
        return None
    name, why = role(sentence, words)
    entries = [(name, sentence, why)]
    substance = facts = 0
    said: list[str] = []
    if name in ("said", "offer"):
        substance = sum(len(w) > 2 for w in words)
        facts = _facts(sentence) + (name == "offer")
        said = [sentence]
    elif name in ("contact", "redirect"):
        substance, facts, said = _said_beside(sentence, redirecting=name == "redirect")
    elif name == "away":  # «операторы не в сети, но ваше сообщение получено»: received, in a clause of its own
        # «Я на больничном, поэтому коротко: пункт работает до 19:00»: an answer in a clause of its own
        substance, facts, said = _said_beside(sentence, redirecting=True)
        receipt = next((c for c in CLAUSE.split(sentence) if c and data().receipt.search(c.lower())
                        and not data().away.search(c.lower())), None)
        if receipt:
            entries.append(("receipt", receipt, data().receipt.search(receipt.lower()).group(0)))
    first_person = name in ("said", "receipt", "promise") and bool(FIRST_PERSON.search(sentence))
    return _Sentence(tuple(entries), substance, facts, first_person, tuple(said))
