"""Floors on the shared gold: document fields and references."""

from __future__ import annotations

import pytest

from tests.support import gold

pytestmark = pytest.mark.skipif(not gold.available(), reason="shared gold not present")

FIELDS = ("number", "symbol", "type", "place", "date", "title", "signer", "period")


@pytest.fixture(scope="module")
def scores() -> dict:
    return gold.scores()


@pytest.mark.parametrize("field", FIELDS)
def test_document_field_accuracy(scores: dict, field: str) -> None:
    assert scores[f"document.{field}"]["accuracy"] >= 0.95


def test_references_f1(scores: dict) -> None:
    assert scores["references"]["f1"] >= 0.95


def test_reference_dates(scores: dict) -> None:
    assert scores["references.date"]["accuracy"] >= 0.95
