"""Round 9 (sentences and tables written for these tests): as-of stocks in a
chỉ thị or thông báo ("Toàn huyện hiện có …") take no period from the year-stamped
sentences beside them."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.records import DocumentMeta
from ktxh.text.structure import build_doc


def _directive(text: str, kind: str, date: str) -> list[tuple]:
    meta = DocumentMeta(type=kind, date=date)
    return [(f.value, f.period) for f in find_figures(build_doc(text), {"document": meta})]


DIRECTIVE_STOCKS = [
    # "hiện có / còn": as of the directive's date, not the year of the next sentence
    ("Toàn huyện hiện có 2.310 hộ nuôi tôm, trong đó 415 hộ nuôi công nghệ cao; còn 96 hộ "
     "chưa đăng ký. Năm 2025, sản lượng tôm nuôi đạt 18.600 tấn.\n", "chi_thi", "2026-02-10",
     [(2310.0, None), (415.0, None), (96.0, None), (18600.0, "2025")]),
    # a yearless "quý I" in a thông báo takes the year its opening lines name
    ("Ngày 08/4/2023, Chủ tịch UBND tỉnh làm việc với UBND huyện về tình hình quý I/2023.\n\n"
     "Quý I/2023, thu ngân sách trên địa bàn đạt 61,4 tỷ đồng. Cũng trong quý I, huyện có "
     "thêm 28 doanh nghiệp thành lập mới.\n\n"
     "Huyện có 11/15 xã đạt chuẩn nông thôn mới.\n", "thong_bao", "2023-04-14",
     [(61.4, "2023-Q1"), (28.0, "2023-Q1"), (11.0, None)]),
    # a báo cáo keeps the period of its own
    ("Toàn tỉnh hiện có 1.520 hợp tác xã. Năm 2025, thành lập mới 84 hợp tác xã.\n",
     "bao_cao", "2026-01-15", [(1520.0, "2025"), (84.0, "2025")]),
]


@pytest.mark.parametrize("text, kind, date, expected", DIRECTIVE_STOCKS)
def test_directive_stocks(text: str, kind: str, date: str, expected: list) -> None:
    assert _directive(text, kind, date) == expected
