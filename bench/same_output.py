"""Everything reply understanding makes of every stored message, as canonical JSON lines: the check that a change
meant to make it faster (or tidier) changes no output at all.

    python bench/same_output.py [--reverse] > /tmp/after.jsonl && diff /tmp/before.jsonl /tmp/after.jsonl

Reads every message of bench/corpus/*/ and every file of ../shared/corpora/** but its licences, manifests and
READMEs (the talon HTML fragments and bare reply texts are read as messages too: headerless mail is mail). For each,
one line with the file, what the watcher stores (`understand(raw)`: every field of the Understanding, its kind,
reasons and extracted text included), the watcher's `judge()` with the example study's shop script points, and with
its persona too (scored "personal"), and the two public one-step readers bench/scoring.py times beside them,
`classify_message` and `reply_text`. Lines are in file order, keys sorted: a diff of two runs is empty exactly
when nothing changed. `--reverse` reads the messages in the opposite order (and prints them in the same): what one
message leaves in a cache must not change what the next one gets.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "corpora"
NOT_MAIL = {"LICENSE", "README.md"}


def files() -> list[Path]:
    own = sorted((ROOT / "bench" / "corpus").glob("*/*.eml"))
    shared = sorted(p for p in SHARED.rglob("*") if p.is_file() and p.name not in NOT_MAIL and p.suffix != ".csv")
    if not shared:
        raise SystemExit(f"bench/same_output.py reads the shared corpora at {SHARED}: not found")
    return own + shared


def plain(value):
    """A dataclass, tuple or mapping as JSON-ready values (tuples as lists: the dump compares values)."""
    if dataclasses.is_dataclass(value):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def name(path: Path) -> str:
    """The file's path from the project's root or from the shared corpora's parent: the same in every worktree."""
    return str(path.relative_to(ROOT if ROOT in path.parents else SHARED.parent))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reverse", action="store_true", help="read the messages last first")
    args = ap.parse_args()
    from audit.study.load import load_study
    from scoring.kinds import classify_message
    from scoring.text import reply_text
    from scoring.understand import judge, understand

    study = load_study(ROOT / "studies" / "example.yaml")
    points = list(study.script_for("shops", "email").points)
    persona = study.personas[0].name
    order = files()
    lines = {}
    for path in reversed(order) if args.reverse else order:
        raw = path.read_bytes()
        u = understand(raw)
        line = {
            "file": name(path),
            "understand": plain(u),
            "judge": plain(judge(u, points)),
            "judge_persona": plain(judge(u, points, persona)),
            "classify_message": plain(classify_message(raw)),
            "reply_text": reply_text(raw),
        }
        lines[path] = json.dumps(line, ensure_ascii=False, sort_keys=True)
    for path in order:
        print(lines[path])


if __name__ == "__main__":
    main()
