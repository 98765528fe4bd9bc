"""Round 19 (sentences written for these tests): the capital by source of a
medium-term investment plan written before its span ("Tổng nguồn vốn … giai
đoạn 2026 - 2030 … là …, gồm:" and its "a) Vốn …" items) as totals and shares
of the span, an allocation floor "dành tối thiểu …% vốn … cho …" as a share,
and the closing count of a review ("có 12/20 chỉ tiêu đạt và vượt, … không đạt
mục tiêu đến năm 2025") as no target."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.text.structure import build_doc
from tests.support.extracting import found, target_rows

_FIELDS = ("value", "unit", "kind", "period")

CAPITAL = [
    # the plan's capital by source, written before the span: totals and shares of it
    ("II. NGUỒN VỐN THỰC HIỆN\n\nTổng vốn đầu tư công trung hạn giai đoạn 2026 - 2030 của "
     "tỉnh là 54.300 tỷ đồng, gồm:\n\na) Vốn ngân sách trung ương: 21.700 tỷ đồng, chiếm "
     "40%.\n\nb) Vốn ngân sách địa phương: 32.600 tỷ đồng, trong đó nguồn thu tiền sử dụng "
     "đất 12.000 tỷ đồng.\n", "2026/2030", "2025-11-20", [
         (54300.0, "tỷ đồng", "total", "2026/2030"),
         (21700.0, "tỷ đồng", "total", "2026/2030"),
         (40.0, "%", "share", "2026/2030"),
         (32600.0, "tỷ đồng", "total", "2026/2030"),
         (12000.0, "tỷ đồng", "total", "2026/2030")]),
    # an allocation floor in a plan of the span: a share of capital over the span
    ("I. MỤC TIÊU\n\nPhân bổ vốn theo nguyên tắc: dành tối thiểu 15% vốn ngân sách tỉnh cho "
     "các xã vùng sâu, vùng xa.\n", "2026/2030", "2025-11-20", [
         (15.0, "%", "share", "2026/2030")]),
    # a yearly disbursement rate aimed at by a plan written before its span: no growth
    ("III. GIẢI PHÁP\n\nDự kiến tỷ lệ giải ngân bình quân hằng năm đạt trên 90% kế hoạch vốn "
     "được giao.\n", "2026/2030", "2025-11-20", [(90.0, "%", "rate", "2026/2030")]),
]

NO_CAPITAL_TARGET = [
    # an estimate, a year outside the span, a plan written after its span began: no target
    ("II. NGUỒN VỐN\n\nVốn ngân sách trung ương dự kiến 21.700 tỷ đồng.\n",
     "2026/2030", "2025-11-20"),
    ("II. NGUỒN VỐN\n\nVốn ngân sách tỉnh năm 2025 là 6.200 tỷ đồng.\n",
     "2026/2030", "2025-11-20"),
    ("II. NGUỒN VỐN\n\nVốn ngân sách trung ương: 21.700 tỷ đồng.\n",
     "2026/2030", "2026-03-02"),
    # the closing count of a mid-term review assesses targets, it sets none
    ("Trong 20 chỉ tiêu chủ yếu, có 12/20 chỉ tiêu dự kiến đạt và vượt, 6 chỉ tiêu khó đạt và "
     "2 chỉ tiêu không đạt mục tiêu đến năm 2025.\n", "2021/2025", "2023-08-15"),
    ("Có 15 chỉ tiêu ước hoàn thành mục tiêu đến năm 2025.\n", "2021/2025", "2023-08-15"),
    # the disbursement of a year already under way is a result
    ("Dự kiến giải ngân cả năm đạt 96% kế hoạch vốn được giao.\n", "2025", "2025-11-20"),
]


@pytest.mark.parametrize("text, period, date, expected", CAPITAL)
def test_plan_capital_targets(text: str, period: str, date: str, expected: list) -> None:
    assert target_rows(text, period, date, _FIELDS) == expected


@pytest.mark.parametrize("text, period, date", NO_CAPITAL_TARGET)
def test_no_capital_target(text: str, period: str, date: str) -> None:
    assert target_rows(text, period, date, _FIELDS) == []


_REVIEW_TABLE = (
    "| Chỉ tiêu | Mục tiêu 2025 | Thực hiện 2021 | 2022 | Ước 2023 | Dự kiến 2025 | Đánh giá |\n"
    "|---|---|---|---|---|---|---|\n"
    "| Tỷ lệ che phủ rừng (%) | 45 | 42,1 | 43 | 43,6 | 44,8 | Không đạt |\n"
    "| Thu nhập bình quân đầu người (triệu đồng) | 95 | 61,2 | 70,4 | 78 | 96 | Vượt |\n"
)

TABLES = [
    # a mid-term review: the goal column beside the result expected for the same year
    (_REVIEW_TABLE, "2021/2025", "2023-08-15", [
        ("Tỷ lệ che phủ rừng", 45.0, "%", "rate", "2025"),
        ("Thu nhập bình quân đầu người", 95.0, "triệu đồng", "level", "2025")]),
    # the same table in the final review of 2025: the goal is the base of the results
    (_REVIEW_TABLE.replace("Dự kiến 2025", "Ước 2025"), "2021/2025", "2025-11-20", []),
]


@pytest.mark.parametrize("text, period, date, expected", TABLES)
def test_review_table_goals(text: str, period: str, date: str, expected: list) -> None:
    assert target_rows(text, period, date) == expected


def test_expected_column_is_an_estimate() -> None:
    """"Dự kiến 2025" beside "Mục tiêu 2025": the result expected, an estimate of 2025."""
    figs = find_figures(build_doc(_REVIEW_TABLE), found("2021/2025", "2023-08-15"))
    assert [(f.value, f.period, f.estimate) for f in figs if f.period == "2025"] == [
        (44.8, "2025", True), (96.0, "2025", True)]


N_YEARS = [
    # "3 năm" after "3 năm 2021 - 2023" named in the paragraph: that span, not the plan's
    ("Ước thực hiện 3 năm 2021 - 2023, GRDP tăng bình quân 7,2%/năm. Thu ngân sách nhà nước "
     "3 năm ước đạt 21.400 tỷ đồng.\n", [(7.2, "2021/2023"), (21400.0, "2021/2023")]),
    # no span of three years named: the number keeps no period of its own
    ("Thu ngân sách nhà nước 3 năm ước đạt 21.400 tỷ đồng.\n", [(21400.0, None)]),
]


@pytest.mark.parametrize("text, expected", N_YEARS)
def test_n_years_take_their_span(text: str, expected: list) -> None:
    figs = find_figures(build_doc(text), found("2021/2025", "2023-08-15"))
    assert [(f.value, f.period) for f in figs] == expected
