"""Tasks read again with the agency register's names, only where one changes a body read."""

from __future__ import annotations

import pytest

from tests.extract.test_tasks import tasks_of

CASES = [
    # the register ends the name where the grammar reads on over lower-case words
    ("Sở Nội vụ đưa kết quả thực hiện Chỉ thị vào tiêu chí đánh giá thi đua năm 2026.",
     [("Sở Nội vụ", [], "đưa kết quả thực hiện Chỉ thị vào tiêu chí đánh giá thi đua năm 2026")]),
    # register and grammar read the same bodies
    ("Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát đơn giá bồi thường nhà ở.",
     [("Sở Tài chính", ["Sở Xây dựng"], "rà soát đơn giá bồi thường nhà ở")]),
    ("Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát biên chế; Sở Tài chính đưa dự toán "
     "kinh phí vào kế hoạch năm 2026.",
     [("Sở Nội vụ", ["Sở Tài chính"], "rà soát biên chế"),
      ("Sở Tài chính", [], "đưa dự toán kinh phí vào kế hoạch năm 2026")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_register_names(text: str, expected: list[tuple[str, list[str], str]]) -> None:
    got = [(t.lead, list(t.support), t.action) for t in tasks_of(text)]
    assert got == expected
