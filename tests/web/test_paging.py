"""Long lists come a page at a time (SQL pages and counts), and the
whole-store boards are computed once per version of the store."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from ktxh.store.corrections import add_correction
from ktxh.store.tables import Task
from ktxh.web import board

DOC_QUERIES = [
    # API filters over the sample documents
    {},
    {"type": "bao_cao"},
    {"q": "bao cao"},
    {"q": "quy i"},
]


@pytest.mark.parametrize("params", DOC_QUERIES)
def test_document_api_pages_add_up_to_the_whole_list(api, params):
    client = api("viewer")
    whole = client.get("/api/v1/documents", params={**params, "limit": 1000}).json()
    assert whole["total"] == len(whole["items"]) > 0
    pages = [client.get("/api/v1/documents", params={**params, "limit": 1, "offset": i}).json()
             for i in range(whole["total"] + 1)]
    assert all(p["total"] == whole["total"] for p in pages)
    assert [i for p in pages for i in p["items"]] == whole["items"]
    assert all("counts" in d for d in whole["items"])


LINKS = re.compile(r'href="([^"]+)">Trang (trước|sau)')


@pytest.mark.parametrize(("path", "size"), [("/van-ban", "PAGE"), ("/nhiem-vu", "TASK_PAGE")])
def test_pages_link_to_the_next_page(as_user, monkeypatch, path, size):
    module = "ktxh.web.pages_docs" if path == "/van-ban" else "ktxh.web.pages_main"
    monkeypatch.setattr(f"{module}.{size}", 2)
    client = as_user("viewer")
    first = client.get(path)
    links = dict((kind, href.replace("&amp;", "&")) for href, kind in LINKS.findall(first.text))
    assert "trước" not in links and links["sau"] == f"{path}?offset=2"
    second = client.get(links["sau"])
    assert second.status_code == 200
    assert dict((k, h) for h, k in LINKS.findall(second.text))["trước"] == path
    rows = re.compile(rf'<a href="{path}/(\d+)">')
    assert len(rows.findall(first.text)) == len(rows.findall(second.text)) == 2
    assert not set(rows.findall(first.text)) & set(rows.findall(second.text))


def test_boards_are_computed_once_per_store_version(app):
    with app.state.store.session() as s:
        tasks = board.task_register(s)
        assert board.task_register(s) is tasks  # the same store: the kept result
        assert board.task_register(s, agency="so tai chinh") is not tasks
        task_id = s.scalars(select(Task.id).order_by(Task.id)).first()
    with app.state.store.transaction() as s:
        add_correction(s, "task", task_id, "lead", "Sở Nội vụ", "kiểm tra")
    with app.state.store.session() as s:
        again = board.task_register(s)
        assert again is not tasks  # a correction made a new version
        assert next(t for t in again if t["id"] == task_id)["lead"] == "Sở Nội vụ"


def test_a_failing_service_fails_and_nothing_is_kept(app, monkeypatch):
    """No stand-in result hides a failing monitor service, and none is cached."""
    from ktxh.monitor import register

    def broken(*args, **kwargs):
        raise RuntimeError("monitor down")

    monkeypatch.setattr(register, "project_board", broken)
    with app.state.store.session() as s:
        with pytest.raises(RuntimeError):
            board.project_board(s)
        monkeypatch.undo()
        assert board.project_board(s)  # computed now, not a kept failure


def test_document_pages_take_their_conflicts_from_the_kept_list(app, monkeypatch):
    from ktxh.monitor import store_checks
    from ktxh.store.tables import Document

    with app.state.store.session() as s:
        ids = list(s.scalars(select(Document.id).order_by(Document.id)))
        board._CACHE.clear()
        computed = {i: board.document_findings(s, i) for i in ids}  # nothing kept: computed
        board.all_findings(s)

        def not_again(*args, **kwargs):
            raise AssertionError("conflicts computed again")

        monkeypatch.setattr(store_checks, "document_conflicts", not_again)
        assert {i: board.document_findings(s, i) for i in ids} == computed


def test_the_dashboard_sums_the_tasks_once_per_store_version(app, as_user, monkeypatch):
    from ktxh.monitor import register, task_states

    walks: list[int] = []
    summary = task_states.task_summary

    def counted(session):
        walks.append(1)
        return summary(session)

    def no_register(*args, **kwargs):
        raise AssertionError("the dashboard walked the task register")

    monkeypatch.setattr(task_states, "task_summary", counted)
    monkeypatch.setattr(register, "task_register", no_register)
    board._CACHE.clear()
    client = as_user("viewer")
    first = client.get("/")
    assert first.status_code == 200 and client.get("/").text == first.text
    assert len(walks) == 1
    with app.state.store.transaction() as s:
        task_id = s.scalars(select(Task.id).order_by(Task.id)).first()
        add_correction(s, "task", task_id, "lead", "Sở Y tế", "kiểm tra")
    assert client.get("/").status_code == 200 and len(walks) == 2
