"""How one indicator line is computed from series points (invented figures)."""

from __future__ import annotations

import pytest

from ktxh.monitor import rows as R
from ktxh.monitor.catalog import catalog
from ktxh.monitor.series import SeriesPoint
from ktxh.report.indicator_table import _line
from ktxh.store.tables import Document
from ktxh.text.model import Span

DOCS = {
    1: Document(id=1, number="20/BC-UBND", date="2023-04-05", filename="q1-2023.md"),
    2: Document(id=2, number="31/BC-UBND", date="2024-04-04", filename="q1-2024.md"),
    3: Document(id=3, number="5/BC-SKHĐT", date="2024-04-10", filename="skhdt.md"),
}
_ids = iter(range(1, 10_000))


def pt(doc: int, period: str, kind: str, value: float, unit: str = "tấn", quote: str = "q",
       estimate: bool = False, value_max: float | None = None) -> R.Linked:
    i = next(_ids)
    p = SeriesPoint("food_output", None, period, value, unit, kind, estimate, str(doc),
                    DOCS[doc].date, Span(i, i + 1), value_max, quote=quote)
    return R.Linked(p, {"id": i, "quote": quote}, DOCS[doc])


def target(value: float, period: str = "2024", unit: str = "tấn") -> tuple[dict, Document]:
    return ({"kind": "level", "period": period, "value": value, "unit": unit,
             "quote": "phấn đấu", "base_value": None, "base_unit": None}, DOCS[1])


CASES = [
    # change computed from the two stored levels, not the stated one
    ([pt(2, "2024-Q1", "level", 110, quote="a"), pt(2, "2024-Q1", "change", 9, "%", quote="a"),
      pt(1, "2023-Q1", "level", 100)], [],
     {"actual": 110, "previous": 100, "change": pytest.approx(10), "change_computed": True}),
    # without last year's level the stated change stays
    ([pt(2, "2024-Q1", "level", 110), pt(2, "2024-Q1", "change", 9, "%")], [],
     {"previous": None, "change": 9, "change_computed": False}),
    # plan from the year's level target; % of plan computed
    ([pt(2, "2024-Q1", "level", 50), pt(2, "2024-Q1", "pct_of_plan", 24, "%")], [target(200)],
     {"plan": 200, "plan_from": "target", "pct_of_plan": pytest.approx(25)}),
    # no target: plan derived from the stated % of plan
    ([pt(2, "2024-Q1", "level", 50, quote="a"), pt(2, "2024-Q1", "pct_of_plan", 25, "%",
                                                     quote="a")], [],
     {"plan": pytest.approx(200), "plan_from": "derived", "pct_of_plan": pytest.approx(25)}),
    # the % of plan stated with the chosen actual wins over another document's
    ([pt(2, "2024-Q1", "level", 50, quote="a"), pt(2, "2024-Q1", "pct_of_plan", 25, "%",
                                                     quote="a"),
      pt(3, "2024-Q1", "pct_of_plan", 40, "%", quote="b")], [],
     {"pct_stated": 25}),
    # an actual beats an estimate; the later document among actuals
    ([pt(2, "2024-Q1", "level", 50, estimate=True), pt(3, "2024-Q1", "level", 52),
      pt(1, "2024-Q1", "level", 51)], [],
     {"actual": 52, "estimate": False}),
    # "A/B": done out of the plan total
    ([pt(2, "2024-Q1", "progress", 30, value_max=120)], [],
     {"actual": 30, "plan": 120, "plan_from": "progress", "pct_of_plan": pytest.approx(25)}),
    # a target in another quantity is no plan
    ([pt(2, "2024-Q1", "level", 50)], [target(200, unit="ha")], {"plan": None}),
]


@pytest.mark.parametrize(("points", "targets", "expected"), CASES)
def test_indicator_line(points: list[R.Linked], targets: list, expected: dict) -> None:
    line = _line(catalog()["food_output"], "2024-Q1", points, targets)
    assert line is not None
    for attr, value in expected.items():
        assert getattr(line, attr) == value, attr


def test_no_line_without_points_of_the_period() -> None:
    assert _line(catalog()["food_output"], "2024-Q1", [pt(1, "2023-Q1", "level", 1)], []) is None
