"""A request brings the monitor's kept results up to date for a few changed
documents only, never computes them all (new rules, many documents changed
by another process): it then writes nothing and the pages read what is
kept, the target board from every figure. ``ktxh serve`` brings them up to
date before serving."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

from ktxh.cli import app as cli
from ktxh.monitor import kept
from ktxh.monitor import register as M
from ktxh.store import ingest_paths, open_store
from ktxh.store.kept_tables import MonitorState
from ktxh.web.refresher import Refresher
from tests.monitor.test_kept import write_report
from tests.support.database import fresh_url

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PAGES = ("/", "/chi-tieu", "/nhiem-vu", "/api/v1/findings", "/api/v1/targets",
         "/api/v1/indicators")


def _signature(store) -> str | None:
    with store.session() as s:
        row = s.get(MonitorState, "signature")
        return None if row is None else row.value


def _get_all(client) -> None:
    for path in PAGES:
        assert client.get(path).status_code == 200, path


def test_a_request_brings_a_few_changed_documents_up_to_date(app, api, tmp_path):
    client = api("admin")
    _get_all(client)
    store = app.state.store
    assert ingest_paths(store, [write_report(tmp_path, "93", "58,9")]).ok  # no refresh of its own
    with store.session() as s:
        assert kept.behind(s)
    _get_all(client)
    with store.session() as s:
        assert not kept.behind(s)


def test_new_rules_are_not_computed_in_a_request(app, api, monkeypatch):
    client = api("admin")
    store = app.state.store
    findings = client.get("/api/v1/findings").json()
    before = _signature(store)
    monkeypatch.setattr(kept, "signature", lambda: "other rules")  # a deploy

    def never(*args, **kwargs):
        raise AssertionError("a request computed every kept result")

    monkeypatch.setattr(kept, "_recompute", never)
    _get_all(client)
    assert _signature(store) == before  # nothing written
    assert client.get("/api/v1/findings").json() == findings  # as kept
    with store.session() as s:
        assert kept.behind(s)


def _per_head(board: list[dict]) -> set[tuple]:
    return {(p["document"], p["period"], p["value"]) for t in board
            if t["indicator_code"] == "grdp_per_capita" for p in t["sources"]}


def test_many_documents_changed_elsewhere_are_left_to_a_refresh(app, api, monkeypatch,
                                                                 tmp_path):
    client = api("admin")
    _get_all(client)
    store = app.state.store
    monkeypatch.setattr("ktxh.web.app.REQUEST_MOST", 1)
    # two later reports of the same date: the last one's GRDP per head is chosen
    assert ingest_paths(store, [write_report(tmp_path, n, v)
                                for n, v in (("93", "61,2"), ("94", "61,7"))]).ok
    _get_all(client)
    with store.session() as s:
        assert kept.behind(s)  # nothing written
        s.info[kept.MOST] = 1  # a request's session: the board from every figure
        behind = M.target_board(s)
        s.rollback()
    assert ("94/BC-UBND", "2023", 61.7) in _per_head(behind)
    assert kept.refresh_store(store)  # as `ktxh ingest` does after its batch
    with store.session() as s:
        assert not kept.behind(s)
        assert M.target_board(s) == behind  # from the kept figures now


def test_serve_serves_at_once_or_brings_the_kept_results_up_to_date_first(tmp_path,
                                                                         monkeypatch):
    url = fresh_url(tmp_path)
    store = open_store(url)
    assert ingest_paths(store, [SAMPLES / "bao-cao-quy-1-2024.md"]).ok
    kept.refresh_store(store)
    before = _signature(store)
    monkeypatch.setattr(kept, "signature", lambda: "other rules")  # a deploy
    served = []
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: served.append(_signature(store)))
    monkeypatch.setattr(Refresher, "start", lambda self: None)  # no background work here
    r = CliRunner().invoke(cli, ["serve", "--db", url])
    assert r.exit_code == 0, r.output
    assert "bringing" not in r.output and served == [before]  # served at once
    r = CliRunner().invoke(cli, ["serve", "--db", url, "--no-refresher"])
    assert r.exit_code == 0, r.output
    assert "bringing" in r.output and "documents checked: 0/1" in r.output
    assert served == [before, "other rules"]  # without a refresher: before serving
    again = CliRunner().invoke(cli, ["serve", "--db", url, "--no-refresher"])
    assert "bringing" not in again.output  # nothing to do
    with store.session() as s:
        assert not kept.behind(s)
        assert s.scalars(select(MonitorState.value)).all()
    store.close()


def test_a_busy_store_at_the_start_is_served_as_kept(tmp_path, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from ktxh.web.app import create_app

    url = fresh_url(tmp_path)
    store = open_store(url)
    assert ingest_paths(store, [SAMPLES / "bao-cao-quy-1-2024.md"]).ok  # not refreshed
    store.close()

    def locked(*args, **kwargs):  # another process holds SQLite's write lock
        raise OperationalError("UPDATE monitor_state", {}, Exception("database is locked"))

    monkeypatch.setattr("ktxh.web.app.refresh_store", locked)
    told: list[str] = []
    app = create_app(url, "s", progress=told.append)
    assert "database is locked" in told[-1]
    with app.state.store.session() as s:
        assert kept.behind(s)
    app.state.store.close()
