"""Round 5 of tables (tables written for these tests): the period a column's
header names ("Ước 2020", "Kế hoạch vốn 2022"), static "Tổng vốn" columns,
"Bình quân giai đoạn (%/năm)" columns, two tables one under the other, and
the appendices of a Quyết định giao chỉ tiêu (a row or a column per huyện)."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.records import DocumentMeta
from ktxh.extract.table_cells import falls, percent_kind
from ktxh.extract.tables import header_hits
from ktxh.extract.targets import find_targets
from ktxh.text.structure import build_doc


def _table(header: str, *rows: str, caption: str = "") -> str:
    cols = header.count("|") - 1
    lead = f"{caption}\n\n" if caption else ""
    return lead + "\n".join([header, "|" + "---|" * cols, *rows]) + "\n"


def _found(period: str | None) -> dict:
    return {"document": DocumentMeta(period=period)}


def _figures(text: str, period: str | None) -> list[tuple]:
    return [(f.indicator, f.value, f.unit, f.kind, f.period, f.estimate, f.place)
            for f in find_figures(build_doc(text), _found(period))]


def _targets(text: str, period: str | None) -> list[tuple]:
    return [(t.indicator, t.value, t.unit, t.kind, t.period, t.place)
            for t in find_targets(build_doc(text), _found(period))]


@pytest.mark.parametrize("header, codes", [
    ("ước 2020", ["2020"]),
    ("kế hoạch vốn 2022 (tỷ đồng)", ["2022"]),
    ("thực hiện 2016 - 2020 (tỷ đồng)", ["2016/2020"]),
    ("giải ngân đến 31/10/2022 (tỷ đồng)", ["2022-M10"]),
    ("ước thực hiện năm 2023", ["2023"]),
    # no year: a number of another kind is not one
    ("tổng vốn (triệu usd)", []),
    ("công suất 2.000 m3/ngày", []),
    ("chiều dài (km)", []),
])
def test_header_hits(header: str, codes: list[str]) -> None:
    assert [h.code for h in header_hits(header)] == codes


YEARLY = _table(
    "| TT | Chỉ tiêu | ĐVT | 2017 | 2018 | Ước 2019 | Bình quân giai đoạn (%/năm) |",
    "| 1 | Giá trị sản xuất công nghiệp | tỷ đồng | 41.200 | 45.900 | 50.300 | 9,8 |",
    "| 2 | Tốc độ tăng trưởng kinh tế | % | 6,4 | 6,9 | 7,2 | 6,8 |",
)
PROJECTS = _table(
    "| TT | Tên dự án | Tổng mức đầu tư (tỷ đồng) | Kế hoạch vốn 2021 (tỷ đồng) "
    "| Giải ngân đến 30/9/2021 (tỷ đồng) |",
    "| 1 | Kè chống sạt lở bờ sông Hậu đoạn qua xã Mỹ Hòa | 380 | 95 | 41 |",
)
ODA = _table(
    "| TT | Dự án | Nhà tài trợ | Tổng vốn (triệu USD) | Thực hiện 2016 - 2020 (tỷ đồng) |",
    "| 1 | Cải thiện môi trường đô thị ven biển | ADB | 72 | 615 |",
)
MEDIUM = _table(
    "| TT | Tên dự án | Tổng vốn 2021 - 2025 (tỷ đồng) | Bình quân đầu người (triệu đồng) |",
    "| 1 | Trường trung học cơ sở Tân Phú | 64 | 12 |",
)

FIGURES = [
    # a bare year, "Ước Y" (an estimate), and the average over the years of the columns
    (YEARLY, "2016/2020", [
        ("Giá trị sản xuất công nghiệp", 41200.0, "tỷ đồng", "level", "2017", False, None),
        ("Giá trị sản xuất công nghiệp", 45900.0, "tỷ đồng", "level", "2018", False, None),
        ("Giá trị sản xuất công nghiệp", 50300.0, "tỷ đồng", "level", "2019", True, None),
        ("Giá trị sản xuất công nghiệp", 9.8, "%/năm", "growth_avg", "2017/2019", True, None),
        ("Tốc độ tăng trưởng kinh tế", 6.4, "%", "change", "2017", False, None),
        ("Tốc độ tăng trưởng kinh tế", 6.9, "%", "change", "2018", False, None),
        ("Tốc độ tăng trưởng kinh tế", 7.2, "%", "change", "2019", True, None),
        ("Tốc độ tăng trưởng kinh tế", 6.8, "%/năm", "growth_avg", "2017/2019", True, None),
    ]),
    # the caption's span before the years of the columns
    (_table("| TT | Chỉ tiêu | ĐVT | 2017 | 2018 | Bình quân (%/năm) |",
            "| 1 | Sản lượng thủy sản | tấn | 61.000 | 64.500 | 5,1 |",
            caption="Bảng 2. Kết quả giai đoạn 2016 - 2020"), "2016/2020", [
        ("Sản lượng thủy sản", 61000.0, "tấn", "level", "2017", False, None),
        ("Sản lượng thủy sản", 64500.0, "tấn", "level", "2018", False, None),
        ("Sản lượng thủy sản", 5.1, "%/năm", "growth_avg", "2016/2020", False, None),
    ]),
    # "Kế hoạch vốn 2021": that year, not the report's nine months
    (PROJECTS, "2021-M9", [
        ("tổng mức đầu tư Kè chống sạt lở bờ sông Hậu đoạn qua xã Mỹ Hòa", 380.0, "tỷ đồng",
         "level", None, False, None),
        ("kế hoạch vốn Kè chống sạt lở bờ sông Hậu đoạn qua xã Mỹ Hòa", 95.0, "tỷ đồng",
         "level", "2021", False, None),
        ("giải ngân Kè chống sạt lở bờ sông Hậu đoạn qua xã Mỹ Hòa", 41.0, "tỷ đồng",
         "level", "2021-M9", False, None),
    ]),
    # "Tổng vốn (triệu USD)" is static; "Thực hiện 2016 - 2020" the span
    (ODA, "2021-M9", [
        ("tổng vốn Cải thiện môi trường đô thị ven biển", 72.0, "triệu USD", "level", None,
         False, None),
        ("thực hiện Cải thiện môi trường đô thị ven biển", 615.0, "tỷ đồng", "level",
         "2016/2020", False, None),
    ]),
    # negatives: "Tổng vốn 2021 - 2025" has its span; "Bình quân đầu người" no "%"
    (MEDIUM, "2022", [
        ("tổng vốn Trường trung học cơ sở Tân Phú", 64.0, "tỷ đồng", "level", "2021/2025",
         False, None),
        ("bình quân đầu người Trường trung học cơ sở Tân Phú", 12.0, "triệu đồng", "level",
         "2022", False, None),
    ]),
    # two tables one right under the other: each read with its own header
    (PROJECTS + ODA, "2021-M9", [
        ("tổng mức đầu tư Kè chống sạt lở bờ sông Hậu đoạn qua xã Mỹ Hòa", 380.0, "tỷ đồng",
         "level", None, False, None),
        ("kế hoạch vốn Kè chống sạt lở bờ sông Hậu đoạn qua xã Mỹ Hòa", 95.0, "tỷ đồng",
         "level", "2021", False, None),
        ("giải ngân Kè chống sạt lở bờ sông Hậu đoạn qua xã Mỹ Hòa", 41.0, "tỷ đồng",
         "level", "2021-M9", False, None),
        ("tổng vốn Cải thiện môi trường đô thị ven biển", 72.0, "triệu USD", "level", None,
         False, None),
        ("thực hiện Cải thiện môi trường đô thị ven biển", 615.0, "tỷ đồng", "level",
         "2016/2020", False, None),
    ]),
]


@pytest.mark.parametrize("text, period, expected", FIGURES)
def test_column_periods(text: str, period: str, expected: list[tuple]) -> None:
    assert _figures(text, period) == expected


BY_ROW = (
    "| STT | Đơn vị | Thu ngân sách trên địa bàn (tỷ đồng) | Tỷ lệ hộ nghèo giảm (%) "
    "| Xã đạt chuẩn nông thôn mới tăng thêm (xã) |",
    "| 1 | Huyện Long Mỹ Tây | 96 | 1,1 | 2 |",
    "| 2 | Thị xã Ngã Bảy Mới | 140 | 0,6 | - |",
    "| | Tổng cộng | 236 | 0,8 | 2 |",
)
BY_COLUMN = (
    "| TT | Chỉ tiêu | ĐVT | Ước thực hiện năm 2024 | Toàn tỉnh | Huyện Cù Lao | Thị xã Bến Mới |",
    "| 1 | Thu ngân sách trên địa bàn | tỷ đồng | 980 | 1.050 | 310 | 240 |",
    "| 2 | Giảm tỷ lệ hộ nghèo | % | 1,4 | 1,2 | 1,5 | 0,9 |",
)

TARGETS = [
    # a row per huyện under "CHỈ TIÊU KẾ HOẠCH NĂM Y GIAO ...": targets of Y with the place
    (_table(*BY_ROW, caption="Phụ lục II\n\nCHỈ TIÊU KẾ HOẠCH NĂM 2025 GIAO ỦY BAN NHÂN DÂN "
            "CẤP HUYỆN\n\n(Kèm theo Quyết định số 1880/QĐ-UBND ngày 11/12/2024)"), "2025", [
        ("thu ngân sách trên địa bàn", 96.0, "tỷ đồng", "level", "2025", "huyện Long Mỹ Tây"),
        ("tỷ lệ hộ nghèo giảm", -1.1, "%", "change", "2025", "huyện Long Mỹ Tây"),
        ("xã đạt chuẩn nông thôn mới tăng thêm", 2.0, "xã", "level", "2025",
         "huyện Long Mỹ Tây"),
        ("thu ngân sách trên địa bàn", 140.0, "tỷ đồng", "level", "2025", "thị xã Ngã Bảy Mới"),
        ("tỷ lệ hộ nghèo giảm", -0.6, "%", "change", "2025", "thị xã Ngã Bảy Mới"),
        ("thu ngân sách trên địa bàn", 236.0, "tỷ đồng", "level", "2025", None),
        ("tỷ lệ hộ nghèo giảm", -0.8, "%", "change", "2025", None),
        ("xã đạt chuẩn nông thôn mới tăng thêm", 2.0, "xã", "level", "2025", None),
    ]),
    # a column per huyện beside the province's; the estimate column stays a figure
    (_table(*BY_COLUMN, caption="CHỈ TIÊU GIAO CÁC HUYỆN, THỊ XÃ NĂM 2025"), "2025", [
        ("Thu ngân sách trên địa bàn", 1050.0, "tỷ đồng", "level", "2025", None),
        ("Thu ngân sách trên địa bàn", 310.0, "tỷ đồng", "level", "2025", "huyện Cù Lao"),
        ("Thu ngân sách trên địa bàn", 240.0, "tỷ đồng", "level", "2025", "thị xã Bến Mới"),
        ("Giảm tỷ lệ hộ nghèo", -1.2, "%", "change", "2025", None),
        ("Giảm tỷ lệ hộ nghèo", -1.5, "%", "change", "2025", "huyện Cù Lao"),
        ("Giảm tỷ lệ hộ nghèo", -0.9, "%", "change", "2025", "thị xã Bến Mới"),
    ]),
    # negatives: results of the year, a past year, and results against the plan
    (_table(*BY_ROW, caption="KẾT QUẢ THỰC HIỆN CHỈ TIÊU KẾ HOẠCH NĂM 2025 CỦA CÁC HUYỆN"),
     "2025", []),
    (_table(*BY_ROW, caption="CHỈ TIÊU KẾ HOẠCH NĂM 2024 GIAO CÁC HUYỆN"), "2025", []),
    (_table("| TT | Đơn vị | Kế hoạch | Thực hiện | % KH |",
            "| 1 | Huyện Long Mỹ Tây | 96 | 90 | 93,8 |",
            caption="CHỈ TIÊU KẾ HOẠCH NĂM 2025 GIAO CÁC HUYỆN"), "2025", []),
    # a table of places under no caption that gives targets out: figures only
    (_table(*BY_ROW, caption="Bảng 3. Thu ngân sách và giảm nghèo theo huyện năm 2025"),
     "2025", []),
]


@pytest.mark.parametrize("text, period, expected", TARGETS)
def test_given_targets(text: str, period: str, expected: list[tuple]) -> None:
    assert _targets(text, period) == expected


def test_given_columns_are_not_figures() -> None:
    text = _table(*BY_COLUMN, caption="CHỈ TIÊU GIAO CÁC HUYỆN, THỊ XÃ NĂM 2025")
    assert _figures(text, "2025") == [
        ("Thu ngân sách trên địa bàn", 980.0, "tỷ đồng", "level", "2024", True, None),
        ("Giảm tỷ lệ hộ nghèo", -1.4, "%", "change", "2024", True, None),
    ]


def test_places_figures_without_caption() -> None:
    text = _table(*BY_ROW, caption="Bảng 3. Thu ngân sách và giảm nghèo theo huyện năm 2025")
    got = _figures(text, "2025")
    assert ("tỷ lệ hộ nghèo giảm", -1.1, "%", "change", "2025", False,
            "huyện Long Mỹ Tây") in got
    assert len(got) == 8


@pytest.mark.parametrize("label, fall, kind", [
    ("Tỷ lệ hộ nghèo giảm", True, "change"),
    ("Giảm tỷ lệ hộ nghèo bình quân", True, "growth_avg"),
    ("Tăng/giảm so với cùng kỳ", False, "rate"),
    ("Tỷ lệ hộ thoát nghèo nhờ giảm nghèo bền vững", False, "rate"),
    ("Tỷ lệ hộ nghèo", False, "rate"),
])
def test_falls(label: str, fall: bool, kind: str) -> None:
    assert falls(label) is fall
    assert percent_kind(label, "%") == kind
