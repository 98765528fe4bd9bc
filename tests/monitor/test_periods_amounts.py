from datetime import date

import pytest

from ktxh.monitor.amounts import find_amounts
from ktxh.monitor.period_checks import period_of_phrase
from ktxh.monitor.periods import parse_date, parse_period, period_sort_key
from ktxh.monitor.series import SeriesPoint, build_series
from ktxh.text.normalize import fold


@pytest.mark.parametrize(("code", "start", "end"), [
    ("2024", date(2024, 1, 1), date(2024, 12, 31)),
    ("2024-Q1", date(2024, 1, 1), date(2024, 3, 31)),
    ("2024-H2", date(2024, 7, 1), date(2024, 12, 31)),
    ("2024-M9", date(2024, 1, 1), date(2024, 9, 30)),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
    ("2021/2025", date(2021, 1, 1), date(2025, 12, 31)),
])
def test_parse_period(code, start, end):
    p = parse_period(code)
    assert (p.start, p.end) == (start, end)


@pytest.mark.parametrize("code", ["2024-Q5", "2024-13", "2025/2021", "quý I", "", None])
def test_bad_periods(code):
    assert parse_period(code) is None


def test_dates_of_any_precision_end_late():
    assert parse_date("2024-02") == date(2024, 2, 29)
    assert parse_date("2024") == date(2024, 12, 31)
    assert parse_date("2024-02-30") is None


def test_period_order():
    codes = ["2024", "2024-Q1", "2023", "2024-M9", "2024-H1"]
    assert sorted(codes, key=period_sort_key) == ["2023", "2024-Q1", "2024-H1", "2024-M9", "2024"]


@pytest.mark.parametrize(("text", "code"), [
    ("Tình hình thực hiện kế hoạch quý I, nhiệm vụ trọng tâm quý II năm 2023", "2023-Q1"),
    ("Báo cáo kết quả quý III/2022", "2022-Q3"),
    ("Tình hình kinh tế - xã hội 6 tháng đầu năm 2024", "2024-H1"),
    ("Kết quả 9 tháng năm 2024", "2024-M9"),
    ("Tình hình tháng 10/2024", "2024-10"),
    ("Kết quả thực hiện năm 2023", "2023"),
    ("Kết quả công tác cải cách hành chính", None),
])
def test_period_of_phrase(text, code):
    assert period_of_phrase(fold(text)) == code


@pytest.mark.parametrize(("text", "expected"), [
    ("đạt 1.234,5 tỷ đồng", [(1234.5, "tỷ đồng", 1e9, 1)]),
    ("tăng 9,9%", [(9.9, "%", 1.0, 1)]),
    ("2.100 nghìn m3", [(2100.0, "nghìn m3", 1e3, 0)]),
    ("70 doanh nghiệp", [(70.0, "doanh nghiệp", 1.0, 0)]),
    # dates, years and quarter numbers are not amounts
    ("ngày 15/3/2024 năm 2023 quý 2 xã", []),
])
def test_find_amounts(text, expected):
    got = [(a.value, a.unit, a.scale, a.decimals) for a in find_amounts(fold(text))]
    assert got == expected


def test_fraction_and_parens():
    (a, b) = find_amounts(fold("đạt 85/181 xã (trong đó 12 xã)"))
    assert (a.value, a.of.value, a.unit) == (85, 181, "xã")
    assert b.in_parens and not a.in_parens


def test_series_choice_actual_over_estimate_then_latest_document():
    pts = [
        SeriesPoint("x", None, "2023", 100, "tỷ đồng", estimate=True, doc_date="2023-12-10",
                    document_id="A"),
        SeriesPoint("x", None, "2023", 104, "tỷ đồng", doc_date="2024-03-01", document_id="B"),
        SeriesPoint("x", None, "2023", 103, "tỷ đồng", doc_date="2024-06-01", document_id="C"),
        SeriesPoint("x", None, "2023", 99, "tỷ đồng", estimate=True, doc_date="2024-09-01",
                    document_id="D"),
        SeriesPoint("x", None, "2022", 90, "tỷ đồng", document_id="B"),
        SeriesPoint("x", "huyện Y", "2023", 5, "tỷ đồng", document_id="B"),
    ]
    series = build_series(pts)
    assert set(series) == {("x", None), ("x", "huyện Y")}
    s = series[("x", None)]
    chosen = s.chosen()
    assert list(chosen) == ["2022", "2023"]
    assert chosen["2023"].document_id == "C"
    assert len(s.points) == 5  # every point kept with its provenance
