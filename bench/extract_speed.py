"""Extraction speed on the seed texts (a script, not a test).

    .venv/bin/python -m bench.extract_speed [--cpu] [--cold] [FILES...]

Prints MB/s of the whole ``ktxh.extract_file`` path (read + structure + all
extractors), of the figures step alone, a table of the reader and each
pipeline step (seconds per pass over the files, MB/s, × floor), and of one
compiled-regex pass
``re.compile(r"\\d[\\d.,]*").findall`` over the same text: the floor. The goal
is a whole extraction at most 25 times slower than that floor.

``--cpu`` times with the thread's CPU clock instead of the wall clock: on a
shared, loaded machine the wall-clock minimum still swings by 2× between runs
of the same code, the CPU time by a few per cent. ``--cold`` empties the
caches of answers about texts and names before each pass
(:mod:`bench.caches`), as a stream of new documents finds them.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from bench.caches import clear_text_caches
from ktxh import extract_file, read
from ktxh.extract.figures import find_figures
from ktxh.extract.metadata import extract_metadata
from ktxh.extract.pipeline import STEPS
from ktxh.extract.timeframes import clear_cache

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


CLOCK = time.perf_counter  # time.thread_time with --cpu
COLD = False  # --cold: empty the per-text caches before each pass


def _fresh() -> None:
    """Before a pass: forget the period indexes (and with --cold every per-text cache)."""
    clear_cache()
    if COLD:
        clear_text_caches()


def _rate(fn, size: int, min_seconds: float = 1.0) -> float:
    """MB/s of ``fn``: its fastest run among those of at least ``min_seconds``
    (the fastest is the least disturbed by other work on a shared machine)."""
    best, start = float("inf"), time.perf_counter()
    while True:
        if COLD:
            clear_text_caches()
        t0 = CLOCK()
        fn()
        best = min(best, CLOCK() - t0)
        if time.perf_counter() - start >= min_seconds:
            return size / best / 1e6


def step_seconds(paths: list[Path], min_seconds: float = 1.0) -> dict[str, float]:
    """Fastest seconds per pass over ``paths`` of reading and of each pipeline step."""
    best: dict[str, float] = {}
    runs, start = 0, time.perf_counter()
    while runs == 0 or time.perf_counter() - start < min_seconds:
        _fresh()
        totals: dict[str, float] = {"read": 0.0, **{name: 0.0 for name, _ in STEPS}}
        for path in paths:
            t0 = CLOCK()
            doc = read(path)
            totals["read"] += CLOCK() - t0
            found: dict[str, object] = {}
            for name, step in STEPS:
                t0 = CLOCK()
                found[name] = step(doc, found)
                totals[name] += CLOCK() - t0
        for k, v in totals.items():
            best[k] = min(best.get(k, v), v)
        runs += 1
    return best


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

    steps = step_seconds(paths)

    print(f"{len(paths)} files, {size / 1e3:.1f} kB")
    print(f"{'step':<34}{'ms':>10}{'MB/s':>10}{'× floor':>10}")
    for name, secs in steps.items():
        rate = size / secs / 1e6 if secs else float("inf")
        print(f"{name:<34}{secs * 1e3:>10.1f}{rate:>10.2f}{floor / rate:>10.1f}")
    total = sum(steps.values())
    print(f"{'sum of steps':<34}{total * 1e3:>10.1f}{size / total / 1e6:>10.2f}"
          f"{floor * total * 1e6 / size:>10.1f}")
    print()
    print(f"{'path':<34}{'MB/s':>10}{'× floor':>10}")
    for name, rate in (("whole extract_file", whole), ("figures step", figures),
                       ("regex floor \\d[\\d.,]*", floor)):
        print(f"{name:<34}{rate:>10.2f}{floor / rate:>10.1f}")
    verdict = "OK" if floor / whole <= 25 else "SLOWER THAN GOAL"
    print(f"goal: whole ≤ 25× floor → {verdict}")


def _parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="documents (default: the seeds)")
    parser.add_argument("--cpu", action="store_true",
                        help="time with the thread's CPU clock, not the wall clock")
    parser.add_argument("--cold", action="store_true",
                        help="empty the per-text caches before each pass")
    return parser.parse_args(argv)


if __name__ == "__main__":
    ARGS = _parse()
    if ARGS.cpu:
        CLOCK = time.thread_time
    COLD = ARGS.cold
    main(ARGS.files or (sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []))
