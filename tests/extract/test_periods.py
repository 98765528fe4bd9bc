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


def test_default_year_for_yearless_phrases() -> None:
    assert _found("Nhiệm vụ trọng tâm quý II.", year=2021) == [("quý II", "2021-Q2")]
    assert period_code("5 tháng đầu năm", year=2020) == "2020-M5"


def test_spans_are_absolute_within_a_window() -> None:
    text = "Mở đầu. Năm 2022 tăng trưởng khá; năm 2023 chậm lại."
    start = text.index(";")
    found = find_periods(fold(text), start)
    assert [(text[p.span.start : p.span.end], p.code) for p in found] == [("năm 2023", "2023")]
