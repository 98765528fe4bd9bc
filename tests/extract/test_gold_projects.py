"""Projects on the shared gold documents (skipped when ../shared is absent)."""

from __future__ import annotations

import pytest

from tests.support import gold

pytestmark = pytest.mark.skipif(not gold.available(), reason="shared gold not available")


def test_projects_f1() -> None:
    result = gold.scores()["projects"]
    assert result["f1"] >= 0.90, result
