"""Round 18 (sentences written for these tests): a numbered item of PDF-converted text broken
after a word no line of a heading ends with ("… chủ trì, phối hợp với" / "Sở … hoàn thành …")
keeps its lead and support, and a merged department in an all-caps letterhead
("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG") keeps the capitals of its name."""

from __future__ import annotations

import pytest

from ktxh.extract.metadata import extract_metadata
from ktxh.text.structure import build_doc
from tests.extract.test_tasks import tasks_of

WRAPPED = [
    # (body, [(lead, support, deadline)]): the item goes on after a short first line
    ("2. Ủy ban nhân dân tỉnh giao UBND huyện Đồng Hỷ chủ trì, phối hợp với\n"
     "Sở Xây dựng và các đơn vị liên quan hoàn thành việc di dời hệ thống điện, cấp nước\n"
     "cho các hộ dân trước ngày 31/10/2023.\n",
     [("Ủy ban nhân dân huyện Đồng Hỷ", ("Sở Xây dựng", "các đơn vị liên quan"), "2023-10-31")]),
    ("1. Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ và\n"
     "Ủy ban nhân dân các huyện, thành phố rà soát nhu cầu kinh phí thực hiện chế độ chính\n"
     "sách, báo cáo UBND tỉnh trong tháng 11/2023.\n",
     [("Sở Tài chính", ("Sở Nội vụ", "Ủy ban nhân dân các huyện, thành phố"), "2023-11-30")]),
    ("a) Sở Giao thông vận tải chủ trì, phối hợp với các chủ đầu tư,\n"
     "Ban Quản lý dự án đầu tư xây dựng tỉnh đẩy nhanh tiến độ thi công các tuyến đường tỉnh\n"
     "trọng điểm, hoàn thành trong quý IV/2023.\n",
     [("Sở Giao thông vận tải", ("các chủ đầu tư", "Ban Quản lý dự án đầu tư xây dựng tỉnh"),
       "2023-12-31")]),
]


@pytest.mark.parametrize(("body", "expected"), WRAPPED)
def test_wrapped_item_keeps_lead(body: str, expected: list[tuple]) -> None:
    found = tasks_of(body, kind="bao_cao", date="2023-08-10")
    assert [(t.lead, t.support, t.deadline) for t in found] == expected


HEADINGS = [
    # a short numbered line with a closed phrase stays the heading of what follows
    ("4. Dự án đường liên kết vùng, quy mô 4 làn xe\n"
     "Dự án đã hoàn thành giải phóng mặt bằng và bàn giao cho nhà thầu 12,6 km trên tổng số "
     "15,2 km của tuyến.\n", "4. Dự án đường liên kết vùng, quy mô 4 làn xe"),
    ("2. Về công tác giải phóng mặt bằng\n"
     "Các chủ đầu tư phối hợp chặt chẽ với chính quyền địa phương trong việc kiểm đếm, áp giá "
     "bồi thường cho các hộ dân.\n", "2. Về công tác giải phóng mặt bằng"),
]


@pytest.mark.parametrize(("body", "first"), HEADINGS)
def test_closed_short_line_stays_apart(body: str, first: str) -> None:
    doc = build_doc(body)
    assert doc.text[doc.blocks[0].span.start:doc.blocks[0].span.end] == first


LETTERHEADS = [
    ("UBND TỈNH GIA LAI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 512/BC-SNNMT\n\n"
     "Gia Lai, ngày 06 tháng 10 năm 2025\n\nBÁO CÁO\nTình hình sản xuất nông nghiệp quý III "
     "năm 2025\n\nKính gửi: Ủy ban nhân dân tỉnh.\n", "Sở Nông nghiệp và Môi trường"),
    ("UBND TỈNH LÂM ĐỒNG\nSỞ DÂN TỘC VÀ TÔN GIÁO\n\nSố: 88/BC-SDTTG\n\n"
     "Lâm Đồng, ngày 14 tháng 7 năm 2025\n\nBÁO CÁO\nKết quả thực hiện chính sách dân tộc "
     "6 tháng đầu năm 2025\n\nKính gửi: Ủy ban nhân dân tỉnh.\n", "Sở Dân tộc và Tôn giáo"),
    ("UBND TỈNH QUẢNG NINH\nSỞ NGOẠI VỤ\n\nSố: 45/BC-SNgV\n\nQuảng Ninh, ngày 20 tháng 11 năm "
     "2025\n\nBÁO CÁO\nKết quả công tác đối ngoại năm 2025\n\nKính gửi: Ủy ban nhân dân tỉnh.\n",
     "Sở Ngoại vụ"),
    # a body already known keeps its reading
    ("UBND TỈNH NGHỆ AN\nSỞ TÀI CHÍNH\n\nSố: 301/BC-STC\n\nNghệ An, ngày 02 tháng 10 năm 2025"
     "\n\nBÁO CÁO\nTình hình thu ngân sách 9 tháng năm 2025\n\nKính gửi: Ủy ban nhân dân tỉnh.\n",
     "Sở Tài chính"),
]


@pytest.mark.parametrize(("text", "issuer"), LETTERHEADS)
def test_merged_department_keeps_capitals(text: str, issuer: str) -> None:
    assert extract_metadata(build_doc(text), {}).issuer == issuer
