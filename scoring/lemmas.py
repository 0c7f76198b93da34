"""Russian and English words reduced to their lemma, so a phrase matches any of its word forms.

pymorphy3 analyses a word in ~70 µs; answers repeat the same few hundred words, so lemmas are cached.
"""

from __future__ import annotations

import re
from functools import cache

_WORD = re.compile(r"[\w]+(?:[:.,]\d+)*", re.UNICODE)


@cache
def _analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@cache
def lemma(word: str) -> str:
    w = word.lower().replace("ё", "е")
    if not re.search("[а-я]", w):
        return w  # English words, numbers and times stay as written (lower-cased)
    return _analyzer().parse(w)[0].normal_form.replace("ё", "е")


def lemmas(text: str) -> list[str]:
    return [lemma(w) for w in _WORD.findall(text)]


def tokens(text: str) -> list[str]:
    """The words of `text` as written, one for each of `lemmas(text)`."""
    return _WORD.findall(text)


@cache
def directive(word: str) -> bool:
    """Whether a Russian word is an imperative or an infinitive ("позвоните", "можно написать"): how one tells a
    customer where to turn, as opposed to "курьер позвонит"."""
    w = word.lower().replace("ё", "е")
    if not re.search("[а-я]", w):
        return False
    # any reading: "позвоните" is both "you will call" and "call!", and a reply to a customer means the second
    return any("impr" in p.tag or "INFN" in p.tag for p in _analyzer().parse(w))


@cache
def _needle(phrase: str) -> tuple[list[str], dict[str, int]]:
    needle = lemmas(phrase)
    return needle, {w: needle.count(w) for w in needle}


def contains(haystack: list[str], phrase: str, max_gap: int = 2, present: set[str] | None = None) -> bool:
    """Whether the lemmas of `phrase` all occur in `haystack` (lemmas of a text) within a span of the phrase's length
    plus `max_gap` words, in any order: Russian word order is free ("заказ можно оформить" contains "оформить
    заказ", "позвоните, пожалуйста, нам" contains "позвонить нам"). `present`, the set of `haystack`, answers
    whether each word is there at all without a scan, for a caller that asks about many phrases."""
    needle, want = _needle(phrase)
    if not needle:
        return False
    if not (all(w in haystack for w in want) if present is None else want.keys() <= present):  # most phrases are absent
        return False
    span = len(needle) + max_gap
    for start, word in enumerate(haystack):
        if word not in want:
            continue
        window = haystack[start:start + span]
        if all(window.count(w) >= n for w, n in want.items()):
            return True
    return False


@cache
def _verb(word: str) -> bool:
    w = word.lower().replace("ё", "е")
    if not re.search("[а-я]", w) or len(w) < 3:
        return False
    tag = _analyzer().parse(w)[0].tag
    return bool({"VERB", "INFN", "GRND", "PRTS"} & set(str(tag).replace(",", " ").split()))


def has_verb(text: str) -> bool:
    """Whether a Russian word of `text` reads as a verb first («Ждём вас», «Пока работаем»)."""
    return any(_verb(w) for w in _WORD.findall(text))
