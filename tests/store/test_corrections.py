"""Human corrections: applied on read, never lost to a re-ingest."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from ktxh.store import NotFound, corrections, ingest_file
from ktxh.store.corrections import add_correction, history
from ktxh.store.queries import get_document, list_documents, list_tasks
from ktxh.store.tables import Correction, Document, Task
from tests.store.conftest import REPORT

TODAY = dt.date(2024, 5, 1)


def first_task(session, doc_id):
    return session.scalars(
        select(Task).where(Task.document_id == doc_id, Task.kind == "assignment")
    ).one()


def test_correction_overrides_the_extracted_value_on_read(store, fake, write):
    doc_id = ingest_file(store, write("bc.md", REPORT)).document_id
    with store.transaction() as s:
        task = first_task(s, doc_id)
        c = add_correction(s, "task", task.id, "lead", "Sở Xây dựng", "chuyên viên A")
        assert c.old_value == "Sở Tài chính"
    with store.session() as s:
        [row] = [t for t in list_tasks(s, document_id=doc_id, today=TODAY)
                 if t["kind"] == "assignment"]
        assert row["lead"] == "Sở Xây dựng"
        assert row["corrected"] == {"lead": "Sở Tài chính"}
        # the extracted value itself is untouched
        assert first_task(s, doc_id).lead == "Sở Tài chính"


def test_corrections_survive_reingest_of_same_and_changed_file(store, fake, write):
    path = write("bc.md", REPORT)
    v1 = ingest_file(store, path).document_id
    with store.transaction() as s:
        add_correction(s, "task", first_task(s, v1).id, "deadline", "2024-07-31", "A")
        add_correction(s, "document", v1, "title", "Báo cáo quý I (đã sửa)", "A")
    assert ingest_file(store, path).status == "unchanged"
    path.write_text(REPORT + "\nSố liệu trên là số liệu sơ bộ.\n", encoding="utf-8")
    v2 = ingest_file(store, path).document_id
    assert v2 != v1
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Correction)) == 2
        tasks = list_tasks(s, document_id=v2, today=TODAY)
        [task] = [t for t in tasks if t["kind"] == "assignment"]
        assert (task["deadline"], task["due_date"]) == ("2024-07-31", "2024-07-31")
        assert get_document(s, v2)["title"] == "Báo cáo quý I (đã sửa)"
        assert [d["title"] for d in list_documents(s)] == ["Báo cáo quý I (đã sửa)"]
        assert len(history(s, "task", first_task(s, v2).id)) == 1


def test_latest_correction_wins_and_status_can_be_set_by_hand(store, fake, write):
    doc_id = ingest_file(store, write("bc.md", REPORT)).document_id
    with store.transaction() as s:
        tid = first_task(s, doc_id).id
        add_correction(s, "task", tid, "status", "done", "A")
        second = add_correction(s, "task", tid, "lead", "Sở Nội vụ", "A")
        third = add_correction(s, "task", tid, "lead", "Sở Y tế", "B", note="đúng theo văn bản")
        assert (second.old_value, third.old_value) == ("Sở Tài chính", "Sở Nội vụ")
    with store.session() as s:
        row = next(t for t in list_tasks(s, today=TODAY) if t["id"] == tid)
        assert (row["lead"], row["status"]) == ("Sở Y tế", "done")


BAD = [
    # (entity, id, field, error)
    ("task", 999, "lead", NotFound),
    ("unicorn", 1, "lead", ValueError),
    ("task", None, "anchor", ValueError),
    ("document", None, "text", ValueError),
]


@pytest.mark.parametrize(("entity", "row_id", "field", "error"), BAD)
def test_bad_corrections_are_refused(store, fake, write, entity, row_id, field, error):
    doc_id = ingest_file(store, write("bc.md", REPORT)).document_id
    with store.session() as s:
        if row_id is None:
            row_id = doc_id if entity == "document" else first_task(s, doc_id).id
        with pytest.raises(error):
            add_correction(s, entity, row_id, field, "x", "A")
        assert s.get(Document, doc_id) is not None


@pytest.mark.parametrize(("many", "rows"), [(0, 40_000), (10**9, 1_000)])
def test_corrections_apply_to_a_whole_table_of_rows(store, fake, write, monkeypatch, many,
                                                    rows):
    # past MANY rows corrections are read by type: an IN list of every row would
    # pass the drivers' limits (SQLite 32766 bound values, PostgreSQL 65535)
    monkeypatch.setattr("ktxh.store.corrections.MANY", many)
    doc_id = ingest_file(store, write("bc.md", REPORT)).document_id
    with store.transaction() as s:
        task = first_task(s, doc_id)
        add_correction(s, "task", task.id, "lead", "Sở Xây dựng", "chuyên viên A")
        row = corrections.row_dict(task)
    others = [{"id": 10**6 + i, "anchor": f"khác-{i}", "lead": "Sở Y tế"} for i in range(rows)]
    with store.session() as s:
        rows = corrections.apply(s, "task", [*others, row])
    assert rows[-1]["lead"] == "Sở Xây dựng"
    assert all(r["lead"] == "Sở Y tế" and "corrected" not in r for r in rows[:-1])
