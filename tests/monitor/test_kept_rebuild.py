"""Every kept result computed again after new rules, a batch per transaction
(:mod:`ktxh.monitor.kept_rebuild`): an interrupted recompute resumes where it
stopped, another writer ingests between its steps, and what was ingested
meanwhile ends up computed with the new rules, as from scratch."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select, text

from ktxh.monitor import kept, kept_rebuild
from ktxh.monitor.task_states import update_states
from ktxh.store import ingest_paths, open_store
from ktxh.store.kept_tables import TaskState
from tests.monitor.test_kept import delete_document, same_as_scratch, write_report
from tests.monitor.test_kept_points import _board_is_from_scratch
from tests.monitor.test_kept_steps import _samples
from tests.support.database import fresh_url


@pytest.fixture
def small_steps(monkeypatch):
    """Steps of 2 documents and 2 indicators (a family together)."""
    monkeypatch.setattr(kept_rebuild, "DOCUMENTS_AT_ONCE", 2)
    monkeypatch.setattr(kept_rebuild, "CODES_AT_ONCE", 2)


def _kept_store(url, tmp_path):
    store = open_store(url)
    assert ingest_paths(store, [*_samples(), write_report(tmp_path, "95", "58,9"),
                                write_report(tmp_path, "96", "59,4")]).ok
    return store


def _new_rules(store) -> None:
    """The kept results marked as computed for other rules (a deploy)."""
    with store.transaction() as s:
        s.execute(text("UPDATE monitor_state SET value = 'older rules' WHERE name = 'signature'"))
        assert kept.behind(s)


def _step(store) -> bool:
    with store.transaction() as s:
        return kept.behind(s) and kept.refresh_step(s, 20)


def _all_steps(store) -> int:
    done = 0
    while _step(store):
        done += 1
    return done


def _checked(store) -> None:
    with store.session() as s:
        assert not kept.behind(s) and kept.rebuilding(s) is None
        assert kept.stored_signature(s) == kept.signature()
    same_as_scratch(store)
    _board_is_from_scratch(store)
    with store.session() as s:  # the task states as computed from scratch
        rows = lambda: sorted(tuple(r) for r in s.execute(select(TaskState.__table__)))  # noqa: E731
        kept_rows = rows()
        update_states(s, None)
        assert rows() == kept_rows
        s.rollback()


def test_an_interrupted_recompute_resumes_and_equals_the_computation_from_scratch(
        tmp_path, small_steps, monkeypatch):
    store = _kept_store(url := fresh_url(tmp_path), tmp_path)
    _new_rules(store)
    full = _all_steps(store)
    assert full > 6  # documents two at a time, then indicators
    _checked(store)

    _new_rules(store)
    for _ in range(full // 2):
        assert _step(store)
    with store.session() as s:
        half = kept.rebuilding(s)
    assert half is not None and half["rules"] == kept.signature()

    redo, regroup = kept._redo, kept_rebuild._regroup

    def killed(*args, **kwargs):
        raise KeyboardInterrupt  # the process stopped in the middle of a step

    monkeypatch.setattr(kept, "_redo", killed)
    monkeypatch.setattr(kept_rebuild, "_regroup", killed)
    with pytest.raises(KeyboardInterrupt):
        _step(store)
    monkeypatch.setattr(kept, "_redo", redo)
    monkeypatch.setattr(kept_rebuild, "_regroup", regroup)
    store.close()

    again = open_store(url)  # the next run
    with again.session() as s:
        assert kept.rebuilding(s) == half  # the step that failed wrote nothing
    assert _all_steps(again) == full - full // 2  # resumed, not begun again
    _checked(again)
    again.close()


def test_documents_written_during_a_recompute_are_computed_with_the_new_rules(
        tmp_path, small_steps):
    store = _kept_store(fresh_url(tmp_path), tmp_path)
    _new_rules(store)
    assert _step(store) and _step(store)
    with store.session() as s:
        assert kept.rebuilding(s)["phase"] == "documents"
    # while documents are checked again: a new conflicting report, a new
    # version of one already done, a document deleted
    assert ingest_paths(store, [write_report(tmp_path, "97", "60,2"),
                                write_report(tmp_path, "95", "61,0")]).ok
    delete_document(store, "96/BC-UBND")
    while True:
        assert _step(store)
        with store.session() as s:
            if kept.rebuilding(s)["phase"] == "groups" and kept.rebuilding(s)["after"] >= 2:
                break
    # while conflicts are computed again: another report and a new version
    assert ingest_paths(store, [write_report(tmp_path, "98", "57,7"),
                                write_report(tmp_path, "97", "62,3")]).ok
    _all_steps(store)
    _checked(store)
    store.close()


def test_another_writer_ingests_between_the_steps(tmp_path, small_steps):
    url = fresh_url(tmp_path)
    first = open_store(url)
    assert ingest_paths(first, [*_samples(), write_report(tmp_path, "95", "58,9")]).ok
    second = open_store(url)  # another process's engine
    _new_rules(first)
    started, resume = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def recompute() -> None:
        try:
            for n in range(1000):
                if not _step(first):
                    return
                if n == 1:
                    started.set()
                    assert resume.wait(60)
        except BaseException as err:  # a thread's error fails the test
            failures.append(err)
            started.set()

    worker = threading.Thread(target=recompute)
    worker.start()
    assert started.wait(60)
    assert ingest_paths(second, [write_report(tmp_path, "96", "60,2")]).ok
    assert not kept.refresh_store(second)  # left to the process recomputing
    with second.session() as s:
        assert kept.rebuilding(s) is not None
    resume.set()
    worker.join()
    assert not failures
    _checked(first)
    first.close()
    second.close()


def test_a_small_store_is_computed_at_once(tmp_path):
    store = _kept_store(fresh_url(tmp_path), tmp_path)
    _new_rules(store)
    assert _all_steps(store) == 1
    _checked(store)
    store.close()
