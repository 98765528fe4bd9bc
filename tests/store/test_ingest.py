"""Ingest: rows with spans, idempotence, versions, atomicity, bad input."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from ktxh.store import ingest_file, ingest_paths
from ktxh.store.anchors import document_key
from ktxh.store.tables import (
    Base,
    Document,
    Figure,
    Project,
    ProjectMention,
    Reference,
    SearchEntry,
    Target,
    Task,
)
from ktxh.text.model import Span
from tests.store.conftest import PLAN, REPORT
from tests.support.database import fresh_url


def counts(store) -> dict[str, int]:
    with store.session() as s:
        return {
            t.__tablename__: s.scalar(select(func.count()).select_from(t))
            for t in (Document, Reference, Figure, Target, Task, Project, ProjectMention,
                      SearchEntry)
        }


def test_ingest_writes_every_fact_with_its_span(store, fake, write):
    result = ingest_file(store, write("bc.md", REPORT))
    assert result.status == "ingested", result.reason
    assert result.counts == {"references": 1, "figures": 3, "targets": 0, "tasks": 2,
                             "projects": 1}
    with store.session() as s:
        doc = s.get(Document, result.document_id)
        assert (doc.number, doc.type, doc.ref_key, doc.version) == (
            "15/BC-UBND", "bao_cao", document_key("15/BC-UBND"), 1)
        for model in (Reference, Figure, Task, ProjectMention):
            for row in s.scalars(select(model)):
                assert doc.text[row.start : row.end] == row.quote
        task = s.scalars(select(Task).where(Task.kind == "assignment")).one()
        assert task.support == ["Sở Kế hoạch và Đầu tư"]
        assert task.due_date.isoformat() == "2024-06-30"
        # the project's figure is stored once, tied to its mention
        progress = s.scalars(select(Figure).where(Figure.kind == "progress")).one()
        mention = s.scalars(select(ProjectMention)).one()
        assert progress.project_mention_id == mention.id
        assert s.scalar(select(Project.name)) == "đường tránh thành phố Cao Bằng"


def test_reingest_identical_content_is_a_no_op(store, fake, write):
    path = write("bc.md", REPORT)
    first = ingest_file(store, path)
    before = counts(store)
    again = ingest_file(store, path)
    copy = ingest_file(store, write("copy-elsewhere.md", REPORT))
    assert (again.status, again.document_id) == ("unchanged", first.document_id)
    assert (copy.status, copy.document_id) == ("unchanged", first.document_id)
    assert counts(store) == before


def test_changed_file_at_same_path_is_a_new_version(store, fake, write):
    path = write("bc.md", REPORT)
    v1 = ingest_file(store, path)
    path.write_text(REPORT + "\nSố liệu trên là số liệu sơ bộ.\n", encoding="utf-8")
    v2 = ingest_file(store, path)
    assert (v2.status, v2.version) == ("ingested", 2)
    with store.session() as s:
        old = s.get(Document, v1.document_id)
        assert old.superseded_by_id == v2.document_id
        # the old version and its facts are kept
        assert s.scalar(select(func.count()).where(Task.document_id == old.id)) == 2
        # one project row, mentioned by both versions
        assert s.scalar(select(func.count()).select_from(Project)) == 1


def test_failure_during_extraction_leaves_nothing(store, write, monkeypatch):
    def broken(doc, skip=()):
        raise RuntimeError("step blew up")

    monkeypatch.setattr("ktxh.store.ingest.extract", broken)
    result = ingest_file(store, write("bc.md", REPORT))
    assert result.status == "failed"
    assert "step blew up" in result.reason
    assert not any(counts(store).values())


def test_failure_in_the_middle_of_writing_rolls_everything_back(store, fake, write, monkeypatch):
    # the document, its facts and projects are inserted before the search entries fail
    from ktxh.store import bulk

    real = bulk.insert_rows

    def broken(session, table, columns, rows):
        if table == "search_entries":
            raise RuntimeError("disk on fire")
        real(session, table, columns, rows)

    monkeypatch.setattr("ktxh.store.bulk.insert_rows", broken)
    result = ingest_file(store, write("bc.md", REPORT))
    assert result.status == "failed"
    assert "disk on fire" in result.reason
    assert not any(counts(store).values())
    monkeypatch.undo()


PDF_SCANNED_HEADER = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"

BAD_INPUT = [
    # (file name, content, words expected in the reason)
    ("empty.md", b"", "empty"),
    ("blank.txt", b"  \n\n  ", "empty"),
    ("image.txt", bytes(range(256)) * 4, ""),
    ("table.xlsx", b"PK\x03\x04 spreadsheet", "unsupported"),
    ("noext", b"some text", "unsupported"),
    ("broken.docx", b"PK\x03\x04\xff\xfe\x00\x00 not a zip at all", ""),
    ("broken.pdf", PDF_SCANNED_HEADER + b"\xff\xfe\x00 truncated", ""),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD_INPUT)
def test_bad_input_fails_with_a_reason_and_stores_nothing(store, write, name, content, reason):
    result = ingest_file(store, write(name, content))
    assert result.status == "failed"
    assert reason in result.reason.lower()
    assert result.reason
    assert not any(counts(store).values())


def test_scanned_pdf_without_text_fails(store, write, tmp_path):
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    path = tmp_path / "docs" / "scan.pdf"
    path.parent.mkdir(exist_ok=True)
    c = canvas.Canvas(str(path))
    c.rect(50, 50, 400, 600, fill=1)  # an image-like page, no text layer
    c.showPage()
    c.save()
    result = ingest_file(store, path)
    assert result.status == "failed"
    assert not any(counts(store).values())


def test_file_over_the_size_limit_is_refused(store, write):
    result = ingest_file(store, write("big.md", REPORT), max_bytes=100)
    assert result.status == "failed"
    assert "too large" in result.reason


def test_batch_goes_on_past_failures(store, fake, write):
    folder = write("bc.md", REPORT).parent
    write("kh.md", PLAN)
    write("empty.txt", b"")
    write("notes.xlsx", b"PK")  # not picked up from a folder
    seen = []
    summary = ingest_paths(store, [folder, folder / "missing.md"],
                           progress=lambda r, done, total: seen.append((done, total)))
    assert sorted(r.status for r in summary.results) == ["failed", "failed", "ingested",
                                                         "ingested"]
    assert {r.path.rsplit("/", 1)[-1] for r in summary.failed} == {"empty.txt", "missing.md"}
    assert not summary.ok
    assert seen[-1] == (4, 4)


def test_parallel_jobs_ingest_with_the_live_extractors(store, write):
    folder = write("bc.md", REPORT).parent
    write("kh.md", PLAN)
    write("empty.md", b"")
    summary = ingest_paths(store, [folder], jobs=2)
    assert len(summary.ingested) == 2
    assert len(summary.failed) == 1
    again = ingest_paths(store, [folder], jobs=2)
    assert len(again.unchanged) == 2


def test_models_cover_every_table():
    assert {"documents", "references", "figures", "targets", "tasks", "projects",
            "project_mentions", "corrections", "search_entries"} <= set(Base.metadata.tables)


def test_folder_walk_skips_lock_and_hidden_files(write):
    from ktxh.store.ingest import iter_files

    folder = write("a.md", "x").parent
    for name in ("~$a.docx", ".b.md", "c.DOCX", "sub/d.pdf", "e.xlsx", "f.txt"):
        write(name, "x")
    assert [f.name for f in iter_files([folder, folder / "a.md"])] == [
        "a.md", "c.DOCX", "f.txt", "d.pdf"]


def test_public_ingest_verb_uses_settings(tmp_path, write, monkeypatch):
    from ktxh.ingest import ingest

    folder = write("kh.md", PLAN).parent
    write("bc.md", REPORT)
    monkeypatch.setenv("KTXH_MAX_FILE_MB", str(len(PLAN.encode()) / 1024 / 1024 + 0.0001))
    summary = ingest([folder], url=fresh_url(tmp_path))
    # the report is larger than the plan: over the limit from the environment
    assert [r.path.rsplit("/", 1)[-1] for r in summary.ingested] == ["kh.md"]
    assert "too large" in summary.failed[0].reason


def test_docx_and_pdf_go_in_and_are_searchable(store, tmp_path):
    docx = pytest.importorskip("docx")
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    folder = tmp_path / "office"
    folder.mkdir()
    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG")
    d.add_paragraph("Giao Sở Công Thương chủ trì kiểm tra chợ biên giới Thanh Thủy.")
    d.save(folder / "cong-van.docx")
    c = canvas.Canvas(str(folder / "bao-cao.pdf"))
    c.drawString(72, 720, "Bao cao tinh hinh xay dung cau Bach Dich quy II")
    c.showPage()
    c.save()
    summary = ingest_paths(store, [folder])
    assert len(summary.ingested) == 2, [r.reason for r in summary.failed]
    from ktxh.store.search import search

    with store.session() as s:
        assert {h.filename for h in search(s, "thanh thuy")} == {"cong-van.docx"}
        assert {h.filename for h in search(s, "bach dich")} == {"bao-cao.pdf"}


def test_file_changed_back_restores_its_earlier_version(store, fake, write):
    path = write("kh.md", PLAN)
    v1 = ingest_file(store, path)
    path.write_text(PLAN + "\nNơi nhận: như trên.\n", encoding="utf-8")
    v2 = ingest_file(store, path)
    path.write_text(PLAN, encoding="utf-8")
    back = ingest_file(store, path)
    assert (back.status, back.document_id, back.reason) == (
        "ingested", v1.document_id, "restored version 1")
    with store.session() as s:
        current = s.scalars(select(Document.id).where(Document.superseded_by_id.is_(None)))
        assert list(current) == [v1.document_id]
        assert s.get(Document, v2.document_id).superseded_by_id == v1.document_id
    assert ingest_file(store, path).status == "unchanged"


def test_overlong_values_are_clipped_to_their_columns(store, write, monkeypatch):
    from ktxh.extract import records as rec

    def odd(doc, skip=()):
        span = Span(0, 5)
        return rec.Extraction(
            document=rec.DocumentMeta(number="1/" + "X" * 300, date="2024-01-01T00:00",
                                      period="2021/2025 và các năm tiếp theo"),
            figures=(rec.Figure("chỉ tiêu " * 100, 1.0, "đơn vị " * 20, "level", span,
                                doc.text[:5]),),
            projects=(rec.Project("dự án " * 200, "du an " * 200, span, doc.text[:5]),),
        )

    monkeypatch.setattr("ktxh.store.ingest.extract", odd)
    result = ingest_file(store, write("kh.md", PLAN))
    assert result.status == "ingested", result.reason
    with store.session() as s:
        doc = s.get(Document, result.document_id)
        assert (len(doc.number), doc.date, len(doc.period)) == (128, "2024-01-0…", 16)
        fig = s.scalars(select(Figure)).one()
        assert (len(fig.indicator), len(fig.unit)) == (512, 64)
        assert len(s.scalars(select(Project)).one().key) == 512
