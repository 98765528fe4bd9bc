"""Round 15 (sentences written for these tests): the unit "đặc khu" of the
post-merger local level, a table dated only by the "Tính đến …:" sentence
leading into it, a footnote cited from a sentence dated by the ones before it,
and a month's figure measured against the year's plan."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.text.structure import build_doc
from tests.support.extracting import found


def _figures(text: str, period: str | None, date: str,
             fields: tuple[str, ...] = ("value", "period")) -> list[tuple]:
    return [tuple(getattr(f, k) for k in fields)
            for f in find_figures(build_doc(text), found(period, date))]


SPECIAL_ZONES = [
    # "đặc khu" closes a list of local units, or stands alone
    ("Sau sắp xếp, toàn tỉnh có 102 xã, phường, đặc khu, giảm 65 đơn vị.",
     [(102.0, "xã, phường, đặc khu"), (-65.0, "đơn vị")]),
    ("Tỉnh có 2 đặc khu và 40 phường.", [(2.0, "đặc khu"), (40.0, "phường")]),
    # "khu" alone is still a count of its own
    ("Đã hình thành 5 khu dân cư mới.", [(5.0, "khu dân cư")]),
]


@pytest.mark.parametrize("text, expected", SPECIAL_ZONES)
def test_special_zone_unit(text: str, expected: list[tuple]) -> None:
    assert _figures(text, "2025", "2025-12-10", ("value", "unit")) == expected


_TABLE = ("| Đơn vị | Kế hoạch vốn (tỷ đồng) | Đã giải ngân (tỷ đồng) | Tỷ lệ (%) |\n"
          "|---|---|---|---|\n"
          "| Sở Xây dựng | 1.200 | 540 | 45,0 |\n")
_HEAD = "**2. Về giải ngân vốn đầu tư công năm 2025**\n\n"

LEAD_IN = [
    # the sentence leading into the table dates its results, not its plan
    (_HEAD + "Đến ngày 31/8/2025, toàn tỉnh đã giải ngân 2.310 tỷ đồng. Chi tiết theo "
     "đơn vị như sau:\n\n" + _TABLE,
     [(1200.0, "2025"), (540.0, "2025-M8"), (45.0, "2025-M8"), (2310.0, "2025-M8")]),
    (_HEAD + "Lũy kế đến hết tháng 6 năm 2025, kết quả giải ngân theo đơn vị như sau:\n\n"
     + _TABLE, [(1200.0, "2025"), (540.0, "2025-H1"), (45.0, "2025-H1")]),
    # no lead-in ending in ":": the table keeps its year
    (_HEAD + "Đến ngày 31/8/2025, toàn tỉnh đã giải ngân 2.310 tỷ đồng.\n\n"
     "Bảng 1. Giải ngân theo đơn vị\n\n" + _TABLE,
     [(1200.0, "2025"), (540.0, "2025"), (45.0, "2025"), (2310.0, "2025-M8")]),
    # a lead-in naming the year only: nothing to date
    (_HEAD + "Kết quả giải ngân năm 2025 theo đơn vị như sau:\n\n" + _TABLE,
     [(1200.0, "2025"), (540.0, "2025"), (45.0, "2025")]),
]


@pytest.mark.parametrize("text, expected", LEAD_IN)
def test_table_dated_by_lead_in(text: str, expected: list[tuple]) -> None:
    assert sorted(_figures(text, "2025-09", "2025-10-06")) == sorted(expected)


NOTES = [
    # the citing sentence has no time of its own: the note takes its figure's
    ("Tính đến ngày 30/6/2025, toàn tỉnh giải ngân 1.450 tỷ đồng. Có 12 xã giải ngân "
     "dưới 20% kế hoạch vốn[1].\n\n[1] Trong đó 4 xã chưa giải ngân.",
     "2025-06", [(1450.0, "2025-H1"), (12.0, "2025-H1"), (4.0, "2025-H1")]),
]


@pytest.mark.parametrize("text, period, expected", NOTES)
def test_note_takes_cited_figure_period(text: str, period: str, expected: list) -> None:
    assert _figures(text, period, "2025-07-05") == expected


YEAR_PLAN = [
    # measured against the year's plan: the months to date
    ("Số lao động được giải quyết việc làm đạt 18.400 người, bằng 71,2% kế hoạch năm.",
     "2025-09", [(18400.0, "2025-M9"), (71.2, "2025-M9")]),
    ("Thu ngân sách đạt 2.150 tỷ đồng, bằng 64% dự toán năm; xuất khẩu đạt 310 triệu USD.",
     "2024-07", [(2150.0, "2024-M7"), (64.0, "2024-M7"), (310.0, "2024-07")]),
    ("Vốn đầu tư công giải ngân đạt 820 tỷ đồng, bằng 51,3% kế hoạch cả năm.",
     "2024-07", [(820.0, "2024-M7"), (51.3, "2024-M7")]),
    # the month named: its own
    ("Thu ngân sách tháng 9 đạt 240 tỷ đồng, bằng 8,5% dự toán năm.",
     "2025-09", [(240.0, "2025-09"), (8.5, "2025-09")]),
    # no year's plan: the month
    ("Số doanh nghiệp thành lập mới đạt 112 doanh nghiệp.", "2025-09", [(112.0, "2025-09")]),
]


@pytest.mark.parametrize("text, period, expected", YEAR_PLAN)
def test_month_against_year_plan(text: str, period: str, expected: list) -> None:
    assert _figures(text, period, "2025-10-05") == expected
