"""Round 16 (sentences written for these tests): indicators that the words before a
number would otherwise give: a section's place ("riêng đoạn qua xã X mới bàn giao …"),
a contrast clause ("…, song tại huyện Y còn 5 ha đất rừng …") and a bound after the
average of a target ("…, tăng bình quân không dưới 8%/năm")."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.targets import find_targets
from ktxh.text.structure import build_doc
from tests.support.extracting import found


def _indicators(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.indicator)
            for f in find_figures(build_doc(text), found("2023-M6", "2023-07-20"))]


CASES = [
    # the section's place opens the clause: the work done names the figure
    ("Dự án đã bàn giao 95,2/120 ha mặt bằng; riêng đoạn qua huyện Hoằng Hóa mới bàn giao "
     "18,5/30 ha.",
     [(95.2, "bàn giao mặt bằng"), (18.5, "bàn giao mặt bằng")]),
    ("Đoạn tuyến qua thành phố Sầm Sơn đã thi công 4,2/7 km.", [(4.2, "thi công")]),
    ("Tại huyện Triệu Sơn đã hoàn thành 9,5 km kênh mương nội đồng.",
     [(9.5, "hoàn thành kênh mương nội đồng")]),
    # inside a name the section stays: "Quốc lộ 45 đoạn qua huyện …"
    ("Dự án Quốc lộ 45 đoạn qua huyện Như Thanh đã giải ngân 120 tỷ đồng.",
     [(120.0, "Dự án Quốc lộ 45 đoạn qua huyện Như Thanh đã giải ngân")]),
    # a contrast clause names what it counts after the number
    ("Công tác bồi thường tại huyện Yên Định cơ bản hoàn thành (đạt 98,2%), song trên địa "
     "bàn huyện Thiệu Hóa còn 5,4 ha đất rừng sản xuất chưa thu hồi.",
     [(5.4, "đất rừng sản xuất chưa thu hồi")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round16_indicators(text: str, expected: list[tuple[float, str]]) -> None:
    got = _indicators(text)
    assert [g for g in got if g[0] in {e[0] for e in expected}] == expected


TARGETS = [
    ("**MỤC TIÊU**\n\n(1) Thu ngân sách nhà nước trên địa bàn đến năm 2025 đạt 4.200 tỷ "
     "đồng, tăng bình quân không dưới 9%/năm.",
     ["Thu ngân sách nhà nước trên địa bàn", "Thu ngân sách nhà nước trên địa bàn"]),
    ("**MỤC TIÊU**\n\n(2) Kim ngạch xuất khẩu năm 2025 đạt 1,5 tỷ USD, bình quân mỗi năm "
     "tăng không thấp hơn 7%.",
     ["Kim ngạch xuất khẩu", "Kim ngạch xuất khẩu"]),
]


@pytest.mark.parametrize("text, expected", TARGETS)
def test_round16_target_bounds(text: str, expected: list[str]) -> None:
    got = find_targets(build_doc(text), found(None, "2020-10-12"))
    assert [t.indicator for t in got] == expected
