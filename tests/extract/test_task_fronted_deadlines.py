"""A deadline before its verb, after ";", governs the action; a later date inside the
action is its scope ("chậm nhất ngày D1 lập kế hoạch ... đến hết ngày D2"), not a second
task. Such a clause once stopped the whole document's extraction."""

from __future__ import annotations

import pytest

from tests.extract.test_tasks import tasks_of

HEAD = "II. NHIỆM VỤ THỜI GIAN TỚI\n\n"
CASES = [
    # (body, [(lead, deadline, action)])
    ("1. Sở Xây dựng lập kế hoạch kiểm tra chất lượng công trình; chậm nhất ngày 31/10/2025 "
     "ban hành kế hoạch kiểm tra đến hết năm 2025.\n",
     [("Sở Xây dựng", None, "lập kế hoạch kiểm tra chất lượng công trình"),
      ("Sở Xây dựng", "2025-10-31", "ban hành kế hoạch kiểm tra đến hết năm 2025")]),
    ("1. Các chủ đầu tư hoàn thiện hồ sơ thanh toán; chậm nhất ngày 15/11/2025 lập kế hoạch "
     "giải ngân chi tiết đến hết ngày 31/01/2026.\n",
     [("các chủ đầu tư", None, "hoàn thiện hồ sơ thanh toán"),
      ("các chủ đầu tư", "2025-11-15", "lập kế hoạch giải ngân chi tiết đến hết ngày 31/01/2026")]),
    # two deadlines after their verbs still make two tasks
    ("1. Sở Tài chính tổng hợp số liệu giải ngân trước ngày 05/11/2025 và báo cáo Ủy ban nhân "
     "dân tỉnh trước ngày 10/11/2025.\n",
     [("Sở Tài chính", "2025-11-05", "tổng hợp số liệu giải ngân"),
      ("Sở Tài chính", "2025-11-10", "báo cáo")]),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_fronted_deadline(body: str, expected: list[tuple]) -> None:
    found = tasks_of(HEAD + body, kind="cong_van", date="2025-10-10")
    got = [(t.lead, t.deadline, t.action) for t in found]
    assert [(lead, d) for lead, d, _ in got] == [(e[0], e[1]) for e in expected]
    for (_, _, action), e in zip(got, expected, strict=True):
        assert action.startswith(e[2])
