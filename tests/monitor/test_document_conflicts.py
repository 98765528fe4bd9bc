"""Cross-document conflicts over the store: one finding per group, and a
document's own conflicts computed from its own indicators and periods; the
monitor's rows read with Core selects equal the ORM rows they replace."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from ktxh.monitor import rows as R
from ktxh.monitor import store_checks as S
from ktxh.store import corrections, ingest_paths, open_store
from ktxh.store.corrections import add_correction
from ktxh.store.tables import Document, Figure, Reference, Target, Task
from tests.monitor.conftest import date_plan_grdp_to_2023
from tests.support.database import doc_id, fresh_url

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
REPORT = SAMPLES / "bao-cao-quy-1-2024.md"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("conflicts")
    s = open_store(fresh_url(folder))
    paths = sorted(p for p in SAMPLES.glob("*.md") if p.name != "README.md")
    text = REPORT.read_text(encoding="utf-8")
    for number, value in (("97", "58,9"), ("98", "60,1")):
        copy = folder / f"bao-cao-{number}.md"
        copy.write_text(text.replace("56,3 triệu đồng", f"{value} triệu đồng")
                        .replace("92/BC-UBND", f"{number}/BC-UBND"), encoding="utf-8")
        paths.append(copy)
    assert ingest_paths(s, paths).ok
    yield s
    s.close()


def conflicts(findings: list[dict]) -> list[dict]:
    return [f for f in findings if f["code"] == "cross_document_conflict"]


def test_three_reports_disagreeing_make_one_finding(session):
    found = [f for f in conflicts(S.cross_document_findings(session))
             if "grdp_per_capita" in f["message"]]
    [f] = found
    assert "92/BC-UBND nêu 56,3 triệu đồng; 97/BC-UBND nêu 58,9 triệu đồng; 98/BC-UBND nêu " \
           "60,1 triệu đồng" in f["message"]
    assert f["document_ids"] == sorted(doc_id(session, f"{n}/BC-UBND") for n in (92, 97, 98))
    assert [s["quote"] for s in f["spans"]] and all("triệu đồng" in s["quote"]
                                                     for s in f["spans"])


def test_a_documents_conflicts_are_the_store_wide_ones_naming_it(session):
    everything = conflicts(S.cross_document_findings(session))
    assert everything
    for (i,) in session.execute(select(Document.id)):
        mine = conflicts(S.document_findings(session, i))
        assert mine == [f for f in everything if i in f["document_ids"]], i


def test_a_document_reads_only_figures_of_its_indicators_and_periods(session, figures_read):
    read = figures_read
    found = S.document_conflicts(session, doc_id(session, "97/BC-UBND"))
    assert any("58,9" in f["message"] for f in found)
    stored = session.scalar(select(func.count(Figure.id)))
    # its own figures, then those of its indicators and periods: never the whole store
    assert read and max(read) < stored / 2, (read, stored)


def test_a_corrected_figure_is_judged_on_its_corrected_period(session):
    """The plan's 2020 GRDP per head, corrected to an actual of 2023, conflicts
    with the reports: SQL narrowed by period must still read the corrected row."""
    plan = date_plan_grdp_to_2023(session)
    [f] = [f for f in conflicts(S.document_findings(session, doc_id(session, "92/BC-UBND")))
           if "grdp_per_capita" in f["message"]]
    assert "52/KH-UBND nêu 45,1 triệu đồng" in f["message"] and plan in f["document_ids"]
    assert conflicts(S.document_findings(session, plan)) == [
        g for g in conflicts(S.cross_document_findings(session)) if plan in g["document_ids"]]


@pytest.mark.parametrize(("entity", "model"), [("figure", Figure), ("target", Target),
                                               ("task", Task), ("reference", Reference)])
def test_core_rows_equal_the_orm_rows(session, entity, model):
    fig = session.scalars(select(Figure).order_by(Figure.id).limit(1)).one()
    add_correction(session, "figure", fig.id, "value", 1.5, "test")
    docs = R.current_documents(session)
    orm = [corrections.row_dict(r) for r in session.scalars(
        select(model).where(model.document_id.in_(list(docs)))
        .order_by(model.document_id, model.start, model.id))]
    expected = corrections.apply(session, entity, orm)
    assert R.fact_rows(session, entity, model, docs) == expected
    assert R.fact_rows(session, entity, model, None) == expected
