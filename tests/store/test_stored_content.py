"""What ingest stores, row for row: pinned for controlled records, and checked
against the live extractors' records for the samples.

The pinned dump (``expected/stored.json``) was written by the ORM writer
before the bulk writer replaced it; regenerate it only for a deliberate change
of what is stored: ``KTXH_UPDATE_SNAPSHOT=1 pytest tests/store/test_stored_content.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import select

from ktxh.extract import records as rec
from ktxh.extract.references import reference_key
from ktxh.store import ingest_file, ingest_paths, open_store
from ktxh.store.tables import Document, Figure, ProjectMention, Reference, SearchEntry, Target, Task
from ktxh.text.model import Doc
from ktxh.text.normalize import strip_marks
from tests.store.conftest import FAKES, PLAN, REPORT, fresh_url, span_of
from tests.store.snapshot import canonical, dump, fts_matches_entries

EXPECTED = Path(__file__).parent / "expected" / "stored.json"
SAMPLES = sorted(p for p in (Path(__file__).parents[2] / "samples").glob("*.md")
                 if p.name != "README.md")

# Invented notice in the genre: cites the report, names its project another
# way, mentions one project twice, repeats a figure, and has an overlong lead.
NOTICE = """ỦY BAN NHÂN DÂN
**TỈNH CAO BẰNG**

Số: 40/TB-UBND

Cao Bằng, ngày 2 tháng 5 năm 2024

**THÔNG BÁO**

**Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Xây dựng**

Sau khi nghe Báo cáo số 15/BC-UBND ngày 10/4/2024, Chủ tịch UBND tỉnh kết luận như sau.

Dự án đường tránh thành phố Cao Bằng tỉnh Cao Bằng đã giải ngân 120 tỷ đồng.

Khu công nghiệp Đề Thám đã lấp đầy 35% diện tích.

Khu công nghiệp Đề Thám tỉnh Cao Bằng thu hút 3 dự án.

Khu công nghiệp Đề Thám đã lấp đầy 35% diện tích.

Giao Sở Xây dựng chủ trì hoàn thiện hồ sơ, báo cáo trước ngày 15/6/2024.
"""


def notice_extraction(doc: Doc) -> rec.Extraction:
    q_ref = "Báo cáo số 15/BC-UBND ngày 10/4/2024"
    q_road = "Dự án đường tránh thành phố Cao Bằng tỉnh Cao Bằng đã giải ngân 120 tỷ đồng"
    q_park = "Khu công nghiệp Đề Thám đã lấp đầy 35% diện tích"
    q_park2 = "Khu công nghiệp Đề Thám tỉnh Cao Bằng thu hút 3 dự án"
    q_task = "Giao Sở Xây dựng chủ trì hoàn thiện hồ sơ, báo cáo trước ngày 15/6/2024"
    s_park = span_of(doc, q_park)
    second = doc.text.index(q_park, s_park.end)
    s_park_b = type(s_park)(second, second + len(q_park))
    road = rec.Figure("giải ngân", 120, "tỷ đồng", "level", span_of(doc, q_road), q_road,
                      period="2024", base_value=120e9, base_unit="đồng")
    filled = rec.Figure("tỷ lệ lấp đầy", 35, "%", "level", s_park, q_park, period="2024")
    filled_b = rec.Figure("tỷ lệ lấp đầy", 35, "%", "level", s_park_b, q_park, period="2024")
    return rec.Extraction(
        document=rec.DocumentMeta(number="40/TB-UBND", symbol="TB-UBND", type="thong_bao",
                                  place="Cao Bằng", date="2024-05-02",
                                  recipients=("Sở Xây dựng",),
                                  distribution=("Như trên", "Lưu: VT")),
        references=(rec.Reference("15/BC-UBND", "bao_cao", reference_key("15/BC-UBND"),
                                  None, "2024-04-10", q_ref, span_of(doc, q_ref)),),
        figures=(filled, filled_b),
        tasks=(rec.Task("assignment", "Sở Xây dựng " + "và các cơ quan liên quan " * 30,
                        "hoàn thiện hồ sơ", span_of(doc, q_task), q_task,
                        deadline="2024-06-15", deadline_text="trước ngày 15/6/2024"),),
        projects=(
            rec.Project("dự án đường tránh thành phố Cao Bằng tỉnh Cao Bằng",
                        "duong tranh tp cao bang tinh", span_of(doc, q_road), q_road,
                        figures=(road,)),
            rec.Project("Khu công nghiệp Đề Thám", "kcn de tham", s_park, q_park,
                        figures=(filled,)),
            rec.Project("khu công nghiệp Đề Thám tỉnh Cao Bằng", "kcn de tham tinh cao bang",
                        span_of(doc, q_park2), q_park2),
            rec.Project("Khu công nghiệp Đề Thám", "kcn de tham", s_park_b, q_park,
                        form="PPP"),
        ),
    )


def _scenario(store, write) -> None:
    """Ingest, link, version, repeat and restore: every path of the writer."""
    report = write("bc.md", REPORT)
    ingest_file(store, report)
    ingest_file(store, write("kh.md", PLAN))
    ingest_file(store, write("tb.md", NOTICE))
    report.write_text(REPORT + "\nSố liệu trên là số liệu sơ bộ.\n", encoding="utf-8")
    assert ingest_file(store, report).version == 2
    assert ingest_file(store, write("copy.md", REPORT)).status == "unchanged"
    report.write_text(REPORT, encoding="utf-8")
    assert ingest_file(store, report).reason == "restored version 1"


def test_stored_rows_are_those_pinned(store, fake, write, monkeypatch):
    monkeypatch.setitem(FAKES, "40/TB-UBND", notice_extraction)
    _scenario(store, write)
    root = str(write("x.md", "").parent.resolve())
    got = json.loads(json.dumps(dump(store, root), ensure_ascii=False))
    if os.environ.get("KTXH_UPDATE_SNAPSHOT"):
        EXPECTED.parent.mkdir(exist_ok=True)
        EXPECTED.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n",
                            encoding="utf-8")
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    for table in expected:
        assert got[table] == expected[table], table
    assert got.keys() == expected.keys()
    assert fts_matches_entries(store)


def _figure_values(r: rec.Figure | rec.Target) -> dict:
    vs = r.value_span
    return {"indicator": r.indicator, "value": r.value, "value_max": r.value_max,
            "unit": r.unit or "", "kind": r.kind, "period": r.period,
            "value_start": vs.start if vs else None, "value_end": vs.end if vs else None,
            "base_value": r.base_value, "base_unit": r.base_unit, "quote": r.quote,
            "start": r.span.start, "end": r.span.end}


def test_samples_are_stored_as_extracted(store):
    from ktxh.extract.pipeline import extract
    from ktxh.text.readers import read

    summary = ingest_paths(store, SAMPLES)
    assert len(summary.ingested) == len(SAMPLES)
    with store.session() as s:
        for result, path in zip(summary.results, SAMPLES, strict=True):
            doc_id = result.document_id
            doc = read(path)
            ex = extract(doc)
            row = s.get(Document, doc_id)
            assert (row.text, row.number, row.type, row.date) == (
                doc.text, ex.document.number, ex.document.type, ex.document.date)

            def rows(model, doc_id=doc_id):
                return list(s.scalars(select(model).where(model.document_id == doc_id)
                                      .order_by(model.id)))

            figures = rows(Figure)
            assert len(figures) >= len(ex.figures)  # and project figures not among them
            for f, r in zip(ex.figures, figures, strict=False):
                got = {k: getattr(r, k) for k in _figure_values(f)}
                assert got == _figure_values(f)
                assert (r.base, r.estimate, r.place) == (f.base, f.estimate, f.place)
            assert [_figure_values(t) for t in ex.targets] == [
                {k: getattr(r, k) for k in _figure_values(t)}
                for t, r in zip(ex.targets, rows(Target), strict=True)]
            assert [(t.lead, t.action, list(t.support), t.deadline, t.quote)
                    for t in ex.tasks] == [(r.lead, r.action, r.support, r.deadline, r.quote)
                                           for r in rows(Task)]
            assert [(r.key, r.quote) for r in ex.references] == [
                (r.key, r.quote) for r in rows(Reference)]
            assert [p.quote for p in ex.projects] == [m.quote for m in rows(ProjectMention)]
            # each passage is the stripped text at its span; facts point at their row
            stripped = strip_marks(doc.text)
            entries = rows(SearchEntry)
            models = {"reference": Reference, "figure": Figure, "target": Target,
                      "task": Task, "project_mention": ProjectMention}
            for e in entries:
                assert e.stripped == stripped[e.start : e.end]
                if e.entity_type != "text":
                    fact = s.get(models[e.entity_type], e.entity_id)
                    assert (fact.document_id, fact.start, fact.end) == (doc_id, e.start, e.end)
            facts = {(e.entity_type, e.entity_id) for e in entries if e.entity_id}
            assert len(facts) == sum(1 for e in entries if e.entity_id)


def test_worker_processes_store_the_same_rows(tmp_path):
    dumps = []
    for jobs in (1, 2):
        (tmp_path / str(jobs)).mkdir()
        store = open_store(fresh_url(tmp_path / str(jobs)))  # PostgreSQL: emptied again
        ingest_paths(store, SAMPLES, jobs=jobs)
        dumps.append(canonical(dump(store)))
        assert fts_matches_entries(store)
        store.close()
    assert dumps[0] == dumps[1]
