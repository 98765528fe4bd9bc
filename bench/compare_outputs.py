"""Byte-for-byte comparison of extraction JSON against a saved baseline.

    .venv/bin/python bench/compare_outputs.py --save [DIR]   # write baseline
    .venv/bin/python bench/compare_outputs.py [DIR]          # compare

Inputs: the shared seeds (../shared/seeds/*.txt), samples/*.md and
tests/golden/inputs/*. The baseline lives outside the repository
(default /tmp/perf-baseline). Exit status 1 when any output differs.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

from ktxh import extract_file
from ktxh.extract.export import to_json

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = Path("/tmp/perf-baseline")


def inputs() -> list[Path]:
    """Every document the comparison runs over, in a stable order."""
    paths = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    paths += sorted((ROOT / "samples").glob("*.md"))
    paths += sorted(p for p in (ROOT / "tests" / "golden" / "inputs").glob("*")
                    if p.is_file())
    return [p for p in paths if p.name != "README.md"]


def _dump(path: Path) -> str:
    return json.dumps(to_json(extract_file(path)), ensure_ascii=False, indent=1)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR,
                        help=f"where the baseline lives (default {DEFAULT_DIR})")
    parser.add_argument("--save", action="store_true", help="write the baseline")
    args = parser.parse_args(argv)
    save, folder = args.save, args.folder
    folder.mkdir(parents=True, exist_ok=True)
    bad = 0
    for path in inputs():
        target = folder / f"{path.parent.name}__{path.name}.json"
        now = _dump(path)
        if save:
            target.write_text(now, encoding="utf-8")
            continue
        before = target.read_text(encoding="utf-8") if target.exists() else ""
        if now == before:
            continue
        bad += 1
        print(f"DIFF {path}")
        diff = difflib.unified_diff(before.splitlines(), now.splitlines(),
                                    "baseline", "now", lineterm="", n=1)
        for line in list(diff)[:40]:
            print("   ", line)
    n = len(inputs())
    print(f"{'saved' if save else 'compared'} {n} outputs; {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
