"""Search: diacritic-insensitive, snippets from the original text."""

from __future__ import annotations

import pytest

from ktxh.store import ingest_file
from ktxh.store.search import search
from tests.store.conftest import PLAN, REPORT

CASES = [
    # (query, words that must be highlighted in the first hit's snippet)
    ("đường tránh", ["đường", "tránh"]),
    ("duong tranh", ["đường", "tránh"]),
    ("DUONG TRANH", ["đường", "tránh"]),
    ("trùng khánh", ["Trùng", "Khánh"]),
    ("trung khanh", ["Trùng", "Khánh"]),
    ('"che phu rung"', ["che phủ rừng"]),  # a phrase is one match
    ("Bộ Giao thông", ["Bộ", "Giao", "thông"]),
]


@pytest.fixture
def filled(store, fake, write):
    ingest_file(store, write("bc.md", REPORT))
    ingest_file(store, write("kh.md", PLAN))
    return store


@pytest.mark.parametrize(("query", "words"), CASES)
def test_search_with_and_without_diacritics(filled, query, words):
    with filled.session() as s:
        hits = search(s, query)
    assert hits, query
    hit = hits[0]
    assert [hit.snippet[a:b] for a, b in hit.highlights][: len(words)] == words
    with filled.session() as s:
        from ktxh.store.tables import Document

        text = s.get(Document, hit.document_id).text
    assert [text[a:b] for a, b in hit.matches][: len(words)] == words
    assert hit.snippet in text


MISSES = ["xyzzy", "", "  ", '"tranh duong"', "rừng 2030"]


@pytest.mark.parametrize("query", MISSES)
def test_search_misses(filled, query):
    with filled.session() as s:
        assert search(s, query) == []


def test_search_kinds_and_limit(filled):
    with filled.session() as s:
        tasks = search(s, "so tai chinh", kinds=("task",))
        assert tasks and {h.entity_type for h in tasks} == {"task"}
        assert all(h.entity_id for h in tasks)
        assert len(search(s, "tinh", limit=2)) == 2


def test_search_skips_superseded_versions(store, fake, write):
    path = write("bc.md", REPORT)
    ingest_file(store, path)
    path.write_text(REPORT.replace("huyện Trùng Khánh", "huyện Hà Quảng"), encoding="utf-8")
    ingest_file(store, path)
    with store.session() as s:
        assert search(s, "trung khanh") == []
        assert search(s, "ha quang")


def test_a_passage_is_listed_once(filled):
    # the request sentence is both a paragraph and a task's quote
    with filled.session() as s:
        hits = search(s, "quoc lo 4a")
        assert len(hits) == 1
        assert len(search(s, "quoc lo 4a", kinds=("task",))) == 1


def test_postgresql_ranks_only_the_first_matches_found(filled):
    from ktxh.store import fts

    with filled.session() as s:
        query = fts.Query.parse("tinh")
        everything = fts.match(s, query, limit=100)
        assert len(everything) > 3
        ranked = fts.match(s, query, limit=2, ranked=3)
        assert len(ranked) == 2
        assert [m.rank for m in ranked] == sorted(m.rank for m in ranked)
        if s.get_bind().dialect.name == "postgresql":
            # the best two of three matches, not necessarily of all of them
            assert {m.entry_id for m in ranked} <= {m.entry_id for m in everything}
        else:  # FTS5 ranks every match (bm25 is cheap there)
            assert ranked == everything[:2]
