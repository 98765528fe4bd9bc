"""The Alembic migrations build exactly the schema of the models."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from ktxh.store import StoreError, fts, migrate, open_store
from ktxh.store.tables import Base
from tests.store.conftest import fresh_url


def test_upgrade_head_matches_models(tmp_path):
    engine = create_engine(fresh_url(tmp_path))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"include_name": fts.include_name, "compare_type": True}
        )
        diffs = compare_metadata(ctx, Base.metadata)
    assert diffs == []


def test_upgrade_creates_search_index_and_downgrade_removes_everything(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    migrate.upgrade(engine)
    names = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= names
    assert fts.FTS_TABLE in names
    migrate.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}


def test_open_store_is_at_head_and_reopens(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    open_store(url).close()
    store = open_store(url)  # second upgrade is a no-op
    with store.engine.connect() as conn:
        head = ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head


BROKEN = [
    # (what the file holds, words in the error)
    ("newer", "cannot open database"),
    ("not a database", "cannot open database"),
]


@pytest.mark.parametrize(("kind", "words"), BROKEN)
def test_open_store_refuses_unknown_databases_cleanly(tmp_path, kind, words):
    path = tmp_path / "x.db"
    if kind == "newer":
        open_store(f"sqlite:///{path}").close()
        engine = create_engine(f"sqlite:///{path}")
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        engine.dispose()
    else:
        path.write_bytes(b"this is a text file, not SQLite" * 100)
    with pytest.raises(StoreError, match=words):
        open_store(f"sqlite:///{path}")


def test_sqlite_files_use_the_write_ahead_log(tmp_path):
    # readers do not wait for ingest; a commit does not sync a rollback journal
    store = open_store(f"sqlite:///{tmp_path / 'w.db'}")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    store.close()
    memory = open_store("sqlite://")  # nothing to log: stays in memory
    with memory.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "memory"
    memory.close()
