"""Document period of a directive (held-out rounds 3-8 gold): a công văn or chỉ thị covers no
period, even when its subject names a year; a công văn that carries a report does."""

from __future__ import annotations

import pytest

from ktxh.extract.pipeline import extract
from ktxh.text.structure import build_doc

CONG_VAN = (
    "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nSỞ TÀI CHÍNH\n\nSố: 812/STC-ĐT\n{title}\n\n"
    "Hà Nam, ngày 12 tháng 6 năm 2025\n\nKính gửi: Các sở, ban, ngành thuộc tỉnh.\n\n"
    "Nội dung công văn.\n"
)
CHI_THI = (
    "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG\n\nSố: 04/CT-UBND\n\nĐắk Nông, ngày 02 tháng 01 năm 2024\n\n"
    "CHỈ THỊ\n\n{title}\n\nNội dung chỉ thị.\n"
)


@pytest.mark.parametrize(("head", "title", "period"), [
    (CONG_VAN, "V/v đôn đốc thanh toán vốn đầu tư công năm 2025", None),
    (CONG_VAN, "V/v triển khai các giải pháp phòng, chống hạn hán mùa khô năm 2024 - 2025", None),
    (CONG_VAN, "V/v xây dựng kế hoạch phát triển kinh tế - xã hội năm 2026", None),
    # it carries a report of the period: the period stays
    (CONG_VAN, "V/v báo cáo tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2025",
     "2025-H1"),
    (CHI_THI, "Về tăng cường công tác phòng cháy, chữa cháy rừng mùa khô năm 2024", None),
])
def test_directive_period(head: str, title: str, period: str | None) -> None:
    meta = extract(build_doc(head.format(title=title))).document
    assert (meta.title, meta.period) == (title, period)
