"""Round 7, third part (sentences written for these tests): bracketed shares of the
plan by unit, quantities left out before (durations, gifts handed out, an excess
over capacity), "từ A cuối năm X xuống còn B cuối năm Y"."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.text.structure import build_doc
from tests.support.extracting import found


def _figures(text: str, period: str | None, date: str | None) -> list[tuple]:
    return [(f.value, f.unit, f.kind, f.period)
            for f in find_figures(build_doc(text), found(period, date))]


KINDS = [
    # a list of units, each with its share of the plan disbursed in a bracket
    ("Năm 2023, một số chủ đầu tư có tỷ lệ giải ngân khá như UBND huyện Yên Lập (55,4%), "
     "UBND huyện Cẩm Khê (52,1%), Ban Quản lý dự án huyện Thanh Sơn (50,3%).\n",
     "2023", "2023-10-10", [
         (55.4, "%", "pct_of_plan", "2023"), (52.1, "%", "pct_of_plan", "2023"),
         (50.3, "%", "pct_of_plan", "2023")]),
    # "từ A cuối năm X xuống còn B cuối năm Y": each level its own year, no change
    ("Tỷ lệ hộ nghèo giảm từ 12,4% cuối năm 2015 xuống còn 5,2% cuối năm 2020.\n",
     "2016/2020", "2020-08-10", [(12.4, "%", "rate", "2015"), (5.2, "%", "rate", "2020")]),
    # "so với năm X (value)": the base year's level
    ("Thu nhập bình quân đầu người năm 2020 ước đạt 41,2 triệu đồng, tăng 12,5 triệu đồng "
     "so với năm 2015 (28,7 triệu đồng).\n", "2016/2020", "2020-08-10", [
         (41.2, "triệu đồng", "level", "2020"), (12.5, "triệu đồng", "change", "2020"),
         (28.7, "triệu đồng", "level", "2015")]),
    # gifts handed out are counted
    ("Năm 2023, các cấp, các ngành đã trao 24.300 phần quà cho hộ nghèo.\n", "2023",
     "2023-10-10", [(24300.0, "phần quà", "level", "2023")]),
    # output above the design capacity: a change, not an excess over a plan
    ("Năm 2019, nhà máy sản xuất 410.000 tấn phân bón, vượt 2,5% công suất thiết kế.\n",
     "2020", "2020-08-10", [(410000.0, "tấn", "level", "2019"), (2.5, "%", "change", "2019")]),
]


@pytest.mark.parametrize("text, period, date, expected", KINDS)
def test_round7c_kinds(text: str, period: str | None, date: str | None,
                       expected: list[tuple]) -> None:
    assert _figures(text, period, date) == expected
