"""Period phrases and their codes (own example sentences)."""

from __future__ import annotations

import pytest

from ktxh.extract.periods import find_periods, period_code
from ktxh.text.normalize import fold


def _found(text: str, year: int | None = None) -> list[tuple[str, str]]:
    folded = fold(text)
    return [(text[p.span.start : p.span.end], p.code) for p in find_periods(folded, year=year)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Năm 2023", "2023"),
        ("hết năm 2021", "2021"),
        ("đến năm 2030", "2030"),
        ("Quý III/2022", "2022-Q3"),
        ("quý IV năm 2021", "2021-Q4"),
        ("quý 2 - 2020", "2020-Q2"),
        ("6 tháng đầu năm 2022", "2022-H1"),
        ("6 tháng cuối năm 2022", "2022-H2"),
        ("9 tháng đầu năm 2021", "2021-M9"),
        ("9 tháng năm 2021", "2021-M9"),
        ("5 tháng đầu năm", "M5"),
        ("tháng 10 năm 2023", "2023-10"),
        ("tháng 3/2024", "2024-03"),
        ("giai đoạn 2021 - 2025", "2021/2025"),
        ("giai đoạn 2021-2025", "2021/2025"),
        ("5 năm 2026 - 2030", "2026/2030"),
        ("thời kỳ 2021 – 2030", "2021/2030"),
        ("từ năm 2011 đến năm 2015", "2011/2015"),
        ("từ 2011 đến 2015", "2011/2015"),
        ("từ năm 2016 đến tháng 6/2020", "2016/2020"),
        ("phấn đấu đến 2030", "2030"),
        ("đến hết 2026", "2026"),
        ("kế hoạch 2024", "2024"),
        ("vụ Đông Xuân 2023", "2023"),
        ("vụ Đông Xuân 2024 - 2025", "2024/2025"),
        ("quý II", "Q2"),
    ],
)
def test_period_code(text: str, code: str) -> None:
    assert period_code(text) == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Triển khai chương trình năm 2024 và giai đoạn 2024 - 2026.",
            [("năm 2024", "2024"), ("giai đoạn 2024 - 2026", "2024/2026")],
        ),
        (  # the year-less quarter borrows the year of the next phrase
            "Báo cáo kết quả quý III, phương hướng quý IV năm 2022",
            [("quý III", "2022-Q3"), ("quý IV năm 2022", "2022-Q4")],
        ),
        # years in document numbers, dates and amounts are no periods
        ("Thực hiện Luật số 15/2023/QH15 ngày 20/6/2023 của Quốc hội.", []),
        ("Hà Giang, ngày 05 tháng 3 năm 2024", []),
        ("Hà Giang, ngày   tháng 3 năm 2024", []),
        ("thu nhập bình quân đạt 2030 USD/người", []),
        ("dân số 2.025 người", []),
        ("Ngày 30 tháng 9, đoàn công tác làm việc tại huyện.", []),
    ],
)
def test_find_periods(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "N tháng" in a report: the first N months of the year
        ("Tổng thu ngân sách 9 tháng đạt 2.140 tỷ đồng.", [("9 tháng", "2024-M9")]),
        ("Trong 9 tháng, toàn tỉnh xảy ra 35 vụ cháy.", [("9 tháng", "2024-M9")]),
        ("Lũy kế 10 tháng, giải ngân 980 tỷ đồng.", [("10 tháng", "2024-M10")]),
        ("Sản lượng cà phê 9 tháng dự ước đạt 12 nghìn tấn.", [("9 tháng", "2024-M9")]),
        ("Trong 6 tháng, cấp 410 giấy phép.", [("6 tháng", "2024-H1")]),
        ("Kết quả 9 tháng qua cho thấy", [("9 tháng", "2024-M9")]),
        ("quý III và 9 tháng năm 2023", [("quý III", "2023-Q3"), ("9 tháng năm 2023", "2023-M9")]),
        ("Riêng quý III đạt 610 tỷ đồng.", [("quý III", "2024-Q3")]),
        # month counts written out
        ("Năm tháng đầu năm 2023, đàn lợn tăng", [("Năm tháng đầu năm 2023", "2023-M5")]),
        ("Sáu tháng đầu năm, thu hút 90 nghìn lượt", [("Sáu tháng đầu năm", "2024-H1")]),
        ("trong bảy tháng năm 2022", [("bảy tháng năm 2022", "2022-M7")]),
        ("Mười một tháng đầu năm 2021", [("Mười một tháng đầu năm 2021", "2021-M11")]),
        ("Ba tháng đầu năm, xuất khẩu", [("Ba tháng đầu năm", "2024-M3")]),
        # "đến hết tháng 9": the months up to its end
        ("Giải ngân đến hết tháng 9 đạt 61%.", [("tháng 9", "2024-M9")]),
        ("Đến hết tháng 6, toàn tỉnh có 12 xã đạt chuẩn.", [("tháng 6", "2024-H1")]),
        ("Riêng tháng 9, thu 300 tỷ đồng.", [("tháng 9", "2024-09")]),
        # lengths of time, not periods
        ("trẻ em dưới 6 tháng tuổi được bú mẹ", []),
        ("lãi suất huy động từ 1 - 6 tháng", []),
        ("tiền gửi kỳ hạn 12 tháng", []),
        ("bị phạt tù 9 tháng", []),
        ("thời gian thực hiện 6 tháng.", []),
        ("kiểm tra định kỳ 3 tháng/lần", []),
        ("thời hạn 1 năm 6 tháng", []),
        ("ngày 5 tháng 9, đoàn kiểm tra", []),
        ("ba tháng một lần", []),
        # the year of a comparison is not lent to the period before it
        ("9 tháng, tăng 5% so với cùng kỳ năm 2023", [("9 tháng", "2024-M9"),
                                                     ("năm 2023", "2023")]),
    ],
)
def test_month_counts(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, year=2024) == expected


def test_default_year_for_yearless_phrases() -> None:
    assert _found("Nhiệm vụ trọng tâm quý II.", year=2021) == [("quý II", "2021-Q2")]
    assert period_code("5 tháng đầu năm", year=2020) == "2020-M5"


def test_spans_are_absolute_within_a_window() -> None:
    text = "Mở đầu. Năm 2022 tăng trưởng khá; năm 2023 chậm lại."
    start = text.index(";")
    found = find_periods(fold(text), start)
    assert [(text[p.span.start : p.span.end], p.code) for p in found] == [("năm 2023", "2023")]
