"""Round 12 (sentences written for these tests): a table's unit named by a bracket
"(Đơn vị: …)" on its caption line, wherever the bracket stands."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.text.structure import build_doc
from tests.support.extracting import found


def _rows(text: str, period: str, date: str) -> list[tuple]:
    return [(f.kind, f.value, f.unit)
            for f in find_figures(build_doc(text), found(period, date)) if "|" in f.quote]


_TABLE = (
    "| STT | Dự án | Kế hoạch vốn 2021 | Giải ngân đến 30/6/2021 | Tỷ lệ (%) |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Kè chống sạt lở bờ sông Lô | 120 | 48 | 40,0 |\n"
)
_UNITS = [("level", 120.0, "tỷ đồng"), ("level", 48.0, "tỷ đồng"), ("pct_of_plan", 40.0, "%")]
_BARE = [("level", 120.0, ""), ("level", 48.0, ""), ("pct_of_plan", 40.0, "%")]

TABLES = [
    # "(Đơn vị: tỷ đồng):" closing the caption line
    ("Kết quả giải ngân các công trình (Đơn vị: tỷ đồng):\n\n" + _TABLE, _UNITS),
    # "(ĐVT: tỷ đồng)" inside the caption line, words after it
    ("Bảng 1 (ĐVT: tỷ đồng) - kết quả giải ngân các công trình\n\n" + _TABLE, _UNITS),
    # "Đơn vị tính: tỷ đồng." on its own line
    ("Kết quả giải ngân các công trình\n\nĐơn vị tính: tỷ đồng.\n\n" + _TABLE, _UNITS),
    # a bracket without "Đơn vị" that is no unit names none
    ("Kết quả giải ngân các công trình (đợt 2) - tổng hợp:\n\n" + _TABLE, _BARE),
]


@pytest.mark.parametrize("text, expected", TABLES)
def test_caption_unit_bracket(text: str, expected: list) -> None:
    assert _rows(text, "2021-H1", "2021-07-06") == expected


def _named(text: str, period: str, date: str) -> list[tuple]:
    return [(f.kind, f.value, f.indicator, f.estimate)
            for f in find_figures(build_doc(text), found(period, date))]


WRAPS = [
    # a pdf's line break before "12.450": no list label "12.", the sentence goes on
    ("   3. Thu ngân sách. Tổng thu ngân sách nhà nước trên địa bàn cả năm ước đạt\n"
     "12.450 tỷ đồng, bằng 105,2% dự toán Trung ương giao.\n", "2022", "2022-12-10",
     [("level", 12450.0, "Tổng thu ngân sách nhà nước trên địa bàn", True),
      ("pct_of_plan", 105.2, "Tổng thu ngân sách nhà nước trên địa bàn", True)]),
    # "1.234.500" is a number too
    ("   2. Về du lịch, dịch vụ. Tổng lượt khách du lịch đến tỉnh ước đạt khoảng\n"
     "1.234.500 lượt, tăng 8,4% so với năm trước.\n", "2022", "2022-12-10",
     [("level", 1234500.0, "Tổng lượt khách du lịch đến tỉnh", True),
      ("change", 8.4, "Tổng lượt khách du lịch đến tỉnh", True)]),
]


@pytest.mark.parametrize("text, period, date, expected", WRAPS)
def test_wrap_before_grouped_number(text: str, period: str, date: str, expected: list) -> None:
    assert _named(text, period, date) == expected


@pytest.mark.parametrize("text, items", [
    # "12. Thu ngân sách" and "1.2. Về du lịch" open items of their own
    ("Tổng thu ngân sách nhà nước trên địa bàn năm nay tiếp tục tăng khá so với năm trước\n"
     "12. Về thu ngân sách nhà nước trên địa bàn\n", 2),
    ("Tổng thu ngân sách nhà nước trên địa bàn năm nay tiếp tục tăng khá so với năm trước\n"
     "1.2. Về du lịch và dịch vụ\n", 2),
    ("Tổng thu ngân sách nhà nước trên địa bàn năm nay ước đạt khoảng\n"
     "12.450 tỷ đồng.\n", 1),
])
def test_list_label_or_number(text: str, items: int) -> None:
    assert len(build_doc(text).blocks) == items


def _periods(text: str, period: str, date: str) -> list[tuple]:
    return [(f.kind, f.value, f.period)
            for f in find_figures(build_doc(text), found(period, date))]


SAME_SPAN = [
    # "(1) Cùng kỳ năm 2021, …": a note's label, then the same span a year back
    ("Lũy kế đến ngày 30/6/2022, các công trình giải ngân đạt 41,2% kế hoạch.\n\n"
     "(1) Cùng kỳ năm 2021, các công trình giải ngân đạt 37,5% kế hoạch.\n",
     "2022-H1", "2022-07-06",
     [("pct_of_plan", 41.2, "2022-H1"), ("pct_of_plan", 37.5, "2021-H1")]),
    # "b) Cùng kỳ năm 2021, …" an item's label
    ("a) Lũy kế đến ngày 30/6/2022, các công trình giải ngân đạt 41,2% kế hoạch.\n"
     "b) Cùng kỳ năm 2021, các công trình giải ngân đạt 37,5% kế hoạch.\n",
     "2022-H1", "2022-07-06",
     [("pct_of_plan", 41.2, "2022-H1"), ("pct_of_plan", 37.5, "2021-H1")]),
]


@pytest.mark.parametrize("text, period, date, expected", SAME_SPAN)
def test_same_span_after_label(text: str, period: str, date: str, expected: list) -> None:
    assert _periods(text, period, date) == expected


REVIEW_YEAR = [
    # under a heading of the year before, a bare "cả năm", "tháng 12" are of that year
    ("I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024\n\n"
     "Sản lượng thủy sản cả năm đạt 215 nghìn tấn. Chỉ số sản xuất công nghiệp tháng 12 "
     "tăng 1,8% so với tháng trước.\n\n"
     "II. NHIỆM VỤ NĂM 2025\n\nPhấn đấu sản lượng thủy sản đạt 220 nghìn tấn.\n",
     "2025", "2025-01-20",
     [("level", 215.0, "2024"), ("change", 1.8, "2024-12")]),
    # a heading of the document's own year changes nothing
    ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\n\n"
     "Sản lượng thủy sản cả năm ước đạt 215 nghìn tấn. Chỉ số sản xuất công nghiệp tháng "
     "12 tăng 1,8% so với tháng trước.\n", "2024", "2024-12-10",
     [("level", 215.0, "2024"), ("change", 1.8, "2024-12")]),
]


@pytest.mark.parametrize("text, period, date, expected", REVIEW_YEAR)
def test_review_year(text: str, period: str, date: str, expected: list) -> None:
    assert _periods(text, period, date) == expected


def _changes(text: str, period: str, date: str) -> list[tuple]:
    return [(f.kind, f.value, f.unit, f.base)
            for f in find_figures(build_doc(text), found(period, date))]


COMPARED = [
    # "thấp hơn cùng kỳ năm 2020 khoảng 5 điểm phần trăm": a fall on the same span
    ("Toàn tỉnh giải ngân đạt 41% kế hoạch, thấp hơn cùng kỳ năm 2020 khoảng 5 điểm "
     "phần trăm.\n", "2021-M9", "2021-10-05",
     [("pct_of_plan", 41.0, "%", "plan"),
      ("change", -5.0, "điểm phần trăm", "same_period_last_year")]),
    # "cao hơn cùng kỳ năm trước 2,5 điểm phần trăm": a rise
    ("Tỷ lệ giải ngân đạt 47,5% kế hoạch, cao hơn cùng kỳ năm trước 2,5 điểm phần trăm.\n",
     "2021-M9", "2021-10-05",
     [("pct_of_plan", 47.5, "%", "plan"),
      ("change", 2.5, "điểm phần trăm", "same_period_last_year")]),
]


@pytest.mark.parametrize("text, period, date, expected", COMPARED)
def test_compared_same_span_year(text: str, period: str, date: str, expected: list) -> None:
    assert _changes(text, period, date) == expected


RAISED_TOTAL = [
    # "nâng tổng số lên N <unit>" after a count of the same unit: the total of what it names
    ("Trong năm có thêm 5 trường đạt chuẩn quốc gia, nâng tổng số lên 112 trường.\n",
     [("level", 5.0, "trường đạt chuẩn quốc gia"),
      ("level", 112.0, "tổng số trường đạt chuẩn quốc gia")]),
    # no count of that unit before: the bare total
    ("Trong năm có thêm 3 hợp tác xã thành lập mới, nâng tổng số lên 112 trường.\n",
     [("level", 3.0, "hợp tác xã thành lập mới"), ("level", 112.0, "tổng số trường")]),
]


@pytest.mark.parametrize("text, expected", RAISED_TOTAL)
def test_raised_total(text: str, expected: list) -> None:
    assert [(f.kind, f.value, f.indicator) for f in
            find_figures(build_doc(text), found("2023", "2023-12-10"))] == expected
