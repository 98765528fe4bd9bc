"""Round 19 (sentences written for these tests): a progress whose unit is written
at both ends with a thousands separator ("12.400 ha/13.050 ha"), and "chiếm X%
kế hoạch/dự toán" read as a share of the plan, not a share of a whole."""

from __future__ import annotations

import pytest

from tests.support.extracting import figure_rows

_OCTOBER = ("2024-M10", "2024-11-05")  # a 10-month báo cáo's period and date


def _report_rows(text: str) -> list[tuple]:
    """(kind, value, unit, indicator) of the figures of a 10-month báo cáo."""
    return figure_rows(text, ("kind", "value", "unit", "indicator"), *_OCTOBER)


PROGRESS_BOTH_UNITS = [
    # the total after "/" is no "per" unit ("/1.000 dân") when its unit is the number's
    ("Toàn tỉnh đã gieo cấy 12.400 ha/13.050 ha lúa vụ Đông Xuân.",
     [("progress", 12400.0, "ha", "gieo cấy lúa vụ Đông Xuân")]),
    ("Đã trồng mới 1.250 ha/1.500 ha rừng tập trung.",
     [("progress", 1250.0, "ha", "trồng mới rừng tập trung")]),
    # the total without a thousands separator: its "/…" is not the object either
    ("Đã bàn giao 84,6 ha/112,5 ha mặt bằng.",
     [("progress", 84.6, "ha", "bàn giao mặt bằng")]),
    # a real "per" unit with a number stays a rate
    ("Tỷ suất sinh thô đạt 14,2 trẻ/1.000 dân.",
     [("rate", 14.2, "trẻ/1.000 dân", "Tỷ suất sinh thô")]),
]


@pytest.mark.parametrize("text, expected", PROGRESS_BOTH_UNITS)
def test_progress_with_unit_at_both_ends(text: str, expected: list[tuple]) -> None:
    assert _report_rows(text) == expected


def _kinds(text: str) -> list[tuple]:
    return figure_rows(text, ("kind", "value"), *_OCTOBER)


SHARE_OF_PLAN = [
    # "chiếm X% kế hoạch/dự toán": the plan's object wins over the verb
    ("Giải ngân vốn đầu tư công ước đạt 3.120 tỷ đồng, chiếm 54,6% kế hoạch vốn được giao.",
     [("level", 3120.0), ("pct_of_plan", 54.6)]),
    ("Thu nội địa ước đạt 8.100 tỷ đồng, chiếm 72,5% dự toán năm.",
     [("level", 8100.0), ("pct_of_plan", 72.5)]),
    # a part of a whole stays a share
    ("Vốn ngân sách địa phương là 6.020 tỷ đồng, chiếm 61,2% tổng vốn.",
     [("level", 6020.0), ("share", 61.2)]),
]


@pytest.mark.parametrize("text, expected", SHARE_OF_PLAN)
def test_share_of_the_plan(text: str, expected: list[tuple]) -> None:
    assert _kinds(text) == expected


def _indicators(text: str) -> list[tuple]:
    return figure_rows(text, ("value", "indicator"), *_OCTOBER)


INDICATORS = [
    # "cả" left before a period ("cả giai đoạn …", "cả năm …") names nothing
    ("Tốc độ tăng trưởng GRDP bình quân đạt 7,8%/năm; dự kiến cả giai đoạn 2021 - 2025 "
     "tăng bình quân 8,0%/năm.",
     [(7.8, "Tốc độ tăng trưởng GRDP"), (8.0, "Tốc độ tăng trưởng GRDP")]),
    # a bare scope before the verb: what the verb does is named after the number
    ("Tỉnh đón 6,4 triệu lượt khách du lịch.", [(6.4, "lượt khách du lịch")]),
    ("Huyện trồng mới 820 ha rừng tập trung.", [(820.0, "trồng mới rừng tập trung")]),
    # "về X nhưng/song …": the measure ends before the conjunction
    ("Có 845 doanh nghiệp thành lập mới, giảm 4,1% về số lượng nhưng tăng 22,6% về vốn "
     "đăng ký.",
     [(845.0, "doanh nghiệp thành lập mới"), (-4.1, "số lượng"), (22.6, "vốn đăng ký")]),
    ("Có 312 hợp tác xã thành lập mới, tăng 5% về số lượng song giảm 3% về vốn.",
     [(312.0, "hợp tác xã thành lập mới"), (5.0, "số lượng"), (-3.0, "vốn")]),
]


@pytest.mark.parametrize("text, expected", INDICATORS)
def test_indicators(text: str, expected: list[tuple]) -> None:
    assert _indicators(text) == expected


TIME_LEAD_INS = [
    # "đến cuối | tháng 10": all the words leading into a period go with it
    ("Tỷ lệ dân số tham gia bảo hiểm xã hội đến cuối tháng 10 đạt 41,2%.",
     "Tỷ lệ dân số tham gia bảo hiểm xã hội"),
    ("Giải ngân vốn đầu tư công đến hết tháng 10 đạt 3.280 tỷ đồng.", "Giải ngân vốn đầu tư công"),
    ("Dư nợ tín dụng tính đến hết quý III đạt 96.400 tỷ đồng.", "Dư nợ tín dụng"),
    # a word of the name that is no lead-in stays
    ("Số doanh nghiệp hoạt động đến cuối tháng 10 là 8.150 doanh nghiệp.",
     "Số doanh nghiệp hoạt động"),
]


@pytest.mark.parametrize("text, indicator", TIME_LEAD_INS)
def test_time_lead_ins_leave_the_indicator(text: str, indicator: str) -> None:
    assert [row[3] for row in _report_rows(text)] == [indicator]
