"""Round 10 (sentences written for these tests): progress written "X ha trên tổng số Y
ha", a share "chỉ đạt X% kế hoạch" of the measure before it, the amount of a plan
named after a share of it, and target indicators of a plan share or a ";" clause that
opens with its verb."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.text.structure import build_doc
from tests.support.extracting import found, target_rows


def _rows(text: str, period: str, date: str) -> list[tuple]:
    return [(f.kind, f.value, f.value_max, f.indicator, f.period)
            for f in find_figures(build_doc(text), found(period, date))]


FIGURES = [
    # "X trên tổng số Y": the prose form of "X/Y", one progress item
    ("Đến nay đã bồi thường, giải phóng mặt bằng 312 ha trên tổng số 405 ha.\n",
     "2024-M6", "2024-07-05",
     [("progress", 312.0, 405.0, "giải phóng mặt bằng", "2024-M6")]),
    # a total of another unit is no total of it
    ("Đã trồng 120 ha trên tổng số 300 cây giống.\n", "2024", "2024-12-20",
     [("level", 120.0, None, "trồng", "2024"), ("level", 300.0, None, "trồng", "2024")]),
    # "…, chỉ đạt X% kế hoạch": the share of the measure before it, not of "kế hoạch"
    ("Vốn trái phiếu Chính phủ giải ngân 86 tỷ đồng, chỉ đạt 27,4% kế hoạch.\n",
     "2023-M6", "2023-07-10",
     [("level", 86.0, None, "Vốn trái phiếu Chính phủ giải ngân", "2023-M6"),
      ("pct_of_plan", 27.4, None, "Vốn trái phiếu Chính phủ giải ngân", "2023-M6")]),
    # the plan's amount in a bracket or after "là": the plan's, of the plan's year
    ("Thu ngân sách trên địa bàn đạt 95,2 tỷ đồng, bằng 104% dự toán huyện giao "
     "(91,5 tỷ đồng).\n", "2023", "2023-12-15",
     [("level", 95.2, None, "Thu ngân sách trên địa bàn", "2023"),
      ("pct_of_plan", 104.0, None, "Thu ngân sách trên địa bàn", "2023"),
      ("level", 91.5, None, "dự toán huyện giao thu ngân sách trên địa bàn", "2023")]),
    ("Dự án giải ngân được 47 tỷ đồng, đạt 58,8% kế hoạch vốn năm 2024 là 80 tỷ đồng.\n",
     "2024-M10", "2024-11-06",
     [("level", 47.0, None, "Dự án giải ngân", "2024-M10"),
      ("pct_of_plan", 58.8, None, "Dự án giải ngân", "2024-M10"),
      ("level", 80.0, None, "kế hoạch vốn năm dự án giải ngân", "2024")]),
]


@pytest.mark.parametrize("text, period, date, expected", FIGURES)
def test_figures(text: str, period: str, date: str, expected: list) -> None:
    assert _rows(text, period, date) == expected


TARGETS = [
    # a bare plan share after a completion verb: the measure the clause works on
    ("Tập trung giải ngân vốn sự nghiệp, bảo đảm đến ngày 30/6/2025 đạt ít nhất 50% kế "
     "hoạch và đến hết năm 2025 giải ngân 100% kế hoạch vốn được giao.\n",
     "2025-Q1", "2025-04-10",
     [("giải ngân vốn sự nghiệp", 50.0, "%", "rate"),
      ("giải ngân vốn sự nghiệp", 100.0, "%", "rate")]),
    # a ";" clause that opens with its verb names its own object
    ("Các chỉ tiêu chủ yếu: thu ngân sách trên địa bàn đạt 210 tỷ đồng; giảm tỷ lệ hộ "
     "cận nghèo từ 0,5% trở lên.\n", "2025", "2024-12-12",
     [("thu ngân sách trên địa bàn", 210.0, "tỷ đồng", "level"),
      ("giảm tỷ lệ hộ cận nghèo", -0.5, "%", "change")]),
]


@pytest.mark.parametrize("text, period, date, expected", TARGETS)
def test_targets(text: str, period: str, date: str, expected: list) -> None:
    assert target_rows(text, period, date, ("indicator", "value", "unit", "kind")) == expected
