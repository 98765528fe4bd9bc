"""Fault isolation: a step that raises loses the block it failed on, not the document.

When a step raises, it is run again over copies of the document with blocks
blanked out (their characters made spaces, so every offset stays valid)
until it runs through: a binary search finds the first block whose blanking
lets it pass. The records of the run that passed are kept, and each blanked
block is reported as a :class:`Problem` with its offset. A failure that no
blanking cures (it lies outside the blocks) loses the step's records only.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from ktxh.extract.records import Problem
from ktxh.text.model import Doc

Step = Callable[[Doc, Mapping[str, Any]], Any]

_PACKAGE = Path(__file__).resolve().parents[1]
MAX_BLANKED = 4  # failing blocks one step may lose before it gives up


def _where(err: BaseException) -> str | None:
    """``extract/tasks.py:120``: the innermost frame of this package."""
    for frame in reversed(traceback.extract_tb(err.__traceback__)):
        path = Path(frame.filename).resolve()
        if path.is_relative_to(_PACKAGE):
            return f"{path.relative_to(_PACKAGE).as_posix()}:{frame.lineno}"
    return None


def problem(step: str, err: BaseException, offset: int | None = None) -> Problem:
    message = str(err).splitlines()[0] if str(err) else ""
    return Problem(step, type(err).__name__, message[:300], offset, _where(err))


def _blanked(doc: Doc, blocks: set[int]) -> Doc:
    """``doc`` with the text of ``blocks`` made spaces (line breaks kept)."""
    chars = list(doc.text)
    for i in blocks:
        span = doc.blocks[i].span
        for k in range(span.start, span.end):
            if chars[k] != "\n":
                chars[k] = " "
    return replace(doc, text="".join(chars))


def run_isolated(name: str, step: Step, doc: Doc, found: Mapping[str, Any],
                 empty: Any) -> tuple[Any, list[Problem]]:
    """``step(doc, found)``, or on an exception what it gives with the
    failing blocks blanked (``empty`` when that does not help), and the problems."""
    try:
        return step(doc, found), []
    except Exception as err:
        failed: BaseException = err

    def attempt(blocks: set[int]) -> tuple[Any, BaseException | None]:
        try:
            return step(_blanked(doc, blocks), found), None
        except Exception as err:
            return None, err

    problems: list[Problem] = []
    blanked: set[int] = set()
    n = len(doc.blocks)
    for _ in range(MAX_BLANKED):
        # the fewest leading blocks to blank (besides those already) for the step to pass
        lo, hi = 0, n
        result, err = attempt(blanked | set(range(n)))
        if err is not None:  # also with no blocks at all
            break  # not in a block: the step's records are lost
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if attempt(blanked | set(range(mid)))[1] is None:
                hi = mid
            else:
                lo = mid
        culprit = hi - 1
        problems.append(problem(name, failed, doc.blocks[culprit].span.start))
        blanked.add(culprit)
        result, err = attempt(blanked)
        if err is None:
            return result, problems
        failed = err
    return empty, problems or [problem(name, failed)]
