"""Fixtures of the monitor tests: a rolled-back session on the module's ``store``,
and the figure rows the monitor reads."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ktxh.monitor import rows as R
from ktxh.store.corrections import add_correction
from ktxh.store.tables import Figure
from tests.support.database import doc_id


@pytest.fixture
def session(store):
    """A session on the module's store whose writes are rolled back after the test."""
    with store.session() as s:
        yield s
        s.rollback()



@pytest.fixture
def figures_read(monkeypatch):
    """How many figure rows each read returned (the monitor's reads counted)."""
    read: list[int] = []
    figure_rows = R.figure_rows

    def counted(*args, **kwargs):
        rows = figure_rows(*args, **kwargs)
        read.append(len(rows))
        return rows

    monkeypatch.setattr(R, "figure_rows", counted)
    return read


def date_plan_grdp_to_2023(session) -> int:
    """Correct the sample plan's 2020 GRDP per head (45,1 triệu đồng) into an
    actual of 2023, so that it conflicts with the reports; the plan's id."""
    plan = doc_id(session, "52/KH-UBND")
    fig = session.scalars(select(Figure).where(Figure.document_id == plan,
                                               Figure.indicator == "GRDP bình quân đầu người",
                                               Figure.period == "2020",
                                               Figure.unit == "triệu đồng")).one()
    add_correction(session, "figure", fig.id, "period", "2023", "test")
    add_correction(session, "figure", fig.id, "estimate", False, "test")  # "ước đạt" otherwise
    return plan
