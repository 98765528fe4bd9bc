"""Where extraction time goes: per-step timings and a cProfile listing.

    .venv/bin/python bench/profile_extract.py [--top N] [--sort tottime] [FILES...]

Runs the reader and every ``ktxh.extract.pipeline.STEPS`` step one by one on
the given files (default: the shared seeds), prints seconds per step, then
profiles the whole ``extract_file`` path and prints the top functions.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time
from pathlib import Path
from typing import Any

from ktxh import extract_file, read
from ktxh.extract.pipeline import STEPS
from ktxh.extract.timeframes import clear_cache

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def step_times(paths: list[Path], rounds: int = 3) -> list[tuple[str, float]]:
    """Best-of-``rounds`` seconds of reading and of each step, summed over files."""
    best: dict[str, float] = {}
    for _ in range(rounds):
        clear_cache()
        totals: dict[str, float] = {"read": 0.0}
        for path in paths:
            start = time.perf_counter()
            doc = read(path)
            totals["read"] += time.perf_counter() - start
            found: dict[str, Any] = {}
            for name, step in STEPS:
                start = time.perf_counter()
                found[name] = step(doc, found)
                totals[name] = totals.get(name, 0.0) + time.perf_counter() - start
        for k, v in totals.items():
            best[k] = min(best.get(k, v), v)
    return list(best.items())


def main(argv: list[str]) -> None:
    top, sort = 40, "cumulative"
    args: list[str] = []
    it = iter(argv)
    for a in it:
        if a == "--top":
            top = int(next(it))
        elif a == "--sort":
            sort = next(it)
        else:
            args.append(a)
    paths = [Path(a) for a in args] or sorted(SEEDS.glob("*.txt"))
    for name, secs in step_times(paths):
        print(f"{name:<12}{secs * 1e3:>10.1f} ms")
    clear_cache()
    prof = cProfile.Profile()
    prof.enable()
    for path in paths:
        extract_file(path)
    prof.disable()
    pstats.Stats(prof).sort_stats(sort).print_stats(top)


if __name__ == "__main__":
    main(sys.argv[1:])
