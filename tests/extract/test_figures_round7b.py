"""Round 7, second part (sentences written for these tests): a yearly average
after "bình quân ước đạt", a plan bracket named after "mục tiêu … đề ra", a
comparative with its base before the number, compound units."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.text.structure import build_doc
from tests.support.extracting import found, target_rows


def _figures(text: str, period: str | None, date: str | None) -> list[tuple]:
    return [(f.value, f.value_max, f.unit, f.kind)
            for f in find_figures(build_doc(text), found(period, date))]


KINDS = [
    # "bình quân ước đạt X%/năm" after a bracket: a yearly average; the plan bracket too
    ("Giai đoạn 2016 - 2020, giá trị sản xuất công nghiệp (giá so sánh 2010) bình quân "
     "ước đạt 9,2%/năm, chưa đạt mục tiêu Nghị quyết Đại hội Đảng bộ huyện đề ra "
     "(10 - 11%/năm).\n", "2016/2020", "2020-09-10", [
         (9.2, None, "%/năm", "growth_avg"), (10.0, 11.0, "%/năm", "growth_avg")]),
    # an interest rate a year stays a rate
    ("Lãi suất cho vay bình quân đạt 8,4%/năm.\n", "2023", "2023-12-10", [
        (8.4, None, "%/năm", "rate")]),
    # "cao hơn năm trước X điểm phần trăm": a change, one unit
    ("Năm 2023, tỷ lệ sử dụng phân bón hữu cơ đạt 41,5%, cao hơn năm trước 2,4 điểm "
     "phần trăm.\n", "2023", "2023-12-10", [
         (41.5, None, "%", "rate"), (2.4, None, "điểm phần trăm", "change")]),
    ("Năm 2023, giá bán lẻ phân đạm thấp hơn cùng kỳ 4,5%.\n", "2023", "2023-12-10", [
        (-4.5, None, "%", "change")]),
    # a price per ten ("đồng/chục")
    ("Năm 2023, giá trứng vịt dao động 28.000 - 32.000 đồng/chục.\n", "2023", "2023-12-10", [
        (28000.0, 32000.0, "đồng/chục", "level")]),
]


@pytest.mark.parametrize("text, period, date, expected", KINDS)
def test_round7b_kinds(text: str, period: str | None, date: str | None,
                       expected: list[tuple]) -> None:
    assert _figures(text, period, date) == expected


_HEAD = ("Điều 1. Giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2024 cho các sở, "
         "ngành với các chỉ tiêu chủ yếu sau:\n\n")
_FIELDS = ("indicator", "value", "value_max", "unit", "kind")

TARGETS = [
    # a bracket with a comma, or of what is left out, between the indicator and "đạt"
    ("a) Tốc độ tăng trưởng kinh tế (GRDP, giá so sánh 2010) đạt từ 7% trở lên.\n", [
        ("Tốc độ tăng trưởng kinh tế (GRDP, giá so sánh 2010)", 7.0, None, "%", "change")]),
    ("a) Số giường bệnh trên 1 vạn dân (không kể giường của trạm y tế) đạt 30,5 giường.\n",
     [("Số giường bệnh trên 1 vạn dân", 30.5, None, "giường", "rate")]),
    # "nâng tổng số … lên a/b", "có a/b": the count reached
    ("b) Có thêm 5 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên 41/52 xã.\n", [
        ("xã đạt chuẩn nông thôn mới", 5.0, None, "xã", "level"),
        ("tổng số xã đạt chuẩn", 41.0, None, "xã", "level")]),
    ("c) Đến cuối năm có 32/45 xã đạt chuẩn nông thôn mới.\n", [
        ("xã đạt chuẩn nông thôn mới", 32.0, None, "xã", "level")]),
    # places gained in a ranking
    ("d) Chỉ số cải cách hành chính (PAR Index) cải thiện từ 2 - 4 bậc so với năm 2023.\n", [
        ("Chỉ số cải cách hành chính (PAR Index)", 2.0, 4.0, "bậc", "change")]),
]


@pytest.mark.parametrize("item, expected", TARGETS)
def test_round7b_targets(item: str, expected: list[tuple]) -> None:
    assert target_rows(_HEAD + item, "2024", "2023-12-15", _FIELDS) == expected
