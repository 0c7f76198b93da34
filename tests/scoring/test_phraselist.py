"""A phrase list searched only where it can match answers exactly as the plain alternation would."""

import json
import re
from pathlib import Path

import pytest

from scoring.phraselist import needed, phrase_list

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "scoring" / "data"


def plain(patterns, flags=0):
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


def same(found, expected):
    return (found and (found.span(), found.group(0))) == (expected and (expected.span(), expected.group(0)))


@pytest.mark.parametrize("pattern, strings", [
    (r"\b(has )?ceased (trading|operations)\b", {"ceased "}),
    (r"\b(в (ежегодном )?отпуске|на больничном)\b", {"отпуске", "на больничном"}),
    (r"\bпо (телефону|номеру)\s*:", {"телефону", "номеру"}),
    (r"(?:abc)+x", {"abc"}),
])
def test_needed_strings_are_what_every_match_contains(pattern, strings):
    assert needed(pattern) == strings


@pytest.mark.parametrize("pattern", [
    r"^\W*(\+?\d[\d\s()-]{8,}\d)\W*$", r"\b(ab)?cd\b", r"(?i:отпуск)", r"(?!отпуск)\w+",
])
def test_a_phrase_whose_needed_text_cannot_be_told_is_always_run(pattern):
    assert needed(pattern) is None
    text = "cd 8 (800) 555-35-35 xyz"
    assert same(phrase_list([pattern]).search(text), re.search(pattern, text))


def test_leftmost_match_wins_and_at_one_position_the_phrase_listed_first():
    patterns = [r"\bзаказ\w*", r"\bзаказ оформлен", r"\bоформлен"]
    phrases = phrase_list(patterns)
    for text in ("ваш заказ оформлен", "оформлен ваш заказ", "ничего", "заказ оформлен"):
        assert same(phrases.search(text), plain(patterns).search(text)), text
    assert phrases.search("ваш заказ оформлен").group(0) == "заказ"


def texts():
    """Every sentence and body head of the project's labelled replies, lower-cased (how the lists are searched)."""
    from scoring.mime import decode
    from scoring.weigh import sentences

    out = []
    for path in sorted((ROOT / "bench" / "corpus").glob("*/*.eml"))[::3]:
        body = decode(path.read_bytes()).text.lower()[:4000]
        out.append(body)
        out.extend(sentences(body))
    return out


def test_every_list_of_the_data_files_finds_what_its_alternation_finds():
    sentences_data = json.loads((DATA / "sentences.json").read_text("utf-8"))
    phrases_data = json.loads((DATA / "phrases.json").read_text("utf-8"))
    lists = {k: v for k, v in sentences_data.items() if isinstance(v, list)}
    lists["redirect"] = sentences_data["redirect"]["patterns"]
    lists.update({f"phrases.{k}": v for k, v in phrases_data.items() if k[0] != "_" and k != "ticket_patterns"})
    corpus = texts()
    assert len(corpus) > 1000
    for name, patterns in lists.items():
        fast, slow = phrase_list(patterns, re.M), plain(patterns, re.M)
        misses = [t[:80] for t in corpus if not same(fast.search(t), slow.search(t))]
        assert not misses, (name, misses[:3])


def test_the_chrome_lists_match_every_line_as_their_alternation_does():
    from scoring.quoterules import rules

    chrome = json.loads((DATA / "quote_headers.json").read_text("utf-8"))["chrome"]
    lines = [line.strip()[:240] for text in texts() for line in text.splitlines() if line.strip()]
    assert len(lines) > 2000
    for name, one in (("any_footer", rules().any_footer), ("any_chrome", rules().any_chrome)):
        alternation = re.compile(one.pattern)
        misses = [line for line in lines if not same(one.match(line), alternation.match(line))]
        assert not misses, (name, misses[:3])
    assert chrome["footers"] and chrome["markers"]
