"""Score the extractor on the shared gold files (../shared) with the shared scorer.

Run as a script to print the scores: ``python -m tests.support.gold``;
``--diff figures`` lists missed and spurious items of one kind.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from functools import cache
from pathlib import Path

from ktxh import extract_file
from ktxh.extract.export import to_json

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GOLD, SEEDS = SHARED / "gold", SHARED / "seeds"


def available() -> bool:
    return GOLD.is_dir() and SEEDS.is_dir() and (SHARED / "eval" / "score.py").is_file()


@cache
def scorer():
    spec = importlib.util.spec_from_file_location("ktxh_shared_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def seed_for(gold_path: Path) -> Path:
    return next(p for p in SEEDS.iterdir() if p.stem == gold_path.stem)


@cache
def predictions() -> dict[str, dict]:
    return {g.stem: to_json(extract_file(seed_for(g))) for g in sorted(GOLD.glob("*.json"))}


def scores() -> dict:
    sc = scorer()
    results = []
    for g in sorted(GOLD.glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        text = seed_for(g).read_text(encoding="utf-8")
        results.append(sc.score_doc(gold, predictions()[g.stem], text))
    return sc.summary(sc.merge(results))


def diff(key: str) -> None:
    """Print gold items not matched and predicted items not matched, per document."""
    sc = scorer()
    same = {
        "figures": sc.figure_same,
        "targets": sc.figure_same,
        "tasks": sc.task_same,
        "references": sc.ref_same,
        "projects": sc.project_same,
    }[key]
    limit = {"tasks": 300, "references": 10**9, "projects": 10**9}.get(key, 400)
    for g in sorted(GOLD.glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        text = seed_for(g).read_text(encoding="utf-8")
        loc = sc.Locator(text)
        gi, pi = gold.get(key, []), predictions()[g.stem].get(key, [])
        pairs, ppos = sc.pair(gi, pi, same, loc, limit)
        scope = gold.get("scope", {}).get(key)
        mg, mp = {i for i, _ in pairs}, {j for _, j in pairs}
        print(f"== {g.stem}")
        for i, item in enumerate(gi):
            if i not in mg and not item.get("optional"):
                print("  MISS", json.dumps(item, ensure_ascii=False))
        for j, item in enumerate(pi):
            if j not in mp and sc.in_scope(ppos[j], scope, loc):
                item = {k: v for k, v in item.items() if k != "span"}
                print("  EXTRA", json.dumps(item, ensure_ascii=False))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--diff", help="figures, targets, tasks, references or projects")
    args = ap.parse_args()
    if args.diff:
        diff(args.diff)
        return
    for k, v in scores().items():
        print(f"{k:24} {json.dumps(v)}")


if __name__ == "__main__":
    main()
