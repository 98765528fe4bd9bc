"""Document place of round 10: a province whose name holds a hyphen ("Bà Rịa - Vũng Tàu"),
on its own line or in a markdown letterhead table."""

from __future__ import annotations

import pytest

from ktxh.extract.pipeline import extract
from ktxh.text.structure import build_doc

PLAIN = (
    "UBND TỈNH {upper}\nSỞ TÀI CHÍNH\n\nSố: 415/BC-STC\n\n{place}, ngày 12 tháng 7 năm 2022\n\n"
    "BÁO CÁO\n\nTình hình thu, chi ngân sách 6 tháng đầu năm 2022\n\nNội dung báo cáo.\n"
)
TABLE = (
    "| ỦY BAN NHÂN DÂN<br>TỈNH {upper} | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n|---|---|\n"
    "| Số: 233/TB-UBND | *{place}, ngày 05 tháng 4 năm 2023* |\n\n# THÔNG BÁO\n\n"
    "**Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về giải ngân vốn đầu tư công**\n"
)


@pytest.mark.parametrize("head", [PLAIN, TABLE])
@pytest.mark.parametrize(("upper", "place"), [
    ("BÀ RỊA - VŨNG TÀU", "Bà Rịa - Vũng Tàu"),
    ("BÀ RỊA – VŨNG TÀU", "Bà Rịa – Vũng Tàu"),
    ("THỪA THIÊN HUẾ", "Thừa Thiên Huế"),
    ("QUẢNG NAM", "Quảng Nam"),
])
def test_hyphenated_place(head: str, upper: str, place: str) -> None:
    doc = extract(build_doc(head.format(upper=upper, place=place), fmt="md"))
    assert doc.document.place == place


def test_number_before_place_on_one_line() -> None:
    text = ("UBND TỈNH BÀ RỊA - VŨNG TÀU\n\nSố: 88/KH-UBND Bà Rịa - Vũng Tàu, ngày 03 tháng 3 "
            "năm 2021\n\nKẾ HOẠCH\n\nPhát triển du lịch năm 2021\n")
    assert extract(build_doc(text)).document.place == "Bà Rịa - Vũng Tàu"
