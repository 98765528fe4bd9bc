"""Task tables: a header naming who leads makes each row a task."""

from __future__ import annotations

import io

import pytest

from ktxh.extract.deadlines import cell_deadline
from ktxh.extract.records import DocumentMeta
from ktxh.extract.tasks import find_tasks
from ktxh.text.normalize import fold
from tests.extract.test_tasks import tasks_of


def table(*rows: str) -> str:
    width = rows[0].count("|") - 1
    return "\n".join([rows[0], "|" + "---|" * width, *rows[1:]]) + "\n"


APPENDIX = "## PHỤ LỤC: DANH MỤC NHIỆM VỤ\n\n" + table(
    "| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành "
    "| Sản phẩm |",
    "| (1) | (2) | (3) | (4) | (5) | (6) |",
    "| I | Nhóm nhiệm vụ hoàn thiện thể chế | | | | |",
    "| 1 | Xây dựng quy chế quản lý cụm công nghiệp | Sở Công Thương | Sở Tài chính; Sở Nông "
    "nghiệp và Môi trường | Quý II/2026 | Quyết định của UBND tỉnh |",
    "| 2 | Tổ chức hội nghị xúc tiến đầu tư | Sở Tài chính, Ban Quản lý các khu công nghiệp "
    "tỉnh | Các địa phương có liên quan | Hằng năm | Hội nghị |",
    "| 3 | Rà soát, cập nhật quy hoạch sử dụng đất | UBND các xã, phường | Sở Nông nghiệp và "
    "Môi trường | Năm 2026 | Báo cáo |",
    "| 4 | Kiểm tra an toàn thực phẩm dịp Tết | Sở Y tế | | Tháng 01/2026 | |",
) + "\n" + table(
    "| STT | Chỉ tiêu | ĐVT | Năm 2025 | Năm 2026 |",
    "| 1 | Tốc độ tăng GRDP | % | 7,5 | 8,0 |",
)


def test_each_row_of_a_task_table_is_a_task() -> None:
    found = tasks_of(APPENDIX, kind="ke_hoach", date="2025-12-05", period="2026")
    assert [(t.lead, list(t.support), t.deadline, t.deadline_text, t.recurring, t.action)
            for t in found] == [
        ("Sở Công Thương", ["Sở Tài chính", "Sở Nông nghiệp và Môi trường"], "2026-06-30",
         "Quý II/2026", False, "xây dựng quy chế quản lý cụm công nghiệp"),
        ("Sở Tài chính", ["Ban Quản lý các khu công nghiệp tỉnh", "các địa phương có liên quan"],
         None, "Hằng năm", True, "tổ chức hội nghị xúc tiến đầu tư"),
        ("Ủy ban nhân dân các xã, phường", ["Sở Nông nghiệp và Môi trường"], "2026-12-31",
         "Năm 2026", False, "rà soát, cập nhật quy hoạch sử dụng đất"),
        ("Sở Y tế", [], "2026-01-31", "Tháng 01/2026", False, "kiểm tra an toàn thực phẩm dịp Tết"),
    ]
    for t in found:
        assert fold(t.action) in fold(t.quote) and t.quote == t.quote.strip(" |")


NOT_TASK_TABLES = [
    # no column names who leads
    table("| STT | Nội dung | Kết quả thực hiện | Ghi chú |",
          "| 1 | Rà soát quy hoạch | Đã hoàn thành | |"),
    table("| TT | Dự án | Chủ đầu tư | Tổng mức đầu tư (tỷ đồng) |",
          "| 1 | Đường tỉnh 293 | Ban Quản lý dự án tỉnh | 450 |"),
    # a report's table of what was done, and a doer without deadlines
    table("| STT | Nhiệm vụ | Cơ quan chủ trì | Kết quả thực hiện |",
          "| 1 | Rà soát quy hoạch | Sở Xây dựng | Đã hoàn thành |"),
    table("| STT | Nội dung | Đơn vị thực hiện | Ghi chú |",
          "| 1 | Tập huấn kỹ năng số | Sở Nội vụ | |"),
]


@pytest.mark.parametrize("text", NOT_TASK_TABLES)
def test_other_tables_give_no_tasks(text: str) -> None:
    assert tasks_of(text, kind="ke_hoach", date="2025-12-05") == ()


CELLS = [
    ("Quý II/2026", "2026-06-30"),
    ("Năm 2026", "2026-12-31"),
    ("Tháng 6/2026", "2026-06-30"),
    ("2026", "2026-12-31"),
    ("Trước ngày 30/9/2026", "2026-09-30"),
    ("Quý III năm 2026.", "2026-09-30"),
    ("Hằng năm", None),
    ("Thường xuyên", None),
    ("2026 - 2030", "2030-12-31"),  # a span in a time column: done within it (round 6)
]


@pytest.mark.parametrize(("cell", "iso"), CELLS)
def test_cell_deadlines(cell: str, iso: str | None) -> None:
    d = cell_deadline(fold(cell), 0, len(cell), doc_date="2025-12-05")
    assert (d.iso if d else None) == iso


def test_a_doer_column_beside_deadlines() -> None:
    text = table("| STT | Nội dung | Đơn vị thực hiện | Thời hạn |",
                 "| 1 | Tập huấn kỹ năng số cho cán bộ cấp xã | Sở Nội vụ | Quý I/2026 |")
    found = tasks_of(text, kind="ke_hoach", date="2025-12-05")
    assert [(t.lead, t.deadline) for t in found] == [("Sở Nội vụ", "2026-03-31")]


def test_a_word_task_table(tmp_path) -> None:
    """A .docx table: a group row merged across has fewer cells and is no task."""
    from docx import Document

    from ktxh.text.readers import read

    d = Document()
    d.add_paragraph("Phụ lục nhiệm vụ")
    rows = [("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"),
            ("A", "Nhiệm vụ chung", "", "", ""),
            ("1", "Số hóa hồ sơ thủ tục hành chính", "Văn phòng UBND tỉnh", "Các sở, ngành",
             "Quý IV/2026")]
    t = d.add_table(rows=len(rows), cols=5)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if value:
                t.cell(i, j).text = value
    t.cell(1, 1).merge(t.cell(1, 4))
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(buf.getvalue())
    found = find_tasks(read(path), {"document": DocumentMeta(type="ke_hoach", date="2025-12-05")})
    assert [(t.lead, list(t.support), t.deadline) for t in found] == [
        ("Văn phòng Ủy ban nhân dân tỉnh", ["các sở, ngành"], "2026-12-31")]


SIGNED = "\n\n".join([
    "## I. NHIỆM VỤ",
    "1. Sở Khoa học và Công nghệ chủ trì triển khai nền tảng số dùng chung.",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VT.",
    "**PHỤ LỤC**",
    table("| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
          "| 1 | Số hóa hồ sơ đất đai | Sở Nông nghiệp và Môi trường | UBND các xã, phường "
          "| Quý II/2026 |"),
    "Các sở, ngành khẩn trương triển khai.",
])


def test_a_task_table_after_the_signature_counts_and_nothing_else_does() -> None:
    found = tasks_of(SIGNED, kind="ke_hoach", date="2025-12-05")
    assert [(t.lead, t.deadline) for t in found] == [
        ("Sở Khoa học và Công nghệ", None), ("Sở Nông nghiệp và Môi trường", "2026-06-30")]
