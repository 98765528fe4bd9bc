"""Round 13 (sentences written for these tests): the kind of a bare per-cent number
measured against the plan, a target range in brackets after a resolution's long name,
an excess over the budget aimed at, average yearly falls in points, and a length of
time cut "từ X ngày xuống còn Y ngày"."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.targets import find_targets
from ktxh.text.structure import build_doc
from tests.support.extracting import found


def _figures(text: str, period: str, date: str) -> list[tuple]:
    return [(f.kind, f.value, f.value_max, f.unit, f.indicator)
            for f in find_figures(build_doc(text), found(period, date))]


def _targets(text: str, period: str, date: str) -> list[tuple]:
    return [(t.kind, t.value, t.value_max, t.unit, t.indicator)
            for t in find_targets(build_doc(text), found(period, date))]


PLAN_KINDS = [
    # the verb of the work done, its object between it and "X% kế hoạch": of the plan
    ("Đến cuối tháng 9, một số huyện giải ngân vốn sự nghiệp giáo dục dưới 30% kế hoạch.",
     "2024-Q3", "2024-10-05",
     [("pct_of_plan", 30.0, None, "%", "một số huyện giải ngân vốn sự nghiệp giáo dục")]),
    ("Các chủ đầu tư đã hoàn thành trồng rừng thay thế 85% kế hoạch.",
     "2024", "2024-12-10",
     [("pct_of_plan", 85.0, None, "%", "Các chủ đầu tư đã hoàn thành trồng rừng thay thế")]),
    # no such verb: a part of the plan, as before
    ("Vốn dự phòng 10% kế hoạch đầu tư công được phân bổ cho các dự án cấp bách.",
     "2024", "2024-12-10",
     [("share", 10.0, None, "%", "Vốn dự phòng")]),
    # a target range in brackets after a resolution's full name: the kind of the figure
    # it is set for (average growth), however long the name
    ("Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2016 - 2020 ước đạt 5,8%/năm, không "
     "đạt chỉ tiêu Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV đề ra (6,5 - 7%).",
     "2016/2020", "2020-11-20",
     [("growth_avg", 5.8, None, "%/năm", "Tốc độ tăng trưởng kinh tế"),
      ("growth_avg", 6.5, 7.0, "%", "Tốc độ tăng trưởng kinh tế")]),
]


@pytest.mark.parametrize("text, period, date, expected", PLAN_KINDS)
def test_plan_kinds(text: str, period: str, date: str, expected: list) -> None:
    assert _figures(text, period, date) == expected


SPANS = [
    # a length of time cut from one value to another: both ends, named by "thời gian …"
    ("Năm 2023, Sở Tư pháp đã rút ngắn thời gian cấp phiếu lý lịch tư pháp từ 10 ngày "
     "xuống còn 6 ngày làm việc.", None, "2023-12-15",
     [("level", 10.0, None, "ngày", "thời gian cấp phiếu lý lịch tư pháp"),
      ("level", 6.0, None, "ngày làm việc", "thời gian cấp phiếu lý lịch tư pháp")]),
    ("Thời gian thẩm định hồ sơ giảm từ 3 tháng xuống 2 tháng.", None, "2023-12-15",
     [("level", 3.0, None, "tháng", "Thời gian thẩm định hồ sơ"),
      ("level", 2.0, None, "tháng", "Thời gian thẩm định hồ sơ")]),
    # days that are no length cut from one value to another stay unread
    ("Từ 15 ngày đến 20 ngày trước kỳ họp, các cơ quan gửi báo cáo về Văn phòng.",
     None, "2023-12-15", []),
    ("Trong 10 ngày, các xã còn 5 ngày để hoàn thiện hồ sơ.", None, "2023-12-15", []),
]


@pytest.mark.parametrize("text, period, date, expected", SPANS)
def test_time_spans(text: str, period: str | None, date: str, expected: list) -> None:
    assert _figures(text, period, date) == expected


TARGETS = [
    # "mỗi năm" before the number: average yearly fall, as the reports read it
    ("Mục tiêu đến năm 2030: tỷ lệ hộ nghèo đa chiều giảm bình quân mỗi năm từ 1 - 1,5 điểm "
     "phần trăm.", "2026/2030", "2025-12-20",
     [("growth_avg", -1.0, -1.5, "điểm phần trăm", "tỷ lệ hộ nghèo đa chiều")]),
    # "… điểm phần trăm/năm": a change a year, as before
    ("Mục tiêu đến năm 2030: tỷ lệ hộ nghèo đa chiều giảm bình quân 0,5 điểm phần trăm/năm.",
     "2026/2030", "2025-12-20",
     [("change", -0.5, None, "điểm phần trăm", "tỷ lệ hộ nghèo đa chiều")]),
    # an excess over the budget aimed at is a change, not a rate
    ("Sở Tài chính phối hợp với Thuế tỉnh phấn đấu thu ngân sách năm 2026 vượt dự toán "
     "tối thiểu 10%.", "2026", "2025-12-20",
     [("change", 10.0, None, "%", "thu ngân sách vượt dự toán")]),
]


@pytest.mark.parametrize("text, period, date, expected", TARGETS)
def test_target_kinds(text: str, period: str, date: str, expected: list) -> None:
    assert _targets(text, period, date) == expected
