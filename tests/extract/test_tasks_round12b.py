"""Task structures of round 12 (b): a body's name read in lower case ends where what the
report carries begins ("báo cáo Sở Tài chính | kết quả thực hiện")."""

from __future__ import annotations

import pytest

from tests.extract.test_tasks import tasks_of

CASES = [
    # (body, [(lead, support, action start, deadline, report_to)])
    # the object of a report after its body
    ("II. NHIỆM VỤ\n\n1. Sở Xây dựng rà soát các công trình chậm tiến độ, báo cáo Sở Tài chính "
     "kết quả thực hiện trước ngày 15/11/2025.\n",
     [("Sở Xây dựng", [], "rà soát", "2025-11-15", "Sở Tài chính")]),
    ("II. NHIỆM VỤ\n\n1. Các chủ đầu tư rà soát hồ sơ thanh toán, gửi Sở Văn hóa, Thể thao và Du "
     "lịch danh sách công trình chậm giải ngân trước ngày 10/11/2025.\n",
     [("các chủ đầu tư", [], "rà soát", "2025-11-10", "Sở Văn hóa, Thể thao và Du lịch")]),
    ("II. NHIỆM VỤ\n\n1. Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh chủ trì "
     "tổ chức thi công, báo cáo Sở Nông nghiệp và Phát triển nông thôn tình hình trước ngày "
     "05/12/2025.\n",
     [("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", [], "tổ chức",
       "2025-12-05", "Sở Nông nghiệp và Phát triển nông thôn")]),
    ("II. NHIỆM VỤ\n\n1. Sở Công Thương đôn đốc các nhà thầu tăng ca, gửi Sở Tài chính giải pháp "
     "tháo gỡ vướng mắc trong tháng 11/2025.\n",
     [("Sở Công Thương", [], "đôn đốc", "2025-11-30", "Sở Tài chính")]),
    # a lower-case name that is a board's stays whole
    ("II. NHIỆM VỤ\n\n1. Sở Giao thông vận tải chỉ đạo nhà thầu tăng ca, báo cáo Ban Quản lý dự án "
     "đầu tư xây dựng các công trình giao thông tỉnh kết quả trước ngày 15/11/2025.\n",
     [("Sở Giao thông vận tải", [], "chỉ đạo", "2025-11-15",
       "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh")]),
    # items under a group that a clause picks out
    ("II. NHIỆM VỤ\n\nc) Ủy ban nhân dân các xã, phường có tỷ lệ giải ngân dưới 25%:\n"
     "- Tổ chức họp rút kinh nghiệm với các chủ đầu tư;\n"
     "- Báo cáo Sở Tài chính nguyên nhân chậm giải ngân trước ngày 22/10/2025.\n",
     [("Ủy ban nhân dân các xã, phường", [], "tổ chức", None, None),
      ("Ủy ban nhân dân các xã, phường", [], "báo cáo Sở Tài chính", "2025-10-22",
       "Sở Tài chính")]),
    # a line that lists what a qualified group is, and items that are figures: no task
    ("II. NHIỆM VỤ\n\n1. Sở Tài chính tổng hợp tình hình giải ngân.\n\nCác xã có tỷ lệ giải "
     "ngân thấp gồm:\n- Xã Tân Phú đạt 18%;\n- Xã Hòa Bình đạt 22%.\n",
     [("Sở Tài chính", [], "tổng hợp", None, None)]),
    ("II. NHIỆM VỤ\n\nb) Các phường có số dự án chậm tiến độ lớn như sau:\n- Phường Đông Hải "
     "07 dự án;\n- Phường Nam Sơn 05 dự án.\nc) Các chủ đầu tư tập trung thi công.\n",
     [("các chủ đầu tư", [], "tập trung", None, None)]),
    # a qualified group that is told to act keeps its task
    ("II. NHIỆM VỤ\n\n1. Các xã có tỷ lệ giải ngân thấp khẩn trương rà soát nguyên nhân, báo cáo "
     "Sở Tài chính trước ngày 30/10/2025.\n",
     [("các xã có tỷ lệ giải ngân thấp", [], "khẩn trương rà soát", "2025-10-30",
       "Sở Tài chính")]),
    # a ";" clause with a fronted deadline and its own verb is a task of its own, and the
    # report at its end is its own ("…; chậm nhất ngày D | lập …, gửi Sở X")
    ("II. NHIỆM VỤ\n\n1. Các chủ đầu tư đẩy nhanh tiến độ thi công; chậm nhất ngày 15/11/2025 "
     "lập kế hoạch giải ngân chi tiết từng công trình, gửi Sở Tài chính.\n",
     [("các chủ đầu tư", [], "đẩy nhanh", None, None),
      ("các chủ đầu tư", [], "lập kế hoạch", "2025-11-15", "Sở Tài chính")]),
    ("II. NHIỆM VỤ\n\n1. Sở Xây dựng kiểm tra chất lượng công trình trong tháng 11/2025; trước "
     "ngày 10/12/2025 tổng hợp danh mục công trình chậm tiến độ, báo cáo Ủy ban nhân dân "
     "tỉnh.\n",
     [("Sở Xây dựng", [], "kiểm tra", "2025-11-30", None),
      ("Sở Xây dựng", [], "tổng hợp danh mục", "2025-12-10", "Ủy ban nhân dân tỉnh")]),
    # a fronted period with a comma keeps its own reading: the body after the comma leads
    ("II. NHIỆM VỤ\n\n1. Trước ngày 20/11/2025, Sở Tài chính tổng hợp nhu cầu vốn, báo cáo "
     "Ủy ban nhân dân tỉnh.\n",
     [("Sở Tài chính", [], "tổng hợp", "2025-11-20", "Ủy ban nhân dân tỉnh")]),
    # a qualifier that ends in the noun: the verb after it is the clause's
    ("II. NHIỆM VỤ\n\n1. Yêu cầu các chủ đầu tư có dự án chậm tiến độ cam kết bằng văn bản thời "
     "hạn hoàn thành, gửi Sở Tài chính trước ngày 20/11/2025.\n",
     [("các chủ đầu tư có dự án chậm tiến độ", [], "cam kết", "2025-11-20", "Sở Tài chính")]),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_round12b_tasks(body: str, expected: list[tuple]) -> None:
    found = tasks_of(body, kind="cong_van", date="2025-10-16")
    got = [(t.lead, list(t.support), t.action, t.deadline, t.report_to) for t in found]
    assert [(g[0], g[1]) for g in got] == [(e[0], e[1]) for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert g[2].startswith(e[2]), g[2]
        assert (g[3], g[4]) == (e[3], e[4])
