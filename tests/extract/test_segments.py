"""Segments of a ";"-part: where the words before each number start."""

from __future__ import annotations

import pytest

from ktxh.extract.segments import Segments, segment_start
from ktxh.text.normalize import fold


@pytest.mark.parametrize(
    ("text", "numbers", "leads"),
    [
        ("Diện tích lúa 44.210 ha, ngô 3.120 ha, khoai lang 512 ha",
         ["44.210", "3.120", "512"], ["Diện tích lúa ", "ngô ", "khoai lang "]),
        # a short bracket does not cut: "(GRDP, giá so sánh 2010)"
        ("Tổng sản phẩm (GRDP, giá so sánh 2010) tăng 7,2%, đứng thứ 5",
         ["7,2", "5"], ["Tổng sản phẩm (GRDP, giá so sánh 2010) tăng ", "đứng thứ "]),
        # a long bracket does: what it holds has its own segment
        ("Thu ngân sách đạt 4.850 tỷ đồng (trong đó thu nội địa 3.900 tỷ đồng), bằng 98%",
         ["4.850", "3.900", "98"], ["Thu ngân sách đạt ", "trong đó thu nội địa ", "bằng "]),
        # a colon before a number does not cut, before words it does
        ("Kết quả: 12 xã đạt chuẩn; Số xã: còn 3 xã", ["12", "3"],
         ["Kết quả: ", "còn "]),
    ],
)
def test_segment_of_each_number(text: str, numbers: list[str], leads: list[str]) -> None:
    folded = fold(text)
    segments = Segments(folded, 0, len(folded))
    got, pos = [], 0
    for number in numbers:
        pos = folded.index(number, pos)
        start = segments.start(pos)
        assert start == segment_start(folded, 0, pos)
        got.append(text[start:pos])
        pos += len(number)
    assert got == leads
