"""Instructions per pass of the reader and each pipeline step (callgrind).

    .venv/bin/python -m bench.step_instructions [--passes N] [--cold] [FILES...]

Counts what each step executes, not how long it waits for a loaded CPU: the
count barely moves between runs, where wall-clock minima on the shared
machine swing by 2×. Needs ``valgrind``; one run takes 2-3 minutes.

Python functions are invisible to callgrind, so each step is called from
its own C iterator (``itertools.starmap`` for the reader,
``itertools.filterfalse`` for "document", ...) and the step's count is that
C function's inclusive cost. A warm-up pass outside the wrappers comes
first; instruction counts are not times (regex C code runs more
instructions per cycle than the interpreter), compare them step by step.
``--cold`` empties the per-text caches before each pass (:mod:`bench.caches`).
"""

from __future__ import annotations

import argparse
import functools
import itertools
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
# step → the C function it runs under
WRAPPERS = {
    "read": "starmap_next",
    "document": "filterfalse_next",
    "references": "takewhile_next",
    "figures": "dropwhile_next",
    "targets": "accumulate_next",
    "tasks": "groupby_next",
    "projects": "functools_reduce",
}


def _wrapped(name: str, run) -> None:
    """Call ``run()`` from inside the C function :data:`WRAPPERS` names for ``name``."""
    if name == "document":
        list(itertools.filterfalse(lambda _: run() and False, [0]))
    elif name == "references":
        list(itertools.takewhile(lambda _: run() and False, [0]))
    elif name == "figures":
        list(itertools.dropwhile(lambda _: run() and False, [0]))
    elif name == "targets":
        list(itertools.accumulate([0, 0], lambda a, b: run()))
    elif name == "tasks":
        list(itertools.groupby([0], key=lambda _: run()))
    elif name == "projects":
        functools.reduce(lambda a, b: run(), [0, 0])
    else:
        raise ValueError(f"no wrapper for step {name!r}")


def inner(paths: list[Path], passes: int, cold: bool = False) -> None:
    """The program callgrind watches: one plain pass, then ``passes`` wrapped ones."""
    from bench.caches import clear_text_caches
    from ktxh import read
    from ktxh.extract.pipeline import STEPS
    from ktxh.extract.timeframes import clear_cache

    for n in range(passes + 1):
        clear_cache()
        if cold:
            clear_text_caches()
        for path in paths:
            doc = next(itertools.starmap(read, [(path,)])) if n else read(path)
            found: dict[str, object] = {}
            for name, step in STEPS:
                def run(name=name, step=step, doc=doc, found=found) -> None:
                    found[name] = step(doc, found)
                if n:
                    _wrapped(name, run)
                else:
                    run()


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="documents (default: the seeds)")
    parser.add_argument("--passes", type=int, default=2, help="passes counted (2)")
    parser.add_argument("--cold", action="store_true",
                        help="empty the per-text caches before each pass")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    cold, passes = args.cold, args.passes
    if args.inner:  # the run under valgrind
        inner(args.files, passes, cold)
        return
    paths = args.files or sorted(SEEDS.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        # the inner run imports ``bench`` as a package: run it as a module from the root
        root = str(Path(__file__).resolve().parents[1])
        path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)
        env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": path}
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
             "-m", "bench.step_instructions", "--inner", "--passes", str(passes),
             *(["--cold"] if cold else []), *map(str, paths)],
            check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        report = subprocess.run(
            ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
            check=True, capture_output=True, text=True,
        ).stdout
    counts: dict[str, int] = {}
    for line in report.splitlines():
        m = re.match(r"\s*([\d,]+) .*:(\w+) \[", line)
        if m and m.group(2) in WRAPPERS.values():
            counts.setdefault(m.group(2), int(m.group(1).replace(",", "")))
    print(f"{len(paths)} files, {passes} passes{', cold' if cold else ''};"
          " million instructions per pass")
    total = 0.0
    for name, fn in WRAPPERS.items():
        per_pass = counts.get(fn, 0) / passes / 1e6
        total += per_pass
        print(f"{name:<12}{per_pass:>10.1f}")
    print(f"{'sum':<12}{total:>10.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
