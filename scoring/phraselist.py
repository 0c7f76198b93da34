"""A list of regular expressions searched as one alternation, only where it can match.

Python's `re` tries every alternative of `a|b|c|...` at every position of the text: a list of 70 phrases costs 70
attempts per character, and the phrase lists of the data files made reply understanding twenty times slower than
parsing the message. Almost every phrase needs some literal text to match («отпуске», "ceased "), so each phrase is
read once (with `re`'s own parser) for a set of strings one of which any match must contain; a search first asks
which of those strings the text holds (a substring test per string, in C) and runs only the phrases that can match.
The answer is the alternation's own: the leftmost match, and at one position the phrase listed first. A phrase
whose needed text cannot be told (`^\\W*\\d…`) is always run.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from dataclasses import dataclass
from functools import lru_cache

SHORTEST = 3  # a needed string shorter than this would let through nearly every text: the phrase is always run


def needed(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, or None when that cannot be told."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _needed(parsed)


def _needed(items) -> frozenset[str] | None:
    """The best of the needed sets of a sequence's items: its literal runs and its mandatory groups."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and min(map(len, found)) >= SHORTEST and (best is None or _better(found, best)):
            best = found

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        consider(frozenset(["".join(run)]) if run else None)
        run = []
        if op is sre.SUBPATTERN:
            if not av[1] & re.IGNORECASE:  # (?i:...) may match other cases than the letters written
                consider(_needed(av[-1]))
        elif op is sre.BRANCH:
            branches = [_needed(b) for b in av[1]]
            if all(branches):
                consider(frozenset().union(*branches))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_needed(av[2]))
    consider(frozenset(["".join(run)]) if run else None)
    return best


def _better(a: frozenset[str], b: frozenset[str]) -> bool:
    """Longer strings let fewer texts through; fewer strings cost fewer tests."""
    return (min(map(len, a)), -len(a)) > (min(map(len, b)), -len(b))



SHARED_TEXT = 120  # characters: a sentence or a line, which several lists search in turn

# every needed string of every list, by the longest run of word characters in it, and the phrases that need it (list
# number, index): a sentence's strings are found once for all lists, and with them the phrases of each list that can
# match there. A run of word characters lies inside one word of any text that holds the string, so a text's words say
# which strings it may hold; words recur from text to text, and what each holds is remembered (`_strings_in`)
_WORD = re.compile(r"\w+")
_RUNS: dict[str, set[str]] = {}  # a run's first SHORTEST letters → the runs
_SHORT_RUNS: set[str] = set()  # runs shorter than that ("24" of "24/7", "по" of "по "), tested in every new word
_BY_RUN: dict[str, list[str]] = {}  # run → the needed strings it was taken from
_WORDLESS: list[str] = []  # needed strings without a word character, tested in every text
_NEEDERS: dict[str, list[tuple[int, int]]] = {}
_MADE = [0]  # lists made so far: what a sentence or a word was found to hold is remembered per this count


def _index(string: str) -> None:
    """File a needed string (seen for the first time) under its longest run of word characters."""
    run = max(_WORD.findall(string), key=len, default="")
    if not run:
        _WORDLESS.append(string)
        return
    if run not in _BY_RUN:
        if len(run) < SHORTEST:
            _SHORT_RUNS.add(run)
        else:
            _RUNS.setdefault(run[:SHORTEST], set()).add(run)
    _BY_RUN.setdefault(run, []).append(string)


@lru_cache(maxsize=1 << 13)  # answers repeat the same few thousand words (short ones: see _candidates)
def _strings_in(word: str, known: int) -> tuple[str, ...]:
    """The needed strings whose run is in `word`: the ones a text holding this word may hold."""
    pieces = {word[i:i + SHORTEST] for i in range(len(word) - SHORTEST + 1)}
    runs = [run for piece in pieces & _RUNS.keys() for run in _RUNS[piece] if run in word]
    runs += [run for run in _SHORT_RUNS if run in word]
    return tuple(string for run in runs for string in _BY_RUN[run])


@lru_cache(maxsize=8)  # one sentence is searched with several lists in turn; `known` changes when a list is made
def _present(text: str, known: int) -> dict[int, set[int]]:
    """List number → the phrases of that list that can match in `text` (a string they need is there)."""
    found: dict[int, set[int]] = {}
    maybe = {string for word in set(_WORD.findall(text)) for string in _strings_in(word, known)}
    for string in (*maybe, *_WORDLESS):
        if string in text:
            for number, i in _NEEDERS[string]:
                found.setdefault(number, set()).add(i)
    return found


@dataclass(frozen=True)
class PhraseList:
    whole: re.Pattern  # the alternation itself, for finditer and for a case-insensitive search
    phrases: tuple[re.Pattern, ...]
    always: tuple[int, ...]  # phrases whose needed text cannot be told
    needs: dict[str, tuple[int, ...]]  # needed string → the phrases that need it
    number: int  # this list's number in _NEEDERS

    @property
    def pattern(self) -> str:
        return self.whole.pattern

    def finditer(self, text: str):
        return self.whole.finditer(text)

    def _candidates(self, text: str) -> list[int] | tuple[int, ...]:
        """The phrases that can match in `text`, in their order in the list."""
        if len(text) <= SHARED_TEXT or len(self.needs) >= len(text):
            # a sentence or a line, weighed by several lists in turn: what it holds is found once for all (a longer
            # text, searched by one list, is tested for that list's strings, unless it has fewer letters)
            found = _present(text, _MADE[0]).get(self.number)
            return sorted(found.union(self.always)) if found else self.always
        which = set(self.always)
        for string, phrases in self.needs.items():
            if string in text:
                which.update(phrases)
        return sorted(which)


    def match(self, text: str) -> re.Match | None:
        """As the alternation's `match`: the first phrase listed that matches at the start."""
        return next((m for i in self._candidates(text) if (m := self.phrases[i].match(text))), None)

    def search(self, text: str) -> re.Match | None:
        best = None
        for i in self._candidates(text):  # the first listed wins a tie, as in the alternation
            found = self.phrases[i].search(text)
            if found and (best is None or found.start() < best.start()):
                best = found
        return best


def phrase_list(patterns: list[str], flags: int = 0) -> PhraseList | None:
    """The list, searched as `re.compile("|".join(patterns), flags)` would be (flags without re.I)."""
    if not patterns:
        return None
    whole = re.compile("|".join(f"(?:{p})" for p in patterns), flags)
    compiled, always, by_string = [], [], {}
    for i, p in enumerate(patterns):
        compiled.append(re.compile(p, flags))
        strings = needed(p)
        if strings is None:
            always.append(i)
        else:
            for s in strings:
                by_string.setdefault(s, []).append(i)
    number = _MADE[0]
    for string, ids in by_string.items():
        if string not in _NEEDERS:
            _index(string)
        _NEEDERS.setdefault(string, []).extend((number, i) for i in ids)
    _MADE[0] += 1
    return PhraseList(whole, tuple(compiled), tuple(always), {s: tuple(ids) for s, ids in by_string.items()}, number)
