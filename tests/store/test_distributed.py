"""Distributed ingestion on a Dask LocalCluster (PostgreSQL when
KTXH_TEST_DATABASE_URL is set, SQLite otherwise)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from ktxh.store.distributed import ClusterError, ingest_distributed, parse_address
from ktxh.store.ingest import ingest_paths
from ktxh.store.tables import Document, Figure, Task
from tests.store.conftest import PLAN, REPORT
from tests.support.database import fresh_url

pytest.importorskip("distributed")


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("local", ("local", None)),
        ("local:2", ("local", 2)),
        ("tcp://10.1.2.3:8786", ("remote", None)),
        ("scheduler.internal:8786", ("remote", None)),
    ],
)
def test_parse_address(address, expected):
    assert parse_address(address) == expected


@pytest.mark.parametrize("address", ["local:0", "local:x", "nowhere"])
def test_bad_address_is_a_cluster_error(address):
    with pytest.raises(ClusterError):
        parse_address(address)


def _variants(write, n: int) -> list:
    """n distinct documents in the genre (numbers and figures vary)."""
    paths = []
    for i in range(n):
        text = REPORT.replace("15/BC-UBND", f"{15 + i}/BC-UBND").replace(
            "52.300 tấn", f"{52 + i}.300 tấn")
        paths.append(write(f"bao-cao-{i}.md", text))
    return paths


def test_cluster_ingest_stores_what_the_process_pool_stores(store, write, tmp_path):
    paths = _variants(write, 5)
    plan = write("ke-hoach.md", PLAN)
    bad = write("hong.txt", b"\x00\xff\xfe binary")
    summary = ingest_distributed(store, [*paths, plan, bad], "local:2", window=2,
                                 processes=False)
    assert len(summary.ingested) == 6
    assert [r.path for r in summary.failed] == [str(bad)]
    assert summary.failed[0].reason
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 6
        assert s.scalar(select(func.count()).select_from(Figure)) > 0
        assert s.scalar(select(func.count()).select_from(Task)) > 0
        stored = set(s.scalars(select(Document.source_path)))
    assert stored == {str(p) for p in [*paths, plan]}


def test_cluster_reingest_is_a_no_op_by_content_hash(store, write):
    paths = _variants(write, 3)
    ingest_paths(store, paths)
    summary = ingest_distributed(store, paths, "local:1", processes=False)
    assert [r.status for r in summary.results] == ["unchanged"] * 3


def test_progress_reports_every_file_once(store, write):
    paths = _variants(write, 4)
    seen: list[tuple[int, int]] = []
    ingest_distributed(store, paths, "local:1", window=1, processes=False,
                       progress=lambda r, done, total: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_one_extractor_crash_fails_only_its_file(store, write, monkeypatch):
    import ktxh.store.ingest as ingest

    real = ingest.extract

    def flaky(doc, *args, **kwargs):
        if "17/BC-UBND" in doc.text:
            raise RuntimeError("boom")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(ingest, "extract", flaky)
    summary = ingest_distributed(store, _variants(write, 4), "local:1", processes=False)
    assert len(summary.ingested) == 3
    assert len(summary.failed) == 1 and "boom" in summary.failed[0].reason


class _InlinePool:
    """A stand-in ProcessPoolExecutor that runs jobs at once and counts them."""

    submitted = 0

    def __init__(self, max_workers: int) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def submit(self, fn, *args):
        from concurrent.futures import Future

        type(self).submitted += 1
        fut: Future = Future()
        try:
            fut.set_result(fn(*args))
        except Exception as err:
            fut.set_exception(err)
        return fut


@pytest.mark.parametrize("jobs", [2, 3])
def test_process_pool_keeps_a_bounded_window_in_flight(store, write, monkeypatch, jobs):
    monkeypatch.setattr("ktxh.store.ingest.ProcessPoolExecutor", _InlinePool)
    _InlinePool.submitted = 0
    in_flight: list[int] = []

    def progress(result, done, total):
        in_flight.append(_InlinePool.submitted - done)

    summary = ingest_paths(store, _variants(write, 20), jobs=jobs, progress=progress)
    assert len(summary.ingested) == 20
    assert max(in_flight) < 4 * jobs
    assert _InlinePool.submitted == 20


def test_cli_refuses_a_bad_cluster_address(tmp_path, write):
    from typer.testing import CliRunner

    from ktxh.cli import app

    path = write("bao-cao.md", REPORT)
    db = fresh_url(tmp_path)
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", db, "--cluster", "nowhere"])
    assert result.exit_code == 2
    assert "cluster" in result.output


def test_cli_ingests_on_a_local_cluster(tmp_path, write, monkeypatch):
    from typer.testing import CliRunner

    from ktxh.cli import app
    from ktxh.store import distributed

    real = distributed.connect
    # threads, not processes: quick to start in a test
    monkeypatch.setattr(distributed, "connect", lambda a, processes=True: real(a, False))
    paths = _variants(write, 3)
    db = fresh_url(tmp_path)
    args = ["ingest", *map(str, paths), "--db", db, "--cluster", "local:2"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "3 ingested, 0 unchanged, 0 failed" in result.output
