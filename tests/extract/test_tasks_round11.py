"""Task structures of round 11: the "quận" of a centrally-run city names a committee ("UBND
quận X phối hợp với Y <verb> …", "UBND các quận, huyện, thị xã <verb> …"), and an item that
opens with a recurring time and its verb ("b) Định kỳ hằng quý tổng hợp …, báo cáo …") is a
task of the lead above it, not the report of the item before."""

from __future__ import annotations

import pytest

from tests.extract.test_tasks import tasks_of

CASES = [
    # (kind, body, [(lead, support, action start, report_to)])
    # a quận's committee with "phối hợp với" and no "chủ trì"; the ";" clause stays its own
    ("thong_bao",
     "II. NHIỆM VỤ THỜI GIAN TỚI\n\n1. Sở Xây dựng chủ trì rà soát các dự án nhà ở xã hội.\n\n"
     "2. Ủy ban nhân dân quận Cẩm Lệ phối hợp với Trung tâm Phát triển quỹ đất thành phố "
     "kiểm đếm 15 hộ còn lại trước ngày 20/12/2024; kịp thời báo cáo các vướng mắc phát sinh.\n",
     [("Sở Xây dựng", [], "rà soát", None),
      ("Ủy ban nhân dân quận Cẩm Lệ", ["Trung tâm Phát triển quỹ đất thành phố"], "kiểm đếm",
       None),
      ("Ủy ban nhân dân quận Cẩm Lệ", ["Trung tâm Phát triển quỹ đất thành phố"],
       "kịp thời báo cáo", None)]),
    ("ke_hoach",
     "IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính chủ trì bố trí kinh phí thực hiện Kế hoạch.\n\n"
     "2. UBND quận Ba Đình tổ chức tuyên truyền, phổ biến Kế hoạch đến các phường.\n",
     [("Sở Tài chính", [], "bố trí", None),
      ("Ủy ban nhân dân quận Ba Đình", [], "tổ chức", None)]),
    # a bold numbered body of districts followed by a bare verb
    ("ke_hoach",
     "## IV. TỔ CHỨC THỰC HIỆN\n\n**1. Sở Tài chính** chủ trì bố trí kinh phí thực hiện.\n\n"
     "**2. Ủy ban nhân dân các quận, huyện** xây dựng kế hoạch chi tiết, gửi Sở Nội vụ "
     "trước ngày 15/4/2024.\n",
     [("Sở Tài chính", [], "bố trí", None),
      ("Ủy ban nhân dân các quận, huyện", [], "xây dựng", "Sở Nội vụ")]),
    # co-subjects: the first group leads, the districts support
    ("ke_hoach",
     "## IV. TỔ CHỨC THỰC HIỆN\n\n**1. Sở Tài chính** chủ trì bố trí kinh phí thực hiện.\n\n"
     "**2. Chế độ báo cáo**\n\nCác sở, ngành, Ủy ban nhân dân các quận, huyện, thị xã báo cáo "
     "kết quả thực hiện về Sở Nội vụ trước ngày 10/12/2024.\n",
     [("Sở Tài chính", [], "bố trí", None),
      ("các sở, ngành", ["Ủy ban nhân dân các quận, huyện, thị xã"], "báo cáo", "Sở Nội vụ")]),
    # a lettered item opening with a recurring time and its verb: the heading's own task
    ("thong_bao",
     "II. NHIỆM VỤ THỜI GIAN TỚI\n\n1. Sở Y tế:\na) Chủ trì, phối hợp với Sở Tài chính rà soát "
     "nhu cầu trang thiết bị, trình Ủy ban nhân dân tỉnh trước ngày 30/9/2024.\n"
     "b) Định kỳ hằng tháng tổng hợp tình hình khám, chữa bệnh tại các trạm y tế, báo cáo "
     "Ủy ban nhân dân tỉnh.\n",
     [("Sở Y tế", ["Sở Tài chính"], "rà soát", "Ủy ban nhân dân tỉnh"),
      ("Sở Y tế", [], "định kỳ hằng tháng tổng hợp", "Ủy ban nhân dân tỉnh")]),
    # a recurring time followed by its comma still opens before the body after it
    ("thong_bao",
     "II. NHIỆM VỤ THỜI GIAN TỚI\n\n1. Sở Công Thương chủ trì kiểm tra thị trường hàng hóa "
     "dịp Tết.\n\n2. Định kỳ hằng quý, Sở Tài chính tổng hợp tình hình giải ngân, báo cáo "
     "Ủy ban nhân dân tỉnh.\n",
     [("Sở Công Thương", [], "kiểm tra", None),
      ("Sở Tài chính", [], "tổng hợp", "Ủy ban nhân dân tỉnh")]),
]


@pytest.mark.parametrize(("kind", "body", "expected"), CASES)
def test_round11_tasks(kind: str, body: str, expected: list[tuple]) -> None:
    found = tasks_of(body, kind=kind, date="2024-03-20")
    got = [(t.lead, list(t.support), t.action, t.report_to) for t in found]
    assert [(lead, sup) for lead, sup, _, _ in got] == [(e[0], e[1]) for e in expected]
    for (_, _, action, report_to), e in zip(got, expected, strict=True):
        assert action.startswith(e[2])
        assert report_to == e[3]
