"""Round 13 (sentences written for these tests): indicators that a circumstance or an
average word would otherwise give: "do ảnh hưởng của … chỉ đón N lượt khách", "…, bình
quân giai đoạn tăng X%/năm", and a table header "Số … cuối năm 2024"."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.text.structure import build_doc
from tests.support.extracting import found


def _indicators(text: str) -> list[str]:
    return [f.indicator for f in find_figures(build_doc(text), found("2020", "2020-12-20"))]


CASES = [
    # a cause and "chỉ" before the opening verb: what is counted names the figure
    ("Năm 2020 do ảnh hưởng của mưa lũ kéo dài chỉ đón 415 nghìn lượt khách.",
     ["lượt khách"]),
    ("Năm 2020 chỉ thu hút 12 dự án đầu tư.", ["dự án đầu tư"]),
    # "bình quân giai đoạn", "bình quân mỗi năm" name no measure: the one before is carried
    ("Tổng thu ngân sách trên địa bàn năm 2020 đạt 1.940 tỷ đồng, bình quân giai đoạn "
     "tăng 9,1%/năm.",
     ["Tổng thu ngân sách trên địa bàn", "Tổng thu ngân sách trên địa bàn"]),
    ("Tỷ lệ trẻ em suy dinh dưỡng giảm còn 14,2%, bình quân mỗi năm giảm 1,1 điểm phần trăm.",
     ["Tỷ lệ trẻ em suy dinh dưỡng", "Tỷ lệ trẻ em suy dinh dưỡng"]),
    # a measure with "bình quân" stays
    ("Thu nhập bình quân đầu người đạt 38,5 triệu đồng.", ["Thu nhập bình quân đầu người"]),
    # "chỉ số" is no adverb
    ("Chỉ số sản xuất công nghiệp tăng 6,2%.", ["Chỉ số sản xuất công nghiệp"]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round13_indicators(text: str, expected: list[str]) -> None:
    assert _indicators(text) == expected


def test_header_time_words() -> None:
    text = ("| STT | Khu vực | Số hộ cận nghèo cuối năm 2019 | Số hộ cận nghèo đến 30/11/2020 |\n"
            "|---|---|---|---|\n"
            "| 1 | Huyện A | 1.250 | 1.080 |\n")
    assert set(_indicators(text)) == {"số hộ cận nghèo"}


def test_average_level_kept() -> None:
    # "bình quân đạt N tiêu chí/xã": the average itself is measured, no change
    text = "Toàn tỉnh có 64 xã đạt chuẩn nông thôn mới, bình quân đạt 16,3 tiêu chí/xã."
    assert "bình quân" in _indicators(text)[-1]
