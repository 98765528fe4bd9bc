"""Task structures of round 7 (sentences written for these tests): "Thủ trưởng A và Chủ
tịch B" names two bodies, the first leads (titles kept, as in round 5); a ";"-clause opened by a
named place ("thành phố X", "huyện Y") and an action is the task of its People's Committee;
a periodic report that names what it reports is a task of its own."""

from __future__ import annotations

import pytest

from tests.extract.test_tasks import tasks_of


def rows(body: str) -> list[tuple]:
    return [(t.lead, list(t.support), t.deadline, t.report_to)
            for t in tasks_of(body, date="2023-09-14")]


HEADS = [
    # the heads of two bodies: the first leads, the chair of the committees supports
    ("1. Thủ trưởng các sở, ban, ngành tỉnh và Chủ tịch Ủy ban nhân dân các huyện, thành phố "
     "tổ chức triển khai kế hoạch, hoàn thành trước ngày 31/12/2023.",
     [("Thủ trưởng các sở, ban, ngành tỉnh",
       ["Chủ tịch Ủy ban nhân dân các huyện, thành phố"], "2023-12-31", None)]),
    ("1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân cấp huyện rà soát danh "
     "mục dự án trước ngày 15/10/2023.",
     [("Thủ trưởng các sở, ban, ngành tỉnh", ["Chủ tịch Ủy ban nhân dân cấp huyện"],
       "2023-10-15", None)]),
    # a longer titled list stays one group
    ("1. Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các huyện tập "
     "trung chỉ đạo công tác phòng, chống hạn.",
     [("Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các huyện", [],
       None, None)]),
    ("1. Giám đốc Sở Y tế và Chủ tịch Ủy ban nhân dân huyện Ba Bể kiểm tra các cơ sở khám "
     "chữa bệnh trước ngày 30/11/2023.",
     [("Giám đốc Sở Y tế", ["Chủ tịch Ủy ban nhân dân huyện Ba Bể"], "2023-11-30", None)]),
]


@pytest.mark.parametrize(("body", "expected"), HEADS)
def test_heads_of_two_bodies(body: str, expected: list) -> None:
    assert rows(body) == expected


SECOND_SUBJECTS = [
    ("2. Ủy ban nhân dân huyện Ngân Sơn và Ủy ban nhân dân huyện Pác Nặm hoàn thành bàn giao "
     "mặt bằng Dự án Đường tỉnh 258 trước ngày 30/10/2023; huyện Pác Nặm chi trả tiền bồi "
     "thường cho 12 hộ còn lại trong tháng 9/2023.",
     [("Ủy ban nhân dân huyện Ngân Sơn", ["Ủy ban nhân dân huyện Pác Nặm"], "2023-10-30", None),
      ("Ủy ban nhân dân huyện Pác Nặm", [], "2023-09-30", None)]),
    ("3. Sở Giao thông vận tải đôn đốc nhà thầu thi công cầu Nà Làng; thành phố Bắc Kạn "
     "hoàn thành di dời đường điện trước ngày 15/10/2023.",
     [("Sở Giao thông vận tải", [], None, None),
      ("Ủy ban nhân dân thành phố Bắc Kạn", [], "2023-10-15", None)]),
]


@pytest.mark.parametrize(("body", "expected"), SECOND_SUBJECTS)
def test_a_clause_opened_by_a_place_body(body: str, expected: list) -> None:
    assert rows(body) == expected


REPORTS = [
    # a periodic report naming what it reports: a task of its own
    ("4. Sở Tài chính, Kho bạc Nhà nước tỉnh hướng dẫn các huyện thanh toán vốn; báo cáo Ủy "
     "ban nhân dân tỉnh kết quả giải ngân trước ngày 10 hằng tháng.",
     [("Sở Tài chính", ["Kho bạc Nhà nước tỉnh"], None, None),
      ("Sở Tài chính", ["Kho bạc Nhà nước tỉnh"], None, "Ủy ban nhân dân tỉnh")]),
    ("5. Sở Công Thương chủ trì, phối hợp với Cục Thống kê tỉnh theo dõi việc thực hiện Kế "
     "hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh tình hình thực hiện hằng quý và cả năm.",
     [("Sở Công Thương", ["Cục Thống kê tỉnh"], None, None),
      ("Sở Công Thương", ["Cục Thống kê tỉnh"], None, "Ủy ban nhân dân tỉnh")]),
    # a dated one-off report, or one naming nothing, still closes the task before
    ("6. Sở Công Thương theo dõi việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân "
     "tỉnh kết quả thực hiện trước ngày 20/12/2023.",
     [("Sở Công Thương", [], "2023-12-20", "Ủy ban nhân dân tỉnh")]),
    ("7. Sở Công Thương theo dõi việc thực hiện Kế hoạch; định kỳ 6 tháng báo cáo Ủy ban nhân "
     "dân tỉnh.",
     [("Sở Công Thương", [], None, "Ủy ban nhân dân tỉnh")]),
    ("8. Sở Công Thương theo dõi việc thực hiện Kế hoạch; định kỳ hằng quý báo cáo Ủy ban "
     "nhân dân tỉnh kết quả thực hiện.",
     [("Sở Công Thương", [], None, "Ủy ban nhân dân tỉnh")]),
]


@pytest.mark.parametrize(("body", "expected"), REPORTS)
def test_a_periodic_report_naming_what_it_reports(body: str, expected: list) -> None:
    assert rows(body) == expected
