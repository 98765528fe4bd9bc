"""The findings and conflicts kept in the store equal those computed from
scratch after every kind of change: ingests, new versions, corrections,
deletions, a version restored, new rules; and only what changed is computed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, update

from ktxh.monitor import kept
from ktxh.monitor import rows as R
from ktxh.monitor import store_checks as S
from ktxh.monitor.doc_checks import check_stored, sort_findings
from ktxh.monitor.point_counts import point_counts
from ktxh.monitor.store_conflicts import conflict_groups
from ktxh.store import ingest_paths, open_store
from ktxh.store.corrections import add_correction
from ktxh.store.kept_tables import ConflictGroup, DocumentCheck
from ktxh.store.tables import (
    Document,
    Figure,
    Project,
    ProjectMention,
    Reference,
    SearchEntry,
    Target,
    Task,
)
from tests.monitor.conftest import date_plan_grdp_to_2023
from tests.support.database import doc_id, fresh_url

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
REPORT = SAMPLES / "bao-cao-quy-1-2024.md"


def from_scratch(s) -> tuple[list[dict], dict[int, list[dict]]]:
    """Every current document checked and every conflict computed now: the
    store-wide list, and each document's findings (any version)."""
    ids = list(s.scalars(select(Document.id).order_by(Document.id)))
    checked = {i: check_stored(s, s.get(Document, i)) for i in ids}
    current = set(s.scalars(R.current_ids()))
    linked = R.series_points(s, R.current_documents(s), quotes=False)
    groups = [f for _, _, f in sorted(conflict_groups(s, linked), key=lambda g: g[0])]
    everything = sort_findings([f for i in ids if i in current for f in checked[i]]) + groups
    per_doc = {i: sort_findings(checked[i] + ([g for g in groups if i in g["document_ids"]]
                                              if i in current else [])) for i in ids}
    return everything, per_doc


def same_as_scratch(store) -> list[dict]:
    with store.transaction() as s:
        kept.refresh(s)
    with store.session() as s:
        everything, per_doc = from_scratch(s)
        assert S.all_findings(s) == everything
        assert S.cross_document_findings(s) == [f for f in everything
                                               if f["code"] == "cross_document_conflict"]
        for i, expected in per_doc.items():
            assert S.document_findings(s, i) == expected, i
        assert kept.point_counts(s) == point_counts(s)
        assert not kept.refresh(s)  # nothing left to do
        return everything


class Counted:
    """Documents checked and figure rows read while the kept results are updated."""

    def __init__(self, monkeypatch, figures_read: list[int]) -> None:
        self.checked: list[int] = []
        self.read = figures_read  # filled by the fixture of that name

        def check(session, row):
            self.checked.append(row.id)
            return check_stored(session, row)

        monkeypatch.setattr(kept, "check_stored", check)

    def refresh(self, store) -> None:
        self.checked.clear()
        self.read.clear()
        with store.transaction() as s:
            kept.refresh(s)


def write_report(folder: Path, number: str, value: str) -> Path:
    """A copy of the sample report with another number and GRDP per head."""
    copy = folder / f"bao-cao-{number}.md"
    copy.write_text(REPORT.read_text(encoding="utf-8")
                    .replace("56,3 triệu đồng", f"{value} triệu đồng")
                    .replace("92/BC-UBND", f"{number}/BC-UBND"), encoding="utf-8")
    return copy


def grdp(findings: list[dict]) -> list[str]:
    return [f["message"] for f in findings if "grdp_per_capita" in f["message"]]


def delete_document(store, number: str) -> None:
    """Remove a current document and its facts (as a person may in SQL); an
    older version of its file becomes current again."""
    with store.transaction() as s:
        i = doc_id(s, number)
        s.execute(update(Reference).where(Reference.cited_document_id == i)
                  .values(cited_document_id=None))
        s.execute(update(Document).where(Document.superseded_by_id == i)
                  .values(superseded_by_id=None))
        for model in (SearchEntry, Figure, Target, Task, Reference):
            s.execute(delete(model).where(model.document_id == i))
        s.execute(delete(ProjectMention).where(ProjectMention.document_id == i))
        s.execute(delete(Document).where(Document.id == i))
        used = select(ProjectMention.project_id)
        s.execute(delete(Project).where(Project.id.not_in(used)))


def test_kept_results_follow_every_change(tmp_path, monkeypatch, figures_read):
    counted = Counted(monkeypatch, figures_read)
    store = open_store(fresh_url(tmp_path))
    samples = sorted(p for p in SAMPLES.glob("*.md") if p.name != "README.md")
    assert ingest_paths(store, samples[:3]).ok
    counted.refresh(store)
    assert len(counted.checked) == 3
    same_as_scratch(store)

    assert ingest_paths(store, samples[3:]).ok  # more documents: only they are checked
    counted.refresh(store)
    assert sorted(counted.checked) == sorted(set(counted.checked))
    assert len(counted.checked) == len(samples) - 3
    assert grdp(same_as_scratch(store)) == []

    # a conflicting report, then a new version of it: its figures' groups only
    for value in ("58,9", "60,1"):
        assert ingest_paths(store, [write_report(tmp_path, "97", value)]).ok
        counted.refresh(store)
        with store.session() as s:
            stored = s.scalar(select(func.count(Figure.id)))
            newest = s.scalar(select(func.max(Document.id)))
        assert counted.checked == [newest]
        assert counted.read and max(counted.read) < stored / 2, (counted.read, stored)
        assert [f"97/BC-UBND nêu {value}" in m for m in grdp(same_as_scratch(store))] == [True]

    # a corrected figure: the documents holding it (by id or anchor) only
    with store.transaction() as s:
        plan = date_plan_grdp_to_2023(s)
    counted.refresh(store)
    assert counted.checked == [plan]
    assert any("52/KH-UBND nêu 45,1" in m for m in grdp(same_as_scratch(store)))

    with store.transaction() as s:  # a document's own fields: its date checks change
        first = s.scalars(select(Document.id).order_by(Document.id)).first()
        before = S.document_findings(s, first)
        add_correction(s, "document", first, "date", "2020-01-01", "test")
        add_correction(s, "document", first, "place", "Cao Bằng", "test")
    counted.refresh(store)
    assert counted.checked == [first]
    same_as_scratch(store)
    with store.session() as s:
        assert S.document_findings(s, first) != before

    delete_document(store, "97/BC-UBND")  # its first version is current again
    counted.refresh(store)
    assert counted.checked == []  # the older version was checked when it came
    assert [("97/BC-UBND nêu 58,9" in m) for m in grdp(same_as_scratch(store))] == [True]
    with store.session() as s:
        assert s.scalar(select(func.count(DocumentCheck.document_id))) == s.scalar(
            select(func.count(Document.id)))

    with store.session() as s:
        newest = s.scalar(select(func.max(Document.id)))
    with store.transaction() as s:  # the newest deleted, another ingested: SQLite reuses its id
        number = s.get(Document, newest).number
    delete_document(store, number)
    assert ingest_paths(store, [write_report(tmp_path, "99", "61,5")]).ok
    counted.refresh(store)
    with store.session() as s:
        assert counted.checked == [s.scalar(select(func.max(Document.id)))]
    assert any("99/BC-UBND nêu 61,5" in m for m in grdp(same_as_scratch(store)))

    monkeypatch.setattr(kept, "signature", lambda: "other rules")  # a new version of the rules
    counted.refresh(store)
    with store.session() as s:
        assert len(counted.checked) == s.scalar(select(func.count(Document.id)))
    same_as_scratch(store)
    store.close()


def test_many_changed_documents_compute_every_group(tmp_path, monkeypatch):
    monkeypatch.setattr(kept, "MAX_CHANGED", 2)
    store = open_store(fresh_url(tmp_path))
    samples = sorted(p for p in SAMPLES.glob("*.md") if p.name != "README.md")
    assert ingest_paths(store, samples[:2]).ok
    same_as_scratch(store)
    assert ingest_paths(store, [*samples[2:], write_report(tmp_path, "97", "58,9")]).ok
    assert grdp(same_as_scratch(store))
    store.close()


def test_a_store_of_no_documents_keeps_nothing(tmp_path):
    store = open_store(fresh_url(tmp_path))
    with store.transaction() as s:
        assert kept.refresh(s)  # the state is written once
    with store.session() as s:
        assert not kept.refresh(s)
        assert S.all_findings(s) == []
        assert s.scalar(select(func.count(ConflictGroup.id))) == 0
    store.close()


@pytest.mark.parametrize("rollback", [True, False])
def test_a_read_that_is_not_committed_is_computed_again(tmp_path, rollback):
    store = open_store(fresh_url(tmp_path))
    assert ingest_paths(store, [REPORT, write_report(tmp_path, "97", "58,9")]).ok
    with store.session() as s:
        first = S.all_findings(s)
        if rollback:
            s.rollback()
        else:
            s.commit()
    with store.session() as s:
        assert kept.refresh(s) is rollback
        assert S.all_findings(s) == first
    store.close()
