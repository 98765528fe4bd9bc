import pytest

from ktxh.extract.records import Target
from ktxh.monitor.catalog import get
from ktxh.monitor.series import SeriesPoint
from ktxh.monitor.targets import evaluate_target
from ktxh.text.model import Span


def target(value, unit, kind, period, value_max=None):
    return Target("x", value, unit, kind, Span(0, 1), "", value_max=value_max, period=period)


def points(kind, unit, values):
    return [SeriesPoint("x", None, str(y), v, unit, kind) for y, v in values]


GROWTH = target(8, "%", "growth_avg", "2021/2025", value_max=8.5)

CASES = [
    # (target, points, indicator code, expected status)
    (GROWTH, points("change", "%", [(2021, 8.2), (2022, 8.6), (2023, 8.1)]), None, "on_track"),
    (GROWTH, points("change", "%", [(2021, 7.0), (2022, 7.5), (2023, 7.1)]), None, "at_risk"),
    (GROWTH, points("change", "%", [(2021, 5.0), (2022, 5.5), (2023, 6.0)]), None, "off_track"),
    (GROWTH, points("change", "%", [(y, 8.3) for y in range(2021, 2026)]), None, "achieved"),
    (GROWTH, points("change", "%", [(y, 7.3) for y in range(2021, 2026)]), None, "off_track"),
    (GROWTH, [], None, "no_data"),
    # level, higher is better: trend 60 → 98 over 3 years reaches 120 by 2025
    (target(120, "xã", "level", "2025"),
     points("level", "xã", [(2020, 60), (2022, 80), (2023, 98)]), None, "on_track"),
    (target(120, "xã", "level", "2025"),
     points("level", "xã", [(2020, 60), (2023, 85)]), None, "off_track"),
    (target(120, "xã", "level", "2025"),
     points("level", "xã", [(2020, 60), (2023, 95)]), None, "at_risk"),
    (target(120, "xã", "level", "2025"),
     points("level", "xã", [(2020, 60), (2024, 121)]), None, "achieved"),
    # lower is better: poverty rate 15% → 9% in 3 years, target 5% by 2025
    (target(5, "%", "rate", "2025"),
     points("rate", "%", [(2020, 15), (2023, 9)]), "poverty_rate", "on_track"),
    (target(5, "%", "rate", "2025"),
     points("rate", "%", [(2020, 15), (2023, 12)]), "poverty_rate", "off_track"),
    (target(5, "%", "rate", "2025"),
     points("rate", "%", [(2020, 15), (2024, 4.8)]), "poverty_rate", "achieved"),
    # change in points per year: "giảm bình quân 2%/năm"
    (target(-2, "%", "change", "2021/2025"),
     points("rate", "%", [(2020, 15), (2023, 8.5)]), "poverty_rate", "on_track"),
    (target(-2, "%", "change", "2021/2025"),
     points("rate", "%", [(2020, 15), (2023, 14)]), "poverty_rate", "off_track"),
    # total over the span
    (target(100000, "tỷ đồng", "total", "2021/2025"),
     points("level", "tỷ đồng", [(2021, 18000), (2022, 19000), (2023, 21000)]), None, "at_risk"),
    (target(100000, "tỷ đồng", "total", "2021/2025"),
     points("level", "tỷ đồng", [(2021, 20000), (2022, 21000), (2023, 22000)]), None,
     "on_track"),
    (target(50000, "tỷ đồng", "total", "2021/2025"),
     points("level", "tỷ đồng", [(2021, 20000), (2022, 21000), (2023, 22000)]), None,
     "achieved"),
    (target(5, "%", "rate", None), points("rate", "%", [(2023, 4)]), None, "no_data"),
]


@pytest.mark.parametrize(("tgt", "pts", "code", "status"), CASES)
def test_status(tgt, pts, code, status):
    result = evaluate_target(tgt, pts, get(code) if code else None)
    assert result.status == status, result.reasoning


def test_growth_reasoning_and_rates():
    pts = points("change", "%", [(2021, 7.0), (2022, 7.5), (2023, 7.1)])
    r = evaluate_target(GROWTH, pts)
    assert r.realized == pytest.approx(7.2, abs=0.05)  # geometric mean
    # (1.08^5 / (1.07 · 1.075 · 1.071))^(1/2) − 1
    assert r.required == pytest.approx(9.22, abs=0.01)
    assert r.years_left == 2
    assert r.reasoning.startswith("Bình quân 2021–2023 đạt 7,2%/năm, thấp hơn mục tiêu 8 - 8,5%")
    assert "cần 9,2%/năm trong 2 năm còn lại" in r.reasoning


def test_growth_derived_from_levels():
    pts = points("level", "tỷ đồng", [(2020, 100), (2021, 110), (2022, 121)])
    r = evaluate_target(target(10, "%", "growth_avg", "2021/2025"), pts)
    assert r.realized == pytest.approx(10.0) and r.status == "on_track"


def test_lower_better_progress():
    pts = points("rate", "%", [(2020, 15), (2023, 10)])
    r = evaluate_target(target(5, "%", "rate", "2025"), pts, get("poverty_rate"))
    assert r.progress == pytest.approx(0.5)  # (15 − 10) / (15 − 5)


def test_estimates_give_way_to_actuals():
    est = SeriesPoint("x", None, "2023", 130, "xã", "level", estimate=True, doc_date="2023-12-10")
    act = SeriesPoint("x", None, "2023", 100, "xã", "level", doc_date="2024-03-01")
    r = evaluate_target(target(120, "xã", "level", "2025"), [act, est])
    assert r.latest is act and r.status != "achieved"


def test_neutral_indicator_direction_from_baseline():
    # "tỷ trọng nông, lâm nghiệp và thủy sản giảm còn 18%": falling is progress
    pts = points("share", "%", [(2020, 24), (2023, 19.5)])
    r = evaluate_target(target(18, "%", "share", "2025"), pts, get("grdp_share_agri"))
    assert r.status == "on_track" and r.progress == pytest.approx(0.75)


def test_evaluate_targets_links_and_reviews():
    from ktxh.monitor.targets import evaluate_targets

    plan = [
        Target("tỷ lệ hộ nghèo", 5, "%", "rate", Span(0, 1), "", period="2025"),
        Target("chỉ số hài lòng của người dân", 80, "%", "rate", Span(0, 1), "", period="2025"),
    ]
    pts = [SeriesPoint("poverty_rate", None, "2020", 15, "%", "rate"),
           SeriesPoint("poverty_rate", None, "2023", 9, "%", "rate"),
           SeriesPoint("poverty_rate", "huyện Z", "2023", 30, "%", "rate")]
    first, second = evaluate_targets(plan, pts)
    assert first.code == "poverty_rate" and first.progress.status == "on_track"
    assert second.code is None and second.progress is None


def test_units_are_aligned_to_the_target():
    # "tổng vốn đầu tư toàn xã hội 5 năm đạt 100 nghìn tỷ đồng"
    tgt = Target("vốn", 100, "nghìn tỷ đồng", "total", Span(0, 1), "", period="2021/2025",
                 base_value=1e14, base_unit="đồng")
    pts = [
        SeriesPoint("x", None, str(y), v, "tỷ đồng", "level", base_value=v * 1e9,
                    base_unit="đồng")
        for y, v in [(2021, 20000), (2022, 21000), (2023, 22000)]
    ] + [SeriesPoint("x", None, "2023", 8.5, "%", "change")]  # a growth rate: not a level
    r = evaluate_target(tgt, pts)
    assert r.realized == pytest.approx(63) and r.status == "on_track"


def test_growth_from_levels_at_different_scales():
    pts = [SeriesPoint("x", None, "2020", 900, "tỷ đồng", "level", base_value=9e11,
                       base_unit="đồng"),
           SeriesPoint("x", None, "2021", 0.99, "nghìn tỷ đồng", "level", base_value=9.9e11,
                       base_unit="đồng")]
    r = evaluate_target(target(10, "%", "growth_avg", "2021/2025"), pts)
    assert r.realized == pytest.approx(10.0)


def test_growth_with_missing_years_assumes_the_average():
    pts = points("change", "%", [(2023, 8.0)])
    r = evaluate_target(GROWTH, pts)
    assert "chưa có số liệu năm 2021, 2022" in r.reasoning
    assert r.required == pytest.approx(8.0, abs=0.01) and r.status == "on_track"


def test_poverty_fall_range_in_points_per_year():
    # "Tỷ lệ hộ nghèo giảm bình quân hằng năm từ 2 - 3%", as extracted (-2, 3)
    tgt = target(-2, "%", "growth_avg", "2021/2025", value_max=3)
    pts = points("rate", "%", [(2020, 12.9), (2023, 6.6)])
    r = evaluate_target(tgt, pts, get("poverty_rate"))
    assert r.realized == pytest.approx(-2.1) and r.status == "on_track"
    assert "mục tiêu giảm 2 - 3 điểm %/năm" in r.reasoning


@pytest.mark.parametrize(("pts", "status"), [
    (points("share", "%", [(2020, 23.1)]), "no_data"),  # only the plan's own baseline
    (points("share", "%", [(2020, 23.1), (2023, 25.5)]), "on_track"),
])
def test_single_year_target_within_a_plan(pts, status):
    tgt = target(26, "%", "share", "2025", value_max=27)
    r = evaluate_target(tgt, pts, plan_period="2021/2025")
    assert r.status == status, r.reasoning
