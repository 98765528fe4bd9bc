"""Round 13 (sentences written for these tests): tables of counts without a
unit ("Số xã đạt chuẩn"), tables by former province after a merger ("Khu vực
tỉnh … (cũ)"), and the plan column of a results table ("Kế hoạch năm 2023")."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.extract.table_cells import place_of
from ktxh.extract.tables import count_noun
from ktxh.text.structure import build_doc
from tests.support.extracting import found


def _cells(text: str, period: str, date: str) -> list[tuple]:
    return [(f.kind, f.value, f.unit, f.period, f.estimate, f.place)
            for f in find_figures(build_doc(text), found(period, date)) if "|" in f.quote]


COUNT_HEADERS = [
    ("Số xã đạt chuẩn nông thôn mới", "xã"),
    ("Số hộ thoát nghèo ước đến 30/9/2024", "hộ"),
    ("Số doanh nghiệp giải thể", "doanh nghiệp"),
    ("**Số dự án chậm tiến độ**", "dự án"),
    # no counted noun: "Số tiền", "Số lượng", "Số TT"
    ("Số tiền hỗ trợ", ""),
    ("Số lượng", ""),
    ("Số TT", ""),
    ("Vốn đăng ký", ""),
]


@pytest.mark.parametrize("header, unit", COUNT_HEADERS)
def test_count_noun(header: str, unit: str) -> None:
    assert count_noun(header) == unit


PLACES = [
    ("Khu vực tỉnh Hà Tĩnh (cũ)", "khu vực tỉnh Hà Tĩnh (cũ)"),
    ("Khu vực huyện Cam Lộ (cũ)", "khu vực huyện Cam Lộ (cũ)"),
    ("Tỉnh Kon Tum (cũ)", "tỉnh Kon Tum (cũ)"),
    ("Huyện Đakrông", "huyện Đakrông"),
    # not places: a body, a total, an area without a level word
    ("Tỉnh đoàn", None),
    ("Toàn tỉnh", None),
    ("Khu vực I", None),
    ("Khu vực thành thị", None),
]


@pytest.mark.parametrize("label, place", PLACES)
def test_place_label(label: str, place: str | None) -> None:
    assert place_of(label) == place


_COUNTS = (
    "Kết quả xây dựng nông thôn mới theo địa bàn:\n\n"
    "| STT | Địa bàn | Số xã đạt chuẩn | Vốn huy động (tỷ đồng) |\n"
    "|---|---|---|---|\n"
    "| 1 | Huyện Hướng Hóa | 12 | 340,5 |\n"
    "| 2 | Huyện Gio Linh | 15 | 412 |\n"
    "| | Cộng | 27 | 752,5 |\n"
)
_MERGED = (
    "Kết quả thực hiện chính sách hỗ trợ nhà ở theo khu vực:\n\n"
    "| STT | Khu vực | Số hộ được hỗ trợ năm 2024 | Số hộ được hỗ trợ ước đến 30/9/2025 "
    "| Tỷ lệ hộ khó khăn về nhà ở ước đến 30/9/2025 (%) |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Khu vực tỉnh Hà Tĩnh (cũ) | 1.204 | 980 | 72,4 |\n"
    "| 2 | Khu vực tỉnh Nghệ An (cũ) | 2.310 | 1.875 | 68,1 |\n"
    "| | Toàn tỉnh | 3.514 | 2.855 | 69,6 |\n"
)
_PLAN = (
    "Một số chỉ tiêu chủ yếu 9 tháng năm 2023:\n\n"
    "| STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2023 | Ước thực hiện 9 tháng | So với kế hoạch (%) |\n"
    "|---|---|---|---|---|---|\n"
    "| 1 | Kim ngạch nhập khẩu | Triệu USD | 2.400 | 1.730 | 72,1 |\n"
)
_PLAN_AFTER = (
    "Một số chỉ tiêu chủ yếu năm 2023 và kế hoạch năm 2024:\n\n"
    "| TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2023 | Ước thực hiện năm 2023 | So với kế hoạch (%) "
    "| Kế hoạch năm 2024 |\n"
    "|---|---|---|---|---|---|---|\n"
    "| 1 | Tổng vốn đầu tư toàn xã hội | Tỷ đồng | 52.000 | 50.440 | 97,0 | 56.000 |\n"
)

TABLES = [
    # a count column names its unit by the noun it counts
    (_COUNTS, "2024", "2024-12-20", [
        ("level", 12.0, "xã", "2024", False, "huyện Hướng Hóa"),
        ("level", 340.5, "tỷ đồng", "2024", False, "huyện Hướng Hóa"),
        ("level", 15.0, "xã", "2024", False, "huyện Gio Linh"),
        ("level", 412.0, "tỷ đồng", "2024", False, "huyện Gio Linh"),
        ("level", 27.0, "xã", "2024", False, None),
        ("level", 752.5, "tỷ đồng", "2024", False, None),
    ]),
    # "Khu vực" names the areas (not "KH"), the rows are former provinces
    (_MERGED, "2025-M9", "2025-10-10", [
        ("level", 1204.0, "hộ", "2024", False, "khu vực tỉnh Hà Tĩnh (cũ)"),
        ("level", 980.0, "hộ", "2025-M9", True, "khu vực tỉnh Hà Tĩnh (cũ)"),
        ("rate", 72.4, "%", "2025-M9", True, "khu vực tỉnh Hà Tĩnh (cũ)"),
        ("level", 2310.0, "hộ", "2024", False, "khu vực tỉnh Nghệ An (cũ)"),
        ("level", 1875.0, "hộ", "2025-M9", True, "khu vực tỉnh Nghệ An (cũ)"),
        ("rate", 68.1, "%", "2025-M9", True, "khu vực tỉnh Nghệ An (cũ)"),
        ("level", 3514.0, "hộ", "2024", False, None),
        ("level", 2855.0, "hộ", "2025-M9", True, None),
        ("rate", 69.6, "%", "2025-M9", True, None),
    ]),
    # the plan the results are measured against is a level of its year
    (_PLAN, "2023-M9", "2023-09-25", [
        ("level", 2400.0, "Triệu USD", "2023", False, None),
        ("level", 1730.0, "Triệu USD", "2023-M9", True, None),
        ("pct_of_plan", 72.1, "%", "2023-M9", True, None),
    ]),
    # the plan of the next year, after the comparison, is none
    (_PLAN_AFTER, "2023", "2023-12-05", [
        ("level", 52000.0, "Tỷ đồng", "2023", False, None),
        ("level", 50440.0, "Tỷ đồng", "2023", True, None),
        ("pct_of_plan", 97.0, "%", "2023", True, None),
    ]),
]


@pytest.mark.parametrize("text, period, date, expected", TABLES)
def test_table_cells(text: str, period: str, date: str, expected: list) -> None:
    assert sorted(_cells(text, period, date), key=repr) == sorted(expected, key=repr)
