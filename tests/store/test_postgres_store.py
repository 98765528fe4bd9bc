"""PostgreSQL-only checks: its own full-text search (tsvector/tsquery with the
'simple' configuration over diacritic-stripped text, GIN index) and the
migrations both ways. Run with ``bash scripts/postgres.sh .venv/bin/pytest``."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, inspect, text

from ktxh.store import fts, ingest_file, migrate, open_store
from ktxh.store.search import search
from ktxh.store.tables import Base
from tests.store.conftest import PLAN, REPORT
from tests.support.database import copy_url, fresh_url

pytestmark = pytest.mark.skipif(
    not os.environ.get("KTXH_TEST_DATABASE_URL", "").startswith("postgresql"),
    reason="needs KTXH_TEST_DATABASE_URL=postgresql… (scripts/postgres.sh)",
)


@pytest.fixture
def filled(store, fake, write):
    ingest_file(store, write("bc.md", REPORT))
    ingest_file(store, write("kh.md", PLAN))
    return store


def test_search_index_is_a_gin_over_simple_tsvector(store):
    with store.engine.connect() as conn:
        ddl = conn.execute(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = :n"), {"n": fts.PG_INDEX}
        ).scalar_one()
    assert "USING gin" in ddl
    assert "to_tsvector('simple'::regconfig, stripped)" in ddl


QUERIES = [
    # (query as typed, tsquery PostgreSQL builds from it)
    ("Trùng Khánh", "'trung' & 'khanh'"),
    ("TRUNG khanh", "'trung' & 'khanh'"),
    ('"che phủ rừng"', "'che' <-> 'phu' <-> 'rung'"),
]


@pytest.mark.parametrize(("query", "tsquery"), QUERIES)
def test_queries_become_diacritic_free_tsqueries(store, query, tsquery):
    fn, arg = fts.Query.parse(query).postgres()
    with store.engine.connect() as conn:
        built = conn.execute(text(f"SELECT {fn}('simple', :q)::text"), {"q": arg}).scalar()
    assert built == tsquery


@pytest.mark.parametrize("query", ["trùng khánh", "trung khanh", '"che phu rung"', "Bộ Giao"])
def test_search_finds_with_and_without_diacritics(filled, query):
    with filled.session() as s:
        assert search(s, query)


def test_match_uses_the_gin_index(filled):
    fn, arg = fts.Query.parse("đường tránh").postgres()
    sql = (f"EXPLAIN SELECT id FROM search_entries, {fn}('simple', :q) AS q(q) "
           "WHERE to_tsvector('simple', stripped) @@ q.q")
    with filled.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))  # a two-row table scans otherwise
        plan = "\n".join(conn.execute(text(sql), {"q": arg}).scalars())
    assert fts.PG_INDEX in plan


def test_migrations_go_down_to_nothing_and_up_again(tmp_path):
    url = fresh_url(tmp_path)
    engine = create_engine(url)
    try:
        migrate.upgrade(engine)
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
        migrate.downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        with engine.connect() as conn:
            left = conn.execute(
                text("SELECT count(*) FROM pg_indexes WHERE indexname = :n"), {"n": fts.PG_INDEX}
            ).scalar()
        assert left == 0
        migrate.upgrade(engine)
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    open_store(url).close()  # at head: reopening is a no-op


def test_test_stores_are_separate_migrated_databases_on_the_server(tmp_path, write):
    """What the suite's second pass relies on: every fresh or copied store is a
    database of its own on the server, migrated, and a copy keeps the rows."""
    first, second = fresh_url(tmp_path), fresh_url(tmp_path)
    assert first.startswith("postgresql") and first != second
    filled = open_store(first)
    ingest_file(filled, write("kh.md", PLAN))
    filled.close()
    copy = copy_url(first, tmp_path)
    for url, documents in [(first, 1), (second, 0), (copy, 1)]:
        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                assert conn.dialect.name == "postgresql"
                assert conn.execute(text("SELECT count(*) FROM documents")).scalar() == documents
        finally:
            engine.dispose()
