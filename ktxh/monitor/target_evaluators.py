"""The evaluators of :mod:`ktxh.monitor.targets`: one per kind of target.

Average growth (``_growth``), percentage points a year (``_rate_change``),
a sum over the span (``_total``) and a level to reach (``_level``), with
the statuses and the ``TargetProgress`` they return.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from ktxh.extract.records import Target
from ktxh.monitor.findings import vn_number
from ktxh.monitor.series import Series, SeriesPoint

ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA = (
    "achieved", "on_track", "at_risk", "off_track", "no_data",
)
STATUS_LABELS = {
    ACHIEVED: "Đã đạt",
    ON_TRACK: "Đúng tiến độ",
    AT_RISK: "Có nguy cơ không đạt",
    OFF_TRACK: "Không đạt / chậm tiến độ",
    NO_DATA: "Chưa có số liệu",
}

# Average growth within this many percentage points below the target is
# "at risk" rather than "off track".
AT_RISK_GAP_POINTS = 1.0
# Levels and totals: a projection that covers at least this share of the way
# from the baseline to the target is "at risk" rather than "off track".
AT_RISK_SHARE = 0.9
# Yearly growth figures: kinds that state a year's growth rate.
GROWTH_KINDS = ("change", "growth_avg", "rate")


@dataclass(frozen=True, slots=True)
class TargetProgress:
    status: str
    reasoning: str
    latest: SeriesPoint | None = None
    realized: float | None = None  # average growth %/year, latest level, or sum so far
    required: float | None = None  # growth %/year, or amount per year, still needed
    projected: float | None = None  # value (or average growth) expected at the end
    progress: float | None = None  # share of the way from baseline to target
    years_done: int = 0
    years_left: int = 0

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]


def _yearly(points: Iterable[SeriesPoint], kinds: tuple[str, ...]) -> dict[int, SeriesPoint]:
    """Chosen yearly point per year among ``kinds`` (earlier kinds first)."""
    pts = list(points)
    out: dict[int, SeriesPoint] = {}
    for kind in reversed(kinds):
        for period, p in Series("", None, pts).chosen(kind).items():
            if len(period) == 4 and period.isdigit():
                out[int(period)] = p
    return dict(sorted(out.items()))


def _bounds(target: Target, lower_better: bool) -> tuple[float, str]:
    """The value that meets the target, and its printed form ("8 - 8,5%")."""
    unit = target.unit
    sep = "" if unit.startswith("%") else " "
    if target.value_max is not None:
        text = f"{vn_number(target.value)} - {vn_number(target.value_max)}{sep}{unit}"
        return (target.value_max if lower_better else target.value), text
    return target.value, f"{vn_number(target.value)}{sep}{unit}"


def _growth_rates(points: list[SeriesPoint], first: int, last: int) -> dict[int, float]:
    """Yearly growth (%) in the span: stated rates, else derived from levels."""
    rates = {y: p.value for y, p in _yearly(points, GROWTH_KINDS).items() if first <= y <= last}
    levels = _yearly(points, ("level",))
    for y in range(first, last + 1):
        if y not in rates and y in levels and y - 1 in levels:
            cur, prev = levels[y], levels[y - 1]
            if not cur.same_quantity(prev):
                continue
            a, b = (cur.value, prev.value) if cur.unit == prev.unit else (
                cur.comparable_value(), prev.comparable_value())
            if b:
                rates[y] = (a / b - 1) * 100
    return dict(sorted(rates.items()))


def _geo_mean(rates: Iterable[float]) -> float:
    values = list(rates)
    prod = math.prod(1 + r / 100 for r in values)
    return (prod ** (1 / len(values)) - 1) * 100


def _growth(target: Target, points: list[SeriesPoint], span: tuple[int, int]) -> TargetProgress:
    first, last = span
    rates = _growth_rates(points, first, last)
    bar, bar_text = _bounds(target, lower_better=False)
    if not rates:
        return TargetProgress(NO_DATA, f"Chưa có số liệu tăng trưởng {first}–{last}.")
    done, left = len(rates), last - max(rates)
    realized = _geo_mean(rates.values())
    years = f"{min(rates)}–{max(rates)}" if done > 1 else str(min(rates))
    total_years = last - first + 1
    elapsed = max(rates) - first + 1
    missing = [y for y in range(first, max(rates) + 1) if y not in rates]
    compare = "đạt" if realized >= bar else "thấp hơn"
    text = f"Bình quân {years} đạt {vn_number(realized, 1)}%/năm, {compare} mục tiêu {bar_text}"
    if missing:
        # years without data are taken to have grown at the average of the others
        text += f" (chưa có số liệu năm {', '.join(map(str, missing))})"
    if left <= 0:
        status = ACHIEVED if realized >= bar else OFF_TRACK
        return TargetProgress(status, text + ".", realized=realized, projected=realized,
                              years_done=done)
    need = (1 + bar / 100) ** total_years / (1 + realized / 100) ** elapsed
    required = (need ** (1 / left) - 1) * 100
    text += f"; cần {vn_number(required, 1)}%/năm trong {left} năm còn lại."
    if realized >= bar:
        status = ON_TRACK
    elif realized >= bar - AT_RISK_GAP_POINTS:
        status = AT_RISK
    else:
        status = OFF_TRACK
    return TargetProgress(status, text, realized=realized, required=required,
                          projected=realized, years_done=done, years_left=left)


def _rate_change(target: Target, points: list[SeriesPoint], span: tuple[int, int]):
    """Average change in percentage points per year against a per-year target."""
    first, last = span
    levels = _yearly(points, ("rate", "level", "share"))
    base_year = next((y for y in levels if y >= first - 1), None)
    if base_year is None or max(levels) <= base_year:
        return TargetProgress(NO_DATA, f"Chưa đủ số liệu để tính mức thay đổi {first}–{last}.")
    latest_year = max(levels)
    per_year = (levels[latest_year].value - levels[base_year].value) / (latest_year - base_year)
    ends = [target.value] + ([target.value_max] if target.value_max is not None else [])
    goal = min(ends, key=abs)  # "giảm 2 - 3%/năm" is met by a fall of 2 points
    meets = per_year <= goal if goal < 0 else per_year >= goal
    verb = "giảm" if per_year < 0 else "tăng"
    goal_text = " - ".join(vn_number(abs(v)) for v in ends)
    goal_verb = "giảm" if goal < 0 else "tăng"
    text = (f"Giai đoạn {base_year}–{latest_year} bình quân {verb} "
            f"{vn_number(abs(per_year), 2)} điểm %/năm (mục tiêu {goal_verb} {goal_text} "
            f"điểm %/năm)")
    left = last - latest_year
    if left <= 0:
        return TargetProgress(ACHIEVED if meets else OFF_TRACK, text + ".",
                              latest=levels[latest_year], realized=per_year)
    if meets:
        status = ON_TRACK
    elif abs(per_year) >= abs(goal) * AT_RISK_SHARE and per_year * goal > 0:
        status = AT_RISK
    else:
        status = OFF_TRACK
    return TargetProgress(status, text + f"; còn {left} năm.", latest=levels[latest_year],
                          realized=per_year, years_left=left)


def _total(target: Target, points: list[SeriesPoint], span: tuple[int, int]) -> TargetProgress:
    first, last = span
    years = {y: p for y, p in _yearly(points, ("level",)).items() if first <= y <= last}
    if not years:
        return TargetProgress(NO_DATA, f"Chưa có số liệu {first}–{last}.")
    total = sum(p.value for p in years.values())
    done, left = len(years), last - max(years)
    projected = total + total / done * max(left, 0)
    unit = target.unit
    text = (f"Lũy kế {min(years)}–{max(years)} đạt {vn_number(total)} {unit}, "
            f"bằng {vn_number(total / target.value * 100, 1)}% mục tiêu "
            f"{vn_number(target.value)} {unit}")
    if total >= target.value:
        return TargetProgress(ACHIEVED, text + ".", realized=total, progress=total / target.value,
                              years_done=done, years_left=max(left, 0))
    if left <= 0:
        return TargetProgress(OFF_TRACK, text + ".", realized=total,
                              progress=total / target.value, years_done=done)
    required = (target.value - total) / left
    text += f"; cần {vn_number(required)} {unit}/năm trong {left} năm còn lại."
    share = projected / target.value
    status = ON_TRACK if share >= 1 else AT_RISK if share >= AT_RISK_SHARE else OFF_TRACK
    return TargetProgress(status, text, realized=total, required=required, projected=projected,
                          progress=total / target.value, years_done=done, years_left=left)


@dataclass(frozen=True, slots=True)
class _Gap:
    """A level target not reached yet: where its series stands."""

    target: Target
    latest: SeriesPoint
    latest_year: int
    last: int  # the target year
    bar: float  # the value that meets the target
    base: float
    base_year: int | None  # None: no trend (one point, no baseline given)
    baseline_given: bool


def _level(
    target: Target,
    points: list[SeriesPoint],
    span: tuple[int, int],
    lower: bool,
    baseline: float | None,
    infer_direction: bool = False,
) -> TargetProgress:
    """Reach a value by the end of the span. Progress is the share of the
    way from the baseline: (actual − baseline) / (target − baseline), or for
    lower-is-better (baseline − actual) / (baseline − target). For a neutral
    indicator (a GRDP share) the direction is the one from baseline to target
    ("tỷ trọng nông nghiệp giảm còn 18%")."""
    first, last = span
    kinds = (target.kind, "level", "rate", "share") if target.kind != "level" else (
        "level", "rate", "share")
    years = {y: p for y, p in _yearly(points, kinds).items() if y <= last}
    bar, bar_text = _bounds(target, lower)
    if not years:
        return TargetProgress(NO_DATA, f"Chưa có số liệu để so với mục tiêu {bar_text}.")
    latest_year = max(years)
    latest = years[latest_year]
    # the year before a multi-year span ("2021/2025" → 2020), else the earliest
    base_year = first - 1 if first < last and first - 1 in years else min(years)
    base = baseline if baseline is not None else years[base_year].value
    if latest_year < first and first < last:
        return TargetProgress(NO_DATA, f"Chưa có số liệu từ năm {first} (năm {latest_year}: "
                              f"{vn_number(latest.value)}{_sep(target.unit)}{target.unit}; "
                              f"mục tiêu {last}: {bar_text}).", latest=latest)
    if infer_direction and base > target.value and (baseline is not None
                                                   or base_year != latest_year):
        lower = True
        bar, bar_text = _bounds(target, lower)
    gap_sign = -1 if lower else 1
    reached = (latest.value - bar) * gap_sign >= 0
    text = f"Năm {latest_year} đạt {vn_number(latest.value)}{_sep(target.unit)}{target.unit}"
    text += f" (mục tiêu {last}: {bar_text})"
    if reached:
        return TargetProgress(ACHIEVED, text + ".", latest=latest, realized=latest.value,
                              progress=1.0, years_left=max(last - latest_year, 0))
    trend_from = None if baseline is None and base_year == latest_year else base_year
    gap = _Gap(target, latest, latest_year, last, bar, base, trend_from, baseline is not None)
    return _level_not_reached(gap, text)


def _level_not_reached(gap: _Gap, text: str) -> TargetProgress:
    """A level not reached yet: the way done, the amount still needed a
    year, and the status from the trend (or the gap, with one point)."""
    latest, bar, base, unit = gap.latest, gap.bar, gap.base, gap.target.unit
    left = gap.last - gap.latest_year
    progress = None
    if bar != base and (gap.baseline_given or gap.base_year is not None):
        progress = (latest.value - base) / (bar - base)
        text += f"; đã thực hiện {vn_number(progress * 100, 0)}% chặng đường"
    if left <= 0:
        return TargetProgress(OFF_TRACK, text + ".", latest=latest, realized=latest.value,
                              progress=progress)
    required = (bar - latest.value) / left
    text += f"; cần {_verb(required)} {vn_number(abs(required))}{_sep(unit)}"
    text += f"{unit}/năm trong {left} năm còn lại"
    projected, share, trend = _level_trend(gap, left)
    status = ON_TRACK if share >= 1 else AT_RISK if share >= AT_RISK_SHARE else OFF_TRACK
    return TargetProgress(status, text + trend + ".", latest=latest, realized=latest.value,
                          required=required, projected=projected, progress=progress,
                          years_left=left)


def _level_trend(gap: _Gap, left: int) -> tuple[float | None, float, str]:
    """The value projected at the target year (None: one point, no trend),
    the share of the way it covers, and its text."""
    latest, bar, base = gap.latest, gap.bar, gap.base
    if gap.base_year is not None and gap.latest_year > gap.base_year:
        slope = (latest.value - base) / (gap.latest_year - gap.base_year)
        projected = latest.value + slope * left
        text = (f"; theo xu hướng hiện nay năm {gap.last} đạt {vn_number(projected)}"
                f"{_sep(gap.target.unit)}{gap.target.unit}")
        return projected, (projected - base) / (bar - base) if bar != base else 0.0, text
    # One point only: no trend; judge the remaining gap against the target.
    return None, 1 - abs(bar - latest.value) / abs(bar) if bar else 0.0, ""


def _sep(unit: str) -> str:
    return "" if unit.startswith("%") else " "


def _verb(amount: float) -> str:
    return "tăng thêm" if amount >= 0 else "giảm thêm"
