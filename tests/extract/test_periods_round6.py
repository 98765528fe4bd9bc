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
]


@pytest.mark.parametrize(("text", "period", "date", "expected"), CASES)
def test_figure_periods(text: str, period: str | None, date: str | None,
                        expected: list[tuple]) -> None:
    assert _periods(text, period, date) == expected
