"""Tasks scored on the shared gold (skipped when ../shared is absent)."""

from __future__ import annotations

import pytest

from tests.support import gold

pytestmark = pytest.mark.skipif(not gold.available(), reason="shared gold not available")


@pytest.fixture(scope="module")
def scores() -> dict:
    return gold.scores()


def test_tasks_f1(scores: dict) -> None:
    assert scores["tasks"]["f1"] >= 0.90


def test_task_deadlines(scores: dict) -> None:
    assert scores["tasks.deadline"]["accuracy"] >= 0.95


def test_task_support(scores: dict) -> None:
    assert scores["tasks.support"]["accuracy"] >= 0.85
