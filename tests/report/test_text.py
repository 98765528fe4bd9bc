"""Numbers, dates, periods and header texts written the Vietnamese way."""

from __future__ import annotations

import datetime as dt

import pytest

from ktxh.report.draft import sentence
from ktxh.report.indicator_table import IndicatorLine
from ktxh.report.vnnum import long_date, vn_date, vn_number
from ktxh.report.vocab import period_label, same_period_last_year
from ktxh.report.word import _signature, _split_issuer, cite


@pytest.mark.parametrize(("value", "decimals", "expected"), [
    (24580, None, "24.580"),
    (1234567.891, None, "1.234.567,89"),
    (23.7, None, "23,7"),
    (-1.5, None, "-1,5"),
    (-0.001, None, "0,00"),
    (5, 1, "5,0"),
    (0.25, None, "0,25"),
])
def test_vn_number(value: float, decimals: int | None, expected: str) -> None:
    assert vn_number(value, decimals) == expected


@pytest.mark.parametrize(("day", "expected"), [
    (dt.date(2024, 2, 5), "ngày 05 tháng 02 năm 2024"),
    (dt.date(2024, 11, 5), "ngày 05 tháng 11 năm 2024"),
    (dt.date(2024, 3, 15), "ngày 15 tháng 3 năm 2024"),
    (None, "ngày      tháng      năm"),
])
def test_long_date_pads_day_and_early_months(day: dt.date | None, expected: str) -> None:
    assert long_date(day) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-01-22", "22/01/2024"), ("2024-05", "05/2024"), ("2024", "2024"), (None, ""),
])
def test_vn_date(value: str | None, expected: str) -> None:
    assert vn_date(value) == expected


@pytest.mark.parametrize(("code", "label", "last_year"), [
    ("2024-Q1", "quý I năm 2024", "2023-Q1"),
    ("2024-Q3", "quý III năm 2024", "2023-Q3"),
    ("2024-H1", "6 tháng đầu năm 2024", "2023-H1"),
    ("2024-M9", "9 tháng năm 2024", "2023-M9"),
    ("2024-03", "tháng 3 năm 2024", "2023-03"),
    ("2024", "năm 2024", "2023"),
    ("2021/2025", "giai đoạn 2021 - 2025", None),
])
def test_periods(code: str, label: str, last_year: str | None) -> None:
    assert period_label(code) == label
    assert same_period_last_year(code) == last_year


@pytest.mark.parametrize(("issuer", "expected"), [
    ("Ủy ban nhân dân tỉnh Cao Bằng", ("ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG")),
    ("Ủy ban nhân dân huyện Bảo Lạc", ("ỦY BAN NHÂN DÂN", "HUYỆN BẢO LẠC")),
    ("Sở Tài chính", ("", "SỞ TÀI CHÍNH")),
])
def test_split_issuer(issuer: str, expected: tuple[str, str]) -> None:
    assert _split_issuer(issuer) == expected


@pytest.mark.parametrize(("issuer", "position", "expected"), [
    ("Ủy ban nhân dân tỉnh Cao Bằng", "Phó Chủ tịch",
     ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")),
    ("Ủy ban nhân dân tỉnh Cao Bằng", "Chủ tịch", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")),
    ("Ủy ban nhân dân tỉnh Cao Bằng", None, ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")),
])
def test_signature_block(issuer: str, position: str | None, expected: tuple[str, str]) -> None:
    assert _signature(issuer, position) == expected


@pytest.mark.parametrize(("doc", "expected"), [
    ({"type": "thong_bao", "number": "12/TB-VPUBND", "date": "2024-02-03"},
     "Thông báo số 12/TB-VPUBND ngày 03/02/2024"),
    ({"type": "bao_cao", "number": "7/BC-UBND", "date": None}, "Báo cáo số 7/BC-UBND"),
    ({"type": "ke_hoach", "number": None, "date": "2024-01-12", "filename": "kh.md"},
     "kh.md ngày 12/01/2024"),
])
def test_cite(doc: dict, expected: str) -> None:
    assert cite(doc) == expected


def _line(**kw) -> IndicatorLine:
    base = {"code": "food_output", "name": "Sản lượng lương thực có hạt", "section": "x",
            "unit": "tấn"}
    return IndicatorLine(**{**base, **kw})


@pytest.mark.parametrize(("line", "expected"), [
    (_line(actual=52300, actual_kind="level", estimate=True, previous=51200),
     "Sản lượng lương thực có hạt ước đạt 52.300 tấn, tăng 2,1% so với cùng kỳ."),
    (_line(actual=52300, actual_kind="level", plan=200000, plan_from="target",
           change_stated=-0.44),
     "Sản lượng lương thực có hạt đạt 52.300 tấn, bằng 26,2% kế hoạch, giảm 0,4% so với cùng kỳ."),
    (_line(code="budget_revenue", name="Tổng thu ngân sách nhà nước trên địa bàn",
           unit="tỷ đồng", actual=1500, actual_kind="level", pct_stated=30.0),
     "Tổng thu ngân sách nhà nước trên địa bàn đạt 1.500 tỷ đồng, bằng 30,0% dự toán."),
    (_line(code="new_cooperatives", name="Số hợp tác xã thành lập mới", unit="hợp tác xã",
           actual=14, actual_kind="level", previous=10),
     "Có 14 hợp tác xã thành lập mới, tăng 40,0% so với cùng kỳ."),
    (_line(code="iip", name="Chỉ số sản xuất công nghiệp", unit="%", change_stated=7.25,
           estimate=True),
     "Chỉ số sản xuất công nghiệp ước tăng 7,2% so với cùng kỳ."),
    (_line(actual=100, actual_kind="level", previous=100),
     "Sản lượng lương thực có hạt đạt 100 tấn."),
])
def test_draft_sentence_is_computed(line: IndicatorLine, expected: str) -> None:
    made = sentence(line)
    assert made is not None
    assert made[0] == expected
