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
