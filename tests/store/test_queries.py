"""Listing what the store holds: documents, tasks, projects; task status."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from ktxh.store import NotFound, ingest_file
from ktxh.store.corrections import add_correction
from ktxh.store.queries import (
    count_documents,
    get_document,
    list_documents,
    list_projects,
    list_tasks,
)
from ktxh.store.status import due_date, simple_status
from ktxh.store.tables import Document
from tests.store.conftest import PLAN, REPORT

D = dt.date

DUE = [
    # (deadline as extracted, last day it allows)
    ("2024-06-30", D(2024, 6, 30)),
    ("2024-02", D(2024, 2, 29)),
    ("2023-02", D(2023, 2, 28)),
    ("2024", D(2024, 12, 31)),
    ("2024-Q3", D(2024, 9, 30)),
    ("2024-H1", D(2024, 6, 30)),
    ("2024-02-30", None),
    ("soon", None),
    (None, None),
]


@pytest.mark.parametrize(("deadline", "expected"), DUE)
def test_due_date(deadline, expected):
    assert due_date(deadline) == expected


STATUS = [
    # (due date, recurring, set by hand, today, status)
    (D(2024, 6, 30), False, None, D(2024, 5, 1), "open"),
    (D(2024, 6, 30), False, None, D(2024, 6, 25), "due_soon"),
    (D(2024, 6, 30), False, None, D(2024, 6, 30), "due_soon"),
    (D(2024, 6, 30), False, None, D(2024, 7, 1), "overdue"),
    (D(2024, 6, 30), False, "done", D(2024, 7, 1), "done"),
    (None, False, None, D(2024, 7, 1), "open"),
    (D(2024, 6, 30), True, None, D(2024, 7, 1), "open"),
]


@pytest.mark.parametrize(("due", "recurring", "override", "today", "expected"), STATUS)
def test_simple_status(due, recurring, override, today, expected):
    task = {"due_date": due, "recurring": recurring, "status_override": override}
    assert simple_status(task, today) == expected


@pytest.fixture
def ids(store, fake, write):
    return {
        "bc": ingest_file(store, write("bc.md", REPORT)).document_id,
        "kh": ingest_file(store, write("kh.md", PLAN)).document_id,
    }


DOC_FILTERS = [
    # (filters, numbers listed)
    ({}, ["15/BC-UBND", "7/KH-UBND"]),
    ({"type": "ke_hoach"}, ["7/KH-UBND"]),
    ({"period": "2024-Q1"}, ["15/BC-UBND"]),
    ({"period": "2024"}, ["15/BC-UBND", "7/KH-UBND"]),
    ({"type": "nghi_quyet"}, []),
    # words of the number, title or file name, without diacritics or case
    ({"words": "tinh hinh kinh te"}, ["15/BC-UBND"]),
    ({"words": "Phát TRIỂN"}, ["7/KH-UBND"]),
    ({"words": "kinh te 2024"}, ["15/BC-UBND", "7/KH-UBND"]),
    ({"words": "kh.md"}, ["7/KH-UBND"]),
    ({"words": "15/bc"}, ["15/BC-UBND"]),
    ({"words": "tinh hinh", "type": "ke_hoach"}, []),
    ({"words": "100%"}, []),  # LIKE wildcards are escaped
]


@pytest.mark.parametrize(("filters", "numbers"), DOC_FILTERS)
def test_list_documents(store, ids, filters, numbers):
    with store.session() as s:
        rows = list_documents(s, **filters)
        total = count_documents(s, **filters)
    assert [r["number"] for r in rows] == numbers
    assert total == len(numbers)
    for r in rows:
        assert set(r["counts"]) == {"references", "figures", "targets", "tasks", "projects"}


def test_documents_store_their_search_key(store, ids):
    with store.session() as s:
        keys = dict(s.execute(select(Document.id, Document.search_key)).tuples().all())
    assert keys[ids["bc"]] == "15/bc-ubnd tinh hinh kinh te - xa hoi quy i nam 2024 bc.md"


def test_document_words_match_corrected_values(store, ids):
    with store.session() as s:
        add_correction(s, "document", ids["kh"], "title", "Chương trình hành động", "test")
        add_correction(s, "document", ids["bc"], "number", "16/BC-UBND", "test")
        assert [r["id"] for r in list_documents(s, words="chuong trinh")] == [ids["kh"]]
        assert list_documents(s, words="phat trien") == []
        assert [r["number"] for r in list_documents(s, words="16/bc")] == ["16/BC-UBND"]
        assert count_documents(s, words="15/bc") == 0
        s.rollback()


TODAY = D(2024, 6, 27)
TASK_FILTERS = [
    # (filters, leads listed)
    ({}, ["Sở Tài chính", "Ủy ban nhân dân các huyện", "Bộ Giao thông vận tải"]),
    ({"agency": "so tai chinh"}, ["Sở Tài chính"]),
    ({"agency": "Sở Kế hoạch và Đầu tư"}, ["Sở Tài chính"]),  # as a supporting body
    ({"agency": "STC"}, ["Sở Tài chính"]),  # register code
    ({"agency": "bo giao thong"}, ["Bộ Giao thông vận tải"]),
    ({"status": "due_soon"}, ["Sở Tài chính"]),
    ({"status": "open"}, ["Ủy ban nhân dân các huyện", "Bộ Giao thông vận tải"]),
    ({"status": "overdue"}, []),
    ({"date_from": "2024-07-01"}, ["Ủy ban nhân dân các huyện"]),
    ({"date_to": "2024-06"}, ["Sở Tài chính"]),
    ({"date_from": D(2024, 1, 1), "date_to": D(2024, 12, 31)},
     ["Sở Tài chính", "Ủy ban nhân dân các huyện"]),
    # a period as a bound: "from" its first day, "to" its last
    ({"date_from": "2024"}, ["Sở Tài chính", "Ủy ban nhân dân các huyện"]),
    ({"date_from": "2024-Q3", "date_to": "2024-Q3"}, ["Ủy ban nhân dân các huyện"]),
]


@pytest.mark.parametrize(("filters", "leads"), TASK_FILTERS)
def test_list_tasks(store, ids, filters, leads):
    with store.session() as s:
        rows = list_tasks(s, today=TODAY, **filters)
    assert sorted(r["lead"] for r in rows) == sorted(leads)


def test_list_tasks_of_one_document_and_custom_status(store, ids):
    with store.session() as s:
        rows = list_tasks(s, document_id=ids["kh"], status_fn=lambda t, today: "x")
    assert [(r["lead"], r["status"], r["document"]["number"]) for r in rows] == [
        ("Ủy ban nhân dân các huyện", "x", "7/KH-UBND")
    ]


PROJECT_FILTERS = [
    # (filters, names listed)
    ({}, ["đường tránh thành phố Cao Bằng"]),
    ({"name": "duong tranh"}, ["đường tránh thành phố Cao Bằng"]),
    ({"name": "hồ chứa"}, []),
    ({"form": "bt"}, ["đường tránh thành phố Cao Bằng"]),
    ({"form": "PPP"}, []),
    ({"place": "Hòa An"}, []),
    # reported on in 15/BC-UBND, dated 2024-04-10
    ({"date_from": "2024-04", "date_to": "2024-04"}, ["đường tránh thành phố Cao Bằng"]),
    ({"date_from": D(2024, 4, 11)}, []),
    ({"date_to": "2023"}, []),
]


@pytest.mark.parametrize(("filters", "names"), PROJECT_FILTERS)
def test_list_projects(store, ids, filters, names):
    with store.session() as s:
        rows = list_projects(s, **filters)
    assert [p["name"] for p in rows] == names
    for p in rows:
        assert p["forms"] == ["BT"]
        assert [(f["value"], f["value_max"], f["unit"]) for f in p["figures"]] == [
            (12.5, 40, "ha")
        ]
        assert p["mentions"][0]["document"]["number"] == "15/BC-UBND"


def test_get_document(store, ids):
    with store.session() as s:
        d = get_document(s, ids["bc"])
        assert d["counts"] == {"references": 1, "figures": 3, "targets": 0, "tasks": 2,
                               "projects": 1}
        assert [v["version"] for v in d["versions"]] == [1]
        assert "text" not in d
        assert get_document(s, ids["bc"], with_text=True)["text"].startswith("ỦY BAN")
        with pytest.raises(NotFound):
            get_document(s, 12345)
