"""Figures, second round: periods, indicators, kinds and units of forms met in
reports of other provinces (sentences written for these tests)."""

from __future__ import annotations

import pytest

from ktxh.extract.figure_periods import later_than
from ktxh.extract.figures import find_figures
from ktxh.extract.records import DocumentMeta
from ktxh.text.structure import build_doc


def _figures(text: str, period: str | None = "2025-H1", title: str | None = None) -> list:
    doc = build_doc(text)
    return list(find_figures(doc, {"document": DocumentMeta(period=period, title=title)}))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deadline in a later clause dates the plan, not the figures before it
        ("Dự án cao tốc (qua địa bàn tỉnh dài 28,4 km) cơ bản hoàn thành phần nền đường, "
         "dự kiến thông xe trong tháng 10/2025; dự án thành phần đoạn phía Bắc đạt 82% giá "
         "trị hợp đồng.", [(28.4, "2025-H1"), (82.0, "2025-H1")]),
        ("Công trình kè bờ sông hoàn thành 76% khối lượng, dự kiến hoàn thành trong quý "
         "II/2025.", [(76.0, "2025-H1")]),
        ("Đã hoàn thành 12,4 km mặt đường, đạt 71,5% khối lượng, chậm nhất hoàn thành "
         "trước quý IV/2025.", [(12.4, "2025-H1"), (71.5, "2025-H1")]),
        # a request's time is its deadline
        ("Đề nghị Bộ Tài chính xem xét bổ sung 245 tỷ đồng vốn sự nghiệp trong quý III/2025.",
         [(245.0, "2025-H1")]),
        # the plan's year: "45% kế hoạch năm 2025" in a half-year report
        ("Giải ngân đạt 2.945 tỷ đồng, bằng 45% kế hoạch năm 2025.",
         [(2945.0, "2025-H1"), (45.0, "2025-H1")]),
        # a later time right after the number is still its own ("lên 63,5% năm 2020")
        ("Độ che phủ rừng tăng từ 58% năm 2015 lên 63,5% năm 2020.",
         [(58.0, "2015"), (63.5, "2020")]),
        # a season's year after "so với" is a base, and it does not cross ";"
        ("Năng suất lúa vụ Xuân ước đạt 63,1 tạ/ha, tăng 1,8 tạ/ha so với vụ Xuân năm 2024; "
         "sản lượng ước đạt 296.400 tấn.",
         [(63.1, "2025-H1"), (1.8, "2025-H1"), (296400.0, "2025-H1")]),
        # as-of figures take the report's period
        ("Đến nay đã hoàn thành 14,2 km mặt đường bê tông nhựa.", [(14.2, "2025-H1")]),
        ("Tính đến ngày 15/6/2025 giải ngân được 3.214,6 tỷ đồng.", [(3214.6, "2025-H1")]),
        # a crop season or a school year across the new year
        ("Vụ Đông Xuân 2024 - 2025 toàn tỉnh gieo cấy 42.300 ha lúa.", [(42300.0, "2024/2025")]),
        ("Năm học 2024 - 2025 toàn tỉnh có 312 trường học.", [(312.0, "2024/2025")]),
    ],
)
def test_deadlines_bases_and_as_of_periods(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.period) for f in _figures(text)] == expected


def test_the_base_of_a_season() -> None:
    figs = _figures("Năng suất lúa đạt 63,1 tạ/ha, tăng 1,8 tạ/ha so với vụ Xuân năm 2024.")
    assert [(f.kind, f.base) for f in figs] == [("level", None), ("change", "2024")]
    figs = _figures("Chỉ số giá tiêu dùng tăng 2,9% so với cùng tháng năm trước.")
    assert figs[0].base == "same_period_last_year"


@pytest.mark.parametrize(
    ("code", "period", "later"),
    [
        ("2025-10", "2025-H1", True),
        ("2025-Q2", "2025-H1", False),
        ("2025-Q4", "2025-M9", True),
        ("2025", "2025-H1", False),
        ("2026", "2025", True),
        ("2025-Q3", None, False),
        ("2026", "2021/2025", False),
    ],
)
def test_later_than_the_report(code: str, period: str | None, later: bool) -> None:
    assert later_than(code, period) is later
