"""Bulk inserts: ids taken in the transaction, rows in few statements."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from ktxh.store import bulk
from ktxh.store.rows import SEARCH_COLS
from ktxh.store.tables import Document, Project, SearchEntry
from tests.store.snapshot import fts_matches_entries

CHUNKS = [
    # (rows, most per statement, statement sizes)
    (0, 256, []),
    (1, 256, [1]),
    (7, 256, [4, 2, 1]),
    (256, 256, [256]),
    (334, 256, [256, 64, 8, 4, 2]),
    (1000, 256, [256, 256, 256, 128, 64, 32, 8]),
    (10, 4, [4, 4, 2]),
    (200, 166, [166, 32, 2]),  # 999 variables / 6 columns (old SQLite)
]


@pytest.mark.parametrize(("n", "most", "sizes"), CHUNKS)
def test_statement_sizes_are_few_and_add_up(n, most, sizes):
    assert bulk._chunks(n, most) == sizes


def _document(session) -> int:
    doc = Document(sha256="a" * 64, source_path="x.md", lineage="/x.md", filename="x.md",
                   format="md", text="x", ingested_at=func.now(), anchor="d")
    session.add(doc)
    session.flush()
    return doc.id


def test_ids_follow_the_stored_ones_and_rows_go_in_whole(store):
    with store.transaction() as s:
        doc_id = _document(s)
        s.add_all([Project(key=f"k{i}", name="n") for i in range(3)])
        s.flush()
        ids = bulk.allocate_ids(s, {"projects": 2, "figures": 0, "search_entries": 700})
        assert ids["projects"] == [4, 5]  # SQLite: max(id) + 1; PostgreSQL: the sequence
        assert ids["figures"] == []
        assert len(set(ids["search_entries"])) == 700
        rows = [(doc_id, "text", None, i, i + 1, f"doan van ban so {i}") for i in range(700)]
        bulk.insert_rows(s, "search_entries", SEARCH_COLS, rows)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(SearchEntry)) == 700
        assert s.scalar(select(SearchEntry.stripped).where(SearchEntry.start == 699)) == (
            "doan van ban so 699")
    assert fts_matches_entries(store)
