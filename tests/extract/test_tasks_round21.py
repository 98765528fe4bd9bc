"""Round 21 (sentences written for these tests): a sector named as a body ("ngành y tế")
supports a task; "Các bệnh viện tuyến tỉnh" leads one."""

from __future__ import annotations

import pytest

from tests.extract.test_tasks import tasks_of

SECTOR_AND_HOSPITAL_LEADS = [
    # (item, [(lead, support, deadline)])
    ("5. Sở Giáo dục và Đào tạo chỉ đạo các trường học tổ chức tiêm chủng; phối hợp với ngành "
     "y tế theo dõi sức khỏe học sinh.",
     [("Sở Giáo dục và Đào tạo", (), None),
      ("Sở Giáo dục và Đào tạo", ("ngành y tế",), None)]),
    ("6. Sở Nội vụ phối hợp với ngành giáo dục rà soát biên chế giáo viên.",
     [("Sở Nội vụ", ("ngành giáo dục",), None)]),
    ("2. Các bệnh viện tuyến tỉnh triển khai hệ thống lấy số khám bệnh trực tuyến, hoàn thành "
     "trước ngày 30/6/2026.", [("các bệnh viện tuyến tỉnh", (), "2026-06-30")]),
    # a narrated fact stays no task
    ("4. Các bệnh viện đã triển khai bệnh án điện tử.", []),
]


@pytest.mark.parametrize(("body", "expected"), SECTOR_AND_HOSPITAL_LEADS)
def test_sector_and_hospital_leads(body: str, expected: list) -> None:
    found = tasks_of(body, kind="thong_bao", date="2025-12-05")
    assert [(t.lead, tuple(t.support), t.deadline) for t in found] == expected
