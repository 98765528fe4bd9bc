"""The server's refresher (:mod:`ktxh.web.refresher`): what another process
changes is brought up to date and the dashboard's lists computed in the
background; a request meanwhile serves the lists computed before, says so,
and writes no kept result; new rules are computed in the background; an
error is logged and tried again; the thread stops with the app."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, update
from sqlalchemy.exc import OperationalError

from ktxh.monitor import kept
from ktxh.monitor import register as M
from ktxh.store import ingest_paths, open_store
from ktxh.store.kept_tables import MonitorState
from ktxh.web import board
from ktxh.web.app import create_app
from tests.monitor.test_kept import grdp, write_report
from tests.support.database import copy_url

UPDATING = "Số liệu đang được cập nhật"
KEPT_TABLES = ("document_checks", "conflict_groups", "conflict_documents", "monitor_state",
               "task_states", "target_points", "indicator_points")
WAIT = 60.0


@pytest.fixture
def served(seeded, tmp_path):  # type: ignore[no-untyped-def]
    """An app whose refresher polls only when woken (and once at its start)."""
    application = create_app(copy_url(seeded[0], tmp_path), "test-secret",
                             upload_dir=tmp_path / "up", refresh_every=3600)
    assert application.state.refresher.wait_idle(WAIT)
    yield application
    application.state.refresher.stop()
    application.state.store.close()


@pytest.fixture
def writes(served):  # type: ignore[no-untyped-def]
    """The threads that wrote the kept tables: (thread name, statement)."""
    seen: list[tuple[str, str]] = []

    def record(conn, cursor, statement, params, context, many):  # type: ignore[no-untyped-def]
        words = statement.lstrip().split(None, 1)
        if words and words[0].upper() in ("INSERT", "UPDATE", "DELETE") and any(
                t in statement for t in KEPT_TABLES):
            seen.append((threading.current_thread().name, statement[:60]))

    engine = served.state.store.engine
    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


def _client(app, tokens) -> TestClient:  # type: ignore[no-untyped-def]
    return TestClient(app, raise_server_exceptions=False,
                      headers={"Authorization": f"Bearer {tokens['admin']}"})


def _caught_up(app) -> None:  # type: ignore[no-untyped-def]
    app.state.refresher.wake()
    assert app.state.refresher.wait_idle(WAIT)


def _requests_wrote(writes) -> list[tuple[str, str]]:
    return [w for w in writes if w[0] != "ktxh-refresher"]


def test_another_process_ingests_and_the_page_shows_it_once_refreshed(served, tokens, writes,
                                                                        tmp_path, monkeypatch):
    client = _client(served, tokens)
    page = client.get("/")
    assert page.status_code == 200 and UPDATING not in page.text
    before = client.get("/api/v1/findings").json()["items"]
    assert grdp(before) == []
    other = open_store(served.state.store.url)  # another process: no refresh of its own
    assert ingest_paths(other, [write_report(tmp_path, "93", "58,9")]).ok
    other.close()

    computed: list[str] = []  # the boards computed in a request's thread
    board_of = M.target_board

    def target_board(session, *args, **kwargs):  # type: ignore[no-untyped-def]
        computed.append(threading.current_thread().name)
        return board_of(session, *args, **kwargs)

    monkeypatch.setattr(M, "target_board", target_board)
    page = client.get("/")  # not refreshed yet: the lists computed before, said so
    assert page.status_code == 200 and UPDATING in page.text
    assert client.get("/api/v1/findings").json()["items"] == before
    assert _requests_wrote(writes) == [] and computed == []

    _caught_up(served)
    assert computed and set(computed) == {"ktxh-refresher"}
    assert any(name == "ktxh-refresher" for name, _ in writes)
    computed.clear()
    page = client.get("/")
    assert page.status_code == 200 and UPDATING not in page.text
    assert "93/BC-UBND" in page.text  # in the latest documents (read from the store)
    after = client.get("/api/v1/findings").json()["items"]
    assert any("93/BC-UBND nêu 58,9" in m for m in grdp(after))
    assert client.get("/api/v1/targets").status_code == 200
    assert _requests_wrote(writes) == [] and computed == []  # served as computed
    with served.state.store.session() as s:
        assert not kept.behind(s)
        assert board.target_board(s) == M.target_board(s, from_scratch=True)


def test_new_rules_are_computed_in_the_background(served, tokens, writes, monkeypatch):
    client = _client(served, tokens)
    findings = client.get("/api/v1/findings").json()
    recomputed: list[str] = []
    recompute = kept._recompute

    def counted(session, progress):  # type: ignore[no-untyped-def]
        recomputed.append(threading.current_thread().name)
        return recompute(session, progress)

    monkeypatch.setattr(kept, "_recompute", counted)
    monkeypatch.setattr(kept, "signature", lambda: "other rules")  # a deploy
    assert client.get("/api/v1/findings").json() == findings  # as kept
    assert recomputed == []
    _caught_up(served)
    assert recomputed == ["ktxh-refresher"]
    with served.state.store.session() as s:
        assert kept.stored_signature(s) == "other rules" and not kept.behind(s)
    assert client.get("/").status_code == 200
    assert _requests_wrote(writes) == []


def test_rules_kept_by_a_newer_process_are_left_to_it(served, tokens, monkeypatch, caplog):
    with served.state.store.transaction() as s:  # a newer deploy computed them
        s.execute(update(MonitorState).where(MonitorState.name == "signature")
                  .values(value="newer rules"))

    def never(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the refresher computed everything for its older rules")

    monkeypatch.setattr(kept, "_recompute", never)
    with caplog.at_level(logging.WARNING, logger="ktxh.web.refresher"):
        _caught_up(served)
    assert "other rules" in caplog.text
    with served.state.store.session() as s:
        assert kept.stored_signature(s) == "newer rules"
    assert _client(served, tokens).get("/").status_code == 200
    assert served.state.refresher.failures == 0


def test_an_error_is_logged_and_tried_again(served, tokens, tmp_path, monkeypatch, caplog):
    step = kept.refresh_step
    failed: list[int] = []

    def once_locked(session, batch, progress=None):  # type: ignore[no-untyped-def]
        if not failed:
            failed.append(1)
            raise OperationalError("UPDATE monitor_state", {}, Exception("database is locked"))
        return step(session, batch, progress)

    monkeypatch.setattr(kept, "refresh_step", once_locked)
    refresher = served.state.refresher
    refresher.every = 0.05  # the next poll soon
    assert ingest_paths(served.state.store, [write_report(tmp_path, "93", "58,9")]).ok
    with caplog.at_level(logging.ERROR, logger="ktxh.web.refresher"):
        refresher.wake()
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            with served.state.store.session() as s:
                if failed and not kept.behind(s):
                    break
            time.sleep(0.05)
    assert refresher.failures == 1 and "database is locked" in (refresher.last_error or "")
    assert "pass failed" in caplog.text
    assert refresher.alive
    with served.state.store.session() as s:
        assert not kept.behind(s)  # brought up to date at the next poll


def test_the_refresher_stops_with_the_app(seeded, tmp_path):
    app = create_app(copy_url(seeded[0], tmp_path), "s", refresh_every=3600)
    refresher = app.state.refresher
    with TestClient(app) as client:
        assert client.get("/dang-nhap").status_code == 200
        assert refresher.alive
    assert not refresher.alive  # the app's shutdown stopped it
    app.state.store.close()


def test_the_tests_app_has_no_refresher(app):
    assert app.state.refresher is None  # a request brings a few documents up to date


def test_the_environment_turns_it_on_for_a_factory(seeded, tmp_path, monkeypatch):
    monkeypatch.setenv("KTXH_REFRESH_EVERY", "3600")  # uvicorn --factory --workers N
    app = create_app(copy_url(seeded[0], tmp_path), "s")
    assert app.state.refresher is not None and app.state.refresher.every == 3600
    app.state.refresher.stop()
    assert not app.state.refresher.alive
    app.state.store.close()
