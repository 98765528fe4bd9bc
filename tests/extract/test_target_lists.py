"""Target lists announced by a lead-in line: "Điều 1. Giao chỉ tiêu ..., gồm:"
(passages written for these tests)."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.records import DocumentMeta
from ktxh.extract.targets import find_targets
from ktxh.text.structure import build_doc


def _read(text: str, period: str | None) -> tuple[list[tuple], list[float]]:
    doc = build_doc(text)
    found = {"document": DocumentMeta(period=period)}
    targets = [(t.value, t.kind, t.period) for t in find_targets(doc, found)]
    return targets, [f.value for f in find_figures(doc, found)]


@pytest.mark.parametrize(
    ("text", "period", "targets", "figures"),
    [
        # a Quyết định: the article's lead-in, numbered items as paragraphs
        ("Điều 1. Giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2025 cho các sở, "
         "ngành, địa phương như sau:\n\n"
         "1. Tốc độ tăng trưởng kinh tế (GRDP) đạt 9,5% trở lên.\n\n"
         "2. Thu ngân sách nhà nước trên địa bàn 5.200 tỷ đồng.\n\n"
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
         "2025", [(9.5, "change", "2025"), (5200.0, "level", "2025")], []),
        # the items on the lead-in's own line
        ("Điều 1. Giao chỉ tiêu kế hoạch năm 2026 của tỉnh, gồm: 1. Tổng sản phẩm trên địa bàn "
         "tăng 7% trở lên so với năm 2025. 2. Thu ngân sách nhà nước trên địa bàn 3.400 tỷ đồng.",
         "2026", [(7.0, "change", "2026"), (3400.0, "level", "2026")], []),
        # category lines ("a) Về kinh tế:") stay inside the list
        ("Điều 1. Giao các chỉ tiêu chủ yếu năm 2025 như sau:\n\n"
         "a) Về kinh tế:\n\n- Kim ngạch xuất khẩu đạt 650 triệu USD.\n\n"
         "b) Về xã hội:\n\n- Tỷ lệ hộ nghèo giảm 2%.\n\n- Tạo việc làm cho 11.000 lao động.",
         "2025", [(650.0, "level", "2025"), (-2.0, "change", "2025"),
                  (11000.0, "level", "2025")], []),
        # a plain lead-in paragraph, dash items
        ("Các chỉ tiêu chủ yếu:\n\n- Tỷ lệ che phủ rừng đạt 58%.\n\n"
         "- Có thêm 12 xã đạt chuẩn nông thôn mới.",
         "2025", [(58.0, "rate", "2025"), (12.0, "level", "2025")], []),
        # the next year's targets inside a report of this year
        ("Mục tiêu cụ thể năm 2025:\n\n- Sản lượng lương thực đạt 310 nghìn tấn.",
         "2024", [(310.0, "level", "2025")], []),
        # the list ends at running text
        ("Ủy ban nhân dân tỉnh giao các chỉ tiêu kế hoạch năm 2025 cho các ngành như sau:\n\n"
         "- Tổng vốn đầu tư toàn xã hội 21.000 tỷ đồng.\n\n"
         "Năm 2024, toàn tỉnh đã có 95 xã đạt chuẩn nông thôn mới.",
         "2025", [(21000.0, "level", "2025")], [95.0]),
        # next year's plan in a report of this year
        ("## PHẦN II. KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025\n\n"
         "- Thu ngân sách nhà nước trên địa bàn 5.600 tỷ đồng.",
         "2024", [(5600.0, "level", "2025")], []),
        # --- not target lists ---
        ("## PHẦN I. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2024\n\n"
         "- Thu ngân sách nhà nước trên địa bàn 5.200 tỷ đồng.", "2024", [], [5200.0]),
        ("## KẾ HOẠCH VỐN NĂM 2024\n\n- Thu ngân sách nhà nước trên địa bàn 5.200 tỷ đồng.",
         "2024", [], [5200.0]),
        # a lead-in of results
        ("Kết quả thực hiện các chỉ tiêu chủ yếu năm 2024 như sau:\n\n"
         "- Tốc độ tăng trưởng kinh tế ước đạt 6,8%.\n\n- Thu ngân sách đạt 4.100 tỷ đồng.",
         "2024", [], [6.8, 4100.0]),
        # a list for a year already past
        ("Các chỉ tiêu chủ yếu năm 2023:\n\n- Thu ngân sách đạt 3.900 tỷ đồng.",
         "2024", [], [3900.0]),
        # what comes before the colon states a number: no lead-in
        ("Có 16/19 chỉ tiêu chủ yếu đạt và vượt kế hoạch, gồm:\n\n"
         "- Thu ngân sách đạt 4.100 tỷ đồng.",
         "2024", [], [16.0, 4100.0]),
        # the plan of the year told among the year's results
        ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024\n\n"
         "Ủy ban nhân dân tỉnh đã giao chỉ tiêu kế hoạch năm 2024 cho các ngành, gồm:\n\n"
         "- Thu ngân sách nhà nước trên địa bàn 4.000 tỷ đồng.",
         "2024", [], [4000.0]),
    ],
)
def test_lead_in_lists(text: str, period: str, targets: list[tuple],
                       figures: list[float]) -> None:
    assert _read(text, period) == (targets, figures)


def _table(header: str, *rows: str) -> str:
    cols = header.count("|") - 1
    return "\n".join([header, "|" + "---|" * cols, *rows]) + "\n"


@pytest.mark.parametrize(
    ("text", "period", "targets", "figures"),
    [
        # a Quyết định's annex: the estimate of this year, the plan of the next
        ("**PHỤ LỤC CHỈ TIÊU NĂM 2025**\n\n"
         + _table("| STT | Chỉ tiêu | Đơn vị tính | Ước thực hiện năm 2024 | Kế hoạch năm 2025 |",
                  "| 1 | Kim ngạch xuất khẩu | triệu USD | 1.850 | 2.000 |",
                  "| 2 | Tỷ lệ lao động qua đào tạo | % | 68 | 70 |"),
         "2025", [(2000.0, "level", "2025"), (70.0, "rate", "2025")], [1850.0, 68.0]),
        # a five-year plan: no results column, the column's span gives its end year
        ("Phụ lục: Các chỉ tiêu chủ yếu\n\n"
         + _table("| TT | Chỉ tiêu | ĐVT | Mục tiêu giai đoạn 2026 - 2030 |",
                  "| 1 | Tỷ lệ che phủ rừng | % | 62 |",
                  "| 2 | Tỷ trọng công nghiệp - xây dựng trong GRDP | % | 35 |",
                  "| 3 | Tốc độ tăng trưởng GRDP bình quân | % | 8,5 |",
                  "| 4 | Tổng vốn đầu tư toàn xã hội cả giai đoạn | nghìn tỷ đồng | 300 |"),
         "2026/2030", [(62.0, "rate", "2030"), (35.0, "share", "2030"),
                       (8.5, "growth_avg", "2026/2030"), (300.0, "total", "2026/2030")], []),
        # a report of this year with next year's plan beside it
        (_table("| Chỉ tiêu | ĐVT | Thực hiện năm 2024 | Kế hoạch năm 2025 |",
                "| Sản lượng lương thực | nghìn tấn | 305 | 310 |"),
         "2024", [(310.0, "level", "2025")], [305.0]),
        # --- no targets ---
        # a table of results: the plan is the base of the figures beside it (a figure)
        (_table("| Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | % KH |",
                "| Trồng rừng mới | ha | 4.000 | 3.520 | 88 |"),
         "2024-M9", [], [4000.0, 3520.0, 88.0]),
        (_table("| Chỉ tiêu | ĐVT | Kế hoạch năm 2023 | Thực hiện năm 2023 |",
                "| Trồng rừng mới | ha | 4.000 | 4.120 |"),
         "2023", [], [4120.0]),
        # a plan column among results
        ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\n\n"
         + _table("| Chỉ tiêu | ĐVT | Kế hoạch |", "| Trồng rừng mới | ha | 4.000 |"),
         "2024", [], []),
    ],
)
def test_plan_columns(text: str, period: str, targets: list[tuple], figures: list[float]) -> None:
    assert _read(text, period) == (targets, figures)
