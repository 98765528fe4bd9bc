"""The kept results brought up to date a few documents per transaction
(:func:`ktxh.monitor.kept.refresh_step`, the server's refresher) equal
those computed from scratch after ingests, new versions, corrections and
deletions; two writers at once (two processes) leave them right."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from ktxh.monitor import kept
from ktxh.store import ingest_paths, open_store
from tests.monitor.conftest import date_plan_grdp_to_2023
from tests.monitor.test_kept import delete_document, grdp, same_as_scratch, write_report
from tests.monitor.test_kept_points import _board_is_from_scratch
from tests.support.database import fresh_url

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _samples() -> list[Path]:
    return sorted(p for p in SAMPLES.glob("*.md") if p.name != "README.md")


def _steps(store, batch: int) -> int:
    """Steps in transactions of their own until none is left; how many computed."""
    done = 0
    while True:
        with store.transaction() as s:
            if not kept.refresh_step(s, batch):
                break
        done += 1
    with store.session() as s:
        assert not kept.behind(s)
    return done


def _checked(store) -> None:
    same_as_scratch(store)
    _board_is_from_scratch(store)


def test_steps_of_a_few_documents_equal_the_computation_from_scratch(tmp_path):
    store = open_store(fresh_url(tmp_path))
    samples = _samples()
    assert len(samples) >= 4
    assert ingest_paths(store, samples[:1]).ok
    assert _steps(store, 2) == 1  # nothing kept yet: everything at once
    assert ingest_paths(store, samples[1:]).ok
    assert _steps(store, 2) == len(samples) // 2  # the last step writes the state
    _checked(store)

    # three conflicting reports at once, then a new version of one
    assert ingest_paths(store, [write_report(tmp_path, n, v) for n, v in
                                (("95", "58,9"), ("96", "59,4"), ("97", "60,2"))]).ok
    assert _steps(store, 1) == 3
    assert len(grdp(same_as_scratch(store))) >= 1
    _board_is_from_scratch(store)
    assert ingest_paths(store, [write_report(tmp_path, "97", "61,0")]).ok
    assert _steps(store, 1) == 2  # the new version, then the old one no longer current
    _checked(store)

    with store.transaction() as s:  # a correction, with two documents ingested after it
        date_plan_grdp_to_2023(s)
    assert ingest_paths(store, [write_report(tmp_path, n, v) for n, v in
                                (("98", "57,7"), ("99", "62,3"))]).ok
    assert _steps(store, 1) == 2  # the corrected document with the last one
    _checked(store)

    delete_document(store, "97/BC-UBND")  # its first version current again
    delete_document(store, "96/BC-UBND")
    _steps(store, 1)
    _checked(store)
    store.close()


def test_a_read_only_session_writes_nothing(tmp_path):
    store = open_store(fresh_url(tmp_path))
    assert ingest_paths(store, _samples()[:2]).ok
    with store.session() as s:
        s.info[kept.READ_ONLY] = True
        assert not kept.refresh(s)
        assert not kept.up_to_date(s)
        assert not s.new and not s.dirty
        s.rollback()
    with store.session() as s:
        assert kept.behind(s)
    _checked(store)
    store.close()


@pytest.mark.parametrize("batch", [None, 1])
def test_two_writers_at_once_leave_the_kept_results_right(tmp_path, batch):
    url = fresh_url(tmp_path)
    first, second = open_store(url), open_store(url)  # two processes' engines
    assert ingest_paths(first, _samples()[:1]).ok
    kept.refresh_store(first)  # then a few documents to bring up to date
    assert ingest_paths(first, [*_samples()[1:], write_report(tmp_path, "95", "58,9")]).ok
    failures: list[BaseException] = []
    start = threading.Barrier(2)

    def refresh(store) -> None:
        start.wait()
        try:
            if batch is None:
                kept.refresh_store(store)
            else:
                _steps(store, batch)
        except Exception as err:  # a thread's error fails the test
            failures.append(err)

    threads = [threading.Thread(target=refresh, args=(s,)) for s in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures  # the second waited for the first, then found what is left
    _checked(first)
    first.close()
    second.close()
