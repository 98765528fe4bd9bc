"""Document period of round 9: "quý III, 9 tháng năm Y" (a comma for "và") covers the months
so far."""

from __future__ import annotations

import pytest

from ktxh.extract.pipeline import extract
from ktxh.text.structure import build_doc

HEAD = (
    "UBND TỈNH NINH BÌNH\nSỞ XÂY DỰNG\n\nSố: 802/BC-SXD\n\nNinh Bình, ngày 26 tháng 9 năm "
    "2025\n\nBÁO CÁO\n\n{title}\n\nNội dung báo cáo.\n"
)


@pytest.mark.parametrize(("title", "period"), [
    ("Kết quả thực hiện nhiệm vụ quý III, 9 tháng năm 2025 ngành xây dựng", "2025-M9"),
    ("Kết quả thực hiện nhiệm vụ quý III và 9 tháng năm 2025", "2025-M9"),
    ("Kết quả thực hiện nhiệm vụ quý III, phương hướng quý IV năm 2025", "2025-Q3"),
])
def test_quarter_comma_months_so_far(title: str, period: str) -> None:
    assert extract(build_doc(HEAD.format(title=title))).document.period == period
