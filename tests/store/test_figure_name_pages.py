"""Pages of the figures of several indicator names (the API's ``?indicator=``
words): cut from each name's first figures in index order, they must equal
the pages of the plain sorted list, superseded documents, empty periods and
corrections included."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from ktxh.store.corrections import add_correction
from ktxh.store.queries import count_figures, list_figures
from ktxh.store.tables import Document, Figure
from tests.support.database import sqlite_plan

NOW = dt.datetime(2024, 7, 1, tzinfo=dt.UTC)
NAMES = ["tỷ lệ hộ nghèo", "tỷ lệ hộ nghèo đa chiều", "tỷ lệ hộ cận nghèo"]
PERIODS = ["2023", "2024-Q1", None, "2023-Q4", "2024", "2022"]


@pytest.fixture
def names_store(store):
    """Three documents (the first superseded by the second) with 18 figures each."""
    span = {"quote": "…", "start": 0, "end": 1}
    with store.transaction() as s:
        docs = []
        for i in range(3):
            d = Document(sha256=f"{i:064d}", source_path=f"/d/{i}.md", lineage=f"/d/{i}.md",
                         filename=f"{i}.md", format="md", number=f"{i}/BC-UBND",
                         type="bao_cao", text="…", ingested_at=NOW, anchor=f"doc{i}")
            s.add(d)
            s.flush()
            docs.append(d)
        docs[0].superseded_by_id = docs[1].id
        n = 0
        for d in docs:
            for name in NAMES:
                for period in PERIODS:
                    s.add(Figure(document_id=d.id, indicator=name, value=n, unit="%",
                                 kind="rate", period=period, anchor=f"f{n}", **span))
                    n += 1
        s.add(Figure(document_id=docs[2].id, indicator="thu ngân sách", value=999, unit="",
                     kind="level", period="2024", anchor="other", **span))
    return store


def _pages_agree(s: Any, names: list[str]) -> None:
    whole = list_figures(s, indicator=names)
    assert count_figures(s, indicator=names) == len(whole)
    for limit in (1, 4, 7, 50):
        for offset in range(0, len(whole) + 2, 3):
            page = list_figures(s, indicator=names, limit=limit, offset=offset)
            assert [r["id"] for r in page] == [r["id"] for r in whole[offset:offset + limit]]


def test_pages_of_several_names_equal_the_sorted_list(names_store):
    with names_store.session() as s:
        whole = list_figures(s, indicator=NAMES)
        # the superseded document's figures are left out; empty periods kept
        assert len(whole) == 2 * len(NAMES) * len(PERIODS)
        assert {r["document"]["number"] for r in whole} == {"1/BC-UBND", "2/BC-UBND"}
        assert any(r["period"] is None for r in whole)
        _pages_agree(s, NAMES)
        _pages_agree(s, [*NAMES[:2], "không có"])
        page = list_figures(s, indicator=NAMES, period="2024", limit=3, offset=1)
        assert [r["period"][:4] for r in page] == ["2024"] * 3


def test_pages_of_several_names_follow_a_corrected_indicator(names_store):
    with names_store.session() as s:
        other = list_figures(s, indicator="thu ngân sách")[0]
        moved = list_figures(s, indicator=NAMES[0], limit=1, offset=2)[0]
    with names_store.transaction() as s:
        add_correction(s, "figure", other["id"], "indicator", NAMES[1], author="x")
        add_correction(s, "figure", moved["id"], "indicator", "thu ngân sách", author="x")
    with names_store.session() as s:
        ids = [r["id"] for r in list_figures(s, indicator=NAMES)]
        assert other["id"] in ids and moved["id"] not in ids
        _pages_agree(s, NAMES)


def test_counts_and_pages_of_names_read_the_index_alone(names_store):
    if names_store.engine.dialect.name != "sqlite":
        pytest.skip("SQLite plan")
    def run() -> None:
        with names_store.session() as s:
            count_figures(s, indicator=NAMES)

    plan = sqlite_plan(names_store.engine, run,
                       lambda statement: "FROM figures" in statement
                       and "count" in statement.lower())
    assert "COVERING INDEX ix_figures_indicator_period_id_document" in plan
    assert "documents" not in plan
