"""Figures, fifth round: implicit bases of percentages, comparatives, numbers that
are no quantities, list members, periods of clauses and of span reports, and
indicators met in reports of other provinces (sentences written for these tests)."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.records import DocumentMeta
from ktxh.text.structure import build_doc


def _figures(text: str, period: str | None = "2025", title: str | None = None) -> list:
    doc = build_doc(text)
    meta = DocumentMeta(period=period, title=title)
    return list(find_figures(doc, {"document": meta}))


def _read(text: str, period: str | None = "2025") -> list[tuple]:
    return [(f.value, f.unit, f.kind) for f in _figures(text, period)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number inside a road's name is no figure
        ("Dự án Đường Vành đai 2 thành phố Pleiku đã giải ngân 64 tỷ đồng.",
         [(64.0, "tỷ đồng", "level")]),
        # "N lần/tuần" is how often, not a multiple
        ("Các xã thông báo tình hình nguồn nước cho Nhân dân ít nhất 03 lần/tuần.",
         [(3.0, "lần/tuần", "level")]),
        ("Giá trị xuất khẩu gấp 1,8 lần cùng kỳ.", [(1.8, "lần", "multiple")]),
        # a time of day is no figure; a length of time after "trong" stays one
        ("Định kỳ trước 15 giờ thứ Sáu hằng tuần, các huyện báo cáo về Sở.", []),
        ("Sự cố được khắc phục trong 36 giờ.", [(36.0, "giờ", "level")]),
        # a price per kilogram keeps its "/kg"
        ("Giá mủ cao su hiện ở mức 38.600 đồng/kg.", [(38600.0, "đồng/kg", "level")]),
        # "vụ Mùa" before an area is no season's year
        ("Diện tích lúa đạt 18.420 ha (vụ Chiêm 6.110 ha, vụ Mùa 12.310 ha).",
         [(18420.0, "ha", "level"), (6110.0, "ha", "level"), (12310.0, "ha", "level")]),
        # "N/M <noun>" after "xong", "đã", "có": done out of a total, the noun outside the
        # lexicon
        ("Nhà thầu đã thi công xong 9/14 trụ cầu.", [(9.0, "trụ", "progress")]),
        ("Tỷ lệ 1/3 diện tích bị ảnh hưởng.", []),
    ],
)
def test_numbers_that_are_no_quantities_and_units(text: str, expected: list[tuple]) -> None:
    assert _read(text) == expected


def test_the_indicator_of_a_price_leaves_its_adverb() -> None:
    figs = _figures("Giá hồ tiêu hiện ở mức 96.500 đồng/kg.")
    assert [f.indicator for f in figs] == ["Giá hồ tiêu"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # items of a list headed by "đạt X% kế hoạch" are of the plan, "chỉ đạt" too
        ("Đến ngày 31/8/2025, giải ngân được 912,4 tỷ đồng, đạt 47,3% kế hoạch; trong đó vốn "
         "ngân sách tỉnh 780,2 tỷ đồng, đạt 54,6%; vốn ODA 132,2 tỷ đồng, chỉ đạt 24,8%.",
         [(912.4, "level"), (47.3, "pct_of_plan"), (780.2, "level"), (54.6, "pct_of_plan"),
          (132.2, "level"), (24.8, "pct_of_plan")]),
        ("Thu ngân sách đạt 2.140 tỷ đồng, bằng 81% dự toán; trong đó thu nội địa đạt 78,5%; "
         "thu xuất nhập khẩu chỉ đạt 41,2%.",
         [(2140.0, "level"), (81.0, "pct_of_plan"), (78.5, "pct_of_plan"),
          (41.2, "pct_of_plan")]),
        # ... not a rate or the work done
        ("Giải ngân đạt 52% kế hoạch; trong đó khối lượng thi công đạt 61%.",
         [(52.0, "pct_of_plan"), (61.0, "rate")]),
        # "tỷ lệ giải ngân … (X%)": of the plan; "Tỷ lệ giải ngân đạt X%" stays a rate
        ("Dự án kè sông Pô Kô mới bàn giao 12,6/30,4 ha; tỷ lệ giải ngân thấp (28,4%).",
         [(12.6, "progress"), (28.4, "pct_of_plan")]),
        ("Sở Giao thông vận tải là chủ đầu tư có tỷ lệ giải ngân thấp nhất (19,7%).",
         [(19.7, "pct_of_plan")]),
        ("Tỷ lệ giải ngân đạt 41,2%.", [(41.2, "rate")]),
        # "a/b … theo kế hoạch …, đạt X%": of the plan
        ("Dự án đã di dời 318/720 hộ theo kế hoạch năm 2025, đạt 44,2%.",
         [(318.0, "progress"), (44.2, "pct_of_plan")]),
        # the poverty rate: "hộ nghèo …, chiếm X% tổng số hộ" (seed 000's "tỷ lệ hộ nghèo
        # chiếm 15,83%"), not "chiếm 96% hộ nghèo" (a share of the poor)
        ("Toàn tỉnh có 16.240 hộ nghèo, chiếm 6,8% tổng số hộ, và 9.830 hộ cận nghèo, "
         "chiếm 4,1%.",
         [(16240.0, "level"), (6.8, "rate"), (9830.0, "level"), (4.1, "rate")]),
        ("Hộ nghèo là người dân tộc thiểu số chiếm 96% hộ nghèo toàn tỉnh.", [(96.0, "share")]),
    ],
)
def test_implicit_bases_of_percentages(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.kind) for f in _figures(text, "2025-M8")] == expected


def test_a_bracketed_disbursement_rate_names_itself() -> None:
    figs = _figures("Dự án kè sông Pô Kô mới bàn giao 12,6/30,4 ha; tỷ lệ giải ngân thấp "
                    "(28,4%).")
    assert figs[-1].indicator == "tỷ lệ giải ngân"
    # a benchmark in brackets keeps its own reading
    figs = _figures("Huyện giải ngân được 40,2 tỷ đồng, đạt 38,1% kế hoạch, thấp hơn tỷ lệ giải "
                    "ngân bình quân chung của tỉnh (44,6%).")
    assert [(f.value, f.kind) for f in figs] == [
        (40.2, "level"), (38.1, "pct_of_plan"), (44.6, "pct_of_plan")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "(thấp|cao|sâu|…) hơn X so với B": a change, falling for "thấp", "ít", "chậm"
        ("Giá lúa hiện ở mức 6.800 đồng/kg, thấp hơn 9,5% so với đầu vụ.",
         [(6800.0, "level", None), (-9.5, "change", None)]),
        ("Ranh mặn 4‰ trên sông Tiền vào sâu 61 km, sâu hơn 6 km so với cùng thời điểm năm "
         "2016.", [(61.0, "level", None), (6.0, "change", "2016")]),
        ("Năng suất lúa cao hơn 2,4 tạ/ha so với cùng kỳ.",
         [(2.4, "change", "same_period_last_year")]),
        # without a base after it, the number is the level compared with
        ("Thu nhập bình quân thấp hơn mức bình quân cả nước 1.950 USD.",
         [(1950.0, "level", None)]),
        # "vượt X% so với (mục tiêu) kế hoạch": a change on the plan
        ("Tổng kim ngạch nhập khẩu 5 năm đạt 4.120 triệu USD, vượt 3,2% so với mục tiêu "
         "kế hoạch.", [(4120.0, "level", None), (3.2, "change", "plan")]),
        # a year of its own part or a base ends a growth list: growth_avg needs "bình quân"
        ("Giai đoạn 2021 - 2024, doanh thu du lịch tăng bình quân 11,2%/năm; năm 2025 doanh "
         "thu chỉ ước đạt 1.410 tỷ đồng, giảm 18,3% so với năm 2024.",
         [(11.2, "growth_avg", None), (1410.0, "level", None), (-18.3, "change", "2024")]),
        ("Kim ngạch xuất khẩu bình quân hằng năm tăng 7,1%, trong đó thủy sản tăng 9,4%.",
         [(7.1, "growth_avg", None), (9.4, "growth_avg", None)]),
    ],
)
def test_comparatives(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.kind, f.base) for f in _figures(text, "2025")] == expected


def test_a_comparative_keeps_the_indicator_before() -> None:
    figs = _figures("Giá lúa hiện ở mức 6.800 đồng/kg, thấp hơn 9,5% so với đầu vụ.")
    assert [f.indicator for f in figs] == ["Giá lúa", "Giá lúa"]
