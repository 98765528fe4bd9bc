"""Task clauses of round 4: recurring days, boilerplate around the operative text,
items opening with an adverbial, short names defined in the document, milestone lists."""

from __future__ import annotations

import pytest

from ktxh.extract.deadlines import RECURRING, UNRESOLVED, find_deadlines
from ktxh.text.normalize import fold
from tests.extract.test_tasks import tasks_of

EVERY_PERIOD = [
    # (words, [(deadline words, iso, flags)])
    ("tổng hợp, báo cáo Ủy ban nhân dân tỉnh định kỳ hằng năm (trước ngày 20/11)",
     [("định kỳ hằng năm (trước ngày 20/11)", None, (RECURRING, UNRESOLVED))]),
    ("báo cáo Sở Tài chính định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 5/12)",
     [("định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 5/12)", None,
       (RECURRING, UNRESOLVED))]),
    ("báo cáo định kỳ 6 tháng, hằng năm (trước ngày 12/6 và 12/12)",
     [("định kỳ 6 tháng, hằng năm (trước ngày 12/6 và 12/12)", None, (RECURRING, UNRESOLVED))]),
    ("gửi kết quả về Sở Nội vụ trước ngày 25/11 hằng năm",
     [("trước ngày 25/11 hằng năm", None, (RECURRING, UNRESOLVED))]),
    # a date with its year, or a year-less day with no recurring words, is one date
    ("định kỳ hằng quý kiểm tra, hoàn thành đợt đầu trước ngày 30/4/2026",
     [("định kỳ", None, (RECURRING,)), ("hằng quý", None, (RECURRING,)),
      ("trước ngày 30/4/2026", "2026-04-30", ())]),
    ("hoàn thành trước ngày 30/4", [("trước ngày 30/4", "2026-04-30", ())]),
]


@pytest.mark.parametrize(("words", "expected"), EVERY_PERIOD)
def test_a_day_of_every_period_is_no_date(words: str, expected: list) -> None:
    found = find_deadlines(fold(words), doc_date="2026-01-15")
    assert [(d.text, d.iso, d.flags) for d in found] == [(fold(w), i, f) for w, i, f in expected]


def test_a_recurring_report_folds_into_the_task_before() -> None:
    para = ("1. Sở Tài chính là cơ quan thường trực, chủ trì theo dõi, đôn đốc thực hiện Kế "
            "hoạch; định kỳ hằng năm (trước ngày 20/11) tổng hợp, báo cáo Ủy ban nhân dân tỉnh.")
    found = tasks_of(para, kind="ke_hoach", date="2026-01-15", period="2026/2030")
    assert [(t.lead, t.deadline, t.deadline_text, t.recurring, t.report_to) for t in found] == [
        ("Sở Tài chính", None, "định kỳ hằng năm (trước ngày 20/11)", True,
         "Ủy ban nhân dân tỉnh"),
    ]
