"""Round 16 (sentences written for these tests): a table's unit named only in
the sentence leading into it, inside a bracket that goes on after the unit."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.text.structure import build_doc
from tests.support.extracting import found


def _figures(text: str, period: str | None, date: str,
             fields: tuple[str, ...] = ("value", "unit")) -> list[tuple]:
    return [tuple(getattr(f, k) for k in fields)
            for f in find_figures(build_doc(text), found(period, date))]


_PROJECTS = ("| TT | Tên dự án | Kế hoạch vốn năm 2024 | Đã giải ngân | Tỷ lệ (%) |\n"
             "|---|---|---|---|---|\n"
             "| 1 | Đường tránh thị trấn Phú Hòa | 300 | 126,0 | 42,0 |\n")

CLAUSE_UNIT = [
    # the bracket names the unit, then a second clause after "," or ";"
    ("Tình hình cụ thể (đơn vị: tỷ đồng, số liệu tính đến ngày 30/6/2024):\n\n" + _PROJECTS,
     [(300.0, "tỷ đồng"), (126.0, "tỷ đồng"), (42.0, "%")]),
    ("Chi tiết như sau (Đơn vị tính: triệu đồng; giải ngân đến hết tháng 6):\n\n" + _PROJECTS,
     [(300.0, "triệu đồng"), (126.0, "triệu đồng"), (42.0, "%")]),
    # the words before the comma are no unit: nothing taken from the bracket
    ("Chi tiết như sau (đơn vị: các ban quản lý, số liệu đến 30/6/2024):\n\n" + _PROJECTS,
     [(300.0, ""), (126.0, ""), (42.0, "%")]),
]


@pytest.mark.parametrize("text, expected", CLAUSE_UNIT)
def test_unit_in_bracket_with_second_clause(text: str, expected: list[tuple]) -> None:
    assert sorted(_figures(text, "2024-H1", "2024-07-05")) == sorted(expected)


_STATUS = ("| TT | Tên dự án | Tổng mức đầu tư (tỷ đồng) | Tình hình GPMB |\n"
           "|---|---|---|---|\n"
           "| 1 | Đường ven sông Trà Khúc | 850 | {} |\n")

STATUS_CELLS = [
    # done/total with no verb before it: progress
    ("12,4/20 km", [(850.0, "tỷ đồng", "level"), (12.4, "km", "progress")]),
    # what is left: a level; the share done: a rate
    ("Còn vướng 35 hộ", [(850.0, "tỷ đồng", "level"), (35.0, "hộ", "level")]),
    ("Còn lại 4,6 ha", [(850.0, "tỷ đồng", "level"), (4.6, "ha", "level")]),
    ("Đạt 85%", [(850.0, "tỷ đồng", "level"), (85.0, "%", "rate")]),
    # words only, or a word after the number that is no unit: nothing read
    ("Hoàn thành", [(850.0, "tỷ đồng", "level")]),
    ("Còn 3 vướng mắc chưa giải quyết", [(850.0, "tỷ đồng", "level")]),
]


@pytest.mark.parametrize("cell, expected", STATUS_CELLS)
def test_figures_in_status_cell(cell: str, expected: list[tuple]) -> None:
    got = _figures(_STATUS.format(cell), "2024-M9", "2024-10-05", ("value", "unit", "kind"))
    assert sorted(got) == sorted(expected)


LAST_YEAR_COMPARED = [
    # the gap to last year's growth, named between the comparative and the number
    ("Tổng sản phẩm trên địa bàn (GRDP) 9 tháng tăng 6,4% so với cùng kỳ, cao hơn mức tăng "
     "của cùng kỳ năm trước 1,3 điểm phần trăm.",
     [(6.4, "change", "same_period_last_year"), (1.3, "change", "same_period_last_year")]),
    ("Tổng sản phẩm trên địa bàn (GRDP) 9 tháng tăng 6,4% so với cùng kỳ, thấp hơn tốc độ tăng "
     "của cùng kỳ năm 2023 là 1,1 điểm phần trăm.",
     [(6.4, "change", "same_period_last_year"), (-1.1, "change", "same_period_last_year")]),
    # last year's share of the plan, in a bracket after this year's
    ("Đến ngày 30/9/2024, giải ngân vốn đầu tư công đạt 2.150 tỷ đồng, bằng 61,2% kế hoạch "
     "(cùng kỳ năm 2023 đạt 52,4%).",
     [(2150.0, "level", None), (61.2, "pct_of_plan", "plan"), (52.4, "pct_of_plan", "plan")]),
    ("Đến ngày 30/9/2024, giải ngân vốn đầu tư công đạt 2.150 tỷ đồng, bằng 61,2% kế hoạch "
     "(cùng kỳ năm trước chỉ đạt 47%).",
     [(2150.0, "level", None), (61.2, "pct_of_plan", "plan"), (47.0, "pct_of_plan", "plan")]),
    # a rate before the bracket: the bracket's rate stays a rate
    ("Tỷ lệ hộ dân sử dụng nước sạch đạt 92,5% (cùng kỳ năm 2023 đạt 90,1%).",
     [(92.5, "rate", None), (90.1, "rate", None)]),
]


@pytest.mark.parametrize("text, expected", LAST_YEAR_COMPARED)
def test_compared_with_last_year(text: str, expected: list[tuple]) -> None:
    got = _figures(text, "2024-M9", "2024-10-05", ("value", "kind", "base"))
    assert sorted(got, key=str) == sorted(expected, key=str)


def test_last_year_bracket_period() -> None:
    text = ("Đến ngày 30/9/2024, giải ngân vốn đầu tư công đạt 2.150 tỷ đồng, bằng 61,2% kế "
            "hoạch (cùng kỳ năm 2023 đạt 52,4%).")
    got = _figures(text, "2024-M9", "2024-10-05", ("value", "period"))
    assert (52.4, "2023-M9") in got and (61.2, "2024-M9") in got
