"""Round 7 of figures (sentences written for these tests): a rate after a share
in the same sentence, seasons over two years, the year of a plan before its
disbursement, static sizes of a project, "ước" over a "Trong đó:" list, rates
in brackets by unit, compound units and quantities missed before."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.text.structure import build_doc
from tests.support.extracting import found


def _figures(text: str, period: str | None, date: str | None) -> list[tuple]:
    return [(f.value, f.value_max, f.unit, f.kind, f.base)
            for f in find_figures(build_doc(text), found(period, date))]


KINDS = [
    # "tỷ lệ … đạt X%" after a "chiếm X%" item of the sentence is a rate, not a share
    ("Năm 2023, toàn tỉnh cấp 52.300 giấy phép lái xe, trong đó cấp trực tuyến chiếm 38,5%; "
     "tỷ lệ giấy phép cấp đúng hẹn đạt 99,1%.\n", "2023", "2024-01-05", [
         (52300.0, None, "giấy phép", "level", None),
         (38.5, None, "%", "share", None),
         (99.1, None, "%", "rate", None)]),
]


@pytest.mark.parametrize("text, period, date, expected", KINDS)
def test_round7_kinds(text: str, period: str | None, date: str | None,
                      expected: list[tuple]) -> None:
    assert _figures(text, period, date) == expected


def _periods(text: str, period: str | None, date: str | None) -> list[tuple]:
    return [(f.value, f.indicator, f.period)
            for f in find_figures(build_doc(text), found(period, date))]


PERIODS = [
    # a season across the new year is no period: its facts are of the report
    ("Vụ Đông Xuân 2023 - 2024 toàn huyện gieo cấy 12.450 ha lúa; năng suất bình quân "
     "6,8 tấn/ha.\n", "2024-H1", "2024-06-20", [
         (12450.0, "gieo cấy lúa", "2024-H1"), (6.8, "năng suất bình quân", "2024-H1")]),
    ("Trong mùa khô 2023 - 2024 trên địa bàn xảy ra 3 vụ cháy rừng.\n", "2024-Q1",
     "2024-03-25", [(3.0, "vụ cháy rừng", "2024-Q1")]),
    # a span of school years stays the period
    ("Năm học 2023 - 2024, toàn huyện có 78 trường học.\n", "2023", "2023-12-20", [
        (78.0, "trường học", "2023/2024")]),
]


@pytest.mark.parametrize("text, period, date, expected", PERIODS)
def test_round7_periods(text: str, period: str | None, date: str | None,
                        expected: list[tuple]) -> None:
    assert _periods(text, period, date) == expected


PLAN_YEAR = [
    # the plan's year dates the plan; what is disbursed so far is of the report
    ("Kế hoạch vốn năm 2023 là 420 tỷ đồng, đã giải ngân 215,3 tỷ đồng, đạt 51,3%.\n",
     "2023-M9", "2023-10-10", [
         (420.0, "2023"), (215.3, "2023-M9"), (51.3, "2023-M9")]),
    ("Giải ngân năm 2023 đạt 180,4 tỷ đồng, bằng 43% kế hoạch.\n", "2023-M9", "2023-10-10",
     [(180.4, "2023-M9"), (43.0, "2023-M9")]),
    # an estimate for the whole year keeps the year
    ("Cả năm 2023 ước giải ngân 395 tỷ đồng.\n", "2023-M9", "2023-10-10", [
        (395.0, "2023")]),
]


@pytest.mark.parametrize("text, period, date, expected", PLAN_YEAR)
def test_round7_plan_year(text: str, period: str | None, date: str | None,
                          expected: list[tuple]) -> None:
    assert [(v, p) for v, _, p in _periods(text, period, date)] == expected


STATIC = [
    # a project's capital, its loan and the parts of its total in brackets are sizes
    ("Tổng vốn 48,2 triệu USD, trong đó vốn vay 40 triệu USD.\n", "2023-M9", "2023-10-10", [
        (48.2, None), (40.0, None)]),
    ("Tổng mức đầu tư 860 tỷ đồng (vốn ngân sách trung ương 600 tỷ đồng, ngân sách tỉnh 260 "
     "tỷ đồng). Đã giải ngân 120 tỷ đồng.\n", "2023-M9", "2023-10-10", [
         (860.0, None), (600.0, None), (260.0, None), (120.0, "2023-M9")]),
    # the land a reservoir waters is a size
    ("Hồ có dung tích 8,2 triệu m³, bảo đảm tưới cho 950 ha lúa.\n", "2023-M9", "2023-10-10",
     [(8.2, None), (950.0, None)]),
]


@pytest.mark.parametrize("text, period, date, expected", STATIC)
def test_round7_static_sizes(text: str, period: str | None, date: str | None,
                             expected: list[tuple]) -> None:
    assert [(v, p) for v, _, p in _periods(text, period, date)] == expected


def test_estimate_over_a_breakdown_list() -> None:
    # "ước" of the head runs into the dash list after "Trong đó:", "; riêng …" included
    text = ("Sản lượng lương thực 6 tháng ước đạt 215.400 tấn, tăng 2,3%. Trong đó:\n\n"
            "- Sản lượng lúa 198.200 tấn, tăng 2,1%;\n"
            "- Sản lượng ngô 17.200 tấn; riêng ngô lai đạt 12.100 tấn.\n\n"
            "Đàn trâu 41.200 con.\n")
    figs = find_figures(build_doc(text), found("2024-H1", "2024-06-20"))
    assert [(f.value, f.estimate) for f in figs] == [
        (215400.0, True), (2.3, True), (198200.0, True), (2.1, True), (17200.0, True),
        (12100.0, True), (41200.0, False)]
