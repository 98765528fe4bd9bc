"""Round 18 (sentences written for these tests): a gap to another named crop
season read as a change on it, an adjustment asked for that compares with
nothing (no default base of the same period), a crop year ("niên vụ") as the
period of its figures, and a "tỷ lệ …" aim over "X% tổng đàn" kept a rate."""

from __future__ import annotations

import pytest

from tests.support.extracting import figure_rows, target_rows


def _report_rows(text: str) -> list[tuple]:
    """(kind, value, unit, base) of the figures of a 9-month báo cáo."""
    return figure_rows(text, ("kind", "value", "unit", "base"), "2024-M9", "2024-10-05")


CROP_SEASON_GAP = [
    ("Năng suất lúa vụ Mùa ước 50,2 tạ/ha, thấp hơn vụ Chiêm Xuân 6,1 tạ/ha.",
     [("level", 50.2, "tạ/ha", None), ("change", -6.1, "tạ/ha", "vụ Chiêm Xuân")]),
    ("Năng suất lúa vụ Đông Xuân đạt 68,4 tạ/ha, cao hơn vụ Hè Thu năm 2023 3,2 tạ/ha.",
     [("level", 68.4, "tạ/ha", None), ("change", 3.2, "tạ/ha", "vụ Hè Thu năm 2023")]),
    # the comparison with the season before stays a change on the previous period
    ("Năng suất lúa vụ Thu Đông đạt 55 tạ/ha, cao hơn vụ trước 1,4 tạ/ha.",
     [("level", 55.0, "tạ/ha", None), ("change", 1.4, "tạ/ha", "previous_period")]),
]


@pytest.mark.parametrize("text, expected", CROP_SEASON_GAP)
def test_gap_to_named_crop_season(text: str, expected: list[tuple]) -> None:
    assert _report_rows(text) == expected


ADJUSTMENT = [
    ("Đề nghị Bộ Tài chính cho phép điều chỉnh giảm 95 tỷ đồng kế hoạch vốn năm 2024 "
     "của Dự án Kè chống sạt lở bờ sông.", [("change", -95.0, "tỷ đồng", None)]),
    ("Kiến nghị Trung ương điều chỉnh tăng 40 tỷ đồng vốn ngân sách trung ương cho dự án.",
     [("change", 40.0, "tỷ đồng", None)]),
    # a bare fall in a report still compares with the same period
    ("Số doanh nghiệp giải thể là 112 doanh nghiệp, giảm 8%.",
     [("level", 112.0, "doanh nghiệp", None), ("change", -8.0, "%", "same_period_last_year")]),
]


@pytest.mark.parametrize("text, expected", ADJUSTMENT)
def test_adjustment_has_no_default_base(text: str, expected: list[tuple]) -> None:
    assert _report_rows(text) == expected


def _report_periods(text: str) -> list[tuple]:
    return figure_rows(text, ("value", "period"), "2024-M9", "2024-10-05")


CROP_YEAR = [
    # a crop year ("niên vụ") is the figure's own span of a year
    ("Sản lượng hồ tiêu niên vụ 2023 - 2024 ước đạt 62.400 tấn, tăng 3,5% so với niên vụ "
     "trước.", [(62400.0, "2023/2024"), (3.5, "2023/2024")]),
    # a crop season across the new year stays no period: its facts are of the report
    ("Diện tích gieo trồng vụ Đông Xuân 2023 - 2024 đạt 98.500 ha.", [(98500.0, "2024-M9")]),
]


@pytest.mark.parametrize("text, expected", CROP_YEAR)
def test_crop_year_dates_its_figures(text: str, expected: list[tuple]) -> None:
    assert _report_periods(text) == expected


RATE_OF_WHOLE = [
    # a "tỷ lệ …" aim over "X% tổng đàn/tổng số hộ" stays a rate
    ("Phấn đấu tỷ lệ tiêm phòng vắc xin lở mồm long móng đạt trên 85% tổng đàn.", "rate"),
    ("Phấn đấu tỷ lệ hộ dân nông thôn dùng nước sạch đạt 92% tổng số hộ.", "rate"),
    # a share of a whole without "tỷ lệ" stays a share
    ("Phấn đấu chi thường xuyên cho giáo dục đạt 20% tổng chi ngân sách.", "share"),
]


@pytest.mark.parametrize("text, kind", RATE_OF_WHOLE)
def test_rate_aim_of_a_whole(text: str, kind: str) -> None:
    assert [row[3] for row in target_rows(text, "2024-M9", "2024-10-05")] == [kind]


OF_WHICH_SUB_CLAUSE = [
    # a time inside a "trong đó" sub-clause dates only that sub-clause
    ("Diện tích cao su hiện có 96.300 ha, trong đó diện tích trồng mới lũy kế từ năm 2020 "
     "đến nay là 12.450 ha; điều 18.700 ha.",
     [(96300.0, "2024-M9"), (12450.0, "2020/2024"), (18700.0, "2024-M9")]),
    ("Toàn tỉnh có 158 sản phẩm OCOP đạt 3 sao, trong đó 14 sản phẩm được công nhận mới "
     "trong quý II.", [(158.0, "2024-M9"), (14.0, "2024-Q2")]),
    # the sub-clause's time dates what follows it there ("2.810", then "1,4 lần")
    ("Thu ngân sách đạt 9.640 tỷ đồng, trong đó năm 2023 đạt 2.810 tỷ đồng, gấp 1,4 lần "
     "năm 2020.", [(9640.0, "2024-M9"), (2810.0, "2023"), (1.4, "2023")]),
    # a time before the "trong đó" still dates the whole sentence
    ("Trong quý III, toàn tỉnh cấp 520 giấy phép xây dựng, trong đó 310 giấy phép nhà ở.",
     [(520.0, "2024-Q3"), (310.0, "2024-Q3")]),
]


@pytest.mark.parametrize("text, expected", OF_WHICH_SUB_CLAUSE)
def test_time_of_a_sub_clause(text: str, expected: list[tuple]) -> None:
    assert _report_periods(text) == expected
