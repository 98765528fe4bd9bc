import io
from pathlib import Path

import pytest

from ktxh.text.errors import ReadError
from ktxh.text.model import BlockKind
from ktxh.text.readers import read
from tests.text.docx_factory import add_footnotes, footnote_reference
from tests.text.legacy import to_vni
from tests.text.pdf_factory import empty_pdf, font_name, make_pdf, text_width


def _docx_bytes() -> bytes:
    from docx import Document

    d = Document()
    d.add_paragraph().add_run("BÁO CÁO").bold = True
    d.add_paragraph().add_run("I. KẾT QUẢ THỰC HIỆN").bold = True
    d.add_paragraph("Lĩnh vực kinh tế", style="List Number")
    p = d.add_paragraph("Tổng vốn đầu tư đạt 2.587")
    p.add_run("3").font.superscript = True  # a typed mark: never "2.5873"
    p.add_run(" tỷ đồng, tăng 4% so với cùng kỳ")
    footnote_reference(p, 1)
    p.add_run("; đất đắp 120 m")
    p.add_run("3").font.superscript = True  # an exponent
    p.add_run(".")
    t = d.add_table(rows=2, cols=3)
    for i, row in enumerate([("Chỉ tiêu", "Đơn vị", "Kết quả"), ("Lúa xuân", "ha", "5.290")]):
        for j, value in enumerate(row):
            t.cell(i, j).text = value
    d.add_paragraph("Giao Sở Tài chính chủ trì thực hiện.")
    buf = io.BytesIO()
    d.save(buf)
    return add_footnotes(buf.getvalue(), {1: "Trong đó vốn ngân sách tỉnh 1.200 tỷ đồng."})


def test_docx(tmp_path):
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(_docx_bytes())
    doc = read(path)
    assert doc.format == "docx"
    lines = doc.text.split("\n")
    assert lines == [
        "BÁO CÁO",
        "I. KẾT QUẢ THỰC HIỆN",
        "1. Lĩnh vực kinh tế",
        "Tổng vốn đầu tư đạt 2.587 tỷ đồng, tăng 4% so với cùng kỳ; đất đắp 120 m3.",
        "Chỉ tiêu | Đơn vị | Kết quả",
        "Lúa xuân | ha | 5.290",
        "Giao Sở Tài chính chủ trì thực hiện.",
        "Trong đó vốn ngân sách tỉnh 1.200 tỷ đồng.",
    ]
    kinds = [b.kind for b in doc.blocks]
    assert kinds[:3] == [BlockKind.HEADING] * 3
    assert [doc.blocks[i].label for i in (1, 2)] == ["I", "1"]
    assert doc.blocks[2].parent == 1
    row = doc.blocks[5]
    assert row.kind is BlockKind.TABLE_ROW
    assert [doc.slice(c) for c in row.cells] == ["Lúa xuân", "ha", "5.290"]
    (note,) = doc.footnotes
    assert doc.blocks[note.block].kind is BlockKind.FOOTNOTE
    assert doc.text[: note.ref].endswith("so với cùng kỳ")


def test_pdf_superscript_mark_after_a_number(tmp_path):
    number = "Tổng vốn đầu tư đạt 2.587"
    end = 90 + text_width(number, 13)
    page1 = [
        (70, 780, "I. KẾT QUẢ THỰC HIỆN", 13),
        (90, 750, number, 13),
        (end + 0.5, 750, "3", 8, 5),  # smaller, raised: a footnote mark
        (end + 6, 750, "tỷ đồng, tăng 4% so với cùng kỳ; tiến độ giải", 13),
        (70, 100, "3", 7, 4),
        (76, 100, "Trong đó vốn ngân sách tỉnh 1.200 tỷ đồng.", 10),
        (290, 40, "1", 10),  # page number
    ]
    page2 = [(70, 780, "phóng mặt bằng đạt 80% kế hoạch.", 13), (290, 40, "2", 10)]
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(make_pdf([page1, page2]))
    doc = read(path)
    assert doc.format == "pdf"
    assert doc.text.split("\n") == [
        "I. KẾT QUẢ THỰC HIỆN",
        "Tổng vốn đầu tư đạt 2.587 tỷ đồng, tăng 4% so với cùng kỳ; tiến độ giải phóng mặt "
        "bằng đạt 80% kế hoạch.",
        "Trong đó vốn ngân sách tỉnh 1.200 tỷ đồng.",
    ]
    (note,) = doc.footnotes
    assert note.marker == "3"
    assert doc.text[: note.ref].endswith("2.587")


def test_legacy_txt_is_converted(tmp_path):
    path = tmp_path / "cu.txt"
    path.write_bytes(to_vni("**I. ĐÁNH GIÁ CHUNG**\n\nKinh tế tăng trưởng khá, đạt 7,5%.\n"))
    doc = read(path)
    assert doc.text == "I. ĐÁNH GIÁ CHUNG\nKinh tế tăng trưởng khá, đạt 7,5%."
    assert doc.warnings == ("converted from VNI",)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("a.txt", b"", "empty file"),
        ("a.md", b" \n\n \t", "empty file"),
        ("a.txt", b"\x00\x01\x02binary\x00\xff" * 50, "binary data"),
        ("a.txt", bytes(range(0x80, 0x100)) * 20, "undecodable bytes"),
        ("a.doc", b"old word file", "unsupported extension .doc"),
        ("noext", b"text", "unsupported extension (none)"),
        ("a.docx", b"PK\x03\x04 not really a zip", "corrupt .docx"),
        ("a.pdf", b"%PDF-1.4\n garbage without objects", "corrupt PDF"),
        ("a.pdf", None, "no text layer (scanned PDF?)"),
    ],
)
def test_bad_input(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(empty_pdf() if data is None else data)
    with pytest.raises(ReadError) as err:
        read(path)
    assert reason in err.value.reason
    assert str(path) in str(err.value)


def test_size_limit(tmp_path):
    path = tmp_path / "lon.txt"
    path.write_text("Kinh tế tăng trưởng khá.\n" * 100, encoding="utf-8")
    with pytest.raises(ReadError, match="size limit"):
        read(path, max_bytes=1000)
    assert read(path, max_bytes=100_000).text


def test_missing_file(tmp_path):
    with pytest.raises(ReadError, match="cannot open"):
        read(tmp_path / "khong-co.txt")


def test_pdf_running_header_is_dropped(tmp_path):
    pages = [
        [
            (70, 815, "Báo cáo tình hình kinh tế - xã hội quý I", 9),
            (70, 700, f"Đoạn văn thứ {i} nói về sản xuất nông nghiệp.", 13),
            (290, 30, f"Trang {i}", 10),
        ]
        for i in range(1, 5)
    ]
    path = tmp_path / "dai.pdf"
    path.write_bytes(make_pdf(pages))
    doc = read(path)
    assert "Báo cáo tình hình" not in doc.text
    assert "Trang" not in doc.text
    assert doc.text.count("sản xuất nông nghiệp") == 4


def test_pdf_footnote_number_in_small_type(tmp_path):
    page = [
        (70, 780, "Tổng thu ngân sách ước đạt 2.380 tỷ đồng, tăng 13%.", 13),
        (70, 760, "Chi thường xuyên bảo đảm đúng dự toán được giao.", 13),
        (70, 120, "4 Trong đó thu nội địa 1.010 tỷ đồng, thu từ hoạt động", 10),
        (70, 108, "xuất nhập khẩu 1.370 tỷ đồng.", 10),
        (290, 40, "3", 10),
    ]
    path = tmp_path / "nho.pdf"
    path.write_bytes(make_pdf([page]))
    doc = read(path)
    assert [(f.marker, doc.slice(doc.blocks[f.block].span)) for f in doc.footnotes] == [
        ("4", "Trong đó thu nội địa 1.010 tỷ đồng, thu từ hoạt động xuất nhập khẩu 1.370 tỷ đồng.")
    ]


def test_unicode_superscripts_in_docx_runs(tmp_path):
    from docx import Document

    d = Document()
    d.add_paragraph("Diện tích sàn 1.250 m², tổng vốn 2.587³ tỷ đồng.")
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / "so.docx"
    path.write_bytes(buf.getvalue())
    doc = read(path)
    assert doc.text == "Diện tích sàn 1.250 m², tổng vốn 2.587 tỷ đồng."
    assert doc.warnings == ("footnote mark 3 has no footnote text",)


def test_docx_heading_styles_give_levels_to_unnumbered_headings(tmp_path):
    from docx import Document

    d = Document()
    d.add_heading("KẾT QUẢ THỰC HIỆN", level=1)
    d.add_paragraph("Kinh tế tăng trưởng khá.")
    d.add_heading("Về nông nghiệp", level=2)
    d.add_paragraph("Sản lượng lúa đạt 300 nghìn tấn.")
    d.add_heading("II. NHIỆM VỤ", level=1)
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / "kieu.docx"
    path.write_bytes(buf.getvalue())
    doc = read(path)
    got = [(b.kind, b.level, b.parent) for b in doc.blocks]
    H, P = BlockKind.HEADING, BlockKind.PARAGRAPH
    assert got == [(H, 4, None), (P, None, 0), (H, 5, 0), (P, None, 2), (H, 2, None)]


def _mixed_font_pdf() -> bytes:
    """A letterhead in two columns, then a bold title whose Vietnamese letters
    come from a fallback font ("K" in Helvetica-Bold, "Ế" in DejaVu Sans Bold),
    as LibreOffice prints with a font that lacks them."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    bold = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    if not bold.is_file():
        pytest.skip("DejaVu Sans Bold is not installed")
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(bold)))
    plain = font_name()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    for x, y, text in [
        (70, 790, "ỦY BAN NHÂN DÂN"), (300, 790, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (70, 774, "TỈNH CAO BẰNG"), (330, 774, "Độc lập - Tự do - Hạnh phúc"),
        (70, 752, "Số: 15/KH-UBND"), (320, 752, "Cao Bằng, ngày 10 tháng 1 năm 2025"),
    ]:
        c.setFont(plain, 12)
        c.drawString(x, y, text)
    t = c.beginText(230, 722)  # "K" ends left of the column boundary, "Ế" right of it
    for ch in "KẾ HOẠCH":
        t.setFont("Helvetica-Bold" if ch.isascii() else "DejaVu-Bold", 14)
        t.textOut(ch)
    c.drawText(t)
    c.setFont(plain, 12)
    c.drawString(70, 690, "Tổng thu ngân sách nhà nước năm 2025 phấn đấu đạt 2.500 tỷ đồng.")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_word_drawn_in_two_fonts_stays_one_word(tmp_path):
    path = tmp_path / "ke-hoach.pdf"
    path.write_bytes(_mixed_font_pdf())
    doc = read(path)
    assert "KẾ HOẠCH" in doc.text
    assert "\nK\n" not in doc.text
    title = next(b for b in doc.blocks if "HOẠCH" in doc.slice(b.span))
    assert doc.slice(title.span).strip() == "KẾ HOẠCH"


# A table inside a cell of a table (a breakdown typed into the result cell):
# its rows are read into the cell, cells by a space, rows by "; ".
INNER_TABLES = [
    (
        [["Tổng thu ngân sách", "Ước đạt:"], ["Thu nội địa", "1.250 tỷ đồng"],
         ["Thu xuất nhập khẩu", "320 tỷ đồng"]],
        "Tổng thu ngân sách | Ước đạt: Thu nội địa 1.250 tỷ đồng; Thu xuất nhập khẩu 320 tỷ đồng",
    ),
    (
        [["Sở Xây dựng", ""], ["Quý II/2025", "Lập quy hoạch"], ["", ""]],
        "Sở Xây dựng | Quý II/2025 Lập quy hoạch",
    ),
    ([["Dự án cầu Phú Lương", ""], ["", ""]], "Dự án cầu Phú Lương | "),  # an empty inner table
]


@pytest.mark.parametrize(("rows", "expected"), INNER_TABLES)
def test_docx_table_inside_a_cell_is_read(tmp_path, rows, expected):
    from docx import Document

    d = Document()
    d.add_paragraph("Kết quả thực hiện nhiệm vụ trọng tâm như sau:")
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, value in enumerate(("STT", "Nội dung", "Kết quả")):
        t.cell(0, j).text = value
    t.cell(1, 0).text = "1"
    t.cell(1, 1).text, t.cell(1, 2).text = rows[0]
    inner = t.cell(1, 2).add_table(rows=len(rows) - 1, cols=2)
    for i, row in enumerate(rows[1:]):
        for j, value in enumerate(row):
            inner.cell(i, j).text = value
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / "long-bang.docx"
    path.write_bytes(buf.getvalue())
    assert read(path).text.split("\n")[-1] == f"1 | {expected}"
