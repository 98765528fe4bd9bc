"""Figures read from tables of results and of projects (tables written for
these tests), in Markdown and in Word."""

from __future__ import annotations

import io

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.pipeline import extract
from ktxh.extract.records import DocumentMeta
from ktxh.text.structure import build_doc


def _table(header: str, *rows: str) -> str:
    cols = header.count("|") - 1
    return "\n".join([header, "|" + "---|" * cols, *rows]) + "\n"


def _figures(text: str, period: str | None) -> list[tuple]:
    doc = build_doc(text)
    return [(f.indicator, f.value, f.unit, f.kind, f.period, f.base, f.estimate)
            for f in find_figures(doc, {"document": DocumentMeta(period=period)})]


NINE_MONTHS = _table(
    "| STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2024 | Thực hiện quý III | Ước thực hiện 9 tháng "
    "| So với cùng kỳ (%) | % KH |",
    "| 1 | Thu ngân sách nhà nước | Tỷ đồng | 2.400 | 610 | 1.750,2 | 103,6 | 72,9 |",
    "| 2 | Sản lượng than | Nghìn tấn | 900 | 210,5 | - | 95,1 | |",
)

PROJECTS = _table(
    "| TT | Dự án | Tổng mức đầu tư (tỷ đồng) | Kế hoạch vốn năm 2025 (tỷ đồng) "
    "| Giải ngân đến 31/3/2025 (tỷ đồng) | Tỷ lệ giải ngân (%) |",
    "| 1 | Đường nối Quốc lộ 12 với cửa khẩu Ma Lù Thàng | 2.150 | 400 | 62,4 | 15,6 |",
)


@pytest.mark.parametrize(
    ("text", "period", "expected"),
    [
        # periods from the header words; "So với cùng kỳ (%)" of values near 100 is a
        # ratio (a multiple, as "bằng 103,6% so với cùng kỳ"), dated like the column
        # it compares; the plan the "% KH" is of is a level of its year; "-" and empty
        # cells are none
        (NINE_MONTHS, "2024-Q3", [
            ("Thu ngân sách nhà nước", 2400.0, "Tỷ đồng", "level", "2024", None, False),
            ("Thu ngân sách nhà nước", 610.0, "Tỷ đồng", "level", "2024-Q3", None, False),
            ("Thu ngân sách nhà nước", 1750.2, "Tỷ đồng", "level", "2024-M9", None, True),
            ("Thu ngân sách nhà nước", 103.6, "%", "multiple", "2024-M9",
             "same_period_last_year", True),  # a ratio of the estimate is estimated
            ("Thu ngân sách nhà nước", 72.9, "%", "pct_of_plan", "2024-M9", "plan", True),
            ("Sản lượng than", 900.0, "Nghìn tấn", "level", "2024", None, False),
            ("Sản lượng than", 210.5, "Nghìn tấn", "level", "2024-Q3", None, False),
            ("Sản lượng than", 95.1, "%", "multiple", "2024-M9", "same_period_last_year",
             True),
        ]),
        # a signed column beside it is a change
        (_table("| Chỉ tiêu | ĐVT | Thực hiện 6 tháng | So cùng kỳ (%) |",
                "| Khách du lịch | Nghìn lượt | 1.250 | 8,4 |",
                "| Doanh thu du lịch | Tỷ đồng | 2.100 | -3,2 |"), "2025-H1", [
            ("Khách du lịch", 1250.0, "Nghìn lượt", "level", "2025-H1", None, False),
            ("Khách du lịch", 8.4, "%", "change", "2025-H1", "same_period_last_year", False),
            ("Doanh thu du lịch", 2100.0, "Tỷ đồng", "level", "2025-H1", None, False),
            ("Doanh thu du lịch", -3.2, "%", "change", "2025-H1", "same_period_last_year",
             False),
        ]),
        # a project table: a static size without a period, the capital planned for the
        # year, what is disbursed and its share of the plan; each names the project
        (PROJECTS, "2025-Q1", [
            ("tổng mức đầu tư Đường nối Quốc lộ 12 với cửa khẩu Ma Lù Thàng", 2150.0, "tỷ đồng",
             "level", None, None, False),
            ("kế hoạch vốn Đường nối Quốc lộ 12 với cửa khẩu Ma Lù Thàng", 400.0, "tỷ đồng",
             "level", "2025", None, False),
            ("giải ngân Đường nối Quốc lộ 12 với cửa khẩu Ma Lù Thàng", 62.4, "tỷ đồng",
             "level", "2025-Q1", None, False),
            ("tỷ lệ giải ngân Đường nối Quốc lộ 12 với cửa khẩu Ma Lù Thàng", 15.6, "%",
             "pct_of_plan", "2025-Q1", "plan", False),
        ]),
        # years as headers; names after a column of numbers with no header of their own,
        # their unit in brackets
        (_table("| TT | | 2023 | 2024 |", "| 1 | Diện tích lúa (ha) | 10.200 | 10.450 |"), "2024",
         [("Diện tích lúa", 10200.0, "ha", "level", "2023", None, False),
          ("Diện tích lúa", 10450.0, "ha", "level", "2024", None, False)]),
        # a header of two rows
        (_table("| TT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2024 |",
                "| | | | Kế hoạch | Ước thực hiện |",
                "| 1 | Trồng rừng mới | ha | 3.000 | 2.870 |"), "2024",
         [("Trồng rừng mới", 2870.0, "ha", "level", "2024", None, True)]),
        # --- no figures ---
        (_table("| Nội dung | Ghi chú |", "| Rà soát quy hoạch | Quý IV |"), "2024", []),
        (_table("| STT | Đơn vị chủ trì | Thời hạn |", "| 1 | Sở Tài chính | 30/9/2024 |"),
         "2024", []),
    ],
)
def test_tables(text: str, period: str, expected: list[tuple]) -> None:
    assert _figures(text, period) == expected


def test_a_project_table_gives_its_rows_to_the_projects() -> None:
    text = "**BÁO CÁO**\n\n**Tiến độ các dự án trọng điểm quý I năm 2025**\n\n" + PROJECTS
    (project,) = extract(build_doc(text)).projects
    assert project.name == "Đường nối Quốc lộ 12 với cửa khẩu Ma Lù Thàng"
    assert [(f.indicator, f.value, f.period) for f in project.figures] == [
        ("tổng mức đầu tư", 2150.0, None), ("kế hoạch vốn", 400.0, "2025"),
        ("giải ngân", 62.4, "2025-Q1"), ("tỷ lệ giải ngân", 15.6, "2025-Q1")]


def test_a_word_table_with_merged_header_cells(tmp_path) -> None:
    """python-docx repeats a cell merged down and gives a cell merged across
    once: "Năm 2024" over "Kế hoạch | Ước thực hiện 9 tháng" is a shorter row."""
    from docx import Document

    from ktxh.text.readers import read

    d = Document()
    d.add_paragraph("Kết quả một số chỉ tiêu:")
    t = d.add_table(rows=3, cols=5)
    rows = [("TT", "Chỉ tiêu", "ĐVT", "Năm 2024", ""),
            ("", "", "", "Kế hoạch", "Ước thực hiện 9 tháng"),
            ("1", "Thu ngân sách", "Tỷ đồng", "2.500", "1.880,4")]
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if value:
                t.cell(i, j).text = value
    t.cell(0, 3).merge(t.cell(0, 4))
    for j in range(3):
        t.cell(0, j).merge(t.cell(1, j))
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(buf.getvalue())
    doc = read(path)
    figures = find_figures(doc, {"document": DocumentMeta(period="2024-Q3")})
    assert [(f.indicator, f.value, f.period, f.estimate) for f in figures] == [
        ("Thu ngân sách", 1880.4, "2024-M9", True)]


def test_a_plan_column_under_a_header_of_two_rows() -> None:
    from ktxh.extract.targets import find_targets

    text = _table("| TT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025 |",
                  "| | | | Ước thực hiện | Kế hoạch |",
                  "| 1 | Trồng rừng mới | ha | 2.870 | 3.100 |")
    doc = build_doc(text)
    found = {"document": DocumentMeta(period="2025")}
    assert [(t.value, t.kind, t.period) for t in find_targets(doc, found)] == [
        (3100.0, "level", "2025")]
    assert [(f.value, f.period, f.estimate) for f in find_figures(doc, found)] == [
        (2870.0, "2024", True)]
