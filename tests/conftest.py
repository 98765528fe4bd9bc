"""Project-wide pytest options."""

from __future__ import annotations

from typing import Any

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/expected/*.json from the current extraction output",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def _tasks_raise(doc: Any, found: Any) -> Any:
    raise AttributeError("'NoneType' object has no attribute 'start'")


@pytest.fixture
def broken_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tasks step raises on every document (an extractor bug), the others run."""
    from ktxh.extract import pipeline

    steps = [(n, _tasks_raise if n == "tasks" else s) for n, s in pipeline.STEPS]
    monkeypatch.setattr(pipeline, "STEPS", steps)
