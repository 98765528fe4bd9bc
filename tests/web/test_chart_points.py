"""Which series points an indicator chart draws."""

from __future__ import annotations

import pytest

from ktxh.web.pages_main import chart_points, period_key


def pt(period, value, unit="%", kind="change", chosen=None):
    p = {"period": period, "value": value, "unit": unit, "kind": kind}
    if chosen is not None:
        p["chosen"] = chosen
    return p


@pytest.mark.parametrize(("series", "values", "unit"), [
    ([], [], ""),
    ([pt("2023", 6.1), pt("2022", 5.0), pt("2023", 9, "tỷ đồng", "level")], [5.0, 6.1], "%"),
    ([pt("2023", 6.1, chosen=False), pt("2023", 6.3, chosen=True), pt("2024-Q1", 4.0)],
     [6.3], "%"),
    ([pt("2024", 7.0), pt("2024-Q1", 5.0), pt("2023", 6.0)], [6.0, 5.0, 7.0], "%"),
    ([pt(None, 1.0), pt("2023", None)], [], ""),
])
def test_chart_points(series, values, unit):
    points, got_unit = chart_points(series)
    assert [p["value"] for p in points] == values and got_unit == unit


@pytest.mark.parametrize(("a", "b"), [("2023", "2024-Q1"), ("2024-Q1", "2024-H1"),
                                      ("2024-H1", "2024"), ("2024-03", "2024-Q2")])
def test_period_order(a, b):
    assert period_key(a) < period_key(b)
