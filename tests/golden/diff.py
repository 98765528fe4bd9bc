"""Gains and losses of the extractor against the pinned golden outputs.

    .venv/bin/python -m tests.golden.diff          counts per document and kind
    .venv/bin/python -m tests.golden.diff -v       and every item lost/gained/changed
    .venv/bin/python -m tests.golden.diff --score  and the scores on the hand-made gold

Run it on every change of the extractor; then review and, if the changes are
improvements, pin them with ``pytest tests/test_golden.py --update-golden``.
"""

from __future__ import annotations

import argparse
import json

from tests.golden import harness


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every changed item")
    ap.add_argument("--score", action="store_true", help="also score on tests/golden/gold")
    args = ap.parse_args(argv)
    changed = 0
    for doc in harness.documents():
        old = harness.load_expected(doc)
        if old is None:
            print(f"{doc.stem}: no expected file (run pytest tests/test_golden.py --update-golden)")
            continue
        new = harness.current(doc)
        counts = harness.summary(old, new)
        doc_lines = [line for line in harness.compare(old, new) if line.startswith("document.")]
        parts = [f"{k} -{c['LOST']} +{c['GAINED']} ~{c['CHANGED']}" for k, c in counts.items() if c]
        if not parts and not doc_lines:
            print(f"{doc.stem}: unchanged")
            continue
        changed += 1
        print(
            f"{doc.stem}: "
            + ", ".join(parts + [f"{len(doc_lines)} document field(s)"] * bool(doc_lines))
        )
        if args.verbose:
            for line in harness.compare(old, new):
                print("    " + line)
    if args.score:
        from tests.golden import scoring

        for name, value in scoring.scores().items():
            print(f"{name:24} {json.dumps(value)}")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
