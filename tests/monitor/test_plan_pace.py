import pytest

from ktxh.monitor.catalog import get
from ktxh.monitor.plan_pace import plan_pace
from ktxh.monitor.series import SeriesPoint


def pct(period, value, kind="pct_of_plan"):
    return SeriesPoint("x", None, period, value, "%", kind)


@pytest.mark.parametrize(("point", "status"), [
    (pct("2024-Q1", 28.3), "on_track"),
    (pct("2024-Q1", 23.0), "at_risk"),  # 23 ≥ 0,9 × 25
    (pct("2024-Q1", 14.1), "off_track"),
    (pct("2024-H1", 52.0), "on_track"),
    (pct("2024-M9", 70.0), "at_risk"),
    (pct("2024", 98.0), "at_risk"),
    (pct("2024", 101.5), "on_track"),
    (pct("2024-Q2", 30.0), "no_data"),  # one quarter alone: not cumulative
    (pct("2024-Q1", 28.3, kind="change"), "no_data"),
])
def test_pace(point, status):
    assert plan_pace(point).status == status


def test_reasoning_and_lower_better():
    r = plan_pace(pct("2024-Q1", 14.1))
    assert r.reasoning == "Quý I/2024 đạt 14,1% kế hoạch năm; tiến độ thời gian 25%."
    assert plan_pace(pct("2024-Q1", 14.1), get("traffic_accidents")).status == "no_data"
