"""Round 6 of targets (sentences written for these tests): an aim declared
with "để hoàn thành mục tiêu", an excess over the budget aimed at, and a
threshold that selects works in a directive."""

from __future__ import annotations

import pytest

from tests.support.extracting import target_rows

CASES = [
    # a declared aim before the directives it calls for
    ("Để đạt mục tiêu giải ngân 100% kế hoạch vốn năm 2024, Ủy ban nhân dân tỉnh yêu cầu:\n",
     None, "2024-06-10", [("mục tiêu giải ngân", 100.0, "%", "rate", "2024")]),
    # an excess over the budget is a change, not a rate
    ("II. NHIỆM VỤ TRỌNG TÂM\n\n1. Cục Thuế tỉnh tăng cường quản lý thu, phấn đấu thu ngân "
     "sách nhà nước năm 2024 vượt 8% dự toán được giao.\n", "2024-M10", "2024-10-25",
     [("thu ngân sách nhà nước vượt", 8.0, "%", "change", "2024")]),
    # a threshold that selects the works to act on sets no target
    ("Sở Kế hoạch và Đầu tư chủ trì rà soát, tham mưu điều chuyển vốn của các dự án giải ngân "
     "dưới 35% tính đến ngày 31/10/2024, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/11/2024.\n",
     "2024-M9", "2024-10-05", []),
    # "so với mục tiêu kế hoạch" names a base, not an aim
    ("Kim ngạch xuất khẩu 5 năm đạt 4.120 triệu USD, vượt 3,2% so với mục tiêu kế hoạch.\n",
     "2016/2020", "2020-11-20", []),
]


@pytest.mark.parametrize("text, period, date, expected", CASES)
def test_round6_targets(text: str, period: str | None, date: str | None,
                        expected: list[tuple]) -> None:
    assert target_rows(text, period, date) == expected
