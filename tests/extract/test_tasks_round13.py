"""Task clauses of round 13: a clause opened by "quá thời hạn … mà không …," names its own
body and task; "; đồng thời báo cáo X xem xét …" is a task besides the one before, not the
report that closes it."""

from __future__ import annotations

import pytest

from tests.extract.test_tasks import assert_tasks, tasks_of

CASES = [
    # (kind, body, [(lead, action start)])
    ("thong_bao",
     "3. Yêu cầu các nhà đầu tư nộp báo cáo tiến độ về Sở Tài chính trước "
     "ngày 30/11/2024; quá thời hạn nêu trên mà không báo cáo, Sở Tài chính tham mưu Ủy ban "
     "nhân dân tỉnh thu hồi chủ trương đầu tư.\n",
     [("các nhà đầu tư", "nộp báo cáo"),
      ("Sở Tài chính", "tham mưu")]),
    ("thong_bao",
     "4. Giao Sở Xây dựng rà soát quy hoạch chi tiết khu dân cư phía Bắc; hết thời hạn "
     "rà soát mà chưa có ý kiến, Ủy ban nhân dân thành phố tổ chức công bố quy hoạch.\n",
     [("Sở Xây dựng", "rà soát"),
      ("Ủy ban nhân dân thành phố", "tổ chức công bố")]),
    ("thong_bao",
     "5. Giao Ban Quản lý dự án giao thông lập phương án di dời đường điện; đồng thời báo "
     "cáo Bộ Giao thông vận tải xem xét điều chỉnh tổng mức đầu tư dự án.\n",
     [("Ban Quản lý dự án giao thông", "lập phương án"),
      ("Ban Quản lý dự án giao thông", "báo cáo Bộ Giao thông vận tải xem xét")]),
    # without "đồng thời" the report closes the task before
    ("thong_bao",
     "6. Giao Sở Nội vụ rà soát biên chế các đơn vị sự nghiệp; báo cáo Ủy ban nhân dân "
     "tỉnh trước ngày 15/12/2024.\n",
     [("Sở Nội vụ", "rà soát")]),
]


@pytest.mark.parametrize(("kind", "body", "expected"), CASES)
def test_round13_tasks(kind: str, body: str, expected: list[tuple]) -> None:
    found = tasks_of(body, kind=kind, date="2024-11-05")
    assert_tasks(found, expected)
