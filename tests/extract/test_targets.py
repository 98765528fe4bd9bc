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
