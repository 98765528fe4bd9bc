"""Task structures of round 12: a group of bodies that a clause picks out heads the list
below its colon ("c) UBND các xã, phường có tỷ lệ giải ngân dưới 30%:" / "- Tổ chức …"),
but a line that lists what some bodies are ("Các xã có … gồm:") heads no task."""

from __future__ import annotations

import pytest

from ktxh.extract import task_patterns as tp
from tests.extract.test_tasks import assert_tasks, tasks_of

CASES = [
    # (kind, body, [(lead, action start, deadline, report_to)])
    ("cong_van",
     "2. Đề nghị các cơ quan, đơn vị\n\n"
     "a) Sở Xây dựng chủ trì kiểm tra chất lượng công trình trong tháng 11/2025.\n\n"
     "b) Ủy ban nhân dân các xã, phường có tỷ lệ giải ngân dưới 40%:\n"
     "- Tổ chức họp kiểm điểm trách nhiệm tập thể, cá nhân;\n"
     "- Báo cáo kết quả khắc phục về Sở Tài chính trước ngày 25/11/2025.\n",
     [("Sở Xây dựng", "kiểm tra", "2025-11-30", None),
      ("Ủy ban nhân dân các xã, phường", "tổ chức họp", None, None),
      ("Ủy ban nhân dân các xã, phường", "báo cáo", "2025-11-25", None)]),
    ("thong_bao",
     "II. NHIỆM VỤ THỜI GIAN TỚI\n\n"
     "1. Các chủ đầu tư chưa hoàn thành quyết toán dự án hoàn thành:\n"
     "- Khẩn trương lập hồ sơ quyết toán trước ngày 30/11/2025;\n"
     "- Công khai kết quả quyết toán trên trang thông tin điện tử.\n",
     [("các chủ đầu tư", "khẩn trương lập", "2025-11-30", None),
      ("các chủ đầu tư", "công khai", None, None)]),
]


@pytest.mark.parametrize(("kind", "body", "expected"), CASES)
def test_round12_tasks(kind: str, body: str, expected: list[tuple]) -> None:
    found = tasks_of(body, kind=kind, date="2025-10-16")
    assert_tasks(found, expected)


@pytest.mark.parametrize(("rest", "picks"), [
    ("có tỷ lệ giải ngân dưới 40%", True),
    ("chưa hoàn thành quyết toán dự án hoàn thành", True),
    ("còn dự án chậm bàn giao mặt bằng", True),
    # what they are, listed below: no lead of the items
    ("có dự án chậm giải ngân gồm", False),
    ("có tỷ lệ giải ngân thấp như sau", False),
    ("phối hợp thực hiện", False),
])
def test_a_clause_that_picks_bodies(rest: str, picks: bool) -> None:
    assert bool(tp.QUALIFIER.fullmatch(rest)) is picks
