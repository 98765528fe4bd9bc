"""Round 11 (sentences written for these tests): a project table whose unit is only
in a bracket closing its caption line, its bare "Tỷ lệ (%)" column named after the
amount before it, and its total row named by the measure alone."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.text.structure import build_doc
from tests.support.extracting import found


def _rows(text: str, period: str, date: str) -> list[tuple]:
    return [(f.kind, f.value, f.unit, f.indicator)
            for f in find_figures(build_doc(text), found(period, date)) if "|" in f.quote]


_TABLE = (
    "| STT | Dự án | Kế hoạch vốn 2023 | Giải ngân đến 30/9/2023 | Tỷ lệ (%) |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Đường tránh phía Tây | 350 | 210 | 60,0 |\n"
    "|  | Tổng cộng | 350 | 210 | 60,0 |\n"
)

TABLES = [
    # "(tỷ đồng):" closing the caption: the unit of every amount
    ("Bảng tổng hợp tình hình giải ngân các dự án (tỷ đồng):\n\n" + _TABLE,
     [("level", 350.0, "tỷ đồng", "kế hoạch vốn Đường tránh phía Tây"),
      ("level", 210.0, "tỷ đồng", "giải ngân Đường tránh phía Tây"),
      ("pct_of_plan", 60.0, "%", "tỷ lệ giải ngân Đường tránh phía Tây"),
      ("level", 350.0, "tỷ đồng", "kế hoạch vốn"),
      ("level", 210.0, "tỷ đồng", "giải ngân"),
      ("pct_of_plan", 60.0, "%", "tỷ lệ giải ngân")]),
    # a bracket that is no unit ("(đợt 1)") gives none
    ("Bảng tổng hợp tình hình giải ngân các dự án (đợt 1):\n\n" + _TABLE,
     [("level", 350.0, "", "kế hoạch vốn Đường tránh phía Tây"),
      ("level", 210.0, "", "giải ngân Đường tránh phía Tây"),
      ("pct_of_plan", 60.0, "%", "tỷ lệ giải ngân Đường tránh phía Tây"),
      ("level", 350.0, "", "kế hoạch vốn"),
      ("level", 210.0, "", "giải ngân"),
      ("pct_of_plan", 60.0, "%", "tỷ lệ giải ngân")]),
]


@pytest.mark.parametrize("text, expected", TABLES)
def test_table_caption_unit(text: str, expected: list) -> None:
    assert _rows(text, "2023-M9", "2023-10-05") == expected


def _figures(text: str, period: str, date: str) -> list[tuple]:
    return [(f.kind, f.value, f.value_max, f.unit)
            for f in find_figures(build_doc(text), found(period, date))]


FRACTIONS = [
    # "đã" and a verb of three words before "X/Y": done out of a total
    ("Đến nay đã vận hành thử 9/12 đoàn tàu.\n", "2024-M6", "2024-07-05",
     [("progress", 9.0, 12.0, "đoàn")]),
    ("Tuyến cáp quang đã đưa vào khai thác 14/14 trạm lặp.\n", "2023", "2023-12-20",
     [("progress", 14.0, 14.0, "trạm")]),
    # no "đã …" before it: a bare fraction is no count
    ("Kết quả kiểm tra 9/12 đoàn tàu.\n", "2024-M6", "2024-07-05", []),
]


@pytest.mark.parametrize("text, period, date, expected", FRACTIONS)
def test_done_fraction(text: str, period: str, date: str, expected: list) -> None:
    assert _figures(text, period, date) == expected


PERIODS = [
    # "Dự kiến đến ngày D/M/Y, …": a forecast counted to that day, which dates it
    ("Dự kiến đến ngày 31/10/2023, toàn tỉnh giải ngân được 1.250 tỷ đồng.\n",
     "2023-M9", "2023-10-06", [("level", 1250.0, "2023-M10", True)]),
    # "bằng X% dự toán năm (dự toán Y)": Y is the year's budget
    ("Thu tiền sử dụng đất 6 tháng đạt 310 tỷ đồng, bằng 41,3% dự toán năm (dự toán 750 tỷ "
     "đồng).\n", "2022-H1", "2022-07-05",
     [("level", 310.0, "2022-H1", False), ("pct_of_plan", 41.3, "2022-H1", False),
      ("level", 750.0, "2022", False)]),
    # without the comma, "dự kiến đến ngày …" stays a deadline of the work
    ("Dự kiến đến ngày 31/10/2023 hoàn thành 100% khối lượng.\n",
     "2023-M9", "2023-10-06", [("rate", 100.0, "2023-M9", True)]),
]


@pytest.mark.parametrize("text, period, date, expected", PERIODS)
def test_forecast_until(text: str, period: str, date: str, expected: list) -> None:
    assert [(f.kind, f.value, f.period, f.estimate)
            for f in find_figures(build_doc(text), found(period, date))] == expected


OPENINGS = [
    # "Năm 2019, …" opening a paragraph of a document of 2020: its later sentences too
    ("Năm 2019, toàn huyện xảy ra 14 vụ cháy rừng, thiệt hại 21,5 ha. Tỷ lệ che phủ "
     "rừng đạt 46,8%.\n", "2020", "2020-02-10",
     [("level", 14.0, "2019"), ("level", 21.5, "2019"), ("rate", 46.8, "2019")]),
    # under a title of a later year ("… năm 2021"), in a chỉ thị of no period
    ("# CHỈ THỊ\n\n**Về tăng cường phòng, chống dịch bệnh gia súc năm 2021**\n\n"
     "Năm 2020, toàn tỉnh phát sinh 35 ổ dịch. Tỷ lệ tiêm phòng đàn gia súc đạt 82,5%.\n",
     None, "2021-01-20", [("level", 35.0, "2020"), ("rate", 82.5, "2020")]),
    # the document's own year opening it changes nothing
    ("Năm 2020, toàn huyện đã trồng mới 300 ha rừng. Tỷ lệ che phủ rừng đạt 46,8%.\n",
     "2020", "2020-12-20", [("level", 300.0, "2020"), ("rate", 46.8, "2020")]),
]


@pytest.mark.parametrize("text, period, date, expected", OPENINGS)
def test_paragraph_opening_year(text: str, period: str | None, date: str, expected: list) -> None:
    assert [(f.kind, f.value, f.period)
            for f in find_figures(build_doc(text), found(period, date))] == expected
