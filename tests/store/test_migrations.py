"""The Alembic migrations build exactly the schema of the models."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import column, create_engine, inspect, table, text

from ktxh.store import StoreError, fts, migrate, open_store
from ktxh.store.tables import Base
from tests.support.database import empty_url, fresh_url


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


def test_stored_tasks_get_their_stripped_agencies_and_figures_their_index(tmp_path):
    engine = create_engine(empty_url(tmp_path))  # PostgreSQL when set, else SQLite
    migrate.upgrade(engine, "0002")
    docs = table("documents", *(column(c) for c in (
        "id", "sha256", "source_path", "lineage", "version", "filename", "format", "type",
        "recipients", "distribution", "warnings", "text", "raw", "ingested_at", "anchor")))
    tasks = table("tasks", *(column(c) for c in (
        "id", "document_id", "kind", "lead", "support", "support_codes", "action",
        "recurring", "flags", "quote", "start", "end", "anchor")))
    with engine.begin() as conn:
        conn.execute(docs.insert().values(
            id=1, sha256="a", source_path="a.md", lineage="/a.md", version=1, filename="a.md",
            format="md", type="bao_cao", recipients="[]", distribution="[]", warnings="[]",
            text="x", raw="", ingested_at=dt.datetime(2024, 1, 1), anchor="d"))
        conn.execute(tasks.insert(), [
            dict(id=i, document_id=1, kind="assignment", lead=lead, support=json.dumps(support),
                 support_codes="[]", action="x", recurring=False, flags="[]", quote="q",
                 start=0, end=1, anchor=f"t{i}")
            for i, (lead, support) in enumerate([
                ("Sở Tài chính", ["Sở Xây dựng", "Kho bạc Nhà nước tỉnh"]),
                ("Ủy ban nhân dân các huyện", []),
            ], start=1)])
    migrate.upgrade(engine)
    with engine.connect() as conn:
        got = conn.execute(text(
            "SELECT lead_stripped, support_stripped FROM tasks ORDER BY id")).all()
        indexes = {i["name"] for i in inspect(conn).get_indexes("figures")}
    assert [tuple(r) for r in got] == [
        ("so tai chinh", "so xay dung\nkho bac nha nuoc tinh"),
        ("uy ban nhan dan cac huyen", ""),
    ]
    assert "ix_figures_indicator_period_id" in indexes
    assert "ix_figures_indicator" not in indexes
    migrate.downgrade(engine, "0002")
    with engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("tasks")}
        indexes = {i["name"] for i in inspect(conn).get_indexes("figures")}
    assert "lead_stripped" not in columns
    assert "ix_figures_indicator" in indexes
    engine.dispose()


def test_stored_documents_get_their_search_key(tmp_path):
    engine = create_engine(empty_url(tmp_path))  # PostgreSQL when set, else SQLite
    migrate.upgrade(engine, "0004")
    docs = table("documents", *(column(c) for c in (
        "id", "sha256", "source_path", "lineage", "version", "filename", "format", "type",
        "number", "title", "recipients", "distribution", "warnings", "text", "raw",
        "ingested_at", "anchor")))
    with engine.begin() as conn:
        conn.execute(docs.insert(), [
            dict(id=i, sha256=f"s{i}", source_path=name, lineage=f"/{name}", version=1,
                 filename=name, format="md", type="bao_cao", number=number, title=title,
                 recipients="[]", distribution="[]", warnings="[]", text="x", raw="",
                 ingested_at=dt.datetime(2024, 1, 1), anchor=f"d{i}")
            for i, (number, title, name) in enumerate([
                ("92/BC-UBND", "Báo cáo tình hình kinh tế - xã hội quý I", "Bc.md"),
                (None, None, "Không số.docx"),
            ], start=1)])
    migrate.upgrade(engine)
    with engine.connect() as conn:
        got = conn.execute(text("SELECT search_key FROM documents ORDER BY id")).scalars().all()
    assert got == ["92/bc-ubnd bao cao tinh hinh kinh te - xa hoi quy i bc.md",
                   "khong so.docx"]
    migrate.downgrade(engine, "0004")
    with engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("documents")}
        assert conn.execute(text("SELECT count(*) FROM documents")).scalar() == 2
    assert "search_key" not in columns
    engine.dispose()


def test_a_filled_store_gets_its_kept_findings_and_conflicts(tmp_path):
    from ktxh.monitor import kept
    from ktxh.monitor.store_checks import all_findings
    from ktxh.store import ingest_paths
    from ktxh.store.kept_tables import DocumentCheck

    url = empty_url(tmp_path)  # PostgreSQL when set, else SQLite
    store = open_store(url)
    samples = Path(__file__).resolve().parents[2] / "samples"
    assert ingest_paths(store, sorted(p for p in samples.glob("*.md")
                                      if p.name != "README.md")).ok
    with store.session() as s:  # computed now, not kept (no commit)
        expected = all_findings(s)
        s.rollback()
        assert s.scalar(text("SELECT count(*) FROM document_checks")) == 0
    migrate.downgrade(store.engine, "0005")
    assert "document_checks" not in inspect(store.engine).get_table_names()
    migrate.upgrade(store.engine)  # 0006 fills them for the stored documents
    with store.session() as s:
        assert s.scalar(text("SELECT count(*) FROM document_checks")) == s.scalar(
            text("SELECT count(*) FROM documents")) > 0
        assert s.get(DocumentCheck, 1) is not None
        assert not kept.refresh(s)  # nothing left to compute
        assert expected and all_findings(s) == expected
    store.close()


def test_the_fill_waits_for_the_models_columns(tmp_path):
    """0006 fills the kept results only when every table has the models'
    columns (the monitor reads through the models); else the first read does."""
    import importlib.util

    path = Path(migrate.__file__).parent / "migrations" / "versions" / "0006_kept_checks.py"
    spec = importlib.util.spec_from_file_location("m0006", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    engine = create_engine(empty_url(tmp_path))
    migrate.upgrade(engine, "0005")
    with engine.connect() as conn:
        assert not module._at_models(conn)  # the kept tables are not there yet
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert module._at_models(conn)
        conn.execute(text("ALTER TABLE documents RENAME COLUMN search_key TO other_key"))
        assert not module._at_models(conn)
        conn.rollback()
    engine.dispose()
