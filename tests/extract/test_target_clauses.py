"""Targets stated in one clause of a sentence, in sections of work ahead and
before deadlines, and the periods and kinds of such targets (passages written
for these tests)."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.records import DocumentMeta
from ktxh.extract.targets import find_targets
from ktxh.text.structure import build_doc


def _read(text: str, period: str | None, date: str | None = None
          ) -> tuple[list[tuple], list[float]]:
    doc = build_doc(text)
    found = {"document": DocumentMeta(period=period, date=date)}
    targets = [(t.value, t.kind, t.period) for t in find_targets(doc, found)]
    return targets, [f.value for f in find_figures(doc, found)]


@pytest.mark.parametrize(
    ("text", "period", "date", "targets", "figures"),
    [
        # "phấn đấu" after a comma governs its own clause only
        ("Đến nay đã hỗ trợ làm mới 1.240/1.385 nhà, đạt 89,5%, phấn đấu hoàn thành toàn bộ "
         "trong tháng 9/2025.", "2025-H1", "2025-06-20",
         [], [1240.0, 89.5]),
        ("Thu ngân sách nhà nước ước đạt 4.100 tỷ đồng, phấn đấu cả năm đạt 6.300 tỷ đồng.",
         "2025-H1", "2025-06-20", [(6300.0, "level", "2025")], [4100.0]),
        # ... but the number it follows with no comma is its subject
        ("Tập trung chỉ đạo 11 xã phấn đấu đạt chuẩn nông thôn mới trong năm 2025.",
         "2025-H1", "2025-06-20", [(11.0, "level", "2025")], []),
        # a commitment aimed at a number, dated by its deadlines
        ("Các chủ đầu tư cam kết giải ngân đạt tối thiểu 55% kế hoạch vốn trước ngày "
         "31/10/2025 và 100% kế hoạch vốn trước ngày 31/01/2026.", None, "2025-09-12",
         [(55.0, "rate", "2025"), (100.0, "rate", "2026")], []),
        # a commitment of money is a figure
        ("Tỉnh cam kết hỗ trợ dự án khoảng 650 tỷ đồng từ ngân sách địa phương.",
         "2025", "2025-09-12", [], [650.0]),
        # a number aimed at ahead of a deadline; "trước năm Y" ends in the year before
        ("Số hóa 100% hồ sơ di tích cấp tỉnh trước năm 2029.", "2026/2030", "2025-11-20",
         [(100.0, "rate", "2028")], []),
        ("Triển khai hồ sơ sức khỏe điện tử tại 100% trạm y tế xã trong năm 2026.",
         "2026/2030", "2025-11-20", [(100.0, "rate", "2026")], []),
        # a deadline met or only expected: no target
        ("Đã hoàn thành 100% khối lượng nền đường trước ngày 30/4/2025.", "2025-H1",
         "2025-06-20", [], [100.0]),
        ("Dự kiến hoàn thành 100% khối lượng trong quý III/2025.", "2025-H1", "2025-06-20",
         [], [100.0]),
    ],
)
def test_clauses_and_deadlines(text: str, period: str | None, date: str | None,
                               targets: list[tuple], figures: list[float]) -> None:
    assert _read(text, period, date) == (targets, figures)


NQ = """**NGHỊ QUYẾT**

**Về kế hoạch phát triển kinh tế - xã hội năm 2026**

**Điều 1.** Đánh giá tình hình năm 2025

Tổng sản phẩm trên địa bàn năm 2025 tăng 8,7%.

**Điều 2.** Các chỉ tiêu chủ yếu năm 2026

1. Thu ngân sách nhà nước trên địa bàn đạt 9.800 tỷ đồng.

**Điều 3.** Nhiệm vụ, giải pháp chủ yếu

Hội đồng nhân dân tỉnh thống nhất với các nhiệm vụ, giải pháp do Ủy ban nhân dân tỉnh trình.

1. Cải thiện môi trường đầu tư, thu hút vốn đầu tư trực tiếp nước ngoài đạt 1,5 tỷ USD.

2. Bố trí 320 tỷ đồng cho chương trình nông thôn mới.

**Điều 4.** Tổ chức thực hiện

Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
"""

PLAN = """## II. CÁC NHIỆM VỤ, GIẢI PHÁP ĐÃ TRIỂN KHAI

1. Mạng di động 5G phủ sóng đạt 60% thôn, bản.

## III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU

1. Phát triển hạ tầng số, bảo đảm mạng di động 5G phủ sóng đạt 95% thôn, bản.

## IV. KẾT QUẢ THỰC HIỆN NĂM 2025

1. Mạng di động 4G phủ sóng đạt 99% thôn, bản.
"""


@pytest.mark.parametrize(
    ("text", "period", "targets", "figures"),
    [
        # "Điều 3. Nhiệm vụ, giải pháp chủ yếu": a section of work ahead runs to
        # the next article; a number aimed at there is a target, an amount is not
        (NQ, "2026", [(9800.0, "level", "2026"), (1.5, "level", "2026")], [8.7, 320.0]),
        # a heading of tasks without a year; of tasks done, of results
        (PLAN, "2026", [(95.0, "rate", "2026")], [60.0, 99.0]),
    ],
)
def test_sections_of_work_ahead(text: str, period: str, targets: list[tuple],
                                figures: list[float]) -> None:
    assert _read(text, period) == (targets, figures)


def _named(text: str, period: str = "2026") -> list[tuple]:
    doc = build_doc("## CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\n\n" + text)
    return [(t.indicator, t.kind, t.period)
            for t in find_targets(doc, {"document": DocumentMeta(period=period)})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # per head of population: a rate
        ("- Số bác sĩ trên 10.000 dân đạt 13,8 bác sĩ; số giường bệnh trên 10.000 dân đạt "
         "35 giường.",
         [("Số bác sĩ trên 10.000 dân", "rate", "2026"),
          ("số giường bệnh trên 10.000 dân", "rate", "2026")]),
        # the kind of one clause does not leak into the next
        ("- Năng suất lao động tăng bình quân 6,8%/năm giai đoạn 2026 - 2030; đóng góp của "
         "năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế đạt trên 52%.",
         [("Năng suất lao động", "growth_avg", "2026/2030"),
          ("đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế",
           "share", "2026")]),
        # "X% tổng Y" is a share; "<verb> X% <units>" a rate of the units
        ("- Chi cho khoa học, công nghệ và đổi mới sáng tạo đạt tối thiểu 2% tổng chi ngân "
         "sách.", [("Chi cho khoa học, công nghệ và đổi mới sáng tạo", "share", "2026")]),
        ("- Mạng cáp quang phủ đến 100% thôn, bản.",
         [("Mạng cáp quang phủ đến thôn, bản", "rate", "2026")]),
        ("- 100% xã, phường, đặc khu đạt chuẩn tiếp cận pháp luật.",
         [("xã, phường, đặc khu đạt chuẩn tiếp cận pháp luật", "rate", "2026")]),
        # "trong đó": a part of a count names its own noun
        ("- Đón khoảng 9 triệu lượt khách du lịch, trong đó 1,2 triệu lượt khách quốc tế.",
         [("lượt khách du lịch", "level", "2026"), ("lượt khách quốc tế", "level", "2026")]),
        # a span of years inside a name is no period
        ("- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030 giảm 0,6 điểm "
         "phần trăm.", [("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "change", "2026")]),
        # the aim word and the actor before it name nothing
        ("- Các chủ đầu tư phấn đấu giải ngân 100% kế hoạch vốn được giao.",
         [("giải ngân kế hoạch vốn", "rate", "2026")]),
        # --- what stays as read ---
        ("- Tỷ trọng kinh tế số đạt 20% GRDP.", [("Tỷ trọng kinh tế số", "share", "2026")]),
        ("- Tốc độ tăng trưởng GRDP đạt trên 9%.", [("Tốc độ tăng trưởng GRDP", "change", "2026")]),
        ("- Giải ngân vốn đầu tư công đạt 100% kế hoạch.",
         [("Giải ngân vốn đầu tư công", "rate", "2026")]),
    ],
)
def test_target_words(text: str, expected: list[tuple]) -> None:
    assert _named(text) == expected
