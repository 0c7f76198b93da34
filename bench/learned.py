"""Does a learned model beat the rules at telling a person's answer, a redirect, an automatic acknowledgement and an
auto-reply apart? Fitted on every `train` row of bench/corpus/*/manifest.csv, compared on every `heldout` row, per
corpus.

    pip install scikit-learn        # not a dependency of the toolkit: only this experiment needs it
    python bench/learned.py [--model logistic|forest] [--words]

The model decides only where the rules are unsure: a delivery report, an unreadable message, an auto-reply that an
RFC 3834 header, its subject or a challenge-response made, a read receipt stay the rules' (and are counted as the
rules said). Elsewhere it chooses among the four kinds from the rules' own measurements (`features`: sentence roles
of scoring.weigh and where each first comes, words and facts said, first person, the header signs, helpdesk,
ticket, signature), never from the rules' verdict; with `--words`, also from the subject and the reply's own words
(TF-IDF of character 2-4 grams within words, min_df 2, sublinear), so that it can learn wordings the rules lack.
Settings are fixed (logistic regression C=0.5 on standardised features, C=1 with the words; a forest of 300 trees,
leaves of 2) and were not chosen on held-out rows.

What it printed on 2026-12-04 is in docs/method.md §5: the model was not better on the held-out rows of every
corpus, so the toolkit does not use it; this script stays so the question can be asked again of a larger corpus.
"""

from __future__ import annotations

import argparse
import csv
import email
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
KINDS = ("human", "redirect", "ack", "autoreply")  # what the model chooses among
SHOWN = (*KINDS, "bounce")


@dataclass
class Row:
    corpus: str
    split: str
    label: str
    rules: str  # the rules' verdict, as the watcher stores it
    features: list[float] | None  # None where the rules are sure and the model is not asked
    words: str = ""  # subject and the reply's own words, lower-cased, for --words


def sure(u) -> bool:
    """The rules' verdict stands: a report or unreadable message, or an auto-reply a decisive sign made."""
    from scoring.understand import weak_signs_only

    if u.kind not in ("human", "ack", "autoreply"):
        return True
    return u.kind == "autoreply" and (not weak_signs_only(u.reasons) or "read receipt (mdn)" in u.reasons)


def features(u) -> list[float]:
    from scoring.autoreply import TENTATIVE
    from scoring.understand import JUDGE_LIMIT
    from scoring.weigh import ROLES, weigh

    w = weigh(u.text[:JUDGE_LIMIT])
    roles = [r for r, _, _ in w.sentences]
    signs = [sum(r.startswith(TENTATIVE) for r in u.reasons), bool(u.helpdesk), bool(u.ticket),
             any(r.startswith("subject:") for r in u.reasons), any(r.startswith("sender ") for r in u.reasons),
             len(u.reasons), bool(u.closing), bool(u.comment)]
    said = [w.substance, w.facts, w.first_person, w.hours, len(roles), len(u.text.split()),
            any("\u0400" <= c <= "\u04ff" for c in u.text[:2000])]
    per_role = [roles.count(r) for r in ROLES] + [roles.index(r) if r in roles else -1 for r in ROLES]
    return [float(x) for x in (*signs, *said, *per_role)]


def load() -> list[Row]:
    from scoring.understand import judge, understand

    rows = []
    for manifest in sorted((ROOT / "bench" / "corpus").glob("*/manifest.csv")):
        with manifest.open(newline="", encoding="utf-8-sig") as fh:
            for r in csv.DictReader(fh):
                if r.get("kind"):
                    raw = (manifest.parent / r["file"]).read_bytes()
                    u = understand(raw)
                    subject = str(email.message_from_bytes(raw).get("Subject") or "")[:200]
                    rows.append(Row(manifest.parent.name, r.get("split") or "train", r["kind"], judge(u).kind,
                                    None if sure(u) else features(u), f"{subject}\n{u.text[:1500]}".lower()))
    return rows


def figures(rows: list[Row], predicted: list[str]) -> str:
    cells = []
    for kind in SHOWN:
        tp = sum(p == kind and r.label == kind for r, p in zip(rows, predicted, strict=True))
        fp = sum(p == kind and r.label != kind for r, p in zip(rows, predicted, strict=True))
        n = sum(r.label == kind for r in rows)
        cells.append(f"{f'{tp / (tp + fp):.2f}' if tp + fp else '  - '}/{f'{tp / n:.2f}' if n else '  - '}")
    right = sum(r.label == p for r, p in zip(rows, predicted, strict=True))
    return "  ".join(f"{c:>9}" for c in cells) + f"  {right / len(rows):>8.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", choices=("logistic", "forest"), default="logistic")
    ap.add_argument("--words", action="store_true", help="the reply's words too (logistic only)")
    args = ap.parse_args()
    try:
        import numpy as np
        from scipy.sparse import csr_matrix, hstack
        from sklearn.ensemble import RandomForestClassifier
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler
    except ImportError:
        raise SystemExit("bench/learned.py needs scikit-learn: pip install scikit-learn") from None

    rows = load()
    train = [r for r in rows if r.split == "train" and r.features is not None and r.label in KINDS]
    held = [r for r in rows if r.split == "heldout"]
    if not train or not held:
        raise SystemExit("no train or no held-out rows in bench/corpus/*/manifest.csv")
    if args.words:  # the rules' measurements, standardised, beside the words' n-grams: one sparse matrix
        words = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True)
        words.fit([r.words for r in train])
        scale = StandardScaler().fit([r.features for r in train])

        def matrix(rs: list[Row]):
            return hstack([words.transform([r.words for r in rs]),
                           csr_matrix(scale.transform([r.features for r in rs]))]).tocsr()
        model = LogisticRegression(max_iter=5000, C=1.0)
    else:
        def matrix(rs: list[Row]):
            return np.array([r.features for r in rs])
        model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000, C=0.5)) if args.model == "logistic" \
            else RandomForestClassifier(n_estimators=300, min_samples_leaf=2, random_state=0)
    model.fit(matrix(train), [r.label for r in train])

    def predict(rs: list[Row]) -> list[str]:
        asked = [r for r in rs if r.features is not None]
        said = iter(model.predict(matrix(asked)) if asked else [])
        return [r.rules if r.features is None else next(said) for r in rs]

    print(f"{args.model}{' with words' if args.words else ''} fitted on {len(train)} train rows the rules were unsure "
          f"of ({len({r.corpus for r in train})} corpora); per kind precision/recall on held-out rows, then accuracy")
    print(f"{'corpus':<16}{'who':<15}{'n':>5}  " + "  ".join(f"{k:>9}" for k in SHOWN) + "  accuracy")
    for name in [*sorted({r.corpus for r in held}), "all"]:
        part = [r for r in held if name in ("all", r.corpus)]
        print(f"{name:<16}{'rules':<15}{len(part):>5}  {figures(part, [r.rules for r in part])}")
        print(f"{'':<16}{'rules + model':<15}{len(part):>5}  {figures(part, predict(part))}")


if __name__ == "__main__":
    main()
