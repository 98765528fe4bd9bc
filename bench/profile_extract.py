"""Where extraction time goes: per-step timings and a cProfile listing.

    .venv/bin/python bench/profile_extract.py [--top N] [--sort tottime] [FILES...]

Runs the reader and every ``ktxh.extract.pipeline.STEPS`` step one by one on
the given files (default: the shared seeds), prints seconds per step, then
profiles the whole ``extract_file`` path and prints the top functions.
"""

from __future__ import annotations

import argparse
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="documents (default: the seeds)")
    parser.add_argument("--top", type=int, default=40, help="functions listed (40)")
    parser.add_argument("--sort", default="cumulative",
                        help="pstats sort key: cumulative (default), tottime, ncalls")
    args = parser.parse_args(argv)
    paths = args.files or sorted(SEEDS.glob("*.txt"))
    for name, secs in step_times(paths):
        print(f"{name:<12}{secs * 1e3:>10.1f} ms")
    clear_cache()
    prof = cProfile.Profile()
    prof.enable()
    for path in paths:
        extract_file(path)
    prof.disable()
    pstats.Stats(prof).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main(sys.argv[1:])
