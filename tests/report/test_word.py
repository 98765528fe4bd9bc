"""Word reports from the sample store, checked against Nghị định 30/2020 layout."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from sqlalchemy.orm import Session

from ktxh.report import admin_format as A
from ktxh.report import indicator_appendix_docx, task_report_docx
from ktxh.report.indicator_table import indicator_lines
from ktxh.report.selection import EmptySelection, select_tasks
from ktxh.report.word import cite
from tests.report.conftest import AS_OF, PERIOD


def _open(data: bytes):
    return docx.Document(io.BytesIO(data))


def _texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


def _mm(length) -> float:
    return round(length / Mm(1), 1)


@pytest.fixture()
def task_doc(session: Session):
    return _open(task_report_docx(session, "2024-Q2", as_of=AS_OF))


def test_page_setup_and_fonts(task_doc) -> None:
    sec = task_doc.sections[0]
    assert (_mm(sec.page_width), _mm(sec.page_height)) == (210, 297)
    assert 20 <= _mm(sec.top_margin) <= 25 and 20 <= _mm(sec.bottom_margin) <= 25
    assert 30 <= _mm(sec.left_margin) <= 35 and 15 <= _mm(sec.right_margin) <= 20
    normal = task_doc.styles["Normal"].font
    assert normal.name == "Times New Roman" and normal.size in (Pt(13), Pt(14))
    # page numbers in the top margin, not on the first page
    assert sec.different_first_page_header_footer
    assert "PAGE" in sec.header.paragraphs[0]._p.xml
    fonts = {r.font.name for p in task_doc.paragraphs for r in p.runs}
    assert fonts <= {"Times New Roman", None}


def test_header_block(task_doc) -> None:
    head = task_doc.tables[0]
    left, right = (c.text for c in head.rows[0].cells)
    assert left.splitlines()[:2] == ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"]
    assert "Số:" in left and "/BC-UBND" in left
    lines = right.splitlines()
    assert lines[0] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert lines[1] == "Độc lập - Tự do - Hạnh phúc"
    assert lines[-1] == "Lạng Sơn, ngày 30 tháng 6 năm 2024"
    cell = head.rows[0].cells[1]
    qh = cell.paragraphs[0].runs[0]
    assert qh.bold and qh.font.size == Pt(A.QUOC_HIEU_SIZE)
    date_run = next(p for p in cell.paragraphs if p.text.startswith("Lạng Sơn")).runs[0]
    assert date_run.italic
    issuer = head.rows[0].cells[0].paragraphs[1].runs[0]
    assert issuer.bold and issuer.text == "TỈNH LẠNG SƠN"
    assert "w:tblBorders" in head._tbl.xml and 'w:val="nil"' in head._tbl.xml
    # a rule under the issuer and one under the tiêu ngữ
    assert all("w:pBdr" in c._tc.xml for c in head.rows[0].cells)


def test_title_and_body(task_doc) -> None:
    paras = task_doc.paragraphs
    kind = next(p for p in paras if p.text == "BÁO CÁO")
    assert kind.alignment == WD_ALIGN_PARAGRAPH.CENTER and kind.runs[0].bold
    title = paras[paras.index(kind) + 1]
    assert title.text.startswith("Tình hình thực hiện nhiệm vụ được giao")
    body = next(p for p in paras if p.text.startswith("Tổng số nhiệm vụ"))
    assert body.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert body.paragraph_format.first_line_indent is not None


def test_counts_and_citations_match_register(session: Session, task_doc) -> None:
    tasks = select_tasks(session, "2024-Q2", None, AS_OF)
    text = "\n".join(_texts(task_doc))
    overdue = sum(t["status"] == "chua_hoan_thanh_qua_han" for t in tasks)
    assert f"Tổng số nhiệm vụ trong kỳ quý II năm 2024 (tính đến ngày 30/06/2024): " \
           f"{len(tasks)} nhiệm vụ" in text
    assert f"chưa hoàn thành, quá hạn {overdue} nhiệm vụ" in text
    for t in tasks:
        assert t["action"][1:] in text
        assert cite(t["document"]) in text
    assert "Thông báo số 45/TB-VPUBND ngày 22/01/2024" in text


def test_recipients_and_signature(task_doc) -> None:
    closing = task_doc.tables[-1]
    left, right = closing.rows[0].cells
    head = left.paragraphs[0].runs[0]
    assert head.text == "Nơi nhận:" and head.bold and head.italic
    assert head.font.size == Pt(12)
    items = [p for p in left.paragraphs[1:] if p.text]
    assert all(p.runs[0].font.size == Pt(11) for p in items)
    assert items[-1].text == "- Lưu: VT." and all(p.text.endswith(";") for p in items[:-1])
    sign = [p.text for p in right.paragraphs if p.text]
    assert sign[:3] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert sign[-1] == "Đoàn Thu Hà"


def test_task_report_empty_selection(session: Session) -> None:
    with pytest.raises(EmptySelection, match="Không có nhiệm vụ nào của Sở Ngoại vụ"):
        task_report_docx(session, "2024-Q2", "Sở Ngoại vụ", AS_OF)


def test_indicator_appendix(session: Session) -> None:
    doc = _open(indicator_appendix_docx(session, PERIOD))
    sec = doc.sections[0]
    assert sec.orientation == WD_ORIENT.LANDSCAPE
    assert _mm(sec.page_width) == 297
    texts = _texts(doc)
    assert "PHỤ LỤC" in texts and "QUÝ I NĂM 2024" in texts
    table = doc.tables[1]
    lines = indicator_lines(session, PERIOD)
    sections = len({ln.section for ln in lines})
    assert len(table.rows) == 1 + len(lines) + sections
    assert [c.text for c in table.rows[0].cells][:3] == ["STT", "Chỉ tiêu", "Đơn vị tính"]
    assert "w:tblHeader" in table.rows[0]._tr.xml  # repeated on every page
    rows = {r.cells[1].text: [c.text for c in r.cells] for r in table.rows[1:]}
    retail = rows["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (ước)"]
    assert retail[2:7] == ["tỷ đồng", "30.042,4", "7.090", "23,6", "+10,4"]
    assert any(t.startswith("- Tổng mức bán lẻ") and "92/BC-UBND" in t for t in texts)
