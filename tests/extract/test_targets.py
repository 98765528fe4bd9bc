"""Targets read from small plan sections (written for these tests)."""

from __future__ import annotations

import pytest

from ktxh.extract.records import DocumentMeta
from ktxh.extract.targets import find_targets
from ktxh.text.structure import build_doc

PLAN = """**KẾ HOẠCH**

**Phát triển kinh tế - xã hội 5 năm 2026 - 2030**

## **II. MỤC TIÊU VÀ CHỈ TIÊU**

### **2. Các chỉ tiêu chủ yếu**

(1) Tốc độ tăng trưởng kinh tế (GRDP) bình quân hằng năm từ 7,5 - 8%.

(2) Đến năm 2030, tỷ trọng trong cơ cấu kinh tế: công nghiệp chiếm 30 - 32%, dịch vụ 48 - 50%.

(3) Đến năm 2030, GRDP bình quân đầu người đạt khoảng 120 triệu đồng.

(4) Tổng vốn đầu tư toàn xã hội giai đoạn 5 năm từ 250 - 260 nghìn tỷ đồng.

(5) Giảm tỷ lệ hộ nghèo hằng năm khoảng 2,5%.

(6) Đến năm 2030, tỷ lệ lao động qua đào tạo đạt 75%; có 160 xã đạt chuẩn nông thôn mới.

(7) Trồng rừng mới hằng năm 8.500 ha.
"""


def test_target_indicator_drops_the_aim_and_the_period() -> None:
    doc = build_doc("Phấn đấu trong quý III/2024 trồng mới 2.100 ha rừng.")
    (target,) = find_targets(doc, {"document": DocumentMeta(period="2024-H1")})
    assert target.indicator == "trồng mới rừng"


def _targets(text: str, period: str | None) -> list[tuple]:
    doc = build_doc(text)
    return [(t.value, t.value_max, t.unit, t.kind, t.period)
            for t in find_targets(doc, {"document": DocumentMeta(period=period)})]


def test_plan_section() -> None:
    assert _targets(PLAN, "2026/2030") == [
        (7.5, 8.0, "%", "growth_avg", "2026/2030"),
        (30.0, 32.0, "%", "share", "2030"),
        (48.0, 50.0, "%", "share", "2030"),
        (120.0, None, "triệu đồng", "level", "2030"),
        (250.0, 260.0, "nghìn tỷ đồng", "total", "2026/2030"),
        (-2.5, None, "%", "change", "2026/2030"),
        (75.0, None, "%", "rate", "2030"),
        (160.0, None, "xã", "level", "2030"),
        (8500.0, None, "ha", "level", "2026/2030"),
    ]


@pytest.mark.parametrize(
    ("text", "period", "expected"),
    [
        ("Phấn đấu trong quý III/2024 trồng được 2.100 ha rừng.", "2024-H1",
         [(2100.0, None, "ha", "level", "2024-Q3")]),
        ("Phấn đấu có ít nhất 400 doanh nghiệp thành lập mới trong năm 2024.", "2024-Q1",
         [(400.0, None, "doanh nghiệp", "level", "2024")]),
        ("Đến năm 2030, tỷ lệ che phủ rừng đạt 66%.", "2026/2030",
         [(66.0, None, "%", "rate", "2030")]),
        ("Phấn đấu tỷ lệ hộ nghèo giảm bình quân hằng năm từ 1,5 - 2%.", "2026/2030",
         [(-1.5, -2.0, "%", "growth_avg", "2026/2030")]),
        # a report of the past is no target
        ("Đến hết năm 2023 đã có 90 xã đạt chuẩn.", "2026/2030", []),
        ("Kim ngạch xuất khẩu đạt 500 triệu USD.", "2024-Q1", []),
    ],
)
def test_target_sentences(text: str, period: str | None, expected: list[tuple]) -> None:
    assert _targets(text, period) == expected


def _named(text: str, period: str) -> list[tuple[str, str]]:
    doc = build_doc("## CÁC CHỈ TIÊU CHỦ YẾU\n\n" + text)
    return [(t.indicator, t.kind)
            for t in find_targets(doc, {"document": DocumentMeta(period=period)})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X% kế hoạch": a rate of the plan named
        ("- Phấn đấu hoàn thành 100% kế hoạch trồng rừng năm 2026.",
         [("kế hoạch trồng rừng", "rate")]),
        ("- Phấn đấu năm 2026 giải ngân 100% kế hoạch vốn đầu tư công.",
         [("giải ngân kế hoạch vốn đầu tư công", "rate")]),
        ("- Thu ngân sách nhà nước đạt 100% dự toán được giao.",
         [("Thu ngân sách nhà nước", "rate")]),
        # bounds and aims stay out of the indicator
        ("- Duy trì tỷ lệ che phủ rừng ở mức trên 52%.", [("tỷ lệ che phủ rừng", "rate")]),
        ("- Tỷ lệ che phủ rừng ổn định ở mức 61%.", [("Tỷ lệ che phủ rừng", "rate")]),
        ("- Tỷ lệ lao động có việc làm ổn định đạt 75%.",
         [("Tỷ lệ lao động có việc làm ổn định", "rate")]),
        ("- Tỷ lệ trẻ em được tiêm chủng đầy đủ không dưới 96%.",
         [("Tỷ lệ trẻ em được tiêm chủng đầy đủ", "rate")]),
        ("- 100% thôn có điện lưới, trong đó tối thiểu 70% số thôn có đường bê tông.",
         [("thôn có điện lưới", "rate"), ("số thôn có đường bê tông", "rate")]),
        # a list of shares under its head
        ("- Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản 19%; công nghiệp - xây dựng 33%.",
         [("tỷ trọng nông, lâm nghiệp và thủy sản trong cơ cấu kinh tế", "share"),
          ("tỷ trọng công nghiệp - xây dựng trong cơ cấu kinh tế", "share")]),
        ("- Cơ cấu kinh tế đến năm 2026: dịch vụ chiếm 47%, công nghiệp chiếm 30%.",
         [("tỷ trọng dịch vụ trong cơ cấu kinh tế", "share"),
          ("tỷ trọng công nghiệp trong cơ cấu kinh tế", "share")]),
        # counts side by side each name their own noun
        ("- Đạt 14 bác sĩ và 36 giường bệnh trên một vạn dân.",
         [("bác sĩ trên một vạn dân", "rate"), ("giường bệnh trên một vạn dân", "rate")]),
        # a lone verb before a count: the counted noun joins it, the change after too
        ("- Đón 2,8 triệu lượt khách du lịch, tăng 10% so với năm 2025.",
         [("lượt khách du lịch", "level"), ("lượt khách du lịch", "change")]),
        # an average naming nothing but its unit
        ("- Bình quân toàn tỉnh đạt 18,5 tiêu chí/xã.", [("tiêu chí bình quân", "rate")]),
        # a subject cut at its own comma; a verb that opens its own segment
        ("- Tỷ lệ rác thải sinh hoạt được thu gom, xử lý đạt 92%.",
         [("Tỷ lệ rác thải sinh hoạt được thu gom, xử lý", "rate")]),
        ("- Giảm số vụ tai nạn giao thông từ 5% trở lên, giảm số vụ cháy rừng từ 10% trở lên.",
         [("Giảm số vụ tai nạn giao thông", "change"), ("giảm số vụ cháy rừng", "change")]),
        # --- what stays as read ---
        ("- Trồng mới 2.500 ha rừng tập trung.", [("Trồng mới rừng tập trung", "level")]),
        ("- Tỷ trọng công nghiệp chiếm 31%.", [("Tỷ trọng công nghiệp", "share")]),
        ("- Tổng thu ngân sách 3.200 tỷ đồng, tăng 8% so với năm 2025.",
         [("Tổng thu ngân sách", "level"), ("Tổng thu ngân sách", "change")]),
        # "trong đó" of a rate names a part of it
        ("- Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 35%.",
         [("Tỷ lệ lao động qua đào tạo", "rate"),
          ("Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "rate")]),
    ],
)
def test_target_indicators(text: str, expected: list[tuple[str, str]]) -> None:
    assert _named(text, "2026") == expected


FIVE_YEARS = "## II. MỤC TIÊU VÀ CHỈ TIÊU GIAI ĐOẠN 2026 - 2030\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Phấn đấu đến năm 2030, tỷ lệ đô thị hóa đạt 40%.", [(40.0, None, "rate", "2030")]),
        ("- Đến hết năm 2028, có 120 xã đạt chuẩn nông thôn mới.",
         [(120.0, None, "level", "2028")]),
        ("- Tốc độ tăng trưởng GRDP bình quân giai đoạn 2026 - 2030 đạt 8 - 8,5%/năm.",
         [(8.0, 8.5, "growth_avg", "2026/2030")]),
        ("- Mỗi năm giảm 1 - 1,5% tỷ lệ hộ nghèo.", [(-1.0, -1.5, "change", "2026/2030")]),
        ("- Tổng vốn đầu tư toàn xã hội giai đoạn 2026 - 2030 khoảng 400 nghìn tỷ đồng.",
         [(400.0, None, "total", "2026/2030")]),
        ("- Trồng rừng mới hằng năm 6.000 ha.", [(6000.0, None, "level", "2026/2030")]),
        ("- Tổng vốn đầu tư toàn xã hội 5 năm khoảng 290 nghìn tỷ đồng.",
         [(290.0, None, "total", "2026/2030")]),
        ("- Số doanh nghiệp thành lập mới trong 5 năm 2026 - 2030 đạt 3.000 doanh nghiệp.",
         [(3000.0, None, "total", "2026/2030")]),
        # a rate or share dated only by the span is set for its last year
        ("- Duy trì tỷ lệ che phủ rừng ở mức 62%.", [(62.0, None, "rate", "2030")]),
        ("- Tỷ lệ hộ dân được dùng nước sạch trên 95%.", [(95.0, None, "rate", "2030")]),
        ("- Tỷ lệ lao động qua đào tạo đạt ít nhất 80%.", [(80.0, None, "rate", "2030")]),
        ("- Tỷ lệ dân số tham gia bảo hiểm y tế không dưới 96%.", [(96.0, None, "rate", "2030")]),
        ("- Tối thiểu 90% thủ tục hành chính được giải quyết trực tuyến.",
         [(90.0, None, "rate", "2030")]),
        ("- 100% xã có trạm y tế đạt chuẩn quốc gia.", [(100.0, None, "rate", "2030")]),
        ("- Thu ngân sách nhà nước trên địa bàn năm 2030 đạt 15.000 tỷ đồng trở lên.",
         [(15000.0, None, "level", "2030")]),
        # a level over the plan's span keeps the span (no sum is said)
        ("- Vùng trồng cây ăn quả tập trung 4.000 ha.", [(4000.0, None, "level", "2026/2030")]),
    ],
)
def test_five_year_plan_forms(text: str, expected: list[tuple]) -> None:
    doc = build_doc(FIVE_YEARS + text)
    found = {"document": DocumentMeta(period="2026/2030")}
    assert [(t.value, t.value_max, t.kind, t.period) for t in find_targets(doc, found)] == expected


def test_results_of_the_past_span_are_no_targets() -> None:
    doc = build_doc("## I. ĐÁNH GIÁ KẾT QUẢ GIAI ĐOẠN 2021 - 2025\n\n"
                    "- Giai đoạn 2021 - 2025 có 95 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo"
                    " còn 4,2%.")
    assert find_targets(doc, {"document": DocumentMeta(period="2026/2030")}) == ()
