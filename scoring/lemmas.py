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


def contains(haystack: list[str], phrase: str, max_gap: int = 2) -> bool:
    """Whether the lemmas of `phrase` occur in order in `haystack` (lemmas of a text), with at most `max_gap`
    other words between two of them ("позвоните, пожалуйста, нам" still contains "позвонить нам")."""
    needle = lemmas(phrase)
    if not needle:
        return False
    for start, word in enumerate(haystack):
        if word != needle[0]:
            continue
        pos, ok = start, True
        for want in needle[1:]:
            window = haystack[pos + 1:pos + 2 + max_gap]
            if want not in window:
                ok = False
                break
            pos = pos + 1 + window.index(want)
        if ok:
            return True
    return False
