"""Targets against actuals: realized rate, rate still needed, projection, status.

Only yearly actuals (period ``"YYYY"``) count; a quarter's estimate says
little about a five-year target. Statuses:

- ``achieved``: the target is met (a level already reached, or every year
  of the span reported and the average/total meets it);
- ``on_track``: the projection to the target year meets the target;
- ``at_risk``: it misses, but by less than the margins of
  :mod:`ktxh.monitor.target_evaluators`;
- ``off_track``: it misses by more, or the span is over and it was missed;
- ``no_data``: no usable actual.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from ktxh.extract.records import Target
from ktxh.monitor.catalog import NEUTRAL, Indicator, get, link_figure
from ktxh.monitor.periods import parse_period
from ktxh.monitor.series import Series, SeriesPoint
from ktxh.monitor.target_evaluators import (
    ACHIEVED,
    AT_RISK,
    NO_DATA,
    OFF_TRACK,
    ON_TRACK,
    STATUS_LABELS,
    TargetProgress,
    _growth,
    _level,
    _rate_change,
    _total,
)

__all__ = [
    "ACHIEVED", "AT_RISK", "NO_DATA", "OFF_TRACK", "ON_TRACK", "STATUS_LABELS",
    "TargetProgress", "TargetReview", "evaluate_target", "evaluate_targets",
]


def _span(target: Target) -> tuple[int, int] | None:
    return _span_of(target.period)


def _span_of(code: str | None) -> tuple[int, int] | None:
    p = parse_period(code)
    return (p.start.year, p.end.year) if p else None


def _normalized_range(target: Target) -> Target:
    """"giảm 2 - 3%" read as (-2, 3): both ends of a fall are negative."""
    if target.value_max is not None and target.value < 0 < target.value_max:
        return replace(target, value_max=-target.value_max)
    return target


def evaluate_target(
    target: Target,
    points: Series | Iterable[SeriesPoint],
    indicator: Indicator | None = None,
    baseline: float | None = None,
    plan_period: str | None = None,
) -> TargetProgress:
    """Compare one target with the actuals of its indicator.

    ``baseline`` is the value before the span (e.g. 2020 for 2021/2025);
    when not given it is read from the series (the year before the span,
    else the earliest year). ``plan_period`` ("2021/2025") is the span of the
    plan that sets a single-year target ("đến năm 2025"): actuals count from
    its first year, and the year before it is the baseline.
    """
    target = _normalized_range(target)
    pts = _align_units(target, points.points if isinstance(points, Series) else points)
    span = _span(target)
    if span is None:
        return TargetProgress(NO_DATA, "Mục tiêu không có kỳ xác định.")
    plan = _span_of(plan_period)
    if plan and span[0] == span[1] and plan[0] < span[0] <= plan[1]:
        span = (plan[0], span[1])
    lower = bool(indicator and indicator.lower_is_better)
    neutral = indicator is None or indicator.direction == NEUTRAL
    stock_rate = bool(indicator and indicator.unit == "%" and indicator.aggregation == "last")
    if target.kind in ("growth_avg", "change") and (stock_rate or _is_rate(pts, target)):
        # "tỷ lệ hộ nghèo giảm bình quân 2 - 3%/năm": percentage points a year
        return _rate_change(target, pts, span)
    if target.kind in ("growth_avg", "change"):
        return _growth(target, pts, span)
    if target.kind == "total":
        return _total(target, pts, span)
    return _level(target, pts, span, lower, baseline, infer_direction=neutral)


def _unit_key(unit: str) -> str:
    """"%/năm" and "%" are one unit for a yearly rate."""
    return unit.replace("/năm", "").strip()


def _align_units(target: Target, points: Iterable[SeriesPoint]) -> list[SeriesPoint]:
    """Points in the target's unit: same unit kept, another scale of the same
    base unit converted ("tỷ đồng" for a target in "nghìn tỷ đồng"), growth
    rates in % kept for growth targets; anything else dropped."""
    out = []
    want = _unit_key(target.unit)
    scale = target.base_value / target.value if target.base_value and target.value else None
    growth = target.kind in ("growth_avg", "change")
    for p in points:
        if _unit_key(p.unit) == want or (growth and p.unit.startswith("%")):
            out.append(p)
        elif (scale and p.base_value is not None and p.base_unit
              and p.base_unit == target.base_unit):
            out.append(replace(p, value=p.base_value / scale, unit=target.unit))
        elif growth and p.kind == "level":
            out.append(p)  # levels give growth rates whatever their unit
    return out


def _is_rate(points: list[SeriesPoint], target: Target) -> bool:
    """A "change" target on an indicator measured in % is in points per year
    ("tỷ lệ hộ nghèo giảm bình quân 1,5%/năm")."""
    levels = [p for p in points if p.kind in ("rate", "level", "share")]
    return bool(levels) and all(p.unit.startswith("%") for p in levels) and (
        target.unit.startswith("%")
    )


@dataclass(frozen=True, slots=True)
class TargetReview:
    """One target of a plan with the catalog code it links to (None: review)."""

    target: Target
    code: str | None
    progress: TargetProgress | None


def evaluate_targets(
    targets: Iterable[Target],
    points: Iterable[SeriesPoint],
    place: str | None = None,
    plan_period: str | None = None,
) -> list[TargetReview]:
    """Evaluate every target against the points of its linked indicator.

    A target whose indicator does not link to the catalog comes back with
    ``code=None`` and no progress: it goes on the review list, never a guess.
    """
    by_code: dict[str, list[SeriesPoint]] = {}
    for p in points:
        if p.place == place:
            by_code.setdefault(p.indicator_code, []).append(p)
    out = []
    for target in targets:
        match = link_figure(target.indicator, target.kind, target.unit)
        if match is None:
            out.append(TargetReview(target, None, None))
            continue
        progress = evaluate_target(target, by_code.get(match.code, []), get(match.code),
                                   plan_period=plan_period)
        out.append(TargetReview(target, match.code, progress))
    return out
