"""A text that a script point's regular expression finds, for the simulated answers (audit.sandbox.answers).

Covers the regular expressions points are written with: literals, `.`, classes (`\\d`, `\\w`, `\\s`, `[...]`,
`[^...]`), quantifiers (`?`, `*`, `+`, `{m,n}`, lazy or possessive), groups, alternation, back-references and
anchors (the caller puts a pattern with `^` or `$` on a line of its own). What it cannot make (a conditional
group, a lookaround it cannot satisfy) gives None, and the caller falls back to the point's phrases or description.
Every text is checked with `re.search`, the way scoring.rubric looks for it.

Text is made to read like an answer, not like noise: a word class after letters completes a word of the
vocabulary given ("рабоч\\w+" becomes "рабочих"), a word on its own is a short word, two digits after ":" are
"00", and optional parts are as often left out as put in.
"""

from __future__ import annotations

import random
import re
from re import _constants as C  # the parser's opcodes (sre_constants before 3.11)
from re import _parser as P  # the standard library's own parser of regular expressions (sre_parse before 3.11)

FLAGS = re.IGNORECASE | re.MULTILINE  # as scoring.rubric searches
ANCHORS = {C.AT_BEGINNING, C.AT_BEGINNING_LINE, C.AT_BEGINNING_STRING, C.AT_END, C.AT_END_LINE, C.AT_END_STRING}
LETTERS = {"ru": "абвгдежзиклмнопрстуфхцчшщэюя", "en": "abcdefghijklmnopqrstuvwxyz"}
SHORT_WORDS = {"ru": ["один", "два", "три"], "en": ["one", "two", "three"]}
ENDINGS = {"ru": ["ий", "ая", "ой", "ых"], "en": ["s", "ed", "ing"]}
# words answers about orders, prices and terms use, to complete a word a pattern starts ("рабоч\w+ д\w+")
VOCABULARY = {
    "ru": "рабочих рабочий дня дней день часа часов минут рублей тарифы тарифа тариф доставки доставка заказа "
          "заказ договора договор счёт оплаты менеджер курьер самовывоз сегодня завтра",
    "en": "working business days day hours minutes dollars plans plan pricing delivery order contract invoice "
          "payment manager courier pickup today tomorrow",
}
MAX_EXTRA = 2  # an unbounded quantifier repeats at most this many more times than its minimum


class Unsupported(Exception):
    """A construct the generator does not make text for."""


def sample(pattern: str, rng: random.Random, lang: str = "ru", vocabulary: list[str] = ()) -> tuple[str, bool] | None:
    """(a text the pattern finds, whether the pattern is anchored and the text needs a line of its own), or None.
    `vocabulary`: more words to complete a word the pattern starts with (the script's own), after VOCABULARY."""
    try:
        parsed = P.parse(pattern)
    except re.error:
        return None
    maker = _Maker(rng, lang, [VOCABULARY[lang if lang in VOCABULARY else "en"].split(), list(vocabulary)])
    for _ in range(12):  # alternatives and optional parts are drawn at random: another draw may match
        try:
            text = maker.make(parsed)
        except Unsupported:
            return None
        if text.strip() and re.search(pattern, text, FLAGS):
            return text.strip(), maker.anchored
    return None


class _Maker:
    def __init__(self, rng: random.Random, lang: str, vocabularies: list[list[str]]):
        self.rng, self.lang, self.vocabularies = rng, lang if lang in LETTERS else "en", vocabularies
        self.anchored = False
        self.groups: dict[int, str] = {}

    def make(self, items) -> str:
        out = ""
        for op, av in items:
            out += self._one(op, av, out)
        return out

    def _one(self, op, av, before: str) -> str:
        if op is C.LITERAL:
            return chr(av)
        if op is C.NOT_LITERAL:
            return next(c for c in "a0 x" if ord(c) != av)
        if op is C.ANY:
            return self.rng.choice(LETTERS[self.lang])
        if op is C.IN:
            return self._in(av, before)
        if op is C.BRANCH:
            return self.make(self.rng.choice(av[1]))
        if op is C.SUBPATTERN:
            group, _, _, body = av
            text = self.make(body)
            if group is not None:
                self.groups[group] = text
            return text
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            return self._repeat(*av, before)
        if op is C.AT:
            self.anchored |= av in ANCHORS
            return ""
        if op is C.GROUPREF:
            return self.groups.get(av, "")
        if op is C.ATOMIC_GROUP:
            return self.make(av)
        if op in (C.ASSERT, C.ASSERT_NOT):
            return ""  # a lookaround is not text; the final re.search says whether the text satisfies it
        raise Unsupported(str(op))

    def _repeat(self, lo: int, hi: int, body, before: str) -> str:
        if len(body) == 1 and body[0][0] is C.IN:
            kind = _category(body[0][1])
            if kind is C.CATEGORY_WORD:
                return self._word(lo, hi, before)
            if kind is C.CATEGORY_DIGIT:
                return self._number(lo, hi, before)
            if kind is C.CATEGORY_SPACE:
                return " " * max(lo, 1 if hi else 0)
        hi = min(hi, lo + MAX_EXTRA)
        n = lo if lo > 0 else self.rng.choice([0, min(1, hi)])
        out = ""
        for _ in range(n):
            out += self.make(body)
        return out

    def _word(self, lo: int, hi: int, before: str) -> str:
        """Letters of a word: the rest of a vocabulary word the text before starts, else a short word or ending."""
        prefix = re.search(r"[^\W\d_]*$", before).group(0).lower()
        if prefix:
            for vocabulary in self.vocabularies:  # the common words first: a script's own may be any word
                ends = [w[len(prefix):] for w in vocabulary
                        if w.lower().startswith(prefix) and lo <= len(w) - len(prefix) <= max(hi, lo)]
                if ends:
                    return self.rng.choice(ends)
            if lo == 0:
                return ""
            return self.rng.choice([e for e in ENDINGS[self.lang] if lo <= len(e) <= hi] or [prefix[-1:] * lo])
        words = [w for w in SHORT_WORDS[self.lang] if lo <= len(w) <= hi]
        return self.rng.choice(words) if words else self.rng.choice(LETTERS[self.lang]) * lo

    def _number(self, lo: int, hi: int, before: str) -> str:
        """Digits that read as a time, an amount or a count: minutes after ':' or '.', else a number."""
        n = max(lo, min(hi, 2))  # two digits read as an hour, a day count or a small amount
        if n == 0:
            return ""
        if n == 2 and before.endswith((":", ".")):
            return self.rng.choice(["00", "30"])
        if n <= 2:
            return str(self.rng.randint(1, 9) if n == 1 else self.rng.randint(10, 20))
        return str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1))

    def _in(self, items, before: str) -> str:
        negate = bool(items) and items[0][0] is C.NEGATE
        members = items[1:] if negate else items
        if negate:
            pool = LETTERS[self.lang] + "0123456789 ,."
            return next((c for c in pool if not any(_member(c, op, av) for op, av in members)), "")
        op, av = self.rng.choice(members)
        if op is C.LITERAL:
            return chr(av)
        if op is C.RANGE:
            return chr(av[0])
        if op is C.CATEGORY:
            return {C.CATEGORY_DIGIT: str(self.rng.randint(1, 9)), C.CATEGORY_SPACE: " ",
                    C.CATEGORY_WORD: self.rng.choice(LETTERS[self.lang]), C.CATEGORY_NOT_DIGIT: "a",
                    C.CATEGORY_NOT_SPACE: "a", C.CATEGORY_NOT_WORD: " "}.get(av, "a")
        raise Unsupported(str(op))


def _category(items):
    """The category of a class that is only one (\\w, \\d, \\s), else None."""
    return items[0][1] if len(items) == 1 and items[0][0] is C.CATEGORY else None


def _member(c: str, op, av) -> bool:
    if op is C.LITERAL:
        return ord(c.lower()) == av or ord(c.upper()) == av
    if op is C.RANGE:
        return av[0] <= ord(c) <= av[1]
    if op is C.CATEGORY:
        test = {C.CATEGORY_DIGIT: c.isdigit(), C.CATEGORY_SPACE: c.isspace(), C.CATEGORY_WORD: c.isalnum() or c == "_"}
        neg = {C.CATEGORY_NOT_DIGIT: C.CATEGORY_DIGIT, C.CATEGORY_NOT_SPACE: C.CATEGORY_SPACE,
               C.CATEGORY_NOT_WORD: C.CATEGORY_WORD}
        return not test[neg[av]] if av in neg else test.get(av, False)
    return False
