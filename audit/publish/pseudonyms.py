"""Stable pseudonyms and cleaned text for a shareable replication package (`audit publish --pseudonymise`).

A pseudonym is a keyed hash (HMAC-SHA256) of what it replaces: the same key gives the same pseudonym in every run,
so two packages of one study can be joined, and without the key nobody can recompute it from the study's public
list of companies (a plain hash could be). The key stays with the researcher: it is read from an environment
variable named on the command line and written nowhere.

Free text (replies, subjects, errors, notes, company attributes) loses e-mail addresses, URLs and handles, phone
numbers and people's names, each replaced by a marker ([email], [url], [phone], [name]). Names are the words
pymorphy3 tags as a first name, surname or patronymic (Name, Surn, Patr), and the study's own: every persona's and
company's name in any of its word forms («Анатолию», «Ромашки»), and the local parts of the contacts' addresses.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from collections.abc import Iterable
from functools import cache

from audit.errors import InputError

KEY_ENV = "AUDIT_PSEUDONYM_KEY"
MIN_KEY_LENGTH = 16  # a short key could be found by trying every key against the study's public company list
# consonants only: a pseudonym never spells a word, and holds no digit, so it can never contain a company id such as
# c0042 (a test searches the package for every id)
_ALPHABET = "bcdfghjklmnpqrstvwxz"
_LETTERS = 10  # 43 bits: no two of a study's companies share a pseudonym in practice (publish checks anyway)

NAME, EMAIL, PHONE, URL = "[name]", "[email]", "[phone]", "[url]"
MAKE_KEY = "python3 -c 'import secrets; print(secrets.token_hex(32))'"


def read_key(env_name: str = KEY_ENV) -> bytes:
    """The pseudonym key from the environment variable `env_name`, or an InputError saying how to make one."""
    value = os.environ.get(env_name, "")
    hint = (f"make a key once and keep it with you (a password manager), never in the package or the study "
            f"folder: export {env_name}=$({MAKE_KEY}); the same key gives the same pseudonyms")
    if not value:
        raise InputError(f"--pseudonymise needs a key: the environment variable {env_name} is not set", hint=hint)
    if len(value) < MIN_KEY_LENGTH:
        raise InputError(f"the key in {env_name} has {len(value)} characters: a short key can be guessed",
                         hint=f"use at least {MIN_KEY_LENGTH} random characters: " + hint)
    return value.encode("utf-8")


class Pseudonyms:
    """kind-xxxxxxxxxx for a value: company-..., persona-..., rater-...; the same key and value, the same pseudonym."""

    def __init__(self, key: bytes):
        self._key = key

    def of(self, kind: str, value: str) -> str:
        digest = hmac.new(self._key, f"{kind}\0{value}".encode(), hashlib.sha256).digest()
        number = int.from_bytes(digest, "big")
        letters = []
        for _ in range(_LETTERS):
            number, i = divmod(number, len(_ALPHABET))
            letters.append(_ALPHABET[i])
        return f"{kind}-{''.join(letters)}"


# --- free text ----------------------------------------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_PATH = r"[^\s<>\"'«»)\]]*[^\s<>\"'«»)\].,;:!?]"  # a URL's rest, without the sentence's full stop after it
_SCHEME_URL = re.compile(r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)" + _PATH, re.I)
_DOMAIN = re.compile(r"(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,24}|рф)\b(?:/" + _PATH + ")?",
                     re.I)
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_.]{3,}")
_PHONES = (
    re.compile(r"\+\d[\d\s()-]{6,18}\d"),  # international: +7 (495) 123-45-67, +49 30 1234567
    re.compile(r"(?<![\d+])8[\s-]?\(?\d{3}\)?[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)"),  # 8 (495) 123-45-67
    re.compile(r"\(\d{3,5}\)\s?\d{1,3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)"),  # (495) 123-45-67
    re.compile(r"(?<![\d.:/-])\d{3}-\d{2}-\d{2}(?![\d-])"),  # 123-45-67 (not a date: 2025-12-08 has 4 digits first)
    re.compile(r"(?<!\d)[78]?9\d{9}(?!\d)"),  # 89161234567, 9161234567
    re.compile(r"(?<![\d+])\d{3}[\s-]\d{3}[\s-]\d{2}[\s-]\d{2}(?!\d)"),  # 495 123 45 67
)
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)?")
_NAME_TAGS = {"Name", "Surn", "Patr"}
# mailboxes of a role, not of a person: their local part is no name, and "info" must not vanish from every text
_ROLE_MAILBOXES = {"info", "support", "sales", "hello", "mail", "office", "help", "contact", "admin", "noreply",
                   "no-reply", "service", "team", "shop", "order", "orders", "zakaz"}


@cache
def _analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@cache
def is_name(word: str) -> bool:
    """Whether pymorphy3 reads a Russian word as a person's name: its first reading, or, for a capitalised word,
    any reading it gives some weight ("Вера" is faith first, and a name when it is written with a capital)."""
    parses = _analyzer().parse(word)
    if not parses:
        return False
    if _NAME_TAGS & set(parses[0].tag.grammemes):
        return True
    return word[:1].isupper() and any(p.score >= 0.1 and _NAME_TAGS & set(p.tag.grammemes) for p in parses)


@cache
def word_forms(word: str) -> frozenset[str]:
    """Every form of a word (lower-cased): its pymorphy3 lexemes for a Russian word, else the word itself."""
    w = word.lower()
    if not re.search("[а-яё]", w):
        return frozenset({w})
    forms = {w}
    for p in _analyzer().parse(w):
        forms.update(f.word for f in p.lexeme)
    return frozenset(f for f in forms if f)


def _words(name: str) -> list[str]:
    return re.findall(r"\w+", name)


def phrase(name: str) -> str | None:
    """A pattern for a name in any of its word forms, its words separated by anything but letters."""
    words = _words(name)
    if not words or len("".join(words)) < 2:
        return None
    parts = ["(?:" + "|".join(sorted((re.escape(f) for f in word_forms(w)), key=len, reverse=True)) + ")"
             for w in words]
    return r"[\W_]{1,6}".join(parts)  # «Ромашка» - "Плюс", <b>Shop</b> & "co": what stands between words


_WORD = re.compile(r"\w+")


class _Known:
    """Many names or literals found in one pass. Each is keyed by the forms of its first two words, so a text is
    read word by word and a pattern is tried only where its first words stand: one alternation of a study's
    thousands of names took 10 ms a reply, and «ООО Ромашка», «ООО Вектор», ... must not all be tried at every
    «ООО». Each carries what replaces it."""

    def __init__(self, items: Iterable[tuple[Iterable[tuple[str, str]], str, str]]):
        grouped: dict[tuple[str, str], dict[str, str]] = {}
        for keys, pattern, replacement in items:
            for key in keys:
                grouped.setdefault(key, {})[pattern] = replacement
        self._at: dict[tuple[str, str], tuple[tuple[str, ...], list[str]]] = {}
        for key, found in grouped.items():
            ordered = tuple(sorted(found, key=len, reverse=True))  # the longest first: «Анатолий Петров» first
            self._at[key] = (ordered, [found[p] for p in ordered])
        self._firsts = frozenset(first for first, _ in self._at)

    @staticmethod
    @cache
    def _compiled(ordered: tuple[str, ...]) -> re.Pattern:
        """Compiled when first needed (most names never stand in any text), once for the forms of a word that
        share their patterns. One group per pattern (theirs have none of their own): lastindex says which."""
        return re.compile("(?:" + "|".join(f"({p})" for p in ordered) + r")(?!\w)", re.I)

    def _hits(self, text: str):
        if self._firsts.isdisjoint(_WORD.findall(text.lower())):
            return  # most texts hold none of them: said at C speed, before a Python step per word
        words = list(_WORD.finditer(text))
        lowered = [w.group(0).lower() for w in words]
        last = 0
        for i, word in enumerate(words):
            if word.start() < last or lowered[i] not in self._firsts:
                continue
            second = lowered[i + 1] if i + 1 < len(words) else ""
            for key in ((lowered[i], second), (lowered[i], "")):
                if (at := self._at.get(key)) is not None and (hit := self._compiled(at[0]).match(text, word.start())):
                    yield hit, at[1][hit.lastindex - 1]
                    last = hit.end()
                    break

    def search(self, text: str) -> bool:
        """Whether any of them stands in `text`."""
        return next(self._hits(text), None) is not None

    def sub(self, text: str) -> str:
        """`text` with each of them replaced by its replacement."""
        out, last = [], 0
        for hit, replacement in self._hits(text):
            out += [text[last:hit.start()], replacement]
            last = hit.end()
        return "".join(out) + text[last:] if out else text


def _keys(words: list[str], forms) -> list[tuple[str, str]]:
    seconds = forms(words[1]) if len(words) > 1 else {""}
    return [(a, b) for a in forms(words[0]) for b in seconds]


def known_names(names: dict[str, str]) -> _Known:
    """Names in any of their word forms, each with what replaces it."""
    return _Known((_keys(_words(n), word_forms), p, r) for n, r in names.items() if (p := phrase(n)))


def known_literals(values: dict[str, str]) -> _Known:
    """Literal strings, each with what replaces it, from their first word on (the @ of a handle or the + of a
    number stays, and says nothing)."""
    items = []
    for v, replacement in values.items():
        words = _words(v)
        if len(v) >= 3 and words:
            items.append((_keys(words, lambda w: {w.lower()}), re.escape(v[v.index(words[0]):]), replacement))
    return _Known(items)


class Cleaner:
    """Removes contacts and people's names from text. `names` are the study's own (personas, companies, contact
    local parts); `identities` maps exact strings (company ids) to what replaces them in text (their pseudonym)."""

    def __init__(self, names: Iterable[str], contacts: Iterable[str], identities: dict[str, str]):
        self._names = known_names(dict.fromkeys(names, NAME))
        self._contacts = known_literals({c: EMAIL if "@" in c else URL for c in contacts})
        self._ids = known_literals(identities)

    @staticmethod
    def local_parts(addresses: Iterable[str]) -> set[str]:
        """The local parts of e-mail addresses that may be a person's (ivan.petrov@, not info@)."""
        out = set()
        for a in addresses:
            local = a.split("@", 1)[0] if "@" in a else ""
            if local and local.lower() not in _ROLE_MAILBOXES:
                out.add(local)
        return out

    def contacts(self, text: str) -> str:
        """`text` without e-mail addresses, URLs, handles and phone numbers (each a marker)."""
        text = _SCHEME_URL.sub(URL, _EMAIL.sub(EMAIL, text))
        return self._rest(text)

    def addresses(self, text: str) -> str:
        """`text` without e-mail addresses, URLs and the study's own contacts: for our own prose (the report's
        sentences), where a bare «method.md» or «+12 (95% CI)» is no contact."""
        return self._contacts.sub(_SCHEME_URL.sub(URL, _EMAIL.sub(EMAIL, text)))

    def _rest(self, text: str) -> str:
        text = _HANDLE.sub(URL, _DOMAIN.sub(URL, text))
        for pattern in _PHONES:
            text = pattern.sub(PHONE, text)
        return self._contacts.sub(text)

    def known(self, text: str) -> str:
        """`text` with the study's own names as [name] and company ids as their pseudonyms."""
        return self._ids.sub(self._names.sub(text))

    def clean(self, text: str) -> str:
        """A stranger's free text with no contact and no person's name left. Addresses and URLs go first (their
        local parts and hosts are not names), then the study's own names (before a bare «olga.smirnova» could read
        as a domain), then domains, handles and numbers, then whatever pymorphy3 reads as a name."""
        if not text:
            return text
        text = self._rest(self.known(_SCHEME_URL.sub(URL, _EMAIL.sub(EMAIL, text))))
        return _CYRILLIC_WORD.sub(lambda m: NAME if is_name(m.group(0)) else m.group(0), text)
