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


PEOPLE = [
    ("Nhà máy nước phục vụ hơn 15.000 dân của thị trấn.", [(15000.0, None, "dân", "level")]),
    ("Có khoảng 2.300 dân cư trú trong vùng có nguy cơ sạt lở.",
     [(2300.0, None, "dân", "level")]),
    ("Tuyến ống cấp nước cho 6.500 dân cư của hai xã.", [(6500.0, None, "dân", "level")]),
    # the base of a rate per head is no count
    ("Số bác sĩ đạt 12 bác sĩ trên 10.000 dân.", [(12.0, None, "bác sĩ/10.000 dân", "rate")]),
    ("Số bác sĩ trên 10.000 dân đạt 11,5 bác sĩ.", [(11.5, None, "bác sĩ", "rate")]),
    ("Toàn huyện bình quân 6 doanh nghiệp/1.000 dân.",
     [(6.0, None, "doanh nghiệp/1.000 dân", "rate")]),
    ("Bình quân mỗi 1.000 dân có 3 nhân viên y tế.", [(3.0, None, "nhân viên", "level")]),
    ("Cứ 100 dân có 2 nhân viên y tế thôn.", [(2.0, None, "nhân viên", "level")]),
    ("Đạt 10 bác sĩ trên 1 vạn dân.", [(10.0, None, "bác sĩ/vạn dân", "rate")]),
    # words "dân" opens
    ("Trên địa bàn có 32 dân tộc cùng sinh sống.", []),
    ("Huyện có 140 dân quân thường trực.", []),
]


@pytest.mark.parametrize("text, expected", PEOPLE)
def test_people_counted_as_dan(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


SERVED = [
    # "cấp" said once for both things served
    ("Khi hoàn thành, hồ cấp nước tưới cho 2.100 ha và nước sinh hoạt cho khoảng 25.000 dân "
     "xã Tân Lập.", [(2100.0, "diện tích được cấp nước tưới"),
                     (25000.0, "dân được cấp nước sinh hoạt")]),
    ("Nhà máy cấp nước sinh hoạt cho hơn 12.000 dân.", [(12000.0, "dân được cấp nước sinh hoạt")]),
]


@pytest.mark.parametrize("text, expected", SERVED)
def test_people_served_named(text: str, expected: list[tuple]) -> None:
    got = [(f.value, f.indicator)
           for f in find_figures(build_doc(text), found("2025", "2025-10-06"))]
    assert got == expected
