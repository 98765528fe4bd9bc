"""Round 17 (sentences written for these tests): periods carried from a
cumulative date to the table and the paragraph after it, and a year of one
numbered item run on in a sentence that does not date the next item."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.records import DocumentMeta
from ktxh.text.structure import build_doc
from tests.support.extracting import found


def _periods(text: str, period: str | None, date: str) -> list[tuple]:
    return [(f.value, f.period) for f in find_figures(build_doc(text), found(period, date))]


def _notice_periods(text: str, date: str) -> dict:
    """Value → period of the figures of a thông báo (a document of no period)."""
    meta = {"document": DocumentMeta(type="thong_bao", date=date)}
    return {f.value: f.period for f in find_figures(build_doc(text), meta)}


_BUDGET_TABLE = ("| TT | Khoản thu | Dự toán năm 2024 (tỷ đồng) | Lũy kế thực hiện (tỷ đồng) "
                 "| Tỷ lệ so với dự toán (%) |\n"
                 "|---|---|---|---|---|\n"
                 "| 1 | Thu nội địa | 8.400 | 5.250 | 62,5 |\n")

CUMULATIVE_LEAD = [
    # a thông báo (no period of its own): the lead's cumulative date dates the table
    ("Lũy kế đến hết tháng 8/2024, tổng thu ngân sách trên địa bàn đạt 6.010 tỷ đồng, "
     "bằng 61,3% dự toán. Chi tiết từng khoản thu như sau:\n\n" + _BUDGET_TABLE,
     {8400.0: "2024", 5250.0: "2024-M8", 62.5: "2024-M8"}),
    ("Tính đến ngày 30/6/2024, tổng thu ngân sách đạt 4.120 tỷ đồng. Kết quả cụ thể:\n\n"
     + _BUDGET_TABLE,
     {8400.0: "2024", 5250.0: "2024-H1", 62.5: "2024-H1"}),
    # a lead of no cumulative date: the table keeps no period
    ("Tổng thu ngân sách trên địa bàn đạt khá. Chi tiết từng khoản thu như sau:\n\n"
     + _BUDGET_TABLE,
     {8400.0: "2024", 5250.0: None, 62.5: None}),
]


@pytest.mark.parametrize("text, expected", CUMULATIVE_LEAD)
def test_table_dated_by_cumulative_lead(text: str, expected: dict) -> None:
    got = _notice_periods(text, "2024-09-12")
    assert {v: got.get(v) for v in expected} == expected


LATER_PARAGRAPH = [
    # a later paragraph measured against the same budget: of the same day
    ("Lũy kế đến hết tháng 8/2024, tổng thu ngân sách trên địa bàn đạt 6.010 tỷ đồng, "
     "bằng 61,3% dự toán. Chi tiết từng khoản thu như sau:\n\n" + _BUDGET_TABLE
     + "\nTuy nhiên, thu từ khu vực kinh tế ngoài nhà nước mới đạt "
     "48,2% dự toán; thu tiền thuê đất được 215 tỷ đồng.",
     {48.2: "2024-M8", 215.0: "2024-M8"}),
    # a later paragraph on something else keeps no period
    ("Lũy kế đến hết tháng 8/2024, tổng thu ngân sách trên địa bàn đạt 6.010 tỷ đồng, "
     "bằng 61,3% dự toán. Chi tiết từng khoản thu như sau:\n\n" + _BUDGET_TABLE
     + "\nBên cạnh đó, toàn tỉnh có 35 doanh nghiệp tạm ngừng kinh doanh.",
     {35.0: None}),
]


@pytest.mark.parametrize("text, expected", LATER_PARAGRAPH)
def test_later_paragraph_against_budget(text: str, expected: dict) -> None:
    got = _notice_periods(text, "2024-09-12")
    assert {v: got.get(v) for v in expected} == expected


NUMBERED_ITEMS = [
    # the completion year of item (1) does not date item (2)'s money
    ("Tập trung đầu tư 2 dự án trọng điểm: (1) Dự án đường ven biển, tổng mức đầu tư "
     "5.200 tỷ đồng, hoàn thành năm 2028; (2) Dự án cảng cạn phía Tây, đầu tư theo "
     "phương thức PPP, vốn dự kiến 2.350 tỷ đồng.",
     {2350.0: None}),
    ("Các công trình: a) Hồ chứa nước Suối Đá, hoàn thành năm 2027; b) Kè sông Cái, "
     "nguồn vốn dự kiến 640 tỷ đồng.",
     {640.0: None}),
]


@pytest.mark.parametrize("text, expected", NUMBERED_ITEMS)
def test_year_of_item_stays_in_item(text: str, expected: dict) -> None:
    got = dict(_periods(text, "2026/2030", "2025-12-10"))
    assert {v: got.get(v) for v in expected} == expected
