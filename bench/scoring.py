"""Reply-understanding throughput on the sisimai corpus (mostly bounces) and on the project's own labelled replies
(mostly answers, where the own words are weighed), against parsing alone, in the same run.

    python bench/scoring.py [--passes 5]

Times, over every message of ../shared/corpora/sisimai (read in place) and then of bench/corpus/replies and
bench/corpus/unseen, repeated `--passes` times:
  1. `email.message_from_bytes(raw)` alone (the floor: what any reader of these messages pays);
  2. `scoring.kinds.classify_message(raw)` (bounce / auto-reply / ack / ... with reasons);
  3. `scoring.text.reply_text(raw)` (decoding and the new text without quotes and signature);
  4. what the watcher runs on each reply: `understand(raw)` (one parse for kind and text) then `judge()` with the
     example study's shop script points (the rubric's lemmas included);
and prints messages per second for each and their ratio to the floor. Machines here are noisy: read the ratios.
Before each pass the scoring package's bounded caches are emptied (`forget`), so that a pass is not helped by the
one before it: within a pass, what replies repeat (the quoted question, greetings) is remembered as a watcher would.
"""

from __future__ import annotations

import argparse
import email
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpora" / "sisimai"


def forget() -> None:
    """Empty every bounded cache of the scoring package (a sentence's or a line's reading, remembered because replies
    repeat the quoted question, greetings and closings): a pass over the same messages again would otherwise find
    each of them already read and measure the cache, not understanding. Unbounded caches stay: the data files read
    once per process and the lemma of each word, which a watcher keeps for as long as it runs."""
    for name, module in list(sys.modules.items()):
        if name == "scoring" or name.startswith("scoring."):
            for obj in list(vars(module).values()):
                info = getattr(obj, "cache_info", None)
                if callable(getattr(obj, "cache_clear", None)) and (info is None or info().maxsize is not None):
                    obj.cache_clear()


def rate(fn, messages: list[bytes], passes: int) -> float:
    best = float("inf")
    for _ in range(passes):  # best of n: the least disturbed pass, each as if its messages were new
        forget()
        t = time.perf_counter()
        for raw in messages:
            fn(raw)
        best = min(best, time.perf_counter() - t)
    return len(messages) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, default=5)
    args = ap.parse_args()
    if not CORPUS.is_dir():
        raise SystemExit(f"bench/scoring.py reads the sisimai corpus at {CORPUS}: not found")
    from audit.study.load import load_study
    from scoring.kinds import classify_message
    from scoring.text import reply_text
    from scoring.understand import judge, understand

    study = load_study(ROOT / "studies" / "example.yaml")
    points = list(study.script_for("shops", "email").points)

    own = [p for folder in ("replies", "unseen") for p in sorted((ROOT / "bench" / "corpus" / folder).glob("*.eml"))]
    for label, files in (("sisimai", sorted(CORPUS.glob("*.eml"))), ("the project's labelled replies", own)):
        messages = [p.read_bytes() for p in files]
        classify_message(messages[0]), reply_text(messages[0])  # load data files and caches outside the timing
        size = sum(map(len, messages)) / len(messages) / 1024
        print(f"{len(messages)} messages of {label} (mean {size:.1f} KB), best of {args.passes} passes")
        floor = rate(email.message_from_bytes, messages, args.passes)
        print(f"{'':<34}{'messages/s':>12}{'time vs parsing':>17}")
        print(f"{'email.message_from_bytes (floor)':<34}{floor:>12.0f}{1.0:>16.1f}x")
        for name, fn in (("classify_message", classify_message), ("reply_text", reply_text),
                         ("both", lambda raw: (classify_message(raw), reply_text(raw))),
                         ("understand + judge (the watcher's)", lambda raw: judge(understand(raw), points))):
            r = rate(fn, messages, args.passes)
            print(f"{name:<34}{r:>12.0f}{floor / r:>16.1f}x")
        print()

if __name__ == "__main__":
    main()
