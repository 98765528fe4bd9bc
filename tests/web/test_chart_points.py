"""Which series points an indicator chart draws."""

from __future__ import annotations

import pytest

from ktxh.web.pages_main import chart_points, period_key


def pt(period, value, unit="%", kind="change", chosen=None):
    p = {"period": period, "value": value, "unit": unit, "kind": kind}
    if chosen is not None:
        p["chosen"] = chosen
    return p


@pytest.mark.parametrize(("series", "prefer", "values", "unit"), [
    ([], None, [], ""),
    ([pt("2023", 6.1), pt("2022", 5.0), pt("2023", 9, "tỷ đồng", "level")], None,
     [5.0, 6.1], "%"),
    ([pt("2023", 6.1, chosen=False), pt("2023", 6.3, chosen=True), pt("2024-Q1", 4.0)], None,
     [6.3], "%"),
    ([pt("2024", 7.0), pt("2024-Q1", 5.0), pt("2023", 6.0)], None, [6.0, 5.0, 7.0], "%"),
    ([pt(None, 1.0), pt("2023", None)], None, [], ""),
    ([pt("2023", 9, "tỷ đồng", "level"), pt("2022", 8, "tỷ đồng", "level"),
      pt("2023", 70.0, kind="pct_of_plan")], "%", [70.0], "%"),
])
def test_chart_points(series, prefer, values, unit):
    points, got_unit = chart_points(series, prefer)
    assert [p["value"] for p in points] == values and got_unit == unit


def test_one_value_per_period_latest_document_first_statement():
    series = [{**pt("2023", 70.3), "doc_date": "2023-12-28", "start": 50},
              {**pt("2023", 78.4), "doc_date": "2024-01-22", "start": 900},
              {**pt("2023", 60.0), "doc_date": "2024-01-22", "start": 1200}]
    assert [p["value"] for p in chart_points(series)[0]] == [78.4]


@pytest.mark.parametrize(("a", "b"), [("2023", "2024-Q1"), ("2024-Q1", "2024-H1"),
                                      ("2024-H1", "2024"), ("2024-03", "2024-Q2")])
def test_period_order(a, b):
    assert period_key(a) < period_key(b)
