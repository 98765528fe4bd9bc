"""Document metadata, round 7 (headers written for these tests): a trích yếu over three
PDF lines whose short second line is read as its own paragraph and whose last line is
the period ("9 tháng đầu năm …", "năm …"): the period line still belongs to the title."""

from __future__ import annotations

import pytest

from ktxh.extract.metadata import extract_metadata
from ktxh.text.structure import build_doc

PDF_HEAD = """      ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      TỈNH CAO BẰNG                            Độc lập - Tự do - Hạnh phúc

   Số: 215/BC-UBND                         Cao Bằng, ngày 12 tháng 10 năm 2023

                                     BÁO CÁO
         Tình hình thực hiện các công trình giao thông trọng điểm
                          {last}

   Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Giao thông vận tải báo cáo như sau:

   I. KẾT QUẢ THỰC HIỆN
"""


@pytest.mark.parametrize(("last", "period"), [
    ("9 tháng đầu năm 2023", "2023-M9"),
    ("6 tháng đầu năm 2023", "2023-H1"),
    ("năm 2023", "2023"),
])
def test_a_period_line_cut_off_the_title_still_belongs_to_it(last: str, period: str) -> None:
    meta = extract_metadata(build_doc(PDF_HEAD.format(last=last)), {})
    assert meta.title == (
        "Tình hình thực hiện các công trình giao thông trọng điểm " + last)
    assert meta.period == period
