"""Round 8 (sentences and tables written for these tests): a span of months
before a year in a column header ("Thực hiện 9 tháng 2018"); a project's planned
capital ("với tổng vốn dự kiến …") is a size; a bare part of a disbursement
("riêng vốn nước ngoài mới đạt 18,4%") is of its plan; a target "vượt từ a - b% so
với dự toán" is a change; "vướng N ha <đất>" names the land;
"từ A lên B so với đầu năm" leaves A without a period; "Gồm: UBND huyện A (28,5%)"
in a note on disbursement is of its plan."""

from __future__ import annotations

import pytest

from ktxh.extract.figures import find_figures
from ktxh.text.structure import build_doc
from tests.support.extracting import found, target_rows


def _table(header: str, *rows: str) -> str:
    cols = header.count("|") - 1
    return "\n".join([header, "|" + "---|" * cols, *rows]) + "\n"


def _periods(text: str, period: str | None, date: str | None) -> list[tuple]:
    return [(f.value, f.period)
            for f in find_figures(build_doc(text), found(period, date))]


HEADER_SPANS = [
    # "N tháng YYYY" in a column header: the cumulative months of that year
    (_table("| Chỉ tiêu | ĐVT | Thực hiện 9 tháng 2020 | Ước thực hiện 9 tháng 2021 |",
            "| Sản lượng điện thương phẩm | triệu kWh | 1.150 | 1.238 |"),
     "2021-M9", "2021-09-20", [(1150.0, "2020-M9"), (1238.0, "2021-M9")]),
    (_table("| Chỉ tiêu | ĐVT | Thực hiện 6 tháng năm 2022 | Ước thực hiện 6 tháng 2023 |",
            "| Kim ngạch xuất khẩu | triệu USD | 412 | 455 |"),
     "2023-H1", "2023-06-20", [(412.0, "2022-H1"), (455.0, "2023-H1")]),
    # a bare year stays the year
    (_table("| Chỉ tiêu | ĐVT | Thực hiện 2021 | Ước thực hiện 2022 |",
            "| Kim ngạch xuất khẩu | triệu USD | 812 | 905 |"),
     "2022", "2022-12-10", [(812.0, "2021"), (905.0, "2022")]),
]


@pytest.mark.parametrize("text, period, date, expected", HEADER_SPANS)
def test_header_span_periods(text: str, period: str, date: str, expected: list) -> None:
    assert _periods(text, period, date) == expected


def _static(text: str, period: str | None, date: str | None) -> list[tuple]:
    return [(f.value, f.period, f.estimate)
            for f in find_figures(build_doc(text), found(period, date))]


STATIC = [
    # a project's planned capital: a size, not a result of the period nor an estimate
    ("Dự án cảng cạn đang hoàn thiện hồ sơ đề xuất theo phương thức PPP với tổng vốn "
     "dự kiến 1.850 tỷ đồng.\n", "2024-M9", "2024-09-25", [(1850.0, None, False)]),
    ("Dự án có tổng mức đầu tư dự kiến khoảng 940 tỷ đồng.\n", "2024-M9", "2024-09-25",
     [(940.0, None, False)]),
    # a planned spending stays an estimate of the period
    ("Dự kiến giải ngân 620 tỷ đồng trong quý IV.\n", "2024-M9", "2024-09-25",
     [(620.0, "2024-M9", True)]),
]


@pytest.mark.parametrize("text, period, date, expected", STATIC)
def test_planned_capital(text: str, period: str, date: str, expected: list) -> None:
    assert _static(text, period, date) == expected


def _kinds(text: str, period: str | None, date: str | None) -> list[tuple]:
    return [(f.value, f.unit, f.kind)
            for f in find_figures(build_doc(text), found(period, date))]


DISBURSED_PARTS = [
    # a bare part after a disbursement: of its own plan
    ("Vốn ngân sách địa phương giải ngân 842 tỷ đồng, đạt 47,3%, riêng vốn nước ngoài "
     "mới đạt 18,4%.\n", "2024-M9", "2024-09-25", [
         (842.0, "tỷ đồng", "level"), (47.3, "%", "pct_of_plan"), (18.4, "%", "pct_of_plan")]),
    ("Giải ngân vốn đầu tư công do thị xã quản lý mới đạt 35,2%.\n", "2024-M9", "2024-09-25",
     [(35.2, "%", "pct_of_plan")]),
    ("Các dự án chuyển tiếp giải ngân khá hơn với tỷ lệ 28,6%, trong khi dự án khởi công "
     "mới chỉ đạt 5,4%.\n", "2024-M9", "2024-09-25", [
         (28.6, "%", "pct_of_plan"), (5.4, "%", "pct_of_plan")]),
    ("Tổng vốn giải ngân 1.020 tỷ đồng, đạt 41%, trong đó vốn sự nghiệp chỉ giải ngân "
     "được 22,3%.\n", "2024-M9", "2024-09-25", [
         (1020.0, "tỷ đồng", "level"), (41.0, "%", "pct_of_plan"), (22.3, "%", "pct_of_plan")]),
    # the share disbursed named as a rate stays one
    ("Tỷ lệ giải ngân đạt 41,2%.\n", "2024-M9", "2024-09-25", [(41.2, "%", "rate")]),
]


@pytest.mark.parametrize("text, period, date, expected", DISBURSED_PARTS)
def test_disbursed_parts(text: str, period: str, date: str, expected: list) -> None:
    assert _kinds(text, period, date) == expected


AIMS = [
    # "vượt từ a - b% so với dự toán": a range of change over the plan
    ("Phấn đấu thu ngân sách trên địa bàn năm 2025 vượt từ 4 - 6% so với dự toán được "
     "giao.\n", [("thu ngân sách trên địa bàn vượt", 4.0, 6.0, "%", "change", "2025")]),
    # a share of a whole stays one
    ("Phấn đấu chi đầu tư phát triển chiếm 30% tổng chi ngân sách địa phương năm 2025.\n",
     [("chi đầu tư phát triển", 30.0, None, "%", "share", "2025")]),
]


@pytest.mark.parametrize("text, expected", AIMS)
def test_aims(text: str, expected: list) -> None:
    assert target_rows(text, "2025", "2024-12-08", (
        "indicator", "value", "value_max", "unit", "kind", "period")) == expected


def _indicators(text: str) -> list[tuple]:
    return [(f.value, f.indicator)
            for f in find_figures(build_doc(text), found("2024-M9", "2024-09-25"))]


INDICATORS = [
    # "vướng N ha <đất …>": the land in the way, not the verb alone
    ("Nhà thầu đã hoàn thành 6,2/11 km nền đường; vướng 3,4 ha đất rừng sản xuất chưa được "
     "chuyển mục đích.\n", [(6.2, "hoàn thành nền đường"),
                            (3.4, "vướng đất rừng sản xuất")]),
]


@pytest.mark.parametrize("text, expected", INDICATORS)
def test_indicators(text: str, expected: list) -> None:
    assert _indicators(text) == expected


FROM_TO = [
    # "tăng từ A lên B so với đầu năm": A is of the start of this year, no period said
    ("Giá cát xây dựng tăng từ 180.000 đồng/m³ lên 260.000 đồng/m³ so với đầu năm.\n",
     [(180000.0, None), (260000.0, "2024-M9")]),
    # without the base, A is of the year before
    ("Tỷ lệ hộ nghèo giảm từ 5,86% xuống còn 4,12%.\n", [(5.86, "2023"), (4.12, "2024-M9")]),
]


@pytest.mark.parametrize("text, expected", FROM_TO)
def test_from_to_periods(text: str, expected: list) -> None:
    assert _periods(text, "2024-M9", "2024-09-25") == expected


NOTE = ("Giải ngân vốn đầu tư công 9 tháng đạt 52,4% kế hoạch; còn 5 chủ đầu tư có tỷ lệ "
        "giải ngân dưới 40%<sup>1</sup>.\n\n---\n\n<sup>1</sup> Gồm: UBND huyện Lạc Sơn (28,5%), "
        "UBND huyện Kim Bôi (33,1%) và 3 chủ đầu tư cấp tỉnh.\n")


def test_investor_brackets_in_a_note() -> None:
    kinds = [(f.value, f.kind) for f in find_figures(build_doc(NOTE), found("2024-M9",
                                                                            "2024-09-25"))]
    assert (28.5, "pct_of_plan") in kinds and (33.1, "pct_of_plan") in kinds
