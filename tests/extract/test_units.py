"""Units after a number, as written and normalized."""

from __future__ import annotations

import pytest

from ktxh.extract.units import match_unit, normalize
from ktxh.text.normalize import fold


@pytest.mark.parametrize(
    ("after", "written", "value", "base_value", "base_unit"),
    [
        (" nghìn lượt khách", "nghìn lượt khách", 4400, 4_400_000, "lượt khách"),
        (" nghìn lượt,", "nghìn lượt", 4400, 4_400_000, "lượt"),
        (" tỷ đồng.", "tỷ đồng", 1300, 1.3e12, "đồng"),
        (" vạn tấn", "vạn tấn", 126, 1_260_000, "tấn"),
        (" nghìn tỷ đồng", "nghìn tỷ đồng", 2, 2e12, "đồng"),
        (" triệu USD", "triệu USD", 720, 720e6, "usd"),
        ("ha rừng", "ha", 12, 12, "ha"),
        ("%/năm", "%/năm", 7, 7, "%/năm"),
        (" xe/ngày", "xe/ngày", 1500, 1500, "xe/ngày"),
        (" doanh nghiệp mới", "doanh nghiệp", 70, 70, "doanh nghiệp"),
        (" triệu", "triệu", 20, 20e6, None),
    ],
)
def test_units(after: str, written: str, value: float, base_value: float,
               base_unit: str | None) -> None:
    unit = match_unit(fold(after), 0)
    assert unit is not None
    assert after[unit.start : unit.end] == written
    got_value, got_unit = normalize(value, unit)
    assert got_value == pytest.approx(base_value)
    assert got_unit == base_unit


@pytest.mark.parametrize("after", [" tháng", "G,", " lần thứ", " năm 2020", "B"])
def test_no_unit(after: str) -> None:
    assert match_unit(fold(after), 0) is None
