"""Round 16, pattern 6 (sentences written for these tests): building progress with
the unit before the fraction ("đã thi công đến tầng 9/11") and people counted as
"dân" ("cấp nước sinh hoạt cho khoảng 40.000 dân"), without the per-head base
of a rate ("trên 10.000 dân", "/1.000 dân") or "54 dân tộc"."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.text.structure import build_doc
from tests.support.extracting import found


def _figures(text: str) -> list[tuple]:
    return [(f.value, f.value_max, f.unit, f.kind)
            for f in find_figures(build_doc(text), found("2025", "2025-10-06"))]


FLOORS = [
    ("Phần thô khối nhà làm việc đã thi công đến tầng 7/12.", [(7.0, 12.0, "tầng", "progress")]),
    ("Khối ký túc xá đã lên đến sàn tầng 12/18.", [(12.0, 18.0, "tầng", "progress")]),
    ("Khối nhà A đã đổ bê tông đến sàn tầng 6/9, khối nhà B hoàn thành phần móng.",
     [(6.0, 9.0, "tầng", "progress")]),
    # the unit after the fraction still reads as before
    ("Nhà điều hành đã thi công 5/7 tầng.", [(5.0, 7.0, "tầng", "progress")]),
    # a floor named, a date, a total below the part: no figure
    ("Tầng 3 bố trí phòng họp trực tuyến.", []),
    ("Ngày 9/11 đoàn kiểm tra làm việc tại tầng 3 của nhà điều hành.", []),
    ("Đến ngày 9/11, công trình thi công đến tầng 5.", []),
    ("Biên bản lưu tại tầng 12/5 của tòa nhà.", []),
]


@pytest.mark.parametrize("text, expected", FLOORS)
def test_floors_before_the_fraction(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected
