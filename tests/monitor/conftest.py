"""The session fixture of the monitor tests that open their module's ``store``."""

from __future__ import annotations

import pytest


@pytest.fixture
def session(store):
    """A session on the module's store whose writes are rolled back after the test."""
    with store.session() as s:
        yield s
        s.rollback()

