"""Calendar dates in folded text (own example sentences)."""

from __future__ import annotations

import pytest

from ktxh.extract.dates import find_dates, parse_date
from ktxh.text.normalize import fold


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("ngày 05 tháng 3 năm 2024", "2024-03-05"),
        ("Ngày 5 tháng 03, năm 2024", "2024-03-05"),
        ("20/12/2023", "2023-12-20"),
        ("ngày 1/7/2021", "2021-07-01"),
        ("ngày 1-7-2021", "2021-07-01"),
        ("ngày 01.7.2021", "2021-07-01"),
        ("tháng 10 năm 2022", "2022-10"),
        ("tháng 10/2022", "2022-10"),
        ("ngày   tháng 12 năm 2024", "2024-12"),
        ("ngày ... tháng 12 năm 2024", "2024-12"),
        ("29/02/2024", "2024-02-29"),
        # impossible or not dates
        ("29/02/2023", None),
        ("ngày 32 tháng 1 năm 2020", None),
        ("tháng 13/2020", None),
        ("Nghị định số 31/2021/NĐ-CP", None),
        ("năm 2021", None),
        ("tỷ lệ 12/15 xã", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_find_dates_spans() -> None:
    text = "Theo Quyết định số 12/QĐ-UBND ngày 3/2/2022 và văn bản ngày 15 tháng 4 năm 2022."
    found = find_dates(fold(text))
    assert [(text[d.span.start : d.span.end], d.iso) for d in found] == [
        ("ngày 3/2/2022", "2022-02-03"),
        ("ngày 15 tháng 4 năm 2022", "2022-04-15"),
    ]
