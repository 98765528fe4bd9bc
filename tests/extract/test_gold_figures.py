"""Figures and targets against the shared hand-checked gold (skipped without it).

The issue's goals: figures F1 ≥ 0.90, targets F1 ≥ 0.95, figures.indicator
≥ 0.85, figures.period ≥ 0.90, figures.estimate ≥ 0.95. Where the extractor
is not there yet the floor is the value reached (a regression guard), and
the goal is kept next to it.
"""

from __future__ import annotations

import pytest

from tests.support import gold

pytestmark = pytest.mark.skipif(not gold.available(), reason="shared gold not available")

# (score key, field, floor asserted, issue goal); the floors sit a little under
# what is reached now (figures F1 0.999, targets F1 1.0, indicator 0.967,
# period 0.967, estimate 0.99) so that structure changes do not flap them.
FLOORS = [
    ("figures", "f1", 0.95, 0.90),
    ("targets", "f1", 0.95, 0.95),
    ("figures.indicator", "accuracy", 0.92, 0.85),
    ("figures.period", "accuracy", 0.93, 0.90),
    ("figures.estimate", "accuracy", 0.95, 0.95),
    ("targets.indicator", "accuracy", 0.80, 0.80),
    ("targets.period", "accuracy", 0.95, 0.90),
]


@pytest.fixture(scope="module")
def scores() -> dict:
    return gold.scores()


@pytest.mark.parametrize(("key", "field", "floor", "goal"), FLOORS)
def test_gold_floor(scores: dict, key: str, field: str, floor: float, goal: float) -> None:
    assert scores[key][field] >= floor, f"{key} {field} {scores[key][field]} (goal {goal})"
