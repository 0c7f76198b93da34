"""How well reply understanding does on a labelled folder of messages: per kind, precision and recall (each kind
against every other labelled row as a negative), and the share of replies whose extracted text is the expected one.

The manifest is a CSV with a `file` column (relative to the folder) and a `kind` column (bounce, autoreply,
complaint, delivered, not-bounce, ack, redirect, human) and/or an `expected_reply` column.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


class CorpusError(ValueError):
    """The folder or its manifest cannot be evaluated; `hint` says what to do. (audit.collect.understanding turns
    it into the project's AuditError: scoring imports nothing from audit.)"""

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        self.message, self.hint = message, hint


@dataclass
class KindScore:
    n: int = 0  # rows labelled with this kind
    tp: int = 0
    fp: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.n if self.n else None


@dataclass
class Evaluation:
    kinds: dict[str, KindScore] = field(default_factory=dict)
    extraction_n: int = 0
    extraction_ok: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # extraction: file, expected, got
    kind_misses: list[tuple[str, str, str]] = field(default_factory=list)  # file, labelled kind, predicted kind
    split: str | None = None  # the manifest's split the figures are of (None: every row)
    scripted: int | None = None  # rows judged with a script's points (None: no study was given, none was)
    unscripted: list[str] = field(default_factory=list)  # rows a study was given for whose script was not found

    @property
    def extraction_accuracy(self) -> float | None:
        return self.extraction_ok / self.extraction_n if self.extraction_n else None

    def as_json(self, errors: bool = False) -> dict:
        out = {"kinds": {k: {"precision": s.precision, "recall": s.recall, "n": s.n}
                         for k, s in sorted(self.kinds.items())},
               "extraction": {"accuracy": self.extraction_accuracy, "n": self.extraction_n}}
        if self.split is not None:
            out["split"] = self.split
        if self.scripted is not None:
            out["study"] = {"scripted": self.scripted, "unscripted": len(self.unscripted)}
        if errors:
            out["errors"] = {
                "kinds": [{"file": f, "expected": e, "predicted": p} for f, e, p in self.kind_misses],
                "extraction": [{"file": f, "expected": e, "got": g, "diff": text_diff(e, g)}
                               for f, e, g in self.misses]}
        return out


def text_diff(expected: str, got: str) -> str:
    """Where the extracted words differ from the expected ones: [-missing-] and {+extra+} runs of words, the rest
    elided to a few words of context."""
    import difflib

    a, b = _collapse(expected).split(), _collapse(got).split()
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            same = a[i1:i2]
            out.append(" ".join(same) if len(same) <= 6 else f"{' '.join(same[:3])} … {' '.join(same[-3:])}")
            continue
        if i2 > i1:
            out.append(f"[-{' '.join(a[i1:i2])}-]")
        if j2 > j1:
            out.append(f"{{+{' '.join(b[j1:j2])}+}}")
    return " ".join(out)


def predicted_label(raw: bytes, points: list = (), persona_name: str = "") -> str:
    """The classifier's verdict in the manifests' vocabulary; a human answer that only redirects is "redirect". With
    the script's points (and the persona's name), as the watcher judges a reply to that script."""
    from scoring.understand import judge, understand

    return judge(understand(raw), list(points), persona_name).kind  # what the watcher stores, from the same code


# a manifest row and its message -> (the script's points, the persona's name), or None where no script is known
Judging = Callable[[dict[str, str], bytes], "tuple[list, str] | None"]


def _matches(label: str, predicted: str) -> bool:
    # "not-bounce" labels an ordinary message: a human answer, a redirect among them
    return predicted == label or (label == "not-bounce" and predicted in ("human", "redirect"))


def _collapse(text: str) -> str:
    """White space as one space, and no list markers ("- ", "• ", also where a label joined the lines): HTML shows
    bullets that the text part has as "- ", and neither is a word of the reply. Applied to both sides alike."""
    return re.sub(r"\s+", " ", re.sub(r"(?:^|(?<=\s))[-•*·–](?=\s)", " ", text)).strip()


# a valediction line that may end an expectation: written apart from the extractor's own data on purpose
_VALEDICTION = re.compile(r"^(thanks|thank you|regards|best regards|kind regards|cheers|best|с уважением|спасибо)"
                          r"\b[^.?]{0,40}$", re.I)


def without_signature(text: str) -> str:
    """The expectation less its signature lines, as the corpus README allows: a "-- " block, "Sent from my iPhone"
    lines, and a valediction with the few lines under it ("Thanks,\nAlex": corpora labelled before signatures
    were removed from the valediction down keep it). Written apart from the extractor on purpose: judging the
    extractor by its own output would pass whatever it drops."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if re.fullmatch(r"--\s*", line):
            lines = lines[:i]
            break
    lines = [line for line in lines if not re.match(r"Sent (from|with) ", line)]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for i in filled[1:]:
        if _VALEDICTION.match(lines[i].strip()) and len([j for j in filled if j > i]) <= 3:
            lines = lines[:i]
            break
    return "\n".join(lines)


def same_reply(got: str, expected: str) -> bool:
    """Equal after collapsing white space; an extractor that strips signatures may also drop the expectation's
    signature lines."""
    return _collapse(got) in (_collapse(expected), _collapse(without_signature(expected)))


def evaluate(folder: Path, manifest: Path, split: str | None = None, judging: Judging | None = None) -> Evaluation:
    """Per-kind precision and recall and the extraction accuracy; with `split`, over the manifest's rows of that
    split only (a held-out split the rules were never tuned on is reported apart). With `judging`, each reply is
    judged with the points of the script it answers, as the watcher does (the points decide whether an automatic
    looking reply answers the question); rows it finds no script for are judged without and counted."""
    from scoring.text import reply_text

    if not manifest.is_file():
        raise CorpusError(f"manifest {manifest} not found", hint="give --manifest a CSV with file and kind columns")
    with manifest.open(newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    if not rows or "file" not in rows[0] or not ({"kind", "expected_reply"} & set(rows[0])):
        raise CorpusError(f"{manifest}: needs a `file` column and a `kind` and/or `expected_reply` column")
    if split is not None:
        if "split" not in rows[0]:
            raise CorpusError(f"{manifest} has no split column", hint="leave out --split, or add a split column")
        known = sorted({r["split"] for r in rows})
        rows = [r for r in rows if r["split"] == split]
        if not rows:
            raise CorpusError(f"no row of {manifest} is in split {split!r}", hint=f"its splits: {', '.join(known)}")
    result = Evaluation(split=split, scripted=0 if judging else None)
    labelled = [(r, (folder / r["file"]).read_bytes()) for r in rows if (folder / r["file"]).is_file()]
    missing = [r["file"] for r in rows if not (folder / r["file"]).is_file()]
    if missing:
        raise CorpusError(f"{len(missing)} file(s) of {manifest} not in {folder}, e.g. {missing[0]}")
    predictions = {}
    for r, raw in labelled:
        if not r.get("kind"):
            continue
        script = judging(r, raw) if judging else None
        if judging and script is None:
            result.unscripted.append(r["file"])
        elif judging:
            result.scripted += 1
        predictions[r["file"]] = predicted_label(raw, *(script or ()))
    labels = sorted({r["kind"] for r, _ in labelled if r.get("kind")})
    for label in labels:
        score = result.kinds[label] = KindScore()
        for r, _ in labelled:
            if not r.get("kind"):
                continue
            hit = _matches(label, predictions[r["file"]])
            score.n += r["kind"] == label
            score.tp += hit and r["kind"] == label
            score.fp += hit and r["kind"] != label
    result.kind_misses = [(r["file"], r["kind"], predictions[r["file"]]) for r, _ in labelled
                          if r.get("kind") and not _matches(r["kind"], predictions[r["file"]])]
    for r, raw in labelled:
        if not r.get("expected_reply"):
            continue  # no expectation for this row (a kind-only manifest, or a row left blank)
        got = reply_text(raw)
        result.extraction_n += 1
        if same_reply(got, r["expected_reply"]):
            result.extraction_ok += 1
        else:
            result.misses.append((r["file"], r["expected_reply"], got))
    return result
