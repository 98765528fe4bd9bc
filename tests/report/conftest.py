"""Fixtures: the samples (samples/*.md) ingested once into a temporary store
(SQLite, or PostgreSQL under scripts/postgres.sh)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from ktxh.store import Store, ingest_paths, open_store
from tests.support.database import fresh_url

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
# A day after the sample documents, so that some deadlines have passed.
AS_OF = dt.date(2024, 6, 30)
PERIOD = "2024-Q1"


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.glob("*.md") if p.name.lower() != "readme.md")


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    st = open_store(fresh_url(tmp_path_factory.mktemp("report-store")))
    summary = ingest_paths(st, sample_files())
    assert not summary.failed, [(r.path, r.reason) for r in summary.failed]
    yield st
    st.close()


@pytest.fixture(scope="session")
def db_url(store: Store) -> str:
    return store.url


@pytest.fixture()
def session(store: Store) -> Iterator[Session]:
    with store.session() as s:
        yield s
