"""Fixtures: the samples ingested once into a store (SQLite, or PostgreSQL under
scripts/postgres.sh), copied per test;
accounts of every role; logged-in TestClients with their CSRF token."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from ktxh.store import ingest_paths, open_store
from ktxh.store.tables import Task
from ktxh.web.app import create_app
from ktxh.web.auth import create_user, issue_token
from tests.support.database import copy_url, fresh_url

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PASSWORD = "mat-khau-thu"


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.glob("*.md") if p.name != "README.md")


def seed_store(url: str, files: list[Path] | None = None) -> dict[str, str]:
    """Ingest the samples and create accounts; returns API tokens by user name."""
    store = open_store(url)
    try:
        summary = ingest_paths(store, sample_files() if files is None else files)
        assert summary.ok, [r.reason for r in summary.failed]
        with store.transaction() as session:
            lead = session.scalars(
                select(Task).where(Task.lead_code.is_not(None)).order_by(Task.id)).first()
            other = "so-khong-ton-tai"
            accounts = [("admin", "admin", None), ("viewer", "viewer", None),
                        ("editor", "editor", lead.lead_code if lead else "x"),
                        ("other", "editor", other)]
            tokens = {}
            for name, role, agency in accounts:
                user = create_user(session, name, PASSWORD, role, agency, f"Người {name}")
                tokens[name] = issue_token(session, user, "test")
        return tokens
    finally:
        store.close()


@pytest.fixture(scope="session")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    if not sample_files():
        pytest.skip("samples/*.md not found")
    url = fresh_url(tmp_path_factory.mktemp("seed"))
    tokens = seed_store(url)
    return url, tokens


@pytest.fixture
def app(seeded: tuple[str, dict[str, str]], tmp_path: Path):  # type: ignore[no-untyped-def]
    application = create_app(copy_url(seeded[0], tmp_path), "test-secret",
                             upload_dir=tmp_path / "up", max_upload_bytes=200_000)
    yield application
    application.state.store.close()


@pytest.fixture
def tokens(seeded: tuple[str, dict[str, str]]) -> dict[str, str]:
    return seeded[1]


CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def login(app, name: str) -> TestClient:  # type: ignore[no-untyped-def]
    """A client signed in as ``name``; ``client.csrf`` holds its session's token."""
    client = TestClient(app, raise_server_exceptions=False)
    page = client.get("/dang-nhap")
    token = CSRF.search(page.text).group(1)
    r = client.post("/dang-nhap", data={"username": name, "password": PASSWORD,
                                        "csrf": token, "next": "/"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    client.csrf = CSRF.search(client.get("/").text).group(1)  # type: ignore[attr-defined]
    return client


@pytest.fixture
def as_user(app) -> Callable[[str], TestClient]:  # type: ignore[no-untyped-def]
    return lambda name: login(app, name)


@pytest.fixture
def api(app, tokens) -> Callable[[str | None], TestClient]:  # type: ignore[no-untyped-def]
    """A client sending ``Authorization: Bearer`` for a user (None: no header)."""
    def make(name: str | None) -> TestClient:
        client = TestClient(app, raise_server_exceptions=False)
        if name:
            client.headers["Authorization"] = f"Bearer {tokens[name]}"
        return client
    return make
