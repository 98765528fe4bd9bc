"""Round 17 (sentences written for these tests): clauses whose words name what a figure or a
task is only with the clause beside them: a parallel clause that leaves its subject out
("…của huyện A (cũ) đạt 7,1%/năm, của huyện B (cũ) đạt 5,8%/năm"), the crop "điều" read as a
law article, a rate named after the places set apart ("Riêng 6 xã … tỷ lệ hộ nghèo …") and a
"-" item opening with a time phrase ("Ngay trong tuần, làm việc …")."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.text.structure import build_doc
from tests.extract.test_tasks import tasks_of
from tests.support.extracting import found


def _figures(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.kind, f.indicator)
            for f in find_figures(build_doc(text), found("2025", "2025-12-15"))]


PARALLEL = [
    # "của A …, của B …": the second clause keeps the indicator, not its place phrase
    ("Giai đoạn 2021 - 2025, tốc độ tăng trưởng kinh tế bình quân của huyện Mường Lát (cũ) "
     "ước đạt 7,1%/năm, của huyện Quan Sơn (cũ) ước đạt 5,8%/năm.",
     [(7.1, "%/năm", "growth_avg", "tốc độ tăng trưởng kinh tế bình quân của huyện Mường Lát "
       "(cũ)"),
      (5.8, "%/năm", "growth_avg", "tốc độ tăng trưởng kinh tế bình quân")]),
    ("Năm 2025, thu nhập bình quân đầu người của khu vực nông thôn đạt 52 triệu đồng, của khu "
     "vực thành thị đạt 78 triệu đồng.",
     [(52.0, "triệu đồng", "level", "thu nhập bình quân đầu người của khu vực nông thôn"),
      (78.0, "triệu đồng", "level", "thu nhập bình quân đầu người")]),
]


@pytest.mark.parametrize("text, expected", PARALLEL)
def test_parallel_clause_keeps_indicator(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


CROP = [
    # the crop "điều" (cashew) before an area or an output: a figure
    ("Diện tích cây lâu năm ước đạt 61.300 ha; trong đó cây điều 24.150 ha, hồ tiêu 9.800 ha.",
     [61300.0, 24150.0, 9800.0]),
    ("Sản lượng hạt điều ước đạt 12.500 tấn.", [12500.0]),
    ("Diện tích điều trồng mới 850 ha.", [850.0]),
    ("Cao su 18.600 ha, điều 21.400 ha.", [18600.0, 21400.0]),
    # a law article stays no figure
    ("Thực hiện theo Điều 12 Luật Đầu tư công, giải ngân 120 tỷ đồng.", [120.0]),
    ("Quy định tại khoản 2 điều 35 của Nghị định, hỗ trợ 50 triệu đồng.", [50.0]),
]


@pytest.mark.parametrize("text, values", CROP)
def test_crop_dieu_is_no_article(text: str, values: list[float]) -> None:
    assert [f[0] for f in _figures(text)] == values


PLACES_THEN_RATE = [
    ("Tỷ lệ hộ nghèo toàn tỉnh cuối năm 2025 còn 9,2%. Riêng 6 xã vùng cao thuộc huyện Mường "
     "Tè (cũ) tỷ lệ hộ nghèo cuối năm 2025 vẫn còn trên 35%.", 35.0, "tỷ lệ hộ nghèo"),
    ("Riêng các xã đặc biệt khó khăn thuộc huyện Bắc Yên tỷ lệ hộ nghèo vẫn còn 25%.",
     25.0, "tỷ lệ hộ nghèo"),
    ("Riêng 3 huyện vùng cao tỷ lệ che phủ rừng đạt trên 60%.", 60.0, "tỷ lệ che phủ rừng"),
    # a rate that opens its clause keeps its own words
    ("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn 18,5%.", 18.5,
     "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi"),
]


@pytest.mark.parametrize("text, value, indicator", PLACES_THEN_RATE)
def test_rate_named_after_places(text: str, value: float, indicator: str) -> None:
    assert [f[3] for f in _figures(text) if f[0] == value] == [indicator]


_HEADING = ("**2. Chi cục Thuế khu vực VII:**\n\n- Phối hợp với Sở Công Thương rà soát các "
            "doanh nghiệp có khoản nợ đọng.\n- {}\n")

TIMED_ITEMS = [
    # (item, action, deadline): the time phrase opens the item, the agency heading leads it
    ("Ngay trong tuần, làm việc trực tiếp với các doanh nghiệp chế biến gỗ.",
     "làm việc trực tiếp với các doanh nghiệp chế biến gỗ", None),
    ("Ngay trong tháng 11, rà soát các hồ sơ hoàn thuế còn tồn đọng.",
     "rà soát các hồ sơ hoàn thuế còn tồn đọng", "2025-11-30"),
    ("Từ nay đến cuối năm, tập trung đôn đốc thu hồi nợ thuế.",
     "tập trung đôn đốc thu hồi nợ thuế", None),
    ("Trong quý IV, tổ chức đối thoại với doanh nghiệp về chính sách thuế.",
     "tổ chức đối thoại với doanh nghiệp về chính sách thuế", "2025-12-31"),
]


@pytest.mark.parametrize("item, action, deadline", TIMED_ITEMS)
def test_item_opening_with_time(item: str, action: str, deadline: str | None) -> None:
    got = [(t.lead, t.action, t.deadline)
           for t in tasks_of(_HEADING.format(item), date="2025-10-10")]
    assert got[1:] == [("Chi cục Thuế khu vực VII", action, deadline)]
