"""Round 5 of targets (sentences written for these tests): counts of work
over a plan's span are totals, and a five-year review's "Đến cuối năm Y, …
có …" written in year Y states an achievement, not a target."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.text.structure import build_doc
from tests.support.extracting import found, target_rows


def _figures(text: str, period: str | None, date: str | None) -> list[tuple]:
    return [(f.value, f.value_max, f.unit, f.kind, f.period, f.base)
            for f in find_figures(build_doc(text), found(period, date))]


AIMS = "2. Các chỉ tiêu cụ thể đến năm 2030\n\n"
SPAN = ("2026/2030", "2026-02-03")

COUNTS = [
    # work counted over the span of the plan: a total of 2026 - 2030
    (AIMS + "- Hỗ trợ làm mới, sửa chữa nhà ở cho 3.100 hộ nghèo, hộ cận nghèo.\n", *SPAN, [
        ("Hỗ trợ làm mới, sửa chữa nhà", 3100.0, "hộ", "total", "2026/2030")]),
    (AIMS + "- Đưa ít nhất 900 lao động đi làm việc ở nước ngoài theo hợp đồng.\n", *SPAN, [
        ("lao động đi làm việc ở nước ngoài theo hợp đồng", 900.0, "lao động", "total",
         "2026/2030")]),
    (AIMS + "- Có 8 xã thoát khỏi tình trạng đặc biệt khó khăn.\n", *SPAN, [
        ("xã thoát khỏi tình trạng đặc biệt khó khăn", 8.0, "xã", "total", "2026/2030")]),
    (AIMS + "- Đào tạo nghề cho 4.500 lao động nông thôn.\n", *SPAN, [
        ("Đào tạo nghề", 4500.0, "lao động", "total", "2026/2030")]),
    # negatives: a yearly count, a state at the end, a year of its own, a plan of one year
    (AIMS + "- Mỗi năm hỗ trợ sinh kế cho ít nhất 500 hộ.\n", *SPAN, [
        ("hộ mỗi năm hỗ trợ sinh kế", 500.0, "hộ", "level", "2026/2030")]),
    (AIMS + "- Tỷ lệ hộ nghèo còn dưới 3%.\n", *SPAN, [
        ("Tỷ lệ hộ nghèo", 3.0, "%", "rate", "2030")]),
    (AIMS + "- Năm 2027 hỗ trợ nhà ở cho 700 hộ nghèo.\n", *SPAN, [
        ("hộ nghèo", 700.0, "hộ", "level", "2027")]),
    ("2. Các chỉ tiêu năm 2026\n\n- Hỗ trợ nhà ở cho 650 hộ nghèo.\n", "2026", "2025-12-20", [
        ("hộ nghèo", 650.0, "hộ", "level", "2026")]),
]


@pytest.mark.parametrize("text, period, date, expected", COUNTS)
def test_counts_over_the_span(text: str, period: str, date: str, expected: list[tuple]) -> None:
    assert target_rows(text, period, date) == expected


REVIEW = "## II. KẾT QUẢ THỰC HIỆN CÁC LĨNH VỰC\n\n"
ACHIEVED = ("Đến cuối năm 2020, toàn tỉnh có 52/60 xã đạt chuẩn nông thôn mới, tăng 30 xã so với "
            "năm 2015.\n")


@pytest.mark.parametrize("text, period, date, targets", [
    # the review of 2016 - 2020 written in 2020: what the year ends with is achieved
    (REVIEW + ACHIEVED, "2016/2020", "2020-09-25", []),
    # written before the span's last year: still a target
    ("## II. MỤC TIÊU\n\nĐến năm 2020, toàn tỉnh có 60 xã đạt chuẩn nông thôn mới.\n",
     "2016/2020", "2016-03-02", [("xã đạt chuẩn nông thôn mới", 60.0, "xã", "level", "2020")]),
    # a later year in the review's outlook: a target
    (REVIEW + "Đến năm 2025, toàn tỉnh có 75 xã đạt chuẩn nông thôn mới.\n", "2016/2020",
     "2020-09-25", [("xã đạt chuẩn nông thôn mới", 75.0, "xã", "level", "2025")]),
])
def test_achievements_of_a_review(text: str, period: str, date: str, targets: list) -> None:
    assert target_rows(text, period, date) == targets


def test_achievement_is_a_figure() -> None:
    assert _figures(REVIEW + ACHIEVED, "2016/2020", "2020-09-25") == [
        (52.0, 60.0, "xã", "progress", "2020", None),
        (30.0, None, "xã", "change", "2020", "2015"),
    ]
