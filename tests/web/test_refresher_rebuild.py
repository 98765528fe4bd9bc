"""New rules on a served store (:mod:`ktxh.monitor.kept_rebuild`): the app
serves at once, its refresher computes every kept result again in batches
(progress told), and the dashboard says the data is being updated until it
is done."""

from __future__ import annotations

import threading

from ktxh.monitor import kept, kept_rebuild
from ktxh.monitor import register as M
from ktxh.web import board
from ktxh.web.app import create_app
from tests.support.database import copy_url
from tests.web.test_refresher import UPDATING, WAIT, _caught_up, _client


def test_the_app_serves_while_its_refresher_recomputes_in_batches(seeded, tmp_path, tokens,
                                                                  monkeypatch):
    monkeypatch.setattr(kept_rebuild, "DOCUMENTS_AT_ONCE", 2)
    monkeypatch.setattr(kept_rebuild, "CODES_AT_ONCE", 2)
    monkeypatch.setattr(kept, "signature", lambda: "other rules")  # a deploy
    steps: list[str] = []  # the threads that computed conflicts again
    paused, go_on = threading.Event(), threading.Event()
    regroup, behind = kept_rebuild._regroup, kept.behind

    def counted(session, codes):  # type: ignore[no-untyped-def]
        steps.append(threading.current_thread().name)
        return regroup(session, codes)

    def between(session):  # type: ignore[no-untyped-def]
        # between two steps (nothing written yet in this transaction), half-way
        if len(steps) == 2 and not paused.is_set():
            paused.set()
            assert go_on.wait(WAIT)
        return behind(session)

    monkeypatch.setattr(kept_rebuild, "_regroup", counted)
    monkeypatch.setattr(kept, "behind", between)
    told: list[str] = []
    app = create_app(copy_url(seeded[0], tmp_path), "test-secret", upload_dir=tmp_path / "up",
                     refresh_every=3600, progress=told.append)
    try:
        assert paused.wait(WAIT)  # served before the recompute ended
        client = _client(app, tokens)
        page = client.get("/")
        assert page.status_code == 200 and UPDATING in page.text
        with app.state.store.session() as s:
            assert kept.rebuilding(s)["phase"] == "groups" and kept.behind(s)
        go_on.set()
        _caught_up(app)
        assert len(steps) > 2 and set(steps) == {"ktxh-refresher"}
        assert any(t.startswith("documents checked again") for t in told)
        assert "kept results computed again for the new rules" in told
        page = client.get("/")
        assert page.status_code == 200 and UPDATING not in page.text
        with app.state.store.session() as s:
            assert kept.stored_signature(s) == "other rules" and not kept.behind(s)
            assert kept.rebuilding(s) is None
            assert board.target_board(s) == M.target_board(s, from_scratch=True)
    finally:
        go_on.set()
        app.state.refresher.stop()
        app.state.store.close()
