"""Task structures of round 8: a group of project boards named with their field, a
sanction sentence, a committee that directs an agency ("chỉ đạo X phối hợp với Y")."""

from __future__ import annotations

import pytest

from tests.extract.test_tasks import tasks_of

CASES = [
    # (kind, body, [(lead, support, action start)])
    # "các Ban Quản lý dự án đầu tư xây dựng của tỉnh" is one group; a recipient line no task
    ("cong_van",
     "Kính gửi:\n\n- Các sở, ngành thuộc tỉnh;\n- Các Ban Quản lý dự án đầu tư xây dựng của "
     "tỉnh.\n\nSở Tài chính đề nghị:\n\na) Các Ban Quản lý dự án đầu tư xây dựng của tỉnh "
     "đẩy nhanh thi công các gói thầu.",
     [("các Ban Quản lý dự án đầu tư xây dựng của tỉnh", [], "đẩy nhanh thi công")]),
    # a sanction ("… sẽ bị …") tells what follows a failure: no task
    ("cong_van",
     "3. Chế độ báo cáo\n\nCác chủ đầu tư gửi báo cáo về Sở Tài chính trước ngày 10 hằng "
     "tháng. Chủ đầu tư để chậm thanh toán khối lượng sẽ bị xem xét cắt giảm kế hoạch vốn.",
     [("các chủ đầu tư", [], "gửi báo cáo")]),
    ("cong_van",
     "a) Các chủ đầu tư khẩn trương giải ngân; đơn vị nào để tồn đọng vốn sẽ bị điều "
     "chuyển vốn sang dự án khác.",
     [("các chủ đầu tư", [], "khẩn trương giải ngân")]),
    # a committee that directs one agency to work with others: the agency leads
    ("nghi_quyet",
     "Điều 2. Tổ chức thực hiện\n\n1. Ủy ban nhân dân tỉnh chỉ đạo Sở Tài chính phối hợp "
     "với Kho bạc Nhà nước tỉnh kiểm soát chặt chẽ các khoản chi thường xuyên.",
     [("Sở Tài chính", ["Kho bạc Nhà nước tỉnh"], "kiểm soát chặt chẽ")]),
    # without "phối hợp với", or an agency directing its own office, the director leads
    ("thong_bao",
     "2. Ủy ban nhân dân huyện Đông Hưng chỉ đạo Ban Quản lý dự án đầu tư xây dựng huyện "
     "đẩy nhanh thi công Trường tiểu học xã Minh Tân.",
     [("Ủy ban nhân dân huyện Đông Hưng", [], "chỉ đạo")]),
    ("thong_bao",
     "3. Công an tỉnh chỉ đạo Công an huyện Tiền Hải phối hợp với các lực lượng chức năng "
     "xử lý khai thác cát trái phép.",
     [("Công an tỉnh", [], "chỉ đạo")]),
]


@pytest.mark.parametrize(("kind", "body", "expected"), CASES)
def test_round8_tasks(kind: str, body: str, expected: list[tuple]) -> None:
    found = tasks_of(body, kind=kind)
    got = [(t.lead, list(t.support), t.action) for t in found]
    assert [(lead, sup) for lead, sup, _ in got] == [(e[0], e[1]) for e in expected]
    for (_, _, action), e in zip(got, expected, strict=True):
        assert action.startswith(e[2])
