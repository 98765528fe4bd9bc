"""Score the extractor on the hand-made gold of the new golden documents.

Uses the shared scorer (../shared/eval/score.py) through tests/support/gold.py.

    .venv/bin/python -m tests.golden.scoring              scores, all new documents
    .venv/bin/python -m tests.golden.scoring --per-doc    per document
    .venv/bin/python -m tests.golden.scoring --diff tasks missed and spurious items
    ... --pred-dir DIR                                    score saved predictions
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from tests.golden import harness
from tests.support import gold as shared


def pairs() -> list[tuple[Path, Path]]:
    """(gold file, input document) for every hand-made gold file."""
    inputs = {p.stem: p for p in harness.documents()}
    return [(g, inputs[g.stem]) for g in sorted(harness.GOLD.glob("*.json")) if g.stem in inputs]


def doc_scores(gold_path: Path, doc: Path, pred_dir: Path | None = None) -> dict:
    sc = shared.scorer()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    pred = prediction(doc, pred_dir)
    return sc.summary(sc.score_doc(gold, pred, doc.read_text(encoding="utf-8")))


def prediction(doc: Path, pred_dir: Path | None = None) -> dict:
    """The current extraction of ``doc``, or the one saved as ``pred_dir/<stem>.json``."""
    if pred_dir is None:
        return harness.current(doc)
    return json.loads((pred_dir / f"{doc.stem}.json").read_text(encoding="utf-8"))


def scores(pred_dir: Path | None = None) -> dict:
    sc = shared.scorer()
    results = []
    for g, doc in pairs():
        gold = json.loads(g.read_text(encoding="utf-8"))
        pred = prediction(doc, pred_dir)
        results.append(sc.score_doc(gold, pred, doc.read_text(encoding="utf-8")))
    return sc.summary(sc.merge(results))


def diff(key: str, pred_dir: Path | None = None) -> None:
    """Missed gold items and spurious predictions of one kind, per new document."""
    sc = shared.scorer()
    same = {
        "figures": sc.figure_same,
        "targets": sc.figure_same,
        "tasks": sc.task_same,
        "references": sc.ref_same,
        "projects": sc.project_same,
    }[key]
    limit = {"tasks": 300, "references": 10**9, "projects": 10**9}.get(key, 400)
    for g, doc in pairs():
        gold = json.loads(g.read_text(encoding="utf-8"))
        loc = sc.Locator(doc.read_text(encoding="utf-8"))
        gi, pi = gold.get(key, []), prediction(doc, pred_dir).get(key, [])
        matched, ppos = sc.pair(gi, pi, same, loc, limit)
        scope = gold.get("scope", {}).get(key)
        mg, mp = {i for i, _ in matched}, {j for _, j in matched}
        print(f"== {g.stem}")
        for i, item in enumerate(gi):
            if i not in mg and not item.get("optional"):
                print("  MISS", json.dumps(item, ensure_ascii=False))
        for j, item in enumerate(pi):
            if j not in mp and sc.in_scope(ppos[j], scope, loc):
                item = {k: v for k, v in item.items() if k != "span"}
                print("  EXTRA", json.dumps(item, ensure_ascii=False))


def main() -> None:
    ap = argparse.ArgumentParser(description="scores on tests/golden/gold")
    ap.add_argument("--diff", help="figures, targets, tasks, references or projects")
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--pred-dir", type=Path, help="score saved <stem>.json predictions instead")
    args = ap.parse_args()
    if args.diff:
        diff(args.diff, args.pred_dir)
    elif args.per_doc:
        for g, doc in pairs():
            print(f"== {g.stem}")
            for name, value in doc_scores(g, doc, args.pred_dir).items():
                print(f"  {name:24} {json.dumps(value)}")
    else:
        for name, value in scores(args.pred_dir).items():
            print(f"{name:24} {json.dumps(value)}")


if __name__ == "__main__":
    main()
