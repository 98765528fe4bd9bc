"""Round 14 (sentences written for these tests): the plan column of a table
of disbursement with no year ("Kế hoạch (tỷ đồng)"), the base of a later
"Tỷ lệ (%)" column whose values are results over plans."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.text.structure import build_doc
from tests.support.extracting import found


def _cells(text: str, period: str, date: str) -> list[tuple]:
    return [(f.kind, f.value, f.period)
            for f in find_figures(build_doc(text), found(period, date)) if "|" in f.quote]


_SOURCES = (
    "Kết quả giải ngân theo nguồn vốn:\n\n"
    "| Nguồn vốn | Kế hoạch (tỷ đồng) | Giải ngân đến 30/6/2022 (tỷ đồng) | Tỷ lệ (%) |\n"
    "|---|---|---|---|\n"
    "| Vốn ngân sách tập trung | 210,0 | 90,3 | 43,0 |\n"
    "| Vốn xổ số kiến thiết | 45,5 | 20,0 | 44 |\n"
)
# the percentages are not results over plans: a share of the total, the plan is left out
_SHARES = (
    "Cơ cấu vốn theo nguồn:\n\n"
    "| Nguồn vốn | Kế hoạch (tỷ đồng) | Giải ngân đến 30/6/2022 (tỷ đồng) | Tỷ lệ (%) |\n"
    "|---|---|---|---|\n"
    "| Vốn ngân sách tập trung | 210,0 | 90,3 | 81,9 |\n"
    "| Vốn xổ số kiến thiết | 45,5 | 20,0 | 18,1 |\n"
)

TABLES = [
    (_SOURCES, "2022-H1", "2022-07-05", [
        ("level", 210.0, "2022"), ("level", 90.3, "2022-H1"), ("pct_of_plan", 43.0, "2022-H1"),
        ("level", 45.5, "2022"), ("level", 20.0, "2022-H1"), ("pct_of_plan", 44.0, "2022-H1"),
    ]),
]


@pytest.mark.parametrize("text, period, date, expected", TABLES)
def test_plan_column(text: str, period: str, date: str, expected: list) -> None:
    assert sorted(_cells(text, period, date)) == sorted(expected)


def test_plan_column_left_out_when_rates_disagree() -> None:
    values = {v for _, v, _ in _cells(_SHARES, "2022-H1", "2022-07-05")}
    assert {90.3, 20.0} <= values and not {210.0, 45.5} & values
