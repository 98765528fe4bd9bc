"""Targets against figures by tense and time, directives with deadlines, and
the spans of average growth (passages written for these tests)."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.records import DocumentMeta
from ktxh.extract.targets import find_targets
from ktxh.text.structure import build_doc


def _read(text: str, period: str | None, date: str | None = None
          ) -> tuple[list[tuple], list[float]]:
    """(value, kind, period) of the targets, values of the figures."""
    doc = build_doc(text)
    found = {"document": DocumentMeta(period=period, date=date)}
    targets = [(t.value, t.kind, t.period) for t in find_targets(doc, found)]
    return targets, [f.value for f in find_figures(doc, found)]


# an undated plan: its year comes from the resolution it carries out (2025)
CITES = "Thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị.\n\n"

MIXED = CITES + """## II. THỰC TRẠNG VÀ MỤC TIÊU

Năm 2024, toàn tỉnh có 7.310 doanh nghiệp đang hoạt động và khoảng 64.500 hộ kinh doanh; \
khu vực kinh tế tư nhân đóng góp khoảng 44,8% GRDP.

Đến năm 2030, toàn tỉnh có 12.000 doanh nghiệp đang hoạt động.

### 3. Tầm nhìn đến năm 2045

Khu vực kinh tế tư nhân đóng góp trên 65% GRDP.
"""

STATE = CITES + """## II. THỰC TRẠNG VÀ MỤC TIÊU

### 1. Thực trạng

Hiện có 1.420 hợp tác xã; 61% doanh nghiệp đã ứng dụng hóa đơn điện tử.

### 2. Mục tiêu đến năm 2030

a) Năm 2024 toàn tỉnh có 7.310 doanh nghiệp; đến năm 2030 đạt 12.000 doanh nghiệp.

b) Tỷ lệ doanh nghiệp ứng dụng thương mại điện tử đạt 80%.
"""

# a resolution of 2024 for 2025: the year it is compared with is no baseline
NQ = """## CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025

- Thu ngân sách nhà nước trên địa bàn đạt 7.400 tỷ đồng, tăng 6% so với ước thực hiện \
năm 2024.
"""


@pytest.mark.parametrize(
    ("text", "period", "date", "targets", "figures"),
    [
        # a past year opening the sentence makes a baseline, through its ";"-parts,
        # under a heading of both; a later year or a sub-heading of vision aims
        (MIXED, None, None, [(12000.0, "level", "2030"), (65.0, "share", "2045")],
         [7310.0, 64500.0, 44.8]),
        # under "Thực trạng"; "Hiện có"; a baseline part, then an aim
        (STATE, None, None, [(12000.0, "level", "2030"), (80.0, "rate", "2030")],
         [1420.0, 61.0, 7310.0]),
        (NQ, "2025", "2024-12-10", [(7400.0, "level", "2025"), (6.0, "change", "2025")], []),
    ],
)
def test_baselines_among_targets(text: str, period: str | None, date: str | None,
                                 targets: list[tuple], figures: list[float]) -> None:
    assert _read(text, period, date) == (targets, figures)


@pytest.mark.parametrize(
    ("text", "period", "date", "targets", "figures"),
    [
        # a directive's number before a date, month or quarter to come: a target of it
        ("1. Các chủ rừng làm mới và tu sửa 860 km đường ranh cản lửa, phát dọn thực bì, "
         "hoàn thành trước ngày 31/01/2026.", None, "2025-11-05",
         [(860.0, "level", "2026-01")], []),
        ("2. Các Vườn quốc gia tăng cường tuần tra; lắp đặt thêm 15 trạm quan trắc cháy rừng "
         "trong quý I/2026.", None, "2025-11-05", [(15.0, "level", "2026-Q1")], []),
        # a deadline at the end of a year dates it by the year
        ("3. Sở Nông nghiệp và Môi trường trồng bổ sung 450 ha rừng phòng hộ trước ngày "
         "31/12/2026.", "2026", None, [(450.0, "level", "2026")], []),
        # --- no target ---
        # the deadline has passed, or the work is done
        ("Các chủ rừng làm mới 860 km đường ranh cản lửa, hoàn thành trước ngày 31/01/2025.",
         None, "2025-11-05", [], [860.0]),
        ("Các chủ rừng đã làm mới 860 km đường ranh cản lửa trước ngày 31/10/2025.",
         None, "2025-11-05", [], [860.0]),
        # a size, not work to do
        ("Tuyến đường có tổng chiều dài 24 km, hoàn thành trước ngày 30/6/2026.",
         None, "2025-11-05", [], [24.0]),
        # the quarter a report is of
        ("Trong quý III/2025, toàn tỉnh trồng mới 1.250 ha rừng tập trung.",
         "2025-Q3", None, [], [1250.0]),
        # what remains is no work planned
        ("Ủy ban nhân dân xã vận động 208 hộ còn lại nhận tiền bồi thường, hoàn thành bàn giao "
         "mặt bằng trước ngày 15/12/2025.", None, "2025-11-05", [], [208.0]),
        # an amount asked of a higher body is no directive
        ("Đề nghị Bộ Tài chính xem xét bổ sung 180 tỷ đồng vốn sự nghiệp trong quý III/2025.",
         "2025-H1", None, [], [180.0]),
        # "trong năm" of a directive without an aim word stays a figure
        ("Giải ngân 2.400 tỷ đồng vốn đầu tư công trong năm 2025.", "2025", None, [],
         [2400.0]),
    ],
)
def test_directives_before_deadlines(text: str, period: str | None, date: str | None,
                                     targets: list[tuple], figures: list[float]) -> None:
    assert _read(text, period, date) == (targets, figures)


GROWTH = CITES + """## 2. Mục tiêu đến năm 2030

- Kinh tế tư nhân tăng trưởng bình quân 9 - 11%/năm, đóng góp 55 - 58% GRDP.
- Hằng năm tổ chức ít nhất 02 hội nghị kết nối cung cầu.
"""

SPAN = """## MỤC TIÊU GIAI ĐOẠN 2026 - 2030

- Kinh tế tư nhân tăng trưởng bình quân 9 - 11%/năm.
"""


@pytest.mark.parametrize(
    ("text", "period", "date", "targets"),
    [
        # growth over a plan to a year: from the year of the plan to that year
        (GROWTH, None, None, [(9.0, "growth_avg", "2025/2030"), (55.0, "share", "2030"),
                              (2.0, "level", "2025/2030")]),
        # a span said is kept
        (SPAN, None, "2025-12-01", [(9.0, "growth_avg", "2026/2030")]),
        # no year of the plan known: the year aimed at
        ("## 2. Mục tiêu đến năm 2030\n\n- Kinh tế tư nhân tăng trưởng bình quân 9 - 11%/năm.",
         None, None, [(9.0, "growth_avg", "2030")]),
    ],
)
def test_growth_over_a_plan(text: str, period: str | None, date: str | None,
                            targets: list[tuple]) -> None:
    assert _read(text, period, date)[0] == targets


def _signed(text: str, period: str = "2026") -> list[tuple]:
    doc = build_doc("## CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\n\n" + text)
    return [(t.indicator, t.value, t.value_max, t.unit, t.kind, t.period)
            for t in find_targets(doc, {"document": DocumentMeta(period=period)})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound or the object between the verb and its number: still a change
        ("- Tỷ lệ hộ nghèo giảm ít nhất 0,7 điểm phần trăm.",
         [("Tỷ lệ hộ nghèo", -0.7, None, "điểm phần trăm", "change", "2026")]),
        ("- Phấn đấu giảm tỷ lệ hộ nghèo đa chiều tối thiểu 1,5%.",
         [("giảm tỷ lệ hộ nghèo đa chiều", -1.5, None, "%", "change", "2026")]),
        ("- Tỷ lệ lao động có việc làm tăng thêm tối thiểu 2 - 3%.",
         [("Tỷ lệ lao động có việc làm", 2.0, 3.0, "%", "change", "2026")]),
        # one verb over a list; the year compared with is no period
        ("- Cắt giảm tối thiểu 20% thời gian giải quyết và 20% chi phí tuân thủ thủ tục "
         "hành chính so với năm 2024.",
         [("Cắt giảm thời gian giải quyết", -20.0, None, "%", "change", "2026"),
          ("Cắt giảm chi phí tuân thủ thủ tục hành chính", -20.0, None, "%", "change",
           "2026")]),
        # a count per thousand people: a rate, the dot inside the unit
        ("- Bình quân đạt 9 doanh nghiệp/1.000 dân.",
         [("doanh nghiệp trên 1.000 dân", 9.0, None, "doanh nghiệp/1.000 dân", "rate",
           "2026")]),
        # a term of office is a name, not the period
        ("- Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2025 - 2030, "
         "phấn đấu 100% xã đạt chuẩn tiếp cận pháp luật.",
         [("xã đạt chuẩn tiếp cận pháp luật", 100.0, None, "%", "rate", "2026")]),
        # --- levels stay levels ---
        ("- Tỷ lệ thất nghiệp khu vực thành thị giảm xuống dưới 3%.",
         [("Tỷ lệ thất nghiệp khu vực thành thị", 3.0, None, "%", "rate", "2026")]),
        ("- Tăng tỷ lệ lao động qua đào tạo lên 75%.",
         [("Tăng tỷ lệ lao động qua đào tạo", 75.0, None, "%", "rate", "2026")]),
        ("- Tăng cường kiểm soát, bảo đảm 100% cơ sở sản xuất được kiểm tra.",
         [("bảo đảm cơ sở sản xuất được kiểm tra", 100.0, None, "%", "rate", "2026")]),
        ("- Tỷ lệ giảm nghèo đạt 1,2%.",
         [("Tỷ lệ giảm nghèo", 1.2, None, "%", "rate", "2026")]),
    ],
)
def test_signs_and_units(text: str, expected: list[tuple]) -> None:
    assert _signed(text) == expected


QUARTER = """## I. KẾT QUẢ THỰC HIỆN

Giải ngân vốn đầu tư công ước đạt 1.640 tỷ đồng, bằng 51,8% kế hoạch vốn. Phấn đấu giải \
ngân 100% kế hoạch vốn đầu tư công được giao.

## II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2024

1. Phấn đấu giải ngân 100% kế hoạch vốn đầu tư công được giao.
"""


def test_aims_in_a_report_of_months() -> None:
    # in the body, an aim is for the year whose plan it is, not the months reported;
    # under a heading of the next quarter, for that quarter (seed 003: "quý II/2017")
    assert _read(QUARTER, "2024-M9") == (
        [(100.0, "rate", "2024"), (100.0, "rate", "2024-Q4")], [1640.0, 51.8])


DRAFT = """Số:      /KH-UBND

Phú Yên, ngày     tháng     năm 2025

KẾ HOẠCH

Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị

## 2. Mục tiêu đến năm 2030

a) Kinh tế số tăng trưởng bình quân 16 - 18%/năm.

b) Năm 2024 tỷ lệ dịch vụ công trực tuyến toàn trình đạt 48%; đến năm 2030 đạt 100%.
"""


def test_an_undated_draft_is_of_the_year_of_its_date_line() -> None:
    # the draft's date line says 2025 though the resolution it carries out is of 2024
    assert _read(DRAFT, None) == (
        [(16.0, "growth_avg", "2025/2030"), (100.0, "rate", "2030")], [48.0])


def _names(text: str, period: str = "2026", date: str | None = "2025-11-20") -> list[tuple]:
    doc = build_doc(text)
    return [(t.indicator, t.value, t.unit, t.kind)
            for t in find_targets(doc, {"document": DocumentMeta(period=period, date=date)})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body directing the work is no part of the name: the work and what it makes
        ("Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành lắp đặt 150 điểm phát "
         "wifi công cộng tại các khu du lịch, hoàn thành trước ngày 30/6/2026.",
         [("lắp đặt điểm phát wifi công cộng", 150.0, "điểm", "level")]),
        ("Sở Xây dựng chỉ đạo nhà thầu thảm 12 km mặt đường cao tốc, hoàn thành trước ngày "
         "31/01/2026.", [("thảm mặt đường cao tốc", 12.0, "km", "level")]),
        ("Các chủ rừng làm mới và tu sửa 940 km đường băng cản lửa, hoàn thành trước ngày "
         "31/01/2026.", [("làm mới và tu sửa đường băng cản lửa", 940.0, "km", "level")]),
        # a noun named after the count stays its name
        ("Sở Nội vụ tổ chức đào tạo kỹ năng số cho 2.500 cán bộ cấp xã trong quý II/2026.",
         [("cán bộ cấp xã", 2500.0, "cán bộ", "level")]),
        # a count with words of its own before "/1.000 dân"
        ("## CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\n\n- Bình quân 1,5 doanh nghiệp công nghệ số/1.000 dân.",
         [("doanh nghiệp công nghệ số trên 1.000 dân", 1.5, "doanh nghiệp/1.000 dân", "rate")]),
    ],
)
def test_directive_and_per_head_names(text: str, expected: list[tuple]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "targets", "figures"),
    [
        # numbered items the reader left outside the heading over them
        ("## CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025\n\n1. Thu ngân sách nhà nước trên địa bàn đạt 7.400 "
         "tỷ đồng.\n\n2. Tỷ lệ che phủ rừng đạt 65%.",
         [(7400.0, "level", "2025"), (65.0, "rate", "2025")], []),
        # ... and under a heading of results they stay figures
        ("## KẾT QUẢ THỰC HIỆN NĂM 2024\n\n1. Thu ngân sách nhà nước trên địa bàn đạt 6.900 "
         "tỷ đồng.", [], [6900.0]),
    ],
)
def test_items_outside_their_heading(text: str, targets: list[tuple],
                                     figures: list[float]) -> None:
    assert _read(text, "2025", "2024-12-10") == (targets, figures)
