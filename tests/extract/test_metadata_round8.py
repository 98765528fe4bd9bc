"""Document period of round 8: a report of "quý III và 9 tháng" covers the months so far."""

from __future__ import annotations

import pytest

from ktxh.extract.pipeline import extract
from ktxh.text.structure import build_doc

HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\n\nSố: 301/BC-UBND\n\nPhú Thọ, ngày 24 tháng 9 năm 2022\n\n"
    "BÁO CÁO\n\n{title}\n\nNội dung báo cáo.\n"
)


@pytest.mark.parametrize(("title", "period"), [
    ("Tình hình kinh tế - xã hội quý III và 9 tháng năm 2022", "2022-M9"),
    ("Tình hình kinh tế - xã hội quý III, nhiệm vụ trọng tâm quý IV năm 2022", "2022-Q3"),
])
def test_quarter_and_months_so_far(title: str, period: str) -> None:
    assert extract(build_doc(HEAD.format(title=title))).document.period == period
