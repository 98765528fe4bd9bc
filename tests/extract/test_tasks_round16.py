"""Task clauses of round 16: a group qualified by a long comparison before a modal ("Các
chủ đầu tư có tỷ lệ giải ngân thấp hơn mức bình quân của tỉnh | phải …"), and a body that
"là cơ quan đầu mối" with its action right after it (no comma)."""

from __future__ import annotations

import pytest

from tests.extract.test_tasks import assert_tasks, tasks_of

CASES = [
    # (kind, body, [(lead, action start, deadline)])
    ("bao_cao",
     "**II. NHIỆM VỤ, GIẢI PHÁP QUÝ IV**\n\n1. Các chủ đầu tư có tỷ lệ giải ngân thấp hơn "
     "mức bình quân chung của cả tỉnh phải rà soát từng hạng mục, cam kết thanh toán hết khối "
     "lượng hoàn thành trước ngày 15/12/2024.\n",
     [("các chủ đầu tư có tỷ lệ giải ngân thấp hơn mức bình quân chung của cả tỉnh",
       "rà soát từng hạng mục", "2024-12-15")]),
    ("thong_bao",
     "2. UBND các xã có khối lượng giải phóng mặt bằng còn tồn đọng nhiều hơn năm trước cần "
     "tập trung vận động các hộ dân trong tháng 11/2024.\n",
     [("Ủy ban nhân dân các xã có khối lượng giải phóng mặt bằng còn tồn đọng nhiều hơn "
       "năm trước", "tập trung vận động", "2024-11-30")]),
    ("thong_bao",
     "Sở Tài chính là cơ quan đầu mối theo dõi, đôn đốc việc thực hiện các nội dung trên, "
     "báo cáo UBND tỉnh trước ngày 20/12/2024.\n",
     [("Sở Tài chính", "theo dõi, đôn đốc", "2024-12-20")]),
    ("thong_bao",
     "Sở Nội vụ là cơ quan thường trực tổng hợp kết quả thi đua của các đơn vị, trình Chủ "
     "tịch UBND tỉnh trong quý I/2025.\n",
     [("Sở Nội vụ", "tổng hợp kết quả", "2025-03-31")]),
    # the role alone, with nothing to do after it, is no task
    ("thong_bao",
     "Sở Y tế là cơ quan đầu mối của tỉnh trong công tác phòng, chống dịch bệnh.\n",
     []),
    # a long qualifier with no modal and no verb within reach stays no task
    ("thong_bao",
     "3. Các xã có tỷ lệ hộ nghèo cao hơn mức bình quân của huyện trong giai đoạn trước.\n",
     []),
]


@pytest.mark.parametrize(("kind", "body", "expected"), CASES)
def test_round16_tasks(kind: str, body: str, expected: list[tuple]) -> None:
    found = tasks_of(body, kind=kind, date="2024-10-08")
    assert_tasks(found, expected)
