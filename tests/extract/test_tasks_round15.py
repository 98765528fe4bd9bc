"""Task clauses of round 15: a group whose qualifier holds a figure ("UBND các xã có tỷ
lệ giải ngân dưới 30% | khẩn trương …"), a short list after a comma ("… có vùng trồng
chè, cà phê | hướng dẫn …") or "được giao / được phân công …" leads its task; a period the
work is for ("cho quý IV", "cho năm 2026") is no deadline when another date is."""

from __future__ import annotations

import pytest

from tests.extract.test_tasks import assert_tasks, tasks_of

CASES = [
    # (kind, body, [(lead, action start, deadline)])
    ("thong_bao",
     "1. UBND các phường có tỷ lệ giải ngân dưới 25% khẩn trương rà soát, điều chuyển "
     "vốn của các dự án chậm tiến độ, gửi Sở Tài chính trước ngày 20/11/2025.\n",
     [("Ủy ban nhân dân các phường có tỷ lệ giải ngân dưới 25%", "khẩn trương rà soát",
       "2025-11-20")]),
    ("thong_bao",
     "2. Các chủ đầu tư có tỷ lệ giải ngân đạt dưới 40,5% tập trung hoàn thiện hồ sơ "
     "thanh toán trong tháng 11/2025.\n",
     [("các chủ đầu tư có tỷ lệ giải ngân đạt dưới 40,5%", "tập trung hoàn thiện",
       "2025-11-30")]),
    ("thong_bao",
     "3. Các sở, ngành được phân công chủ trì các đề án khẩn trương hoàn thiện dự thảo, "
     "gửi Sở Tư pháp thẩm định trước ngày 05/12/2025.\n",
     [("các sở, ngành được phân công chủ trì các đề án", "khẩn trương hoàn thiện",
       "2025-12-05")]),
    ("thong_bao",
     "4. Các đơn vị được phân công chủ trì soạn thảo rà soát lại hồ sơ, gửi Văn phòng UBND "
     "tỉnh chậm nhất ngày 10/12/2025.\n",
     [("các đơn vị được phân công", "soạn thảo rà soát", "2025-12-10")]),
    ("ke_hoach",
     "**II. NHIỆM VỤ, GIẢI PHÁP**\n\nSở Nông nghiệp và Môi trường chủ trì, phối hợp với "
     "UBND các xã có vùng trồng chè, cà phê hướng dẫn cấp mã số vùng trồng, phấn đấu "
     "đến hết năm 2026 có thêm 60 mã số được cấp.\n",
     [("Sở Nông nghiệp và Môi trường", "hướng dẫn cấp mã số", "2026-12-31")]),
    # a period the work is for, and the date it is due
    ("thong_bao",
     "5. Các sở, ngành xây dựng kịch bản tăng trưởng cho quý IV, gửi Sở Tài chính trong "
     "tháng 10/2025.\n",
     [("các sở, ngành", "xây dựng kịch bản", "2025-10-31")]),
    ("thong_bao",
     "6. Giao Sở Tài chính lập kế hoạch vốn cho năm 2026, trình UBND tỉnh trước ngày "
     "15/11/2025.\n",
     [("Sở Tài chính", "lập kế hoạch vốn cho năm 2026", "2025-11-15")]),
    # alone, the period is the deadline (earlier rounds)
    ("thong_bao",
     "7. Giao Sở Tài chính lập kế hoạch vốn cho năm 2026.\n",
     [("Sở Tài chính", "lập kế hoạch vốn", "2026-12-31")]),
    # a qualifier that runs into another body is not read as one
    ("thong_bao",
     "8. UBND các xã có rừng, các đơn vị liên quan tổ chức tuần tra trong mùa khô.\n",
     []),
]


@pytest.mark.parametrize(("kind", "body", "expected"), CASES)
def test_round15_tasks(kind: str, body: str, expected: list[tuple]) -> None:
    found = tasks_of(body, kind=kind, date="2025-10-08")
    assert_tasks(found, expected)
