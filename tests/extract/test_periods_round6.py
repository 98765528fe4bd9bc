"""Periods of round 6 (sentences written for these tests): a plan's horizon is
no period of its state of play, and dates stay in the clause they belong to."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.metadata import extract_metadata
from ktxh.text.structure import build_doc
from tests.support.extracting import found


def _periods(text: str, period: str | None, date: str | None) -> list[tuple]:
    return [(f.value, f.period) for f in find_figures(build_doc(text), found(period, date))]


_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\nSố: 215/KH-UBND\n\n"
         "Hà Tĩnh, ngày 12 tháng 5 năm {year}\n\nKẾ HOẠCH\n{title}\n\nNội dung.\n")

METADATA = [
    # a plan "đến năm 2030" dated 2023 runs from its date to its horizon
    ("2023", "Phát triển du lịch tỉnh Hà Tĩnh đến năm 2030, tầm nhìn đến năm 2050",
     "2023/2030"),
    # a yearly plan for the next year keeps its year
    ("2023", "Phát triển kinh tế - xã hội năm 2024", "2024"),
    ("2023", "Chuyển đổi số tỉnh Hà Tĩnh đến năm 2024", "2024"),
]


@pytest.mark.parametrize(("year", "title", "expected"), METADATA)
def test_plan_horizon_is_a_span(year: str, title: str, expected: str) -> None:
    doc = build_doc(_HEAD.format(year=year, title=title))
    assert extract_metadata(doc, {}).period == expected


PLAN = ("2023/2030", "2023-05-12")

CASES = [
    # the state of play: a year opening the paragraph dates its later sentences
    ("Đến hết năm 2022, toàn tỉnh có 18 khu du lịch, thu hút 2,1 triệu lượt khách. "
     "Tuy nhiên, tỷ lệ cơ sở lưu trú đạt chuẩn mới đạt 35%.\n", *PLAN,
     [(18.0, "2022"), (2.1, "2022"), (35.0, "2022")]),
    # "Hiện nay …" states the present: no horizon, no earlier year
    ("Đến hết năm 2022, toàn tỉnh có 18 khu du lịch. Hiện nay có 42 cơ sở lưu trú "
     "đạt chuẩn 3 sao.\n", *PLAN, [(18.0, "2022"), (42.0, None)]),
    ("Hiện nay trên địa bàn tỉnh có 6 cụm công nghiệp với khoảng 12 nghìn lao động.\n",
     *PLAN, [(6.0, None), (12.0, None)]),
    # "lũy kế từ đầu năm" counts the months of the year gone by, in its own clause only
    ("Trong tháng không xảy ra vụ cháy nào; lũy kế từ đầu năm xảy ra 7 vụ cháy, thiệt hại "
     "3,5 ha rừng, giảm 2 vụ so với cùng kỳ.\n", "2023-09", "2023-09-28",
     [(7.0, "2023-M9"), (3.5, "2023-M9"), (-2.0, "2023-M9")]),
    ("Trong quý có 3 vụ cháy; từ đầu năm xảy ra 9 vụ.\n", "2023-Q3", "2023-09-28",
     [(3.0, "2023-Q3"), (9.0, "2023-M9")]),
    # a bare "lũy kế" of works counts from their start: the report's period
    ("Giá trị thi công lũy kế đạt 1.250 tỷ đồng.\n", "2023-Q3", "2023-09-28",
     [(1250.0, "2023-Q3")]),
    # a standard, a set of projects, money carried over: times that name, not date
    ("Toàn huyện còn 510 hộ nghèo và 820 hộ cận nghèo theo chuẩn nghèo đa chiều giai đoạn "
     "2016 - 2020.\n", "2021", "2021-12-10", [(510.0, "2021"), (820.0, "2021")]),
    ("Có 12 dự án giải ngân chậm, chủ yếu là các dự án khởi công mới năm 2023.\n",
     "2023-09", "2023-09-28", [(12.0, "2023-09")]),
    ("Kế hoạch vốn năm 2022 kéo dài giải ngân được 150,2 tỷ đồng, đạt 48,1%.\n", "2023-M6",
     "2023-07-10", [(150.2, "2023-M6"), (48.1, "2023-M6")]),
    # a plan's year of its own still dates the plan
    ("Kế hoạch vốn năm 2023 của tỉnh là 3.150,6 tỷ đồng.\n", "2023-M6", "2023-07-10",
     [(3150.6, "2023")]),
]


@pytest.mark.parametrize(("text", "period", "date", "expected"), CASES)
def test_figure_periods(text: str, period: str | None, date: str | None,
                        expected: list[tuple]) -> None:
    assert _periods(text, period, date) == expected


INDICATORS = [
    # "có nơi" and the bracket of places after it: the measure of the head value
    ("Trên địa bàn tỉnh có mưa to, lượng mưa phổ biến 120 - 200 mm, có nơi trên 300 mm "
     "(xã Yên Lập 326 mm, xã Tân Sơn 312 mm).\n",
     [(120.0, "lượng mưa phổ biến"), (300.0, "lượng mưa"), (326.0, "lượng mưa"),
      (312.0, "lượng mưa")]),
]


@pytest.mark.parametrize(("text", "expected"), INDICATORS)
def test_figure_indicators(text: str, expected: list[tuple]) -> None:
    figs = find_figures(build_doc(text), found("2025-09", "2025-09-05"))
    assert [(f.value, f.indicator) for f in figs] == expected
