"""The benchmark scripts keep a working command line (they are not run in CI).

Each script under ``bench/`` with a ``__main__`` block answers ``--help``
with its usage, in a fresh interpreter run as ``python -m bench.NAME`` from
the repository root, as bench/RESULTS.md tells readers to run them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = sorted(p.stem for p in (ROOT / "bench").glob("*.py")
                 if 'if __name__ == "__main__"' in p.read_text(encoding="utf-8"))


def test_every_script_is_listed() -> None:
    assert {"extract_speed", "compare_outputs", "step_instructions", "web_latency"} <= set(SCRIPTS)


@pytest.mark.parametrize("name", SCRIPTS)
def test_help_prints_usage(name: str) -> None:
    done = subprocess.run([sys.executable, "-m", f"bench.{name}", "--help"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage:"), done.stdout[:200]


def test_profile_extract_runs_on_a_sample(tmp_path: Path) -> None:
    sample = ROOT / "samples" / "bao-cao-quy-1-2024.md"
    done = subprocess.run([sys.executable, "-m", "bench.profile_extract", "--top", "3",
                           "--sort", "tottime", str(sample)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "figures" in done.stdout and "function calls" in done.stdout
