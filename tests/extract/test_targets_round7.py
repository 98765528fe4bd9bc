"""Round 7 of targets (sentences written for these tests): rates after a share
in a ";"-list of aims, and the kinds and values of a Điều 1 list."""

from __future__ import annotations

import pytest

from tests.support.extracting import target_rows

CASES = [
    # a share item does not make the rates after it in the list shares
    ("II. MỤC TIÊU ĐẾN NĂM 2030\n\nĐến năm 2030: tỷ trọng khu vực dịch vụ chiếm 45 - 46% GRDP; "
     "tỷ lệ hộ dùng điện lưới đạt 99,5%; tỷ lệ chất thải rắn được thu gom đạt 95%; 100% "
     "trường học có nhà vệ sinh đạt chuẩn.\n", "2026/2030", "2025-09-10", [
         ("tỷ trọng khu vực dịch vụ", 45.0, "%", "share", "2030"),
         ("tỷ lệ hộ dùng điện lưới", 99.5, "%", "rate", "2030"),
         ("tỷ lệ chất thải rắn được thu gom", 95.0, "%", "rate", "2030"),
         ("trường học có nhà vệ sinh đạt chuẩn", 100.0, "%", "rate", "2030")]),
]


@pytest.mark.parametrize("text, period, date, expected", CASES)
def test_round7_targets(text: str, period: str | None, date: str | None,
                        expected: list[tuple]) -> None:
    assert target_rows(text, period, date) == expected
