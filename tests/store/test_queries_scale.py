"""List queries page, filter and sort in SQL, honour corrections, and never
read the documents' text (rows inserted directly: no extraction)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select

from ktxh.store.corrections import add_correction
from ktxh.store.queries import (
    add_counts,
    count_documents,
    count_figures,
    count_tasks,
    document_facets,
    list_documents,
    list_figures,
    list_tasks,
)
from ktxh.store.tables import Document, Figure, Task
from tests.support.database import sqlite_plan

NOW = dt.datetime(2024, 7, 1, tzinfo=dt.UTC)
# (number, type, date, period); ids follow this order
DOCS = [
    ("1/BC-UBND", "bao_cao", "2024-04-10", "2024-Q1"),
    ("2/KH-UBND", "ke_hoach", "2024-01-12", "2024"),
    ("3/BC-UBND", "bao_cao", "2024-07-05", "2024-Q2"),
    ("4/TB-VPUBND", "thong_bao", None, None),
    ("5/BC-UBND", "bao_cao", "2023-10-02", "2023-Q3"),
]
# (document number, lead, deadline, due date)
TASKS = [
    ("1/BC-UBND", "Sở Tài chính", "2024-06-30", dt.date(2024, 6, 30)),
    ("1/BC-UBND", "Sở Xây dựng", "2024-Q3", dt.date(2024, 9, 30)),
    ("2/KH-UBND", "Sở Y tế", "2024-03", dt.date(2024, 3, 31)),
    ("3/BC-UBND", "Sở Công Thương", None, None),
    ("5/BC-UBND", "Sở Nội vụ", "2023-12-31", dt.date(2023, 12, 31)),
]
# (document number, indicator, value, period)
FIGURES = [
    ("1/BC-UBND", "tỷ lệ hộ nghèo", 9.8, "2024-Q1"),
    ("3/BC-UBND", "tỷ lệ hộ nghèo", 9.5, "2024-Q2"),
    ("5/BC-UBND", "tỷ lệ hộ nghèo", 10.4, "2023-Q3"),
    ("1/BC-UBND", "thu ngân sách", 2380, "2024-Q1"),
    ("2/KH-UBND", "tỷ lệ_hộ%nghèo", 1, "2024"),
]


@pytest.fixture
def ids(store):
    span = {"quote": "…", "start": 0, "end": 1}
    with store.transaction() as s:
        docs = {}
        for i, (number, type_, date, period) in enumerate(DOCS):
            d = Document(sha256=f"{i:064d}", source_path=f"/d/{i}.md", lineage=f"/d/{i}.md",
                         filename=f"{i}.md", format="md", number=number, type=type_,
                         date=date, period=period, text="Ủy ban nhân dân " * 500,
                         ingested_at=NOW, anchor=f"doc{i}")
            s.add(d)
            s.flush()
            docs[number] = d.id
        for i, (number, lead, deadline, due) in enumerate(TASKS):
            s.add(Task(document_id=docs[number], kind="assignment", lead=lead, action="làm",
                       deadline=deadline, due_date=due, anchor=f"t{i}", **span))
        for i, (number, name, value, period) in enumerate(FIGURES):
            s.add(Figure(document_id=docs[number], indicator=name, value=value, unit="",
                         kind="level", period=period, anchor=f"f{i}", **span))
    return docs


DOC_PAGES = [
    # (filters, limit, offset, numbers, total)
    ({}, None, 0, ["3/BC-UBND", "1/BC-UBND", "2/KH-UBND", "5/BC-UBND", "4/TB-VPUBND"], 5),
    ({}, 2, 0, ["3/BC-UBND", "1/BC-UBND"], 5),
    ({}, 2, 2, ["2/KH-UBND", "5/BC-UBND"], 5),
    ({}, 2, 4, ["4/TB-VPUBND"], 5),
    ({"type": "bao_cao"}, 2, 1, ["1/BC-UBND", "5/BC-UBND"], 3),
    ({"period": "2024"}, None, 0, ["3/BC-UBND", "1/BC-UBND", "2/KH-UBND"], 3),
    ({"period": "2024-Q"}, 1, 0, ["3/BC-UBND"], 2),
    ({"period": "%"}, None, 0, [], 0),  # a LIKE wildcard is a plain character
]


@pytest.mark.parametrize(("filters", "limit", "offset", "numbers", "total"), DOC_PAGES)
def test_document_pages(store, ids, filters, limit, offset, numbers, total):
    with store.session() as s:
        rows = list_documents(s, limit=limit, offset=offset, **filters)
        assert [r["number"] for r in rows] == numbers
        assert count_documents(s, **filters) == total


def test_document_list_never_reads_the_text(store, ids):
    seen: list[str] = []

    def log(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", log)
    try:
        with store.session() as s:
            list_documents(s, limit=3)
    finally:
        event.remove(store.engine, "before_cursor_execute", log)
    assert seen
    assert not any("documents.text" in q or "documents.raw" in q for q in seen)


CORRECTED = [
    # (field, new value, filters, numbers listed) after correcting 5/BC-UBND
    ("type", "ke_hoach", {"type": "ke_hoach"}, ["2/KH-UBND", "5/BC-UBND"]),
    ("type", "ke_hoach", {"type": "bao_cao"}, ["3/BC-UBND", "1/BC-UBND"]),
    ("period", "2024-Q4", {"period": "2024-Q"}, ["3/BC-UBND", "1/BC-UBND", "5/BC-UBND"]),
    ("date", "2025-01-01", {}, ["5/BC-UBND", "3/BC-UBND", "1/BC-UBND", "2/KH-UBND",
                                "4/TB-VPUBND"]),
]


@pytest.mark.parametrize(("field", "value", "filters", "numbers"), CORRECTED)
def test_document_filters_see_corrected_values(store, ids, field, value, filters, numbers):
    with store.transaction() as s:
        add_correction(s, "document", ids["5/BC-UBND"], field, value, author="kiểm tra")
    with store.session() as s:
        assert [r["number"] for r in list_documents(s, **filters)] == numbers
        assert count_documents(s, **filters) == len(numbers)


TASK_PAGES = [
    # (filters, limit, offset, leads, total)
    ({}, 2, 0, None, 5),  # first two in due order (dialect's NULL placement aside)
    ({"date_from": "2024-01-01"}, None, 0, ["Sở Y tế", "Sở Tài chính", "Sở Xây dựng"], 3),
    ({"date_from": "2024-01-01"}, 1, 1, ["Sở Tài chính"], 3),
    ({"date_to": "2024-06"}, None, 0, ["Sở Nội vụ", "Sở Y tế", "Sở Tài chính"], 3),
    ({"agency": "so xay dung"}, 5, 0, ["Sở Xây dựng"], 1),
    ({"status": "overdue"}, 2, 0, ["Sở Nội vụ", "Sở Y tế"], 3),
    ({"status": "overdue"}, 2, 2, ["Sở Tài chính"], 3),
]


@pytest.mark.parametrize(("filters", "limit", "offset", "leads", "total"), TASK_PAGES)
def test_task_pages(store, ids, filters, limit, offset, leads, total):
    today = dt.date(2024, 7, 15)
    with store.session() as s:
        rows = list_tasks(s, today=today, limit=limit, offset=offset, **filters)
        everything = list_tasks(s, today=today, **filters)
        assert count_tasks(s, today=today, **filters) == total == len(everything)
    assert rows == everything[offset:None if limit is None else offset + limit]
    if leads is not None:
        assert [r["lead"] for r in rows] == leads


def test_task_date_filter_sees_a_corrected_deadline(store, ids):
    with store.session() as s:
        task_id = list_tasks(s, agency="Sở Nội vụ")[0]["id"]
    with store.transaction() as s:
        add_correction(s, "task", task_id, "deadline", "2024-08-31", author="kiểm tra")
    with store.session() as s:
        rows = list_tasks(s, date_from="2024-07-01")
        assert [r["lead"] for r in rows] == ["Sở Nội vụ", "Sở Xây dựng"]
        assert count_tasks(s, date_from="2024-07-01") == 2
        assert [r["lead"] for r in list_tasks(s, date_to="2023-12-31")] == []


FIGURE_PAGES = [
    # (filters, limit, offset, values, total)
    ({"indicator": "tỷ lệ hộ nghèo"}, None, 0, [10.4, 9.8, 9.5], 3),
    ({"indicator": "tỷ lệ hộ nghèo"}, 2, 1, [9.8, 9.5], 3),
    ({"indicator": "tỷ lệ hộ nghèo", "period": "2024"}, None, 0, [9.8, 9.5], 2),
    ({"indicator": "tỷ lệ_hộ%nghèo"}, None, 0, [1], 1),
    ({"period": "2024-Q1"}, None, 0, [9.8, 2380], 2),
    ({"indicator": "không có"}, None, 0, [], 0),
    ({"indicator": ["tỷ lệ hộ nghèo", "thu ngân sách"]}, None, 0, [10.4, 9.8, 2380, 9.5], 4),
    ({"indicator": ["thu ngân sách", "không có"]}, 1, 0, [2380], 1),
    ({"indicator": []}, None, 0, [], 0),  # a list of no names: no figure
]


@pytest.mark.parametrize(("filters", "limit", "offset", "values", "total"), FIGURE_PAGES)
def test_figure_pages(store, ids, filters, limit, offset, values, total):
    with store.session() as s:
        rows = list_figures(s, limit=limit, offset=offset, **filters)
        assert [r["value"] for r in rows] == values
        assert count_figures(s, **filters) == total
    assert all(r["document"]["number"] for r in rows)


def test_figure_filter_sees_a_corrected_indicator(store, ids):
    with store.session() as s:
        fig = list_figures(s, indicator="thu ngân sách")[0]
    with store.transaction() as s:
        add_correction(s, "figure", fig["id"], "indicator", "tỷ lệ hộ nghèo", author="x")
    with store.session() as s:
        rows = list_figures(s, indicator="tỷ lệ hộ nghèo")
        assert [r["value"] for r in rows] == [10.4, 9.8, 2380, 9.5]
        assert list_figures(s, indicator="thu ngân sách") == []


def test_agency_filter_sees_a_corrected_lead(store, ids):
    with store.session() as s:
        task_id = list_tasks(s, agency="so y te")[0]["id"]
    with store.transaction() as s:
        add_correction(s, "task", task_id, "lead", "Sở Nội vụ", author="kiểm tra")
    with store.session() as s:
        rows = list_tasks(s, agency="sở nội vụ", limit=10)
        assert [r["id"] for r in rows][-1] == task_id and len(rows) == 2
        assert count_tasks(s, agency="so noi vu") == 2
        assert list_tasks(s, agency="so y te") == []


AGENCIES = [
    # (agency asked, leads of the tasks listed)
    ("tai nguyen va moi truong", ["Sở Xây dựng"]),  # a supporting body
    ("SỞ TÀI CHÍNH", ["Sở Tài chính"]),  # case and marks ignored
    ("Tài chính", ["Sở Tài chính"]),  # part of a name
    ("STNMT", ["Sở Y tế"]),  # the lead's register code
    ("so_tai%", []),  # LIKE wildcards are plain characters
]


@pytest.mark.parametrize(("agency", "leads"), AGENCIES)
def test_agency_filter_reads_stored_stripped_names(store, ids, agency, leads):
    with store.transaction() as s:
        # inserted as a plain row: the stripped copies come from the model's defaults
        s.add(Task(document_id=ids["3/BC-UBND"], kind="assignment", lead="Sở Xây dựng",
                   support=["Sở Tài nguyên và Môi trường"], action="làm", quote="…", start=0,
                   end=1, anchor="t-support"))
        y_te = s.scalars(select(Task).where(Task.lead == "Sở Y tế")).one()
        y_te.lead_code = "STNMT"
    with store.session() as s:
        assert [r["lead"] for r in list_tasks(s, agency=agency)] == leads
        assert count_tasks(s, agency=agency) == len(leads)


def test_figures_of_an_indicator_come_in_index_order(store, ids):
    # figures(indicator, period, id): no sort of all the indicator's figures
    if store.engine.dialect.name != "sqlite":
        pytest.skip("SQLite plan")
    def run() -> None:
        with store.session() as s:
            list_figures(s, indicator="tỷ lệ hộ nghèo", limit=2)

    plan = sqlite_plan(store.engine, run, lambda statement: "FROM figures" in statement)
    assert "ix_figures_indicator_period_id" in plan
    assert "TEMP B-TREE" not in plan


def test_document_facets_and_pages_without_counts(store, ids):
    with store.transaction() as s:
        add_correction(s, "document", ids["4/TB-VPUBND"], "period", "2025", author="kiểm tra")
    with store.session() as s:
        assert document_facets(s) == (["bao_cao", "ke_hoach", "thong_bao"],
                                      ["2025", "2024-Q2", "2024-Q1", "2024", "2023-Q3"])
        bare = list_documents(s, limit=2, counts=False)
        assert "counts" not in bare[0]
        assert add_counts(s, bare) == list_documents(s, limit=2)
