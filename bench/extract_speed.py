"""Extraction speed on the seed texts (a script, not a test).

    .venv/bin/python bench/extract_speed.py [FILES...]

Prints MB/s of the whole ``ktxh.extract_file`` path (read + structure + all
extractors), of the figures step alone, and of one compiled-regex pass
``re.compile(r"\\d[\\d.,]*").findall`` over the same text: the floor. The goal
is a whole extraction at most 25 times slower than that floor.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from ktxh import extract_file, read
from ktxh.extract.figures import find_figures
from ktxh.extract.metadata import extract_metadata
from ktxh.extract.timeframes import clear_cache

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def _rate(fn, size: int, min_seconds: float = 1.0) -> float:
    """MB/s of ``fn`` (called repeatedly for at least ``min_seconds``)."""
    runs, start = 0, time.perf_counter()
    while True:
        fn()
        runs += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return runs * size / elapsed / 1e6


def main(paths: list[Path]) -> None:
    if not paths:
        print(f"no input files (seeds expected in {SEEDS})")
        return
    texts = [p.read_text(encoding="utf-8") for p in paths]
    size = sum(len(t.encode("utf-8")) for t in texts)
    docs = [read(p) for p in paths]
    founds = [{"document": extract_metadata(d, {})} for d in docs]
    floor_re = re.compile(r"\d[\d.,]*")

    whole = _rate(lambda: [extract_file(p) for p in paths], size)
    def figures_step() -> None:
        clear_cache()  # the period index is built once per document: count it
        for d, f in zip(docs, founds, strict=True):
            find_figures(d, f)

    figures = _rate(figures_step, size)
    floor = _rate(lambda: [floor_re.findall(t) for t in texts], size)

    print(f"{len(paths)} files, {size / 1e3:.1f} kB")
    print(f"{'path':<34}{'MB/s':>10}{'× floor':>10}")
    for name, rate in (("whole extract_file", whole), ("figures step", figures),
                       ("regex floor \\d[\\d.,]*", floor)):
        print(f"{name:<34}{rate:>10.2f}{floor / rate:>10.1f}")
    verdict = "OK" if floor / whole <= 25 else "SLOWER THAN GOAL"
    print(f"goal: whole ≤ 25× floor → {verdict}")


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]]
    main(args or sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() or args else [])
