"""Round 4 of tables (tables written for these tests): units from a caption,
tables of places and of items, bare "Tỷ lệ (%)" columns, "%" rows, ranges in
cells and budget columns of a nghị quyết dự toán."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.records import DocumentMeta
from ktxh.extract.table_cells import percent_kind, place_of, span_before
from ktxh.extract.targets import find_targets
from ktxh.text.structure import build_doc


def _table(header: str, *rows: str, caption: str = "") -> str:
    cols = header.count("|") - 1
    lead = f"{caption}\n\n" if caption else ""
    return lead + "\n".join([header, "|" + "---|" * cols, *rows]) + "\n"


def _found(period: str | None, date: str | None = None) -> dict:
    return {"document": DocumentMeta(period=period, date=date)}


def _figures(text: str, period: str | None, date: str | None = None) -> list[tuple]:
    return [(f.indicator, f.value, f.value_max, f.unit, f.kind, f.period, f.place)
            for f in find_figures(build_doc(text), _found(period, date))]


def _targets(text: str, period: str | None, date: str | None = None) -> list[tuple]:
    return [(t.indicator, t.value, t.value_max, t.unit, t.kind, t.period)
            for t in find_targets(build_doc(text), _found(period, date))]


BUDGET = _table(
    "| STT | Nội dung | Dự toán năm 2025 |",
    "| 1 | Chi đầu tư phát triển | 3.912.600 |",
    "| 2 | Chi thường xuyên | 8.045.100 |",
    caption="*Đơn vị tính: triệu đồng*",
)
DISTRICTS = _table(
    "| TT | Đơn vị | Bổ sung cân đối | Bổ sung có mục tiêu | Tổng cộng |",
    "| 1 | Thị xã Sơn Tây Mới | 210.400 | 51.600 | 262.000 |",
    "| 2 | Huyện Ba Vì Thượng | 318.250 | 74.100 | 392.350 |",
    caption="(Đơn vị: triệu đồng)",
)
FIVE_YEARS = _table(
    "| TT | Chỉ tiêu | ĐVT | Ước TH đến 2025 | Mục tiêu đến 2030 |",
    "| 1 | Tốc độ tăng trưởng GRDP bình quân giai đoạn | %/năm | 5,8 | 8,5 - 9 |",
    "| 2 | GRDP bình quân đầu người | triệu đồng | 88 | 135 - 145 |",
    "| 3 | Tỷ lệ hộ nghèo đa chiều | % | 2,4 | 1 |",
    "| 4 | Tỷ trọng dịch vụ trong GRDP | % | 36,1 | 40 - 42 |",
)

FIGURES = [
    # a budget decided for the coming year: a figure of that year, its unit the caption's
    (BUDGET, "2025", "2024-12-08", [
        ("Chi đầu tư phát triển", 3912600.0, None, "triệu đồng", "level", "2025", None),
        ("Chi thường xuyên", 8045100.0, None, "triệu đồng", "level", "2025", None),
    ]),
    # rows that are places: the place set, the column named, "Tổng cộng" after the others
    (DISTRICTS, "2025", None, [
        ("bổ sung cân đối", 210400.0, None, "triệu đồng", "level", "2025", "thị xã Sơn Tây Mới"),
        ("bổ sung có mục tiêu", 51600.0, None, "triệu đồng", "level", "2025",
         "thị xã Sơn Tây Mới"),
        ("tổng bổ sung", 262000.0, None, "triệu đồng", "level", "2025", "thị xã Sơn Tây Mới"),
        ("bổ sung cân đối", 318250.0, None, "triệu đồng", "level", "2025", "huyện Ba Vì Thượng"),
        ("bổ sung có mục tiêu", 74100.0, None, "triệu đồng", "level", "2025",
         "huyện Ba Vì Thượng"),
        ("tổng bổ sung", 392350.0, None, "triệu đồng", "level", "2025", "huyện Ba Vì Thượng"),
    ]),
    # items under measures with units in their headers; a ratio to last year stays one
    (_table("| Vật nuôi | Tổng đàn (con) | Sản lượng thịt hơi (tấn) "
            "| Sản lượng so với cùng kỳ (%) |",
            "| Đàn lợn | 412.000 | 35.260 | 103,4 |"), "2025-H1", None, [
        ("tổng đàn đàn lợn", 412000.0, None, "con", "level", "2025-H1", None),
        ("sản lượng thịt hơi đàn lợn", 35260.0, None, "tấn", "level", "2025-H1", None),
        ("sản lượng đàn lợn", 103.4, None, "%", "multiple", "2025-H1", None),
    ]),
    # "%" rows: an average growth over the span before the plan, a rate, a share
    (FIVE_YEARS, "2026/2030", "2026-01-15", [
        ("Tốc độ tăng trưởng GRDP bình quân giai đoạn", 5.8, None, "%/năm", "growth_avg",
         "2021/2025", None),
        ("GRDP bình quân đầu người", 88.0, None, "triệu đồng", "level", "2025", None),
        ("Tỷ lệ hộ nghèo đa chiều", 2.4, None, "%", "rate", "2025", None),
        ("Tỷ trọng dịch vụ trong GRDP", 36.1, None, "%", "share", "2025", None),
    ]),
    # the header's unit before the caption's; the ĐVT cell before the caption's
    (_table("| Chỉ tiêu | Thực hiện 6 tháng (nghìn tấn) |", "| Sản lượng thủy sản | 48,2 |",
            caption="Đơn vị tính: tấn"), "2025-H1", None, [
        ("Sản lượng thủy sản", 48.2, None, "nghìn tấn", "level", "2025-H1", None)]),
    (_table("| Chỉ tiêu | ĐVT | Thực hiện 6 tháng |", "| Khách du lịch | lượt | 51.300 |",
            caption="ĐVT: nghìn lượt"), "2025-H1", None, [
        ("Khách du lịch", 51300.0, None, "lượt", "level", "2025-H1", None)]),
    # a bare "Tỷ lệ (%)" after the plan and the disbursed: of the plan
    (_table("| TT | Dự án | Kế hoạch vốn 2025 (tỷ đồng) | Đã giải ngân (tỷ đồng) | Tỷ lệ (%) |",
            "| 1 | Đường ven sông Thương đoạn qua thị trấn Mới | 120,0 | 30,6 | 25,5 |"),
     "2025", None, [
        ("kế hoạch vốn Đường ven sông Thương đoạn qua thị trấn Mới", 120.0, None, "tỷ đồng",
         "level", "2025", None),
        ("đã giải ngân Đường ven sông Thương đoạn qua thị trấn Mới", 30.6, None, "tỷ đồng",
         "level", "2025", None),
        ("tỷ lệ đã giải ngân Đường ven sông Thương đoạn qua thị trấn Mới", 25.5, None, "%",
         "pct_of_plan", "2025", None),
     ]),
    # ... and with no plan beside it, a rate
    (_table("| Chỉ tiêu | Số xã (xã) | Tỷ lệ (%) |", "| Xã đạt chuẩn nông thôn mới | 96 | 80,7 |"),
     "2024", None, [
        ("Xã đạt chuẩn nông thôn mới", 96.0, None, "xã", "level", "2024", None),
        ("Xã đạt chuẩn nông thôn mới", 80.7, None, "%", "rate", "2024", None),
     ]),
    # --- not read as figures ---
    # a budget column beside the results it is the base of
    (_table("| Chỉ tiêu | ĐVT | Dự toán năm 2024 | Ước thực hiện năm 2024 |",
            "| Thu nội địa | tỷ đồng | 5.100 | 5.420 |"), "2024", None, [
        ("Thu nội địa", 5420.0, None, "tỷ đồng", "level", "2024", None)]),
    (_table("| Chỉ tiêu | ĐVT | Dự toán năm 2024 | Thực hiện 9 tháng | % dự toán |",
            "| Thu nội địa | tỷ đồng | 5.100 | 3.980 | 78 |"), "2024-M9", None, [
        ("Thu nội địa", 5100.0, None, "tỷ đồng", "level", "2024", None),  # the base of "%"
        ("Thu nội địa", 3980.0, None, "tỷ đồng", "level", "2024-M9", None),
        ("Thu nội địa", 78.0, None, "%", "pct_of_plan", "2024-M9", None)]),
    # ... but after the results of the year before, the budget of the next
    (_table("| Chỉ tiêu | ĐVT | Ước thực hiện năm 2024 | Dự toán năm 2025 |",
            "| Thu nội địa | tỷ đồng | 5.420 | 5.800 |"), "2025", None, [
        ("Thu nội địa", 5420.0, None, "tỷ đồng", "level", "2024", None),
        ("Thu nội địa", 5800.0, None, "tỷ đồng", "level", "2025", None)]),
    # "Đơn vị" over units stays the unit column, its rows no places
    (_table("| Chỉ tiêu | Đơn vị | Thực hiện |", "| Diện tích lúa | ha | 9.800 |"), "2024", None,
     [("Diện tích lúa", 9800.0, None, "ha", "level", "2024", None)]),
    # places without numbers; bodies and deadlines
    (_table("| TT | Đơn vị | Nội dung |", "| 1 | Huyện Yên Thế Mới | Rà soát hồ sơ |"), "2024",
     None, []),
    (_table("| STT | Cây trồng | Ghi chú |", "| 1 | Lúa | Gieo cấy xong trước 15/2 |"), "2024",
     None, []),
]


@pytest.mark.parametrize(("text", "period", "date", "expected"), FIGURES)
def test_table_figures(text: str, period: str, date: str | None, expected: list) -> None:
    assert _figures(text, period, date) == expected


TARGETS = [
    # a budget for the coming year is a target too (the gold's optional reading), with
    # the caption's unit
    (BUDGET, "2025", "2024-12-08", [
        ("Chi đầu tư phát triển", 3912600.0, None, "triệu đồng", "level", "2025"),
        ("Chi thường xuyên", 8045100.0, None, "triệu đồng", "level", "2025"),
    ]),
    # ranges in cells; "%/năm" with "bình quân" over the plan's span
    (FIVE_YEARS, "2026/2030", "2026-01-15", [
        ("Tốc độ tăng trưởng GRDP bình quân giai đoạn", 8.5, 9.0, "%/năm", "growth_avg",
         "2026/2030"),
        ("GRDP bình quân đầu người", 135.0, 145.0, "triệu đồng", "level", "2030"),
        ("Tỷ lệ hộ nghèo đa chiều", 1.0, None, "%", "rate", "2030"),
        ("Tỷ trọng dịch vụ trong GRDP", 40.0, 42.0, "%", "share", "2030"),
    ]),
    # places are no targets
    (DISTRICTS, "2025", None, []),
]


@pytest.mark.parametrize(("text", "period", "date", "expected"), TARGETS)
def test_table_targets(text: str, period: str, date: str | None, expected: list) -> None:
    assert _targets(text, period, date) == expected


@pytest.mark.parametrize(("label", "place"), [
    ("Huyện Tam Dương", "huyện Tam Dương"), ("Thành phố Phúc Yên", "thành phố Phúc Yên"),
    ("TP. Vĩnh Yên", "thành phố Vĩnh Yên"), ("Xã Ea Tiêu", "xã Ea Tiêu"),
    ("Xã đạt chuẩn nông thôn mới", None), ("TX.Phú Thọ", "thị xã Phú Thọ"),
    ("Tổng cộng", None), ("Lúa", None), ("Xây dựng nông thôn mới", None), ("Huyện", None),
])
def test_place_of(label: str, place: str | None) -> None:
    assert place_of(label) == place


@pytest.mark.parametrize(("label", "unit", "kind"), [
    ("Tỷ lệ che phủ rừng", "%", "rate"),
    ("Tỷ trọng nông nghiệp", "%", "share"),
    ("Cơ cấu lao động nông nghiệp", "%", "share"),
    ("Tốc độ tăng trưởng GRDP bình quân", "%", "growth_avg"),
    ("Tốc độ tăng trưởng GRDP", "%/năm", "growth_avg"),
    ("Tốc độ tăng tổng mức bán lẻ", "%", "change"),
])
def test_percent_kind(label: str, unit: str, kind: str) -> None:
    assert percent_kind(label, unit) == kind


@pytest.mark.parametrize(("code", "plan", "span"), [
    ("2025", "2026/2030", "2021/2025"), ("2030", "2026/2030", "2026/2030"),
    ("2027", "2026/2030", None), ("2025", "2025", None), ("2025-H1", "2026/2030", None),
    (None, "2026/2030", None),
])
def test_span_before(code: str | None, plan: str, span: str | None) -> None:
    assert span_before(code, plan) == span
