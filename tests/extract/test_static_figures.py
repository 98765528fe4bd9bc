"""Static sizes of works take no period (sentences written for these tests)."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.records import DocumentMeta
from ktxh.text.structure import build_doc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuyến có chiều dài qua địa bàn tỉnh 31,2 km.", [(31.2, None)]),
        ("Tổng chiều dài tuyến 16,8 km, tổng mức đầu tư 2.940 tỷ đồng.",
         [(16.8, None), (2940.0, None)]),
        ("Quy mô 350 giường bệnh.", [(350.0, None)]),
        ("Hồ có dung tích hữu ích 7,4 triệu m3, cấp nước tưới cho 1.100 ha.",
         [(7.4, None), (1100.0, None)]),
        ("Diện tích quy hoạch 180 ha; đã giải phóng mặt bằng 142/180 ha.",
         [(180.0, None), (142.0, "2025-Q1")]),
        ("Dự án cầu Cửa Hội (qua địa bàn tỉnh dài 6,2 km) đang thi công.", [(6.2, None)]),
        ("Nhà máy có công suất 1.200 MW.", [(1200.0, None)]),
        # a time phrase of its own dates it; money of the economy is no size
        ("Tổng mức đầu tư điều chỉnh năm 2024 là 3.650 tỷ đồng.", [(3650.0, "2024")]),
        ("Quy mô GRDP ước đạt 92.000 tỷ đồng.", [(92000.0, "2025-Q1")]),
        ("Đã giải ngân 95 tỷ đồng.", [(95.0, "2025-Q1")]),
        ("Tổng vốn đầu tư toàn xã hội đạt 11.000 tỷ đồng.", [(11000.0, "2025-Q1")]),
    ],
)
def test_static_sizes(text: str, expected: list[tuple]) -> None:
    doc = build_doc(text)
    found = {"document": DocumentMeta(period="2025-Q1")}
    assert [(f.value, f.period) for f in find_figures(doc, found)] == expected
